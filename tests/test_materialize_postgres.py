"""``segdsl materialize`` on PostgreSQL (docs/materialize.md): the table equals
the compiled membership, snapshots are idempotent, readers in other sessions
never fail or see a partial table (also while a column is added), a killed
connection and a role without rights leave everything as it was."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_project import run
from materialize_project import (
    AS_OF,
    AS_OF_TEXT,
    CUSTOMERS,
    LATER,
    LATER_TEXT,
    add_segment,
    checked,
    scratch_postgres,
    shop_copy,
)

from segdsl.compile.api import compile_membership

psycopg = pytest.importorskip("psycopg")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shop_copy(tmp_path_factory.mktemp("pg"), duckdb_data=False)


@pytest.fixture(scope="module")
def database(project: Path) -> Iterator[str]:
    """A database of its own with the demo's rows, for this module."""
    from engine_targets import DB_SUFFIX, server_url

    with scratch_postgres("segdsl_test_materialize", demo_rows_for=project) as url:
        yield url
    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute("DROP ROLE IF EXISTS segdsl_materialize_nobody" + DB_SUFFIX)


@pytest.fixture
def schema(database: str, request: pytest.FixtureRequest) -> str:
    """An empty schema of the test's own to write to."""
    name = "out_" + request.node.name.split("[")[0][5:40]
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        connection.execute(f'CREATE SCHEMA "{name}"')
    return name


def _all(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url, autocommit=True) as connection:
        return [tuple(row) for row in connection.execute(sql).fetchall()]


def _materialize(project: Path, url: str, *args: str) -> Any:
    return run(["materialize", "--project", str(project), "--db", url, *args])


def _same_rows(url: str, left: str, right: str) -> bool:
    return all(_all(url, f"SELECT count(*) FROM (({a}) EXCEPT ALL ({b})) AS d") == [(0,)]
               for a, b in ((left, right), (right, left)))


def test_the_table_is_the_compiled_membership(project: Path, database: str,
                                              schema: str) -> None:
    result = _materialize(project, database, "--as-of", AS_OF_TEXT, "--schema", schema)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"wrote {schema}.segdsl_membership: {CUSTOMERS} rows, ")
    compiled = compile_membership(checked(project), "postgres", AS_OF)
    assert _same_rows(database, compiled, f'SELECT * FROM "{schema}".segdsl_membership')


def test_the_default_schema_is_the_current_one(project: Path, database: str) -> None:
    result = _materialize(project, database, "--as-of", AS_OF_TEXT)
    assert result.exit_code == 0, result.output
    assert "wrote public.segdsl_membership:" in result.stderr
    assert _all(database, "SELECT count(*) FROM public.segdsl_membership") == [(CUSTOMERS,)]


def test_snapshots_are_idempotent_and_typed(project: Path, database: str, schema: str) -> None:
    for as_of in (AS_OF_TEXT, AS_OF_TEXT, LATER_TEXT):
        result = _materialize(project, database, "--as-of", as_of, "--schema", schema,
                              "--snapshot")
        assert result.exit_code == 0, result.output
    history = f'"{schema}".segdsl_membership_history'
    assert _all(database, f"SELECT segdsl_as_of, count(*) FROM {history} GROUP BY 1 "
                          "ORDER BY 1") == [(AS_OF, CUSTOMERS),
                                            (LATER, CUSTOMERS)]
    types = ("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
             "WHERE a.attrelid = '{}'::regclass AND a.attnum > 0 ORDER BY a.attnum")
    found = _all(database, types.format(f"{schema}.segdsl_membership_history"))
    assert found[0] == ("segdsl_as_of", "timestamp with time zone")
    assert found[1:] == _all(database, types.format(f"{schema}.segdsl_membership"))
    primary = _all(database, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                             f"conrelid = '{schema}.segdsl_membership_history'::regclass "
                             "AND contype = 'p'")
    assert primary == [("PRIMARY KEY (segdsl_as_of, customer_id)",)]


def test_a_history_column_changed_by_hand_is_refused(project: Path, database: str,
                                                     schema: str) -> None:
    assert _materialize(project, database, "--as-of", AS_OF_TEXT, "--schema", schema,
                        "--snapshot").exit_code == 0
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute(f'ALTER TABLE "{schema}".segdsl_membership_history '
                           "ALTER COLUMN segdsl_as_of TYPE timestamp")
    result = _materialize(project, database, "--as-of", LATER_TEXT, "--schema", schema,
                          "--snapshot")
    assert result.exit_code == 2
    assert result.stderr == (f"error: the column segdsl_as_of of {schema}."
                             "segdsl_membership_history is timestamp without time zone, not "
                             "a timestamp with time zone; it was changed by hand\n")
    assert _all(database, f'SELECT count(*) FROM "{schema}".segdsl_membership_history') == [
        (CUSTOMERS,)]


