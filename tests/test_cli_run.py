"""`segdsl run` end to end on DuckDB (SPEC 7): formats, --out, --db, exit statuses.

The database is built in tmp_path with duckdb directly, so these tests do not
depend on the engine's table loader.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from cli_project import TINY_SCHEMA, run, write_project

from segdsl.cli.main import DEBUG_ENV

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "shop"


SEGMENTS = """\
metric orders = count(purchase)
metric spent = sum(purchase.amount)
metric last_order = last(purchase)
segment adults
  where age >= 18
segment germans
  where country = "DE"
segment recent_buyers
  where has purchase in last 30 days
segmentation kind
  big: spent > 100
  small: orders > 0
"""
AS_OF = "2026-11-01"
# c10 sorts before c2 as text; "c,4" needs CSV quoting.
CUSTOMERS = [
    ("c2", "DE", 30),
    ("c1", "FR", 17),
    ("c3", None, None),
    ("c,4", "DE", 40),
    ("c10", "AT", 18),
]
ORDERS = [
    ("c1", "2026-10-20 10:00:00", 50.5),
    ("c2", "2026-02-01 00:00:00", 200.0),
    ("c2", "2026-03-01 00:00:00", 1.0),
    ("c2", "2026-12-01 00:00:00", 1000.0),  # after as-of: ignored
]


def build_database(path: Path, *, with_orders: bool = True, with_age: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        age = ", age BIGINT" if with_age else ""
        con.execute(f"CREATE TABLE customers (customer_id VARCHAR, country VARCHAR{age})")
        rows = CUSTOMERS if with_age else [row[:2] for row in CUSTOMERS]
        holes = ", ".join("?" for _ in rows[0])
        con.executemany(f"INSERT INTO customers VALUES ({holes})", rows)
        if with_orders:
            con.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                        "amount DOUBLE)")
            con.executemany("INSERT INTO orders VALUES (?, ?, ?)", ORDERS)
    finally:
        con.close()
    return path


def make_project(
    root: Path, *, database: str | None = "data/shop.duckdb", segments: str = SEGMENTS
) -> Path:
    config = "name: tiny\n" + (f"database: {database}\n" if database else "")
    return write_project(root, segments, config)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny project with its database at data/shop.duckdb; also the cwd."""
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path)
    build_database(tmp_path / "data" / "shop.duckdb")
    return tmp_path


