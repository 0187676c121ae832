"""The engines the cross-engine tests run on, and how to reach them.

Seven targets run the same corpus: DuckDB in memory; PostgreSQL with ``timestamp``
and ``double precision`` columns in a UTC session (a warehouse that stores numbers
as doubles); PostgreSQL with ``timestamptz`` and ``numeric(38, 9)`` columns (what
``segdsl test --db`` creates) in an America/New_York session (the compiled SQL must not
depend on the session's zone); the same two PostgreSQL layouts compiled knowing how
the time columns are stored, as ``run`` compiles after its column check (both in the
New York session: the naive read is the bare column, the zoned one ``AT TIME ZONE``);
BigQuery SQL in ZetaSQL's reference engine; MariaDB (``segdsl test --db
mysql://``'s temporary tables, strings in the server's default case- and
accent-insensitive collation); Spark SQL (Databricks') in a local Spark
through pyspark (which needs Java); and ClickHouse in process (chdb).  The
first four compile without knowing (every column's zoning unknown), as
``compile`` does.

PostgreSQL is found at ``$SEGDSL_TEST_POSTGRES`` (default: the local server,
``postgresql://postgres@127.0.0.1:5432/postgres``); the tests make the databases
``segdsl_test`` (the server's default collation) and ``segdsl_test_icu`` (ICU
``en-US``, where ``'a' < 'B'``, if the server has ICU) there and leave nothing in
them (every case is rolled back).
MySQL/MariaDB is found at ``$SEGDSL_TEST_MYSQL`` (default
``mysql://root@127.0.0.1:3306/``); the tests make the empty database ``segdsl_test``
there (fixture tables are temporary) and need the server's time-zone tables.
Outside CI a missing server, zetasql, pymysql, pyspark or chdb package or Java
runtime skips those tests with the reason;
under ``CI=true`` it fails them, since CI must prove every engine.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import compile_membership
from segdsl.engines import Engine, EngineError, fixture_time_context, schema_tables
from segdsl.harness.fixtures import FixtureCase, load_fixture_file
from segdsl.harness.runner import query_membership
from segdsl.project import config as project_config
from segdsl.timecontext import DEFAULT, TimeContext, Zoning
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
# SEGDSL_TEST_DB_SUFFIX keeps concurrent runs on one server apart (e.g. "_a").
DB_SUFFIX = os.environ.get("SEGDSL_TEST_DB_SUFFIX", "")
TEST_DATABASE = "segdsl_test" + DB_SUFFIX
ICU_DATABASE = "segdsl_test_icu" + DB_SUFFIX
NON_UTC_ZONE = "America/New_York"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str) -> None:
    """Skip with ``reason``; under CI=true fail instead."""
    if in_ci():
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def missing_package(module: str, how: str) -> str | None:
    """Why the tests of an engine cannot run when ``module`` is not installed."""
    if importlib.util.find_spec(module) is None:
        return f"{module} is not installed ({how})"
    return None


# ------------------------------------------------------------------ PostgreSQL


def server_url() -> str:
    return os.environ.get("SEGDSL_TEST_POSTGRES", DEFAULT_SERVER)


def with_database(url: str, database: str) -> str:
    """``url`` (a postgresql:// URL) pointing at another database on the same server."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + quote(database)))


@functools.cache
def postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used (None when it can); makes the test databases."""
    if importlib.util.find_spec("psycopg") is None:
        return "psycopg is not installed (pip install 'segdsl[postgres]')"
    import psycopg
    from psycopg import sql

    try:
        with psycopg.connect(server_url(), autocommit=True, connect_timeout=5) as connection:
            for database, options in ((TEST_DATABASE, ""), (ICU_DATABASE, ICU_OPTIONS)):
                found = connection.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (database,)
                ).fetchone()
                if found is None:
                    create = sql.SQL("CREATE DATABASE {} " + options).format(
                        sql.Identifier(database))
                    try:
                        connection.execute(create)
                    except psycopg.Error:
                        if database == TEST_DATABASE:
                            raise
    except psycopg.Error as error:
        return f"PostgreSQL at {server_url()} is not available: {str(error).strip()}"
    return None


# A language collation orders 'a' before 'B'; code points put 'B' first.
ICU_OPTIONS = "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"


def postgres_test_url(*, icu: bool = False) -> str:
    """The scratch database's URL; ``icu``: the en-US one when the server has it."""
    problem = postgres_problem()
    if problem is not None:
        unavailable(problem)
    if icu and _has_database(ICU_DATABASE):
        return with_database(server_url(), ICU_DATABASE)
    return with_database(server_url(), TEST_DATABASE)


@functools.cache
def _has_database(database: str) -> bool:
    import psycopg

    with psycopg.connect(server_url(), connect_timeout=5) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                   (database,)).fetchone()
    return found is not None