def test_a_missing_schema(project: Path, database: str) -> None:
    result = _materialize(project, database, "--schema", "no_such_schema")
    assert result.exit_code == 2
    assert result.stderr == ("error: the schema no_such_schema does not exist in this "
                             "PostgreSQL database; create it first (materialize never "
                             "creates one)\n")


def test_a_role_without_rights_writes_nothing(project: Path, database: str,
                                              schema: str) -> None:
    from engine_targets import DB_SUFFIX

    role = "segdsl_materialize_nobody" + DB_SUFFIX
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute(f"DROP ROLE IF EXISTS {role}")
        connection.execute(f"CREATE ROLE {role} LOGIN")
        # It may read the source tables and use the schema, but create nothing.
        connection.execute(f"GRANT USAGE ON SCHEMA shop, \"{schema}\" TO {role}")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA shop TO {role}")
    url = database.replace("postgres@", f"{role}@", 1)
    try:
        result = _materialize(project, url, "--as-of", AS_OF_TEXT, "--schema", schema,
                              "--snapshot")
        assert result.exit_code == 2
        assert result.stderr == f"error: PostgreSQL: permission denied for schema {schema}\n"
        assert _all(database, "SELECT count(*) FROM pg_tables WHERE schemaname = "
                              f"'{schema}'") == [(0,)]
    finally:
        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute(f"DROP OWNED BY {role}")
            connection.execute(f"DROP ROLE {role}")


