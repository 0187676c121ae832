"""Deterministic demo data for the example project ``examples/shop``.

``generate_shop_database`` writes a DuckDB database with the five tables that
``examples/shop/schema.yml`` names (``shop.customers``, ``shop.accounts``,
``shop.orders``, ``shop.returns`` and ``shop.events``), filled with made-up but
plausible customers of a sport retailer.  The data is a pure function of
``(customers, seed, as_of)``: the only source of randomness is one
``random.Random(seed)``, nothing iterates over a set or reads the clock, so the same
arguments give the same rows, byte for byte.

Every event lies in the two and a half years before ``as_of`` (the account renewal
dates, which are contract dates and not events, lie after it).  Most customers are
ordinary: they sign up, buy now and then at their own pace, stop after a while,
open some newsletters and browse.  On top of that the generator *plants* customers
for each example segment, a few percent each, with histories built to match the
segment's definition relative to ``as_of``, and a few look-alikes that miss exactly
one condition (a bouncing e-mail address, a cheap cart, a return for another reason)
so that every segment both includes and leaves out someone.  The planted histories
respect calendar windows (``previous week``, ``current quarter`` ...) of ``as_of``;
run the segments with ``--as-of`` set to the instant the data was generated for (or
soon after it), since ``current week`` moves on.

Segments with a fixed date get members only when that date lies inside the
generated history: ``spring_campaign_converters`` (clicks since 2026-03-01) for an
``as_of`` from early March 2026 to November 2028, ``back_to_school_families``
(August/September 2025) from September 2025 to March 2028.  Segments over the
current week, month or quarter need some of that period to have passed: at Monday
00:00 the current week is empty, so ``bargain_hunters`` is too.

``python -m segdsl.demo [PATH] [--customers N] [--seed S] [--as-of TS]`` runs it
from a shell; ``segdsl demo`` is the command users are told about.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb

__all__ = ["TABLES", "generate_shop_database"]

# --------------------------------------------------------------------------------
# Tables and columns (examples/shop/schema.yml)
# --------------------------------------------------------------------------------

TABLES: dict[str, list[tuple[str, str]]] = {
    "shop.customers": [
        ("customer_id", "VARCHAR"),
        ("email", "VARCHAR"),
        ("first_name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("city", "VARCHAR"),
        ("postal_code", "VARCHAR"),
        ("age", "BIGINT"),
        ("birthday", "DATE"),
        ("signup_at", "TIMESTAMP"),
        ("is_subscribed", "BOOLEAN"),
        ("loyalty_tier", "VARCHAR"),
        ("customer_type", "VARCHAR"),
        ("lifetime_value", "DOUBLE"),
        ("preferred_channel", "VARCHAR"),
        ("account_id", "VARCHAR"),
    ],
    "shop.accounts": [
        ("account_id", "VARCHAR"),
        ("company", "VARCHAR"),
        ("industry", "VARCHAR"),
        ("employees", "BIGINT"),
        ("contract_tier", "VARCHAR"),
        ("renewal_date", "DATE"),
    ],
    "shop.orders": [
        ("customer_id", "VARCHAR"),
        ("ordered_at", "TIMESTAMP"),
        ("amount", "DOUBLE"),
        ("category", "VARCHAR"),
        ("channel", "VARCHAR"),
        ("discount", "DOUBLE"),
        ("items", "BIGINT"),
    ],
    "shop.returns": [
        ("customer_id", "VARCHAR"),
        ("returned_at", "TIMESTAMP"),
        ("amount", "DOUBLE"),
        ("reason", "VARCHAR"),
    ],
    "shop.events": [
        ("customer_id", "VARCHAR"),
        ("occurred_at", "TIMESTAMP"),
        ("event_name", "VARCHAR"),
        ("campaign", "VARCHAR"),
        ("product", "VARCHAR"),
        ("category", "VARCHAR"),
        ("price", "DOUBLE"),
        ("page", "VARCHAR"),
        ("duration_s", "BIGINT"),
    ],
}

# A cell of a generated row: what DuckDB receives for the column types above.
Cell = str | int | float | bool | date | datetime | None
Row = tuple[Cell, ...]

HISTORY = timedelta(days=913)  # two and a half years of events before as_of
SIGNUP_SPAN_DAYS = 3 * 365  # sign-ups reach half a year further back than the events
# Ordinary (unplanted) activity stays this far away from as_of, so that nobody is
# "browsing right now" by accident (cart_abandoners holds such customers back).
QUIET = timedelta(minutes=45)

# --------------------------------------------------------------------------------
# Reference lists: places, names, products
# --------------------------------------------------------------------------------

# country code -> (weight, [(city, first postcode, last postcode, weight)])
_PLACES: dict[str, tuple[float, list[tuple[str, int, int, float]]]] = {
    "DE": (47.0, [
        ("Berlin", 10115, 14199, 14), ("Hamburg", 20095, 22769, 8),
        ("München", 80331, 81929, 7), ("Köln", 50667, 51149, 5),
        ("Frankfurt am Main", 60306, 60599, 4), ("Stuttgart", 70173, 70629, 3),
        ("Düsseldorf", 40210, 40629, 3), ("Leipzig", 4103, 4357, 3),
        ("Dresden", 1067, 1326, 2), ("Hannover", 30159, 30669, 3),
        ("Nürnberg", 90402, 90491, 3), ("Augsburg", 86150, 86199, 2),
        ("Freiburg im Breisgau", 79098, 79117, 2), ("Bremen", 28195, 28779, 2),
        ("Münster", 48143, 48167, 1), ("Karlsruhe", 76131, 76229, 1),
        ("Regensburg", 93047, 93059, 1), ("Garching bei München", 85748, 85748, 1),
        ("Freising", 85354, 85356, 1), ("Dachau", 85221, 85221, 1),
        ("Starnberg", 82319, 82319, 1), ("Rosenheim", 83022, 83026, 1),
        ("Ingolstadt", 85049, 85057, 1),
    ]),
    "AT": (10.0, [
        ("Wien", 1010, 1230, 6), ("Graz", 8010, 8054, 2), ("Linz", 4020, 4040, 2),
        ("Salzburg", 5020, 5026, 1), ("Innsbruck", 6020, 6080, 1),
    ]),
    "CH": (8.0, [
        ("Zürich", 8001, 8064, 4), ("Bern", 3001, 3030, 2), ("Basel", 4001, 4059, 2),
        ("Genève", 1201, 1209, 1), ("Luzern", 6003, 6015, 1),
    ]),
    "NL": (6.0, [("Amsterdam", 1011, 1109, 3), ("Rotterdam", 3011, 3089, 2),
                 ("Utrecht", 3511, 3585, 1)]),
    "FR": (6.0, [("Paris", 75001, 75020, 3), ("Lyon", 69001, 69009, 1),
                 ("Strasbourg", 67000, 67200, 1)]),
    "IT": (5.0, [("Milano", 20121, 20162, 3), ("Roma", 118, 199, 2),
                 ("Bolzano", 39100, 39100, 1)]),
    "PL": (4.0, [("Warszawa", 1, 4999, 3), ("Kraków", 30001, 31999, 1)]),
    "BE": (3.0, [("Bruxelles", 1000, 1210, 2), ("Antwerpen", 2000, 2660, 1)]),
    "DK": (3.0, [("København", 1050, 2450, 2), ("Aarhus", 8000, 8270, 1)]),
    "GB": (4.0, [("London", 0, 0, 3), ("Manchester", 0, 0, 1)]),
    "ES": (3.0, [("Barcelona", 8001, 8042, 1), ("Madrid", 28001, 28055, 1)]),
}
# How store tablets mangle country codes ("de " instead of "DE").
_MESSY_COUNTRY = {
    "DE": ["de", "de ", " DE", "De", "DE "],
    "AT": ["at", "AT ", " at"],
    "CH": ["ch", " CH", "ch "],
}
# Spellings of Munich in the city field (only the first two reach the segment's
# `lower(trim(city)) in ["munich", "muenchen"]`).
_MUNICH_SPELLINGS = [("Munich", 3.0), (" muenchen", 1.0), ("MÜNCHEN", 1.0), ("Muenchen ", 1.0)]

_FIRST_DE = [
    "Anna", "Lena", "Laura", "Julia", "Sarah", "Lisa", "Katharina", "Marie", "Sophie",
    "Hannah", "Lea", "Johanna", "Clara", "Emma", "Mia", "Sabine", "Petra", "Claudia",
    "Andrea", "Jana", "Nina", "Franziska", "Theresa", "Verena", "Jörg",
    "Lukas", "Jonas", "Leon", "Felix", "Maximilian", "Paul", "Tobias", "Florian",
    "Sebastian", "Michael", "Thomas", "Stefan", "Andreas", "Markus", "Daniel", "Jan",
    "Tim", "Niklas", "Moritz", "Philipp", "Jürgen", "Klaus", "Matthias", "Simon", "Lars",
]
_LAST_DE = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Huber", "Gruber", "Steiner", "Moser",
    "Hofer", "Keller", "Brunner", "Meier", "Frei", "Baumann", "Lehmann", "Krause",
]
_FIRST_INTL = [
    "Emma", "Olivia", "Noah", "Liam", "Lucas", "Sofia", "Chloé", "Louis", "Giulia",
    "Marco", "Luca", "Sara", "Jakub", "Zofia", "Piotr", "Daan", "Sem", "Fleur", "Mette",
    "Freja", "Mads", "Oliver", "Amelia", "Harry", "James", "Lucía", "Pablo", "Hugo",
    "Léa", "Jules", "Inès", "Matteo", "Francesca", "Aleksandra", "Lars", "Ida",
]
_LAST_INTL = [
    "Dubois", "Martin", "Bernard", "Rossi", "Russo", "Bianchi", "Kowalski", "Nowak",
    "Wiśniewski", "de Jong", "Jansen", "Visser", "Jensen", "Nielsen", "Hansen", "Smith",
    "Jones", "Taylor", "García", "Fernández", "López", "Peeters", "Janssens", "Maes",
]
_DOMAINS: dict[str, list[str]] = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de",
           "yahoo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch"],
    "NL": ["ziggo.nl", "gmail.com", "outlook.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com"],
    "IT": ["libero.it", "gmail.com", "outlook.it"],
    "PL": ["wp.pl", "onet.pl", "gmail.com"],
    "BE": ["telenet.be", "gmail.com", "skynet.be"],
    "DK": ["gmail.com", "outlook.dk", "mail.dk"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
}
_TRANSLIT = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ç": "c", "ł": "l",
    "ś": "s", "ó": "o", "í": "i", "á": "a", "ñ": "n", "ø": "o", "å": "a", " ": "",
    "'": "",
})

CATEGORIES = ["running", "kids", "outdoor", "fitness", "casual"]
_CATEGORY_WEIGHTS = [25.0, 15.0, 12.0, 18.0, 30.0]
# Typical order value (median) and its spread (sigma of a log-normal) per category.
_PRICE = {
    "running": (85.0, 0.45),
    "kids": (42.0, 0.45),
    "outdoor": (95.0, 0.6),
    "fitness": (52.0, 0.5),
    "casual": (48.0, 0.45),
}
_PRODUCTS: dict[str, list[tuple[str, float]]] = {
    "running": [("Trail runner GTX", 149.0), ("Road racer 3", 129.0),
                ("Running tights", 59.0), ("Hydration vest", 79.0),
                ("Running socks 3-pack", 19.0), ("GPS running watch", 249.0)],
    "kids": [("Kids rain jacket", 49.0), ("Junior football boots", 45.0),
             ("School sports bag", 29.0), ("Kids ski gloves", 24.0),
             ("Kids hiking shoes", 69.0)],
    "outdoor": [("2-person tent", 299.0), ("Hiking backpack 40L", 139.0),
                ("Down jacket", 229.0), ("Trekking poles", 59.0), ("Headlamp", 35.0),
                ("Sleeping bag -5C", 179.0)],
    "fitness": [("Yoga mat", 39.0), ("Kettlebell 12 kg", 49.0),
                ("Resistance bands", 19.0), ("Training shoes", 99.0),
                ("Foam roller", 29.0)],
    "casual": [("Hoodie", 59.0), ("Sneakers classic", 89.0), ("Cap", 22.0),
               ("Sports T-shirt", 25.0), ("Track jacket", 69.0)],
}
_SALE_PAGES = ["/sale", "/sale/running-shoes", "/sale/kids", "/sale/outdoor", "/sale/last-sizes"]
_OTHER_PAGES = ["/", "/account", "/stores", "/help/returns", "/magazine/marathon-training"]

_SIZE_REASONS = [
    "Wrong size", "Too small, need one size up", "SIZE TOO BIG",
    "Runs small - ordered my usual size", "Size chart was off", "Too big (size)",
]
_OTHER_REASONS = [
    "Damaged on arrival", "Changed my mind", "Colour not as pictured", "Arrived too late",
    "Fits badly", "Found a better price", "Ordered twice by mistake",
]
_THEMES = ["running", "kids", "outdoor", "fitness", "casual", "sale", "news"]

# --------------------------------------------------------------------------------
# Planted roles.  Every business-to-consumer customer gets exactly one role; the
# counts are fractions of all customers (at least one each).  "ordinary" fills the
# rest.  Roles ending in a look-alike description miss one condition on purpose.
# --------------------------------------------------------------------------------

_ROLE_SHARES: list[tuple[str, float]] = [
    ("new", 0.020),  # first order 1-28 days ago: new_customers
    ("new_today", 0.003),  # first order today: left out of new_customers
    ("lapsing", 0.025),  # repeat buyer, last order 95-175 days ago
    ("winback", 0.025),  # churned 200-700 days ago, spent >= 150, subscribed, opens
    ("winback_bounce", 0.006),  # the same with an invalid e-mail address
    ("spring", 0.020),  # clicked a spring26_ e-mail and ordered within 2 days
    ("spring_late", 0.006),  # clicked a spring26_ e-mail, ordered 3-10 days later
    ("spring25", 0.004),  # the same pattern a year earlier (spring25_)
    ("cart", 0.025),  # cart of >= 30 in the last 2 weeks, no order within a day
    ("cart_browsing", 0.004),  # the same, but viewing a page right now
    ("cart_no_channel", 0.005),  # the same, but no preferred channel
    ("cart_cheap", 0.004),  # the same, but the item costs less than 30
    ("digital", 0.025),  # first order in a store, then online or in the app
    ("size_return", 0.015),  # latest return last week, reason mentions size
    ("other_return", 0.005),  # returned last week for another reason
    ("size_then_other", 0.004),  # size return last week, another return this week
    ("vip", 0.020),  # several large orders in the last year, still active
    ("tier", 0.015),  # bronze/silver member with >= 1,000 spent this year
    ("bargain", 0.020),  # small discounted orders, sale pages this week
    ("bargain_no_sale", 0.005),  # the same, but looked at the sale last week
    ("rising", 0.020),  # spends more this quarter than last quarter
    ("runner", 0.025),  # performance_runner persona
    ("outdoor", 0.020),  # outdoor_explorer persona
    ("kids", 0.030),  # kids_family persona
    ("bts", 0.020),  # kids_family who bought for back-to-school 2025
    ("bts_recent", 0.004),  # the same, but bought kids' gear in the last 30 days
    ("fitness", 0.025),  # fitness_fan persona
    ("all_round", 0.020),  # all_rounder persona
    ("never", 0.120),  # signed up, never bought
]
_B2B_SHARE = 0.045
# E-mail overlays on top of the purchase role (business-to-consumer customers).
_ENGAGED_SHARE = 0.040  # email_engaged
_ENGAGED_UNSUBSCRIBED_SHARE = 0.005  # engaged reader who unsubscribed
_DACH_BIRTHDAY_SHARE = 0.010  # DACH, age missing, birthday 25-34 years ago
_MUNICH_CITY_SHARE = 0.006  # Munich by city name, postcode missing or malformed
_MUNICH_NO_NAME_SHARE = 0.003  # Munich postcode but no usable first name
_SUBSCRIBED_ROLES = ("winback", "winback_bounce", "bts", "bts_recent")

# Kinds of B2B account, with their share of accounts.
_ACCOUNT_KINDS: list[tuple[str, float]] = [
    ("prospect", 0.30),  # club/school/fitness, no contract, bulk orders last year
    ("renewal", 0.14),  # starter/standard contract renewing in the next 60 days
    ("prospect_quiet", 0.08),  # no contract, but no bulk order last year
    ("renewal_key", 0.05),  # premium/enterprise renewing soon: key-account managers
    ("renewal_small", 0.05),  # renewing soon, but fewer than 20 employees
    ("contract", 0.23),  # contract renewing later
    ("other", 0.15),  # retail or corporate without contract
]


# --------------------------------------------------------------------------------
# Rows under construction
# --------------------------------------------------------------------------------


@dataclass
class _Customer:
    customer_id: str
    role: str
    first_name: str | None = None
    given_name: str = ""  # first_name before data entry mangled it
    last_name: str = ""
    email: str | None = None
    country: str | None = None
    home_country: str = "DE"  # the clean code behind `country`
    city: str | None = None
    postal_code: str | None = None
    age: int | None = None
    birthday: date | None = None
    born: date = date(1990, 1, 1)
    signup_at: datetime = datetime(2000, 1, 1)
    is_subscribed: bool = False
    loyalty_tier: str | None = None
    customer_type: str = "b2c"
    lifetime_value: float = 0.0
    preferred_channel: str | None = None
    account_id: str | None = None
    # generation state, not written
    legacy_value: float = 0.0  # revenue before the window of generated events
    home_channel: str = "web"
    favourite: str = "casual"
    active_until: datetime = datetime(2000, 1, 1)
    returns_allowed: bool = True
    loyalty_member: bool = False

    def row(self) -> Row:
        return (
            self.customer_id, self.email, self.first_name, self.country, self.city,
            self.postal_code, self.age, self.birthday, self.signup_at, self.is_subscribed,
            self.loyalty_tier, self.customer_type, self.lifetime_value,
            self.preferred_channel, self.account_id,
        )


@dataclass
class _Order:
    customer_id: str
    ordered_at: datetime
    amount: float
    category: str
    channel: str
    discount: float
    items: int

    def row(self) -> Row:
        return (self.customer_id, self.ordered_at, self.amount, self.category,
                self.channel, self.discount, self.items)


@dataclass
class _Account:
    account_id: str
    kind: str
    company: str
    industry: str
    employees: int
    contract_tier: str | None
    renewal_date: date | None
    domain: str
    contacts: list[_Customer] = field(default_factory=list)

    def row(self) -> Row:
        return (self.account_id, self.company, self.industry, self.employees,
                self.contract_tier, self.renewal_date)


@dataclass(frozen=True)
class _Clock:
    """as_of and the calendar periods around it (UTC, naive)."""

    as_of: datetime
    start: datetime  # first instant of the generated history
    today: datetime  # 00:00 of as_of's day
    week: datetime  # Monday 00:00 of as_of's ISO week
    month: datetime
    prev_month: datetime
    quarter: datetime
    prev_quarter: datetime
    year: datetime
    prev_year: datetime

    @classmethod
    def at(cls, as_of: datetime) -> _Clock:
        today = datetime(as_of.year, as_of.month, as_of.day)
        month = datetime(as_of.year, as_of.month, 1)
        quarter = datetime(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
        return cls(
            as_of=as_of,
            start=as_of - HISTORY,
            today=today,
            week=today - timedelta(days=today.weekday()),
            month=month,
            prev_month=_add_months(month, -1),
            quarter=quarter,
            prev_quarter=_add_months(quarter, -3),
            year=datetime(as_of.year, 1, 1),
            prev_year=datetime(as_of.year - 1, 1, 1),
        )


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


def _years_between(born: date, on: date) -> int:
    """Whole calendar years from ``born`` to ``on`` (an age)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _minus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# --------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------


