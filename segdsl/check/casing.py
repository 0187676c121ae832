"""Type rules of ``ignoring case`` (SPEC 11; docs/semantics.md, "Ignoring case").

``ignoring case`` follows ``=``, ``!=``, ``in [..]``, ``not in [..]``, ``contains``,
``starts with`` and ``ends with`` when both sides are text.  The grammar accepts it
after every comparison, list and text test, so that these rules can say what is
wrong with ``age < 30 ignoring case`` or ``email matches "x" ignoring case`` and
what to write instead.  An enum value or segmentation label compared ignoring case
is allowed when it equals an allowed value after folding (``plan = "PRO" ignoring
case`` for the value ``pro``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from segdsl.casefold import fold
from segdsl.check.fixes import Fix, string_literal
from segdsl.check.types import Kind, Type
from segdsl.codes import Code
from segdsl.diagnostics import Span, TextEdit
from segdsl.syntax import ast

_OPERATORS = "=, !=, in, not in, contains, starts with and ends with"


@dataclass(frozen=True, slots=True)
class Problem:
    code: Code
    message: str
    span: Span
    fix: Fix


def _not_text(case: Span, operands: Iterable[tuple[Type, ast.Expr]]) -> Problem | None:
    for found, node in operands:
        if not (found.kind is Kind.STRING or found.is_error):
            return Problem(Code.CAS002, f"`ignoring case` compares text, but this is "
                           f"{found.kind.words}", node.span,
                           Fix("remove `ignoring case`: upper and lower case exist only in text"))
    return None


def compare_problem(expr: ast.Compare, left: Type, right: Type) -> Problem | None:
    """``A op B ignoring case``: op is = or !=, A and B are text."""
    case = expr.case_span
    if case is None:
        return None
    if expr.op not in (ast.CompareOp.EQ, ast.CompareOp.NE):
        return Problem(Code.CAS001, f"`ignoring case` does not apply to `{expr.op.value}`",
                       case, Fix(f"it applies to {_OPERATORS} on text; text has no "
                                 "case-insensitive order"))
    return _not_text(case, ((left, expr.left), (right, expr.right)))


def in_list_problem(expr: ast.InList, subject: Type) -> Problem | None:
    """``A in [..] ignoring case``: A is text (the items are checked against A)."""
    if expr.case_span is None:
        return None
    return _not_text(expr.case_span, ((subject, expr.expr),))


def list_test_problem(expr: ast.TextTest, subject: Type) -> Problem | None:
    """``L contains V ignoring case`` on a list: element tests compare exactly (SPEC
    11: `ignoring case` is not for lists)."""
    if expr.case_span is None:
        return None
    return _not_text(expr.case_span, ((subject, expr.expr),))


def text_test_problem(expr: ast.TextTest) -> Problem | None:
    """``matches`` takes no ``ignoring case``.  SPEC 11 leaves it to ``(?i)``, but
    the portable pattern subset (check/regex.py) has no flags, since the engines
    read them differently; ``lower(...)`` with a lower-case pattern serves.  The
    operands of the other text tests are already required to be text."""
    case = expr.case_span
    if case is None or expr.op is not ast.TextOp.MATCHES:
        return None
    edits: tuple[TextEdit, ...] = ()
    pattern = expr.pattern
    if isinstance(pattern, ast.StringLit) and not pattern.parens \
            and pattern.value == pattern.value.lower():
        # lower( before the subject, ) after it, and the pattern without the suffix.
        subject = expr.expr.span
        edits = (
            TextEdit(Span(subject.file, subject.line, subject.column, subject.line,
                          subject.column, subject.start, subject.start), "lower("),
            TextEdit(Span(subject.file, subject.end_line, subject.end_column,
                          subject.end_line, subject.end_column, subject.end, subject.end), ")"),
            TextEdit(pattern.span.cover(case), pattern.text or string_literal(pattern.value)),
        )
    return Problem(Code.CAS001, "`ignoring case` does not apply to `matches`", case,
                   Fix("patterns have no portable `(?i)`; match the lower case with a "
                       'lower-case pattern: lower(email) matches "^vip"', edits))


def folded_member(literal: object, allowed: Sequence[object]) -> bool:
    """Whether a text literal equals one of the allowed values after folding."""
    return isinstance(literal, str) and fold(literal) in {fold(str(v)) for v in allowed}
