"""``segdsl init DIR --from-db DB --table T [--events T:TIME] [--entity NAME]``: a new
project drafted from the user's own DuckDB file or PostgreSQL database passes
``check`` (no warnings), ``test`` and ``run`` at once, run from inside DIR through
the real command line; an unreachable database, a missing table, a folder that is
not empty and options that do not go together are refused with status 2 and
nothing written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import run
from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

from segdsl.cli.main import DEBUG_ENV

REPO = Path(__file__).resolve().parents[1]
DATABASE = "segdsl_test_init_from_db" + DB_SUFFIX

CUSTOMERS = [
    # customer_id, email, country, lifetime_value, year (a reserved word), signed_up
    ("c-1", "a@x.de", "DE", 120.5, 2020, "2025-01-02 03:04:05"),
    ("c-2", "b@x.fr", "FR", 10.0, 2021, "2026-05-01 00:00:00"),
    ("c-3", None, "DE", None, None, None),
]
ORDERS = [("c-1", "2026-11-20 10:00:00", 30.0), ("c-1", "2026-10-01 10:00:00", 5.0),
          ("c-2", "2026-06-01 10:00:00", 12.0)]
# run --as-of: c-1 ordered 11 days before, c-2 long before.
AS_OF = "2026-12-01"


def _segdsl(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    return subprocess.run([sys.executable, "-m", "segdsl", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def _duckdb_shop(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE SCHEMA crm")
        con.execute("CREATE TABLE crm.customers (customer_id VARCHAR, email VARCHAR, "
                    "country VARCHAR, lifetime_value DOUBLE, year BIGINT, "
                    "signed_up TIMESTAMP)")
        con.executemany("INSERT INTO crm.customers VALUES (?, ?, ?, ?, ?, ?)", CUSTOMERS)
        con.execute("CREATE TABLE crm.orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                    "amount DOUBLE)")
        con.executemany("INSERT INTO crm.orders VALUES (?, ?, ?)", ORDERS)
    return path


def _admin(statement: object) -> None:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def postgres_shop() -> Iterator[str]:
    """The same tables in PostgreSQL (timestamptz, numeric), in a New York session."""
    import psycopg
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    name = sql.Identifier(DATABASE)
    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
    _admin(sql.SQL("CREATE DATABASE {}").format(name))
    _admin(sql.SQL("ALTER DATABASE {} SET timezone TO 'America/New_York'").format(name))
    url = with_database(server_url(), DATABASE)
    with psycopg.connect(url) as connection:
        connection.execute("CREATE SCHEMA crm")
        connection.execute("CREATE TABLE crm.customers (customer_id text, email text, "
                           "country text, lifetime_value numeric, year bigint, "
                           "signed_up timestamptz)")
        for row in CUSTOMERS:
            stamp = (dt.datetime.fromisoformat(row[5]).replace(tzinfo=dt.UTC)
                     if row[5] else None)
            connection.execute("INSERT INTO crm.customers VALUES (%s, %s, %s, %s, %s, %s)",
                               (*row[:5], stamp))
        connection.execute("CREATE TABLE crm.orders (customer_id text, ordered_at "
                           "timestamptz, amount numeric)")
        for key, when, amount in ORDERS:
            connection.execute("INSERT INTO crm.orders VALUES (%s, %s, %s)", (
                key, dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC), amount))
    yield url
    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def _made_project_passes(project: Path, init_stderr: str) -> None:
    """check with no problem at all, the fixture test, and run with no options."""
    assert "segments/starter.seg" in init_stderr and "cd " in init_stderr
    checked = _segdsl(["check", "--format", "json"], cwd=project)
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout) == []  # no errors, and no warnings either
    tested = _segdsl(["test"], cwd=project)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert tested.stdout.endswith("1 passed, 0 failed\n")
    ran = _segdsl(["run", "--all", "--as-of", AS_OF], cwd=project)
    assert ran.returncode == 0, ran.stderr
    summary = ran.stdout.partition("\n\n")[0].splitlines()
    assert summary == [
        "definition          members   share",
        "recent_order              1   33.3%",
        "top_lifetime_value        1   33.3%",
        "(all)                     3  100.0%",
    ]
    members = _segdsl(["run", "recent_order", "--as-of", AS_OF, "--format", "csv",
                       "--with", "email"], cwd=project)
    assert members.returncode == 0, members.stderr
    assert members.stdout == "customer_id,email\nc-1,a@x.de\n"


def test_duckdb(tmp_path: Path) -> None:
    _duckdb_shop(tmp_path / "data" / "warehouse.duckdb")
    made = _segdsl(["init", "segments", "--from-db", "data/warehouse.duckdb", "--table",
                    "crm.customers", "--events", "crm.orders:ordered_at"], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout == ""
    project = tmp_path / "segments"
    assert sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file()) == [
        "schema.yml", "segdsl.yml", "segments/starter.seg", "tests/starter.yml"]
    config = (project / "segdsl.yml").read_text(encoding="utf-8")
    # The database relative to the project, so the folder can move with the data.
    assert 'database: "../data/warehouse.duckdb"\n' in config
    assert "dialect: duckdb\n" in config
    schema = (project / "schema.yml").read_text(encoding="utf-8")
    assert "year_value: {type: integer, column: year}" in schema
    assert "  order:\n    table: crm.orders\n" in schema
    _made_project_passes(project, made.stderr)
    # From elsewhere too: 'database' is read relative to the project.
    elsewhere = _segdsl(["run", "--project", str(project), "top_lifetime_value",
                         "--format", "csv"], cwd=REPO)
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert elsewhere.stdout == "customer_id\nc-1\n"


def test_postgres(tmp_path: Path, postgres_shop: str) -> None:
    # The server trusts local connections, so a password is accepted and not needed.
    with_password = postgres_shop.replace("://postgres@", "://postgres:s3cret@")
    assert with_password != postgres_shop
    made = _segdsl(["init", "segments", "--from-db", with_password, "--table",
                    "crm.customers", "--events", "crm.orders:ordered_at",
                    "--entity", "client"], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "s3cret" not in made.stderr
    assert "PGPASSWORD" in made.stderr
    project = tmp_path / "segments"
    config = (project / "segdsl.yml").read_text(encoding="utf-8")
    assert f"database: {json.dumps(postgres_shop)}\n" in config  # no password in the file
    assert "dialect: postgres\n" in config
    for path in project.rglob("*"):
        if path.is_file():
            assert "s3cret" not in path.read_text(encoding="utf-8"), path
    assert "entity: client\n" in (project / "schema.yml").read_text(encoding="utf-8")
    _made_project_passes(project, made.stderr)


@pytest.mark.parametrize(("schema_sql", "expected_segment", "members"), [
    # no event, no number: the first attribute "is set"
    ("CREATE TABLE people (id VARCHAR, nickname VARCHAR)", "nickname_known", ["p1"]),
    # only the key: every row
    ("CREATE TABLE people (id VARCHAR)", "every_people", ["p1", "p2"]),
    # an attribute already called like the starter segment
    ("CREATE TABLE people (id VARCHAR, top_score VARCHAR, score DOUBLE)", "top_score_2",
     ["p1"]),
])
def test_other_schemas_get_fitting_starters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            schema_sql: str, expected_segment: str,
                                            members: list[str]) -> None:
    database = tmp_path / "p.duckdb"
    with duckdb.connect(str(database)) as con:
        con.execute(schema_sql)
        width = len(con.execute("SELECT * FROM people").description or [])
        rows = [("p1", "x", 3.0)[:width], ("p2", None, None)[:width]]
        con.executemany(f"INSERT INTO people VALUES ({', '.join('?' * width)})", rows)
    made = run(["init", str(tmp_path / "proj"), "--from-db", str(database), "--table",
                "people"])
    assert made.exit_code == 0, made.output
    monkeypatch.chdir(tmp_path / "proj")
    assert f"segment {expected_segment}\n" in Path("segments/starter.seg").read_text()
    checked = run(["check", "--format", "json"])
    assert checked.exit_code == 0 and json.loads(checked.stdout) == []
    tested = run(["test"])
    assert tested.exit_code == 0, tested.output
    ran = run(["run", expected_segment, "--format", "csv"])
    assert ran.exit_code == 0, ran.output
    assert ran.stdout.splitlines() == ["id", *members]


def _nothing_written(tmp_path: Path, before: list[Path]) -> None:
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize(("args", "message"), [
    (["--from-db", "postgresql://postgres@127.0.0.1:1/nowhere", "--table", "t"],
     "error: cannot connect"),
    (["--from-db", "missing.duckdb", "--table", "t"],
     "error: the DuckDB database missing.duckdb does not exist\n"),
    (["--from-db", "DB", "--table", "crm.clients"],
     "error: the database DB has no table 'crm.clients'"),
    (["--from-db", "DB", "--table", "crm.customers", "--events", "crm.orders:amount"],
     "error: the column 'amount' of 'crm.orders' is double, but an event time must be a "
     "timestamp column"),
    (["--from-db", "oracle://h/db", "--table", "t"], "error: --from-db oracle://h/db is a "
     "oracle:// URL"),
    (["--from-db", "mysql://u:pw@127.0.0.1:1/db", "--table", "t"],
     "error: cannot connect to MySQL at mysql://u:***@127.0.0.1:1/db: "),
    (["--table", "t"], "--table, --events and --entity go with --from-db DB"),
    (["--from-db", "DB"], "--from-db needs --table T"),
    (["--from-db", "DB", "--table", "crm.customers", "--customers", "10"],
     "--customers makes demo data"),
])
def test_refused_with_nothing_written(tmp_path: Path, args: list[str], message: str) -> None:
    database = _duckdb_shop(tmp_path / "warehouse.duckdb")
    args = [str(database) if arg == "DB" else arg for arg in args]
    message = message.replace("database DB", f"database {database}")
    before = sorted(tmp_path.rglob("*"))
    made = _segdsl(["init", "new", *args], cwd=tmp_path)
    assert made.returncode == 2, made.stderr
    assert message in made.stderr
    assert "Traceback" not in made.stderr
    _nothing_written(tmp_path, before)


def test_a_folder_that_is_not_empty_is_refused_before_the_database_is_read(
        tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("mine\n")
    before = sorted(tmp_path.rglob("*"))
    # The database cannot be reached either: the folder is what is reported.
    made = _segdsl(["init", ".", "--from-db", "postgresql://postgres@127.0.0.1:1/x",
                    "--table", "t"], cwd=tmp_path)
    assert made.returncode == 2
    assert made.stderr == ("error: . is not empty (it holds 'mine.txt'); segdsl init makes "
                           "a project in a new or empty folder only\n")
    _nothing_written(tmp_path, before)


def test_without_password() -> None:
    from segdsl.dburl import without_password

    assert without_password("postgresql://u:p@ss/w@h:5432/db") == "postgresql://u@h:5432/db"
    assert without_password("postgresql://u@h/db") == "postgresql://u@h/db"
    assert (without_password("postgres://h/db?sslmode=require&password=x&sslpassword=y")
            == "postgres://h/db?sslmode=require")
