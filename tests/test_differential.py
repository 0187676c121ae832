"""Differential property test (issue 6): random well-typed projects and random
fixture rows; DuckDB, PostgreSQL (UTC ``timestamp``/``double`` and
America/New_York ``timestamptz``/``numeric``), ZetaSQL (BigQuery), MariaDB and the
pure-Python reference evaluator (segdsl/reference) must all give the same membership
table (``compile --all``), the same members for each segment alone
(``compile SEGMENT``) and the same column for each definition alone.

Profiles (tests/differential/profiles.py):

    python -m pytest tests/test_differential.py                      # quick, CI
    SEGDSL_DIFF_PROFILE=long python -m pytest tests/test_differential.py -x
    SEGDSL_DIFF_PROFILE=long SEGDSL_DIFF_EXAMPLES=500 python -m pytest ...

Outside CI a missing PostgreSQL or zetasql skips; under CI=true it fails
(engine_targets.unavailable).  Divergences found so far: differential/FOUND.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal

import pytest
from differential import profiles
from differential.definitions import Definitions, definitions
from differential.participants import (
    Participant,
    Question,
    Views,
    compare,
    describe,
    participants,
)
from differential.rows import Fixture, fixtures, static_lists
from differential.schemas import EventSpec, FieldSpec, SchemaSpec, schemas
from differential.timepool import TimePool, zoned_as_ofs, zones
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st
from typed_tables import typed_table

from segdsl.check.checker import CheckedProject, check_project
from segdsl.diagnostics import Span, has_errors
from segdsl.project.model import Schema, StaticListSource
from segdsl.project.static_lists import StaticList
from segdsl.syntax.parser import parse_source


@dataclass(frozen=True)
class Example:
    spec: SchemaSpec
    definitions: Definitions
    fixture: Fixture
    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()  # static lists: name, keys
    zone: str = "UTC"  # segdsl.yml's timezone (SPEC 11)

    def reproduction(self) -> str:
        lists = "".join(f"--- lists/{name}.csv: {list(keys)}\n" for name, keys in self.lists)
        return (f"--- segdsl.yml\ntimezone: {self.zone}\n"
                f"--- schema.yml\n{self.spec.yaml()}--- segments/x.seg\n"
                f"{self.definitions.text}{lists}--- rows\n{self.fixture.yaml()}\n")

    def static_lists(self) -> dict[str, StaticList]:
        at = Span("segdsl.yml", 1, 1, 1, 2, 0, 1)
        return {name: StaticList(StaticListSource(name, at, file=f"lists/{name}.csv"), keys)
                for name, keys in self.lists}


@st.composite
def examples(draw: st.DrawFn) -> Example:
    zone = draw(zones())
    as_of = draw(zoned_as_ofs(zone))
    pool = TimePool.around(as_of, zone)
    spec = draw(schemas())
    lists = draw(static_lists())
    return Example(spec, draw(definitions(spec, pool, lists=tuple(lists))),
                   draw(fixtures(spec, pool)), tuple(lists.items()), zone)


def problems(example: Example) -> list[str]:
    """The errors of the example's definitions from the real parser and checker
    (the generator wrote something it should not have when there are any)."""
    source = parse_source(example.definitions.text, "segments/x.seg")
    found = [d for d in source.diagnostics if d.is_error]
    if not found:
        project = check_project(_schema(example.spec), [source], example.static_lists(),
                                timezone=example.zone)
        found = [d for d in project.diagnostics if d.is_error]
    return [f"{d.code} {d.span.line}:{d.span.column} {d.message}" for d in found]


def checked(example: Example) -> CheckedProject | None:
    source = parse_source(example.definitions.text, "segments/x.seg")
    if has_errors(source.diagnostics):
        return None
    project = check_project(_schema(example.spec), [source], example.static_lists(),
                                timezone=example.zone)
    return None if has_errors(project.diagnostics) else project


@functools.cache
def _schema(spec: SchemaSpec) -> Schema:
    return spec.model()


@functools.cache
def _participants() -> tuple[Participant, ...]:
    return tuple(participants())


@pytest.fixture(scope="module")
def everyone() -> tuple[Participant, ...]:
    return _participants()


@profiles.selected()
@given(example=examples())
def test_all_participants_agree(everyone: tuple[Participant, ...], example: Example) -> None:
    project = checked(example)
    assume(project is not None)
    assert project is not None
    note(example.reproduction())
    question = Question.of(project, example.fixture.as_of, example.fixture.tables,
                           example.fixture.order_seed)
    answers = {p.name: p.answer(question) for p in everyone}
    verdict = compare(question, answers)
    assert verdict.ok, f"{example.reproduction()}\n{describe(verdict)}"


# At most this share of generated projects may fail to check: the property test
# silently skips them (assume), so a high rate would hide untested forms.  The
# rate sits near 5 %: 7 of 150 when this test runs alone, 8 of 150 once in a
# whole-suite run (the same seed; the draws differed), those shown being the generator's
# known gap of a window test on a literal inside `with` (`with 2008-06-01 in next
# 2 years`, TYP005/TYP007).  6 % keeps the guard without failing on that noise.
MAX_REJECTED = 0.06


def test_rejection_rate_is_low() -> None:
    total: list[Example] = []
    rejected: list[tuple[str, list[str]]] = []

    @settings(max_examples=150, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(example=examples())
    def sample(example: Example) -> None:
        total.append(example)
        found = problems(example)
        if found:
            rejected.append((example.definitions.text, found))

    sample()
    shown = "\n\n".join(f"{text}{found}" for text, found in rejected[:8])
    assert len(rejected) <= MAX_REJECTED * len(total), (
        f"{len(rejected)} of {len(total)} rejected:\n{shown}")


def test_compare_notices_differences() -> None:
    """The comparison itself: a changed value, a missing member, a single query
    that disagrees with its own batch, and an error are all reported; numbers
    compare exactly (views hold them as Decimal, tests/typed_tables.py), so a
    difference in the 17th digit is a difference."""
    columns = ["id", "s0", "m1"]
    tenth = Decimal("0.1")
    base: Views = {"batch": (columns, [("c1", True, tenth), ("c2", False, None)]),
                   "segment s0": ["c1"],
                   "alone m1": (["id", "m1"], [("c1", tenth), ("c2", None)])}
    project = CheckedProject(_schema(SchemaSpec("customer", "t", "id", (), (), ())))
    question = Question(project, ("s0",), ("s0", "m1"), AS_OF, {})
    assert compare(question, {"a": base, "b": dict(base)}).ok
    same_value = dict(base, batch=(columns, [("c1", True, Decimal("0.100000000")),
                                            ("c2", False, None)]))
    assert compare(question, {"a": base, "b": same_value}).ok
    for changed in (
        dict(base, batch=(columns, [("c1", True, Decimal.from_float(0.1)), ("c2", False, None)])),
        dict(base, batch=(columns, [("c1", True, Decimal("0.2")), ("c2", False, None)])),
        dict(base, **{"segment s0": []}),
        dict(base, **{"alone m1": (["id", "m1"], [("c1", tenth), ("c2", Decimal(0))])}),
        dict(base, batch="error: EngineError: boom"),
    ):
        assert not compare(question, {"a": base, "b": changed}).ok, changed


AS_OF = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_typed_tables_check_types_exactly() -> None:
    """tests/typed_tables.py: an integer metric must be an int, a number a Decimal or
    int (compared exactly), a segment a bool; instants compare as UTC."""
    text = ("metric n = count(buy)\nmetric x = sum(buy.amount)\n"
            "metric t = first(buy)\nsegment s\n  where n > 0\n")
    spec = SchemaSpec("customer", "t", "id", (), (), (EventSpec(
        "buy", "orders", "id", "at", (FieldSpec("amount", "number", "amount"),)),))
    project = check_project(_schema(spec), [parse_source(text, "x.seg")])
    assert project.ok, project.diagnostics
    columns = ["id", "s", "n", "x", "t"]
    noon = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    good = typed_table(project, columns, [("c1", True, 3, Decimal("0.60"), noon),
                                          ("c2", False, 0, 1, None)])
    assert not good.problems
    # Sorted by key, numbers exact, the instant the same in another zone or naive.
    other = typed_table(project, columns, [
        ("c2", False, 0, Decimal(1), None),
        ("c1", True, 3, Decimal("0.6"), noon.astimezone(dt.timezone(dt.timedelta(hours=-5))))])
    assert other.table == good.table and not other.problems
    naive = typed_table(project, columns, [("c1", True, 3, Decimal("0.6"),
                                            noon.replace(tzinfo=None))])
    assert naive.rows[0] == good.rows[0]
    for row, wrong in (
        (("c1", True, Decimal(3), Decimal("0.6"), noon), "n"),  # integer as Decimal
        (("c1", True, 3.0, Decimal("0.6"), noon), "n"),  # integer as float
        (("c1", True, 3, 0.6, noon), "x"),  # number as float
        (("c1", None, 3, Decimal("0.6"), noon), "s"),  # a segment is never NULL
        (("c1", 1, 3, Decimal("0.6"), noon), "s"),
        (("c1", True, 3, Decimal("0.6"), noon.date()), "t"),
    ):
        found = typed_table(project, columns, [row]).problems
        assert [p.split(":")[0] for p in found] == [wrong], (row, found)
    # A float's exact binary value is not the decimal it approximates.
    assert typed_table(project, columns, [("c1", True, 3, 0.6, noon)]).rows != good.rows[:1]
