"""Time handling: ``as_of`` and the calendar periods around it (today, this week,
month, quarter, year and the ones before), and the length of the generated history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

HISTORY = timedelta(days=913)  # two and a half years of events before as_of
SIGNUP_SPAN_DAYS = 3 * 365  # sign-ups reach half a year further back than the events
# Ordinary (unplanted) activity stays this far away from as_of, so that nobody is
# "browsing right now" by accident (cart_abandoners holds such customers back).
QUIET = timedelta(minutes=45)


@dataclass(frozen=True)
class Clock:
    """as_of and the calendar periods around it (UTC, naive)."""

    as_of: datetime
    start: datetime  # first instant of the generated history
    today: datetime  # 00:00 of as_of's day
    week: datetime  # Monday 00:00 of as_of's ISO week
    month: datetime
    prev_month: datetime
    quarter: datetime
    prev_quarter: datetime
    year: datetime
    prev_year: datetime

    @classmethod
    def at(cls, as_of: datetime) -> Clock:
        today = datetime(as_of.year, as_of.month, as_of.day)
        month = datetime(as_of.year, as_of.month, 1)
        quarter = datetime(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
        return cls(
            as_of=as_of,
            start=as_of - HISTORY,
            today=today,
            week=today - timedelta(days=today.weekday()),
            month=month,
            prev_month=add_months(month, -1),
            quarter=quarter,
            prev_quarter=add_months(quarter, -3),
            year=datetime(as_of.year, 1, 1),
            prev_year=datetime(as_of.year - 1, 1, 1),
        )


def add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


def years_between(born: date, on: date) -> int:
    """Whole calendar years from ``born`` to ``on`` (an age)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def minus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
