"""``bench/bench_materialize.py --in-process``: ``run --all --out``,
``materialize`` and ``materialize --snapshot`` timed in this one process, the
snapshot A/B of the history table with and without its primary key.

Each command goes through ``segdsl.cli.main`` (click's runner), so opening the
database, the column check and compiling are timed as in the command line, but
Python's start-up and imports are paid once.  ``run --out`` reads the data file
read-only; the others write into a scratch copy, where ``keyed``'s history is
created beforehand with the primary key ``(segdsl_as_of, key)`` (what
materialize created before 2026-12-06 and keeps writing to) and ``plain``'s by
the warm-up's snapshot (what materialize creates on DuckDB since: no key,
``segdsl_as_of`` and the key NOT NULL).  Both histories get the same as-of each
round, so they grow alike: one million rows a round.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
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
from segdsl.materialize.statements import (
    as_of_literal,
    create_table,
    delete_snapshot,
    insert_snapshot,
    qualified,
)

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
    """The schemas ``keyed`` and ``plain``; in ``keyed`` the membership table
    (written by a first materialize) and its history created by hand with the key,
    as materialize created it before 2026-12-06."""
    con = duckdb.connect(str(work))
    try:
        for schema in ("keyed", "plain"):
            con.execute(f"CREATE SCHEMA {schema}")
    finally:
        con.close()
    _segdsl("materialize", "--project", str(PROJECT), "--db", str(work),
            "--as-of", _as_of(0), "--schema", "keyed")
    con = duckdb.connect(str(work))
    try:
        columns = [Column(row[0], row[1]) for row in
                   con.execute("DESCRIBE keyed.segdsl_membership").fetchall()]
        history = qualified("keyed", "segdsl_membership_history")
        statement = create_table(history, [Column(AS_OF_COLUMN, "TIMESTAMPTZ"), *columns],
                                 primary_key=(AS_OF_COLUMN, KEY))
        con.execute(render_sql(statement, "duckdb"))
    finally:
        con.close()


def _statements(work: Path, day: int, rounds: int = 3) -> None:
    """The snapshot's own statements, each timed: ``DELETE`` of an as-of,
    ``INSERT`` of the membership table, ``COMMIT``, into ``keyed``'s and
    ``plain``'s histories alternately (the same as-of: from the second round on
    the DELETE removes a million rows)."""
    instant = as_of_literal(AS_OF - dt.timedelta(days=day), "TIMESTAMPTZ")
    con = duckdb.connect(str(work))
    timed: dict[str, list[tuple[float, float, float]]] = {"keyed": [], "plain": []}
    try:
        for _ in range(rounds):
            for schema in ("keyed", "plain"):
                history = qualified(schema, "segdsl_membership_history")
                membership = qualified(schema, "segdsl_membership")
                names = [row[0] for row in con.execute(
                    f"DESCRIBE {schema}.segdsl_membership").fetchall()]
                con.execute("BEGIN")
                seconds = []
                for statement in (render_sql(delete_snapshot(history, instant), "duckdb"),
                                  render_sql(insert_snapshot(history, membership, names,
                                                             instant), "duckdb"),
                                  "COMMIT"):
                    start = time.perf_counter()
                    con.execute(statement)
                    seconds.append(time.perf_counter() - start)
                timed[schema].append((seconds[0], seconds[1], seconds[2]))
    finally:
        con.close()
    for schema, values in timed.items():
        print(f"{schema} statements (DELETE, INSERT, COMMIT s): " + "; ".join(
            ", ".join(f"{part:.2f}" for part in value) for value in values))


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
        _statements(work, next(days))
        con = duckdb.connect(str(work), read_only=True)
        try:
            for schema in ("keyed", "plain"):
                rows = con.execute(f"SELECT count(*), count(DISTINCT segdsl_as_of) FROM "
                                   f"{schema}.segdsl_membership_history").fetchall()
                keys = con.execute("SELECT constraint_type FROM duckdb_constraints() WHERE "
                                   f"schema_name = '{schema}' AND table_name = "
                                   "'segdsl_membership_history' ORDER BY 1").fetchall()
                print(f"{schema} history: {rows[0][0]:,} rows, {rows[0][1]} snapshots, "
                      f"constraints {[row[0] for row in keys]}")
        finally:
            con.close()
        report("", times)
        # Per round against that round's run --out: the machine's load drifts
        # between rounds more than between the commands of one round.
        for name in (TABLE, KEYED, PLAIN):
            ratios = [value / base for value, base in zip(times[name], times[RUN_OUT],
                                                          strict=True)]
            print(f"{name} / run --out, per round: median {statistics.median(ratios):.2f} "
                  f"({', '.join(f'{ratio:.2f}' for ratio in ratios)})")
