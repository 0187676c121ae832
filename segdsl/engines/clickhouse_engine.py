"""The ClickHouse engine: fixture tests on ClickHouse in process (chdb).

Rules this module keeps:

* chdb is imported when an engine is made, never at import time, so ``segdsl
  check`` and the rest work without it; a missing package is one
  :class:`~segdsl.engines.EngineError` line (``pip install 'segdsl[clickhouse]'``).
* chdb runs one embedded ClickHouse server per process.  Every engine opens its
  own chdb session (its own current database) on it and creates a fresh database
  (``segdsl_<random>``) for the schema's unqualified tables; a qualified table
  ``shop.orders`` is table ``orders`` of database ``shop``, which the engine makes
  and refuses to use if it exists already (fixture tests never touch real
  tables).  :meth:`ClickHouseEngine.close` drops every database it made: nothing
  is left behind.  A module-level session keeps the server alive between engines
  (starting it takes about 0.3 s).  chdb's server lives in one place per process
  (in memory here, or one data folder for ``run --db chdb:...``,
  segdsl/engines/clickhouse_reader.py): :func:`release_idle_server` stops the
  idle in-memory one so a folder can be opened, and a clash is one line
  (:func:`server_error`), never chdb's own text.
* Column types are explicit: ``Nullable(String)``, ``Nullable(Int64)``,
  ``Nullable(Decimal(38, 9))``, ``Nullable(Bool)``, ``Nullable(Date32)``,
  ``Nullable(DateTime64(6, 'UTC'))`` (instants), ``Array(String)`` and
  ``Array(Int64)`` (lists; an ``Array`` cannot be ``Nullable`` in ClickHouse, so a
  missing list is stored empty).
* Rows travel as JSON lines through chdb's streaming insert, never pasted into
  SQL; statements are sqlglot expressions with quoted identifiers.
* Results are read from ``JSONCompactEachRowWithNamesAndTypes`` with decimals and
  64-bit integers quoted, so every value keeps its exact type (``Decimal``,
  ``int``, aware UTC ``datetime``) rather than the doubles of chdb's DataFrames.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlglot import exp

from segdsl.engines import ClosesOnExit, EngineError, Row, RowsByTable, schema_tables
from segdsl.numbers import exact_number
from segdsl.project.model import Schema, ValueType

DIALECT = "clickhouse"

SQL_TYPES: dict[ValueType, str] = {
    ValueType.STRING: "Nullable(String)",
    ValueType.INTEGER: "Nullable(Int64)",
    # Exact, with BigQuery NUMERIC's 9 digits after the point (docs/types.md).
    ValueType.NUMBER: "Nullable(Decimal(38, 9))",
    ValueType.BOOLEAN: "Nullable(Bool)",
    # Date32: ClickHouse's Date stops at 2149 and starts at 1970.
    ValueType.DATE: "Nullable(Date32)",
    ValueType.TIMESTAMP: "Nullable(DateTime64(6, 'UTC'))",
    ValueType.LIST_STRING: "Array(String)",
    ValueType.LIST_INTEGER: "Array(Int64)",
}

# Output settings of every query: exact decimals and integers as JSON strings.
OUTPUT = "JSONCompactEachRowWithNamesAndTypes"
# The session's settings: exact decimals and integers as JSON strings, and a
# DateTime without a zone in its type shown in UTC.
SESSION_SETTINGS: dict[str, exp.Expression] = {
    "output_format_json_quote_decimals": exp.Literal.number(1),
    "output_format_json_quote_64bit_integers": exp.Literal.number(1),
    "session_timezone": exp.Literal.string("UTC"),
    # A project's membership query is larger than the default limit of 256 KiB
    # (the case folding's tables are long): a limit of the parser, not semantics.
    "max_query_size": exp.Literal.number(64 * 2**20),
}

_keeper: Any = None  # the module-level session that keeps chdb's server up
_open_engines = 0  # ClickHouseEngines not closed yet (they need the in-memory server)


def import_chdb_session() -> Any:
    """chdb's ``session`` module, or the one-line error naming the extra."""
    try:
        from chdb import session
    except ImportError:
        raise EngineError("ClickHouse needs the chdb package: "
                          "pip install 'segdsl[clickhouse]'") from None
    return session


