"""Measuring a checked project on a database: the numbers of ``segdsl report``.

:func:`measure` runs a fixed list of steps and returns a
:class:`~segdsl.analysis.model.ReportData`.  :func:`count_steps` says up front how
many steps it will take for the same arguments, and ``progress(description)`` is
called once at the start of each step, so a caller can draw a progress bar of
``count_steps(...)`` steps.

Everything at the as-of (steps 1-4, and 6 when the history ends at the as-of) is
measured by ONE statement, run by the first of those steps (the others find their
numbers computed, so their progress ticks are nearly instant): one membership query
of the project extended with the attrition's hidden segments, with every aggregate
over it (split only past :data:`~segdsl.analysis.sqlparts.MAX_COLUMNS` select
items).  The steps, in order:

1. sizes: the population, every segment, every segmentation label;
2. overlap: customers in both of each pair of segments (with two segments or more);
3. KPIs: sum and count of each KPI metric per segment, per label and overall
   (when there is a KPI metric);
4. attrition of every segment (when there is a segment);
5. history: one step per instant (strategy ``per_instant``) or one for all
   (``batched``, the default), when ``history`` is given; from the history table
   instead (one step) when ``history_source`` has snapshots;
6. transitions between the first and last history instant (with two instants or
   more and a segmentation), or between the first and last snapshot.

The definitions of every number are in docs/analysis.md.  Errors leave as the
reader's (:class:`~segdsl.engines.EngineError`) or the compiler's
(:class:`~segdsl.compile.api.CompileError`).

Over 400 lines: the one list of ``report``'s steps and the measuring of each
(its SQL parts are in sqlparts.py, the history from snapshots in snapshots.py),
kept together so the step count and the steps cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlglot import exp

from segdsl.analysis import history as hist
from segdsl.analysis import snapshots as snaps
from segdsl.analysis.attrition import AttritionPlan, plan_attrition
from segdsl.analysis.expectations import ExpectationResult, evaluate
from segdsl.analysis.history import history_instants, history_problem
from segdsl.analysis.kpis import numeric_metrics, validate_kpis
from segdsl.analysis.model import (
    Attrition,
    Definition,
    HistoryPoint,
    KpiGroup,
    Kpis,
    LabelSize,
    Overlap,
    ReportData,
    SegmentationSizes,
    SegmentSize,
    Transition,
)
from segdsl.analysis.sizes import Sizes, SizesSpec
from segdsl.analysis.sqlparts import (
    aggregate_where,
    as_int,
    as_source,
    column,
    count_where,
    label_test,
    membership_query,
    run_chunked,
)
from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader
from segdsl.numbers import divide
from segdsl.syntax import ast

Progress = Callable[[str], None]


# ------------------------------------------------------------------ the steps


@dataclass
class _Results:
    sizes: Sizes | None = None
    pairs: dict[tuple[str, str], int] = field(default_factory=dict)
    kpi_values: list[object] = field(default_factory=list)
    attrition: list[Attrition] = field(default_factory=list)
    history: list[HistoryPoint] = field(default_factory=list)
    transitions: list[Transition] | None = None  # None: not measured yet
    # sizes measured at the as-of (and at the first history instant, for the
    # transitions), which the history does not measure again
    known: dict[dt.datetime, Sizes] = field(default_factory=dict)
    done: bool = False  # the one statement at the as-of has run


@dataclass(frozen=True)
class _Step:
    description: str
    run: Callable[[Reader, _Results], None]


@dataclass(frozen=True)
class _Plan:
    checked: CheckedProject
    as_of: dt.datetime
    kpis: tuple[str, ...]
    history: tuple[dt.datetime, ...]
    strategy: str
    # the snapshots the history comes from (None or none: replayed from events)
    source: snaps.Source | None = None

    @property
    def from_snapshots(self) -> bool:
        return self.source is not None and self.source.from_snapshots

    @property
    def sizes(self) -> SizesSpec:
        return SizesSpec.of(self.checked)

    def pairs(self) -> list[tuple[str, str]]:
        segments = list(self.checked.segments)
        return [(a, b) for i, a in enumerate(segments) for b in segments[i + 1:]]

    def kpi_groups(self) -> list[exp.Expression | None]:
        """The filter of each KPI group: None (everyone), each segment, each label."""
        groups: list[exp.Expression | None] = [None]
        groups += [column(segment) for segment in self.checked.segments]
        for segmentation, labels in self.sizes.labels.items():
            groups += [label_test(segmentation, label) for label in labels]
        return groups

    def steps(self) -> list[_Step]:
        checked = self.checked
        steps = [_Step(f"sizes of {_plural(len(checked.segments), 'segment')} and "
                       f"{_plural(len(checked.segmentations), 'segmentation')}", self._sizes)]
        if len(checked.segments) >= 2:
            steps.append(_Step(f"overlap of {len(checked.segments)} segments", self._overlap))
        if self.kpis:
            steps.append(_Step(f"KPIs: {', '.join(self.kpis)}", self._kpis))
        if checked.segments:
            steps.append(_Step(f"attrition of {_plural(len(checked.segments), 'segment')}",
                               self._attrition))
        if self.from_snapshots:
            assert self.source is not None
            found = self.source.snapshots
            steps.append(_Step(f"history from {_plural(len(found), 'snapshot')}",
                               self._history_snapshots))
            if len(found) >= 2 and checked.segmentations:
                steps.append(_Step(f"transitions from {_shown(found[0])} to "
                                   f"{_shown(found[-1])} (snapshots)",
                                   self._transitions_snapshots))
        elif self.history:
            if self.strategy == "per_instant":
                steps += [_Step(f"history at {_shown(instant)}", self._history_at(instant))
                          for instant in self.history]
            else:
                steps.append(_Step(f"history at {len(self.history)} instants",
                                   self._history_batched))
            if len(self.history) >= 2 and checked.segmentations:
                steps.append(_Step(f"transitions from {_shown(self.history[0])} to "
                                   f"{_shown(self.history[-1])}", self._transitions))
        return steps

    # each step -----------------------------------------------------------
    # Sizes, overlap, KPIs, attrition (and the transitions, with their first
    # instant's sizes) are aggregates over the membership table at the as-of: the
    # first of these steps measures them all in ONE statement (_at_as_of); the
    # others find their numbers there.
    def _sizes(self, reader: Reader, results: _Results) -> None:
        self._at_as_of(reader, results)

    def _overlap(self, reader: Reader, results: _Results) -> None:
        self._at_as_of(reader, results)

    def _kpis(self, reader: Reader, results: _Results) -> None:
        self._at_as_of(reader, results)

    def _attrition(self, reader: Reader, results: _Results) -> None:
        self._at_as_of(reader, results)

    def _folds_transitions(self) -> bool:
        """Whether the transitions end at the as-of, so the one statement there can
        count them (joined to the first instant's membership)."""
        return (not self.from_snapshots and len(self.history) >= 2
                and bool(self.checked.segmentations) and self.history[-1] == self.as_of)

    def _at_as_of(self, reader: Reader, results: _Results) -> None:
        if results.done:
            return
        results.done = True
        checked, spec = self.checked, self.sizes
        attrition: AttritionPlan | None = None
        if checked.segments:
            attrition = plan_attrition(checked, list(checked.segments))
        names = list(dict.fromkeys([*spec.names, *self.kpis,
                                    *(attrition.hidden if attrition else ())]))
        # the hidden segments only add columns: compiling the extended project
        # gives every user definition as the project alone would
        query = membership_query(reader, attrition.checked if attrition else checked,
                                 self.as_of, names)
        parts: list[tuple[list[exp.Expression], Callable[[list[object]], None]]] = []

        def read_sizes(values: list[object]) -> None:
            results.sizes = spec.read(values)
            results.known[self.as_of] = results.sizes
        parts.append((spec.aggregates(), read_sizes))
        pairs = self.pairs()
        if pairs:
            def read_pairs(values: list[object]) -> None:
                results.pairs = {pair: as_int(value)
                                 for pair, value in zip(pairs, values, strict=True)}
            parts.append(([count_where(exp.And(this=column(a), expression=column(b)))
                           for a, b in pairs], read_pairs))
        if self.kpis:
            def read_kpis(values: list[object]) -> None:
                results.kpi_values = values
            parts.append((self._kpi_aggregates(), read_kpis))
        if attrition is not None:
            plan = attrition

            def read_attrition(values: list[object]) -> None:
                results.attrition = plan.results(values)
            parts.append((plan.aggregates(), read_attrition))
        source = as_source(query)
        if self._folds_transitions():
            first = self.history[0]
            earlier = membership_query(reader, checked, first, spec.names)
            source, before = hist.joined_to_earlier(query, set(names), checked.schema.key,
                                                    earlier, spec.names)
            moves = hist.TransitionSpec.of(checked, first, self.as_of)

            def read_first(values: list[object]) -> None:
                results.known[first] = spec.read(values)

            def read_moves(values: list[object]) -> None:
                results.transitions = moves.read(values)
            parts.append((spec.aggregates(before), read_first))
            parts.append((moves.aggregates(before), read_moves))
        values = run_chunked(reader, source, [item for found, _ in parts for item in found])
        position = 0
        for found, read in parts:
            read(values[position:position + len(found)])
            position += len(found)

    def _kpi_aggregates(self) -> list[exp.Expression]:
        aggregates: list[exp.Expression] = []
        for group in self.kpi_groups():
            for metric in self.kpis:
                for function in (exp.Sum, exp.Count):
                    aggregates.append(aggregate_where(
                        function, column(metric), group.copy() if group else None))
        return aggregates

    def _history_at(self, instant: dt.datetime) -> Callable[[Reader, _Results], None]:
        def run(reader: Reader, results: _Results) -> None:
            results.history += hist.history_batched(reader, self.checked, [instant],
                                                    results.known)
        return run

    def _history_batched(self, reader: Reader, results: _Results) -> None:
        results.history = hist.history_batched(reader, self.checked, self.history,
                                               results.known)

    def _history_snapshots(self, reader: Reader, results: _Results) -> None:
        assert self.source is not None
        results.history = snaps.sizes(reader, self.checked, self.source)

    def _transitions_snapshots(self, reader: Reader, results: _Results) -> None:
        assert self.source is not None
        results.transitions = snaps.transitions(reader, self.checked, self.source)

    def _transitions(self, reader: Reader, results: _Results) -> None:
        if results.transitions is None:
            results.transitions = hist.transitions(reader, self.checked, self.history[0],
                                                   self.history[-1])


def _plan(checked: CheckedProject, as_of: dt.datetime, kpis: Sequence[str] | None,
          history: Sequence[dt.datetime], strategy: str,
          source: snaps.Source | None = None) -> _Plan:
    if strategy not in hist.STRATEGIES:
        raise ValueError(f"unknown history strategy '{strategy}' "
                         f"(use {', '.join(hist.STRATEGIES)})")
    chosen = tuple(dict.fromkeys(kpis)) if kpis is not None else tuple(numeric_metrics(checked))
    return _Plan(checked, as_of, chosen, tuple(sorted(history)), strategy, source)


def count_steps(checked: CheckedProject, history: Sequence[dt.datetime] = (), *,
                kpis: Sequence[str] | None = None,
                history_strategy: str = hist.DEFAULT_STRATEGY,
                history_source: snaps.Source | None = None) -> int:
    """How many times :func:`measure` will call ``progress`` for these arguments."""
    as_of = max(history) if history else dt.datetime.now(dt.UTC)
    return len(_plan(checked, as_of, kpis, history, history_strategy,
                     history_source).steps())


def measure(reader: Reader, checked: CheckedProject, *, project: str, database: str,
            as_of: dt.datetime, kpis: Sequence[str] | None = None,
            history: Sequence[dt.datetime] = (),
            progress: Progress | None = None,
            history_strategy: str = hist.DEFAULT_STRATEGY,
            now: dt.datetime | None = None,
            history_source: snaps.Source | None = None) -> ReportData:
    """Every number of the report at ``as_of`` (and at each ``history`` instant).

    ``kpis``: the KPI metrics (default: every numeric metric); the caller checks
    them first with :func:`validate_kpis`.  ``history``: past instants (from
    :func:`~segdsl.analysis.history.history_instants`; the caller refuses them
    first if :func:`~segdsl.analysis.history.history_problem` says so).
    ``database`` is shown as given: mask passwords before.  ``now`` (default: the
    clock) decides whether ``as_of`` lies in the future, which adds a warning.
    ``history_source`` (from :func:`~segdsl.analysis.snapshots.choose`): with
    snapshots, the history and transitions are theirs and ``history`` is unused.
    """
    plan = _plan(checked, as_of, kpis, history, history_strategy, history_source)
    results = _Results()
    for step in plan.steps():
        if progress is not None:
            progress(step.description)
        step.run(reader, results)
    assert results.sizes is not None
    return _report(plan, results, project, database, reader.dialect, now)


# ------------------------------------------------------------------ assembly


def _report(plan: _Plan, results: _Results, project: str, database: str, dialect: str,
            now: dt.datetime | None) -> ReportData:
    checked = plan.checked
    sizes = results.sizes
    assert sizes is not None
    population = sizes.population
    expectations: dict[str, list[ExpectationResult]] = {}
    for result in evaluate(checked.segments, sizes.segments, population):
        expectations.setdefault(result.segment, []).append(result)
    segments = tuple(
        SegmentSize(definition(decl), sizes.segments[name], population,
                    tuple(expectations.get(name, ())))
        for name, decl in checked.segments.items())
    segmentations = tuple(
        SegmentationSizes(definition(decl), tuple(
            LabelSize(label, size, population)
            for label, size in sizes.labels[name].items()))
        for name, decl in checked.segmentations.items())
    return ReportData(
        project=project, database=database, dialect=dialect, as_of=plan.as_of,
        population=population, segments=segments, segmentations=segmentations,
        overlap=_overlap(plan, results), kpis=_kpis(plan, results),
        attrition=tuple(results.attrition), history=tuple(results.history),
        transitions=tuple(results.transitions or ()),
        history_source=_history_source(plan),
        warnings=tuple(_warnings(plan.as_of, now)), entity=checked.schema.entity)


def _history_source(plan: _Plan) -> str:
    """Where the history's numbers come from, said on the page ("" without one)."""
    if not plan.history and not plan.from_snapshots:
        return ""
    if plan.source is not None:
        return plan.source.describe()
    return snaps.REPLAYED


def definition(decl: ast.SegmentDecl | ast.SegmentationDecl) -> Definition:
    meta = decl.meta
    return Definition(
        name=decl.name, title=meta.title.value if meta.title else None,
        owner=meta.owner.value if meta.owner else None,
        tags=tuple(tag.name for tag in meta.tags), file=decl.span.file, line=decl.span.line)


def _overlap(plan: _Plan, results: _Results) -> Overlap:
    assert results.sizes is not None
    segments = tuple(plan.checked.segments)
    counts = []
    for a in segments:
        row = []
        for b in segments:
            if a == b:
                row.append(results.sizes.segments[a])
            else:
                row.append(results.pairs.get((a, b), results.pairs.get((b, a), 0)))
        counts.append(tuple(row))
    return Overlap(segments, tuple(counts))


def _kpis(plan: _Plan, results: _Results) -> Kpis:
    sizes = results.sizes
    assert sizes is not None
    values = iter(results.kpi_values)

    def group(name: str, segmentation: str | None, size: int) -> KpiGroup:
        averages: list[Decimal | None] = []
        counted: list[int] = []
        for _ in plan.kpis:
            total, count = next(values), as_int(next(values))
            averages.append(divide(_exact(total), count) if count else None)
            counted.append(count)
        return KpiGroup(name, segmentation, size, tuple(averages), tuple(counted))

    if not plan.kpis:
        empty = KpiGroup("(all)", None, sizes.population, (), ())
        return Kpis((), empty, (), ())
    population = group("(all)", None, sizes.population)
    segments = tuple(group(name, None, sizes.segments[name]) for name in plan.checked.segments)
    labels = tuple(
        group(f"{segmentation} = {label}" if label is not None
              else f"{segmentation}: (no label)", segmentation, size)
        for segmentation, found in sizes.labels.items() for label, size in found.items())
    return Kpis(plan.kpis, population, segments, labels)


def _exact(value: object) -> int | Decimal:
    """A SUM as an exact int or Decimal (drivers hand ints, Decimals or HUGEINTs)."""
    if isinstance(value, int | Decimal):
        return value
    if value is None:
        return 0
    raise TypeError(f"unexpected sum {value!r}")  # a float would be a compiler bug


def _warnings(as_of: dt.datetime, now: dt.datetime | None) -> list[str]:
    clock = now if now is not None else dt.datetime.now(dt.UTC)
    if as_of <= clock:
        return []
    return [f"the as-of {_shown(as_of)} is in the future (now: {_shown(clock)}); events "
            "after now have not happened yet, so windows reaching past now find nothing "
            "there"]


def _shown(instant: dt.datetime) -> str:
    from segdsl.timeparse import format_instant

    return format_instant(instant)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


__all__ = ["count_steps", "history_instants", "history_problem", "measure", "numeric_metrics",
           "validate_kpis"]
