"""Golden SQL for the forms of the language's second edition, per dialect.

The example project (tests/test_golden.py) keeps to the first edition, so the new
forms get their golden SQL from the conformance corpus: for each file of new forms,
the membership query of that file's definitions, per dialect. A change of the SQL
of a new form shows here as a diff to review; the cross-engine tests tell whether it
still gives the same members.

Regenerate after an intended change with ``SEGDSL_UPDATE_GOLDEN=1 python -m pytest
tests/test_golden_edition2.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import sqlglot

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import DIALECTS, compile_membership
from segdsl.deep import run_deep
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source
from segdsl.workspace import load_workspace

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "edition2"
AS_OF = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
UPDATE = os.environ.get("SEGDSL_UPDATE_GOLDEN") == "1"

# (project folder, file of new forms) -> golden name.  Only a few of the case-folding
# definitions: each folded column carries the folding table's literals (docs/semantics.md,
# "Ignoring case"), and one of each kind shows the shape.
SOME = {"case_folding": ["cf_eq_strasse", "cf_country_in", "cf_has_sku", "cf_email_is_country"]}
FILES = {
    ("conformance", "anchored.seg"): "anchored",
    ("conformance", "case_folding.seg"): "case_folding",
    ("conformance", "lists.seg"): "lists",
    ("conformance", "percentages.seg"): "percentages",
    ("conformance", "regularity.seg"): "regularity",
    ("conformance", "static_lists.seg"): "static_lists",
    ("conformance", "event_groups.seg"): "event_groups",
    ("conformance_zones/berlin", "zone.seg"): "zone_berlin",
    ("conformance_accounts", "accounts.seg"): "accounts",
}
# The entity a file's definitions are about (several entities, SPEC 11); the
# default entity otherwise.
ENTITY = {"accounts": "account"}

_checked: dict[str, CheckedProject] = {}


def _project(folder: str) -> CheckedProject:
    if folder not in _checked:
        workspace = load_workspace(ROOT / "tests" / folder)
        assert workspace.checked is not None and workspace.ok, workspace.diagnostics
        _checked[folder] = workspace.checked
    return _checked[folder]


def _definitions(folder: str, file: str) -> list[str]:
    path = ROOT / "tests" / folder / "segments" / file
    parsed = parse_source(path.read_text(encoding="utf-8"), str(path))
    # Named events are not columns of the membership table: the definitions using
    # them show their SQL.
    names = [d.name for d in parsed.declarations
             if isinstance(d, ast.SegmentDecl | ast.SegmentationDecl | ast.MetricDecl)]
    assert names, path
    return names


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(("folder", "file"), list(FILES), ids=list(FILES.values()))
def test_golden_sql_of_new_forms(dialect: str, folder: str, file: str) -> None:
    name = FILES[folder, file]
    checked = _project(folder)
    if name in ENTITY:
        checked = checked.for_entity(ENTITY[name])
    names = SOME.get(name) or _definitions(folder, file)
    assert set(names) <= set(_definitions(folder, file))
    sql = compile_membership(checked, dialect, AS_OF, names) + "\n"
    path = GOLDEN / dialect / f"{name}.sql"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with SEGDSL_UPDATE_GOLDEN=1"
    assert sql == path.read_text(encoding="utf-8"), (
        f"{path} changed; review and regenerate with SEGDSL_UPDATE_GOLDEN=1"
    )
    if dialect == "mysql":  # its collation sits in executable comments sqlglot drops
        from segdsl.compile.dialects.mysql import parseable

        sql = parseable(sql)
    # MySQL's folding table is nested REPLACE calls, deeper than Python's default
    # stack lets sqlglot's parser go.
    text = sql
    parsed = run_deep(lambda: sqlglot.parse_one(text, read=dialect), name="parse",
                      recursion_limit=50_000)
    assert parsed.find(sqlglot.exp.Select) is not None


def test_no_stale_golden_files() -> None:
    wanted = {f"{name}.sql" for name in FILES.values()}
    for dialect in DIALECTS:
        present = {p.name for p in (GOLDEN / dialect).glob("*.sql")}
        assert present == wanted, dialect
