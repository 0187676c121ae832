"""The newsletter calendar: which campaign was sent when, named like the shop's
marketing team names them (``spring26_running``, ``bts25_kids``, ``blackfriday25``).

It draws no random numbers: the calendar is a function of the clock alone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from segdsl.demo.clock import Clock
from segdsl.demo.shop_data import THEMES


def campaign_calendar(clock: Clock) -> list[tuple[datetime, str]]:
    """Weekly newsletters (Tuesdays 08:00 UTC) plus seasonal specials, named
    like the marketing team would: spring26_running, bts25_kids, ..."""
    sent: list[tuple[datetime, str]] = []
    day = clock.start.date()
    while day.weekday() != 1:
        day += timedelta(days=1)
    week = 0
    while True:
        moment = datetime(day.year, day.month, day.day, 8)
        if moment >= clock.as_of:
            break
        sent.append((moment, f"{season_code(day)}_{THEMES[week % len(THEMES)]}"))
        day += timedelta(days=7)
        week += 1
    for year in range(clock.start.year, clock.as_of.year + 1):
        yy = year % 100
        specials = [
            (datetime(year, 3, 1, 8), f"spring{yy:02d}_kickoff"),
            (datetime(year, 8, 5, 8), f"bts{yy:02d}_kids"),
            (black_friday(year), f"blackfriday{yy:02d}"),
        ]
        sent.extend(s for s in specials if clock.start <= s[0] < clock.as_of)
    sent.sort()
    return sent


def season_code(day: date) -> str:
    if 3 <= day.month <= 5:
        return f"spring{day.year % 100:02d}"
    if 6 <= day.month <= 8:
        return f"summer{day.year % 100:02d}"
    if 9 <= day.month <= 11:
        return f"autumn{day.year % 100:02d}"
    year = day.year if day.month == 12 else day.year - 1
    return f"winter{year % 100:02d}"


def black_friday(year: int) -> datetime:
    day = date(year, 11, 1)
    fridays = [day + timedelta(days=i) for i in range(30)
               if (day + timedelta(days=i)).weekday() == 4]
    friday = fridays[3]
    return datetime(friday.year, friday.month, friday.day, 7)