# --------------------------------------------------------------------- ZetaSQL


@functools.cache
def zetasql_problem() -> str | None:
    return missing_package("zetasql", "pip install 'segdsl[bigquery]'")


# ------------------------------------------------------------------ ClickHouse


@functools.cache
def chdb_problem() -> str | None:
    return missing_package("chdb", "pip install 'segdsl[clickhouse]'")


# ----------------------------------------------------------------------- MySQL

DEFAULT_MYSQL = "mysql://root@127.0.0.1:3306/"
MYSQL_DATABASE = "segdsl_test" + DB_SUFFIX


def mysql_server_url() -> str:
    return os.environ.get("SEGDSL_TEST_MYSQL", DEFAULT_MYSQL)


@functools.cache
def mysql_problem() -> str | None:
    """Why MySQL/MariaDB cannot be used (None when it can); makes the scratch
    database (fixture tables are temporary, so it stays empty) and checks that the
    server's time-zone tables are loaded (the zone projects need them)."""
    if importlib.util.find_spec("pymysql") is None:
        return "pymysql is not installed (pip install 'segdsl[mysql]')"
    import pymysql

    from segdsl.engines.mysql_engine import connect_arguments

    try:
        arguments = {**connect_arguments(mysql_server_url()), "database": None}
        connection = pymysql.connect(**arguments, connect_timeout=5, autocommit=True)
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE DATABASE IF NOT EXISTS `{MYSQL_DATABASE}`")
                cursor.execute("SELECT COUNT(*) FROM mysql.time_zone_name")
                row = cursor.fetchone()
        finally:
            connection.close()
    except (pymysql.Error, EngineError) as error:
        return f"MySQL at {mysql_server_url()} is not available: {error}"
    if not row or not row[0]:
        return ("the MySQL server's time-zone tables are empty (load them with "
                "`mysql_tzinfo_to_sql /usr/share/zoneinfo | mysql -u root mysql`)")
    return None


def mysql_test_url() -> str:
    problem = mysql_problem()
    if problem is not None:
        unavailable(problem)
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(mysql_server_url())._replace(path="/" + MYSQL_DATABASE))


def _mysql(collation: str | None) -> Callable[[], Callable[[], Engine]]:
    def open_target() -> Callable[[], Engine]:
        url = mysql_test_url()
        from segdsl.engines.mysql_engine import ColumnTypes, MySQLEngine

        types = ColumnTypes(collation)

        def factory() -> Engine:
            return MySQLEngine(url, column_types=types)

        return factory

    return open_target


# --------------------------------------------------------------------- targets

SqlFor = Callable[[CheckedProject, dt.datetime | None, Sequence[str]], str]


