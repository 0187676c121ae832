"""`segdsl schema infer`: a draft schema.yml from a DuckDB file or PostgreSQL.

The draft must load with segdsl's own schema loader, carry the right types and
key, propose few-valued text columns as enums in comments only, and be usable as
is: `segdsl check` (and `run`) on a project made from it pass.  Bad input is one
line and exit status 2.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb
import pytest
import yaml
from cli_project import run
from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

from segdsl.project.model import ValueType
from segdsl.project.schema_loader import parse_schema

PG_DATABASE = "segdsl_test_infer" + DB_SUFFIX

CUSTOMERS = [
    ("c1", "a@example.com", "DE", "12.50", True, "1990-01-01", "2024-01-01 10:00:00", 1990),
    ("c2", "b@example.com", "AT", "7.25", False, "1991-02-03", "2024-02-01 11:00:00", 1991),
    ("c3", "c@example.com", "CH", "0.00", None, None, "2024-03-01 12:00:00", None),
    ("c4", "d@example.com", "DE", "3.00", True, "1992-04-05", "2024-04-01 13:00:00", 1992),
]
ORDERS = [
    (1, "c1", "2026-10-20 09:00:00", "49.90", "kids", "2026-10-20"),
    (2, "c1", "2026-10-25 09:00:00", "15.00", "running", "2026-10-25"),
    (3, "c2", "2026-10-28 09:00:00", "99.00", "kids", "2026-10-28"),
]
# (name, DuckDB type, PostgreSQL type) of each table; `year` is a reserved word of
# the language (so is `tags`, a list: renamed too), `photo` has no segdsl type.
CUSTOMER_COLUMNS = [
    ("customer_id", "VARCHAR", "text"), ("email", "VARCHAR", "text"),
    ("country", "VARCHAR", "varchar(2)"), ("lifetime_value", "DECIMAL(10, 2)", "numeric(10, 2)"),
    ("is_subscribed", "BOOLEAN", "boolean"), ("birthday", "DATE", "date"),
    ("signup_at", "TIMESTAMP", "timestamptz"), ("year", "INTEGER", "integer"),
    ("tags", "VARCHAR[]", "text[]"), ("photo", "BLOB", "bytea"),
]
ORDER_COLUMNS = [
    ("order_id", "BIGINT", "bigint"), ("customer_id", "VARCHAR", "text"),
    ("ordered_at", "TIMESTAMP", "timestamp"), ("amount", "DECIMAL(10, 2)", "numeric(10, 2)"),
    ("category", "VARCHAR", "text"), ("ordered_on", "DATE", "date"),
]
EXPECTED_ATTRIBUTES = {
    "email": ValueType.STRING, "country": ValueType.STRING,
    "lifetime_value": ValueType.NUMBER, "is_subscribed": ValueType.BOOLEAN,
    "birthday": ValueType.DATE, "signup_at": ValueType.TIMESTAMP,
    "year_value": ValueType.INTEGER, "tags_value": ValueType.LIST_STRING,
}
EXPECTED_PROPERTIES = {
    "order_id": ValueType.INTEGER, "amount": ValueType.NUMBER,
    "category": ValueType.STRING, "ordered_on": ValueType.DATE,
}


def _rows(columns: list[tuple[str, str, str]], rows: Sequence[tuple[object, ...]]
          ) -> list[tuple[object, ...]]:
    """Add a `tags` list and a `photo` (the column no segdsl type reads) to customer rows."""
    if columns is CUSTOMER_COLUMNS:
        return [(*row, ["x"], b"x") for row in rows]
    return list(rows)


@pytest.fixture(scope="module")
def duck_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file named like its schema (`shop.duckdb` with `shop.customers`),
    the catalog/schema clash the reader works around."""
    folder = tmp_path_factory.mktemp("infer")
    made = folder / "made.duckdb"
    connection = duckdb.connect(str(made))
    connection.execute("CREATE SCHEMA shop")
    for table, columns, rows in (("customers", CUSTOMER_COLUMNS, CUSTOMERS),
                                 ("orders", ORDER_COLUMNS, ORDERS)):
        definition = ", ".join(f'"{name}" {kind}' for name, kind, _ in columns)
        connection.execute(f"CREATE TABLE shop.{table} ({definition})")
        marks = ", ".join("?" for _ in columns)
        connection.executemany(f"INSERT INTO shop.{table} VALUES ({marks})",
                               _rows(columns, rows))
    connection.execute("CREATE TABLE shop.visits (visitor VARCHAR, page VARCHAR)")
    connection.execute("INSERT INTO shop.visits VALUES ('v1', '/'), ('v1', '/a')")
    connection.close()
    target = folder / "shop.duckdb"
    made.rename(target)
    return target


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    postgres_test_url()  # skips (or fails under CI) without a server
    import psycopg
    from psycopg import sql

    with psycopg.connect(server_url(), autocommit=True) as admin:
        name = sql.Identifier(PG_DATABASE)
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
    url = with_database(server_url(), PG_DATABASE)
    with psycopg.connect(url) as connection:
        connection.execute("CREATE SCHEMA shop")
        for table, columns, rows in (("customers", CUSTOMER_COLUMNS, CUSTOMERS),
                                     ("orders", ORDER_COLUMNS, ORDERS)):
            definition = ", ".join(f'"{name}" {pg}' for name, _, pg in columns)
            connection.execute(f"CREATE TABLE shop.{table} ({definition})")
            marks = ", ".join("%s" for _ in columns)
            with connection.cursor() as cursor:
                cursor.executemany(f"INSERT INTO shop.{table} VALUES ({marks})",
                                   _rows(columns, rows))
    yield url
    with psycopg.connect(server_url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(PG_DATABASE)))


