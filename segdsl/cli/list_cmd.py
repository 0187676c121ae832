"""``segdsl list``: every definition of the project, one per line or as JSON.

Scripts reading ``run --all`` need to know which output columns are segments,
segmentations or metrics; people want to see who owns what.  Definitions are listed
in the order they are written (file by file, as the project lists its files).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import click

from segdsl.analysis.expectations import expectation_text
from segdsl.check.checker import CheckedProject
from segdsl.cli.common import load_checked, project_option
from segdsl.cli.output import table_lines
from segdsl.syntax import ast

TABLE_COLUMNS = ("kind", "name", "type", "title", "owner", "tags", "location")
JSON_COLUMNS = ("kind", "name", "title", "description", "owner", "tags", "type", "labels",
                "expectations", "file", "line", "column")


@dataclass(frozen=True)
class Listed:
    """One definition as ``list`` shows it."""

    kind: str  # segment, segmentation, metric or event (a named event)
    name: str
    title: str | None
    description: str | None
    owner: str | None
    tags: tuple[str, ...]
    type: str  # boolean for segments, string for segmentations, the metric's type
    labels: tuple[str, ...]  # a segmentation's labels in order; empty otherwise
    expectations: tuple[str, ...]  # a segment's expect lines: "size >= 1000", ...
    file: str
    line: int
    column: int
    # The entity it is about, with several entities (SPEC 11); None otherwise.
    entity: str | None = None


def listed_definitions(checked: CheckedProject,
                       files: list[ast.SourceFile]) -> list[Listed]:
    """Every definition in written order."""
    found: list[Listed] = []
    for source in files:
        for decl in source.declarations:
            span = decl.name_span
            labels: tuple[str, ...] = ()
            match decl:
                case ast.MetricDecl():
                    kind, meta = "metric", ast.Metadata()
                    typ = checked.metric_types[decl.name].kind.value
                case ast.SegmentDecl():
                    kind, meta, typ = "segment", decl.meta, "boolean"
                case ast.SegmentationDecl():
                    kind, meta, typ = "segmentation", decl.meta, "string"
                    labels = tuple(dict.fromkeys(b.label for b in decl.branches))
                case ast.EventDecl():
                    kind, meta, typ = "event", ast.Metadata(), "event"
            found.append(Listed(
                kind, decl.name, _text(meta.title), _text(meta.description),
                _text(meta.owner), tuple(tag.name for tag in meta.tags), typ, labels,
                tuple(expectation_text(e) for e in meta.expectations),
                span.file, span.line, span.column,
                checked.entity_of(decl.name) if checked.schema.entities else None))
    return found


def _text(meta: ast.MetaText | None) -> str | None:
    return meta.value if meta is not None else None


@click.command("list", short_help="List every segment, segmentation, metric and named event.")
@project_option
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True,
              help="table: one line per definition; json: an array of objects with "
                   "kind, name, title, description, owner, tags, type, labels, "
                   "expectations, file, line and column.")
def list_command(project: Path | None, output_format: str) -> None:
    """List every definition of the project: its kind, name, type (a segment is a
    boolean, a segmentation a string, a metric its value's type), title, owner, tags
    and where it is written (FILE:LINE), in the order the files define them.

    Exit status: 0 listed, 1 the definitions have errors (printed as check prints
    them), 2 the project cannot be loaded.
    """
    workspace, checked = load_checked(project)
    listed = listed_definitions(checked, workspace.files)
    if output_format == "json":
        records = [dict(zip(JSON_COLUMNS, (
            d.kind, d.name, d.title, d.description, d.owner, list(d.tags), d.type,
            list(d.labels), list(d.expectations), d.file, d.line, d.column),
            strict=True)) for d in listed]
        for record, d in zip(records, listed, strict=True):
            if d.entity is not None:  # only with several entities: the output stays
                record["entity"] = d.entity  # as it was for one
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    table = [(d.kind if d.entity is None else f"{d.kind} for {d.entity}", d.name, d.type,
              d.title, d.owner, ", ".join(d.tags) or None, f"{d.file}:{d.line}")
             for d in listed]
    for line in table_lines(TABLE_COLUMNS, table):
        click.echo(line, nl=False)
