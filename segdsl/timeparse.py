"""The one reader of dates and timestamps (SPEC 3.1, 4.1, 7).

Every entry point that turns text into a date or an instant comes here: the
grammar's date and timestamp literals, ``--as-of``, a fixture case's ``as_of`` and
its date and timestamp cells, enum values of the schema.  So they accept the same
text and refuse it with the same words.

The rule, and nothing else:

* a date ``2026-11-01``; where an instant is needed it means 00:00:00 of that day
  in the project's zone (``zone``, default UTC; SPEC 11);
* a timestamp ``2026-11-01T08:00:00Z``: ``T`` (or ``t`` or one space) between date
  and time, seconds and fractional seconds (up to microseconds, ``.`` or ``,``)
  optional, and an explicit UTC zone: ``Z`` or ``+00:00`` (also ``+0000`` and
  ``-00:00``), optionally after spaces (YAML writes ``2026-11-01 08:00:00 Z``).

A timestamp without a zone is refused rather than guessed: read in the machine's
zone it would replay a different history on a laptop than in CI (and a local
reading can be ambiguous on a daylight-saving day).  In a UTC project other offsets
are refused too, since a converted instant is easy to misread in a report; the
message shows the same instant in UTC, ready to paste.  In a project with another
zone (``timezone:`` in segdsl.yml) any explicit offset is accepted and kept exact
(``2026-03-29T03:30:00+02:00``), since local times are what its users write.

Values YAML (or Python) already made into ``date``/``datetime`` objects go through
the same rule: a naive datetime has no zone, an aware one must be at offset zero.

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
        \ *(?P<zone>[Zz]|[+-]\d{2}:?\d{2})?
    )?
    """,
    re.VERBOSE | re.ASCII,
)
_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", re.ASCII)
_UTC_ZONES = frozenset({"Z", "z", "+00:00", "-00:00", "+0000", "-0000"})


class TimeParseError(ValueError):
    """Text that is not a date or a UTC timestamp: ``problem`` says what is wrong
    (naming the setting), ``hint`` what to write instead.  ``str()`` is both, one
    line, for the command line.  ``zone``: the text is a well-formed time whose
    only fault is its zone (none, or not UTC)."""

    def __init__(self, problem: str, hint: str, *, zone: bool = False) -> None:
        super().__init__(f"{problem}; {hint}")
        self.problem = problem
        self.hint = hint
        self.zone = zone


def parse_instant(value: str | dt.date, what: str = "--as-of", zone: str = "UTC"
                  ) -> dt.datetime:
    """``value`` (text, a date or a datetime) as an aware UTC datetime.

    ``what`` names the value in messages (``--as-of``, ``as_of``, ``timestamp``).
    ``zone``: the project's IANA zone; a date is its local midnight there.
    Raises :class:`TimeParseError`.
    """
    if isinstance(value, dt.datetime):
        return _from_datetime(value, what, zone)
    if isinstance(value, dt.date):
        return local_midnight(value, zone)
    written = value.strip()
    match = _PATTERN.fullmatch(written)
    if match is None:
        raise _malformed(written, what)
    offset_text = match["zone"]
    if match["hour"] is None:
        try:
            day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError as error:
            raise TimeParseError(f"{what} '{written}' is not a valid date or time ({error})",
                                 f"it must be {EXPECTED}") from None
        return local_midnight(day, zone)
    if offset_text is None:
        raise TimeParseError(f"{what} '{written}' has no time zone",
                             _naive_hint(written, zone), zone=True)
    fraction = match["fraction"] or ""
    try:
        local = dt.datetime(
            int(match["year"]), int(match["month"]), int(match["day"]),
            int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0),
            int(fraction.ljust(6, "0")) if fraction else 0,
            tzinfo=_zone(offset_text),
        )
    except ValueError as error:
        # "month must be in 1..12", "day is out of range for month", a bad offset
        raise TimeParseError(f"{what} '{written}' is not a valid date or time ({error})",
                             f"it must be {EXPECTED}") from None
    if offset_text not in _UTC_ZONES and zone == "UTC":
        raise _not_utc(written, offset_text, local, what)
    return local.astimezone(dt.UTC)


def local_midnight(day: dt.date, zone: str = "UTC") -> dt.datetime:
    """00:00 of ``day`` in ``zone`` as an aware UTC datetime (SPEC 11: a date used
    as an instant).  A midnight the zone skips or repeats is read with the offset
    in force before the switch (docs/semantics.md, "Daylight saving")."""
    if zone == "UTC":
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    from segdsl.timecontext import zone_info

    local = dt.datetime(day.year, day.month, day.day, tzinfo=zone_info(zone), fold=0)
    return local.astimezone(dt.UTC)


