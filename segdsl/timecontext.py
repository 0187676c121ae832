"""What a compilation or an evaluation knows about time: the project's zone and,
per timestamp column, whether the database stores it zoned or naive.

The compiler binds its dialect to a :class:`TimeContext` for one compilation
(``segdsl/compile/dialects/``) and the reference evaluator takes one too
(``segdsl/reference/``), so the zone is written in one place.  The zone is the
project's ``timezone:`` in segdsl.yml (an IANA name, default ``UTC``; SPEC 11):
calendar notions (days, midnights, periods, calendar steps) follow it, while
stored instants stay instants (a naive ``timestamp`` column holds UTC, SPEC 2).

Column zoning comes from the database's catalog where one is open (``run``,
``report``, ``diff``, ``test`` on an engine): each engine lists which of its
type names are zoned or naive (``ZONING`` next to its ``FITS`` table), and
:func:`from_found_columns` turns the types ``run``'s column check found into a
context.  Without a catalog (``compile``) every column is :attr:`Zoning.UNKNOWN`
and the compiler writes the read that is right for both kinds.

Imports neither sqlglot nor a driver: ``check`` and the reference evaluator use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = "UTC"


class UnknownZoneError(ValueError):
    """A name that is not an IANA time zone; ``suggestion`` is the closest one."""

    def __init__(self, name: str, suggestion: str | None) -> None:
        super().__init__(f"unknown time zone '{name}'")
        self.name = name
        self.suggestion = suggestion


@cache
def zone_info(name: str) -> dt.tzinfo:
    """The tzinfo of an IANA zone name (``dt.UTC`` for ``UTC``).

    Python finds the rules in the system's zoneinfo folder or, where there is none
    (Windows, slim containers), in the ``tzdata`` package, a dependency of segdsl
    for that reason.  Raises :class:`UnknownZoneError`.
    """
    if name == UTC:
        return dt.UTC
    # ZoneInfo also opens paths ("../x") and keys with odd characters: refuse them
    # before asking, so only a real zone name can pass.
    if not name or name.startswith("/") or ".." in name or "\\" in name or "\0" in name:
        raise UnknownZoneError(name, closest_zone(name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownZoneError(name, closest_zone(name)) from None


def closest_zone(name: str) -> str | None:
    """The IANA zone name closest to ``name`` (case-insensitive), or None."""
    import difflib
    from zoneinfo import available_timezones

    zones = sorted(available_timezones() | {UTC})
    by_lower = {zone.lower(): zone for zone in zones}
    if name.lower() in by_lower:
        return by_lower[name.lower()]
    found = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[found[0]] if found else None


class Zoning(StrEnum):
    """How the database stores one timestamp column."""

    ZONED = "zoned"  # an absolute instant: timestamptz, TIMESTAMP WITH TIME ZONE, ...
    NAIVE = "naive"  # a wall-clock reading, which holds the project's zone (SPEC 2)
    UNKNOWN = "unknown"  # not asked (no database open): read it as right for both


@dataclass(frozen=True, slots=True)
class TimeContext:
    """The zone of one compilation or evaluation and the zoning of its columns.

    ``columns`` maps (table as the schema names it, column) to its zoning; a
    column not listed is :attr:`Zoning.UNKNOWN`.  Frozen and hashable, so a
    dialect bound to it can be shared by one compilation's threads.
    """

    zone: str = UTC
    columns: frozenset[tuple[str, str, Zoning]] = field(default=frozenset())
    # (table, column) -> zoning, built once: a compiled project reads each time
    # column several times.
    _index: dict[tuple[str, str], Zoning] = field(
        init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        zone_info(self.zone)  # UnknownZoneError (a ValueError) for a name that is none
        object.__setattr__(self, "_index", {(t, c): z for t, c, z in self.columns})

    @property
    def tzinfo(self) -> dt.tzinfo:
        """The zone as Python's tzinfo (what the reference evaluator computes in)."""
        return zone_info(self.zone)

    @property
    def is_utc(self) -> bool:
        """The zone is UTC: every calendar notion is UTC's (the compiled SQL of every
        release before the project's time zone)."""
        return self.zone == UTC

    def zoning(self, table: str, column: str) -> Zoning:
        """How ``table``'s ``column`` is stored; UNKNOWN when nobody said."""
        return self._index.get((table, column), Zoning.UNKNOWN)

    def with_columns(self, zonings: Mapping[tuple[str, str], Zoning]) -> TimeContext:
        """This context with ``zonings`` (table, column) -> zoning added."""
        known = dict(self._index)
        known.update(zonings)
        return TimeContext(self.zone, frozenset((t, c, z) for (t, c), z in known.items()))

    def with_zone(self, zone: str) -> TimeContext:
        """This context in ``zone`` (the column zonings kept)."""
        return self if zone == self.zone else TimeContext(zone, self.columns)


# Zone UTC, every column's zoning unknown: what `compile` uses, and what the
# compiled SQL of every earlier release was written for.
DEFAULT = TimeContext()


def from_found_columns(found: Mapping[str, Mapping[str, str] | None],
                       zoning: Mapping[str, Zoning], base: TimeContext = DEFAULT
                       ) -> TimeContext:
    """``base`` with the zoning of every column of ``found`` (table -> column ->
    the engine's type name, as its column check returns them) whose type name
    ``zoning`` lists (in lower case); other columns stay unknown."""
    zonings = {(table, column): zoning[kind.lower()]
               for table, columns in found.items() if columns
               for column, kind in columns.items() if kind.lower() in zoning}
    return base.with_columns(zonings) if zonings else base
