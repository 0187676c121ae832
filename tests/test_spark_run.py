"""``segdsl run`` (and ``explain``, ``report``, ``diff``) on a Spark warehouse folder,
``--db spark:///path`` (segdsl/engines/spark_reader.py), against the same data in
a DuckDB file.

The warehouse holds the example project's demo data in Spark's layout
(``<warehouse>/shop.db/<table>/``): DuckDB writes most tables' parquet files (its
naive timestamps are Spark's ``timestamp_ntz``), with ``orders`` stored as Spark
stores such columns (``ordered_at`` a zoned timestamp, ``amount`` a
``DECIMAL(18, 2)``) and ``events`` in partition folders (``event_name=.../``),
and Spark itself writes ``returns`` (its own file names, ``_SUCCESS`` and ``.crc``
files, and zoned timestamps).  Every command must give
DuckDB's output and write nothing into the folder.

Spark is slow to start (a JVM) and to plan the membership query, so one command
runs as its own process, as a user runs it (``run --all`` with
``--check-expectations``, started in the background while the rest runs); the
others run in this process through click's runner, sharing one local Spark.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import run
from click.testing import Result
from engine_targets import REPO, unavailable
from sqlglot import exp
from test_cli_report import data_attributes

from segdsl.cli.main import DEBUG_ENV
from segdsl.demo import TABLES, generate_shop_database
from segdsl.engines import spark_engine

SHOP = REPO / "examples" / "shop"
AS_OF = "2026-11-01T09:30:00Z"
CUSTOMERS = 150
# Columns stored as a Spark job would store them (an instant; an exact decimal).
STORED_AS = {("shop.orders", "ordered_at"): "TIMESTAMPTZ",
             ("shop.orders", "amount"): "DECIMAL(18, 2)"}
WRITTEN_BY_SPARK = "shop.returns"
# Written in partition folders (event_name=email_open/...), as Spark jobs often do.
PARTITIONED = {"shop.events": "event_name"}
# A small project on the shop schema for the commands run in this process (Spark
# takes a minute or more to plan the whole example project's membership query).
MINI_SEGMENTS = """\
metric revenue_365d = sum(purchase.amount in last 365 days)
metric orders_365d = count(purchase in last 365 days)
metric average_order = round(avg(purchase.amount in last 365 days), 2)

segment big_spenders
  expect size >= 1
  where revenue_365d >= 500

segment german_subscribers
  where country = "DE" and is_subscribed and has purchase in last 90 days

segment returning_buyers
  where in list returners and orders_365d >= 1
