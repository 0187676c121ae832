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
@click.option("--materialize", "materialize", is_flag=True,
              help="Print the statements of `segdsl materialize` for BigQuery or Snowflake "
              "(--dialect), for a scheduler to run instead of `segdsl materialize --db`: "
              "every entity's membership table, with --snapshot its history "
              "(docs/materialize.md).")
@click.option("--schema", "schema_name", metavar="S", default=None,
              help="With --materialize: the dataset or schema of the tables (default: "
              "unqualified names).")
@click.option("--snapshot", is_flag=True, default=False,
              help="With --materialize: the statements that append a snapshot too "
              "(needs --as-of).")
@entity_option
@segment_and_all
def compile_command(
    project: Path | None,
    dialect: str | None,
    as_of: dt.datetime | None,
    show_plan: bool,
    materialize: bool,
    schema_name: str | None,
    snapshot: bool,
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
    if materialize or schema_name is not None or snapshot:
        _materialize_script(project, dialect, as_of, schema_name, snapshot, materialize,
                            segment, entity)
        return
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


def _materialize_script(project: Path | None, dialect: str | None, as_of: dt.datetime | None,
                        schema_name: str | None, snapshot: bool, materialize: bool,
                        segment: str | None, entity: str | None) -> None:
    """``compile --materialize``: the statements, each ended by a semicolon."""
    from segdsl.materialize.script import WAREHOUSES, materialize_statements

    if not materialize:
        raise click.UsageError("--schema and --snapshot go with --materialize")
    if segment is not None or entity is not None:
        raise click.UsageError("--materialize writes every entity's membership table; "
                               "leave out SEGMENT and --entity")
    if snapshot and as_of is None:
        fail("--snapshot needs --as-of: the snapshot's instant is written into the statements")
    workspace, checked = load_checked(project)
    target = (dialect_named(dialect) or dialect) if dialect else workspace.config.dialect
    if target not in WAREHOUSES:
        fail(f"compile --materialize prints statements for {' and '.join(WAREHOUSES)}; "
             f"on {target} run `segdsl materialize --db ...`, which writes the tables "
             "itself" if target in ("duckdb", "postgres") else
             f"compile --materialize prints statements for {' and '.join(WAREHOUSES)} "
             f"only, not {target}")
    from segdsl.compile.api import CompileError

    try:
        statements = materialize_statements(checked, target, as_of, schema_name,
                                            snapshot=snapshot)
    except CompileError as error:
        fail(f"cannot compile the project for {target}: {error}", EXIT_PROBLEMS)
    click.echo("".join(f"{statement};\n" for statement in statements), nl=False)
