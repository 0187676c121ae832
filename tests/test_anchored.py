"""Windows anchored on each customer's own time (``within D after ANCHOR``, SPEC 11)
and ``days_between``: syntax, checking, formatting, explaining and the plan.  Their
semantics on every engine are pinned by the conformance cases
(tests/conformance/tests/anchored.yml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cli_project import write_project
from test_checker import check, diagnostics, only, src

from segdsl.compile.api import compile_plan
from segdsl.compile.plan import Plan
from segdsl.explain import explain
from segdsl.format.api import format_text
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source
from segdsl.workspace import load_workspace

AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _condition(text: str) -> ast.Expr:
    source = parse_source(f"segment s\n  where {text}\n", "a.seg")
    assert source.diagnostics == (), source.diagnostics
    decl = source.declarations[0]
    assert isinstance(decl, ast.SegmentDecl)
    return decl.condition


# -------------------------------------------------------------------- syntax


def test_an_aggregate_takes_an_anchored_window_before_its_window() -> None:
    found = _condition("sum(purchase.amount with amount > 3 within 1 day after "
                       "first(purchase) in last 90 days) > 2")
    assert isinstance(found, ast.Compare) and isinstance(found.left, ast.Aggregate)
    agg = found.left
    assert agg.anchor is not None and isinstance(agg.window, ast.LastWindow)
    assert (agg.anchor.duration.amount, agg.anchor.duration.unit) == (1, ast.Unit.DAY)
    assert isinstance(agg.anchor.anchor, ast.Aggregate)
    assert agg.filter is not None and isinstance(agg.filter.condition, ast.Compare)


def test_the_anchor_of_has_is_a_value_so_and_ends_it() -> None:
    found = _condition("has email_click within 2 hours after last(email_open) + 1 day "
                       "and age > 3")
    assert isinstance(found, ast.And) and isinstance(found.left, ast.HasEvent)
    anchored = found.left.anchor
    assert anchored is not None and isinstance(anchored.anchor, ast.Arith)
    assert found.left.window is None


def test_a_bare_boolean_filter_before_within_stays_the_filter() -> None:
    found = _condition("count(purchase with is_gift within 7 days after signup_at) > 1")
    assert isinstance(found, ast.Compare) and isinstance(found.left, ast.Aggregate)
    agg = found.left
    assert agg.filter is not None and isinstance(agg.filter.condition, ast.Name)
    assert agg.anchor is not None and agg.window is None


def test_sequences_keep_their_within() -> None:
    found = _condition("has email_click then purchase within 2 days")
    assert isinstance(found, ast.HasSequence) and found.within.amount == 2


def test_after_is_reserved() -> None:
    source = parse_source("metric after = 1\n", "a.seg")
    assert [d.code for d in source.diagnostics] == ["SYN001"]


# ------------------------------------------------------------------- checking


def test_anchors_of_every_kind_check_clean() -> None:
    result = check(src(
        "metric a = count(purchase within 30 days after signup_at)",
        "metric b = sum(purchase.amount within 1 day after first(purchase))",
        "metric c = first(purchase.category within 7 days after birthday)",
        "metric d = avg(purchase.amount within 2 weeks after signup_at + 7 days)",
        "metric e = count(distinct purchase.category within 1 month after b_at)",
        "metric b_at = last(email_open)",
        "segment s",
        "  where has email_click within 2 hours after last(email_open) in last 30 days",
        "segment t",
        "  where has no purchase with amount > 10 within 30 days after signup_at + 1 hour",
        "metric f = days_between(signup_at, first(purchase))",
        "metric g = days_between(birthday, today)",
    ))
    assert result.diagnostics == [], result.diagnostics


def test_typ015_the_anchor_must_be_a_time() -> None:
    found = only(src("metric m = count(purchase within 30 days after age)"))
    assert found.code == "TYP015"
    assert found.span is not None and (found.span.line, found.span.column) == (1, 48)
    assert "integer" in found.message
    assert found.hint is not None and "after signup_at" in found.hint


def test_typ013_within_needs_a_duration_above_zero() -> None:
    found = only(src("metric m = count(purchase within 0 days after signup_at)"))
    assert found.code == "TYP013"
    assert found.message == "`within` needs a duration above zero"


def test_the_anchor_is_checked_in_the_customer_scope() -> None:
    # `amount` is a property of the event, not a name of the customer.
    found = diagnostics(src("metric m = count(purchase within 1 day after amount)"))
    assert [d.code for d in found] == ["NAM001"], found


def test_an_anchor_that_depends_on_its_own_aggregate_is_a_cycle() -> None:
    found = diagnostics(src(
        "metric early = count(purchase within 30 days after anchor)",
        "metric anchor = signup_at + early * 1 day",
    ))
    assert {d.code for d in found} == {"NAM004"}, found


def test_days_between_needs_two_times() -> None:
    found = only(src("metric m = days_between(signup_at, 3)"))
    assert found.code == "TYP009"


# --------------------------------------------------------------- formatting


def test_fmt_round_trips_anchored_windows() -> None:
    text = ("metric   a = count(purchase   within  30 days   after signup_at)  # c1\n"
            "segment s where has email_click with campaign=\"x\" within 2 hours after "
            "(last(email_open) + 1 day) in last 7 days\n")
    formatted = format_text(text, "a.seg")
    assert formatted == (
        "metric a = count(purchase within 30 days after signup_at)  # c1\n\n"
        "segment s\n"
        "  where has email_click with campaign = \"x\" within 2 hours after "
        "(last(email_open) + 1 day) in last 7 days\n")
    assert format_text(formatted, "a.seg") == formatted


# ---------------------------------------------------------------- explain

SCHEMA_YAML = """\
entity: customer
table: customers
key: customer_id
attributes:
  signup_at: timestamp
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

