"""Benchmark `segdsl test` on one large fixture case (issue 11).

Generates, deterministically, a copy of the example project (examples/shop) whose
only fixture file holds one case with 2,357 customers, their accounts and about
ten thousand event rows (orders, returns, tracking events), expecting two metrics
for every customer (values computed here, exactly).  The YAML goes to a
temporary folder; nothing large is committed.  Then it times `segdsl test` on it
as a fresh process several times (median, min, max) and splits one in-process
run into its phases: reading the fixture file (YAML and checks), creating and
filling the tables, compiling and querying.

    python bench/bench_fixtures.py [--customers 2357] [--runs 5]
                                   [--engine duckdb|postgres|bigquery] [--db URL]

Goal (issue 11): <= 3 s for `segdsl test` at 2,357 customers on DuckDB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "shop"
CUSTOMERS = 2357
GOAL_SECONDS = 3.0
AS_OF = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
SEED = 11

_COUNTRIES = ("DE", "FR", "NL", "AT", "CH", "de ", "IT", "ES")
_CATEGORIES = ("running", "kids", "outdoor", "fitness", "casual")
_CHANNELS = ("web", "app", "store")
_TRACKING = ("email_open", "email_click", "page_view", "app_session", "add_to_cart")


@dataclass(frozen=True)
class Generated:
    project: Path
    fixture: Path
    rows: dict[str, int]  # given name -> rows written


def _stamp(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _flow(row: dict[str, str]) -> str:
    return "{" + ", ".join(f"{key}: {value}" for key, value in row.items()) + "}"


def _ago(rng: random.Random, days: int) -> dt.datetime:
    """An instant up to ``days`` before as-of, to the second."""
    return AS_OF - dt.timedelta(seconds=rng.randrange(1, days * 86_400))


def _customer(rng: random.Random, key: str, accounts: int) -> dict[str, str]:
    row = {"customer_id": key, "email": f"{key}@example.com", "country": rng.choice(_COUNTRIES),
           "zip": f'"{rng.randrange(10_000, 99_999)}"'}
    if rng.random() < 0.7:
        row["age"] = str(rng.randrange(16, 80))
    if rng.random() < 0.5:
        row["birthday"] = (dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20_000))
                           ).isoformat()
    row["signup_at"] = _stamp(_ago(rng, 2000))
    row["is_subscribed"] = rng.choice(("true", "false"))
    if rng.random() < 0.4:
        row["loyalty_tier"] = rng.choice(("bronze", "silver", "gold"))
    b2b = rng.random() < 0.1
    row["customer_type"] = "b2b" if b2b else "b2c"
    if b2b:
        row["account_id"] = f"a{rng.randrange(accounts)}"
    row["lifetime_value"] = f"{rng.randrange(0, 500_000) / 100:.2f}"
    return row


def _purchase(rng: random.Random, key: str) -> tuple[dict[str, str], dt.datetime, Decimal]:
    when = _ago(rng, 500)
    amount = Decimal(rng.randrange(500, 40_000)) / 100
    row = {"customer_id": key, "ordered_at": _stamp(when), "amount": str(amount),
           "category": rng.choice(_CATEGORIES), "channel": rng.choice(_CHANNELS),
           "discount": str(-Decimal(rng.randrange(0, 2_000)) / 100),
           "items": str(rng.randrange(1, 6))}
    return row, when, amount


def generate(folder: Path, customers: int = CUSTOMERS, seed: int = SEED) -> Generated:
    """Write the project into ``folder`` (made if missing); same input, same bytes."""
    rng = random.Random(seed)
    project = folder / "shop"
    shutil.copytree(EXAMPLE / "segments", project / "segments")
    shutil.copy(EXAMPLE / "schema.yml", project / "schema.yml")
    (project / "segdsl.yml").write_text(
        "name: shop\nschema: schema.yml\nsegments: [segments]\ntests: [tests]\n",
        encoding="utf-8")
    accounts = max(1, customers // 50)
    lines = ["cases:", "  - name: a large shop", f"    as_of: {_stamp(AS_OF)}", "    given:"]
    rows: dict[str, list[str]] = {name: [] for name in
                                  ("customer", "account", "purchase", "return", *_TRACKING)}
    for index in range(accounts):
        rows["account"].append(_flow({
            "account_id": f"a{index}", "company": f'"Club {index}"',
            "industry": rng.choice(("education", "fitness_club", "retail")),
            "employees": str(rng.randrange(3, 900))}))
    orders_30d: dict[str, int] = {}
    revenue_365d: dict[str, Decimal] = {}
    for index in range(customers):
        key = f"c{index + 1:05d}"
        rows["customer"].append(_flow(_customer(rng, key, accounts)))
        orders_30d[key], revenue_365d[key] = 0, Decimal(0)
        for _ in range(rng.randrange(0, 6)):
            row, when, amount = _purchase(rng, key)
            rows["purchase"].append(_flow(row))
            orders_30d[key] += when >= AS_OF - dt.timedelta(days=30)
            if when >= AS_OF - dt.timedelta(days=365):
                revenue_365d[key] += amount
        for _ in range(rng.randrange(0, 3)):
            event = rng.choice(_TRACKING)
            row = {"customer_id": key, "occurred_at": _stamp(_ago(rng, 200))}
            if event in ("email_open", "email_click"):
                row["campaign"] = f"spring26_{rng.choice(_CATEGORIES)}"
            elif event == "page_view":
                row["page"] = f'"/sale/{rng.choice(_CATEGORIES)}"'
            elif event == "app_session":
                row["duration_s"] = str(rng.randrange(5, 3_000))
            else:
                row["product"] = f"p{rng.randrange(1_000)}"
                row["price"] = f"{rng.randrange(500, 20_000) / 100:.2f}"
            rows[event].append(_flow(row))
        if rng.random() < 0.25:
            rows["return"].append(_flow({
                "customer_id": key, "returned_at": _stamp(_ago(rng, 300)),
                "amount": f"{rng.randrange(500, 9_000) / 100:.2f}", "reason": '"too small"'}))
    for name, items in rows.items():
        if items:
            lines.append(f"      {name}:")
            lines += [f"        - {item}" for item in items]
    lines.append("    expect:")
    lines.append("      orders_30d: " + _flow({k: str(v) for k, v in orders_30d.items()}))
    lines.append("      revenue_365d: " + _flow({k: str(v) for k, v in revenue_365d.items()}))
    fixture = project / "tests" / "large.yml"
    fixture.parent.mkdir()
    fixture.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Generated(project, fixture, {name: len(items) for name, items in rows.items()})


# --------------------------------------------------------------------- timing


def _command(project: Path, engine: str, db: str | None) -> list[str]:
    command = [sys.executable, "-m", "segdsl", "test", "--project", str(project)]
    if engine != "duckdb":
        command += ["--engine", engine]
    if db is not None:
        command += ["--db", db]
    return command


def time_command(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) seconds of ``runs`` runs of ``command``, which
    must pass.  CPU time is the steadier figure on a shared machine."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        # Outside the repository: `python -m` puts the working folder first on
        # sys.path, which would import segdsl from there whatever PYTHONPATH says.
        done = subprocess.run(command, capture_output=True, check=False,
                              cwd=tempfile.gettempdir())
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{done.stdout.decode()[-2000:]}\n"
                     f"{done.stderr.decode()[-2000:]}")
    return walls, cpus


def phases(generated: Generated, engine: str = "duckdb",
           db: str | None = None) -> dict[str, float]:
    """Seconds of each phase of one in-process run of the case (imports excluded)."""
    from segdsl.cli.testing import _engine_for
    from segdsl.harness.fixtures import load_fixture_file
    from segdsl.harness.runner import compare
    from segdsl.workspace import load_workspace

    checked = load_workspace(generated.project).checked
    assert checked is not None
    sql_for, factory = _engine_for(engine, db)
    split: dict[str, float] = {}

    def timed(name: str, work: Callable[[], object]) -> object:
        start = time.perf_counter()
        result = work()
        split[name] = time.perf_counter() - start
        return result

    fixture, problems = timed("read fixture", lambda: load_fixture_file(
        generated.fixture, "tests/large.yml", checked))  # type: ignore[misc]
    assert fixture is not None and not problems, problems[:3]
    case = fixture.cases[0]
    sql = str(timed("compile", lambda: sql_for(checked, case.as_of, case.names)))
    db_engine = factory()
    try:
        timed("load tables", lambda: db_engine.load_tables(checked.schema, case.tables))
        columns, rows = timed("query", lambda: db_engine.query(sql))  # type: ignore[misc]
    finally:
        db_engine.close()
    failures = compare(case, checked.schema.key, columns, rows)
    assert not failures, failures[:3]
    return split


def _table(rows: Sequence[tuple[str, list[float]]]) -> str:
    lines = ["| run | median s | min s | max s |", "|:---|---:|---:|---:|"]
    for label, times in rows:
        lines.append(f"| {label} | {statistics.median(times):.3f} | {min(times):.3f} "
                     f"| {max(times):.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=CUSTOMERS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--engine", choices=("duckdb", "postgres", "bigquery"),
                        default="duckdb")
    parser.add_argument("--db", default=None, help="postgresql:// URL for --engine postgres")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        generated = generate(Path(tmp), args.customers)
        size = generated.fixture.stat().st_size
        print(f"fixture: {args.customers} customers, "
              + ", ".join(f"{n} {name}" for name, n in generated.rows.items() if n)
              + f" rows; {size / 1e6:.1f} MB of YAML")
        command = _command(generated.project, args.engine, args.db)
        time_command(command, 1)  # warm the file system and the user cache folder
        times, cpu = time_command(command, args.runs)
        baseline, _ = time_command([sys.executable, "-c", "pass"], args.runs)
        split = phases(generated, args.engine, args.db)
    print(_table([(f"segdsl test ({args.engine}), wall", times),
                  (f"segdsl test ({args.engine}), CPU", cpu),
                  ("python start-up, wall", baseline)]))
    median = statistics.median(times)
    if args.engine == "duckdb" and args.customers == CUSTOMERS:
        print(f"\ngoal {GOAL_SECONDS} s: {'met' if median <= GOAL_SECONDS else 'NOT met'}")
    print("\nphases of one in-process run (s):\n")
    print("| " + " | ".join(split) + " |")
    print("|" + "---:|" * len(split))
    print("| " + " | ".join(f"{seconds:.3f}" for seconds in split.values()) + " |")


if __name__ == "__main__":
    main()
