"""Tests of the customer as a whole (SPEC 3.3, 4.6, SPEC 11): ``in segment``,
``in list NAME`` and ``top``/``bottom N%``; none of them can be used inside
``with``, where names are one event's properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check import types as t
from segdsl.check.fixes import rename
from segdsl.check.names import bind_declaration
from segdsl.check.scope import EventScope
from segdsl.check.suggest import article, closest
from segdsl.codes import Code
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker


def rank_test(checker: ExpressionChecker, expr: ast.RankTest, scope: EventScope | None) -> None:
    if scope is not None:
        checker.error(Code.TYP013, "ranking compares customers and cannot be used inside `with`",
                      expr.span)
        return
    subject = checker.value(expr.expr, scope)
    checker.types[id(expr.percent)] = t.INTEGER if expr.percent.is_integer else t.NUMBER
    if not (subject.is_numeric or subject.is_error):
        checker.error(Code.TYP008, f"`{expr.direction.value}` ranks numbers, not "
                      f"{subject.kind.words}", expr.expr.span)
    if not (0 < expr.percent.value <= 100):
        checker.error(Code.TYP011, f"{expr.percent.value}% is not a share of customers",
                      expr.percent.span, hint="use a percentage above 0 and at most 100")


def in_segment(checker: ExpressionChecker, expr: ast.InSegment, scope: EventScope | None) -> None:
    if scope is not None:
        checker.error(Code.TYP013, "`in segment` cannot be used inside `with`", expr.span)
        return
    if checker.resolver.is_segment(expr.segment):
        if checker.other_entity(expr.segment, expr.name_span, "`in segment` takes"):
            return
        checker.dependencies.add(expr.segment)
        bind_declaration(checker, expr, expr.segment)
        return
    kind = checker.resolver.declared_kind(expr.segment)
    if kind is not None or expr.segment in checker.schema.attributes:
        what = kind or "attribute"
        checker.error(Code.NAM009, f"'{expr.segment}' is {article(what)} {what}, not a segment",
                      expr.name_span)
        return
    checker.error(Code.NAM001, f"unknown segment '{expr.segment}'", expr.name_span,
                  fix=rename(expr.name_span, closest(expr.segment,
                                                  checker.resolver.segment_names())))


def in_static_list(checker: ExpressionChecker, expr: ast.InStaticList,
                   scope: EventScope | None) -> None:
    if scope is not None:
        checker.error(Code.TYP013, "`in list` tests the customer's key and cannot be used "
                      "inside `with`", expr.span)
        return
    names = checker.resolver.static_list_names()
    if expr.name in names:
        return
    declared = ", ".join(sorted(names)) if names else "none (add `lists:` to segdsl.yml)"
    fix = rename(expr.name_span, closest(expr.name, names))
    checker.error(Code.LST001, f"unknown list '{expr.name}'", expr.name_span,
                  hint=None if fix is not None else f"the project's lists: {declared}",
                  fix=fix)
