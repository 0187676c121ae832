"""The Spark engine: compiled Spark SQL (the ``spark`` dialect, also Databricks')
runs on fixture data in a local Spark through pyspark (``pip install
'segdsl[spark]'``; Spark needs a Java runtime, 17 or newer).

Rules this module keeps (each has its reason below):

* One local ``SparkSession`` per process, started on first use and shared by
  every engine object (and by segdsl/engines/spark_reader.py, ``run`` on a
  warehouse folder): starting the JVM takes some 10-15 seconds.  The JVM's own
  stderr is a deleted temporary file (``_stderr_to``): Spark and Java print a
  dozen lines of start-up notes and warnings, which would bury segdsl's one-line
  messages; errors reach Python as exceptions in any case.  It runs with
  one worker thread and one shuffle partition (fixture tables are a few rows;
  Spark's default of 200 partitions made every query schedule 200 tasks), no UI,
  and its session time zone pinned to UTC (the compiled SQL does not read it, see
  segdsl/compile/dialects/spark.py, but values coming back do).
* Fixture tables are views (``CREATE VIEW shop.orders AS SELECT * FROM VALUES
  ...``), not temporary views: Spark refuses a temporary view qualified with a
  schema, and schema tables are qualified (``shop.orders``).  The views live in
  the session's in-memory catalog (metadata only, no files), every value typed by
  an explicit ``CAST`` to the column's type (``DECIMAL(38, 9)``,
  ``TIMESTAMP_NTZ``, ``ARRAY<STRING>``...), built as sqlglot expressions whose
  literals sqlglot escapes (a key such as ``c1'); DROP VIEW x; --`` stays a key).
  The catalog is shared by the process, so an engine object holds its tables until
  :meth:`SparkEngine.close` drops them, and another one loading the same table
  meanwhile is refused.
* Every problem leaves as :class:`~segdsl.engines.EngineError` with a one-line
  message (Spark's messages run to pages of JVM stack).

pyspark is imported lazily, so importing this module (and ``segdsl check``)
never starts Java.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from sqlglot import exp

from segdsl.compile.dialects.spark import Spark
from segdsl.engines import ClosesOnExit, EngineError, RowsByTable, schema_tables
from segdsl.numbers import exact_number
from segdsl.project.model import Schema, ValueType

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# sqlglot's Spark dialect as the compiler writes it (segdsl/compile/dialects/spark.py:
# no `${` in string literals, which Spark would substitute).
DIALECT = Spark.sqlglot_name
INSTALL_HINT = "pip install 'segdsl[spark]'"

SQL_TYPES: dict[ValueType, str] = {
    ValueType.STRING: "STRING",
    ValueType.INTEGER: "BIGINT",
    # Exact, with BigQuery NUMERIC's 9 digits after the point (docs/types.md).
    ValueType.NUMBER: "DECIMAL(38, 9)",
    ValueType.BOOLEAN: "BOOLEAN",
    ValueType.DATE: "DATE",
    # Naive and holding UTC (SPEC 2): Spark's TIMESTAMP is read in the session zone.
    ValueType.TIMESTAMP: "TIMESTAMP_NTZ",
    ValueType.LIST_STRING: "ARRAY<STRING>",
    ValueType.LIST_INTEGER: "ARRAY<BIGINT>",
}

_LOCK = threading.Lock()
_SESSION: SparkSession | None = None
# Tables held by a live engine object: the catalog is the process's.
_HELD: set[str] = set()


def spark_problem() -> str | None:
    """Why the Spark engine cannot start here (None when it can): no pyspark, or
    no Java runtime for it."""
    import importlib.util

    if importlib.util.find_spec("pyspark") is None:
        return f"the Spark engine needs the pyspark package: {INSTALL_HINT}"
    java_home = os.environ.get("JAVA_HOME")
    if shutil.which("java") is None and not (
            java_home and os.path.exists(os.path.join(java_home, "bin", "java"))):
        return ("the Spark engine needs a Java runtime (17 or newer; on Debian: "
                "apt-get install openjdk-17-jre-headless)")
    return None


def session() -> SparkSession:
    """The process's local SparkSession, started on first use."""
    global _SESSION
    with _LOCK:
        if _SESSION is None:
            problem = spark_problem()
            if problem is not None:
                raise EngineError(problem)
            _SESSION = _start()
        return _SESSION


