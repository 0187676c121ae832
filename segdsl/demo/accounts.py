"""B2B accounts (clubs, schools, gyms, shops, companies) and the bulk orders of
their contacts, by account kind (``shop_data.ACCOUNT_KINDS``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from segdsl.demo.builder import Builder
from segdsl.demo.rows import Account, Customer
from segdsl.demo.shop_data import ACCOUNT_KINDS, CLUB_PREFIXES, LAST_DE, TOWNS, TRANSLIT


def _company(b: Builder, kind: str) -> tuple[str, str, str]:
    """(company, industry, e-mail domain) for an account of ``kind``."""
    rng = b.rng
    town = b.pick(TOWNS)
    if kind in ("prospect", "prospect_quiet"):
        industry = b.weighted(["sports_team", "education", "fitness_club", "corporate"],
                              [5, 3, 2, 1])
    elif kind == "other":
        industry = b.pick(["retail", "corporate"])
    else:
        industry = b.weighted(["sports_team", "education", "fitness_club", "retail",
                               "corporate"], [3, 2, 2, 2, 3])
    if industry == "sports_team":
        name = f"{b.pick(CLUB_PREFIXES)} {town} {rng.randint(1860, 1990)} e.V."
    elif industry == "education":
        name = b.pick([f"Gymnasium {town}", f"Grundschule am Park {town}",
                       f"Realschule {town}", f"Hochschulsport {town}"])
    elif industry == "fitness_club":
        name = b.pick([f"FitWerk {town} GmbH", f"Urban Gym {town}",
                       f"Yoga & Move {town} e.V.", f"Boulderhalle {town} GmbH"])
    elif industry == "retail":
        name = b.pick([f"Sporthaus {b.pick(LAST_DE)} GmbH", f"Laufladen {town} OHG",
                       f"Outdoorbedarf {town} KG"])
    elif kind in ("prospect", "prospect_quiet"):  # a company sports club
        name = f"Betriebssportgemeinschaft {b.pick(LAST_DE)} e.V."
    else:
        name = b.pick([f"{b.pick(LAST_DE)} Logistik AG", f"{town} Stadtwerke GmbH",
                       f"{b.pick(LAST_DE)} & Partner Consulting"])
    domain = "".join(ch for ch in name.lower().translate(TRANSLIT) if ch.isalnum())[:18]
    return name, industry, f"{domain}.de"


def build_accounts(b: Builder, contacts: list[Customer]) -> None:
    rng, clock = b.rng, b.clock
    if not contacts:
        return
    count = max(1, min(len(contacts), max(2, len(contacts) // 2)))
    kinds = [kind for kind, share in ACCOUNT_KINDS for _ in range(round(share * count))]
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
        b.accounts.append(Account(f"A{index:04d}", kind, company, industry, staff, tier,
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


def _b2b_contact(b: Builder, account: Account, c: Customer, *, lead: bool) -> None:
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


