"""Rows under construction (customers, orders, accounts, events) and how they
become the tuples written to the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

Cell = str | int | float | bool | date | datetime | None
Row = tuple[Cell, ...]


@dataclass
class Customer:
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
class Order:
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
class Account:
    account_id: str
    kind: str
    company: str
    industry: str
    employees: int
    contract_tier: str | None
    renewal_date: date | None
    domain: str
    contacts: list[Customer] = field(default_factory=list)

    def row(self) -> Row:
        return (self.account_id, self.company, self.industry, self.employees,
                self.contract_tier, self.renewal_date)



def event(customer_id: str, moment: datetime, name: str, *, campaign: str | None = None,
           product: str | None = None, category: str | None = None,
           price: float | None = None, page: str | None = None,
           duration_s: int | None = None) -> Row:
    return (customer_id, moment.replace(microsecond=0), name, campaign, product, category,
            price, page, duration_s)



def row_time(row: Row) -> datetime:
    moment = row[1]
    assert isinstance(moment, datetime)
    return moment



def sort_key(row: Row) -> tuple[str, datetime, str]:
    return (str(row[0]), row_time(row), str(row[2]))

