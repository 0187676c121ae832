"""The PostgreSQL engine (psycopg 3): ``segdsl run`` on a warehouse, ``segdsl test``
on a scratch database.

Rules this module keeps:

* Nothing is ever committed.  psycopg opens a transaction for the first statement
  and :meth:`PostgresEngine.close` rolls it back: ``run`` reads in a read-only
  transaction, and a fixture case creates its tables, inserts its rows and queries
  them inside one transaction that vanishes when the case ends (PostgreSQL's DDL
  is transactional), so cases never see each other's rows and a crash leaves no
  tables behind.
* The session's ``TimeZone`` is left as the server, database or URL sets it.  The
  compiled SQL reads ``timestamp`` and ``timestamptz`` columns as UTC itself
  (``Postgres.read_stored_instant`` in segdsl/compile/dialects/postgres.py: bare, ``AT TIME
  ZONE 'UTC'`` or, for a column of unknown type, through its epoch, by
  ``ZONING`` below); tests run it under America/New_York to prove that.  Values
  inserted into ``timestamp`` columns are naive UTC and into ``timestamptz``
  columns aware UTC, so no conversion through the session's zone happens on the
  way in either.
* Statements are sqlglot expressions with quoted identifiers; values travel as
  parameters.  Compiled SQL is sent without parameters, so psycopg leaves a ``%``
  inside a string literal alone.
* Every psycopg problem leaves as one-line :class:`~segdsl.engines.EngineError`;
  a password in the URL never appears in a message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlglot import exp

from segdsl.dburl import mask_secrets, scrub
from segdsl.engines import (
    ClosesOnExit,
    ConnectionLost,
    EngineError,
    ReadingEngine,
    Row,
    RowsByTable,
    schema_tables,
)
from segdsl.engines.columns import FoundColumns, check_layout
from segdsl.project.model import Schema, ValueType
from segdsl.timecontext import Zoning

DIALECT = "postgres"

# Which PostgreSQL column types fit each schema type (docs/types.md), by the
# type's internal name (pg_type.typname).
FITS: dict[ValueType, frozenset[str]] = {
    ValueType.STRING: frozenset({"text", "varchar", "bpchar", "citext", "name"}),
    ValueType.INTEGER: frozenset({"int2", "int4", "int8"}),
    ValueType.NUMBER: frozenset({"int2", "int4", "int8", "float4", "float8", "numeric"}),
    ValueType.BOOLEAN: frozenset({"bool"}),
    ValueType.DATE: frozenset({"date"}),
    ValueType.TIMESTAMP: frozenset({"timestamp", "timestamptz"}),
    # Arrays: typname is the element's with a leading underscore ("_text" is text[]).
    ValueType.LIST_STRING: frozenset({"_text", "_varchar"}),
    ValueType.LIST_INTEGER: frozenset({"_int2", "_int4", "_int8"}),
}
KEY_FITS = FITS[ValueType.STRING] | FITS[ValueType.INTEGER] | {"uuid"}
# How each timestamp type FITS accepts stores an instant (segdsl/timecontext.py):
# what `run` tells the compiler about the columns it checked, so a naive
# `timestamp` column is read bare (its index and statistics usable).
ZONING: dict[str, Zoning] = {"timestamptz": Zoning.ZONED, "timestamp": Zoning.NAIVE}

CONNECT_TIMEOUT_SECONDS = 10
# Rows fetched per round trip when streaming a result (run --out).
STREAM_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class ColumnTypes:
    """The column types fixture tables get.

    ``segdsl test`` uses ``timestamptz`` and ``numeric(38, 9)`` (docs/types.md: one
    type per schema type, ``number`` exact with BigQuery NUMERIC's 9 digits after
    the point on every engine).  The other choices exist for the test suite, which
    also runs the corpus on ``timestamp`` and ``double precision`` columns, as a
    warehouse may store them (tests/engine_targets.py).
    """

    timestamp: str = "timestamptz"  # or "timestamp"
    number: str = "numeric(38, 9)"  # or "double precision", "numeric"

    def sql_type(self, value_type: ValueType) -> str:
        return {
            ValueType.STRING: "text",
            ValueType.INTEGER: "bigint",
            ValueType.NUMBER: self.number,
            ValueType.BOOLEAN: "boolean",
            ValueType.DATE: "date",
            ValueType.TIMESTAMP: self.timestamp,
            ValueType.LIST_STRING: "text[]",
            ValueType.LIST_INTEGER: "bigint[]",
        }[value_type]


def _identifier(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def table_expression(name: str) -> exp.Table:
    """``shop.customers`` -> ``"shop"."customers"``.

    PostgreSQL cannot query another database, so a third name part (BigQuery's
    project) is refused rather than silently dropped.
    """
    parts = name.split(".")
    if len(parts) > 2 or not all(parts):
        raise EngineError(f"cannot use the table name '{name}' in PostgreSQL "
                          "(expected table or schema.table)")
    table = exp.Table(this=_identifier(parts[-1]))
    if len(parts) == 2:
        table.set("db", _identifier(parts[0]))
    return table


class PostgresEngine(ClosesOnExit):
    """One psycopg connection to ``url``, inside one transaction that is never committed."""

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        time_zone: str | None = None,
        column_types: ColumnTypes | None = None,
    ) -> None:
        try:
            import psycopg
        except ImportError:
            raise EngineError(
                "PostgreSQL needs the psycopg package: pip install 'segdsl[postgres]'"
            ) from None
        self._psycopg = psycopg
        self.url = url
        self.column_types = column_types or ColumnTypes()
        options: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
        if time_zone is not None:
            options["options"] = f"-c TimeZone={time_zone}"
        try:
            self._connection: Any = psycopg.connect(url, **options)
        except psycopg.Error as error:
            raise EngineError(
                f"cannot connect to PostgreSQL at {mask_secrets(url)}: "
                f"{scrub(_connect_reason(error), url)}"
            ) from None
        if read_only:
            self._connection.read_only = True

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        """Roll back everything this engine did and disconnect (idempotent)."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.rollback()
        except self._psycopg.Error:
            pass  # the connection broke; closing it is all that is left
        finally:
            connection.close()

    @property
    def connection(self) -> Any:
        if self._connection is None:
            raise EngineError("the PostgreSQL connection is closed")
        return self._connection

    # ------------------------------------------------------------ the schema

    def found_columns(self, schema: Schema) -> FoundColumns:
        """Each schema table's columns and their types, or None for a missing table.

        ``to_regclass`` resolves the name as a query would (search path, quoting),
        and views count as tables.
        """
        return {table: self.table_columns(table) for table in schema_tables(schema)}

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's columns (in their order) and their ``pg_type.typname``, or
        None when there is no such table or view (``segdsl schema infer`` asks this
        before any schema exists)."""
        query = (
            "SELECT a.attname, t.typname FROM pg_catalog.pg_attribute AS a "
            "JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid "
            "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped "
            "ORDER BY a.attnum"
        )
        name = table_expression(table).sql(dialect=DIALECT)
        exists = self._fetch("SELECT to_regclass(%s) IS NOT NULL", (name,))
        if not exists or not exists[0][0]:
            return None
        return {str(column): str(kind) for column, kind in self._fetch(query, (name,))}

    def check_tables(self, schema: Schema) -> FoundColumns:
        """Every table and column the schema names exists with a type that fits;
        returns what was found."""
        found = self.found_columns(schema)
        check_layout(schema, found, FITS, KEY_FITS, "PostgreSQL")
        return found

    # ---------------------------------------------------------- fixture tables

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Create every table the schema names and insert ``rows_by_table``, inside
        the engine's transaction (rolled back by :meth:`close`).

        The tables must not exist yet: fixture tests need empty tables and never
        touch real ones, so a database that has them is refused.
        """
        layout = schema_tables(schema)
        for name in rows_by_table:
            if name not in layout:
                raise EngineError(f"the schema names no table '{name}'")
        self.require_scratch(schema)
        for name, columns in layout.items():
            table = table_expression(name)
            self._create_table(table, columns)
            rows = rows_by_table.get(name, ())
            if rows:
                self._insert(name, table, columns, rows)

    def require_scratch(self, schema: Schema) -> None:
        """Refuse a database that has any of the schema's tables already."""
        for name in schema_tables(schema):
            exists = self._fetch("SELECT to_regclass(%s) IS NOT NULL",
                                 (table_expression(name).sql(dialect=DIALECT),))
            if exists and exists[0][0]:
                raise EngineError(
                    f"the table '{name}' exists already in {mask_secrets(self.url)}; fixture "
                    "tests make their own tables, so point --db at a database without "
                    "them (for example one made with `createdb segdsl_test`)"
                )

    def _create_table(self, table: exp.Table, columns: dict[str, ValueType]) -> None:
        db = table.args.get("db")
        if db is not None:
            self._execute(exp.Create(kind="SCHEMA", this=exp.Table(this=db.copy()), exists=True))
        definitions = [
            exp.ColumnDef(this=_identifier(column),
                          kind=exp.DataType.build(self.column_types.sql_type(kind),
                                                  dialect=DIALECT))
            for column, kind in columns.items()
        ]
        self._execute(exp.Create(kind="TABLE", this=exp.Schema(this=table.copy(),
                                                               expressions=definitions)))

    def _insert(self, name: str, table: exp.Table, columns: dict[str, ValueType],
                rows: Sequence[Row]) -> None:
        for row in rows:
            unknown = [column for column in row if column not in columns]
            if unknown:
                raise EngineError(f"the table '{name}' has no column '{unknown[0]}'")
        # COPY rather than INSERT with parameters: psycopg reads every '%' of a
        # statement that has parameters as a placeholder, and a quoted table or
        # column name may hold one ("50%_off").  COPY has no parameters, so its text
        # goes to the server as sqlglot wrote it.
        statement = exp.Copy(
            this=exp.Schema(this=table.copy(),
                            expressions=[_identifier(column) for column in columns]),
            kind=True,
            files=[exp.to_identifier("STDIN")],
        )
        zoned = self.column_types.timestamp == "timestamptz"
        try:
            with self.connection.cursor() as cursor, \
                    cursor.copy(statement.sql(dialect=DIALECT)) as copy:
                for row in rows:
                    copy.write_row([_to_parameter(row.get(column), zoned)
                                    for column in columns])
        except self._psycopg.Error as error:
            raise self._error(error, f"cannot insert rows into '{name}'") from None

    # ------------------------------------------------------------------ queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run one query; its column names and all its rows (``([], [])`` if none)."""
        _refuse_nul(sql)
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql)
                if cursor.description is None:
                    return [], []
                names = [column.name for column in cursor.description]
                return names, [tuple(row) for row in cursor.fetchall()]
        except self._psycopg.Error as error:
            raise self._error(error) from None

    def stream(self, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """Run one query through a server-side cursor: its column names and an
        iterator over its rows, fetched :data:`STREAM_BATCH` at a time, so a large
        result is never held in memory."""
        _refuse_nul(sql)
        try:
            cursor = self.connection.cursor(name="segdsl_stream")
            cursor.itersize = STREAM_BATCH
            cursor.execute(sql)
            names = [column.name for column in cursor.description or ()]
        except self._psycopg.Error as error:
            raise self._error(error) from None

        def rows() -> Iterator[tuple[object, ...]]:
            try:
                with cursor:
                    for row in cursor:
                        yield tuple(row)
            except self._psycopg.Error as error:
                raise self._error(error) from None

        return names, rows()

    # ----------------------------------------------------------------- helpers

    def _error(self, error: BaseException, context: str = "PostgreSQL") -> EngineError:
        """``error`` as one line; :class:`ConnectionLost` when the connection broke
        (psycopg marks it ``broken``: the server went away or ended the session)."""
        connection = self._connection
        if connection is not None and connection.broken:
            return ConnectionLost(
                f"lost the connection to PostgreSQL at {mask_secrets(self.url)}: "
                f"{scrub(_first_line(error), self.url)}"
            )
        return EngineError(f"{context}: {scrub(_first_line(error), self.url)}")

    def _fetch(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[object, ...]]:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql, parameters)
                return [tuple(row) for row in cursor.fetchall()]
        except self._psycopg.Error as error:
            raise self._error(error) from None

    def _execute(self, statement: exp.Expression) -> None:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(statement.sql(dialect=DIALECT))
        except self._psycopg.Error as error:
            raise self._error(error) from None


