"""``segdsl report``: one self-contained HTML page about the project's segments
(SPEC 10; docs/report.md).

The numbers come from :mod:`segdsl.analysis.compute` through the one way into a
database (:func:`segdsl.engines.reader.open_reader`); the page is drawn by
:mod:`segdsl.report.page`.  What can be refused is refused before anything is
queried: the ``--out`` file (a temporary file is opened next to it first, which
is the honest test of "can we write there"), the ``--history``/``--every`` span,
the ``--kpi`` names.  The page appears only when complete: it is written to that
temporary file and renamed over ``--out``; any failure removes the temporary file.

``--as-of`` defaults to the current time, read once (to the second) so that every
number on the page, and the page's heading, share one instant.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from segdsl.cli.common import (
    as_of_option_with,
    check_out_path,
    choose_database,
    database_errors,
    db_option,
    fail,
    fail_all,
    load_checked,
    project_option,
)
from segdsl.cli.entities import choose_entity

if TYPE_CHECKING:
    from segdsl.analysis.model import ReportData
    from segdsl.check.checker import CheckedProject

HISTORY_UNITS = ("day", "week", "month", "year")
# More points than this make unreadable charts and a long wait: surely a mistake.
MAX_INSTANTS = 120


@click.command("report", short_help="Write an HTML report: sizes, overlap, KPIs, history.")
@project_option
@db_option
@as_of_option_with(
    "Measure at this instant: a date (2026-11-01, meaning 00:00 in the project's time "
    "zone) or a timestamp with its zone. Default: now (read once, to the second, and "
    "shown on the page).")
@click.option(
    "--history", "history", type=(int, str), default=None, metavar="N UNIT",
    help="Also measure sizes at past as-of instants over this span, e.g. "
    "'--history 12 months' (units: days, weeks, months, years). Needs --every.",
)
@click.option(
    "--every", "every", default=None, metavar="UNIT",
    help="The step between history instants: day, week, month or year.",
)
@click.option(
    "--kpi", "kpis", multiple=True, metavar="METRIC",
    help="A numeric metric to average per segment and label (repeatable). "
    "Default: every numeric metric.",
)
@click.option(
    "--out", required=True, type=click.Path(path_type=Path), metavar="FILE.html",
    help="The page to write. It appears (or is replaced) only when complete.",
)
@click.option(
    "--schema", "history_schema", metavar="S", default=None,
    help="The schema holding the history table of `segdsl materialize --snapshot`, as "
    "given to it (default: the connection's current schema: DuckDB main, PostgreSQL the "
    "first of the search_path, usually public). Its snapshots feed --history.",
)
@click.option(
    "--entity", metavar="NAME", default=None,
    help="With several entities in schema.yml: report on this entity's definitions "
    "(default: the default entity's).",
)
def report_command(
    project: Path | None,
    db: str | None,
    as_of: dt.datetime | None,
    history: tuple[int, str] | None,
    every: str | None,
    kpis: tuple[str, ...],
    out: Path,
    history_schema: str | None,
    entity: str | None,
) -> None:
    """Write one self-contained HTML page (no network needed to open it) with
    each segment's size, share, owner and expectations; the overlap of segments
    (counts and Jaccard); the average of each KPI metric per segment and per
    segmentation label against the population; each segment's attrition; and,
    with --history N UNIT --every UNIT, sizes at past as-of instants and the
    label transitions between the first and the last.

    The history comes from the snapshots `segdsl materialize --snapshot` wrote
    to the history table (one point per snapshot in the span, attribute changes
    included) when it holds some; else events are replayed at each past instant
    with attributes (country, age ...) as they are today. The page and stderr
    say which. See docs/report.md.
    """
    check_out_path(out, (".html",))
    span = _history_span(history, every)
    instant = as_of if as_of is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)
    # The temporary file comes first: an unwritable folder is reported before
    # anything else is done, and every later exit removes it.
    with _pending(out) as pending:
        workspace, checked = load_checked(project)
        default_entity = checked.schema.entity
        # One entity's definitions per page (SPEC 11): the default entity's, or
        # --entity's.
        checked = choose_entity(checked, entity, None)
        database = choose_database(db, workspace, "report on")
        from segdsl.analysis import compute

        problems = compute.validate_kpis(checked, list(kpis))
        if problems:
            fail_all(problems)
        instants = _instants(functools.partial(compute.history_instants,
                                               zone=checked.timezone), instant, span)
        from segdsl.changes.history_table import table_name

        table = table_name(checked.schema.entity, default_entity, history_schema)
        data = _measure(checked, workspace.config.name, database, instant, list(kpis) or None,
                        instants, as_of is not None, table)
        from segdsl.report.page import render_page

        pending.write(render_page(data))
    if data.history_source:
        click.echo(f"history: {data.history_source}", err=True)
    # The page's heading shows them too; the person at the terminal sees them here.
    for warning in data.warnings:
        click.echo(f"warning: {warning}", err=True)
    failed = sum(not e.holds for s in data.segments for e in s.expectations)
    if failed:
        click.echo(f"{failed} expectation{'s' if failed != 1 else ''} not met "
                   f"(see the page)", err=True)
    click.echo(f"wrote {out}", err=True)


def _measure(checked: CheckedProject, project: str, database: str, as_of: dt.datetime,
             kpis: Sequence[str] | None, instants: Sequence[dt.datetime],
             warn_stale: bool, history_table: str) -> ReportData:
    """Open the database, check it, and measure everything with a progress bar.
    The history comes from the snapshots in ``history_table`` when it holds some
    within the span, else it is replayed from events."""
    from segdsl.analysis import compute, snapshots
    from segdsl.changes.history_table import HistoryError
    from segdsl.check.usage import schema_read_by, table_lists_read_by
    from segdsl.cli.stale_as_of import warn_if_stale
    from segdsl.compile.pipeline import default_names
    from segdsl.dburl import mask_secrets
    from segdsl.engines.reader import open_reader

    read = schema_read_by(checked, default_names(checked))
    lists = table_lists_read_by(checked, default_names(checked))
    with database_errors(), open_reader(database, checked.schema, read, lists) as reader:
        if warn_stale:
            warn_if_stale(reader.engine, read, as_of, reader.sql_dialect,
                          reader.table_expression)
        source: snapshots.Source | None = None
        try:
            if instants:
                source = snapshots.choose(reader, checked, history_table, instants[0],
                                          instants[-1])
            if source is None or not source.from_snapshots:
                # only a replay needs events before its first instant
                problem = compute.history_problem(reader, checked, instants)
                if problem is not None:
                    fail(problem)
            with _progress(compute.count_steps(checked, instants, kpis=kpis,
                                               history_source=source)) as step:
                return compute.measure(
                    reader, checked, project=project, database=mask_secrets(database),
                    as_of=as_of, kpis=kpis, history=instants, progress=step,
                    history_source=source)
        except HistoryError as error:
            fail(str(error))


# ------------------------------------------------------------------ options


def _history_span(history: tuple[int, str] | None, every: str | None
                  ) -> tuple[int, str, str] | None:
    """``(N, UNIT, EVERY)`` from ``--history N UNIT --every EVERY``, or None."""
    if history is None and every is None:
        return None
    if history is None:
        fail("--every needs --history N UNIT (e.g. --history 12 months --every month)")
    count, unit = history
    if every is None:
        fail(f"--history {count} {unit} needs --every UNIT (e.g. --every month)")
    if count < 1:
        fail(f"--history {count} {unit}: N must be a positive whole number")
    for option, value in (("--history", unit), ("--every", every)):
        if _unit(value) is None:
            fail(f"{option} {value}: the unit must be one of "
                 f"{', '.join(HISTORY_UNITS)} (or their plurals)")
    return count, unit, every


def _unit(text: str) -> str | None:
    name = text.strip().lower()
    name = name[:-1] if name.endswith("s") else name
    return name if name in HISTORY_UNITS else None


def _instants(history_instants: Callable[[dt.datetime, int, str, str], list[dt.datetime]],
              as_of: dt.datetime, span: tuple[int, str, str] | None) -> list[dt.datetime]:
    """The history's instants, oldest first (none without --history)."""
    if span is None:
        return []
    count, unit, every = span
    try:
        instants = history_instants(as_of, count, unit, every)
    except ValueError as error:
        fail(str(error))
    if len(instants) > MAX_INSTANTS:
        fail(f"--history {count} {unit} --every {every} gives {len(instants)} instants, "
             f"more than {MAX_INSTANTS}; choose a longer step or a shorter span")
    return instants


