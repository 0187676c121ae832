"""Benchmark the batch query on PostgreSQL, next to DuckDB's on the same data.

Loads a DuckDB benchmark file (bench/gen_data.py; by default
bench/data/customers_200000.duckdb, 200k customers, generated when missing) into a
scratch PostgreSQL database, unless that database already holds the same row
counts, and times side by side (the order rotates from run to
run, after one untimed warm-up round) the median of N runs of:

* **batch, columns known naive**: ``compile_membership`` of the 12 bench segments
  with the :class:`~segdsl.timecontext.TimeContext` ``segdsl run`` builds from its
  column check (``open_reader``: the ``timestamp`` columns are naive, read bare);
* **batch, zoning unknown**: the same with the default context (what ``segdsl
  compile`` writes: every time column read through its epoch);
* **batch, jit off**: the first with ``SET jit = off`` (JIT compiling the plan's
  expressions is a large share of the batch's time);
* **separate**: ``compile_segment`` of each segment (known context), one after another;

plus DuckDB's batch query on the DuckDB file itself, in this process, for the gap.
Each timed query is wrapped like bench/bench_batch.py does: ``SELECT count(*),
count(*) FILTER (WHERE seg), ... FROM (q)`` (separate: ``SELECT count(*) FROM (q)``),
so every column is computed but no rows travel to Python.

Before timing it checks that both batch queries and the separate queries give
the same members on PostgreSQL, and that the member counts equal DuckDB's;
differences are printed and the exit status is 1.

    python bench/bench_postgres.py [--db FILE] [--pg URL] [--runs 3] [--reload]
                                   [--explain] [--skip-separate]

Loading: DuckDB writes each table as CSV into a temporary directory and psycopg's
``COPY ... FROM STDIN`` reads it (no DuckDB postgres extension, so it works
offline); columns get PostgreSQL's types for the DuckDB ones (``TIMESTAMP`` stays a
naive ``timestamp``), no indexes (the DuckDB file has none), then ``ANALYZE``.
Server settings are left as they are (``max_parallel_workers_per_gather``,
``work_mem``) and reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import psycopg
from psycopg import sql as pgsql

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from bench_batch import _quote, connect, load_project, time_rounds  # noqa: E402
from gen_data import AS_OF, generate, size_for  # noqa: E402

from segdsl.check.checker import CheckedProject  # noqa: E402
from segdsl.compile.api import compile_membership, compile_segment  # noqa: E402
from segdsl.demo import TABLES  # noqa: E402
from segdsl.engines.reader import open_reader  # noqa: E402
from segdsl.timecontext import DEFAULT, TimeContext  # noqa: E402

CUSTOMERS = 200_000
DEFAULT_DB = HERE / "data" / f"customers_{CUSTOMERS}.duckdb"  # (bench/data is git-ignored)
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/segdsl_bench_pg"
# DuckDB column type -> PostgreSQL column type (the types segdsl.demo.TABLES uses).
PG_TYPES = {"VARCHAR": "text", "BIGINT": "bigint", "DOUBLE": "double precision",
            "DATE": "date", "TIMESTAMP": "timestamp", "BOOLEAN": "boolean"}
COPY_CHUNK = 1 << 20


# --------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------


def _table_id(name: str) -> pgsql.Identifier:
    return pgsql.Identifier(*name.split("."))


def ensure_database(url: str) -> None:
    """Create the database ``url`` names when the server lacks it."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    name = str(info.get("dbname"))
    server = psycopg.conninfo.make_conninfo(url, dbname="postgres")
    with psycopg.connect(server, autocommit=True) as con:
        if con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            return
        con.execute(pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name)))


def row_counts_pg(con: psycopg.Connection[Any]) -> dict[str, int | None]:
    counts: dict[str, int | None] = {}
    for name in TABLES:
        exists = con.execute("SELECT to_regclass(%s)", (name,)).fetchone()
        if exists is None or exists[0] is None:
            counts[name] = None
            continue
        row = con.execute(pgsql.SQL("SELECT count(*) FROM {}").format(_table_id(name))).fetchone()
        counts[name] = int(row[0]) if row else 0
    return counts


