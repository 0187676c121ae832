"""The Snowflake engine (snowflake-connector-python): ``segdsl run`` and the other
reading commands on ``snowflake://`` URLs.

Rules this module keeps:

* Only queries are sent: the column check reads ``INFORMATION_SCHEMA.COLUMNS``,
  the evaluation runs the compiled ``SELECT``.  Snowflake has no read-only
  session, so the connection is opened with ``autocommit`` off and rolled back
  when it closes; nothing this module sends writes in any case.  (``segdsl
  materialize`` opens it with ``writing``, autocommit on, and writes through
  segdsl/materialize/snowflake_target.py.)
* Names follow the compiler's Snowflake rule (``Snowflake.schema_identifier`` in
  segdsl/compile/dialects/snowflake.py): a name written all in lower case is the
  unquoted kind, stored upper case (``shop.customers`` is ``SHOP.CUSTOMERS``).
  The column check looks tables up under the same spelling, so what it checks is
  what the compiled SQL reads, and result columns come back under the name as
  written (``VIP`` is ``vip``).  Snowflake makes ``vip`` and ``VIP`` one name, so
  an output name written in upper case only is printed in lower case.
* The session's ``TIMEZONE`` is left alone: the compiled SQL converts
  ``CURRENT_TIMESTAMP`` and zoned columns to UTC itself.
* Every connector problem leaves as a one-line :class:`~segdsl.engines.EngineError`
  with passwords masked.

The URL: ``snowflake://USER[:PASSWORD]@ACCOUNT/DATABASE[/SCHEMA][?warehouse=W&role=R]``;
every query parameter is passed to ``snowflake.connector.connect`` as it is
(``authenticator=externalbrowser``, ``private_key_file=...``), and without a
password in the URL the ``SNOWFLAKE_PASSWORD`` environment variable is used, if
set (docs/warehouses.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from sqlglot import exp

from segdsl.compile.dialects.base import LOWER_NAME
from segdsl.compile.dialects.snowflake import Snowflake
from segdsl.dburl import mask_secrets, scrub
from segdsl.engines import ClosesOnExit, EngineError, ReadingEngine
from segdsl.engines.columns import FoundColumns, check_layout
from segdsl.project.model import Schema, ValueType
from segdsl.timecontext import Zoning

DIALECT = "snowflake"
LABEL = "Snowflake"
_NAMES = Snowflake()

# Which Snowflake column types fit each schema type (docs/types.md), by
# INFORMATION_SCHEMA.COLUMNS.DATA_TYPE lower-cased.  A NUMBER of scale 0 (INT,
# BIGINT, NUMBER(38, 0)) is reported as "integer", one with decimals as "number".
FITS: dict[ValueType, frozenset[str]] = {
    ValueType.STRING: frozenset({"text"}),
    ValueType.INTEGER: frozenset({"integer"}),
    ValueType.NUMBER: frozenset({"integer", "number", "float"}),
    ValueType.BOOLEAN: frozenset({"boolean"}),
    ValueType.DATE: frozenset({"date"}),
    ValueType.TIMESTAMP: frozenset({"timestamp_ntz", "timestamp_tz", "timestamp_ltz"}),
    ValueType.LIST_STRING: frozenset({"array"}),
    ValueType.LIST_INTEGER: frozenset({"array"}),
}
KEY_FITS = frozenset({"text", "integer"})
# TIMESTAMP_NTZ holds UTC (SPEC 2) and is read bare; the zoned kinds are converted.
ZONING: dict[str, Zoning] = {"timestamp_ntz": Zoning.NAIVE, "timestamp_tz": Zoning.ZONED,
                             "timestamp_ltz": Zoning.ZONED}
LOGIN_TIMEOUT_SECONDS = 30
STREAM_BATCH = 10_000


def table_expression(name: str) -> exp.Table:
    """``shop.customers`` -> ``"SHOP"."CUSTOMERS"`` (the compiler's spelling)."""
    parts = name.split(".")
    if len(parts) > 3 or not all(parts):
        raise EngineError(f"cannot use the table name '{name}' in Snowflake "
                          "(expected table, schema.table or database.schema.table)")
    return _NAMES.table(name)


def connect_arguments(url: str, *, writing: bool = False) -> dict[str, Any]:
    """``snowflake.connector.connect``'s arguments for a ``snowflake://`` URL;
    ``writing`` (``segdsl materialize``): autocommit, each statement commits on
    its own unless inside an explicit ``BEGIN`` (segdsl/materialize/snowflake_target.py)."""
    parts = urlsplit(url.strip())
    path = [unquote(piece) for piece in parts.path.split("/") if piece]
    if not parts.hostname or not path or len(path) > 2:
        raise EngineError(f"cannot use {mask_secrets(url)}: write "
                          "snowflake://USER@ACCOUNT/DATABASE[/SCHEMA][?warehouse=W&role=R]")
    arguments: dict[str, Any] = {"account": unquote(parts.netloc.rsplit("@", 1)[-1]),
                                 "database": path[0], "login_timeout": LOGIN_TIMEOUT_SECONDS,
                                 "autocommit": writing}
    if len(path) == 2:
        arguments["schema"] = path[1]
    if parts.username:
        arguments["user"] = unquote(parts.username)
    password = unquote(parts.password) if parts.password else os.environ.get(
        "SNOWFLAKE_PASSWORD")
    if password:
        arguments["password"] = password
    arguments.update(parse_qsl(parts.query))
    return arguments


class SnowflakeEngine(ClosesOnExit):
    """One connector connection to ``url``, never committed (``writing``: one in
    autocommit, for ``segdsl materialize`` alone, segdsl/engines/writer.py)."""

    def __init__(self, url: str, *, writing: bool = False) -> None:
        try:
            import snowflake.connector
        except ImportError:
            raise EngineError("Snowflake needs the snowflake-connector-python package: "
                              "pip install 'segdsl[snowflake]'") from None
        self._errors: type[Exception] = snowflake.connector.Error
        self.url = url
        arguments = connect_arguments(url, writing=writing)
        self.database: str = arguments["database"]
        try:
            self._connection: Any = snowflake.connector.connect(**arguments)
        except self._errors as error:
            raise EngineError(f"cannot connect to Snowflake at {mask_secrets(url)}: "
                              f"{scrub(_first_line(error), url)}") from None

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.rollback()
        except self._errors:
            pass  # the connection broke; closing it is all that is left
        finally:
            connection.close()

    @property
    def connection(self) -> Any:
        if self._connection is None:
            raise EngineError("the Snowflake connection is closed")
        return self._connection

    # ------------------------------------------------------------ the schema

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's (or view's) columns in order with their type names (see
        ``FITS``), or None when it does not exist.  A column stored in upper case
        is named in lower case, as a schema writes it (``CUSTOMER_ID`` is
        ``customer_id``, which the compiler spells back as ``"CUSTOMER_ID"``)."""
        stored = self._stored_columns(table)
        if stored is None:
            return None
        return {as_schema_name(name): kind for name, kind in stored.items()}

    def _stored_columns(self, table: str) -> dict[str, str] | None:
        spelled = table_expression(table)
        database = spelled.catalog or self.database
        schema = spelled.db or self._current_schema()
        columns = exp.Table(this=exp.to_identifier("COLUMNS"),
                            db=exp.to_identifier("INFORMATION_SCHEMA"),
                            catalog=_NAMES.schema_identifier(database))
        query = (exp.select("column_name", "data_type", "numeric_scale").from_(columns)
                 .where(exp.column("table_schema").eq(exp.Literal.string(schema)))
                 .where(exp.column("table_name").eq(exp.Literal.string(spelled.name)))
                 .order_by("ordinal_position"))
        _, rows = self.query(query.sql(dialect=DIALECT))
        if not rows:
            return None
        return {str(name): _type_name(str(kind), scale) for name, kind, scale in rows}

    def _current_schema(self) -> str:
        _, rows = self.query(exp.select(exp.func("CURRENT_SCHEMA")).sql(dialect=DIALECT))
        if not rows or rows[0][0] is None:
            raise EngineError(f"{mask_secrets(self.url)} names no schema and the session "
                              "has none; add it: snowflake://USER@ACCOUNT/DATABASE/SCHEMA")
        return str(rows[0][0])

    def check_tables(self, schema: Schema) -> FoundColumns:
        """Every table and column the schema names exists with a type that fits;
        returns what was found (with the schema's spelling of the names)."""
        from segdsl.engines import schema_tables

        found: dict[str, dict[str, str] | None] = {}
        for table, wanted in schema_tables(schema).items():
            have = self._stored_columns(table)
            found[table] = None if have is None else _as_written(have, wanted)
        check_layout(schema, found, FITS, KEY_FITS, LABEL)
        return found

    # ------------------------------------------------------------------ queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        names, rows = self.stream(sql)
        return names, list(rows)

    def description(self, sql: str) -> list[Any]:
        """The connector's result description of one query (each column's name,
        ``type_code``, ``precision``, ``scale``), its rows left unread."""
        try:
            cursor = self.connection.cursor()
            try:
                cursor.execute(sql)
                return list(cursor.description or ())
            finally:
                cursor.close()
        except self._errors as error:
            raise EngineError(f"Snowflake: {scrub(_first_line(error), self.url)}") from None

    def stream(self, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """Run one query: its column names and an iterator over its rows, which the
        connector fetches in result chunks (a large result is never held whole)."""
        try:
            cursor = self.connection.cursor()
            cursor.execute(sql)
            # The compiler spells an output name written in lower case upper case
            # (`vip` is "VIP"); the rows go out under the name as written.
            names = [as_schema_name(str(column[0])) for column in cursor.description or ()]
        except self._errors as error:
            raise EngineError(f"Snowflake: {scrub(_first_line(error), self.url)}") from None

        def rows() -> Iterator[tuple[object, ...]]:
            try:
                while batch := cursor.fetchmany(STREAM_BATCH):
                    yield from (tuple(row) for row in batch)
            except self._errors as error:
                raise EngineError(f"Snowflake: {scrub(_first_line(error), self.url)}") from None
            finally:
                cursor.close()

        return names, rows()


def _type_name(data_type: str, scale: object) -> str:
    kind = data_type.lower()
    if kind == "number":
        return "integer" if scale in (0, None) else "number"
    return kind


def _as_written(have: dict[str, str], wanted: dict[str, ValueType]) -> dict[str, str]:
    """``have`` keyed by the schema's spelling of each column (``customer_id`` for
    ``CUSTOMER_ID``, by the compiler's rule), so the layout check finds them."""
    spelled = {_NAMES.schema_identifier(column).name: column for column in wanted}
    return {spelled.get(name, name): kind for name, kind in have.items()}


def as_schema_name(stored: str) -> str:
    lower = stored.lower()
    return lower if stored == stored.upper() and LOWER_NAME.fullmatch(lower) else stored


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# How `run` and the other reading commands open a snowflake:// URL (segdsl/dburl.py).
READING = ReadingEngine(LABEL, DIALECT, SnowflakeEngine, table_expression, FITS, KEY_FITS,
                        ZONING)
