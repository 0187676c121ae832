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
import html
import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
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


# A case-sensitive comparison: MariaDB's default collation would also take "DE",
# "De" and "de " as "de"; `run` (its ORDER BY) and `diff` (its filter) parse the
# compiled SQL again, which must keep the binary collation.
EXACT = "segment exact_de where country = \"de\"\n"


def _project(folder: Path, database: str | None, qualified: bool = True) -> Path:
    """A copy of the example project (plus ``EXACT``) reading ``database``'s tables
    (``db.customers``, or ``customers`` in the URL's database); with None, the
    DuckDB file's ``shop.customers``."""
    project = folder / f"shop_{database or 'duckdb'}{'' if qualified else '_plain'}"
    shutil.copytree(SHOP, project, ignore=shutil.ignore_patterns("data"))
    (project / "segments" / "exact.seg").write_text(EXACT)
    if database is not None:
        schema = project / "schema.yml"
        prefix = f"{database}." if qualified else ""
        schema.write_text(schema.read_text().replace("table: shop.", f"table: {prefix}"))
    return project


@dataclass(frozen=True)
class Shop:
    duckdb_file: Path
    duckdb_project: Path
    project: Path  # reads `segdsl_run_<suffix>.customers` ...
    url: str  # ... through a URL without a database
    folder: Path


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    _require_server()
    folder = tmp_path_factory.mktemp("shop")
    duckdb_file = folder / "demo.duckdb"
    generate_shop_database(duckdb_file, customers=400, seed=3,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    _copy_demo(duckdb_file, DATABASE)
    yield Shop(duckdb_file, _project(folder, None), _project(folder, DATABASE), _server_url(),
               folder)
    _execute(f"DROP DATABASE IF EXISTS `{DATABASE}`")


def _both(shop: Shop, command: str, *args: str) -> tuple[Result, Result]:
    """``segdsl COMMAND ARGS`` on the DuckDB file and on MySQL."""
    tail = [*args, "--as-of", AS_OF]
    return (run([command, "--project", str(shop.duckdb_project), *tail,
                 "--db", str(shop.duckdb_file)]),
            run([command, "--project", str(shop.project), *tail, "--db", shop.url]))


def _same(on_duckdb: Result, on_mysql: Result) -> str:
    assert on_duckdb.exit_code == 0, on_duckdb.output
    assert on_mysql.exit_code == 0, on_mysql.output
    assert on_mysql.stdout == on_duckdb.stdout
    assert on_mysql.stderr == on_duckdb.stderr
    return on_mysql.stdout


# ------------------------------------------------------------- the same output


@pytest.mark.parametrize("output", ["csv", "json"])
def test_membership_table_is_duckdbs_byte_for_byte(shop: Shop, output: str) -> None:
    """Booleans print true/false (MySQL returns 0/1), decimals exact, keys in
    code point order (MariaDB's collation ignores case)."""
    printed = _same(*_both(shop, "run", "--all", "--format", output))
    assert len(printed.splitlines()) == (401 if output == "csv" else 402)
    if output == "json":
        rows = json.loads(printed)
        assert {row["vip"] for row in rows} == {True, False}


@pytest.mark.parametrize("segment", ["exact_de", "vip", "munich_store_launch",
                                     "dach_young_adults"])
def test_each_segment_has_duckdbs_members(shop: Shop, segment: str) -> None:
    printed = _same(*_both(shop, "run", segment, "--format", "csv"))
    assert len(printed.splitlines()) > 1, "the demo plants members for every segment"


def test_a_comparison_stays_case_sensitive(shop: Shop) -> None:
    """country = "de": the one customer whose country is exactly `de` (DuckDB's
    answer), not every `DE`, `De` or `de ` (MariaDB's default collation, and the
    trailing spaces a PAD SPACE binary collation ignores)."""
    _, on_mysql = _both(shop, "run", "exact_de", "--format", "csv")
    assert on_mysql.stdout.splitlines() == ["customer_id", "C000121"]
    connection = _connect(DATABASE)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM `customers` WHERE `country` = 'de'")
            assert cursor.fetchone()[0] > 100  # what the server's collation alone says
    finally:
        connection.close()


def test_table_output_and_attributes(shop: Shop) -> None:
    """--with a BOOLEAN (TINYINT(1)) attribute and a relation attribute."""
    _same(*_both(shop, "run", "vip", "--with", "is_subscribed,account.industry"))


def test_out_files_are_duckdbs(shop: Shop, tmp_path: Path) -> None:
    # Parquet is made from the CSV the rows stream into (segdsl/cli/export.py), so
    # its column types and values check both.
    for suffix in ("parquet",):
        made = []
        for name, project, db in (("duck", shop.duckdb_project, str(shop.duckdb_file)),
                                  ("mysql", shop.project, shop.url)):
            out = tmp_path / f"{name}.{suffix}"
            result = run(["run", "--project", str(project), "--all", "--with", "is_subscribed",
                          "--as-of", AS_OF, "--db", db, "--out", str(out)])
            assert result.exit_code == 0, result.output
            made.append(out)
        duck, mine = (duckdb.sql(f"SELECT * FROM '{path}'") for path in made)
        assert mine.types == duck.types
        assert mine.fetchall() == duck.fetchall()


def test_check_expectations(shop: Shop) -> None:
    on_duckdb, on_mysql = _both(shop, "run", "--all", "--check-expectations",
                                "--format", "csv")
    _same(on_duckdb, on_mysql)
    assert "expectations hold" in on_mysql.stderr


def test_explain_attrition(shop: Shop) -> None:
    explained = _same(*_both(shop, "explain", "munich_store_launch"))
    assert "Attrition at 2026-11-01 09:30:00 UTC:" in explained
    assert "population: 400" in explained


def test_report_has_duckdbs_numbers(shop: Shop, tmp_path: Path) -> None:
    pages = []
    for name, project, db in (("duck", shop.duckdb_project, str(shop.duckdb_file)),
                              ("mysql", shop.project, shop.url)):
        out = tmp_path / f"{name}.html"
        result = run(["report", "--project", str(project), "--db", db, "--as-of", AS_OF,
                      "--history", "1", "months", "--every", "month", "--out", str(out)])
        assert result.exit_code == 0, result.output
        page = out.read_text()
        pages.append(page.replace(str(project), "PROJECT").replace(
            html.escape(db), "DB").replace(db, "DB"))
    assert ">mysql<" in pages[1]
    # The pages differ only in the engine's name.
    assert pages[1].replace(">mysql<", ">duckdb<") == pages[0]


def test_diff_evaluates_both_sides_on_mysql(shop: Shop, tmp_path: Path) -> None:
    """Both projects in one repository; head makes munich_store_launch compare
    the country exactly (the members who wrote it otherwise leave)."""
    repo = tmp_path / "repo"
    repo.mkdir()
    for project in (shop.duckdb_project, shop.project):
        shutil.copytree(project, repo / project.name)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t",
                        *args], check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    for project in (shop.duckdb_project, shop.project):
        seg = repo / project.name / "segments" / "geo_demo.seg"
        seg.write_text(seg.read_text().replace('upper(trim(country)) = "DE"', 'country = "DE"'))
    git("commit", "-q", "-am", "head")
    found = []
    for project, db in ((shop.duckdb_project, str(shop.duckdb_file)), (shop.project, shop.url)):
        result = run(["diff", "--project", str(repo / project.name), "--base", "main~1",
                      "--head", "main", "--db", db, "--as-of", AS_OF, "--format", "json"])
        assert result.exit_code == 0, result.output
        found.append(json.loads(result.stdout)["members"]["segments"])
    assert found[1] == found[0]
    (changed,) = found[1]
    assert (changed["name"], changed["before"], changed["after"]) == (
        "munich_store_launch", 31, 28)


