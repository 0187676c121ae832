"""``segdsl test``: run the fixture tests (SPEC 8) on a fresh database per case.

Problems in fixture files are printed like ``check``'s (text on stderr); results
go to stdout, one line per case, failures indented under their case, and last the
line ``N passed, N failed``.  Exit status 1 when a case failed or a fixture file or
definition has errors, 0 otherwise (also when there are no fixture files: a note
says so on stderr).

Cases never run on the project's ``database``: that is real data, and a case needs
empty tables.  They run in DuckDB in memory unless told otherwise: ``--db
postgresql://...`` runs them in PostgreSQL (each case inside a transaction that is
rolled back, in a database that must not have the schema's tables), ``--db
mysql://...`` in MySQL or MariaDB (each case's tables temporary, gone when its
connection closes), ``--engine bigquery`` runs the BigQuery SQL in ZetaSQL's
reference engine, ``--engine spark`` the Spark SQL in a local Spark and
``--engine clickhouse`` the ClickHouse SQL in chdb (ClickHouse in process, a
database of its own per case, dropped afterwards).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from segdsl.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    fail,
    load_checked,
    project_option,
)
from segdsl.dburl import is_mysql_url, is_postgres_url, mask_secrets, unsupported_scheme
from segdsl.engines import ConnectionLost

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from segdsl.check.checker import CheckedProject
    from segdsl.diagnostics import Diagnostic
    from segdsl.engines import Engine, RowsByTable
    from segdsl.harness.runner import EngineFactory, SqlFor
    from segdsl.project.model import Schema
    from segdsl.timecontext import TimeContext


# The engines that can run fixtures: not the list of compile dialects
# (segdsl.project.model.DIALECTS), since snowflake, redshift and trino compile but have
# no local engine (README.md, "Targets").
ENGINES = ("duckdb", "postgres", "bigquery", "mysql", "spark", "clickhouse")


@click.command("test", short_help="Run the fixture tests.")
@project_option
@click.option(
    "--db",
    metavar="DB",
    default=None,
    help="A postgresql:// URL of a scratch database to run the cases in, each in a "
    "transaction that is rolled back; a database holding the schema's tables is "
    "refused. Or a mysql:// (mariadb://) URL: each case's tables are temporary. "
    "Or :memory: (the default, DuckDB in memory). 'database' in "
    "segdsl.yml is never used.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="Where the cases run: duckdb (in memory, the default), postgres (needs "
    "--db postgresql://...), mysql (needs --db mysql://...; pip install "
    "'segdsl[mysql]'), bigquery (ZetaSQL, offline; pip install "
    "'segdsl[bigquery]'), spark (Spark SQL, also Databricks', in a local Spark; "
    "pip install 'segdsl[spark]' and a Java runtime) or clickhouse (chdb, in process; "
    "pip install 'segdsl[clickhouse]').",
)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def test_command(
    project: Path | None, db: str | None, engine: str | None, paths: tuple[Path, ...]
) -> None:
    """Run the fixture tests: the project's `tests` folders (segdsl.yml), or only
    the files and folders given as PATHs.

    Each case runs in a fresh in-memory DuckDB database, or with --db in a
    PostgreSQL transaction that is rolled back or in MySQL temporary tables, or
    with --engine bigquery in ZetaSQL, with --engine spark in a local Spark
    session, or with --engine clickhouse in ClickHouse in process (chdb).
    """
    engine = _choose_engine(engine, db)
    workspace, checked = load_checked(project)

    from segdsl import render
    from segdsl.harness.fixtures import FixtureCase, load_fixture_file
    from segdsl.harness.runner import format_results, run_fixture_cases
    from segdsl.project import config as project_config

    files = _fixture_files(paths) if paths else project_config.test_files(workspace.config)
    if not files:
        where = ", ".join(workspace.config.tests) if not paths else "the given paths"
        click.echo(f"note: no fixture files (.yml) found in {where}", err=True)

    diagnostics: list[Diagnostic] = []
    sources = dict(workspace.sources)
    cases: list[FixtureCase] = []
    unreadable = False
    for path in files:
        display = project_config.display_path(path)
        fixture, problems = load_fixture_file(path, display, checked)
        diagnostics += problems
        with contextlib.suppress(OSError):
            sources[display] = path.read_text(encoding="utf-8", errors="replace")
        if fixture is None:
            unreadable = True
            continue
        sources.update(fixture.sources)
        cases += fixture.cases

    if diagnostics:
        text = render.render_text(diagnostics, sources, color=render.should_color(sys.stderr))
        click.echo(text, err=True, nl=False)

    sql_for, engine_factory = _engine_for(engine, db)
    _probe(engine_factory, checked)
    try:
        results = run_fixture_cases(checked, cases, sql_for=sql_for,
                                    engine_factory=_stop_when_lost(engine_factory))
    except _DatabaseLost as error:
        fail(str(error))
    click.echo(format_results(results), nl=False)
    failed = unreadable or any(d.is_error for d in diagnostics) or not all(
        result.passed for result in results
    )
    click.get_current_context().exit(EXIT_PROBLEMS if failed else EXIT_OK)


def _choose_engine(engine: str | None, db: str | None) -> str:
    """The engine --engine and --db ask for; exit 2 when they disagree."""
    problem = None if db is None else unsupported_scheme(db, "test")
    if problem is not None:
        fail(f"--db {problem}")
    for wanted, is_url in (("postgres", is_postgres_url), ("mysql", is_mysql_url)):
        if db is not None and is_url(db):
            if engine not in (None, wanted):
                fail(f"--engine {engine} does not run on --db {mask_secrets(db)}; "
                     "leave out one")
            return wanted
    if db is not None and db.strip() != ":memory:":
        fail(
            f"--db {db}: fixture tests need a fresh, empty database for every case, so "
            "they run in DuckDB in memory (leave out --db, or pass --db :memory:) or in "
            "a PostgreSQL or MySQL scratch database (--db postgresql://..., "
            "--db mysql://...)"
        )
    if engine == "postgres":
        fail("--engine postgres needs --db postgresql://... (a scratch database)")
    if engine == "mysql":
        fail("--engine mysql needs --db mysql://... (a scratch database)")
    if db is not None and engine in ("bigquery", "spark", "clickhouse"):
        where = {"bigquery": "ZetaSQL", "spark": "a local Spark",
                 "clickhouse": "chdb (in process)"}[engine]
        fail(f"--engine {engine} runs in {where} and takes no --db")
    return engine or "duckdb"


def _probe(engine_factory: EngineFactory, checked: CheckedProject) -> None:
    """Open the engine once before the cases, so that an unreachable server, a
    database that is no scratch database or a missing package is one error (exit 2),
    not one failed case per case."""
    from segdsl.engines import EngineError

    try:
        engine = engine_factory()
        try:
            # Only PostgresEngine has it; asked by name so that a DuckDB run does
            # not import the PostgreSQL engine (some 50 ms of `segdsl test`).
            require_scratch = getattr(engine, "require_scratch", None)
            if require_scratch is not None:
                require_scratch(checked.schema)
        finally:
            engine.close()
    except EngineError as error:
        fail(error.message)


class _DatabaseLost(Exception):
    """The database went away during the cases.

    Not an EngineError on purpose: the fixture runner turns those into one failed
    case each, but a lost server says nothing about the definitions, so the run
    stops with exit status 2 (SPEC 7: an unreachable database) instead.
    """


class _StopWhenLost:
    """An engine whose lost connection ends the whole run (see _DatabaseLost)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # MySQL's results hold conditions as integers (the runner asks by name).
        self.booleans_as_integers = getattr(engine, "booleans_as_integers", False)

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        try:
            self._engine.load_tables(schema, rows_by_table)
        except ConnectionLost as error:
            raise _DatabaseLost(error.message) from None

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        try:
            return self._engine.query(sql)
        except ConnectionLost as error:
            raise _DatabaseLost(error.message) from None

    def close(self) -> None:
        self._engine.close()


