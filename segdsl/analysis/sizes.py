"""Sizes: the population, each segment's members and each segmentation label's
customers, from one aggregate pass over the membership table (the report,
``run --out --check-expectations``), or counted from rows a command already holds
(``run --all``, ``run SEGMENT`` plus a count of the entity table, a fixture case).

Labels are listed in definition order (a label written twice once), empty ones
kept; a segmentation without ``otherwise`` has a last "no label" row (``None``)
for the customers no branch matched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlglot import exp

from segdsl.analysis.sqlparts import (
    as_int,
    column,
    count_where,
    label_test,
    membership_from,
    run_chunked,
)
from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader


def labels_of(checked: CheckedProject, segmentation: str) -> tuple[str | None, ...]:
    """A segmentation's labels in definition order, then ``None`` unless it has an
    ``otherwise`` branch."""
    decl = checked.segmentations[segmentation]
    labels: tuple[str | None, ...] = tuple(dict.fromkeys(b.label for b in decl.branches))
    if not any(branch.condition is None for branch in decl.branches):
        labels += (None,)
    return labels


@dataclass(frozen=True, slots=True)
class Sizes:
    population: int
    segments: dict[str, int]
    labels: dict[str, dict[str | None, int]]  # segmentation -> label -> customers


@dataclass(frozen=True, slots=True)
class SizesSpec:
    """Which sizes to count: the aggregates, and reading them back."""

    segments: tuple[str, ...]
    labels: dict[str, tuple[str | None, ...]]

    @staticmethod
    def of(checked: CheckedProject) -> SizesSpec:
        return SizesSpec(tuple(checked.segments),
                         {name: labels_of(checked, name) for name in checked.segmentations})

    @property
    def names(self) -> list[str]:
        """The definitions the membership query must hold."""
        return [*self.segments, *self.labels]

    def aggregates(self, columns: Mapping[str, str] | None = None) -> list[exp.Expression]:
        """The counts; ``columns``: definition -> the column holding it, when the
        membership's columns were renamed (a table joined to another)."""
        named = columns or {}
        found: list[exp.Expression] = [exp.Count(this=exp.Star())]
        found += [count_where(column(named.get(segment, segment)))
                  for segment in self.segments]
        for segmentation, labels in self.labels.items():
            found += [count_where(label_test(named.get(segmentation, segmentation), label))
                      for label in labels]
        return found

    def measure(self, reader: Reader, checked: CheckedProject,
                as_of: dt.datetime | None) -> Sizes:
        """Every size at ``as_of`` (None: the engine's now): one aggregate statement
        over the membership query (more only past MAX_COLUMNS)."""
        source = membership_from(reader, checked, as_of, self.names)
        return self.read(run_chunked(reader, source, self.aggregates()))

    def read(self, values: Sequence[object]) -> Sizes:
        counts = iter(as_int(value) for value in values)
        population = next(counts)
        segments = {segment: next(counts) for segment in self.segments}
        labels = {segmentation: {label: next(counts) for label in found}
                  for segmentation, found in self.labels.items()}
        return Sizes(population, segments, labels)


def sizes_from_rows(columns: Sequence[str], rows: Iterable[Sequence[object]],
                    segments: Sequence[str]) -> tuple[dict[str, int], int]:
    """Each segment's member count in a membership result, and its row count (one
    row per entity row, SPEC 6, so the population)."""
    positions = {name: columns.index(name) for name in segments if name in columns}
    sizes = dict.fromkeys(positions, 0)
    population = 0
    for row in rows:
        population += 1
        for name, at in positions.items():
            if row[at] is True:
                sizes[name] += 1
    return sizes, population


def population_query(entity_table: exp.Table, dialect: str) -> str:
    """``SELECT COUNT(*) FROM <entity table>``: the population, one per entity row."""
    return exp.select(exp.Count(this=exp.Star())).from_(entity_table).sql(dialect=dialect)


def now_query() -> exp.Select:
    """``SELECT CURRENT_TIMESTAMP``: to pin "now" when one run makes two queries."""
    return exp.select(exp.CurrentTimestamp())
