"""Benchmark the memory of ``segdsl run SEGMENT --out FILE`` (issue 6, SPEC 7: "--out
FILE writes .csv or .parquet without holding all rows in memory").

For each member count (default 100,000 and 10,000,000) a customers table whose
every row is a member of the segment ``everyone`` is made, in a DuckDB file
(bench/data/out_memory_<N>.duckdb, git-ignored, kept for the next run) and, with
``--postgres``, in a PostgreSQL database (``segdsl_fault_bench_out_<N>``, made on
the server with generate_series and dropped at the end).  Keys are md5 text, so
they arrive in no particular order and the sort by key is real work.  Then

    segdsl run everyone --project P --db DB --out members.csv
    segdsl run everyone --project P --db DB --out members.parquet

runs in a fresh Python process each, which reports its peak resident set size
(``VmHWM`` of /proc/self/status at exit; ``ru_maxrss`` where there is no /proc)
and its wall time.  Memory is bounded when the peak does not grow with the member
count: the table ends with the ratio of the largest size's peak to the smallest's.

    python bench/bench_out_memory.py [--members 100000,10000000] [--postgres]
                                     [--postgres-members N,...] [--keep-output]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
  age: integer
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""
SEGMENTS = """\
segment everyone
  where age >= 0
"""

# The child: segdsl's CLI in process, reporting its peak RSS when it exits.
_CHILD = r"""
import atexit, json, resource, sys, time

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

report, args = sys.argv[1], sys.argv[2:]
start = time.perf_counter()

def write_report():
    with open(report, "w") as handle:
        json.dump({"peak_kb": peak_kb(), "seconds": time.perf_counter() - start}, handle)

atexit.register(write_report)
from segdsl.cli.main import main
sys.argv = ["segdsl", *args]
main()
"""


@dataclass(frozen=True)
class Measure:
    engine: str
    members: int
    suffix: str
    peak_mb: float
    seconds: float
    rows: int


def write_project(folder: Path) -> Path:
    (folder / "segments").mkdir(parents=True, exist_ok=True)
    (folder / "segdsl.yml").write_text("name: out_memory\n", encoding="utf-8")
    (folder / "schema.yml").write_text(SCHEMA, encoding="utf-8")
    (folder / "segments" / "everyone.seg").write_text(SEGMENTS, encoding="utf-8")
    return folder


def duckdb_database(members: int) -> Path:
    """bench/data/out_memory_<members>.duckdb, made if missing."""
    path = DATA / f"out_memory_{members}.duckdb"
    if path.exists():
        return path
    DATA.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with duckdb.connect(str(partial)) as connection:
        connection.execute(
            "CREATE TABLE customers AS SELECT 'c' || md5(i::VARCHAR) AS customer_id, "
            "'DE' AS country, (i % 90)::BIGINT AS age "
            f"FROM range({int(members)}) AS t(i)")
        connection.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                           "amount DOUBLE)")
    os.replace(partial, path)
    return path


@contextlib.contextmanager
def postgres_database(server: str, members: int) -> Iterator[str]:
    """A database ``segdsl_fault_bench_out_<members>`` with the same rows, made on
    the server (no rows travel from here), dropped afterwards."""
    import psycopg
    from psycopg import sql

    sys.path.insert(0, str(ROOT / "tests"))
    from engine_targets import with_database

    name = f"segdsl_fault_bench_out_{members}"
    identifier = sql.Identifier(name)
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(identifier))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(identifier))
    url = with_database(server, name)
    try:
        with psycopg.connect(url) as connection:
            connection.execute(sql.SQL(
                "CREATE TABLE customers AS SELECT 'c' || md5(i::text) AS customer_id, "
                "'DE'::text AS country, (i % 90)::bigint AS age "
                "FROM generate_series(0, {}) AS t(i)").format(sql.Literal(members - 1)))
            connection.execute("CREATE TABLE orders (customer_id text, ordered_at timestamp, "
                               "amount double precision)")
            connection.execute("ANALYZE customers")
        yield url
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(identifier))


def measure(project: Path, database: str, out: Path) -> tuple[float, float]:
    """(peak RSS in MB, wall seconds) of one ``segdsl run everyone --out``."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(report), "run", "everyone", "--project",
             str(project), "--db", database, "--out", str(out)],
            capture_output=True, text=True, check=False, env=env)
        if done.returncode != 0:
            sys.exit(f"segdsl run failed ({done.returncode}):\n{done.stderr}")
        found = json.loads(report.read_text(encoding="utf-8"))
    return found["peak_kb"] / 1024, found["seconds"]


