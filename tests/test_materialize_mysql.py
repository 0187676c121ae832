"""``segdsl materialize`` on a real MariaDB/MySQL server (docs/materialize.md):
the table is what ``run --all`` computes, with conditions stored as
``tinyint(1)``; snapshots are idempotent, a definition added adds a column, a
reader in another session never fails nor sees a partial table while the table
is swapped again and again (``RENAME TABLE``), and ``changes`` reads two MySQL
snapshots as it evaluates."""

from __future__ import annotations

import csv
import io
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from cli_project import run
from engine_targets import DB_SUFFIX, mysql_server_url, unavailable
from materialize_project import (
    AS_OF,
    AS_OF_TEXT,
    CUSTOMERS,
    LATER,
    LATER_TEXT,
    add_segment,
    checked,
    demo_rows,
    shop_copy,
)

from segdsl.compile.api import compile_membership
from segdsl.engines import schema_tables

DATABASE = "segdsl_materialize" + DB_SUFFIX


def _connect(database: str | None = DATABASE) -> Any:
    import pymysql

    from segdsl.engines.mysql_engine import connect_arguments

    arguments = connect_arguments(mysql_server_url())
    arguments.pop("database", None)
    if database is not None:
        arguments["database"] = database
    return pymysql.connect(**arguments, charset="utf8mb4", autocommit=True,
                           init_command="SET time_zone = '+00:00'")


def _all(sql: str) -> list[tuple[Any, ...]]:
    connection = _connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return [tuple(row) for row in cursor.fetchall()]
    finally:
        connection.close()


