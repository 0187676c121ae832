"""``report --history`` from the snapshots of ``materialize --snapshot``.

When the history table (segdsl/changes/history_table.py, which finds and checks
it: shared with ``segdsl changes``) holds snapshots taken within the asked span,
the report's sizes over time are those snapshots' sizes (real ones: attribute
changes and customers since deleted count), one point per snapshot, and the
label transitions run from the span's first snapshot to its last.  Otherwise the
past is replayed from events (analysis/history.py) and :class:`Source` says why.

Everything is counted in SQL over the history table: the sizes of every snapshot
in one ``GROUP BY segdsl_as_of`` aggregate, the transitions in one aggregate over
the two snapshots joined on the key.  No history row is read into Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlglot import exp

from segdsl.analysis.history import TransitionSpec, joined_to_earlier
from segdsl.analysis.model import HistoryPoint, Transition
from segdsl.analysis.sizes import SizesSpec
from segdsl.analysis.sqlparts import as_int, chunks, column, run, run_chunked
from segdsl.changes import history_table
from segdsl.changes.history_table import (
    AS_OF_COLUMN,
    SEGMENT,
    SEGMENTATION,
    History,
    HistoryError,
)
from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader
from segdsl.timeparse import engine_instant, format_instant

REPLAYED = "replayed from events; attributes as they are now"


@dataclass(frozen=True)
class Source:
    """Where the history comes from: ``snapshots`` (their as-ofs, oldest first)
    in ``table``, or none and the ``reason`` it is replayed."""

    table: str
    snapshots: tuple[dt.datetime, ...] = ()
    reason: str = ""
    history: History | None = None

    @property
    def from_snapshots(self) -> bool:
        return bool(self.snapshots)

    def describe(self) -> str:
        """The one line the page and the terminal show."""
        if self.from_snapshots:
            count = len(self.snapshots)
            return f"from {count} snapshot{'s' if count != 1 else ''} in {self.table}"
        return f"{REPLAYED} ({self.reason})"


def choose(reader: Reader, checked: CheckedProject, table: str, start: dt.datetime,
           end: dt.datetime) -> Source:
    """The snapshots of ``table`` taken from ``start`` to ``end`` (both included),
    or why there are none to use.  Raises :class:`HistoryError` for a table whose
    columns were changed by hand (as ``changes`` does)."""
    history = history_table.find(reader, table)
    if history is None:
        return Source(table, reason=f"there is no history table {table}")
    kinds = [*((name, SEGMENT) for name in checked.segments),
             *((name, SEGMENTATION) for name in checked.segmentations)]
    missing = history_table.check_columns(history, checked.schema.key, kinds, reader.dialect)
    if missing:
        named = ", ".join(missing)
        return Source(table, reason=f"the history table {table} has no column for {named} "
                      "(defined after the snapshots were taken?)")
    as_of = column(AS_OF_COLUMN)
    query = (exp.select(as_of).from_(history.table.copy()).where(_within(start, end))
             .group_by(as_of.copy()).order_by(as_of.copy()))
    found = [engine_instant(row[0]) for row in run(reader, query)]
    snapshots = tuple(instant for instant in found if instant is not None)
    if not snapshots:
        return Source(table, reason=f"the history table {table} holds no snapshot from "
                      f"{format_instant(start)} to {format_instant(end)}")
    return Source(table, snapshots, history=history)


def _within(start: dt.datetime, end: dt.datetime) -> exp.Expression:
    return exp.Between(this=column(AS_OF_COLUMN),
                       low=history_table.instant_literal(start),
                       high=history_table.instant_literal(end))


def sizes(reader: Reader, checked: CheckedProject, source: Source) -> list[HistoryPoint]:
    """Each snapshot's sizes: ``SELECT segdsl_as_of, COUNT(*), COUNT(DISTINCT key),
    <sizes> FROM history WHERE segdsl_as_of BETWEEN first AND last GROUP BY
    segdsl_as_of`` (one statement, more only past MAX_COLUMNS).  A NULL in a
    definition's column (added after that snapshot) counts as no member / no label."""
    history = source.history
    assert history is not None and source.snapshots
    spec = SizesSpec.of(checked)
    key = checked.schema.key
    aggregates = [exp.Count(this=exp.Distinct(expressions=[column(key)])),
                  *spec.aggregates()]
    values: dict[dt.datetime, list[object]] = {}
    for chunk in chunks(aggregates):
        query = (exp.select(column(AS_OF_COLUMN), *chunk).from_(history.table.copy())
                 .where(_within(source.snapshots[0], source.snapshots[-1]))
                 .group_by(column(AS_OF_COLUMN)))
        for row in run(reader, query):
            instant = engine_instant(row[0])
            assert instant is not None
            values.setdefault(instant, []).extend(row[1:])
    points: list[HistoryPoint] = []
    for instant in sorted(values):
        keys, *counts = values[instant]
        found = spec.read(counts)
        if as_int(keys) != found.population:
            raise HistoryError(
                f"the snapshot of {format_instant(instant)} in {source.table} holds "
                f"{found.population} rows for {as_int(keys)} keys: a key is there more "
                "than once (a snapshot written twice?); remove the extra rows")
        points.append(HistoryPoint(instant, found.population, found.segments, found.labels))
    return points


def transitions(reader: Reader, checked: CheckedProject, source: Source) -> list[Transition]:
    """Each segmentation's label in the first snapshot against the last, per key
    of the last one (a key missing from the first, a customer added since, has no
    label there, as in the replayed transitions): one statement over the two
    snapshots joined on the key."""
    names: Sequence[str] = list(checked.segmentations)
    if not names or len(source.snapshots) < 2:
        return []
    history = source.history
    assert history is not None
    first, last = source.snapshots[0], source.snapshots[-1]
    key = checked.schema.key
    spec = TransitionSpec.of(checked, first, last)
    before = history_table.snapshot_query(history, key, names, first)
    after = history_table.snapshot_query(history, key, names, last)
    joined, renamed = joined_to_earlier(after, set(names), key, before, names)
    return spec.read(run_chunked(reader, joined, spec.aggregates(renamed)))
