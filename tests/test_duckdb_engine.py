"""The DuckDB engine: tables from the schema (types, qualified names, shared event
tables), parameterised inserts, UTC, queries, exports and one-line EngineErrors."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import duckdb
import pytest

from segdsl.engines import EngineError, schema_tables
from segdsl.engines.duckdb_engine import DuckDBEngine, table_expression
from segdsl.project.model import Schema, ValueType
from segdsl.project.schema_loader import parse_schema

SCHEMA_YAML = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  country: string
  age: integer
  lifetime_value: number
  signup_at: timestamp
  birthday: date
  is_subscribed: boolean
  zip: {type: string, column: postal_code}
relations:
  account:
    table: crm.accounts
    key: account_id
    via: account_id
    attributes:
      employees: integer
events:
  purchase:
    table: shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
  email_open:
    table: events
    key: customer_id
    time: occurred_at
    where: {event_name: email_open}
    properties:
      campaign: string
  app_session:
    table: events
    key: customer_id
    time: occurred_at
    where: {event_name: app_session, platform: 2}
    properties:
      duration_s: integer
"""


def make_schema(text: str = SCHEMA_YAML) -> Schema:
    schema, problems = parse_schema(text, "schema.yml")
    assert problems == [] and schema is not None, problems
    return schema


SCHEMA = make_schema()


def columns(engine: DuckDBEngine, table: str) -> dict[str, str]:
    _names, rows = engine.query(f"DESCRIBE {table}")
    return {str(row[0]): str(row[1]) for row in rows}


def test_schema_tables_union_of_columns_in_schema_order() -> None:
    assert schema_tables(SCHEMA) == {
        "shop.customers": {
            "customer_id": ValueType.STRING, "country": ValueType.STRING,
            "age": ValueType.INTEGER, "lifetime_value": ValueType.NUMBER,
            "signup_at": ValueType.TIMESTAMP, "birthday": ValueType.DATE,
            "is_subscribed": ValueType.BOOLEAN, "postal_code": ValueType.STRING,
            "account_id": ValueType.STRING,
        },
        "crm.accounts": {"account_id": ValueType.STRING, "employees": ValueType.INTEGER},
        "shop.orders": {"customer_id": ValueType.STRING, "ordered_at": ValueType.TIMESTAMP,
                        "amount": ValueType.NUMBER},
        # Two events share one table: the union of their columns; `where` values
        # give their columns' types.
        "events": {"customer_id": ValueType.STRING, "occurred_at": ValueType.TIMESTAMP,
                   "event_name": ValueType.STRING, "campaign": ValueType.STRING,
                   "platform": ValueType.INTEGER, "duration_s": ValueType.INTEGER},
    }


def test_load_tables_creates_every_table_with_sql_types() -> None:
    with DuckDBEngine() as engine:
        engine.load_tables(SCHEMA, {})
        assert columns(engine, "shop.customers") == {
            "customer_id": "VARCHAR", "country": "VARCHAR", "age": "BIGINT",
            "lifetime_value": "DECIMAL(38,9)", "signup_at": "TIMESTAMP", "birthday": "DATE",
            "is_subscribed": "BOOLEAN", "postal_code": "VARCHAR", "account_id": "VARCHAR",
        }
        assert columns(engine, "crm.accounts") == {"account_id": "VARCHAR", "employees": "BIGINT"}
        assert columns(engine, "events")["platform"] == "BIGINT"
        assert engine.query("SELECT count(*) FROM shop.orders") == (["count_star()"], [(0,)])


def test_three_part_names_get_an_in_memory_catalog() -> None:
    schema = make_schema(
        "entity: customer\ntable: proj.dataset.customers\nkey: id\nattributes: {a: string}\n"
    )
    with DuckDBEngine() as engine:
        engine.load_tables(schema, {"proj.dataset.customers": [{"id": "x", "a": "b"}]})
        assert engine.query("SELECT id, a FROM proj.dataset.customers")[1] == [("x", "b")]


def test_identifiers_are_quoted() -> None:
    assert table_expression("shop.order items").sql("duckdb") == '"shop"."order items"'
    with pytest.raises(EngineError, match=re.escape("cannot use the table name 'a.b.c.d'")):
        table_expression("a.b.c.d")


def test_rows_are_inserted_as_parameters_with_utc_timestamps() -> None:
    sneaky = "c1'); DROP TABLE shop.customers; --"
    with DuckDBEngine() as engine:
        engine.load_tables(SCHEMA, {
            "shop.customers": [
                {"customer_id": sneaky, "age": 41, "is_subscribed": True,
                 "signup_at": dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC),
                 "birthday": dt.date(1990, 2, 28), "postal_code": "01067"},
                {"customer_id": "c2"},  # the other columns are NULL
            ],
            "events": [{"customer_id": "c1", "event_name": "email_open", "platform": 2,
                        "occurred_at": dt.datetime(2026, 1, 1, 12,
                                                   tzinfo=dt.timezone(dt.timedelta(hours=2)))}],
        })
        _, rows = engine.query(
            "SELECT customer_id, age, is_subscribed, signup_at, birthday, postal_code, country "
            "FROM shop.customers ORDER BY customer_id"
        )
        assert rows == [
            ("c1'); DROP TABLE shop.customers; --", 41, True, dt.datetime(2026, 3, 1, 8, 30),
             dt.date(1990, 2, 28), "01067", None),
            ("c2", None, None, None, None, None, None),
        ]
        # 12:00 at +02:00 is 10:00 UTC; TIMESTAMP columns hold UTC.
        assert engine.query("SELECT occurred_at FROM events")[1] == [(dt.datetime(2026, 1, 1, 10),)]


