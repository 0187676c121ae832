"""The reference evaluator (segdsl/reference): SPEC 4 in plain Python.

* Every case of the conformance corpus and of the example project passes on it,
  and its whole membership table equals DuckDB's row by row (the comparison of
  tests/test_cross_engine.py).
* Direct tests of the rules that are easiest to get wrong: first/last ties,
  ranking with ties and values not set, sequence and window edges at as-of.

Run only this file: ``python -m pytest tests/test_reference.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from engine_targets import load_suite
from test_cross_engine import CASES, _duckdb_table, case_checked
from typed_tables import typed_table

from segdsl.check.checker import CheckedProject, check_project
from segdsl.engines import RowsByTable
from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema
from segdsl.reference import (
    ReferenceInputError,
    default_names,
    evaluate_membership,
    run_reference_cases,
)
from segdsl.reference.text import lower, matches, upper
from segdsl.syntax.parser import parse_source

# ------------------------------------------------------------------ corpora


@pytest.mark.parametrize(("project", "index"), CASES)
def test_case_passes(project: Path, index: int) -> None:
    suite = load_suite(project)
    [result] = run_reference_cases(suite.checked, [suite.cases[index]])
    assert result.error is None, result.error
    assert result.passed, "\n".join(result.failures)


@pytest.mark.parametrize(("project", "index"), CASES)
def test_same_membership_table_as_duckdb(project: Path, index: int) -> None:
    suite = load_suite(project)
    case = suite.cases[index]
    assert case.as_of is not None  # "now" would differ between the two runs
    checked = case_checked(suite, index)  # with the case's static lists (SPEC 11)
    for entity in checked.schema.entity_names():  # one table per entity (SPEC 11)
        view = checked.for_entity(entity)
        columns, rows = evaluate_membership(view, view.schema, case.tables,
                                            case.as_of, default_names(view))
        table = typed_table(view, list(columns), list(rows))
        expected = _duckdb_table(project, index, entity)
        assert not table.problems, table.problems
        assert not expected.problems, f"duckdb: {expected.problems}"
        assert table.table == expected.table


# -------------------------------------------------------------- direct tests

SCHEMA = """\
entity: customer
table: customers
key: id
attributes:
  score: number
  born: date
  seen_at: timestamp
events:
  buy:
    table: orders
    key: id
    time: at
    properties:
      amount: number
      item: string
  cart:
    table: events
    key: id
    time: at
    where: {kind: cart}
  view:
    table: events
    key: id
    time: at
    where: {kind: view}
