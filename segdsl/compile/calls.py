"""The functions of the language (SPEC 3.4): ``lower`` ... ``years_since``.

``ntile`` is a ranking (ranking.py); the rest are computed row by row from their
arguments, which the caller has compiled already.
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.check.types import Kind
from segdsl.compile.errors import CompileError
from segdsl.compile.translator import Translator
from segdsl.project.model import EventType
from segdsl.syntax import ast


def call(t: Translator, expr: ast.Call, values: list[exp.Expression],
         event: EventType | None, alias: str | None) -> exp.Expression:
    """``expr`` with its arguments compiled as ``values``."""
    d = t.d
    args = expr.args
    match expr.function:
        case "lower":
            return exp.Lower(this=values[0])
        case "upper":
            return exp.Upper(this=values[0])
        case "trim":
            return exp.Trim(this=values[0])
        case "length":
            if t.types.of(args[0], event).is_list:  # elements, not characters
                return d.list_length(values[0])
            return exp.Length(this=values[0])
        case "abs":
            return exp.Abs(this=values[0])
        case "round":
            places = int(args[1].value) if len(args) > 1 and isinstance(
                args[1], ast.NumberLit) else 0
            return _round(t, values[0], places, integer=len(args) == 1)
        case "coalesce":
            return exp.Coalesce(this=values[0], expressions=values[1:])
        case "date":
            if t.types.of(args[0], event).kind is Kind.DATE:
                return values[0]
            return d.to_date(values[0])
        case "days_since":
            # days_between(t, as_of) (SPEC 11), through the dialect's one day count.
            return d.days_between(t.instant(args[0], event, alias), t.as_of.copy())
        case "days_between":
            return d.days_between(t.instant(args[0], event, alias),
                                  t.instant(args[1], event, alias))
        case "years_since":
            return _years_since(t, args[0], values[0], event)
    raise CompileError(f"unknown function {expr.function}")  # pragma: no cover


def _round(t: Translator, value: exp.Expression, places: int, integer: bool
           ) -> exp.Expression:
    """Half away from zero everywhere, which every engine does for decimals
    (PostgreSQL rounds doubles half to even)."""
    rounded = exp.Round(this=t.d.to_number(value), decimals=exp.Literal.number(places))
    return exp.cast(rounded, "BIGINT", copy=False) if integer else t.d.to_number(rounded)


def _years_since(t: Translator, arg: ast.Expr, value: exp.Expression,
                 event: EventType | None) -> exp.Expression:
    """Whole calendar years from the date to as-of's day, birthday-aware: n years
    are complete when as-of's day minus n years (a calendar step, clamped at the
    end of the month) is on or after the date.  So a 29 February birthday
    completes on 1 March in common years, as PostgreSQL's ``age()`` has it."""
    d = t.d
    day = value if t.types.of(arg, event).kind is Kind.DATE else d.to_date(value)
    today = d.to_date(t.as_of.copy())
    years = exp.Sub(this=exp.Year(this=today), expression=exp.Year(this=day.copy()))
    back = d.add_years(today.copy(), exp.Neg(this=exp.paren(years.copy(), copy=False)))
    reached = exp.GTE(this=back, expression=day.copy())
    # Built without copying (sqlglot's Case builders copy their operands by default).
    return exp.Case().when(exp.Is(this=day.copy(), expression=exp.null()), exp.null(),
                           copy=False).when(reached, years.copy(), copy=False).else_(
        exp.Sub(this=years, expression=exp.Literal.number(1)), copy=False)
