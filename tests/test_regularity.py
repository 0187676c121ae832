"""Regularity and lifecycle of a behaviour (SPEC 11): parsing, fmt, the checker's
diagnostics (REG codes, TYP007, TYP013) with their positions and hints, explain in
English and German, and the shape of the compiled SQL (one grouped pass per event
table, the scan reading from the earliest period).  What members they select is
pinned by tests/conformance/tests/regularity.yml on every engine and the reference
evaluator."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from test_checker import check, diagnostics, src

from segdsl.codes import Code
from segdsl.compile.api import compile_membership, compile_segment
from segdsl.explain import explain
from segdsl.format.api import format_text
from segdsl.format.verify import source_key
from segdsl.lsp.completion import _AFTER_IN, _CONDITION_STARTS
from segdsl.lsp.context import Expect, analyze
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source

AS_OF = dt.datetime(2026, 3, 31, tzinfo=dt.UTC)


def _condition(text: str) -> ast.Expr:
    parsed = parse_source(f"segment s\n  where {text}\n", "s.seg")
    assert parsed.diagnostics == (), parsed.diagnostics
    decl = parsed.declarations[0]
    assert isinstance(decl, ast.SegmentDecl)
    return decl.condition


# ------------------------------------------------------------------ parsing


def test_regularity_parses_into_one_node() -> None:
    node = _condition('has purchase with category = "kids" in at least 3 of the last 4 weeks')
    assert isinstance(node, ast.HasRegular)
    assert node.match.event == "purchase" and node.match.filter is not None
    assert node.least.value == 3 and (node.periods.amount, node.periods.unit) == (4, ast.Unit.WEEK)
    assert not node.negated and not node.ahead
    # The span runs from `has` to the unit: columns 9 to 76 of the line.
    assert (node.span.column, node.span.end_column) == (9, 78)
    assert (node.least.span.column, node.periods.span.column) == (57, 71)


@pytest.mark.parametrize(("text", "kind"), [
    ("stopped purchase in last 30 days", ast.Lifecycle.STOPPED),
    ("restarted email_open with (campaign = \"x\") in last 2 months", ast.Lifecycle.RESTARTED),
])
def test_lifecycle_parses(text: str, kind: ast.Lifecycle) -> None:
    node = _condition(text)
    assert isinstance(node, ast.LifecycleTest) and node.kind is kind
    assert isinstance(node.window, ast.LastWindow)


def test_lifecycle_binds_like_has_in_a_chain() -> None:
    node = _condition("not stopped purchase in last 7 days and has purchase "
                      "in at least 1 of the last 2 days")
    assert isinstance(node, ast.And)
    assert isinstance(node.left, ast.Not) and isinstance(node.left.operand, ast.LifecycleTest)
    assert isinstance(node.right, ast.HasRegular)


def test_a_lifecycle_without_window_is_a_syntax_error_with_a_hint() -> None:
    parsed = parse_source("segment s\n  where stopped purchase\n", "s.seg")
    assert [d.code for d in parsed.diagnostics] == [Code.SYN006]
    assert "'in'" in parsed.diagnostics[0].message
    assert parsed.diagnostics[0].hint == ("say which window: `stopped purchase in last 30 "
                                          "days` (compared with the 30 days before it)")
    parsed = parse_source("segment s\n  where restarted purchase with amount > 3 and age > 3\n",
                          "s.seg")
    [problem] = parsed.diagnostics
    assert (problem.code, problem.message) == (Code.SYN001, "`restarted` needs a window")
    assert (problem.span.line, problem.span.column) == (2, 44)  # at `and`


@pytest.mark.parametrize("text", [
    "segment s\n  where has   purchase in at least 3 of  the last 4 weeks\n",
    "segment s\n  where stopped purchase with amount > 1_000 in last 1 month "
    "or restarted purchase in last 2 weeks\n",
    "segment s\n  where has no purchase in at least 1 of the next 2 hours\n",
])
def test_fmt_round_trips(text: str) -> None:
    formatted = format_text(text, "s.seg")
    assert format_text(formatted, "s.seg") == formatted
    before = parse_source(text, "s.seg")
    assert source_key(parse_source(formatted, "s.seg")) == source_key(before)
    assert "  " not in re.sub(r"\n +", "\n", formatted)  # canonical spacing
    assert ("1_000" in formatted) == ("1_000" in text)  # spellings are kept


# ------------------------------------------------------------------ checking


def test_the_forms_check_clean() -> None:
    checked = check(src(
        "segment s",
        '  where has purchase with category = "kids" in at least 3 of the last 4 weeks',
        "    and not stopped email_open in last 30 days",
        "    and restarted purchase in last 1 month",
        "metric regular = has purchase in at least 1 of the last 366 days",
    ))
    assert checked.diagnostics == []


@pytest.mark.parametrize(("line", "code", "column", "message", "hint"), [
    ("  where has purchase in at least 0 of the last 4 weeks", Code.REG002, 34,
     "at least 0 of 4 periods always holds", "write a whole number from 1 to 4"),
    ("  where has purchase in at least 5 of the last 4 weeks", Code.REG002, 34,
     "at least 5 of 4 periods can never hold", "write a whole number from 1 to 4"),
    ("  where has purchase in at least 1.5 of the last 4 weeks", Code.REG002, 34,
     "at least 1.5 of 4 periods is not a whole number", "write a whole number from 1 to 4"),
    ("  where has purchase in at least 1 of the last 0 weeks", Code.REG001, 48,
     "0 periods: count from 1 to 366 periods",
     "count at least one period: `of the last 4 weeks`"),
    ("  where has purchase in at least 1 of the last 367 days", Code.REG001, 48,
     "367 periods: count from 1 to 366 periods",
     "longer spans count weeks or months: `of the last 12 months`"),
    ("  where has purchase in at least 1 of the last 2 hours", Code.REG003, 48,
     "a period of regularity is a day, a week or a month, not an hour",
     "count days, weeks or months: `of the last 4 weeks`"),
    ("  where has purchase in at least 1 of the last 2 years", Code.REG003, 48,
     "a period of regularity is a day, a week or a month, not a year",
     "count days, weeks or months: `of the last 4 weeks`"),
    ("  where has no purchase in at least 1 of the last 2 weeks", Code.REG004, 9,
     "`has no` cannot count periods",
     "write `not has purchase ... in at least ...`: true when fewer than K periods have "
     "the event"),
    ("  where has purchase in at least 1 of the next 2 weeks", Code.TYP007, 48,
     "events are never in the future: `of the next` cannot count them",
     "count past periods: `of the last ...`"),
    ("  where stopped purchase in next 3 days", Code.TYP007, 26,
     "events are never in the future: `stopped` looks back",
     "write `stopped purchase in last ...`"),
    ("  where restarted purchase since 2026-01-01", Code.REG005, 28,
     "`restarted` compares the last N days, weeks or months with the N before them, so it "
     "needs `in last N UNIT`", "for example `restarted purchase in last 30 days`"),
    ("  where stopped purchase in current month", Code.REG005, 26,
     "`stopped` compares the last N days, weeks or months with the N before them, so it "
     "needs `in last N UNIT`", "for example `stopped purchase in last 30 days`"),
    ("  where stopped purchase in last 0 days", Code.REG005, 34,
     "`stopped` needs a window above zero", "for example `stopped purchase in last 30 days`"),
    ("  where count(purchase with stopped purchase in last 3 days) > 1", Code.TYP013, 29,
     "`stopped` cannot be used inside `with`",
     "inside `with`, compare the event's own properties"),
])
def test_diagnostics(line: str, code: Code, column: int, message: str, hint: str) -> None:
    found = diagnostics(src("segment s", line))
    assert len(found) == 1, found
    problem = found[0]
    assert (problem.code, problem.span.line, problem.span.column) == (code, 2, column)
    assert problem.message == message
    assert problem.hint == hint


def test_unknown_event_and_property_are_reported_as_for_has() -> None:
    found = diagnostics(src("segment s",
                            "  where has purchse in at least 1 of the last 2 weeks",
                            "    or stopped purchase with colour = 1 in last 2 weeks"))
    assert [d.code for d in found] == [Code.NAM005, Code.NAM006]


# ------------------------------------------------------------------ explain

EXPLAINED = src(
    "segment weekly",
    "  where has purchase in at least 3 of the last 4 weeks",
    "segment every_month",
    '  where has purchase with category = "kids" in at least 2 of the last 2 months',
    "segment rarely",
    "  where not has email_open in at least 2 of the last 7 days",
    "segment gone",
    "  where stopped purchase in last 30 days",
    "segment back",
    "  where restarted email_open in last 1 month",
)


@pytest.mark.parametrize(("name", "lang", "sentence"), [
    ("weekly", "en", "Customers who bought in at least 3 of the last 4 weeks."),
    ("weekly", "de", "Kunden, die in mindestens 3 der letzten 4 Wochen gekauft haben."),
    ("every_month", "en", "Customers who made a purchase with 'category' \"kids\" in each "
     "of the last 2 months."),
    ("every_month", "de", "Kunden, die in jedem der letzten 2 Monate einen Kauf mit "
     "'category' „kids“ getätigt haben."),
    ("rarely", "en", "Customers who have an 'email_open' event in fewer than 2 of the last "
     "7 days."),
    ("rarely", "de", "Kunden, die in weniger als 2 der letzten 7 Tage ein "
     "'email_open'-Ereignis haben."),
    ("gone", "en", "Customers who stopped buying in the last 30 days (bought in the 30 days "
     "before)."),
    ("gone", "de", "Kunden, die in den letzten 30 Tagen nicht mehr gekauft haben, in den 30 "
     "Tagen davor aber schon."),
    ("back", "en", "Customers who have an 'email_open' event again in the last month (not in "
     "the month before, but earlier)."),
    ("back", "de", "Kunden, die innerhalb des letzten Monats wieder ein 'email_open'-Ereignis "
     "haben (im Monat davor nicht, früher schon)."),
])
def test_explain(name: str, lang: str, sentence: str) -> None:
    assert explain(check(EXPLAINED), name, lang) == sentence


# ------------------------------------------------------------------ compiling


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake",
                                     "redshift", "trino"])
def test_one_grouped_pass_per_event_table(dialect: str) -> None:
    checked = check(src(
        "segment s",
        "  where has purchase in at least 3 of the last 4 weeks",
        "    and not stopped purchase in last 1 month",
        "    and has email_open in at least 1 of the last 3 days",
        "    and restarted email_click in last 2 weeks",
    ))
    sql = compile_segment(checked, "s", dialect, AS_OF)
    # purchase and the shared events table: one scan and one grouped pass each.
    assert len(re.findall(r"\bev__\d+\b\S* AS", sql)) == 2, sql
    assert len(re.findall(r"\bagg__\d+\b\S* AS", sql)) == 2, sql
    assert "seq__" not in sql and "dst__" not in sql


def test_the_scan_reads_from_the_earliest_period_only() -> None:
    checked = check(src("segment s",
                        "  where has purchase in at least 2 of the last 6 months"))
    sql = compile_segment(checked, "s", "duckdb", AS_OF)
    scan = sql.split('"ev__1" AS')[1].split("),")[0]
    assert "LEAST" not in scan and "INTERVAL '6' MONTH" in scan
    assert sql.count("COUNT(*) FILTER") == 6


def test_restarted_reads_the_whole_history() -> None:
    checked = check(src("segment s", "  where restarted purchase in last 2 weeks"))
    sql = compile_segment(checked, "s", "duckdb", AS_OF)
    scan = sql.split('"ev__1" AS')[1].split("),")[0]
    assert ">=" not in scan


def test_a_year_of_days_compiles_as_a_shallow_sum() -> None:
    checked = check(src("metric m = has purchase in at least 200 of the last 366 days"))
    sql = compile_membership(checked, "duckdb", AS_OF)
    assert sql.count("COUNT(*) FILTER") == 366


# ------------------------------------------------------------------ editors


@pytest.mark.parametrize(("text", "expect"), [
    ("segment s\n  where stopped ", Expect.EVENT),
    ("segment s\n  where not restarted ", Expect.EVENT),
    ("segment s\n  where has purchase in at least 3 of the last 4 ", Expect.UNIT),
    ("segment s\n  where has purchase in at least 3 of the last ", Expect.NOTHING),
])
def test_what_an_editor_completes(text: str, expect: Expect) -> None:
    assert analyze(text, len(text)).expect is expect


def test_completion_offers_the_new_words() -> None:
    assert {"stopped", "restarted"} <= set(_CONDITION_STARTS)
    assert "at least" in _AFTER_IN
