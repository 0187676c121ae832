"""``bench/bench_materialize.py --in-process``: ``run --all --out``,
``materialize`` and ``materialize --snapshot`` timed in this one process, the
snapshot A/B of the history table with and without its primary key.

Each command goes through ``segdsl.cli.main`` (click's runner), so opening the
database, the column check and compiling are timed as in the command line, but
Python's start-up and imports are paid once.  ``run --out`` reads the data file
read-only; the others write into a scratch copy, where ``keyed``'s history is
created beforehand with the primary key ``(segdsl_as_of, key)`` (what
materialize created before 2026-12-06 and keeps writing to) and ``plain``'s
without it (what it creates on DuckDB since).  Both histories get the same
as-of each round, so they grow alike: one million rows a round.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
from click.testing import CliRunner

from segdsl.cli.main import main
from segdsl.compile.api import render_sql
from segdsl.materialize.layout import AS_OF_COLUMN, Column
from segdsl.materialize.statements import create_table, qualified

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
KEY = "customer_id"
RUN_OUT = "run --out"
TABLE = "materialize"
KEYED = "materialize --snapshot (history with its key)"
PLAIN = "materialize --snapshot (history without a key)"
SCHEMAS = {TABLE: "main", KEYED: "keyed", PLAIN: "plain"}


def _as_of(days_back: int) -> str:
    return (AS_OF - dt.timedelta(days=days_back)).isoformat().replace("+00:00", "Z")


def _segdsl(*args: str) -> float:
    start = time.perf_counter()
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    seconds = time.perf_counter() - start
    if result.exit_code != 0:
        raise SystemExit(f"segdsl {' '.join(args)} failed: {result.output}")
    return seconds


def _histories(work: Path) -> None:
    """``keyed`` and ``plain``, each with its membership table (written by a
    first materialize) and its history created by hand: with and without the key."""
    con = duckdb.connect(str(work))
    try:
        for schema in ("keyed", "plain"):
            con.execute(f"CREATE SCHEMA {schema}")
    finally:
        con.close()
    for schema in ("keyed", "plain"):
        _segdsl("materialize", "--project", str(PROJECT), "--db", str(work),
                "--as-of", _as_of(0), "--schema", schema)
    con = duckdb.connect(str(work))
    try:
        for schema, key in (("keyed", (AS_OF_COLUMN, KEY)), ("plain", ())):
            columns = [Column(row[0], row[1]) for row in
                       con.execute(f"DESCRIBE {schema}.segdsl_membership").fetchall()]
            history = qualified(schema, "segdsl_membership_history")
            statement = create_table(history, [Column(AS_OF_COLUMN, "TIMESTAMPTZ"), *columns],
                                     primary_key=key)
            con.execute(render_sql(statement, "duckdb"))
    finally:
        con.close()


def bench_in_process(data: Path, runs: int,
                     report: Callable[[str, dict[str, list[float]]], None]) -> None:
    if not data.exists():
        raise SystemExit(f"{data} is missing: python bench/gen_data.py --size large")
    with tempfile.TemporaryDirectory(dir=data.parent) as folder:
        work = Path(folder) / "work.duckdb"
        out = Path(folder) / "members.parquet"
        shutil.copyfile(data, work)
        _histories(work)
        days = iter(range(1000))

        def command(name: str, day: int) -> list[str]:
            if name == RUN_OUT:
                return ["run", "--project", str(PROJECT), "--db", str(data), "--all",
                        "--as-of", _as_of(0), "--out", str(out)]
            snapshot = ["--snapshot"] if name in (KEYED, PLAIN) else []
            return ["materialize", "--project", str(PROJECT), "--db", str(work),
                    "--schema", SCHEMAS[name], "--as-of", _as_of(day), *snapshot]

        names = [RUN_OUT, TABLE, KEYED, PLAIN]
        day = next(days)
        for name in names:  # warm-up: the page cache, the first snapshot
            _segdsl(*command(name, day))
        times: dict[str, list[float]] = {name: [] for name in names}
        for round_ in range(runs):
            day = next(days)
            shift = round_ % len(names)
            load = subprocess.run(["uptime"], capture_output=True, text=True,
                                  check=False).stdout.strip()
            for name in names[shift:] + names[:shift]:
                times[name].append(_segdsl(*command(name, day)))
            print(f"round {round_ + 1}: " + ", ".join(
                f"{name} {values[-1]:.1f}" for name, values in times.items())
                + f" | {load}", flush=True)
        con = duckdb.connect(str(work), read_only=True)
        try:
            for schema in ("keyed", "plain"):
                rows = con.execute(f"SELECT count(*), count(DISTINCT segdsl_as_of) FROM "
                                   f"{schema}.segdsl_membership_history").fetchall()
                print(f"{schema} history: {rows[0][0]:,} rows, {rows[0][1]} snapshots")
        finally:
            con.close()
        report("", times)