def row_counts_duck(duck: duckdb.DuckDBPyConnection) -> dict[str, int]:
    counts = {}
    for name in TABLES:
        row = duck.execute(f"SELECT count(*) FROM {name}").fetchone()
        counts[name] = int(row[0]) if row else 0
    return counts


def load(con: psycopg.Connection[Any], duck: duckdb.DuckDBPyConnection,
         say: Callable[[str], None]) -> None:
    """(Re)create every table of the shop schema and copy DuckDB's rows in."""
    schemas = sorted({name.split(".")[0] for name in TABLES})
    with tempfile.TemporaryDirectory() as tmp:
        for schema in schemas:
            con.execute(pgsql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(
                pgsql.Identifier(schema)))
            con.execute(pgsql.SQL("CREATE SCHEMA {}").format(pgsql.Identifier(schema)))
        for name, columns in TABLES.items():
            start = time.perf_counter()
            # Columns as the project's layout lists them, in its order.
            con.execute(pgsql.SQL("CREATE TABLE {} ({})").format(
                _table_id(name),
                pgsql.SQL(", ").join(pgsql.SQL("{} {}").format(
                    pgsql.Identifier(column), pgsql.SQL(PG_TYPES[kind]))
                    for column, kind in columns)))
            target = Path(tmp) / f"{name}.csv"
            listed = ", ".join(_quote(column) for column, _ in columns)
            # DuckDB writes NULL as an empty field and an empty string as "", which is
            # exactly how PostgreSQL's CSV format reads them back.
            duck.execute(f"COPY (SELECT {listed} FROM {name}) TO '{target}' "
                         "(FORMAT csv, HEADER false)")
            copy = pgsql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv)").format(
                _table_id(name),
                pgsql.SQL(", ").join(pgsql.Identifier(column) for column, _ in columns))
            with con.cursor().copy(copy) as writer, target.open("rb") as source:
                while chunk := source.read(COPY_CHUNK):
                    writer.write(chunk)
            target.unlink()
            say(f"loaded {name} in {time.perf_counter() - start:.1f} s")
    con.commit()
    con.execute("ANALYZE")
    con.commit()


def prepare(url: str, duck: duckdb.DuckDBPyConnection, reload: bool,
            say: Callable[[str], None]) -> dict[str, int]:
    """The database at ``url`` holding the rows of ``duck``; its row counts."""
    ensure_database(url)
    wanted = row_counts_duck(duck)
    with psycopg.connect(url) as con:
        if reload or row_counts_pg(con) != wanted:
            say(f"loading {sum(wanted.values()):,} rows into {url} ...")
            load(con, duck, say)
        found = row_counts_pg(con)
    if found != wanted:
        sys.exit(f"row counts differ after loading: {found} vs {wanted}")
    return wanted


# --------------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Queries:
    segments: tuple[str, ...]
    key: str
    batch: str  # the column check's context: naive columns read bare
    batch_unknown: str  # the default context: every time column through its epoch
    separate: dict[str, str]
    duckdb_batch: str

    def wrap(self, query: str, *, postgres: bool = True) -> str:
        counts = ", ".join(
            f"count(*) FILTER (WHERE {_quote(s)})" if postgres else f"count_if({_quote(s)})"
            for s in self.segments)
        return f"SELECT count(*), {counts} FROM ({query}) AS q"

    def timed_pg(self, separate: bool) -> dict[str, list[str]]:
        timed = {"batch": [self.wrap(self.batch)],
                 "batch, zoning unknown": [self.wrap(self.batch_unknown)],
                 # JIT compilation took about a third of the batch's time in EXPLAIN.
                 "batch, jit off": ["SET jit = off", self.wrap(self.batch), "RESET jit"]}
        if separate:
            timed["separate"] = [f"SELECT count(*) FROM ({q}) AS q"
                                 for q in self.separate.values()]
        return timed


def column_context(url: str, checked: CheckedProject) -> TimeContext:
    """The context ``segdsl run`` would compile with: from its column check."""
    with open_reader(url, checked.schema, checked.schema) as reader:
        return reader.time_context