def _infer(database: str, *extra: str) -> str:
    result = run(["schema", "infer", "--db", database, "--table", "shop.customers",
                  "--events", "shop.orders:ordered_at", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def _check_draft(text: str) -> None:
    assert isinstance(yaml.safe_load(text), dict)
    schema, problems = parse_schema(text, "schema.yml")
    assert problems == [], problems
    assert schema is not None
    assert schema.entity == "customer"
    assert schema.table == "shop.customers"
    assert schema.key == "customer_id"
    assert {name: a.type for name, a in schema.attributes.items()} == EXPECTED_ATTRIBUTES
    assert schema.attributes["year_value"].column == "year"
    # Enums are proposed in comments, never enforced.
    assert all(not a.values for a in schema.attributes.values())
    assert "country: string  # values seen: AT, CH, DE" in text
    assert "key: customer_id  # unique and never empty in the data (4 rows)" in text
    assert "# TODO: column 'photo' is " in text
    order = schema.events["order"]
    assert (order.table, order.key, order.time) == ("shop.orders", "customer_id", "ordered_at")
    assert {name: p.type for name, p in order.properties.items()} == EXPECTED_PROPERTIES
    assert "category: string  # values seen: kids, running" in text


def _project(folder: Path, database: str, schema_file: Path) -> Path:
    (folder / "segdsl.yml").write_text(
        f"name: inferred\nschema: {schema_file.name}\nsegments: [segments]\n"
        f"dialect: duckdb\n", encoding="utf-8")
    (folder / "segments").mkdir()
    (folder / "segments" / "kids.seg").write_text(
        "segment kids_buyers\n"
        "  where has order with category = \"kids\" in last 30 days\n"
        "    and country = \"DE\"\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_draft_loads_and_a_project_on_it_checks_and_runs(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    database = str(request.getfixturevalue("duck_file" if engine == "duckdb" else "pg_url"))
    text = _infer(database)
    _check_draft(text)
    out = tmp_path / "schema.yml"
    written = run(["schema", "infer", "--db", database, "--table", "shop.customers",
                   "--events", "shop.orders:ordered_at", "--out", str(out)])
    assert written.exit_code == 0, written.output
    assert written.stdout == ""
    assert out.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir()] == ["schema.yml"]  # no temporary left
    project = _project(tmp_path, database, out)
    checked = run(["check", "--project", str(project)])
    assert checked.exit_code == 0, checked.output
    ran = run(["run", "--project", str(project), "kids_buyers", "--db", database,
               "--as-of", "2026-11-01T00:00:00Z", "--format", "csv"])
    assert ran.exit_code == 0, ran.output
    assert ran.stdout.split() == ["customer_id", "c1"]


def test_entity_name_and_a_guessed_key(duck_file: Path) -> None:
    result = run(["schema", "infer", "--db", str(duck_file), "--table", "shop.visits",
                  "--entity", "visitor"])
    assert result.exit_code == 0, result.output
    assert "entity: visitor\n" in result.stdout
    assert "key: visitor  # guessed: " in result.stdout
    schema, problems = parse_schema(result.stdout, "schema.yml")
    assert problems == [] and schema is not None
    assert list(schema.attributes) == ["page"]


def _error(args: list[str]) -> str:
    result = run(["schema", "infer", *args])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_missing_table(duck_file: Path) -> None:
    line = _error(["--db", str(duck_file), "--table", "shop.nope"])
    assert line == f"error: the database {duck_file} has no table 'shop.nope'"


def test_missing_table_on_postgres(pg_url: str) -> None:
    line = _error(["--db", pg_url, "--table", "shop.nope"])
    assert line.endswith("has no table 'shop.nope'")


def test_missing_database_file(tmp_path: Path) -> None:
    line = _error(["--db", str(tmp_path / "none.duckdb"), "--table", "t"])
    assert "does not exist" in line


def test_unreachable_postgres() -> None:
    line = _error(["--db", "postgresql://postgres:secret@127.0.0.1:1/shop", "--table", "t"])
    assert line.startswith("error: cannot connect to PostgreSQL at ")
    assert "secret" not in line


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_time_column_must_be_a_timestamp(engine: str, request: pytest.FixtureRequest) -> None:
    database = str(request.getfixturevalue("duck_file" if engine == "duckdb" else "pg_url"))
    line = _error(["--db", database, "--table", "shop.customers",
                   "--events", "shop.orders:ordered_on"])
    assert line.startswith("error: the column 'ordered_on' of 'shop.orders' is date, but an "
                           "event time must be a timestamp column (")


def test_events_table_needs_the_key_column(duck_file: Path) -> None:
    line = _error(["--db", str(duck_file), "--table", "shop.customers",
                   "--events", "shop.visits:page"])
    assert line == ("error: the table 'shop.visits' has no column 'customer_id' (the entity "
                    "key) to link its rows to the entity; its columns: visitor, page")


def test_bad_events_option_and_output_left_alone(duck_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "schema.yml"
    out.write_text("old\n", encoding="utf-8")
    line = _error(["--db", str(duck_file), "--table", "shop.customers", "--events",
                   "shop.orders", "--out", str(out)])
    assert "must be TABLE:TIME_COLUMN" in line
    assert out.read_text(encoding="utf-8") == "old\n"


def test_an_event_named_like_an_attribute_is_renamed(tmp_path: Path) -> None:
    # `emails` makes the event `email`, the name of an attribute: the draft would
    # not load (attributes and events share one set of names).
    database = tmp_path / "w.duckdb"
    with duckdb.connect(str(database)) as con:
        con.execute("CREATE TABLE customers (customer_id VARCHAR, email VARCHAR)")
        con.execute("INSERT INTO customers VALUES ('c1', 'a@x')")
        con.execute("CREATE TABLE emails (customer_id VARCHAR, sent_at TIMESTAMP)")
    result = run(["schema", "infer", "--db", str(database), "--table", "customers",
                  "--events", "emails:sent_at"])
    assert result.exit_code == 0, result.output
    schema, problems = parse_schema(result.stdout, "schema.yml")
    assert schema is not None, problems
    assert list(schema.attributes) == ["email"]
    assert list(schema.events) == ["email_2"]
