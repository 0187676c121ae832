"""`segdsl materialize --db snowflake://...` end to end, on fakesnow.

The demo data is copied into fakesnow as tests/test_snowflake_run.py copies it
(its ``shop`` fixture, imported: the connector patched, 100 customers).  What this
proves: the Snowflake target speaks the connector's API, its statements parse and
run after fakesnow's rewriting into DuckDB, the job's checks (schema, history
columns) read Snowflake's INFORMATION_SCHEMA and result descriptions as the
target expects, and the table holds what ``run --all`` prints.  What it does not
prove (docs/materialize.md): Snowflake's own atomicity of CREATE OR REPLACE, its
locking of concurrent DML, its type derivation for the compiled SELECT.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cli_project import run
from click.testing import Result
from materialize_project import EXTRA_SEGMENT, add_segment
from test_snowflake_run import CUSTOMERS, URL, shop

from segdsl.materialize.layout import AS_OF_COLUMN

__all__ = ["shop"]  # the fixture, imported: the demo data in fakesnow

AS_OF = "2026-11-01T09:30:00Z"
LATER = "2026-11-01T10:00:00Z"
EXTRA = EXTRA_SEGMENT.split()[1]


def _all(sql: str) -> list[tuple[Any, ...]]:
    import snowflake.connector

    with snowflake.connector.connect(database="SEGDSL_TEST", schema="SHOP") as connection:
        cursor = connection.cursor()
        cursor.execute(sql)
        return [tuple(row) for row in cursor.fetchall()]


@pytest.fixture
def project(shop: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of examples/shop (to add a definition to); every schema but SHOP's
    data dropped after."""
    copy = tmp_path / "shop"
    shutil.copytree(Path(__file__).resolve().parents[1] / "examples" / "shop", copy,
                    ignore=shutil.ignore_patterns("tests", "data"))
    yield copy
    for (name,) in _all("SELECT table_name FROM information_schema.tables WHERE "
                        "table_name LIKE 'SEGDSL_MEMBERSHIP%'"):
        _all(f'DROP TABLE IF EXISTS SHOP."{name}"')
    _all("DROP SCHEMA IF EXISTS SEGDSL_TEST.MARTS")


def _materialize(project: Path, *args: str) -> Result:
    return run(["materialize", "--project", str(project), "--db", URL, *args])


def test_table_and_snapshots_are_what_run_computes(project: Path) -> None:
    first = _materialize(project, "--as-of", AS_OF, "--snapshot")
    assert first.exit_code == 0, first.output
    lines = first.stderr.splitlines()
    assert len(lines) == 2, first.stderr
    assert lines[0].startswith(f"wrote shop.segdsl_membership: {CUSTOMERS} rows, ")
    assert lines[0].endswith(", as of 2026-11-01T09:30:00Z")
    assert lines[1] == "snapshot 2026-11-01T09:30:00Z in shop.segdsl_membership_history"

    printed = run(["run", "--all", "--project", str(project), "--db", URL, "--as-of", AS_OF,
                   "--format", "csv"])
    assert printed.exit_code == 0, printed.output
    rows = list(csv.reader(io.StringIO(printed.stdout)))
    header = [name.lower() for name, *_ in _all(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'SHOP' "
        "AND table_name = 'SEGDSL_MEMBERSHIP' ORDER BY ordinal_position")]
    assert rows[0] == header
    table = _all("SELECT * FROM SHOP.SEGDSL_MEMBERSHIP ORDER BY CUSTOMER_ID")
    assert [_shown(row) for row in table] == sorted(rows[1:], key=lambda row: row[0])

    # The same as-of again replaces that snapshot; a later one is kept beside it.
    for as_of in (AS_OF, LATER):
        assert _materialize(project, "--as-of", as_of, "--snapshot").exit_code == 0
    assert _all(f"SELECT {AS_OF_COLUMN}, count(*) FROM SHOP.SEGDSL_MEMBERSHIP_HISTORY "
                "GROUP BY 1 ORDER BY 1") == [(_instant(AS_OF), CUSTOMERS),
                                              (_instant(LATER), CUSTOMERS)]
    kinds = dict(_all("SELECT column_name, data_type FROM information_schema.columns "
                      "WHERE table_name = 'SEGDSL_MEMBERSHIP_HISTORY'"))
    assert kinds["SEGDSL_AS_OF"] == "TIMESTAMP_TZ"
    assert kinds["VIP"] == "BOOLEAN"
    # `changes` on Snowflake finds the history under the names materialize wrote.
    changes = run(["changes", "--all", "--project", str(project), "--db", URL, "--from",
                   AS_OF, "--to", LATER, "--format", "csv"])
    assert changes.exit_code == 0, changes.output
    assert changes.stderr.splitlines()[0] == (
        f"changes {AS_OF} to {LATER}: from the snapshots of {AS_OF} and {LATER} in "
        "segdsl_membership_history")


