"""Trees as flat lists of tokens, for asking "are these two the same?" while
ignoring chosen fields.

Node equality (``==``) already ignores spellings (their fields are
``compare=False``) but not positions, and a deep tree's ``==`` recurses.  The
tools that compare trees need other notions of "same":

* ``segdsl fmt`` checks its output has the same tree: positions and spellings
  aside, written parentheses included (:data:`SPELLINGS`);
* ``segdsl diff`` reports a definition as changed only if its meaning changed:
  positions, spellings and redundant parentheses aside (:data:`LAYOUT`).

:func:`flatten` is the one walk both use: built without recursion (a tree of any
depth), each node contributing its type name and field count and each tuple its
length, so the pre-order list determines the tree.  A leaf is kept with its type,
so the number ``1`` and the string ``"1"`` differ.  Mappings (schema parts) are
taken in key order: the order of their entries means nothing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

# How a value was written, where it differs from the value (``1_000``, escapes,
# ``days``): the tree keeps it for printing, a comparison of meaning ignores it.
SPELLINGS: frozenset[str] = frozenset({"text", "amount_text", "unit_text"})
# Spellings and the parentheses written around a node (``parens``): grouping that
# changes the meaning already changes the tree's shape.
LAYOUT: frozenset[str] = SPELLINGS | {"parens"}

_FIELDS: dict[tuple[type, frozenset[str]], tuple[str, ...]] = {}


def fields(node_type: type, ignored: frozenset[str]) -> tuple[str, ...]:
    """A dataclass's fields other than its positions (``span``, ``*_span``) and
    ``ignored`` (memoized: the walk asks once per node)."""
    key = (node_type, ignored)
    names = _FIELDS.get(key)
    if names is None:
        names = _FIELDS[key] = tuple(
            field.name for field in dataclasses.fields(node_type)
            if field.name != "span" and not field.name.endswith("_span")
            and field.name not in ignored
            # A field that points back up (Schema.entities holds the schema
            # itself) would make the walk endless.
            and not field.metadata.get("back_reference")
        )
    return names


def flatten(root: object, ignored: frozenset[str] = frozenset()) -> list[Any]:
    """``root`` (an AST node, a tuple of them, a mapping, a leaf value or None) as a
    flat list that is equal for two trees exactly when they are equal without
    positions and without the ``ignored`` fields."""
    tokens: list[Any] = []
    stack: list[object] = [root]
    while stack:
        value = stack.pop()
        if isinstance(value, tuple):
            tokens.append(("tuple", len(value)))
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            tokens.append(("dict", len(value)))
            for key in sorted(value, key=str, reverse=True):
                stack.extend((value[key], key))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            names = fields(type(value), ignored)
            tokens.append((type(value).__name__, len(names)))
            stack.extend(getattr(value, name) for name in reversed(names))
        else:
            tokens.append((type(value).__name__, value))
    return tokens