"""

AS_OF = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


def _schema() -> Schema:
    schema, problems = parse_schema(SCHEMA, "schema.yml")
    assert schema is not None and not problems, problems
    return schema


def _checked(text: str) -> CheckedProject:
    source = parse_source(text, "a.seg")
    assert source.diagnostics == (), source.diagnostics
    checked = check_project(_schema(), [source])
    assert checked.ok, checked.diagnostics
    return checked


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _table(text: str, rows: RowsByTable, as_of: dt.datetime = AS_OF) -> dict[str, list[object]]:
    """Definition name -> its value per customer, in the order of the rows."""
    checked = _checked(text)
    columns, result = evaluate_membership(checked, checked.schema, rows, as_of)
    return {name: [row[at] for row in result] for at, name in enumerate(columns)}


def _customers(*ids: str, **attributes: list[object]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [{"id": key} for key in ids]
    for name, values in attributes.items():
        for row, value in zip(rows, values, strict=True):
            row[name] = value
    return rows


def test_first_last_property_ties_take_the_greatest_value() -> None:
    rows = {
        "customers": _customers("c1", "c2"),
        "orders": [
            {"id": "c1", "at": _at("2026-03-01T10:00"), "amount": 5, "item": "b"},
            {"id": "c1", "at": _at("2026-03-01T10:00"), "amount": 7, "item": "A"},
            {"id": "c1", "at": _at("2026-03-02T10:00"), "amount": 1, "item": None},
            {"id": "c1", "at": _at("2026-03-02T10:00"), "amount": None, "item": "a"},
            # c2's latest order has no amount: last() is not set, not an older amount
            {"id": "c2", "at": _at("2026-03-01T10:00"), "amount": 3},
            {"id": "c2", "at": _at("2026-03-05T10:00"), "amount": None},
        ],
    }
    table = _table(
        "metric first_amount = first(buy.amount)\n"
        "metric first_item = first(buy.item)\n"
        "metric last_amount = last(buy.amount)\n"
        "metric last_item = last(buy.item)\n", rows)
    assert table["first_amount"] == [7.0, 3.0]
    assert table["first_item"] == ["b", None]  # code points: "b" > "A"
    assert table["last_amount"] == [1.0, None]
    assert table["last_item"] == ["a", None]


def test_empty_aggregates() -> None:
    rows = {"customers": _customers("c1"), "orders": [
        {"id": "c1", "at": _at("2026-03-01T10:00"), "amount": None}]}
    table = _table(
        "metric n = count(buy)\nmetric total = sum(buy.amount)\nmetric mean = avg(buy.amount)\n"
        "metric low = min(buy.amount)\nmetric kinds = count(distinct buy.item)\n"
        "metric first_at = first(buy in last 1 day)\n", rows)
    assert table["n"] == [1]
    assert table["total"] == [0]
    assert table["mean"] == [None]
    assert table["low"] == [None]
    assert table["kinds"] == [0]
    assert table["first_at"] == [None]


def test_ranking_ties_share_the_lowest_rank_and_unset_values_do_not_count() -> None:
    # Scores 10, 10, 8, 5 and two not set: N = 4.  top 25%: k = ceil(1) = 1, both
    # 10s have rank 1.  top 50%: k = 2, still the two 10s (8 has rank 3).
    # bottom 30%: k = ceil(1.2) = 2: 5 (rank 1) and 8 (rank 2).
    rows = {"customers": _customers("c1", "c2", "c3", "c4", "c5", "c6",
                                    score=[10, 10, 8, 5, None, None])}
    table = _table(
        "segment top25 where score in top 25%\n"
        "segment top50 where score in top 50%\n"
        "segment bottom30 where score in bottom 30%\n"
        "segment not_top25 where score not in top 25%\n"
        "metric quartile = ntile(score, 4)\n", rows)
    assert table["top25"] == [True, True, False, False, False, False]
    assert table["top50"] == [True, True, False, False, False, False]
    assert table["bottom30"] == [False, False, True, True, False, False]
    assert table["not_top25"] == [False, False, True, True, True, True]
    # ascending ranks 3, 3 (ties share the lowest), 2, 1 among N = 4:
    # floor((r - 1) * 4 / 4) + 1, so no one is in the top quartile
    assert table["quartile"] == [3, 3, 2, 1, None, None]


def test_sequence_edges() -> None:
    day = dt.timedelta(days=1)
    cart = _at("2026-03-05T00:00")
    rows = {
        "customers": _customers("exact", "late", "same", "open", "none"),
        "events": [{"id": key, "at": cart, "kind": "cart"}
                   for key in ("exact", "late", "same", "none")]
        + [{"id": "open", "at": AS_OF - day / 2, "kind": "cart"}],
        "orders": [
            {"id": "exact", "at": cart + day},  # b = a + D: follows
            {"id": "late", "at": cart + day + dt.timedelta(microseconds=1)},
            {"id": "same", "at": cart},  # b = a: does not follow
        ],
    }
    table = _table(
        "segment bought where has cart then buy within 1 day\n"
        "segment abandoned where has cart then no buy within 1 day\n", rows)
    assert table["bought"] == [True, False, False, False, False]
    # "open": the follow-up day is not over at as-of, so not (yet) abandoned
    assert table["abandoned"] == [False, True, True, False, True]


def test_abandoned_when_the_period_ends_exactly_at_as_of() -> None:
    rows = {"customers": _customers("c1"),
            "events": [{"id": "c1", "at": AS_OF - dt.timedelta(days=1), "kind": "cart"}],
            # at as-of: ignored, events at or after as-of do not exist yet
            "orders": [{"id": "c1", "at": AS_OF}]}
    table = _table("segment abandoned where has cart then no buy within 1 day\n", rows)
    assert table["abandoned"] == [True]


def test_window_edges_at_as_of() -> None:
    rows = {
        "customers": _customers("start", "before", "at_as_of", "shared"),
        "orders": [
            {"id": "start", "at": AS_OF - dt.timedelta(days=7)},  # first instant in
            {"id": "before", "at": AS_OF - dt.timedelta(days=7, microseconds=1)},
            {"id": "at_as_of", "at": AS_OF},  # ignored everywhere
        ],
        "events": [{"id": "shared", "at": AS_OF - dt.timedelta(hours=1), "kind": "view"}],
    }
    table = _table(
        "segment recent where has buy in last 7 days\n"
        "metric ever = count(buy)\n"
        "segment carted where has cart\n"
        "segment viewed where has view since today\n", rows)
    assert table["recent"] == [True, False, False, False]
    assert table["ever"] == [1, 1, 0, 0]
    assert table["carted"] == [False] * 4  # a view is not a cart: `where` tells them apart
    assert table["viewed"] == [False, False, False, True]


def test_time_values_against_dates_and_calendar_windows() -> None:
    rows = {"customers": _customers(
        "c1", "c2", "c3",
        seen_at=[_at("2026-03-31T23:59:59"), _at("2026-04-01T00:00"), None],
        born=[dt.date(2008, 2, 29), dt.date(2008, 3, 1), None])}
    table = _table(
        "segment by_day where seen_at <= 2026-03-31\n"
        "segment in_march where seen_at between 2026-03-01 and 2026-03-31\n"
        "segment not_in_march where seen_at not between 2026-03-01 and 2026-03-31\n"
        "segment born_this_month where born in current month\n"
        "metric age = years_since(born)\n", rows, as_of=_at("2026-02-28T12:00"))
    assert table["by_day"] == [True, False, False]
    assert table["in_march"] == [True, False, False]
    assert table["not_in_march"] == [False, True, True]
    assert table["born_this_month"] == [False, False, False]
    # a 29 February birthday completes on 1 March in common years
    assert table["age"] == [17, 17, None]


def test_two_valued_logic() -> None:
    rows = {"customers": _customers("c1", "c2", score=[1, None])}
    table = _table(
        "segment ne where score != 1\nsegment not_eq where not (score = 1)\n"
        "segment out where score not in [1, 2]\nmetric half = score / 0\n", rows)
    assert table["ne"] == [False, False]
    assert table["not_eq"] == [False, True]
    assert table["out"] == [False, True]
    assert table["half"] == [None, None]


# ------------------------------------------------- divergences of the compiler

# `E in [...]` is `E = item` for some item, so a timestamp against a date item (or a
# date against a timestamp item) compares by the timestamp's UTC day (SPEC 3.6),
# exactly as `=` does.  The compiled SQL only does so for a timestamp subject with
# date *literals* in the list, and then also for the list's timestamp items.
LIST_DAY_RULE = [
    pytest.param("segment s where seen_at in [today]\n", ["c1"], id="timestamp-in-today"),
    pytest.param("segment s where born in [2008-02-29T10:00:00Z]\n", ["c1"],
                 id="date-in-timestamp"),
    pytest.param("segment s where born in [now]\n", ["c2"], id="date-in-now"),
    pytest.param("segment s where seen_at in [2026-01-01, 2026-03-05T10:00:00Z]\n", ["c2"],
                 id="timestamp-in-mixed-list"),
]
LIST_ROWS: RowsByTable = {"customers": [
    {"id": "c1", "seen_at": _at("2026-03-10T08:00"), "born": dt.date(2008, 2, 29)},
    {"id": "c2", "seen_at": _at("2026-03-05T10:00"), "born": dt.date(2026, 3, 10)},
]}


def _members(columns: list[str], rows: list[tuple[object, ...]]) -> list[object]:
    return sorted(row[0] for row in rows if row[1] is True)


@pytest.mark.parametrize(("text", "expected"), LIST_DAY_RULE)
def test_list_items_compare_timestamps_with_dates_by_day(text: str, expected: list[str]
                                                         ) -> None:
    checked = _checked(text)
    assert _members(*evaluate_membership(checked, checked.schema, LIST_ROWS, AS_OF)) == expected


@pytest.mark.parametrize(("text", "expected"), LIST_DAY_RULE)
def test_compiled_list_items_compare_timestamps_with_dates_by_day(
        text: str, expected: list[str]) -> None:
    from segdsl.compile.api import compile_membership
    from segdsl.engines.duckdb_engine import DuckDBEngine

    checked = _checked(text)
    with DuckDBEngine() as engine:
        engine.load_tables(checked.schema, LIST_ROWS)
        result = engine.query(compile_membership(checked, "duckdb", AS_OF))
    assert _members(*result) == expected


def test_rows_no_database_would_take_are_refused() -> None:
    checked = _checked("segment s where score > 1\n")
    with pytest.raises(ReferenceInputError, match="no table 'nope'"):
        evaluate_membership(checked, checked.schema, {"nope": []}, AS_OF)
    with pytest.raises(ReferenceInputError, match="no column 'nope'"):
        evaluate_membership(checked, checked.schema, {"customers": [{"id": "c", "nope": 1}]},
                            AS_OF)


@pytest.mark.parametrize(("text", "pattern", "found"), [
    ("abc\n", "^abc$", False),  # `$` is the end of the text (Python's: also before \n)
    ("a\nb", "a.b", False),  # `.` is not a line break (PostgreSQL's is: issue 11)
    ("a\nb", "a[^x]b", True),  # ... but a negated class matches one
    ("josé", "^....$", True),  # `.` is one code point
    ("josé", "^[A-Za-z0-9_]+$", False),
    ("a vip b", "(^|[^A-Za-z0-9_])vip([^A-Za-z0-9_]|$)", True),
    ("x]", "[]x]+$", True),
    ("-", "[a-]", True),
    ("[", "[[]", True),  # Python alone would warn about a nested set
    ("a-b", "a[+-]b", True),
    ("É", "é", False),  # case-sensitive
    ("aaa", "^(a|b){2,3}$", True),
    ("aaaa", "^a{2,3}$", False),
    ("a.b", "a\\.b", True),
])
def test_matches_reads_the_portable_subset(text: str, pattern: str, found: bool) -> None:
    assert matches(text, pattern) is found


def test_case_mapping_is_one_character_to_one() -> None:
    assert upper("Straße") == "STRAßE"
    assert lower("İX") == "ix"
    # no final sigma: each character is mapped on its own
    assert lower("\u03a3\u0391\u03a3") == "\u03c3\u03b1\u03c3"
