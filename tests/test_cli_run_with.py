"""`segdsl run --with ATTRS`: attribute columns next to the key, on DuckDB and
PostgreSQL, printed and written with --out; names checked before the database is
opened; the columns they read checked before anything is queried.

The same rows are loaded into a DuckDB file and a PostgreSQL database (timestamptz
and numeric columns there), and each test runs on both.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import run, write_project
from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

AS_OF = "2026-11-01"
DATABASE = "segdsl_test_run_with" + DB_SUFFIX

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  email: string
  country: string
  signup_at: timestamp
  ltv: {type: number, column: lifetime_value}
relations:
  account:
    table: accounts
    key: account_id
    via: account_id
    attributes:
      company: string
      renewal: date
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""
SEGMENTS = """\
metric orders = count(purchase)
segment buyers
  where has purchase
segment germans
  where country = "DE"
"""
# (key, email, country, signup_at, lifetime_value, account_id); "b,2" needs quoting.
CUSTOMERS = [
    ("a1", "ann@x.de", "DE", "2025-01-02 03:04:05", 120.5, 10),
    ("b,2", "bob@x.fr", "FR", "2024-06-01 00:00:00", 0.25, None),
    ("c3", None, "DE", None, None, 11),
    ("d4", "dee@x.at", "AT", "2026-10-31 23:59:59", 1000, 99),  # dangling account
]
ACCOUNTS = [(10, "Lauf e.V.", "2027-01-31"), (11, "Schule", None)]
ORDERS = [("a1", "2026-10-01 10:00:00", 20.0), ("d4", "2026-10-30 10:00:00", 5.5)]

COLUMNS = {
    "customers": [("customer_id", "VARCHAR", "text"), ("email", "VARCHAR", "text"),
                  ("country", "VARCHAR", "text"), ("signup_at", "TIMESTAMP", "timestamptz"),
                  ("lifetime_value", "DOUBLE", "numeric"), ("account_id", "BIGINT", "bigint")],
    "accounts": [("account_id", "BIGINT", "bigint"), ("company", "VARCHAR", "text"),
                 ("renewal", "DATE", "date")],
    "orders": [("customer_id", "VARCHAR", "text"), ("ordered_at", "TIMESTAMP", "timestamptz"),
               ("amount", "DOUBLE", "numeric")],
}
ROWS = {"customers": CUSTOMERS, "accounts": ACCOUNTS, "orders": ORDERS}

GERMANS_CSV = (
    "customer_id,email,country,account.company\n"
    "a1,ann@x.de,DE,Lauf e.V.\n"
    "c3,,DE,Schule\n"
)
ALL_CSV = (
    "customer_id,signup_at,ltv,account.renewal,buyers,germans,orders\n"
    "a1,2025-01-02 03:04:05,120.5,2027-01-31,true,true,1\n"
    '"b,2",2024-06-01 00:00:00,0.25,,false,false,0\n'
    "c3,,,,false,true,0\n"
    "d4,2026-10-31 23:59:59,1000,,true,false,1\n"
)


def _duckdb_database(path: Path, *, without: str | None = None) -> str:
    with duckdb.connect(str(path)) as con:
        for table, columns in COLUMNS.items():
            kept = [(name, kind) for name, kind, _ in columns if name != without]
            con.execute(f"CREATE TABLE {table} ("
                        + ", ".join(f"{name} {kind}" for name, kind in kept) + ")")
            positions = [index for index, (name, _, _) in enumerate(columns) if name != without]
            rows = [tuple(row[i] for i in positions) for row in ROWS[table]]
            con.executemany(f"INSERT INTO {table} VALUES ("
                            + ", ".join("?" for _ in kept) + ")", rows)
    return str(path)


def _admin(statement: object) -> None:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


def _postgres_database(name: str, *, without: str | None = None) -> str:
    import psycopg
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    _admin(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    _admin(sql.SQL("ALTER DATABASE {} SET timezone TO 'America/New_York'").format(
        sql.Identifier(name)))
    url = with_database(server_url(), name)
    with psycopg.connect(url) as connection:
        for table, columns in COLUMNS.items():
            kept = [(column, kind) for column, _, kind in columns if column != without]
            connection.execute(sql.SQL("CREATE TABLE {} ({})").format(
                sql.Identifier(table),
                sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(column),
                                                           sql.SQL(kind))
                                   for column, kind in kept)))
            positions = [index for index, (column, _, _) in enumerate(columns)
                         if column != without]
            for row in ROWS[table]:
                values = [row[i] for i in positions]
                values = [dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
                          if isinstance(value, str) and len(value) == 19 else value
                          for value in values]
                connection.execute(sql.SQL("INSERT INTO {} VALUES ({})").format(
                    sql.Identifier(table),
                    sql.SQL(", ").join(sql.Placeholder() for _ in values)), values)
    return url


def _drop(name: str) -> None:
    from psycopg import sql

    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("with")
    write_project(root, SEGMENTS, schema=SCHEMA)
    return root


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[str]:
    if request.param == "duckdb":
        yield _duckdb_database(tmp_path_factory.mktemp("db") / "shop.duckdb")
        return
    yield _postgres_database(DATABASE)
    _drop(DATABASE)


def _run(project: Path, database: str, *args: str) -> tuple[int, str, str]:
    result = run(["run", "--project", str(project), "--db", database, "--as-of", AS_OF,
                  *args])
    return result.exit_code, result.stdout, result.stderr


def test_segment_with_attributes_and_a_relation_attribute(project: Path,
                                                         database: str) -> None:
    status, printed, errors = _run(project, database, "germans", "--format", "csv",
                                   "--with", "email,country,account.company")
    assert status == 0, errors
    assert printed == GERMANS_CSV


def test_with_repeats_like_commas(project: Path, database: str) -> None:
    one = _run(project, database, "germans", "--format", "csv",
               "--with", "email", "--with", " country , account.company")
    assert one[:2] == (0, GERMANS_CSV)


def test_all_with_attributes_puts_them_before_the_definitions(project: Path,
                                                              database: str) -> None:
    status, printed, errors = _run(project, database, "--all", "--format", "csv",
                                   "--with", "signup_at,ltv,account.renewal")
    assert status == 0, errors
    assert printed == ALL_CSV


def test_table_and_json(project: Path, database: str) -> None:
    status, printed, errors = _run(project, database, "buyers", "--with", "email,ltv")
    assert status == 0, errors
    assert printed == (
        "customer_id  email       ltv\n"
        "-----------  --------  -----\n"
        "a1           ann@x.de  120.5\n"
        "d4           dee@x.at   1000\n"
        "\n"
        "buyers: 2 members\n"
    )
    status, printed, errors = _run(project, database, "buyers", "--with", "signup_at,ltv",
                                   "--format", "json")
    assert status == 0, errors
    assert json.loads(printed) == [
        {"customer_id": "a1", "signup_at": "2025-01-02T03:04:05Z", "ltv": 120.5},
        {"customer_id": "d4", "signup_at": "2026-10-31T23:59:59Z", "ltv": 1000},
    ]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_out_files_hold_the_attributes(project: Path, database: str, tmp_path: Path,
                                       suffix: str) -> None:
    target = tmp_path / f"germans{suffix}"
    status, printed, errors = _run(project, database, "germans", "--out", str(target),
                                   "--with", "email,signup_at,account.company")
    assert status == 0, errors
    assert printed == ""
    with duckdb.connect() as con:
        relation = con.sql(f"SELECT * FROM '{target.as_posix()}' ORDER BY ALL")
        assert relation.columns == ["customer_id", "email", "signup_at", "account.company"]
        assert relation.fetchall() == [
            ("a1", "ann@x.de", dt.datetime(2025, 1, 2, 3, 4, 5), "Lauf e.V."),
            ("c3", None, None, "Schule"),
        ]


def test_the_column_check_includes_the_attributes(project: Path, tmp_path: Path,
                                                  request: pytest.FixtureRequest,
                                                  database: str) -> None:
    # A database without customers.email: `germans` does not read it, --with does.
    if database.startswith("postgresql://"):
        name = DATABASE + "_noemail"
        broken = _postgres_database(name, without="email")
        request.addfinalizer(lambda: _drop(name))
    else:
        broken = _duckdb_database(tmp_path / "noemail.duckdb", without="email")
    assert _run(project, broken, "germans", "--format", "csv")[0] == 0
    status, printed, errors = _run(project, broken, "germans", "--with", "email")
    assert status == 2
    assert printed == ""
    assert errors == ("error: the table 'customers' has no column 'email', which "
                      f"{project / 'schema.yml'} names\n")


@pytest.mark.parametrize(("value", "message"), [
    ("emial", "error: --with: the schema has no attribute 'emial' (did you mean 'email'?); "
              "attributes: email, country, signup_at, ltv\n"),
    ("account.compnay", "error: --with: the relation 'account' has no attribute 'compnay' "
                        "(did you mean 'account.company'?); the attributes of account: "
                        "account.company, account.renewal\n"),
    ("acount.company", "error: --with: the schema has no relation 'acount' (did you mean "
                       "'account.company'?); relations: account\n"),
    ("germans", "error: --with 'germans': that is a segment, not an attribute; "
                "`segdsl run --all` includes every definition as a column\n"),
    ("orders", "error: --with 'orders': that is a metric, not an attribute; "
               "`segdsl run --all` includes every definition as a column\n"),
    ("customer_id", "error: --with 'customer_id': the key customer_id is always the first "
                    "column; --with adds attributes after it\n"),
    ("email,,country", "error: --with 'email,,country' has an empty name; give attribute "
                       "names separated by commas, e.g. --with email,country\n"),
    ("email,email", "error: --with names 'email' twice\n"),
])
def test_bad_names_exit_2_before_the_database_is_opened(project: Path, value: str,
                                                        message: str) -> None:
    # The database does not exist: the name is refused before it is opened.
    result = run(["run", "--project", str(project), "--db", "missing.duckdb", "germans",
                  "--with", value])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message
