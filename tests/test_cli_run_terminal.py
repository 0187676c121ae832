"""What `segdsl run` prints on a terminal and into a pipe, seen as a person and a
script see it: the CLI runs as a subprocess whose stdout is a pseudo-terminal
(python's ``pty``) or a pipe.

On a terminal `run --all` prints only the summary of sizes and shares (and on
stderr what it left out); rows come when asked for (--members, --format, --with,
--out).  Into a pipe it prints what it always printed: the summary, a blank line,
the membership table.  `run SEGMENT` prints its members either way.
"""

from __future__ import annotations

import datetime as dt
import os
import pty
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import write_project
from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

from segdsl.cli.main import DEBUG_ENV

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-01"
PG_DATABASE = "segdsl_test_terminal" + DB_SUFFIX

SEGMENTS = """\
metric orders = count(purchase)
segment adults
  expect size >= 4
  where age >= 18
segment germans
  where country = "DE"
segmentation kind
  big: orders > 1
  small: orders > 0
"""
CUSTOMERS = [("c1", "DE", 30), ("c2", "FR", 17), ("c3", "DE", 40), ("c4", None, None),
             ("c5", "AT", 18)]
ORDERS = [("c1", "2026-10-20 10:00:00", 50.5), ("c1", "2026-10-31 10:00:00", 5.0),
          ("c3", "2026-02-01 00:00:00", 200.0)]
SUMMARY = [
    "definition   members   share",
    "adults             3   60.0%",
    "germans            2   40.0%",
    "kind=big           1   20.0%",
    "kind=small         1   20.0%",
    "kind=(none)        3   60.0%",
    "(all)              5  100.0%",
]
TABLE_HEADER = ["customer_id", "adults", "germans", "kind", "orders"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("terminal")
    write_project(root, SEGMENTS, "name: tiny\ndatabase: shop.duckdb\n")
    with duckdb.connect(str(root / "shop.duckdb")) as con:
        con.execute("CREATE TABLE customers (customer_id VARCHAR, country VARCHAR, age BIGINT)")
        con.executemany("INSERT INTO customers VALUES (?, ?, ?)", CUSTOMERS)
        con.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                    "amount DOUBLE)")
        con.executemany("INSERT INTO orders VALUES (?, ?, ?)", ORDERS)
    return root


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    return env


def on_terminal(project: Path, *args: str) -> tuple[int, str, str]:
    """``segdsl ARGS`` with stdout on a pseudo-terminal: (exit status, what the
    terminal shows from stdout with line ends as ``\\n``, stderr)."""
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "segdsl", *args], cwd=project, env=_env(),
            stdin=subprocess.DEVNULL, stdout=follower, stderr=subprocess.PIPE)
    finally:
        os.close(follower)
    shown = bytearray()
    try:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert process.stderr is not None
    errors = process.stderr.read().decode()
    status = process.wait(timeout=120)
    # The terminal turns each "\n" into "\r\n" (onlcr).
    return status, shown.decode().replace("\r\n", "\n"), errors


def in_pipe(project: Path, *args: str) -> tuple[int, str, str]:
    """``segdsl ARGS`` with stdout into a pipe: (exit status, stdout, stderr)."""
    done = subprocess.run([sys.executable, "-m", "segdsl", *args], cwd=project, env=_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120)
    return done.returncode, done.stdout, done.stderr


def test_all_on_a_terminal_prints_only_the_summary(project: Path) -> None:
    status, shown, errors = on_terminal(project, "run", "--all", "--as-of", AS_OF)
    assert status == 0, errors
    assert shown.splitlines() == SUMMARY
    assert errors == ("(the membership table, 5 rows of 5 columns, is not printed on a "
                      "terminal: --members prints it, --format csv or --out FILE.csv gives "
                      "it to other tools)\n")


def test_all_into_a_pipe_prints_summary_then_the_table(project: Path) -> None:
    status, printed, errors = in_pipe(project, "run", "--all", "--as-of", AS_OF)
    assert status == 0, errors
    assert errors == ""
    summary, blank, table = printed.partition("\n\n")
    assert blank and summary.splitlines() == SUMMARY
    lines = table.splitlines()
    assert lines[0].split() == TABLE_HEADER
    assert [line.split()[0] for line in lines[2:]] == ["c1", "c2", "c3", "c4", "c5"]


