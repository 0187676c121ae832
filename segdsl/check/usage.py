"""Which parts of the schema a set of definitions reads.

``segdsl run`` checks only the tables and columns that the evaluated definitions
(and the definitions they use) read, so a table that nothing evaluated touches may
be missing.  The checked AST says what is read: a bare name is an attribute in the
customer scope and a property of the event inside that event's ``with`` filter
(ARCHITECTURE: scopes), ``rel.attr`` is a relation attribute, and aggregates and
``has`` forms name their events and properties.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from segdsl.check.checker import CheckedProject
from segdsl.project.model import Schema, StaticListSource
from segdsl.syntax import ast
from segdsl.syntax.walk import children


@dataclass
class Usage:
    """Attributes, relation attributes (relation -> attribute names) and events
    (event -> property names) read; an event with no properties is still read
    (its key and time)."""

    attributes: set[str] = field(default_factory=set)
    relations: dict[str, set[str]] = field(default_factory=dict)
    events: dict[str, set[str]] = field(default_factory=dict)
    static_lists: set[str] = field(default_factory=set)  # `in list NAME`


def with_dependencies(checked: CheckedProject, names: Iterable[str]) -> list[str]:
    """``names`` and every definition they use, directly or not, each once."""
    seen: dict[str, None] = {}
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen[name] = None
        pending.extend(sorted(checked.dependencies.get(name, ())))
    return list(seen)


def schema_usage(checked: CheckedProject, names: Iterable[str]) -> Usage:
    """What the definitions ``names`` and their dependencies read from the schema."""
    schema = checked.schema
    usage = Usage()
    # (node, the event whose filter the node is in, or None in the customer scope)
    stack: list[tuple[Any, str | None]] = []
    for name in with_dependencies(checked, names):
        decl = checked.declaration(name)
        if decl is not None:
            stack.append((decl, None))
    while stack:
        node, event = stack.pop()
        if isinstance(node, ast.Aggregate | ast.EventMatch):
            properties = usage.events.setdefault(node.event, set())
            if isinstance(node, ast.Aggregate) and node.prop is not None:
                properties.add(node.prop)
            if node.filter is not None:
                stack.append((node.filter, node.event))
            if isinstance(node, ast.Aggregate) and node.window is not None:
                stack.append((node.window, event))
            if isinstance(node, ast.Aggregate) and node.anchor is not None:
                # The anchor is a value of the customer (SPEC 11), like the window.
                stack.append((node.anchor, event))
            continue
        if isinstance(node, ast.Name):
            if event is not None:
                usage.events.setdefault(event, set()).add(node.name)
            elif node.name in schema.attributes:
                usage.attributes.add(node.name)
        elif isinstance(node, ast.InStaticList):
            usage.static_lists.add(node.name)
        elif isinstance(node, ast.Member) and node.base in schema.relations:
            usage.relations.setdefault(node.base, set()).add(node.name)
        stack.extend((child, event) for child in children(node))
    return usage


def schema_read_by(checked: CheckedProject, names: Iterable[str],
                   attributes: Iterable[str] = ()) -> Schema:
    """The schema cut down to what the definitions ``names`` (and their
    dependencies) read: the entity table and key, the attributes used, the
    relations used with the attributes used, the events used with the properties
    used (their key, time and ``where`` columns always).  Checking this schema's
    tables checks exactly what the compiled query reads.

    ``attributes`` are read as well (``run --with``): attribute names (``email``)
    and relation attributes (``account.industry``) of the schema.
    """
    schema = checked.schema
    usage = schema_usage(checked, names)
    for name in attributes:
        relation, dot, attribute = name.partition(".")
        if dot:
            usage.relations.setdefault(relation, set()).add(attribute)
        else:
            usage.attributes.add(name)
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
    return replace(schema, attributes=attributes, relations=relations, events=events)


def table_lists_read_by(checked: CheckedProject, names: Iterable[str]) -> list[StaticListSource]:
    """The table lists (SPEC 11) the definitions ``names`` and their dependencies
    use, whose table and column ``run`` checks before the query."""
    used = schema_usage(checked, names).static_lists
    return [found.source for name, found in sorted(checked.static_lists.items())
            if name in used and found.keys is None]
