"""The DuckDB engine: fixture tests run here in memory, ``segdsl run`` on a file.

Rules this module keeps:

* Statements are sqlglot expressions with quoted identifiers, and values travel as
  parameters, never pasted into SQL text: fixture data is user input and a key
  such as ``c1'); DROP TABLE x; --`` must stay a key.
* The session time zone is UTC.  ``timestamp`` columns are naive ``TIMESTAMP``
  holding UTC (SPEC 2), and ``now()`` / casts between ``TIMESTAMP`` and
  ``TIMESTAMPTZ`` in compiled SQL must not depend on the machine's zone.
* Every DuckDB problem leaves as :class:`~segdsl.engines.EngineError` with a
  one-line message; a database path that does not exist is an error rather than a
  new empty database (DuckDB's default), which would only make every segment empty.

Longer than 400 lines: loading fixture rows, querying and writing ``--out`` files
share the connection and the translation of DuckDB's errors; writing files
(``copy_to`` and the helpers after it) is the part to move out when it grows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import duckdb
from sqlglot import exp

from segdsl.engines import ClosesOnExit, EngineError, Row, RowsByTable, schema_tables
from segdsl.engines.columns import FoundColumns, check_layout
from segdsl.numbers import exact_number
from segdsl.project.model import Schema, ValueType
from segdsl.timecontext import Zoning

DIALECT = "duckdb"

SQL_TYPES: dict[ValueType, str] = {
    ValueType.STRING: "VARCHAR",
    ValueType.INTEGER: "BIGINT",
    # Exact, with BigQuery NUMERIC's 9 digits after the point (docs/types.md).
    ValueType.NUMBER: "DECIMAL(38, 9)",
    ValueType.BOOLEAN: "BOOLEAN",
    ValueType.DATE: "DATE",
    ValueType.TIMESTAMP: "TIMESTAMP",
    ValueType.LIST_STRING: "VARCHAR[]",
    ValueType.LIST_INTEGER: "BIGINT[]",
}

# Rows per fetch of :meth:`DuckDBEngine.stream` (as the server engines' streams).
STREAM_BATCH = 10_000
_INTEGERS = frozenset({"tinyint", "smallint", "integer", "bigint", "hugeint", "utinyint",
                       "usmallint", "uinteger", "ubigint", "uhugeint"})
# Which DuckDB column types fit each schema type (docs/types.md), as
# information_schema.columns spells them in lower case, DECIMAL(p,s) as "decimal".
FITS: dict[ValueType, frozenset[str]] = {
    ValueType.STRING: frozenset({"varchar"}),
    ValueType.INTEGER: _INTEGERS,
    ValueType.NUMBER: _INTEGERS | {"float", "double", "decimal"},
    ValueType.BOOLEAN: frozenset({"boolean"}),
    ValueType.DATE: frozenset({"date"}),
    # Zoned timestamps read right because the engine pins the session to UTC.
    ValueType.TIMESTAMP: frozenset({"timestamp", "timestamp with time zone", "timestamp_s",
                                    "timestamp_ms", "timestamp_ns"}),
    # LIST columns, as information_schema spells them ("VARCHAR[]").
    ValueType.LIST_STRING: frozenset({"varchar[]"}),
    ValueType.LIST_INTEGER: frozenset(f"{name}[]" for name in _INTEGERS),
}
KEY_FITS = FITS[ValueType.STRING] | _INTEGERS | {"uuid"}
# How each timestamp type FITS accepts stores an instant (segdsl/timecontext.py):
# what `run` tells the compiler about the columns it checked.
ZONING: dict[str, Zoning] = {
    "timestamp with time zone": Zoning.ZONED,
    **{name: Zoning.NAIVE for name in ("timestamp", "timestamp_s", "timestamp_ms",
                                       "timestamp_ns")},
}

# Result types the Python client can only fetch with pytz installed (not one of our
# dependencies); query() casts them to their naive counterparts, which in a UTC
# session hold the UTC wall-clock time.
_ZONED_TYPES = {"TIMESTAMP WITH TIME ZONE": "TIMESTAMP", "TIME WITH TIME ZONE": "TIME"}

_COPY_FORMATS = (".csv", ".parquet")

# The memory DuckDB may use while it writes a file (``run --out``, SPEC 7: "without
# holding all rows in memory"); beyond it, sorts, joins and aggregates spill to a
# temporary folder next to the output.  With DuckDB's default (80 % of RAM) sorting
# 10 million members by key took 1.2 GB and grows with members; a fixed limit bounds
# it.  1 GB rather than less: the batch query of `run --all --out` itself needs
# about 1 GB on the large benchmark, and at 256 MB it spilled and took 45 s instead
# of 24 s (13 s unlimited); docs/performance.md, "Memory of `run --out`".  The
# environment variable overrides it, in DuckDB's notation ("256MB", "4GB").
COPY_MEMORY_LIMIT = "1GB"
MEMORY_LIMIT_ENV = "SEGDSL_DUCKDB_MEMORY_LIMIT"


def _identifier(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def table_expression(name: str) -> exp.Table:
    """``shop.customers`` -> ``"shop"."customers"`` (up to catalog.schema.table)."""
    parts = name.split(".")
    if len(parts) > 3 or not all(parts):
        raise EngineError(f"cannot use the table name '{name}' in DuckDB "
                          "(expected table, schema.table or catalog.schema.table)")
    table = exp.Table(this=_identifier(parts[-1]))
    if len(parts) >= 2:
        table.set("db", _identifier(parts[-2]))
    if len(parts) == 3:
        table.set("catalog", _identifier(parts[0]))
    return table


def _to_parameter(value: object, kind: ValueType) -> object:
    """A Python value as DuckDB should bind it into a ``kind`` column of our tables."""
    if value is None:
        return None
    if isinstance(value, tuple):  # a list column's elements
        return list(value)
    if kind is ValueType.TIMESTAMP and isinstance(value, dt.date):
        if not isinstance(value, dt.datetime):  # a date alone is its midnight UTC
            return dt.datetime(value.year, value.month, value.day)
        if value.tzinfo is not None:  # TIMESTAMP columns are naive and hold UTC
            return value.astimezone(dt.UTC).replace(tzinfo=None)
    if kind is ValueType.NUMBER and isinstance(value, int | float | Decimal) \
            and not isinstance(value, bool):
        return _decimal_text(value)
    return value


def _decimal_text(value: int | float | Decimal) -> str:
    """A number as plain decimal text, which DuckDB casts to DECIMAL exactly.

    Not the Decimal itself: a list of Decimals of different widths is typed by the
    client from its values and may go through DOUBLE.  A float keeps the digits of
    its shortest repr; one that is not finite is left for DuckDB to refuse.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return format(exact_number(value), "f")


