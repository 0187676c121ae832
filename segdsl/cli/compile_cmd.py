"""``segdsl compile``: the SQL of one segment or of the membership table (SPEC 6, 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from segdsl.cli.common import (
    EXIT_PROBLEMS,
    as_of_option,
    fail,
    load_checked,
    project_option,
    require_one_target,
    require_segment,
    segment_and_all,
)
from segdsl.cli.entities import choose_entity, entity_option
from segdsl.project.model import DIALECT_ALIASES, DIALECTS, dialect_named
from segdsl.timecontext import DEFAULT, TimeContext

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject


@click.command("compile", short_help="Print the SQL of a segment or of the membership table.")
@project_option
@click.option(
    "--dialect",
    type=click.Choice((*DIALECTS, *DIALECT_ALIASES)),
    default=None,
    help="Target SQL dialect (databricks is another name of spark). Default: 'dialect' "
    "in segdsl.yml (duckdb if not set).",
)
@as_of_option
@click.option("--plan", "show_plan", is_flag=True,
              help="Print the query's plan (what it reads and computes) instead of its SQL.")
@entity_option
@segment_and_all
def compile_command(
    project: Path | None,
    dialect: str | None,
    as_of: dt.datetime | None,
    show_plan: bool,
    entity: str | None,
    all_definitions: bool,
    segment: str | None,
) -> None:
    """Print the SQL of SEGMENT (its members' keys) or, with --all, of the
    membership table (the key and one column per segment, segmentation and metric).

    Without --as-of the SQL uses the database's current time when it runs.
    With --plan, print the plan the SQL is assembled from: the entity columns,
    one scan and grouped pass per event table with its aggregates, side scans,
    CTEs joined by key, and the layers of definitions (docs/reference.md).
    """
    require_one_target(segment, all_definitions)
    workspace, checked = load_checked(project)
    if segment is not None:
        require_segment(checked, segment, "compile")
    checked = choose_entity(checked, entity, segment)
    # click's choices are the names and the aliases, so dialect_named finds each.
    target = (dialect_named(dialect) or dialect) if dialect else workspace.config.dialect
    if show_plan:
        click.echo(plan_text(checked, segment, target, as_of))
        return
    click.echo(compile_sql(checked, segment, target, as_of))


def plan_text(checked: CheckedProject, segment: str | None, dialect: str,
              as_of: dt.datetime | None) -> str:
    """The plan of ``segment`` (None: the membership table) as text."""
    from segdsl.compile.api import CompileError, describe_plan

    try:
        return describe_plan(checked, dialect, as_of, segment)
    except CompileError as error:
        what = f"the segment '{segment}'" if segment else "the project"
        fail(f"cannot plan {what} for {dialect}: {error}", EXIT_PROBLEMS)


def compile_sql(
    checked: CheckedProject, segment: str | None, dialect: str, as_of: dt.datetime | None,
    attributes: Sequence[str] = (), context: TimeContext = DEFAULT,
) -> str:
    """The SQL of ``segment`` (None: the membership table), with the ``attributes``
    (``run --with``) after the key; a :class:`CompileError` becomes ``error: ...``
    on stderr and exit status 1.  ``context``: what ``run``'s column check found
    (``Reader.time_context``); ``compile`` has no database and passes none."""
    from segdsl.compile.api import CompileError, compile_membership, compile_segment

    try:
        if segment is None:
            return compile_membership(checked, dialect, as_of, attributes=attributes,
                                      context=context)
        return compile_segment(checked, segment, dialect, as_of, attributes, context=context)
    except CompileError as error:
        what = f"the segment '{segment}'" if segment else "the project"
        fail(f"cannot compile {what} for {dialect}: {error}", EXIT_PROBLEMS)
