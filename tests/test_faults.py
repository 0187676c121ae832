"""Faults around `segdsl run` and `segdsl test` (issue 6), on DuckDB files and PostgreSQL.

Each fault must end with one clear line on stderr (no traceback), exit status 2,
no partial output file (and a previous file of that name untouched) and nothing
written to the warehouse.  Faults covered:

* the database: a DuckDB file that is locked, corrupt, truncated or deleted under
  a running command; a PostgreSQL session ended with ``pg_terminate_backend``
  before the query or while ``run --out`` streams; a table dropped or a column
  renamed behind the schema's back (found by the schema check, or after it);
* the output: a read-only folder, a missing folder, a path that is a folder, a
  parent that is a file, a full disk (a writer that fails with ENOSPC partway, and
  a real 64 KB tmpfs when this process may mount one);
* an interrupt while writing (KeyboardInterrupt in process, and a real SIGINT to a
  child process): one line and status 130, the shell's code for Ctrl-C.

PostgreSQL tests make a database ``segdsl_fault_<random>`` per test and drop it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import duckdb
import pytest
from cli_project import run, write_project
from click.testing import Result
from engine_targets import postgres_test_url, server_url, with_database

import segdsl.cli.export as export
import segdsl.engines.postgres_engine as postgres_engine
from segdsl.cli.common import EXIT_INTERRUPTED
from segdsl.cli.main import DEBUG_ENV
from segdsl.engines.duckdb_engine import DuckDBEngine
from segdsl.engines.postgres_engine import PostgresEngine

REPO = Path(__file__).resolve().parents[1]

SEGMENTS = """\
metric spent = sum(purchase.amount)
segment adults
  where age >= 18
segment adult_buyers
  where age >= 18 and has purchase
"""
CASES = """\
cases:
  - name: adults
    as_of: 2026-11-01T00:00:00Z
    given:
      customer:
        - {customer_id: a, age: 30}
        - {customer_id: b, age: 12}
    expect:
      adults: [a]
  - name: spent
    as_of: 2026-11-01T00:00:00Z
    given:
      customer:
        - {customer_id: a, age: 30}
      purchase:
        - {customer_id: a, ordered_at: 2026-10-01T00:00:00Z, amount: 5}
    expect:
      spent: {a: 5}
  - name: nobody
    as_of: 2026-11-01T00:00:00Z
    given:
      customer: []
    expect:
      adults: []
