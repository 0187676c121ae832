"""Golden SQL for the example project, per dialect (reviewed by eye, kept stable).

Regenerate after an intended change with ``SEGDSL_UPDATE_GOLDEN=1 python -m pytest
tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import sqlglot

from segdsl.compile.api import DIALECTS, compile_membership, compile_segment
from segdsl.workspace import load_workspace

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
UPDATE = os.environ.get("SEGDSL_UPDATE_GOLDEN") == "1"

_workspace = load_workspace(ROOT / "examples" / "shop")
assert _workspace.checked is not None and _workspace.ok
CHECKED = _workspace.checked
TARGETS = ["__all__", *CHECKED.segments]


def _compile(dialect: str, target: str) -> str:
    if target == "__all__":
        return compile_membership(CHECKED, dialect, AS_OF)
    return compile_segment(CHECKED, target, dialect, AS_OF)


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("target", TARGETS)
def test_golden_sql(dialect: str, target: str) -> None:
    sql = _compile(dialect, target) + "\n"
    path = GOLDEN / dialect / f"{target.strip('_')}.sql"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with SEGDSL_UPDATE_GOLDEN=1"
    assert sql == path.read_text(encoding="utf-8"), (
        f"{path} changed; review and regenerate with SEGDSL_UPDATE_GOLDEN=1"
    )


@pytest.mark.parametrize("dialect", DIALECTS)
def test_golden_files_parse_in_their_dialect(dialect: str) -> None:
    files = sorted((GOLDEN / dialect).glob("*.sql"))
    assert len(files) == len(TARGETS)
    for path in files:
        text = path.read_text(encoding="utf-8")
        if dialect == "mysql":
            # The collation name sits in executable comments (one per server), which
            # sqlglot's tokenizer drops: parse it as one of the two names.
            from segdsl.compile.dialects.mysql import parseable

            text = parseable(text)
        parsed = sqlglot.parse_one(text, read=dialect)
        assert parsed.find(sqlglot.exp.Select) is not None, path


def test_no_stale_golden_files() -> None:
    wanted = {f"{t.strip('_')}.sql" for t in TARGETS}
    for dialect in DIALECTS:
        present = {p.name for p in (GOLDEN / dialect).glob("*.sql")}
        assert present == wanted, dialect
