"""One ``segdsl materialize``: every entity's membership table (and with
``snapshot`` its history) written in one transaction of the database.

Order matters for "nothing lost": everything that can be refused is checked
first (the schema exists, each compiled query's columns, each history table's
columns), then all statements run inside one transaction that is committed only
at the end.  Any failure (a statement refused, the connection killed) rolls
back, so the previous tables and history stay exactly as they were.  (MySQL's,
Snowflake's and BigQuery's DDL is not transactional: there each table is swapped
atomically, by one RENAME or one CREATE OR REPLACE, and only a snapshot's DELETE +
INSERT share a transaction, ``Target.together``; segdsl/materialize/mysql_target.py,
snowflake_target.py, bigquery_target.py.)

The as-of is one instant, fixed by the caller before compiling: the compiled
SQL holds it as a literal and the history's ``segdsl_as_of`` holds the same
instant, so a snapshot says exactly when it was evaluated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlglot import exp

from segdsl.materialize.layout import (
    AS_OF_COLUMN,
    Column,
    MaterializeError,
    history_additions,
    table_names,
)
from segdsl.materialize.statements import (
    add_column,
    as_of_literal,
    count_rows,
    create_table,
    delete_snapshot,
    insert_snapshot,
    qualified,
)

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject
    from segdsl.engines.writer import Writer


class Target(Protocol):
    """What the job needs of an engine (duckdb_target.py, postgres_target.py,
    mysql_target.py, snowflake_target.py, bigquery_target.py)."""

    dialect: str
    label: str
    zoned_type: str
    as_of_naive: bool  # the as-of column holds UTC without a zone (MySQL)
    as_of_types: frozenset[str]

    def current_schema(self) -> str: ...
    def schema_exists(self, schema: str) -> bool: ...
    def describe(self, query: exp.Expression) -> list[Column]: ...
    def columns(self, table: exp.Table) -> list[Column] | None: ...
    def begin(self) -> None: ...
    def lock(self, schema: str) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def replace_membership(self, table: exp.Table, query: exp.Expression,
                           columns: list[Column]) -> list[exp.Expression]: ...
    def together(self, statements: Sequence[exp.Expression]) -> None: ...
    def run(self, statement: exp.Expression) -> None: ...
    def count(self, query: exp.Expression) -> int: ...


# Where a new history table gets no declared primary key.  DuckDB keeps a primary
# key as an ART index: with it a million-row snapshot's INSERT + COMMIT took 2.5 s
# instead of 0.8 s, and re-writing an as-of about 50 s more (docs/performance.md).
# (segdsl_as_of, key) stays unique without it: a snapshot is written only by the
# DELETE of its as-of and the INSERT of the membership table just written (one
# row per key, the entity's key being unique) in one transaction; `changes` and
# `report` refuse a snapshot holding a key twice.  A history created earlier with
# the key keeps it (and keeps enforcing it).
UNKEYED_HISTORY = frozenset({"duckdb"})


@dataclass(frozen=True, slots=True)
class Written:
    """What one entity's part of the job wrote (for the command's report)."""

    entity: str
    membership: str  # schema.table, for messages
    history: str | None  # None without a snapshot
    rows: int
    columns: int


@dataclass
class _Plan:
    entity: str
    key: str
    membership: exp.Table
    history: exp.Table
    query: exp.Expression
    columns: list[Column]
    history_found: bool = False
    additions: tuple[Column, ...] = ()


def target_for(writer: Writer, checked: CheckedProject) -> Target:
    from segdsl.engines.bigquery_engine import BigQueryEngine
    from segdsl.engines.duckdb_engine import DuckDBEngine
    from segdsl.engines.mysql_writer import MySQLWriter
    from segdsl.engines.snowflake_engine import SnowflakeEngine

    if isinstance(writer.engine, BigQueryEngine):
        from segdsl.materialize.bigquery_target import BigQueryTarget

        return BigQueryTarget(writer.engine)
    if isinstance(writer.engine, SnowflakeEngine):
        from segdsl.materialize.snowflake_target import SnowflakeTarget

        return SnowflakeTarget(writer.engine)
    if isinstance(writer.engine, DuckDBEngine):
        from segdsl.materialize.duckdb_target import DuckDBTarget

        return DuckDBTarget(writer.engine)
    if isinstance(writer.engine, MySQLWriter):
        from segdsl.check.types import Kind
        from segdsl.engines.results import result_kinds
        from segdsl.materialize.mysql_target import MySQLTarget

        booleans = frozenset(name for name, kind in result_kinds(checked).items()
                             if kind is Kind.BOOLEAN)
        return MySQLTarget(writer.engine, booleans, frozenset(checked.segmentations))
    from segdsl.materialize.postgres_target import PostgresTarget

    return PostgresTarget(writer.engine)


def materialize(writer: Writer, checked: CheckedProject, as_of: dt.datetime,
                schema: str | None, *, snapshot: bool,
                target: Target | None = None) -> list[Written]:
    """Write every entity's membership table into ``schema`` (None: the
    connection's current schema) at ``as_of``, and with ``snapshot`` append it to
    the history.  Raises :class:`MaterializeError` (nothing written) or
    :class:`~segdsl.engines.EngineError` (rolled back)."""
    target = target or target_for(writer, checked)
    schema = schema if schema is not None else target.current_schema()
    if not target.schema_exists(schema):
        raise MaterializeError([f"the schema {schema} does not exist in this {target.label} "
                                "database; create it first (materialize never creates one)"])
    try:
        target.begin()
        target.lock(schema)
        plans = [_plan(writer, target, checked, entity, schema, as_of, snapshot)
                 for entity in checked.schema.entity_names()]
        written = [_write(target, plan, schema, as_of, snapshot) for plan in plans]
        target.commit()
    except BaseException:
        target.rollback()
        raise
    return written


def _plan(writer: Writer, target: Target, checked: CheckedProject, entity: str, schema: str,
          as_of: dt.datetime, snapshot: bool) -> _Plan:
    """Compile one entity's membership table and check where it goes."""
    from segdsl.compile.api import membership_expression
    from segdsl.compile.pipeline import default_names

    view = checked.for_entity(entity)
    query = membership_expression(view, target.dialect, as_of, default_names(view),
                                  context=writer.time_context)
    names = table_names(entity, checked.schema.entity)
    plan = _Plan(entity, view.schema.key, qualified(schema, names.membership),
                 qualified(schema, names.history), query, target.describe(query.copy()))
    if snapshot:
        found = target.columns(plan.history)
        if found is not None:
            plan.history_found = True
            plan.additions = tuple(history_additions(
                plan.columns, found, plan.key, target.as_of_types,
                f"{schema}.{names.history}"))
    return plan


