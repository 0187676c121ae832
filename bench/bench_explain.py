"""Benchmark `segdsl explain` of every definition of examples/shop.

Goal: explaining (and, where the command exists, formatting) the whole example
project takes under 0.5 s wall, Python start-up included.  Three figures, each the
wall time of fresh processes (median, min and max of --runs runs):

* `segdsl explain --all --project examples/shop` (one process, every definition);
* `segdsl explain NAME` once per definition, one process each (what a script
  had to do before `--all`), summed per run;
* `segdsl fmt --check` in examples/shop, when this segdsl has a `fmt` command.

Then where one `explain --all` spends its time, in process: imports, loading and
checking the project, and writing the sentences.

    python bench/bench_explain.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

SHOP = Path(__file__).resolve().parents[1] / "examples" / "shop"
GOAL_S = 0.5


def segdsl() -> list[str]:
    """The command that runs segdsl: the installed script, else ``python -m segdsl``."""
    found = shutil.which("segdsl")
    return [found] if found else [sys.executable, "-m", "segdsl"]


def wall(command: list[str], cwd: Path | None = None, ok: tuple[int, ...] = (0,)) -> float:
    """Wall time of one run of ``command``; exits if its status is not in ``ok``."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False, cwd=cwd)
    elapsed = time.perf_counter() - start
    if done.returncode not in ok:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr.decode()}")
    return elapsed


def definition_names(project: Path) -> list[str]:
    """Every definition of ``project``, as `segdsl list --format json` lists them."""
    listed = subprocess.run([*segdsl(), "list", "--project", str(project), "--format", "json"],
                            capture_output=True, text=True, check=True).stdout
    return [entry["name"] for entry in json.loads(listed)]


def has_command(name: str) -> bool:
    """Whether this segdsl has the command ``name``."""
    done = subprocess.run([*segdsl(), name, "--help"], capture_output=True, check=False)
    return done.returncode == 0


def phases(project: Path) -> dict[str, float]:
    """Where one `explain --all` spends its time, in a fresh interpreter (s)."""
    script = (
        "import time, pathlib\n"
        "t0 = time.perf_counter()\n"
        "from segdsl.workspace import load_workspace\n"
        "from segdsl.explain import explain\n"
        "t1 = time.perf_counter()\n"
        f"ws = load_workspace(pathlib.Path({str(project)!r}))\n"
        "assert ws.ok and ws.checked is not None\n"
        "t2 = time.perf_counter()\n"
        "text = [explain(ws.checked, d.name, 'en') for f in ws.files for d in f.declarations]\n"
        "t3 = time.perf_counter()\n"
        "print(t1 - t0, t2 - t1, t3 - t2)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    return dict(zip(("imports", "load + check", "explain every definition"),
                    map(float, out), strict=True))


def summary(label: str, times: list[float], goal: float | None) -> str:
    median = statistics.median(times)
    verdict = "-" if goal is None else ("yes" if median <= goal else "NO")
    return (f"| {label} | {median:.3f} | {min(times):.3f} | {max(times):.3f} | "
            f"{goal if goal is not None else '-'} | {verdict} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    names = definition_names(SHOP)
    explain_all = [*segdsl(), "explain", "--all", "--project", str(SHOP)]
    wall(explain_all)  # warm the parser cache and the file system cache
    rows = [summary(f"explain --all ({len(names)} definitions, one process)",
                    [wall(explain_all) for _ in range(args.runs)], GOAL_S)]
    loop = [sum(wall([*segdsl(), "explain", "--project", str(SHOP), name]) for name in names)
            for _ in range(max(1, args.runs // 3))]
    rows.append(summary(f"explain NAME, one process per definition ({len(names)})", loop,
                        None))
    if has_command("fmt"):
        fmt = [*segdsl(), "fmt", "--check"]
        wall(fmt, SHOP, ok=(0, 1))
        rows.append(summary("fmt --check (whole project)",
                            [wall(fmt, SHOP, ok=(0, 1)) for _ in range(args.runs)], GOAL_S))
    else:
        rows.append("| fmt --check | (this segdsl has no fmt command) | | | | |")
    print(f"runs: {args.runs} (the per-definition loop: {max(1, args.runs // 3)})\n")
    print("| command | median s | min s | max s | goal s | within goal |")
    print("|:---|---:|---:|---:|---:|:---:|")
    print("\n".join(rows))
    split = phases(SHOP)
    print("\nphases of one explain --all, in process (s):\n")
    print("| " + " | ".join(split) + " |")
    print("|" + "---:|" * len(split))
    print("| " + " | ".join(f"{value:.3f}" for value in split.values()) + " |")


if __name__ == "__main__":
    main()
