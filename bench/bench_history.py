"""Benchmark the two ways ``segdsl report --history`` measures sizes over time.

On the data of bench/gen_data.py (generated first if the file is missing) and the
bench project (bench/project), in one process and one read-only DuckDB
connection, side by side (the order alternates from run to run), the median of N
runs of:

* **per_instant**: one aggregate query per instant
  (``segdsl.analysis.history.history_per_instant``);
* **batched**: one statement, the per-instant aggregates joined by ``UNION ALL``
  (``history_batched``).

Both return the sizes of every segment and label at every instant; the script
checks they are equal before printing the timings (exit 1 if not).

    python bench/bench_history.py [--size small|large] [--runs 3]
                                  [--history "6 months"] [--every month] [--db FILE]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from gen_data import AS_OF, SIZES, default_path, generate  # noqa: E402

from segdsl.analysis.history import (  # noqa: E402
    STRATEGIES,
    history_instants,
    measure_history,
)
from segdsl.check.usage import schema_read_by  # noqa: E402
from segdsl.compile.pipeline import default_names  # noqa: E402
from segdsl.engines.reader import open_reader  # noqa: E402
from segdsl.workspace import load_workspace  # noqa: E402

PROJECT = HERE / "project"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--history", default="6 months", help='"N UNIT" (default: 6 months)')
    parser.add_argument("--every", default="month")
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()

    database = args.db or default_path(args.size)
    if not database.exists():
        print(f"generating {database} ...", file=sys.stderr)
        generate(database, SIZES[args.size])
    workspace = load_workspace(PROJECT)
    checked = workspace.checked
    assert checked is not None and workspace.ok, workspace.diagnostics
    count, unit = args.history.split()
    instants = history_instants(AS_OF, int(count), unit, args.every)
    read = schema_read_by(checked, default_names(checked))
    print(f"{database.name}: {len(checked.segments)} segments, "
          f"{len(checked.segmentations)} segmentations, {len(instants)} instants "
          f"(--history {args.history} --every {args.every}), {args.runs} runs")

    times: dict[str, list[float]] = {strategy: [] for strategy in STRATEGIES}
    results: dict[str, object] = {}
    with open_reader(str(database), checked.schema, read) as reader:
        for run in range(args.runs):
            order = STRATEGIES if run % 2 == 0 else tuple(reversed(STRATEGIES))
            for strategy in order:
                start = time.perf_counter()
                results[strategy] = measure_history(reader, checked, instants, strategy)
                times[strategy].append(time.perf_counter() - start)
                print(f"  run {run + 1} {strategy}: {times[strategy][-1]:.2f} s", flush=True)

    medians = {strategy: statistics.median(found) for strategy, found in times.items()}
    print()
    print("| strategy | median (s) | per instant (s) |")
    print("|---|---|---|")
    for strategy, median in medians.items():
        print(f"| {strategy} | {median:.2f} | {median / len(instants):.2f} |")
    ratio = medians["per_instant"] / medians["batched"]
    print(f"\nper_instant / batched = {ratio:.2f}")
    if results["per_instant"] != results["batched"]:
        print("MISMATCH: the two strategies give different sizes", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
