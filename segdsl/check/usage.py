"""Which parts of the schema a set of definitions reads.

``segdsl run`` checks only the tables and columns that the evaluated definitions
(and the definitions they use) read, so a table that nothing evaluated touches may
be missing.  The checked AST says what is read: a bare name is an attribute in the
customer scope and a property of the event inside that event's ``with`` filter
(ARCHITECTURE: scopes), ``rel.attr`` is a relation attribute, and aggregates and
``has`` forms name their events and properties.  With several entities (SPEC 11)
each definition is read in its own entity's scope, and a member aggregate reads
the member entity's tables (segdsl/check/members.py says what it computes per
member).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from segdsl.check.checker import CheckedProject
from segdsl.check.facts import EventSetPropertyRef, EventSetRef, MembersRef
from segdsl.project.model import Schema, StaticListSource
from segdsl.syntax import ast
from segdsl.syntax.walk import children


@dataclass
class Usage:
    """What one entity's tables give: attributes, relation attributes (relation ->
    attribute names), events (event -> property names; an event with no
    properties is still read: its key and time), the one-to-many relations whose
    members are aggregated over (their ``via`` column of the member table, SPEC 11)
    and the static lists named (``in list NAME``)."""

    attributes: set[str] = field(default_factory=set)
    relations: dict[str, set[str]] = field(default_factory=dict)
    events: dict[str, set[str]] = field(default_factory=dict)
    members: set[str] = field(default_factory=set)
    static_lists: set[str] = field(default_factory=set)


def with_dependencies(checked: CheckedProject, names: Iterable[str]) -> list[str]:
    """``names`` and every definition they use, directly or not, each once (across
    entities: a member filter's ``in segment`` uses a definition of the member
    entity, which a view of one entity leaves out of its own dependencies)."""
    whole = checked.whole
    seen: dict[str, None] = {}
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen[name] = None
        pending.extend(sorted(whole.dependencies.get(name, ())))
    return list(seen)


def entity_usages(checked: CheckedProject, names: Iterable[str]) -> dict[str, Usage]:
    """What the definitions ``names`` and their dependencies read, per entity.

    Each definition is read in its own entity's scope; a member aggregate
    (its :class:`MembersRef` binding) switches to the member entity's scope for
    what is computed per member (its filter, its value, the count an ``avg``
    divides by), so the member entity's columns, events and ``via`` column are
    read too (SPEC 11).  A group of events or a named event (SPEC 11) reads each
    of its member events: the property an aggregate names and the names of a
    ``with`` filter in each of them, and the filters of its named events in their
    events.
    """
    whole = checked.whole
    schema = checked.schema
    usages: dict[str, Usage] = {}
    # (node, the events whose filter the node is in (empty in the entity's own
    # scope), the entity whose scope it is in)
    stack: list[_Pending] = []
    for name in with_dependencies(checked, names):
        decl = whole.declaration(name)
        if decl is not None:
            stack.append((decl, (), whole.entity_of(name) or schema.entity))
    while stack:
        node, events, entity = stack.pop()
        usage = usages.setdefault(entity, Usage())
        bound = whole.facts.binding_of(node)
        if isinstance(bound, MembersRef):
            usage.members.add(bound.members.name)
            usages.setdefault(bound.entity, Usage())
            stack.extend((part, (), bound.entity)
                         for part in (bound.filter, bound.value, bound.count) if part is not None)
            continue
        if isinstance(node, ast.Aggregate | ast.EventMatch):
            read = _events_read(whole, node, entity, stack)
            for event in read:
                properties = _owner(usages, schema, event, entity).events.setdefault(event, set())
                if isinstance(node, ast.Aggregate) and node.prop is not None:
                    properties.add(node.prop)
            if node.filter is not None:
                stack.append((node.filter, read, entity))
            if isinstance(node, ast.Aggregate) and node.window is not None:
                stack.append((node.window, events, entity))
            if isinstance(node, ast.Aggregate) and node.anchor is not None:
                # The anchor is a value of the customer (SPEC 11), like the window.
                stack.append((node.anchor, events, entity))
            continue
        scope = schema.for_entity(entity) or schema
        if isinstance(node, ast.Name):
            for event in events:
                _owner(usages, schema, event, entity).events.setdefault(event, set()).add(
                    node.name)
            if not events and node.name in scope.attributes:
                usage.attributes.add(node.name)
        elif isinstance(node, ast.InStaticList):
            usage.static_lists.add(node.name)
        elif isinstance(node, ast.Member) and node.base in scope.relations:
            usage.relations.setdefault(node.base, set()).add(node.name)
        stack.extend((child, events, entity) for child in children(node))
    return usages


def schema_usage(checked: CheckedProject, names: Iterable[str]) -> Usage:
    """What the definitions ``names`` and their dependencies read from the
    schema's own entity, with every static list they name (in any entity)."""
    usages = entity_usages(checked, names)
    usage = usages.get(checked.schema.entity, Usage())
    for other in usages.values():
        usage.static_lists |= other.static_lists
    return usage

