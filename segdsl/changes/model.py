"""What ``segdsl changes`` found, as plain data that every output format renders.

A change row is ``(definition, kind, key, change, from_label, to_label)``:
``kind`` is ``segment`` or ``segmentation``; ``change`` is ``entered`` or
``left`` for a segment and ``relabeled`` for a segmentation (``from_label`` and
``to_label`` then hold the labels, None for no label).  Keys are kept as the
database returned them (int or str).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

COLUMNS = ("definition", "kind", "key", "change", "from_label", "to_label")
SNAPSHOTS = "snapshots"
EVALUATION = "evaluation"

ChangeRow = tuple[str, str, object, str, str | None, str | None]


@dataclass(frozen=True)
class Source:
    """Where both sides came from.

    ``kind`` is :data:`SNAPSHOTS` or :data:`EVALUATION`; for snapshots
    ``table`` is the history table as named in messages and ``snapshots`` the
    as-ofs of the two snapshots used; for evaluation ``reason`` says why the
    history was not used (None when it was never looked at).
    """

    kind: str
    table: str
    snapshots: tuple[dt.datetime, dt.datetime] | None = None
    reason: str | None = None


@dataclass(frozen=True)
class DefinitionSummary:
    """The counts of one definition: entered and left (segments), relabeled and
    each (from, to) pair's count (segmentations)."""

    name: str
    kind: str
    entered: int = 0
    left: int = 0
    relabeled: int = 0
    transitions: tuple[tuple[str | None, str | None, int], ...] = ()


@dataclass(frozen=True)
class Changes:
    """The whole answer: the instants, the source, the definitions compared
    (``(name, kind)`` in output order) and the rows in output order.

    ``rows`` is streamed from the database as it is read (read it once, while
    the database is open); the counts come from a :class:`Tally` that the rows
    pass through (:func:`segdsl.changes.render.write`)."""

    start: dt.datetime
    end: dt.datetime
    source: Source
    definitions: Sequence[tuple[str, str]]
    rows: Iterable[ChangeRow]
    notes: tuple[str, ...] = field(default=())


class Tally:
    """The counts of each definition, taken as the change rows stream past (only
    changes travel through Python, never the membership tables)."""

    def __init__(self, definitions: Sequence[tuple[str, str]]) -> None:
        self._definitions = list(definitions)
        self._entered: Counter[str] = Counter()
        self._left: Counter[str] = Counter()
        self._pairs: dict[str, Counter[tuple[str | None, str | None]]] = {}

    def counted(self, rows: Iterable[ChangeRow]) -> Iterator[ChangeRow]:
        """``rows`` unchanged, each counted as it passes."""
        entered, left, pairs = self._entered, self._left, self._pairs
        for row in rows:
            name, _, _, change, before, after = row
            if change == "entered":
                entered[name] += 1
            elif change == "left":
                left[name] += 1
            else:
                pairs.setdefault(name, Counter())[(before, after)] += 1
            yield row

    def summary(self) -> tuple[DefinitionSummary, ...]:
        """The counts of every definition (changed or not) over the rows counted so
        far; transitions most frequent first."""
        summaries = []
        for name, kind in self._definitions:
            counted = self._pairs.get(name, Counter())
            ordered = sorted(counted.items(), key=lambda item: (-item[1], _label_key(item[0])))
            summaries.append(DefinitionSummary(
                name, kind, self._entered[name], self._left[name], sum(counted.values()),
                tuple((before, after, count) for (before, after), count in ordered)))
        return tuple(summaries)


def summarize(definitions: Sequence[tuple[str, str]], rows: Iterable[ChangeRow]
              ) -> tuple[DefinitionSummary, ...]:
    """The counts of each ``(name, kind)`` in ``definitions`` from the change rows."""
    tally = Tally(definitions)
    for _ in tally.counted(rows):
        pass
    return tally.summary()


def _label_key(pair: tuple[str | None, str | None]) -> tuple[str, str]:
    return (pair[0] or "", pair[1] or "")
