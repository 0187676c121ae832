"""Benchmark ``segdsl materialize --snapshot`` against ``segdsl run --all --out``.

Goal (issue 17): writing the membership table and a snapshot inside the database
takes at most 1.2 x writing the same table to a Parquet file with ``run --all
--out``, and the history grows by a predictable number of bytes per snapshot.

On DuckDB: the benchmark data (bench/gen_data.py, ``--db``, default
bench/data/large.duckdb: 1M customers) is copied to a scratch file (materialize
writes into it; the data file stays as it was), then, after one untimed warm-up
round, ``runs`` rounds time side by side (order rotating) three commands of
bench/project's segments, each a fresh ``python -m segdsl`` process (start-up,
the column check and compiling included):

* **run --out**: ``run --all --out members.parquet``;
* **materialize**: ``materialize`` (the table only);
* **materialize --snapshot**: the table and a snapshot, at a new as-of each round
  (a nightly job's shape: the history grows by one snapshot per run).

Then ``--snapshots`` more snapshots are taken and the file's growth is measured
after each (``CHECKPOINT`` first, so the bytes are on disk): bytes per snapshot
and per row.  With ``--pg URL`` the same growth is measured on PostgreSQL (the
history table's ``pg_total_relation_size``, its primary key included) on the data
bench/bench_postgres.py loads there (``--pg-db``: the DuckDB file to load), and the
three commands are timed there too.

With ``--in-process`` (DuckDB only) the commands run in this one process instead
(``segdsl.cli.main`` through click's runner: start-up and imports paid once, the
page cache the same for each), alternating, ``runs`` rounds after a warm-up, and
the snapshot is an A/B of the history table's layout: ``--schema keyed``'s
history is created beforehand with the primary key ``(segdsl_as_of, key)`` (the
layout before 2026-12-06, which materialize keeps writing to), ``--schema
plain``'s without it (the layout materialize creates on DuckDB since).  ``run
--out`` reads the data file itself (read-only); the three others write into
the scratch copy.

    python bench/bench_materialize.py [--db FILE] [--runs 3] [--snapshots 3]
                                      [--pg URL --pg-db FILE] [--no-duckdb]
                                      [--in-process]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROJECT = HERE / "project"
AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
HISTORY = "main.segdsl_membership_history"


def segdsl(*args: str) -> float:
    """Run ``python -m segdsl ARGS``; its wall time in seconds (exit 1 on failure)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "segdsl", *args], env=environment,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"segdsl {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return seconds


def as_of_text(days_back: int) -> str:
    return (AS_OF - dt.timedelta(days=days_back)).isoformat().replace("+00:00", "Z")


def time_commands(database: Path | str, out: Path, runs: int) -> dict[str, list[float]]:
    common = ["--project", str(PROJECT), "--db", str(database)]
    days = iter(range(1000))

    def command(name: str) -> list[str]:
        if name == "run --out":
            return ["run", *common, "--all", "--as-of", as_of_text(0), "--out", str(out)]
        if name == "materialize":
            return ["materialize", *common, "--as-of", as_of_text(0)]
        return ["materialize", *common, "--as-of", as_of_text(next(days)), "--snapshot"]

    names = ["run --out", "materialize", "materialize --snapshot"]
    for name in names:  # warm-up: caches, the page cache, the first snapshot
        segdsl(*command(name))
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(runs):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(segdsl(*command(name)))
    return times


def file_growth(database: Path, snapshots: int, first_day: int) -> list[tuple[int, int]]:
    """(history rows, file bytes) before and after each of ``snapshots`` snapshots."""
    common = ["--project", str(PROJECT), "--db", str(database)]

    def measure() -> tuple[int, int]:
        con = duckdb.connect(str(database))
        try:
            con.execute("CHECKPOINT")
            row = con.execute(f"SELECT count(*) FROM {HISTORY}").fetchall()
        finally:
            con.close()
        return int(row[0][0]), database.stat().st_size

    sizes = [measure()]
    for day in range(first_day, first_day + snapshots):
        segdsl("materialize", *common, "--as-of", as_of_text(day), "--snapshot")
        sizes.append(measure())
    return sizes


