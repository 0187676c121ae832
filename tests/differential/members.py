"""Random aggregates over an entity's members (SPEC 11) and random rows for them.

The schema is fixed (tests/conformance_accounts/schema.yml: customers with events,
accounts whose members are customers); what varies is the account definitions (an
aggregate over members with a random member filter, window and event filter) and
the rows (members with and without an account, dangling accounts, values not set,
events around the window edges).  tests/test_differential_members.py compares the
compiled SQL with the reference evaluator on them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
ACCOUNTS = ("a1", "a2", "a3", "a4")
CUSTOMERS = tuple(f"c{i}" for i in range(1, 9))

# Conditions in the member (customer) scope; the project defines `admins` and
# `orders_30d` (tests/conformance_accounts/segments/customers.seg).
_MEMBER_TESTS = (
    'role = "admin"', 'role != "admin"', "seats >= 2", "seats is set", "country is set",
    'country = "DE"', "spend_limit > 1.5", "has trial_start in last 7 days",
    "has trial_start", "has no purchase in last 30 days", "in segment admins",
    "orders_30d >= 1", "count(purchase in last 90 days) >= 2", "not (seats > 3)",
)
_EVENT_FILTERS = ("amount > 5", "amount <= 20.5", "amount is set")
_WINDOWS = ("in last 7 days", "in last 30 days", "in last 90 days", "since 2026-10-15")


@st.composite
def member_filter(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(_MEMBER_TESTS))
    if draw(st.booleans()):
        return first
    second = draw(st.sampled_from(_MEMBER_TESTS))
    connective = draw(st.sampled_from(("and", "or")))
    return f"({first} {connective} {second})"


@st.composite
def member_aggregate(draw: st.DrawFn) -> str:
    """One aggregate over members, e.g. ``sum(members.seats with (…))``."""
    kind = draw(st.sampled_from(("count", "attribute", "events", "event_values")))
    with_filter = f" with {draw(member_filter())}" if draw(st.booleans()) else ""
    if kind == "count":
        return f"count(members{with_filter})"
    if kind == "attribute":
        function = draw(st.sampled_from(("sum", "avg", "min", "max")))
        attribute = draw(st.sampled_from(("seats", "spend_limit") if function in ("sum", "avg")
                                         else ("seats", "spend_limit", "country")))
        return f"{function}(members.{attribute}{with_filter})"
    event_filter = (f" with {draw(st.sampled_from(_EVENT_FILTERS))}"
                    if draw(st.booleans()) else "")
    window = f" {draw(st.sampled_from(_WINDOWS))}" if draw(st.booleans()) else ""
    if kind == "events":
        return f"count(members.purchase{event_filter}{window})"
    function = draw(st.sampled_from(("sum", "avg", "min", "max")))
    return f"{function}(members.purchase.amount{event_filter}{window})"


@st.composite
def account_definitions(draw: st.DrawFn) -> str:
    """A few account metrics and a segment over them."""
    aggregates = draw(st.lists(member_aggregate(), min_size=1, max_size=4))
    lines = [f"metric m{i} for account = {text}" for i, text in enumerate(aggregates)]
    count = draw(member_aggregate().filter(lambda t: t.startswith("count(")))
    lines.append(f"segment s for account where {count} >= {draw(st.integers(0, 3))}")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class MemberRows:
    tables: dict[str, tuple[dict[str, object], ...]]


def _instant(days_back: int, seconds: int) -> dt.datetime:
    return AS_OF - dt.timedelta(days=days_back) + dt.timedelta(seconds=seconds)


@st.composite
def member_rows(draw: st.DrawFn) -> MemberRows:
    accounts = [{"account_id": a, "tier": draw(st.sampled_from(("smb", "enterprise")))}
                for a in ACCOUNTS]
    customers = []
    for key in CUSTOMERS:
        customers.append({
            "customer_id": key,
            # a5 is an account that does not exist; None belongs to no account
            "account_id": draw(st.sampled_from((*ACCOUNTS, "a5", None))),
            "role": draw(st.sampled_from(("admin", "user", None))),
            "seats": draw(st.one_of(st.none(), st.integers(0, 5))),
            "country": draw(st.sampled_from(("DE", "FR", "de", None))),
            "spend_limit": draw(st.one_of(st.none(), st.sampled_from(
                (Decimal("1"), Decimal("1.5"), Decimal("2.25"), Decimal("0.333333333"))))),
        })
    # edges: exactly 7/30/90 days back, one second before, at as-of
    days = st.sampled_from((0, 1, 6, 7, 8, 14, 29, 30, 31, 60, 89, 90, 91))
    seconds = st.sampled_from((0, -1, 1))
    trials = [{"customer_id": draw(st.sampled_from(CUSTOMERS)), "kind": "trial_start",
               "occurred_at": _instant(draw(days), draw(seconds))}
              for _ in range(draw(st.integers(0, 8)))]
    orders = [{"customer_id": draw(st.sampled_from(CUSTOMERS)),
               "ordered_at": _instant(draw(days), draw(seconds)),
               "amount": draw(st.one_of(st.none(), st.sampled_from(
                   (Decimal("0.5"), Decimal("5"), Decimal("7.25"), Decimal("20.5"),
                    Decimal("100")))))}
              for _ in range(draw(st.integers(0, 10)))]
    return MemberRows({"crm.accounts": tuple(accounts), "crm.customers": tuple(customers),
                       "crm.events": tuple(trials), "crm.orders": tuple(orders)})
