"""The fixture runner: fresh database per case, comparison rules, failure lines and
the summary line.  The SQL comes from a hand-written function (``hand_sql``) so
these tests pin the harness alone; one test at the end runs the real compiler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest

from segdsl.check.checker import CheckedProject, check_project
from segdsl.check.types import Kind
from segdsl.compile.api import CompileError
from segdsl.engines import Engine
from segdsl.engines.duckdb_engine import DuckDBEngine
from segdsl.harness.fixtures import FixtureCase, parse_fixtures
from segdsl.harness.runner import (
    CaseResult,
    compare,
    format_results,
    run_fixture_cases,
    show_value,
    values_equal,
)
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax.parser import parse_source

SCHEMA_YAML = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  country: string
  birthday: date
  is_subscribed: boolean
events:
  purchase:
    table: shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""

SEGMENTS = """\
metric orders = count(purchase)
metric revenue = sum(purchase.amount)
metric avg_amount = avg(purchase.amount)
metric last_order = last(purchase)
metric birth_day = birthday
metric subscribed = is_subscribed
segment germans where country = "DE"
segment buyers where has purchase
segmentation tier
  big: revenue >= 100
  small: revenue > 0
"""


def make_project() -> CheckedProject:
    schema, problems = parse_schema(SCHEMA_YAML, "schema.yml")
    assert problems == [] and schema is not None, problems
    parsed = parse_source(SEGMENTS, "segments/a.seg")
    assert parsed.diagnostics == ()
    checked = check_project(schema, [parsed])
    assert checked.diagnostics == [], checked.diagnostics
    return checked


PROJECT = make_project()

# What the compiler would produce, written by hand: one expression per definition.
_ORDERS = "FROM shop.orders o WHERE o.customer_id = c.customer_id AND o.ordered_at < {as_of}"
# Numbers are exact decimals with 9 places, as the compiler makes them.
_AMOUNT = "CAST(o.amount AS DECIMAL(38, 9))"
_REVENUE = f"(SELECT coalesce(sum({_AMOUNT}), 0) {_ORDERS})"
HAND_COLUMNS = {
    "germans": "coalesce(c.country = 'DE', false)",
    "buyers": f"EXISTS (SELECT 1 {_ORDERS})",
    "orders": f"(SELECT count(*) {_ORDERS})",
    "revenue": _REVENUE,
    "avg_amount": f"(SELECT CAST(sum({_AMOUNT}) / count(o.amount) AS DECIMAL(38, 9)) {_ORDERS})",
    "last_order": f"(SELECT max(o.ordered_at) {_ORDERS})",
    "birth_day": "c.birthday",
    "subscribed": "c.is_subscribed",
    "tier": f"CASE WHEN {_REVENUE} >= 100 THEN 'big' WHEN {_REVENUE} > 0 THEN 'small' END",
}


class Recorder:
    """A ``sql_for`` that writes the membership query by hand and records its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[dt.datetime | None, list[str]]] = []

    def __call__(
        self, checked: CheckedProject, as_of: dt.datetime | None, names: Sequence[str]
    ) -> str:
        assert checked is PROJECT
        self.calls.append((as_of, list(names)))
        instant = "now()" if as_of is None else \
            f"TIMESTAMP '{as_of.astimezone(dt.UTC).replace(tzinfo=None).isoformat()}'"
        columns = ", ".join(
            f'{HAND_COLUMNS[name].format(as_of=instant)} AS "{name}"' for name in names
        )
        return f"SELECT c.customer_id, {columns} FROM shop.customers c"


def cases(text: str, base: Path | None = None) -> list[FixtureCase]:
    fixture, problems = parse_fixtures(text, "tests/t.yml", PROJECT, base or Path("."))
    assert fixture is not None
    assert not [p for p in problems if p.is_error] or not all(c.ok for c in fixture.cases)
    return list(fixture.cases)


def run(text: str, sql_for: Recorder | None = None) -> list[CaseResult]:
    return run_fixture_cases(PROJECT, cases(text), sql_for=sql_for or Recorder())


def src(*lines: str) -> str:
    return "\n".join(lines) + "\n"


