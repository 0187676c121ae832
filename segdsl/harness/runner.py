"""Run fixture cases: fresh database per case, load the given rows, run the
membership SQL for the expected definitions, compare (SPEC 8).

The SQL-producing function and the engine are parameters: the CLI passes the
compiler and DuckDB (or PostgreSQL with ``--db``), and tests pass hand-written SQL,
so the harness is testable on its own.  :func:`check_case` checks a case against
membership results computed elsewhere (the cross-engine tests share one query per
case and engine between two checks) by the same rules.

Comparison rules:

* segment: the exact member set (members are the rows whose column is TRUE);
  a failure lists the missing and the unexpected members, sorted.
* segmentation: only the listed keys; ``None`` means "no label".
* ``expectations``: the segments' expect lines judged on the sizes counted in the
  result, whose number of rows is the population (harness/expectation_checks.py).
* metric: only the listed keys; ``None`` means "not set".  Everything compares
  exactly: numbers are exact decimals with 9 places on every engine
  (docs/semantics.md), so ``1/3`` is expected as ``0.333333333``; an expected number
  is the Decimal of its text (harness/fixtures/words.py), all its digits counting.
  Timestamps from the engine are naive UTC or aware; both are compared as UTC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from segdsl.analysis.sizes import sizes_from_rows
from segdsl.check.checker import CheckedProject
from segdsl.check.types import Kind
from segdsl.compile.api import CompileError
from segdsl.engines import Engine, EngineError
from segdsl.harness.expectation_checks import compare_expectations
from segdsl.harness.fixtures import (
    FixtureCase,
    MetricExpectation,
    SegmentationExpectation,
    SegmentExpectation,
)
from segdsl.numbers import decimal_text, exact_number
from segdsl.project.model import Schema
from segdsl.project.static_lists import StaticList

# (checked project, as-of or None for "now", definition names) -> SQL text with the
# key column plus one column per name (compile_membership's contract).
SqlFor = Callable[[CheckedProject, dt.datetime | None, Sequence[str]], str]
EngineFactory = Callable[[], Engine]


def compile_membership_duckdb(
    checked: CheckedProject, as_of: dt.datetime | None, names: Sequence[str]
) -> str:
    """The compiler's membership query for DuckDB (the default ``sql_for``)."""
    from segdsl.compile.api import compile_membership

    return compile_membership(checked, "duckdb", as_of, names)


def duckdb_in_memory() -> Engine:
    """A fresh in-memory DuckDB (the default engine); imported only when used."""
    from segdsl.engines.duckdb_engine import DuckDBEngine

    return DuckDBEngine()


@dataclass(frozen=True, slots=True)
class CaseResult:
    case: FixtureCase
    # One line per difference between expectation and result.
    failures: tuple[str, ...] = ()
    # Set when the case could not run: it has errors, or compiling or the
    # database failed.  Such a case counts as failed.
    error: str | None = None

    @property
    def passed(self) -> bool:
        return not self.failures and self.error is None

    @property
    def location(self) -> str:
        return f"{self.case.file}:{self.case.span.line}"


def run_fixture_cases(
    checked: CheckedProject,
    cases: Iterable[FixtureCase],
    *,
    sql_for: SqlFor = compile_membership_duckdb,
    engine_factory: EngineFactory = duckdb_in_memory,
) -> list[CaseResult]:
    """Run every case in its own fresh database; one result per case, in order."""
    return [check_case(checked, case, _querying(checked.schema, case, sql_for, engine_factory))
            for case in cases]


@dataclass(frozen=True, slots=True)
class CasePart:
    """What a case expects of one entity (SPEC 11): that entity's view of the
    project, the case with only its expectations, and their names (the columns the
    membership result must have).  A project of one entity has one part."""

    entity: str
    view: CheckedProject
    case: FixtureCase
    names: tuple[str, ...]


# The membership result of each part, in order: (columns, rows) with the key
# column and at least the part's names; may raise CompileError or EngineError.
MembershipResult = tuple[Sequence[str], Sequence[Sequence[object]]]
ResultsFor = Callable[[Sequence[CasePart]], Sequence[MembershipResult]]