def _start() -> SparkSession:
    import tempfile
    import warnings

    # The JVM's stderr: a deleted file, which the JVM keeps open on its own
    # descriptor after this one is closed.
    with tempfile.TemporaryFile() as chatter:
        try:
            from pyspark.sql import SparkSession

            with _stderr_to(chatter.fileno()), warnings.catch_warnings():
                warnings.simplefilter("ignore")  # pyspark's notes on pandas versions
                spark = _build(SparkSession)
            # Spark logs every failed statement with its JVM stack; the error itself
            # reaches the caller as an EngineError.
            spark.sparkContext.setLogLevel("OFF")
        except Exception as error:  # the JVM did not start (Java too old, no memory)
            said = _last_line(chatter)
            raise EngineError(f"cannot start Spark: {first_line(error)}"
                              + (f" (Java: {said})" if said else "")) from None
    return spark


def _build(session_class: Any) -> SparkSession:
    spark: SparkSession = (
        session_class.builder.master("local[1]").appName("segdsl")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.default.parallelism", "1")
        .config("spark.driver.memory", "2g")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.catalogImplementation", "in-memory")
        .config("spark.sql.warehouse.dir", _warehouse())
        .getOrCreate())
    return spark


@contextmanager
def _stderr_to(descriptor: int) -> Iterator[None]:
    """File descriptor 2 pointed at ``descriptor`` while the JVM is launched, so the
    JVM inherits it: its start-up chatter (log4j's banner, warnings about the host
    name and native libraries, Java's notes on incubator modules) and anything it
    logs later stay off the user's terminal, where segdsl's own messages are one
    line each.  Python's stderr is back once the block ends."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, AttributeError, ValueError):  # no stderr to redirect
        yield
        return
    os.dup2(descriptor, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _last_line(chatter: IO[bytes]) -> str:
    """The last line the JVM wrote, to say why it did not start."""
    chatter.seek(0)
    lines = [line.strip() for line in chatter.read().decode("utf-8", "replace").splitlines()
             if line.strip()]
    return lines[-1] if lines else ""


def _warehouse() -> str:
    """A folder of its own for the (unused) warehouse: Spark's default is
    ``./spark-warehouse`` in the working directory."""
    import atexit
    import tempfile

    folder = tempfile.mkdtemp(prefix="segdsl-spark-")
    atexit.register(shutil.rmtree, folder, True)
    return folder


def first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def claim(name: str) -> None:
    """Hold the catalog name ``name`` for one engine object (the catalog is the
    process's: two engines defining ``shop.orders`` would replace each other's)."""
    with _LOCK:
        if name in _HELD:
            raise EngineError(f"the Spark table '{name}' is in use by another engine "
                              "in this process")
        _HELD.add(name)


def release(name: str) -> None:
    with _LOCK:
        _HELD.discard(name)


def _identifier(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def table_expression(name: str) -> exp.Table:
    """``shop.orders`` -> ``\\`shop\\`.\\`orders\\```; a catalog part is refused
    (the local session has only its own catalog)."""
    parts = name.split(".")
    if len(parts) > 2 or not all(parts):
        raise EngineError(f"cannot use the table name '{name}' in Spark "
                          "(expected table or schema.table)")
    return exp.table_(_identifier(parts[-1]),
                      db=_identifier(parts[0]) if len(parts) == 2 else None)


def _literal(value: object, kind: ValueType) -> exp.Expression:
    """A fixture value as a literal of the column's type (an explicit CAST, so
    every row of the VALUES list has the column's type)."""
    return exp.cast(_bare(value, kind), exp.DataType.build(SQL_TYPES[kind], dialect=DIALECT))


def _bare(value: object, kind: ValueType) -> exp.Expression:
    if value is None:
        return exp.null()
    if isinstance(value, tuple | list):  # a list column's elements
        element = ValueType.INTEGER if kind is ValueType.LIST_INTEGER else ValueType.STRING
        return exp.Array(expressions=[_bare(item, element) for item in value])
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if kind is ValueType.NUMBER and isinstance(value, int | float | Decimal):
        if isinstance(value, float) and not math.isfinite(value):
            raise EngineError(f"a number column cannot hold {value!r}")
        return exp.Literal.string(format(exact_number(value), "f"))
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:  # TIMESTAMP_NTZ columns hold UTC
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return exp.Literal.string(value.isoformat(sep=" "))
    if isinstance(value, dt.date):  # a date alone in a timestamp column: its midnight
        return exp.Literal.string(value.isoformat())
    if isinstance(value, int | float | Decimal):
        return exp.Literal.number(str(value))
    return exp.Literal.string(str(value))



