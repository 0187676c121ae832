"""The MySQL/MariaDB engine for ``segdsl run`` and the other reading commands
(``explain``, ``report``, ``diff``, ``schema infer``) on ``mysql://`` and
``mariadb://`` URLs; ``segdsl test``'s scratch engine is segdsl/engines/mysql_engine.py.

Rules this module keeps:

* Nothing is written.  The session is made read-only (``SET SESSION TRANSACTION
  READ ONLY``) and everything runs in one ``START TRANSACTION READ ONLY``, which
  :meth:`MySQLReader.close` rolls back: the server refuses any write, temporary
  tables and DDL included ("Cannot execute statement in a READ ONLY
  transaction").  The user needs the ``SELECT`` privilege only.
* The session's time zone is UTC (``+00:00``) and its character set ``utf8mb4``
  (as for fixture tests, :class:`~segdsl.engines.mysql_engine.MySQLEngine`): a
  ``TIMESTAMP`` column is shown in the session's zone, so UTC makes it read as the
  instant it holds, and the compiled SQL names ``utf8mb4`` collations.
* The column check reads ``INFORMATION_SCHEMA.COLUMNS``: ``table`` is looked up
  in the URL's database (the session's), ``schema.table`` in the database
  ``schema``.  Type names are ``DATA_TYPE`` but for ``tinyint(1)`` (``BOOLEAN``:
  the only boolean that fits) and MariaDB's ``JSON``, which is ``longtext`` with a
  ``json_valid`` check, named ``json`` here (``FITS``, docs/types.md).
* Results hold conditions as 0/1: ``booleans_as_integers`` makes the
  :class:`~segdsl.engines.reader.Reader` decode rows by the definitions' kinds.
* Text keys are ordered by their bytes (``CAST(key AS BINARY)``: UTF-8 bytes sort
  as code points), whatever the column's collation (MariaDB's default ignores case).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from sqlglot import exp

from segdsl.engines import EngineError, ReadingEngine, RowsByTable, schema_tables
from segdsl.engines.columns import FoundColumns, check_layout
from segdsl.engines.mysql_engine import DIALECT, MySQLEngine, table_expression
from segdsl.project.model import Schema, ValueType
from segdsl.timecontext import Zoning

LABEL = "MySQL/MariaDB"  # as segdsl/dburl.py names the backend
_TEXT = frozenset({"char", "varchar", "tinytext", "text", "mediumtext", "longtext"})
_INTEGERS = frozenset({"tinyint", "smallint", "mediumint", "int", "bigint"})
# Which MySQL/MariaDB column types fit each schema type (docs/types.md), by the
# names table_columns gives.  BOOLEAN is TINYINT(1), and only that width is a
# boolean (a wider TINYINT is an integer); BIT(1) is not accepted (PyMySQL reads it
# as bytes).  A list is a JSON array column.
FITS: dict[ValueType, frozenset[str]] = {
    ValueType.STRING: _TEXT,
    ValueType.INTEGER: _INTEGERS,
    ValueType.NUMBER: _INTEGERS | {"decimal", "float", "double"},
    ValueType.BOOLEAN: frozenset({"tinyint(1)"}),
    ValueType.DATE: frozenset({"date"}),
    ValueType.TIMESTAMP: frozenset({"datetime", "timestamp"}),
    ValueType.LIST_STRING: frozenset({"json"}),
    ValueType.LIST_INTEGER: frozenset({"json"}),
}
KEY_FITS = _TEXT | _INTEGERS
# DATETIME holds a wall-clock time, which holds UTC (SPEC 2); TIMESTAMP is an
# instant, shown in the session's zone (UTC here); both are read bare
# (MySQL.read_stored_instant).
ZONING: dict[str, Zoning] = {"datetime": Zoning.NAIVE, "timestamp": Zoning.ZONED}
STREAM_BATCH = 10_000


class MySQLReader(MySQLEngine):
    """One PyMySQL connection to ``url`` in a read-only transaction, rolled back
    when it closes."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            for statement in ("SET SESSION TRANSACTION READ ONLY",
                              "START TRANSACTION READ ONLY"):
                self._run(statement, ())
        except EngineError:
            self.close()
            raise

    def close(self) -> None:
        """Roll back (nothing was written) and disconnect (idempotent)."""
        connection = self._connection
        if connection is not None:
            with contextlib.suppress(self._pymysql.Error):
                connection.rollback()
        super().close()

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        raise EngineError("the MySQL reader is read-only; fixture tests use MySQLEngine")

    # ------------------------------------------------------------ the schema

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's (or view's) columns in order with their type names (see
        ``FITS``), or None when it does not exist."""
        spelled = table_expression(table)
        database = spelled.db or self._current_database()
        if database is None:
            return None
        columns = exp.Table(this=exp.to_identifier("COLUMNS"),
                            db=exp.to_identifier("INFORMATION_SCHEMA"))
        query = (exp.select("COLUMN_NAME", "DATA_TYPE", "COLUMN_TYPE").from_(columns)
                 .where(exp.column("TABLE_SCHEMA").eq(exp.Literal.string(database)))
                 .where(exp.column("TABLE_NAME").eq(exp.Literal.string(spelled.name)))
                 .order_by("ORDINAL_POSITION"))
        rows = self._run(query.sql(dialect=DIALECT), ())
        if not rows:
            return None
        found = {_text(name): _type_name(_text(data_type), _text(column_type))
                 for name, data_type, column_type in rows}
        if "longtext" in found.values():
            for name in self._json_columns(database, spelled.name):
                if found.get(name) == "longtext":
                    found[name] = "json"
        return found

    def _current_database(self) -> str | None:
        rows = self._run(exp.select(exp.func("DATABASE")).sql(dialect=DIALECT), ())
        return None if not rows or rows[0][0] is None else str(rows[0][0])

    def _json_columns(self, database: str, table: str) -> set[str]:
        """MariaDB's JSON columns: ``longtext`` with the column check
        ``json_valid(`name`)`` (MySQL names them ``json`` itself and its
        CHECK_CONSTRAINTS has no TABLE_NAME, so it is not asked)."""
        version = self._run("SELECT VERSION()", ())
        if not version or "mariadb" not in str(version[0][0]).lower():
            return set()
        checks = exp.Table(this=exp.to_identifier("CHECK_CONSTRAINTS"),
                           db=exp.to_identifier("INFORMATION_SCHEMA"))
        query = (exp.select("CONSTRAINT_NAME", "CHECK_CLAUSE").from_(checks)
                 .where(exp.column("CONSTRAINT_SCHEMA").eq(exp.Literal.string(database)))
                 .where(exp.column("TABLE_NAME").eq(exp.Literal.string(table))))
        found: set[str] = set()
        for name, clause in self._run(query.sql(dialect=DIALECT), ()):
            column = _text(name)
            if re.fullmatch(r"json_valid\(`" + re.escape(column.replace("`", "``")) + r"`\)",
                            _text(clause), re.IGNORECASE):
                found.add(column)
        return found

    def check_tables(self, schema: Schema) -> FoundColumns:
        """Every table and column the schema names exists with a type that fits;
        returns what was found."""
        found = {table: self.table_columns(table) for table in schema_tables(schema)}
        check_layout(schema, found, FITS, KEY_FITS, LABEL)
        return found

    # ------------------------------------------------------------------ queries

    def stream(self, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """Run one query unbuffered (PyMySQL's ``SSCursor``): its column names and
        an iterator over its rows, fetched :data:`STREAM_BATCH` at a time, so a
        large result is never held in memory.  No other query may run on the
        connection until the rows are read."""
        if not self._zones_checked and "CONVERT_TZ" in sql:
            self._check_zones()
        try:
            cursor = self.connection.cursor(self._pymysql.cursors.SSCursor)
            cursor.execute(sql)
            names = [str(column[0]) for column in cursor.description or ()]
        except self._pymysql.Error as error:
            raise self._error(error) from None

        def rows() -> Iterator[tuple[object, ...]]:
            try:
                while batch := cursor.fetchmany(STREAM_BATCH):
                    yield from (tuple(row) for row in batch)
            except self._pymysql.Error as error:
                raise self._error(error) from None
            finally:
                with contextlib.suppress(self._pymysql.Error):
                    cursor.close()

        return names, rows()


def _text(value: object) -> str:
    """An INFORMATION_SCHEMA value as text (MySQL 8 may hand some back as bytes)."""
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _type_name(data_type: str, column_type: str) -> str:
    kind = data_type.lower()
    if kind == "tinyint" and column_type.lower().startswith("tinyint(1)"):
        return "tinyint(1)"
    return kind


def code_point_order(key: exp.Expression) -> exp.Expression:
    """``CAST(key AS BINARY)``: UTF-8 bytes sort as code points, with no collation
    (``utf8mb4_general_ci`` would put ``a`` and ``A`` together) and no padding."""
    return exp.cast(key, exp.DataType.build("BINARY", dialect=DIALECT))


def _open_read_only(url: str) -> MySQLReader:
    return MySQLReader(url)


# How `run` and the other reading commands open a mysql:// URL (segdsl/dburl.py).
READING = ReadingEngine(LABEL, DIALECT, _open_read_only, table_expression, FITS, KEY_FITS,
                        ZONING, collated_keys=_TEXT, code_point_order=code_point_order,
                        booleans_as_integers=True)