GIVEN = (
    "    as_of: 2026-06-01T00:00:00Z",
    "    given:",
    "      customer:",
    "        - {customer_id: c1, country: DE, birthday: 1990-05-01, is_subscribed: true}",
    "        - {customer_id: c2, country: FR}",
    "        - {customer_id: c10, country: DE}",
    "        - {customer_id: c3}",
    "      purchase:",
    "        - {customer_id: c1, ordered_at: 2026-01-01T10:00:00Z, amount: 0.1}",
    "        - {customer_id: c1, ordered_at: 2026-02-01T10:00:00Z, amount: 0.2}",
    "        - {customer_id: c2, ordered_at: 2026-03-01T00:00:00Z, amount: 150}",
    "        - {customer_id: c3, ordered_at: 2026-06-01T00:00:00Z, amount: 99}  # at as-of",
)


def one_case(*expect: str, name: str = "the case") -> str:
    return src("cases:", f"  - name: {name}", *GIVEN, "    expect:", *expect)


# ------------------------------------------------------------------- passing


def test_a_passing_case() -> None:
    recorder = Recorder()
    results = run(one_case(
        "      germans: [c1, c10]",
        "      buyers: [c1, c2]",
        "      tier: {c1: small, c2: big, c3: null}",
        "      orders: {c1: 2, c2: 1, c3: 0}",
        "      revenue: {c1: 0.3, c2: 150, c3: 0}",  # 0.1 + 0.2, exactly
        "      avg_amount: {c1: 0.15, c3: null}",
        "      last_order: {c1: 2026-02-01T10:00:00Z, c3: null}",
        "      birth_day: {c1: 1990-05-01, c2: null}",
        "      subscribed: {c1: true, c2: null}",
    ), recorder)
    assert [(r.passed, r.failures, r.error) for r in results] == [(True, (), None)]
    assert recorder.calls == [(
        dt.datetime(2026, 6, 1, tzinfo=dt.UTC),
        ["germans", "buyers", "tier", "orders", "revenue", "avg_amount", "last_order",
         "birth_day", "subscribed"],
    )]
    assert format_results(results) == "PASS tests/t.yml:2: the case\n1 passed, 0 failed\n"


# ------------------------------------------------------------------- failing


def test_segment_failure_lists_missing_and_unexpected_members_sorted() -> None:
    (result,) = run(one_case("      germans: [c3, c2, c1]", "      buyers: [c1]"))
    assert not result.passed
    assert result.failures == (
        "segment germans: missing members: c2, c3",
        "segment germans: unexpected members: c10",
        "segment buyers: unexpected members: c2",
    )


def test_wrong_labels_and_metric_values() -> None:
    (result,) = run(one_case(
        "      tier: {c10: small, c1: big, c2: big, c3: null}",
        "      orders: {c1: 3, c3: null}",
        "      revenue: {c1: 0.3000001}",
        "      last_order: {c1: 2026-02-01T10:00:01Z, c2: null}",
        "      birth_day: {c1: 1990-05-02}",
        "      subscribed: {c1: false}",
    ))
    assert result.failures == (
        "segmentation tier: c1 has label 'small', expected label 'big'",
        "segmentation tier: c10 has no label, expected label 'small'",
        "metric orders: c1 is 2, expected 3",
        "metric orders: c3 is 0, expected not set",
        "metric revenue: c1 is 0.3, expected 0.3000001",
        "metric last_order: c1 is 2026-02-01T10:00:00Z, expected 2026-02-01T10:00:01Z",
        "metric last_order: c2 is 2026-03-01T00:00:00Z, expected not set",
        "metric birth_day: c1 is 1990-05-01, expected 1990-05-02",
        "metric subscribed: c1 is true, expected false",
    )


def test_format_results_shows_failures_under_their_case() -> None:
    results = run(src(
        "cases:",
        "  - name: right",
        *GIVEN,
        "    expect: {germans: [c1, c10]}",
        "  - name: wrong",
        *GIVEN,
        "    expect: {germans: [c1]}",
    ))
    assert format_results(results) == (
        "PASS tests/t.yml:2: right\n"
        "FAIL tests/t.yml:16: wrong\n"
        "  segment germans: unexpected members: c10\n"
        "1 passed, 1 failed\n"
    )


