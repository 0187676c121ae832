"""``segdsl run`` (and ``explain``, ``report``, ``diff``) on a Spark warehouse
folder: ``--db spark:///path/to/warehouse``.

A warehouse folder is Spark's layout of managed tables, what
``df.write.saveAsTable("shop.orders")`` makes with ``spark.sql.warehouse.dir``
pointing at it: ``<warehouse>/<schema>.db/<table>/`` for a schema-qualified
table, ``<warehouse>/<table>/`` for one of the default database, each folder
holding the table's parquet files (``part-*.parquet``; partition folders such as
``country=DE/`` are read too).  Spark writes those names in lower case; a folder
spelled as the schema writes the name is taken first.

Rules this module keeps (each has its reason below):

* The local Spark of segdsl/engines/spark_engine.py: one session per process,
  started on first use and shared with ``segdsl test --engine spark`` (a second
  JVM would double the start-up time and the memory).  Its own
  ``spark.sql.warehouse.dir`` stays a temporary folder: the user's folder is only
  read, never made the session's warehouse, since Spark's in-memory catalog makes a
  folder there for every ``CREATE SCHEMA`` and a managed table would write into it.
* The in-memory catalog forgets tables between processes, so each table the
  schema reads is registered when it is first needed, as a view over its folder:
  ``CREATE VIEW `shop`.`orders` AS SELECT * FROM `parquet`.`<folder>```, built as
  a sqlglot expression (the path is a quoted identifier).  A view rather than
  ``CREATE TABLE ... USING parquet LOCATION '<folder>'``: such a table over a
  partitioned folder has its partitions managed by the catalog and reads no rows
  until they are registered (``MSCK REPAIR TABLE``), while a query over the path
  finds them itself.  The views are dropped when the engine closes; the files are
  never touched (nothing is written: tests/test_spark_run.py compares every
  file's bytes and times before and after).
* Parquet only.  A folder with a ``_delta_log`` is a Delta table and is refused:
  its folder also holds the parquet files of removed versions, which a plain
  parquet read would count.  A missing warehouse folder is refused before Spark
  starts; a missing table folder is a layout problem like a missing table.
* Column types are read off each view's schema (Spark's type names without
  parameters: ``decimal(12,2)`` is ``decimal``) and checked with ``FITS``.  A
  parquet ``TIMESTAMP`` written by Spark is an instant (``timestamp``, read as UTC
  by ``Spark.read_stored_instant``); one written without a zone (as DuckDB and
  pandas write naive times) is read as ``timestamp_ntz`` holding UTC (SPEC 2).
* Rows come back with exact types (``Decimal``, ``int``, naive UTC ``datetime``);
  ``stream`` reads them through ``toLocalIterator``, one partition at a time.
* Every problem leaves as a one-line :class:`~segdsl.engines.EngineError`.

Databricks workspaces (``databricks://``) are not connected: that scheme is
refused like any unknown one (docs/warehouses.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from sqlglot import exp

from segdsl.dburl import mask_secrets
from segdsl.engines import ClosesOnExit, EngineError, ReadingEngine, schema_tables
from segdsl.engines.columns import FoundColumns, LayoutError, check_layout
from segdsl.engines.spark_engine import (
    DIALECT,
    claim,
    drop_views,
    first_line,
    naive_times,
    session,
    spark_problem,
    table_expression,
)
from segdsl.project.model import Schema, ValueType
from segdsl.timecontext import Zoning

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

LABEL = "Spark"
_INTEGERS = frozenset({"tinyint", "smallint", "int", "bigint"})
# Which Spark column types fit each schema type (docs/types.md), by the type's
# simple name (DataType.simpleString) without its parameters.
FITS: dict[ValueType, frozenset[str]] = {
    ValueType.STRING: frozenset({"string"}),
    ValueType.INTEGER: _INTEGERS,
    ValueType.NUMBER: _INTEGERS | {"decimal", "float", "double"},
    ValueType.BOOLEAN: frozenset({"boolean"}),
    ValueType.DATE: frozenset({"date"}),
    ValueType.TIMESTAMP: frozenset({"timestamp", "timestamp_ntz"}),
    ValueType.LIST_STRING: frozenset({"array<string>"}),
    ValueType.LIST_INTEGER: frozenset(f"array<{kind}>" for kind in _INTEGERS),
}
KEY_FITS = FITS[ValueType.STRING] | _INTEGERS
# TIMESTAMP is an instant shown in the session zone; TIMESTAMP_NTZ holds UTC.
ZONING: dict[str, Zoning] = {"timestamp": Zoning.ZONED, "timestamp_ntz": Zoning.NAIVE}
_PARAMETERS = re.compile(r"\([^()]*\)")
# Spark (Hadoop) reads these in a path as a glob pattern.
_GLOB = re.compile(r"[*?\[\]{}\\]")
URL_FORM = "spark:///absolute/path/to/warehouse or spark://relative/path"


def warehouse_folder(url: str) -> Path:
    """``spark:///srv/warehouse`` -> ``/srv/warehouse``; ``spark://wh`` -> ``wh``
    (relative to the working directory), percent-escapes decoded."""
    text = url.strip()
    parts = urlsplit(text)
    path = unquote(parts.netloc + parts.path)
    if not path or parts.query or parts.fragment:
        raise EngineError(f"cannot use {mask_secrets(text)}: write {URL_FORM} "
                          "(a Spark warehouse folder)")
    if "${" in path:  # Spark substitutes ${name} in SQL text, quoted names included
        raise EngineError(f"cannot use {mask_secrets(text)}: Spark cannot read a path "
                          "holding '${'")
    return Path(path).expanduser()


def type_name(data_type: Any) -> str:
    """A Spark type's name as ``FITS`` lists it: ``decimal(12,2)`` -> ``decimal``."""
    return _PARAMETERS.sub("", str(data_type.simpleString())).lower()


