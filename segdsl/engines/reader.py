"""Reading a user's database: one way in for every command that evaluates segments.

``run``, ``report``, ``diff`` and ``run --check-expectations`` all do the same
thing first: open the database named by ``--db`` (a DuckDB file, opened read-only,
or a server URL of segdsl/dburl.py's ``BACKENDS``: ``postgresql://`` and
``mysql://`` read in a read-only transaction, ``bigquery://`` and ``snowflake://``
through the vendors' client libraries, sending only queries, ``chdb:`` a ClickHouse
data folder in ClickHouse's read-only mode), check that the tables
and columns the evaluated definitions read are there with fitting types, and then
run compiled SQL in that engine's dialect.  :func:`open_reader` does exactly that
and hands back a :class:`Reader`, so no command opens a database its own way.

Errors leave as :class:`~segdsl.engines.EngineError` (cannot open, a statement
failed) or :class:`~segdsl.engines.columns.LayoutError` (tables or columns missing
or of the wrong type; every problem listed); the CLI turns both into exit status 2.

Rows of the definitions' columns are read with their kinds (:meth:`Reader.query`'s
``kinds``), since MySQL returns conditions as 0/1 (segdsl/engines/results.py);
compiled SQL wrapped in another query is parsed back with its meaning kept
(``segdsl.compile.api.read_compiled``: MySQL's collations sit in executable
comments, which sqlglot's parser drops).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlglot import exp

from segdsl.dburl import Backend, backend
from segdsl.timecontext import DEFAULT, TimeContext, from_found_columns

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject
    from segdsl.engines import ReadingEngine, ServerEngine
    from segdsl.engines.duckdb_engine import DuckDBEngine
    from segdsl.engines.results import ResultKinds
    from segdsl.project.model import Schema, StaticListSource

# The catalog name under which open_duckdb attaches a database whose own name
# collides with a schema name of its tables.
ATTACHED = "segdsl_database"


@dataclass
class Reader:
    """An open, checked database and what is needed to query it.

    ``dialect`` is the compiler's target for this engine (``duckdb``,
    ``postgres``, ``bigquery``, ``snowflake``, ``mysql``); ``text_key`` says whether
    the entity key is a column the engine sorts by its collation (PostgreSQL and
    MySQL text), which :meth:`sorted_by_key` then sorts by code point as DuckDB
    does (``code_point_order``; None: ``COLLATE "C"``).
    ``time_context`` says which timestamp columns the column check found zoned or
    naive; every compilation for this database takes it (the cheapest correct
    read of each time column, ``Dialect.read_stored_instant``).
    ``booleans_as_integers``: the engine's results hold conditions as 0/1 (MySQL);
    :meth:`query` and :meth:`stream` decode the columns whose kinds they are told
    (segdsl/engines/results.py), so every command sees DuckDB's values.
    """

    engine: DuckDBEngine | ServerEngine
    dialect: str
    text_key: bool
    table_expression: Callable[[str], exp.Table]
    time_context: TimeContext = DEFAULT
    code_point_order: Callable[[exp.Expression], exp.Expression] | None = None
    booleans_as_integers: bool = False

    def query(self, sql: str, kinds: ResultKinds | None = None
              ) -> tuple[list[str], list[tuple[object, ...]]]:
        """All rows of ``sql``; ``kinds`` (:func:`~segdsl.engines.results.result_kinds`)
        says what the definitions' and attributes' columns hold, for engines that
        lose it (aggregate queries of counts need none)."""
        columns, rows = self.engine.query(sql)
        if kinds and self.booleans_as_integers:
            from segdsl.engines.results import decode_rows

            rows = list(decode_rows(columns, rows, kinds))
        return columns, rows

    def stream(self, sql: str, kinds: ResultKinds | None = None
               ) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """:meth:`query` with the rows fetched in batches (``run --out`` on a
        server, ``changes``)."""
        columns, rows = self.engine.stream(sql)
        if kinds and self.booleans_as_integers:
            from segdsl.engines.results import decode_rows

            rows = decode_rows(columns, rows, kinds)
        return columns, rows

    @property
    def sql_dialect(self) -> str:
        """sqlglot's name of ``dialect``, for SQL built or re-read around compiled
        SQL: ``segdslspark`` for ``spark`` (sqlglot's own Spark generator would hoist
        nested ``WITH``s and undo the compiler's other Spark fixes)."""
        from segdsl.compile.dialects import DIALECTS

        return DIALECTS[self.dialect].sqlglot_name

    def membership_sql(self, checked: CheckedProject, as_of: dt.datetime | None,
                       names: Sequence[str] | None = None) -> str:
        """The membership table (SPEC 6) in this engine's dialect.

        Raises :class:`~segdsl.compile.api.CompileError` for a definition the
        compiler cannot translate.
        """
        from segdsl.compile.api import compile_membership

        return compile_membership(checked, self.dialect, as_of, names,
                                  context=self.time_context)

    def sorted_by_key(self, sql: str, key: str) -> str:
        """``sql``'s rows ordered by ``key``; text keys by code point on every engine."""
        if not self.text_key:
            return sorted_by_key(sql, key, self.dialect)
        return sorted_by_key(sql, key, self.dialect, order=self.code_point_order or collate_c)


@contextmanager
def open_reader(database: str, schema: Schema, read: Schema,
                lists: Sequence[StaticListSource] = ()) -> Iterator[Reader]:
    """Open ``database`` read-only and check it against ``read`` (the schema cut
    down to what will be evaluated: :func:`segdsl.check.usage.schema_read_by`).

    ``schema`` is the whole project schema (for the key column's type and the
    DuckDB catalog clash below).  The engine is closed when the block ends; on
    PostgreSQL and MySQL its read-only transaction is rolled back, so nothing is
    ever written.
    """
    from segdsl.engines.columns import check_list_tables
    from segdsl.engines.list_elements import check_list_elements

    server = backend(database)
    if server is not None:
        reading = reading_engine(server)
        with reading.connect(database) as engine:
            found = engine.check_tables(read)
            check_list_tables(engine.table_columns, lists, reading.label)
            check_list_elements(engine, read, reading.dialect, reading.table_expression)
            key_type = (found.get(schema.table) or {}).get(schema.key, "")
            yield Reader(engine, reading.dialect, key_type in reading.collated_keys,
                         reading.table_expression, from_found_columns(found, reading.zoning),
                         reading.code_point_order, reading.booleans_as_integers)
        return

    from segdsl.engines.duckdb_engine import ZONING as DUCK_ZONING
    from segdsl.engines.duckdb_engine import table_expression as duck_table

    duck = open_duckdb(database, schema)
    with duck:
        found = duck.check_tables(read)
        check_list_tables(duck.table_columns, lists, "DuckDB")
        check_list_elements(duck, read, "duckdb", duck_table)
        yield Reader(duck, "duckdb", False, duck_table, from_found_columns(found, DUCK_ZONING))


def reading_engine(server: Backend) -> ReadingEngine:
    """The ``READING`` of the engine module ``server`` names (imported now, so a
    driver is loaded only when its kind of URL is used)."""
    import importlib

    from segdsl.engines import ReadingEngine

    found = getattr(importlib.import_module(server.opener), "READING", None)
    if not isinstance(found, ReadingEngine):  # a BACKENDS row naming the wrong module
        raise TypeError(f"{server.opener} has no READING for {server.name}")
    return found


def open_duckdb(database: str, schema: Schema) -> DuckDBEngine:
    """Open a DuckDB database file read-only.

    DuckDB names a file's catalog after the file (``shop.duckdb`` -> ``shop``), and
    then ``shop.customers`` is ambiguous between the catalog ``shop`` and the schema
    ``shop`` (a Binder Error), which is exactly the example project's layout.  In that
    case the file is attached under another name and made the default catalog.
    """
    from segdsl.engines import schema_tables

    return open_duckdb_for(database, schema_tables(schema))


def open_duckdb_for(database: str, tables: Iterable[str], *, read_only: bool = True
                    ) -> DuckDBEngine:
    """:func:`open_duckdb` for a list of table names rather than a schema
    (``segdsl schema infer`` has no schema yet).  ``read_only=False`` is for
    ``segdsl materialize`` alone (segdsl/engines/writer.py); every reading
    command keeps the default."""
    import duckdb

    from segdsl.engines import EngineError
    from segdsl.engines.duckdb_engine import DuckDBEngine

    engine = DuckDBEngine(database, read_only=read_only)
    qualifiers = {table.split(".")[-2].lower() for table in tables if table.count(".") == 1}
    _, rows = engine.query("SELECT current_database()")
    if not rows or str(rows[0][0]).lower() not in qualifiers:
        return engine
    engine.close()
    engine = DuckDBEngine()
    attach = exp.Attach(
        this=exp.Alias(this=exp.Literal.string(database),
                       alias=exp.to_identifier(ATTACHED, quoted=True)),
        expressions=[exp.AttachOption(this=exp.var("READ_ONLY"))] if read_only else None,
    )
    use = exp.Use(this=exp.Table(this=exp.to_identifier(ATTACHED, quoted=True)))
    try:
        for statement in (attach, use):
            engine.connection.execute(statement.sql(dialect="duckdb"))
    except duckdb.Error as error:
        engine.close()
        text = str(error).strip()
        raise EngineError(f"cannot open the DuckDB database {database}: {text}") from None
    return engine


def collate_c(key: exp.Expression) -> exp.Expression:
    """``key COLLATE "C"``: PostgreSQL's text by code point."""
    return exp.Collate(this=key, expression=exp.to_identifier("C", quoted=True))


def sorted_by_key(sql: str, key: str, dialect: str = "duckdb", *,
                  order: Callable[[exp.Expression], exp.Expression] | None = None) -> str:
    """``SELECT * FROM (<sql>) AS "members" ORDER BY <key>``, built with sqlglot
    (``sql`` read back with its meaning kept: ``read_compiled``).

    ``order``: how to sort text by code point, as DuckDB does, rather than by the
    database's collation (PostgreSQL's is usually a language's, ``en_US``;
    MariaDB's ignores case): :func:`collate_c`, or the engine's
    ``ReadingEngine.code_point_order``.
    """
    from segdsl.compile.api import read_compiled
    from segdsl.compile.dialects import DIALECTS

    inner = read_compiled(sql, dialect)
    by: exp.Expression = exp.column(exp.to_identifier(key, quoted=True))
    if order is not None:
        by = order(by)
    query = (
        exp.select(exp.Star())
        .from_(inner.subquery(exp.to_identifier("members", quoted=True)))
        .order_by(by)
    )
    return query.sql(dialect=DIALECTS[dialect].sqlglot_name)
