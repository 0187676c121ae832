"""Benchmark `segdsl check`: wall time of the whole command, Python start-up included.

Generates projects of 10 and 1,000 segments (bench/gen_project.py), runs
`segdsl check` on each several times as a fresh process, and prints the median,
minimum and maximum, side by side in one run, plus an in-process breakdown of one
run's phases (imports, parsing, checking).

Two figures per size, because `check` keeps two things in the user's cache folder
($XDG_CACHE_HOME/segdsl): Lark's built grammar and the parser's tables
(segdsl/syntax/lalr.py), both made once per grammar, segdsl and Lark version:

* warm: the cache folder is filled (every run after the first) -- the figure the
  goals are about;
* cold: every run gets a new, empty cache folder, as the very first run after an
  installation or an upgrade does.

Parsed files are not cached: each run parses every file.

    python bench/bench_check.py [--runs 9]

Goals (issue 2 / issue 5): <= 0.4 s for 10 segments, <= 1.5 s for 1,000 segments.
"""

from __future__ import annotations

import argparse
import os
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


def _env(cache: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    return env


def time_command(command: list[str], runs: int, cold_in: Path | None = None) -> list[float]:
    """Wall times of RUNS runs; with COLD_IN, each run gets a new empty cache folder."""
    times = []
    for run in range(runs):
        cache = None if cold_in is None else Path(tempfile.mkdtemp(dir=cold_in, prefix=f"{run}-"))
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False, env=_env(cache))
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return times


def phases(project: Path) -> dict[str, float]:
    """Where the time goes inside one warm check (a fresh interpreter)."""
    script = (
        "import time, pathlib\n"
        "t0 = time.perf_counter()\n"
        "from segdsl.workspace import load_workspace\n"
        "from segdsl.syntax import lalr\n"
        "lalr.parser()\n"
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
        "assert not any(f.diagnostics for f in files)\n"
        "print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    return dict(zip(("imports + parser tables", "project + schema", "parse", "check"),
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
            time_command(command, 1)  # fill the cache folder and the file system cache
            warm = time_command(command, args.runs)
            cold_root = Path(tmp) / f"cold{size}"
            cold_root.mkdir()
            cold = time_command(command, args.runs, cold_in=cold_root)
            rows.append((size, warm, cold, phases(project)))
        baseline = statistics.median(time_command([sys.executable, "-c", "pass"], args.runs))
    print(f"python start-up alone: {baseline:.3f} s (median of {args.runs})")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set, so segdsl's own modules are compiled "
              "from source in every run (an installed wheel has them compiled)")
    print()
    print("| segments | cache | median s | min s | max s | goal s | within goal |")
    print("|---:|:---|---:|---:|---:|---:|:---:|")
    for size, warm, cold, _ in rows:
        for label, times in (("warm", warm), ("cold", cold)):
            median = statistics.median(times)
            ok = ("yes" if median <= GOALS[size] else "NO") if label == "warm" else "-"
            print(f"| {size} | {label} | {median:.3f} | {min(times):.3f} | {max(times):.3f} "
                  f"| {GOALS[size]} | {ok} |")
    print("\nphases of one warm run (s):\n")
    names = list(rows[0][3])
    print("| segments | " + " | ".join(names) + " |")
    print("|---:|" + "---:|" * len(names))
    for size, *_, split in rows:
        print(f"| {size} | " + " | ".join(f"{split[n]:.3f}" for n in names) + " |")


if __name__ == "__main__":
    main()
