"""One corpus, every engine: the conformance corpus and the example project's
fixture cases run on DuckDB, PostgreSQL (UTC session with ``timestamp`` columns,
and America/New_York session with ``timestamptz`` and ``numeric`` columns; both
kinds of time column again compiled knowing their zoning, as ``run`` compiles),
ZetaSQL (BigQuery) and MariaDB, and must give the same results everywhere
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
from dataclasses import replace
from pathlib import Path

import pytest
from engine_targets import REPO, TARGETS, Suite, Target, load_suite, run_query
from typed_tables import TypedTable, typed_table

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import compile_membership
from segdsl.compile.pipeline import default_names
from segdsl.engines import fixture_time_context
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


# Known divergences, by target and case (docs/types.md, "MySQL and MariaDB"):
# neither MySQL nor MariaDB has TRANSLATE, so `ignoring case` folds text beyond
# Latin Extended-B with the server's LOWER, which keeps the final sigma and the
# capital sharp s (U+1E9E) apart from their foldings and does not fold Cherokee
# small letters to capitals as Unicode simple case folding does.
KNOWN_DIVERGENCES = {
    ("mysql", "conformance/case_folding.yml:9"):
        "MySQL LOWER is not simple case folding beyond U+024F (final sigma, U+1E9E)",
    ("mysql", "conformance/case_folding.yml:35"):
        "MySQL LOWER is not simple case folding beyond U+024F (Cherokee)",
}


def _known_divergence(request: pytest.FixtureRequest, project: Path, index: int,
                      target: Target) -> None:
    """Mark a known divergence as a strict xfail: it must fail, so a fix shows."""
    case = load_suite(project).cases[index]
    label = next(name for name, path in PROJECTS.items() if path == project)
    reason = KNOWN_DIVERGENCES.get(
        (target.name, f"{label}/{Path(case.file).name}:{case.span.line}"))
    if reason is not None:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize("target", TARGET_PARAMS)
@pytest.mark.parametrize(("project", "index"), CASES)
def test_case_passes(project: Path, index: int, target: Target,
                     request: pytest.FixtureRequest) -> None:
    _known_divergence(request, project, index, target)
    suite = load_suite(project)
    case = suite.cases[index]
    factory = target.open()
    [result] = run_fixture_cases(suite.checked, [case], sql_for=target.sql_for(),
                                 engine_factory=factory)
    assert result.error is None, result.error
    assert result.passed, "\n".join(result.failures)


@pytest.mark.parametrize("target", OTHER_TARGETS)
@pytest.mark.parametrize(("project", "index"), CASES)
def test_same_membership_table_as_duckdb(project: Path, index: int, target: Target,
                                         request: pytest.FixtureRequest) -> None:
    _known_divergence(request, project, index, target)
    suite = load_suite(project)
    case = suite.cases[index]
    # One membership table per entity (SPEC 11; a single-entity project has one).
    for entity in suite.checked.schema.entity_names():
        factory = target.open()
        expected = _duckdb_table(project, index, entity)
        view = suite.checked.for_entity(entity)
        sql = _membership_sql(project, target.dialect, case.as_of, target.zoning, index, entity)
        columns, rows = run_query(factory, view, case, sql)
        table = typed_table(view, columns, rows)
        assert not expected.problems, f"duckdb: {expected.problems}"
        assert not table.problems, f"{target.name}: {table.problems}"
        assert table.table == expected.table


@functools.cache
def _duckdb_table(project: Path, index: int, entity: str) -> TypedTable:
    suite = load_suite(project)
    case = suite.cases[index]
    duckdb = TARGETS[0]
    view = suite.checked.for_entity(entity)
    sql = _membership_sql(project, "duckdb", case.as_of, None, index, entity)
    columns, rows = run_query(duckdb.open(), view, case, sql)
    return typed_table(view, columns, rows)


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
              lists: tuple[tuple[str, tuple[str, ...]], ...], entity: str) -> str:
    """Compiled once per as-of, lists and entity: many cases share one."""
    checked = _with_lists(load_suite(project).checked, lists).for_entity(entity)
    context = DEFAULT if zoning is None else fixture_time_context(checked.schema, zoning)
    return compile_membership(checked, dialect, as_of, default_names(checked),
                              context=context)