def _owner(usages: dict[str, Usage], schema: Schema, event: str, entity: str) -> Usage:
    """The usage of the entity that declares ``event`` (a named event is about its
    event's entity, SPEC 11); ``entity``'s when no entity does."""
    if schema.for_entity(entity) is None or event not in (
            schema.for_entity(entity) or schema).events:
        for name in schema.entity_names():
            found = schema.for_entity(name)
            if found is not None and event in found.events:
                entity = name
                break
    return usages.setdefault(entity, Usage())


# A node still to read: (node, the events whose filter it is in, its entity).
_Pending = tuple[Any, tuple[str, ...], str]


def _events_read(checked: CheckedProject, node: ast.Aggregate | ast.EventMatch, entity: str,
                 stack: list[_Pending]) -> tuple[str, ...]:
    """The schema events ``node`` reads; a group's or named event's filters go on
    ``stack`` to be read in their events."""
    binding = checked.facts.binding_of(node)
    if isinstance(binding, EventSetPropertyRef):
        binding = binding.events
    if not isinstance(binding, EventSetRef):
        return (node.event,)
    for member in binding.members:
        stack.extend((condition, (member.event.name,), entity) for condition in member.filters)
    return tuple(dict.fromkeys(member.event.name for member in binding.members))


def schema_read_by(checked: CheckedProject, names: Iterable[str],
                   attributes: Iterable[str] = ()) -> Schema:
    """The schema cut down to what the definitions ``names`` (and their
    dependencies) read: the entity table and key, the attributes used, the
    relations used with the attributes used, the events used with the properties
    used (their key, time and ``where`` columns always).  Checking this schema's
    tables checks exactly what the compiled query reads.

    With several entities (SPEC 11) the result's ``entities`` holds only the
    entities read, each cut down the same way: the schema's own entity, the
    entities of definitions about others, and the member entities of member
    aggregates (with the ``via`` column of each one-to-many relation used).

    ``attributes`` are read as well (``run --with``): attribute names (``email``)
    and relation attributes (``account.industry``) of the schema.
    """
    schema = checked.schema
    usages = entity_usages(checked, names)
    own = usages.setdefault(schema.entity, Usage())  # its table and key are always read
    for name in attributes:
        relation, dot, attribute = name.partition(".")
        if dot:
            own.relations.setdefault(relation, set()).add(attribute)
        else:
            own.attributes.add(name)
    if not schema.entities:
        return _cut(schema, own)
    cut: dict[str, Schema] = {}
    # Like the loader's (project/entities.py): every cut schema shares one dict.
    for name in (schema.entity, *usages):
        entity = schema.for_entity(name)
        if entity is not None and name not in cut:
            cut[name] = replace(_cut(entity, usages[name]), entities=cut)
    return cut[schema.entity]


def _cut(schema: Schema, usage: Usage) -> Schema:
    """One entity's schema cut down to ``usage``."""
    relations = {
        name: replace(relation, attributes={
            attribute: spec for attribute, spec in relation.attributes.items()
            if attribute in usage.relations[name]})
        for name, relation in schema.relations.items() if name in usage.relations
    }
    events = {
        name: replace(event, properties={
            prop: spec for prop, spec in event.properties.items()
            if prop in usage.events[name]})
        for name, event in schema.events.items() if name in usage.events
    }
    attributes = {name: spec for name, spec in schema.attributes.items()
                  if name in usage.attributes}
    members = {name: spec for name, spec in schema.members.items() if name in usage.members}
    return replace(schema, attributes=attributes, relations=relations, events=events,
                   members=members)


def table_lists_read_by(checked: CheckedProject, names: Iterable[str]) -> list[StaticListSource]:
    """The table lists (SPEC 11) the definitions ``names`` and their dependencies
    use, whose table and column ``run`` checks before the query."""
    used = schema_usage(checked, names).static_lists
    return [found.source for name, found in sorted(checked.static_lists.items())
            if name in used and found.keys is None]
