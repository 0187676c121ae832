"""As-of instants and the boundary instants around them.

Definitions and rows draw their times from one pool built around the example's
as-of, so that event times land exactly on window edges (as-of itself, as-of minus
each duration the definitions use, calendar period starts), on the fixed times the
definitions name, and one microsecond or one second to either side of them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

UTC = dt.UTC

# As-of instants with calendar traps: a leap day, month ends (clamping of `1 month
# ago`), a Monday midnight (ISO week start), the first instant of a year and of a
# quarter, the last second of a year, and an ordinary mid-day instant.
AS_OFS = (
    dt.datetime(2026, 3, 31, 12, 0, tzinfo=UTC),
    dt.datetime(2024, 2, 29, 0, 0, tzinfo=UTC),
    dt.datetime(2024, 3, 1, 6, 30, tzinfo=UTC),
    dt.datetime(2026, 1, 1, 0, 0, tzinfo=UTC),
    dt.datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC),
    dt.datetime(2026, 6, 1, 0, 0, tzinfo=UTC),  # a Monday, first of a month
    dt.datetime(2026, 5, 31, 8, 0, tzinfo=UTC),
    dt.datetime(2026, 10, 14, 17, 45, 30, tzinfo=UTC),
)

# Project zones (SPEC 11) and, per zone, as-ofs near its daylight-saving switches
# (local wall-clock times, converted with fold=0): the hour after a spring switch,
# a day after it (`1 day ago` lands in the skipped hour), the repeated hour of an
# autumn switch and a day after it, and a local midnight. Asia/Kolkata has a
# half-hour offset and no switch; Australia/Lord_Howe switches by half an hour
# (02:00 -> 02:30 on 4 October 2026, 02:00 -> 01:30 on 5 April 2026).
ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe")
_LOCAL_AS_OFS = {
    "Europe/Berlin": ((2026, 3, 29, 3, 30), (2026, 3, 30, 2, 30), (2026, 10, 25, 2, 30),
                      (2026, 10, 26, 2, 30), (2026, 11, 1, 0, 30), (2026, 3, 30, 0, 0)),
    "America/New_York": ((2026, 3, 8, 3, 30), (2026, 3, 9, 2, 30), (2026, 11, 1, 1, 30),
                         (2026, 11, 2, 1, 30), (2026, 11, 2, 0, 0), (2026, 3, 1, 0, 30)),
    "Asia/Kolkata": ((2026, 1, 1, 0, 0), (2026, 3, 31, 23, 45), (2026, 6, 1, 5, 0)),
    "Australia/Lord_Howe": ((2026, 4, 5, 1, 45), (2026, 4, 6, 1, 45), (2026, 10, 4, 2, 45),
                            (2026, 10, 5, 2, 15), (2026, 10, 1, 0, 0)),
}


def zone_as_ofs(zone: str) -> tuple[dt.datetime, ...]:
    """The as-ofs to draw in ``zone`` (UTC: :data:`AS_OFS`), aware UTC."""
    if zone == "UTC":
        return AS_OFS
    info = ZoneInfo(zone)
    return tuple(dt.datetime(*parts, tzinfo=info).astimezone(UTC)
                 for parts in _LOCAL_AS_OFS[zone])


def local_step(t: dt.datetime, amount: int, unit: str, zone: str) -> dt.datetime:
    """``t + amount unit`` on the local wall clock of ``zone`` (SPEC 11: calendar
    steps), read back with fold=0; minutes and hours exact."""
    if zone == "UTC" or unit in ("minute", "hour"):
        return step(t, amount, unit)
    info = ZoneInfo(zone)
    wall = t.astimezone(info).replace(tzinfo=None)
    stepped = step(wall, amount, unit)
    return stepped.replace(tzinfo=info, fold=0).astimezone(UTC)


UNITS = ("minute", "hour", "day", "week", "month", "year")
# Amounts of durations in definitions; the pool below has as-of minus each of them.
AMOUNTS = (0, 1, 2, 7, 30)
# Regularity (SPEC 11): `in at least K of the last N UNIT` with N up to this many
# periods of these units; the pool has every period bound as-of minus i UNIT, and
# as-of minus 2N for each amount above (`stopped`/`restarted`'s period before).
REGULARITY_UNITS = ("day", "week", "month")
MAX_PERIODS = 4


def add_months(t: dt.datetime, months: int) -> dt.datetime:
    """A calendar step with end-of-month clamping (SPEC 3.6)."""
    month0 = t.month - 1 + months
    year, month = t.year + month0 // 12, month0 % 12 + 1
    day = min(t.day, calendar.monthrange(year, month)[1])
    return t.replace(year=year, month=month, day=day)


def step(t: dt.datetime, amount: int, unit: str) -> dt.datetime:
    """``t + amount unit`` (amount may be negative)."""
    if unit == "month":
        return add_months(t, amount)
    if unit == "year":
        return add_months(t, 12 * amount)
    hours = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 168}[unit]
    return t + dt.timedelta(hours=hours * amount)


def _period_starts(as_of: dt.datetime) -> list[dt.datetime]:
    day = as_of.replace(hour=0, minute=0, second=0, microsecond=0)
    week = day - dt.timedelta(days=day.weekday())
    month = day.replace(day=1)
    quarter = month.replace(month=(month.month - 1) // 3 * 3 + 1)
    year = month.replace(month=1)
    return [day, week, week - dt.timedelta(days=7), month, add_months(month, -1),
            add_months(month, 1), quarter, add_months(quarter, -3), add_months(quarter, 3),
            year, add_months(year, -12), add_months(year, 12)]


@dataclass(frozen=True)
class TimePool:
    as_of: dt.datetime
    instants: tuple[dt.datetime, ...]  # aware UTC, sorted
    dates: tuple[dt.date, ...]  # sorted

    @staticmethod
    @functools.cache
    def around(as_of: dt.datetime, zone: str = "UTC") -> TimePool:
        edges = {as_of, *_period_starts(as_of)}
        if zone != "UTC":
            # The local calendar's edges: period starts at local midnights.
            info = ZoneInfo(zone)
            local = as_of.astimezone(info).replace(tzinfo=None)
            edges |= {start.replace(tzinfo=info, fold=0).astimezone(UTC)
                      for start in _period_starts(local)}
        for unit in UNITS:
            for amount in AMOUNTS:
                edges.add(step(as_of, -amount, unit))
                edges.add(step(as_of, amount, unit))  # `in next`, and sequences' deadlines
                edges.add(local_step(as_of, -amount, unit, zone))
                edges.add(local_step(as_of, amount, unit, zone))
                edges.add(step(as_of, -2 * amount, unit))  # stopped/restarted
                edges.add(local_step(as_of, -2 * amount, unit, zone))
        for unit in REGULARITY_UNITS:
            edges |= {step(as_of, -i, unit) for i in range(1, 2 * MAX_PERIODS + 1)}
            edges |= {local_step(as_of, -i, unit, zone) for i in range(1, 2 * MAX_PERIODS + 1)}
        edges |= {dt.datetime(2024, 2, 29, tzinfo=UTC), dt.datetime(2001, 1, 1, tzinfo=UTC)}
        near: set[dt.datetime] = set()
        for edge in edges:
            near |= {edge, edge - dt.timedelta(microseconds=1), edge + dt.timedelta(seconds=1),
                     edge - dt.timedelta(seconds=1)}
        days = {t.date() for t in edges}
        if zone != "UTC":
            days |= {t.astimezone(ZoneInfo(zone)).date() for t in edges}
        # Birthdays: exactly N years before as-of's day, and a day to either side
        # (years_since is birthday-aware), and leap days.
        for years in (1, 18, 30):
            birthday = add_months(as_of, -12 * years).date()
            days |= {birthday, birthday + dt.timedelta(days=1), birthday - dt.timedelta(days=1)}
        days |= {dt.date(2000, 2, 29), dt.date(2024, 2, 29), dt.date(2023, 2, 28)}
        return TimePool(as_of, tuple(sorted(near)), tuple(sorted(days)))

    # Built once per pool (a strategy per draw was slow); cached_property writes
    # the instance's __dict__ directly, which a frozen dataclass allows.
    @functools.cached_property
    def _instants(self) -> st.SearchStrategy[dt.datetime]:
        return st.sampled_from(self.instants)

    @functools.cached_property
    def _dates(self) -> st.SearchStrategy[dt.date]:
        return st.sampled_from(self.dates)

    def instant(self) -> st.SearchStrategy[dt.datetime]:
        return self._instants

    def date(self) -> st.SearchStrategy[dt.date]:
        return self._dates


def as_ofs() -> st.SearchStrategy[dt.datetime]:
    return st.sampled_from(AS_OFS)


def zones() -> st.SearchStrategy[str]:
    """A project's zone: UTC half the time (the first edition's semantics), else
    one of the zones with traps."""
    return st.one_of(st.just("UTC"), st.sampled_from(ZONES[1:]))


def zoned_as_ofs(zone: str) -> st.SearchStrategy[dt.datetime]:
    return st.sampled_from(zone_as_ofs(zone))
