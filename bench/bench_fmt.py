"""Benchmark `segdsl fmt --check`: wall time of the whole command, Python start-up
included, over the example project (examples/shop, 8 files, 19 definitions), and
over a generated project of 1,000 segments (bench/gen_project.py) for scale.

Each run is a fresh process in the project's folder with a warm cache folder (the
parser's tables, made once per grammar and segdsl version; see bench_check.py).

    python bench/bench_fmt.py [--runs 9]

Goal (issue 13): under 0.5 s for examples/shop.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_project import generate

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "shop"
GOAL = 0.5


def _segdsl() -> list[str]:
    found = shutil.which("segdsl")
    return [found] if found else [sys.executable, "-m", "segdsl"]


def time_fmt(project: Path, runs: int) -> list[float]:
    """Wall times of ``segdsl fmt --check`` in ``project``; the first run (which
    may fill the cache folder) is not counted."""
    command = [*_segdsl(), "fmt", "--check"]
    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=project, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode not in (0, 1):
            sys.exit(f"segdsl fmt --check failed in {project}:\n{done.stderr.decode()}")
        if run:
            times.append(elapsed)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        example = Path(tmp) / "shop"
        shutil.copytree(EXAMPLE, example, ignore=shutil.ignore_patterns("data"))
        rows = [("examples/shop (8 files)", time_fmt(example, args.runs), GOAL)]
        big = generate(Path(tmp) / "p1000", 1000)
        files = len(list((big / "segments").rglob("*.seg")))
        rows.append((f"1,000 segments ({files} files)", time_fmt(big, args.runs), None))
    print(f"segdsl fmt --check, wall time of the whole process, {args.runs} runs\n")
    print("| project | median s | min s | max s | goal s | within goal |")
    print("|:---|---:|---:|---:|---:|:---:|")
    for name, times, goal in rows:
        median = statistics.median(times)
        verdict = "-" if goal is None else ("yes" if median <= goal else "NO")
        print(f"| {name} | {median:.3f} | {min(times):.3f} | {max(times):.3f} "
              f"| {goal if goal is not None else '-'} | {verdict} |")


if __name__ == "__main__":
    main()
