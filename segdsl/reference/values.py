"""Values of the reference evaluator: times, windows, numbers, comparisons.

Plain Python values stand for the language's values:

=========== ============================================================
string      ``str``
integer     ``int``
number      ``Decimal`` with at most 9 places (docs/semantics.md, "Exact
            numbers"; the arithmetic is in ``segdsl/numbers.py``)
boolean     ``bool``
date        ``datetime.date``
timestamp   ``datetime.datetime``, always aware, in UTC
not set     ``None``
=========== ============================================================

Where a rule needs a calendar (the day of an instant, the midnight of a date, a
period's start, a month step) it takes the project's zone as ``zone``, the
``tzinfo`` of the evaluation's :class:`~segdsl.timecontext.TimeContext`: UTC
today (SPEC 2, 3.6), so no rule here names a zone of its own.

Every rule here cites the SPEC section it comes from; where the SPEC is silent
the rule follows ``docs/semantics.md`` and says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import operator
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from segdsl.numbers import to_scale
from segdsl.syntax.ast import CompareOp, Period, Unit

ONE_DAY = dt.timedelta(days=1)

_FIXED_UNITS = {
    Unit.MINUTE: dt.timedelta(minutes=1),
    Unit.HOUR: dt.timedelta(hours=1),
    Unit.DAY: dt.timedelta(days=1),
    Unit.WEEK: dt.timedelta(days=7),
}


# --------------------------------------------------------------------- times
#
# Instants are aware datetimes in UTC, always: Python compares and subtracts two
# datetimes of one ZoneInfo by their wall clocks, which is wrong across a
# daylight-saving switch, so local times appear only inside the functions below
# (naive wall-clock datetimes), never as values.


def is_date(value: object) -> bool:
    """A date and not a timestamp (in Python every datetime is also a date)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def utc_instant(value: dt.datetime) -> dt.datetime:
    """An instant as an aware UTC datetime; a naive one holds UTC (SPEC 2: a
    ``timestamp`` column holds an instant, read as UTC, in every project)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def wall_clock(instant: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """An instant's local wall-clock time in ``zone`` (naive)."""
    return utc_instant(instant).astimezone(zone).replace(tzinfo=None)


def from_wall_clock(wall: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A local wall-clock time in ``zone`` as an instant (docs/semantics.md,
    "Daylight saving"): a time the zone skips or repeats is read with the UTC offset
    in force just before the switch (``fold=0``), so a skipped 02:30 is 03:30 of
    the new offset and a repeated 02:30 its first occurrence."""
    return wall.replace(tzinfo=zone, fold=0).astimezone(dt.UTC)


def to_instant(value: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """A time value as an instant: a date means 00:00:00 of that day in ``zone``
    (SPEC 3.6, 11)."""
    if isinstance(value, dt.datetime):
        return utc_instant(value)
    return from_wall_clock(dt.datetime(value.year, value.month, value.day), zone)


def day_of(value: dt.date, zone: dt.tzinfo) -> dt.date:
    """The calendar day of a time value in ``zone`` (SPEC 3.6, 11: timestamp against
    date, ``date(t)``, by the local day)."""
    if isinstance(value, dt.datetime):
        return wall_clock(value, zone).date()
    return value


def add_months(value: dt.date, months: int) -> dt.date:
    """A calendar step of ``months``, clamped at the end of the month (SPEC 3.6:
    2026-03-31 - 1 month = 2026-02-28).  Keeps the time of day of a wall clock."""
    index = value.year * 12 + (value.month - 1) + months
    year, month = divmod(index, 12)
    day = min(value.day, calendar.monthrange(year, month + 1)[1])
    return value.replace(year=year, month=month + 1, day=day)


def shift(value: dt.date, amount: int, unit: Unit, zone: dt.tzinfo, *,
          duration: bool = False) -> dt.date:
    """``value + amount unit`` (SPEC 3.6, 11).

    A date moved by days, weeks, months or years stays a date; moved by minutes or
    hours it becomes an instant (docs/language.md).  An instant moved by minutes or
    hours moves exactly; by months or years on the local calendar and wall clock
    of ``zone``; by days or weeks on the local calendar too (a local day may have 23
    or 25 hours), unless ``duration``: the length of a window (``in last 7 days``,
    ``within 2 days``), which is exact (N x 24 hours).
    """
    if is_date(value) and unit not in (Unit.MINUTE, Unit.HOUR):
        if unit.is_calendar:
            return add_months(value, amount * (12 if unit is Unit.YEAR else 1))
        return value + _FIXED_UNITS[unit] * amount
    instant = to_instant(value, zone)
    if unit in (Unit.MINUTE, Unit.HOUR) or (duration and not unit.is_calendar):
        return instant + _FIXED_UNITS[unit] * amount
    wall = wall_clock(instant, zone)
    stepped: dt.datetime
    if unit.is_calendar:
        moved = add_months(wall, amount * (12 if unit is Unit.YEAR else 1))
        assert isinstance(moved, dt.datetime)  # add_months keeps a datetime's type
        stepped = moved
    else:
        stepped = wall + _FIXED_UNITS[unit] * amount
    return from_wall_clock(stepped, zone)


def period_start(as_of: dt.datetime, period: Period, zone: dt.tzinfo) -> dt.datetime:
    """The start of the calendar period holding ``as_of`` in ``zone`` (SPEC 3.6, 11:
    the local calendar, ISO weeks start on Monday): its first day's local midnight."""
    day = day_of(as_of, zone)
    match period:
        case Period.WEEK:
            day -= dt.timedelta(days=day.weekday())
        case Period.MONTH:
            day = day.replace(day=1)
        case Period.QUARTER:
            day = day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)
        case Period.YEAR:
            day = day.replace(month=1, day=1)
    return to_instant(day, zone)


