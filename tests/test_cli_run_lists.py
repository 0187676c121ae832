"""``segdsl run`` on list columns (SPEC 11, "Lists"): user tables with array columns
of the types docs/types.md lists (DuckDB ``VARCHAR[]``/``INTEGER[]``, PostgreSQL
``varchar[]``/``integer[]``, MariaDB ``JSON``), ``--with`` a list attribute in every
output format,
and a NULL element refused before anything is evaluated."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import run, write_project
from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

DATABASE = "segdsl_test_run_lists" + DB_SUFFIX

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  interests: list<string>
  lucky: list<integer>
"""

SEGMENTS = """\
segment runners
  where interests contains "running" or length(lucky) > 1
"""

# (key, interests, lucky): c3's lists are missing, c4's empty.
ROWS = [("c1", ["running", "Käse"], [7]), ("c2", ["trailrunning"], [1, 2]),
        ("c3", None, None), ("c4", [], [])]


def _duckdb(path: Path, null_element: bool) -> str:
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE customers (customer_id VARCHAR, interests VARCHAR[], "
                       "lucky INTEGER[])")
    connection.executemany("INSERT INTO customers VALUES (?, ?, ?)", ROWS)
    if null_element:
        connection.execute("INSERT INTO customers VALUES ('c5', ['a', NULL], [])")
    connection.close()
    return str(path)


def _admin(statement: object) -> None:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


def _postgres(name: str, null_element: bool) -> str:
    import psycopg
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    _admin(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = with_database(server_url(), name)
    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE customers (customer_id text, interests varchar[], "
                           "lucky integer[])")
        for row in ROWS:
            connection.execute("INSERT INTO customers VALUES (%s, %s, %s)", row)
        if null_element:
            connection.execute("INSERT INTO customers VALUES ('c5', ARRAY['a', NULL], '{}')")
    return url


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_project(tmp_path_factory.mktemp("lists"), SEGMENTS, schema=SCHEMA)


def _mysql(name: str, null_element: bool) -> str:
    """The rows in MariaDB ``JSON`` columns (``LONGTEXT`` with a ``json_valid``
    check, which the column check reads as ``json``)."""
    from test_mysql_run import _execute, _require_server, _server_url

    _require_server()
    rows = [(key, None if interests is None else json.dumps(interests, ensure_ascii=False),
             None if lucky is None else json.dumps(lucky)) for key, interests, lucky in ROWS]
    statements = [f"DROP DATABASE IF EXISTS `{name}`", f"CREATE DATABASE `{name}`",
                  f"CREATE TABLE `{name}`.`customers` (`customer_id` VARCHAR(20), "
                  "`interests` JSON, `lucky` JSON)"]
    for row in rows:
        values = ", ".join("NULL" if value is None else "'" + value + "'" for value in row)
        statements.append(f"INSERT INTO `{name}`.`customers` VALUES ({values})")
    if null_element:
        statements.append(f"INSERT INTO `{name}`.`customers` VALUES ('c5', '[\"a\", null]', "
                          "'[]')")
    _execute(*statements)
    return _server_url(name)


@pytest.fixture(scope="module", params=["duckdb", "postgres", "mysql"])
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _database(engine: str, folder: Path, null_element: bool) -> Iterator[str]:
    if engine == "duckdb":
        yield _duckdb(folder / "db.duckdb", null_element)
        return
    name = DATABASE + ("_null" if null_element else "")
    if engine == "mysql":
        from test_mysql_run import _execute

        yield _mysql(name, null_element)
        _execute(f"DROP DATABASE IF EXISTS `{name}`")
        return
    yield _postgres(name, null_element)
    from psycopg import sql

    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def database(engine: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _database(engine, tmp_path_factory.mktemp("db"), False)


def _run(project: Path, database: str, *args: str) -> tuple[int, str, str]:
    result = run(["run", "--project", str(project), "--db", database, *args])
    return result.exit_code, result.stdout, result.stderr


def test_members_by_element_not_substring(project: Path, database: str) -> None:
    code, out, err = _run(project, database, "runners", "--format", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["customer_id", "c1", "c2"]  # c2 by its two lucky numbers


def test_with_a_list_in_every_format(project: Path, database: str) -> None:
    args = ("runners", "--with", "interests,lucky")
    code, out, _ = _run(project, database, *args, "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"customer_id": "c1", "interests": ["running", "Käse"], "lucky": [7]},
        {"customer_id": "c2", "interests": ["trailrunning"], "lucky": [1, 2]}]
    code, out, _ = _run(project, database, *args, "--format", "csv")
    assert out.splitlines() == ["customer_id,interests,lucky",
                                'c1,"[""running"",""Käse""]",[7]',
                                'c2,"[""trailrunning""]","[1,2]"']
    code, out, _ = _run(project, database, *args, "--format", "table")
    assert out.splitlines()[2].split() == ["c1", '["running","Käse"]', "[7]"]


def test_out_csv_writes_lists_as_the_csv_format_prints_them(
        project: Path, database: str, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, _, err = _run(project, database, "runners", "--with", "interests", "--out",
                        str(target))
    assert code == 0, err
    assert target.read_text(encoding="utf-8").splitlines() == [
        "customer_id,interests", 'c1,"[""running"",""Käse""]"', 'c2,"[""trailrunning""]"']


def test_a_null_element_stops_the_run(project: Path, engine: str, tmp_path: Path) -> None:
    for database in _database(engine, tmp_path, True):
        code, out, err = _run(project, database, "runners")
        assert (code, out) == (2, "")
        assert ("the list column 'interests' of 'customers' (interests) has a "
                "NULL element (for example in the row with customer_id = c5); lists hold no "
                "nulls") in err


def test_schema_infer_maps_array_columns_to_list_types(engine: str, tmp_path: Path) -> None:
    for database in _database(engine, tmp_path, False):
        result = run(["schema", "infer", "--db", database, "--table", "customers"])
        assert result.exit_code == 0, result.stderr
        # A JSON column does not say its elements' type: MySQL's lists are drafted
        # as list<string> (docs/types.md).
        lucky = "list<string>" if engine == "mysql" else "list<integer>"
        assert f"  interests: list<string>\n  lucky: {lucky}\n" in result.stdout
