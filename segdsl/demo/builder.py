"""The random streams and the ordinary life of a customer: one ``random.Random``
draws a person (place, name, e-mail address, age), their orders with the page views,
carts and app sessions around them, browsing and newsletter reading.  The shop's
lists and weights come from ``shop_data``.

Every method draws from the one generator in a fixed order, so the same seed gives
the same rows; changing the order of draws changes the data (tests/test_demo.py pins
it).

Just over 400 lines: one :class:`Builder` whose methods draw from one generator in
a fixed order; splitting the class would hide that order, which the seed pins.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from segdsl.demo.campaigns import campaign_calendar
from segdsl.demo.clock import (
    QUIET,
    SIGNUP_SPAN_DAYS,
    Clock,
    minus_years,
    years_between,
)
from segdsl.demo.formats import make_postcode, product_page
from segdsl.demo.rows import Account, Customer, Order, Row, event
from segdsl.demo.shop_data import (
    AGE_BANDS,
    CATEGORIES,
    CATEGORY_WEIGHTS,
    DOMAINS,
    FIRST_DE,
    FIRST_INTL,
    HOME_CHANNELS,
    LAST_DE,
    LAST_INTL,
    MESSY_COUNTRY,
    OTHER_PAGES,
    OTHER_REASONS,
    PLACES,
    PREFERRED_CHANNELS,
    PRICE,
    PRODUCTS,
    SALE_PAGES,
    SIZE_REASONS,
    TRANSLIT,
)


class Builder:
    """Draws customers and their activity from one random generator, as of one clock."""

    def __init__(self, rng: random.Random, clock: Clock) -> None:
        self.rng = rng
        self.clock = clock
        self.customers: list[Customer] = []
        self.accounts: list[Account] = []
        self.orders: list[Order] = []
        self.returns: list[Row] = []
        self.events: list[Row] = []
        self.campaigns = campaign_calendar(clock)
        self.emails_seen: dict[str, int] = {}
        # Customers are generated one after the other: their orders and events are
        # the rows from these positions on.
        self.order_mark = 0
        self.event_mark = 0

    def start_customer(self) -> None:
        self.order_mark = len(self.orders)
        self.event_mark = len(self.events)

    def own_orders(self) -> list[Order]:
        return self.orders[self.order_mark:]

    # ---- small random helpers ---------------------------------------------------

    def pick(self, options: Sequence[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def weighted(self, options: Sequence[str], weights: Sequence[float]) -> str:
        return self.rng.choices(options, weights=weights)[0]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def between(self, low: datetime, high: datetime, *, quiet: bool = True) -> datetime | None:
        """A random instant (whole seconds) in [low, high), kept before as_of (and, for
        ordinary activity, QUIET before it); None when the interval is empty."""
        cap = self.clock.as_of - (QUIET if quiet else timedelta(seconds=1))
        high = min(high, cap)
        low = max(low, self.clock.start)
        seconds = int((high - low).total_seconds())
        if seconds <= 0:
            return None
        return low + timedelta(seconds=self.rng.randrange(seconds))

    def lately(self, low: datetime, high: datetime) -> datetime | None:
        """Like ``between``, but when the interval ends at as_of and is too short to
        stay QUIET (a period that has just begun), use its last minutes too."""
        moment = self.between(low, high)
        return moment if moment is not None else self.between(low, high, quiet=False)

    def days_ago(self, low: float, high: float) -> datetime:
        """A random instant between ``high`` and ``low`` days before as_of."""
        days = self.rng.uniform(low, high)
        moment = self.clock.as_of - timedelta(seconds=int(days * 86400))
        return max(moment, self.clock.start)

    def amount(self, category: str) -> float:
        median, sigma = PRICE[category]
        value = median * self.rng.lognormvariate(0.0, sigma)
        return round(min(max(value, 7.99), 900.0), 2)

    def campaigns_between(self, low: datetime, high: datetime) -> list[tuple[datetime, str]]:
        return [c for c in self.campaigns if low <= c[0] < high]

    # ---- people -----------------------------------------------------------------

    def person(self, customer: Customer, *, b2b_country: str | None = None) -> None:
        rng = self.rng
        if b2b_country is not None:
            code = b2b_country
        else:
            codes = list(PLACES)
            code = self.weighted(codes, [PLACES[c][0] for c in codes])
        customer.home_country = code
        customer.country = code
        roll = rng.random()
        if code in MESSY_COUNTRY and roll < 0.08:
            customer.country = self.pick(MESSY_COUNTRY[code])
        elif roll > 0.985:
            customer.country = None
        cities = PLACES[code][1]
        city, first, last, _ = rng.choices(cities, weights=[c[3] for c in cities])[0]
        customer.city = city
        customer.postal_code = make_postcode(rng, code, rng.randint(first, last))
        if code == "DE":
            roll = rng.random()
            if roll < 0.03:
                customer.postal_code = None
            elif roll < 0.04 and customer.postal_code is not None:
                customer.postal_code = self.pick(
                    [f"D-{customer.postal_code}", customer.postal_code[:4],
                     f"{customer.postal_code[:2]} {customer.postal_code[2:]}"])
        elif rng.random() < 0.03:
            customer.postal_code = None

        german = code in ("DE", "AT", "CH")
        first_name = self.pick(FIRST_DE if german else FIRST_INTL)
        customer.last_name = self.pick(LAST_DE if german else LAST_INTL)
        customer.first_name = first_name
        customer.given_name = first_name
        roll = rng.random()
        if roll < 0.010:
            customer.first_name = None
        elif roll < 0.018:
            customer.first_name = first_name[0]  # an initial only
        elif roll < 0.022:
            customer.first_name = f" {first_name[0]} "
        elif roll < 0.030:
            customer.first_name = first_name.upper()
        customer.email = self.email(first_name, customer.last_name, code)

        days = int(SIGNUP_SPAN_DAYS * rng.random() ** 1.25) + 1  # more recent sign-ups
        customer.signup_at = self.clock.as_of - timedelta(
            days=days, seconds=rng.randrange(86400))
        # Age at as_of: most customers are between 25 and 55.
        band = rng.choices([b for b, _ in AGE_BANDS], weights=[w for _, w in AGE_BANDS])[0]
        self.set_age(customer, rng.randint(*band))
        customer.is_subscribed = self.chance(0.55)
        customer.preferred_channel = rng.choices(
            [c for c, _ in PREFERRED_CHANNELS], weights=[w for _, w in PREFERRED_CHANNELS])[0]
        customer.home_channel = self.weighted([c for c, _ in HOME_CHANNELS],
                                              [w for _, w in HOME_CHANNELS])
        customer.favourite = self.weighted(CATEGORIES, CATEGORY_WEIGHTS)
        customer.loyalty_member = self.chance(0.45)

    def set_age(self, customer: Customer, years: int, *, stated: float = 0.6) -> None:
        """Birth date for an age of ``years`` at as_of; the self-reported ``age``
        (as stated at sign-up, so sometimes a year behind) and ``birthday`` are each
        missing for some customers."""
        rng = self.rng
        today = self.clock.as_of.date()
        latest = minus_years(today, years)
        born = latest - timedelta(days=rng.randrange(365))
        customer.born = born
        customer.birthday = born if rng.random() < 0.75 else None
        stated_on = max(customer.signup_at.date(), born)
        if rng.random() < (stated if customer.birthday is not None else 0.5):
            customer.age = years_between(born, stated_on)
        else:
            customer.age = None

    def email(self, first: str, last: str, country: str, *, domain: str | None = None,
              valid: bool | None = None) -> str | None:
        rng = self.rng
        local = f"{first}.{last}".lower().translate(TRANSLIT)
        style = rng.random()
        if style < 0.25:
            local = f"{first[0]}{last}".lower().translate(TRANSLIT)
        elif style < 0.4:
            local = f"{first}{rng.randint(70, 99) if rng.random() < 0.5 else ''}".lower()
            local = local.translate(TRANSLIT)
        domain = domain or self.pick(DOMAINS[country])
        address = f"{local}@{domain}"
        seen = self.emails_seen.get(address, 0)
        self.emails_seen[address] = seen + 1
        if seen:
            address = f"{local}{seen + 1}@{domain}"
        if valid is None:
            roll = rng.random()
            if roll < 0.008:
                return None
        else:
            roll = rng.uniform(0.01, 0.97) if valid else rng.uniform(0.971, 1.0)
        if roll < 0.04:  # typed with capitals: still valid after lower()
            return address.title() if rng.random() < 0.5 else address.upper()
        if roll > 0.97:  # old or mistyped addresses that would bounce
            return self.pick([
                address.replace(f"@{domain}", f"@{domain.split('.')[0]}"),
                address.replace(".", " ", 1) if "." in local else f"{local} @{domain}",
                address.replace("@", ".", 1),
                f"{local}@@{domain}",
            ])
        return address

    # ---- orders and the events around them --------------------------------------

    def order(self, customer: Customer, moment: datetime, category: str | None = None, *,
              channel: str | None = None, amount: float | None = None,
              discount_rate: float | None = None, items: int | None = None,
              returns: bool = True) -> Order | None:
        """Record an order (and the page views, cart and app session before it).
        Orders before the generated history only count towards lifetime_value."""
        rng = self.rng
        category = category or (
            customer.favourite if rng.random() < 0.6
            else self.weighted(CATEGORIES, CATEGORY_WEIGHTS))
        if channel is None:
            channel = customer.home_channel if rng.random() < 0.8 else self.pick(
                ["web", "store", "app"])
        moment = moment.replace(microsecond=0)
        value = amount if amount is not None else self.amount(category)
        if discount_rate is None:
            discount_rate = rng.uniform(0.1, 0.3) if rng.random() < 0.18 else 0.0
        discount = -round(value * discount_rate / (1.0 - discount_rate), 2)
        if items is None:
            items = 1 + min(int(rng.expovariate(1.2)), 4)
        if moment < self.clock.start:
            customer.legacy_value += value
            return None
        row = Order(customer.customer_id, moment, value, category, channel,
                     discount + 0.0, items)
        self.orders.append(row)
        cid = customer.customer_id
        if channel in ("web", "app"):
            product, _ = self.product(category)
            before = moment - timedelta(minutes=rng.randint(3, 25))
            if rng.random() < 0.5:
                self.events.append(event(cid, before, "page_view", page=f"/c/{category}"))
            if discount < 0 and rng.random() < 0.3:
                self.events.append(event(cid, before + timedelta(minutes=1), "page_view",
                                          page=self.pick(SALE_PAGES)))
            self.events.append(event(cid, before + timedelta(minutes=2), "page_view",
                                      page=product_page(product)))
            self.events.append(event(
                cid, moment - timedelta(minutes=rng.randint(1, 2)), "add_to_cart",
                product=product, category=category, price=round(value / items, 2)))
            if channel == "app":
                self.events.append(event(
                    cid, before, "app_session",
                    duration_s=int((moment - before).total_seconds()) + rng.randint(30, 300)))
        if returns and customer.returns_allowed and rng.random() < 0.07:
            returned = self.between(moment + timedelta(days=3), moment + timedelta(days=21))
            if returned is not None:
                reason = (self.pick(SIZE_REASONS) if rng.random() < 0.45
                          else self.pick(OTHER_REASONS))
                refund = value if rng.random() < 0.6 else round(value * rng.uniform(0.3, 0.8), 2)
                self.add_return(customer, returned, refund, reason)
        return row

    def add_return(self, customer: Customer, moment: datetime, amount: float,
                   reason: str) -> None:
        self.returns.append((customer.customer_id, moment.replace(microsecond=0),
                             round(amount, 2), reason))

    def product(self, category: str) -> tuple[str, float]:
        products = PRODUCTS[category]
        return products[self.rng.randrange(len(products))]

    def ordinary_orders(self, customer: Customer, *, until: datetime | None = None,
                        first: datetime | None = None) -> None:
        """Orders at the customer's own pace from a first order after sign-up until
        they lose interest (or ``until``)."""
        rng = self.rng
        start = first or customer.signup_at + timedelta(
            seconds=int(rng.expovariate(1 / 20) * 86400))
        per_year = min(12.0, max(0.4, rng.lognormvariate(math.log(2.2), 0.7)))
        stop = start + timedelta(days=rng.expovariate(1 / 650))
        stop = min(stop, until or self.clock.as_of - QUIET)
        moment = start
        while moment < stop:
            # few people shop between midnight and 7 am
            placed = moment + timedelta(hours=9) if moment.hour < 7 else moment
            self.order(customer, placed if placed < stop else moment)
            moment += timedelta(seconds=int(rng.expovariate(per_year / 365) * 86400) + 3600)
        customer.active_until = max(customer.active_until, min(stop, self.clock.as_of))

    def series(self, customer: Customer, count: int, low: float, high: float,
               category: str | Callable[[], str] | None = None, *,
               amount: Callable[[], float] | None = None) -> None:
        """``count`` orders at random between ``high`` and ``low`` days ago."""
        for _ in range(count):
            chosen = category() if callable(category) else category
            value = amount() if amount is not None else None
            self.order(customer, self.days_ago(low, high), chosen, amount=value)

    # ---- browsing, app, e-mail --------------------------------------------------

    def browsing(self, customer: Customer) -> None:
        """Sessions of page views (sometimes with a cart left behind) and app use."""
        rng = self.rng
        cid = customer.customer_id
        digital = customer.home_channel != "store"
        until = min(max(customer.active_until, customer.signup_at) + timedelta(days=120),
                    self.clock.as_of)
        sessions = int(rng.expovariate(1 / (1.1 if digital else 0.3)))
        for _ in range(sessions):
            moment = self.between(customer.signup_at, until)
            if moment is None:
                break
            for page_index in range(rng.randint(1, 3)):
                roll = rng.random()
                if roll < 0.15:
                    page = self.pick(SALE_PAGES)
                elif roll < 0.45:
                    page = f"/c/{self.weighted(CATEGORIES, CATEGORY_WEIGHTS)}"
                elif roll < 0.8:
                    page = product_page(self.product(customer.favourite)[0])
                else:
                    page = self.pick(OTHER_PAGES)
                self.events.append(event(cid, moment + timedelta(minutes=2 * page_index),
                                          "page_view", page=page))
            if rng.random() < 0.1:
                category = customer.favourite
                product, price = self.product(category)
                self.events.append(event(cid, moment + timedelta(minutes=7), "add_to_cart",
                                          product=product, category=category, price=price))
        if customer.home_channel == "app" or customer.preferred_channel == "app":
            for _ in range(int(rng.expovariate(1 / 3))):
                moment = self.between(customer.signup_at, until)
                if moment is None:
                    break
                duration = int(min(3600, max(20, rng.lognormvariate(math.log(240), 0.8))))
                self.events.append(event(cid, moment, "app_session", duration_s=duration))

    def newsletter(self, customer: Customer, *, before: datetime | None = None) -> None:
        """Opens and clicks of the weekly newsletter, by how keen the reader is."""
        rng = self.rng
        keen = rng.choices([0.0, 0.04, 0.12, 0.3], weights=[30, 45, 18, 7])[0]
        if keen == 0.0:
            return
        start = customer.signup_at
        stop = self.clock.as_of
        if not customer.is_subscribed:  # unsubscribed at some point
            if rng.random() < 0.7:
                return
            stop = start + (stop - start) * rng.random()
        if before is not None:
            stop = min(stop, before)
        click_rate = 0.25 if keen >= 0.3 else 0.12
        for sent, code in self.campaigns:
            if sent < start or sent >= stop or rng.random() >= keen:
                continue
            self.read(customer, sent, code, click=rng.random() < click_rate,
                      latest=stop)

    def read(self, customer: Customer, sent: datetime, code: str, *, click: bool = False,
             low: datetime | None = None, latest: datetime | None = None,
             quiet: bool = True) -> datetime | None:
        """One open of campaign ``code`` (and maybe a click), between ``low`` and
        ``latest`` and within four days of sending; returns the open time."""
        lo = max(sent + timedelta(minutes=3), low or sent)
        hi = min(sent + timedelta(days=4), latest or self.clock.as_of)
        opened = self.between(lo, hi, quiet=quiet)
        if opened is None:
            return None
        cid = customer.customer_id
        self.events.append(event(cid, opened, "email_open", campaign=code))
        if self.rng.random() < 0.2:
            again = self.between(opened + timedelta(hours=1), hi, quiet=quiet)
            if again is not None:
                self.events.append(event(cid, again, "email_open", campaign=code))
        if click:
            self.click(customer, opened, code)
        return opened

    def click(self, customer: Customer, opened: datetime, code: str) -> datetime:
        clicked = opened + timedelta(seconds=self.rng.randint(20, 600))
        self.events.append(event(customer.customer_id, clicked, "email_click", campaign=code))
        return clicked
