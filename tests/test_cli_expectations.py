"""`segdsl run --check-expectations` end to end on DuckDB and PostgreSQL.

The data: 100 customers c000..c099, the first 5 in Germany, aged 0 to 99 (so 82
adults).  The bounds sit exactly at the measured values (size 5, share exactly 5%),
so "passes at the bound" and "fails just past it" are both tested on each engine,
for `run SEGMENT`, `run --all` and `--out`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import run, write_project
from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

AS_OF = "2026-11-01"
DATABASE = "segdsl_test_expect" + DB_SUFFIX
CUSTOMERS = [(f"c{i:03d}", "DE" if i < 5 else "FR", i) for i in range(100)]

HOLDS = """\
segment germans
  title "Germans"
  expect size >= 5
  expect share <= 5%
  expect share between 5% and 5%
  where country = "DE"

segment adults
  expect size between 82 and 82
  expect share > 81.99%
  where age >= 18

segment plain
  where age < 3
"""

VIOLATED = """\
segment germans
  expect size >= 5
  expect share < 5%
  expect size > 5
  where country = "DE"

segment adults
  expect share >= 82.01%
  where age >= 18
"""


def _duckdb_file(folder: Path) -> str:
    path = folder / "data.duckdb"
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE TABLE customers (customer_id VARCHAR, country VARCHAR, age BIGINT)")
        con.executemany("INSERT INTO customers VALUES (?, ?, ?)", CUSTOMERS)
        con.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                    "amount DOUBLE)")
    finally:
        con.close()
    return str(path)


def _postgres_database() -> str:
    import psycopg
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    name = sql.Identifier(DATABASE)
    with psycopg.connect(server_url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
    url = with_database(server_url(), DATABASE)
    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE customers (customer_id text, country text, age bigint)")
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO customers VALUES (%s, %s, %s)", CUSTOMERS)
        connection.execute("CREATE TABLE orders (customer_id text, ordered_at timestamptz, "
                           "amount numeric)")
    return url


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def database(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "duckdb":
        yield _duckdb_file(tmp_path_factory.mktemp("expect"))
        return
    url = _postgres_database()
    yield url
    import psycopg
    from psycopg import sql

    with psycopg.connect(server_url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(DATABASE)))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(database: str, *args: str) -> tuple[int, str, str]:
    result = run(["run", "--db", database, "--as-of", AS_OF, *args])
    return result.exit_code, result.stdout, result.stderr


# ------------------------------------------------------------------ holding


def test_every_expectation_holds_exactly_at_its_bounds(project: Path, database: str) -> None:
    write_project(project, HOLDS)
    status, stdout, stderr = _run(database, "--all", "--check-expectations")
    assert status == 0, stderr
    assert stderr.splitlines()[-1] == "all 5 expectations hold"
    assert "(all)" in stdout and "c099" in stdout  # the rows are printed as usual


def test_one_segment_is_judged_against_the_whole_population(project: Path,
                                                              database: str) -> None:
    write_project(project, HOLDS)
    status, stdout, stderr = _run(database, "germans", "--check-expectations")
    assert status == 0, stderr
    # share <= 5% and share between 5% and 5% hold only with a population of 100.
    assert stderr.splitlines()[-1] == "all 3 expectations hold"
    assert "germans: 5 members" in stdout


def test_without_the_flag_nothing_is_judged(project: Path, database: str) -> None:
    write_project(project, VIOLATED)
    status, _, stderr = _run(database, "--all")
    assert status == 0 and "expect" not in stderr


# ------------------------------------------------------------------ violated


def test_violations_are_listed_with_the_measured_value_and_exit_1(project: Path,
                                                                   database: str) -> None:
    write_project(project, VIOLATED)
    status, stdout, stderr = _run(database, "--all", "--check-expectations")
    assert status == 1
    assert stderr.splitlines() == [
        "segments/a.seg:3:3: segment 'germans' expects share < 5%, measured 5%",
        "segments/a.seg:4:3: segment 'germans' expects size > 5, measured 5",
        "segments/a.seg:8:3: segment 'adults' expects share >= 82.01%, measured 82%",
        "3 of 4 expectations violated",
    ]
    assert "c000" in stdout  # rows still printed


def test_run_segment_judges_only_that_segment(project: Path, database: str) -> None:
    write_project(project, VIOLATED)
    status, stdout, stderr = _run(database, "adults", "--check-expectations",
                                  "--format", "csv")
    assert status == 1
    assert stderr.splitlines() == [
        "segments/a.seg:8:3: segment 'adults' expects share >= 82.01%, measured 82%",
        "1 of 1 expectation violated",
    ]
    assert len(stdout.splitlines()) == 1 + 82


@pytest.mark.parametrize("target", [["--all"], ["germans"]])
def test_out_files_are_written_and_expectations_judged(project: Path, database: str,
                                                       target: list[str]) -> None:
    write_project(project, VIOLATED)
    out = project / "out.csv"
    status, stdout, stderr = _run(database, *target, "--check-expectations", "--out", str(out))
    assert status == 1
    lines = stderr.splitlines()
    assert lines[0] == f"wrote {out}"
    assert lines[1] == "segments/a.seg:3:3: segment 'germans' expects share < 5%, measured 5%"
    assert lines[-1] == ("3 of 4 expectations violated" if target == ["--all"]
                         else "2 of 3 expectations violated")
    assert stdout == ""
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + (100 if target == ["--all"] else 5)


def test_out_without_as_of_uses_one_now_for_rows_and_sizes(project: Path,
                                                           database: str) -> None:
    write_project(project, HOLDS)
    out = project / "out.csv"
    result = run(["run", "--db", database, "--all", "--check-expectations", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "all 5 expectations hold"
    assert out.is_file()


# ------------------------------------------------------------------ nothing to judge


def test_a_segment_without_expect_lines_is_a_note(project: Path, database: str) -> None:
    write_project(project, HOLDS)
    status, _, stderr = _run(database, "plain", "--check-expectations")
    assert status == 0
    assert stderr.strip() == "note: segment 'plain' has no expect lines; nothing to check"


def test_a_project_with_an_invalid_expectation_does_not_run(project: Path,
                                                            database: str) -> None:
    write_project(project, "segment s\n  expect share <= 5\n  where age > 1\n")
    status, stdout, stderr = _run(database, "--all", "--check-expectations")
    assert status == 1
    assert "error[EXP004]" in stderr and stdout == ""
