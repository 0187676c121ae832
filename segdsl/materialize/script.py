"""``segdsl compile --materialize``: materialize's statements for the warehouses
segdsl does not write to itself (BigQuery, Snowflake), printed for a scheduler.

The same layout as ``segdsl materialize`` (layout.py): ``segdsl_membership[_E]``
replaced by ``CREATE OR REPLACE TABLE ... AS <compiled SELECT>``, which both
warehouses apply atomically; with a snapshot, the history table made on first
use (``CREATE TABLE IF NOT EXISTS ... AS SELECT ... WHERE FALSE``: the
membership's own column types), a column added for every definition it lacks
(``ADD COLUMN IF NOT EXISTS``, typed by the checker: a segment is a boolean, a
segmentation text, a metric its type), and the snapshot replaced in one
transaction (``DELETE`` of that as-of, ``INSERT ... SELECT``).  Unlike the
DuckDB and PostgreSQL paths, the table and the snapshot are two steps (neither
warehouse allows ``CREATE OR REPLACE`` inside a transaction); each is atomic.
A column whose type changed is not detected here: the INSERT then fails.  On
Snowflake the names are spelled by the compiler's rule (``"MARTS"."SEGDSL_MEMBERSHIP"``,
``"VIP"``), the tables ``segdsl materialize --db snowflake://`` writes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlglot import exp

from segdsl.check import types as t
from segdsl.materialize.layout import AS_OF_COLUMN, table_names
from segdsl.materialize.statements import (
    as_of_literal,
    create_as,
    delete_snapshot,
    engine_type,
    identifier,
    insert_snapshot,
    spell_names,
)

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject
    from segdsl.compile.dialects.base import Dialect

WAREHOUSES = ("bigquery", "snowflake")
# The zoned timestamp type of segdsl_as_of (BigQuery's TIMESTAMP is an instant).
_ZONED = {"bigquery": "TIMESTAMP", "snowflake": "TIMESTAMP_TZ"}


def materialize_statements(checked: CheckedProject, dialect: str, as_of: dt.datetime | None,
                           schema: str | None, *, snapshot: bool) -> list[str]:
    """The statements, in order, as SQL text of ``dialect``.  ``as_of`` None:
    the warehouse's current time (only without ``snapshot``, whose instant must
    be written into the statements)."""
    from segdsl.compile.api import CompileError, membership_expression, render_sql
    from segdsl.compile.pipeline import default_names
    from segdsl.compile.pipeline import dialect as make_dialect

    if snapshot and as_of is None:
        raise CompileError("a snapshot needs --as-of: its instant is written into the "
                           "statements")
    target = make_dialect(dialect)
    statements: list[exp.Expression] = []
    for entity in checked.schema.entity_names():
        view = checked.for_entity(entity)
        names = table_names(entity, checked.schema.entity)
        membership, history = _table(schema, names.membership), _table(schema, names.history)
        columns = default_names(view)
        query = membership_expression(view, dialect, as_of, columns)
        statements.append(create_as(membership, query, replace=True))
        if not snapshot or as_of is None:
            continue
        instant = as_of_literal(as_of, _ZONED[dialect])
        empty = exp.select(exp.alias_(exp.cast(exp.null(), engine_type(_ZONED[dialect])),
                                      identifier(AS_OF_COLUMN)), exp.Star()
                           ).from_(membership.copy()).where(exp.false())
        statements.append(exp.Create(kind="TABLE", this=history.copy(), exists=True,
                                     expression=empty))
        for name in columns:
            kind = _column_type(view, name, target)
            if kind is None:
                raise CompileError(f"cannot write a history column for the metric '{name}' "
                                   "(its type has no column type)")
            statements.append(exp.Alter(this=history.copy(), kind="TABLE", actions=[
                exp.ColumnDef(this=identifier(name), kind=kind, exists=True)]))
        statements.append(exp.Transaction())
        statements.append(delete_snapshot(history, instant))
        statements.append(insert_snapshot(history, membership, [view.schema.key, *columns],
                                          instant))
        statements.append(exp.Commit())
    if dialect == "snowflake":
        # The names as `segdsl materialize --db snowflake://` writes them and
        # `changes` reads them: "SEGDSL_MEMBERSHIP", "VIP" (snowflake_target.py).
        statements = [spell_names(statement, target.schema_identifier,
                                  query_inside=statement.args.get("replace") is True)
                      for statement in statements]
    return [render_sql(statement, dialect) for statement in statements]


def _table(schema: str | None, name: str) -> exp.Table:
    table = exp.Table(this=identifier(name))
    if schema is not None:
        table.set("db", identifier(schema))
    return table


def _column_type(view: CheckedProject, name: str, target: Dialect) -> exp.DataType | None:
    """The column type of definition ``name``'s column, from the checker."""
    if name in view.segments:
        return exp.DataType.build("BOOLEAN")
    if name in view.segmentations:
        return exp.DataType.build("TEXT")
    kind = view.metric_types.get(name)
    if kind == t.INTEGER:
        return exp.DataType.build("BIGINT")  # INT64, Snowflake's NUMBER(38,0)
    if kind == t.NUMBER:
        return target.number_type()
    if kind == t.TIMESTAMP:
        return target.instant_type()
    if kind == t.DATE:
        return target.date_type()
    if kind == t.STRING:
        return exp.DataType.build("TEXT")
    if kind == t.BOOLEAN:
        return exp.DataType.build("BOOLEAN")
    return None
