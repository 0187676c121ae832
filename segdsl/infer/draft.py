"""The draft ``schema.yml`` as text, with the comments that say what was guessed.

Written by hand rather than by a YAML library, because the comments are the point:
the guessed key, the values a text column holds (proposed as an enum, not
enforced) and the columns no segdsl type reads (``# TODO``) all sit next to the
line they concern.  Names that are not valid segdsl names (or are reserved words)
get a valid name and a ``column:`` mapping, so the draft always loads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from segdsl.engines.catalog import Catalog
from segdsl.infer import InferError
from segdsl.infer.profile import TableProfile, profile, segdsl_type, table_columns
from segdsl.project.model import ValueType
from segdsl.project.schema_loader import NAME_PATTERN
from segdsl.syntax.keywords import RESERVED

# Words YAML 1.1 reads as something other than a string when unquoted.
_YAML_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_PLAIN_VALUE = re.compile(r"[\w@/+.-]+(?: [\w@/+.-]+)*")


@dataclass(frozen=True)
class EventSpec:
    """One ``--events TABLE:TIME``."""

    table: str
    time: str


def parse_event(text: str) -> EventSpec:
    table, sep, time = text.rpartition(":")
    if not sep or not table or not time:
        raise InferError(f"--events '{text}' must be TABLE:TIME_COLUMN, "
                         "for example shop.orders:ordered_at")
    return EventSpec(table, time)


def infer_schema(catalog: Catalog, database: str, table: str, events: Sequence[EventSpec],
                 entity: str | None) -> str:
    """The draft schema text for entity table ``table`` and ``events``.

    ``database`` is the (masked) database as shown in messages and the header.
    Raises :class:`InferError` for a missing table or column or a time column that
    is not a timestamp.
    """
    columns = table_columns(catalog, table, database)
    entity_name = _valid_name(entity or _singular(table), "entity")
    if entity is not None and entity_name != entity:
        raise InferError(f"--entity '{entity}' is not a valid segdsl name "
                         "(letters, digits and _, not a reserved word)")
    candidates = _key_candidates(catalog, columns, entity_name)
    entity_profile = profile(catalog, table, columns, candidates)
    key, key_note = _choose_key(entity_profile, candidates)

    lines = [
        f"# Drafted by `segdsl schema infer` from {database}.",
        "# Check every line before relying on it: the types are read from the column",
        "# types, the key was tested on today's data, and the values in comments are",
        "# what the data holds now (write them as `values: [...]` to have literals checked).",
        "",
        f"entity: {_scalar(entity_name)}",
        f"table: {_scalar(table)}",
        f"key: {_scalar(key)}  # {key_note}",
    ]
    # Attributes and events share one set of names (an `emails` table next to an
    # `email` column would otherwise make an event `email` and a draft that does not
    # load): events are named after the attributes, around them.
    used: set[str] = set()
    body = _members(catalog, entity_profile, {key}, "  ", used)
    if body:
        lines += ["", "attributes:", *body]
    if events:
        lines += ["", "events:"]
    for spec in events:
        lines += _event(catalog, database, spec, key, used)
    return "\n".join(lines) + "\n"


def _event(catalog: Catalog, database: str, spec: EventSpec, key: str,
           used: set[str]) -> list[str]:
    columns = table_columns(catalog, spec.table, database)
    names = ", ".join(columns)
    if key not in columns:
        raise InferError(f"the table '{spec.table}' has no column '{key}' (the entity "
                         f"key) to link its rows to the entity; its columns: {names}")
    time_type = columns.get(spec.time)
    if time_type is None:
        raise InferError(f"the table '{spec.table}' has no column '{spec.time}' "
                         f"(--events time); its columns: {names}")
    if segdsl_type(catalog, time_type) is not ValueType.TIMESTAMP:
        raise InferError(
            f"the column '{spec.time}' of '{spec.table}' is {time_type}, but an event time "
            f"must be a timestamp column ({', '.join(sorted(catalog.fits[ValueType.TIMESTAMP]))})")
    name = _valid_name(_singular(spec.table), "event")
    base, number = name, 2
    while name in used:
        name, number = f"{base}_{number}", number + 1
    used.add(name)
    event_profile = profile(catalog, spec.table, columns, ())
    lines = [f"  {name}:", f"    table: {_scalar(spec.table)}", f"    key: {_scalar(key)}",
             f"    time: {_scalar(spec.time)}"]
    body = _members(catalog, event_profile, {key, spec.time}, "      ")
    if body:
        lines += ["    properties:", *body]
    return lines


def _members(catalog: Catalog, found: TableProfile, skip: set[str], indent: str,
             taken: set[str] | None = None) -> list[str]:
    """Attribute or property lines for every column but ``skip``; the names given
    are added to ``taken`` (and avoid what it holds)."""
    lines: list[str] = []
    taken = set() if taken is None else taken
    for column, db_type in found.columns.items():
        if column in skip:
            continue
        value_type = segdsl_type(catalog, db_type)
        if value_type is None:
            lines.append(f"{indent}# TODO: column '{column}' is {db_type}, which no segdsl "
                         "type reads; left out (cast it in a view to use it)")
            continue
        name = _valid_name(column, "value")
        base, number = name, 2
        while name in taken:
            name, number = f"{base}_{number}", number + 1
        taken.add(name)
        spec = (value_type.value if name == column else
                f"{{type: {value_type.value}, column: {_scalar(column)}}}")
        line = f"{indent}{_scalar(name)}: {spec}"
        if column in found.values:
            line += f"  # values seen: {', '.join(_show(v) for v in found.values[column])}"
        lines.append(line)
    return lines


def _key_candidates(catalog: Catalog, columns: dict[str, str], entity: str) -> list[str]:
    """Columns that may be the key, best first: ``<entity>_id``, ``id``, any ``*_id``."""
    keyable = [name for name, kind in columns.items() if kind.lower() in catalog.key_fits]
    ranked = [name for name in (f"{entity}_id", "id") if name in keyable]
    ranked += [name for name in keyable if name.lower().endswith("_id") and name not in ranked]
    return ranked


def _choose_key(found: TableProfile, candidates: list[str]) -> tuple[str, str]:
    for name in candidates:
        if found.distinct[name] == found.rows:
            return name, f"unique and never empty in the data ({found.rows} rows)"
    first = next(iter(found.columns))
    return first, ("guessed: no column named like a key is unique and never empty in "
                   "the data; check it")


def _singular(table: str) -> str:
    """``shop.orders`` -> ``order`` (singular-ish: a trailing ``s`` dropped)."""
    last = table.rsplit(".", 1)[-1]
    return last[:-1] if len(last) > 1 and last.endswith("s") else last


def _valid_name(name: str, noun: str) -> str:
    """``name`` if segdsl accepts it, else the closest name it does accept."""
    safe = re.sub(r"[^A-Za-z0-9_]", "_", name) or "_"
    if safe[0].isdigit():
        safe = "_" + safe
    if NAME_PATTERN.fullmatch(safe) is None or safe in RESERVED:
        safe = f"{safe}_{noun}"
    return safe


def _scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain when that reads back as the same string."""
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_SPECIAL:
        return text
    return json.dumps(text, ensure_ascii=False)


def _show(value: str) -> str:
    return value if _PLAIN_VALUE.fullmatch(value) else json.dumps(value, ensure_ascii=False)
