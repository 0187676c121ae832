"""bench/bench_batch.py's batch measurement on ClickHouse (chdb) and Spark.

``python bench/bench_batch.py --engine clickhouse|spark [--size small|large]
[--runs 5]`` lands here.  The data is bench_batch's (bench/gen_data.py, the same
DuckDB file and sizes): each table of ``segdsl.demo.TABLES`` is written once to
Parquet by DuckDB and loaded into the engine with the same column types (a
``DOUBLE`` amount stays a double there, a ``TIMESTAMP`` is an instant in UTC:
``DateTime64(6, 'UTC')`` in ClickHouse, ``TIMESTAMP_NTZ`` in Spark), so the
compiled SQL reads what it reads on DuckDB.  Then, side by side in one process
(``bench_batch.time_rounds``: one untimed warm-up round, the order rotating from
run to run), the median of N runs of:

* **batch**: ``compile_membership(checked, engine, as_of, segments)``;
* **separate**: ``compile_segment`` for each segment, one after another;
* **scan floor**: bench_batch's scan floor written for the engine by sqlglot
  (each event table grouped by key with one count, joined to the customers);
* **EXPLAIN only**: ``EXPLAIN`` of the batch and of each separate query, the
  engine's parsing, analysis and planning without running them: the share of a
  query's time that does not grow with the data.

Wrapped as in bench_batch (``SELECT count(*), count_if(seg), ... FROM (q)``;
ClickHouse's ``countIf``, with the compiled query's ``SETTINGS`` moved to the
outer query, where ClickHouse reads them), so every column is computed and no
rows travel to Python.  There is no hand-written twin: bench/reference.sql is
DuckDB's SQL.  Before timing, the member counts of the batch and of each separate
query on the engine must equal DuckDB's batch counts on the same file (counts, not
keys: moving a million keys out of each engine would measure the transfer); a
difference is printed and the exit status is 1.

The engines are segdsl's own (segdsl/engines): ClickHouse is chdb's embedded
server in this process (its threads: ClickHouse's default, one per core); Spark is
the local session of ``spark_engine.session()`` (``local[1]``, one shuffle
partition, 2 GB driver), as the fixture tests run it.  Tables are MergeTree tables
in ClickHouse (database ``shop`` in chdb's temporary folder, dropped at the end) and Parquet
tables in Spark's temporary warehouse.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import sqlglot

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import compile_membership, compile_segment
from segdsl.compile.dialects import DIALECTS
from segdsl.demo import TABLES

ENGINES = ("clickhouse", "spark")
CLICKHOUSE_TYPES = {"VARCHAR": "Nullable(String)", "BIGINT": "Nullable(Int64)",
                    "DOUBLE": "Nullable(Float64)", "DATE": "Nullable(Date32)",
                    "TIMESTAMP": "Nullable(DateTime64(6, 'UTC'))",
                    "BOOLEAN": "Nullable(Bool)"}
SPARK_TYPES = {"VARCHAR": "STRING", "BIGINT": "BIGINT", "DOUBLE": "DOUBLE", "DATE": "DATE",
               "TIMESTAMP": "TIMESTAMP_NTZ", "BOOLEAN": "BOOLEAN"}


@dataclass(frozen=True)
class EngineQueries:
    """The measured statements on one engine, wrapped (see the module doc)."""

    segments: tuple[str, ...]
    timed: dict[str, list[str]]


class Runner:
    """One engine with the bench tables loaded: run SQL, time it, clean up."""

    name: str
    version: str

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def run(self, statements: Sequence[str]) -> float:
        start = time.perf_counter()
        for sql in statements:
            self.rows(sql)
        return time.perf_counter() - start


def export_parquet(database: Path, folder: Path) -> dict[str, Path]:
    """Each table of the DuckDB file as one Parquet file in ``folder``."""
    files = {}
    with duckdb.connect(str(database), read_only=True) as con:
        con.execute("SET TimeZone = 'UTC'")
        for table in TABLES:
            target = folder / f"{table.replace('.', '__')}.parquet"
            con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
            files[table] = target
    return files


class ClickHouseRunner(Runner):
    """chdb, through segdsl's ClickHouse engine (its session and settings)."""

    name = "clickhouse"

    def __init__(self, files: dict[str, Path], say: Callable[[str], None]) -> None:
        import chdb

        from segdsl.engines.clickhouse_engine import ClickHouseEngine

        self.version = f"chdb {chdb.__version__}"
        self.engine = ClickHouseEngine()
        self.databases: list[str] = []
        for table, path in files.items():
            schema, name = table.split(".")
            if schema not in self.databases:
                # chdb's session lives in a temporary folder of this process, so the
                # schema's own database name (``shop``) is free unless the process
                # made it; the compiled SQL and the scan floor name it.
                found = self.engine.query(f"SELECT 1 FROM system.databases "
                                          f"WHERE name = '{schema}'")[1]
                if found:
                    sys.exit(f"the ClickHouse database {schema} exists already")
                self.engine.session.query(f'CREATE DATABASE "{schema}"')
                self.databases.append(schema)
            columns = ", ".join(f'CAST("{column}" AS {CLICKHOUSE_TYPES[kind]}) AS "{column}"'
                                for column, kind in TABLES[table])
            start = time.perf_counter()
            self.engine.session.query(
                f'CREATE TABLE "{schema}"."{name}" ENGINE = MergeTree '
                f"ORDER BY tuple() AS SELECT {columns} FROM file('{path}', Parquet)")
            say(f"loaded {table} in {time.perf_counter() - start:.1f} s")

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return self.engine.query(sql)[1]

    def close(self) -> None:
        for database in self.databases:
            self.engine.session.query(f'DROP DATABASE IF EXISTS "{database}"')
        self.engine.close()


