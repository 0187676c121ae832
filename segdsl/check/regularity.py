"""Checks of regularity and lifecycle (SPEC 11): ``has EVENT in at least K of the
last N UNIT``, ``stopped EVENT in last N UNIT``, ``restarted EVENT in last N UNIT``.

The grammar lets through more than these forms mean (``has no``, ``of the next``,
any unit, any event window after ``stopped``), so that the problems are said here,
with a position and a hint, instead of as a bare syntax error.  What the event and
its filter mean is checked by the caller, as for every ``has`` form.
"""

from __future__ import annotations

from collections.abc import Callable

from segdsl.codes import Code
from segdsl.diagnostics import Span
from segdsl.syntax import ast

# error(code, message, span, hint): the checker's own reporting.
Report = Callable[[Code, str, Span, str], object]

# A period is a day, a week or a month (SPEC 11).  Hours would be periods too, but
# the contract names these three, and a year of years is no regularity.
PERIOD_UNITS = frozenset({ast.Unit.DAY, ast.Unit.WEEK, ast.Unit.MONTH})

# One aggregate per period is computed in the batch query's grouped pass (see
# compile/regularity.py), so the number of periods is bounded: a year of days.
MAX_PERIODS = 366


def check_regular(expr: ast.HasRegular, error: Report) -> None:
    """``in at least K of the last N UNIT``: 1 <= K <= N <= 366, UNIT a day, week or
    month, looking back, and only after ``has`` (not ``has no``)."""
    if expr.negated:
        error(Code.REG004, "`has no` cannot count periods", expr.span,
              f"write `not has {expr.match.event} ... in at least ...`: true when fewer "
              f"than K periods have the event")
    if expr.ahead:
        error(Code.TYP007, "events are never in the future: `of the next` cannot count them",
              expr.periods.span, "count past periods: `of the last ...`")
    periods = expr.periods
    if periods.unit not in PERIOD_UNITS:
        error(Code.REG003, f"a period of regularity is a day, a week or a month, not "
              f"{'an' if periods.unit is ast.Unit.HOUR else 'a'} {periods.unit.value}",
              periods.span, "count days, weeks or months: `of the last 4 weeks`")
    if not 1 <= periods.amount <= MAX_PERIODS:
        error(Code.REG001, f"{periods.amount} periods: count from 1 to {MAX_PERIODS} periods",
              periods.span, "longer spans count weeks or months: `of the last 12 months`"
              if periods.amount else "count at least one period: `of the last 4 weeks`")
        return
    least = expr.least
    if not least.is_integer or not 1 <= least.value <= periods.amount:
        what = "always holds" if least.value == 0 else (
            "can never hold" if least.value > periods.amount else "is not a whole number")
        error(Code.REG002, f"at least {least.text or least.value} of {periods.amount} "
              f"periods {what}", least.span,
              f"write a whole number from 1 to {periods.amount}")


def check_lifecycle(expr: ast.LifecycleTest, error: Report) -> ast.Duration | None:
    """``stopped|restarted EVENT in last N UNIT`` with N above 0; returns the
    window's duration when the window is right."""
    window = expr.window
    word = expr.kind.value
    if isinstance(window, ast.NextWindow):
        error(Code.TYP007, f"events are never in the future: `{word}` looks back",
              window.span, f"write `{word} {expr.match.event} in last ...`")
        return None
    if not isinstance(window, ast.LastWindow):
        error(Code.REG005, f"`{word}` compares the last N days, weeks or months with the "
              f"N before them, so it needs `in last N UNIT`", window.span,
              f"for example `{word} {expr.match.event} in last 30 days`")
        return None
    if window.duration.amount <= 0:
        error(Code.REG005, f"`{word}` needs a window above zero", window.duration.span,
              f"for example `{word} {expr.match.event} in last 30 days`")
        return None
    return window.duration
