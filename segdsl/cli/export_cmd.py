"""``segdsl export dbt``: the project as a dbt project (SPEC 10, docs/reference.md).

(Not to be confused with segdsl/cli/export.py, which writes ``run --out`` files.)
The files are built completely in memory (segdsl/export/dbt_project.py), then
written to a new folder that replaces ``--out`` in one rename
(segdsl/export/writer.py): never a half-written export.
"""

from __future__ import annotations

from pathlib import Path

import click

from segdsl.cli.common import EXIT_PROBLEMS, fail, load_checked, project_option
from segdsl.project.model import DIALECTS


@click.group("export", short_help="Export the project for another tool (dbt).")
def export_group() -> None:
    """Export the project's definitions for another tool."""


@export_group.command("dbt")
@project_option
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="The folder to write the dbt project to: new, empty, or a previous "
              "export (replaced whole).")
@click.option("--dialect", type=click.Choice(DIALECTS), default=None,
              help="The dbt adapter's SQL dialect. Default: 'dialect' in segdsl.yml "
              "(duckdb if not set).")
def dbt_command(project: Path | None, out: Path, dialect: str | None) -> None:
    """Write a dbt project: a model per segment and segmentation, the membership
    table, the schema's tables as dbt sources, key tests and the segments' expect
    lines as tests.  `dbt build` in it gives the members `segdsl run` gives."""
    from segdsl.export.dbt_project import MARKER
    from segdsl.export.writer import ExportRefused, check_target

    try:  # before compiling anything: a refused --out costs nothing
        check_target(out, MARKER)
    except ExportRefused as error:
        fail(str(error))
    workspace, checked = load_checked(project)
    target = dialect or workspace.config.dialect

    from segdsl.compile.api import CompileError
    from segdsl.export.dbt_project import export_files
    from segdsl.export.writer import write_tree

    try:
        files = export_files(workspace.config, checked, target)
    except CompileError as error:
        fail(f"cannot export the project for {target}: {error}", EXIT_PROBLEMS)
    try:
        write_tree(out, files, MARKER)
    except ExportRefused as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}")
    models = sum(1 for path in files if path.startswith("models/") and path.endswith(".sql"))
    tests = sum(1 for path in files if path.startswith("tests/"))
    click.echo(f"wrote {out}: {models} models, {tests} expectation tests ({target})", err=True)
    click.echo(f"next: cd {out} && dbt build --profiles-dir .", err=True)
