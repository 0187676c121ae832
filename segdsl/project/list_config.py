"""``lists:`` in segdsl.yml (SPEC 11): the static lists' names and sources.

Each entry is ``NAME: path/to/file.csv`` (relative to the project root) or
``NAME: {table: schema.table, key: column}`` (a column of a table in the user's
database).  This module only reads the entries; the CSV files are read by
:mod:`segdsl.project.static_lists` once the schema (and so the key's name) is
known, and a table list's table and column are checked by ``run``.
"""

from __future__ import annotations

from pathlib import Path

from segdsl.codes import Code
from segdsl.project.model import StaticListSource
from segdsl.project.sources import SourceReader, is_dir
from segdsl.project.yamlpos import MappingEntry, MappingNode, Problems, ScalarNode, describe
from segdsl.syntax.keywords import RESERVED

TABLE_KEYS = ("table", "key")
_EXAMPLE = "for example: lists: {fair_visitors: lists/fair_2026.csv} or " \
           "lists: {call_centre: {table: crm.callbacks, key: customer_id}}"


def read_lists(entry: MappingEntry | None, root: Path, sources: SourceReader,
               problems: Problems) -> tuple[StaticListSource, ...]:
    """The ``lists:`` entries, each checked; a bad one is reported and left out."""
    if entry is None or (isinstance(entry.value, ScalarNode) and entry.value.is_null):
        return ()
    top = problems.mapping(entry.value, "'lists'", hint=_EXAMPLE)
    if top is None:
        return ()
    found: list[StaticListSource] = []
    for item in top.entries:
        name = item.key_text
        if name is None or not _valid_name(name, item, problems):
            continue
        source = _source(name, item, root, sources, problems)
        if source is not None:
            found.append(source)
    return tuple(found)


def _valid_name(name: str, item: MappingEntry, problems: Problems) -> bool:
    from segdsl.project.schema_loader import NAME_PATTERN

    if not NAME_PATTERN.fullmatch(name):
        problems.add(Code.YML008, f"'{name}' is not a valid list name", item.key.span,
                     hint="a list name is a letter or '_' followed by letters, digits or '_'")
        return False
    if name in RESERVED:
        problems.add(Code.YML008, f"'{name}' is a reserved word and cannot name a list",
                     item.key.span, hint=f"choose another name, e.g. '{name}_list'")
        return False
    return True


def _source(name: str, item: MappingEntry, root: Path, sources: SourceReader,
            problems: Problems) -> StaticListSource | None:
    value = item.value
    if isinstance(value, MappingNode):
        known = problems.keys(value, allowed=TABLE_KEYS, required=TABLE_KEYS,
                              what=f"the list '{name}'", at=item.key.span)
        table = _text(known.get("table"), f"the table of the list '{name}'", problems)
        column = _text(known.get("key"), f"the key column of the list '{name}'", problems)
        if table is None or column is None:
            return None
        return StaticListSource(name, item.key.span, table=table, column=column)
    if not isinstance(value, ScalarNode) or value.is_null or not value.text.strip():
        problems.add(Code.LST006, f"the list '{name}' should be a CSV file's path or "
                     f"{{table: ..., key: ...}}, but it is {describe(value)}", value.span,
                     hint=_EXAMPLE)
        return None
    path = root / value.text
    if not sources.is_file(path):
        problem = "is a folder, not a file" if is_dir(path) else "does not exist"
        problems.add(Code.LST002, f"the file '{value.text}' of the list '{name}' {problem}",
                     value.span, hint="the path is relative to the project folder")
        return None
    return StaticListSource(name, item.key.span, file=value.text, path=path)


def _text(entry: MappingEntry | None, what: str, problems: Problems) -> str | None:
    if entry is None:
        return None
    return problems.text(entry.value, what)