def test_a_definition_added_becomes_a_history_column(project: Path) -> None:
    assert _materialize(project, "--as-of", AS_OF, "--snapshot").exit_code == 0
    add_segment(project)
    result = _materialize(project, "--as-of", LATER, "--snapshot")
    assert result.exit_code == 0, result.output
    assert _all(f"SELECT {AS_OF_COLUMN}, count(*), count({EXTRA.upper()}) FROM "
                "SHOP.SEGDSL_MEMBERSHIP_HISTORY GROUP BY 1 ORDER BY 1") == [
        (_instant(AS_OF), CUSTOMERS, 0), (_instant(LATER), CUSTOMERS, CUSTOMERS)]


def test_a_hand_changed_history_column_is_refused(project: Path) -> None:
    _all("CREATE SCHEMA SEGDSL_TEST.MARTS")
    _all("CREATE TABLE MARTS.SEGDSL_MEMBERSHIP_HISTORY "
         "(SEGDSL_AS_OF TIMESTAMP_TZ, CUSTOMER_ID TEXT, VIP TEXT)")
    result = _materialize(project, "--as-of", AS_OF, "--snapshot", "--schema", "marts")
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: the column vip of marts.segdsl_membership_history is TEXT, but the "
        "membership table's is BOOLEAN (its definition changed kind, or the column was "
        "changed by hand); rename or drop that column of the history table, nothing was "
        "written\n")
    assert _all("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                "'MARTS' AND table_name = 'SEGDSL_MEMBERSHIP'") == [(0,)]


def test_a_missing_schema_is_refused(project: Path) -> None:
    result = _materialize(project, "--as-of", AS_OF, "--schema", "nowhere")
    assert result.exit_code == 2, result.output
    assert result.stderr == ("error: the schema nowhere does not exist in this Snowflake "
                             "database; create it first (materialize never creates one)\n")


def _instant(text: str) -> object:
    import datetime as dt

    return dt.datetime.fromisoformat(text)


def _shown(row: tuple[Any, ...]) -> list[str]:
    """A row of the table as `run --format csv` prints it."""
    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, Decimal):  # NUMBER(38, 9): printed without trailing zeros
            return format(value.normalize(), "f")
        return str(value)

    return [cell(value) for value in row]


def test_compile_materialize_statements_make_the_same_tables(project: Path) -> None:
    """What `compile --materialize --dialect snowflake` prints for a scheduler, run
    statement by statement, makes the tables `materialize` makes (same names,
    same rows), so either can feed `changes`."""
    assert _materialize(project, "--as-of", AS_OF).exit_code == 0
    printed = run(["compile", "--materialize", "--dialect", "snowflake", "--project",
                   str(project), "--schema", "marts", "--snapshot", "--as-of", AS_OF])
    assert printed.exit_code == 0, printed.output
    _all("CREATE SCHEMA SEGDSL_TEST.MARTS")
    import snowflake.connector

    # One session, as a scheduler runs them (BEGIN ... COMMIT span statements).
    with snowflake.connector.connect(database="SEGDSL_TEST", schema="SHOP",
                                     autocommit=True) as connection:
        cursor = connection.cursor()
        for statement in printed.stdout.split(";\n"):
            if statement.strip():
                cursor.execute(statement)
    expected = _all("SELECT * FROM SHOP.SEGDSL_MEMBERSHIP ORDER BY CUSTOMER_ID")
    assert _all("SELECT * FROM MARTS.SEGDSL_MEMBERSHIP ORDER BY CUSTOMER_ID") == expected
    assert _all(f"SELECT {AS_OF_COLUMN}, count(*) FROM MARTS.SEGDSL_MEMBERSHIP_HISTORY "
                "GROUP BY 1") == [(_instant(AS_OF), CUSTOMERS)]