def test_empty_results_summary() -> None:
    assert format_results([]) == "0 passed, 0 failed\n"


# -------------------------------------------------------------- case handling


def test_each_case_gets_a_fresh_database_and_its_own_as_of() -> None:
    recorder = Recorder()
    opened: list[DuckDBEngine] = []

    def factory() -> Engine:
        engine = DuckDBEngine()
        opened.append(engine)
        return engine

    results = run_fixture_cases(PROJECT, cases(src(
        "cases:",
        "  - name: first",
        *GIVEN,
        "    expect: {buyers: [c1, c2]}",
        "  - name: second, nothing given and no as_of",
        "    given: {customer: [{customer_id: c9}]}",
        "    expect: {buyers: [], orders: {c9: 0}}",
    )), sql_for=recorder, engine_factory=factory)
    assert [r.passed for r in results] == [True, True]
    assert len(opened) == 2 and opened[0] is not opened[1]
    assert [call[0] for call in recorder.calls] == [dt.datetime(2026, 6, 1, tzinfo=dt.UTC), None]
    with pytest.raises(Exception, match="closed"):  # the runner closed each engine
        opened[0].query("SELECT 1")


def test_a_case_with_errors_is_not_run_and_fails() -> None:
    recorder = Recorder()
    results = run(one_case("      germans: [c1, c99]"), recorder)
    assert recorder.calls == []
    (result,) = results
    assert result.error == "the case has errors (reported above) and was not run"
    assert format_results(results).endswith("0 passed, 1 failed\n")


def test_a_case_without_expectations_runs_no_query_and_passes() -> None:
    recorder = Recorder()
    (result,) = run(src("cases:", "  - name: empty", *GIVEN, "    expect: {}"), recorder)
    assert result.passed and recorder.calls == []


def test_compile_and_engine_errors_fail_the_case() -> None:
    def cannot_compile(checked: CheckedProject, as_of: dt.datetime | None,
                       names: Sequence[str]) -> str:
        raise CompileError("ranking is not supported on this engine")

    def bad_sql(checked: CheckedProject, as_of: dt.datetime | None,
                names: Sequence[str]) -> str:
        return "SELECT customer_id, colour AS germans FROM shop.customers"

    text = one_case("      germans: [c1]")
    (compiled,) = run_fixture_cases(PROJECT, cases(text), sql_for=cannot_compile)
    assert compiled.error == "cannot compile: ranking is not supported on this engine"
    (engine,) = run_fixture_cases(PROJECT, cases(text), sql_for=bad_sql)
    assert engine.error is not None and engine.error.startswith("DuckDB: Binder Error")
    assert format_results([compiled, engine]).splitlines()[1:4:2] == [
        "  cannot compile: ranking is not supported on this engine",
        f"  {engine.error}",
    ]


def test_csv_rows_are_loaded(tmp_path: Path) -> None:
    (tmp_path / "orders.csv").write_text(
        "customer_id,ordered_at,amount\nc1,2026-01-01T00:00:00Z,60\nc1,2026-01-02,50\n",
        encoding="utf-8",
    )
    text = src(
        "cases:",
        "  - name: from csv",
        "    as_of: 2026-06-01",
        "    given:",
        "      customer: [{customer_id: c1}]",
        "      purchase: orders.csv",
        "    expect: {tier: {c1: big}, revenue: {c1: 110}}",
    )
    (result,) = run_fixture_cases(PROJECT, cases(text, tmp_path), sql_for=Recorder())
    assert result.passed, result.failures


# --------------------------------------------------------------- comparison


def test_compare_reports_a_broken_result() -> None:
    (case,) = cases(one_case("      germans: [c1]", "      orders: {c1: 2}"))
    assert compare(case, "customer_id", ["id"], []) == [
        "the result has no column 'customer_id' (columns: id)"]
    assert compare(case, "customer_id", ["customer_id", "germans"],
                   [("c1", True), ("c1", True), ("c2", False)]) == [
        "the result has several rows for customer_id c1 (expected one row per entity row)",
        "orders: the result has no column 'orders'",
    ]
    assert compare(case, "customer_id", ["customer_id", "germans", "orders"], [("c2", False, 0)]) \
        == ["segment germans: missing members: c1", "metric orders: c1 is not in the result"]


