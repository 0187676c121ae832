"""What the materialize tests share: a copy of examples/shop with its demo data,
the membership a fresh compilation gives, a definition to add, and a scratch
PostgreSQL database of a test's own with the demo's rows."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

from segdsl.check.checker import CheckedProject
from segdsl.engines import RowsByTable, schema_tables
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "shop"
AS_OF = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
AS_OF_TEXT = "2026-11-18T15:30:00Z"
LATER = dt.datetime(2026, 11, 19, 0, 0, tzinfo=dt.UTC)  # within a day of the data
LATER_TEXT = "2026-11-19T00:00:00Z"
CUSTOMERS = 300
EXTRA_SEGMENT = "segment materialize_extra\n  where age > 40\n"


def shop_copy(root: Path, *, database: str = "data/shop.duckdb", duckdb_data: bool = True
              ) -> Path:
    """examples/shop copied under ``root`` (its tests left out), with the demo's
    DuckDB data at ``database`` (relative to the project) unless told not to."""
    project = root / "shop"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("tests", "data"))
    config = project / "segdsl.yml"
    text = config.read_text(encoding="utf-8").replace("tests: [tests]\n", "")
    config.write_text(text.replace("data/shop.duckdb", database), encoding="utf-8")
    if duckdb_data:
        from segdsl.demo import generate_shop_database

        generate_shop_database(project / database, customers=CUSTOMERS, as_of=AS_OF)
    return project


def checked(project: Path) -> CheckedProject:
    workspace = load_workspace(project)
    assert workspace.checked is not None and workspace.ok
    return workspace.checked


def demo_rows(project: Path) -> RowsByTable:
    """The demo's rows as dictionaries of the columns the schema reads (for
    loading them into PostgreSQL)."""
    from segdsl.demo.clock import Clock
    from segdsl.demo.generate import generate_tables
    from segdsl.demo.shop_data import TABLES

    layout = schema_tables(checked(project).schema)
    tables = generate_tables(random.Random(7), Clock.at(AS_OF.replace(tzinfo=None)), CUSTOMERS)
    rows: dict[str, list[dict[str, object]]] = {}
    for name, table_rows in tables.items():
        names = [column for column, _ in TABLES[name]]
        rows[name] = [{column: value for column, value in zip(names, row, strict=True)
                       if column in layout[name]} for row in table_rows]
    return rows


def add_segment(project: Path) -> None:
    (project / "segments" / "zz_extra.seg").write_text(EXTRA_SEGMENT, encoding="utf-8")


def remove_segment(project: Path) -> None:
    (project / "segments" / "zz_extra.seg").unlink()


@contextlib.contextmanager
def scratch_postgres(name: str, *, demo_rows_for: Path | None = None,
                     template: str | None = None) -> Iterator[str]:
    """The URL of a PostgreSQL database of its own, ``name`` plus
    SEGDSL_TEST_DB_SUFFIX (so parallel sessions never share one), created anew
    (one a failed run left behind is dropped first) and dropped at the end.

    ``demo_rows_for``: a project (a :func:`shop_copy`) whose schema's tables are
    created and filled with the demo's rows; ``template``: the URL of another
    scratch database to copy instead (``CREATE DATABASE … TEMPLATE``).  Skips (or
    fails under CI) without a server.
    """
    import psycopg
    from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database
    from psycopg import sql

    from segdsl.engines.postgres_engine import PostgresEngine

    postgres_test_url()
    database = sql.Identifier(name + DB_SUFFIX)
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database)
    create = sql.SQL("CREATE DATABASE {}").format(database)
    if template is not None:
        original = template.rsplit("/", 1)[1].split("?")[0]
        create = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            database, sql.Identifier(original))
    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(drop)
        connection.execute(create)
    try:
        url = with_database(server_url(), name + DB_SUFFIX)
        if demo_rows_for is not None:
            engine = PostgresEngine(url)
            try:
                engine.load_tables(checked(demo_rows_for).schema, demo_rows(demo_rows_for))
                engine.connection.commit()
            finally:
                engine.close()
        yield url
    finally:
        with psycopg.connect(server_url(), autocommit=True) as connection:
            connection.execute(drop)
