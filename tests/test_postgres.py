"""`segdsl run` and `segdsl test` on a real PostgreSQL server.

The example project's demo data is copied from DuckDB into a PostgreSQL database
whose default time zone is America/New_York, with ``timestamptz`` and ``numeric``
columns, and every result must equal the DuckDB file's.  Then each kind of bad
input (unreachable server, missing database, table, column, a column of the wrong
type, a fixture database that has the tables) must give one clear line and exit 2.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import run
from click.testing import Result
from engine_targets import DB_SUFFIX, REPO, postgres_test_url, server_url, with_database

from segdsl.demo import TABLES, generate_shop_database

SHOP = REPO / "examples" / "shop"
AS_OF = "2026-11-01T09:30:00Z"
DATABASE = "segdsl_test_shop" + DB_SUFFIX
NAIVE_DATABASE = "segdsl_test_shop_naive" + DB_SUFFIX
BROKEN_DATABASE = "segdsl_test_broken" + DB_SUFFIX
# DuckDB's demo column types -> PostgreSQL's, the zoned and exact kinds on purpose.
PG_TYPES = {"VARCHAR": "text", "BIGINT": "bigint", "DOUBLE": "numeric", "BOOLEAN": "boolean",
            "DATE": "date", "TIMESTAMP": "timestamptz"}
# The same with naive `timestamp` columns holding UTC (SPEC 2), which `run` reads bare.
NAIVE_TYPES = {**PG_TYPES, "TIMESTAMP": "timestamp"}


def _admin(statement: object) -> None:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


def _recreate(database: str) -> str:
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    name = sql.Identifier(database)
    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
    _admin(sql.SQL("CREATE DATABASE {}").format(name))
    _admin(sql.SQL("ALTER DATABASE {} SET timezone TO 'America/New_York'").format(name))
    return with_database(server_url(), database)


def _copy_demo(duckdb_file: Path, url: str, types: dict[str, str] = PG_TYPES) -> None:
    """Copy the demo tables into PostgreSQL (into ``timestamptz`` aware UTC
    timestamps and into ``timestamp`` the naive UTC ones, so the session's New
    York zone cannot shift them)."""
    import psycopg
    from psycopg import sql

    source = duckdb.connect(str(duckdb_file), read_only=True)
    try:
        with psycopg.connect(url) as connection:
            connection.execute("CREATE SCHEMA shop")
            for table, columns in TABLES.items():
                schema_name, table_name = table.split(".")
                target = sql.Identifier(schema_name, table_name)
                definitions = sql.SQL(", ").join(
                    sql.SQL("{} {}").format(sql.Identifier(name), sql.SQL(types[kind]))
                    for name, kind in columns
                )
                connection.execute(sql.SQL("CREATE TABLE {} ({})").format(target, definitions))
                names = ", ".join(f'"{name}"' for name, _ in columns)
                rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
                copy = sql.SQL("COPY {} FROM STDIN").format(target)
                with connection.cursor() as cursor, cursor.copy(copy) as writer:
                    for row in rows:
                        writer.write_row([
                            value.replace(tzinfo=dt.UTC)
                            if isinstance(value, dt.datetime) and types is PG_TYPES
                            else value for value in row
                        ])
    finally:
        source.close()


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """(the demo DuckDB file, the URL of the same data in PostgreSQL)."""
    folder = tmp_path_factory.mktemp("shop")
    duckdb_file = folder / "demo.duckdb"
    generate_shop_database(duckdb_file, customers=400, seed=3,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    url = _recreate(DATABASE)
    _copy_demo(duckdb_file, url)
    yield duckdb_file, url
    from psycopg import sql

    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE)))


@pytest.fixture(scope="module")
def naive_shop(shop: tuple[Path, str]) -> Iterator[tuple[Path, str]]:
    """(the demo DuckDB file, the URL of the same data in naive `timestamp` columns)."""
    duckdb_file, _ = shop
    url = _recreate(NAIVE_DATABASE)
    _copy_demo(duckdb_file, url, NAIVE_TYPES)
    yield duckdb_file, url
    from psycopg import sql

    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
        sql.Identifier(NAIVE_DATABASE)))


def _run_both(shop: tuple[Path, str], *args: str) -> tuple[Result, Result]:
    duckdb_file, url = shop
    common = ["run", "--project", str(SHOP), "--as-of", AS_OF, *args]
    return run([*common, "--db", str(duckdb_file)]), run([*common, "--db", url])


def test_membership_table_equals_duckdbs(shop: tuple[Path, str]) -> None:
    on_duckdb, on_postgres = _run_both(shop, "--all", "--format", "csv")
    assert on_duckdb.exit_code == 0, on_duckdb.output
    assert on_postgres.exit_code == 0, on_postgres.output
    duck_lines = on_duckdb.stdout.splitlines()
    pg_lines = on_postgres.stdout.splitlines()
    assert len(pg_lines) == 401
    assert pg_lines[0] == duck_lines[0]
    # numeric columns print exact decimals and DuckDB's doubles their shortest form;
    # compare the fields as numbers where they are numbers.
    for duck_line, pg_line in zip(duck_lines[1:], pg_lines[1:], strict=True):
        for duck_field, pg_field in zip(duck_line.split(","), pg_line.split(","), strict=True):
            assert _same_field(duck_field, pg_field), (duck_line, pg_line)


def test_naive_columns_give_the_same_members_read_bare(
        shop: tuple[Path, str], naive_shop: tuple[Path, str]) -> None:
    """`run` reads naive `timestamp` columns bare (their indexes usable) and
    `timestamptz` ones AT TIME ZONE 'UTC', as its column check found them; both
    give DuckDB's members (tests/test_time_context.py has the SQL side)."""
    from segdsl.engines.reader import open_reader
    from segdsl.timecontext import Zoning
    from segdsl.workspace import load_workspace

    checked = load_workspace(SHOP).checked
    assert checked is not None
    for (_, url), zoning in ((shop, Zoning.ZONED), (naive_shop, Zoning.NAIVE)):
        with open_reader(url, checked.schema, checked.schema) as reader:
            assert reader.time_context.zoning("shop.orders", "ordered_at") is zoning
            sql = reader.membership_sql(checked, dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
        assert "TO_TIMESTAMP" not in sql
        assert ("AT TIME ZONE 'UTC'" in sql.replace("CURRENT_TIMESTAMP AT TIME ZONE", "")
                ) is (zoning is Zoning.ZONED)
    for segment in ("vip", "new_customers", "cart_abandoners", "munich_store_launch"):
        on_duckdb, on_naive = _run_both(naive_shop, segment, "--format", "csv")
        assert on_naive.exit_code == 0, on_naive.output
        assert on_naive.stdout == on_duckdb.stdout
    on_duckdb, on_naive = _run_both(naive_shop, "--all", "--format", "csv")
    assert on_naive.exit_code == 0, on_naive.output
    for duck_line, pg_line in zip(on_duckdb.stdout.splitlines(), on_naive.stdout.splitlines(),
                                  strict=True):
        for duck_field, pg_field in zip(duck_line.split(","), pg_line.split(","), strict=True):
            assert _same_field(duck_field, pg_field), (duck_line, pg_line)


def _same_field(left: str, right: str) -> bool:
    if left == right:
        return True
    try:
        return abs(float(left) - float(right)) <= 1e-9 * max(1.0, abs(float(left)))
    except ValueError:
        return False


@pytest.mark.parametrize("segment", ["vip", "new_customers", "cart_abandoners",
                                     "digital_adopters", "munich_store_launch",
                                     "rising_spenders", "team_kit_prospects"])
def test_each_segment_has_the_same_members(shop: tuple[Path, str], segment: str) -> None:
    on_duckdb, on_postgres = _run_both(shop, segment, "--format", "csv")
    assert on_postgres.exit_code == 0, on_postgres.output
    assert on_postgres.stdout == on_duckdb.stdout
    assert len(on_postgres.stdout.splitlines()) > 1, "the demo plants members for every segment"


def test_out_files_are_written_from_postgres(shop: tuple[Path, str], tmp_path: Path) -> None:
    _, url = shop
    printed = run(["run", "--project", str(SHOP), "--as-of", AS_OF, "--db", url, "--all",
                   "--format", "csv"])
    csv_file, parquet_file = tmp_path / "all.csv", tmp_path / "all.parquet"
    for out in (csv_file, parquet_file):
        result = run(["run", "--project", str(SHOP), "--as-of", AS_OF, "--db", url, "--all",
                      "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
    assert csv_file.read_text(encoding="utf-8") == printed.stdout
    from_parquet = duckdb.sql(f"SELECT * FROM '{parquet_file}'").fetchall()
    from_csv = duckdb.sql(
        f"SELECT * FROM read_csv('{csv_file}', header=true, all_varchar=true)").fetchall()
    assert len(from_parquet) == len(from_csv) == 400
    assert [str(row[0]) for row in from_parquet] == [row[0] for row in from_csv]
    assert sorted(os.listdir(tmp_path)) == ["all.csv", "all.parquet"]  # no temporary files


def test_run_on_postgres_never_writes(shop: tuple[Path, str]) -> None:
    import psycopg

    _, url = shop
    before = _table_sizes(url)
    assert run(["run", "--project", str(SHOP), "--db", url, "--all"]).exit_code == 0
    assert _table_sizes(url) == before
    with psycopg.connect(url) as connection:
        found = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
            "('pg_catalog', 'information_schema')").fetchone()
    assert found is not None and found[0] == len(TABLES)


def _table_sizes(url: str) -> dict[str, int]:
    import psycopg

    sizes: dict[str, int] = {}
    with psycopg.connect(url) as connection:
        for table in TABLES:
            row = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
            sizes[table] = row[0] if row else -1
    return sizes


# ------------------------------------------------------------------ bad input


def _error_line(result: Result) -> str:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_unreachable_server() -> None:
    line = _error_line(run(["run", "--project", str(SHOP), "vip", "--db",
                            "postgresql://postgres:secret@127.0.0.1:1/shop"]))
    assert line.startswith("error: cannot connect to PostgreSQL at ")
    assert "secret" not in line
    assert "refused" in line.lower()


def test_missing_database() -> None:
    postgres_test_url()
    url = with_database(server_url(), "segdsl_no_such_database")
    line = _error_line(run(["run", "--project", str(SHOP), "vip", "--db", url]))
    assert 'database "segdsl_no_such_database" does not exist' in line


def test_wrong_user() -> None:
    postgres_test_url()
    line = _error_line(run(["run", "--project", str(SHOP), "vip", "--db",
                            "postgresql://segdsl_no_such_role@127.0.0.1:5432/postgres"]))
    assert "segdsl_no_such_role" in line


@pytest.fixture
def broken(shop: tuple[Path, str]) -> Iterator[str]:
    """A database with the demo's layout, for one test to break."""
    duckdb_file, _ = shop
    url = _recreate(BROKEN_DATABASE)
    _copy_demo(duckdb_file, url)
    yield url
    from psycopg import sql

    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
        sql.Identifier(BROKEN_DATABASE)))


