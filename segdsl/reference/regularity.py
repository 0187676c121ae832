"""Regularity and lifecycle of a behaviour (SPEC 11), straight from the rules.

Given the times of a customer's matching events before as-of (``events_of`` of
reference/events.py, with no window), and every bound stepped back from as-of
itself with the one calendar step of :func:`segdsl.reference.values.shift` (days of 24 hours,
weeks of 7 days, months clamped at the end of the month; in a project with a time
zone, steps of the local calendar and wall clock, SPEC 11):

* regularity: the i-th of the N periods (i = 1 ... N) is
  [as_of - i UNIT, as_of - (i - 1) UNIT); at least K of them hold an event;
* ``stopped`` with ``in last N UNIT``: an event in [as_of - 2N UNIT, as_of - N UNIT)
  and none in [as_of - N UNIT, as_of);
* ``restarted``: an event before as_of - 2N UNIT, none in
  [as_of - 2N UNIT, as_of - N UNIT), and one in [as_of - N UNIT, as_of).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from segdsl.reference import values as v
from segdsl.syntax.ast import Lifecycle, Unit


def back(as_of: dt.datetime, amount: int, unit: Unit, zone: dt.tzinfo) -> dt.datetime:
    """``as_of - amount unit``."""
    return v.to_instant(v.shift(as_of, -amount, unit, zone), zone)


def _any_in(times: Sequence[dt.datetime], low: dt.datetime | None, high: dt.datetime) -> bool:
    return any(v.Interval(low, high).holds(time) for time in times)


def regular(times: Sequence[dt.datetime], least: int, periods: int, unit: Unit,
            as_of: dt.datetime, zone: dt.tzinfo) -> bool:
    """At least ``least`` of the ``periods`` periods hold one of ``times``."""
    held = sum(
        1 for i in range(1, periods + 1)
        if _any_in(times, back(as_of, i, unit, zone),
                   as_of if i == 1 else back(as_of, i - 1, unit, zone))
    )
    return held >= least


def lifecycle(kind: Lifecycle, times: Sequence[dt.datetime], amount: int, unit: Unit,
              as_of: dt.datetime, zone: dt.tzinfo) -> bool:
    """``stopped`` / ``restarted`` with ``in last amount unit``."""
    start = back(as_of, amount, unit, zone)
    before = back(as_of, 2 * amount, unit, zone)
    now = _any_in(times, start, as_of)
    previous = _any_in(times, before, start)
    if kind is Lifecycle.STOPPED:
        return previous and not now
    return _any_in(times, None, before) and not previous and now
