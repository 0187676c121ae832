"""What the `segdsl changes` tests share: the example project with demo data, history
tables written with SQL exactly as `segdsl materialize --snapshot` lays them out
(docs/changes.md), and the changes worked out in Python from two `run --all`s."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cli_project import run
from click.testing import Result

from segdsl.compile.api import compile_membership
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
SHOP = REPO / "examples" / "shop"
DEMO_AS_OF = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 9, 15, 6, 0, tzinfo=dt.UTC)
T2 = dt.datetime(2026, 10, 20, 6, 0, tzinfo=dt.UTC)
HISTORY = "segdsl_membership_history"
Row = tuple[str, ...]

# Two entities (customers by text key, accounts by integer or text key), for the
# tests of --entity and of each entity's own history table (test_changes_projects,
# test_nightly); ENTITIES_SEGMENTATION adds a segmentation of accounts.
ENTITIES_SCHEMA = """\
entities:
  customer:
    default: true
    table: customers
    key: customer_id
    attributes:
      country: string
  account:
    table: accounts
    key: account_id
    attributes:
      tier: {type: string, values: [smb, enterprise]}
"""
ENTITIES_SEGMENTS = """\
segment germans
  where country = "DE"

segment big for account
  where tier = "enterprise"
"""
ENTITIES_SEGMENTATION = """
segmentation size for account
  large: tier = "enterprise"
  small: tier = "smb"
"""


def iso(instant: dt.datetime) -> str:
    return instant.isoformat().replace("+00:00", "Z")


def checked_shop() -> Any:
    workspace = load_workspace(SHOP)
    assert workspace.checked is not None
    return workspace.checked


def definitions() -> list[tuple[str, str]]:
    checked = checked_shop()
    return [*((name, "segment") for name in checked.segments),
            *((name, "segmentation") for name in checked.segmentations)]


def membership_sql(dialect: str, as_of: dt.datetime) -> str:
    """What `run --all --as-of` evaluates: every segment, segmentation and metric."""
    return compile_membership(checked_shop(), dialect, as_of)


def snapshot_statement(dialect: str, as_of: dt.datetime, table: str = HISTORY,
                       *, create: bool) -> str:
    """``CREATE TABLE history AS`` (or ``INSERT INTO history``) the membership at
    ``as_of`` with its ``segdsl_as_of`` first, as `materialize --snapshot` writes it."""
    stamp = f"CAST('{as_of.isoformat(sep=' ')}' AS TIMESTAMPTZ)"
    select = f"SELECT {stamp} AS segdsl_as_of, m.* FROM ({membership_sql(dialect, as_of)}) AS m"
    return f"CREATE TABLE {table} AS {select}" if create else f"INSERT INTO {table} {select}"


def changes(*args: str) -> Result:
    result = run(["changes", "--project", str(SHOP), *args])
    return result


def csv_rows(text: str) -> list[Row]:
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["definition", "kind", "key", "change", "from_label", "to_label"], rows[:1]
    return [tuple(row) for row in rows[1:]]


def ok_rows(*args: str) -> tuple[list[Row], str]:
    """The CSV rows and the stderr of a `changes` run that must succeed."""
    result = changes(*args)
    assert result.exit_code == 0, result.output
    return csv_rows(result.stdout), result.stderr


def ok_json(*args: str) -> dict[str, Any]:
    result = changes(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def membership(db: str, as_of: dt.datetime) -> dict[str, dict[str, str]]:
    """`run --all --format csv` at ``as_of``: key -> column -> text."""
    result = run(["run", "--project", str(SHOP), "--db", db, "--as-of", iso(as_of), "--all",
                  "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    key = checked_shop().schema.key
    return {row[key]: row for row in rows}


def expected_changes(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]],
                     which: Sequence[tuple[str, str]]) -> list[Row]:
    """The change rows worked out from two membership tables, in the documented
    order: definition order, then key by code point."""
    rows: list[Row] = []
    keys = sorted(set(before) | set(after))
    for name, kind in which:
        for key in keys:
            old = (before.get(key) or {}).get(name, "")
            new = (after.get(key) or {}).get(name, "")
            if kind == "segment":
                if (old == "true") != (new == "true"):
                    rows.append((name, kind, key, "entered" if new == "true" else "left", "", ""))
            elif old != new:
                rows.append((name, kind, key, "relabeled", old, new))
    return rows
