"""The functions and arithmetic of SPEC 3.4 over plain values (not set in, not
set out), for the reference evaluator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from segdsl import numbers
from segdsl.reference import lists
from segdsl.reference import text as txt
from segdsl.reference import values as v
from segdsl.syntax import ast

if TYPE_CHECKING:
    pass


def arith_step(op: ast.ArithOp, left: object, right: object, zone: dt.tzinfo) -> object:
    """One step of arithmetic (SPEC 3.4): ``TIME +/- DURATION``, and on numbers
    ``+ - *`` and real division, where dividing by zero gives not set."""
    if left is None or right is None:
        return None
    sign = 1 if op is ast.ArithOp.ADD else -1
    if isinstance(right, ast.Duration) and isinstance(left, dt.date):
        return v.shift(left, sign * right.amount, right.unit, zone)
    if isinstance(left, ast.Duration) and isinstance(right, dt.date):
        return v.shift(right, left.amount, left.unit, zone)  # DURATION + TIME
    assert isinstance(left, int | Decimal) and isinstance(right, int | Decimal)
    match op:
        case ast.ArithOp.DIV:
            # Real division, never integer division, rounded to 9 places.
            return numbers.divide(left, right)
        case ast.ArithOp.ADD:
            return numbers.add(left, right)
        case ast.ArithOp.SUB:
            return numbers.add(left, -right)
    return numbers.multiply(left, right)


def round_value(value: object, places: ast.Expr | None) -> object:
    """``round(x)`` is an integer, ``round(x, n)`` a number; half away from zero
    (docs/semantics.md)."""
    if places is None:
        return int(v.round_half_away(value, 0))
    assert isinstance(places, ast.NumberLit)  # a whole-number literal (checked)
    return numbers.to_scale(v.round_half_away(value, int(places.value)))


def _date(value: object, as_of: dt.datetime, zone: dt.tzinfo) -> object:
    """``date(t)``: the day of a time in the project's zone (SPEC 3.4, 3.6, 11)."""
    assert isinstance(value, dt.date)
    return v.day_of(value, zone)


def _days_since(value: object, as_of: dt.datetime, zone: dt.tzinfo) -> object:
    assert isinstance(value, dt.date)
    return v.days_since(value, as_of, zone)


def _years_since(value: object, as_of: dt.datetime, zone: dt.tzinfo) -> object:
    assert isinstance(value, dt.date)
    return v.years_since(value, as_of, zone)


# name -> f(argument, as-of, the project's zone)
FUNCTIONS: dict[str, Callable[[object, dt.datetime, dt.tzinfo], object]] = {
    "lower": lambda value, _, __: txt.lower(str(value)),
    "upper": lambda value, _, __: txt.upper(str(value)),
    "trim": lambda value, _, __: txt.trim(str(value)),
    "length": lambda value, _, __: lists.length(value),  # code points, or elements
    "abs": lambda value, _, __: abs(value),  # type: ignore[arg-type]
    "date": _date,
    "days_since": _days_since,
    "years_since": _years_since,
}
