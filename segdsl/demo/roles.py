"""Planted roles: for each example segment (and its look-alikes that miss one
condition) the order history that makes a customer a member relative to ``as_of``.
``PLANTERS`` maps the role names of ``shop_data.ROLE_SHARES`` to these functions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from segdsl.demo.builder import Builder
from segdsl.demo.clock import QUIET
from segdsl.demo.formats import product_page
from segdsl.demo.rows import Customer, event
from segdsl.demo.shop_data import (
    CATEGORIES,
    CATEGORY_WEIGHTS,
    OTHER_REASONS,
    SALE_PAGES,
    SIZE_REASONS,
)


def plant(b: Builder, c: Customer, role: str) -> None:
    """Give customer ``c`` the order history of ``role``."""
    PLANTERS[role](b, c, role)
    if role not in ("never", "ordinary"):
        c.active_until = max(c.active_until, *(o.ordered_at for o in b.own_orders()),
                             c.signup_at)


def _ordinary(b: Builder, c: Customer, role: str) -> None:
    b.ordinary_orders(c)


def _never(b: Builder, c: Customer, role: str) -> None:
    c.active_until = c.signup_at


def _new(b: Builder, c: Customer, role: str) -> None:
    """First order 1 to 28 days ago (``new_today``: today, left out of the segment)."""
    rng, clock = b.rng, b.clock
    if role == "new_today" and clock.as_of - clock.today >= timedelta(hours=2):
        first = b.between(clock.today, clock.as_of - timedelta(minutes=50))
    else:
        first = b.between(clock.as_of - timedelta(days=28), clock.today - timedelta(hours=1))
    if first is None:
        b.ordinary_orders(c)
        return
    if rng.random() < 0.7:  # most sign up when they first order
        c.signup_at = first - timedelta(minutes=rng.randint(5, 3000))
    b.order(c, first, returns=False)
    if rng.random() < 0.3:
        second = b.between(first + timedelta(days=1), clock.as_of)
        if second is not None:
            b.order(c, second, returns=False)


def _lapsing(b: Builder, c: Customer, role: str) -> None:
    """Two to six orders, the last one 95 to 175 days ago."""
    last = b.days_ago(95, 175)
    moment = last
    for _ in range(b.rng.randint(1, 5)):
        moment -= timedelta(days=b.rng.uniform(15, 150))
        b.order(c, moment)
    b.order(c, last)


def _winback(b: Builder, c: Customer, role: str) -> None:
    """Spent 170 or more, last order 200 to 700 days ago, subscribed, opened an
    e-mail in the last 60 days; ``winback_bounce`` has an invalid address."""
    rng, asof = b.rng, b.clock.as_of
    last = b.days_ago(200, 700)
    amounts = [round(rng.uniform(55, 220), 2) for _ in range(rng.randint(2, 5))]
    if sum(amounts) < 170:
        amounts[-1] = round(amounts[-1] + 170 - sum(amounts), 2)
    c.returns_allowed = False
    moment = last
    for value in amounts[:-1]:
        moment -= timedelta(days=rng.uniform(20, 120))
        b.order(c, moment, amount=value, discount_rate=0.0)
    b.order(c, last, amount=amounts[-1], discount_rate=0.0)
    c.signup_at = min(c.signup_at, moment - timedelta(days=rng.uniform(0, 60)))
    c.is_subscribed = True
    c.email = b.email(c.given_name, c.last_name, c.home_country, valid=role == "winback")
    for sent, code in b.campaigns_between(asof - timedelta(days=85), asof):
        if rng.random() < 0.3:
            b.read(c, sent, code)
    recent = b.campaigns_between(asof - timedelta(days=60), asof - timedelta(days=1))
    if recent:  # at least one open in the last 90 days
        sent, code = recent[rng.randrange(len(recent))]
        b.read(c, sent, code)


def _spring(b: Builder, c: Customer, role: str) -> None:
    year = 25 if role == "spring25" else 26
    if not _spring_click(b, c, year, late=role == "spring_late"):
        b.ordinary_orders(c)


def _cart(b: Builder, c: Customer, role: str) -> None:
    b.ordinary_orders(c)
    _abandon_cart(b, c, role)


def _digital(b: Builder, c: Customer, role: str) -> None:
    """First order(s) in a store; then online orders, or (two in five) heavy app use
    this month while still buying in the store."""
    rng, clock = b.rng, b.clock
    first = b.days_ago(250, 800)
    c.signup_at = min(c.signup_at, first - timedelta(minutes=rng.randint(5, 600)))
    c.home_channel = "store"
    b.order(c, first, channel="store")
    moment = first
    for _ in range(rng.randint(0, 3)):
        moment += timedelta(days=rng.uniform(20, 90))
        if moment < clock.as_of - timedelta(days=160):
            b.order(c, moment, channel="store")
    if clock.as_of - clock.month >= timedelta(days=1) and rng.random() < 0.4:
        total = 0
        while total < 1_900:
            session = b.between(clock.month, clock.as_of)
            if session is None:
                break
            duration = rng.randint(300, 1_500)
            total += duration
            b.events.append(event(c.customer_id, session, "app_session", duration_s=duration))
    else:
        c.home_channel = b.pick(["web", "app"])
        for _ in range(rng.randint(1, 3)):
            b.order(c, b.days_ago(2, 150), channel=c.home_channel)


def _returner(b: Builder, c: Customer, role: str) -> None:
    c.returns_allowed = False
    b.ordinary_orders(c, until=b.clock.as_of - timedelta(days=40))
    _return_last_week(b, c, role)


def _vip(b: Builder, c: Customer, role: str) -> None:
    """Many large orders over the last year, the latest in the last 40 days."""
    rng = b.rng
    c.home_channel = b.pick(["web", "app", "store"])
    b.series(c, rng.randint(4, 11), 1, 360,
             lambda: b.weighted(["running", "outdoor", "fitness"], [4, 3, 2]))
    b.series(c, rng.randint(2, 6), 2, 330, lambda: b.pick(["running", "outdoor"]),
             amount=lambda: round(rng.uniform(160, 480), 2))
    b.series(c, 1, 1, 40, amount=lambda: round(rng.uniform(120, 300), 2))
    b.ordinary_orders(c, until=b.clock.as_of - timedelta(days=365))


def _tier(b: Builder, c: Customer, role: str) -> None:
    """A loyalty member with a long history who spent 1,050 or more this year."""
    rng, clock = b.rng, b.clock
    c.loyalty_member = True
    c.signup_at = min(c.signup_at, clock.as_of - timedelta(days=rng.uniform(930, 1090)))
    b.ordinary_orders(c, until=clock.year)
    c.legacy_value += round(rng.uniform(800, 2500), 2)
    margin = timedelta(days=1) if clock.as_of - clock.year >= timedelta(days=3) else QUIET
    target = rng.uniform(1_050, 1_800)
    spent = 0.0
    while spent < target:
        moment = b.between(clock.year, clock.as_of - margin, quiet=False)
        if moment is None:
            break
        value = round(min(rng.uniform(120, 450), target - spent + 10), 2)
        b.order(c, moment, b.pick(["outdoor", "running", "fitness"]), amount=value,
                returns=False)
        spent += value


def _bargain(b: Builder, c: Customer, role: str) -> None:
    """Four to eight small orders in the last year, all 25-50% off, and the sale pages
    this week (``bargain_no_sale``: last week)."""
    rng, clock = b.rng, b.clock
    c.home_channel = b.pick(["web", "app"])
    c.favourite = "casual"
    used_fitness = False  # a second fitness order would make them a fitness_fan
    for _ in range(rng.randint(4, 8)):
        category = b.pick(["casual", "casual", "casual", "fitness", "running", "kids"])
        if category == "fitness" and used_fitness:
            category = "casual"
        used_fitness = used_fitness or category == "fitness"
        b.order(c, b.days_ago(2, 355), category, amount=round(rng.uniform(14, 38), 2),
                discount_rate=rng.uniform(0.25, 0.5), items=1)
    if role == "bargain":
        low, high = clock.week, clock.as_of
    else:
        low, high = clock.week - timedelta(days=7), clock.week
    for _ in range(rng.randint(1, 4)):
        moment = b.lately(low, high)
        if moment is not None:
            b.events.append(event(c.customer_id, moment, "page_view",
                                   page=b.pick(SALE_PAGES)))


def _rising(b: Builder, c: Customer, role: str) -> None:
    """Bought last quarter; has spent 1.6 to 3 times as much this quarter."""
    rng, clock = b.rng, b.clock
    b.ordinary_orders(c, until=clock.prev_quarter - timedelta(days=1))
    previous = 0.0
    for _ in range(rng.randint(1, 2)):
        moment = b.between(clock.prev_quarter, clock.quarter)
        if moment is not None:
            row = b.order(c, moment, returns=False)
            previous += row.amount if row is not None else 0.0
    if previous <= 0:
        return
    target = previous * rng.uniform(1.6, 3.0)
    parts = rng.randint(1, 3)
    for _ in range(parts):
        moment = b.lately(clock.quarter, clock.as_of)
        if moment is None:
            break
        b.order(c, moment, amount=round(target / parts + 1, 2), returns=False)


def _runner(b: Builder, c: Customer, role: str) -> None:
    """Two to four running orders of 92 or more in the last 170 days."""
    rng = b.rng
    c.favourite = "running"
    b.series(c, rng.randint(2, 4), 1, 170, "running",
             amount=lambda: round(rng.uniform(92, 240), 2))
    b.series(c, rng.randint(0, 4), 180, 800, lambda: b.pick(["running", "casual"]))


def _outdoor(b: Builder, c: Customer, role: str) -> None:
    """One big outdoor purchase (260 to 750) in the last two years."""
    rng = b.rng
    c.favourite = "outdoor"
    b.order(c, b.days_ago(5, 690), "outdoor", amount=round(rng.uniform(260, 750), 2))
    b.series(c, rng.randint(0, 4), 1, 800, lambda: b.pick(["outdoor", "casual", "kids"]))


def _fitness(b: Builder, c: Customer, role: str) -> None:
    rng = b.rng
    c.favourite = "fitness"
    b.series(c, rng.randint(2, 5), 1, 355, "fitness")
    b.series(c, rng.randint(0, 3), 1, 800, lambda: b.pick(["fitness", "casual"]))


def _all_round(b: Builder, c: Customer, role: str) -> None:
    """Three or four categories in the last year, none enough for another persona."""
    rng = b.rng
    plan = [("running", 40.0, 85.0), ("fitness", 20.0, 80.0), ("casual", 20.0, 90.0)]
    if rng.random() < 0.5:
        plan.append(("outdoor", 30.0, 200.0))
    for category, low, high in plan:
        b.order(c, b.days_ago(2, 350), category, amount=round(rng.uniform(low, high), 2))


def _spring_click(b: Builder, c: Customer, year: int, *, late: bool) -> bool:
    """Open and click an e-mail of the spring campaigns of 20``year`` and order 2
    days later at most (``late``: 3 to 10 days later)."""
    rng, asof = b.rng, b.clock.as_of
    since = datetime(2000 + year, 3, 1)
    options = [s for s in b.campaigns_between(since, since + timedelta(days=92))
               if s[1].startswith(f"spring{year:02d}_") and s[0] < asof - timedelta(hours=1)]
    if not options:
        return False
    b.ordinary_orders(c, until=since)
    sent, code = options[rng.randrange(len(options))]
    c.signup_at = min(c.signup_at, sent - timedelta(days=rng.uniform(1, 200)))
    opened = b.read(c, sent, code, latest=asof - timedelta(minutes=20), quiet=False)
    if opened is None:  # too close to as_of to click and order: ordinary after all
        return True
    clicked = b.click(c, opened, code)
    if late:
        moment = clicked + timedelta(days=rng.uniform(3, 10))
    else:
        moment = clicked + timedelta(seconds=rng.randint(600, 47 * 3600))
    if moment < asof:
        b.order(c, moment, channel=b.pick(["web", "app"]), returns=False)
    c.active_until = max(moment, c.active_until)
    follow = moment + timedelta(days=rng.uniform(20, 200))
    if follow < asof - QUIET and rng.random() < 0.5:
        b.ordinary_orders(c, first=follow)
    return True


def _abandon_cart(b: Builder, c: Customer, role: str) -> None:
    """An item left in the cart 1 to 13.5 days ago, with no order within a day."""
    rng, asof = b.rng, b.clock.as_of
    cid = c.customer_id
    own = b.own_orders()
    moment = b.days_ago(1.1, 13.5)
    for _ in range(20):
        if not any(moment < o.ordered_at <= moment + timedelta(days=1) for o in own):
            break
        moment = b.days_ago(1.1, 13.5)
    else:  # keep the cart; drop the orders that would complete it
        b.orders[b.order_mark:] = [
            o for o in own if not moment < o.ordered_at <= moment + timedelta(days=1)]
    category = b.weighted(CATEGORIES, CATEGORY_WEIGHTS)
    product, price = b.product(category)
    if role == "cart_cheap":
        price = round(rng.uniform(9.9, 29.9), 2)
    elif price < 30:
        price = round(rng.uniform(35, 180), 2)
    b.events.append(event(cid, moment - timedelta(minutes=4), "page_view",
                           page=product_page(product)))
    b.events.append(event(cid, moment, "add_to_cart", product=product, category=category,
                           price=price))
    if role == "cart_no_channel":
        c.preferred_channel = None
    elif c.preferred_channel is None:
        c.preferred_channel = b.weighted(["email", "app", "sms"], [6, 3, 1])
    if role == "cart_browsing":  # on the site right now
        for minutes in sorted(rng.sample(range(2, 26), 2), reverse=True):
            b.events.append(event(cid, asof - timedelta(minutes=minutes), "page_view",
                                   page=product_page(product)))
    c.active_until = max(c.active_until, moment)


def _return_last_week(b: Builder, c: Customer, role: str) -> None:
    """A return in the previous ISO week (and, for size_then_other, another this week)."""
    rng, clock = b.rng, b.clock
    returned = b.between(clock.week - timedelta(days=7), clock.week)
    if returned is None:
        return
    ordered = returned - timedelta(days=rng.uniform(3, 12))
    category = b.pick(["running", "kids", "casual", "fitness"])
    row = b.order(c, ordered, category, channel=b.pick(["web", "app"]), returns=False)
    if row is None:
        return
    size = role != "other_return"
    reason = b.pick(SIZE_REASONS) if size else b.pick(OTHER_REASONS)
    b.add_return(c, returned, row.amount, reason)
    c.active_until = max(c.active_until, returned)
    if role == "size_then_other":
        later = b.between(clock.week, clock.as_of)
        if later is None:  # the current week has just begun: return again on Sunday
            later = b.between(returned + timedelta(minutes=1), clock.week)
        if later is not None:
            second = b.order(c, ordered - timedelta(days=1), "casual", channel="web",
                             returns=False)
            if second is not None:
                b.add_return(c, later, second.amount, b.pick(OTHER_REASONS))


def _kids_family(b: Builder, c: Customer, role: str) -> None:
    """Kids' gear worth 100 or more in the last year; ``bts``: also 50 or more in the
    back-to-school season 2025, and nothing for kids in the last 30 days."""
    rng, clock = b.rng, b.clock
    c.favourite = "kids"
    if role != "kids":
        c.is_subscribed = True
        season = b.between(datetime(2025, 8, 1),
                           min(datetime(2025, 9, 16), clock.as_of - timedelta(days=31)))
        if season is not None:
            b.order(c, season, "kids", amount=round(rng.uniform(55, 160), 2))
    amounts = [round(rng.uniform(35, 95), 2) for _ in range(rng.randint(2, 4))]
    if sum(amounts) < 110:
        amounts[0] = round(amounts[0] + 110 - sum(amounts), 2)
    for value in amounts:
        b.order(c, b.days_ago(35, 330), "kids", amount=value, returns=False)
    if role == "bts_recent":
        b.order(c, b.days_ago(2, 25), "kids", amount=round(rng.uniform(20, 60), 2))
    b.series(c, rng.randint(0, 3), 1, 800, "casual")
    c.active_until = clock.as_of


PLANTERS: dict[str, Callable[[Builder, Customer, str], None]] = {
    "ordinary": _ordinary, "never": _never, "new": _new, "new_today": _new,
    "lapsing": _lapsing, "winback": _winback, "winback_bounce": _winback,
    "spring": _spring, "spring_late": _spring, "spring25": _spring,
    "cart": _cart, "cart_browsing": _cart, "cart_no_channel": _cart, "cart_cheap": _cart,
    "digital": _digital, "size_return": _returner, "other_return": _returner,
    "size_then_other": _returner, "vip": _vip, "tier": _tier, "bargain": _bargain,
    "bargain_no_sale": _bargain, "rising": _rising, "runner": _runner, "outdoor": _outdoor,
    "kids": _kids_family, "bts": _kids_family, "bts_recent": _kids_family,
    "fitness": _fitness, "all_round": _all_round,
}