def read_back(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect()
    try:
        return con.sql(f"SELECT * FROM '{path.as_posix()}' ORDER BY ALL").fetchall()
    finally:
        con.close()


# ------------------------------------------------------------------------ csv

MEMBERSHIP_CSV = (
    "customer_id,adults,germans,recent_buyers,kind,orders,spent,last_order\n"
    '"c,4",true,true,false,,0,0,\n'
    "c1,false,false,true,small,1,50.5,2026-10-20 10:00:00\n"
    "c10,true,false,false,,0,0,\n"
    "c2,true,true,false,big,2,201,2026-03-01 00:00:00\n"
    "c3,false,false,false,,0,0,\n"
)


def test_csv_segment_is_header_then_sorted_keys(project: Path) -> None:
    result = run(["run", "adults", "--format", "csv", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert result.stdout == 'customer_id\n"c,4"\nc10\nc2\n'
    assert result.stderr == ""


def test_csv_empty_segment_is_just_the_header(project: Path) -> None:
    result = run(["run", "recent_buyers", "--format", "csv", "--as-of", "2020-01-01"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "customer_id\n"


def test_csv_all_is_the_membership_table(project: Path) -> None:
    result = run(["run", "--all", "--format", "csv", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert result.stdout == MEMBERSHIP_CSV


def test_as_of_replays_history(project: Path) -> None:
    later = run(["run", "--all", "--format", "csv", "--as-of", "2026-12-02T00:00:00Z"])
    assert "c2,true,true,true,big,3,1201,2026-12-01 00:00:00\n" in later.stdout


def test_without_as_of_the_current_time_is_used(project: Path) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con = duckdb.connect(str(project / "data" / "shop.duckdb"))
    con.execute("DELETE FROM orders")
    con.executemany("INSERT INTO orders VALUES (?, ?, ?)", [
        ("c1", now - dt.timedelta(days=2), 1.0),  # within the last 30 days
        ("c2", now - dt.timedelta(days=60), 1.0),  # too long ago
        ("c3", now + dt.timedelta(days=2), 1.0),  # in the future: ignored
    ])
    con.close()
    result = run(["run", "recent_buyers", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "customer_id\nc1\n"


# ----------------------------------------------------------------------- json


def test_json_segment(project: Path) -> None:
    result = run(["run", "germans", "--format", "json", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"customer_id": "c,4"}, {"customer_id": "c2"}]


def test_json_all(project: Path) -> None:
    result = run(["run", "--all", "--format", "json", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["customer_id"] for row in rows] == ["c,4", "c1", "c10", "c2", "c3"]
    assert rows[1] == {
        "customer_id": "c1", "adults": False, "germans": False, "recent_buyers": True,
        "kind": "small", "orders": 1, "spent": 50.5, "last_order": "2026-10-20T10:00:00Z",
    }
    assert rows[4]["kind"] is None and rows[4]["last_order"] is None
    assert rows[4]["orders"] == 0 and rows[4]["spent"] == 0


def test_json_empty_result(project: Path) -> None:
    result = run(["run", "recent_buyers", "--format", "json", "--as-of", "2020-01-01"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


# ---------------------------------------------------------------------- table


def test_table_is_the_default(project: Path) -> None:
    result = run(["run", "adults", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "customer_id\n"
        "-----------\n"
        "c,4\n"
        "c10\n"
        "c2\n"
        "\n"
        "adults: 3 members\n"
    )


def test_table_all_starts_with_sizes_and_shares(project: Path) -> None:
    result = run(["run", "--all", "--format", "table", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    summary, _, table = result.stdout.partition("\n\n")
    # Labels in definition order, then "(none)": kind has no otherwise.
    assert summary.splitlines() == [
        "definition     members   share",
        "adults               3   60.0%",
        "germans              2   40.0%",
        "recent_buyers        1   20.0%",
        "kind=big             1   20.0%",
        "kind=small           1   20.0%",
        "kind=(none)          3   60.0%",
        "(all)                5  100.0%",
    ]
    lines = table.splitlines()
    assert lines[0].split() == ["customer_id", "adults", "germans", "recent_buyers", "kind",
                                "orders", "spent", "last_order"]
    assert set(lines[1]) == {"-", " "}
    assert lines[2].split() == ["c,4", "true", "true", "false", "0", "0"]
    assert lines[3].split() == ["c1", "false", "false", "true", "small", "1", "50.5",
                                "2026-10-20", "10:00:00"]
    # Aligned: every cell of a column starts (text) or ends (numbers) at one place.
    spent_end = lines[0].index("spent") + len("spent")
    assert lines[5][:spent_end].endswith("201")
    assert lines[3].index("small") == lines[0].index("kind")
    assert len(lines) == 2 + 5


# ---------------------------------------------------------------- --db choice


def test_default_database_is_resolved_against_the_project(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run(["run", "--project", str(project), "germans", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == 'customer_id\n"c,4"\nc2\n'


def test_db_option_is_relative_to_the_working_directory(project: Path) -> None:
    other = build_database(project / "other.duckdb", with_orders=True)
    con = duckdb.connect(str(other))
    con.execute("DELETE FROM customers WHERE customer_id <> 'c2'")
    con.close()
    result = run(["run", "germans", "--db", "other.duckdb", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "customer_id\nc2\n"


def test_schema_named_like_the_database_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DuckDB names a file's catalog after the file: shop.duckdb holding the schema
    # `shop` makes `shop.customers` ambiguous unless segdsl attaches it otherwise.
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path)
    (tmp_path / "schema.yml").write_text(
        TINY_SCHEMA.replace("table: customers", "table: shop.customers")
        .replace("table: orders", "table: shop.orders"), encoding="utf-8")
    staging = tmp_path / "data" / "staging.duckdb"
    staging.parent.mkdir()
    con = duckdb.connect(str(staging))
    con.execute("CREATE SCHEMA shop")
    con.execute("CREATE TABLE shop.customers (customer_id VARCHAR, country VARCHAR, age BIGINT)")
    con.execute("CREATE TABLE shop.orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                "amount DOUBLE)")
    con.execute("INSERT INTO shop.customers VALUES ('c1', 'DE', 20), ('c2', 'FR', 20)")
    con.close()
    staging.rename(tmp_path / "data" / "shop.duckdb")
    result = run(["run", "germans", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "customer_id\nc1\n"
    out = run(["run", "--all", "--out", "all.csv"])
    assert out.exit_code == 0, out.output
    assert (tmp_path / "all.csv").read_text(encoding="utf-8").startswith("customer_id,")


@pytest.mark.parametrize("url", ["postgresql://segdsl_nobody@localhost/shop",
                                 "postgres://localhost/segdsl_no_such_db"])
def test_postgres_that_cannot_be_reached(project: Path, url: str) -> None:
    # No such user or database on the local server (or no server at all).
    result = run(["run", "adults", "--db", url])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: cannot connect to PostgreSQL at ")
    assert len(result.stderr.splitlines()) == 1


def test_postgres_from_the_project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, database="postgresql://segdsl_nobody@localhost/shop")
    result = run(["run", "adults"])
    assert result.exit_code == 2
    assert "cannot connect to PostgreSQL at postgresql://segdsl_nobody@localhost/shop" \
        in result.stderr


def test_no_database_configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, database=None)
    result = run(["run", "adults"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no database to run on")
    assert "--db" in result.stderr


def test_missing_database_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path)
    result = run(["run", "adults"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: the DuckDB database ")
    assert result.stderr.rstrip().endswith("does not exist")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "data" / "shop.duckdb").exists(), "no empty database is created"


def test_not_a_database_file(project: Path) -> None:
    result = run(["run", "adults", "--db", "schema.yml"])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "schema.yml" in result.stderr


def test_missing_table(project: Path) -> None:
    build_database(project / "no_orders.duckdb", with_orders=False)
    result = run(["run", "--all", "--db", "no_orders.duckdb"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: the DuckDB database has no table 'orders'")


def test_missing_column(project: Path) -> None:
    build_database(project / "no_age.duckdb", with_age=False)
    result = run(["run", "adults", "--db", "no_age.duckdb"])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: the table 'customers' has no column 'age'")


def test_column_of_the_wrong_type(project: Path) -> None:
    con = duckdb.connect(str(project / "data" / "shop.duckdb"))
    con.execute("ALTER TABLE customers ALTER COLUMN age TYPE VARCHAR")
    con.close()
    result = run(["run", "adults"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: the column 'age' of 'customers' is varchar in DuckDB, but schema.yml makes "
        "it integer; DuckDB types that fit: bigint, hugeint, integer, smallint, tinyint, "
        "ubigint, uhugeint, uinteger, usmallint, utinyint"]


def test_tables_no_evaluated_definition_reads_are_not_checked(project: Path) -> None:
    """Issue #11.2: `adults` reads only customers.age, so a missing orders table
    and a missing country column do not stop it."""
    path = project / "thin.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers (customer_id VARCHAR, age BIGINT)")
    con.execute("INSERT INTO customers VALUES ('c1', 30), ('c2', 10)")
    con.close()
    result = run(["run", "adults", "--db", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "customer_id\nc1\n"
    # recent_buyers reads the orders table: now it is checked.
    result = run(["run", "recent_buyers", "--db", str(path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: the DuckDB database has no table 'orders', which schema.yml names"]


def test_every_database_problem_is_reported_at_once(project: Path) -> None:
    """Issue #11.2: a missing table, a missing column and a wrong type, all in one
    run (one line each), exit 2, nothing printed on stdout."""
    path = project / "broken.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers (customer_id VARCHAR, age VARCHAR)")
    con.close()
    result = run(["run", "--all", "--db", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: the table 'customers' has no column 'country', which schema.yml names",
        "error: the column 'age' of 'customers' is varchar in DuckDB, but schema.yml makes "
        "it integer; DuckDB types that fit: bigint, hugeint, integer, smallint, tinyint, "
        "ubigint, uhugeint, uinteger, usmallint, utinyint",
        "error: the DuckDB database has no table 'orders', which schema.yml names",
    ]


def test_as_of_after_every_event_warns(project: Path) -> None:
    """Issue #11.4: the latest order is 2026-12-01; an as-of years later gives a
    warning on stderr and the (empty) result as usual, exit 0."""
    result = run(["run", "recent_buyers", "--as-of", "2030-01-01", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "customer_id\n"
    assert result.stderr == (
        "warning: --as-of 2030-01-01T00:00:00Z is after the latest event "
        "(2026-12-01T00:00:00Z in orders); windows like 'in last 365 days' will find "
        "nothing\n")


@pytest.mark.parametrize(("args", "why"), [
    (["recent_buyers", "--as-of", "2026-12-02T00:00:00Z"], "within a day of the last event"),
    (["recent_buyers", "--as-of", "2026-11-01"], "events after the as-of exist"),
    (["recent_buyers"], "no --as-of: the current time is the user's choice"),
    (["adults", "--as-of", "2030-01-01"], "reads no event table"),
])
def test_no_stale_warning(project: Path, args: list[str], why: str) -> None:
    result = run(["run", *args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr, why


def test_stale_warning_names_the_gap_it_means(project: Path) -> None:
    result = run(["run", "--all", "--as-of", "2026-12-10", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "windows like 'in last 7 days' will find nothing" in result.stderr


# ---------------------------------------------------------- definitions, usage


def test_definition_errors_exit_1(project: Path) -> None:
    (project / "segments" / "b.seg").write_text("segment old\n  where agee >= 65\n",
                                                encoding="utf-8")
    result = run(["run", "adults"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "segments/b.seg:2:9: error[" in result.stderr


def test_unknown_segment(project: Path) -> None:
    result = run(["run", "germanz"])
    assert result.exit_code == 2
    assert result.stderr == "error: no segment is called 'germanz' (did you mean 'germans'?)\n"


def test_metric_is_not_a_segment(project: Path) -> None:
    result = run(["run", "spent"])
    assert result.exit_code == 2
    assert "'spent' is a metric, not a segment" in result.stderr
    assert "segdsl run --all" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["adults", "--all"],
        ["adults", "--format", "xml"],
        ["adults", "--as-of", "tomorrow"],
        ["adults", "--out", "members.txt"],
        ["adults", "--out", "members"],
        ["adults", "--out", "members.csv", "--format", "json"],
    ],
)
def test_usage_errors_exit_2(project: Path, args: list[str]) -> None:
    result = run(["run", *args])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert not list(project.glob("members*"))


# ----------------------------------------------------------------------- --out


def test_out_csv_segment(project: Path) -> None:
    result = run(["run", "adults", "--out", "adults.csv", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert (project / "adults.csv").read_text(encoding="utf-8") == 'customer_id\n"c,4"\nc10\nc2\n'
    assert read_back(project / "adults.csv") == [("c,4",), ("c10",), ("c2",)]


def test_out_csv_all_matches_stdout_csv(project: Path) -> None:
    result = run(["run", "--all", "--out", "all.csv", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert (project / "all.csv").read_text(encoding="utf-8") == MEMBERSHIP_CSV


def test_out_parquet(project: Path) -> None:
    result = run(["run", "--all", "--out", "all.parquet", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    relation = con.sql(f"SELECT * FROM '{(project / 'all.parquet').as_posix()}'")
    assert relation.columns == ["customer_id", "adults", "germans", "recent_buyers", "kind",
                                "orders", "spent", "last_order"]
    rows = relation.fetchall()
    assert [row[0] for row in rows] == ["c,4", "c1", "c10", "c2", "c3"], "sorted by key"
    assert rows[1][:7] == ("c1", False, False, True, "small", 1, 50.5)
    assert rows[1][7] == dt.datetime(2026, 10, 20, 10, 0)
    assert rows[4][4] is None and rows[4][7] is None
    segment = run(["run", "germans", "--out", "germans.parquet"])
    assert segment.exit_code == 0
    assert read_back(project / "germans.parquet") == [("c,4",), ("c2",)]


def test_out_replaces_an_existing_file(project: Path) -> None:
    target = project / "adults.csv"
    target.write_text("old\n", encoding="utf-8")
    assert run(["run", "adults", "--out", "adults.csv"]).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("customer_id\n")


def test_out_leaves_no_partial_file_when_the_query_fails(project: Path) -> None:
    build_database(project / "no_age.duckdb", with_age=False)
    for name in ("fresh.csv", "fresh.parquet"):
        result = run(["run", "--all", "--db", "no_age.duckdb", "--out", name])
        assert result.exit_code == 2
        assert len(result.stderr.splitlines()) == 1
        assert not (project / name).exists()
    previous = project / "kept.csv"
    previous.write_text("previous content\n", encoding="utf-8")
    result = run(["run", "--all", "--db", "no_age.duckdb", "--out", "kept.csv"])
    assert result.exit_code == 2
    assert previous.read_text(encoding="utf-8") == "previous content\n"
    leftovers = [p.name for p in project.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_out_into_a_missing_folder(project: Path) -> None:
    result = run(["run", "adults", "--out", "nowhere/adults.csv"])
    assert result.exit_code == 2
    assert "nowhere" in result.stderr
    assert len(result.stderr.splitlines()) == 1


# ------------------------------------------------------------------------ demo


def test_demo_then_run_all_shows_the_sizes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    example = tmp_path / "shop"
    shutil.copytree(EXAMPLE, example, ignore=shutil.ignore_patterns("data"))
    monkeypatch.chdir(tmp_path)
    made = run(["demo", "--project", "shop", "--customers", "300", "--as-of", AS_OF])
    assert made.exit_code == 0, made.output
    assert (example / "data" / "shop.duckdb").is_file()
    assert "shop/data/shop.duckdb" in made.stderr
    assert [p.name for p in (example / "data").iterdir()] == ["shop.duckdb"]

    result = run(["run", "--project", "shop", "--all", "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    header, *summary = result.stdout.partition("\n\n")[0].splitlines()
    assert header.split() == ["definition", "members", "share"]
    sizes = {line.split()[0]: int(line.split()[1]) for line in summary}
    assert sizes["(all)"] == 300
    assert "vip" in sizes and "persona=casual" in sizes
    assert any(count > 0 for name, count in sizes.items() if name != "(all)")

    again = run(["demo", "--project", "shop", "--customers", "50", "--as-of", AS_OF])
    assert again.exit_code == 0, "the demo database is replaced"
    csv_rows = run(["run", "--project", "shop", "--all", "--format", "csv", "--as-of", AS_OF])
    assert len(csv_rows.stdout.splitlines()) == 1 + 50


def test_demo_refuses_another_schema(project: Path) -> None:
    result = run(["demo"])
    assert result.exit_code == 2
    assert "example project" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_demo_needs_a_database_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, database=None)
    result = run(["demo"])
    assert result.exit_code == 2
    assert "'database'" in result.stderr


# ------------------------------------------------------------------ subprocess


def test_python_dash_m_run(project: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    completed = subprocess.run(
        [sys.executable, "-m", "segdsl", "run", "adults", "--format", "csv"],
        cwd=project, env=env, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == 'customer_id\n"c,4"\nc10\nc2\n'
    missing = subprocess.run(
        [sys.executable, "-m", "segdsl", "run", "adults", "--db", "nope.duckdb"],
        cwd=project, env=env, capture_output=True, text=True, timeout=120,
    )
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
    assert len(missing.stderr.splitlines()) == 1


def test_summary_lists_labels_in_definition_order_with_empty_ones() -> None:
    from segdsl.cli.output import summary_lines

    rows = [("c1", True, "zeta"), ("c2", False, "zeta"), ("c3", False, "alpha"),
            ("c4", False, "zeta"), ("c5", False, "zeta"), ("c6", False, "zeta"),
            ("c7", False, "zeta"), ("c8", False, "zeta")]
    lines = list(summary_lines(["id", "vip", "tier"], rows, ["vip"],
                               {"tier": ["zeta", "empty", "alpha"]}))
    assert [line.rstrip("\n") for line in lines] == [
        "definition  members   share",
        "vip               1   12.5%",
        "tier=zeta         7   87.5%",
        "tier=empty        0    0.0%",
        "tier=alpha        1   12.5%",
        "(all)             8  100.0%",
    ]
