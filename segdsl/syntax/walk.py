"""Visiting every node below an AST node, iteratively.

Deep trees (a segment with thousands of `or`s) must not exhaust Python's recursion
limit, so this walks with an explicit stack.  Later stages (formatter, explain,
compiler) can use it to find names, events and aggregates in a definition.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(node_type: type) -> tuple[str, ...]:
    names = _FIELDS.get(node_type)
    if names is None:
        names = _FIELDS[node_type] = tuple(f.name for f in dataclasses.fields(node_type))
    return names


def _is_node(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def children(node: Any) -> list[Any]:
    """The AST nodes directly below ``node``, left to right (spans excluded)."""
    found: list[Any] = []
    for name in _field_names(type(node)):
        value = getattr(node, name)
        if isinstance(value, tuple):
            found.extend(v for v in value if _is_node(v))
        elif _is_node(value) and name != "span" and not name.endswith("_span"):
            found.append(value)
    return found


def iter_nodes(root: Any) -> Iterator[Any]:
    """``root`` and every AST node below it (depth first, left to right)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(children(node)))


def chain_operands(expr: Any, connectives: list[Any] | None = None) -> list[Any]:
    """The operands of a run of one connective: ``a and b and c`` -> [a, b, c].
    With ``connectives``, the run's own nodes (``expr`` and the inner connectives) are
    appended to it.

    Iterative, because a long chain is a deep tree.
    """
    kind = type(expr)
    operands: list[Any] = []
    pending: list[Any] = [expr]
    while pending:
        node = pending.pop()
        if isinstance(node, kind):
            if connectives is not None:
                connectives.append(node)
            pending.append(node.right)
            pending.append(node.left)
        else:
            operands.append(node)
    return operands
