"""Reading a user's database: one way in for every command that evaluates segments.

``run``, ``report``, ``diff`` and ``run --check-expectations`` all do the same
thing first: open the database named by ``--db`` (a DuckDB file, opened read-only,
or a server URL of segdsl/dburl.py's ``BACKENDS``: ``postgresql://`` read in a
read-only transaction, ``bigquery://`` and ``snowflake://`` through the vendors'
client libraries, sending only queries), check that the tables
and columns the evaluated definitions read are there with fitting types, and then
run compiled SQL in that engine's dialect.  :func:`open_reader` does exactly that
and hands back a :class:`Reader`, so no command opens a database its own way.

Errors leave as :class:`~segdsl.engines.EngineError` (cannot open, a statement
failed) or :class:`~segdsl.engines.columns.LayoutError` (tables or columns missing
or of the wrong type; every problem listed); the CLI turns both into exit status 2.
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
    from segdsl.project.model import Schema, StaticListSource

# The catalog name under which open_duckdb attaches a database whose own name
# collides with a schema name of its tables.
ATTACHED = "segdsl_database"


@dataclass
class Reader:
    """An open, checked database and what is needed to query it.

    ``dialect`` is the compiler's target for this engine (``duckdb``,
    ``postgres``, ``bigquery``, ``snowflake``); ``text_key`` says whether the entity
    key is a column the engine sorts by its collation (PostgreSQL text), which
    :meth:`sorted_by_key` then sorts by code point as DuckDB does.
    ``time_context`` says which timestamp columns the column check found zoned or
    naive; every compilation for this database takes it (the cheapest correct
    read of each time column, ``Dialect.read_stored_instant``).
    """

    engine: DuckDBEngine | ServerEngine
    dialect: str
    text_key: bool
    table_expression: Callable[[str], exp.Table]
    time_context: TimeContext = DEFAULT

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        return self.engine.query(sql)

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
        return sorted_by_key(sql, key, self.dialect, collate_c=self.text_key)


@contextmanager
def open_reader(database: str, schema: Schema, read: Schema,
                lists: Sequence[StaticListSource] = ()) -> Iterator[Reader]:
    """Open ``database`` read-only and check it against ``read`` (the schema cut
    down to what will be evaluated: :func:`segdsl.check.usage.schema_read_by`).

    ``schema`` is the whole project schema (for the key column's type and the
    DuckDB catalog clash below).  The engine is closed when the block ends; on
    PostgreSQL its transaction is rolled back, so nothing is ever written.
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
                         reading.table_expression, from_found_columns(found, reading.zoning))
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


def sorted_by_key(sql: str, key: str, dialect: str = "duckdb", *, collate_c: bool = False
                  ) -> str:
    """``SELECT * FROM (<sql>) AS "members" ORDER BY <key>``, built with sqlglot.

    ``collate_c``: sort text by code point, as DuckDB does, rather than by the
    database's collation (PostgreSQL's is usually a language's, ``en_US``).
    """
    import sqlglot

    inner = sqlglot.parse_one(sql, dialect=dialect)
    assert isinstance(inner, exp.Query)
    order: exp.Expression = exp.column(exp.to_identifier(key, quoted=True))
    if collate_c:
        order = exp.Collate(this=order, expression=exp.to_identifier("C", quoted=True))
    query = (
        exp.select(exp.Star())
        .from_(inner.subquery(exp.to_identifier("members", quoted=True)))
        .order_by(order)
    )
    return query.sql(dialect=dialect)
