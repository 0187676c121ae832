"""``segdsl materialize``: write the membership table into the database itself
(docs/materialize.md).

The one command that writes to a user's database.  It opens it through
segdsl/engines/writer.py (never through ``open_reader``, which stays read-only)
after the same check of the tables and columns the definitions read; the rows
are computed and stored by the database (segdsl/materialize/).  DuckDB files,
``postgresql://``, ``mysql://``, ``snowflake://`` and ``bigquery://`` URLs; other
URLs are refused by segdsl/dburl.py's table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from segdsl.cli.common import (
    as_of_option_with,
    choose_database,
    database_errors,
    fail_all,
    load_checked,
    project_option,
)
from segdsl.timeparse import format_instant

AS_OF_HELP = (
    "Evaluate at this instant: a date (2026-11-01, meaning 00:00 in the project's "
    "time zone) or a timestamp with its zone (2026-11-01T08:00:00Z). Default: now, "
    "read once from this machine's clock (whole seconds); the snapshot's segdsl_as_of "
    "is the same instant."
)


@click.command("materialize",
               short_help="Write the membership table into the database (and its history).")
@project_option
@click.option("--db", metavar="DB", default=None,
              help="The database to write to: a DuckDB file path (the file must exist), "
              "a postgresql://, mysql://, snowflake:// or bigquery:// URL (other kinds are "
              "refused). "
              "Default: 'database' in segdsl.yml.")
@as_of_option_with(AS_OF_HELP)
@click.option("--schema", "schema_name", metavar="S", default=None,
              help="The schema to write to (MySQL: the database, BigQuery: the dataset); it "
              "must exist. Default: "
              "the connection's current schema (DuckDB main, PostgreSQL the first of the "
              "search_path, usually public, MySQL the URL's database, Snowflake the "
              "URL's schema, BigQuery the URL's dataset).")
@click.option("--snapshot", is_flag=True, default=False,
              help="Also append the table, with its as-of, to S.segdsl_membership_history "
              "(a snapshot at the same as-of replaces that snapshot).")
def materialize_command(project: Path | None, db: str | None, as_of: dt.datetime | None,
                        schema_name: str | None, snapshot: bool) -> None:
    """Write the membership table (what `run --all` prints: the key, one column
    per segment, segmentation and metric) into the database as
    S.segdsl_membership, replacing the previous one atomically: readers see the
    old table or the new one, never a missing or half-written one. With several
    entities every entity is written (segdsl_membership_ENTITY for the others).

    With --snapshot the table is also appended to S.segdsl_membership_history
    with its as-of in the column segdsl_as_of; running again at the same as-of
    replaces that snapshot. The rows never leave the database. Works on DuckDB
    files, PostgreSQL (postgresql:// URLs), MySQL/MariaDB (mysql:// URLs),
    Snowflake (snowflake:// URLs) and BigQuery (bigquery:// URLs); the last two
    have no lock: do not overlap two runs on one schema (docs/materialize.md).
    """
    workspace, checked = load_checked(project)
    database = choose_database(db, workspace, "materialize")
    # Whole seconds, as `changes` reads its default --to: a snapshot stamped
    # 02:00:05.7 would otherwise be later than a `changes --from previous` run
    # at 02:00:05.9 (now = 02:00:05), which would then compare the previous
    # night with itself and report no changes.
    instant = as_of if as_of is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)

    from segdsl.check.usage import schema_read_by, table_lists_read_by
    from segdsl.cli.stale_as_of import warn_if_stale
    from segdsl.engines.writer import open_writer
    from segdsl.materialize.job import MaterializeError, materialize

    # Every entity is written, so everything every definition reads is checked.
    names = [*checked.segments, *checked.segmentations, *checked.metrics]
    read = schema_read_by(checked, names)
    lists = table_lists_read_by(checked, names)
    with database_errors("the project"), open_writer(database, checked.schema, read,
                                                     lists) as writer:
        # As `run`: only an --as-of given is checked against the latest events.
        warn_if_stale(writer.engine, read, as_of, writer.dialect, writer.table_expression)
        try:
            written = materialize(writer, checked, instant, schema_name, snapshot=snapshot)
        except MaterializeError as error:
            fail_all(error.problems)
    shown = format_instant(instant)
    for part in written:
        rows = "row" if part.rows == 1 else "rows"
        click.echo(f"wrote {part.membership}: {part.rows} {rows}, {part.columns} columns, "
                   f"as of {shown}", err=True)
        if part.history is not None:
            click.echo(f"snapshot {shown} in {part.history}", err=True)
