"""Tests of values in the reference evaluator (SPEC 3.3, 4.2): ``in [..]``,
``between``, text and list tests, time windows, ``in list NAME``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from segdsl.casefold import fold
from segdsl.reference import lists
from segdsl.reference import text as txt
from segdsl.reference import values as v
from segdsl.reference.scope import Scope
from segdsl.reference.tables import ReferenceInputError
from segdsl.reference.windows import between_interval, window_interval
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.reference.evaluator import Evaluator


def in_static_list(evaluator: Evaluator, name: str, scope: Scope) -> bool:
    """``in list NAME``: the key's text is one of the list's keys (SPEC 11)."""
    keys = evaluator.static_keys.get(name)
    if keys is None:
        found = evaluator.checked.static_lists[name].keys
        if found is None:
            raise ReferenceInputError(f"the list '{name}' is read from a table, which "
                                      "the reference evaluator cannot read; give its keys")
        keys = evaluator.static_keys[name] = frozenset(found)
    key = evaluator.tables.entities[scope.entity].get(evaluator.schema.key)
    return key is not None and str(key) in keys


def in_list(evaluator: Evaluator, expr: ast.InList, scope: Scope) -> bool:
    """``E in [..]``: equal to one of the items (SPEC 3.3); not set -> false."""
    folding = expr.ignoring_case
    subject = txt.folded(evaluator.value(expr.expr, scope), folding)
    return any(v.compare(ast.CompareOp.EQ, subject,
                         txt.folded(evaluator.value(item, scope), folding),
                         evaluator.zone)
               for item in expr.items.items)


def between(evaluator: Evaluator, expr: ast.Between, scope: Scope) -> bool:
    """Inclusive for numbers; for times the window [T1, T2), a date T2 including
    its whole day (SPEC 3.3, 3.6)."""
    subject = evaluator.value(expr.expr, scope)
    low, high = evaluator.value(expr.low, scope), evaluator.value(expr.high, scope)
    if isinstance(subject, dt.date):
        window = between_interval(low, high, evaluator.zone)
        return window is not None and window.holds(v.to_instant(subject, evaluator.zone))
    return (v.compare(ast.CompareOp.GE, subject, low, evaluator.zone)
            and v.compare(ast.CompareOp.LE, subject, high, evaluator.zone))


def text_test(evaluator: Evaluator, expr: ast.TextTest, scope: Scope) -> bool:
    """Literal substring tests, case-sensitive unless ``ignoring case`` (SPEC 11),
    and RE2 ``matches``, found anywhere in the text (SPEC 3.3, 4.5); not set ->
    false.  On a list, element tests."""
    subject = evaluator.checked.facts.type_of(expr.expr)
    if subject is not None and subject.is_list:
        wanted = (expr.pattern.items if isinstance(expr.pattern, ast.ListLit)
                  else (expr.pattern,))
        return lists.list_test(expr.op, evaluator.value(expr.expr, scope),
                               [evaluator.value(item, scope) for item in wanted])
    text, pattern = evaluator.value(expr.expr, scope), evaluator.value(expr.pattern, scope)
    if not isinstance(text, str) or not isinstance(pattern, str):
        return False
    if expr.ignoring_case:  # never on `matches` (the checker refuses it)
        text, pattern = fold(text), fold(pattern)
    match expr.op:
        case ast.TextOp.CONTAINS:
            return pattern in text
        case ast.TextOp.STARTS_WITH:
            return text.startswith(pattern)
        case ast.TextOp.ENDS_WITH:
            return text.endswith(pattern)
    return txt.matches(text, pattern)


def window_test(evaluator: Evaluator, expr: ast.WindowTest, scope: Scope) -> bool:
    """``T WINDOW``: the time lies in the window (SPEC 3.6); a date is its
    midnight in the project's zone; a time or bound that is not set -> false
    (SPEC 4.2)."""
    time = evaluator.value(expr.expr, scope)
    if not isinstance(time, dt.date):
        return False
    window = window_interval(evaluator, expr.window, scope)
    return window is not None and window.holds(v.to_instant(time, evaluator.zone))