def _session() -> Any:
    """A new chdb session (the server started once per process)."""
    global _keeper
    # chdb's Session is untyped: an Any here.
    make: Any = import_chdb_session().Session
    try:
        if _keeper is None:
            _keeper = make()
        return make()
    except Exception as error:  # chdb raises RuntimeError and its own errors
        raise server_error(error, "the in-memory ClickHouse of `segdsl test`") from None


def release_idle_server() -> None:
    """Close the module-level session when no fixture engine is open, so that chdb's
    embedded server (one per process, on one folder or in memory) can start on a
    data folder (segdsl/engines/clickhouse_reader.py)."""
    global _keeper
    if _keeper is not None and _open_engines == 0:
        keeper, _keeper = _keeper, None
        keeper.close()


def server_error(error: BaseException, wanted: str) -> EngineError:
    """chdb's refusal to start a second embedded server as one line: chdb runs
    one ClickHouse per process, on one data folder (or in memory) at a time."""
    text = str(error)
    if "EmbeddedServer already initialized" in text:
        return EngineError(f"cannot open {wanted}: chdb runs one ClickHouse per process, "
                           "and this process has it open elsewhere (on another folder, or "
                           "in memory for `segdsl test --engine clickhouse`)")
    return engine_error(error, f"cannot open {wanted}")


