"""Snowflake names (issue #11): schema and output names resolve as a Snowflake user
expects (docs/types.md, "Names on Snowflake")."""

from __future__ import annotations

from pathlib import Path

import sqlglot
from cli_project import write_project
from sqlglot import exp

from segdsl.compile.api import compile_membership, compile_segment
from segdsl.workspace import load_workspace

SCHEMA = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  country: string
  Age: {type: integer, column: AgeYears}
relations:
  account:
    table: crm.Accounts
    key: account_id
    via: account_id
    attributes:
      industry: string
events:
  purchase:
    table: shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""

SEGMENTS = """\
segment vip
  where sum(purchase.amount) > 100 and country = "DE" and account.industry = "retail"
segment Adults
  where Age >= 18
"""


def _identifiers(sql: str) -> set[str]:
    tree = sqlglot.parse_one(sql, dialect="snowflake")
    return {node.name for node in tree.find_all(exp.Identifier)}


def test_lower_case_names_go_out_upper_case_and_others_as_written(tmp_path: Path) -> None:
    write_project(tmp_path, SEGMENTS, schema=SCHEMA)
    checked = load_workspace(tmp_path).checked
    assert checked is not None and checked.ok
    sql = compile_membership(checked, "snowflake")
    # All lower case: what an unquoted name is stored as.
    assert '"SHOP"."CUSTOMERS"' in sql and '"SHOP"."ORDERS"' in sql
    assert '"CRM"."Accounts"' in sql  # mixed case: exactly as written
    assert '"e"."CUSTOMER_ID"' in sql and '"e"."COUNTRY"' in sql
    assert '"e"."AgeYears"' in sql
    assert '"t"."ORDERED_AT"' in sql and '"t"."AMOUNT"' in sql
    # Output columns follow the same rule: `vip` is selected as VIP (or vip unquoted).
    assert 'AS "CUSTOMER_ID"' in sql and 'AS "VIP"' in sql and 'AS "Adults"' in sql
    names = _identifiers(sql)
    assert not {"customers", "orders", "customer_id", "shop", "ordered_at"} & names
    segment = compile_segment(checked, "vip", "snowflake")
    assert segment.rstrip().endswith('"d__vip"') and 'AS "CUSTOMER_ID"' in segment


def test_other_dialects_keep_names_as_written(tmp_path: Path) -> None:
    write_project(tmp_path, SEGMENTS, schema=SCHEMA)
    checked = load_workspace(tmp_path).checked
    assert checked is not None
    for dialect in ("duckdb", "postgres"):
        sql = compile_membership(checked, dialect)
        assert '"shop"."customers"' in sql and '"crm"."Accounts"' in sql
        assert 'AS "vip"' in sql and 'AS "customer_id"' in sql
