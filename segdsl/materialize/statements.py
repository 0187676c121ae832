"""The statements ``segdsl materialize`` sends, built as sqlglot expressions.

Identifiers are always quoted.  Column types come from the engine's own catalog
(what it reported for the compiled query or an existing table) and are written
back exactly as the engine spelled them (a user-defined type node), so no type
is translated on the way.  The compiled SELECT goes in as its tree: the rows are
computed and stored by the database (``CREATE TABLE ... AS``, ``INSERT ...
SELECT``); none travels through Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlglot import exp

from segdsl.materialize.layout import AS_OF_COLUMN, Column


def identifier(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def qualified(schema: str, name: str) -> exp.Table:
    """``"schema"."name"``."""
    return exp.Table(this=identifier(name), db=identifier(schema))


def engine_type(spelling: str) -> exp.DataType:
    """A type as the engine itself spelled it, written back verbatim."""
    return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=spelling)


def as_of_literal(as_of: dt.datetime, zoned_type: str, *, naive: bool = False
                  ) -> exp.Expression:
    """``CAST('2026-11-18 15:30:00+00:00' AS <zoned_type>)``: the snapshot's
    instant in UTC, with its offset written so no session zone applies; with
    ``naive`` (MySQL's DATETIME, which holds UTC) without the offset."""
    utc = as_of.astimezone(dt.UTC)
    text = (utc.replace(tzinfo=None) if naive else utc).isoformat(sep=" ")
    return exp.cast(exp.Literal.string(text), engine_type(zoned_type))


def create_table(table: exp.Table, columns: Sequence[Column],
                 primary_key: Sequence[str] = (), not_null: Sequence[str] = ()
                 ) -> exp.Create:
    """``CREATE TABLE table (columns... [NOT NULL], PRIMARY KEY (...))``."""
    parts: list[exp.Expression] = [
        exp.ColumnDef(this=identifier(column.name), kind=engine_type(column.type),
                      constraints=[exp.ColumnConstraint(kind=exp.NotNullColumnConstraint())]
                      if column.name in not_null else [])
        for column in columns
    ]
    if primary_key:
        parts.append(exp.PrimaryKey(expressions=[identifier(name) for name in primary_key]))
    return exp.Create(kind="TABLE", this=exp.Schema(this=table.copy(), expressions=parts))


def create_as(table: exp.Table, query: exp.Expression, *, replace: bool) -> exp.Create:
    """``CREATE [OR REPLACE] TABLE table AS query``."""
    return exp.Create(kind="TABLE", this=table.copy(), expression=query, replace=replace)


def add_column(table: exp.Table, column: Column) -> exp.Alter:
    definition = exp.ColumnDef(this=identifier(column.name), kind=engine_type(column.type))
    return exp.Alter(this=table.copy(), kind="TABLE", actions=[definition])


def drop_column(table: exp.Table, name: str) -> exp.Alter:
    drop = exp.Drop(tables=[exp.column(identifier(name))], kind="COLUMN")
    return exp.Alter(this=table.copy(), kind="TABLE", actions=[drop])


def delete_rows(table: exp.Table, where: exp.Expression | None = None) -> exp.Delete:
    """``DELETE FROM table [WHERE ...]`` (an MVCC delete, unlike TRUNCATE)."""
    delete = exp.Delete(this=table.copy())
    return delete.where(where, copy=False) if where is not None else delete


def delete_snapshot(history: exp.Table, as_of: exp.Expression) -> exp.Delete:
    """The rows of one snapshot: ``DELETE FROM history WHERE segdsl_as_of = as_of``."""
    return delete_rows(history, exp.EQ(this=exp.column(identifier(AS_OF_COLUMN)),
                                       expression=as_of.copy()))


def insert_query(table: exp.Table, columns: Sequence[str], query: exp.Expression
                 ) -> exp.Insert:
    """``INSERT INTO table (columns) <query>``; the query's columns in that order."""
    target = exp.Schema(this=table.copy(), expressions=[identifier(name) for name in columns])
    return exp.Insert(this=target, expression=query)


def insert_snapshot(history: exp.Table, membership: exp.Table, columns: Sequence[str],
                    as_of: exp.Expression) -> exp.Insert:
    """``INSERT INTO history (segdsl_as_of, columns) SELECT as_of, columns FROM
    membership``: the membership table just written, copied as one snapshot."""
    select = exp.select(
        exp.alias_(as_of.copy(), identifier(AS_OF_COLUMN)),
        *[exp.column(identifier(name)) for name in columns],
        copy=False,
    ).from_(membership.copy(), copy=False)
    return insert_query(history, [AS_OF_COLUMN, *columns], select)


def count_rows(table: exp.Table) -> exp.Select:
    return exp.select(exp.Count(this=exp.Star())).from_(table.copy())


def spell_names(statement: exp.Expression, spell: Callable[[str], exp.Identifier], *,
                query_inside: bool = False) -> exp.Expression:
    """``statement`` (built with the names as a project writes them) with every
    identifier spelled by ``spell`` (Snowflake's rule: ``segdsl_membership`` is
    ``"SEGDSL_MEMBERSHIP"``, as the compiler spells the names it reads and writes).
    ``query_inside``: a ``CREATE TABLE ... AS <compiled SELECT>``, whose SELECT is
    spelled already and goes in untouched; only the created table's name is."""
    def spelled(node: exp.Expression) -> exp.Expression:
        return spell(node.name) if isinstance(node, exp.Identifier) else node

    if query_inside and isinstance(statement, exp.Create):
        created = statement.copy()
        created.set("this", created.this.transform(spelled))
        return created
    return statement.transform(spelled)


def if_not_exists(statement: exp.Expression) -> exp.Expression:
    """The history's DDL made ``IF NOT EXISTS`` (``CREATE TABLE``, each ``ADD
    COLUMN``) where there is no lock to serialize two runs (Snowflake, BigQuery):
    a run overlapping another must not fail on the other's DDL.  Any other
    statement is returned as it is."""
    if isinstance(statement, exp.Create) and statement.kind == "TABLE":
        created = statement.copy()
        created.set("exists", True)
        return created
    if isinstance(statement, exp.Alter):
        altered = statement.copy()
        for action in altered.args.get("actions") or ():
            if isinstance(action, exp.ColumnDef):
                action.set("exists", True)
        return altered
    return statement
