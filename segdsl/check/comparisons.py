"""Comparisons and tests of values (SPEC 3.4, 4): ``=``/``<``..., ``in [..]``,
``between``, and the text tests (``contains``, ``starts with``, ``ends with``,
``matches``), with ``ignoring case`` (check/casing.py) and lists
(check/lists.py) handed over where they apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check import casing, lists, regex
from segdsl.check import types as t
from segdsl.check.fixes import Fix, string_literal, unquoted
from segdsl.check.scope import EventScope
from segdsl.check.suggest import article, closest, one_of
from segdsl.check.types import Kind, Type
from segdsl.codes import Code
from segdsl.diagnostics import TextEdit
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker


def compare(checker: ExpressionChecker, expr: ast.Compare, scope: EventScope | None) -> None:
    left = checker.value(expr.left, scope)
    checker.compared_to = (expr, left)
    try:
        right = checker.value(expr.right, scope)
    finally:
        checker.compared_to = None
    if left.is_error or right.is_error:
        return
    if checker.case_problem(casing.compare_problem(expr, left, right)):
        return
    if lists.not_comparable(checker, left, right, expr, f"`{expr.op.value}`"):
        return
    if not t.comparable(left, right):
        checker.error(Code.TYP001, f"cannot compare {left.kind.words} with {right.kind.words}",
                      expr.span, fix=_compare_hint(left, right, expr))
        return
    if expr.op not in (ast.CompareOp.EQ, ast.CompareOp.NE) and not t.ordered(left.kind):
        checker.error(Code.TYP001, f"{left.kind.words} has no order; use = or !=", expr.span)
        return
    folded = expr.ignoring_case
    _literal_in_values(checker, left, expr.right, folded)
    _literal_in_values(checker, right, expr.left, folded)


def _literal_in_values(checker: ExpressionChecker, typ: Type, other: ast.Expr,
                       folded: bool = False) -> None:
    """An enum or segmentation compared with a literal: is the literal allowed?
    (``folded``: compared ignoring case, so any casing of an allowed value is.)"""
    if typ.values is None or not isinstance(other, ast.StringLit | ast.NumberLit):
        return
    literal = other.value
    allowed = [str(v) for v in typ.values]
    if str(literal) in allowed or _numeric_member(literal, typ):
        return
    if folded and casing.folded_member(literal, allowed):
        return
    is_label = (typ.origin or "").startswith("segmentation ")
    code = Code.TYP003 if is_label else Code.TYP002
    what = "label" if is_label else "allowed value"
    guess = closest(str(literal), allowed)
    listing = f"{what}s of {typ.origin}: {one_of(typ.values)}"
    message = f"{_show(literal)} is not {article(what)} {what} of {typ.origin}"
    if guess is None:
        checker.error(code, message, other.span, hint=listing)
        return
    written = string_literal(guess.name) if isinstance(other, ast.StringLit) else guess.name
    edits = (TextEdit(other.span, written),) if guess.unique else ()
    checker.error(code, message, other.span, fix=Fix(f"{guess.hint} {listing}", edits))


def in_list(checker: ExpressionChecker, expr: ast.InList, scope: EventScope | None) -> None:
    subject = checker.value(expr.expr, scope)
    if checker.case_problem(casing.in_list_problem(expr, subject)):
        subject = t.ERROR  # the items are still checked, against nothing
    elif lists.not_comparable(checker, subject, subject, expr.expr,
                              "`not in`" if expr.negated else "`in`"):
        subject = t.ERROR
    if not expr.items.items:
        if not expr.negated:
            checker.warn(Code.WRN001, "nothing is in an empty list, so this is never true",
                         expr.span)
        return
    for item in expr.items.items:
        item_type = checker.infer(item)
        if subject.is_error:
            continue
        if not t.comparable(subject, item_type):
            checker.error(Code.TYP001, f"the list holds {item_type.kind.words} but the value is "
                          f"{subject.kind.words}", item.span)
            continue
        _literal_in_values(checker, subject, item, expr.ignoring_case)


def between(checker: ExpressionChecker, expr: ast.Between, scope: EventScope | None) -> None:
    subject = checker.value(expr.expr, scope)
    low = checker.value(expr.low, scope)
    high = checker.value(expr.high, scope)
    if subject.is_error or low.is_error or high.is_error:
        return
    if subject.is_numeric:
        if not (low.is_numeric and high.is_numeric):
            checker.error(Code.TYP001, "`between` on a number needs number bounds", expr.span)
        elif isinstance(expr.low, ast.NumberLit) and isinstance(expr.high, ast.NumberLit) \
                and expr.low.value > expr.high.value and not expr.negated:
            checker.warn(Code.WRN001, "the lower bound is above the upper bound, so this is never "
                         "true", expr.span, hint="write the smaller value first")
        return
    if subject.is_time:
        if not (low.is_time and high.is_time):
            checker.error(Code.TYP006, "`between` on a time needs time bounds", expr.span,
                          hint="e.g. signup_at between 2026-01-01 and 2026-03-31")
        return
    checker.error(Code.TYP001,
                  f"`between` works on numbers and times, not on {subject.kind.words}",
                  expr.expr.span)


def text_test(checker: ExpressionChecker, expr: ast.TextTest, scope: EventScope | None) -> None:
    subject = checker.value(expr.expr, scope)
    if subject.is_list or expr.op in lists.LIST_OPS:
        if not checker.case_problem(casing.list_test_problem(expr, subject)):
            lists.list_test(checker, expr, subject, scope)
        return
    pattern = checker.value(expr.pattern, scope)
    for found, node in ((subject, expr.expr), (pattern, expr.pattern)):
        if not (found.kind is Kind.STRING or found.is_error):
            checker.error(Code.TYP001,
                          f"`{expr.op.value}` works on text, not on {found.kind.words}",
                          node.span)
    if checker.case_problem(casing.text_test_problem(expr)):
        return
    if expr.op is ast.TextOp.MATCHES:
        if not isinstance(expr.pattern, ast.StringLit):
            checker.error(Code.TYP012,
                          "the pattern of `matches` must be written as a text literal",
                          expr.pattern.span)
            return
        _check_regex(checker, expr.pattern)


def _check_regex(checker: ExpressionChecker, pattern: ast.StringLit) -> None:
    # Only the subset every engine reads alike (check/regex.py); the hint says
    # what to write instead of a construct outside it.
    found = regex.parse(pattern.value)
    if isinstance(found, regex.Problem):
        checker.error(Code.TYP012, f"{found.message} (character {found.offset + 1} of the "
                      "pattern)", pattern.span, hint=found.hint)


def _numeric_member(literal: object, typ: Type) -> bool:
    if typ.kind not in (Kind.INTEGER, Kind.NUMBER) or typ.values is None:
        return False
    try:
        return any(float(str(v)) == float(str(literal)) for v in typ.values)
    except ValueError:
        return False


def _show(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)


def _compare_hint(left: Type, right: Type, expr: ast.Compare) -> Fix | None:
    kinds = {left.kind, right.kind}
    # "without quotes" only helps when the text side is a quoted literal (`age > "3"`),
    # not for `plan = 3` or `email = 2026-01-31`; the quotes are dropped for the
    # user when what is inside them is a number or a date as the language writes it.
    text_side = expr.left if left.kind is Kind.STRING else expr.right
    if isinstance(text_side, ast.StringLit) and Kind.STRING in kinds:
        dates = bool(kinds & {Kind.DATE, Kind.TIMESTAMP})
        if dates or kinds & {Kind.INTEGER, Kind.NUMBER}:
            written = unquoted(text_side.value, dates)
            edits = () if written is None else (TextEdit(text_side.span, written),)
            return Fix("write dates without quotes: 2026-01-31" if dates
                       else "write numbers without quotes", edits)
    if Kind.DURATION in kinds:
        return Fix("a duration is not a point in time; write e.g. `30 days ago`")
    return None
