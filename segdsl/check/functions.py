"""The built-in functions of SPEC 3.4 as a declarative table.

Each rule maps argument types to a result type or to a short description of what
is wrong; the expression checker turns that description into a TYP009 diagnostic.
Arguments listed in ``literal_args`` must be integer literals (bucket counts and
decimal places are part of the definition, and engines differ when they are not
constants).

:func:`call_type` checks a call against its rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from segdsl.check import types as t
from segdsl.check.fixes import Fix, rename
from segdsl.check.scope import EventScope
from segdsl.check.suggest import closest
from segdsl.check.types import Kind, Type
from segdsl.codes import Code
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker

Problem = str


@dataclass(frozen=True, slots=True)
class FunctionRule:
    usage: str
    min_args: int
    max_args: int | None
    result: Callable[[list[Type]], Type | Problem]
    literal_args: frozenset[int] = frozenset()
    # Ranking functions look at all customers; they cannot appear inside `with`.
    ranks_customers: bool = False


def _text_to_text(args: list[Type]) -> Type | Problem:
    return t.STRING if args[0].kind in (Kind.STRING, Kind.ERROR) else "needs a string"


def _length(args: list[Type]) -> Type | Problem:
    """Characters of a text, elements of a list (SPEC 11, "Lists")."""
    ok = args[0].kind in (Kind.STRING, Kind.ERROR) or args[0].is_list
    return t.INTEGER if ok else "needs a string or a list"


def _abs(args: list[Type]) -> Type | Problem:
    if args[0].is_error:
        return t.ERROR
    return Type(args[0].kind) if args[0].is_numeric else "needs a number"


def _round(args: list[Type]) -> Type | Problem:
    if not (args[0].is_numeric or args[0].is_error):
        return "needs a number"
    if len(args) == 2 and args[1].kind not in (Kind.INTEGER, Kind.ERROR):
        return "takes a whole number of decimal places as its second argument"
    return t.NUMBER if len(args) == 2 else t.INTEGER


def _coalesce(args: list[Type]) -> Type | Problem:
    if any(arg.is_list for arg in args):
        return "takes single values, not lists (test a missing list with `is set`)"
    result = args[0]
    for arg in args[1:]:
        if not t.comparable(result, arg):
            return f"needs values of one type, not {result.kind.words} and {arg.kind.words}"
        result = t.common(result, arg)
    return result


def _date(args: list[Type]) -> Type | Problem:
    return t.DATE if args[0].is_time or args[0].is_error else "needs a date or a timestamp"


def _since(args: list[Type]) -> Type | Problem:
    return t.INTEGER if args[0].is_time or args[0].is_error else "needs a date or a timestamp"


def _between_days(args: list[Type]) -> Type | Problem:
    if all(arg.is_time or arg.is_error for arg in args):
        return t.INTEGER
    return "needs two dates or timestamps"


def _ntile(args: list[Type]) -> Type | Problem:
    if not (args[0].is_numeric or args[0].is_error):
        return "ranks numbers only"
    return t.INTEGER


FUNCTIONS: dict[str, FunctionRule] = {
    "lower": FunctionRule("lower(text)", 1, 1, _text_to_text),
    "upper": FunctionRule("upper(text)", 1, 1, _text_to_text),
    "trim": FunctionRule("trim(text)", 1, 1, _text_to_text),
    "length": FunctionRule("length(text or list)", 1, 1, _length),
    "abs": FunctionRule("abs(number)", 1, 1, _abs),
    "round": FunctionRule("round(number[, places])", 1, 2, _round, frozenset({1})),
    "coalesce": FunctionRule("coalesce(value, value, ...)", 2, None, _coalesce),
    "date": FunctionRule("date(time)", 1, 1, _date),
    "days_since": FunctionRule("days_since(time)", 1, 1, _since),
    "days_between": FunctionRule("days_between(time, time)", 2, 2, _between_days),
    "years_since": FunctionRule("years_since(date)", 1, 1, _since),
    "ntile": FunctionRule("ntile(number, buckets)", 2, 2, _ntile, frozenset({1}),
                          ranks_customers=True),
}


# ------------------------------------------------------------------- checking
def call_type(checker: ExpressionChecker, expr: ast.Call, scope: EventScope | None) -> Type:
    rule = FUNCTIONS.get(expr.function)
    if rule is None:
        fix = rename(expr.name_span, closest(expr.function, FUNCTIONS)) or Fix(
            f"functions: {', '.join(FUNCTIONS)}")
        return checker.error(Code.NAM008, f"unknown function '{expr.function}'", expr.name_span,
                             fix=fix)
    count = len(expr.args)
    if count < rule.min_args or (rule.max_args is not None and count > rule.max_args):
        for arg in expr.args:
            checker.infer(arg, scope)
        takes = _arity(rule.min_args, rule.max_args)
        return checker.error(Code.TYP009, f"{expr.function} takes {takes}, not {count}", expr.span,
                             hint=f"usage: {rule.usage}")
    if rule.ranks_customers and scope is not None:
        return checker.error(Code.TYP013, f"{expr.function} ranks customers and cannot be used "
                             "inside `with`", expr.span)
    arg_types = [checker.value(arg, scope) for arg in expr.args]
    for index in rule.literal_args:
        positive = expr.function == "ntile"
        if index < count and not _is_int_literal(expr.args[index], positive=positive):
            wanted = "a whole number above 0" if expr.function == "ntile" else "a whole number"
            return checker.error(Code.TYP009, f"argument {index + 1} of {expr.function} must be "
                                 f"written as {wanted}", expr.args[index].span,
                                 hint=f"usage: {rule.usage}")
    result = rule.result(arg_types)
    if isinstance(result, str):
        kinds = ", ".join(a.kind.value for a in arg_types)
        return checker.error(Code.TYP009, f"{expr.function} {result} (got {kinds})", expr.span,
                             hint=f"usage: {rule.usage}")
    return result


def _is_int_literal(expr: ast.Expr, positive: bool) -> bool:
    if not isinstance(expr, ast.NumberLit):
        return False
    value = expr.value
    is_int = value == value.to_integral_value() and "." not in str(value)
    return is_int and (value > 0 or not positive)


def _arity(low: int, high: int | None) -> str:
    if high == low:
        return f"{low} argument" + ("s" if low != 1 else "")
    if high is None:
        return f"at least {low} arguments"
    return f"{low} to {high} arguments"
