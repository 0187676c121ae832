"""Benchmark ``segdsl report`` on the example project (issue 12: under 10 s for
5,000 customers and 12 history points on a 2-core machine).

A copy of examples/shop gets its demo database (``segdsl.demo``, 5,000 customers
by default); then ``python -m segdsl report --as-of ... --history 11 months --every
month --out ...`` runs as a subprocess (start-up, checking, every query, rendering
and writing included) N times, and the median, minimum and maximum wall time are
printed, with the page's size.  ``--history 11 months --every month`` gives 12
instants: the as-of and the 11 month-ends before it.

    python bench/bench_report.py [--customers 5000] [--runs 5] [--history 11]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from segdsl.demo import generate_shop_database  # noqa: E402

AS_OF = "2026-11-01T09:30:00Z"
GOAL_SECONDS = 10.0


def prepare(folder: Path, customers: int) -> Path:
    project = folder / "shop"
    shutil.copytree(ROOT / "examples" / "shop", project, ignore=shutil.ignore_patterns("data"))
    generate_shop_database(project / "data" / "shop.duckdb", customers=customers, seed=7,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    return project


def report_command(project: Path, out: Path, history: int) -> list[str]:
    command = [sys.executable, "-m", "segdsl", "report", "--project", str(project),
               "--as-of", AS_OF, "--out", str(out)]
    if history:
        command += ["--history", str(history), "months", "--every", "month"]
    return command


def time_once(command: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"segdsl report failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--history", type=int, default=11,
                        help="months of history (11 gives 12 instants; 0: none)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="segdsl-bench-report-") as scratch:
        folder = Path(scratch)
        project = prepare(folder, args.customers)
        out = folder / "report.html"
        command = report_command(project, out, args.history)
        time_once(command)  # warm-up: caches (the grammar table, the OS's file cache)
        times = [time_once(command) for _ in range(args.runs)]
        median = statistics.median(times)
        print(f"segdsl report, {args.customers:,} customers, "
              f"{args.history + 1 if args.history else 0} history instants, "
              f"{os.cpu_count()} CPUs, {args.runs} runs")
        print(f"  median {median:.2f} s   min {min(times):.2f} s   max {max(times):.2f} s")
        print(f"  page: {out.stat().st_size:,} bytes")
        print(f"  goal: under {GOAL_SECONDS:.0f} s: {'met' if median < GOAL_SECONDS else 'MISSED'}")
    return 0 if median < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
