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
from collections.abc import Sequence
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
    """The whole answer: the instants, the source, the rows in output order and
    the counts per definition (every definition asked for, changed or not)."""

    start: dt.datetime
    end: dt.datetime
    source: Source
    rows: Sequence[ChangeRow]
    summary: tuple[DefinitionSummary, ...]
    notes: tuple[str, ...] = field(default=())


def summarize(definitions: Sequence[tuple[str, str]], rows: Sequence[ChangeRow]
              ) -> tuple[DefinitionSummary, ...]:
    """The counts of each ``(name, kind)`` in ``definitions`` from the change rows
    (only changes travel through Python, never the membership tables)."""
    entered: Counter[str] = Counter()
    left: Counter[str] = Counter()
    pairs: dict[str, Counter[tuple[str | None, str | None]]] = {}
    for name, _, _, change, before, after in rows:
        if change == "entered":
            entered[name] += 1
        elif change == "left":
            left[name] += 1
        else:
            pairs.setdefault(name, Counter())[(before, after)] += 1
    summaries = []
    for name, kind in definitions:
        counted = pairs.get(name, Counter())
        ordered = sorted(counted.items(), key=lambda item: (-item[1], _label_key(item[0])))
        summaries.append(DefinitionSummary(
            name, kind, entered[name], left[name], sum(counted.values()),
            tuple((before, after, count) for (before, after), count in ordered)))
    return tuple(summaries)


def _label_key(pair: tuple[str | None, str | None]) -> tuple[str, str]:
    return (pair[0] or "", pair[1] or "")
