"""The entry point: ``generate_shop_database`` assigns roles, builds every
customer's history in turn, applies the overlays and writes the five tables.
"""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from segdsl.demo.accounts import build_accounts
from segdsl.demo.builder import Builder
from segdsl.demo.clock import Clock
from segdsl.demo.overlays import (
    assign_loyalty_tiers,
    engaged_reader,
    munich_by_city,
    munich_without_name,
)
from segdsl.demo.roles import plant
from segdsl.demo.rows import Customer, Row, sort_key
from segdsl.demo.shop_data import (
    B2B_SHARE,
    DACH_BIRTHDAY_SHARE,
    ENGAGED_SHARE,
    ENGAGED_UNSUBSCRIBED_SHARE,
    MESSY_COUNTRY,
    MUNICH_CITY_SHARE,
    MUNICH_NO_NAME_SHARE,
    ROLE_SHARES,
    SUBSCRIBED_ROLES,
)
from segdsl.demo.write import write_tables


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
    tables = generate_tables(random.Random(seed), Clock.at(as_of), customers)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        write_tables(temporary, tables)
        os.replace(temporary, path)
        path.with_name(path.name + ".wal").unlink(missing_ok=True)
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
            leftover.unlink(missing_ok=True)


def generate_tables(rng: random.Random, clock: Clock, total: int) -> dict[str, list[Row]]:
    b = Builder(rng, clock)
    b2b_count = min(total, max(1 if total >= 20 else 0, round(B2B_SHARE * total)))
    roles = [role for role, share in ROLE_SHARES
             for _ in range(max(1, round(share * total)))]
    roles = roles[: total - b2b_count]
    roles += ["ordinary"] * (total - b2b_count - len(roles))
    roles += ["b2b"] * b2b_count
    rng.shuffle(roles)
    width = max(6, len(str(total)))
    b.customers = [Customer(f"C{i:0{width}d}", role) for i, role in enumerate(roles, 1)]

    consumers = [c for c in b.customers if c.role != "b2b"]
    # Overlays on top of the purchase role, for consumers whose role does not depend
    # on what the overlay changes (subscription, age, place).
    free = [c for c in consumers if c.role not in SUBSCRIBED_ROLES]
    rng.shuffle(free)
    overlay: dict[str, str] = {}
    taken = 0
    for name, share in (("engaged", ENGAGED_SHARE),
                        ("engaged_unsubscribed", ENGAGED_UNSUBSCRIBED_SHARE),
                        ("dach_birthday", DACH_BIRTHDAY_SHARE)):
        for c in free[taken: taken + max(1, round(share * total))]:
            overlay[c.customer_id] = name
        taken += max(1, round(share * total))

    for c in consumers:
        b.start_customer()
        b.person(c)
        if c.role in SUBSCRIBED_ROLES:
            c.is_subscribed = True
        plant(b, c, c.role)
        own = b.own_orders()
        if own:  # nobody orders before signing up
            first = min(o.ordered_at for o in own)
            c.signup_at = min(c.signup_at, first - timedelta(minutes=30))
        b.browsing(c)
        b.newsletter(c)
        kind = overlay.get(c.customer_id)
        if kind in ("engaged", "engaged_unsubscribed"):
            engaged_reader(b, c, subscribed=kind == "engaged")
        elif kind == "dach_birthday":
            c.home_country = b.weighted(["DE", "AT", "CH"], [6, 2, 2])
            c.country = b.pick([c.home_country, c.home_country,
                                *MESSY_COUNTRY[c.home_country]])
            b.set_age(c, rng.randint(25, 34))
            c.birthday = c.born
            c.age = None
    build_accounts(b, [c for c in b.customers if c.role == "b2b"])
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
    by_city = max(1, round(MUNICH_CITY_SHARE * total))
    for c in buyers[:by_city]:
        munich_by_city(b, c)
    for c in buyers[by_city: by_city + max(1, round(MUNICH_NO_NAME_SHARE * total))]:
        munich_without_name(b, c)

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
    assign_loyalty_tiers(b)

    b.orders.sort(key=lambda o: (o.customer_id, o.ordered_at, o.amount))
    return {
        "shop.customers": [c.row() for c in b.customers],
        "shop.accounts": [a.row() for a in b.accounts],
        "shop.orders": [o.row() for o in b.orders],
        "shop.returns": sorted(b.returns, key=sort_key),
        "shop.events": sorted(b.events, key=sort_key),
    }


