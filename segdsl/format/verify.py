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


def tree_key(node: Any) -> tuple[Any, ...]:
    """``node`` as a flat tuple, in pre-order: each node's type name followed by its
    fields that are not positions or spellings, each tuple's length followed by its
    items.  Two trees have equal keys exactly when they are the same tree.  Flat
    and built without recursion, so a tree of any depth can be keyed and compared.
    """
    out: list[Any] = []
    stack: list[Any] = [node]
    while stack:
        value = stack.pop()
        if isinstance(value, tuple):
            out.append(("tuple", len(value)))
            stack.extend(reversed(value))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            names = _fields(type(value))
            out.append(("node", type(value).__name__))
            stack.extend(getattr(value, name) for name in reversed(names))
        else:
            out.append(value)
    return tuple(out)


def source_key(source: ast.SourceFile) -> Any:
    """The declarations of a file as :func:`tree_key` sees them."""
    return tree_key(source.declarations)
