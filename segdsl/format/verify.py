"""What "formatting changed nothing" means, as a value to compare.

``tree_key`` is a tree without positions and without spellings (``1_000`` and
``1000`` are the same number, ``day`` and ``days`` the same unit) but with layout
that matters to the parse (``parens``).  ``format_text`` compares the key of the
text it was given with that of the text it made, and refuses to hand back text
whose key differs: a bug in the printer then costs an error message, never a
changed definition.
"""

from __future__ import annotations

from typing import Any

from segdsl.syntax import ast, keys


def tree_key(node: Any) -> tuple[Any, ...]:
    """``node`` as a flat tuple (:func:`segdsl.syntax.keys.flatten`): equal for two
    trees exactly when they are the same tree, positions and spellings aside.
    Flat and built without recursion, so a tree of any depth can be keyed."""
    return tuple(keys.flatten(node, keys.SPELLINGS))


def source_key(source: ast.SourceFile) -> Any:
    """The declarations of a file as :func:`tree_key` sees them."""
    return tree_key(source.declarations)