class _Builder:
    def __init__(self, rng: random.Random, clock: _Clock) -> None:
        self.rng = rng
        self.clock = clock
        self.customers: list[_Customer] = []
        self.accounts: list[_Account] = []
        self.orders: list[_Order] = []
        self.returns: list[Row] = []
        self.events: list[Row] = []
        self.campaigns = self._campaign_calendar()
        self.emails_seen: dict[str, int] = {}
        # Customers are generated one after the other: their orders and events are
        # the rows from these positions on.
        self.order_mark = 0
        self.event_mark = 0

    def start_customer(self) -> None:
        self.order_mark = len(self.orders)
        self.event_mark = len(self.events)

    def own_orders(self) -> list[_Order]:
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
        median, sigma = _PRICE[category]
        value = median * self.rng.lognormvariate(0.0, sigma)
        return round(min(max(value, 7.99), 900.0), 2)

    # ---- campaigns --------------------------------------------------------------

    def _campaign_calendar(self) -> list[tuple[datetime, str]]:
        """Weekly newsletters (Tuesdays 08:00 UTC) plus seasonal specials, named
        like the marketing team would: spring26_running, bts25_kids, ..."""
        clock = self.clock
        sent: list[tuple[datetime, str]] = []
        day = clock.start.date()
        while day.weekday() != 1:
            day += timedelta(days=1)
        week = 0
        while True:
            moment = datetime(day.year, day.month, day.day, 8)
            if moment >= clock.as_of:
                break
            sent.append((moment, f"{_season_code(day)}_{_THEMES[week % len(_THEMES)]}"))
            day += timedelta(days=7)
            week += 1
        for year in range(clock.start.year, clock.as_of.year + 1):
            yy = year % 100
            specials = [
                (datetime(year, 3, 1, 8), f"spring{yy:02d}_kickoff"),
                (datetime(year, 8, 5, 8), f"bts{yy:02d}_kids"),
                (_black_friday(year), f"blackfriday{yy:02d}"),
            ]
            sent.extend(s for s in specials if clock.start <= s[0] < clock.as_of)
        sent.sort()
        return sent

    def campaigns_between(self, low: datetime, high: datetime) -> list[tuple[datetime, str]]:
        return [c for c in self.campaigns if low <= c[0] < high]

    # ---- people -----------------------------------------------------------------

    def person(self, customer: _Customer, *, b2b_country: str | None = None) -> None:
        rng = self.rng
        if b2b_country is not None:
            code = b2b_country
        else:
            codes = list(_PLACES)
            code = self.weighted(codes, [_PLACES[c][0] for c in codes])
        customer.home_country = code
        customer.country = code
        roll = rng.random()
        if code in _MESSY_COUNTRY and roll < 0.08:
            customer.country = self.pick(_MESSY_COUNTRY[code])
        elif roll > 0.985:
            customer.country = None
        cities = _PLACES[code][1]
        city, first, last, _ = rng.choices(cities, weights=[c[3] for c in cities])[0]
        customer.city = city
        customer.postal_code = _postcode(rng, code, rng.randint(first, last))
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
        first_name = self.pick(_FIRST_DE if german else _FIRST_INTL)
        customer.last_name = self.pick(_LAST_DE if german else _LAST_INTL)
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
        band = rng.choices(
            [(19, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 79)],
            weights=[12, 23, 22, 18, 14, 11])[0]
        self.set_age(customer, rng.randint(*band))
        customer.is_subscribed = self.chance(0.55)
        customer.preferred_channel = rng.choices(
            ["email", "app", "sms", None], weights=[30, 15, 5, 50])[0]
        customer.home_channel = self.weighted(["web", "store", "app"], [50, 30, 20])
        customer.favourite = self.weighted(CATEGORIES, _CATEGORY_WEIGHTS)
        customer.loyalty_member = self.chance(0.45)

    def set_age(self, customer: _Customer, years: int, *, stated: float = 0.6) -> None:
        """Birth date for an age of ``years`` at as_of; the self-reported ``age``
        (as stated at sign-up, so sometimes a year behind) and ``birthday`` are each
        missing for some customers."""
        rng = self.rng
        today = self.clock.as_of.date()
        latest = _minus_years(today, years)
        born = latest - timedelta(days=rng.randrange(365))
        customer.born = born
        customer.birthday = born if rng.random() < 0.75 else None
        stated_on = max(customer.signup_at.date(), born)
        if rng.random() < (stated if customer.birthday is not None else 0.5):
            customer.age = _years_between(born, stated_on)
        else:
            customer.age = None

    def email(self, first: str, last: str, country: str, *, domain: str | None = None,
              valid: bool | None = None) -> str | None:
        rng = self.rng
        local = f"{first}.{last}".lower().translate(_TRANSLIT)
        style = rng.random()
        if style < 0.25:
            local = f"{first[0]}{last}".lower().translate(_TRANSLIT)
        elif style < 0.4:
            local = f"{first}{rng.randint(70, 99) if rng.random() < 0.5 else ''}".lower()
            local = local.translate(_TRANSLIT)
        domain = domain or self.pick(_DOMAINS[country])
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

    def order(self, customer: _Customer, moment: datetime, category: str | None = None, *,
              channel: str | None = None, amount: float | None = None,
              discount_rate: float | None = None, items: int | None = None,
              returns: bool = True) -> _Order | None:
        """Record an order (and the page views, cart and app session before it).
        Orders before the generated history only count towards lifetime_value."""
        rng = self.rng
        category = category or (
            customer.favourite if rng.random() < 0.6
            else self.weighted(CATEGORIES, _CATEGORY_WEIGHTS))
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
        row = _Order(customer.customer_id, moment, value, category, channel,
                     discount + 0.0, items)
        self.orders.append(row)
        cid = customer.customer_id
        if channel in ("web", "app"):
            product, _ = self.product(category)
            before = moment - timedelta(minutes=rng.randint(3, 25))
            if rng.random() < 0.5:
                self.events.append(_event(cid, before, "page_view", page=f"/c/{category}"))
            if discount < 0 and rng.random() < 0.3:
                self.events.append(_event(cid, before + timedelta(minutes=1), "page_view",
                                          page=self.pick(_SALE_PAGES)))
            self.events.append(_event(cid, before + timedelta(minutes=2), "page_view",
                                      page=_product_page(product)))
            self.events.append(_event(
                cid, moment - timedelta(minutes=rng.randint(1, 2)), "add_to_cart",
                product=product, category=category, price=round(value / items, 2)))
            if channel == "app":
                self.events.append(_event(
                    cid, before, "app_session",
                    duration_s=int((moment - before).total_seconds()) + rng.randint(30, 300)))
        if returns and customer.returns_allowed and rng.random() < 0.07:
            returned = self.between(moment + timedelta(days=3), moment + timedelta(days=21))
            if returned is not None:
                reason = (self.pick(_SIZE_REASONS) if rng.random() < 0.45
                          else self.pick(_OTHER_REASONS))
                refund = value if rng.random() < 0.6 else round(value * rng.uniform(0.3, 0.8), 2)
                self.add_return(customer, returned, refund, reason)
        return row

    def add_return(self, customer: _Customer, moment: datetime, amount: float,
                   reason: str) -> None:
        self.returns.append((customer.customer_id, moment.replace(microsecond=0),
                             round(amount, 2), reason))

    def product(self, category: str) -> tuple[str, float]:
        products = _PRODUCTS[category]
        return products[self.rng.randrange(len(products))]

    def ordinary_orders(self, customer: _Customer, *, until: datetime | None = None,
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

    def series(self, customer: _Customer, count: int, low: float, high: float,
               category: str | Callable[[], str] | None = None, *,
               amount: Callable[[], float] | None = None) -> None:
        """``count`` orders at random between ``high`` and ``low`` days ago."""
        for _ in range(count):
            chosen = category() if callable(category) else category
            value = amount() if amount is not None else None
            self.order(customer, self.days_ago(low, high), chosen, amount=value)

    # ---- browsing, app, e-mail --------------------------------------------------

    def browsing(self, customer: _Customer) -> None:
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
                    page = self.pick(_SALE_PAGES)
                elif roll < 0.45:
                    page = f"/c/{self.weighted(CATEGORIES, _CATEGORY_WEIGHTS)}"
                elif roll < 0.8:
                    page = _product_page(self.product(customer.favourite)[0])
                else:
                    page = self.pick(_OTHER_PAGES)
                self.events.append(_event(cid, moment + timedelta(minutes=2 * page_index),
                                          "page_view", page=page))
            if rng.random() < 0.1:
                category = customer.favourite
                product, price = self.product(category)
                self.events.append(_event(cid, moment + timedelta(minutes=7), "add_to_cart",
                                          product=product, category=category, price=price))
        if customer.home_channel == "app" or customer.preferred_channel == "app":
            for _ in range(int(rng.expovariate(1 / 3))):
                moment = self.between(customer.signup_at, until)
                if moment is None:
                    break
                duration = int(min(3600, max(20, rng.lognormvariate(math.log(240), 0.8))))
                self.events.append(_event(cid, moment, "app_session", duration_s=duration))

    def newsletter(self, customer: _Customer, *, before: datetime | None = None) -> None:
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

    def read(self, customer: _Customer, sent: datetime, code: str, *, click: bool = False,
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
        self.events.append(_event(cid, opened, "email_open", campaign=code))
        if self.rng.random() < 0.2:
            again = self.between(opened + timedelta(hours=1), hi, quiet=quiet)
            if again is not None:
                self.events.append(_event(cid, again, "email_open", campaign=code))
        if click:
            self.click(customer, opened, code)
        return opened

    def click(self, customer: _Customer, opened: datetime, code: str) -> datetime:
        clicked = opened + timedelta(seconds=self.rng.randint(20, 600))
        self.events.append(_event(customer.customer_id, clicked, "email_click", campaign=code))
        return clicked


def _season_code(day: date) -> str:
    if 3 <= day.month <= 5:
        return f"spring{day.year % 100:02d}"
    if 6 <= day.month <= 8:
        return f"summer{day.year % 100:02d}"
    if 9 <= day.month <= 11:
        return f"autumn{day.year % 100:02d}"
    year = day.year if day.month == 12 else day.year - 1
    return f"winter{year % 100:02d}"


def _black_friday(year: int) -> datetime:
    day = date(year, 11, 1)
    fridays = [day + timedelta(days=i) for i in range(30)
               if (day + timedelta(days=i)).weekday() == 4]
    friday = fridays[3]
    return datetime(friday.year, friday.month, friday.day, 7)


def _postcode(rng: random.Random, country: str, number: int) -> str:
    if country in ("DE", "FR", "IT", "ES"):
        return f"{number:05d}"
    if country == "NL":
        return f"{number:04d} {chr(65 + rng.randrange(26))}{chr(65 + rng.randrange(26))}"
    if country == "PL":
        return f"{number // 1000:02d}-{number % 1000:03d}"
    if country == "GB":
        area = rng.choice(["SW1A", "E1", "N7", "M1", "M14", "SE10", "W2"])
        letters = chr(65 + rng.randrange(26)) + chr(65 + rng.randrange(26))
        return f"{area} {rng.randint(1, 9)}{letters}"
    return f"{number:04d}"


def _product_page(product: str) -> str:
    slug = "".join(ch if ch.isalnum() else "-" for ch in product.lower()).strip("-")
    return f"/p/{slug}"


def _event(customer_id: str, moment: datetime, name: str, *, campaign: str | None = None,
           product: str | None = None, category: str | None = None,
           price: float | None = None, page: str | None = None,
           duration_s: int | None = None) -> Row:
    return (customer_id, moment.replace(microsecond=0), name, campaign, product, category,
            price, page, duration_s)


# --------------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------------


def _plant(b: _Builder, c: _Customer, role: str) -> None:
    """Give customer ``c`` the order history of ``role``."""
    _PLANTERS[role](b, c, role)
    if role not in ("never", "ordinary"):
        c.active_until = max(c.active_until, *(o.ordered_at for o in b.own_orders()),
                             c.signup_at)


def _ordinary(b: _Builder, c: _Customer, role: str) -> None:
    b.ordinary_orders(c)


def _never(b: _Builder, c: _Customer, role: str) -> None:
    c.active_until = c.signup_at


def _new(b: _Builder, c: _Customer, role: str) -> None:
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


def _lapsing(b: _Builder, c: _Customer, role: str) -> None:
    """Two to six orders, the last one 95 to 175 days ago."""
    last = b.days_ago(95, 175)
    moment = last
    for _ in range(b.rng.randint(1, 5)):
        moment -= timedelta(days=b.rng.uniform(15, 150))
        b.order(c, moment)
    b.order(c, last)


def _winback(b: _Builder, c: _Customer, role: str) -> None:
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


def _spring(b: _Builder, c: _Customer, role: str) -> None:
    year = 25 if role == "spring25" else 26
    if not _spring_click(b, c, year, late=role == "spring_late"):
        b.ordinary_orders(c)


def _cart(b: _Builder, c: _Customer, role: str) -> None:
    b.ordinary_orders(c)
    _abandon_cart(b, c, role)


def _digital(b: _Builder, c: _Customer, role: str) -> None:
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
            b.events.append(_event(c.customer_id, session, "app_session", duration_s=duration))
    else:
        c.home_channel = b.pick(["web", "app"])
        for _ in range(rng.randint(1, 3)):
            b.order(c, b.days_ago(2, 150), channel=c.home_channel)


def _returner(b: _Builder, c: _Customer, role: str) -> None:
    c.returns_allowed = False
    b.ordinary_orders(c, until=b.clock.as_of - timedelta(days=40))
    _return_last_week(b, c, role)


def _vip(b: _Builder, c: _Customer, role: str) -> None:
    """Many large orders over the last year, the latest in the last 40 days."""
    rng = b.rng
    c.home_channel = b.pick(["web", "app", "store"])
    b.series(c, rng.randint(4, 11), 1, 360,
             lambda: b.weighted(["running", "outdoor", "fitness"], [4, 3, 2]))
    b.series(c, rng.randint(2, 6), 2, 330, lambda: b.pick(["running", "outdoor"]),
             amount=lambda: round(rng.uniform(160, 480), 2))
    b.series(c, 1, 1, 40, amount=lambda: round(rng.uniform(120, 300), 2))
    b.ordinary_orders(c, until=b.clock.as_of - timedelta(days=365))


def _tier(b: _Builder, c: _Customer, role: str) -> None:
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


def _bargain(b: _Builder, c: _Customer, role: str) -> None:
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
            b.events.append(_event(c.customer_id, moment, "page_view",
                                   page=b.pick(_SALE_PAGES)))


def _rising(b: _Builder, c: _Customer, role: str) -> None:
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


def _runner(b: _Builder, c: _Customer, role: str) -> None:
    """Two to four running orders of 92 or more in the last 170 days."""
    rng = b.rng
    c.favourite = "running"
    b.series(c, rng.randint(2, 4), 1, 170, "running",
             amount=lambda: round(rng.uniform(92, 240), 2))
    b.series(c, rng.randint(0, 4), 180, 800, lambda: b.pick(["running", "casual"]))


def _outdoor(b: _Builder, c: _Customer, role: str) -> None:
    """One big outdoor purchase (260 to 750) in the last two years."""
    rng = b.rng
    c.favourite = "outdoor"
    b.order(c, b.days_ago(5, 690), "outdoor", amount=round(rng.uniform(260, 750), 2))
    b.series(c, rng.randint(0, 4), 1, 800, lambda: b.pick(["outdoor", "casual", "kids"]))


def _fitness(b: _Builder, c: _Customer, role: str) -> None:
    rng = b.rng
    c.favourite = "fitness"
    b.series(c, rng.randint(2, 5), 1, 355, "fitness")
    b.series(c, rng.randint(0, 3), 1, 800, lambda: b.pick(["fitness", "casual"]))


def _all_round(b: _Builder, c: _Customer, role: str) -> None:
    """Three or four categories in the last year, none enough for another persona."""
    rng = b.rng
    plan = [("running", 40.0, 85.0), ("fitness", 20.0, 80.0), ("casual", 20.0, 90.0)]
    if rng.random() < 0.5:
        plan.append(("outdoor", 30.0, 200.0))
    for category, low, high in plan:
        b.order(c, b.days_ago(2, 350), category, amount=round(rng.uniform(low, high), 2))


def _spring_click(b: _Builder, c: _Customer, year: int, *, late: bool) -> bool:
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


def _abandon_cart(b: _Builder, c: _Customer, role: str) -> None:
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
    category = b.weighted(CATEGORIES, _CATEGORY_WEIGHTS)
    product, price = b.product(category)
    if role == "cart_cheap":
        price = round(rng.uniform(9.9, 29.9), 2)
    elif price < 30:
        price = round(rng.uniform(35, 180), 2)
    b.events.append(_event(cid, moment - timedelta(minutes=4), "page_view",
                           page=_product_page(product)))
    b.events.append(_event(cid, moment, "add_to_cart", product=product, category=category,
                           price=price))
    if role == "cart_no_channel":
        c.preferred_channel = None
    elif c.preferred_channel is None:
        c.preferred_channel = b.weighted(["email", "app", "sms"], [6, 3, 1])
    if role == "cart_browsing":  # on the site right now
        for minutes in sorted(rng.sample(range(2, 26), 2), reverse=True):
            b.events.append(_event(cid, asof - timedelta(minutes=minutes), "page_view",
                                   page=_product_page(product)))
    c.active_until = max(c.active_until, moment)


def _return_last_week(b: _Builder, c: _Customer, role: str) -> None:
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
    reason = b.pick(_SIZE_REASONS) if size else b.pick(_OTHER_REASONS)
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
                b.add_return(c, later, second.amount, b.pick(_OTHER_REASONS))


def _kids_family(b: _Builder, c: _Customer, role: str) -> None:
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


_PLANTERS: dict[str, Callable[[_Builder, _Customer, str], None]] = {
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


# --------------------------------------------------------------------------------
# B2B accounts
# --------------------------------------------------------------------------------

_CLUB_PREFIXES = ["TSV", "SC", "SV", "FC", "TuS", "VfL", "Ruderclub", "Skiclub", "LG"]
_TOWNS = ["Grünwald", "Dachau", "Freising", "Pasing", "Altona", "Pankow", "Ehrenfeld",
          "Sendling", "Harburg", "Linden", "Bogenhausen", "Giesing", "Schwabing"]


def _company(b: _Builder, kind: str) -> tuple[str, str, str]:
    """(company, industry, e-mail domain) for an account of ``kind``."""
    rng = b.rng
    town = b.pick(_TOWNS)
    if kind in ("prospect", "prospect_quiet"):
        industry = b.weighted(["sports_team", "education", "fitness_club", "corporate"],
                              [5, 3, 2, 1])
    elif kind == "other":
        industry = b.pick(["retail", "corporate"])
    else:
        industry = b.weighted(["sports_team", "education", "fitness_club", "retail",
                               "corporate"], [3, 2, 2, 2, 3])
    if industry == "sports_team":
        name = f"{b.pick(_CLUB_PREFIXES)} {town} {rng.randint(1860, 1990)} e.V."
    elif industry == "education":
        name = b.pick([f"Gymnasium {town}", f"Grundschule am Park {town}",
                       f"Realschule {town}", f"Hochschulsport {town}"])
    elif industry == "fitness_club":
        name = b.pick([f"FitWerk {town} GmbH", f"Urban Gym {town}",
                       f"Yoga & Move {town} e.V.", f"Boulderhalle {town} GmbH"])
    elif industry == "retail":
        name = b.pick([f"Sporthaus {b.pick(_LAST_DE)} GmbH", f"Laufladen {town} OHG",
                       f"Outdoorbedarf {town} KG"])
    elif kind in ("prospect", "prospect_quiet"):  # a company sports club
        name = f"Betriebssportgemeinschaft {b.pick(_LAST_DE)} e.V."
    else:
        name = b.pick([f"{b.pick(_LAST_DE)} Logistik AG", f"{town} Stadtwerke GmbH",
                       f"{b.pick(_LAST_DE)} & Partner Consulting"])
    domain = "".join(ch for ch in name.lower().translate(_TRANSLIT) if ch.isalnum())[:18]
    return name, industry, f"{domain}.de"


def _build_accounts(b: _Builder, contacts: list[_Customer]) -> None:
    rng, clock = b.rng, b.clock
    if not contacts:
        return
    count = max(1, min(len(contacts), max(2, len(contacts) // 2)))
    kinds = [kind for kind, share in _ACCOUNT_KINDS for _ in range(round(share * count))]
    kinds = ["prospect", "renewal", *kinds[2:]] if len(kinds) >= 2 else ["prospect", "renewal"]
    while len(kinds) < count:
        kinds.append("contract")
    kinds = kinds[:count]
    rng.shuffle(kinds)
    today = clock.as_of.date()
    for index, kind in enumerate(kinds, start=1):
        company, industry, domain = _company(b, kind)
        employees = {
            "sports_team": (12, 150), "education": (20, 320), "fitness_club": (6, 90),
            "retail": (5, 220), "corporate": (60, 5000),
        }[industry]
        tier: str | None = None
        renewal: date | None = None
        staff = rng.randint(*employees)
        if kind == "renewal":
            tier = b.pick(["starter", "standard"])
            renewal = today + timedelta(days=rng.randint(3, 55))
            staff = max(staff, rng.randint(20, 400))
        elif kind == "renewal_key":
            tier = b.pick(["premium", "enterprise"])
            renewal = today + timedelta(days=rng.randint(3, 55))
            staff = max(staff, 40)
        elif kind == "renewal_small":
            tier = "starter"
            renewal = today + timedelta(days=rng.randint(3, 55))
            staff = rng.randint(4, 19)
        elif kind == "contract":
            tier = b.weighted(["starter", "standard", "premium", "enterprise"], [4, 4, 2, 1])
            renewal = today + timedelta(days=rng.randint(65, 365))
        b.accounts.append(_Account(f"A{index:04d}", kind, company, industry, staff, tier,
                                   renewal, domain))
    for position, contact in enumerate(contacts):
        account = (b.accounts[position] if position < len(b.accounts)
                   else b.accounts[rng.randrange(len(b.accounts))])
        account.contacts.append(contact)
        contact.account_id = account.account_id
    for account in b.accounts:
        for position, contact in enumerate(account.contacts):
            b.start_customer()
            _b2b_contact(b, account, contact, lead=position == 0)
            own = b.own_orders()
            if own:
                first = min(o.ordered_at for o in own)
                contact.signup_at = min(contact.signup_at, first - timedelta(days=1))


def _b2b_contact(b: _Builder, account: _Account, c: _Customer, *, lead: bool) -> None:
    rng, clock = b.rng, b.clock
    b.person(c, b2b_country=b.weighted(["DE", "AT", "CH"], [8, 1, 1]))
    c.customer_type = "b2b"
    c.country = c.home_country
    c.email = b.email(c.given_name, c.last_name, c.home_country,
                      domain=account.domain, valid=True)
    c.loyalty_member = False
    c.home_channel = "web"
    c.preferred_channel = b.weighted(["email", "sms"], [9, 1]) if rng.random() < 0.7 else None
    c.signup_at = min(c.signup_at, clock.as_of - timedelta(days=rng.uniform(400, 1090)))
    c.active_until = clock.as_of
    category = {"education": "kids", "fitness_club": "fitness"}.get(account.industry)

    def bulk(moment: datetime | None) -> None:
        if moment is None:
            return
        items = rng.randint(10, 60)
        chosen = category or b.pick(["running", "casual", "fitness"])
        b.order(c, moment, chosen, channel="web", items=items,
                amount=round(items * rng.uniform(18, 45), 2),
                discount_rate=rng.choice([0.0, 0.1, 0.15]), returns=False)

    last_year = (clock.prev_year, clock.year)
    if account.kind == "prospect" and (lead or rng.random() < 0.5):
        for _ in range(rng.randint(1, 3)):
            bulk(b.between(*last_year))
    elif account.kind == "prospect_quiet":
        if rng.random() < 0.5:
            bulk(b.between(clock.year, clock.as_of))
        else:
            bulk(b.between(clock.start, clock.prev_year))
    elif account.kind in ("contract", "renewal", "renewal_key", "renewal_small", "other"):
        for _ in range(rng.randint(1, 4)):
            bulk(b.between(clock.start, clock.as_of))
    for _ in range(rng.randint(0, 3)):  # small top-up orders (single shirts, a ball)
        moment = b.between(clock.start, clock.as_of)
        if moment is not None:
            b.order(c, moment, category, channel="web", items=rng.randint(1, 5),
                    returns=False)


# --------------------------------------------------------------------------------
# Overlays applied after the histories are known
# --------------------------------------------------------------------------------


def _engaged_reader(b: _Builder, c: _Customer, *, subscribed: bool) -> None:
    """Three to six opens and clicks last month and a click rate of 0.25 or more over
    the last 90 days (email_engaged).  Their older newsletter history stays."""
    rng, clock = b.rng, b.clock
    asof = clock.as_of
    window = asof - timedelta(days=90)
    b.events[b.event_mark:] = [
        e for e in b.events[b.event_mark:]
        if not (e[2] in ("email_open", "email_click") and _at(e) >= window)]
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
    mine = [e for e in b.events[b.event_mark:] if _at(e) >= window]
    n_open = sum(1 for e in mine if e[2] == "email_open")
    n_click = sum(1 for e in mine if e[2] == "email_click")
    month_opens = [o for o in opens if o[0] + timedelta(minutes=10) < clock.month]
    while month_opens and n_click < 0.25 * n_open:
        opened, code = month_opens[rng.randrange(len(month_opens))]
        b.click(c, opened, code)
        n_click += 1


def _at(row: Row) -> datetime:
    moment = row[1]
    assert isinstance(moment, datetime)
    return moment


def _pick_optional(b: _Builder, options: Sequence[str | None]) -> str | None:
    return options[b.rng.randrange(len(options))]


def _munich_by_city(b: _Builder, c: _Customer) -> None:
    c.home_country = "DE"
    c.country = "DE" if b.rng.random() < 0.8 else "de "
    c.city = b.weighted([s for s, _ in _MUNICH_SPELLINGS], [w for _, w in _MUNICH_SPELLINGS])
    c.postal_code = _pick_optional(b, [None, None, "8033", "D-80331", "80 469", ""])


def _munich_without_name(b: _Builder, c: _Customer) -> None:
    c.home_country = "DE"
    c.country = "DE"
    c.city = "München"
    c.postal_code = f"{b.rng.randint(80331, 81929):05d}"
    c.first_name = _pick_optional(b, [None, "J", " ", "M "])


def _loyalty(b: _Builder) -> None:
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


# --------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------


def generate_shop_database(path: Path, *, customers: int = 5000, seed: int = 7,
                           as_of: datetime) -> None:
    """Write the demo database of ``examples/shop`` to ``path`` (replacing it).

    ``as_of`` is the instant the data describes (timezone-aware, or naive UTC);
    every event lies before it.  The result depends only on the three arguments.
    The database is built in a temporary file next to ``path`` and renamed into
    place, so readers never see half a database.
    """
    if customers < 1:
        raise ValueError("customers must be at least 1")
    if as_of.tzinfo is not None:
        as_of = as_of.astimezone(UTC).replace(tzinfo=None)
    as_of = as_of.replace(microsecond=0)
    tables = _generate(random.Random(seed), _Clock.at(as_of), customers)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        _write(temporary, tables)
        os.replace(temporary, path)
        path.with_name(path.name + ".wal").unlink(missing_ok=True)
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
            leftover.unlink(missing_ok=True)


def _generate(rng: random.Random, clock: _Clock, total: int) -> dict[str, list[Row]]:
    b = _Builder(rng, clock)
    b2b_count = min(total, max(1 if total >= 20 else 0, round(_B2B_SHARE * total)))
    roles = [role for role, share in _ROLE_SHARES
             for _ in range(max(1, round(share * total)))]
    roles = roles[: total - b2b_count]
    roles += ["ordinary"] * (total - b2b_count - len(roles))
    roles += ["b2b"] * b2b_count
    rng.shuffle(roles)
    width = max(6, len(str(total)))
    b.customers = [_Customer(f"C{i:0{width}d}", role) for i, role in enumerate(roles, 1)]

    consumers = [c for c in b.customers if c.role != "b2b"]
    # Overlays on top of the purchase role, for consumers whose role does not depend
    # on what the overlay changes (subscription, age, place).
    free = [c for c in consumers if c.role not in _SUBSCRIBED_ROLES]
    rng.shuffle(free)
    overlay: dict[str, str] = {}
    taken = 0
    for name, share in (("engaged", _ENGAGED_SHARE),
                        ("engaged_unsubscribed", _ENGAGED_UNSUBSCRIBED_SHARE),
                        ("dach_birthday", _DACH_BIRTHDAY_SHARE)):
        for c in free[taken: taken + max(1, round(share * total))]:
            overlay[c.customer_id] = name
        taken += max(1, round(share * total))

    for c in consumers:
        b.start_customer()
        b.person(c)
        if c.role in _SUBSCRIBED_ROLES:
            c.is_subscribed = True
        _plant(b, c, c.role)
        own = b.own_orders()
        if own:  # nobody orders before signing up
            first = min(o.ordered_at for o in own)
            c.signup_at = min(c.signup_at, first - timedelta(minutes=30))
        b.browsing(c)
        b.newsletter(c)
        kind = overlay.get(c.customer_id)
        if kind in ("engaged", "engaged_unsubscribed"):
            _engaged_reader(b, c, subscribed=kind == "engaged")
        elif kind == "dach_birthday":
            c.home_country = b.weighted(["DE", "AT", "CH"], [6, 2, 2])
            c.country = b.pick([c.home_country, c.home_country,
                                *_MESSY_COUNTRY[c.home_country]])
            b.set_age(c, rng.randint(25, 34))
            c.birthday = c.born
            c.age = None
    _build_accounts(b, [c for c in b.customers if c.role == "b2b"])
    for c in b.customers:
        if c.customer_type == "b2b":
            b.newsletter(c)

    # Munich by city name, or with a Munich postcode but no usable first name: recent
    # buyers among the consumers without an overlay.
    last_order: dict[str, datetime] = {}
    for o in b.orders:
        last_order[o.customer_id] = max(o.ordered_at, last_order.get(o.customer_id, o.ordered_at))
    recent = clock.as_of - timedelta(days=600)
    buyers = [c for c in free[taken:] if last_order.get(c.customer_id, clock.start) >= recent]
    by_city = max(1, round(_MUNICH_CITY_SHARE * total))
    for c in buyers[:by_city]:
        _munich_by_city(b, c)
    for c in buyers[by_city: by_city + max(1, round(_MUNICH_NO_NAME_SHARE * total))]:
        _munich_without_name(b, c)

    # lifetime value: net revenue since sign-up (history before the window included)
    net: dict[str, float] = {}
    for o in b.orders:
        net[o.customer_id] = net.get(o.customer_id, 0.0) + o.amount
    for r in b.returns:
        key = str(r[0])
        refund = r[2]
        assert isinstance(refund, float)
        net[key] = net.get(key, 0.0) - refund
    for c in b.customers:
        c.lifetime_value = round(max(0.0, net.get(c.customer_id, 0.0) + c.legacy_value), 2)
    _loyalty(b)

    b.orders.sort(key=lambda o: (o.customer_id, o.ordered_at, o.amount))
    return {
        "shop.customers": [c.row() for c in b.customers],
        "shop.accounts": [a.row() for a in b.accounts],
        "shop.orders": [o.row() for o in b.orders],
        "shop.returns": sorted(b.returns, key=_sort_key),
        "shop.events": sorted(b.events, key=_sort_key),
    }


def _sort_key(row: Row) -> tuple[str, datetime, str]:
    return (str(row[0]), _at(row), str(row[2]))


def _write(path: Path, tables: dict[str, list[Row]]) -> None:
    # DuckDB names a database file's catalog after the file (shop.duckdb -> "shop"),
    # which would make `shop.customers` ambiguous (catalog or schema?).  Attaching
    # the file under an alias of our own avoids that whatever the file is called.
    con = duckdb.connect(":memory:")
    try:
        con.execute("ATTACH ? AS segdsl_demo", [str(path)])
        con.execute("USE segdsl_demo")
        con.execute("CREATE SCHEMA shop")
        for table, columns in TABLES.items():
            ddl = ", ".join(f"{name} {kind}" for name, kind in columns)
            con.execute(f"CREATE TABLE {table} ({ddl})")
            rows = tables[table]
            if not rows:
                continue
            # One statement per table: each column goes in as a list parameter and
            # UNNEST turns the lists back into rows (much faster than executemany).
            unnests = ", ".join(f"UNNEST(?::{kind}[])" for _, kind in columns)
            values = [[row[i] for row in rows] for i in range(len(columns))]
            con.execute(f"INSERT INTO {table} SELECT {unnests}", values)
        con.execute("USE memory")
        con.execute("DETACH segdsl_demo")
    finally:
        con.close()


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m segdsl.demo [PATH] [--customers N] [--seed S] [--as-of TS]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m segdsl.demo",
        description="Write the demo database of examples/shop (DuckDB).")
    parser.add_argument("path", nargs="?", default="examples/shop/data/shop.duckdb",
                        type=Path, help="database file to write (default: %(default)s)")
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--as-of", dest="as_of", default=None,
                        help="ISO date or timestamp in UTC (default: now)")
    args = parser.parse_args(argv)
    if args.as_of is None:
        as_of = datetime.now(UTC)
    else:
        try:
            as_of = datetime.fromisoformat(args.as_of.replace("Z", "+00:00"))
        except ValueError:
            parser.error(f"--as-of: not an ISO date or timestamp: {args.as_of!r}")
    if args.customers < 1:
        parser.error("--customers must be at least 1")
    generate_shop_database(args.path, customers=args.customers, seed=args.seed, as_of=as_of)
    print(f"wrote {args.path} ({args.customers} customers, seed {args.seed}, "
          f"as of {as_of.isoformat()})")


if __name__ == "__main__":
    main()
