"""What "formatting changed nothing" means, as a value to compare.

``tree_key`` is a tree without positions and without spellings (``1_000`` and
``1000`` are the same number, ``day`` and ``days`` the same unit) but with layout
that matters to the parse (``parens``).  ``format_text`` compares the key of the
text it was given with that of the text it made, and refuses to hand back text
whose key differs: a bug in the printer then costs an error message, never a
changed definition.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from segdsl.syntax import ast

# Fields about where or how something was written, not about what it means.
_SPELLING = frozenset({"text", "amount_text", "unit_text"})

_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(node_type: type) -> tuple[str, ...]:
    names = _FIELDS.get(node_type)
    if names is None:
        names = _FIELDS[node_type] = tuple(
            f.name for f in dataclasses.fields(node_type)
            if f.name != "span" and not f.name.endswith("_span") and f.name not in _SPELLING
        )
    return names


def tree_key(node: Any) -> Any:
    """``node`` as nested tuples: type, then each field that is not a position or a
    spelling (recursive; run it where the stack is deep enough for the tree)."""
    if isinstance(node, tuple):
        return tuple(tree_key(item) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        node_type = type(node)
        return (node_type.__name__, *(tree_key(getattr(node, name)) for name in _fields(node_type)))
    return node


def source_key(source: ast.SourceFile) -> Any:
    """The declarations of a file as :func:`tree_key` sees them."""
    return tree_key(source.declarations)