def check_case(checked: CheckedProject, case: FixtureCase, results_for: ResultsFor
               ) -> CaseResult:
    """A case's result: its expectations checked against the membership results
    ``results_for`` gives for its parts.  ``run_fixture_cases`` computes them on a
    fresh engine; a caller that already holds them (the cross-engine tests run one
    query per case and engine, shared by two checks) passes them here, so the
    expectations are checked by the same rules.  A result may have more columns than
    the part's names (a whole membership table): only the expected ones are read."""
    if not case.ok:
        return CaseResult(case, error="the case has errors (reported above) and was not run")
    parts = case_parts(with_case_lists(checked, case), case)
    try:
        results = results_for(parts)
    except CompileError as error:
        return CaseResult(case, error=f"cannot compile: {error}")
    except EngineError as error:
        return CaseResult(case, error=str(error))
    failures: list[str] = []
    for part, (columns, rows) in zip(parts, results, strict=True):
        failures += compare(part.case, part.view.schema.key, columns, rows)
    return CaseResult(case, tuple(failures))


def _querying(schema: Schema, case: FixtureCase, sql_for: SqlFor,
              engine_factory: EngineFactory) -> ResultsFor:
    """The parts' results from a fresh engine holding the case's rows (the tables
    of every entity of ``schema``)."""

    def results_for(parts: Sequence[CasePart]) -> list[MembershipResult]:
        # Compile first: a compile error needs no database.  One query per part,
        # each over that entity's view.
        queries = [sql_for(part.view, case.as_of, list(part.names)) for part in parts]
        engine = engine_factory()
        try:
            engine.load_tables(schema, case.tables)
            return [query_membership(engine, part.view, sql)
                    for part, sql in zip(parts, queries, strict=True)]
        finally:
            engine.close()

    return results_for


def query_membership(engine: Engine, checked: CheckedProject, sql: str
                     ) -> tuple[list[str], list[tuple[object, ...]]]:
    """The membership rows; an engine whose results hold conditions as integers
    (MySQL: ``booleans_as_integers``) has them turned into booleans by the
    definitions' kinds."""
    columns, rows = engine.query(sql)
    if getattr(engine, "booleans_as_integers", False):
        from segdsl.engines.mysql_engine import decode_booleans

        rows = decode_booleans(checked, columns, rows)
    return columns, rows


def case_parts(checked: CheckedProject, case: FixtureCase) -> list[CasePart]:
    """The case's expectations per entity (:class:`CasePart`); none when it
    expects nothing."""
    names = case.names
    if not names:
        return []
    if not checked.schema.entities:
        return [CasePart(checked.schema.entity, checked, case, tuple(names))]
    parts: list[CasePart] = []
    for entity in checked.schema.entity_names():
        mine = [name for name in names if checked.entity_of(name) == entity]
        if not mine:
            continue
        part = dataclasses.replace(
            case, expectations=tuple(e for e in case.expectations if e.name in mine),
            expectation_checks=tuple(c for c in case.expectation_checks if c.segment in mine))
        parts.append(CasePart(entity, checked.for_entity(entity), part, tuple(mine)))
    # A name of no definition goes with the default entity, whose compiler says so.
    unknown = [name for name in names if checked.entity_of(name) is None]
    if unknown:
        default = checked.schema.entity
        parts.append(CasePart(default, checked.for_entity(default), case, tuple(unknown)))
    return parts


def with_case_lists(checked: CheckedProject, case: FixtureCase) -> CheckedProject:
    """``checked`` with the static lists the case gives replaced by its keys (SPEC
    11); the same object when it gives none."""
    if not case.lists:
        return checked
    lists = dict(checked.static_lists)
    for name, keys in case.lists.items():
        lists[name] = StaticList(lists[name].source, keys)
    return replace(checked, static_lists=lists)


# ------------------------------------------------------------------ comparing


