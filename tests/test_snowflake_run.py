"""`segdsl run --db snowflake://...` end to end, on fakesnow.

fakesnow (``fakesnow.patch()``) replaces ``snowflake.connector.connect`` with a
fake that serves the real connector's API from an in-process DuckDB: it rewrites
each Snowflake statement into DuckDB SQL through sqlglot and runs that.  So these
tests prove that segdsl's Snowflake engine speaks the connector's API (connect
arguments, INFORMATION_SCHEMA lookups, cursors, result batches), that the compiled
Snowflake SQL parses and, after fakesnow's rewriting, gives the same members as
the DuckDB file; they do not prove Snowflake's own semantics (docs/warehouses.md
names what is left).

The example project's demo data is copied into fakesnow through the connector,
with Snowflake's column types (``NUMBER(38, 9)``, ``TIMESTAMP_NTZ``), and every
segment and the membership table must match the DuckDB file's.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import TINY_SCHEMA, run, write_project
from click.testing import Result
from engine_targets import REPO, unavailable
from sqlglot import exp

from segdsl.demo import TABLES, generate_shop_database

SHOP = REPO / "examples" / "shop"
AS_OF = "2026-11-01T09:30:00Z"
URL = "snowflake://tester:pa55w0rd@fake-account/SEGDSL_TEST/SHOP?warehouse=WH"
SF_TYPES = {"VARCHAR": "TEXT", "BIGINT": "NUMBER(38, 0)", "DOUBLE": "NUMBER(38, 9)",
            "BOOLEAN": "BOOLEAN", "DATE": "DATE", "TIMESTAMP": "TIMESTAMP_NTZ"}
# Rows per INSERT: fakesnow rewrites each statement through sqlglot, whose time
# grows faster than the statement (one INSERT of 2,000 rows costs more than ten of 200).
CHUNK = 200
# Small, since fakesnow's rewriting makes loading slow (about 5 ms a row).
CUSTOMERS = 100


def _literal(value: object) -> exp.Expression:
    """A demo value as a Snowflake literal; the column's type reads the text."""
    if value is None:
        return exp.null()
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float):
        return exp.Literal.number(repr(value))
    if isinstance(value, dt.datetime):
        return exp.Literal.string(value.isoformat(sep=" "))
    return exp.Literal.string(str(value))


