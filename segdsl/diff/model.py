"""What ``segdsl diff`` found, as plain data that every output format renders.

Member keys are kept as the database returned them (int or str), sorted; a side
on which a definition does not exist has ``None`` for its size, so "0 members"
and "not defined" stay apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from segdsl.diff.definitions import Change

Key = int | str


@dataclass(frozen=True)
class Side:
    """One revision: the ref as given and its commit; ``commit`` is None for the
    working tree as it is on disk."""

    label: str
    commit: str | None

    @property
    def shown(self) -> str:
        return self.label if self.commit is None else f"{self.label} ({self.commit[:12]})"


@dataclass(frozen=True)
class SegmentDiff:
    """A segment evaluated on both sides.

    ``status`` is ``changed``, ``added``, ``removed`` or ``dependent`` (unchanged
    itself, but it uses a changed definition: ``because`` names those).
    """

    name: str
    status: str
    because: tuple[str, ...]
    before: int | None
    after: int | None
    entered: tuple[Key, ...]  # members after, not before
    left: tuple[Key, ...]     # members before, not after


@dataclass(frozen=True)
class LabelCount:
    label: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class SegmentationDiff:
    """A segmentation evaluated on both sides: customers per label, and how many
    customers have another label (or none where they had one, or the reverse)."""

    name: str
    status: str
    because: tuple[str, ...]
    labels: tuple[LabelCount, ...]
    moved: int


@dataclass(frozen=True)
class Evaluation:
    """The members part of a diff, present only with ``--db``."""

    database: str  # as shown to the user (passwords masked)
    as_of: dt.datetime
    as_of_given: bool  # False: "now", resolved once for both sides
    segments: tuple[SegmentDiff, ...] = ()
    segmentations: tuple[SegmentationDiff, ...] = ()


@dataclass(frozen=True)
class DiffReport:
    project: str
    base: Side
    head: Side
    changes: tuple[Change, ...]
    schema_changed: bool
    evaluation: Evaluation | None = None
