"""Benchmark ``segdsl changes --all`` over two snapshots of a large history table.

A generated project (20 segments and one segmentation over one integer attribute)
and a DuckDB file with its customers table and ``segdsl_membership_history``
holding two snapshots of CUSTOMERS rows each, in the layout of docs/changes.md
(what ``materialize --snapshot`` writes); between the snapshots 1 % of the
customers get another score, so a few percent of the rows change.  The command is
run as a user runs it (a subprocess, CSV written with ``--out``), N times, for
both sources: the snapshots; the same snapshots with s01 new since the first
one (``--schema first_sync``: about 950,000 "entered" rows, a campaign tool's
first sync of a new audience); and evaluation (``--schema nowhere``: no history
table, so both instants are compiled and evaluated).  Prints the median wall
times, the median peak resident memory of the command's process (its maxrss, as
``/usr/bin/time -v`` reports it) and the number of change rows (evaluation reads
today's scores at both instants, so it finds none; the snapshots find the score
changes).  ``--reuse`` keeps a database already in ``--folder`` (generated for
the same ``--customers``) instead of generating it again.

    python bench/bench_changes.py [--customers 1000000] [--runs 3] [--folder DIR] [--reuse]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SEGMENTS = 20
T1 = "2026-10-01 00:00:00+00"
T2 = "2026-10-02 00:00:00+00"

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  score: integer
"""


def project_text() -> str:
    segments = "".join(f"segment s{k:02}\n  where score >= {k * 5}\n\n"
                       for k in range(1, SEGMENTS + 1))
    bands = "segmentation band\n  high: score >= 80\n  middle: score >= 40\n  low: otherwise\n"
    return segments + bands


def write_project(folder: Path) -> Path:
    project = folder / "project"
    (project / "segments").mkdir(parents=True, exist_ok=True)
    (project / "segdsl.yml").write_text("name: bench_changes\n", encoding="utf-8")
    (project / "schema.yml").write_text(SCHEMA, encoding="utf-8")
    (project / "segments" / "all.seg").write_text(project_text(), encoding="utf-8")
    return project


def snapshot_select(as_of: str, score: str, customers: int) -> str:
    columns = ", ".join(f"{score} >= {k * 5} AS s{k:02}" for k in range(1, SEGMENTS + 1))
    band = (f"CASE WHEN {score} >= 80 THEN 'high' WHEN {score} >= 40 THEN 'middle' "
            "ELSE 'low' END AS band")
    return (f"SELECT TIMESTAMPTZ '{as_of}' AS segdsl_as_of, 'C' || lpad(i::VARCHAR, 8, '0') "
            f"AS customer_id, {columns}, {band} FROM range({customers}) AS t(i)")


def write_database(path: Path, customers: int) -> None:
    before = "(hash(i) % 100)::INTEGER"
    after = f"(CASE WHEN i % 100 = 0 THEN ({before} + 37) % 100 ELSE {before} END)"
    connection = duckdb.connect(str(path))
    try:
        connection.execute("SET TimeZone = 'UTC'")
        connection.execute(f"CREATE TABLE customers AS SELECT 'C' || lpad(i::VARCHAR, 8, '0') "
                           f"AS customer_id, {after} AS score FROM range({customers}) AS t(i)")
        connection.execute("CREATE TABLE segdsl_membership_history AS "
                           + snapshot_select(T1, before, customers))
        connection.execute("INSERT INTO segdsl_membership_history "
                           + snapshot_select(T2, after, customers))
        # The same history in which s01 is new since the first snapshot (NULL
        # there): all its members entered, a first sync of ~95 % of the customers.
        connection.execute("CREATE SCHEMA first_sync")
        connection.execute("CREATE TABLE first_sync.segdsl_membership_history AS "
                           "SELECT * FROM segdsl_membership_history")
        connection.execute("UPDATE first_sync.segdsl_membership_history SET s01 = NULL "
                           f"WHERE segdsl_as_of = TIMESTAMPTZ '{T1}'")
    finally:
        connection.close()


def run_once(project: Path, database: Path, out: Path, *extra: str
             ) -> tuple[float, float, int, str]:
    """Wall seconds, peak resident MB of the process, change rows, the source line."""
    command = [sys.executable, "-m", "segdsl", "changes", "--project", str(project), "--db",
               str(database), "--all", "--from", "2026-10-01T12:00:00Z", "--to",
               "2026-10-02T12:00:00Z", "--out", str(out), *extra]
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        # wait4, not wait: the child's own rusage (RUSAGE_CHILDREN would be the
        # largest of all the runs so far).
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise SystemExit(f"changes failed: {stderr}")
    with out.open(encoding="utf-8") as stream:
        rows = sum(1 for _ in stream) - 1
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return elapsed, peak_mb, rows, stderr.splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--reuse", action="store_true",
                        help="keep the database already in --folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        project = write_project(folder)
        database = folder / "history.duckdb"
        if not (args.reuse and database.exists()):
            if database.exists():
                database.unlink()
            start = time.perf_counter()
            write_database(database, args.customers)
            print(f"generated {args.customers:,} customers x 2 snapshots in "
                  f"{time.perf_counter() - start:.1f} s")
        for label, extra in (("snapshots", ()), ("first sync", ("--schema", "first_sync")),
                             ("evaluation", ("--schema", "nowhere"))):
            times, peaks = [], []
            for _ in range(args.runs):
                elapsed, peak, rows, source = run_once(project, database,
                                                       folder / "changes.csv", *extra)
                times.append(elapsed)
                peaks.append(peak)
            print(f"{label:>10}: median {statistics.median(times):.2f} s over {args.runs} runs "
                  f"(min {min(times):.2f}), peak memory median "
                  f"{statistics.median(peaks):.0f} MB (max {max(peaks):.0f}), {rows:,} change "
                  f"rows; {source[:90]}...")


if __name__ == "__main__":
    main()
