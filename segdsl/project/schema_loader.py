"""``schema.yml`` -> :class:`~segdsl.project.model.Schema`, checked per SPEC section 2.

Every problem of the file is reported in one run, each pointing at the key or value
at fault.  The schema is returned only when the file has no errors: a half-read
schema would make the checker report confusing follow-on errors in segment files
("unknown attribute 'email'" when the real problem is its misspelt type).

Longer than 400 lines on purpose: one reader of schema.yml that walks its sections
in one pass (entity, attributes, relations, members, events) and reports each
section's problems against the same known names; entities.py already holds the
multi-entity part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import cast

from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, has_errors
from segdsl.project.model import (
    EventType,
    Field,
    Members,
    Relation,
    Scalar,
    Schema,
    ValueType,
)
from segdsl.project.sources import DISK, SourceReader
from segdsl.project.yamlpos import (
    MappingEntry,
    MappingNode,
    Node,
    Problems,
    ScalarKind,
    ScalarNode,
    SequenceNode,
    closest_choice,
    convert_scalar,
    describe,
    iter_entries,
    load_yaml_file,
    parse_yaml,
    replace_scalar,
    resolve_core,
)
from segdsl.syntax.keywords import RESERVED

TYPE_NAMES: tuple[str, ...] = tuple(t.value for t in ValueType)
NAME_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

TOP_KEYS = ("entity", "table", "key", "attributes", "relations", "events")
TOP_REQUIRED = ("entity", "table", "key")
FIELD_KEYS = ("type", "column", "values")
RELATION_KEYS = ("table", "key", "via", "attributes")
MEMBERS_KEYS = ("entity", "via")
EVENT_KEYS = ("table", "key", "time", "where", "properties")
EVENT_REQUIRED = ("table", "key", "time")

# Enums are for text and numbers; a boolean or time enum is better written as a
# condition in a segment.
_ENUM_TYPES = (ValueType.STRING, ValueType.INTEGER, ValueType.NUMBER)

_ENUM_EXAMPLES = {
    ValueType.STRING: "values: [free, pro]",
    ValueType.INTEGER: "values: [1, 2, 3]",
    ValueType.NUMBER: "values: [0.5, 1, 2.5]",
}

# Type names from SQL and programming languages that people write out of habit.
_TYPE_ALIASES = {
    "str": "string", "text": "string", "varchar": "string", "char": "string",
    "int": "integer", "bigint": "integer", "smallint": "integer", "long": "integer",
    "float": "number", "double": "number", "decimal": "number", "numeric": "number",
    "real": "number", "bool": "boolean", "datetime": "timestamp",
    "timestamptz": "timestamp", "time": "timestamp",
    "text[]": "list<string>", "varchar[]": "list<string>", "array<string>": "list<string>",
    "list[string]": "list<string>", "list<str>": "list<string>", "list<text>": "list<string>",
    "bigint[]": "list<integer>", "integer[]": "list<integer>", "int[]": "list<integer>",
    "array<int64>": "list<integer>", "list[integer]": "list<integer>",
    "list<int>": "list<integer>", "list<bigint>": "list<integer>",
}


def load_schema(
    path: Path, display_path: str, *, partial: bool = False, reader: SourceReader = DISK
) -> tuple[Schema | None, list[Diagnostic]]:
    """Read and check a schema file; ``display_path`` names it in diagnostics.

    A schema with errors is ``None``, unless ``partial``: then what could be read is
    returned (if entity, table and key could), with the names of the declarations
    that failed in ``Schema.broken``, so segment files can still be checked.
    """
    root, problems = load_yaml_file(path, display_path, reader)
    return _finish(root, problems, display_path, partial)


def parse_schema(
    text: str, display_path: str, *, partial: bool = False
) -> tuple[Schema | None, list[Diagnostic]]:
    """Check a schema given as text (same rules as :func:`load_schema`)."""
    root, problems = parse_yaml(text, display_path)
    return _finish(root, problems, display_path, partial)


def _finish(
    root: Node | None, problems: list[Diagnostic], file: str, partial: bool = False
) -> tuple[Schema | None, list[Diagnostic]]:
    if root is None:
        if not problems:
            problems = [Diagnostic(
                Code.YML002, "the schema file is empty", Span.point(file, 1, 1),
                hint="a schema needs at least 'entity', 'table' and 'key'",
            )]
        return None, problems
    reader = _SchemaReader(file)
    reader.problems.items.extend(problems)
    schema = reader.read(root)
    diagnostics = reader.problems.items
    if partial or not has_errors(diagnostics):
        return schema, diagnostics
    return None, diagnostics


@dataclass(frozen=True, slots=True)
class _Owner:
    """Where a field lives, for messages: "attribute 'x' of relation 'account'"."""

    noun: str  # attribute | property
    suffix: str = ""  # " of relation 'account'"
    prefix: str = ""  # "account." for the names in Schema.broken

    def what(self, name: str) -> str:
        return f"{self.noun} '{name}'{self.suffix}"


_ENTITY = _Owner("attribute")
_FIELDS_HINT = "write one name per line, e.g. 'email: string'"
_WHERE_HINT = "one value per column, e.g. where: {event_name: email_open}"
_WherePairs = tuple[tuple[str, Scalar], ...]


class _SchemaReader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems = Problems()
        self.broken: set[str] = set()
        # The one-to-many relations (``entity:``) of the entity being read.
        self.members: dict[str, Members] = {}

    # ---------------------------------------------------------------- top level

    def read(self, root: Node) -> Schema | None:
        top = self.problems.mapping(root, "the schema", null_ok=False)
        if top is None:
            return None
        if "entities" in top.keys():  # noqa: SIM118 (a MappingNode, not a dict)
            # Several entities (SPEC 11): project/entities.py reads each entity
            # with read_one.
            from segdsl.project.entities import read_entities

            return read_entities(self, top)
        known = self.problems.keys(top, allowed=TOP_KEYS, required=TOP_REQUIRED,
                                   what="the schema")
        entity = self._entity(known.get("entity"))
        return self.read_one(entity, known, "the schema", None)

    def read_one(self, entity: str | None, known: dict[str, MappingEntry], what: str,
                 span: Span | None) -> Schema | None:
        """One entity's schema from its known keys (``what`` names it in messages)."""
        table = self._table(known.get("table"), f"{what}'s table")
        key = self._text(known.get("key"), f"{what}'s key column")
        attributes = self._fields(known.get("attributes"), _ENTITY, "'attributes'")
        self.members = {}
        relations = self._relations(known.get("relations"))
        members = self.members
        events = self._events(known.get("events"))
        self._check_namespace(known)
        self._check_entity_vs_events(entity, known)
        if entity is None or table is None or key is None:
            return None
        return Schema(entity, table, key, attributes, relations, events, self.file,
                      frozenset(self.broken), members=members, span=span)

    def _text(self, entry: MappingEntry | None, what: str) -> str | None:
        return None if entry is None else self.problems.text(entry.value, what)

    def _entity(self, entry: MappingEntry | None) -> str | None:
        name = self._text(entry, "the entity")
        if entry is None or name is None:
            return None
        if NAME_PATTERN.fullmatch(name) is None:
            self.problems.add(
                Code.YML008, f"'{name}' is not a valid entity name", entry.value.span,
                hint=f"use letters, digits and _ only, e.g. '{_safe_name(name)}'",
            )
            return None
        return name

    def _table(self, entry: MappingEntry | None, what: str) -> str | None:
        table = self._text(entry, what)
        if entry is None or table is None:
            return None
        # Qualified names (project.dataset.table) are split on dots when quoted for
        # SQL, so an empty part would become an empty identifier.
        if any(part.strip() == "" for part in table.split(".")):
            self.problems.add(
                Code.YML008, f"the table name '{table}' has an empty part", entry.value.span,
                hint="separate the parts with single dots, e.g. project.dataset.table",
            )
            return None
        return table

    # ------------------------------------------------------------------- fields

    def _fields(self, entry: MappingEntry | None, owner: _Owner, section: str) -> dict[str, Field]:
        if entry is None:
            return {}
        node = self.problems.mapping(entry.value, section, hint=_FIELDS_HINT)
        fields: dict[str, Field] = {}
        for name, item in _named_entries(node, self.problems, section):
            field = self._field(name, item, owner)
            if field is not None:
                fields[name] = field
            else:
                self.broken.add(owner.prefix + name)
        return fields

    def _field(self, name: str, entry: MappingEntry, owner: _Owner) -> Field | None:
        what = owner.what(name)
        value = entry.value
        if isinstance(value, MappingNode):
            return self._field_mapping(name, entry, value, owner)
        if isinstance(value, ScalarNode) and not value.is_null:
            value_type = self._type(value, what)
            name_ok = self._field_name(name, entry.key.span, owner, value_type, name)
            if value_type is None or not name_ok:
                return None
            return Field(name, value_type, name, None, entry.key.span)
        self.problems.add(
            Code.YML004, f"{what} needs a type, but it is {describe(value)}", _value_or_key(entry),
            hint=f"write '{name}: string' or '{name}: {{type: string, column: ...}}'; "
                 f"allowed types: {', '.join(TYPE_NAMES)}",
        )
        self._field_name(name, entry.key.span, owner, None, name)
        return None

    def _field_mapping(
        self, name: str, entry: MappingEntry, node: MappingNode, owner: _Owner
    ) -> Field | None:
        what = owner.what(name)
        known = self.problems.keys(node, allowed=FIELD_KEYS, required=("type",), what=what,
                                   at=entry.key.span)
        value_type = self._type(known["type"].value, what) if "type" in known else None
        column = name
        if "column" in known:
            column = self.problems.text(known["column"].value, f"the column of {what}") or ""
        values_ok, values = self._enum(known.get("values"), value_type, what)
        name_ok = self._field_name(name, entry.key.span, owner, value_type, column or name)
        if value_type is None or not column or not values_ok or not name_ok:
            return None
        return Field(name, value_type, column, values, entry.key.span)

    def _type(self, node: Node, what: str) -> ValueType | None:
        if not isinstance(node, ScalarNode) or node.is_null:
            self.problems.add(
                Code.YML004,
                f"the type of {what} should be a type name, but it is {describe(node)}",
                node.span, hint=f"allowed types: {', '.join(TYPE_NAMES)}",
            )
            return None
        if node.text in TYPE_NAMES:
            return ValueType(node.text)
        alias = _TYPE_ALIASES.get(node.text.lower())
        found = (alias, True) if alias else closest_choice(node.text, TYPE_NAMES)
        listed = f"allowed types: {', '.join(TYPE_NAMES)}"
        self.problems.add(
            Code.YML005, f"unknown type '{node.text}' for {what}", node.span,
            hint=f"did you mean '{found[0]}'? {listed}" if found else listed,
            edits=replace_scalar(node, found[0]) if found and found[1] else (),
        )
        return None

    def _field_name(
        self, name: str, span: Span, owner: _Owner, value_type: ValueType | None, column: str
    ) -> bool:
        problem = _name_problem(name)
        if problem is None:
            return True
        safe = _safe_name(name)
        type_text = value_type.value if value_type is not None else "string"
        self.problems.add(
            Code.YML008, f"{problem}, so it cannot name {_a(owner.noun)}{owner.suffix}", span,
            hint=f"give it another name and keep the column: "
                 f"'{safe}: {{type: {type_text}, column: {column}}}'",
        )
        return False

    # -------------------------------------------------------------------- enums

    def _enum(
        self, entry: MappingEntry | None, value_type: ValueType | None, what: str
    ) -> tuple[bool, tuple[Scalar, ...] | None]:
        """(valid, the values converted to the field's type or None when not listed)."""
        if entry is None:
            return True, None
        node = entry.value
        if value_type is not None and value_type not in _ENUM_TYPES:
            self.problems.add(
                Code.YML007, f"{what} is a {value_type.value}; only string, integer and number "
                "fields can list their values", entry.key.span,
                hint="a list's elements are not checked against allowed values; remove `values`"
                if value_type.is_list else None,
            )
            return False, None
        if not isinstance(node, SequenceNode) or not node.items:
            found = "an empty list" if isinstance(node, SequenceNode) else describe(node)
            self.problems.add(
                Code.YML007, f"the values of {what} should be a non-empty list, but it is {found}",
                node.span, hint="write them as a list, e.g. values: [free, pro, enterprise]",
            )
            return False, None
        return self._enum_items(node, value_type, what)

    def _enum_items(
        self, node: SequenceNode, value_type: ValueType | None, what: str
    ) -> tuple[bool, tuple[Scalar, ...] | None]:
        values: list[Scalar] = []
        first_seen: dict[Scalar, Span] = {}
        ok = True
        for item in node.items:
            value = self._enum_item(item, value_type, what)
            if value is None:
                ok = False
            elif value in first_seen:
                ok = False
                self.problems.add(
                    Code.YML007, f"'{_show(item)}' is listed twice in the values of {what}",
                    item.span, hint="remove the second one",
                    related=((first_seen[value], "first listed here"),),
                )
            else:
                first_seen[value] = item.span
                values.append(value)
        return ok, tuple(values)

    def _enum_item(self, item: Node, value_type: ValueType | None, what: str) -> Scalar | None:
        if not isinstance(item, ScalarNode) or item.is_null:
            self.problems.add(
                Code.YML007, f"the values of {what} must be single values, but one is "
                f"{describe(item)}", item.span,
                hint=f'write "{item.text}" in quotes if you mean that text'
                if isinstance(item, ScalarNode) and item.text else None,
            )
            return None
        if value_type is None:  # the type is already reported; still check duplicates
            return item.text
        # Only string, integer and number fields get here (_ENUM_TYPES).
        converted = convert_scalar(item, cast(ScalarKind, value_type.value))
        # Listed values of a number field stay floats (model.Scalar), as they
        # always were; check/comparisons.py compares literals with them as floats.
        value = float(converted) if isinstance(converted, Decimal) else converted
        if not isinstance(value, str | int | float):
            self.problems.add(
                Code.YML007, f"'{item.text}' is not {_a(value_type.value)}, but {what} is "
                f"{_a(value_type.value)} field", item.span,
                hint=f"list only {value_type.value} values, e.g. {_ENUM_EXAMPLES[value_type]}",
            )
            return None
        return value

    # ---------------------------------------------------------------- relations

    def _relations(self, entry: MappingEntry | None) -> dict[str, Relation]:
        if entry is None:
            return {}
        node = self.problems.mapping(entry.value, "'relations'")
        relations: dict[str, Relation] = {}
        for name, item in _named_entries(node, self.problems, "'relations'"):
            if isinstance(item.value, MappingNode) and item.value.get("entity") is not None:
                members = self._members(name, item, item.value)
                if members is not None:
                    self.members[name] = members
                else:
                    self.broken.add(name)
                continue
            relation = self._relation(name, item)
            if relation is not None:
                relations[name] = relation
            else:
                self.broken.add(name)
        return relations

    def _members(self, name: str, entry: MappingEntry, node: MappingNode) -> Members | None:
        """``members: {entity: customer, via: account_id}``: a one-to-many relation to
        another entity (its entity name is checked once every entity is read)."""
        what = f"relation '{name}'"
        name_ok = self._other_name(name, entry.key.span, "relation")
        known = self.problems.keys(node, allowed=MEMBERS_KEYS, required=MEMBERS_KEYS,
                                   what=what, at=entry.key.span)
        entity = self._text(known.get("entity"), f"the entity of {what}")
        via = self._text(known.get("via"), f"the 'via' column of {what}")
        if via is not None and NAME_PATTERN.fullmatch(via) is None:
            self.problems.add(
                Code.YML008, f"the 'via' column of {what} should be one column name of the "
                f"member entity's table, but it is '{via}'", known["via"].value.span,
                hint="name the column of the member table that holds this entity's key, "
                     "e.g. via: account_id")
            via = None
        if not name_ok or entity is None or via is None:
            return None
        return Members(name, entity, via, known["entity"].value.span)

    def _relation(self, name: str, entry: MappingEntry) -> Relation | None:
        what = f"relation '{name}'"
        name_ok = self._other_name(name, entry.key.span, "relation")
        node = self.problems.mapping(entry.value, what, null_ok=False,
                                     hint=f"write {', '.join(RELATION_KEYS)} under it")
        if node is None:
            return None
        known = self.problems.keys(node, allowed=RELATION_KEYS, required=RELATION_KEYS,
                                   what=what, at=entry.key.span)
        table = self._table(known.get("table"), f"the table of {what}")
        key = self._text(known.get("key"), f"the key column of {what}")
        via = self._text(known.get("via"), f"the 'via' column of {what}")
        owner = _Owner("attribute", f" of relation '{name}'", f"{name}.")
        attributes = self._fields(known.get("attributes"), owner, f"the attributes of {what}")
        if not name_ok or table is None or key is None or via is None:
            return None
        return Relation(name, table, key, via, attributes, entry.key.span)

    # ------------------------------------------------------------------- events

    def _events(self, entry: MappingEntry | None) -> dict[str, EventType]:
        if entry is None:
            return {}
        node = self.problems.mapping(entry.value, "'events'")
        result: dict[str, EventType] = {}
        for name, item in _named_entries(node, self.problems, "'events'"):
            event = self._event(name, item)
            if event is not None:
                result[name] = event
            else:
                self.broken.add(name)
        return result

    def _event(self, name: str, entry: MappingEntry) -> EventType | None:
        what = f"event '{name}'"
        name_ok = self._other_name(name, entry.key.span, "event")
        node = self.problems.mapping(entry.value, what, null_ok=False,
                                     hint=f"write {', '.join(EVENT_REQUIRED)} under it")
        if node is None:
            return None
        known = self.problems.keys(node, allowed=EVENT_KEYS, required=EVENT_REQUIRED,
                                   what=what, at=entry.key.span)
        table = self._table(known.get("table"), f"the table of {what}")
        key = self._text(known.get("key"), f"the key column of {what}")
        time = self._text(known.get("time"), f"the time column of {what}")
        where = self._where(known.get("where"), what)
        owner = _Owner("property", f" of event '{name}'", f"{name}.")
        properties = self._fields(known.get("properties"), owner, f"the properties of {what}")
        if not name_ok or table is None or key is None or time is None or where is None:
            return None
        return EventType(name, table, key, time, properties, where, entry.key.span)

    def _where(self, entry: MappingEntry | None, what: str) -> _WherePairs | None:
        """``where: {column: value, ...}``; values are typed as YAML 1.2 (``yes`` is text)."""
        if entry is None:
            return ()
        node = self.problems.mapping(entry.value, f"the 'where' of {what}", hint=_WHERE_HINT)
        if node is None:
            return None
        pairs: list[tuple[str, Scalar]] = []
        ok = True
        for column, item in _named_entries(node, self.problems, f"the 'where' of {what}"):
            value = resolve_core(item.value) if isinstance(item.value, ScalarNode) else None
            if value is None:
                ok = False
                self.problems.add(
                    Code.YML004, f"the value for column '{column}' in the 'where' of {what} should "
                    f"be a single value, but it is {describe(item.value)}",
                    _value_or_key(item), hint=_WHERE_HINT,
                )
            else:
                pairs.append((column, value))
        return tuple(pairs) if ok else None

    # -------------------------------------------------------------------- names

    def _other_name(self, name: str, span: Span, noun: str) -> bool:
        problem = _name_problem(name)
        if problem is None:
            return True
        self.problems.add(
            Code.YML008, f"{problem}, so it cannot name {_a(noun)}", span,
            hint=f"choose another name, e.g. '{_safe_name(name, noun)}'",
        )
        return False

    def _check_namespace(self, known: dict[str, MappingEntry]) -> None:
        """Attributes, relations and events are all used by bare name in segments,
        so one name may only mean one of them."""
        seen: dict[str, tuple[str, Span]] = {}
        for section, noun in (("attributes", "attribute"), ("relations", "relation"),
                              ("events", "event")):
            entry = known.get(section)
            if entry is None or not isinstance(entry.value, MappingNode):
                continue
            for name, item in iter_entries(entry.value):
                if name in seen:
                    self._duplicate_name(name, noun, item.key.span, *seen[name])
                else:
                    seen[name] = (noun, item.key.span)

    def _duplicate_name(
        self, name: str, noun: str, span: Span, first_noun: str, first: Span
    ) -> None:
        self.problems.add(
            Code.YML006, f"the name '{name}' is used for both {_a(first_noun)} and {_a(noun)}",
            span, hint=f"attributes, relations and events share one set of names; rename one "
                       f"(the {first_noun} is on line {first.line})",
            related=((first, f"the {first_noun} '{name}'"),),
        )

    def _check_entity_vs_events(self, entity: str | None, known: dict[str, MappingEntry]) -> None:
        """Fixture files list entity rows and event rows side by side under
        ``given``, keyed by the entity's and the events' names."""
        entry = known.get("events")
        if entity is None or entry is None or not isinstance(entry.value, MappingNode):
            return
        event = entry.value.get(entity)
        if event is not None:
            self.problems.add(
                Code.YML006, f"the event '{entity}' has the same name as the entity",
                event.key.span,
                hint="fixture files use both names as keys under 'given'; rename the event",
            )


