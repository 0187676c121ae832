"""``segdsl demo``: fill the example project's database with made-up customers.

Writes the DuckDB file named by ``database`` in segdsl.yml (``data/shop.duckdb`` in
``examples/shop``) with :func:`segdsl.demo.generate_shop_database`, replacing it if
it exists.  Only for projects whose schema reads the example's tables: the command
refuses any other schema rather than write a database that does not fit it (or
overwrite one that belongs to a real project).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import click

from segdsl.cli.common import as_of_option_with, fail, load_checked, project_option
from segdsl.dburl import backend, mask_secrets, unsupported_scheme
from segdsl.timeparse import format_instant


@click.command("demo", short_help="Generate the example project's demo database.")
@project_option
@click.option(
    "--customers", type=click.IntRange(min=1), default=5000, show_default=True,
    help="How many customers to make up.",
)
@click.option(
    "--seed", type=int, default=7, show_default=True,
    help="Random seed: the same seed, size and --as-of give the same data.",
)
@as_of_option_with(
    "Where the made-up history ends: every event lies before this instant, a date "
    "(2026-11-01) or a UTC timestamp (2026-11-01T08:00:00Z). Default: now, to the "
    "second. Run later commands with the same --as-of to see the same segments.")
def demo_command(
    project: Path | None, customers: int, seed: int, as_of: dt.datetime | None
) -> None:
    """Write made-up customers, orders, returns and events for the example project
    (examples/shop) to the DuckDB file named by 'database' in segdsl.yml, replacing
    it.  Every event lies before --as-of (default: now).

    Then try `segdsl run --all`, which prints the size of every segment.
    """
    workspace, checked = load_checked(project)
    database = workspace.config.database
    if database is None:
        fail(f"set 'database' in {workspace.config.file} to the DuckDB file to write "
             "(for example: database: data/shop.duckdb)")
    problem = unsupported_scheme(database, "demo")
    if problem is not None:
        fail(f"{workspace.config.database_at or workspace.config.file}: 'database' {problem}")
    if backend(database) is not None or database == ":memory:":  # a server URL
        fail(f"segdsl demo writes a DuckDB file, but 'database' in "
             f"{workspace.config.file} is {mask_secrets(database)}")

    import duckdb

    from segdsl import demo
    from segdsl.engines import schema_tables

    # Every table and column the schema reads must be one the demo writes.
    written = {table: {column for column, _ in columns}
               for table, columns in demo.TABLES.items()}
    for table, columns in schema_tables(checked.schema).items():
        lacking = sorted(set(columns) - written.get(table, set()))
        if table not in written or lacking:
            what = f"the table '{table}'" if table not in written else (
                f"the column '{lacking[0]}' of '{table}'")
            fail(f"segdsl demo makes data for the example project (examples/shop) only; "
                 f"this project's schema reads {what}, which the demo does not write")

    instant = as_of or dt.datetime.now(dt.UTC).replace(microsecond=0)
    path = Path(database)
    try:
        write_demo_database(demo.generate_shop_database, path, customers, seed, instant)
    except OSError as error:
        fail(f"cannot write {path}: {error.strerror or error}")
    except duckdb.Error as error:  # a file locked by another process
        text = str(error).strip()
        fail(f"cannot write {path}: {text.splitlines()[0] if text else type(error).__name__}")

    from segdsl.project.config import display_path

    shown = display_path(path)
    click.echo(
        f"wrote {shown}: {customers} customers, events up to {format_instant(instant)}", err=True
    )
    click.echo(
        f"next: segdsl run --project {display_path(workspace.config.root)} --all "
        f"--as-of {format_instant(instant)}",
        err=True,
    )


def write_demo_database(
    generate: Callable[..., None], path: Path, customers: int, seed: int, as_of: dt.datetime
) -> None:
    """Generate into a file of another name, then rename it to ``path``.

    DuckDB names a database's catalog after its file while it is open, and the
    generator creates the schema ``shop``: in a file called ``shop.duckdb`` the
    names ``shop.customers`` are then ambiguous and creating the tables fails.  The
    catalog name is not stored in the file, so the renamed file works everywhere.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".segdsl-demo-{os.getpid()}.duckdb")
    try:
        generate(staging, customers=customers, seed=seed, as_of=as_of)
        os.replace(staging, path)
        # A write-ahead log left by the file that was replaced belongs to it, not to
        # the new database.
        path.with_name(path.name + ".wal").unlink(missing_ok=True)
    finally:
        for leftover in (staging, staging.with_name(staging.name + ".wal")):
            leftover.unlink(missing_ok=True)
