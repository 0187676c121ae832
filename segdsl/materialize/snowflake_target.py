"""``segdsl materialize`` on Snowflake: what differs from DuckDB and PostgreSQL.

Snowflake's DDL commits on its own (as MySQL's), so the job is not one
transaction here; the writer's connection is in autocommit
(``SnowflakeEngine(writing=True)``):

* The membership table is replaced with one ``CREATE OR REPLACE TABLE ... AS
  <compiled SELECT>``, which Snowflake applies atomically: a concurrent reader
  sees the old table or the new one, whole, never a missing or half-filled one.
  Its column types are the ones Snowflake derives from the compiled SELECT.
* With ``--snapshot`` the history's DDL (``CREATE TABLE IF NOT EXISTS`` the
  first time, ``ADD COLUMN IF NOT EXISTS`` for a definition added: ``IF NOT
  EXISTS`` so that a run overlapping another does not fail on the other's DDL)
  runs next, then ``DELETE`` of that as-of and ``INSERT ... SELECT`` from the new
  membership table in one explicit ``BEGIN ... COMMIT`` (:meth:`together`).  A
  failure between the table and that COMMIT leaves the new membership table
  without its snapshot: running again at the same ``--as-of`` writes it.
* ``segdsl_as_of`` is ``TIMESTAMP_TZ`` (as ``compile --materialize`` writes it).
  A history's number columns are ``NUMBER(38, s)`` with the scale the compiled
  SELECT has, so a later definition computing a narrower precision still fits;
  text is ``TEXT`` whatever its length.  The primary key ``(segdsl_as_of, key)``
  is declared but, in Snowflake, not enforced: the DELETE + INSERT keep it.
* Names follow the compiler's Snowflake rule (segdsl/engines/snowflake_engine.py):
  ``segdsl_membership`` in schema ``marts`` is ``"MARTS"."SEGDSL_MEMBERSHIP"``,
  the column ``vip`` is ``"VIP"``, so ``segdsl changes --db snowflake://`` and
  ``run`` find them under the names a project writes.  The job works with the
  names as written; :meth:`run` spells them when a statement goes out.
* There is no advisory lock in Snowflake: two runs on one schema at once are not
  serialized (docs/materialize.md#concurrent-runs says what that means).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlglot import exp

from segdsl.compile.api import render_sql
from segdsl.compile.dialects.snowflake import Snowflake
from segdsl.engines import EngineError
from segdsl.engines.snowflake_engine import as_schema_name
from segdsl.materialize.layout import Column
from segdsl.materialize.statements import create_as, if_not_exists, spell_names

if TYPE_CHECKING:
    from segdsl.engines.snowflake_engine import SnowflakeEngine

DIALECT = "snowflake"
_NAMES = Snowflake()
_NUMBER_PRECISION = 38  # a history's numbers: the widest Snowflake has
# The connector's result type codes (snowflake.connector.constants.FIELD_ID_TO_NAME)
# that INFORMATION_SCHEMA names otherwise.
_FIXED, _REAL = "FIXED", "REAL"


class SnowflakeTarget:
    """The job's statements on the writer's autocommit Snowflake connection."""

    dialect = DIALECT
    label = "Snowflake"
    zoned_type = "TIMESTAMP_TZ"
    as_of_naive = False
    as_of_types = frozenset({"timestamp_tz"})

    def __init__(self, engine: SnowflakeEngine) -> None:
        self.engine = engine

    def current_schema(self) -> str:
        _, rows = self.engine.query(render_sql(exp.select(exp.func("CURRENT_SCHEMA")),
                                               DIALECT))
        if not rows or rows[0][0] is None:
            raise EngineError("Snowflake: the URL names no schema and the session has "
                              "none; give --schema")
        return as_schema_name(str(rows[0][0]))

    def schema_exists(self, schema: str) -> bool:
        query = (exp.select(exp.Literal.number(1)).from_(self._catalog("SCHEMATA"))
                 .where(exp.column("schema_name").eq(exp.Literal.string(_spelled(schema)))))
        return bool(self.engine.query(render_sql(query, DIALECT))[1])

    def describe(self, query: exp.Expression) -> list[Column]:
        """The columns of the compiled SELECT with their types, from the result
        description of the query with ``LIMIT 0`` (compiled, not evaluated)."""
        from snowflake.connector.constants import FIELD_ID_TO_NAME

        empty = exp.select(exp.Star()).from_(
            exp.Subquery(this=query, alias=exp.TableAlias(this=exp.to_identifier("q")))
        ).limit(0)
        description = self.engine.description(render_sql(empty, DIALECT))
        return [Column(as_schema_name(str(field.name)),
                       _type(FIELD_ID_TO_NAME[field.type_code], None, field.scale))
                for field in description]

    def columns(self, table: exp.Table) -> list[Column] | None:
        """A table's columns as INFORMATION_SCHEMA has them (None: no such table),
        spelled as :meth:`describe` spells them."""
        query = (exp.select("column_name", "data_type", "numeric_precision", "numeric_scale")
                 .from_(self._catalog("COLUMNS"))
                 .where(exp.column("table_schema").eq(exp.Literal.string(_spelled(table.db))))
                 .where(exp.column("table_name").eq(exp.Literal.string(_spelled(table.name))))
                 .order_by("ordinal_position"))
        rows = self.engine.query(render_sql(query, DIALECT))[1]
        if not rows:
            return None
        return [Column(as_schema_name(str(name)), _type(str(kind), precision, scale))
                for name, kind, precision, scale in rows]

    def begin(self) -> None:
        """Nothing: DDL commits on its own; see :meth:`together`."""

    def lock(self, schema: str) -> None:
        """Nothing can: Snowflake has no advisory lock (module docstring)."""

    def commit(self) -> None:
        """Nothing left: each part committed as it went."""

    def rollback(self) -> None:
        # A failed `together` rolled back already; otherwise nothing is open.
        with contextlib.suppress(EngineError):
            self.run(exp.Rollback())

    def replace_membership(self, table: exp.Table, query: exp.Expression,
                           columns: list[Column]) -> list[exp.Expression]:
        return [create_as(table, query, replace=True)]

    def together(self, statements: Sequence[exp.Expression]) -> None:
        """``statements`` (DML only) in one explicit transaction."""
        self.run(exp.Transaction())
        try:
            for statement in statements:
                self.run(statement)
            self.run(exp.Commit())
        except BaseException:
            self.rollback()
            raise

    def run(self, statement: exp.Expression) -> None:
        self.engine.query(render_sql(_for_snowflake(statement), DIALECT))

    def count(self, query: exp.Expression) -> int:
        _, rows = self.engine.query(render_sql(_for_snowflake(query), DIALECT))
        return int(str(rows[0][0])) if rows else 0

    def _catalog(self, view: str) -> exp.Table:
        """``"DB".INFORMATION_SCHEMA.<view>`` of the URL's database."""
        return exp.Table(this=exp.to_identifier(view),
                         db=exp.to_identifier("INFORMATION_SCHEMA"),
                         catalog=_NAMES.schema_identifier(self.engine.database))


