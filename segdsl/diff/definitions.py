"""Which definitions were added, removed or changed between two checked projects.

Two declarations are compared by their syntax trees with every source position
left out, so moving a definition to another file, re-indenting it, re-wrapping its
lines or editing its comments is no change, while anything that changes what it
means or what it says about itself is.  A change says which parts changed: the
definition itself (``where`` condition, metric expression, segmentation branches),
its ``kind`` (a metric that became a segment), the part of the ``schema`` it
reads (a table, column, type or event filter it uses changed), the static ``lists``
it reads (another file, table or keys), and each metadata line (``title``,
``description``, ``owner``, ``tags``, ``expect``).

Trees are flattened into one token list (node type names, field counts and leaf
values in pre-order) without recursion, since the checker accepts definitions
nested thousands deep and comparing nested tuples would recurse in C.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

from segdsl.check.checker import CheckedProject
from segdsl.project.model import Schema
from segdsl.syntax import ast, keys

# The parts of a declaration compared separately, in the order they are reported.
PARTS = ("kind", "definition", "schema", "lists", "title", "description", "owner", "tags",
         "expectations")
_META_PARTS = PARTS[4:]


class Status(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One definition that differs between base and head.

    ``kind`` is ``segment``, ``segmentation``, ``metric`` or ``event`` (a named
    event; the head's for a
    changed definition whose kind changed); ``parts`` lists what changed, from
    :data:`PARTS` (empty for added and removed definitions).
    """

    name: str
    kind: str
    status: Status
    parts: tuple[str, ...] = ()


def kind_of(checked: CheckedProject, name: str) -> str | None:
    if name in checked.segments:
        return "segment"
    if name in checked.segmentations:
        return "segmentation"
    if name in checked.metrics:
        return "metric"
    if name in checked.named_events:
        return "event"
    return None


def names_in_order(checked: CheckedProject) -> list[str]:
    """Every definition: segments, segmentations, metrics, named events, each in
    file order."""
    return [*checked.segments, *checked.segmentations, *checked.metrics,
            *checked.named_events]


def compare(base: CheckedProject, head: CheckedProject) -> list[Change]:
    """Added, removed and changed definitions: head's order first (changed and
    added), then the removed ones in base's order."""
    changes: list[Change] = []
    schema_changed = schema_differs(base, head)
    for name in names_in_order(head):
        head_kind = kind_of(head, name)
        assert head_kind is not None
        base_kind = kind_of(base, name)
        if base_kind is None:
            changes.append(Change(name, head_kind, Status.ADDED))
            continue
        old, new = base.any_declaration(name), head.any_declaration(name)
        assert old is not None and new is not None
        parts = changed_parts(old, new)
        if "definition" not in parts and _named_events(base, name) != _named_events(head, name):
            # A named event it uses means other events now (SPEC 11).
            parts = tuple(part for part in PARTS if part in (*parts, "definition"))
        if schema_changed and "kind" not in parts and _reads_other_schema(base, head, name):
            parts = tuple(part for part in PARTS if part in (*parts, "schema"))
        if "kind" not in parts and _reads_other_lists(base, head, name):
            parts = tuple(part for part in PARTS if part in (*parts, "lists"))
        if parts:
            changes.append(Change(name, head_kind, Status.CHANGED, parts))
    for name in names_in_order(base):
        if kind_of(head, name) is None:
            base_kind = kind_of(base, name)
            assert base_kind is not None
            changes.append(Change(name, base_kind, Status.REMOVED))
    return changes


def schema_differs(base: CheckedProject, head: CheckedProject) -> bool:
    """Whether the two schemas differ in anything but positions and file name."""
    def every_entity(schema: Schema) -> tuple[object, ...]:
        # Several entities (SPEC 11): each entity's schema, the default first.
        return tuple(replace(schema.for_entity(name) or schema, file="")
                     for name in schema.entity_names())

    return flatten(every_entity(base.schema)) != flatten(every_entity(head.schema))


def _reads_other_schema(base: CheckedProject, head: CheckedProject, name: str) -> bool:
    """Whether the part of the schema ``name`` (with what it uses) reads differs:
    the same text can mean other rows when a table, column or type changed."""
    from segdsl.check.usage import schema_read_by

    old = replace(schema_read_by(base, [name]), file="")
    new = replace(schema_read_by(head, [name]), file="")
    return flatten(old) != flatten(new)


def _named_events(checked: CheckedProject, name: str) -> list[Any]:
    """The named events ``name`` uses, directly or through other named events,
    each with its flattened definition, in name order."""
    found: dict[str, list[Any]] = {}
    pending = sorted(checked.event_uses.get(name, ()))
    while pending:
        used = pending.pop()
        decl = checked.named_events.get(used)
        if used in found or decl is None:
            continue
        found[used] = flatten(decl.base)
        pending.extend(sorted(checked.event_uses.get(used, ())))
    return sorted(found.items())


def _reads_other_lists(base: CheckedProject, head: CheckedProject, name: str) -> bool:
    """Whether a static list ``name`` (with what it uses) reads has other keys or
    another source in the two revisions: each revision reads its own list file, so
    the same text can mean other members (SPEC 11)."""
    from segdsl.check.usage import schema_usage

    def lists(side: CheckedProject) -> dict[str, tuple[object, ...]]:
        used = schema_usage(side, [name]).static_lists
        found: dict[str, tuple[object, ...]] = {}
        for list_name in used:
            item = side.static_lists.get(list_name)
            if item is not None:
                source = item.source
                found[list_name] = (source.file, source.table, source.column, item.keys)
        return found

    return lists(base) != lists(head)


def changed_parts(old: ast.Declaration, new: ast.Declaration) -> tuple[str, ...]:
    """The parts of :data:`PARTS` in which two declarations of one name differ."""
    if type(old) is not type(new):
        # Another kind: its body and metadata are not comparable part by part.
        return ("kind", "definition")
    parts: list[str] = []
    if flatten(_body(old)) != flatten(_body(new)):
        parts.append("definition")
    old_meta, new_meta = _meta(old), _meta(new)
    for part in _META_PARTS:
        if flatten(getattr(old_meta, part)) != flatten(getattr(new_meta, part)):
            parts.append(part)
    return tuple(parts)


def _body(declaration: ast.Declaration) -> object:
    if isinstance(declaration, ast.SegmentDecl):
        return declaration.condition
    if isinstance(declaration, ast.SegmentationDecl):
        return declaration.branches
    if isinstance(declaration, ast.EventDecl):
        return declaration.base
    return declaration.expr


def _meta(declaration: ast.Declaration) -> ast.Metadata:
    if isinstance(declaration, ast.MetricDecl | ast.EventDecl):
        return ast.Metadata()
    return declaration.meta


def flatten(root: object) -> list[Any]:
    """``root`` (an AST node, a tuple of them, a schema part, a leaf value or None)
    as a flat list that is equal for two trees exactly when they mean the same:
    positions, spellings (``1_000``, ``days``) and written parentheses aside, so a
    reformatted file (``segdsl fmt``) changes no definition."""
    return keys.flatten(root, keys.LAYOUT)
