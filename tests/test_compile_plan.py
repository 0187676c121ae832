"""The shape of the batch query (issue 5): each event table is scanned once for all
its aggregates, which use FILTER, and that scan starts at the earliest window start
unless some use needs the table's whole history; each side of a sequence reads only
its own window; on DuckDB no CTE is materialized.  Semantics are tested on every engine by the
conformance corpus; these tests pin the plan itself: as data (``compile_plan``) where
the fact is the plan's, as SQL where it is how a dialect writes it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlglot
from cli_project import write_project
from sqlglot import exp

from segdsl.compile.api import compile_membership, compile_plan
from segdsl.compile.parts import TreeKey
from segdsl.compile.plan import EventScan, Plan
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
      amount: number
  visit:
    table: visits
    key: customer_id
    time: visited_at
"""
AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _compile(tmp_path: Path, segments: str, dialect: str = "duckdb", schema: str = SCHEMA
             ) -> exp.Expression:
    write_project(tmp_path, segments, "name: plan\n", schema)
    workspace = load_workspace(tmp_path)
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    checked = workspace.checked
    sql = compile_membership(checked, dialect, AS_OF, list(checked.segments))
    return sqlglot.parse_one(sql, read=dialect)


def _plan(tmp_path: Path, segments: str, dialect: str = "duckdb", schema: str = SCHEMA
          ) -> Plan:
    write_project(tmp_path, segments, "name: plan\n", schema)
    workspace = load_workspace(tmp_path)
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    checked = workspace.checked
    return compile_plan(checked, dialect, AS_OF, list(checked.segments))


def _event_scan(plan: Plan, table: str) -> EventScan:
    [scan] = [s for s in plan.event_tables.values() if s.table == table]
    return scan


def _bounds(rows_bounds: dict[TreeKey, exp.Expression]) -> list[str]:
    return [bound.sql("duckdb") for bound in rows_bounds.values()]


def _scans(query: exp.Expression, table: str, prefix: str) -> list[exp.Expression]:
    return [cte.this for cte in query.find_all(exp.CTE)
            if any(t.name == table for t in cte.this.find_all(exp.Table))
            and cte.alias.startswith(prefix)]


def _scan(query: exp.Expression, table: str) -> exp.Select:
    """The CTE that reads ``table`` for the grouped pass."""
    found = _scans(query, table, "ev__")
    assert len(found) == 1, f"{table} is read by {len(found)} scans"
    assert isinstance(found[0], exp.Select)
    return found[0]


def _lower_bound(scan: exp.Select) -> str | None:
    where = scan.args["where"].this
    bounds = [node for node in where.find_all(exp.GTE)]
    assert len(bounds) <= 1
    return bounds[0].expression.sql("duckdb") if bounds else None


SEGMENTS_WITH_WINDOWS = """\
segment recent
  where count(purchase in last 30 days) >= 2 and sum(purchase.amount in last 90 days) > 10
segment this_year
  where has purchase since 2026-01-01
"""


def test_windows_only_limit_the_scan_to_the_earliest_start(tmp_path: Path) -> None:
    plan = _plan(tmp_path, SEGMENTS_WITH_WINDOWS)
    rows = _event_scan(plan, "orders").rows
    assert not rows.full_history
    bounds = _bounds(rows.lower_bounds)
    assert len(bounds) == 3
    assert any("INTERVAL '90' DAY" in b for b in bounds)
    assert any("INTERVAL '30' DAY" in b for b in bounds)
    assert any("2026-01-01" in b for b in bounds)
    # ... and the scan starts at the earliest of them.
    bound = _lower_bound(_scan(_compile(tmp_path, SEGMENTS_WITH_WINDOWS), "orders"))
    assert bound is not None and bound.startswith("LEAST(")


def test_one_use_without_a_window_reads_the_whole_history(tmp_path: Path) -> None:
    plan = _plan(tmp_path, """\
segment recent
  where count(purchase in last 30 days) >= 2
segment ever
  where has purchase
""")
    assert _event_scan(plan, "orders").rows.full_history
    assert _lower_bound(_scan(_compile(tmp_path, "segment ever\n  where has purchase\n"),
                              "orders")) is None


def test_before_windows_and_first_last_read_the_whole_history(tmp_path: Path) -> None:
    for condition in ("has purchase before 2026-01-01", "first(purchase.amount) > 5"):
        folder = tmp_path / str(abs(hash(condition)))
        folder.mkdir()
        plan = _plan(folder, f"segment s\n  where {condition}\n")
        assert _event_scan(plan, "orders").rows.full_history, condition