# ------------------------------------------------------------------ output


class _Pending:
    """The temporary file that becomes ``--out``."""

    def __init__(self, out: Path, handle: IO[str]) -> None:
        self.out = out
        self.handle = handle

    def write(self, text: str) -> None:
        try:
            self.handle.write(text)
        except OSError as error:  # a full disk, say
            fail(f"cannot write {self.out}: {error.strerror or error}")


@contextlib.contextmanager
def _pending(out: Path) -> Iterator[_Pending]:
    """A temporary file next to ``out``, renamed over it when the block succeeds and
    removed when it does not (an error, a failed exit, Ctrl-C).

    It is created before the database is opened: a folder that cannot be written is
    reported at once, not after the measurements.
    """
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, renamed or removed)
            "w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.", suffix=".tmp",
            delete=False)
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}")
    done = False
    try:
        yield _Pending(out, handle)
        try:
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            # NamedTemporaryFile is 0600; the page is an ordinary document.
            os.chmod(handle.name, 0o644 & ~_umask())
            os.replace(handle.name, out)
        except OSError as error:
            fail(f"cannot write {out}: {error.strerror or error}")
        done = True
    finally:
        if not done:
            handle.close()
            with contextlib.suppress(OSError):
                os.unlink(handle.name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _progress(steps: int) -> Iterator[Callable[[str], None]]:
    """A progress callback: a bar on a terminal, else a line per step (CI logs show
    how far a long evaluation got without the bar's carriage returns)."""
    if sys.stderr.isatty():
        with click.progressbar(length=steps, label="measuring", file=sys.stderr,
                               show_pos=True, item_show_func=lambda what: what) as bar:

            def advance(what: str) -> None:
                bar.update(1, what)

            yield advance
        return
    done = 0

    def log(what: str) -> None:
        nonlocal done
        done += 1
        click.echo(f"report: [{done}/{steps}] {what}", err=True)

    yield log
