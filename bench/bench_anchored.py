"""The anchored-window part of the batch benchmark (bench/bench_batch.py): one segment
over windows anchored on each customer's own time (SPEC 11), compiled beside the
segments of bench/project and compared with the query an analyst would write.

The segment is kept here rather than in bench/project, so that the batch query of
bench/project, and the numbers docs/performance.md keeps for it, stay as they were.

    python bench/bench_anchored.py [--size small|large] [--runs 5] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from gen_data import AS_OF, SIZES, default_path, generate  # noqa: E402

from segdsl.check.checker import CheckedProject, check_project  # noqa: E402
from segdsl.compile.api import compile_membership  # noqa: E402
from segdsl.syntax.parser import parse_source  # noqa: E402

NAME = "quick_starters"
SEGMENT = f"""\
segment {NAME}
  title "Two orders in the first month, 100 spent on the first order's day"
  owner "bench"
  where count(purchase within 30 days after signup_at) >= 2
    and sum(purchase.amount within 1 day after first(purchase)) >= 100
"""

# The same membership as an analyst would write it in DuckDB for the as-of
# 2026-11-01 (naive UTC timestamps): the first order per customer, then one pass
# over the orders joined to the customer's sign-up time and first order, each
# anchored window a FILTER; customers without orders or sign-up time are not members.
REFERENCE = f"""\
WITH firsts AS (
    SELECT customer_id, min(ordered_at) AS first_at
    FROM shop.orders
    WHERE ordered_at < TIMESTAMP '2026-11-01'
    GROUP BY customer_id
),
anchored AS (
    SELECT
        o.customer_id,
        count(*) FILTER (o.ordered_at >= c.signup_at
                         AND o.ordered_at < c.signup_at + INTERVAL 30 DAY) AS first_month,
        coalesce(sum(o.amount) FILTER (o.ordered_at < f.first_at + INTERVAL 1 DAY), 0)
            AS first_day
    FROM shop.orders AS o
    JOIN firsts AS f ON f.customer_id = o.customer_id
    JOIN shop.customers AS c ON c.customer_id = o.customer_id
    WHERE o.ordered_at < TIMESTAMP '2026-11-01'
    GROUP BY o.customer_id
)
SELECT c.customer_id, coalesce(a.first_month >= 2 AND a.first_day >= 100, false) AS {NAME}
FROM shop.customers AS c
LEFT JOIN anchored AS a ON a.customer_id = c.customer_id
"""


def compiled(checked: CheckedProject) -> str:
    """The segment compiled against the bench project's schema."""
    project = check_project(checked.schema, [parse_source(SEGMENT, "anchored.seg")])
    if not project.ok:
        sys.exit(f"the anchored bench segment does not check: {project.diagnostics}")
    return compile_membership(project, "duckdb", AS_OF, [NAME])


def differences(con: duckdb.DuckDBPyConnection, batch: str) -> list[str]:
    """Members in one query and not in the other (empty when they agree)."""
    found = []
    members = {"compiled": f"SELECT customer_id FROM ({batch}) AS q WHERE {NAME}",
               "hand-written": f"SELECT customer_id FROM ({REFERENCE}) AS q WHERE {NAME}"}
    for a, b in (("compiled", "hand-written"), ("hand-written", "compiled")):
        extra = con.execute(f"SELECT count(*) FROM ({members[a]} EXCEPT {members[b]})"
                            ).fetchone()
        if extra and extra[0]:
            found.append(f"{NAME}: {extra[0]} members in {a} but not in {b}")
    return found


def timed(batch: str) -> dict[str, list[str]]:
    table = f"SELECT count(*), count_if({NAME}) FROM ({{}}) AS q"
    return {"compiled": [table.format(batch)], "hand-written": [table.format(REFERENCE)]}


def main(argv: list[str] | None = None) -> int:
    import bench_batch

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    database = default_path(args.size)
    if not database.exists():
        generate(database, SIZES[args.size])
    batch = compiled(bench_batch.load_project())
    con = bench_batch.connect(database, args.threads)
    problems = differences(con, batch)
    times = bench_batch.time_side_by_side(con, timed(batch), args.runs)
    members = con.execute(timed(batch)["compiled"][0]).fetchone()
    con.close()
    med = {name: statistics.median(values) for name, values in times.items()}
    print(f"size {args.size}, threads {args.threads}, median of {args.runs} runs; "
          f"members {members}")
    for name, value in med.items():
        print(f"  {name}: {value:.3f} s")
    print(f"  compiled / hand-written: {med['compiled'] / med['hand-written']:.2f}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