def compare(
    case: FixtureCase, key: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> list[str]:
    """The differences between a case's expectations and a membership result."""
    if key not in columns:
        return [f"the result has no column '{key}' (columns: {', '.join(columns)})"]
    key_at = columns.index(key)
    by_key: dict[str, Sequence[object]] = {}
    failures: list[str] = []
    repeated: set[str] = set()
    for row in rows:
        row_key = str(row[key_at])
        if row_key in by_key:
            repeated.add(row_key)
        by_key[row_key] = row
    if repeated:
        failures.append(f"the result has several rows for {key} {_keys(repeated)} "
                        "(expected one row per entity row)")
    for expectation in case.expectations:
        if expectation.name not in columns:
            failures.append(f"{expectation.name}: the result has no column '{expectation.name}'")
            continue
        at = columns.index(expectation.name)
        match expectation:
            case SegmentExpectation():
                failures += _compare_segment(expectation, by_key, at)
            case SegmentationExpectation():
                failures += _compare_segmentation(expectation, by_key, at)
            case MetricExpectation():
                failures += _compare_metric(expectation, by_key, at)
    if case.expectation_checks:
        # Sizes from the membership table; its rows are the population (one per entity).
        segments = [check.segment for check in case.expectation_checks]
        sizes, population = sizes_from_rows(columns, rows, segments)
        failures += compare_expectations(case.expectation_checks, sizes, population)
    return failures


def _compare_segment(
    expectation: SegmentExpectation, by_key: dict[str, Sequence[object]], at: int
) -> list[str]:
    actual = {key for key, row in by_key.items() if row[at] is True}
    missing = expectation.members - actual
    unexpected = actual - expectation.members
    lines = []
    if missing:
        lines.append(f"segment {expectation.name}: missing members: {_keys(missing)}")
    if unexpected:
        lines.append(f"segment {expectation.name}: unexpected members: {_keys(unexpected)}")
    return lines


def _compare_segmentation(
    expectation: SegmentationExpectation, by_key: dict[str, Sequence[object]], at: int
) -> list[str]:
    lines = []
    for key in sorted(expectation.labels, key=_natural):
        expected = expectation.labels[key]
        row = by_key.get(key)
        if row is None:
            lines.append(f"segmentation {expectation.name}: {key} is not in the result")
            continue
        actual = row[at]
        if actual != expected:
            lines.append(f"segmentation {expectation.name}: {key} has {_label(actual)}, "
                         f"expected {_label(expected)}")
    return lines


def _compare_metric(
    expectation: MetricExpectation, by_key: dict[str, Sequence[object]], at: int
) -> list[str]:
    lines = []
    for key in sorted(expectation.values, key=_natural):
        expected = expectation.values[key]
        row = by_key.get(key)
        if row is None:
            lines.append(f"metric {expectation.name}: {key} is not in the result")
            continue
        actual = row[at]
        if not values_equal(expectation.kind, actual, expected):
            lines.append(f"metric {expectation.name}: {key} is {show_value(actual)}, "
                         f"expected {show_value(expected)}")
    return lines


def values_equal(kind: Kind, actual: object, expected: object) -> bool:
    """Whether a metric's result equals the expected value (rules in the module doc)."""
    if actual is None or expected is None:
        return actual is None and expected is None
    if kind.is_numeric or (kind is Kind.ERROR and _is_number(expected)):
        if not (_is_number(actual) and _is_number(expected)):
            return False
        assert isinstance(actual, int | float | Decimal)  # for the type checker
        assert isinstance(expected, int | float | Decimal)
        return exact_number(actual) == exact_number(expected)
    if kind is Kind.TIMESTAMP:
        return (isinstance(actual, dt.datetime) and isinstance(expected, dt.datetime)
                and _utc(actual) == _utc(expected))
    if kind is Kind.DATE:
        # A datetime is a date in Python; a timestamp where a date is expected is
        # a different value, not equal to its day.
        return (isinstance(actual, dt.date) and not isinstance(actual, dt.datetime)
                and actual == expected)
    if isinstance(actual, bool) or isinstance(expected, bool):
        return isinstance(actual, bool) and isinstance(expected, bool) and actual == expected
    return actual == expected


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


# ------------------------------------------------------------------- showing


def show_value(value: object) -> str:
    """A value as a fixture would write it; None is "not set"."""
    if value is None:
        return "not set"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dt.datetime):
        text = _utc(value).replace(tzinfo=None).isoformat()
        return f"{text}Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal) and value.is_finite():
        return decimal_text(value)
    return str(value)


def _label(value: object) -> str:
    return "no label" if value is None else f"label {value!r}"


def _natural(key: str) -> list[tuple[int, int | str]]:
    """Sort key that puts c2 before c10."""
    return [(0, int(part)) if part.isdecimal() else (1, part)
            for part in re.split(r"(\d+)", key) if part]


def _keys(keys: Iterable[str]) -> str:
    return ", ".join(sorted(keys, key=_natural))


def format_results(results: Sequence[CaseResult]) -> str:
    """One line per case (PASS/FAIL with its file and line), the failure lines
    indented under a failed case, and last ``N passed, N failed``."""
    lines: list[str] = []
    for result in results:
        if result.passed:
            lines.append(f"PASS {result.location}: {result.case.name}")
            continue
        lines.append(f"FAIL {result.location}: {result.case.name}")
        if result.error is not None:
            lines.append(f"  {result.error}")
        lines += [f"  {failure}" for failure in result.failures]
    passed = sum(1 for result in results if result.passed)
    lines.append(f"{passed} passed, {len(results) - passed} failed")
    return "\n".join(lines) + "\n"