@dataclass(frozen=True)
class Target:
    """One engine configuration the corpus runs on."""

    name: str
    dialect: str
    open: Callable[[], Callable[[], Engine]]  # checks availability, returns a factory
    # How the fixture tables store times, told to the compiler as `run` tells it
    # what its column check found; None: not told (the read right for both kinds).
    zoning: Zoning | None = None
    # Whether the membership test compares the whole membership table (every
    # definition) with DuckDB's, or the table of the definitions each case lists
    # (the query test_case_passes then judges too): Spark analyzes and optimizes
    # the whole table's query of the conformance project (257 KB of SQL) for some
    # 100 s and 2 GB of heap, per case; ClickHouse analyzes a CTE again at every
    # reference to it, some 50 s per case.  Every definition is still compared on
    # every case that lists it.
    whole_table: bool = True
    # Conformance cases whose expectations fail for a documented reason:
    # "file.yml:line" -> the reason (xfail(strict=True) in test_case_passes).
    diverges: tuple[tuple[str, str], ...] = ()
    # Whether the engine can store a missing (NULL) list.  ClickHouse cannot (an
    # Array column is never NULL): its fixture tables hold an empty list instead,
    # and the comparison runs DuckDB on the same rows (:func:`as_stored`), so every
    # other value is still compared exactly.
    stores_missing_lists: bool = True
    # Conformance cases whose membership table differs from DuckDB's for a
    # documented reason (xfail(strict=True) in test_same_membership_table_as_duckdb).
    diverging_tables: tuple[tuple[str, str], ...] = ()

    def context(self, checked: CheckedProject) -> TimeContext:
        if self.zoning is None:
            return DEFAULT
        return fixture_time_context(checked.schema, self.zoning)

    def sql_for(self) -> SqlFor:
        dialect = self.dialect

        def compile_for(checked: CheckedProject, as_of: dt.datetime | None,
                        names: Sequence[str]) -> str:
            return compile_membership(checked, dialect, as_of, names,
                                      context=self.context(checked))

        return compile_for


def _duckdb() -> Callable[[], Engine]:
    from segdsl.engines.duckdb_engine import DuckDBEngine

    return DuckDBEngine


def _postgres(timestamp: str, number: str, zone: str, *, icu: bool = False
              ) -> Callable[[], Callable[[], Engine]]:
    def open_target() -> Callable[[], Engine]:
        url = postgres_test_url(icu=icu)
        from segdsl.engines.postgres_engine import ColumnTypes, PostgresEngine

        types = ColumnTypes(timestamp, number)

        def factory() -> Engine:
            return PostgresEngine(url, time_zone=zone, column_types=types)

        return factory

    return open_target


def _bigquery() -> Callable[[], Engine]:
    problem = zetasql_problem()
    if problem is not None:
        unavailable(problem)
    from segdsl.engines.zetasql_engine import ZetaSQLEngine

    return ZetaSQLEngine


def fakesnow_problem() -> str | None:
    return missing_package("fakesnow", ".ci/run installs it: pip install --no-deps fakesnow")


def _fakesnow() -> Callable[[], Engine]:
    problem = fakesnow_problem()
    if problem is not None:
        unavailable(problem)
    from fakesnow_engine import FakesnowEngine

    return FakesnowEngine


# Compiled Snowflake SQL on fakesnow (tests/fakesnow_engine.py): not one of TARGETS,
# which every corpus runs on, since a case costs 1 to 2 s there (fakesnow rewrites
# every statement through sqlglot); tests/test_fakesnow_corpus.py runs the
# conformance corpus on it when asked (docs/warehouses.md).
FAKESNOW = Target("snowflake-fakesnow", "snowflake", _fakesnow)


def _spark() -> Callable[[], Engine]:
    from segdsl.engines.spark_engine import SparkEngine, spark_problem

    problem = spark_problem()
    if problem is not None:
        unavailable(problem)
    return SparkEngine


# ClickHouse has no NULL array (``Nullable(Array(...))`` is not a type): a missing
# list can only be stored empty, which is set (docs/semantics.md, "ClickHouse").
CLICKHOUSE_NULL_LISTS = ("ClickHouse cannot store a missing (NULL) list: an Array column "
                         "is never NULL, so the fixture's missing list is empty and set")