def _stop_when_lost(engine_factory: EngineFactory) -> EngineFactory:
    """``engine_factory`` whose engines stop the run when the database is lost; the
    probe connected already, so failing to connect now means the server went away."""
    from segdsl.engines import EngineError

    def factory() -> Engine:
        try:
            return _StopWhenLost(engine_factory())
        except EngineError as error:
            raise _DatabaseLost(error.message) from None

    return factory


def _engine_for(engine: str, db: str | None) -> tuple[SqlFor, EngineFactory]:
    """The compiler's dialect and a fresh-engine factory for ``engine``."""
    from segdsl.compile.api import compile_membership
    from segdsl.harness.runner import compile_membership_duckdb, duckdb_in_memory

    if engine == "duckdb":
        return compile_membership_duckdb, duckdb_in_memory
    dialect = engine  # postgres, mysql, bigquery, spark, clickhouse: each its dialect's name

    def sql_for(checked: CheckedProject, as_of: dt.datetime | None,
                names: Sequence[str]) -> str:
        return compile_membership(checked, dialect, as_of, names,
                                  context=fixture_context(checked))

    def fixture_context(checked: CheckedProject) -> TimeContext:
        """How the engine's fixture tables store times, as `run` would find them
        (PostgreSQL: ColumnTypes' default ``timestamptz``; MySQL: ``DATETIME(6)``
        holding UTC; ZetaSQL: ``TIMESTAMP``, an instant; Spark: ``TIMESTAMP_NTZ``,
        naive UTC; ClickHouse: ``DateTime64(6, 'UTC')``, an instant)."""
        from segdsl.engines import fixture_time_context
        from segdsl.timecontext import Zoning

        if engine == "postgres":
            from segdsl.engines.postgres_engine import ZONING, ColumnTypes

            return fixture_time_context(checked.schema, ZONING[ColumnTypes().timestamp])
        if engine in ("spark", "mysql"):
            return fixture_time_context(checked.schema, Zoning.NAIVE)
        return fixture_time_context(checked.schema, Zoning.ZONED)

    if engine == "postgres":
        assert db is not None
        url = db

        def postgres() -> Engine:
            from segdsl.engines.postgres_engine import PostgresEngine

            return PostgresEngine(url)  # fixture tables of the default ColumnTypes

        return sql_for, postgres

    if engine == "mysql":
        assert db is not None
        mysql_url = db

        def mysql() -> Engine:
            from segdsl.engines.mysql_engine import MySQLEngine

            return MySQLEngine(mysql_url)

        return sql_for, mysql

    def bigquery() -> Engine:
        from segdsl.engines.zetasql_engine import ZetaSQLEngine

        return ZetaSQLEngine()

    def spark() -> Engine:
        # Imports no pyspark: the engine starts it (or says what is missing).
        from segdsl.engines.spark_engine import SparkEngine

        return SparkEngine()

    def clickhouse() -> Engine:
        from segdsl.engines.clickhouse_engine import ClickHouseEngine

        return ClickHouseEngine()

    return sql_for, {"spark": spark, "clickhouse": clickhouse}.get(engine, bigquery)


def _fixture_files(paths: tuple[Path, ...]) -> list[Path]:
    """The given files, and the fixture files (.yml, .yaml) at any depth inside the
    given folders (hidden ones skipped), sorted, each once."""
    from segdsl.project.config import TEST_SUFFIXES

    found: set[Path] = set()
    for path in paths:
        if not path.is_dir():
            found.add(path)
            continue
        # os.walk does not follow symlinked folders, so a link cycle cannot loop.
        for current, folders, names in os.walk(path):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            found.update(
                Path(current) / name for name in names
                if name.endswith(TEST_SUFFIXES) and not name.startswith(".")
            )
    return sorted(found)
