"""Benchmark `segdsl check`: wall time of the whole command, Python start-up included.

Generates projects of 10 and 1,000 segments (bench/gen_project.py), runs
`segdsl check` on each several times as a fresh process, and prints the median,
minimum and maximum, side by side in one run, plus an in-process breakdown of the
median run's phases (imports, parsing, checking).

    python bench/bench_check.py [--runs 9]

Goals (issue 2 / issue 5): <= 0.4 s for 10 segments, <= 1.5 s for 1,000 segments.
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

SIZES = (10, 1000)
GOALS = {10: 0.4, 1000: 1.5}


def _segdsl() -> list[str]:
    found = shutil.which("segdsl")
    return [found] if found else [sys.executable, "-m", "segdsl"]


def time_command(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return times


def phases(project: Path) -> dict[str, float]:
    """Where the time goes inside one check (a fresh interpreter per measurement)."""
    script = (
        "import time, pathlib\n"
        "t0 = time.perf_counter()\n"
        "from segdsl.workspace import load_workspace\n"
        "from segdsl.syntax.grammar import parser\n"
        "parser()\n"
        "t1 = time.perf_counter()\n"
        "from segdsl.project import config\n"
        "from segdsl.syntax.parser import parse_file\n"
        "from segdsl.check.checker import check_project\n"
        "from segdsl.project.schema_loader import load_schema\n"
        f"root = pathlib.Path({str(project)!r})\n"
        "cfg, _ = config.load_config(root)\n"
        "schema, _ = load_schema(cfg.schema_path, 'schema.yml')\n"
        "t2 = time.perf_counter()\n"
        "files = [parse_file(p, str(p)) for p in config.segment_files(cfg)]\n"
        "t3 = time.perf_counter()\n"
        "result = check_project(schema, files)\n"
        "t4 = time.perf_counter()\n"
        "assert not result.diagnostics, result.diagnostics[:3]\n"
        "print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    return dict(zip(("imports + parser load", "project + schema", "parse", "check"),
                    map(float, out), strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for size in SIZES:
            project = generate(Path(tmp) / f"p{size}", size)
            command = [*_segdsl(), "check", "--project", str(project)]
            time_command(command, 1)  # warm the grammar cache and the file system cache
            times = time_command(command, args.runs)
            rows.append((size, statistics.median(times), min(times), max(times),
                         phases(project)))
        baseline = statistics.median(time_command([sys.executable, "-c", "pass"], args.runs))
    print(f"python start-up alone: {baseline:.3f} s (median of {args.runs})\n")
    print("| segments | median s | min s | max s | goal s | within goal |")
    print("|---:|---:|---:|---:|---:|:---:|")
    for size, median, low, high, _ in rows:
        ok = "yes" if median <= GOALS[size] else "NO"
        print(f"| {size} | {median:.3f} | {low:.3f} | {high:.3f} | {GOALS[size]} | {ok} |")
    print("\nphases of one run (s):\n")
    names = list(rows[0][4])
    print("| segments | " + " | ".join(names) + " |")
    print("|---:|" + "---:|" * len(names))
    for size, *_, split in rows:
        print(f"| {size} | " + " | ".join(f"{split[n]:.3f}" for n in names) + " |")


if __name__ == "__main__":
    main()