def count_rows(path: Path) -> int:
    with duckdb.connect() as connection:
        reader = "read_parquet" if path.suffix == ".parquet" else "read_csv"
        row = connection.execute(f"SELECT count(*) FROM {reader}(?)", [str(path)]).fetchone()
    return int(row[0]) if row else -1


def run_engine(engine: str, members: Sequence[int], project: Path, out_folder: Path,
               server: str, keep: bool) -> list[Measure]:
    results: list[Measure] = []
    for count in members:
        context: contextlib.AbstractContextManager[str]
        if engine == "duckdb":
            context = contextlib.nullcontext(str(duckdb_database(count)))
        else:
            context = postgres_database(server, count)
        with context as database:
            for suffix in (".csv", ".parquet"):
                out = out_folder / f"members_{engine}_{count}{suffix}"
                peak, seconds = measure(project, database, out)
                rows = count_rows(out)
                if rows != count:
                    sys.exit(f"{out}: {rows} rows, expected {count}")
                results.append(Measure(engine, count, suffix, peak, seconds, rows))
                print(f"{engine:8} {count:>12,} {suffix:8} peak {peak:8,.0f} MB "
                      f"{seconds:8.1f} s", file=sys.stderr, flush=True)
                if not keep:
                    out.unlink()
    return results


def report(results: Sequence[Measure]) -> str:
    lines = ["| engine | members | --out | peak RSS MB | wall s |",
             "|---|---:|---|---:|---:|"]
    lines += [f"| {m.engine} | {m.members:,} | {m.suffix} | {m.peak_mb:,.0f} | "
              f"{m.seconds:,.1f} |" for m in results]
    lines.append("")
    for engine in sorted({m.engine for m in results}):
        for suffix in (".csv", ".parquet"):
            rows = sorted((m for m in results if m.engine == engine and m.suffix == suffix),
                          key=lambda m: m.members)
            if len(rows) >= 2:
                small, large = rows[0], rows[-1]
                lines.append(
                    f"{engine} {suffix}: {large.members / small.members:,.0f} x the members, "
                    f"{large.peak_mb / small.peak_mb:.2f} x the peak RSS")
    return "\n".join(lines) + "\n"


def parse_counts(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", default="100000,10000000",
                        help="member counts for DuckDB, comma-separated")
    parser.add_argument("--postgres", action="store_true", help="also measure PostgreSQL")
    parser.add_argument("--postgres-members", default=None,
                        help="member counts for PostgreSQL (default: --members)")
    parser.add_argument("--server", default=os.environ.get("SEGDSL_TEST_POSTGRES",
                                                           DEFAULT_SERVER))
    parser.add_argument("--keep-output", action="store_true")
    args = parser.parse_args(argv)
    members = parse_counts(args.members)
    results: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp:
        project = write_project(Path(tmp) / "project")
        out_folder = DATA if args.keep_output else Path(tmp)
        results += run_engine("duckdb", members, project, out_folder, args.server,
                              args.keep_output)
        if args.postgres:
            pg_members = parse_counts(args.postgres_members or args.members)
            results += run_engine("postgres", pg_members, project, out_folder, args.server,
                                  args.keep_output)
    print(report(results), end="")


if __name__ == "__main__":
    main()
