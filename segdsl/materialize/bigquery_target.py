"""``segdsl materialize`` on BigQuery: what differs from DuckDB and PostgreSQL.

Every statement is a query job of the URL's project (``BigQueryEngine``), with
the as-of fixed in Python as on every engine.  BigQuery's DDL is not
transactional, so, as on Snowflake:

* The membership table is replaced with one ``CREATE OR REPLACE TABLE ... AS
  <compiled SELECT>`` job, which BigQuery applies atomically (a reader sees the
  old table or the new one, whole).
* With ``--snapshot`` the history's DDL (``CREATE TABLE IF NOT EXISTS`` the
  first time, ``ADD COLUMN IF NOT EXISTS`` for a definition added) runs next,
  then ``DELETE`` of that as-of and ``INSERT ... SELECT`` from the new membership
  table as **one multi-statement job** between ``BEGIN TRANSACTION`` and ``COMMIT
  TRANSACTION`` (:meth:`together`): BigQuery rolls a transaction back when a
  statement of its script fails.
* The checks come first: the dataset exists (``get_dataset``), the compiled
  SELECT's columns come from a dry run (typed by BigQuery, nothing read or
  billed), a history's from ``get_table``.  Types are written in GoogleSQL's
  names (the API's ``INTEGER`` is ``INT64``, ``BOOLEAN`` ``BOOL``, ``FLOAT``
  ``FLOAT64``); ``segdsl_as_of`` is ``TIMESTAMP`` (an instant).
* The history has no primary key: BigQuery's is only declared (``NOT
  ENFORCED``) and adds nothing here; the DELETE + INSERT keep ``(segdsl_as_of,
  key)`` unique.
* There is no lock: two runs on one dataset at once are not serialized
  (docs/materialize.md#bigquery).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlglot import exp

from segdsl.compile.api import render_sql
from segdsl.engines import EngineError
from segdsl.materialize.layout import Column
from segdsl.materialize.statements import create_as, if_not_exists

if TYPE_CHECKING:
    from segdsl.engines.bigquery_engine import BigQueryEngine

DIALECT = "bigquery"
# The REST API's legacy type names, as GoogleSQL writes them in DDL.
_STANDARD = {"INTEGER": "INT64", "FLOAT": "FLOAT64", "BOOLEAN": "BOOL", "RECORD": "STRUCT"}


class BigQueryTarget:
    """The job's statements as query jobs of the writer's BigQuery client."""

    dialect = DIALECT
    label = "BigQuery"
    zoned_type = "TIMESTAMP"
    as_of_naive = False
    as_of_types = frozenset({"timestamp"})

    def __init__(self, engine: BigQueryEngine) -> None:
        self.engine = engine

    def current_schema(self) -> str:
        if self.engine.dataset is None:
            raise EngineError(f"{self.engine.url} names no dataset; give --schema or "
                              "bigquery://PROJECT/DATASET")
        return self.engine.dataset

    def schema_exists(self, schema: str) -> bool:
        return self.engine.dataset_exists(schema)

    def describe(self, query: exp.Expression) -> list[Column]:
        return [_column(field) for field in self.engine.dry_run_fields(render_sql(query,
                                                                                  DIALECT))]

    def columns(self, table: exp.Table) -> list[Column] | None:
        found = self.engine.table_fields(table.db, table.name)
        return None if found is None else [_column(field) for field in found]

    def begin(self) -> None:
        """Nothing: DDL is not transactional; see :meth:`together`."""

    def lock(self, schema: str) -> None:
        """Nothing can: BigQuery has no advisory lock (module docstring)."""

    def commit(self) -> None:
        """Nothing left: each part committed as it went."""

    def rollback(self) -> None:
        """Nothing open: a failed script's transaction was rolled back by BigQuery."""

    def replace_membership(self, table: exp.Table, query: exp.Expression,
                           columns: list[Column]) -> list[exp.Expression]:
        return [create_as(table, query, replace=True)]

    def together(self, statements: Sequence[exp.Expression]) -> None:
        """``statements`` (DML only) as one script job in one transaction."""
        parts = [exp.Transaction(), *statements, exp.Commit()]
        self.engine.query(";\n".join(render_sql(part, DIALECT) for part in parts))

    def run(self, statement: exp.Expression) -> None:
        self.engine.query(render_sql(_for_bigquery(statement), DIALECT))

    def count(self, query: exp.Expression) -> int:
        _, rows = self.engine.query(render_sql(query, DIALECT))
        return int(str(rows[0][0])) if rows else 0


def _for_bigquery(statement: exp.Expression) -> exp.Expression:
    """The history's DDL made ``IF NOT EXISTS`` (an overlapping run's DDL is no
    failure) and without its primary key (module docstring)."""
    if isinstance(statement, exp.Create) and statement.expression is None:
        created = if_not_exists(statement)
        schema = created.this
        if isinstance(schema, exp.Schema):
            schema.set("expressions", [part for part in schema.expressions
                                       if not isinstance(part, exp.PrimaryKey)])
        return created
    return if_not_exists(statement) if isinstance(statement, exp.Alter) else statement


def _column(field: Any) -> Column:
    """A ``SchemaField`` as the job compares it: ``BOOL``, ``NUMERIC``,
    ``ARRAY<STRING>`` (a REPEATED field)."""
    kind = str(field.field_type).upper()
    kind = _STANDARD.get(kind, kind)
    if str(getattr(field, "mode", "") or "").upper() == "REPEATED":
        kind = f"ARRAY<{kind}>"
    return Column(str(field.name), kind)


__all__ = ["BigQueryTarget"]
