"""``segdsl run``: evaluate a segment or the membership table on a database (SPEC 7).

The database is a DuckDB file (opened read-only), a ``postgresql://`` or
``mysql://`` URL (read in a read-only transaction), a ``bigquery://`` or
``snowflake://`` URL (through the vendors' client libraries, sending only
queries), a ``chdb:`` ClickHouse data folder (ClickHouse's read-only mode) or a
``spark:///path`` Spark warehouse folder (read by a local Spark); every table and
column the evaluated definitions read is checked first (segdsl/engines/reader.py).
MySQL's results hold conditions as 0/1, so rows are fetched with the definitions'
kinds (segdsl/engines/results.py) and print as on DuckDB.

Rows are sorted by the key (a segment's members, and the rows of the membership
table), so output is stable and diffable; text keys sort by code point everywhere
(PostgreSQL is told ``COLLATE "C"``, MySQL sorts the key's bytes), so every
engine prints the same order.  ``--out`` writes the file streaming and atomically:
DuckDB writes it itself, and a server's rows come through a server-side or
unbuffered cursor (segdsl/cli/export.py).
Without ``--out`` the rows are fetched and printed.

On a terminal, ``run --all`` prints only the summary (each segment's and label's
size and share): the membership table is one column per definition, far wider
than a terminal, and its rows would scroll the summary away.  It is computed with
one aggregate query, so no rows leave the database.  Asking for rows (``--members``,
``--format``, ``--with``, ``--out``) prints or writes them as always, and so does
any ``run`` whose output is not a terminal (a pipe or a file), so scripts see what
they always saw.  ``run SEGMENT`` always prints its members: one narrow column,
with the count last, where the terminal still shows it.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from segdsl.cli import run_expectations
from segdsl.cli.common import (
    EXIT_PROBLEMS,
    as_of_option,
    check_out_path,
    choose_database,
    database_errors,
    db_option,
    fail,
    load_checked,
    project_option,
    require_one_target,
    require_segment,
    segment_and_all,
)
from segdsl.cli.entities import choose_entity, entity_option

if TYPE_CHECKING:
    from segdsl.analysis.sizes import Sizes
    from segdsl.check.checker import CheckedProject
    from segdsl.engines.reader import Reader
    from segdsl.engines.results import ResultKinds

FORMATS = ("table", "csv", "json")
OUT_SUFFIXES = (".csv", ".parquet")
# Output is handed to the terminal in chunks of about this many characters.
_CHUNK = 1 << 16


@click.command("run", short_help="Evaluate a segment or the membership table on a database.")
@project_option
@db_option
@as_of_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default=None,
    help="How to print the rows (default: table). Not used with --out, whose file "
    "name chooses the format. Asks for the rows (on a terminal `run --all` otherwise "
    "prints only the summary).",
)
@click.option(
    "--members",
    is_flag=True,
    default=False,
    help="Print the rows. On a terminal `run --all` prints only the summary of sizes "
    "and shares unless rows are asked for (--members, --format, --with or --out); "
    "piped or redirected it prints them anyway, and `run SEGMENT` always does.",
)
@click.option(
    "--with",
    "with_attributes",
    metavar="ATTRS",
    multiple=True,
    help="Attributes to show after the key, separated by commas (repeatable): "
    "customer attributes (email,country) or relation attributes (account.industry). "
    "Each is a column named as written, in the printed rows and in --out.",
)
@click.option(
    "--out",
    # Not dir_okay=False: click would answer a folder with a four-line usage
    # message; _check_out says it in one line like the other --out problems.
    type=click.Path(path_type=Path),
    default=None,
    metavar="FILE",
    help="Write the rows to FILE.csv or FILE.parquet instead of printing them. "
    "The rows are streamed, not held in memory, and FILE appears (or is replaced) "
    "only when complete.",
)
@click.option(
    "--check-expectations",
    is_flag=True,
    default=False,
    help="After the run, judge the expect lines of the evaluated segments (SEGMENT's, "
    "or with --all every segment's) on the same data and as-of: each violated one is "
    "printed on stderr with the measured size or share, and the exit status is 1 if "
    "any is violated. The rows are printed or written as usual.",
)
@entity_option
@segment_and_all
def run_command(
    project: Path | None,
    db: str | None,
    as_of: dt.datetime | None,
    output_format: str | None,
    members: bool,
    with_attributes: tuple[str, ...],
    out: Path | None,
    check_expectations: bool,
    entity: str | None,
    all_definitions: bool,
    segment: str | None,
) -> None:
    """Evaluate SEGMENT (its members' keys) or, with --all, the membership table
    (the key and one column per segment, segmentation and metric) on a DuckDB
    file or a PostgreSQL database (or MySQL, MariaDB, BigQuery, Snowflake, a
    ClickHouse data folder, a Spark warehouse folder), and print the rows sorted by
    key (or write them with --out).

    First the tables and columns the evaluated definitions read are checked
    (every problem is listed, exit status 2); the database is only read.
    Without --as-of the database's current time is used; with an --as-of more
    than a day after the latest event of every event table read, a warning is
    printed on stderr.

    On a terminal, --all prints only the sizes and shares (one row per segment
    and label) unless rows are asked for with --members, --format, --with or
    --out; piped or redirected, it prints the rows after the summary.

    With --with email,country those attributes follow the key in every row.
    With --check-expectations the expect lines of the evaluated segments are
    judged after the run (see docs/language.md, "Expectations").
    """
    require_one_target(segment, all_definitions)
    if out is not None:
        _check_out(out, output_format)
    workspace, checked = load_checked(project)
    if segment is not None:
        require_segment(checked, segment, "run")
    checked = choose_entity(checked, entity, segment)
    attributes: list[str] = []
    if with_attributes:
        from segdsl.cli.run_with import chosen_attributes

        attributes = chosen_attributes(checked, with_attributes)
    database = choose_database(db, workspace, "run")
    summary_only = (segment is None and out is None and output_format is None
                    and not members and not attributes and _on_terminal())

    from segdsl.check.usage import schema_read_by, table_lists_read_by
    from segdsl.compile.pipeline import default_names

    # Only what the evaluated definitions (and --with) read is checked (issue #11.2).
    read = schema_read_by(checked, [segment] if segment is not None
                          else default_names(checked), attributes)
    from segdsl.cli.stale_as_of import warn_if_stale
    from segdsl.engines.reader import open_reader
    from segdsl.engines.results import result_kinds

    expected: list[str] = []
    if check_expectations:
        expected = run_expectations.expected_segments(checked, segment)
        if not expected:
            run_expectations.note_nothing_to_check(segment)
    measured: run_expectations.Measured | None = None
    sizes: Sizes | None = None
    # Measuring compiles the membership of `expected`, hence "cannot compile".
    names = [segment] if segment is not None else default_names(checked)
    lists = table_lists_read_by(checked, names)  # their tables and columns are checked too
    with database_errors("the project"), open_reader(database, checked.schema, read,
                                                     lists) as reader:
        warn_if_stale(reader.engine, read, as_of, reader.sql_dialect, reader.table_expression)
        if summary_only:
            sizes = _measure_sizes(reader, checked, as_of)
            if expected:
                measured = ({name: sizes.segments[name] for name in expected},
                            sizes.population)
        elif out is not None:
            if expected and as_of is None:
                # Two queries (the rows, the sizes): one "now" for both.
                as_of = run_expectations.pinned_now(reader)
            sql = _rows_sql(reader, checked, segment, as_of, attributes)
            # Measured first: a failure then leaves no file behind.
            if expected:
                measured = run_expectations.measure_by_query(reader, checked, as_of,
                                                             expected)
            _write_out(reader, sql, out, result_kinds(checked, attributes))
            click.echo(f"wrote {out}", err=True)
        else:
            # By the definitions' kinds: MySQL's conditions come back as 0/1.
            columns, rows = reader.query(_rows_sql(reader, checked, segment, as_of,
                                                   attributes),
                                         result_kinds(checked, attributes))
            if expected and segment is not None:
                measured = run_expectations.measure_segment_rows(
                    reader, checked, segment, len(rows))
            elif expected:
                measured = run_expectations.measure_membership_rows(columns, rows, expected)
    if sizes is not None:
        _print_summary(sizes, checked)
    elif out is None:
        _print(columns, rows, output_format or "table", segment, checked)
    if measured is not None and not run_expectations.report(checked, measured):
        click.get_current_context().exit(EXIT_PROBLEMS)


def _on_terminal() -> bool:
    """Whether stdout is a terminal (a person reading), not a pipe or a file."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # no stdout, or a closed one
        return False


def _rows_sql(reader: Reader, checked: CheckedProject, segment: str | None,
              as_of: dt.datetime | None, attributes: Sequence[str]) -> str:
    """The rows' query (SEGMENT's members or the membership table, with the
    ``--with`` attributes), sorted by key."""
    from segdsl.cli.compile_cmd import compile_sql

    return reader.sorted_by_key(compile_sql(checked, segment, reader.dialect, as_of,
                                            attributes, reader.time_context),
                                checked.schema.key)


def _measure_sizes(reader: Reader, checked: CheckedProject, as_of: dt.datetime | None
                   ) -> Sizes:
    """Every segment's and label's size and the population, in one aggregate query
    over the membership table (no rows are fetched)."""
    from segdsl.analysis.sizes import SizesSpec

    return SizesSpec.of(checked).measure(reader, checked, as_of)


def _print_summary(sizes: Sizes, checked: CheckedProject) -> None:
    """The summary of ``run --all`` on a terminal, and on stderr what was left out."""
    from segdsl.cli import output
    from segdsl.compile.pipeline import default_names

    entries = [(name, count) for name, count in sizes.segments.items()]
    for segmentation, counts in sizes.labels.items():
        entries += output.label_entries(segmentation, counts)
    _emit(output.counted_summary_lines(entries, sizes.population))
    columns = 1 + len(default_names(checked))
    rows = "row" if sizes.population == 1 else "rows"
    click.echo(f"(the membership table, {sizes.population} {rows} of {columns} columns, is "
               "not printed on a terminal: --members prints it, --format csv or --out "
               "FILE.csv gives it to other tools)", err=True)


def _write_out(reader: Reader, sql: str, out: Path, kinds: ResultKinds) -> None:
    """Write the rows to ``out`` streaming: DuckDB writes the file itself, a server's
    rows come in batches (PostgreSQL's through a server-side cursor), decoded by
    ``kinds`` where the engine needs it (MySQL)."""
    from segdsl.engines.duckdb_engine import DuckDBEngine

    if isinstance(reader.engine, DuckDBEngine):
        reader.engine.copy_to(sql, out)
        return
    from segdsl.cli.export import write_rows

    columns, stream = reader.stream(sql, kinds)
    write_rows(out, columns, stream)


def _check_out(out: Path, output_format: str | None) -> None:
    check_out_path(out, OUT_SUFFIXES)
    if output_format is not None and output_format != out.suffix.lower()[1:]:
        fail(f"--format {output_format} does not apply to --out {out}; "
             f"the file name's suffix chooses the format")



# ------------------------------------------------------------------- printing


def _emit(chunks: Iterable[str]) -> None:
    """Print text pieces in larger chunks (one write per ~64 KB, not per line)."""
    pending: list[str] = []
    size = 0
    for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size >= _CHUNK:
            click.echo("".join(pending), nl=False)
            pending.clear()
            size = 0
    if pending:
        click.echo("".join(pending), nl=False)


def _print(
    columns: list[str],
    rows: list[tuple[object, ...]],
    output_format: str,
    segment: str | None,
    checked: CheckedProject,
) -> None:
    from segdsl.cli import output

    if output_format == "csv":
        _emit(output.csv_lines(columns, rows))
    elif output_format == "json":
        _emit(output.json_text(columns, rows))
    elif segment is not None:
        _emit(output.table_lines(columns, rows))
        noun = "member" if len(rows) == 1 else "members"
        click.echo(f"\n{segment}: {len(rows)} {noun}")
    else:
        from segdsl.analysis.sizes import labels_of

        labels = {name: labels_of(checked, name) for name in checked.segmentations}
        _emit(output.summary_lines(columns, rows, list(checked.segments), labels,
                                   total_label="(all)"))
        click.echo()
        _emit(output.table_lines(columns, rows))
