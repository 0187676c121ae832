"""Time windows as [low, high) instants (SPEC 3.6): ``in last/next``, calendar
periods, ``since``, ``before``, ``between``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from segdsl.reference import values as v
from segdsl.reference.scope import Scope
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.reference.evaluator import Evaluator


def window_interval(evaluator: Evaluator, window: ast.Window, scope: Scope) -> v.Interval | None:
    """The window as [low, high) instants (SPEC 3.6); None when a bound is not
    set, which makes every test against the window false (SPEC 4.2)."""
    as_of, zone = evaluator.as_of, evaluator.zone
    match window:
        case ast.LastWindow(duration=duration):
            # A window's length is a duration: exact days (SPEC 11).
            return v.Interval(shift_instant(as_of, -duration.amount, duration.unit, zone,
                                            duration=True), as_of)
        case ast.NextWindow(duration=duration):
            return v.Interval(as_of, shift_instant(as_of, duration.amount, duration.unit,
                                                   zone, duration=True))
        case ast.PeriodWindow(period=period, offset=offset):
            return _period_interval(as_of, period, offset, zone)
        case ast.SinceWindow(bound=bound):
            low = evaluator.value(bound, scope)
            return (v.Interval(v.to_instant(low, zone), None) if isinstance(low, dt.date)
                    else None)
        case ast.BeforeWindow(bound=bound):
            high = evaluator.value(bound, scope)
            return (v.Interval(None, v.to_instant(high, zone)) if isinstance(high, dt.date)
                    else None)
        case ast.BetweenWindow(low=low, high=high):
            return between_interval(evaluator.value(low, scope), evaluator.value(high, scope), zone)
    raise AssertionError(f"unknown window {window!r}")  # pragma: no cover


def shift_instant(instant: dt.datetime, amount: int, unit: ast.Unit, zone: dt.tzinfo, *,
                  duration: bool = False) -> dt.datetime:
    """``instant + amount unit``: a calendar step on the local wall clock, or with
    ``duration`` (a window's length) exact (``values.shift``)."""
    return v.to_instant(v.shift(instant, amount, unit, zone, duration=duration), zone)


def _period_interval(as_of: dt.datetime, period: ast.Period, offset: int, zone: dt.tzinfo
                     ) -> v.Interval:
    """``in current PERIOD`` is the calendar period holding as-of, ``in previous
    PERIOD`` the one before it (SPEC 3.6)."""
    start = v.period_start(as_of, period, zone)
    amount, unit = v.PERIOD_STEP[period]
    if offset == 0:
        return v.Interval(start, shift_instant(start, amount, unit, zone))
    return v.Interval(shift_instant(start, -amount, unit, zone), start)


def between_interval(low: object, high: object, zone: dt.tzinfo) -> v.Interval | None:
    """``between T1 and T2``: [T1, T2), but a date T2 includes its whole day:
    [T1, T2 + 1 day) (SPEC 3.6)."""
    if not isinstance(low, dt.date) or not isinstance(high, dt.date):
        return None
    upper = v.shift(high, 1, ast.Unit.DAY, zone) if v.is_date(high) else high
    return v.Interval(v.to_instant(low, zone), v.to_instant(upper, zone))
