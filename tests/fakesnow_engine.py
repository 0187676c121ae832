"""Fixture tables in fakesnow, for running compiled Snowflake SQL offline.

fakesnow (``fakesnow.patch()``) serves ``snowflake.connector``'s API from an
in-process DuckDB, rewriting each Snowflake statement into DuckDB SQL with
sqlglot.  :class:`FakesnowEngine` is the test suite's ``Engine`` over it: a fresh
fake database per engine, the schema's tables created through the connector with
Snowflake's column types (``TEXT``, ``NUMBER(38, 0)``, ``NUMBER(38, 9)``,
``TIMESTAMP_NTZ``, ``ARRAY``), and queries run by segdsl's own
:class:`~segdsl.engines.snowflake_engine.SnowflakeEngine`.

What it checks: the compiled Snowflake SQL parses as Snowflake SQL and, after
fakesnow's rewriting, means what DuckDB's SQL means.  What it cannot: Snowflake's
own semantics (fakesnow's rewriting may hide a difference or make one up;
docs/warehouses.md lists both).

One rewrite of fakesnow's is switched off: ``integer_precision`` turns
``NUMBER(38, 0)`` into DuckDB's 64-bit ``BIGINT`` (so results fetch as Python
ints), where Snowflake's holds 38 digits; the compiled exact arithmetic scales
numbers to integers of up to 10^38 in that type and would overflow.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence

import pytest
from sqlglot import exp

from segdsl.engines import Row, RowsByTable, schema_tables
from segdsl.project.model import Schema, ValueType

URL = "snowflake://segdsl@fakesnow/SEGDSL_TEST/PUBLIC"
SNOWFLAKE_TYPES = {
    ValueType.STRING: "TEXT",
    ValueType.INTEGER: "NUMBER(38, 0)",
    ValueType.NUMBER: "NUMBER(38, 9)",
    ValueType.BOOLEAN: "BOOLEAN",
    ValueType.DATE: "DATE",
    ValueType.TIMESTAMP: "TIMESTAMP_NTZ",
    ValueType.LIST_STRING: "ARRAY",
    ValueType.LIST_INTEGER: "ARRAY",
}


def _unchanged(expression: exp.Expression) -> exp.Expression:
    return expression


def patched_fakesnow() -> contextlib.ExitStack:
    """fakesnow's patch of the connector, with ``integer_precision`` left out."""
    import fakesnow
    import fakesnow.transforms

    stack = contextlib.ExitStack()
    patch = stack.enter_context(pytest.MonkeyPatch.context())
    patch.setattr(fakesnow.transforms, "integer_precision", _unchanged)
    stack.enter_context(fakesnow.patch())
    return stack


class FakesnowEngine:
    """A fresh fakesnow database (an in-memory DuckDB) per engine."""

    def __init__(self) -> None:
        from segdsl.engines.snowflake_engine import SnowflakeEngine

        self._stack = patched_fakesnow()
        self.engine = SnowflakeEngine(URL)

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        from segdsl.engines.snowflake_engine import table_expression

        for name, columns in schema_tables(schema).items():
            table = table_expression(name)
            if table.args.get("db") is not None:
                schema_name = exp.Table(this=table.args["db"].copy())
                self._execute(exp.Create(kind="SCHEMA", this=schema_name, exists=True))
            names = {column: _name(column) for column in columns}
            definitions = [exp.ColumnDef(this=names[column],
                                         kind=exp.DataType.build(SNOWFLAKE_TYPES[kind],
                                                                 dialect="snowflake"))
                           for column, kind in columns.items()]
            self._execute(exp.Create(kind="TABLE", this=exp.Schema(
                this=table.copy(), expressions=definitions)))
            rows = rows_by_table.get(name, ())
            if rows:
                self._execute(_insert(table, columns, names, rows))

    def _execute(self, statement: exp.Expression) -> None:
        self.engine.query(statement.sql(dialect="snowflake"))

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        return self.engine.query(sql)

    def close(self) -> None:
        try:
            self.engine.close()
        finally:
            self._stack.close()


def _name(column: str) -> exp.Identifier:
    from segdsl.compile.dialects.snowflake import Snowflake

    return Snowflake().schema_identifier(column)


def _insert(table: exp.Table, columns: dict[str, ValueType], names: dict[str, exp.Identifier],
            rows: Sequence[Row]) -> exp.Expression:
    """``INSERT INTO t (...) SELECT ... UNION ALL SELECT ...``: a VALUES list cannot
    hold ``ARRAY_CONSTRUCT`` in Snowflake, a SELECT can."""
    selects = [exp.select(*(_value(row.get(column), kind) for column, kind in columns.items()))
               for row in rows]
    query: exp.Query = selects[0]
    for select in selects[1:]:
        query = exp.union(query, select, distinct=False)
    return exp.insert(query, table.copy(), columns=[names[column] for column in columns])


def _value(value: object, kind: ValueType) -> exp.Expression:
    if value is None:
        return exp.cast(exp.null(), SNOWFLAKE_TYPES[kind], dialect="snowflake")
    if isinstance(value, tuple | list):
        element = ValueType.STRING if kind is ValueType.LIST_STRING else ValueType.INTEGER
        # exp.Array is written ARRAY_CONSTRUCT(...) in Snowflake.
        return exp.Array(expressions=[_value(item, element) for item in value])
    if isinstance(value, bool):
        literal: exp.Expression = exp.Boolean(this=value)
    elif isinstance(value, dt.datetime):
        utc = value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
        literal = exp.Literal.string(utc.isoformat(sep=" "))
    elif isinstance(value, dt.date):
        literal = exp.Literal.string(value.isoformat())
    elif isinstance(value, str):
        literal = exp.Literal.string(value)
    else:
        literal = exp.Literal.number(str(value))
    return exp.cast(literal, SNOWFLAKE_TYPES[kind], dialect="snowflake")