class SparkWarehouse(ClosesOnExit):
    """A Spark warehouse folder, read through views in the process's local Spark."""

    def __init__(self, url: str) -> None:
        self.url = url.strip()
        self.folder = warehouse_folder(self.url)
        problem = spark_problem()  # before the folder: nothing works without it
        if problem is not None:
            raise EngineError(problem)
        if not self.folder.is_dir():
            state = "is not a folder" if self.folder.exists() else "does not exist"
            raise EngineError(f"the Spark warehouse folder {self.folder} {state}")
        self._spark: SparkSession | None = session()
        # Registered tables: name -> (column -> type name), or why it could not be.
        self._tables: dict[str, dict[str, str] | str | None] = {}
        self._views: list[str] = []

    def close(self) -> None:
        """Drop this engine's views (idempotent); the files and the session stay."""
        spark, self._spark = self._spark, None
        if spark is not None:
            drop_views(spark, self._views)
        self._views = []

    def _session(self) -> SparkSession:
        if self._spark is None:
            raise EngineError("the Spark warehouse is closed")
        return self._spark

    # ------------------------------------------------------------ the schema

    def table_folder(self, table: str) -> Path | None:
        """The folder of ``table`` (``shop.orders`` -> ``shop.db/orders``), or None."""
        parts = table_expression(table)  # refuses a third name part
        schema = parts.db
        for spelled in dict.fromkeys([(schema, parts.name),
                                      (schema.lower(), parts.name.lower())]):
            base = self.folder / f"{spelled[0]}.db" if spelled[0] else self.folder
            if (base / spelled[1]).is_dir():
                return base / spelled[1]
        return None

    def _expected(self, table: str) -> str:
        parts = table_expression(table)
        return (f"{parts.db.lower()}.db/" if parts.db else "") + parts.name.lower()

    def _register(self, table: str) -> dict[str, str] | str | None:
        """``table`` as a view over its folder, once: its columns and type names,
        None when there is no folder, or why it cannot be read."""
        if table in self._tables:
            return self._tables[table]
        folder = self.table_folder(table)
        found: dict[str, str] | str | None
        if folder is None:
            found = None
        elif _GLOB.search(str(folder.resolve())):
            found = (f"cannot read the table '{table}' from {folder}: Spark would read "
                     "the characters *?[]{} in its path as a pattern")
        elif (folder / "_delta_log").is_dir():
            found = (f"the folder {folder} of the table '{table}' is a Delta table; "
                     "segdsl reads parquet tables only")
        else:
            found = self._create_view(table, folder)
        self._tables[table] = found
        return found

    def _create_view(self, table: str, folder: Path) -> dict[str, str] | str:
        view = table_expression(table)
        files = exp.Table(this=exp.to_identifier(str(folder.resolve()), quoted=True),
                          db=exp.to_identifier("parquet", quoted=True))
        claim(table)
        self._views.append(table)
        try:
            db = view.args.get("db")
            if db is not None:
                self._execute(exp.Create(kind="SCHEMA", this=exp.Table(this=db.copy()),
                                         exists=True))
            self._execute(exp.Create(kind="VIEW", this=view, replace=True,
                                     expression=exp.select(exp.Star()).from_(files)))
            fields = self._session().table(view.sql(dialect=DIALECT)).schema.fields
        except Exception as error:
            reason = error.message if isinstance(error, EngineError) else first_line(error)
            return f"cannot read the table '{table}' from {folder} as parquet: {reason}"
        return {str(field.name): type_name(field.dataType) for field in fields}

    def _execute(self, statement: exp.Expression) -> None:
        try:
            self._session().sql(statement.sql(dialect=DIALECT))
        except Exception as error:
            raise EngineError(first_line(error)) from None

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's columns in order with their type names (see ``FITS``), or
        None when its folder does not exist."""
        found = self._register(table)
        if isinstance(found, str):
            raise LayoutError([found])
        return found

    def check_tables(self, schema: Schema) -> FoundColumns:
        """Every table and column the schema names exists with a type that fits;
        returns what was found, keyed by the schema's spelling of the columns
        (Spark matches column names without regard to case)."""
        found: dict[str, dict[str, str] | None] = {}
        reasons: dict[str, str] = {}
        for table, wanted in schema_tables(schema).items():
            have = self._register(table)
            if isinstance(have, str):
                reasons[table] = have
                have = None
            found[table] = None if have is None else _as_written(have, wanted)

        def missing(table: str) -> str:
            return reasons.get(table) or (
                f"the Spark warehouse {self.folder} has no folder {self._expected(table)} "
                f"for the table '{table}', which {schema.file} names")

        check_layout(schema, found, FITS, KEY_FITS, LABEL, missing)
        return found

    # ------------------------------------------------------------------ queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        names, frame = self._frame(sql)
        try:
            rows = frame.collect()
        except Exception as error:
            raise EngineError(f"Spark: {first_line(error)}") from None
        return names, [tuple(row) for row in rows]

    def stream(self, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """The column names and an iterator over the rows, fetched a partition at a
        time (``toLocalIterator``), so a large result is never held whole."""
        names, frame = self._frame(sql)

        def rows() -> Iterator[tuple[object, ...]]:
            try:
                for row in frame.toLocalIterator():
                    yield tuple(row)
            except Exception as error:
                raise EngineError(f"Spark: {first_line(error)}") from None

        return names, rows()

    def _frame(self, sql: str) -> tuple[list[str], Any]:
        try:
            frame = self._session().sql(sql)
            return list(frame.columns), naive_times(frame)
        except EngineError:
            raise
        except Exception as error:
            raise EngineError(f"Spark: {first_line(error)}") from None


def _as_written(have: dict[str, str], wanted: dict[str, ValueType]) -> dict[str, str]:
    """``have`` keyed by the schema's spelling of each column it names (Spark reads
    ``Customer_ID`` for ``customer_id``), so the layout check finds them."""
    spelled = {column.lower(): column for column in wanted}
    return {spelled.get(name.lower(), name): kind for name, kind in have.items()}


# How `run` and the other reading commands open a spark:// URL (segdsl/dburl.py).
READING = ReadingEngine(LABEL, "spark", SparkWarehouse, table_expression, FITS, KEY_FITS,
                        ZONING)
