"""``segdsl changes``: who entered and left each segment (and changed label in each
segmentation) between two instants (docs/changes.md).

From the history table of ``segdsl materialize --snapshot`` where it has a
snapshot at or before ``--from`` and a column for every definition asked for
(attribute changes count), else by evaluating both instants (events replay;
attributes are as they are now).  One line on stderr names the source used (and
why it fell back), then the counts; CSV on stdout stays only the change rows.

Exit status: 0 (changes or not: it is a report), 1 definition errors, 2 bad usage
or environment (``--from`` later than ``--to``, an unusable database, history
table or output file).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from segdsl.cli.common import (
    check_out_path,
    choose_database,
    database_errors,
    db_option,
    fail,
    load_checked,
    open_atomically,
    project_option,
    project_zone,
    require_one_target,
)
from segdsl.cli.entities import choose_entity, entity_option
from segdsl.timeparse import format_instant, parse_instant

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject

FORMATS = ("csv", "json")
PREVIOUS = "previous"


def _instant(ctx: click.Context, param: click.Parameter, value: str | None
             ) -> dt.datetime | str | None:
    if value is None:
        return None
    option = param.opts[0]
    if option == "--from" and value.strip().lower() == PREVIOUS:
        return PREVIOUS
    try:
        return parse_instant(value, option, project_zone(ctx.params.get("project")))
    except ValueError as error:
        fail(str(error))


@click.command("changes", short_help="Members who entered and left segments between two "
               "instants.")
@project_option
@db_option
@click.option("--from", "from_", metavar="TS|previous", required=True, callback=_instant,
              help="The earlier instant: a date (2026-11-01, 00:00 in the project's time "
              "zone), a timestamp with its zone (2026-11-01T08:00:00Z), or 'previous' "
              "(the snapshot before the latest in the history table).")
@click.option("--to", "to", metavar="TS", default=None, callback=_instant,
              help="The later instant (default: now, taken once from this machine's clock).")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="csv",
              show_default=True,
              help="csv: the change rows only (counts on stderr); json: instants, "
                   "source, counts and rows.")
@click.option("--out", type=click.Path(path_type=Path), default=None, metavar="FILE",
              help="Write the output to FILE (replaced only when complete) instead of stdout.")
@click.option("--schema", "history_schema", metavar="S", default=None,
              help="The schema holding the history table, as given to `segdsl "
                   "materialize --schema` (default: the connection's current schema: "
                   "DuckDB main, PostgreSQL the first of the search_path, usually public).")
@entity_option
@click.option("--all", "all_definitions", is_flag=True,
              help="Every segment and segmentation of the entity (metrics are not compared).")
@click.argument("segment", required=False)
def changes_command(project: Path | None, db: str | None, from_: dt.datetime | str,
                    to: dt.datetime | None, output_format: str, out: Path | None,
                    history_schema: str | None, entity: str | None, all_definitions: bool,
                    segment: str | None) -> None:
    """The members who entered and left SEGMENT (a segment or a segmentation) or,
    with --all, every segment and segmentation, between --from and --to: one row
    per change (definition, kind, key, change, from_label, to_label).

    Read from the history table that `segdsl materialize --snapshot` fills (the
    latest snapshot at or before each instant; attribute changes count) when it
    has a snapshot at or before --from and a column for every definition; else
    both instants are evaluated on the database (events replayed, attributes as
    they are now). One line on stderr says which source was used and why, then
    the counts per definition. The database is only read. See docs/changes.md.
    """
    require_one_target(segment, all_definitions)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    end = to if to is not None else now
    start = from_ if isinstance(from_, dt.datetime) else None
    if start is not None and start > end:
        fail(f"--from {format_instant(start)} is later than --to {format_instant(end)}")
    if to is not None and to > now:
        click.echo(f"warning: --to {format_instant(to)} is in the future (now is "
                   f"{format_instant(now)}); what has not happened yet is not counted",
                   err=True)
    if out is not None:
        check_out_path(out)
    workspace, checked = load_checked(project)
    default_entity = checked.schema.entity
    if segment is not None:
        _require_definition(checked, segment)
    checked = choose_entity(checked, entity, segment)
    definitions = _definitions(checked, segment)
    if not definitions:
        fail(f"the entity {checked.schema.entity} has no segments or segmentations to compare")
    database = choose_database(db, workspace, "changes")

    from segdsl.changes.compute import Request, compute
    from segdsl.changes.history_table import HistoryError, table_name
    from segdsl.changes.render import summary_lines, write
    from segdsl.check.usage import schema_read_by, table_lists_read_by
    from segdsl.engines.reader import open_reader

    names = [name for name, _ in definitions]
    read = schema_read_by(checked, names)
    lists = table_lists_read_by(checked, names)
    request = Request(definitions, start, end,
                      table_name(checked.schema.entity, default_entity, history_schema))
    # The rows stream from the database straight to the output, so it is written
    # while the database is open; --out only replaces FILE once all is written (a
    # failure on the way leaves the old file and no temporary one).  The counts are
    # known once the rows are, so the stderr lines come after the output.
    try:
        with database_errors("the project"), open_reader(database, checked.schema, read,
                                                         lists) as reader:
            changes = compute(reader, checked, request)
            if out is None:
                summary = write(changes, output_format, _Stdout())
            else:
                with open_atomically(out) as stream:
                    summary = write(changes, output_format, stream, out.parent)
    except HistoryError as error:
        fail(str(error))
    for line in summary_lines(changes, summary):
        click.echo(line, err=True)
    if out is not None:
        click.echo(f"wrote {out}", err=True)


class _Stdout:
    """stdout as a sink for ``changes.render.write`` (through ``click.echo``, as
    every command prints)."""

    def write(self, text: str, /) -> int:
        click.echo(text, nl=False)
        return len(text)


def _require_definition(checked: CheckedProject, name: str) -> None:
    from segdsl.check.suggest import did_you_mean

    if name in checked.segments or name in checked.segmentations:
        return
    if name in checked.metrics:
        fail(f"'{name}' is a metric; `segdsl changes` compares segments and segmentations")
    hint = did_you_mean(name, [*checked.segments, *checked.segmentations])
    fail(f"no segment or segmentation is called '{name}'" + (f" ({hint})" if hint else ""))


def _definitions(checked: CheckedProject, segment: str | None) -> list[tuple[str, str]]:
    """``(name, kind)`` of what is compared, in the order of ``run --all``'s columns."""
    from segdsl.compile.pipeline import default_names

    names = [segment] if segment is not None else default_names(checked)
    return [(name, "segment" if name in checked.segments else "segmentation")
            for name in names if name in checked.segments or name in checked.segmentations]

