"""Opening a user's database for writing: ``segdsl materialize`` alone.

Every other command reads through :func:`segdsl.engines.reader.open_reader`,
which opens DuckDB read-only and PostgreSQL in a read-only transaction; that path
is left exactly as it is.  :func:`open_writer` is the separate way in for the one
command that writes (docs/materialize.md): a DuckDB file opened read-write (it
must exist: materializing never creates a database), a ``postgresql://`` URL in
one ordinary transaction, which the caller commits, a ``mysql://`` URL on a
connection that may write (segdsl/engines/mysql_writer.py), or a ``snowflake://``
URL on an autocommit connection (segdsl/materialize/snowflake_target.py), or a
``bigquery://`` URL whose query jobs write (segdsl/materialize/bigquery_target.py).
The same column check as ``open_reader`` runs first on the tables the
definitions read, so a database that does not fit the schema is refused before
anything is written.

Other kinds of database are refused by the command (segdsl/dburl.py's
``BACKENDS`` do not list ``materialize`` for them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from segdsl.dburl import is_mysql_url, is_postgres_url, scheme
from segdsl.timecontext import DEFAULT, TimeContext, Zoning, from_found_columns

if TYPE_CHECKING:
    from sqlglot import exp

    from segdsl.engines.bigquery_engine import BigQueryEngine
    from segdsl.engines.duckdb_engine import DuckDBEngine
    from segdsl.engines.mysql_writer import MySQLWriter
    from segdsl.engines.postgres_engine import PostgresEngine
    from segdsl.engines.snowflake_engine import SnowflakeEngine
    from segdsl.project.model import Schema, StaticListSource


@dataclass
class Writer:
    """An open, checked database that may be written.

    ``engine`` is a :class:`DuckDBEngine` (autocommit until the caller says
    ``BEGIN``) or a :class:`PostgresEngine` (inside a transaction that is rolled
    back on close unless the caller commits) or a :class:`MySQLWriter` or a
    :class:`SnowflakeEngine` opened for writing or a :class:`BigQueryEngine` (all
    autocommit: segdsl/materialize/mysql_target.py, snowflake_target.py and
    bigquery_target.py say how they write).  ``time_context`` is what the column check found, as
    :class:`~segdsl.engines.reader.Reader` has it, and ``table_expression``
    spells a schema table for this engine.
    """

    engine: DuckDBEngine | PostgresEngine | MySQLWriter | SnowflakeEngine | BigQueryEngine
    dialect: str
    table_expression: Callable[[str], exp.Table]
    time_context: TimeContext = DEFAULT


@contextmanager
def open_writer(database: str, schema: Schema, read: Schema,
                lists: Sequence[StaticListSource] = ()) -> Iterator[Writer]:
    """Open ``database`` for writing and check it against ``read`` (the schema cut
    down to what will be evaluated), as :func:`~segdsl.engines.reader.open_reader`
    checks it.  The engine is closed when the block ends (PostgreSQL: anything
    not committed is rolled back)."""
    from segdsl.engines import schema_tables

    if is_postgres_url(database):
        from segdsl.engines import postgres_engine as pg

        with pg.PostgresEngine(database) as engine:
            yield _checked(engine, "PostgreSQL", pg.DIALECT, pg.table_expression, pg.ZONING,
                           read, lists)
        return

    if is_mysql_url(database):
        from segdsl.engines import mysql_engine as my
        from segdsl.engines.mysql_reader import LABEL, ZONING
        from segdsl.engines.mysql_writer import MySQLWriter

        with MySQLWriter(database) as writer_engine:
            yield _checked(writer_engine, LABEL, my.DIALECT, my.table_expression, ZONING,
                           read, lists)
        return

    if scheme(database) == "bigquery":
        from segdsl.engines import bigquery_engine as bq

        with bq.BigQueryEngine(database) as bigquery:
            yield _checked(bigquery, bq.LABEL, bq.DIALECT, bq.table_expression, bq.ZONING,
                           read, lists)
        return

    if scheme(database) == "snowflake":
        from segdsl.engines import snowflake_engine as sf

        with sf.SnowflakeEngine(database, writing=True) as snowflake:
            yield _checked(snowflake, sf.LABEL, sf.DIALECT, sf.table_expression, sf.ZONING,
                           read, lists)
        return

    from segdsl.engines import duckdb_engine as duck
    from segdsl.engines.reader import open_duckdb_for

    with open_duckdb_for(database, schema_tables(schema), read_only=False) as engine:
        yield _checked(engine, "DuckDB", duck.DIALECT, duck.table_expression, duck.ZONING,
                       read, lists)


def _checked(engine: DuckDBEngine | PostgresEngine | MySQLWriter | SnowflakeEngine
             | BigQueryEngine, label: str, dialect: str,
             table_expression: Callable[[str], exp.Table], zoning: Mapping[str, Zoning],
             read: Schema, lists: Sequence[StaticListSource]) -> Writer:
    """The same checks on every engine before anything is written: the tables and
    columns ``read`` names, the static lists' tables, no NULL list elements."""
    from segdsl.engines.columns import check_list_tables
    from segdsl.engines.list_elements import check_list_elements

    found = engine.check_tables(read)
    check_list_tables(engine.table_columns, lists, label)
    check_list_elements(engine, read, dialect, table_expression)
    return Writer(engine, dialect, table_expression, from_found_columns(found, zoning))
