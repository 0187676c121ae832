"""The ``--as-of`` instant (SPEC 4.1, 7): a date or an ISO timestamp in UTC.

Accepted, and nothing else:

* a date ``2026-11-01``, meaning midnight UTC at its start;
* a timestamp ``2026-11-01T08:00:00Z``: ``T`` or one space between date and time,
  seconds and fractional seconds (up to microseconds) optional, and an explicit UTC
  zone: ``Z`` or ``+00:00`` (also ``+0000`` and ``-00:00``).

A timestamp without a zone is refused rather than guessed: read in the machine's
zone it would replay a different history on a laptop than in CI.  Other offsets
are refused too, since the spec asks for UTC and a converted instant is easy to
misread in a report.

This module is imported by the command line at start-up; keep it free of heavy
imports.
"""

from __future__ import annotations

import datetime as dt
import re

EXPECTED = "a date (2026-11-01) or a UTC timestamp (2026-11-01T08:00:00Z)"

_PATTERN = re.compile(
    r"""
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})
    (?:
        [Tt\ ]
        (?P<hour>\d{2}):(?P<minute>\d{2})
        (?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6}))?)?
        (?P<zone>[Zz]|[+-]\d{2}:?\d{2})
    )?
    """,
    re.VERBOSE | re.ASCII,
)

# A timestamp that is well formed except for its zone: a clearer message.
_NAIVE = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?", re.ASCII)
_UTC_ZONES = ("Z", "z", "+00:00", "-00:00", "+0000", "-0000")


def parse_as_of(text: str, option: str = "--as-of") -> dt.datetime:
    """``text`` as an aware UTC datetime; ValueError with a message for people.

    ``option`` names the setting in the message (``--as-of``, or ``as_of`` for a
    fixture case).
    """
    written = text.strip()
    match = _PATTERN.fullmatch(written)
    if match is None:
        raise ValueError(_explain(written, option))
    zone = match["zone"]
    if zone is not None and zone not in _UTC_ZONES:
        raise ValueError(
            f"{option} must be in UTC, but '{written}' has the offset {zone}; "
            f"convert it to UTC and write it with Z (2026-11-01T08:00:00Z)"
        )
    fraction = match["fraction"] or ""
    try:
        return dt.datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            int(match["second"] or 0),
            int(fraction.ljust(6, "0")) if fraction else 0,
            tzinfo=dt.UTC,
        )
    except ValueError as error:
        # "month must be in 1..12", "day is out of range for month"
        raise ValueError(f"{option} '{written}' is not a valid date or time ({error})") from None


def format_as_of(instant: dt.datetime) -> str:
    """The canonical text of an instant: ``2026-11-01T08:00:00Z``."""
    utc = instant.astimezone(dt.UTC) if instant.tzinfo is not None else instant
    text = utc.replace(tzinfo=None).isoformat(timespec="auto")
    return f"{text}Z"


def _explain(written: str, option: str) -> str:
    if not written:
        return f"{option} is empty; it must be {EXPECTED}"
    if _NAIVE.fullmatch(written):
        return (
            f"{option} '{written}' has no time zone; it must be {EXPECTED} "
            f"(add Z for UTC: {written}Z)"
        )
    return f"{option} must be {EXPECTED}, not '{written}'"