def _create_history(target: Target, plan: _Plan) -> exp.Create:
    """The history table, keyed by ``(segdsl_as_of, key)``: declared as its primary
    key, except on the dialects of :data:`UNKEYED_HISTORY`, where both columns
    are only NOT NULL."""
    key = (AS_OF_COLUMN, plan.key)
    columns = [Column(AS_OF_COLUMN, target.zoned_type), *plan.columns]
    if target.dialect in UNKEYED_HISTORY:
        return create_table(plan.history, columns, not_null=key)
    return create_table(plan.history, columns, primary_key=key)


def _write(target: Target, plan: _Plan, schema: str, as_of: dt.datetime,
           snapshot: bool) -> Written:
    for statement in target.replace_membership(plan.membership, plan.query, plan.columns):
        target.run(statement)
    history_name: str | None = None
    if snapshot:
        instant = as_of_literal(as_of, target.zoned_type, naive=target.as_of_naive)
        if not plan.history_found:
            target.run(_create_history(target, plan))
        for column in plan.additions:
            target.run(add_column(plan.history, column))
        # One unit: MySQL's DDL above commits on its own, these two must not.
        target.together([delete_snapshot(plan.history, instant),
                         insert_snapshot(plan.history, plan.membership,
                                         [column.name for column in plan.columns], instant)])
        history_name = f"{schema}.{plan.history.name}"
    return Written(plan.entity, f"{schema}.{plan.membership.name}", history_name,
                   target.count(count_rows(plan.membership)), len(plan.columns))


__all__ = ["MaterializeError", "Written", "materialize", "target_for"]