def test_postgres_first_last_of_a_property_is_one_aggregate_of_the_grouped_pass(
    tmp_path: Path,
) -> None:
    """PostgreSQL: ``(ARRAY_AGG(v ORDER BY time, v DESC NULLS LAST) FILTER (...))[1]``
    in the orders' grouped pass, no tie CTE, so the scan is read once (a second
    reader made PostgreSQL materialize and sort it twice)."""
    segments = ("segment s\n  where first(purchase.amount) > 5\n"
                "    and last(purchase.amount in last 30 days) < 3\n")
    plan = _plan(tmp_path, segments, "postgres")
    orders = _event_scan(plan, "orders")
    assert not plan.joined and len(orders.aggregates) == 2
    query = _compile(tmp_path, segments, "postgres")
    assert not [cte for cte in query.find_all(exp.CTE) if cte.alias.startswith("tie__")]
    [grouped] = [cte.this for cte in query.find_all(exp.CTE) if cte.alias.startswith("agg__")]
    picks = [node for node in grouped.find_all(exp.Bracket)]
    assert len(picks) == 2
    orders_by = [[o.sql("postgres") for o in pick.find(exp.Order).expressions]
                 for pick in picks]
    assert sorted(orders_by) == sorted([
        ['"__time" ASC', '"amount" DESC NULLS LAST'],
        ['"__time" DESC NULLS LAST', '"amount" DESC NULLS LAST']])
    # The windowed last() filters its rows; the first() over all history needs none.
    assert sum(1 for pick in picks if pick.find(exp.Filter)) == 1
    assert all(pick.sql("postgres").endswith(")[1]") for pick in picks)
    # Engines without the single aggregate keep the tie CTE.
    for dialect in ("bigquery", "snowflake", "redshift", "trino"):
        (tmp_path / dialect).mkdir()
        other = _compile(tmp_path / dialect, segments, dialect)
        assert len([c for c in other.find_all(exp.CTE) if c.alias.startswith("tie__")]) == 2


def test_the_second_event_of_a_sequence_is_read_from_the_first_events_window(
    tmp_path: Path,
) -> None:
    plan = _plan(tmp_path, """\
segment browsed_then_bought
  where has visit then purchase within 2 days in last 30 days
""")
    sides = {side.table.table: side.rows for side in plan.side_scans.values()}
    assert set(sides) == {"visits", "orders"}
    for rows in sides.values():
        [bound] = _bounds(rows.lower_bounds)
        assert "INTERVAL '30' DAY" in bound
    # No aggregate reads either table, so there is no grouped pass.
    assert not any(scan.read or scan.aggregates for scan in plan.event_tables.values())
    assert [joined.kind for joined in plan.joined.values()] == ["seq"]


def test_duckdb_ctes_are_not_materialized(tmp_path: Path) -> None:
    segments = "segment s\n  where has visit then purchase within 2 days in last 30 days\n"
    query = _compile(tmp_path, segments)
    assert all(cte.args.get("materialized") is False for cte in query.find_all(exp.CTE))
    for dialect in ("postgres", "bigquery", "snowflake", "redshift", "trino"):
        query = _compile(tmp_path, segments, dialect)
        assert "MATERIALIZED" not in query.sql(dialect)


def test_each_event_table_is_read_once_with_filtered_aggregates(tmp_path: Path) -> None:
    segments = """\
segment a
  where count(purchase in last 30 days) >= 2
segment b
  where sum(purchase.amount in last 7 days) > 10 and has visit in last 7 days
segment c
  where count(purchase in last 30 days) >= 2 or avg(purchase.amount) > 3
"""
    plan = _plan(tmp_path, segments)
    assert sorted(scan.table for scan in plan.event_tables.values()) == ["orders", "visits"]
    orders, visits = _event_scan(plan, "orders"), _event_scan(plan, "visits")
    # count 30 days (once, though two segments use it), sum 7 days, avg's sum and
    # count; has visit 7 days.
    assert len(orders.aggregates) == 4 and len(visits.aggregates) == 1
    filters = [node for scan in (orders, visits) for aggregate in scan.aggregates.values()
               for node in aggregate.expression.find_all(exp.Filter)]
    assert len(filters) == 3  # avg over all purchases needs no filter
    assert not any(aggregate.expression.find(exp.Case) for scan in (orders, visits)
                   for aggregate in scan.aggregates.values())
    # In the SQL: one scan and one grouped pass per table.
    query = _compile(tmp_path, segments)
    _scan(query, "orders")
    _scan(query, "visits")
    assert len([cte for cte in query.find_all(exp.CTE) if cte.alias.startswith("agg__")]) == 2


def test_bigquery_snowflake_and_redshift_get_their_own_conditional_aggregates(
        tmp_path: Path) -> None:
    segments = "segment a\n  where count(purchase in last 30 days) >= 2\n"
    (tmp_path / "bq").mkdir()
    (tmp_path / "sf").mkdir()
    bigquery = _compile(tmp_path / "bq", segments, "bigquery").sql("bigquery")
    snowflake = _compile(tmp_path / "sf", segments, "snowflake").sql("snowflake")
    assert "COUNTIF(" in bigquery and "FILTER" not in bigquery
    assert "COUNT_IF(" in snowflake and "FILTER" not in snowflake
    # Redshift has no FILTER clause (dialects/redshift.py): a CASE inside the count.
    (tmp_path / "rs").mkdir()
    redshift = _compile(tmp_path / "rs", segments, "redshift")
    assert redshift.find(exp.Filter) is None
    assert "COUNT(CASE WHEN" in redshift.sql("redshift")