def _open_read_only(url: str) -> PostgresEngine:
    return PostgresEngine(url, read_only=True)


# How `run` and the other reading commands open a postgresql:// URL (segdsl/dburl.py).
READING = ReadingEngine("PostgreSQL", DIALECT, _open_read_only, table_expression, FITS,
                        KEY_FITS, ZONING, collated_keys=FITS[ValueType.STRING])


def _to_parameter(value: object, zoned: bool) -> object:
    """A fixture value as psycopg should bind it.

    Timestamps mean UTC.  Binding an aware value into a ``timestamp`` column (or a
    naive one into ``timestamptz``) would convert through the session's time zone,
    so the value is made to match the column's kind.
    """
    if isinstance(value, dt.datetime):
        utc = value.astimezone(dt.UTC) if value.tzinfo is not None else value.replace(
            tzinfo=dt.UTC)
        return utc if zoned else utc.replace(tzinfo=None)
    if isinstance(value, tuple):  # a list column's elements, written as an array
        return list(value)
    return value


def _refuse_nul(sql: str) -> None:
    """libpq ends a statement at its first NUL character, so a string literal or a
    name holding one would reach the server cut short ('unterminated quoted
    string'); PostgreSQL text cannot hold NUL in any case."""
    if "\x00" in sql:
        raise EngineError("PostgreSQL cannot take a NUL character (0x00) in text; a "
                          "string literal or a name in the definitions or schema holds one")


def _connect_reason(error: BaseException) -> str:
    """libpq's reason without its preamble: 'connection failed: connection to server
    at "h", port 5432 failed: FATAL:  database "x" does not exist' -> the last part."""
    reason = _first_line(error).rsplit(" failed: ", 1)[-1]
    return re.sub(r"^(FATAL|ERROR):\s+", "", reason)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