def _url(database: str = DATABASE) -> str:
    return urlunsplit(urlsplit(mysql_server_url())._replace(path="/" + database))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """examples/shop reading the demo's rows from real tables of DATABASE."""
    try:
        import pymysql
    except ImportError:
        unavailable("pymysql is not installed (pip install 'segdsl[mysql]')")
    from segdsl.engines.mysql_engine import ColumnTypes, _to_parameter

    try:
        server = _connect(None)
    except pymysql.Error as error:
        unavailable(f"MySQL at {mysql_server_url()} is not available: {error}")
    project = shop_copy(tmp_path_factory.mktemp("mysql"), duckdb_data=False)
    layout, rows = schema_tables(checked(project).schema), demo_rows(project)
    schema = project / "schema.yml"
    schema.write_text(schema.read_text().replace("table: shop.", "table: "))
    types = ColumnTypes()
    try:
        with server.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{DATABASE}`")
            cursor.execute(f"CREATE DATABASE `{DATABASE}` CHARACTER SET utf8mb4")
            for name, columns in layout.items():
                table = f"`{DATABASE}`.`{name.split('.')[1]}`"
                cursor.execute(f"CREATE TABLE {table} (" + ", ".join(
                    f"`{column}` {types.sql_type(kind)}" for column, kind in columns.items())
                    + ")")
                if rows.get(name):
                    cursor.executemany(
                        f"INSERT INTO {table} ({', '.join(f'`{c}`' for c in columns)}) "
                        f"VALUES ({', '.join('%s' for _ in columns)})",
                        [tuple(_to_parameter(row.get(column)) for column in columns)
                         for row in rows[name]])
    finally:
        server.close()
    yield project
    _execute_on_server(f"DROP DATABASE IF EXISTS `{DATABASE}`")


def _execute_on_server(sql: str) -> None:
    connection = _connect(None)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


@pytest.fixture(autouse=True)
def _clean(project: Path) -> None:
    """Each test starts without the tables materialize writes."""
    for (name,) in _all("SHOW TABLES LIKE 'segdsl\\_membership%'"):
        _all(f"DROP TABLE `{name}`")


def _materialize(project: Path, *args: str) -> Any:
    return run(["materialize", "--project", str(project), "--db", _url(), *args])


def test_the_table_is_what_run_computes(project: Path) -> None:
    result = _materialize(project, "--as-of", AS_OF_TEXT)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        f"wrote {DATABASE}.segdsl_membership: {CUSTOMERS} rows, ")
    table = sorted(_all("SELECT * FROM segdsl_membership"))
    assert sorted(_all(compile_membership(checked(project), "mysql", AS_OF))) == table
    # The same rows as `run --all` prints them.
    printed = run(["run", "--all", "--project", str(project), "--db", _url(), "--as-of",
                   AS_OF_TEXT, "--format", "csv"])
    assert printed.exit_code == 0, printed.output
    lines = list(csv.reader(io.StringIO(printed.stdout)))
    columns = [row[0] for row in _all("SHOW COLUMNS FROM segdsl_membership")]
    assert lines[0] == columns
    shown = {"1": "true", "0": "false", "None": ""}
    vip = columns.index("vip")
    assert sorted((row[0], row[vip]) for row in lines[1:]) == [
        (str(row[0]), shown[str(row[vip])]) for row in table]
    types = {row[0]: row[1] for row in _all("SHOW COLUMNS FROM segdsl_membership")}
    assert types["vip"] == "tinyint(1)"
    assert types["persona"] == "text"
    assert _all("SHOW TABLES LIKE 'segdsl\\_membership\\_\\_%'") == []


def test_snapshots_are_idempotent_and_typed(project: Path) -> None:
    for as_of in (AS_OF_TEXT, AS_OF_TEXT, LATER_TEXT):
        result = _materialize(project, "--as-of", as_of, "--snapshot")
        assert result.exit_code == 0, result.output
    naive = [instant.replace(tzinfo=None) for instant in (AS_OF, LATER)]
    assert _all("SELECT segdsl_as_of, count(*) FROM segdsl_membership_history "
                "GROUP BY 1 ORDER BY 1") == [(naive[0], CUSTOMERS), (naive[1], CUSTOMERS)]
    history = _all("SHOW FULL COLUMNS FROM segdsl_membership_history")
    assert history[0][:2] == ("segdsl_as_of", "datetime(6)")
    membership = _all("SHOW FULL COLUMNS FROM segdsl_membership")
    assert [row[:3] for row in history[1:]] == [row[:3] for row in membership]
    assert [row[0] for row in history if row[4] == "PRI"] == ["segdsl_as_of", "customer_id"]


def test_a_definition_added_adds_a_column(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / "shop"
    shutil.copytree(project, copy)
    assert _materialize(copy, "--as-of", AS_OF_TEXT, "--snapshot").exit_code == 0
    add_segment(copy)
    result = _materialize(copy, "--as-of", LATER_TEXT, "--snapshot")
    assert result.exit_code == 0, result.output
    assert _all("SELECT segdsl_as_of, count(materialize_extra) FROM "
                "segdsl_membership_history GROUP BY 1 ORDER BY 1") == [
        (AS_OF.replace(tzinfo=None), 0), (LATER.replace(tzinfo=None), CUSTOMERS)]
    assert ("materialize_extra", "tinyint(1)") in [
        row[:2] for row in _all("SHOW COLUMNS FROM segdsl_membership")]


def test_a_reader_never_fails_nor_sees_a_partial_table(project: Path) -> None:
    assert _materialize(project, "--as-of", AS_OF_TEXT).exit_code == 0
    seen: list[object] = []
    stop = threading.Event()

    def read() -> None:
        connection = _connect()
        try:
            with connection.cursor() as cursor:
                while not stop.is_set():
                    try:
                        cursor.execute("SELECT count(*), count(DISTINCT customer_id) "
                                       "FROM segdsl_membership")
                        seen.append(cursor.fetchone())
                    except Exception as error:  # any failure is what the test looks for
                        seen.append(error)
        finally:
            connection.close()

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for as_of in (LATER_TEXT, AS_OF_TEXT, LATER_TEXT):
            result = _materialize(project, "--as-of", as_of, "--snapshot")
            assert result.exit_code == 0, result.output
    finally:
        stop.set()
        reader.join()
    assert len(seen) > 10
    assert set(map(repr, seen)) == {repr((CUSTOMERS, CUSTOMERS))}


def test_changes_reads_two_mysql_snapshots(project: Path) -> None:
    for as_of in (AS_OF_TEXT, LATER_TEXT):
        assert _materialize(project, "--as-of", as_of, "--snapshot").exit_code == 0

    def changes() -> Any:
        result = run(["changes", "--all", "--project", str(project), "--db", _url(),
                      "--from", AS_OF_TEXT, "--to", LATER_TEXT, "--format", "csv"])
        assert result.exit_code == 0, result.output
        return result

    from_snapshots = changes()
    assert "from the snapshots of" in from_snapshots.stderr
    assert from_snapshots.stdout.count("\n") > 1  # the demo's day changes something
    _all("RENAME TABLE segdsl_membership_history TO segdsl_aside")
    try:
        evaluated = changes()
    finally:
        _all("RENAME TABLE segdsl_aside TO segdsl_membership_history")
    assert "evaluated at both instants" in evaluated.stderr
    assert from_snapshots.stdout == evaluated.stdout


def test_a_missing_database(project: Path) -> None:
    result = _materialize(project, "--schema", "segdsl_no_such_database" + DB_SUFFIX)
    assert result.exit_code == 2
    assert result.stderr == (f"error: the schema segdsl_no_such_database{DB_SUFFIX} does "
                             "not exist in this MySQL/MariaDB database; create it first "
                             "(materialize never creates one)\n")



def test_a_failed_snapshot_insert_keeps_that_snapshot(project: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot's DELETE and INSERT are one transaction: an INSERT refused
    after the DELETE leaves the snapshot there; running again writes it."""
    from segdsl.engines import EngineError
    from segdsl.materialize.mysql_target import MySQLTarget

    assert _materialize(project, "--as-of", AS_OF_TEXT, "--snapshot").exit_code == 0
    original = MySQLTarget.run

    def refused(self: MySQLTarget, statement: Any) -> None:
        if statement.key == "insert" and "history" in statement.this.sql():
            raise EngineError("MySQL: refused for the test")
        original(self, statement)

    monkeypatch.setattr(MySQLTarget, "run", refused)
    result = _materialize(project, "--as-of", AS_OF_TEXT, "--snapshot")
    assert result.exit_code == 2
    assert result.stderr == "error: MySQL: refused for the test\n"
    assert _all("SELECT count(*) FROM segdsl_membership_history") == [(CUSTOMERS,)]
    assert _all("SHOW TABLES LIKE 'segdsl\\_membership\\_\\_%'") == []
    monkeypatch.setattr(MySQLTarget, "run", original)
    assert _materialize(project, "--as-of", AS_OF_TEXT, "--snapshot").exit_code == 0
    assert _all("SELECT count(*) FROM segdsl_membership_history") == [(CUSTOMERS,)]