@pytest.mark.parametrize(("change", "expected"), [
    ("DROP TABLE shop.returns",
     "the PostgreSQL database has no table 'shop.returns'"),
    ("ALTER TABLE shop.orders RENAME COLUMN amount TO total",
     "the table 'shop.orders' has no column 'amount'"),
    ("ALTER TABLE shop.orders ALTER COLUMN amount TYPE text",
     "the column 'amount' of 'shop.orders' is text in PostgreSQL, but "),
    ("ALTER TABLE shop.customers ALTER COLUMN birthday TYPE timestamp",
     "the column 'birthday' of 'shop.customers' is timestamp in PostgreSQL, but "),
])
def test_tables_that_do_not_match_the_schema(broken: str, change: str, expected: str) -> None:
    import psycopg

    with psycopg.connect(broken) as connection:
        connection.execute(change)  # type: ignore[arg-type]
    line = _error_line(run(["run", "--project", str(SHOP), "--all", "--db", broken]))
    assert expected in line
    assert "schema.yml" in line


def test_every_mismatch_at_once_and_only_what_is_read(broken: str) -> None:
    """Issue #11.2 on PostgreSQL: all problems in one run; a segment that reads
    none of the broken tables and columns still runs."""
    import psycopg

    with psycopg.connect(broken) as connection:
        connection.execute("DROP TABLE shop.returns")
        connection.execute("ALTER TABLE shop.orders ALTER COLUMN amount TYPE text")
        connection.execute("ALTER TABLE shop.customers DROP COLUMN birthday")
    result = run(["run", "--project", str(SHOP), "--all", "--db", broken])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 3, result.stderr
    assert lines[0] == ("error: the table 'shop.customers' has no column 'birthday', which "
                        "examples/shop/schema.yml names")
    assert lines[1].startswith("error: the column 'amount' of 'shop.orders' is text in ")
    assert lines[2] == ("error: the PostgreSQL database has no table 'shop.returns', which "
                        "examples/shop/schema.yml names")
    fine = run(["run", "--project", str(SHOP), "email_engaged", "--db", broken,
                "--format", "csv"])
    assert fine.exit_code == 0, fine.output
    assert fine.stdout.startswith("customer_id\n")


