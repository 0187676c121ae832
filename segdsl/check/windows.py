"""Time windows (SPEC 3.6): ``X in last/next D``, ``since``, ``before``,
``between``, and the windows on events (never ``in next``, bounds fixed times).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check import types as t
from segdsl.check.scope import EventScope
from segdsl.codes import Code
from segdsl.syntax import ast
from segdsl.syntax.builder import is_time_constant

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker


def durations(checker: ExpressionChecker, window: ast.Window | None) -> None:
    """The duration of ``in last``/``in next`` is typed with its window."""
    if isinstance(window, ast.LastWindow | ast.NextWindow):
        checker.types[id(window.duration)] = t.DURATION


def event_window(checker: ExpressionChecker, window: ast.Window | None) -> None:
    """Windows on events: never `in next`, and bounds must be fixed times."""
    if window is None:
        return
    durations(checker, window)
    if isinstance(window, ast.NextWindow):
        checker.error(Code.TYP007,
                      "events are never in the future: `in next` cannot select events",
                      window.span, hint="use `in last ...` for events; `in next` is for "
                      "time values such as a renewal date")
        return
    for bound in _bounds(window):
        if not is_time_constant(bound):
            checker.error(Code.TYP010, "a window on events must start and end at fixed times",
                          bound.span, hint="use a date, a timestamp, today, now or `N days ago`")
        else:
            time_bound(checker, bound, None)


def window_test(checker: ExpressionChecker, expr: ast.WindowTest, scope: EventScope | None) -> None:
    subject = checker.value(expr.expr, scope)
    if not (subject.is_time or subject.is_error):
        checker.error(Code.TYP006, f"a time window needs a date or a timestamp, but this is "
                      f"{subject.kind.words}", expr.expr.span,
                      hint="to test when something happened, use e.g. `has purchase in last 30 "
                      "days` or `last(purchase) in last 30 days`")
    durations(checker, expr.window)
    for bound in _bounds(expr.window):
        time_bound(checker, bound, scope)


def time_bound(checker: ExpressionChecker, bound: ast.Expr, scope: EventScope | None) -> None:
    found = checker.value(bound, scope)
    if not (found.is_time or found.is_error):
        checker.error(Code.TYP006, f"a window bound must be a date or a timestamp, not "
                      f"{found.kind.words}", bound.span)


def _bounds(window: ast.Window) -> list[ast.Expr]:
    match window:
        case ast.SinceWindow(bound=bound) | ast.BeforeWindow(bound=bound):
            return [bound]
        case ast.BetweenWindow(low=low, high=high):
            return [low, high]
    return []
