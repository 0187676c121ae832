"""The MySQL/MariaDB engine (PyMySQL): ``segdsl test`` on a scratch database
(``run`` and the other reading commands use its read-only subclass in
segdsl/engines/mysql_reader.py).

Rules this module keeps:

* Nothing is left behind.  MySQL's DDL commits on its own, so a transaction cannot
  undo a case's tables as PostgreSQL's does; instead every fixture table is a
  ``TEMPORARY`` table, which only this connection sees and which the server drops
  when the connection closes (:meth:`MySQLEngine.close`, or a crash).  A temporary
  table may be qualified by a database that does not exist (``conf.customers``),
  and it hides a real table of the same name from this connection only, so real
  tables are never read or touched.  (MariaDB reads a temporary table several
  times in one query; MySQL 8 refuses that, "Can't reopen table", so fixture tests
  run on MariaDB: docs/types.md.)
* The session's time zone is set to UTC (``+00:00``): the compiled SQL reads
  ``DATETIME`` columns as UTC without it, but a ``TIMESTAMP`` column is shown in
  the session's zone (``MySQL.read_stored_instant``).  Fixture timestamps are
  ``DATETIME(6)`` columns holding naive UTC.
* The connection's character set is ``utf8mb4``: the compiled SQL names the
  ``utf8mb4`` binary collations (segdsl/compile/dialects/mysql.py).
* A project with a ``timezone`` needs the server's time-zone tables; the engine
  checks them once and says how to load them.
* Statements are sqlglot expressions with quoted identifiers; values travel as
  parameters.  Compiled SQL is sent without parameters, so a ``%`` in it is text.
* Every PyMySQL problem leaves as one-line :class:`~segdsl.engines.EngineError`;
  a password in the URL never appears in a message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlglot import exp

from segdsl.check.checker import CheckedProject
from segdsl.check.types import Kind
from segdsl.dburl import mask_secrets, scrub
from segdsl.engines import (
    ClosesOnExit,
    ConnectionLost,
    EngineError,
    Row,
    RowsByTable,
    schema_tables,
)
from segdsl.project.model import Schema, ValueType

DIALECT = "mysql"
MYSQL_SCHEMES = ("mysql", "mariadb")
DEFAULT_PORT = 3306
CONNECT_TIMEOUT_SECONDS = 10
# PyMySQL's error codes for a connection that broke while in use (CR_SERVER_GONE_ERROR,
# CR_SERVER_LOST) or could not be made (CR_CONN_HOST_ERROR).
_LOST = frozenset({2006, 2013})
TZ_TABLES_HINT = ("the server's time-zone tables are empty, so CONVERT_TZ cannot read "
                  "the project's time zone; load them with `mysql_tzinfo_to_sql "
                  "/usr/share/zoneinfo | mysql -u root mysql`")


@dataclass(frozen=True, slots=True)
class ColumnTypes:
    """The column types fixture tables get (docs/types.md): ``DATETIME(6)`` holding
    UTC for timestamps, ``DECIMAL(38, 9)`` for numbers, JSON arrays for lists and
    ``utf8mb4`` text in the server's default collation (``utf8mb4_general_ci`` on
    MariaDB: case- and accent-insensitive, which the compiled SQL must not rest on;
    the compiled SQL compares strings by code point under any collation)."""

    collation: str | None = None  # None: the server's default for utf8mb4

    def sql_type(self, value_type: ValueType) -> str:
        text = "VARCHAR(255) CHARACTER SET utf8mb4" + (
            f" COLLATE {self.collation}" if self.collation else "")
        return {
            ValueType.STRING: text,
            ValueType.INTEGER: "BIGINT",
            ValueType.NUMBER: "DECIMAL(38, 9)",
            ValueType.BOOLEAN: "BOOLEAN",
            ValueType.DATE: "DATE",
            ValueType.TIMESTAMP: "DATETIME(6)",
            ValueType.LIST_STRING: "JSON",
            ValueType.LIST_INTEGER: "JSON",
        }[value_type]


def connect_arguments(url: str) -> dict[str, Any]:
    """PyMySQL's keyword arguments for a ``mysql://user:password@host:port/database``
    (or ``mariadb://``) URL; without a password in it, the ``MYSQL_PWD`` environment
    variable's (as the ``mysql`` client), so segdsl.yml need not hold one."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in MYSQL_SCHEMES:
        raise EngineError(f"{mask_secrets(url)} is not a mysql:// URL")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise EngineError(f"the port of {mask_secrets(url)} is not a number") from None
    arguments: dict[str, Any] = {
        "host": parts.hostname or "127.0.0.1", "port": port,
        "user": unquote(parts.username) if parts.username else "root",
        "password": unquote(parts.password) if parts.password else os.environ.get(
            "MYSQL_PWD", ""),
    }
    database = unquote(parts.path.lstrip("/"))
    if database:
        arguments["database"] = database
    return arguments


def _identifier(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def table_expression(name: str) -> exp.Table:
    """``shop.customers`` -> `` `shop`.`customers` `` (MySQL's database.table)."""
    parts = name.split(".")
    if len(parts) > 2 or not all(parts):
        raise EngineError(f"cannot use the table name '{name}' in MySQL "
                          "(expected table or database.table)")
    table = exp.Table(this=_identifier(parts[-1]))
    if len(parts) == 2:
        table.set("db", _identifier(parts[0]))
    return table


class MySQLEngine(ClosesOnExit):
    """One PyMySQL connection to ``url``; fixture tables are temporary."""

    # Results hold conditions as 0/1 (see decode_booleans): readers that know the
    # definitions' kinds turn them into booleans.
    booleans_as_integers = True

    def __init__(self, url: str, *, column_types: ColumnTypes | None = None) -> None:
        try:
            import pymysql
        except ImportError:
            raise EngineError(
                "MySQL needs the pymysql package: pip install 'segdsl[mysql]'") from None
        self._pymysql = pymysql
        self.url = url
        self.column_types = column_types or ColumnTypes()
        try:
            self._connection: Any = pymysql.connect(
                **connect_arguments(url), charset="utf8mb4", autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_SECONDS, init_command="SET time_zone = '+00:00'")
        except pymysql.Error as error:
            raise EngineError(f"cannot connect to MySQL at {mask_secrets(url)}: "
                              f"{scrub(_reason(error), url)}") from None
        self._zones_checked = False

    def close(self) -> None:
        """Disconnect; the server drops the temporary tables (idempotent)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            # A broken connection has nothing left to drop.
            with contextlib.suppress(self._pymysql.Error):
                connection.close()

    @property
    def connection(self) -> Any:
        if self._connection is None:
            raise EngineError("the MySQL connection is closed")
        return self._connection

    # ---------------------------------------------------------- fixture tables

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Create every table the schema names as a temporary table and insert
        ``rows_by_table`` (gone when the connection closes)."""
        layout = schema_tables(schema)
        for name in rows_by_table:
            if name not in layout:
                raise EngineError(f"the schema names no table '{name}'")
        for name, columns in layout.items():
            table = table_expression(name)
            definitions = [
                exp.ColumnDef(this=_identifier(column), kind=exp.DataType.build(
                    self.column_types.sql_type(kind), dialect=DIALECT))
                for column, kind in columns.items()]
            create = exp.Create(kind="TABLE", this=exp.Schema(
                this=table, expressions=definitions), properties=exp.Properties(
                    expressions=[exp.TemporaryProperty()]))
            self._run(create.sql(dialect=DIALECT), ())
            rows = rows_by_table.get(name, ())
            if rows:
                self._insert(name, table, columns, rows)

    def _insert(self, name: str, table: exp.Table, columns: dict[str, ValueType],
                rows: Sequence[Row]) -> None:
        for row in rows:
            unknown = [column for column in row if column not in columns]
            if unknown:
                raise EngineError(f"the table '{name}' has no column '{unknown[0]}'")
        # PyMySQL formats parameters into the text with '%s', so a '%' in a quoted
        # name is doubled to stay text.
        names = ", ".join(_identifier(column).sql(dialect=DIALECT) for column in columns)
        statement = (f"INSERT INTO {table.sql(dialect=DIALECT)} ({names}) VALUES "
                     f"({', '.join('%s' for _ in columns)})").replace("%", "%%").replace(
                         "%%s", "%s")
        values = [tuple(_to_parameter(row.get(column)) for column in columns) for row in rows]
        try:
            with self.connection.cursor() as cursor:
                cursor.executemany(statement, values)
        except self._pymysql.Error as error:
            raise self._error(error, f"cannot insert rows into '{name}'") from None

    # ------------------------------------------------------------------ queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run one query; its column names and all its rows (``([], [])`` if none)."""
        if not self._zones_checked and "CONVERT_TZ" in sql:
            self._check_zones()
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql)
                if cursor.description is None:
                    return [], []
                names = [str(column[0]) for column in cursor.description]
                return names, [tuple(row) for row in cursor.fetchall()]
        except self._pymysql.Error as error:
            raise self._error(error) from None

    def _check_zones(self) -> None:
        """CONVERT_TZ returns NULL, silently, for a zone the server's tables lack."""
        found = self._run("SELECT COUNT(*) FROM mysql.time_zone_name", ())
        if not found or not found[0][0]:
            raise EngineError(TZ_TABLES_HINT)
        self._zones_checked = True

    # ----------------------------------------------------------------- helpers

    def _run(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[object, ...]]:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql, parameters or None)
                return [tuple(row) for row in cursor.fetchall()]
        except self._pymysql.Error as error:
            raise self._error(error) from None

    def _error(self, error: BaseException, context: str = "MySQL") -> EngineError:
        """``error`` as one line; :class:`ConnectionLost` when the server went away."""
        code = error.args[0] if error.args and isinstance(error.args[0], int) else None
        if code in _LOST:
            return ConnectionLost(f"lost the connection to MySQL at {mask_secrets(self.url)}: "
                                  f"{scrub(_reason(error), self.url)}")
        return EngineError(f"{context}: {scrub(_reason(error), self.url)}")


def _to_parameter(value: object) -> object:
    """A fixture value as PyMySQL should bind it: timestamps as naive UTC (the
    ``DATETIME`` columns hold UTC), lists as JSON array text."""
    if isinstance(value, dt.datetime):
        return (value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo is not None
                else value)
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def _reason(error: BaseException) -> str:
    """PyMySQL's ``(1146, "Table 'x' doesn't exist")`` as its message alone."""
    text = str(error.args[1] if len(error.args) >= 2 else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def decode_booleans(checked: CheckedProject, columns: Sequence[str],
                    rows: Sequence[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """MySQL has no boolean type in results: a condition comes back as the integer
    0 or 1.  The rows with every segment and boolean metric of ``checked`` made
    ``bool`` again (the definitions' kinds say which; NULL stays NULL;
    segdsl/engines/results.py)."""
    from segdsl.engines.results import decode_rows, result_kinds

    booleans = {name: kind for name, kind in result_kinds(checked).items()
                if kind is Kind.BOOLEAN}
    return list(decode_rows(columns, rows, booleans))