def test_tables_in_the_urls_database(shop: Shop) -> None:
    """``table: customers`` is looked up in the URL's database."""
    plain = _project(shop.folder, DATABASE, qualified=False)
    result = run(["run", "--project", str(plain), "vip", "--as-of", AS_OF, "--format", "csv",
                  "--db", _server_url(DATABASE)])
    on_duckdb, _ = _both(shop, "run", "vip", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == on_duckdb.stdout


# ------------------------------------------------------------------ read-only


def _table_sizes() -> dict[str, int]:
    connection = _connect(DATABASE)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SHOW TABLES")
            names = sorted(str(row[0]) for row in cursor.fetchall())
            sizes = {}
            for name in names:
                cursor.execute(f"SELECT COUNT(*) FROM `{name}`")
                sizes[name] = int(cursor.fetchone()[0])
            return sizes
    finally:
        connection.close()


def test_nothing_is_written(shop: Shop) -> None:
    from segdsl.engines import EngineError
    from segdsl.engines.mysql_reader import MySQLReader

    before = _table_sizes()
    assert len(before) == len(TABLES)
    assert run(["run", "--project", str(shop.project), "--all", "--db", shop.url,
                "--format", "csv"]).exit_code == 0
    with MySQLReader(shop.url) as reader:
        for statement in (f"INSERT INTO `{DATABASE}`.`returns` (`customer_id`) VALUES ('x')",
                          f"DELETE FROM `{DATABASE}`.`orders`",
                          f"CREATE TABLE `{DATABASE}`.`intruder` (`x` INT)",
                          f"CREATE TEMPORARY TABLE `{DATABASE}`.`scratch` (`x` INT)"):
            with pytest.raises(EngineError, match="READ ONLY transaction"):
                reader.query(statement)
    assert _table_sizes() == before


# ------------------------------------------------------------------ bad input


def _error_line(result: Result) -> str:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(("url", "expected"), [
    ("mysql://me:s3cr3tpw@127.0.0.1:1/x",
     "error: cannot connect to MySQL at mysql://me:***@127.0.0.1:1/x: "),
    ("mariadb://root:s3cr3tpw@127.0.0.1:abc/x",
     "error: the port of mariadb://root:***@127.0.0.1:abc/x is not a number"),
    ("mysql://root:s3cr3tpw@127.0.0.1:3306/",
     "error: cannot connect to MySQL at mysql://root:***@127.0.0.1:3306/: Access denied"),
    ("mysql://root@127.0.0.1:3306/segdsl_no_such_database",
     "error: cannot connect to MySQL at mysql://root@127.0.0.1:3306/segdsl_no_such_database: "
     "Unknown database"),
])
def test_connection_problems(shop: Shop, url: str, expected: str) -> None:
    line = _error_line(run(["run", "--project", str(shop.project), "vip", "--db", url]))
    assert line.startswith(expected), line
    assert "s3cr3tpw" not in line


@pytest.fixture
def broken(shop: Shop) -> Iterator[Path]:
    """A project over an empty copy of the layout: orders' amount is text, there
    is no returns table."""
    database = "segdsl_broken" + DB_SUFFIX
    statements = [f"DROP DATABASE IF EXISTS `{database}`", f"CREATE DATABASE `{database}`"]
    statements += [f"CREATE TABLE `{database}`.`{name}` LIKE `{DATABASE}`.`{name}`"
                   for name in (table.split(".")[1] for table in TABLES) if name != "returns"]
    statements.append(f"ALTER TABLE `{database}`.`orders` MODIFY `amount` VARCHAR(20)")
    _execute(*statements)
    yield _project(shop.folder / "broken", database)
    _execute(f"DROP DATABASE IF EXISTS `{database}`")


def test_tables_that_do_not_match_the_schema(broken: Path, shop: Shop) -> None:
    result = run(["run", "--project", str(broken), "--all", "--db", shop.url])
    assert result.exit_code == 2
    assert result.stdout == ""
    database = "segdsl_broken" + DB_SUFFIX
    lines = result.stderr.splitlines()
    assert lines == [
        f"error: the column 'amount' of '{database}.orders' is varchar in MySQL/MariaDB, but "
        f"{broken}/schema.yml makes it number; MySQL/MariaDB types that fit: bigint, decimal, "
        "double, float, int, mediumint, smallint, tinyint",
        f"error: the MySQL/MariaDB database has no table '{database}.returns', which "
        f"{broken}/schema.yml names",
    ], result.stderr


# ------------------------------------------------------------ schema inference


def test_schema_infer_and_init_from_mysql(shop: Shop, tmp_path: Path) -> None:
    """``schema infer`` drafts DuckDB's schema (values seen by code point: `de`
    and `DE` are two), and ``init --from-db`` makes a project that runs on MySQL."""
    tables = ["--table", f"{DATABASE}.customers", "--events", f"{DATABASE}.orders:ordered_at"]
    inferred = run(["schema", "infer", "--db", shop.url, *tables])
    from_duckdb = run(["schema", "infer", "--db", str(shop.duckdb_file), "--table",
                       "shop.customers", "--events", "shop.orders:ordered_at"])
    assert inferred.exit_code == 0, inferred.output
    assert from_duckdb.exit_code == 0, from_duckdb.output
    assert inferred.stdout.splitlines()[1:] == [
        line.replace("shop.", f"{DATABASE}.") for line in from_duckdb.stdout.splitlines()[1:]]
    assert "is_subscribed: boolean" in inferred.stdout
    assert '" DE", " at", AT, BE, CH, DE, "DE ", DK, De' in inferred.stdout

    folder = tmp_path / "mine"
    made = run(["init", str(folder), "--from-db", shop.url, *tables])
    assert made.exit_code == 0, made.output
    config = (folder / "segdsl.yml").read_text(encoding="utf-8")
    assert "dialect: mysql\n" in config
    assert f"database: {json.dumps(shop.url)}\n" in config
    ran = run(["run", "--project", str(folder), "--all", "--as-of", AS_OF, "--format", "csv"])
    assert ran.exit_code == 0, ran.output
    assert len(ran.stdout.splitlines()) == 401


# ---------------------------------------------------------------- time zones


def _zone_tables_loaded() -> bool:
    connection = _connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM mysql.time_zone_name")
            return bool(cursor.fetchone()[0])
    finally:
        connection.close()


def test_a_project_in_a_time_zone(shop: Shop, tmp_path: Path) -> None:
    """A project with a `timezone` compiles to CONVERT_TZ, which needs the server's
    time-zone tables: with them, DuckDB's members; without, one line saying how
    to load them (CONVERT_TZ would silently return NULL)."""
    projects = []
    for project in (shop.duckdb_project, shop.project):
        zoned = tmp_path / project.name
        shutil.copytree(project, zoned)
        config = zoned / "segdsl.yml"
        config.write_text(config.read_text() + "timezone: Europe/Berlin\n")
        projects.append(zoned)
    args = ["run", "new_customers", "--as-of", AS_OF, "--format", "csv"]
    on_mysql = run([*args, "--project", str(projects[1]), "--db", shop.url])
    if not _zone_tables_loaded():
        line = _error_line(on_mysql)
        assert line == ("error: the server's time-zone tables are empty, so CONVERT_TZ cannot "
                        "read the project's time zone; load them with `mysql_tzinfo_to_sql "
                        "/usr/share/zoneinfo | mysql -u root mysql`")
        return
    on_duckdb = run([*args, "--project", str(projects[0]), "--db", str(shop.duckdb_file)])
    _same(on_duckdb, on_mysql)
