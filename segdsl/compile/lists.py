"""Tests of list values (SPEC 11, "Lists"; docs/semantics.md, "Lists").

``L contains V`` on a list is element membership, ``contains any``/``contains all``
take the literals written; each dialect says how its engine spells them
(``Dialect.list_contains`` ...).  A missing list makes every test NULL, which the
caller turns into false (two-valued logic).
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.check.types import Kind
from segdsl.compile.errors import CompileError
from segdsl.compile.translator import Translator
from segdsl.project.model import EventType
from segdsl.syntax import ast


def list_test(t: Translator, expr: ast.TextTest, kind: Kind, event: EventType | None,
              alias: str | None) -> exp.Expression:
    """``expr`` (a test whose subject is of list ``kind``) as a possibly NULL boolean."""
    values = t.value(expr.expr, event, alias)
    if expr.op is ast.TextOp.CONTAINS:
        return t.d.list_contains(values, t.value(expr.pattern, event, alias))
    if not isinstance(expr.pattern, ast.ListLit):  # pragma: no cover - the grammar's rule
        raise CompileError("contains any/all without a list")
    items = [t.value(item) for item in expr.pattern.items]
    integer = kind.element is Kind.INTEGER
    if expr.op is ast.TextOp.CONTAINS_ANY:
        return t.d.list_contains_any(values, items, integer=integer)
    if expr.op is ast.TextOp.CONTAINS_ALL:
        return t.d.list_contains_all(values, items, integer=integer)
    raise CompileError(f"`{expr.op.value}` on a list")  # pragma: no cover - the checker