"""
# Rows per table.  Keys are md5 text, so that even Parquet (compressed) is well
# over the 64 KB of the tiny tmpfs; fast enough to build for every test.
ROWS = 8_000
PREVIOUS = "previous content\n"

# The same data in both warehouses: 'c' || md5(i) keys, every eighth customer a
# minor, one order per customer.
DUCKDB_TABLES = (
    f"CREATE TABLE customers AS SELECT 'c' || md5(i::VARCHAR) AS customer_id, "
    f"'DE' AS country, (i % 90)::BIGINT AS age FROM range({ROWS}) AS t(i)",
    f"CREATE TABLE orders AS SELECT 'c' || md5(i::VARCHAR) AS customer_id, "
    f"TIMESTAMP '2026-01-01' + to_seconds(i) AS ordered_at, (i % 100)::DOUBLE AS amount "
    f"FROM range({ROWS}) AS t(i)",
)
POSTGRES_TABLES = (
    f"CREATE TABLE customers AS SELECT 'c' || md5(i::text) AS customer_id, "
    f"'DE'::text AS country, (i % 90)::bigint AS age FROM generate_series(0, {ROWS - 1}) "
    f"AS t(i)",
    f"CREATE TABLE orders AS SELECT 'c' || md5(i::text) AS customer_id, "
    f"TIMESTAMP '2026-01-01' + i * INTERVAL '1 second' AS ordered_at, "
    f"(i % 100)::double precision AS amount FROM generate_series(0, {ROWS - 1}) AS t(i)",
)

# How a database is broken behind the schema's back, and the words that must be in
# the error line about it.
CHANGES = {
    "table dropped": ("DROP TABLE orders", "no table 'orders'", "orders"),
    "column renamed": ("ALTER TABLE customers RENAME COLUMN age TO years",
                       "no column 'age'", '"age"'),
}
COMMANDS = {
    "segment": ["adult_buyers"],
    "all": ["--all"],
    "out csv": ["--all", "--out", "out/members.csv"],
    "out parquet": ["adult_buyers", "--out", "out/members.parquet"],
}


def error_line(result: Result, status: int = 2) -> str:
    """The one line on stderr of a command that failed with ``status``."""
    assert result.exit_code == status, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    assert "Traceback" not in result.stderr
    return lines[0]


def listing(folder: Path) -> dict[str, bytes]:
    """Everything under ``folder``: files with their content, folders as b"/"
    (temporary files and spill folders included)."""
    return {str(path.relative_to(folder)): path.read_bytes() if path.is_file() else b"/"
            for path in sorted(folder.rglob("*"))}


def out_of(args: list[str]) -> Path | None:
    return Path(args[args.index("--out") + 1]) if "--out" in args else None


def fails_cleanly(args: list[str], expected: str, *, status: int = 2,
                  previous: bool = True) -> str:
    """Run ``args`` and expect one error line holding ``expected`` and the output
    folder exactly as it was.  Unless the ``--out`` file exists already, the run is
    made twice: without it and (``previous``) with an older file there."""
    out = out_of(args)
    existing = out is not None and out.is_file()
    runs = [True] if existing else [False, True] if out is not None and previous else [False]
    line = ""
    for with_previous in runs:
        if out is not None and with_previous and not existing:
            out.write_text(PREVIOUS, encoding="utf-8")
        folder = out.parent if out is not None and out.parent.is_dir() else None
        before = listing(folder) if folder is not None else {}
        line = error_line(run(args), status)
        assert expected in line, line
        if folder is not None:
            assert listing(folder) == before, "a partial or temporary file was left"
        if out is not None and not with_previous:
            assert not out.is_file()
        if out is not None and with_previous and not existing:
            out.unlink()
    return line


# ===================================================================== DuckDB


class DuckProject:
    """A project in ``root`` (the working directory) with its DuckDB file in
    warehouse/ and an output folder out/."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.database = root / "warehouse" / "shop.duckdb"
        self.database.parent.mkdir()
        (root / "out").mkdir()
        config = "name: faults\ndatabase: warehouse/shop.duckdb\n"
        write_project(root, SEGMENTS, config)
        with duckdb.connect(str(self.database)) as connection:
            for statement in DUCKDB_TABLES:
                connection.execute(statement)

    def change(self, statement: str) -> None:
        with duckdb.connect(str(self.database)) as connection:
            connection.execute(statement)

    def state(self) -> dict[str, str]:
        """The warehouse folder's files and their digests (a WAL file would show)."""
        return {name: hashlib.sha256(content).hexdigest()
                for name, content in listing(self.database.parent).items()}


@pytest.fixture
def duck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DuckProject:
    monkeypatch.chdir(tmp_path)
    return DuckProject(tmp_path)


def test_duckdb_project_works(duck: DuckProject) -> None:
    """The baseline the faults below break."""
    for args in COMMANDS.values():
        result = run(["run", *args])
        assert result.exit_code == 0, result.output
    assert len(Path("out/members.csv").read_text(encoding="utf-8").splitlines()) == ROWS + 1
    assert Path("out/members.parquet").stat().st_size > 64 * 1024


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("change", CHANGES)
def test_duckdb_changed_behind_the_schema(duck: DuckProject, change: str, command: str) -> None:
    statement, expected, _ = CHANGES[change]
    duck.change(statement)
    before = duck.state()
    line = fails_cleanly(["run", *COMMANDS[command]], expected)
    assert "schema.yml" in line
    assert duck.state() == before


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("change", CHANGES)
def test_duckdb_changed_after_the_schema_check(
        duck: DuckProject, monkeypatch: pytest.MonkeyPatch, change: str, command: str) -> None:
    """The query itself meets the change (as if it came between check and query)."""
    statement, _, in_query = CHANGES[change]
    duck.change(statement)
    before = duck.state()
    monkeypatch.setattr(DuckDBEngine, "check_tables", lambda self, schema: {})
    line = fails_cleanly(["run", *COMMANDS[command]], in_query)
    assert duck.state() == before
    assert "Error" in line  # DuckDB's own words: Catalog Error / Binder Error


