"""``entities:`` in ``schema.yml``: several entities in one project (SPEC 11).

```yaml
entities:
  customer:
    default: true           # segments without `for` are about customers
    table: shop.customers
    key: customer_id
    attributes: {...}
    events: {...}
  account:
    table: shop.accounts
    key: account_id
    relations:
      members: {entity: customer, via: account_id}   # one-to-many
```

Each entity takes the keys of the single-entity form (SPEC 2) except ``entity``
(its name is the key under ``entities:``), plus ``default: true`` on exactly one
of them when there are several.  A relation with ``entity:`` is one-to-many: the
rows of that entity whose ``via`` column holds this entity's key.

The result is the default entity's :class:`Schema`, whose ``entities`` maps every
entity (itself included) to its schema; all of them share that one dict, so any
entity's schema can reach the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.codes import Code
from segdsl.diagnostics import Span
from segdsl.project.model import Schema
from segdsl.project.yamlpos import MappingEntry, MappingNode, ScalarNode, closest_choice, describe

if TYPE_CHECKING:
    from segdsl.project.schema_loader import _SchemaReader

ENTITY_KEYS = ("default", "table", "key", "attributes", "relations", "events")
ENTITY_REQUIRED = ("table", "key")


def read_entities(reader: _SchemaReader, top: MappingNode) -> Schema | None:
    problems = reader.problems
    known = problems.keys(top, allowed=("entities",), what="a schema with 'entities'")
    node = problems.mapping(known["entities"].value, "'entities'", null_ok=False,
                            hint="write one entity per name, e.g. 'customer: {table: ..., "
                                 "key: ...}'")
    if node is None:
        return None
    schemas: dict[str, Schema] = {}
    defaults: list[tuple[str, Span]] = []
    complete = True
    for entry in node.entries:
        what = f"entity '{entry.key_text}'"
        if not isinstance(entry.key, ScalarNode) or entry.key.is_null:
            problems.add(Code.YML004, f"a name in 'entities' is {describe(entry.key)}",
                         entry.key.span)
            complete = False
            continue
        name = _entity_name(reader, entry.key)
        body = problems.mapping(entry.value, what, null_ok=False,
                                hint="write table, key and attributes under it")
        if body is None:
            complete = False
            continue
        keys = problems.keys(body, allowed=ENTITY_KEYS, required=ENTITY_REQUIRED, what=what,
                             at=entry.key.span)
        if _is_default(reader, keys.get("default"), what):
            defaults.append((entry.key.text, keys["default"].key.span))
        schema = reader.read_one(name, keys, what, entry.key.span)
        if schema is None:
            complete = False
        elif schema.entity in schemas:
            problems.add(Code.YML006, f"the entity '{schema.entity}' is declared twice",
                         entry.key.span, hint="give each entity its own name")
        else:
            schemas[schema.entity] = schema
    default = _default(reader, node, schemas, defaults)
    _check_members(reader, schemas)
    _check_event_names(reader, schemas)
    if default is None or not complete:
        return None
    shared: dict[str, Schema] = {}
    # Every entity's schema shares the one dict, so each can reach the others.
    for name, schema in schemas.items():
        shared[name] = _with_entities(schema, shared)
    return shared[default]


def _entity_name(reader: _SchemaReader, key: ScalarNode) -> str | None:
    """An entity's name: used in `for`, in fixtures and in messages, so a word."""
    from segdsl.project.schema_loader import _name_problem, _safe_name

    problem = _name_problem(key.text)
    if problem is None:
        return key.text
    reader.problems.add(Code.YML008, f"{problem}, so it cannot name an entity", key.span,
                        hint=f"choose another name, e.g. '{_safe_name(key.text, 'entity')}'")
    return None


def _with_entities(schema: Schema, shared: dict[str, Schema]) -> Schema:
    return Schema(schema.entity, schema.table, schema.key, schema.attributes,
                  schema.relations, schema.events, schema.file, schema.broken,
                  members=schema.members, entities=shared, span=schema.span)


def _is_default(reader: _SchemaReader, entry: MappingEntry | None, what: str) -> bool:
    if entry is None:
        return False
    value = entry.value
    if isinstance(value, ScalarNode) and value.text in ("true", "false"):
        return value.text == "true"
    reader.problems.add(Code.YML004, f"'default' of {what} should be true or false, but it is "
                        f"{describe(value)}", value.span, hint="write 'default: true'")
    return False


def _default(reader: _SchemaReader, node: MappingNode, schemas: dict[str, Schema],
             defaults: list[tuple[str, Span]]) -> str | None:
    """The default entity: the one marked ``default: true``; the only one when
    there is one (ENT001 for none of several, or two marked)."""
    if len(defaults) == 1:
        return defaults[0][0]
    if len(defaults) > 1:
        (first, first_span), (second, span) = defaults[0], defaults[1]
        reader.problems.add(
            Code.ENT001, f"two entities are marked as the default: '{first}' and '{second}'",
            span, hint="keep 'default: true' on one of them (segments without `for` are "
                       "about the default entity)",
            related=((first_span, f"'{first}' is marked here"),))
        return None
    if len(node.entries) == 1:
        return next(iter(schemas), None)
    if node.entries:
        first_name = node.entries[0].key_text or "customer"
        reader.problems.add(
            Code.ENT001, "'entities' names no default entity", node.entries[0].key.span,
            hint=f"add 'default: true' under the entity that segments without `for` are "
                 f"about, e.g. under '{first_name}'")
    return None


def _check_members(reader: _SchemaReader, schemas: dict[str, Schema]) -> None:
    """Each one-to-many relation names a declared entity."""
    for schema in schemas.values():
        for members in schema.members.values():
            if members.entity in schemas:
                continue
            guess = closest_choice(members.entity, schemas)
            listed = f"entities: {', '.join(schemas)}"
            reader.problems.add(
                Code.ENT002, f"the relation '{members.name}' of entity '{schema.entity}' names "
                f"an unknown entity '{members.entity}'",
                members.span or Span.point(reader.file, 1, 1),
                hint=f"did you mean '{guess[0]}'? {listed}" if guess else listed)


def _check_event_names(reader: _SchemaReader, schemas: dict[str, Schema]) -> None:
    """Fixture files key rows under ``given`` by entity and event names, so an
    event name means one event across the project and no entity is named as one."""
    seen: dict[str, str] = {}
    for schema in schemas.values():
        for event in schema.events.values():
            span = event.span or Span.point(reader.file, 1, 1)
            if event.name in schemas:
                reader.problems.add(
                    Code.YML006, f"the event '{event.name}' of entity '{schema.entity}' has the "
                    "name of an entity", span,
                    hint="fixture files use both names as keys under 'given'; rename the event")
            elif event.name in seen:
                reader.problems.add(
                    Code.YML006, f"the event '{event.name}' is declared for both "
                    f"'{seen[event.name]}' and '{schema.entity}'", span,
                    hint="fixture files key event rows by the event's name; rename one")
            else:
                seen[event.name] = schema.entity
