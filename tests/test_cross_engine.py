"""One corpus, every engine: the conformance corpus and the example project's
fixture cases run on DuckDB, PostgreSQL (UTC session with ``timestamp`` columns,
and America/New_York session with ``timestamptz`` and ``numeric`` columns; both
kinds of time column again compiled knowing their zoning, as ``run`` compiles) and
ZetaSQL (BigQuery) and ClickHouse (chdb), and must give the same results everywhere
(tests/engine_targets.py).

Two checks per case and engine:

* the case passes: its expectations hold (SPEC 8);
* the whole membership table (every segment, segmentation and metric of the
  project, not only those the case lists) equals DuckDB's, row by row, each value
  of its definition's type and compared exactly (tests/typed_tables.py: integers
  as ``int``, numbers as exact ``Decimal``, instants as UTC).

Run only this suite: ``python -m pytest tests/test_cross_engine.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from engine_targets import REPO, TARGETS, Suite, Target, as_stored, load_suite, run_query
from typed_tables import TypedTable, typed_table

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import compile_membership
from segdsl.compile.pipeline import default_names
from segdsl.engines import Engine, fixture_time_context
from segdsl.harness.runner import run_fixture_cases
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
                     index: int) -> None:
    """A case ``target`` is known to fail on (``Target.diverges``, conformance
    cases by "file.yml:line") is an expected failure, strictly: a fix shows.  (The
    whole-table comparison needs no marks: it runs DuckDB on the rows as the
    target stores them, see engine_targets.as_stored.)"""
    if project != PROJECTS["conformance"]:
        return
    case = load_suite(project).cases[index]
    where = f"{Path(case.file).name}:{case.span.line}"
    for known, reason in target.diverges:
        if known == where:
            request.node.add_marker(pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize("target", TARGET_PARAMS)
@pytest.mark.parametrize(("project", "index"), CASES)
def test_case_passes(project: Path, index: int, target: Target,
                     request: pytest.FixtureRequest) -> None:
    _mark_divergence(request, target, project, index)
    suite = load_suite(project)
    case = suite.cases[index]
    factory = target.open()
    [result] = run_fixture_cases(suite.checked, [case], sql_for=target.sql_for(),
                                 engine_factory=factory)
    assert result.error is None, result.error
    assert result.passed, "\n".join(result.failures)


@pytest.mark.parametrize("target", OTHER_TARGETS)
@pytest.mark.parametrize(("project", "index"), CASES)
def test_same_membership_table_as_duckdb(project: Path, index: int, target: Target) -> None:
    suite = load_suite(project)
    # One membership table per entity (SPEC 11; a single-entity project has one).
    for entity in suite.checked.schema.entity_names():
        factory = target.open()
        expected = _duckdb_table(project, index, entity, target.stores_missing_lists)
        view = suite.checked.for_entity(entity)
        columns, rows = _membership_table(factory, project, target, index, entity)
        table = typed_table(view, columns, rows)
        assert not expected.problems, f"duckdb: {expected.problems}"
        assert not table.problems, f"{target.name}: {table.problems}"
        assert table.table == expected.table


@functools.cache
def _duckdb_table(project: Path, index: int, entity: str,
                  missing_lists: bool = True) -> TypedTable:
    """DuckDB's membership table of case ``index``; with ``missing_lists`` False,
    of its rows as an engine without NULL lists stores them (as_stored)."""
    suite = load_suite(project)
    case = suite.cases[index]
    duckdb = TARGETS[0]
    view = suite.checked.for_entity(entity)
    sql = _membership_sql(project, "duckdb", case.as_of, None, index, entity)
    stored = as_stored(view, case, replace(duckdb, stores_missing_lists=missing_lists))
    columns, rows = run_query(duckdb.open(), view, stored, sql)
    return typed_table(view, columns, rows)


def _membership_table(factory: Callable[[], Engine], project: Path, target: Target,
                      index: int, entity: str) -> tuple[list[str], list[tuple[object, ...]]]:
    """The membership table of every definition of ``entity`` on ``target``: one
    query, or (``Target.batch_limit``) one per chunk of definitions, their columns
    put side by side by key in the order of the whole table."""
    suite = load_suite(project)
    view = suite.checked.for_entity(entity)
    case = as_stored(view, suite.cases[index], target)
    limit = target.batch_limit
    names = default_names(view)
    if limit is None or len(names) <= limit:
        sql = _membership_sql(project, target.dialect, case.as_of, target.zoning, index, entity)
        return run_query(factory, view, case, sql)
    lists = _case_lists(suite, index)
    engine = factory()
    try:
        engine.load_tables(view.schema, case.tables)
        columns: list[str] = []
        by_key: dict[object, list[object]] = {}
        for start in range(0, len(names), limit):
            sql = _compiled(project, target.dialect, case.as_of, target.zoning, lists, entity,
                            tuple(names[start:start + limit]))
            found, rows = engine.query(sql)
            columns = columns or found[:1]
            columns += found[1:]
            for row in rows:
                by_key.setdefault(row[0], [row[0]]).extend(row[1:])
    finally:
        engine.close()
    return columns, [tuple(row) for row in by_key.values()]


def _membership_sql(project: Path, dialect: str, as_of: dt.datetime | None,
                    zoning: Zoning | None, index: int, entity: str) -> str:
    """The membership table of every definition of ``entity``, knowing the time
    columns' ``zoning`` when it is given, with the static lists the case gives
    (SPEC 11; a table list it does not give is empty: a fixture has no such table)."""
    suite = load_suite(project)
    return _compiled(project, dialect, as_of, zoning, _case_lists(suite, index), entity)


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
