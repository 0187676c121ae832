"""``segdsl materialize`` on a DuckDB file: what differs from PostgreSQL.

The membership table is replaced with ``CREATE OR REPLACE TABLE ... AS <compiled
SELECT>`` inside the job's one transaction (BEGIN ... COMMIT, with the history's
statements).  DuckDB's catalog and rows are versioned (MVCC): another connection
of the same database keeps seeing the previous table, whole, until the COMMIT,
and then the new one; nobody ever sees it missing or half written, and a failure
before the COMMIT leaves everything as it was (tests/test_materialize_duckdb.py
reads in a loop from another connection while materializing).  Building under a
temporary name and renaming would add nothing to that.

A DuckDB file opened read-write is locked by the writing process: another
*process* cannot open it meanwhile (not even read-only) and waits or fails;
docs/materialize.md says so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import duckdb
from sqlglot import exp

from segdsl.compile.api import render_sql
from segdsl.engines import EngineError
from segdsl.materialize.layout import Column
from segdsl.materialize.statements import create_as

if TYPE_CHECKING:
    from segdsl.engines.duckdb_engine import DuckDBEngine

DIALECT = "duckdb"


class DuckDBTarget:
    """The job's statements on one DuckDB connection."""

    dialect = DIALECT
    label = "DuckDB"
    as_of_naive = False
    zoned_type = "TIMESTAMPTZ"
    # How DuckDB reports a zoned timestamp column, spaces removed, lower case.
    as_of_types = frozenset({"timestamptz", "timestampwithtimezone"})

    def __init__(self, engine: DuckDBEngine) -> None:
        self.engine = engine

    def current_schema(self) -> str:
        return str(self._scalar("SELECT current_schema()", []))

    def schema_exists(self, schema: str) -> bool:
        return self._scalar(
            "SELECT count(*) FROM information_schema.schemata "
            "WHERE catalog_name = current_database() AND schema_name = ?", [schema]) != 0

    def describe(self, query: exp.Expression) -> list[Column]:
        """The columns of a query, bound but not run."""
        try:
            relation = self.engine.connection.sql(render_sql(query, DIALECT))
        except duckdb.Error as error:
            raise EngineError(f"DuckDB: {_first_line(error)}") from None
        if relation is None:
            raise EngineError("DuckDB: the compiled statement returns no rows")
        return [Column(name, str(kind)) for name, kind in zip(relation.columns, relation.types,
                                                               strict=True)]

    def columns(self, table: exp.Table) -> list[Column] | None:
        """A table's columns, or None when there is none of that name."""
        found = self._scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_catalog = "
            "current_database() AND table_schema = ? AND table_name = ?",
            [table.db, table.name])
        if not found:
            return None
        return self.describe(exp.select(exp.Star()).from_(table.copy()))

    def begin(self) -> None:
        self.run(exp.Transaction())

    def lock(self, schema: str) -> None:
        """Nothing to do: the file lock keeps other processes out, and DuckDB
        refuses a second writer of a table within a process (a conflict error)."""

    def commit(self) -> None:
        self.run(exp.Commit())

    def rollback(self) -> None:
        # No transaction open (it failed to begin): nothing to undo.
        with contextlib.suppress(duckdb.Error):
            self.engine.connection.execute(exp.Rollback().sql(dialect=DIALECT))

    def replace_membership(self, table: exp.Table, query: exp.Expression,
                           columns: list[Column]) -> list[exp.Expression]:
        """The statements that replace the membership table (run by the job)."""
        return [create_as(table, query, replace=True)]

    def together(self, statements: Sequence[exp.Expression]) -> None:
        """Already inside the job's one transaction."""
        for statement in statements:
            self.run(statement)

    def run(self, statement: exp.Expression) -> None:
        self.engine.query(render_sql(statement, DIALECT))

    def count(self, query: exp.Expression) -> int:
        _, rows = self.engine.query(render_sql(query, DIALECT))
        return int(str(rows[0][0])) if rows else 0

    def _scalar(self, sql: str, parameters: list[object]) -> object:
        try:
            # fetchall, not fetchone: the connection refuses other work while a
            # result is unfinished.
            rows = self.engine.connection.execute(sql, parameters).fetchall()
        except duckdb.Error as error:
            raise EngineError(f"DuckDB: {_first_line(error)}") from None
        return rows[0][0] if rows else None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