class SparkRunner(Runner):
    """Spark's local session, as segdsl's Spark engine starts it."""

    name = "spark"

    def __init__(self, files: dict[str, Path], say: Callable[[str], None]) -> None:
        from segdsl.engines.spark_engine import session

        self.spark = session()
        self.version = f"Spark {self.spark.version}"
        self.tables: list[str] = []
        for table, path in files.items():
            schema, name = table.split(".")
            self.spark.sql(f"CREATE SCHEMA IF NOT EXISTS `{schema}`")
            columns = ", ".join(f"CAST(`{column}` AS {SPARK_TYPES[kind]}) AS `{column}`"
                                for column, kind in TABLES[table])
            start = time.perf_counter()
            self.spark.sql(f"DROP TABLE IF EXISTS `{schema}`.`{name}`")
            self.spark.sql(f"CREATE TABLE `{schema}`.`{name}` USING parquet AS "
                           f"SELECT {columns} FROM parquet.`{path}`")
            self.tables.append(f"`{schema}`.`{name}`")
            say(f"loaded {table} in {time.perf_counter() - start:.1f} s")

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.spark.sql(sql).collect()]

    def close(self) -> None:
        for table in self.tables:
            self.spark.sql(f"DROP TABLE IF EXISTS {table}")


def _wrap(engine: str, sql: str, segments: Sequence[str]) -> str:
    """``SELECT count(*), count_if(seg), ... FROM (sql) AS q`` in the engine's SQL
    (``segments`` empty: the row count alone)."""
    settings = ""
    if engine == "clickhouse":
        # The compiled query's SETTINGS (join_use_nulls...) belong on the outer query.
        body, found, tail = sql.rpartition("\nSETTINGS ")
        if found:
            sql, settings = body, f" SETTINGS {tail}"
        counts = "".join(f', countIf("{s}")' for s in segments)
    else:
        counts = "".join(f", count_if(`{s}`)" for s in segments)
    return f"SELECT count(*){counts} FROM ({sql}) AS q{settings}"


