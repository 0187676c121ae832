"""Type rules for list values (SPEC 11, "Lists"; docs/semantics.md, "Lists").

A ``list<string>`` or ``list<integer>`` attribute or property is tested element by
element: ``L contains V``, ``L contains any [..]``, ``L contains all [..]``, and
counted with ``length(L)``; ``L is set`` tells a missing list from any other.  It is
never compared whole (``=``, ``in``, ordering), never a metric's value, and never
aggregated (``first(purchase.tags)`` has no portable meaning: a list is tested inside
``with`` instead).  These rules live here so that the expression checker only asks
"is it a list?" and hands the node over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check.types import Kind, Type
from segdsl.codes import Code
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker
    from segdsl.check.scope import EventScope

# The tests that only exist on lists; `contains` is on text too.
LIST_OPS = (ast.TextOp.CONTAINS_ANY, ast.TextOp.CONTAINS_ALL)

TEST_HINT = 'test its elements: `interests contains "running"`, `contains any [..]`, `length(..)`'


def element_example(kind: Kind) -> str:
    return '"running"' if kind.element is Kind.STRING else "3"


def list_test(checker: ExpressionChecker, expr: ast.TextTest, subject: Type,
              scope: EventScope | None) -> None:
    """``L contains V`` / ``contains any|all [..]``, and the text tests on a list."""
    op = expr.op
    if op in (ast.TextOp.STARTS_WITH, ast.TextOp.ENDS_WITH, ast.TextOp.MATCHES):
        checker.value(expr.pattern, scope)
        checker.error(Code.TYP001, f"`{op.value}` works on text, not on {subject.kind.words}",
                      expr.expr.span, hint=TEST_HINT)
        return
    if op is ast.TextOp.CONTAINS:
        _contains(checker, expr, subject, scope)
        return
    assert isinstance(expr.pattern, ast.ListLit)  # the grammar allows nothing else
    items = expr.pattern.items
    if not items:  # wrong whatever the subject is, so said first and alone
        never = "never true" if op is ast.TextOp.CONTAINS_ANY else "always true"
        checker.error(Code.TYP016, f"`{op.value}` needs at least one value; with none it is "
                      f"{never}", expr.pattern.span,
                      hint=f"list the values to look for, e.g. [{element_example(subject.kind)}]")
        return
    if not (subject.is_list or subject.is_error):
        checker.error(Code.TYP001, f"`{op.value}` works on a list, not on {subject.kind.words}",
                      expr.expr.span,
                      hint="on text, write `x contains \"a\" or x contains \"b\"`"
                      if subject.kind is Kind.STRING else None)
    for item in items:
        found = checker.infer(item)
        if subject.is_list:
            _element(checker, subject, found, item)


def _contains(checker: ExpressionChecker, expr: ast.TextTest, subject: Type,
              scope: EventScope | None) -> None:
    found = checker.value(expr.pattern, scope)
    if found.is_list:
        checker.error(Code.TYP001, "a list's elements are single values, not lists",
                      expr.pattern.span,
                      hint="to test several values, write `contains all [..]` or "
                      "`contains any [..]`")
        return
    _element(checker, subject, found, expr.pattern)


def _element(checker: ExpressionChecker, subject: Type, found: Type, node: ast.Expr) -> None:
    """An element tested for must have the list's element type exactly: an integer
    list holds no 1.5, a text list no 3."""
    element = subject.kind.element
    if found.is_error or found.kind is element:
        return
    checker.error(Code.TYP001, f"{subject.kind.words} holds {element.value}s, but "
                  f"this is {found.kind.words}", node.span,
                  hint=f"look for {element.words}, e.g. {element_example(subject.kind)}")


def not_comparable(checker: ExpressionChecker, left: Type, right: Type,
                   expr: ast.Expr, what: str) -> bool:
    """Report a list compared whole (``=``, ``!=``, ordering, ``in``, ``between``)."""
    if not (left.is_list or right.is_list):
        return False
    shown = left if left.is_list else right
    checker.error(Code.TYP001, f"{what} does not work on {shown.kind.words}; a list is tested by "
                  "its elements", expr.span, hint=TEST_HINT)
    return True


def refused_value(checker: ExpressionChecker, found: Type, node: ast.Expr, use: str) -> Type:
    """A list where only single values fit (a metric, an aggregate): an error."""
    return checker.error(Code.TYP001, f"{use} cannot be {found.kind.words}", node.span,
                         hint=TEST_HINT)


def aggregate_of_list(checker: ExpressionChecker, expr: ast.Aggregate, event: str,
                      prop: str) -> Type:
    """``first(purchase.tags)``, ``count(distinct purchase.tags)``...: refused."""
    return checker.error(
        Code.TYP004, f"{expr.function.value} cannot be applied to the list {event}.{prop}",
        expr.prop_span or expr.span,
        hint=f'test the list inside `with`: count({event} with {prop} contains "..."), '
        f"or count its elements there: has {event} with length({prop}) > 1")

