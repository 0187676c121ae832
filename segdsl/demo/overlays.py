"""Changes made once a customer's history is known: engaged newsletter readers,
Munich customers found only by city name or without a usable first name, and loyalty
tiers by lifetime value.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from segdsl.demo.builder import Builder
from segdsl.demo.rows import Customer, row_time
from segdsl.demo.shop_data import MUNICH_SPELLINGS


def engaged_reader(b: Builder, c: Customer, *, subscribed: bool) -> None:
    """Three to six opens and clicks last month and a click rate of 0.25 or more over
    the last 90 days (email_engaged).  Their older newsletter history stays."""
    rng, clock = b.rng, b.clock
    asof = clock.as_of
    window = asof - timedelta(days=90)
    b.events[b.event_mark:] = [
        e for e in b.events[b.event_mark:]
        if not (e[2] in ("email_open", "email_click") and row_time(e) >= window)]
    c.is_subscribed = subscribed
    opens: list[tuple[datetime, str]] = []
    last_month = b.campaigns_between(clock.prev_month - timedelta(days=3), clock.month)
    for _ in range(rng.randint(2, 4)):
        if not last_month:
            break
        sent, code = last_month[rng.randrange(len(last_month))]
        opened = b.read(c, sent, code, low=clock.prev_month, latest=clock.month)
        if opened is not None:
            opens.append((opened, code))
    if opens:
        opened, code = opens[rng.randrange(len(opens))]
        b.click(c, opened, code)
    for sent, code in b.campaigns_between(window, asof):
        if rng.random() < 0.15:
            b.read(c, sent, code, low=window)
    # top up clicks until the 90-day click rate is at least 1 in 4 opens
    mine = [e for e in b.events[b.event_mark:] if row_time(e) >= window]
    n_open = sum(1 for e in mine if e[2] == "email_open")
    n_click = sum(1 for e in mine if e[2] == "email_click")
    month_opens = [o for o in opens if o[0] + timedelta(minutes=10) < clock.month]
    while month_opens and n_click < 0.25 * n_open:
        opened, code = month_opens[rng.randrange(len(month_opens))]
        b.click(c, opened, code)
        n_click += 1



def _pick_optional(b: Builder, options: Sequence[str | None]) -> str | None:
    return options[b.rng.randrange(len(options))]


def munich_by_city(b: Builder, c: Customer) -> None:
    c.home_country = "DE"
    c.country = "DE" if b.rng.random() < 0.8 else "de "
    c.city = b.weighted([s for s, _ in MUNICH_SPELLINGS], [w for _, w in MUNICH_SPELLINGS])
    c.postal_code = _pick_optional(b, [None, None, "8033", "D-80331", "80 469", ""])


def munich_without_name(b: Builder, c: Customer) -> None:
    c.home_country = "DE"
    c.country = "DE"
    c.city = "München"
    c.postal_code = f"{b.rng.randint(80331, 81929):05d}"
    c.first_name = _pick_optional(b, [None, "J", " ", "M "])


def assign_loyalty_tiers(b: Builder) -> None:
    """Tiers by lifetime value, with the lag of a real programme (tiers are reviewed
    once a year, so some big spenders are still bronze or silver)."""
    members = [c for c in b.customers if c.loyalty_member and c.customer_type == "b2c"]
    if not members:
        return
    scored = sorted(members, key=lambda c: c.lifetime_value * b.rng.lognormvariate(0, 0.6))
    for rank, c in enumerate(scored):
        share = rank / len(scored)
        c.loyalty_tier = "gold" if share >= 0.88 else "silver" if share >= 0.6 else "bronze"
        if c.role == "tier":
            c.loyalty_tier = b.pick(["bronze", "silver"])


