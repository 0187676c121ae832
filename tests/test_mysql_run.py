"""``segdsl run`` (and ``explain``, ``report``, ``diff``, ``schema infer``) on a real
MariaDB/MySQL server through ``--db mysql://...``.

The example project's demo data is copied from DuckDB into real tables of a
database of its own (``DATETIME(6)`` and ``TIMESTAMP(6)`` times, ``DOUBLE``
amounts, ``BOOLEAN`` flags, as DuckDB's file has them), and the outputs must be
the DuckDB file's byte for byte.  The project reads the tables as
``<database>.customers`` (MySQL's ``schema.table``) through a URL without a
database; then each kind of bad input must give one clear line and exit 2, and
the session must be unable to write.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from cli_project import run
from click.testing import Result
from engine_targets import DB_SUFFIX, REPO, mysql_server_url, unavailable

from segdsl.demo import TABLES, generate_shop_database

SHOP = REPO / "examples" / "shop"
AS_OF = "2026-11-01T09:30:00Z"
DATABASE = "segdsl_run" + DB_SUFFIX
# DuckDB's demo column types -> MySQL's; shop.orders keeps its times in a zoned
# TIMESTAMP column (read in the session's UTC), the others in naive DATETIME.
MYSQL_TYPES = {"VARCHAR": "VARCHAR(200)", "BIGINT": "BIGINT", "DOUBLE": "DOUBLE",
               "BOOLEAN": "BOOLEAN", "DATE": "DATE", "TIMESTAMP": "DATETIME(6)"}
ZONED_TABLE = "shop.orders"


def _require_server() -> None:
    """Skip (or fail under CI) without a server; the project is in UTC, so the
    time-zone tables segdsl test's zone cases need are not needed here."""
    try:
        import pymysql
    except ImportError:
        unavailable("pymysql is not installed (pip install 'segdsl[mysql]')")
    try:
        _connect().close()
    except pymysql.Error as error:
        unavailable(f"MySQL at {mysql_server_url()} is not available: {error}")


def _connect(database: str | None = None) -> Any:
    import pymysql

    from segdsl.engines.mysql_engine import connect_arguments

    arguments = connect_arguments(mysql_server_url())
    arguments.pop("database", None)
    if database is not None:
        arguments["database"] = database
    return pymysql.connect(**arguments, charset="utf8mb4", autocommit=True,
                           init_command="SET time_zone = '+00:00'")


def _execute(*statements: str, database: str | None = None) -> None:
    connection = _connect(database)
    try:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        connection.close()


def _server_url(database: str = "") -> str:
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(mysql_server_url())._replace(path="/" + database))


def _copy_demo(duckdb_file: Path, database: str) -> None:
    """The demo tables as real tables of ``database`` (named without ``shop.``)."""
    _execute(f"DROP DATABASE IF EXISTS `{database}`",
             f"CREATE DATABASE `{database}` CHARACTER SET utf8mb4")
    source = duckdb.connect(str(duckdb_file), read_only=True)
    connection = _connect(database)
    try:
        with connection.cursor() as cursor:
            for table, columns in TABLES.items():
                name = table.split(".")[1]
                types = dict(MYSQL_TYPES)
                if table == ZONED_TABLE:
                    types["TIMESTAMP"] = "TIMESTAMP(6) NULL"
                definitions = ", ".join(f"`{column}` {types[kind]}" for column, kind in columns)
                cursor.execute(f"CREATE TABLE `{name}` ({definitions})")
                names = ", ".join(f'"{column}"' for column, _ in columns)
                rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
                marks = ", ".join("%s" for _ in columns)
                cursor.executemany(f"INSERT INTO `{name}` VALUES ({marks})", rows)
    finally:
        connection.close()
        source.close()


def _project(folder: Path, database: str, qualified: bool = True) -> Path:
    """The example project reading ``database``'s tables (``db.customers``, or
    ``customers`` in the URL's database)."""
    project = folder / "shop"
    shutil.copytree(SHOP, project, ignore=shutil.ignore_patterns("data"))
    schema = project / "schema.yml"
    prefix = f"{database}." if qualified else ""
    schema.write_text(schema.read_text().replace("table: shop.", f"table: {prefix}"))
    return project


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, str]]:
    """(the demo DuckDB file, the project reading MySQL, the MySQL URL)."""
    _require_server()
    folder = tmp_path_factory.mktemp("shop")
    duckdb_file = folder / "demo.duckdb"
    generate_shop_database(duckdb_file, customers=400, seed=3,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    _copy_demo(duckdb_file, DATABASE)
    yield duckdb_file, _project(folder, DATABASE), _server_url()
    _execute(f"DROP DATABASE IF EXISTS `{DATABASE}`")


def _both(shop: tuple[Path, Path, str], *args: str) -> tuple[Result, Result]:
    duckdb_file, project, url = shop
    return (run([args[0], "--project", str(SHOP), *args[1:], "--as-of", AS_OF,
                 "--db", str(duckdb_file)]),
            run([args[0], "--project", str(project), *args[1:], "--as-of", AS_OF,
                 "--db", url]))


@pytest.mark.parametrize("output", ["csv", "json"])
def test_membership_table_is_duckdbs_byte_for_byte(shop: tuple[Path, Path, str],
                                                   output: str) -> None:
    on_duckdb, on_mysql = _both(shop, "run", "--all", "--format", output)
    assert on_duckdb.exit_code == 0, on_duckdb.output
    assert on_mysql.exit_code == 0, on_mysql.output
    assert on_mysql.stdout == on_duckdb.stdout
    assert len(on_mysql.stdout) > 1000
