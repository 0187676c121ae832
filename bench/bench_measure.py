"""Benchmark the measuring of ``segdsl report`` (``segdsl.analysis.compute.measure``).

On the example project (examples/shop) with ``segdsl demo`` data of N customers
(generated into a temporary copy of the project first), the median of R runs of
``measure`` with ``--history 11 months --every month`` (12 instants), each on a
fresh read-only connection; the time of each progress step of the last run too.
Drawing the page is not included (bench/bench_report.py times the command).

It imports whichever ``segdsl`` is first on the path, so two checkouts compare
side by side with ``PYTHONPATH=<checkout> python bench/bench_measure.py``.

    python bench/bench_measure.py [--customers 5000] [--runs 3] [--project DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from segdsl.analysis import compute
from segdsl.analysis.history import history_instants
from segdsl.check.usage import schema_read_by
from segdsl.compile.pipeline import default_names
from segdsl.engines.reader import open_reader
from segdsl.timeparse import format_instant
from segdsl.workspace import load_workspace

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "shop"


def _demo(customers: int) -> tuple[Path, dt.datetime]:
    """A copy of the example project with demo data; its data's last instant."""
    project = Path(tempfile.mkdtemp(prefix="segdsl-bench-measure-")) / "shop"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("data"))
    done = subprocess.run([sys.executable, "-m", "segdsl", "demo", "--project", str(project),
                           "--customers", str(customers)], check=True, capture_output=True,
                          text=True)
    # "next: segdsl run --project … --all --as-of <instant>"
    as_of = (done.stdout + done.stderr).split("--as-of")[-1].split()[0]
    return project, dt.datetime.fromisoformat(as_of.replace("Z", "+00:00"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    project, as_of = _demo(args.customers)
    workspace = load_workspace(project)
    checked = workspace.checked
    assert checked is not None and workspace.ok
    database = str(project / "data" / "shop.duckdb")
    instants = history_instants(as_of, 11, "months", "month")
    read = schema_read_by(checked, default_names(checked))
    totals: list[float] = []
    steps: list[tuple[float, str]] = []
    for _ in range(args.runs):
        marks: list[tuple[float, str]] = []

        def progress(step: str, marks: list[tuple[float, str]] = marks) -> None:
            marks.append((time.perf_counter(), step))
        with open_reader(database, checked.schema, read) as reader:
            start = time.perf_counter()
            compute.measure(reader, checked, project=str(project), database=database,
                            as_of=as_of, history=instants, sources=workspace.sources,
                            progress=progress)
            end = time.perf_counter()
        totals.append(end - start)
        marks.append((end, "end"))
        steps = [(after[0] - before[0], before[1]) for before, after in pairwise(marks)]
    print(f"{args.customers} customers, as-of {format_instant(as_of)}, 12 history instants")
    for seconds, step in steps:
        print(f"  {seconds:6.2f} s  {step}")
    print(f"measure: median {statistics.median(totals):.2f} s of {args.runs} "
          f"({', '.join(f'{t:.2f}' for t in totals)})")
    shutil.rmtree(project.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