def build_queries(checked: CheckedProject, context: TimeContext,
                  as_of: dt.datetime = AS_OF) -> Queries:
    segments = tuple(checked.segments)
    return Queries(
        segments=segments,
        key=checked.schema.key,
        batch=compile_membership(checked, "postgres", as_of, list(segments), context=context),
        batch_unknown=compile_membership(checked, "postgres", as_of, list(segments),
                                         context=DEFAULT),
        separate={name: compile_segment(checked, name, "postgres", as_of, context=context)
                  for name in segments},
        duckdb_batch=compile_membership(checked, "duckdb", as_of, list(segments)),
    )


# --------------------------------------------------------------------------------
# Equality
# --------------------------------------------------------------------------------


def compare_members(con: psycopg.Connection[Any], queries: Queries, separate: bool,
                    shown: int = 5) -> list[str]:
    """Problems found: batch (known) against batch (unknown) and each separate
    query, member by member, inside PostgreSQL (temporary tables)."""
    key = _quote(queries.key)
    problems = []
    con.execute(f"CREATE TEMP TABLE bench_batch AS {queries.batch}")
    con.execute(f"CREATE TEMP TABLE bench_unknown AS {queries.batch_unknown}")
    for name in queries.segments:
        column = _quote(name)
        members = {"batch": f"SELECT {key} FROM bench_batch WHERE {column}",
                   "batch, zoning unknown": f"SELECT {key} FROM bench_unknown WHERE {column}"}
        if separate:
            members["separate"] = f"SELECT {key} FROM ({queries.separate[name]}) AS s"
        for other in list(members)[1:]:
            for a, b in (("batch", other), (other, "batch")):
                extra = [r[0] for r in con.execute(
                    f"SELECT * FROM ({members[a]} EXCEPT {members[b]}) AS d ORDER BY 1"
                ).fetchall()]
                if extra:
                    problems.append(f"{name}: {len(extra)} members in {a} but not in {b}: "
                                    + ", ".join(map(str, extra[:shown])))
    con.rollback()
    return problems


# --------------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------------


def run_pg(con: psycopg.Connection[Any], statements: Sequence[str]) -> float:
    start = time.perf_counter()
    for statement in statements:
        cursor = con.execute(statement)
        if cursor.description is not None:  # (a SET returns no rows to fetch)
            cursor.fetchall()
    return time.perf_counter() - start


def time_duckdb(database: Path, query: str, runs: int, threads: int
                ) -> tuple[list[float], tuple[int, ...]]:
    con = connect(database, threads)
    con.execute("SET TimeZone = 'UTC'")
    row = con.execute(query).fetchone()  # warm-up, and the member counts
    assert row is not None
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        con.execute(query).fetchall()
        times.append(time.perf_counter() - start)
    con.close()
    return times, tuple(int(v) for v in row)


def settings(con: psycopg.Connection[Any]) -> dict[str, str]:
    names = ("server_version", "work_mem", "shared_buffers", "max_parallel_workers_per_gather",
             "jit")
    found = {}
    for name in names:
        row = con.execute(pgsql.SQL("SHOW {}").format(pgsql.Identifier(name))).fetchone()
        found[name] = str(row[0]) if row else "?"
    return found


def explain(con: psycopg.Connection[Any], query: str) -> str:
    rows = con.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query}").fetchall()
    con.rollback()
    return "\n".join(str(r[0]) for r in rows)


# --------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------


