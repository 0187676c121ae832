"""List tests in plain Python (SPEC 11, "Lists"; docs/semantics.md, "Lists").

A list value is a tuple of its elements (never None among them, reference/tables.py
refuses one); a missing list is None, for which every test is false.
"""

from __future__ import annotations

from collections.abc import Sequence

from segdsl.syntax import ast


def list_test(op: ast.TextOp, values: object, wanted: Sequence[object]) -> bool:
    """``contains`` (``wanted`` is the one value), ``contains any``, ``contains all``."""
    if not isinstance(values, tuple):  # a missing list
        return False
    if op is ast.TextOp.CONTAINS_ALL:
        return all(item in values for item in wanted)
    # `contains V` with V not set finds nothing: no element is "not set".
    return any(item is not None and item in values for item in wanted)


def length(value: object) -> int:
    """Characters of a text, elements of a list (duplicates included)."""
    return len(value) if isinstance(value, tuple) else len(str(value))