# One period as a step: (amount, unit).
PERIOD_STEP: dict[Period, tuple[int, Unit]] = {
    Period.WEEK: (1, Unit.WEEK),
    Period.MONTH: (1, Unit.MONTH),
    Period.QUARTER: (3, Unit.MONTH),
    Period.YEAR: (1, Unit.YEAR),
}


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open window ``[low, high)`` of instants; None is an open end (SPEC 3.6)."""

    low: dt.datetime | None
    high: dt.datetime | None

    def holds(self, instant: dt.datetime) -> bool:
        if self.low is not None and instant < self.low:
            return False
        return self.high is None or instant < self.high


def days_between(start: dt.date, end: dt.date, zone: dt.tzinfo) -> int:
    """Whole days from ``start`` to ``end`` (SPEC 11): the floor of the difference
    of their local wall-clock times in ``zone`` in days (-1.5 days -> -2); a date is
    its local midnight.  Exact hours in UTC; across a daylight-saving switch, what
    a wall clock in the zone shows."""
    low = wall_clock(to_instant(start, zone), zone)
    high = wall_clock(to_instant(end, zone), zone)
    return (high - low) // ONE_DAY


def days_since(value: dt.date, as_of: dt.datetime, zone: dt.tzinfo) -> int:
    """Whole days from ``value`` to as-of, rounded down (SPEC 3.4, 11:
    ``days_between(value, as_of)``)."""
    return days_between(value, as_of, zone)


def years_since(value: dt.date, as_of: dt.datetime, zone: dt.tzinfo) -> int:
    """Whole calendar years from ``value`` to as-of's day, birthday-aware (SPEC 3.4).

    As docs/semantics.md decides: n = year(as-of day) - year(date), minus one unless
    as-of's day minus n calendar years (clamped) is on or after the date, so a
    29 February birthday completes on 1 March in common years (PostgreSQL's age()).
    """
    day = day_of(value, zone)
    today = day_of(as_of, zone)
    years = today.year - day.year
    return years if add_months(today, -12 * years) >= day else years - 1


# ------------------------------------------------------------------- numbers


def round_half_away(value: object, places: int) -> Decimal:
    """``round`` as docs/semantics.md decides: half away from zero, of the 9-place
    number (integers and numbers mix freely, SPEC 4.4, and both are exact here, so
    ``int`` and ``Decimal`` compare and order as the engines' values do)."""
    assert isinstance(value, int | Decimal)
    nine = to_scale(Decimal(value))
    return nine.quantize(Decimal(1).scaleb(-min(places, 9)), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------- comparisons

_OPERATORS: dict[CompareOp, Callable[[Any, Any], Any]] = {
    CompareOp.EQ: operator.eq,
    CompareOp.NE: operator.ne,
    CompareOp.LT: operator.lt,
    CompareOp.LE: operator.le,
    CompareOp.GT: operator.gt,
    CompareOp.GE: operator.ge,
}


def compare(op: CompareOp, left: object, right: object, zone: dt.tzinfo | None) -> bool:
    """``left OP right`` under two-valued logic (SPEC 4.2: not set -> false).

    Strings compare by code point (SPEC 4.5), which is Python's order.  A timestamp
    against a date compares by the timestamp's day in ``zone`` (SPEC 3.6: UTC);
    ``zone`` None is for values of one kind (a column's), where no day is taken.
    """
    if left is None or right is None:
        return False
    if isinstance(left, dt.date) and isinstance(right, dt.date):
        if is_date(left) != is_date(right):
            assert zone is not None, "a timestamp against a date needs the zone"
            left, right = day_of(left, zone), day_of(right, zone)
        elif not is_date(left):
            # Aware instants compare as instants, whatever their zones.
            assert isinstance(left, dt.datetime) and isinstance(right, dt.datetime)
            left, right = utc_instant(left), utc_instant(right)
    return bool(_OPERATORS[op](left, right))