def build(checked: CheckedProject, engine: str, as_of: Any, segments: Sequence[str],
          floor: str) -> EngineQueries:
    """The batch, separate and scan-floor statements for ``engine``.  ``floor`` is
    bench_batch's (DuckDB's SQL), written for the engine by sqlglot."""
    from segdsl.compile.dialects.clickhouse import QUERY_SETTINGS

    batch = compile_membership(checked, engine, as_of, list(segments))
    separate = [_wrap(engine, compile_segment(checked, name, engine, as_of), ())
                for name in segments]
    written = sqlglot.transpile(floor, read="duckdb", write=DIALECTS[engine].sqlglot_name)[0]
    if engine == "clickhouse":  # LEFT JOIN gives NULL, not 0, as on every other engine
        written += " SETTINGS " + ", ".join(f"{k} = {v}" for k, v in QUERY_SETTINGS)
    wrapped = _wrap(engine, batch, segments)
    return EngineQueries(tuple(segments), {
        "batch": [wrapped],
        "separate": separate,
        "scan floor": [written],
        # Parsing, analysing and planning without running: the part of a query's
        # time that does not grow with the data.
        "batch, EXPLAIN only": [f"EXPLAIN {wrapped}"],
        "separate, EXPLAIN only": [f"EXPLAIN {sql}" for sql in separate],
    })


def counts_of(runner: Runner, queries: EngineQueries) -> tuple[list[int], list[int]]:
    """The batch's counts (customers, then members per segment) and each separate
    query's member count."""
    batch = [int(v) for v in runner.rows(queries.timed["batch"][0])[0]]
    separate = [int(runner.rows(sql)[0][0]) for sql in queries.timed["separate"]]
    return batch, separate


def measure(engine: str, database: Path, checked: CheckedProject, as_of: Any,
            segments: Sequence[str], floor: str, duck_counts: Sequence[int], runs: int,
            size_line: str, time_rounds: Callable[..., dict[str, list[float]]],
            say: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
            out: Callable[[str], None] = print) -> int:
    """Load, check the counts, time and report; the exit status."""
    queries = build(checked, engine, as_of, segments, floor)
    with tempfile.TemporaryDirectory(prefix="segdsl-bench-") as tmp:
        start = time.perf_counter()
        files = export_parquet(database, Path(tmp))
        say(f"exported Parquet in {time.perf_counter() - start:.1f} s")
        runner: Runner = (ClickHouseRunner if engine == "clickhouse" else SparkRunner)(
            files, say)
        try:
            batch, separate = counts_of(runner, queries)
            problems = []
            if batch != list(duck_counts):
                problems.append(f"batch counts on {engine} {batch} != DuckDB's "
                                f"{list(duck_counts)}")
            for name, found, expected in zip(segments, separate, duck_counts[1:], strict=True):
                if found != expected:
                    problems.append(f"{name}: separate query on {engine} has {found} members, "
                                    f"DuckDB's batch {expected}")
            say("counts checked; timing")
            times = time_rounds(runner.run, queries.timed, runs)
        finally:
            runner.close()
    report(f"{size_line}; {runner.version}", times, problems, batch, segments, out)
    return 1 if problems else 0


def report(size_line: str, times: dict[str, list[float]], problems: Sequence[str],
           counts: Sequence[int], segments: Sequence[str],
           out: Callable[[str], None] = print) -> None:
    out(size_line + "\n")
    labels = {"batch": f"batch (`compile_membership`, {len(segments)} segments, one query)",
              "separate": f"{len(segments)} segments separately (`compile_segment`, one "
                          "after another)",
              "scan floor": "scan floor (count per key of each event table, joined to "
                            "customers)",
              "batch, EXPLAIN only": "batch, `EXPLAIN` only (parse, analyse, plan)",
              "separate, EXPLAIN only": f"{len(segments)} separately, `EXPLAIN` only"}
    out("| query | median s | min s | max s |")
    out("|---|---:|---:|---:|")
    for name, label in labels.items():
        values = times[name]
        out(f"| {label} | {statistics.median(values):.3f} | {min(values):.3f} | "
            f"{max(values):.3f} |")
    med = {name: statistics.median(values) for name, values in times.items()}
    out("\n| ratio (medians) | value |")
    out("|---|---:|")
    out(f"| batch / scan floor | {med['batch'] / med['scan floor']:.2f} |")
    out(f"| separate / batch | {med['separate'] / med['batch']:.2f} |")
    members = ", ".join(f"{s} {n:,}" for s, n in zip(segments, counts[1:], strict=True))
    out(f"\nmembers ({counts[0]:,} customers): {members}")
    if problems:
        out("\n**Results differ** from DuckDB's:\n")
        for problem in problems:
            out(f"* {problem}")
    else:
        out("\nbatch and separate member counts equal DuckDB's batch on all "
            f"{len(segments)} segments")
