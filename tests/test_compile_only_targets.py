"""The compile-only targets (Snowflake, Redshift, Trino): no engine runs their SQL
here (README.md, "Targets"), so every query the conformance corpus compiles to must
at least be SQL their dialect parses back, free of the constructs the engine lacks.

Each project of the cross-engine corpus (tests/test_cross_engine.py's PROJECTS),
each entity's membership table of every definition, compiled without knowing the
time columns' zoning (as ``compile`` does), and the corpus knowing them stored zoned and naive (as
``run`` would): parsed by sqlglot in the target's dialect; each segment of the
corpus on its own too (``compile --segment``).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest
import sqlglot
from sqlglot import exp

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import compile_membership, compile_segment
from segdsl.compile.pipeline import default_names
from segdsl.engines import fixture_time_context
from segdsl.timecontext import DEFAULT, Zoning
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
PROJECTS = {"conformance": REPO / "tests" / "conformance",
            "conformance_accounts": REPO / "tests" / "conformance_accounts",
            "shop": REPO / "examples" / "shop",
            "berlin": REPO / "tests" / "conformance_zones" / "berlin",
            "new_york": REPO / "tests" / "conformance_zones" / "new_york"}
TARGETS = ["snowflake", "redshift", "trino"]
AS_OF = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)


@functools.cache
def _checked(project: str) -> CheckedProject:
    workspace = load_workspace(PROJECTS[project])
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    return workspace.checked


def _lacks(dialect: str, tree: exp.Expression) -> list[str]:
    """Constructs of the parsed SQL the engine does not have (each dialect's
    docstring in segdsl/compile/dialects/ says why)."""
    found: list[str] = []
    if dialect == "redshift":
        # No FILTER clause, no UNNEST of an array, no arrays but SUPER.
        kinds = (exp.Filter, exp.Unnest, exp.ArrayOverlaps, exp.ArrayContainsAll, exp.IntDiv,
                 exp.StartsWith, exp.EndsWith)
    elif dialect == "trino":
        # `&&` is not Trino's; DIV is not a function there.
        kinds = (exp.ArrayOverlaps, exp.ArrayContainsAll, exp.IntDiv, exp.EndsWith)
    else:
        kinds = (exp.Filter,)
    for kind in kinds:
        found += [node.sql(dialect) for node in tree.find_all(kind)]
    return found


def _parsed(dialect: str, sql: str) -> exp.Expression:
    tree = sqlglot.parse_one(sql, read=dialect)
    assert isinstance(tree, exp.Query), sql[:200]
    assert tree.find(exp.Select) is not None
    return tree


# Every project as ``compile`` writes it; the corpus also as ``run`` would, knowing
# its time columns stored zoned or naive (the only SQL that knowing changes).
CASES = [pytest.param(project, None, id=f"{project}-unknown") for project in PROJECTS] + [
    pytest.param("conformance", zoning, id=f"conformance-{zoning.name.lower()}")
    for zoning in (Zoning.ZONED, Zoning.NAIVE)]


@pytest.mark.parametrize(("project", "zoning"), CASES)
@pytest.mark.parametrize("dialect", TARGETS)
def test_every_membership_query_parses_back(dialect: str, project: str,
                                            zoning: Zoning | None) -> None:
    checked = _checked(project)
    for entity in checked.schema.entity_names():
        view = checked.for_entity(entity)
        names = default_names(view)
        assert names, (project, entity)
        context = DEFAULT if zoning is None else fixture_time_context(view.schema, zoning)
        sql = compile_membership(view, dialect, AS_OF, names, context=context)
        tree = _parsed(dialect, sql)
        assert _lacks(dialect, tree) == []
        # Every definition is a column of the one query.
        selected = [select.alias_or_name for select in tree.selects]
        assert selected[-len(names):] == [
            n.upper() if dialect == "snowflake" and n.islower() else n for n in names]


@pytest.mark.parametrize("dialect", TARGETS)
def test_every_segment_query_parses_back(dialect: str) -> None:
    checked = _checked("conformance")
    assert checked.segments
    for name in checked.segments:
        tree = _parsed(dialect, compile_segment(checked, name, dialect, AS_OF))
        assert _lacks(dialect, tree) == [], name
