"""Sizes: the population, each segment's members and each segmentation label's
customers, from one aggregate pass over the membership table.

Labels are listed in definition order (a label written twice once), empty ones
kept; a segmentation without ``otherwise`` has a last "no label" row (``None``)
for the customers no branch matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlglot import exp

from segdsl.analysis.sqlparts import as_int, column, count_where, label_test
from segdsl.check.checker import CheckedProject


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

    def aggregates(self) -> list[exp.Expression]:
        found: list[exp.Expression] = [exp.Count(this=exp.Star())]
        found += [count_where(column(segment)) for segment in self.segments]
        for segmentation, labels in self.labels.items():
            found += [count_where(label_test(segmentation, label)) for label in labels]
        return found

    def read(self, values: Sequence[object]) -> Sizes:
        counts = iter(as_int(value) for value in values)
        population = next(counts)
        segments = {segment: next(counts) for segment in self.segments}
        labels = {segmentation: {label: next(counts) for label in found}
                  for segmentation, found in self.labels.items()}
        return Sizes(population, segments, labels)
