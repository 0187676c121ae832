"""Moving a compiled membership query to another as-of without compiling again.

``segdsl report`` measures sizes at many instants; it compiles the membership once
and swaps the as-of literal (:func:`segdsl.compile.api.at_as_of`).  That is only
right if the swapped query is, text for text, the query the compiler writes for
the other instant.  Checked here for the example project and the conformance
corpus (every construct of the language), on DuckDB and PostgreSQL, for month
ends, a leap day, a year boundary and instants with seconds and microseconds; and
from an as-of that equals an instant written in a definition
(``between 2026-03-01T00:00:00Z and 2026-03-31T00:00:00Z`` in
tests/conformance/segments/windows.seg), which must stay as written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from segdsl.analysis.attrition import plan_attrition
from segdsl.check.checker import CheckedProject
from segdsl.compile.api import at_as_of, compile_membership, membership_expression, render_sql
from segdsl.workspace import load_workspace

ROOT = Path(__file__).resolve().parent.parent
UTC = dt.UTC
PROJECTS = {"shop": ROOT / "examples" / "shop", "conformance": ROOT / "tests" / "conformance"}
INSTANTS = [
    dt.datetime(2026, 1, 31, 23, 59, 59, tzinfo=UTC),
    dt.datetime(2024, 2, 29, 12, 0, tzinfo=UTC),     # leap day
    dt.datetime(2025, 12, 31, 23, 0, tzinfo=UTC),    # year end
    dt.datetime(2026, 3, 29, 1, 30, 15, 250000, tzinfo=UTC),  # CET's DST night
    dt.datetime(2026, 4, 30, tzinfo=UTC),
]
# Equal to an instant written in windows.seg: a swap by value would move it too.
WRITTEN = dt.datetime(2026, 3, 31, tzinfo=UTC)


def _checked(name: str) -> CheckedProject:
    workspace = load_workspace(PROJECTS[name])
    assert workspace.checked is not None and workspace.ok
    return workspace.checked


_CACHE: dict[str, CheckedProject] = {}


def checked(name: str) -> CheckedProject:
    if name not in _CACHE:
        _CACHE[name] = _checked(name)
    return _CACHE[name]


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
@pytest.mark.parametrize("project", sorted(PROJECTS))
@pytest.mark.parametrize("start", [WRITTEN, INSTANTS[0]], ids=["written", "month-end"])
def test_swapped_query_is_the_compiled_query(project: str, dialect: str,
                                             start: dt.datetime) -> None:
    project_checked = checked(project)
    tree = membership_expression(project_checked, dialect, start)
    for instant in [*INSTANTS, WRITTEN]:
        swapped = render_sql(at_as_of(tree, dialect, instant), dialect, pretty=True)
        assert swapped == compile_membership(project_checked, dialect, instant), instant
    # the swap copies: the original still renders as compiled at ``start``
    assert render_sql(tree, dialect, pretty=True) == compile_membership(
        project_checked, dialect, start)


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
def test_swap_with_hidden_attrition_segments_and_a_subset(dialect: str) -> None:
    """The report's own queries: a project extended with the hidden attrition
    segments, and a subset of names."""
    plan = plan_attrition(checked("shop"), list(checked("shop").segments))
    names = [*plan.segments, *plan.hidden]
    tree = membership_expression(plan.checked, dialect, INSTANTS[0], names)
    for instant in INSTANTS[1:]:
        assert render_sql(at_as_of(tree, dialect, instant), dialect, pretty=True) == \
            compile_membership(plan.checked, dialect, instant, names)


def test_written_instant_is_not_moved() -> None:
    """windows.seg writes 2026-03-31T00:00:00Z; compiled at that as-of and moved
    away, the literal is still in the query (and the as-of is not)."""
    project_checked = checked("conformance")
    tree = membership_expression(project_checked, "duckdb", WRITTEN)
    moved = render_sql(at_as_of(tree, "duckdb", INSTANTS[0]), "duckdb")
    assert "2026-03-31 00:00:00" in moved
    assert "2026-01-31 23:59:59" in moved
    unchanged = dataclasses.replace(project_checked)  # the project is not touched
    assert compile_membership(unchanged, "duckdb", WRITTEN) == render_sql(tree, "duckdb",
                                                                         pretty=True)
