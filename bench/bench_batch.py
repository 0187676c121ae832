"""Benchmark batch evaluation: the membership of fourteen segments in one query.

On the data of bench/gen_data.py (generated first if the file is missing), in one
process and one DuckDB connection, side by side (the order of the queries rotates
from run to run), the median of N runs of:

* **batch**: ``compile_membership(checked, "duckdb", as_of, the 14 segments)``, the
  query ``segdsl compile --all`` builds;
* **hand-written**: bench/reference.sql, the same fourteen columns as an analyst
  would write them in DuckDB;
* **separate**: ``compile_segment`` for each of the fourteen, run one after another;
* **scan floor**: each event table grouped by key with one count and nothing else,
  joined to the customers (the least any membership query must do);

plus ``python -m segdsl check`` and ``compile --all`` on the bench project as
subprocesses (start-up included), and the peak memory of each query, measured once
per query in a fresh subprocess (see ``peak_memory``).

Before timing anything it checks that batch, separate and hand-written give the
same members for every segment; if not it prints the differing members and exits
with status 1 (after the timings, which are still printed).

    python bench/bench_batch.py [--size small|large] [--runs 5] [--threads N]
                                [--db FILE] [--profile] [--skip-memory]
                                [--only SEGMENT,SEGMENT] [--reference FILE]
                                [--engine duckdb|clickhouse|spark]

``--engine clickhouse`` or ``spark`` measures batch, separate and scan floor on
that engine instead (bench/engine_batch.py: the same data, loaded from the DuckDB
file; no hand-written query, memory or subprocess timings there), after checking
its member counts against DuckDB's batch on the same file.

At the end, segments kept apart from bench/project, each against its own
hand-written query: anchored windows (bench_anchored.py) and the second edition's
lists, ``ignoring case``, percentages, static lists and ``restarted``
(bench_edition2.py).

``--only`` measures some of the segments: the batch query of just those against
the hand-written query's columns of just those, best from a hand-written file of
only those (``--reference``; DuckDB does not drop the rest of bench/reference.sql),
e.g. ``--only weekly_buyers,stopped_openers --reference
bench/reference_regularity.sql`` for regularity and lifecycle.

Every timed query is wrapped as ``SELECT count(*), count_if(seg1), ... FROM (q)``
(separate: ``SELECT count(*) FROM (q)``), so all columns are computed but no rows
travel to Python.  Goals (issue 5): batch <= 1.2 x hand-written and <= 3 x the
scan floor; separate >= 3 x batch.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
import engine_batch  # noqa: E402
from gen_data import AS_OF, AS_OF_TEXT, SIZES, default_path, generate  # noqa: E402

from segdsl.check.checker import CheckedProject  # noqa: E402
from segdsl.compile.api import compile_membership, compile_segment  # noqa: E402
from segdsl.workspace import load_workspace  # noqa: E402

PROJECT = HERE / "project"
REFERENCE = HERE / "reference.sql"
GOALS = {"batch / hand-written": ("<=", 1.2), "batch / scan floor": ("<=", 3.0),
         "separate / batch": (">=", 3.0)}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Queries:
    """The SQL of every measured query, unwrapped."""

    segments: tuple[str, ...]
    entity_table: str
    key: str
    batch: str
    reference: str
    separate: dict[str, str]
    floor: str

    def timed(self) -> dict[str, list[str]]:
        """Name -> the statements one measurement runs (wrapped, see the module doc)."""
        counts = ", ".join(f"count_if({_quote(s)})" for s in self.segments)
        table = f"SELECT count(*), {counts} FROM ({{}}) AS q"
        return {
            "batch": [table.format(self.batch)],
            "hand-written": [table.format(self.reference)],
            "separate": [f"SELECT count(*) FROM ({sql}) AS q" for sql in self.separate.values()],
            "scan floor": [self.floor],
        }


def load_project() -> CheckedProject:
    workspace = load_workspace(PROJECT)
    if workspace.checked is None or not workspace.ok:
        sys.exit(f"{PROJECT} does not check clean: run segdsl check --project {PROJECT}")
    return workspace.checked


def scan_floor(checked: CheckedProject) -> str:
    """Each event table the schema names grouped by its key with one count, left
    joined to the entity table: reading everything once and grouping it."""
    schema = checked.schema
    tables = sorted({(e.table, e.key) for e in schema.events.values()})
    joins = []
    sums = []
    for index, (table, key) in enumerate(tables):
        alias = f"t{index}"
        joins.append(f"LEFT JOIN (SELECT {_quote(key)} AS k, count(*) AS n FROM {table} "
                     f"GROUP BY {_quote(key)}) AS {alias} ON {alias}.k = c.{_quote(schema.key)}")
        sums.append(f"sum({alias}.n)")
    return (f"SELECT count(*), {', '.join(sums)} FROM {schema.table} AS c\n"
            + "\n".join(joins))


def build_queries(checked: CheckedProject, only: Sequence[str] = (),
                  hand_written: Path = REFERENCE) -> Queries:
    segments = tuple(only) or tuple(checked.segments)
    unknown = sorted(set(segments) - set(checked.segments))
    if unknown:
        sys.exit(f"not segments of {PROJECT}: {', '.join(unknown)}")
    reference = hand_written.read_text(encoding="utf-8").strip().rstrip(";")
    if "TIMESTAMP '2026-11-01'" not in reference or AS_OF_TEXT != "2026-11-01T00:00:00Z":
        sys.exit(f"{hand_written} is written for the as-of {AS_OF_TEXT}; keep them in step")
    if only:
        columns = ", ".join(_quote(c) for c in (checked.schema.key, *segments))
        reference = f"SELECT {columns} FROM ({reference}) AS r"
    return Queries(
        segments=segments,
        entity_table=checked.schema.table,
        key=checked.schema.key,
        batch=compile_membership(checked, "duckdb", AS_OF, list(segments)),
        reference=reference,
        separate={name: compile_segment(checked, name, "duckdb", AS_OF) for name in segments},
        floor=scan_floor(checked),
    )


def connect(database: Path, threads: int) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(database), read_only=True)
    con.execute("SET enable_progress_bar = false")  # (it is a per-connection setting)
    con.execute(f"SET threads = {int(threads)}")
    con.execute("SET TimeZone = 'UTC'")
    return con


# --------------------------------------------------------------------------------
# Equality: batch == separate == hand-written, member by member
# --------------------------------------------------------------------------------


def compare_members(con: duckdb.DuckDBPyConnection, queries: Queries,
                    shown: int = 10) -> list[str]:
    """Problems found (empty when the three agree on every segment's members).

    Results are kept in temporary tables and compared in DuckDB, so a million rows
    never travel to Python.
    """
    key = _quote(queries.key)
    con.execute(f"CREATE OR REPLACE TEMP TABLE bench_batch AS {queries.batch}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE bench_reference AS {queries.reference}")
    problems = []
    customers = _scalar(con, f"SELECT count(*) FROM {queries.entity_table}")
    for table in ("bench_batch", "bench_reference"):
        rows, keys = _row(con, f"SELECT count(*), count(DISTINCT {key}) FROM {table}")
        if not rows == keys == customers:
            problems.append(f"{table}: {rows} rows, {keys} keys, but {customers} customers")
    for name in queries.segments:
        column = _quote(name)
        con.execute(f"CREATE OR REPLACE TEMP TABLE bench_separate AS {queries.separate[name]}")
        duplicates = _scalar(con, f"SELECT count(*) - count(DISTINCT {key}) FROM bench_separate")
        if duplicates:
            problems.append(f"{name}: separate query returns {duplicates} duplicate keys")
        members = {
            "batch": f"SELECT {key} FROM bench_batch WHERE {column}",
            "hand-written": f"SELECT {key} FROM bench_reference WHERE {column}",
            "separate": f"SELECT {key} FROM bench_separate",
        }
        for left, right in (("batch", "hand-written"), ("batch", "separate")):
            for a, b in ((left, right), (right, left)):
                extra = [r[0] for r in con.execute(
                    f"SELECT * FROM ({members[a]} EXCEPT {members[b]}) ORDER BY 1").fetchall()]
                if extra:
                    sample = ", ".join(map(str, extra[:shown]))
                    more = f" and {len(extra) - shown} more" if len(extra) > shown else ""
                    problems.append(f"{name}: {len(extra)} members in {a} but not in {b}: "
                                    f"{sample}{more}")
    for table in ("bench_batch", "bench_reference", "bench_separate"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return problems


def member_counts(con: duckdb.DuckDBPyConnection, queries: Queries) -> tuple[int, ...]:
    row = con.execute(queries.timed()["batch"][0]).fetchone()
    assert row is not None
    return tuple(int(v) for v in row)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0


def _row(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[int, int]:
    row = con.execute(sql).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


# --------------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------------


def run_statements(con: duckdb.DuckDBPyConnection, statements: Sequence[str]) -> float:
    start = time.perf_counter()
    for sql in statements:
        con.execute(sql).fetchall()
    return time.perf_counter() - start


def time_side_by_side(con: duckdb.DuckDBPyConnection, timed: dict[str, list[str]],
                      runs: int) -> dict[str, list[float]]:
    """:func:`time_rounds` of the statements on one DuckDB connection."""
    return time_rounds(lambda statements: run_statements(con, statements), timed, runs)


def time_rounds(run: Callable[[Sequence[str]], float], timed: dict[str, list[str]],
                runs: int) -> dict[str, list[float]]:
    """One untimed warm-up round, then ``runs`` rounds; each round runs every query
    once (``run`` returns its seconds), starting one further along the list each
    round.  Shared by the benches of other engines (bench_postgres.py)."""
    names = list(timed)
    for name in names:
        run(timed[name])
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(runs):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(run(timed[name]))
    return times


def time_command(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return times


# --------------------------------------------------------------------------------
# Memory: one fresh process per query
# --------------------------------------------------------------------------------

_CHILD = r"""
import json, resource, sys, duckdb

def peak_kb():
    # VmHWM: the peak resident set of this process image.  ru_maxrss is no good
    # here: Linux carries the parent's peak over into a child across fork and exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

database, threads, statements_file, profile_file, result_file = sys.argv[1:6]
statements = json.load(open(statements_file))
# No progress bar: DuckDB 2.x draws it on stdout for long queries, even when stdout
# is a pipe (the result goes to its own file anyway, see peak_memory).
con = duckdb.connect(database, read_only=True)
con.execute("SET enable_progress_bar = false")
con.execute(f"SET threads = {int(threads)}")
con.execute("SET TimeZone = 'UTC'")
con.execute("SELECT 1").fetchall()
idle = peak_kb()
buffer = None
try:
    # (DuckDB prints the profile of the second PRAGMA itself to stdout)
    con.execute("PRAGMA enable_profiling = 'json'")
    con.execute(f"PRAGMA profiling_output = '{profile_file}'")
except duckdb.Error:
    pass
for sql in statements:
    con.execute(sql).fetchall()
    try:
        with open(profile_file) as handle:
            peak = json.load(handle).get("system", {}).get("peak_buffer_memory")
        if isinstance(peak, int):
            buffer = max(buffer or 0, peak)
    except (OSError, ValueError):
        pass
peak_rss = peak_kb()
with open(result_file, "w") as result:
    json.dump({"idle_kb": idle, "peak_kb": peak_rss, "buffer_bytes": buffer}, result)
"""


@dataclass(frozen=True)
class Memory:
    peak_mb: float  # peak resident set size of the process (VmHWM)
    idle_mb: float  # the same after connecting, before the query
    buffer_mb: float | None  # DuckDB's own peak buffer memory (profiling), if reported


def peak_memory(database: Path, threads: int, statements: Sequence[str]) -> Memory:
    """Run ``statements`` once in a fresh Python process and read its peak RSS
    (``VmHWM`` of /proc/self/status, else ``ru_maxrss``) at the end and before the
    first query, plus DuckDB's ``peak_buffer_memory`` from its JSON profile where
    this DuckDB version reports it (the largest over the statements).  RSS includes
    Python, DuckDB's code and the column data DuckDB caches while reading."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "statements.json"
        listing.write_text(json.dumps(list(statements)), encoding="utf-8")
        result = Path(tmp) / "result.json"
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(database), str(threads), str(listing),
             str(Path(tmp) / "profile.json"), str(result)],
            capture_output=True, text=True, check=False)
        # The result comes in its own file, not on stdout: DuckDB writes to stdout
        # itself (the profile of a PRAGMA, a progress bar in some versions), and
        # text glued to a JSON line once lost every figure of a run.
        try:
            found = json.loads(result.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            sys.exit(f"memory measurement failed (exit status {done.returncode}, "
                     f"{error}):\n{done.stderr}")
    if done.returncode != 0:
        sys.exit(f"memory measurement failed:\n{done.stderr}")
    buffer = found["buffer_bytes"]
    return Memory(found["peak_kb"] / 1024, found["idle_kb"] / 1024,
                  None if buffer is None else buffer / 2**20)


# --------------------------------------------------------------------------------
# Where the batch query's time goes
# --------------------------------------------------------------------------------


def profile(con: duckdb.DuckDBPyConnection, sql: str, top: int = 15) -> list[str]:
    """The ``top`` operators by time in DuckDB's JSON profile of one run of ``sql``
    (times are summed over threads), as markdown table rows."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "profile.json"
        con.execute("PRAGMA enable_profiling = 'json'")
        con.execute(f"PRAGMA profiling_output = '{target}'")
        start = time.perf_counter()
        con.execute(sql).fetchall()
        wall = time.perf_counter() - start
        con.execute("PRAGMA disable_profiling")
        tree = json.loads(target.read_text(encoding="utf-8"))
    found: list[tuple[float, int, str]] = []

    def visit(node: dict[str, Any]) -> None:
        info = node.get("extra_info") or {}
        what = next((info[k] for k in ("CTE Name", "Table", "Conditions", "Aggregates",
                                       "Projections", "Groups") if k in info), "")
        text = json.dumps(what) if not isinstance(what, str) else what
        rows = node.get("intermediate_rows", node.get("operator_cardinality", 0))
        timing = node.get("timing", node.get("operator_timing", 0.0))
        kind = node.get("type", node.get("operator_type", "?"))
        found.append((float(timing), int(rows or 0), f"{kind} {text}"))
        for child in node.get("children", []):
            visit(child)

    for root in tree.get("operator", tree.get("children", [])):
        visit(root)
    query = tree.get("query", {})
    lines = [f"wall {wall:.2f} s, DuckDB total {query.get('total_time', float('nan')):.2f} s, "
             f"CPU {query.get('cpu_time', float('nan')):.2f} s, peak buffer "
             f"{tree.get('system', {}).get('peak_buffer_memory', 0) / 2**20:.0f} MB\n",
             "| operator s | rows out | operator |", "|---:|---:|---|"]
    for timing, rows, text in sorted(found, reverse=True)[:top]:
        shown = text if len(text) <= 140 else text[:137] + "..."
        lines.append(f"| {timing:.2f} | {rows:,} | `{shown.replace('|', '/')}` |")
    return lines


# --------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------


def _summary(times: Sequence[float]) -> tuple[float, float, float]:
    return statistics.median(times), min(times), max(times)


def _met(name: str, value: float) -> str:
    op, goal = GOALS[name]
    ok = value <= goal if op == "<=" else value >= goal
    return "yes" if ok else "NO"


def report(size_line: str, times: dict[str, list[float]],
           commands: dict[str, list[float]], memory: dict[str, Memory] | None,
           problems: list[str], counts: Sequence[int], segments: Sequence[str],
           out: Callable[[str], None] = print, hand_written: str = "bench/reference.sql"
           ) -> None:
    out(size_line + "\n")
    labels = {
        "batch": f"batch (`compile_membership`, {len(segments)} segments, one query)",
        "hand-written": f"hand-written (`{hand_written}`)",
        "separate": f"{len(segments)} segments separately (`compile_segment`, one after "
                    "another)",
        "scan floor": "scan floor (count per key of each event table, joined to customers)",
    }
    head = "| query | median s | min s | max s |"
    rule = "|---|---:|---:|---:|"
    if memory is not None:
        head += " peak RSS MB (idle) | DuckDB peak buffer MB |"
        rule += "---:|---:|"
    out(head)
    out(rule)
    for name, label in labels.items():
        median, low, high = _summary(times[name])
        line = f"| {label} | {median:.3f} | {low:.3f} | {high:.3f} |"
        if memory is not None:
            m = memory[name]
            buffer = "n/a" if m.buffer_mb is None else f"{m.buffer_mb:,.0f}"
            line += f" {m.peak_mb:,.0f} ({m.idle_mb:,.0f}) | {buffer} |"
        out(line)
    for name, values in commands.items():
        median, low, high = _summary(values)
        line = f"| `{name}` (subprocess, start-up included) | {median:.3f} | {low:.3f} |"
        out(line + f" {high:.3f} |" + (" | |" if memory is not None else ""))
    med = {name: statistics.median(values) for name, values in times.items()}
    ratios = {
        "batch / hand-written": med["batch"] / med["hand-written"],
        "batch / scan floor": med["batch"] / med["scan floor"],
        "separate / batch": med["separate"] / med["batch"],
    }
    out("\n| ratio (medians) | value | goal | met |")
    out("|---|---:|---:|:---:|")
    for name, value in ratios.items():
        op, goal = GOALS[name]
        out(f"| {name} | {value:.2f} | {op} {goal} | {_met(name, value)} |")
    members = ", ".join(f"{s} {n:,}" for s, n in zip(segments, counts[1:], strict=True))
    out(f"\nmembers ({counts[0]:,} customers): {members}")
    if problems:
        out("\n**Results differ** (batch, separate and hand-written must agree):\n")
        for problem in problems:
            out(f"* {problem}")
    else:
        out("\nbatch, separate and hand-written agree on the members of all "
            f"{len(segments)} segments")


def _shown(path: Path) -> str:
    """``path`` relative to the repository where it lies inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def anchored_report(con: duckdb.DuckDBPyConnection, checked: CheckedProject, runs: int,
                    out: Callable[[str], None] = print) -> list[str]:
    """One more segment, over windows anchored on each customer's own time
    (bench_anchored.py: kept apart from bench/project), against its hand-written twin."""
    import bench_anchored

    batch = bench_anchored.compiled(checked)
    problems = bench_anchored.differences(con, batch)
    med = {name: statistics.median(values) for name, values in
           time_side_by_side(con, bench_anchored.timed(batch), runs).items()}
    out(f"\nanchored windows (`{bench_anchored.NAME}`, bench/bench_anchored.py): compiled "
        f"{med['compiled']:.3f} s, hand-written {med['hand-written']:.3f} s, ratio "
        f"{med['compiled'] / med['hand-written']:.2f}")
    for problem in problems:
        out(f"* {problem}")
    return problems


def edition2_report(con: duckdb.DuckDBPyConnection, checked: CheckedProject, runs: int,
                    out: Callable[[str], None] = print) -> list[str]:
    """The second edition's lists, ``ignoring case``, percentages, static lists and
    ``restarted`` (bench_edition2.py: kept apart from bench/project), each against its
    hand-written twin."""
    import bench_edition2

    out("\nsecond edition forms (bench/bench_edition2.py):")
    return bench_edition2.report(checked, con, runs, out=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--db", type=Path, default=None,
                        help="database file (default bench/data/<size>.duckdb, generated "
                        "when missing)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--profile", action="store_true",
                        help="also print the batch query's most expensive operators")
    parser.add_argument("--skip-memory", action="store_true",
                        help="do not measure peak memory (one subprocess per query)")
    parser.add_argument("--only", default="",
                        help="comma-separated segments to measure (default: all)")
    parser.add_argument("--reference", type=Path, default=REFERENCE,
                        help="the hand-written query (default bench/reference.sql)")
    parser.add_argument("--check-only", action="store_true",
                        help="only compare the members of batch, separate and hand-written")
    parser.add_argument("--engine", choices=("duckdb", *engine_batch.ENGINES),
                        default="duckdb",
                        help="engine to time batch, separate and scan floor on "
                        "(default duckdb, with everything above)")
    args = parser.parse_args(argv)

    database = args.db or default_path(args.size)
    if not database.exists():
        if args.db is not None:
            parser.error(f"--db {database}: no such file")
        print(f"generating {database} ...", file=sys.stderr)
        generate(database, SIZES[args.size])
    checked = load_project()
    queries = build_queries(checked, [n for n in args.only.split(",") if n], args.reference)
    con = connect(database, args.threads)
    if args.engine != "duckdb":
        # DuckDB's batch counts are the reference (its members are checked against
        # the hand-written query by the DuckDB run of this bench).
        counts = member_counts(con, queries)
        con.close()
        size_line = (f"size {args.size if args.db is None else database.name} on "
                     f"{args.engine}, median of {args.runs} runs")
        return engine_batch.measure(args.engine, database, checked, AS_OF, queries.segments,
                                    queries.floor, counts, args.runs, size_line, time_rounds)
    problems = compare_members(con, queries)
    if args.check_only:
        for problem in problems:
            print(problem)
        print("members differ" if problems else "members agree")
        return 1 if problems else 0

    timed = queries.timed()
    counts = member_counts(con, queries)
    times = time_side_by_side(con, timed, args.runs)
    segdsl = [sys.executable, "-m", "segdsl"]
    project = ["--project", str(PROJECT)]
    commands = {
        "segdsl check": time_command([*segdsl, "check", *project], args.runs),
        "segdsl compile --all": time_command(
            [*segdsl, "compile", *project, "--all", "--as-of", AS_OF_TEXT], args.runs),
    }
    memory = None if args.skip_memory else {
        name: peak_memory(database, args.threads, statements)
        for name, statements in timed.items()}
    tables = {t: _scalar(con, f"SELECT count(*) FROM {t}") for t in
              sorted({checked.schema.table} | {e.table for e in checked.schema.events.values()})}
    size_line = (f"size {args.size if args.db is None else database.name}: "
                 + ", ".join(f"{t} {n:,}" for t, n in tables.items())
                 + f"; DuckDB {duckdb.__version__}, threads {args.threads}, median of "
                 f"{args.runs} runs")
    report(size_line, times, commands, memory, problems, counts, queries.segments,
           hand_written=_shown(args.reference))
    problems += anchored_report(con, checked, args.runs)
    problems += edition2_report(con, checked, args.runs)
    if args.profile:
        print("\nbatch query, most expensive operators (DuckDB profile):\n")
        print("\n".join(profile(con, timed["batch"][0])))
        print("\nhand-written query, most expensive operators (DuckDB profile):\n")
        print("\n".join(profile(con, timed["hand-written"][0])))
    con.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