def test_duckdb_file_as_fixture_database_is_refused(duck: DuckProject) -> None:
    (duck.root / "tests").mkdir()
    (duck.root / "tests" / "cases.yml").write_text(CASES, encoding="utf-8")
    before = duck.state()
    line = error_line(run(["test", "--db", str(duck.database)]))
    assert "fresh, empty database" in line
    assert duck.state() == before


def test_duckdb_file_locked_by_another_process(duck: DuckProject) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
         "sys.stdin.read()", str(duck.database)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ok\n"
        before = duck.state()
        for args in COMMANDS.values():
            line = fails_cleanly(["run", *args], "lock")
            assert str(duck.database) in line
        assert duck.state() == before
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def _scribble(path: Path) -> None:
    """Overwrite the second half of a database file with noise (same size)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(bytes((index * 131 + 7) % 251 for index in range(size - size // 2)))


@pytest.mark.parametrize("damage", ["scribbled", "truncated", "garbage"])
def test_duckdb_file_corrupt(duck: DuckProject, damage: str) -> None:
    if damage == "scribbled":
        _scribble(duck.database)
    elif damage == "truncated":
        os.truncate(duck.database, duck.database.stat().st_size // 3)
    else:
        duck.database.write_bytes(b"not a database\n" * 1000)
    before = duck.state()
    for args in COMMANDS.values():
        fails_cleanly(["run", *args], "")
    assert duck.state() == before


def test_duckdb_file_deleted_while_running(duck: DuckProject,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleted after it was opened: the open file still reads, so the output is
    complete, and no new empty database appears in its place."""
    check = DuckDBEngine.check_tables

    def check_then_delete(self: DuckDBEngine, schema: Any) -> Any:
        found = check(self, schema)
        duck.database.unlink()
        return found

    monkeypatch.setattr(DuckDBEngine, "check_tables", check_then_delete)
    result = run(["run", "--all", "--out", "out/members.csv"])
    assert result.exit_code == 0, result.output
    assert len(Path("out/members.csv").read_text(encoding="utf-8").splitlines()) == ROWS + 1
    assert listing(duck.database.parent) == {}


@pytest.mark.parametrize("command", ["out csv", "out parquet"])
def test_duckdb_file_truncated_while_running(
        duck: DuckProject, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    check = DuckDBEngine.check_tables

    def check_then_truncate(self: DuckDBEngine, schema: Any) -> Any:
        found = check(self, schema)
        os.truncate(duck.database, 12 * 1024)
        return found

    monkeypatch.setattr(DuckDBEngine, "check_tables", check_then_truncate)
    fails_cleanly(["run", *COMMANDS[command]], "", previous=False)


def test_missing_duckdb_file(duck: DuckProject) -> None:
    duck.database.unlink()
    for args in COMMANDS.values():
        fails_cleanly(["run", *args], "does not exist")
    assert listing(duck.database.parent) == {}, "no new empty database"


def test_overlong_duckdb_file_name(duck: DuckProject) -> None:
    # Path.is_dir() raises 'File name too long' rather than answering (fuzzing found it).
    fails_cleanly(["run", "adult_buyers", "--db", "a" * 300], "File name too long")


# ---------------------------------------------------------------- the output


OUT_ENGINES = ["duckdb", "postgres"]


@pytest.fixture(params=OUT_ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Callable[[], object]]]:
    """(the --db value, a function returning the warehouse's state) for each engine;
    the working directory is a project with an output folder out/."""
    monkeypatch.chdir(tmp_path)
    if request.param == "duckdb":
        duck = DuckProject(tmp_path)
        yield str(duck.database), duck.state
        return
    write_project(tmp_path, SEGMENTS, "name: faults\n")
    (tmp_path / "out").mkdir()
    with postgres_database() as url:
        yield url, lambda: postgres_state(url)


