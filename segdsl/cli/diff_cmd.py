"""``segdsl diff``: definitions added, removed and changed between two git revisions;
with ``--db``, what that does to the members (docs/diff.md).

The revisions are read with git itself (segdsl/diff/revision.py): the user's
working tree and index are never written.  The head defaults to the working tree
as it is on disk.  With ``--db`` both sides are evaluated on the same database at
the same as-of; without ``--as-of`` "now" is taken once, from this machine's
clock, and used for both.

Exit status: 0 whether or not anything changed (it is a report), 1 when a side
has definition errors, 2 for bad usage or environment (a ref that does not exist,
no git repository, no git, an unusable database or output file).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from segdsl.cli.common import (
    EXIT_PROBLEMS,
    as_of_option_with,
    check_out_path,
    fail,
    fail_all,
    project_option,
    write_atomically,
)

if TYPE_CHECKING:
    from segdsl.diff.definitions import Change
    from segdsl.diff.model import Evaluation
    from segdsl.diff.sides import LoadedSide
    from segdsl.engines.reader import Reader
    from segdsl.project.model import Schema

FORMATS = ("text", "markdown", "json")
AS_OF_HELP = (
    "With --db: evaluate both sides at this instant, a date (2026-11-01, meaning "
    "00:00 in the project's time zone) or a timestamp with its zone "
    "(2026-11-01T08:00:00Z). Default: now, taken once for both sides."
)


@click.command("diff", short_help="What changed between two git revisions of the project.")
@project_option
@click.option("--base", required=True, metavar="GITREF",
              help="The revision to compare against: a branch, tag or commit.")
@click.option("--head", default=None, metavar="GITREF",
              help="The revision to compare. Default: the working tree as it is on disk "
              "(uncommitted changes included).")
@click.option("--db", metavar="DB", default=None,
              help="Also evaluate the affected segments on this database (a DuckDB file "
              "or a URL, as for `segdsl run`), read-only: sizes before and after, members "
              "entered and left.")
@as_of_option_with(AS_OF_HELP)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True,
              help="text for a terminal, markdown for a pull-request comment, json for tools.")
@click.option("--out", type=click.Path(path_type=Path), default=None, metavar="FILE",
              help="Write the report to FILE (replaced only when complete) instead of stdout.")
def diff_command(project: Path | None, base: str, head: str | None, db: str | None,
                 as_of: dt.datetime | None, output_format: str, out: Path | None) -> None:
    """Compare the project's definitions at git revision --base with --head (default:
    the working tree): which segments, segmentations and metrics were added,
    removed or changed (ignoring layout and comments; metadata such as title,
    owner and expect lines counts, and so does a change of the schema a
    definition reads).

    With --db, every changed, added and removed segment and segmentation, and
    every one that uses a changed definition, is evaluated for both sides on the
    same data at the same as-of: size before and after, members entered and left;
    for segmentations the customers per label and how many changed label.
    """
    if out is not None:
        check_out_path(out)
    if db is not None:
        _check_db(db)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    if as_of is not None and db is None:
        click.echo("warning: --as-of is used only with --db; ignored", err=True)
    if as_of is not None and as_of > now:
        from segdsl.timeparse import format_instant

        click.echo(f"warning: --as-of {format_instant(as_of)} is in the future (now is "
                   f"{format_instant(now)}); events after now do not exist yet, so "
                   "windows that end at the as-of see only part of their time", err=True)

    from segdsl.diff.definitions import compare, schema_differs
    from segdsl.diff.model import DiffReport, Side
    from segdsl.diff.render import render
    from segdsl.diff.revision import RevisionError, checked_out, find_repository, resolve
    from segdsl.diff.sides import SideError, load_side
    from segdsl.workspace import WorkspaceError, find_root

    try:
        root = find_root(project)
    except WorkspaceError as error:
        fail(str(error))
    color = _color()
    try:
        repository = find_repository(root.resolve())
        base_revision = resolve(repository, base, "--base")
        head_revision = resolve(repository, head, "--head") if head is not None else None
        with contextlib.ExitStack() as stack:
            base_copy = stack.enter_context(checked_out(repository, base_revision))
            base_side = Side(base_revision.ref, base_revision.commit)
            base_project = load_side(base_copy.project, f"the base revision {base_side.shown}",
                                     base_copy.root, base_revision.ref, color=color)
            if head_revision is None:
                head_side = Side("working tree", None)
                head_project = load_side(root, "the working tree", color=color)
            else:
                head_copy = stack.enter_context(checked_out(repository, head_revision))
                head_side = Side(head_revision.ref, head_revision.commit)
                head_project = load_side(head_copy.project,
                                         f"the head revision {head_side.shown}",
                                         head_copy.root, head_revision.ref, color=color)
            changes = compare(base_project.checked, head_project.checked)
            evaluation = None
            if db is not None:
                evaluation = _evaluate(base_project, head_project, changes, db,
                                       as_of or now, as_of is not None,
                                       (base_side.shown, head_side.shown))
    except RevisionError as error:
        fail(str(error))
    except SideError as error:
        if error.report:
            click.echo(error.report, err=True, nl=False)
        fail(error.message, error.status)
    report = DiffReport(
        project=head_project.workspace.config.name, base=base_side, head=head_side,
        changes=tuple(changes),
        schema_changed=schema_differs(base_project.checked, head_project.checked),
        evaluation=evaluation,
    )
    text = render(report, output_format)
    if out is None:
        click.echo(text, nl=False)
    else:
        write_atomically(out, text)
        click.echo(f"wrote {out}", err=True)


def _color() -> bool:
    from segdsl import render

    return render.should_color(sys.stderr)


def _evaluate(base: LoadedSide, head: LoadedSide, changes: list[Change],
              database: str, as_of: dt.datetime, as_of_given: bool,
              shown: tuple[str, str]) -> Evaluation:
    from segdsl.dburl import mask_secrets
    from segdsl.diff.members import EvaluationError, choose, compare_rows, evaluate_side
    from segdsl.diff.model import Evaluation

    chosen = choose(base.checked, head.checked, changes)

    def warn_stale(reader: Reader, read: Schema) -> None:
        from segdsl.cli.stale_as_of import warn_if_stale

        if as_of_given and as_of <= dt.datetime.now(dt.UTC):
            warn_if_stale(reader.engine, read, as_of, reader.sql_dialect, reader.table_expression)

    try:
        before = evaluate_side(base.checked, chosen, database, as_of, f"base {shown[0]}")
        after = evaluate_side(head.checked, chosen, database, as_of, f"head {shown[1]}",
                              on_open=warn_stale)
    except EvaluationError as error:
        fail_all(error.messages, error.status if error.status == EXIT_PROBLEMS else 2)
    segments, segmentations = compare_rows(chosen, base.checked, head.checked, before, after)
    return Evaluation(mask_secrets(database), as_of, as_of_given, tuple(segments),
                      tuple(segmentations))


def _check_db(db: str) -> None:
    from segdsl.dburl import supported, unsupported_scheme

    if not db.strip():
        fail(f"--db is empty; give {supported('diff')}")
    problem = unsupported_scheme(db, "diff")
    if problem is not None:
        fail(f"--db {problem}")
