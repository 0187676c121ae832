"""A/B of ClickHouse's materialized CTEs on the batch query (docs/performance.md,
"ClickHouse with materialized CTEs").

``python bench/clickhouse_cte_ab.py --db bench/data/small.duckdb --runs 9``: the
batch of bench_batch.py compiled for ClickHouse once, run in one chdb process with
``enable_materialized_cte = 1`` (every CTE ``AS MATERIALIZED`` runs once) and
``= 0`` (ClickHouse ignores ``MATERIALIZED`` and inlines each CTE at every
reference), alternating, after checking both give the same counts; medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_batch
import engine_batch
from gen_data import AS_OF

ON, OFF = "enable_materialized_cte = 1", "enable_materialized_cte = 0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    checked = bench_batch.load_project()
    queries = bench_batch.build_queries(checked, [], bench_batch.REFERENCE)
    built = engine_batch.build(checked, "clickhouse", AS_OF,
                               list(queries.segments), queries.floor)
    on = built.timed["batch"][0]
    if ON not in on:
        sys.exit("the compiled batch does not enable materialized CTEs")
    variants = {"materialized": on, "inlined": on.replace(ON, OFF)}
    times: dict[str, list[float]] = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="segdsl-bench-") as tmp:
        runner = engine_batch.ClickHouseRunner(
            engine_batch.export_parquet(args.db, Path(tmp)), lambda line: None)
        try:
            results = {name: runner.rows(sql) for name, sql in variants.items()}
            if results["materialized"] != results["inlined"]:
                sys.exit(f"the two variants differ: {results}")
            for round_number in range(args.runs):
                order = list(variants.items())
                for name, sql in order if round_number % 2 == 0 else reversed(order):
                    start = time.perf_counter()
                    runner.rows(sql)
                    times[name].append(time.perf_counter() - start)
        finally:
            runner.close()
    for name, values in times.items():
        print(f"{name}: median {statistics.median(values):.3f} s "
              f"(min {min(values):.3f}, max {max(values):.3f})")
    ratio = statistics.median(times["inlined"]) / statistics.median(times["materialized"])
    print(f"inlined / materialized: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