def drop_views(spark: SparkSession, names: list[str]) -> None:
    """Drop the views ``names`` of the shared catalog and release their names (the
    fixture engine's tables, the warehouse reader's views over folders)."""
    for name in names:
        try:
            spark.sql(exp.Drop(kind="VIEW", tables=[table_expression(name)],
                               exists=True).sql(dialect=DIALECT))
        finally:
            release(name)


class SparkEngine(ClosesOnExit):
    """Fixture tables as views in the process's local Spark session."""

    def __init__(self) -> None:
        self._spark: SparkSession | None = session()
        self._views: list[str] = []

    def close(self) -> None:
        """Drop this engine's views (idempotent); the session stays for the next."""
        spark, self._spark = self._spark, None
        if spark is not None:
            drop_views(spark, self._views)
        self._views = []

    def _session(self) -> SparkSession:
        if self._spark is None:
            raise EngineError("the Spark engine is closed")
        return self._spark

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Create a view per table the schema names, holding ``rows_by_table``.

        Rows map column names to values; a column a row leaves out is NULL.
        """
        layout = schema_tables(schema)
        for name in rows_by_table:
            if name not in layout:
                raise EngineError(f"the schema names no table '{name}'")
        for name, columns in layout.items():
            rows = rows_by_table.get(name, ())
            for row in rows:
                unknown = [column for column in row if column not in columns]
                if unknown:
                    raise EngineError(f"the table '{name}' has no column '{unknown[0]}'")
            self._create_view(name, columns, [
                [row.get(column) for column in columns] for row in rows])

    def _create_view(self, name: str, columns: dict[str, ValueType],
                     rows: list[list[object]]) -> None:
        table = table_expression(name)
        claim(name)
        self._views.append(name)
        kinds = list(columns.values())
        tuples = [exp.Tuple(expressions=[_literal(value, kind)
                                         for value, kind in zip(row, kinds, strict=True)])
                  for row in rows or [[None] * len(kinds)]]
        # Spark names the VALUES columns col1, col2...; renamed in the projection,
        # since an alias list (``AS t(a, b)``) inside a view broke queries that
        # read only some of its columns (ASSIGNMENT_ARITY_MISMATCH, Spark 4.3).
        values = exp.Values(expressions=tuples, alias=exp.TableAlias(this=_identifier("t")))
        select = exp.select(*[
            exp.alias_(exp.column(f"col{index}"), column, quoted=True)
            for index, column in enumerate(columns, start=1)]).from_(values, copy=False)
        if not rows:  # one row of NULLs to type the columns, filtered out
            select = select.where(exp.false(), copy=False)
        db = table.args.get("db")
        if db is not None:
            self._execute(exp.Create(kind="SCHEMA", this=exp.Table(this=db.copy()),
                                     exists=True))
        self._execute(exp.Create(kind="VIEW", this=table, expression=select, replace=True))

    def _execute(self, statement: exp.Expression) -> None:
        try:
            self._session().sql(statement.sql(dialect=DIALECT))
        except EngineError:
            raise
        except Exception as error:
            raise EngineError(first_line(error)) from None

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run one query; returns its column names and all its rows as Python
        values (``Decimal``, naive UTC ``datetime``, lists as lists)."""
        try:
            frame = self._session().sql(sql)
            names = list(frame.columns)
            frame = naive_times(frame)
            rows: list[Any] = frame.collect()
        except EngineError:
            raise
        except Exception as error:
            raise EngineError(first_line(error)) from None
        return names, [tuple(row) for row in rows]


def naive_times(frame: Any) -> Any:
    """Session-zone ``TIMESTAMP`` columns as ``TIMESTAMP_NTZ`` (UTC wall clock in
    the UTC session): pyspark would turn them into the Python process's local
    time."""
    from pyspark.sql.types import TimestampType

    fields = frame.schema.fields
    if not any(isinstance(field.dataType, TimestampType) for field in fields):
        return frame
    return frame.select(*[
        frame[index].cast("timestamp_ntz").alias(field.name)
        if isinstance(field.dataType, TimestampType) else frame[index]
        for index, field in enumerate(fields)])