RANKINGS = """\
metric spend = sum(purchase.amount in last 365 days)
metric visits = count(visit in last 90 days)
segment top_10
  where spend in top 10%
segment top_5
  where spend in top 5%
segment bottom_half
  where spend in bottom 50%
segment frequent
  where ntile(visits, 4) = 4
segment big_and_frequent
  where in segment top_10 and (spend * 2) in top 20%
"""


def test_rankings_of_one_metric_share_one_window_function(tmp_path: Path) -> None:
    steps = _plan(tmp_path, RANKINGS).steps()
    ranked = {step.name: step.ranked for step in steps if step.ranked is not None}
    assert {name: r.name for name, r in ranked.items()} == {"layer__2": "rank__2",
                                                           "layer__3": "rank__3"}
    first, second = ranked["layer__2"], ranked["layer__3"]
    # One descending rank (top 10% and 5%), one ascending (bottom, and ntile's), one
    # count per value, computed from the layer where the value is.
    assert first.source == "layer__1" and first.values == ["d__spend", "d__visits"]
    assert sorted(item.column for item in first.windows) == [
        "w__d__spend__asc", "w__d__spend__count", "w__d__spend__desc",
        "w__d__visits__asc", "w__d__visits__count"]
    # The product ranked is a hidden value of its own, a layer later.
    assert second.source == "layer__2" and second.values == ["v__1"]
    assert [item.column for item in second.windows] == ["w__v__1__count", "w__v__1__desc"]
    # No layer computes a window function in its own select list.
    assert not [item for step in steps for item in step.columns if item.window_of]


def test_windows_are_computed_over_the_key_and_the_ranked_values_only(tmp_path: Path
                                                                      ) -> None:
    query = _compile(tmp_path, RANKINGS)
    ctes = {cte.alias: cte.this for cte in query.find_all(exp.CTE)}
    windows = list(query.find_all(exp.Window))
    assert windows and {w.find_ancestor(exp.CTE).alias for w in windows} == {
        "rank__2", "rank__3"}
    [source] = ctes["rank__2"].find_all(exp.Subquery)
    assert [c.alias_or_name for c in source.this.expressions] == [
        "__key", "d__spend", "d__visits"]
    assert source.this.find(exp.Table).name == "layer__1"
    # layer__2 joins the windows by key; layer__1 and layer__2, each read twice, are
    # materialized on DuckDB (inlined, each would be computed once per read).
    [join] = ctes["layer__2"].args["joins"]
    assert join.this.name == "rank__2" and join.side == "LEFT"
    materialized = {cte.alias for cte in query.find_all(exp.CTE) if cte.args.get("materialized")}
    assert materialized == {"layer__1", "layer__2"}


SHARED_SCHEMA_EVENTS = """\
  open:
    table: mail
    key: customer_id
    time: at
    where: {kind: open}
  click:
    table: mail
    key: customer_id
    time: at
    where: {kind: click}
  bounce:
    table: mail
    key: customer_id
    time: at
    where: {kind: bounce}
"""


def test_a_shared_event_table_is_read_for_the_events_used_only(tmp_path: Path) -> None:
    plan = _plan(tmp_path, """\
segment engaged
  where count(open in last 30 days) > 2 or has click then purchase within 2 days in last 7 days
""", schema=SCHEMA + SHARED_SCHEMA_EVENTS)
    mail = _event_scan(plan, "mail")
    assert not mail.rows.every_row
    assert [f.sql("duckdb") for f in mail.rows.event_filters.values()] == [
        """"t"."kind" = 'open'"""]
    [side] = [side for side in plan.side_scans.values() if side.table.table == "mail"]
    assert [f.sql("duckdb") for f in side.rows.event_filters.values()] == [
        """"t"."kind" = 'click'"""]
    # The purchase of the sequence is joined only from the sequence's window start.
    [sequence] = plan.joined.values()
    join = sequence.query.args["joins"][0].args["on"].sql("duckdb")
    assert '"b"."__time" >= ' in join and "INTERVAL '7' DAY" in join


def test_count_distinct_is_a_pass_of_its_own_over_its_window(tmp_path: Path) -> None:
    query = _compile(tmp_path, """\
segment varied
  where count(distinct purchase.amount in last 30 days) >= 2 and count(purchase) > 3
""")
    grouped = [cte.this for cte in query.find_all(exp.CTE) if cte.alias.startswith("agg__")]
    assert not any(node.find(exp.Distinct) for node in grouped)
    [scan] = _scans(query, "orders", "scan__")
    assert isinstance(scan, exp.Select)
    assert "INTERVAL '30' DAY" in (_lower_bound(scan) or "")
    assert _lower_bound(_scan(query, "orders")) is None  # count(purchase): all history


def test_the_plan_text_shows_each_layers_narrow_cte(tmp_path: Path) -> None:
    from segdsl.compile.pipeline import dialect
    from segdsl.compile.plan_text import describe

    text = describe(_plan(tmp_path, RANKINGS), dialect("duckdb"))
    assert ("    joins rank__2 by key: windows over d__spend, d__visits, read narrow from "
            "layer__1\n      w__d__spend__count: how many are set of d__spend\n") in text
    assert "joins rank__3 by key: windows over v__1, read narrow from layer__2" in text