"""
# A table list, read from the table Spark wrote.
MINI_CONFIG = "name: mini\nlists:\n  returners: {table: shop.returns, key: customer_id}\n"

Snapshot = dict[str, tuple[int, int, str]]


def snapshot(folder: Path) -> Snapshot:
    """Every file's and folder's size, modification time and (files) digest."""
    found: Snapshot = {}
    for path in sorted(folder.rglob("*")):
        stat = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        found[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns, digest)
    return found


def _select(table: str) -> str:
    columns = [exp.cast(exp.column(name), STORED_AS[table, name], dialect="duckdb").as_(name)
               if (table, name) in STORED_AS else exp.column(name)
               for name, _ in TABLES[table]]
    return exp.select(*columns).from_(exp.to_table(table)).sql(dialect="duckdb")


def _write_warehouse(demo: Path, folder: Path, staging: Path) -> None:
    connection = duckdb.connect(str(demo), read_only=True)
    try:
        connection.execute("SET TimeZone = 'UTC'")  # naive demo times hold UTC
        for table in TABLES:
            schema, name = table.split(".")
            target = folder / f"{schema}.db" / name
            if table == WRITTEN_BY_SPARK:
                connection.sql(_select(table)).write_parquet(str(staging))
                continue
            if table in PARTITIONED:
                connection.sql(_select(table)).write_parquet(
                    str(target), partition_by=[PARTITIONED[table]])
                continue
            target.mkdir(parents=True)
            connection.sql(_select(table)).write_parquet(str(target / "part-00000.parquet"))
    finally:
        connection.close()
    spark = spark_engine.session()
    frame = spark.read.parquet(str(staging))
    frame = frame.withColumn("returned_at", frame["returned_at"].cast("timestamp"))
    schema, name = WRITTEN_BY_SPARK.split(".")
    frame.write.parquet(str(folder / f"{schema}.db" / name))


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo DuckDB file; its data in a Spark warehouse folder next to it."""
    problem = spark_engine.spark_problem()
    if problem is not None:
        unavailable(problem)
    folder = tmp_path_factory.mktemp("spark")
    demo = folder / "demo.duckdb"
    generate_shop_database(demo, customers=CUSTOMERS, seed=3,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    _write_warehouse(demo, folder / "warehouse", folder / "returns.parquet")
    return demo


def url(shop: Path) -> str:
    return f"spark://{shop.parent / 'warehouse'}"


@pytest.fixture(scope="module")
def untouched(shop: Path) -> Snapshot:
    return snapshot(shop.parent / "warehouse")


@pytest.fixture(scope="module")
def process_run(shop: Path, untouched: Snapshot, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """``segdsl run --all --check-expectations`` on the warehouse as a process of its
    own, started when first asked for and left running meanwhile."""
    cwd = tmp_path_factory.mktemp("cwd")
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    env.pop(DEBUG_ENV, None)
    # Not UTC: neither Python's nor the JVM's local zone may shift a value.
    env["TZ"] = "America/New_York"
    process = subprocess.Popen(
        [sys.executable, "-m", "segdsl", "run", "--project", str(SHOP), "--as-of", AS_OF,
         "--all", "--format", "csv", "--check-expectations", "--db", url(shop)],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    yield process, cwd
    if process.poll() is None:
        process.kill()
        process.wait()


def _both(shop: Path, args: list[str]) -> tuple[Result, Result]:
    """``segdsl ARGS --db`` on the DuckDB file and on the warehouse."""
    return run([*args, "--db", str(shop)]), run([*args, "--db", url(shop)])


def _mini(root: Path) -> Path:
    project = root / "mini"
    (project / "segments").mkdir(parents=True)
    shutil.copyfile(SHOP / "schema.yml", project / "schema.yml")
    (project / "segdsl.yml").write_text(MINI_CONFIG, encoding="utf-8")
    (project / "segments" / "a.seg").write_text(MINI_SEGMENTS, encoding="utf-8")
    return project


def test_run_all_json_is_duckdbs(shop: Path, untouched: Snapshot, tmp_path: Path,
                                 process_run: tuple[subprocess.Popen[str], Path]) -> None:
    """Asks for the background process first, so that it runs alongside."""
    on_duckdb, on_spark = _both(shop, ["run", "--project", str(_mini(tmp_path)),
                                       "--as-of", AS_OF, "--all", "--format", "json"])
    assert on_duckdb.exit_code == 0, on_duckdb.output
    assert on_spark.exit_code == 0, on_spark.output
    assert on_spark.stdout == on_duckdb.stdout
    rows = json.loads(on_spark.stdout)
    assert len(rows) == CUSTOMERS
    assert {type(row["revenue_365d"]) for row in rows} == {int, float}
    assert {row["big_spenders"] for row in rows} == {True, False}
    assert {row["returning_buyers"] for row in rows} == {True, False}
    assert snapshot(shop.parent / "warehouse") == untouched


def test_a_segment_streamed_to_out_and_its_expectations(shop: Path, untouched: Snapshot,
                                                        tmp_path: Path) -> None:
    """``--out`` reads Spark's rows through ``stream`` (toLocalIterator)."""
    files = []
    for name, db in (("duckdb", str(shop)), ("spark", url(shop))):
        out = tmp_path / f"{name}.csv"
        result = run(["run", "vip", "--project", str(SHOP), "--as-of", AS_OF, "--out",
                      str(out), "--check-expectations", "--db", db])
        assert result.exit_code == 0, result.output
        assert result.stderr == f"wrote {out}\nall 2 expectations hold\n"
        files.append(out.read_text(encoding="utf-8"))
    assert files[1] == files[0]
    assert len(files[1].splitlines()) > 2
    assert snapshot(shop.parent / "warehouse") == untouched


def test_explain_attrition_is_duckdbs(shop: Path) -> None:
    on_duckdb, on_spark = _both(shop, ["explain", "vip", "--project", str(SHOP),
                                       "--as-of", AS_OF])
    assert on_spark.exit_code == 0, on_spark.output
    assert on_spark.stdout == on_duckdb.stdout
    assert "remain" in on_spark.stdout


def test_report_numbers_are_duckdbs(shop: Path, tmp_path: Path) -> None:
    project = _mini(tmp_path)
    pages = []
    for db in (str(shop), url(shop)):
        out = tmp_path / "page.html"
        result = run(["report", "--project", str(project), "--as-of", AS_OF, "--db", db,
                      "--out", str(out)])
        assert result.exit_code == 0, result.output
        pages.append(out.read_text(encoding="utf-8"))
    assert data_attributes(pages[1]) == data_attributes(pages[0])
    assert 'data-size="' in pages[1]


def test_diff_evaluates_both_sides_as_duckdb_does(shop: Path, tmp_path: Path) -> None:
    project = _mini(tmp_path)
    git = ["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "base"], check=True)
    segments = project / "segments" / "a.seg"
    segments.write_text(segments.read_text().replace(">= 500", ">= 300"), encoding="utf-8")
    on_duckdb, on_spark = _both(shop, ["diff", "--project", str(project), "--base", "HEAD",
                                       "--as-of", AS_OF, "--format", "json"])
    assert on_spark.exit_code == 0, on_spark.output
    duck, spark = json.loads(on_duckdb.stdout), json.loads(on_spark.stdout)
    del spark["members"]["database"], duck["members"]["database"]
    assert spark["members"] == duck["members"]
    entered = {s["name"]: s["entered"] for s in spark["members"]["segments"]}
    assert entered["big_spenders"], "lowering the bar lets customers in"


LIST_SCHEMA = """\
entity: customer
table: crm.customers
key: customer_id
attributes:
  interests: list<string>
  lucky_numbers: {type: list<integer>, column: lucky}
"""
LIST_SEGMENTS = """\
segment runners
  where interests contains "running"

segment lucky_or_none
  where lucky_numbers contains 7 or length(interests) = 0

metric interest_count = length(interests)
"""


def test_list_columns_are_duckdbs(shop: Path, tmp_path: Path) -> None:
    """``array<string>`` and ``array<int>`` columns (DuckDB's ``VARCHAR[]`` and
    ``INTEGER[]`` in parquet), with the check for NULL elements on Spark."""
    database = tmp_path / "lists.duckdb"
    connection = duckdb.connect(str(database))
    try:
        connection.execute("CREATE SCHEMA crm")
        connection.execute("CREATE TABLE crm.customers (customer_id VARCHAR, "
                           "interests VARCHAR[], lucky INTEGER[])")
        connection.execute("INSERT INTO crm.customers VALUES ('c1', ['running', 'yoga'], [7]), "
                           "('c2', [], NULL), ('c3', NULL, [1, 2]), ('c4', ['Käse'], [7, 7])")
        folder = tmp_path / "warehouse" / "crm.db" / "customers"
        folder.mkdir(parents=True)
        connection.sql("SELECT * FROM crm.customers").write_parquet(str(folder / "p.parquet"))
    finally:
        connection.close()
    project = tmp_path / "project"
    (project / "segments").mkdir(parents=True)
    (project / "segdsl.yml").write_text("name: lists\n", encoding="utf-8")
    (project / "schema.yml").write_text(LIST_SCHEMA, encoding="utf-8")
    (project / "segments" / "a.seg").write_text(LIST_SEGMENTS, encoding="utf-8")
    common = ["run", "--project", str(project), "--all", "--format", "csv", "--db"]
    on_duckdb = run([*common, str(database)])
    on_spark = run([*common, f"spark://{tmp_path / 'warehouse'}"])
    assert on_spark.exit_code == 0, on_spark.output
    assert on_spark.stdout == on_duckdb.stdout
    assert on_spark.stdout.splitlines()[1:] == [
        "c1,true,true,2", "c2,false,true,0", "c3,false,false,", "c4,false,true,1"]


def test_layout_problems_are_listed(shop: Path, tmp_path: Path) -> None:
    """A column of the wrong type, a table without a folder and a Delta table."""
    warehouse = tmp_path / "warehouse"
    shutil.copytree(shop.parent / "warehouse", warehouse)
    (warehouse / "shop.db" / "accounts" / "_delta_log").mkdir()
    project = _mini(tmp_path)
    schema = project / "schema.yml"
    schema.write_text(schema.read_text().replace("age: integer", "age: string")
                      .replace("table: shop.orders", "table: shop.purchases"),
                      encoding="utf-8")
    (project / "segments" / "a.seg").write_text(
        'segment x\n  where age = "30" and has purchase and account.industry = "retail"\n',
        encoding="utf-8")
    result = run(["run", "x", "--project", str(project), "--db", f"spark://{warehouse}"])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert sorted(result.stderr.splitlines()) == sorted([
        f"error: the column 'age' of 'shop.customers' is bigint in Spark, but {schema} makes "
        "it string; Spark types that fit: string",
        f"error: the Spark warehouse {warehouse} has no folder shop.db/purchases for the "
        f"table 'shop.purchases', which {schema} names",
        f"error: the folder {warehouse / 'shop.db' / 'accounts'} of the table "
        "'shop.accounts' is a Delta table; segdsl reads parquet tables only",
    ])


def test_a_missing_warehouse_is_one_line_and_stays_missing(shop: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-warehouse"
    result = run(["run", "vip", "--project", str(SHOP), "--db", f"spark://{missing}"])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: the Spark warehouse folder {missing} does not exist\n"
    assert not missing.exists()


def test_without_pyspark_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules: importlib finds no pyspark; as if no session had started.
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setattr(spark_engine, "_SESSION", None)
    result = run(["run", "vip", "--project", str(SHOP), "--db", f"spark://{tmp_path}"])
    assert result.exit_code == 2, result.output
    assert result.stderr == ("error: the Spark engine needs the pyspark package: "
                             "pip install 'segdsl[spark]'\n")


def test_run_all_as_a_process_is_duckdbs(shop: Path, untouched: Snapshot,
                                         process_run: tuple[subprocess.Popen[str], Path]
                                         ) -> None:
    """The background ``run --all`` (in America/New_York): DuckDB's bytes, its
    expectation verdict, no other line on stderr, and nothing written, neither into
    the warehouse nor into the working folder."""
    process, cwd = process_run
    stdout, stderr = process.communicate(timeout=900)
    on_duckdb = run(["run", "--project", str(SHOP), "--as-of", AS_OF, "--all", "--format",
                     "csv", "--check-expectations", "--db", str(shop)])
    assert process.returncode == on_duckdb.exit_code == 0, stderr
    assert stdout == on_duckdb.stdout
    assert len(stdout.splitlines()) == CUSTOMERS + 1
    # Nothing else: the JVM's start-up notes go to a file of its own.
    assert stderr == on_duckdb.stderr == "all 5 expectations hold\n"
    assert snapshot(shop.parent / "warehouse") == untouched
    assert list(cwd.iterdir()) == []