@pytest.mark.parametrize("asked", [["--members"], ["--format", "table"]])
def test_all_on_a_terminal_prints_rows_when_asked(project: Path, asked: list[str]) -> None:
    status, shown, errors = on_terminal(project, "run", "--all", "--as-of", AS_OF, *asked)
    assert status == 0, errors
    assert errors == ""
    # Exactly what a pipe gets.
    assert shown == in_pipe(project, "run", "--all", "--as-of", AS_OF)[1]


def test_all_on_a_terminal_with_csv_prints_csv(project: Path) -> None:
    status, shown, errors = on_terminal(project, "run", "--all", "--as-of", AS_OF,
                                        "--format", "csv")
    assert status == 0, errors
    assert shown.splitlines() == [
        "customer_id,adults,germans,kind,orders",
        "c1,true,true,big,2",
        "c2,false,false,,0",
        "c3,true,true,small,1",
        "c4,false,false,,0",
        "c5,true,false,,0",
    ]


def test_all_on_a_terminal_with_attributes_prints_rows(project: Path) -> None:
    status, shown, errors = on_terminal(project, "run", "--all", "--as-of", AS_OF,
                                        "--with", "country")
    assert status == 0, errors
    summary, _, table = shown.partition("\n\n")
    assert summary.splitlines() == SUMMARY
    assert table.splitlines()[0].split() == ["customer_id", "country", *TABLE_HEADER[1:]]
    assert table.splitlines()[2].split() == ["c1", "DE", "true", "true", "big", "2"]


def test_all_on_a_terminal_with_out_writes_the_file(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "members.csv"
    status, shown, errors = on_terminal(project, "run", "--all", "--as-of", AS_OF,
                                        "--out", str(target))
    assert status == 0, errors
    assert shown == ""
    assert errors == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8").splitlines()[0] == ",".join(TABLE_HEADER)


def test_segment_on_a_terminal_prints_its_members(project: Path) -> None:
    status, shown, errors = on_terminal(project, "run", "adults", "--as-of", AS_OF)
    assert status == 0, errors
    assert errors == ""
    assert shown == "customer_id\n-----------\nc1\nc3\nc5\n\nadults: 3 members\n"
    assert shown == in_pipe(project, "run", "adults", "--as-of", AS_OF)[1]


def test_expectations_on_a_terminal_are_judged_from_the_summary(project: Path) -> None:
    status, shown, errors = on_terminal(project, "run", "--all", "--as-of", AS_OF,
                                        "--check-expectations")
    assert status == 1
    assert shown.splitlines() == SUMMARY
    violated = [line for line in errors.splitlines() if "expects" in line]
    assert len(violated) == 1 and violated[0].endswith("measured 3")
    assert errors.splitlines()[-1] == "1 of 1 expectation violated"
    # The same verdict from the rows a pipe gets.
    piped_status, _, piped_errors = in_pipe(project, "run", "--all", "--as-of", AS_OF,
                                            "--check-expectations")
    assert piped_status == 1
    assert [line for line in piped_errors.splitlines() if "expects" in line] == violated


def test_database_problems_on_a_terminal(project: Path) -> None:
    status, shown, errors = on_terminal(project, "run", "--all", "--db", "missing.duckdb")
    assert status == 2
    assert shown == ""
    assert errors.startswith("error: ") and len(errors.splitlines()) == 1


@pytest.fixture(scope="module")
def postgres_url(project: Path) -> Iterator[str]:
    """The project's rows in PostgreSQL."""
    import psycopg
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    name = sql.Identifier(PG_DATABASE)
    with psycopg.connect(server_url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
    url = with_database(server_url(), PG_DATABASE)
    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE customers (customer_id text, country text, "
                           "age bigint)")
        connection.execute("CREATE TABLE orders (customer_id text, ordered_at timestamptz, "
                           "amount numeric)")
        for row in CUSTOMERS:
            connection.execute("INSERT INTO customers VALUES (%s, %s, %s)", row)
        for key, when, amount in ORDERS:
            connection.execute("INSERT INTO orders VALUES (%s, %s, %s)", (
                key, dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC), amount))
    yield url
    with psycopg.connect(server_url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def test_all_on_a_terminal_on_postgres(project: Path, postgres_url: str) -> None:
    status, shown, errors = on_terminal(project, "run", "--all", "--as-of", AS_OF,
                                        "--db", postgres_url)
    assert status == 0, errors
    assert shown.splitlines() == SUMMARY
    assert errors.startswith("(the membership table, 5 rows of 5 columns")
    piped = in_pipe(project, "run", "--all", "--as-of", AS_OF, "--db", postgres_url)
    assert piped[0] == 0, piped[2]
    assert piped[1].partition("\n\n")[0].splitlines() == SUMMARY
