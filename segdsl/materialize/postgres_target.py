"""``segdsl materialize`` on PostgreSQL: what differs from DuckDB.

The membership table is a *stable* table, refilled in the job's one transaction
with ``DELETE FROM t; INSERT INTO t (...) <compiled SELECT>``.  Under MVCC a
concurrent reader sees the old rows until the COMMIT and the new ones after it,
and never waits (DELETE and INSERT take ROW EXCLUSIVE, which no SELECT waits
for).  ``TRUNCATE`` is not used: it is not MVCC-safe (a reader whose snapshot
is older sees an empty table).

Not ``DROP old; ALTER TABLE new RENAME`` either: a SELECT that was waiting on the
old table's lock fails after the commit with "could not open relation with
OID ...".  The table keeps its OID here.  Only when the columns change (a
definition added, removed or of another kind) does an ``ALTER TABLE ADD/DROP
COLUMN`` run; it holds ACCESS EXCLUSIVE until the commit, so readers *wait*
through that one job, then read the new table (same OID: no failure).  Columns
added later stand at the end of the table: read columns by name.

Concurrent ``materialize`` runs on one schema are serialized with a transaction
advisory lock (two overlapping DELETE + INSERT would otherwise both insert).
The DELETE leaves dead rows that autovacuum reclaims (docs/materialize.md).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlglot import exp

from segdsl.compile.api import render_sql
from segdsl.dburl import scrub
from segdsl.engines import ConnectionLost, EngineError
from segdsl.materialize.layout import Column, fits
from segdsl.materialize.statements import (
    add_column,
    create_table,
    delete_rows,
    drop_column,
    identifier,
    insert_query,
)

if TYPE_CHECKING:
    from segdsl.engines.postgres_engine import PostgresEngine

DIALECT = "postgres"
# The temporary view the compiled SELECT is described through (its column types
# with their modifiers, numeric(38,9)); it lives in the session's own pg_temp.
_PROBE = "segdsl_materialize_probe"
_COLUMNS = ("SELECT a.attname, format_type(a.atttypid, a.atttypmod) "
            "FROM pg_catalog.pg_attribute AS a WHERE a.attrelid = to_regclass(%s) "
            "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")


class PostgresTarget:
    """The job's statements in the writer's one PostgreSQL transaction."""

    dialect = DIALECT
    label = "PostgreSQL"
    as_of_naive = False
    zoned_type = "timestamptz"
    as_of_types = frozenset({"timestamptz", "timestampwithtimezone"})

    def __init__(self, engine: PostgresEngine) -> None:
        import psycopg

        self.engine = engine
        self._errors = psycopg.Error

    def current_schema(self) -> str:
        found = self._fetch("SELECT current_schema()", ())
        if not found or found[0][0] is None:
            raise EngineError("PostgreSQL: no current schema (the search_path names no "
                              "existing schema); give --schema")
        return str(found[0][0])

    def schema_exists(self, schema: str) -> bool:
        return bool(self._fetch("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s",
                                (schema,)))

    def describe(self, query: exp.Expression) -> list[Column]:
        """The columns of a query with their exact types, through a temporary view
        (made, not run)."""
        probe = exp.Table(this=identifier(_PROBE), db=exp.to_identifier("pg_temp"))
        view = exp.Create(kind="VIEW", this=probe.copy(), expression=query,
                          properties=exp.Properties(expressions=[exp.TemporaryProperty()]))
        self.run(view)
        columns = self._columns(probe.sql(dialect=DIALECT))
        # Dropped at once: the next entity's query has other columns, which
        # CREATE OR REPLACE VIEW would refuse.
        self.run(exp.Drop(tables=[probe], kind="VIEW"))
        return columns

    def columns(self, table: exp.Table) -> list[Column] | None:
        name = table.sql(dialect=DIALECT)
        if not self._fetch("SELECT to_regclass(%s) IS NOT NULL", (name,))[0][0]:
            return None
        return self._columns(name)

    def begin(self) -> None:
        """psycopg has begun the transaction with the first statement already."""

    def lock(self, schema: str) -> None:
        """One materialize per schema at a time, until this transaction ends."""
        self._fetch("SELECT pg_advisory_xact_lock(hashtext(%s))",
                    (f"segdsl materialize {schema}",))

    def commit(self) -> None:
        try:
            self.engine.connection.commit()
        except self._errors as error:
            raise self._error(error) from None

    def rollback(self) -> None:
        # A broken connection raises here; the server rolled back on its side.
        with contextlib.suppress(self._errors):
            self.engine.connection.rollback()

    def replace_membership(self, table: exp.Table, query: exp.Expression,
                           columns: list[Column]) -> list[exp.Expression]:
        """Create the table the first time; afterwards make its columns the new
        ones (only when they differ), then delete every row and insert the new."""
        found = self.columns(table)
        statements: list[exp.Expression] = []
        if found is None:
            statements.append(create_table(table, columns))
        else:
            wanted = {column.name: column.type for column in columns}
            kept: set[str] = set()
            for column in found:
                if column.name in wanted and fits(column.type, wanted[column.name]) \
                        and fits(wanted[column.name], column.type):
                    kept.add(column.name)
                else:
                    statements.append(drop_column(table, column.name))
            statements += [add_column(table, column) for column in columns
                           if column.name not in kept]
            statements.append(delete_rows(table))
        statements.append(insert_query(table, [column.name for column in columns], query))
        return statements

    def together(self, statements: Sequence[exp.Expression]) -> None:
        """Already inside the job's one transaction."""
        for statement in statements:
            self.run(statement)

    def run(self, statement: exp.Expression) -> None:
        self.engine.query(render_sql(statement, DIALECT))

    def count(self, query: exp.Expression) -> int:
        _, rows = self.engine.query(render_sql(query, DIALECT))
        return int(str(rows[0][0])) if rows else 0

    def _columns(self, regclass: str) -> list[Column]:
        return [Column(str(name), str(kind)) for name, kind in self._fetch(_COLUMNS,
                                                                           (regclass,))]

    def _fetch(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[Any, ...]]:
        try:
            with self.engine.connection.cursor() as cursor:
                cursor.execute(sql, parameters)
                return [tuple(row) for row in cursor.fetchall()]
        except self._errors as error:
            raise self._error(error) from None

    def _error(self, error: BaseException) -> EngineError:
        text = str(error).strip().splitlines()
        line = scrub(text[0] if text else type(error).__name__, self.engine.url)
        if self.engine.connection.broken:
            return ConnectionLost(f"lost the connection to PostgreSQL: {line}")
        return EngineError(f"PostgreSQL: {line}")
