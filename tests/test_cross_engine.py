"""One corpus, every engine: the conformance corpus and the example project's
fixture cases run on DuckDB, PostgreSQL (UTC session with ``timestamp`` columns,
and America/New_York session with ``timestamptz`` and ``numeric`` columns; both
kinds of time column again compiled knowing their zoning, as ``run`` compiles),
ZetaSQL (BigQuery), MariaDB, Spark and ClickHouse (chdb), and must give the same
results everywhere (tests/engine_targets.py).

Two checks per case and engine, on one result: each engine loads a case's rows
once and runs one query per entity, the whole membership table (every segment,
segmentation and metric of the project, not only those the case lists), kept for
the session (:func:`engine_tables`), so a slow engine costs one query per case
(Spark and ClickHouse, whose planners take a minute over the conformance project's
whole table, query the definitions the case lists instead: ``Target.whole_table``):

* the case passes: its expectations hold (SPEC 8), judged by the harness's own
  rules (``segdsl.harness.runner.check_case``) on that table;
* the table equals DuckDB's, row by row, each value of its definition's type and
  compared exactly (tests/typed_tables.py: integers as ``int``, numbers as exact
  ``Decimal``, instants as UTC).

``segdsl test``'s own path, compiling only the definitions a case lists, runs
every project's cases on DuckDB once more (:func:`test_segdsl_test_passes`; the
conformance corpus's in tests/test_cli_test.py, through the command itself).

Run only this suite: ``python -m pytest tests/test_cross_engine.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from engine_targets import REPO, TARGETS, Suite, Target, as_stored, load_suite
from typed_tables import TypedTable, typed_table

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import CompileError, compile_membership
from segdsl.compile.pipeline import default_names
from segdsl.engines import EngineError, fixture_time_context
from segdsl.harness.runner import (
    CasePart,
    MembershipResult,
    case_parts,
    check_case,
    format_results,
    query_membership,
    run_fixture_cases,
)
from segdsl.project.static_lists import StaticList
from segdsl.timecontext import DEFAULT, Zoning

# The time-zone projects (SPEC 11: Europe/Berlin and America/New_York on their
# daylight-saving days) and the accounts project (several entities) run on every
# engine like the corpus.
PROJECTS = {"conformance": REPO / "tests" / "conformance",
            "conformance_accounts": REPO / "tests" / "conformance_accounts",
            "shop": REPO / "examples" / "shop",
            "berlin": REPO / "tests" / "conformance_zones" / "berlin",
            "new_york": REPO / "tests" / "conformance_zones" / "new_york"}


def _case_params() -> list[object]:
    params: list[object] = []
    for label, project in PROJECTS.items():
        for index, case in enumerate(load_suite(project).cases):
            name = Path(case.file).name
            params.append(pytest.param(project, index, id=f"{label}/{name}:{case.span.line}"))
    return params


CASES = _case_params()
TARGET_PARAMS = [pytest.param(target, id=target.name) for target in TARGETS]
OTHER_TARGETS = [pytest.param(target, id=target.name) for target in TARGETS
                 if target.name != "duckdb"]


def _mark_divergence(request: pytest.FixtureRequest, target: Target, project: Path,
                     index: int, *, table: bool = False) -> None:
    """A case ``target`` is known to fail on (``Target.diverges``, conformance
    cases by "file.yml:line") is an expected failure, strictly: a fix shows; ``table``: in the
    comparison with DuckDB (``Target.diverging_tables``; a case that fails only
    because the target stores its rows otherwise needs no mark there, DuckDB runs
    on the rows as the target stores them, see engine_targets.as_stored)."""
    if project != PROJECTS["conformance"]:
        return
    case = load_suite(project).cases[index]
    where = f"{Path(case.file).name}:{case.span.line}"
    for known, reason in target.diverging_tables if table else target.diverges:
        if known == where:
            request.node.add_marker(pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize("target", TARGET_PARAMS)
@pytest.mark.parametrize(("project", "index"), CASES)
def test_case_passes(project: Path, index: int, target: Target,
                     request: pytest.FixtureRequest) -> None:
    _mark_divergence(request, target, project, index)
    suite = load_suite(project)
    found = engine_tables(target, project, index)

    def results_for(parts: Sequence[CasePart]) -> list[MembershipResult]:
        found.raise_error()  # as the harness's own query would have raised it
        return [found.tables[part.entity] for part in parts]

    # The harness's own rules judge the case, on the whole membership table.
    result = check_case(suite.checked, suite.cases[index], results_for)
    assert result.error is None, result.error
    assert result.passed, "\n".join(result.failures)


@pytest.mark.parametrize("target", OTHER_TARGETS)
@pytest.mark.parametrize(("project", "index"), CASES)
def test_same_membership_table_as_duckdb(project: Path, index: int, target: Target,
                                         request: pytest.FixtureRequest) -> None:
    _mark_divergence(request, target, project, index, table=True)
    suite = load_suite(project)
    found = engine_tables(target, project, index)
    assert found.error is None, f"{target.name}: {found.error}"
    # One membership table per entity (SPEC 11; a single-entity project has one).
    for entity in found.tables:
        expected = _expected_table(target, project, index, entity)
        view = suite.checked.for_entity(entity)
        table = typed_table(view, *found.tables[entity])
        assert not expected.problems, f"duckdb: {expected.problems}"
        assert not table.problems, f"{target.name}: {table.problems}"
        assert table.table == expected.table


@pytest.mark.parametrize("project", [pytest.param(path, id=label)
                                     for label, path in PROJECTS.items()
                                     if label != "conformance"])
def test_segdsl_test_passes(project: Path) -> None:
    """Every case as ``segdsl test`` runs it: the case's definitions alone, on DuckDB."""
    suite = load_suite(project)
    results = run_fixture_cases(suite.checked, suite.cases)
    failed = [result for result in results if not result.passed]
    assert len(results) == len(suite.cases) and not failed, format_results(failed)