def _clickhouse() -> Callable[[], Engine]:
    problem = chdb_problem()
    if problem is not None:
        unavailable(problem)
    from segdsl.engines.clickhouse_engine import ClickHouseEngine

    return ClickHouseEngine


# A double keeps 15 to 17 significant digits: the number columns of postgres-utc
# (a warehouse storing numbers as doubles) cannot hold a 19-digit given number.
DOUBLE_DIGITS = "double precision columns keep 15-17 significant digits, not 19"
DOUBLE_CASES = ("numbers.yml:65",)

TARGETS = (
    Target("duckdb", "duckdb", _duckdb),
    Target("postgres-utc", "postgres", _postgres("timestamp", "double precision", "UTC"),
           diverges=tuple((case, DOUBLE_DIGITS) for case in DOUBLE_CASES),
           diverging_tables=tuple((case, DOUBLE_DIGITS) for case in DOUBLE_CASES)),
    # The fixture tables of `segdsl test --db` (ColumnTypes' defaults).
    Target("postgres-ny", "postgres", _postgres("timestamptz", "numeric(38, 9)", NON_UTC_ZONE,
                                                icu=True)),
    Target("postgres-naive", "postgres",
           _postgres("timestamp", "numeric(38, 9)", NON_UTC_ZONE), Zoning.NAIVE),
    Target("postgres-zoned", "postgres",
           _postgres("timestamptz", "numeric(38, 9)", NON_UTC_ZONE), Zoning.ZONED),
    Target("bigquery", "bigquery", _bigquery),
    # The server's default collation (MariaDB: utf8mb4_general_ci, case- and
    # accent-insensitive): the compiled SQL must compare by code point anyway.
    Target("mysql", "mysql", _mysql(None)),
    # Spark SQL (Databricks') in a local Spark through pyspark: views of
    # TIMESTAMP_NTZ and DECIMAL(38, 9) columns in a UTC session.
    Target("spark", "spark", _spark, whole_table=False),
    Target("clickhouse", "clickhouse", _clickhouse, whole_table=False,
           stores_missing_lists=False,
           diverges=tuple((case, CLICKHOUSE_NULL_LISTS) for case in (
               "lists.yml:8", "lists.yml:36"))),
)


# --------------------------------------------------------------------- corpora


@dataclass(frozen=True)
class Suite:
    checked: CheckedProject
    cases: tuple[FixtureCase, ...]


@functools.cache
def load_suite(project: Path) -> Suite:
    """A project's checked definitions and all its fixture cases (which must load)."""
    workspace = load_workspace(project)
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    cases: list[FixtureCase] = []
    for path in project_config.test_files(workspace.config):
        fixture, problems = load_fixture_file(path, project_config.display_path(path),
                                              workspace.checked)
        assert fixture is not None and not [p for p in problems if p.is_error], problems
        cases += fixture.cases
    return Suite(workspace.checked, tuple(cases))


def as_stored(checked: CheckedProject, case: FixtureCase, target: Target) -> FixtureCase:
    """``case`` with the rows as ``target`` stores them: a missing list is empty
    where the engine has no NULL lists (``Target.stores_missing_lists``)."""
    if target.stores_missing_lists:
        return case
    layout = schema_tables(checked.schema)
    tables = {}
    for table, rows in case.tables.items():
        lists = [column for column, kind in layout.get(table, {}).items() if kind.is_list]
        tables[table] = [{**row, **{column: () for column in lists if row.get(column) is None}}
                         for row in rows]
    return replace(case, tables=tables)


def run_query(factory: Callable[[], Engine], checked: CheckedProject, case: FixtureCase,
              sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
    engine = factory()
    try:
        engine.load_tables(checked.schema, case.tables)
        return query_membership(engine, checked, sql)
    finally:
        engine.close()


__all__ = ["TARGETS", "EngineError", "Suite", "Target", "load_suite", "run_query"]