def test_session_time_zone_is_utc_and_zoned_results_come_back_as_utc() -> None:
    with DuckDBEngine() as engine:
        assert engine.query("SELECT current_setting('TimeZone')")[1] == [("UTC",)]
        names, rows = engine.query(
            "SELECT TIMESTAMPTZ '2026-01-01 12:00:00+02' AS t, 1 AS n"
        )
        assert names == ["t", "n"]
        assert rows == [(dt.datetime(2026, 1, 1, 10), 1)]


def test_query_runs_statements_other_than_select() -> None:
    with DuckDBEngine() as engine:
        engine.query("CREATE TABLE t (a INTEGER)")
        assert engine.query("SELECT count(*) AS n FROM t") == (["n"], [(0,)])


def test_engine_errors_are_one_line() -> None:
    with DuckDBEngine() as engine:
        with pytest.raises(EngineError) as missing_table:
            engine.query("SELECT * FROM nowhere")
        assert str(missing_table.value).startswith("DuckDB: Catalog Error: Table with name nowhere")
        assert "\n" not in str(missing_table.value)
        engine.load_tables(SCHEMA, {})
        with pytest.raises(EngineError) as missing_column:
            engine.query("SELECT colour FROM shop.orders")
        assert "\n" not in str(missing_column.value)
        assert "colour" in str(missing_column.value)


def test_load_tables_rejects_unknown_tables_columns_and_bad_values() -> None:
    with DuckDBEngine() as engine, pytest.raises(EngineError,
                                                 match="the schema names no table 'orders'"):
        engine.load_tables(SCHEMA, {"orders": []})
    with DuckDBEngine() as engine, pytest.raises(
        EngineError, match=re.escape("the table 'shop.orders' has no column 'colour'")
    ):
        engine.load_tables(SCHEMA, {"shop.orders": [{"customer_id": "c1", "colour": "red"}]})
    with DuckDBEngine() as engine, pytest.raises(
        EngineError, match=re.escape("cannot insert rows into 'shop.customers'")
    ):
        engine.load_tables(SCHEMA, {"shop.customers": [{"customer_id": "c1", "age": "old"}]})


def test_a_database_path_that_does_not_exist_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "shop.duckdb"
    with pytest.raises(EngineError, match="does not exist"):
        DuckDBEngine(path)
    assert not path.exists()
    with pytest.raises(EngineError, match="is a folder"):
        DuckDBEngine(tmp_path)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("hello\n" * 1000, encoding="utf-8")
    with pytest.raises(EngineError) as error:
        DuckDBEngine(path)
    assert str(error.value).startswith(f"cannot open the DuckDB database {path}")
    assert "\n" not in str(error.value)


def test_an_existing_database_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE customers AS SELECT 'c1' AS customer_id")
    with DuckDBEngine(path, read_only=True) as engine:
        assert engine.query("SELECT * FROM customers") == (["customer_id"], [("c1",)])
    with DuckDBEngine(str(path)) as engine:
        schema = make_schema("entity: customer\ntable: customers\nkey: customer_id\n")
        # Existing tables are never replaced.
        with pytest.raises(EngineError, match="already exists"):
            engine.load_tables(schema, {})


def test_closed_engine() -> None:
    engine = DuckDBEngine()
    engine.close()
    engine.close()  # idempotent
    with pytest.raises(EngineError, match="closed"):
        engine.query("SELECT 1")


# ----------------------------------------------------------------- copy_to


def _leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def test_copy_to_csv_and_parquet(tmp_path: Path) -> None:
    with DuckDBEngine() as engine:
        sql = ("SELECT * FROM (VALUES ('c2', TRUE, NULL), ('c1', FALSE, 2.5)) "
               "AS t(customer_id, vip, revenue) ORDER BY customer_id")
        engine.copy_to(sql, tmp_path / "out.csv")
        assert (tmp_path / "out.csv").read_text(encoding="utf-8") == (
            "customer_id,vip,revenue\nc1,false,2.5\nc2,true,\n"
        )
        engine.copy_to(sql, str(tmp_path / "out.parquet"))
        back = engine.query(f"SELECT * FROM read_parquet('{tmp_path / 'out.parquet'}')")
        assert back == (["customer_id", "vip", "revenue"],
                        [("c1", False, 2.5), ("c2", True, None)])
    assert _leftovers(tmp_path) == []


def test_a_failed_copy_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with DuckDBEngine() as engine:
        with pytest.raises(EngineError):
            engine.copy_to("SELECT * FROM nowhere", target)
        assert not target.exists()
        target.write_text("previous\n", encoding="utf-8")
        # The error happens while rows are produced, after the file was opened.
        with pytest.raises(EngineError, match=re.escape(f"cannot write {target}")):
            engine.copy_to("SELECT CAST(x AS INTEGER) FROM (VALUES ('1'), ('x')) t(x)", target)
        assert target.read_text(encoding="utf-8") == "previous\n"
    assert _leftovers(tmp_path) == []


def test_copy_to_refuses_other_formats_and_missing_folders(tmp_path: Path) -> None:
    with DuckDBEngine() as engine:
        with pytest.raises(EngineError, match=re.escape("must end in .csv or .parquet")):
            engine.copy_to("SELECT 1", tmp_path / "out.json")
        with pytest.raises(EngineError, match="does not exist"):
            engine.copy_to("SELECT 1", tmp_path / "missing" / "out.csv")