def _identifier(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def table_expression(name: str) -> exp.Table:
    """``shop.customers`` -> ``"shop"."customers"``; ClickHouse has databases and
    tables only, so a third name part is refused rather than dropped."""
    parts = name.split(".")
    if len(parts) > 2 or not all(parts):
        raise EngineError(f"cannot use the table name '{name}' in ClickHouse "
                          "(expected table or database.table)")
    return exp.Table(this=_identifier(parts[-1]),
                     db=_identifier(parts[0]) if len(parts) == 2 else None)


class ClickHouseEngine(ClosesOnExit):
    """One chdb session with a database of its own, dropped by :meth:`close`."""

    def __init__(self) -> None:
        global _open_engines
        self._session: Any = _session()
        _open_engines += 1
        self._databases: list[str] = []
        database = f"segdsl_{secrets.token_hex(8)}"
        self._create_database(database)
        self._run(f"USE {_identifier(database).sql(dialect=DIALECT)}")
        # Results only: the compiled SQL names UTC itself wherever a zone matters.
        for setting, value in SESSION_SETTINGS.items():
            self._run(exp.Set(expressions=[exp.SetItem(this=exp.EQ(
                this=exp.var(setting), expression=value))]).sql(dialect=DIALECT))

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        global _open_engines
        session, self._session = self._session, None
        if session is None:
            return
        _open_engines -= 1
        try:
            for database in reversed(self._databases):
                drop = exp.Drop(kind="SCHEMA", tables=[exp.Table(this=_identifier(database))],
                                exists=True)
                session.query(drop.sql(dialect=DIALECT))
        finally:
            session.close()

    @property
    def session(self) -> Any:
        if self._session is None:
            raise EngineError("the ClickHouse session is closed")
        return self._session

    # -------------------------------------------------------------------- tables

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Create every table the schema names and insert ``rows_by_table`` (a
        column a row leaves out is NULL, or an empty list)."""
        layout = schema_tables(schema)
        for name in rows_by_table:
            if name not in layout:
                raise EngineError(f"the schema names no table '{name}'")
        for name, columns in layout.items():
            table = table_expression(name)
            db = table.args.get("db")
            if db is not None and db.name not in self._databases:
                self._create_database(db.name)
            definitions = [exp.ColumnDef(this=_identifier(column), kind=exp.DataType.build(
                SQL_TYPES[kind], dialect=DIALECT)) for column, kind in columns.items()]
            create = exp.Create(kind="TABLE", this=exp.Schema(this=table, expressions=definitions),
                                properties=exp.Properties(expressions=[
                                    exp.EngineProperty(this=exp.var("Memory"))]))
            self._run(create.sql(dialect=DIALECT))
            rows = rows_by_table.get(name, ())
            if rows:
                self._insert(name, table, columns, rows)

    def _create_database(self, name: str) -> None:
        found = self._query(exp.select("1").from_(exp.table_("databases", db="system")).where(
            exp.EQ(this=exp.column("name"), expression=exp.Literal.string(name))
        ).sql(dialect=DIALECT))
        if found[1]:
            raise EngineError(f"the ClickHouse database '{name}' exists already; fixture tests "
                              "make their own tables")
        self._run(exp.Create(kind="DATABASE", this=exp.Table(this=_identifier(name))
                             ).sql(dialect=DIALECT))
        self._databases.append(name)

    def _insert(self, name: str, table: exp.Table, columns: dict[str, ValueType],
                rows: Sequence[Row]) -> None:
        for row in rows:
            unknown = [column for column in row if column not in columns]
            if unknown:
                raise EngineError(f"the table '{name}' has no column '{unknown[0]}'")
        lines = "\n".join(json.dumps({column: _to_json(row.get(column), kind)
                                      for column, kind in columns.items()})
                          for row in rows)
        statement = exp.Insert(this=exp.Schema(
            this=table.copy(), expressions=[_identifier(column) for column in columns]))
        try:
            with self.session._conn.send_insert(statement.sql(dialect=DIALECT),
                                                "JSONEachRow") as insert:
                insert.append(lines)
                insert.finish()
        except Exception as error:  # chdb raises RuntimeError and its own errors
            raise engine_error(error, f"cannot insert rows into '{name}'") from None

    # ------------------------------------------------------------------- queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run one query; its column names and all its rows, each value of its
        exact Python type."""
        return self._query(sql)

    def _query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        names, _, rows = decode(self._run(sql, OUTPUT))
        return names, rows

    def _run(self, sql: str, output: str = "CSV") -> str:
        try:
            return str(self.session.query(sql, output))
        except Exception as error:  # chdb raises RuntimeError and its own errors
            raise engine_error(error) from None


def decode(text: str) -> tuple[list[str], list[str], list[tuple[object, ...]]]:
    """One ``JSONCompactEachRowWithNamesAndTypes`` text (a whole result, or one
    chunk of a streamed one, which repeats the two header lines): the column
    names, their ClickHouse types and the rows, each value of its exact type."""
    # Rows end at "\n" only: JSON escapes control characters, but U+0085 and
    # U+2028 stand raw inside strings, and str.splitlines would split there.
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return [], [], []
    names = [str(name) for name in json.loads(lines[0])]
    types = [str(kind) for kind in json.loads(lines[1])]
    rows = [tuple(_value(kind, value) for kind, value in zip(types, json.loads(line),
                                                                strict=True))
            for line in lines[2:]]
    return names, types, rows


def _to_json(value: object, kind: ValueType) -> object:
    """A fixture value as JSONEachRow reads it into a ``kind`` column."""
    if value is None:
        return [] if kind.is_list else None
    if isinstance(value, tuple | list):
        return list(value)
    if kind is ValueType.TIMESTAMP and isinstance(value, dt.date):
        if not isinstance(value, dt.datetime):  # a date alone is its midnight UTC
            value = dt.datetime(value.year, value.month, value.day)
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind is ValueType.NUMBER and isinstance(value, int | float | Decimal) \
            and not isinstance(value, bool):
        return format(exact_number(value), "f")
    return value


WRAPPER = re.compile(r"^(?:Nullable|LowCardinality)\((.*)\)$")


def _value(kind: str, value: object) -> object:
    """A JSON value of the ClickHouse type ``kind`` as its exact Python value."""
    while (wrapped := WRAPPER.match(kind)) is not None:
        kind = wrapped.group(1)
    if value is None:
        return None
    if kind.startswith("Array("):
        inner = kind[len("Array("):-1]
        items: list[object] = value if isinstance(value, list) else []
        return tuple(_value(inner, item) for item in items)
    if kind.startswith(("Int", "UInt")):
        return int(str(value))
    if kind.startswith("Decimal"):
        return Decimal(str(value))
    if kind.startswith("Float"):
        return float(str(value))
    if kind == "Bool":
        return bool(value)
    if kind.startswith("DateTime"):
        # Shown in the zone its type names; every instant of a compiled query is
        # DateTime64(6, 'UTC'), and one without a zone is shown in the session's, UTC.
        zone = re.search(r"'([^']+)'", kind)
        if zone is not None and zone.group(1) != "UTC":
            raise EngineError(f"unexpected result type {kind} (instants are UTC)")
        return dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC)
    if kind.startswith("Date"):
        return dt.date.fromisoformat(str(value))
    return value


def engine_error(error: BaseException, context: str | None = None) -> EngineError:
    text = str(error).strip()
    first = text.splitlines()[0] if text else type(error).__name__
    return EngineError(f"{context}: {first}" if context else f"ClickHouse: {first}")