def postgres_growth(url: str, duck_file: Path, snapshots: int) -> list[tuple[int, int]]:
    """(history rows, history bytes) on PostgreSQL before and after each snapshot."""
    import psycopg
    from bench_postgres import prepare

    duck = duckdb.connect(str(duck_file), read_only=True)
    try:
        prepare(url, duck, False, print)
    finally:
        duck.close()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP TABLE IF EXISTS public.segdsl_membership_history, "
                    "public.segdsl_membership")
    common = ["--project", str(PROJECT), "--db", url]
    sizes: list[tuple[int, int]] = []
    for day in range(snapshots + 1):
        started = time.perf_counter()
        segdsl("materialize", *common, "--as-of", as_of_text(day), "--snapshot")
        print(f"PostgreSQL snapshot {day + 1}: {time.perf_counter() - started:.1f} s")
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("VACUUM ANALYZE public.segdsl_membership_history")
            row = con.execute("SELECT count(*), pg_total_relation_size("
                              "'public.segdsl_membership_history') FROM "
                              "public.segdsl_membership_history").fetchone()
        assert row is not None
        sizes.append((int(row[0]), int(row[1])))
    return sizes


def report_growth(label: str, sizes: Sequence[tuple[int, int]]) -> None:
    for (rows_before, bytes_before), (rows_after, bytes_after) in itertools.pairwise(sizes):
        grown, added = bytes_after - bytes_before, rows_after - rows_before
        per_row = grown / added if added else float("nan")
        print(f"{label}: +{added:,} rows, +{grown / 1e6:.1f} MB ({per_row:.0f} bytes/row); "
              f"history {rows_after:,} rows")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=HERE / "data" / "large.duckdb")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--snapshots", type=int, default=3)
    parser.add_argument("--pg", default=None, help="a postgresql:// URL (scratch database)")
    parser.add_argument("--pg-db", type=Path, default=HERE / "data" / "small.duckdb")
    parser.add_argument("--no-duckdb", action="store_true", help="only the PostgreSQL part")
    parser.add_argument("--in-process", action="store_true",
                        help="DuckDB in this process: run --out, materialize and the "
                        "snapshot into a history with and without its primary key")
    options = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    if options.in_process:
        from bench_materialize_inprocess import bench_in_process

        bench_in_process(options.db, options.runs, report_times)
    elif not options.no_duckdb:
        bench_duckdb(options)
    if options.pg:
        growth = postgres_growth(options.pg, options.pg_db, options.snapshots)
        with tempfile.TemporaryDirectory() as folder:
            report_times("PostgreSQL ", time_commands(options.pg, Path(folder) / "m.parquet",
                                                      options.runs))
        report_growth("PostgreSQL history", growth)
    return 0


def report_times(label: str, times: dict[str, list[float]]) -> None:
    for name, values in times.items():
        print(f"{label}{name}: median {statistics.median(values):.2f} s "
              f"({', '.join(f'{value:.2f}' for value in values)})")
    base = statistics.median(times["run --out"])
    for name, values in times.items():
        if name.startswith("materialize --snapshot"):
            print(f"{label}{name} / run --out: {statistics.median(values) / base:.2f}")


def bench_duckdb(options: argparse.Namespace) -> None:
    if not options.db.exists():
        sys.exit(f"{options.db} is missing: python bench/gen_data.py --size large")
    with tempfile.TemporaryDirectory(dir=options.db.parent) as folder:
        work = Path(folder) / "work.duckdb"
        shutil.copyfile(options.db, work)
        report_times("", time_commands(work, Path(folder) / "members.parquet", options.runs))
        report_growth("DuckDB file", file_growth(work, options.snapshots, 100))


if __name__ == "__main__":
    raise SystemExit(main())