def test_as_of_after_every_event_warns_on_postgres(shop: tuple[Path, str]) -> None:
    """Issue #11.4 on PostgreSQL: the max(time) queries run there too."""
    _, url = shop
    result = run(["run", "--project", str(SHOP), "vip", "--db", url, "--as-of", "2099-01-01",
                  "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("warning: --as-of 2099-01-01T00:00:00Z is after the "
                                    "latest event (")
    assert "windows like 'in last 365 days' will find nothing" in result.stderr


def test_fixture_tests_refuse_a_database_with_the_tables(shop: tuple[Path, str]) -> None:
    _, url = shop
    line = _error_line(run(["test", "--project", str(SHOP), "--db", url]))
    assert "the table 'shop.customers' exists already" in line


def test_fixture_tests_on_postgres_pass_and_leave_nothing() -> None:
    url = postgres_test_url()
    result = run(["test", "--project", str(SHOP), "--db", url])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "29 passed, 0 failed"
    import psycopg

    with psycopg.connect(url) as connection:
        left = connection.execute(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'shop'").fetchone()
    assert left == (0,)


def test_engine_and_db_must_agree() -> None:
    line = _error_line(run(["test", "--project", str(SHOP), "--engine", "postgres"]))
    assert "--engine postgres needs --db postgresql://" in line
    line = _error_line(run(["test", "--project", str(SHOP), "--engine", "bigquery", "--db",
                            "postgresql://localhost/x"]))
    assert "--engine bigquery does not run on --db" in line
