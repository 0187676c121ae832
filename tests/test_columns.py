"""`segdsl run`'s check of the database's columns (segdsl/engines/columns.py):
every use of a column is checked against the type that use needs, on DuckDB and
PostgreSQL, whatever the order in which the schema declares the uses.

The case that needed it: an event time column declared again as a ``date``
property.  Checking one type per column let the property's ``date`` stand for
the column, so a DATE column passed as the event time.  An event time is an
instant (SPEC 2), so a DATE time column is refused on every engine, and so is a
TIMESTAMP column for the ``date`` property (a date attribute needs a DATE).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from engine_targets import postgres_test_url

from segdsl.engines import EngineError, schema_tables
from segdsl.engines.columns import uses_by_column
from segdsl.project.model import Schema, ValueType
from segdsl.project.schema_loader import parse_schema

HEAD = "entity: customer\ntable: customers\nkey: customer_id\nevents:\n"
PURCHASE = ("  purchase:\n    table: orders\n    key: customer_id\n    time: ordered_at\n"
            "    properties: {amount: number}\n")
# The same column as a date property of the event itself, or of another event.
SAME_EVENT = ("  purchase:\n    table: orders\n    key: customer_id\n    time: ordered_at\n"
              "    properties: {amount: number, ordered_day: {type: date, column: ordered_at}}\n")
OTHER_EVENT = ("  order_day:\n    table: orders\n    key: customer_id\n    time: logged_at\n"
               "    properties: {order_date: {type: date, column: ordered_at}}\n")

SCHEMAS = {
    "property of the event": HEAD + SAME_EVENT,
    "other event declared after": HEAD + PURCHASE + OTHER_EVENT,
    "other event declared before": HEAD + OTHER_EVENT + PURCHASE,
}


def make_schema(text: str) -> Schema:
    schema, problems = parse_schema(text, "schema.yml")
    assert problems == [] and schema is not None, problems
    return schema


# --------------------------------------------------------------- the engines


def _duckdb(statements: list[str]) -> Iterator[Callable[[Schema], object]]:
    from segdsl.engines.duckdb_engine import DuckDBEngine

    with DuckDBEngine() as engine:
        for statement in statements:
            engine.query(statement)
        yield engine.check_tables


def _postgres(statements: list[str]) -> Iterator[Callable[[Schema], object]]:
    from segdsl.engines.postgres_engine import PostgresEngine

    # Tables made inside the engine's transaction vanish when it is rolled back.
    with PostgresEngine(postgres_test_url()) as engine:
        engine.query("CREATE SCHEMA IF NOT EXISTS segdsl_columns_test")
        engine.query("SET LOCAL search_path = segdsl_columns_test")
        for statement in statements:
            engine.query(statement)
        yield engine.check_tables


ENGINES = {"duckdb": (_duckdb, "DuckDB", "DATE", "TIMESTAMP"),
           "postgres": (_postgres, "PostgreSQL", "date", "timestamptz")}


def _tables(time_type: str, number_type: str) -> list[str]:
    return [
        "CREATE TABLE customers (customer_id VARCHAR(20))",
        f"CREATE TABLE orders (customer_id VARCHAR(20), ordered_at {time_type}, "
        f"logged_at TIMESTAMP, amount {number_type})",
    ]


@pytest.mark.parametrize("engine", list(ENGINES))
@pytest.mark.parametrize("schema_name", list(SCHEMAS))
def test_a_date_column_is_never_an_event_time(engine: str, schema_name: str) -> None:
    opener, shown, date_type, _ = ENGINES[engine]
    schema = make_schema(SCHEMAS[schema_name])
    for check in opener(_tables(date_type, "DECIMAL(38, 9)")):
        with pytest.raises(EngineError) as error:
            check(schema)
    fits = ("timestamp, timestamp with time zone, timestamp_ms, timestamp_ns, timestamp_s"
            if engine == "duckdb" else "timestamp, timestamptz")
    assert str(error.value) == (
        f"the column 'ordered_at' of 'orders' is date in {shown}, but schema.yml makes it "
        f"the time of event 'purchase', a timestamp; {shown} types that fit: {fits}")


@pytest.mark.parametrize("engine", list(ENGINES))
@pytest.mark.parametrize("schema_name", list(SCHEMAS))
def test_a_timestamp_time_column_is_not_a_date_property(engine: str, schema_name: str) -> None:
    opener, shown, _, timestamp_type = ENGINES[engine]
    schema = make_schema(SCHEMAS[schema_name])
    for check in opener(_tables(timestamp_type, "DECIMAL(38, 9)")):
        with pytest.raises(EngineError) as error:
            check(schema)
    assert str(error.value).startswith(
        f"the column 'ordered_at' of 'orders' is {timestamp_type.lower()} in {shown}, but "
        f"schema.yml makes it date; {shown} types that fit: date")


@pytest.mark.parametrize("engine", list(ENGINES))
def test_a_timestamp_time_column_alone_fits(engine: str) -> None:
    opener, _, _, timestamp_type = ENGINES[engine]
    schema = make_schema(HEAD + PURCHASE)
    for check in opener(_tables(timestamp_type, "DECIMAL(38, 9)")):
        check(schema)  # no error


def test_every_use_of_a_column_is_listed_once() -> None:
    schema = make_schema(SCHEMAS["property of the event"])
    uses = uses_by_column(schema)
    assert [(use.wanted, use.what) for use in uses["orders", "ordered_at"]] == [
        (ValueType.TIMESTAMP, "the time of event 'purchase', a timestamp"),
        (ValueType.DATE, "date"),
    ]
    assert ("customers", "customer_id") not in uses  # keys are checked as keys


@pytest.mark.parametrize("schema_name", list(SCHEMAS))
def test_fixture_tables_make_event_times_timestamps(schema_name: str) -> None:
    # Whatever else is declared on the column, so that fixture tests never run
    # on a DATE event time either.
    layout = schema_tables(make_schema(SCHEMAS[schema_name]))
    assert layout["orders"]["ordered_at"] is ValueType.TIMESTAMP