class DuckDBEngine(ClosesOnExit):
    """One DuckDB connection: in memory (``database=None``) or an existing file."""

    def __init__(self, database: str | Path | None = None, *, read_only: bool = False) -> None:
        target = ":memory:" if database is None or str(database) == ":memory:" else database
        if target != ":memory:":
            path = Path(target)
            try:
                is_dir, exists = path.is_dir(), path.exists()
            except OSError as error:  # e.g. a name longer than the system allows
                raise EngineError(f"cannot open the DuckDB database {path}: "
                                  f"{error.strerror or error}") from None
            if is_dir:
                raise EngineError(f"the DuckDB database {path} is a folder, not a database file")
            if not exists:
                raise EngineError(f"the DuckDB database {path} does not exist")
            target = str(path)
        self.database = str(target)
        try:
            self._connection: duckdb.DuckDBPyConnection | None = duckdb.connect(
                self.database, read_only=read_only
            )
        except duckdb.Error as error:
            raise _engine_error(error, f"cannot open the DuckDB database {self.database}") from None
        # Only builds without the ICU extension lack the setting, and those have no
        # time zones at all: everything is UTC already.
        with contextlib.suppress(duckdb.Error):
            self._connection.execute("SET TimeZone = 'UTC'")

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        if self._connection is None:
            raise EngineError("the DuckDB connection is closed")
        return self._connection

    # -------------------------------------------------------------------- tables

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Create every table the schema names and insert ``rows_by_table``.

        Rows map column names to values; a column a row leaves out is NULL.  Tables
        must not exist yet: on a database file this refuses to touch real data.
        """
        layout = schema_tables(schema)
        for name in rows_by_table:
            if name not in layout:
                raise EngineError(f"the schema names no table '{name}'")
        for name, columns in layout.items():
            self._create_table(name, columns)
            rows = rows_by_table.get(name, ())
            if rows:
                self._insert(name, columns, rows)

    def _create_table(self, name: str, columns: dict[str, ValueType]) -> None:
        table = table_expression(name)
        catalog = table.args.get("catalog")
        if catalog is not None:
            self._attach_memory_catalog(catalog.name)
        db = table.args.get("db")
        if db is not None:
            schema_name = exp.Table(this=db.copy(), db=catalog.copy() if catalog else None)
            self._execute(exp.Create(kind="SCHEMA", this=schema_name, exists=True))
        definitions = [
            exp.ColumnDef(this=_identifier(column), kind=exp.DataType.build(SQL_TYPES[kind]))
            for column, kind in columns.items()
        ]
        create = exp.Create(kind="TABLE", this=exp.Schema(this=table, expressions=definitions))
        self._execute(create)

    def _attach_memory_catalog(self, catalog: str) -> None:
        """Make ``catalog`` of ``catalog.schema.table`` exist.

        BigQuery-style names (``project.dataset.table``) have a third part that in
        DuckDB names a database; an in-memory one is attached for fixture runs.
        """
        existing = self.connection.execute(
            "SELECT database_name FROM duckdb_databases()"
        ).fetchall()
        if any(row[0] == catalog for row in existing):
            return
        attach = exp.Attach(
            this=exp.Alias(this=exp.Literal.string(":memory:"), alias=_identifier(catalog))
        )
        self._execute(attach)

    def _insert(self, name: str, columns: dict[str, ValueType], rows: Sequence[Row]) -> None:
        """Insert all rows with one statement: each column travels as one list
        parameter, unnested in SQL (``INSERT ... SELECT UNNEST(CAST(? AS T[])), ...``).

        Why: ``executemany`` runs the INSERT once per row, some 0.5 ms each (10,000
        fixture rows took 5 s); the lists load the same rows in about 30 ms, with
        no dependency such as pandas or pyarrow (docs/performance.md, "Fixture
        loading").  Several UNNESTs in one SELECT list advance together, row by row.
        """
        for row in rows:
            unknown = [column for column in row if column not in columns]
            if unknown:
                raise EngineError(f"the table '{name}' has no column '{unknown[0]}'")
        select = exp.Select(expressions=[
            exp.Explode(this=exp.Cast(this=exp.Placeholder(),
                                      to=exp.DataType.build(f"{SQL_TYPES[kind]}[]",
                                                            dialect=DIALECT)))
            for kind in columns.values()
        ])
        statement = exp.Insert(
            this=exp.Schema(this=table_expression(name),
                            expressions=[_identifier(column) for column in columns]),
            expression=select,
        )
        parameters = [[_to_parameter(row.get(column), kind) for row in rows]
                      for column, kind in columns.items()]
        try:
            self.connection.execute(statement.sql(dialect=DIALECT), parameters)
        except duckdb.Error as error:
            raise _engine_error(error, f"cannot insert rows into '{name}'") from None

    def _execute(self, statement: exp.Expression) -> None:
        try:
            self.connection.execute(statement.sql(dialect=DIALECT))
        except duckdb.Error as error:
            raise _engine_error(error) from None

    # ------------------------------------------------------------- the schema

    def found_columns(self, schema: Schema) -> FoundColumns:
        """Each schema table's columns and their types, or None for a missing table
        (views count as tables)."""
        return {table: self.table_columns(table) for table in schema_tables(schema)}

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's columns (in their order) and their type names as FITS spells
        them, or None when there is no such table or view (``segdsl schema infer``
        asks this before any schema exists)."""
        parts = table.split(".")
        catalog = parts[0] if len(parts) == 3 else None
        db = parts[-2] if len(parts) >= 2 else "main"
        try:
            rows = self.connection.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_catalog = coalesce(?, current_database()) "
                "AND table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                [catalog, db, parts[-1]],
            ).fetchall()
        except duckdb.Error as error:
            raise _engine_error(error) from None
        return {str(name): _type_name(str(kind)) for name, kind in rows} or None

    def check_tables(self, schema: Schema) -> FoundColumns:
        """Every table and column the schema names exists with a type that fits;
        returns what was found."""
        found = self.found_columns(schema)
        check_layout(schema, found, FITS, KEY_FITS, "DuckDB")
        return found

    # ------------------------------------------------------------------- queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run one query; returns its column names and all its rows.

        Zoned timestamps come back as naive datetimes holding UTC (see
        ``_ZONED_TYPES``).  A statement without a result gives ``([], [])``.
        """
        with _query_errors():
            names, relation = self._relation(sql)
            if relation is None:
                return [], []
            return names, [tuple(row) for row in relation.fetchall()]

    def stream(self, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """:meth:`query` with the rows fetched :data:`STREAM_BATCH` at a time
        (``segdsl changes``): DuckDB keeps the result in its own compact form and
        only one batch at a time becomes Python objects.  No other statement may
        run on the connection until the rows are read."""
        with _query_errors():
            names, relation = self._relation(sql)

        def rows() -> Iterator[tuple[object, ...]]:
            if relation is None:
                return
            with _query_errors():
                # One run of the relation, read a batch at a time (DuckDB 2
                # relations keep no result between fetchmany calls: iter_rows).
                # Its rows are tuples already.
                yield from relation.iter_rows(STREAM_BATCH)

        return names, rows()

    def _relation(self, sql: str) -> tuple[list[str], duckdb.DuckDBPyRelation | None]:
        """``sql`` as a relation (None for a statement without a result) and its
        column names, zoned timestamps projected to naive UTC."""
        relation = self.connection.sql(sql)
        if relation is None:
            return [], None
        names = list(relation.columns)
        types = [str(kind) for kind in relation.types]
        if any(kind in _ZONED_TYPES for kind in types):
            relation = relation.project(", ".join(
                _projection(name, _ZONED_TYPES.get(kind)) for name, kind in zip(names, types,
                                                                               strict=True)
            ))
        return names, relation

    def copy_to(self, sql: str, path: str | Path) -> None:
        """Write the query's result to ``path`` (``.csv`` with a header, or ``.parquet``).

        DuckDB streams the result to the file (its COPY, through the relation API
        so the compiled SQL is not pasted into another statement), so large results
        are never held in memory.  It writes to a temporary file in the same
        folder, renamed over ``path`` only when complete: a failed export leaves
        neither a partial file nor a damaged previous one.
        """
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in _COPY_FORMATS:
            raise EngineError(f"cannot write {target}: the file name must end in .csv or .parquet")
        folder = target.parent
        if not folder.is_dir():
            raise EngineError(f"cannot write {target}: the folder {folder} does not exist")
        try:
            handle, temporary = tempfile.mkstemp(
                dir=folder, prefix=f".{target.name}.", suffix=".tmp"
            )
        except OSError as error:
            raise EngineError(f"cannot write {target}: {error.strerror or error}") from None
        os.close(handle)
        try:
            with bounded_memory(self.connection, target):
                relation = self.connection.sql(sql)
                if relation is None:
                    raise EngineError(f"cannot write {target}: the statement returns no rows")
                if suffix == ".csv":
                    _trimmed_decimals(relation).write_csv(temporary, header=True)
                else:
                    relation.write_parquet(temporary)
            os.replace(temporary, target)
        except (duckdb.InterruptException, RuntimeError) as error:
            raise _interrupt_or(error) from None
        except duckdb.Error as error:
            raise write_error(error, target) from None
        except OSError as error:
            raise EngineError(f"cannot write {target}: {error.strerror or error}") from None
        finally:
            # After a successful os.replace the temporary name is gone already.
            if os.path.exists(temporary):
                os.unlink(temporary)


def _trimmed_decimals(relation: duckdb.DuckDBPyRelation) -> duckdb.DuckDBPyRelation:
    """Decimal columns as ``run --format csv`` prints them: ``36.98``, not DuckDB's
    ``36.980000000`` (every ``number`` has 9 places, docs/semantics.md); list columns
    as the JSON text it prints (``["running","yoga"]``, cli/output.py), not DuckDB's
    ``[running, yoga]``.  Parquet keeps the DECIMAL and LIST types instead."""
    if not any(str(kind).startswith("DECIMAL") or str(kind).endswith("[]")
               for kind in relation.types):
        return relation
    columns: list[duckdb.Expression] = []
    for name, kind in zip(relation.columns, relation.types, strict=True):
        column = exp.column(exp.to_identifier(name, quoted=True))
        if str(kind).startswith("DECIMAL"):
            text = exp.cast(column.copy(), "VARCHAR")
            # Every decimal here has a point: strip its trailing zeros, then the point.
            trimmed = exp.Anonymous(this="rtrim", expressions=[
                exp.Anonymous(this="rtrim", expressions=[text, exp.Literal.string("0")]),
                exp.Literal.string(".")])
            rendered = exp.alias_(trimmed, name, quoted=True).sql(dialect="duckdb")
        elif str(kind).endswith("[]"):
            json_text = exp.cast(exp.Anonymous(this="to_json", expressions=[column]), "VARCHAR")
            rendered = exp.alias_(json_text, name, quoted=True).sql(dialect="duckdb")
        else:
            rendered = column.sql(dialect="duckdb")
        columns.append(duckdb.SQLExpression(rendered))
    return relation.project(*columns)


@contextlib.contextmanager
def bounded_memory(connection: duckdb.DuckDBPyConnection, target: Path) -> Iterator[None]:
    """Within the block, ``connection`` uses at most :data:`COPY_MEMORY_LIMIT` and
    spills to a temporary folder beside ``target`` (whose folder has room for the
    output anyway; not the database's folder, which DuckDB would use and which may
    be read-only).  The folder is removed and the settings restored afterwards.
    Raises OSError when the folder cannot be made, duckdb.Error for a bad limit."""
    spill = tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".spill")
    found: tuple[object, ...] | None = None
    try:
        found = connection.execute("SELECT current_setting('memory_limit')").fetchone()
        limit = os.environ.get(MEMORY_LIMIT_ENV, "").strip() or COPY_MEMORY_LIMIT
        connection.execute(_set("memory_limit", limit))
        connection.execute(_set("temp_directory", spill))
        yield
    finally:
        with contextlib.suppress(duckdb.Error):
            if found:
                connection.execute(_set("memory_limit", str(found[0])))
            connection.execute("RESET temp_directory")
        shutil.rmtree(spill, ignore_errors=True)


def _set(setting: str, value: str) -> str:
    """``SET setting = 'value'`` (DuckDB takes no parameters in SET)."""
    item = exp.EQ(this=exp.var(setting), expression=exp.Literal.string(value))
    return exp.Set(expressions=[exp.SetItem(this=item)]).sql(dialect=DIALECT)


def _type_name(data_type: str) -> str:
    """``DECIMAL(18,3)`` -> ``decimal``; other names in lower case."""
    return data_type.split("(", 1)[0].strip().lower()


def _projection(name: str, cast_to: str | None) -> str:
    column: exp.Expression = exp.column(_identifier(name))
    if cast_to is None:
        return column.sql(dialect=DIALECT)
    cast = exp.cast(column, exp.DataType.build(cast_to))
    return exp.alias_(cast, _identifier(name)).sql(dialect=DIALECT)


@contextlib.contextmanager
def _query_errors() -> Iterator[None]:
    """Running or reading a query: Ctrl-C as itself, any other DuckDB problem as a
    one-line :class:`EngineError`."""
    try:
        yield
    except (duckdb.InterruptException, RuntimeError) as error:
        raise _interrupt_or(error) from None
    except duckdb.Error as error:
        raise _engine_error(error) from None


def _interrupt_or(error: Exception) -> BaseException:
    """Ctrl-C during a query as the KeyboardInterrupt it was; any other error as is.

    DuckDB's Python client answers SIGINT by interrupting the query and raising
    ``RuntimeError('Query interrupted')`` (or ``InterruptException``), swallowing the
    KeyboardInterrupt; the CLI would report that as an internal error.
    """
    if isinstance(error, duckdb.InterruptException) or str(error) == "Query interrupted":
        return KeyboardInterrupt()
    return error


# DuckDB reports a failed write as 'IO Error: Async write failed for range [...]:
# {"exception_type":"IO","exception_message":"Could not write file \"<its own
# temporary file>\": No space left on device","errno":"28"}'; the errno says it all.
_ERRNO = re.compile(r'"errno"\s*:\s*"?(\d+)')


def write_error(error: duckdb.Error, target: str | Path) -> EngineError:
    """DuckDB's failure to write ``target`` as one line, with the system's reason
    (``No space left on device``) when DuckDB gives an errno."""
    found = _ERRNO.search(_first_line(error))
    if found is None:
        return _engine_error(error, f"cannot write {target}")
    return EngineError(f"cannot write {target}: {os.strerror(int(found.group(1)))}")


def _engine_error(error: duckdb.Error, context: str | None = None) -> EngineError:
    first = _first_line(error)
    return EngineError(f"{context}: {first}" if context else f"DuckDB: {first}")


def _first_line(error: duckdb.Error) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