# ------------------------------------------------------------------------ helpers


def _named_entries(
    node: MappingNode | None, problems: Problems, where: str
) -> list[tuple[str, MappingEntry]]:
    """Entries of a mapping of names; a key that is a list, a mapping or empty is
    reported and skipped."""
    if node is None:
        return []
    named: list[tuple[str, MappingEntry]] = []
    for entry in node.entries:
        key = entry.key
        if isinstance(key, ScalarNode) and not key.is_null and key.text:
            named.append((key.text, entry))
        else:
            problems.add(Code.YML004, f"a name in {where} is {describe(key)}; names must be "
                         "single words", key.span)
    return named


def _name_problem(name: str) -> str | None:
    if NAME_PATTERN.fullmatch(name) is None:
        return (f"'{name}' is not a valid name (use letters, digits and _, "
                "not starting with a digit)")
    if name in RESERVED:
        return f"'{name}' is a reserved word of the segment language"
    return None


def _safe_name(name: str, noun: str = "value") -> str:
    """A valid, non-reserved name close to ``name``, for hints."""
    safe = re.sub(r"[^A-Za-z0-9_]", "_", name) or "_"
    if safe[0].isdigit():
        safe = "_" + safe
    return f"{safe}_{noun}" if safe in RESERVED else safe


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _show(node: Node) -> str:
    return node.text if isinstance(node, ScalarNode) else describe(node)


def _value_or_key(entry: MappingEntry) -> Span:
    """The value's span, or the key's when the value is empty (zero-width)."""
    value = entry.value
    if isinstance(value, ScalarNode) and value.is_null and value.span.start == value.span.end:
        return entry.key.span
    return value.span
