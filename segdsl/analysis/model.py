"""The numbers of a report, as plain data: what :mod:`segdsl.analysis.compute`
measures on a database and :mod:`segdsl.report` draws.

Counts are ints; averages are exact ``Decimal`` values with 9 places (the number
rule of docs/semantics.md: an exact sum over a count, rounded half away from
zero), or None where no member has the metric set.  Shares are exact fractions of
the population in percent; rounding happens only when they are shown.  Labels are
listed in definition order, with empty ones kept, and ``None`` stands for "no
label" (a customer no branch matched, in a segmentation without ``otherwise``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from segdsl.analysis.expectations import ExpectationResult, share_percent


@dataclass(frozen=True, slots=True)
class Definition:
    """Who a segment or segmentation is: for the page's headings and tables."""

    name: str
    title: str | None
    owner: str | None
    tags: tuple[str, ...]
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class SegmentSize:
    definition: Definition
    size: int
    population: int
    expectations: tuple[ExpectationResult, ...] = ()

    @property
    def share(self) -> Fraction:
        """Members as an exact percentage of the population."""
        return share_percent(self.size, self.population)


@dataclass(frozen=True, slots=True)
class LabelSize:
    label: str | None
    size: int
    population: int

    @property
    def share(self) -> Fraction:
        return share_percent(self.size, self.population)


@dataclass(frozen=True, slots=True)
class SegmentationSizes:
    definition: Definition
    labels: tuple[LabelSize, ...]  # definition order; the "no label" row last, if any


@dataclass(frozen=True, slots=True)
class Overlap:
    """``counts[i][j]``: customers in both segment i and segment j (the diagonal is
    each segment's size)."""

    segments: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def jaccard(self, i: int, j: int) -> Fraction | None:
        """Customers in both over customers in either, exact; None when both segments are empty."""
        union = self.counts[i][i] + self.counts[j][j] - self.counts[i][j]
        return Fraction(self.counts[i][j], union) if union else None


@dataclass(frozen=True, slots=True)
class KpiGroup:
    """One row of the KPI table: a segment, a segmentation label or the population.

    ``averages[k]`` belongs to ``Kpis.metrics[k]``; ``counted[k]`` is how many of
    the group's ``size`` customers have that metric set (the average's divisor).
    """

    name: str  # "vip", "persona = casual", "persona: (no label)" or "(all)"
    segmentation: str | None  # the segmentation this label row belongs to
    size: int
    averages: tuple[Decimal | None, ...]
    counted: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Kpis:
    metrics: tuple[str, ...]
    population: KpiGroup
    segments: tuple[KpiGroup, ...]
    labels: tuple[KpiGroup, ...]  # every segmentation's labels, definition order


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    """Sizes at one past as-of: a snapshot's, or replayed (events replayed,
    attributes current)."""

    as_of: dt.datetime
    population: int
    segments: dict[str, int]
    labels: dict[str, dict[str | None, int]]  # segmentation -> label -> size


@dataclass(frozen=True, slots=True)
class Transition:
    """``counts[i][j]``: customers with label ``labels[i]`` at ``first`` and
    ``labels[j]`` at ``last`` (rows: from, columns: to)."""

    segmentation: str
    first: dt.datetime
    last: dt.datetime
    labels: tuple[str | None, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class AttritionStep:
    """One top-level ``and`` condition of a segment, as written in its file.

    ``remaining``: customers meeting this and every earlier condition;
    ``alone``: customers meeting this condition by itself.
    """

    condition: str
    line: int
    remaining: int
    alone: int


@dataclass(frozen=True, slots=True)
class Attrition:
    segment: str
    population: int
    steps: tuple[AttritionStep, ...]


@dataclass(frozen=True, slots=True)
class ReportData:
    project: str
    database: str  # as given, passwords masked
    dialect: str
    as_of: dt.datetime  # the one instant every number was measured at (UTC)
    population: int
    segments: tuple[SegmentSize, ...]
    segmentations: tuple[SegmentationSizes, ...]
    overlap: Overlap
    kpis: Kpis
    attrition: tuple[Attrition, ...]
    history: tuple[HistoryPoint, ...] = ()  # oldest first; empty without --history
    transitions: tuple[Transition, ...] = ()  # first and last history instant
    # where the history comes from, as the page says it ("from 3 snapshots in
    # S.segdsl_membership_history" or "replayed from events; ..."); "" without history
    history_source: str = ""
    warnings: tuple[str, ...] = field(default=())
    # The entity the page is about (SPEC 11, `report --entity`): its rows are
    # counted ("2 accounts"); customers unless the project says otherwise.
    entity: str = "customer"
