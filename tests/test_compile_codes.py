"""Value codes (issue 14): on DuckDB, ``first``/``last`` of an enum or boolean
property is one integer aggregate in the grouped pass over the value's code in a
dictionary of the column's values read from the data (``dict__N``), not a ``max`` of
a struct nor a ``tie__N`` CTE, and ``count(distinct ...)`` of one a bit set while
the dictionary is small; other columns and other dialects keep the old forms.
Members are checked on every engine by the conformance corpus (ties, unset values,
numbers, strings, booleans) and the differential tests; these tests pin the plan.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
from cli_project import write_project

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import compile_membership, compile_plan
from segdsl.workspace import load_workspace

SCHEMA = """\
entity: customer
table: customers
key: customer_id
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      channel: {type: string, values: [web, store, app]}
      amount: number
      gift: boolean
"""
AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _checked(tmp_path: Path, segments: str) -> CheckedProject:
    write_project(tmp_path, segments, "name: codes\n", SCHEMA)
    workspace = load_workspace(tmp_path)
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    return workspace.checked


SEGMENTS = """\
segment switched
  where first(purchase.channel) = "store" and last(purchase.channel in last 90 days) = "web"
metric last_amount = last(purchase.amount)
metric first_gift = first(purchase.gift)
"""


def test_first_and_last_of_a_property_are_grouped_pass_aggregates_over_codes(
        tmp_path: Path) -> None:
    plan = compile_plan(_checked(tmp_path, SEGMENTS), "duckdb", AS_OF)
    [scan] = plan.event_tables.values()
    # One dictionary per column, shared by every use of it.
    # Enums and booleans only; one dictionary per column, shared by its uses.
    assert sorted((c.column, c.text) for c in plan.value_codes.values()) == [
        ("channel", True), ("gift", False)]
    assert set(scan.codes) == {"channel", "gift"}
    assert not plan.joined  # no tie__N CTE
    # The grouped pass reads codes, not the values themselves.
    assert set(scan.columns) == {"amount"}
    texts = [a.expression.sql("duckdb") for a in scan.aggregates.values()]
    coded = [t for t in texts if "__code__" in t]
    assert len(coded) == 3
    assert sum("-CAST(EPOCH_US" in t for t in coded) == 2  # first: time negated
    # A number (nearly unique values) keeps the max of a struct.
    assert [t for t in texts if t not in coded and "STRUCT_EXTRACT(MAX(" in t]


@pytest.mark.parametrize("dialect", ["bigquery", "snowflake", "redshift", "trino"])
def test_other_dialects_keep_the_tie_cte(tmp_path: Path, dialect: str) -> None:
    plan = compile_plan(_checked(tmp_path, SEGMENTS), dialect, AS_OF)
    assert not plan.value_codes
    assert sorted(j.kind for j in plan.joined.values()) == ["tie"] * 4


def test_postgres_has_neither_codes_nor_tie_ctes(tmp_path: Path) -> None:
    """PostgreSQL picks first/last with one ARRAY_AGG in the grouped pass."""
    plan = compile_plan(_checked(tmp_path, SEGMENTS), "postgres", AS_OF)
    assert not plan.value_codes and not plan.joined


def test_ties_unset_values_and_times_before_1970(tmp_path: Path) -> None:
    """The tie rule (SPEC 4.3) through the packed integer, including times before
    1970 (negative microseconds) and far from it, where BIGINT would overflow."""
    checked = _checked(tmp_path, SEGMENTS)
    sql = compile_membership(checked, "duckdb", AS_OF, ["switched", "last_amount", "first_gift"])
    con = duckdb.connect()
    con.execute("CREATE TABLE customers (customer_id INT)")
    con.execute("INSERT INTO customers VALUES (1), (2), (3), (4)")
    con.execute("CREATE TABLE orders (customer_id INT, ordered_at TIMESTAMP, channel TEXT, "
                "amount DOUBLE, gift BOOLEAN)")
    con.execute("""INSERT INTO orders VALUES
        -- 1: a tie at the first time goes to the greatest value; a later NULL channel
        -- is the last channel only if no set value shares its time
        (1, '1900-01-01', 'app', 5, false), (1, '1900-01-01', 'store', 7, true),
        (1, '2026-10-01', NULL, NULL, NULL), (1, '2026-10-01', 'web', 1.5, NULL),
        -- 2: the last event's value is not set, so last is not set
        (2, '2026-01-01', 'store', 3, NULL), (2, '2026-10-02', 'web', NULL, NULL),
        (2, '2026-10-03', NULL, NULL, NULL),
        -- 3: far in the future (after as-of, ignored) and far in the past
        (3, '0002-01-01', 'store', 2, true), (3, '2026-10-05', 'web', 9, false),
        (3, '9999-01-01', 'app', 100, false)""")
    rows = sorted(con.execute(sql).fetchall())
    assert rows == [
        (1, True, 1.5, True),
        (2, False, None, None),
        (3, True, 9, True),
        (4, False, None, None),
    ]


DISTINCT = """\
metric channels = count(distinct purchase.channel)
metric web_amounts_90d = count(distinct purchase.amount with channel = "web" in last 90 days)
"""


def test_count_distinct_is_a_bit_set_in_the_grouped_pass_with_a_guarded_fallback(
        tmp_path: Path) -> None:
    plan = compile_plan(_checked(tmp_path, DISTINCT), "duckdb", AS_OF)
    [scan] = plan.event_tables.values()
    assert set(scan.codes) == {"channel"}
    [text] = [a.expression.sql("duckdb") for a in scan.aggregates.values()]
    assert "BIT_COUNT(BIT_OR(" in text and "<= 127" in text
    # The separate pass stays, reading rows only for a dictionary beyond 127 values;
    # the number (not an enum) has only the separate pass.
    passes = [j.query.sql("duckdb") for j in plan.joined.values() if j.kind == "dst"]
    assert len(passes) == 2
    assert ["> 127" in text for text in passes] == [True, False]


def test_count_distinct_elsewhere_is_a_pass_of_its_own(tmp_path: Path) -> None:
    plan = compile_plan(_checked(tmp_path, DISTINCT), "postgres", AS_OF)
    assert not plan.value_codes
    assert [j.kind for j in plan.joined.values()] == ["dst", "dst"]
    assert "127" not in "".join(j.query.sql("postgres") for j in plan.joined.values())


def _distinct_counts(tmp_path: Path, values: int) -> list[tuple[object, ...]]:
    checked = _checked(tmp_path, DISTINCT)
    sql = compile_membership(checked, "duckdb", AS_OF, ["channels", "web_amounts_90d"])
    con = duckdb.connect()
    con.execute("CREATE TABLE customers (customer_id INT)")
    con.execute("INSERT INTO customers VALUES (1), (2), (3)")
    con.execute("CREATE TABLE orders (customer_id INT, ordered_at TIMESTAMP, channel TEXT, "
                "amount DOUBLE, gift BOOLEAN)")
    # Customer 3 has `values` distinct channels (one per order), so the dictionary
    # holds at least that many values; amounts 1.0000000001 and 1 are the same
    # number (9 places).
    con.execute("""INSERT INTO orders VALUES
        (1, '2026-10-01', 'web', 1, NULL), (1, '2026-10-02', 'web', 1.0000000001, NULL),
        (1, '2026-10-03', 'web', 2, NULL), (1, '2026-10-04', 'store', 3, NULL),
        (1, '2026-01-01', 'web', 4, NULL), (1, '2026-10-05', NULL, 5, NULL),
        (1, '2026-10-06', 'web', NULL, NULL), (1, '2026-11-02', 'app', 6, NULL),
        (2, '2026-10-01', NULL, NULL, NULL)""")
    con.execute(f"INSERT INTO orders SELECT 3, TIMESTAMP '2026-10-01' + INTERVAL (i) MINUTE, "
                f"'c' || i, i, NULL FROM range({values}) AS r(i)")
    return sorted(con.execute(sql).fetchall())


def test_count_distinct_small_and_large_dictionaries_count_alike(tmp_path: Path) -> None:
    """Exact on both sides of the bit set's capacity: not-set values, filters,
    windows and events after as-of are left out either way."""
    small = _distinct_counts(tmp_path / "small", 3)
    assert small == [(1, 2, 2), (2, 0, 0), (3, 3, 0)]
    large = _distinct_counts(tmp_path / "large", 300)
    assert large == [(1, 2, 2), (2, 0, 0), (3, 300, 0)]


def test_duckdb_materializes_the_small_dictionaries_only(tmp_path: Path) -> None:
    sql = compile_membership(_checked(tmp_path, SEGMENTS), "duckdb", AS_OF, ["switched"])
    assert '"dict__1" AS MATERIALIZED (' in sql
    assert sql.count("AS MATERIALIZED (") == 1  # every other CTE: NOT MATERIALIZED