OUT_FAULTS = {
    "missing folder": ("nowhere/members{}", "nowhere does not exist"),
    "parent is a file": ("segdsl.yml/members{}", "segdsl.yml is not a folder"),
    "a folder": ("members{}", "is a folder"),
}


@pytest.mark.parametrize("fault", OUT_FAULTS)
def test_out_path_problems(warehouse: tuple[str, Callable[[], object]], fault: str) -> None:
    db, state = warehouse
    before = state()
    path, expected = OUT_FAULTS[fault]
    for suffix in (".csv", ".parquet"):
        target = path.format(suffix)
        if fault == "a folder":
            Path(target).mkdir()
        fails_cleanly(["run", "--all", "--db", db, "--out", target], expected, previous=False)
        if fault == "a folder":
            assert Path(target).is_dir() and not any(Path(target).iterdir())
    assert state() == before


def _mount_tmpfs(folder: Path, options: str) -> str | None:
    """Mount a tmpfs at ``folder``; the reason when this process cannot."""
    if shutil.which("mount") is None:
        return "no mount command"
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    return None if done.returncode == 0 else f"mount failed: {done.stderr.strip()}"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB tmpfs holding a previous members.csv (skipped if it cannot be
    mounted here)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    problem = _mount_tmpfs(folder, "size=64k")
    if problem is not None:
        pytest.skip(f"no real full disk: {problem}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot write in, holding a previous members.csv and
    members.parquet: a read-only tmpfs as root (root ignores permission bits),
    else a folder without write permission."""
    folder = tmp_path / "read_only"
    folder.mkdir()
    if os.geteuid() != 0:
        for name in ("members.csv", "members.parquet"):
            (folder / name).write_text(PREVIOUS, encoding="utf-8")
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    problem = _mount_tmpfs(folder, "size=64k")
    if problem is not None:
        pytest.skip(f"root ignores permissions and {problem}")
    try:
        for name in ("members.csv", "members.parquet"):
            (folder / name).write_text(PREVIOUS, encoding="utf-8")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_read_only_output_folder(warehouse: tuple[str, Callable[[], object]],
                                 read_only_folder: Path) -> None:
    db, state = warehouse
    before = state()
    for name in ("members.csv", "members.parquet", "new.csv", "new.parquet"):
        out = read_only_folder / name
        line = fails_cleanly(["run", "--all", "--db", db, "--out", str(out)], "cannot write",
                             previous=False)
        # Refused before anything is queried (cli.common.check_out_path).
        assert line.endswith(f"the folder {read_only_folder} is not writable"), line
    assert listing(read_only_folder) == {
        "members.csv": PREVIOUS.encode(), "members.parquet": PREVIOUS.encode()}
    assert state() == before


def test_real_full_disk(warehouse: tuple[str, Callable[[], object]], tiny_disk: Path) -> None:
    db, state = warehouse
    before = state()
    for name in ("members.csv", "members.parquet"):
        line = fails_cleanly(["run", "--all", "--db", db, "--out", str(tiny_disk / name)],
                             "No space left on device")
        assert line == f"error: cannot write {tiny_disk / name}: No space left on device"
    assert listing(tiny_disk) == {}
    assert state() == before


# A writer that fails partway: the first chunk of rows is written, then the disk is
# full (or the user presses Ctrl-C).

def _failing_lines(failure: BaseException, after: int) -> Callable[..., Iterator[str]]:
    real = export.csv_lines

    def lines(*args: Any) -> Iterator[str]:
        for index, line in enumerate(real(*args)):
            if index == after:
                raise failure
            yield line

    return lines


class _FailingRelation:
    """A DuckDB relation whose file writes stop halfway through with ``failure``."""

    def __init__(self, relation: duckdb.DuckDBPyRelation, failure: BaseException) -> None:
        self._relation = relation
        self._failure = failure

    def __getattr__(self, name: str) -> Any:
        return getattr(self._relation, name)

    def project(self, *columns: Any) -> _FailingRelation:
        # The CSV export first projects decimal columns to their text.
        return _FailingRelation(self._relation.project(*columns), self._failure)

    def write_csv(self, path: str, **options: Any) -> None:
        self._relation.write_csv(path, **options)
        self._half(path)

    def write_parquet(self, path: str, **options: Any) -> None:
        self._relation.write_parquet(path, **options)
        self._half(path)

    def _half(self, path: str) -> None:
        os.truncate(path, os.path.getsize(path) // 2)
        raise self._failure


class _FailingConnection:
    def __init__(self, connection: duckdb.DuckDBPyConnection, failure: BaseException) -> None:
        self._connection = connection
        self._failure = failure

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def sql(self, query: str) -> _FailingRelation:
        return _FailingRelation(self._connection.sql(query), self._failure)


def _fail_writing(monkeypatch: pytest.MonkeyPatch, engine: str, failure: BaseException) -> None:
    if engine == "postgres":
        # The CSV is written row by row; the Parquet file is converted from it after.
        monkeypatch.setattr(export, "csv_lines", _failing_lines(failure, after=ROWS // 2))
        monkeypatch.setattr(postgres_engine, "STREAM_BATCH", 500)
        return

    def connection(self: DuckDBEngine) -> _FailingConnection:
        assert self._connection is not None
        return _FailingConnection(self._connection, failure)

    monkeypatch.setattr(DuckDBEngine, "connection", property(connection))


def _no_space() -> BaseException:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_disk_full_while_writing(warehouse: tuple[str, Callable[[], object]],
                                 monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    db, state = warehouse
    engine = "postgres" if db.startswith("postgresql") else "duckdb"
    failure = (_no_space() if engine == "postgres" else
               duckdb.IOException('Could not write file "x": No space left on device'))
    _fail_writing(monkeypatch, engine, failure)
    before = state()
    fails_cleanly(["run", "--all", "--db", db, "--out", f"out/members{suffix}"],
                  "No space left on device")
    assert state() == before


@pytest.mark.parametrize("warehouse", ["postgres"], indirect=True)
def test_disk_full_while_converting_to_parquet(
        warehouse: tuple[str, Callable[[], object]], monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL's rows go to CSV first; the full disk can strike at the Parquet.
    (DuckDB writes Parquet directly: test_disk_full_while_writing.)"""
    db, state = warehouse

    def convert(source: Path, target: Path, *args: object) -> None:
        target.write_bytes(source.read_bytes()[:1000])
        raise _no_space()

    monkeypatch.setattr(export, "_csv_to_parquet", convert)
    before = state()
    fails_cleanly(["run", "--all", "--db", db, "--out", "out/members.parquet"],
                  "No space left on device")
    assert state() == before


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_interrupted_while_writing(warehouse: tuple[str, Callable[[], object]],
                                   monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    db, state = warehouse
    engine = "postgres" if db.startswith("postgresql") else "duckdb"
    _fail_writing(monkeypatch, engine, KeyboardInterrupt())
    before = state()
    line = fails_cleanly(["run", "--all", "--db", db, "--out", f"out/members{suffix}"],
                         "interrupted", status=EXIT_INTERRUPTED)
    assert line == "error: interrupted"
    assert state() == before


def test_sigint_to_a_real_run(tmp_path: Path) -> None:
    """Ctrl-C while DuckDB writes a large file: status 130, one line, no file."""
    write_project(tmp_path, "segment everyone\n  where age >= 0\n",
                  "name: faults\ndatabase: shop.duckdb\n")
    with duckdb.connect(str(tmp_path / "shop.duckdb")) as connection:
        connection.execute(
            "CREATE TABLE customers AS SELECT 'c' || md5(i::VARCHAR) AS customer_id, "
            "'DE' AS country, (i % 90)::BIGINT AS age FROM range(3000000) AS t(i)")
        connection.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                           "amount DOUBLE)")
    out = tmp_path / "out"
    out.mkdir()
    (out / "members.csv").write_text(PREVIOUS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(DEBUG_ENV, None)
    child = subprocess.Popen(
        [sys.executable, "-m", "segdsl", "run", "everyone", "--out", "out/members.csv"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # A shell's background job ignores SIGINT, and a child would inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        # The temporary file appears when the query starts writing.
        while len(list(out.iterdir())) < 2 and child.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.2)
        child.send_signal(signal.SIGINT)
        stdout, stderr = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode == 0:
        pytest.skip("the run finished before the interrupt arrived")
    assert child.returncode == EXIT_INTERRUPTED, stderr
    assert stdout == ""
    assert stderr == "error: interrupted\n"
    assert listing(out) == {"members.csv": PREVIOUS.encode()}


# ================================================================= PostgreSQL


def _admin(statement: str, parameters: tuple[object, ...] = ()) -> Any:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as connection:
        return connection.execute(statement, parameters).fetchall()  # type: ignore[arg-type]


class postgres_database:
    """``with postgres_database() as url``: a fresh ``segdsl_fault_*`` database,
    with the tables (``tables=True``), dropped at the end."""

    def __init__(self, tables: bool = True) -> None:
        self.tables = tables
        self.name = f"segdsl_fault_{uuid.uuid4().hex[:12]}"

    def __enter__(self) -> str:
        import psycopg

        postgres_test_url()  # skips (or fails under CI) without a server
        _create(self.name)
        url = with_database(server_url(), self.name)
        if self.tables:
            with psycopg.connect(url) as connection:
                for statement in POSTGRES_TABLES:
                    connection.execute(statement)  # type: ignore[arg-type]
        return url

    def __exit__(self, *_: object) -> None:
        import psycopg

        with psycopg.connect(server_url(), autocommit=True) as connection:
            connection.execute(
                psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    psycopg.sql.Identifier(self.name)))


def _create(name: str) -> None:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(
            psycopg.sql.Identifier(name)))


def postgres_state(url: str) -> list[tuple[object, ...]]:
    """Every relation outside the system schemas with its kind, columns and row
    count: a run that wrote anything would change this."""
    import psycopg

    with psycopg.connect(url) as connection:
        relations = connection.execute(
            "SELECT n.nspname, c.relname, c.relkind, "
            "array_agg(a.attname::text || ' ' || format_type(a.atttypid, a.atttypmod) "
            "ORDER BY a.attnum) FROM pg_class AS c "
            "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 "
            "AND NOT a.attisdropped "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') "
            "GROUP BY 1, 2, 3 ORDER BY 1, 2").fetchall()
        state: list[tuple[object, ...]] = []
        for schema, name, kind, columns in relations:
            count: object = None
            if kind == "r":
                table = psycopg.sql.Identifier(schema, name)
                found = connection.execute(
                    psycopg.sql.SQL("SELECT count(*) FROM {}").format(table)).fetchone()
                count = found[0] if found else None
            state.append((schema, name, kind, tuple(columns), count))
    return state


@pytest.fixture
def pg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A project in the working directory (with fixture cases) and the URL of a
    fresh database holding its tables."""
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS, "name: faults\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "cases.yml").write_text(CASES, encoding="utf-8")
    with postgres_database() as url:
        yield url


def _terminate(engine: PostgresEngine) -> None:
    """End the engine's session from another connection, as an administrator would
    (and wait up to 5 s for it to be gone)."""
    pid = engine.connection.info.backend_pid
    assert _admin("SELECT pg_terminate_backend(%s, 5000)", (pid,)) == [(True,)]


def test_postgres_project_works(pg: str) -> None:
    for args in COMMANDS.values():
        result = run(["run", "--db", pg, *args])
        assert result.exit_code == 0, result.output
    assert len(Path("out/members.csv").read_text(encoding="utf-8").splitlines()) == ROWS + 1


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("change", CHANGES)
def test_postgres_changed_behind_the_schema(pg: str, change: str, command: str) -> None:
    statement, expected, _ = CHANGES[change]
    with suppress(Exception):
        _admin_on(pg, statement)
    before = postgres_state(pg)
    line = fails_cleanly(["run", "--db", pg, *COMMANDS[command]], expected)
    assert "schema.yml" in line
    assert postgres_state(pg) == before


def _admin_on(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("change", CHANGES)
def test_postgres_changed_after_the_schema_check(
        pg: str, monkeypatch: pytest.MonkeyPatch, change: str, command: str) -> None:
    """Another session drops the table (renames the column) between the schema
    check and the query: the read-only transaction holds no lock on it yet."""
    statement, _, in_query = CHANGES[change]
    check = PostgresEngine.check_tables
    changed: list[bool] = []

    def check_then_change(self: PostgresEngine, schema: Any) -> Any:
        found = check(self, schema)
        if not changed:  # once: the second run of fails_cleanly meets it already changed
            _admin_on(pg, statement)
            changed.append(True)
        return found

    monkeypatch.setattr(PostgresEngine, "check_tables", check_then_change)
    monkeypatch.setattr(PostgresEngine, "found_columns", _remember_columns())
    fails_cleanly(["run", "--db", pg, *COMMANDS[command]], in_query.strip('"'))
    assert changed
    # Nothing but the change itself: the run wrote nothing.
    with postgres_database(tables=False) as reference:
        for create in POSTGRES_TABLES:
            _admin_on(reference, create)
        _admin_on(reference, statement)
        assert postgres_state(pg) == postgres_state(reference)


def _remember_columns() -> Callable[..., Any]:
    """found_columns that answers as it did the first time (the schema check of
    the second run must pass too, as if it came before the change)."""
    real = PostgresEngine.found_columns
    first: list[Any] = []

    def found_columns(self: PostgresEngine, schema: Any) -> Any:
        if not first:
            first.append(real(self, schema))
        return first[0]

    return found_columns


@pytest.mark.parametrize("command", COMMANDS)
def test_postgres_session_ended_before_the_query(
        pg: str, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    check = PostgresEngine.check_tables

    def check_then_terminate(self: PostgresEngine, schema: Any) -> Any:
        found = check(self, schema)
        _terminate(self)
        return found

    monkeypatch.setattr(PostgresEngine, "check_tables", check_then_terminate)
    before = postgres_state(pg)
    line = fails_cleanly(["run", "--db", pg, *COMMANDS[command]],
                         "lost the connection to PostgreSQL at ")
    assert "terminating connection due to administrator command" in line
    assert postgres_state(pg) == before


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_postgres_session_ended_while_streaming(
        pg: str, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    """`run --out` streams through a server-side cursor, 500 rows a fetch; the
    session ends after the first 1,000 rows are written."""
    monkeypatch.setattr(postgres_engine, "STREAM_BATCH", 500)
    stream = PostgresEngine.stream

    def stream_then_terminate(self: PostgresEngine, sql: str) -> Any:
        names, rows = stream(self, sql)

        def rows_until_terminated() -> Iterator[tuple[object, ...]]:
            for index, row in enumerate(rows):
                if index == 1_000:
                    _terminate(self)
                yield row

        return names, rows_until_terminated()

    monkeypatch.setattr(PostgresEngine, "stream", stream_then_terminate)
    before = postgres_state(pg)
    fails_cleanly(["run", "--db", pg, "--all", "--out", f"out/members{suffix}"],
                  "lost the connection to PostgreSQL at ")
    assert postgres_state(pg) == before


def test_postgres_server_gone_before_connecting() -> None:
    line = error_line(run(["run", "--project", str(REPO / "examples" / "shop"), "--all",
                           "--db", "postgresql://postgres@127.0.0.1:1/x", "--out",
                           "never.csv"]))
    assert "cannot connect to PostgreSQL" in line
    assert not Path("never.csv").exists()


# -------------------------------------------------------- fixture tests (--db)


@pytest.fixture
def scratch(pg: str) -> Iterator[str]:
    """A project with fixture cases and an empty scratch database."""
    with postgres_database(tables=False) as url:
        yield url


def test_fixture_tests_on_postgres_baseline(scratch: str) -> None:
    result = run(["test", "--db", scratch])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "3 passed, 0 failed"
    assert postgres_state(scratch) == []


def test_fixture_tests_session_ended_mid_run(scratch: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The second case's session is ended after its tables are made: the run stops
    with exit 2 (the database is lost), not a failed case, and leaves no tables."""
    load = PostgresEngine.load_tables
    calls: list[int] = []

    def load_then_terminate(self: PostgresEngine, schema: Any, rows: Any) -> None:
        load(self, schema, rows)
        calls.append(1)
        if len(calls) == 2:
            _terminate(self)

    monkeypatch.setattr(PostgresEngine, "load_tables", load_then_terminate)
    line = error_line(run(["test", "--db", scratch]))
    assert "lost the connection to PostgreSQL at " in line
    assert len(calls) == 2, "the run stops at the lost case"
    assert postgres_state(scratch) == []


def test_fixture_tests_server_gone_mid_run(scratch: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """After the first case the server cannot be reached any more."""
    real_init = PostgresEngine.__init__
    opened: list[int] = []

    def init(self: PostgresEngine, url: str, **options: Any) -> None:
        opened.append(1)
        # The probe and the first case reach the server; then it is gone.
        real_init(self, url if len(opened) <= 2 else
                  "postgresql://postgres@127.0.0.1:1/gone", **options)

    monkeypatch.setattr(PostgresEngine, "__init__", init)
    line = error_line(run(["test", "--db", scratch]))
    assert "cannot connect to PostgreSQL at " in line
    assert postgres_state(scratch) == []


@pytest.mark.parametrize("change", ["CREATE TABLE customers (customer_id text)",
                                    "CREATE TABLE orders (id int)"])
def test_fixture_tests_scratch_database_with_a_table(scratch: str, change: str) -> None:
    """A scratch database that holds one of the schema's tables is refused before
    any case runs, and is left as it was."""
    _admin_on(scratch, change)
    before = postgres_state(scratch)
    line = error_line(run(["test", "--db", scratch]))
    assert "exists already" in line
    assert postgres_state(scratch) == before


# ================================================================ memory bench


def test_out_memory_bench_runs_at_a_tiny_size(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """bench/bench_out_memory.py at 1,000 and 2,000 members on DuckDB, so it cannot
    rot (its figures are in docs/performance.md)."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_out_memory

    monkeypatch.setattr(bench_out_memory, "DATA", tmp_path)
    project = bench_out_memory.write_project(tmp_path / "project")
    results = bench_out_memory.run_engine("duckdb", [1_000, 2_000], project, tmp_path,
                                          server_url(), keep=False)
    assert [(m.members, m.suffix, m.rows) for m in results] == [
        (1_000, ".csv", 1_000), (1_000, ".parquet", 1_000),
        (2_000, ".csv", 2_000), (2_000, ".parquet", 2_000)]
    assert all(0 < m.peak_mb < 2_000 and m.seconds > 0 for m in results)
    assert "duckdb .csv: 2 x the members" in bench_out_memory.report(results)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "out_memory_1000.duckdb", "out_memory_2000.duckdb", "project"]
