"""``segdsl explain NAME``: a definition in plain sentences (SPEC 10; docs/explain.md).

Without ``--db`` nothing but the project is read (no database module is
imported).  With ``--db``, a segment's attrition is appended: the population, then
the customers remaining after each top-level ``and`` condition, and how many the
condition alone keeps (:mod:`segdsl.analysis.attrition`, one query).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from segdsl.cli.common import (
    EXIT_PROBLEMS,
    as_of_option_with,
    fail,
    fail_all,
    load_checked,
    project_option,
)

if TYPE_CHECKING:
    from segdsl.analysis.model import Attrition
    from segdsl.check.checker import CheckedProject
    from segdsl.workspace import Workspace


@click.command("explain", short_help="Explain a definition in plain sentences.")
@click.argument("name")
@click.option("--lang", type=click.Choice(["en", "de"]), default="en", show_default=True,
              help="The language of the sentences: English or German.")
@project_option
@click.option("--db", "db", metavar="DB", default=None,
              help="Also show the segment's attrition, measured in this database "
              "(a DuckDB file path or a postgresql:// URL).")
@as_of_option_with("Measure the attrition at this instant (a date or a UTC timestamp). "
                   "Default: now, read once to the second.")
def explain_command(name: str, lang: str, project: Path | None, db: str | None,
                    as_of: dt.datetime | None) -> None:
    """Say what the segment, segmentation or metric NAME means, in sentences a
    marketer can read aloud (English or German). With --db, a segment's
    attrition: the population, then how many customers remain after each
    top-level `and` condition, and how many that condition alone keeps."""
    workspace, checked = load_checked(project)
    if checked.declaration(name) is None:
        from segdsl.check.suggest import did_you_mean

        known = [*checked.segments, *checked.segmentations, *checked.metrics]
        hint = did_you_mean(name, known)
        fail(f"no segment, segmentation or metric is called '{name}'"
             + (f" ({hint})" if hint else ""))
    from segdsl.explain import explain

    click.echo(explain(checked, name, lang))
    if db is None:
        if as_of is not None:
            fail("--as-of needs --db: the attrition is measured in a database")
        return
    if name not in checked.segments:
        click.echo("(attrition is shown for segments only)" if lang == "en"
                   else "(Die Attrition gibt es nur für Segmente.)")
        return
    instant = as_of if as_of is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)
    click.echo("")
    click.echo(render_attrition(_measure(workspace, checked, name, db, instant), lang,
                                instant))


def _measure(workspace: Workspace, checked: CheckedProject, name: str, db: str,
             as_of: dt.datetime) -> Attrition:
    from segdsl.analysis.attrition import attrition
    from segdsl.check.usage import schema_read_by
    from segdsl.cli.common import choose_database
    from segdsl.compile.api import CompileError
    from segdsl.engines import EngineError
    from segdsl.engines.columns import LayoutError
    from segdsl.engines.reader import open_reader

    database = choose_database(db, workspace, "explain")
    read = schema_read_by(checked, [name])
    try:
        with open_reader(database, checked.schema, read) as reader:
            return attrition(reader, checked, name, as_of, sources=workspace.sources)
    except LayoutError as error:
        fail_all(error.problems)
    except EngineError as error:
        fail(error.message)
    except CompileError as error:
        fail(f"cannot compile the project for this database: {error}", EXIT_PROBLEMS)


def render_attrition(found: Attrition, lang: str, as_of: dt.datetime) -> str:
    """The attrition as text lines: the population, then one line per condition."""
    when = as_of.strftime("%Y-%m-%d %H:%M:%S UTC")
    if lang == "de":
        lines = [f"Attrition am {when}:", f"  Grundgesamtheit: {_de(found.population)}"]
        for index, step in enumerate(found.steps):
            lines.append(f"  {'und' if index else 'mit'} {step.condition}  (Zeile {step.line}): "
                         f"{_de(step.remaining)} bleiben, allein {_de(step.alone)}")
        return "\n".join(lines)
    lines = [f"Attrition at {when}:", f"  population: {found.population:,}"]
    for index, step in enumerate(found.steps):
        lines.append(f"  {'and' if index else 'where'} {step.condition}  (line {step.line}): "
                     f"{step.remaining:,} remain, {step.alone:,} alone")
    return "\n".join(lines)


def _de(count: int) -> str:
    return f"{count:,}".replace(",", ".")