def test_keys_compare_as_text() -> None:
    (case,) = cases(src(
        "cases:",
        "  - name: numeric keys",
        "    given: {customer: [{customer_id: 1}, {customer_id: 2}]}",
        "    expect: {germans: [1], tier: {'2': null}}",
    ))
    assert compare(case, "customer_id", ["customer_id", "germans", "tier"],
                   [(1, True, None), (2, False, None)]) == []


@pytest.mark.parametrize(("kind", "actual", "expected", "equal"), [
    # Numbers are exact (docs/semantics.md): no tolerance hides a double's error.
    (Kind.NUMBER, 0.1 + 0.2, 0.3, False),
    (Kind.NUMBER, Decimal("0.300000000"), 0.3, True),
    (Kind.NUMBER, Decimal("0.333333333"), 0.333333333, True),
    (Kind.NUMBER, Decimal("0.333333333"), 0.3333333333333333, False),
    (Kind.NUMBER, Decimal("1000000000000.1"), 1e12, False),
    (Kind.NUMBER, 1e-17, 0, False),
    (Kind.NUMBER, Decimal("2.50"), 2.5, True),
    (Kind.NUMBER, Decimal("840.920000000"), 840.92, True),
    (Kind.INTEGER, 9007199254740993, 9007199254740992, False),  # exact for integers
    (Kind.INTEGER, 2, 2.0, True),
    (Kind.INTEGER, True, 1, False),  # a boolean is not a number
    (Kind.NUMBER, "1", 1, False),
    (Kind.NUMBER, None, 0, False),
    (Kind.NUMBER, None, None, True),
    (Kind.BOOLEAN, True, True, True),
    (Kind.BOOLEAN, 1, True, False),
    (Kind.STRING, "de", "de", True),
    (Kind.STRING, "de", "DE", False),
    (Kind.TIMESTAMP, dt.datetime(2026, 1, 1, 10), dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC),
     True),
    (Kind.TIMESTAMP, dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),
     dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC), True),
    (Kind.TIMESTAMP, dt.datetime(2026, 1, 1, 10, 0, 0, 1),
     dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC), False),
    (Kind.TIMESTAMP, dt.date(2026, 1, 1), dt.datetime(2026, 1, 1, tzinfo=dt.UTC), False),
    (Kind.DATE, dt.date(2026, 1, 1), dt.date(2026, 1, 1), True),
    (Kind.DATE, dt.datetime(2026, 1, 1), dt.date(2026, 1, 1), False),
    (Kind.ERROR, 2, 2.0000000001, False),
    (Kind.ERROR, 2, 2.0, True),
])
def test_values_equal(kind: Kind, actual: object, expected: object, equal: bool) -> None:
    assert values_equal(kind, actual, expected) is equal


def test_show_value() -> None:
    assert show_value(None) == "not set"
    assert show_value(True) == "true"
    assert show_value("a'b") == '"a\'b"'
    assert show_value(0.1 + 0.2) == "0.30000000000000004"
    assert show_value(dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))) \
        == "2026-01-01T10:00:00Z"
    assert show_value(dt.date(2026, 1, 1)) == "2026-01-01"
    assert show_value(Decimal("2.50")) == "2.5"
    assert show_value(Decimal("840.920000000")) == "840.92"
    assert show_value(Decimal("12.000000000")) == "12"


# ------------------------------------------------------------ real compiler


def test_the_real_compiler_passes_the_spec_like_case() -> None:
    pytest.importorskip("segdsl.compile.pipeline")
    results = run_fixture_cases(PROJECT, cases(one_case(
        "      germans: [c1, c10]",
        "      buyers: [c1, c2]",
        "      tier: {c1: small, c2: big, c3: null}",
        "      orders: {c1: 2, c2: 1, c3: 0}",
        "      revenue: {c1: 0.3, c2: 150, c3: 0}",
        "      last_order: {c1: 2026-02-01T10:00:00Z, c3: null}",
    )))
    assert [(r.passed, r.failures, r.error) for r in results] == [(True, (), None)]
