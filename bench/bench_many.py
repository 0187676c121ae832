"""Benchmark the membership query of a many-segment project on DuckDB.

bench/bench_batch.py times the fourteen hand-checked segments of bench/project; this
times the query ``segdsl compile --all`` writes for a project of N segments made
by bench/gen_project.py (the example shop's definitions copied with suffixed
names: 1,000 segments give about 1,400 columns and a hundred rankings), on the
data of bench/gen_data.py.  It is what issue 14's "ranking over wide rows" was
measured with.

Queries compiled by another version of the compiler can be timed beside the
current one: save one with ``--write-sql FILE`` (run from that version's tree),
then pass it with ``--compare FILE``.  Every query is run side by side (the order
rotates from run to run) and wrapped as ``SELECT count(*), count_if(seg1), ...``,
so all columns are computed but no rows travel to Python.  Before timing, each
compared query must give the same rows as the current one (compared in DuckDB,
``EXCEPT`` both ways); if not the script exits with status 1.

    python bench/bench_many.py --db FILE [--segments 1000 | --project DIR] [--runs 3]
                               [--threads N]
                               [--write-sql FILE] [--compare FILE ...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from bench_batch import _quote, connect  # noqa: E402
from gen_data import AS_OF  # noqa: E402
from gen_project import generate  # noqa: E402

from segdsl.compile.api import compile_membership  # noqa: E402
from segdsl.workspace import load_workspace  # noqa: E402


def compile_project(segments: int, project: Path | None = None) -> tuple[list[str], str]:
    """The segment names and the membership query of ``project``, or of a
    generated project of ``segments`` segments."""
    with tempfile.TemporaryDirectory() as tmp:
        workspace = load_workspace(project or generate(Path(tmp) / "project", segments))
        if workspace.checked is None or not workspace.ok:
            sys.exit("the generated project does not check clean")
        checked = workspace.checked
        names = list(checked.segments)
        return names, compile_membership(checked, "duckdb", AS_OF, names)


def same_rows(con: duckdb.DuckDBPyConnection, left: str, right: str) -> bool:
    con.execute(f"CREATE OR REPLACE TEMP TABLE bench_left AS {left}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE bench_right AS {right}")
    try:
        for a, b in (("bench_left", "bench_right"), ("bench_right", "bench_left")):
            row = con.execute(
                f"SELECT count(*) FROM (SELECT * FROM {a} EXCEPT ALL SELECT * FROM {b})"
            ).fetchone()
            if row is None or row[0]:
                return False
        return True
    finally:
        con.execute("DROP TABLE IF EXISTS bench_left")
        con.execute("DROP TABLE IF EXISTS bench_right")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="bench/gen_data.py output")
    parser.add_argument("--segments", type=int, default=1000)
    parser.add_argument("--project", type=Path,
                        help="time this project's query instead (e.g. bench/project)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--write-sql", type=Path, help="save the current query and stop")
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="a saved query to time beside the current one")
    args = parser.parse_args()

    start = time.perf_counter()
    names, current = compile_project(args.segments, args.project)
    print(f"compiled {len(names)} segments in {time.perf_counter() - start:.1f} s")
    if args.write_sql:
        args.write_sql.write_text(current, encoding="utf-8")
        print(f"wrote {args.write_sql}")
        return 0
    queries = {"current": current}
    queries.update({path.name: path.read_text(encoding="utf-8") for path in args.compare})

    con = connect(args.db, args.threads)
    con.execute("SET TimeZone = 'UTC'")
    for name, sql in queries.items():
        if name != "current" and not same_rows(con, current, sql):
            print(f"{name} gives other rows than the current query")
            return 1
    counts = ", ".join(f"count_if({_quote(s)})" for s in names)
    wrapped = {name: f"SELECT count(*), {counts} FROM ({sql}) AS q"
               for name, sql in queries.items()}
    order = list(wrapped)
    times: dict[str, list[float]] = {name: [] for name in order}
    for round_ in range(args.runs):
        shift = round_ % len(order)
        for name in order[shift:] + order[:shift]:
            began = time.perf_counter()
            con.execute(wrapped[name]).fetchall()
            times[name].append(time.perf_counter() - began)
            print(f"  run {round_ + 1} {name}: {times[name][-1]:.2f} s", flush=True)
    for name in order:
        runs = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"{name}: median {statistics.median(times[name]):.2f} s ({runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