def _copy_demo(duckdb_file: Path) -> None:
    """The demo tables into fakesnow through the connector: one multi-row INSERT
    per table (one statement for fakesnow to rewrite, not one per row)."""
    import snowflake.connector

    source = duckdb.connect(str(duckdb_file), read_only=True)
    try:
        with snowflake.connector.connect(database="SEGDSL_TEST", schema="SHOP") as connection:
            cursor = connection.cursor()
            cursor.execute("CREATE SCHEMA IF NOT EXISTS SEGDSL_TEST.SHOP")
            for table, columns in TABLES.items():
                target = exp.to_table(table)
                definitions = [exp.ColumnDef(this=exp.to_identifier(name),
                                             kind=exp.DataType.build(SF_TYPES[kind],
                                                                     dialect="snowflake"))
                               for name, kind in columns]
                cursor.execute(exp.Create(kind="TABLE", this=exp.Schema(
                    this=target, expressions=definitions)).sql(dialect="snowflake"))
                names = [name for name, _ in columns]
                select = exp.select(*(exp.column(name) for name in names)).from_(table)
                rows = source.execute(select.sql(dialect="duckdb")).fetchall()
                for start in range(0, len(rows), CHUNK):
                    values = exp.values([exp.tuple_(*(_literal(v) for v in row))
                                         for row in rows[start:start + CHUNK]])
                    insert = exp.insert(values, target, columns=names)
                    cursor.execute(insert.sql(dialect="snowflake"))
    finally:
        source.close()


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo DuckDB file; the same data in fakesnow while the module runs."""
    if importlib.util.find_spec("fakesnow") is None:
        unavailable("fakesnow is not installed (pip install '.[test]')")
    import fakesnow
    import fakesnow.transforms

    folder = tmp_path_factory.mktemp("shop")
    duckdb_file = folder / "demo.duckdb"
    generate_shop_database(duckdb_file, customers=CUSTOMERS, seed=3,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    with pytest.MonkeyPatch.context() as patch, fakesnow.patch():
        # fakesnow turns NUMBER(38, 0) into DuckDB's 64-bit BIGINT (its
        # integer_precision rewrite, so that results fetch as Python ints); Snowflake's
        # NUMBER(38, 0) holds 38 digits, and the compiled SQL's exact products and
        # quotients scale numbers to integers of up to 10^38 in it, which overflow
        # 64 bits.  Leaving the type alone keeps Snowflake's meaning (DECIMAL(38, 0)).
        patch.setattr(fakesnow.transforms, "integer_precision", _unchanged)
        _copy_demo(duckdb_file)
        yield duckdb_file


def _unchanged(expression: exp.Expression) -> exp.Expression:
    return expression


def _run_both(duckdb_file: Path, *args: str, url: str = URL) -> tuple[Result, Result]:
    common = ["run", "--project", str(SHOP), "--as-of", AS_OF, *args]
    return run([*common, "--db", str(duckdb_file)]), run([*common, "--db", url])


def _same_field(left: str, right: str) -> bool:
    """DuckDB's demo amounts are doubles, Snowflake's NUMBER(38, 9): equal as numbers."""
    if left == right:
        return True
    try:
        return abs(float(left) - float(right)) <= 1e-9 * max(1.0, abs(float(left)))
    except ValueError:
        return False


def test_membership_table_equals_duckdbs(shop: Path) -> None:
    on_duckdb, on_snowflake = _run_both(shop, "--all", "--format", "csv")
    assert on_duckdb.exit_code == 0, on_duckdb.output
    assert on_snowflake.exit_code == 0, on_snowflake.output
    duck_lines = on_duckdb.stdout.splitlines()
    sf_lines = on_snowflake.stdout.splitlines()
    assert len(sf_lines) == CUSTOMERS + 1
    assert sf_lines[0] == duck_lines[0]
    for duck_line, sf_line in zip(duck_lines[1:], sf_lines[1:], strict=True):
        for duck_field, sf_field in zip(duck_line.split(","), sf_line.split(","), strict=True):
            assert _same_field(duck_field, sf_field), (duck_line, sf_line)


@pytest.mark.parametrize("segment", ["vip", "new_customers", "cart_abandoners",
                                     "digital_adopters", "munich_store_launch",
                                     "rising_spenders", "team_kit_prospects"])
def test_each_segment_has_the_same_members(shop: Path, segment: str) -> None:
    on_duckdb, on_snowflake = _run_both(shop, segment, "--format", "csv")
    assert on_snowflake.exit_code == 0, on_snowflake.output
    assert on_snowflake.stdout == on_duckdb.stdout
    assert len(on_snowflake.stdout.splitlines()) > 1, "the demo plants members for every segment"


def test_out_file_is_streamed_from_snowflake(shop: Path, tmp_path: Path) -> None:
    out, duck_out = tmp_path / "vip.csv", tmp_path / "vip_duck.csv"
    common = ["run", "--project", str(SHOP), "--as-of", AS_OF, "vip", "--out"]
    on_snowflake = run([*common, str(out), "--db", URL])
    assert on_snowflake.exit_code == 0, on_snowflake.output
    assert on_snowflake.stderr == f"wrote {out}\n"
    assert run([*common, str(duck_out), "--db", str(shop)]).exit_code == 0
    assert out.read_text() == duck_out.read_text()
    assert len(out.read_text().splitlines()) > 1


def test_layout_problems_are_listed_one_line_each(shop: Path, tmp_path: Path) -> None:
    """The column check reads INFORMATION_SCHEMA under the compiler's spelling:
    ``broken.customers`` is BROKEN.CUSTOMERS, ``age`` is AGE."""
    import snowflake.connector

    with snowflake.connector.connect(database="SEGDSL_TEST") as connection:
        cursor = connection.cursor()
        cursor.execute("CREATE SCHEMA IF NOT EXISTS SEGDSL_TEST.BROKEN")
        cursor.execute("CREATE TABLE IF NOT EXISTS BROKEN.CUSTOMERS "
                       "(CUSTOMER_ID TEXT, AGE TEXT)")
    schema = TINY_SCHEMA.replace("table: customers", "table: broken.customers").replace(
        "table: orders", "table: broken.orders")
    segments = ('segment adults\n  where age >= 18 and country = "DE"\n'
                "  and has purchase in last 30 days\n")
    project = write_project(tmp_path, segments, schema=schema)
    result = run(["run", "--project", str(project), "--as-of", AS_OF, "--all", "--db", URL])
    assert result.exit_code == 2, result.output
    file = project / "schema.yml"
    assert sorted(result.stderr.splitlines()) == sorted([
        f"error: the Snowflake database has no table 'broken.orders', which {file} names",
        f"error: the table 'broken.customers' has no column 'country', which {file} names",
        f"error: the column 'age' of 'broken.customers' is text in Snowflake, but {file} "
        "makes it integer; Snowflake types that fit: integer",
    ])


def test_a_bad_url_is_one_line_without_the_password() -> None:
    result = run(["run", "--project", str(SHOP), "vip", "--db", "snowflake://u:s3cr3tpw@/DB"])
    assert result.exit_code == 2, result.output
    assert "s3cr3tpw" not in result.stderr
    assert result.stderr == ("error: cannot use snowflake://u:***@/DB: write "
                             "snowflake://USER@ACCOUNT/DATABASE[/SCHEMA][?warehouse=W&role=R]\n")


def test_explain_attrition_equals_duckdbs(shop: Path) -> None:
    """`explain --db` reads through the same reader: its counts come from one
    aggregate query per segment."""
    common = ["explain", "--project", str(SHOP), "--as-of", AS_OF, "vip", "--db"]
    on_duckdb, on_snowflake = run([*common, str(shop)]), run([*common, URL])
    assert on_snowflake.exit_code == 0, on_snowflake.output
    assert on_snowflake.stdout == on_duckdb.stdout
    assert "remain" in on_snowflake.stdout


def test_missing_connector_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # As if snowflake-connector-python were not installed.
    monkeypatch.setitem(sys.modules, "snowflake.connector", None)
    result = run(["run", "--project", str(SHOP), "vip", "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr == ("error: Snowflake needs the snowflake-connector-python package: "
                             "pip install 'segdsl[snowflake]'\n")
