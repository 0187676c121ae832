"""``segdsl materialize`` on a DuckDB file (docs/materialize.md): the table equals
the membership `run --all` computes, snapshots are idempotent per as-of, the
history follows definitions added and removed, bad input changes nothing, and a
reader of the same database never sees a missing or partial table."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import duckdb
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
    remove_segment,
    shop_copy,
)

from segdsl.compile.api import compile_membership
from segdsl.compile.pipeline import default_names

MEMBERSHIP = "main.segdsl_membership"
HISTORY = "main.segdsl_membership_history"


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    # Attached under another name: shop.duckdb's catalog would clash with the schema shop.
    con = duckdb.connect(":memory:")
    con.execute("ATTACH ? AS demo", [str(path)])
    con.execute("USE demo")
    con.execute("SET TimeZone = 'UTC'")
    return con


def _all(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


def _materialize(project: Path, *args: str) -> Any:
    return run(["materialize", "--project", str(project), *args])


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    return shop_copy(tmp_path)


def _database(project: Path) -> Path:
    return project / "data" / "shop.duckdb"


def test_the_table_is_the_membership_run_computes(shop: Path) -> None:
    result = _materialize(shop, "--as-of", AS_OF_TEXT)
    assert result.exit_code == 0, result.output
    project = checked(shop)
    columns = default_names(project)
    assert result.stderr == (f"wrote {MEMBERSHIP}: {CUSTOMERS} rows, {len(columns) + 1} "
                             f"columns, as of {AS_OF_TEXT}\n")
    con = _connect(_database(shop))
    try:
        described = [row[0] for row in _all(con, f"DESCRIBE {MEMBERSHIP}")]
        assert described == ["customer_id", *columns]
        compiled = compile_membership(project, "duckdb", AS_OF)
        for left, right in ((compiled, f"SELECT * FROM {MEMBERSHIP}"),
                            (f"SELECT * FROM {MEMBERSHIP}", compiled)):
            assert _all(con, f"SELECT count(*) FROM (({left}) EXCEPT ALL ({right}))") == [(0,)]
        # No history without --snapshot.
        assert _all(con, "SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name = 'segdsl_membership_history'") == [(0,)]
    finally:
        con.close()
    # The rows are those `run --all` prints.
    printed = run(["run", "--project", str(shop), "--all", "--as-of", AS_OF_TEXT,
                   "--format", "csv"])
    assert printed.exit_code == 0
    con = _connect(_database(shop))
    try:
        members = _all(con, f"SELECT count(*) FILTER (WHERE active_customers) FROM {MEMBERSHIP}")
    finally:
        con.close()
    header, *lines = printed.stdout.splitlines()
    index = header.split(",").index("active_customers")
    assert members == [(sum(line.split(",")[index] == "true" for line in lines),)]


def test_snapshots_are_idempotent_per_as_of(shop: Path) -> None:
    for as_of in (AS_OF_TEXT, AS_OF_TEXT, LATER_TEXT):
        result = _materialize(shop, "--as-of", as_of, "--snapshot")
        assert result.exit_code == 0, result.output
        assert f"snapshot {as_of} in {HISTORY}" in result.stderr
    con = _connect(_database(shop))
    try:
        assert _all(con, f"SELECT segdsl_as_of, count(*) FROM {HISTORY} GROUP BY ALL "
                         "ORDER BY 1") == [
            (AS_OF, CUSTOMERS), (LATER, CUSTOMERS)]
        # (type, nullable, key): no declared key on DuckDB, both columns NOT NULL
        # (tests/test_materialize_duckdb_history.py).
        kinds = {row[0]: (row[1], row[2], row[3]) for row in _all(con, f"DESCRIBE {HISTORY}")}
        assert kinds["segdsl_as_of"] == ("TIMESTAMP WITH TIME ZONE", "NO", None)
        assert kinds["customer_id"] == ("VARCHAR", "NO", None)
        # Same names and types as the membership table, after segdsl_as_of.
        membership = [(row[0], row[1]) for row in _all(con, f"DESCRIBE {MEMBERSHIP}")]
        history = [(row[0], row[1]) for row in _all(con, f"DESCRIBE {HISTORY}")]
        assert history[1:] == membership
        # The latest snapshot holds exactly the membership table's rows.
        assert _all(con, f"SELECT count(*) FROM ((SELECT * EXCLUDE (segdsl_as_of) FROM "
                         f"{HISTORY} WHERE segdsl_as_of = '{LATER_TEXT}') EXCEPT ALL "
                         f"(SELECT * FROM {MEMBERSHIP}))") == [(0,)]
    finally:
        con.close()


def test_without_as_of_the_snapshot_holds_the_instant_evaluated(shop: Path) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)  # stamped in whole seconds
    result = _materialize(shop, "--snapshot")
    after = dt.datetime.now(dt.UTC)
    assert result.exit_code == 0, result.output
    con = _connect(_database(shop))
    try:
        (instant,), = _all(con, f"SELECT DISTINCT segdsl_as_of FROM {HISTORY}")
        assert before <= instant <= after
        # The table was computed at that very instant (the literal, not now()).
        compiled = compile_membership(checked(shop), "duckdb", instant)
        assert _all(con, f"SELECT count(*) FROM (({compiled}) EXCEPT ALL "
                         f"(SELECT * FROM {MEMBERSHIP}))") == [(0,)]
    finally:
        con.close()
    assert instant.isoformat().replace("+00:00", "Z") in result.stderr


def test_the_history_follows_definitions_added_and_removed(shop: Path) -> None:
    assert _materialize(shop, "--as-of", "2026-11-16T00:00:00Z", "--snapshot").exit_code == 0
    add_segment(shop)
    assert _materialize(shop, "--as-of", "2026-11-17T00:00:00Z", "--snapshot").exit_code == 0
    remove_segment(shop)
    assert _materialize(shop, "--as-of", AS_OF_TEXT, "--snapshot").exit_code == 0
    con = _connect(_database(shop))
    try:
        rows = _all(con, f"SELECT strftime(segdsl_as_of, '%d'), count(materialize_extra), "
                         f"count(*) FROM {HISTORY} GROUP BY ALL ORDER BY 1")
        assert rows == [("16", 0, CUSTOMERS), ("17", CUSTOMERS, CUSTOMERS),
                        ("18", 0, CUSTOMERS)]
        members = _all(con, f"SELECT count(*) FROM {HISTORY} WHERE materialize_extra")
        assert 0 < members[0][0] < CUSTOMERS
        # The membership table itself has only the current definitions.
        columns = [row[0] for row in _all(con, f"DESCRIBE {MEMBERSHIP}")]
        assert "materialize_extra" not in columns
    finally:
        con.close()


def test_a_history_column_changed_by_hand_is_refused_and_nothing_written(shop: Path) -> None:
    assert _materialize(shop, "--as-of", AS_OF_TEXT, "--snapshot").exit_code == 0
    con = _connect(_database(shop))
    try:
        con.execute(f"ALTER TABLE {HISTORY} ALTER active_customers TYPE VARCHAR")
        con.execute(f"CREATE TABLE main.saved AS SELECT * FROM {MEMBERSHIP}")
    finally:
        con.close()
    add_segment(shop)  # the membership table would change too
    result = _materialize(shop, "--as-of", LATER_TEXT, "--snapshot")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"error: the column active_customers of {HISTORY} is VARCHAR, but the membership "
        "table's is BOOLEAN")
    assert len(result.stderr.splitlines()) == 1
    con = _connect(_database(shop))
    try:
        assert _all(con, f"SELECT count(*) FROM {HISTORY}") == [(CUSTOMERS,)]
        assert "materialize_extra" not in [row[0] for row in _all(con, f"DESCRIBE {HISTORY}")]
        assert _all(con, f"SELECT count(*) FROM ((SELECT * FROM main.saved) EXCEPT ALL "
                         f"(SELECT * FROM {MEMBERSHIP}))") == [(0,)]
        assert _all(con, f"SELECT count(*) FROM {MEMBERSHIP}") == [(CUSTOMERS,)]
    finally:
        con.close()


def test_another_schema(shop: Path) -> None:
    con = _connect(_database(shop))
    con.execute("CREATE SCHEMA marts")
    con.close()
    result = _materialize(shop, "--as-of", AS_OF_TEXT, "--schema", "marts", "--snapshot")
    assert result.exit_code == 0, result.output
    assert "wrote marts.segdsl_membership" in result.stderr
    con = _connect(_database(shop))
    try:
        assert _all(con, "SELECT count(*) FROM marts.segdsl_membership_history") == [
            (CUSTOMERS,)]
    finally:
        con.close()


@pytest.mark.parametrize(("args", "message"), [
    (["--schema", "nope"], "error: the schema nope does not exist in this DuckDB database; "
                           "create it first (materialize never creates one)"),
    (["--as-of", "2026-13-01"], "error: --as-of"),
    # bigquery:// is written to (test_materialize_bigquery.py): a malformed URL is
    # one line, before any client is made.
    (["--db", "bigquery://p/d/x"], "error: cannot use bigquery://p/d/x: write "
                                   "bigquery://PROJECT[/DATASET]"),
    (["--db", "spark:///srv/wh"], "error: --db spark:///srv/wh is a spark:// URL, which "
                                  "`segdsl materialize` cannot use"),
    # snowflake:// is written to (test_materialize_snowflake.py): a URL without a
    # database is one line, before any connection.
    (["--db", "snowflake://acct"], "error: cannot use snowflake://acct: write "
                                   "snowflake://USER@ACCOUNT/DATABASE"),
    # mysql:// is written to (test_materialize_mysql.py): an unknown host is one line.
    (["--db", "mysql://root@h.invalid/db"], "error: cannot connect to MySQL at "
                                            "mysql://root@h.invalid/db: "),
])
def test_bad_input_is_one_line_and_writes_nothing(shop: Path, args: list[str],
                                                 message: str) -> None:
    result = _materialize(shop, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.splitlines()) == 1
    con = _connect(_database(shop))
    try:
        assert _all(con, "SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name LIKE 'segdsl%'") == [(0,)]
    finally:
        con.close()


def test_a_missing_database_file_is_not_created(shop: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.duckdb"
    result = _materialize(shop, "--db", str(missing))
    assert result.exit_code == 2
    assert result.stderr == f"error: the DuckDB database {missing} does not exist\n"
    assert not missing.exists()


def test_a_failure_midway_leaves_the_previous_table_and_history(
        shop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from segdsl.engines import EngineError
    from segdsl.materialize.duckdb_target import DuckDBTarget

    assert _materialize(shop, "--as-of", AS_OF_TEXT, "--snapshot").exit_code == 0
    original = DuckDBTarget.run

    def failing(self: DuckDBTarget, statement: Any) -> None:
        original(self, statement)
        # After the new table and the snapshot's DELETE, before its INSERT.
        if statement.key == "delete":
            raise EngineError("DuckDB: the disk is full (simulated)")

    monkeypatch.setattr(DuckDBTarget, "run", failing)
    add_segment(shop)
    result = _materialize(shop, "--as-of", LATER_TEXT, "--snapshot")
    assert result.exit_code == 2
    assert result.stderr == "error: DuckDB: the disk is full (simulated)\n"
    con = _connect(_database(shop))
    try:
        assert _all(con, f"SELECT count(*), min(segdsl_as_of) FROM {HISTORY}") == [
            (CUSTOMERS, AS_OF)]
        assert "materialize_extra" not in [row[0] for row in _all(con, f"DESCRIBE {MEMBERSHIP}")]
        assert "materialize_extra" not in [row[0] for row in _all(con, f"DESCRIBE {HISTORY}")]
    finally:
        con.close()


def test_a_reader_never_sees_a_missing_or_partial_table(tmp_path: Path) -> None:
    """Another connection of the same database reads in a loop while the table is
    replaced again and again, with more customers each time."""
    from segdsl.engines.writer import open_writer
    from segdsl.materialize.job import materialize

    project = shop_copy(tmp_path, database="data/demo.duckdb")  # no catalog clash
    path = project / "data" / "demo.duckdb"
    # Opened first, read-write like the writer's: DuckDB shares one database
    # instance between connections of one process to one file.
    owner = duckdb.connect(str(path))
    counts = {CUSTOMERS}
    seen: list[int] = []
    errors: list[str] = []
    stop = threading.Event()
    shop_project = checked(project)
    read_schema = shop_project.schema

    def read() -> None:
        reader = owner.cursor()
        while not stop.is_set():
            try:
                seen.append(reader.execute(f"SELECT count(*) FROM {MEMBERSHIP}").fetchall()[0][0])
            except duckdb.Error as error:
                errors.append(str(error))
        reader.close()

    with open_writer(str(path), read_schema, read_schema) as writer:
        materialize(writer, shop_project, AS_OF, None, snapshot=False)
        thread = threading.Thread(target=read)
        thread.start()
        try:
            for round_ in range(1, 6):
                extra = owner.cursor()
                extra.execute("INSERT INTO shop.customers (customer_id, country) "
                              "SELECT 'X' || round_ || '_' || i, 'DE' FROM "
                              "(SELECT ? AS round_) , range(40) AS t(i)", [round_])
                extra.close()
                counts.add(CUSTOMERS + 40 * round_)
                materialize(writer, shop_project, AS_OF, None, snapshot=True)
        finally:
            stop.set()
            thread.join()
    owner.close()
    assert not errors, errors[:3]
    assert len(seen) > 10
    assert set(seen) <= counts, sorted(set(seen) - counts)
    assert CUSTOMERS + 200 in seen


def test_every_entity_is_written(tmp_path: Path) -> None:
    import shutil

    from materialize_project import REPO

    project = tmp_path / "accounts"
    shutil.copytree(REPO / "tests" / "conformance_accounts", project,
                    ignore=shutil.ignore_patterns("tests"))
    path = tmp_path / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA crm")
    con.execute("CREATE TABLE crm.accounts (account_id VARCHAR, name VARCHAR, tier VARCHAR)")
    con.execute("CREATE TABLE crm.customers (customer_id VARCHAR, account_id VARCHAR, "
                "role VARCHAR, seats INTEGER, country VARCHAR, spend_limit DECIMAL(18, 9), "
                "signup_at TIMESTAMP)")
    con.execute("CREATE TABLE crm.events (customer_id VARCHAR, occurred_at TIMESTAMP, "
                "kind VARCHAR)")
    con.execute("CREATE TABLE crm.orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                "amount DECIMAL(18, 9))")
    con.execute("INSERT INTO crm.accounts VALUES ('a1', 'Acme', 'smb'), ('a2', 'Big', "
                "'enterprise')")
    con.execute("INSERT INTO crm.customers VALUES ('c1', 'a1', 'admin', 3, 'DE', 10, "
                "'2026-01-01'), ('c2', 'a1', 'user', 1, 'FR', 5, '2026-02-01'), "
                "('c3', 'a2', 'admin', 50, 'DE', 100, '2026-03-01')")
    con.close()
    result = run(["materialize", "--project", str(project), "--db", str(path), "--as-of",
                  AS_OF_TEXT, "--snapshot"])
    assert result.exit_code == 0, result.output
    # (after a warning: the event tables are empty)
    warning, *lines = result.stderr.splitlines()
    assert warning.startswith("warning: --as-of 2026-11-18T15:30:00Z: the event tables read")
    assert lines[0].startswith(f"wrote {MEMBERSHIP}: 3 rows, ")
    assert lines[2].startswith("wrote main.segdsl_membership_account: 2 rows, ")
    assert lines[3] == f"snapshot {AS_OF_TEXT} in main.segdsl_membership_account_history"
    con = duckdb.connect(str(path))
    try:
        assert _all(con, "SELECT count(*) FROM main.segdsl_membership_account_history") == [
            (2,)]
        assert _all(con, "SELECT column_name FROM (DESCRIBE main.segdsl_membership_account) "
                         "LIMIT 1") == [("account_id",)]
    finally:
        con.close()


def test_an_as_of_long_after_the_data_is_warned_about_as_run_does(shop: Path) -> None:
    result = _materialize(shop, "--as-of", "2027-01-01")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("warning: --as-of 2027-01-01T00:00:00Z is after the "
                                    "latest event")
    assert "wrote main.segdsl_membership: 300 rows" in result.stderr


def test_a_file_another_process_has_open_is_one_line(shop: Path) -> None:
    """DuckDB's file lock: while another process has the file open, materialize
    cannot open it for writing (docs/materialize.md says so)."""
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
         "print('open', flush=True); sys.stdin.read()", str(_database(shop))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        result = _materialize(shop, "--as-of", AS_OF_TEXT)
        assert result.exit_code == 2
        assert result.stderr.startswith(
            f"error: cannot open the DuckDB database {_database(shop)}: IO Error: Could not "
            "set lock on file"), result.stderr
        assert len(result.stderr.splitlines()) == 1
    finally:
        holder.communicate("")


def test_the_real_command_line(shop: Path) -> None:
    """``python -m segdsl materialize`` as a user runs it: nothing on stdout, what
    was written on stderr, exit 0; then a bad --schema is one line and exit 2."""
    import os
    import subprocess
    import sys

    from materialize_project import REPO

    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "segdsl", "materialize", "--as-of", AS_OF_TEXT,
               "--snapshot"]
    done = subprocess.run(command, cwd=shop, env=environment, capture_output=True, text=True,
                          check=False)
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    assert done.stderr.splitlines()[1:] == [f"snapshot {AS_OF_TEXT} in {HISTORY}"]
    done = subprocess.run([*command, "--schema", "nope"], cwd=shop, env=environment,
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == ("error: the schema nope does not exist in this DuckDB database; "
                           "create it first (materialize never creates one)\n")