def test_a_killed_connection_leaves_the_previous_table_and_history(
        project: Path, database: str, schema: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from segdsl.materialize.postgres_target import PostgresTarget

    assert _materialize(project, database, "--as-of", AS_OF_TEXT, "--schema", schema,
                        "--snapshot").exit_code == 0
    original = PostgresTarget.run

    def killed(self: PostgresTarget, statement: Any) -> None:
        # After the table was refilled and the snapshot's rows deleted, an
        # administrator ends the session from another connection.
        if statement.key == "insert" and "history" in statement.this.sql():
            pid = self.engine.connection.info.backend_pid
            _all(database, f"SELECT pg_terminate_backend({pid})")
        original(self, statement)

    monkeypatch.setattr(PostgresTarget, "run", killed)
    result = _materialize(project, database, "--as-of", AS_OF_TEXT, "--schema", schema,
                          "--snapshot")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: lost the connection to PostgreSQL")
    assert _all(database, f'SELECT count(*) FROM "{schema}".segdsl_membership') == [
        (CUSTOMERS,)]
    assert _all(database, f'SELECT count(*) FROM "{schema}".segdsl_membership_history') == [
        (CUSTOMERS,)]


def test_readers_never_fail_or_see_a_partial_table(tmp_path: Path, database: str,
                                                   schema: str) -> None:
    """Sessions read in a loop while the table is refilled again and again with
    more customers each time, once with a column added (ALTER TABLE)."""
    from segdsl.engines.writer import open_writer
    from segdsl.materialize.job import materialize

    project = shop_copy(tmp_path, duckdb_data=False)
    counts = {CUSTOMERS}
    seen: list[int] = []
    errors: list[str] = []
    stop = threading.Event()
    table = f'"{schema}".segdsl_membership'

    def read() -> None:
        with psycopg.connect(database, autocommit=True) as connection:
            while not stop.is_set():
                try:
                    seen.append(connection.execute(f"SELECT count(*) FROM {table}")
                                .fetchall()[0][0])
                except psycopg.Error as error:
                    errors.append(str(error))

    def write(rounds: range, *, snapshot: bool) -> None:
        shop_project = checked(project)
        with open_writer(database, shop_project.schema, shop_project.schema) as writer:
            materialize(writer, shop_project, AS_OF, schema, snapshot=snapshot)
        for round_ in rounds:
            with psycopg.connect(database, autocommit=True) as connection:
                connection.execute(
                    "INSERT INTO shop.customers (customer_id, country) SELECT "
                    "%s || i, 'DE' FROM generate_series(1, 40) AS i", (f"X{schema}{round_}_",))
            counts.add(max(counts) + 40)
            with open_writer(database, shop_project.schema, shop_project.schema) as writer:
                materialize(writer, shop_project, AS_OF, schema, snapshot=snapshot)

    before = _all(database, "SELECT count(*) FROM shop.customers")[0][0]
    counts = {before}
    write(range(0), snapshot=False)
    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        write(range(1, 4), snapshot=True)
        add_segment(project)  # the next refill adds a column
        write(range(4, 6), snapshot=True)
        time.sleep(0.2)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute("DELETE FROM shop.customers WHERE customer_id LIKE %s",
                               (f"X{schema}%",))
    assert not errors, errors[:3]
    assert len(seen) > 20
    assert set(seen) <= counts, (sorted(set(seen) - counts), sorted(counts))
    assert max(counts) in seen
    columns = _all(database, f"SELECT count(*) FROM {table} WHERE materialize_extra IS NOT NULL")
    assert columns == [(max(counts),)]


def test_every_entity_is_written_in_one_transaction(tmp_path: Path, database: str,
                                                    schema: str) -> None:
    import shutil

    from materialize_project import REPO

    project = tmp_path / "accounts"
    shutil.copytree(REPO / "tests" / "conformance_accounts", project,
                    ignore=shutil.ignore_patterns("tests"))
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS crm CASCADE")
        connection.execute("CREATE SCHEMA crm")
        connection.execute("CREATE TABLE crm.accounts (account_id text, name text, tier text)")
        connection.execute("CREATE TABLE crm.customers (customer_id text, account_id text, "
                           "role text, seats integer, country text, spend_limit "
                           "numeric(18, 9), signup_at timestamp)")
        connection.execute("CREATE TABLE crm.events (customer_id text, occurred_at "
                           "timestamp, kind text)")
        connection.execute("CREATE TABLE crm.orders (customer_id text, ordered_at timestamp, "
                           "amount numeric(18, 9))")
        connection.execute("INSERT INTO crm.accounts VALUES ('a1', 'Acme', 'smb'), "
                           "('a2', 'Big', 'enterprise')")
        connection.execute("INSERT INTO crm.customers VALUES ('c1', 'a1', 'admin', 3, 'DE', "
                           "10, '2026-01-01'), ('c2', 'a1', 'user', 1, 'FR', 5, "
                           "'2026-02-01'), ('c3', 'a2', 'admin', 50, 'DE', 100, '2026-03-01')")
    for _ in range(2):  # the second time over tables that exist
        result = _materialize(project, database, "--as-of", AS_OF_TEXT, "--schema", schema,
                              "--snapshot")
        assert result.exit_code == 0, result.output
    assert f"wrote {schema}.segdsl_membership_account: 2 rows, " in result.stderr
    assert _all(database, f'SELECT count(*) FROM "{schema}".segdsl_membership_history') == [
        (3,)]
    assert _all(database, f'SELECT count(*) FROM "{schema}".segdsl_membership_account_history'
                ) == [(2,)]


def test_a_statement_failing_midway_leaves_the_previous_table(project: Path, database: str,
                                                              schema: str) -> None:
    """A customer without a key cannot enter the history (its primary key): the
    snapshot's INSERT fails after the table was refilled, and all is rolled back."""
    assert _materialize(project, database, "--as-of", AS_OF_TEXT, "--schema", schema,
                        "--snapshot").exit_code == 0
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("INSERT INTO shop.customers (customer_id, country) "
                           "VALUES (NULL, 'DE')")
    try:
        result = _materialize(project, database, "--as-of", LATER_TEXT, "--schema", schema,
                              "--snapshot")
    finally:
        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute("DELETE FROM shop.customers WHERE customer_id IS NULL")
    assert result.exit_code == 2
    assert result.stderr.startswith('error: PostgreSQL: null value in column "customer_id"')
    assert _all(database, f'SELECT count(*), count(customer_id) FROM "{schema}".'
                          "segdsl_membership") == [(CUSTOMERS, CUSTOMERS)]
    assert _all(database, f'SELECT count(*), min(segdsl_as_of) FROM "{schema}".'
                          "segdsl_membership_history") == [(CUSTOMERS, AS_OF)]


def test_the_real_command_line(project: Path, database: str, schema: str) -> None:
    import os
    import subprocess
    import sys

    from materialize_project import REPO

    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "segdsl", "materialize", "--project", str(project), "--db",
         database, "--schema", schema, "--as-of", AS_OF_TEXT, "--snapshot"],
        env=environment, capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    assert done.stderr.splitlines()[1] == (f"snapshot {AS_OF_TEXT} in {schema}."
                                           "segdsl_membership_history")
    assert _all(database, f'SELECT count(*) FROM "{schema}".segdsl_membership_history') == [
        (CUSTOMERS,)]