SEGMENTS = """\
metric early = count(purchase within 30 days after signup_at)
metric first_day = sum(purchase.amount within 1 day after first(purchase))
metric again = count(purchase within 1 day after first(purchase))
metric visits = count(visit within 7 days after first(purchase))
segment came_back
  where has visit within 7 days after first(purchase)
metric gap = days_between(signup_at, first(purchase))
"""


def _checked(tmp_path: Path):  # type: ignore[no-untyped-def]
    write_project(tmp_path, SEGMENTS, "name: anchored\n", SCHEMA_YAML)
    workspace = load_workspace(tmp_path)
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    return workspace.checked


def test_explain_says_where_the_window_starts(tmp_path: Path) -> None:
    checked = _checked(tmp_path)
    assert explain(checked, "early") == (
        "'early' is the number of purchases within 30 days after 'signup_at', per customer.")
    assert explain(checked, "came_back") == (
        "Customers who have at least one 'visit' event within 7 days after the first "
        "purchase.")
    assert explain(checked, "gap") == ("'gap' is the number of whole days from 'signup_at' "
                                       "to the first purchase, per customer.")
    assert explain(checked, "early", "de") == (
        "'early' ist je Kunde die Anzahl der Käufe innerhalb von 30 Tagen nach 'signup_at'.")


# ------------------------------------------------------------------- the plan


def _plan(tmp_path: Path, dialect: str = "duckdb") -> Plan:
    checked = _checked(tmp_path)
    return compile_plan(checked, dialect, AS_OF, [*checked.metrics, *checked.segments])


def test_anchored_aggregates_are_layered_passes_over_side_scans(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    steps = plan.steps()
    passes = [anchored for step in steps for anchored in step.anchored]
    # One pass per layer and side scan: purchases and visits, both anchored in base.
    assert len(passes) == 2
    assert {anchored.source for anchored in passes} == {"base"}
    by_scan = {plan.side_scans[anchored.scan].table.table: anchored for anchored in passes}
    purchases = by_scan["orders"]
    # first(purchase) is the grouped pass's min(time), read by the pass from base.
    assert len(purchases.reads) == 2 and "a__signup_at" in purchases.reads
    # early, first_day, again: three aggregates in one pass.
    assert len(purchases.items) == 3
    # Anchored windows read the whole history of the table.
    assert all(plan.side_scans[p.scan].rows.full_history for p in passes)


def test_equal_anchored_aggregates_share_a_column(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    visits = [item for item in plan.layered.values()
              if item.anchored is not None
              and plan.side_scans[item.anchored.scan].table.table == "visits"]
    # `visits` (a count) and `came_back` (has: a count > 0) share one aggregate.
    assert len(visits) == 1


def test_every_dialect_compiles_anchored_windows(tmp_path: Path) -> None:
    from segdsl.compile.api import compile_membership

    checked = _checked(tmp_path)
    for dialect in ("duckdb", "postgres", "bigquery", "snowflake", "redshift", "trino"):
        sql = compile_membership(checked, dialect, AS_OF, [*checked.metrics, *checked.segments])
        assert "anch__1_1" in sql, dialect


# --------------------------------------------------------------- schema usage


def test_the_anchor_is_read_from_the_customer(tmp_path: Path) -> None:
    from segdsl.check.usage import schema_usage

    checked = _checked(tmp_path)
    usage = schema_usage(checked, ["early"])
    assert usage.attributes == {"signup_at"}
    assert usage.events == {"purchase": set()}
    came_back = schema_usage(checked, ["came_back"])
    assert came_back.events == {"visit": set(), "purchase": set()}
