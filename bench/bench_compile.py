"""Benchmark `segdsl compile --all` in process: the membership query of every
definition of a generated project (bench/gen_project.py), for 1,000 and 5,000
segments.

Per size, the median, minimum and maximum of N runs of ``compile_membership`` (all
definitions, DuckDB, a fixed as-of), which is what ``compile --all`` does after
loading the project; loading and checking are not timed (bench/bench_check.py
measures them).  Also the split of one run between building the sqlglot expression
(``membership_expression``) and rendering it to text.

    python bench/bench_compile.py [--runs 5] [--sizes 1000,5000] [--dialect duckdb]

Goals (issue 14): 1,000 segments < 0.5 s, 5,000 segments < 2.5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from gen_project import generate  # noqa: E402

from segdsl.check.checker import CheckedProject  # noqa: E402
from segdsl.compile.api import (  # noqa: E402
    compile_membership,
    membership_expression,
    render_sql,
    with_deep_stack,
)
from segdsl.workspace import load_workspace  # noqa: E402

GOALS = {1000: 0.5, 5000: 2.5}
AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def load(project: Path) -> CheckedProject:
    """The checked project, or exit when it does not check clean."""
    workspace = load_workspace(project)
    if workspace.checked is None or not workspace.ok:
        sys.exit(f"{project} does not check clean")
    return workspace.checked


def time_compile(checked: CheckedProject, dialect: str, runs: int) -> list[float]:
    """Wall times of ``runs`` calls of ``compile_membership`` (all definitions)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        compile_membership(checked, dialect, AS_OF)
        times.append(time.perf_counter() - start)
    return times


def split(checked: CheckedProject, dialect: str) -> tuple[float, float]:
    """Seconds spent building the expression and rendering it, in one run."""
    start = time.perf_counter()
    expression = with_deep_stack(lambda: membership_expression(checked, dialect, AS_OF))
    built = time.perf_counter()
    with_deep_stack(lambda: render_sql(expression, dialect))
    return built - start, time.perf_counter() - built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--dialect", default="duckdb")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"| segments | definitions | median s | min s | max s | build s | render s "
          f"| goal s | within goal |  ({args.dialect}, median of {args.runs})")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            checked = load(generate(Path(tmp) / f"p{size}", size))
            definitions = len(checked.segments) + len(checked.segmentations) + len(
                checked.metrics)
            time_compile(checked, args.dialect, 1)  # warm-up
            times = time_compile(checked, args.dialect, args.runs)
            build, render = split(checked, args.dialect)
            median = statistics.median(times)
            goal = GOALS.get(size)
            shown = "" if goal is None else f"{goal:.1f}"
            met = "" if goal is None else ("yes" if median < goal else "NO")
            print(f"| {size:,} | {definitions:,} | {median:.3f} | {min(times):.3f} | "
                  f"{max(times):.3f} | {build:.3f} | {render:.3f} | {shown} | {met} |")


if __name__ == "__main__":
    main()