def _for_snowflake(statement: exp.Expression) -> exp.Expression:
    """``statement`` (built by the job with the names as written) with every name
    spelled by the compiler's rule, and the history's DDL made ``IF NOT EXISTS``.
    The compiled SELECT of ``CREATE OR REPLACE TABLE ... AS`` (the only statement
    with a query inside) is spelled already and goes out untouched."""
    query_inside = isinstance(statement, exp.Create) and statement.expression is not None
    spelled = spell_names(statement, _NAMES.schema_identifier, query_inside=query_inside)
    return spelled if query_inside else if_not_exists(spelled)


def _spelled(name: str) -> str:
    return _NAMES.schema_identifier(name).name


def _type(kind: str, precision: object, scale: object) -> str:
    """A column type as the job compares it: ``NUMBER(38,9)``, ``TEXT``,
    ``BOOLEAN``, ``TIMESTAMP_TZ`` (INFORMATION_SCHEMA's names; the result
    description's ``FIXED`` is NUMBER, ``REAL`` FLOAT)."""
    kind = kind.upper()
    if kind in (_FIXED, "NUMBER"):
        # A stored column keeps the precision found (a hand-narrowed one is
        # refused); a compiled column is written at the widest.
        digits = precision if kind == "NUMBER" and precision is not None else _NUMBER_PRECISION
        return f"NUMBER({digits},{scale if scale is not None else 0})"
    if kind == _REAL:
        return "FLOAT"
    return kind


__all__ = ["SnowflakeTarget"]
