"""What a set of definitions reads from the schema (segdsl/check/usage.py)."""

from __future__ import annotations

from pathlib import Path

from cli_project import write_project

from segdsl.check.usage import schema_read_by, schema_usage, with_dependencies
from segdsl.engines import schema_tables
from segdsl.workspace import load_workspace

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
  age: integer
  amount: number
relations:
  account:
    table: accounts
    key: account_id
    via: account_id
    attributes:
      industry: string
      size: integer
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
      channel: string
  visit:
    table: visits
    key: customer_id
    time: seen_at
"""
SEGMENTS = """\
metric spent = sum(purchase.amount with channel = "web")
segment big
  where spent > 100 and account.industry = "retail"
segment old
  where age > 60
segment visitors
  where has visit in last 7 days
"""


def test_names_in_a_filter_are_properties_and_dependencies_count(tmp_path: Path) -> None:
    write_project(tmp_path, SEGMENTS, schema=SCHEMA)
    checked = load_workspace(tmp_path).checked
    assert checked is not None
    assert sorted(with_dependencies(checked, ["big"])) == ["big", "spent"]
    usage = schema_usage(checked, ["big"])
    # `amount` is also an attribute, but here only the property is read.
    assert usage.attributes == set()
    assert usage.relations == {"account": {"industry"}}
    assert usage.events == {"purchase": {"amount", "channel"}}
    assert schema_tables(schema_read_by(checked, ["big"])) == schema_tables(
        schema_read_by(checked, ["big", "spent"]))
    tables = schema_tables(schema_read_by(checked, ["big"]))
    assert set(tables) == {"customers", "accounts", "orders"}
    assert list(tables["customers"]) == ["customer_id", "account_id"]
    assert list(tables["accounts"]) == ["account_id", "industry"]
    assert set(tables["orders"]) == {"customer_id", "ordered_at", "amount", "channel"}
    assert schema_tables(schema_read_by(checked, ["old"])) == {
        "customers": {"customer_id": tables["customers"]["customer_id"],
                      "age": schema_tables(checked.schema)["customers"]["age"]}}
    assert set(schema_tables(schema_read_by(checked, ["visitors"]))) == {"customers", "visits"}
