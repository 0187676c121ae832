"""What a compilation or an evaluation knows about time: the project's zone and,
per timestamp column, whether the database stores it zoned or naive.

The compiler binds its dialect to a :class:`TimeContext` for one compilation
(``segdsl/compile/dialects.py``) and the reference evaluator takes one too
(``segdsl/reference/``), so the zone is written in one place.  Only ``UTC`` is
allowed today; the language's second edition adds ``timezone:`` in segdsl.yml
and then only this module and the places that read :attr:`TimeContext.tzinfo`
change.

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

# The zones a project may name.  One today; the second edition reads segdsl.yml.
ZONES: tuple[str, ...] = ("UTC",)


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

    zone: str = "UTC"
    columns: frozenset[tuple[str, str, Zoning]] = field(default=frozenset())
    # (table, column) -> zoning, built once: a compiled project reads each time
    # column several times.
    _index: dict[tuple[str, str], Zoning] = field(
        init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.zone not in ZONES:
            raise ValueError(f"unsupported time zone '{self.zone}' (segdsl reads every "
                             f"time as {' or '.join(ZONES)})")
        object.__setattr__(self, "_index", {(t, c): z for t, c, z in self.columns})

    @property
    def tzinfo(self) -> dt.tzinfo:
        """The zone as Python's tzinfo (what the reference evaluator computes in)."""
        return dt.UTC

    def zoning(self, table: str, column: str) -> Zoning:
        """How ``table``'s ``column`` is stored; UNKNOWN when nobody said."""
        return self._index.get((table, column), Zoning.UNKNOWN)

    def with_columns(self, zonings: Mapping[tuple[str, str], Zoning]) -> TimeContext:
        """This context with ``zonings`` (table, column) -> zoning added."""
        known = dict(self._index)
        known.update(zonings)
        return TimeContext(self.zone, frozenset((t, c, z) for (t, c), z in known.items()))


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