def report(times: dict[str, list[float]], out: Callable[[str], None] = print) -> None:
    labels = {
        "batch": "PostgreSQL batch (`compile_membership`, column check's context: naive "
                 "columns bare)",
        "batch, zoning unknown": "PostgreSQL batch, default context (zoning unknown: "
                                 "epoch round trip)",
        "batch, jit off": "PostgreSQL batch, column check's context, `SET jit = off`",
        "separate": "PostgreSQL, 12 segments separately (`compile_segment`)",
        "duckdb batch": "DuckDB batch (same data, same process)",
    }
    out("| query | median s | min s | max s |")
    out("|---|---:|---:|---:|")
    for name, label in labels.items():
        if name in times:
            values = times[name]
            out(f"| {label} | {statistics.median(values):.3f} | {min(values):.3f} | "
                f"{max(values):.3f} |")
    med = {name: statistics.median(values) for name, values in times.items()}
    ratios = [("batch zoning unknown / batch", "batch, zoning unknown", "batch"),
              ("batch jit off / batch", "batch, jit off", "batch"),
              ("separate / batch", "separate", "batch"),
              ("PostgreSQL batch / DuckDB batch", "batch", "duckdb batch")]
    out("\n| ratio (medians) | value |")
    out("|---|---:|")
    for label, top, bottom in ratios:
        if top in med and bottom in med:
            out(f"| {label} | {med[top] / med[bottom]:.2f} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB,
                        help=f"DuckDB benchmark file, opened read-only (default {DEFAULT_DB})")
    parser.add_argument("--pg", default=DEFAULT_PG, help=f"scratch database (default {DEFAULT_PG})")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                        help="DuckDB threads")
    parser.add_argument("--reload", action="store_true", help="load even if the counts match")
    parser.add_argument("--skip-separate", action="store_true")
    parser.add_argument("--explain", action="store_true",
                        help="also print EXPLAIN (ANALYZE, BUFFERS) of the batch query")
    args = parser.parse_args(argv)
    if not args.db.exists():
        if args.db != DEFAULT_DB:
            parser.error(f"--db {args.db}: no such file (bench/gen_data.py makes one)")
        print(f"generating {args.db} ...", file=sys.stderr)
        generate(args.db, size_for(CUSTOMERS))

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    duck = duckdb.connect(str(args.db), read_only=True)
    counts = prepare(args.pg, duck, args.reload, say)
    duck.close()
    checked = load_project()
    context = column_context(args.pg, checked)
    queries = build_queries(checked, context)
    separate = not args.skip_separate
    problems = []
    with psycopg.connect(args.pg, autocommit=True) as con:
        found = settings(con)
        with psycopg.connect(args.pg) as check:
            problems = compare_members(check, queries, separate)
        row = con.execute(queries.wrap(queries.batch)).fetchone()
        assert row is not None
        pg_counts = tuple(int(v) for v in row)
        say("timing PostgreSQL ...")
        times = time_rounds(lambda s: run_pg(con, s), queries.timed_pg(separate),
                                  args.runs)
        plan = explain(con, queries.wrap(queries.batch)) if args.explain else None
    say("timing DuckDB ...")
    times["duckdb batch"], duck_counts = time_duckdb(
        args.db, queries.wrap(queries.duckdb_batch, postgres=False), args.runs, args.threads)
    if pg_counts != duck_counts:
        problems.append(f"member counts differ: PostgreSQL {pg_counts}, DuckDB {duck_counts}")

    print(f"{args.db.name}: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    print(f"PostgreSQL {found['server_version']}: work_mem {found['work_mem']}, "
          f"shared_buffers {found['shared_buffers']}, max_parallel_workers_per_gather "
          f"{found['max_parallel_workers_per_gather']}, jit {found['jit']}; DuckDB "
          f"{duckdb.__version__}, threads {args.threads}; median of {args.runs} runs\n")
    known = sorted(f"{t}.{c}" for t, c, z in context.columns if z.value == "naive")
    print(f"column check: naive {', '.join(known) or 'none'}\n")
    report(times)
    members = ", ".join(f"{s} {n:,}" for s, n in zip(queries.segments, pg_counts[1:],
                                                       strict=True))
    print(f"\nmembers ({pg_counts[0]:,} customers): {members}")
    if problems:
        print("\n**Results differ**:\n")
        for problem in problems:
            print(f"* {problem}")
    else:
        what = "batch (both contexts)" + (" and separate" if separate else "")
        print(f"\n{what} agree on the members of all {len(queries.segments)} segments; "
              "member counts equal DuckDB's")
    if plan is not None:
        print("\nEXPLAIN (ANALYZE, BUFFERS) of the batch query:\n\n" + plan)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