@dataclass(frozen=True)
class EngineTables:
    """One target's membership tables of one case: every definition of each entity
    (entity -> (columns, rows) as the engine returned them), or why there are none."""

    tables: dict[str, MembershipResult]
    error: str | None = None
    error_type: type[Exception] = EngineError

    def raise_error(self) -> None:
        if self.error is not None:
            raise self.error_type(self.error)


def engine_tables(target: Target, project: Path, index: int) -> EngineTables:
    """The case's membership tables on ``target``, queried once per session and
    shared by both tests (and tests/test_reference.py's comparison with DuckDB).
    ``target.open()`` runs first every time: an unavailable engine skips (or under
    CI fails) each test rather than being remembered."""
    target.open()
    return _engine_tables(target.name, project, index)


@functools.cache
def _engine_tables(name: str, project: Path, index: int) -> EngineTables:
    # Keyed by the target's name; the results of ~150 cases on each target are
    # small, engines are never kept.
    target = next(target for target in TARGETS if target.name == name)
    factory = target.open()
    suite = load_suite(project)
    case = suite.cases[index]
    try:
        queries = {entity: _membership_sql(project, target.dialect, case.as_of, target.zoning,
                                           index, entity, names)
                   for entity, names in _queried(target, project, index).items()}
        engine = factory()
        try:
            # One load per case: every entity's table from the same rows (as the
            # target stores them: the fixture's rows but for missing lists).
            engine.load_tables(suite.checked.schema,
                               as_stored(suite.checked, case, target).tables)
            # Conditions as the definitions' types (MySQL's come back as 0/1).
            return EngineTables({
                entity: query_membership(engine, suite.checked.for_entity(entity), sql)
                for entity, sql in queries.items()})
        finally:
            engine.close()
    except (CompileError, EngineError) as error:
        return EngineTables({}, str(error), type(error))


def _queried(target: Target, project: Path, index: int) -> dict[str, tuple[str, ...] | None]:
    """Entity -> the definitions ``target`` is asked for on case ``index``: all
    (None) with ``Target.whole_table``, else those the case lists (entities whose
    definitions it lists none of are left out)."""
    suite = load_suite(project)
    if target.whole_table:
        return dict.fromkeys(suite.checked.schema.entity_names())
    return {part.entity: part.names
            for part in case_parts(suite.checked, suite.cases[index])}


@functools.cache
def _expected_table(target: Target, project: Path, index: int, entity: str) -> TypedTable:
    """DuckDB's table to compare ``target``'s with: the same definitions, on the
    rows as ``target`` stores them (engine_targets.as_stored)."""
    duckdb = TARGETS[0]
    if target.whole_table and target.stores_missing_lists:
        return _duckdb_table(project, index, entity)
    suite = load_suite(project)
    case = as_stored(suite.checked, suite.cases[index], target)
    view = suite.checked.for_entity(entity)
    names = _queried(target, project, index)[entity]
    sql = _membership_sql(project, "duckdb", case.as_of, None, index, entity, names)
    engine = duckdb.open()()
    try:
        engine.load_tables(suite.checked.schema, case.tables)
        return typed_table(view, *engine.query(sql))
    finally:
        engine.close()


def _duckdb_table(project: Path, index: int, entity: str) -> TypedTable:
    """DuckDB's membership table of ``entity`` for the case, typed (the expected side
    of every comparison)."""
    found = engine_tables(TARGETS[0], project, index)
    assert found.error is None, f"duckdb: {found.error}"
    view = load_suite(project).checked.for_entity(entity)
    return typed_table(view, *found.tables[entity])


def _membership_sql(project: Path, dialect: str, as_of: dt.datetime | None,
                    zoning: Zoning | None, index: int, entity: str,
                    names: tuple[str, ...] | None = None) -> str:
    """The membership table of ``names`` (default: every definition) of ``entity``, knowing the time
    columns' ``zoning`` when it is given, with the static lists the case gives
    (SPEC 11; a table list it does not give is empty: a fixture has no such table)."""
    suite = load_suite(project)
    return _compiled(project, dialect, as_of, zoning, _case_lists(suite, index), entity, names)


def _case_lists(suite: Suite, index: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    case = suite.cases[index]
    checked = suite.checked
    given: dict[str, tuple[str, ...]] = {
        name: () for name, found in checked.static_lists.items() if found.keys is None}
    given.update(case.lists)
    return tuple(sorted(given.items()))


def case_checked(suite: Suite, index: int) -> CheckedProject:
    """The suite's checked project with the static lists of its case ``index``
    (what every definition of the membership table reads)."""
    return _with_lists(suite.checked, _case_lists(suite, index))


def _with_lists(checked: CheckedProject, lists: tuple[tuple[str, tuple[str, ...]], ...]
                ) -> CheckedProject:
    if not lists:
        return checked
    static = dict(checked.static_lists)
    for name, keys in lists:
        static[name] = StaticList(static[name].source, keys)
    return replace(checked, static_lists=static)


@functools.cache
def _compiled(project: Path, dialect: str, as_of: dt.datetime | None, zoning: Zoning | None,
              lists: tuple[tuple[str, tuple[str, ...]], ...], entity: str,
              names: tuple[str, ...] | None = None) -> str:
    """Compiled once per as-of, lists, entity and definitions (default: all): many
    cases share one."""
    checked = _with_lists(load_suite(project).checked, lists).for_entity(entity)
    context = DEFAULT if zoning is None else fixture_time_context(checked.schema, zoning)
    chosen = default_names(checked) if names is None else list(names)
    return compile_membership(checked, dialect, as_of, chosen, context=context)