def _naive_hint(written: str, zone: str) -> str:
    """What to write instead of a timestamp without zone; in a project with a zone,
    the local reading(s) of its wall-clock time there, with their offsets."""
    if zone == "UTC":
        return f"it must be {EXPECTED}; if it is meant in UTC, write {_with_z(written)}"
    base = written.replace(" ", "T", 1).rstrip()
    readings = _local_offsets(base, zone)
    if not readings:
        return (f"{base} does not exist in {zone} (the clocks skip it); write an offset, "
                f"e.g. {base}Z for UTC")
    shown = " or ".join(f"{base}{offset}" for offset in readings)
    twice = " (the time happens twice there)" if len(readings) > 1 else ""
    return f"write its offset: in {zone} that is {shown}{twice}, or {base}Z for UTC"


def _local_offsets(base: str, zone: str) -> list[str]:
    """The offsets at which the wall-clock time ``base`` exists in ``zone``, in the
    order they occur (none for a skipped time, two for a repeated one)."""
    from segdsl.timecontext import zone_info

    try:
        wall = dt.datetime.fromisoformat(base)
    except ValueError:
        return []
    info = zone_info(zone)
    found: list[str] = []
    for fold in (0, 1):
        instant = wall.replace(tzinfo=info, fold=fold).astimezone(dt.UTC)
        if instant.astimezone(info).replace(tzinfo=None) != wall:
            continue
        offset = instant.astimezone(info).strftime("%z")
        text = f"{offset[:3]}:{offset[3:]}"
        if text not in found:
            found.append(text)
    return found


def parse_date(value: str | dt.date, what: str = "date") -> dt.date:
    """``value`` as a calendar date (``2026-11-01``); :class:`TimeParseError` if not."""
    if isinstance(value, dt.datetime):
        raise TimeParseError(f"{what} '{value.isoformat()}' is a timestamp, not a date",
                             "write a date such as 2026-11-01")
    if isinstance(value, dt.date):
        return value
    written = value.strip()
    match = _DATE.fullmatch(written)
    if match is None:
        raise TimeParseError(f"{what} must be a date, not '{written}'",
                             "dates are written YYYY-MM-DD, e.g. 2026-01-31")
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        raise TimeParseError(f"there is no day {written}",
                             "dates are written YYYY-MM-DD, e.g. 2026-01-31") from None


def format_instant(instant: dt.datetime) -> str:
    """The canonical text of an instant: ``2026-11-01T08:00:00Z`` (a naive
    datetime is taken to hold UTC)."""
    utc = instant.astimezone(dt.UTC) if instant.tzinfo is not None else instant
    text = utc.replace(tzinfo=None).isoformat(timespec="auto")
    return f"{text}Z"


def engine_instant(value: object) -> dt.datetime | None:
    """A timestamp as an engine returns it (naive values hold UTC; a date is its
    midnight) as an aware UTC datetime; None for NULL or anything else."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    return None


def _from_datetime(value: dt.datetime, what: str, zone: str) -> dt.datetime:
    written = value.isoformat()
    offset = value.utcoffset()
    if offset is None:
        raise TimeParseError(f"{what} '{written}' has no time zone",
                             _naive_hint(format_instant(value)[:-1], zone), zone=True)
    if offset and zone == "UTC":
        raise _not_utc(written, written[-6:], value, what)
    return value.astimezone(dt.UTC)


def _zone(zone: str | None) -> dt.tzinfo:
    if zone is None or zone in _UTC_ZONES:
        return dt.UTC
    digits = zone[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    # timezone() itself refuses offsets of a day or more (ValueError above).
    return dt.timezone(-offset if zone[0] == "-" else offset)


def _not_utc(written: str, zone: str, local: dt.datetime, what: str) -> TimeParseError:
    return TimeParseError(
        f"{what} must be in UTC, but '{written}' has the offset {zone}",
        f"the same instant in UTC is {format_instant(local)}", zone=True)


def _with_z(written: str) -> str:
    return written.replace(" ", "T", 1).rstrip() + "Z"


def _malformed(written: str, what: str) -> TimeParseError:
    if not written:
        return TimeParseError(f"{what} is empty", f"it must be {EXPECTED}")
    return TimeParseError(f"{what} must be {EXPECTED}, not '{written}'",
                          "write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
