"""Choosing the source of ``segdsl changes`` and running it.

Snapshots when the history table is there, has a column for every definition
asked for, and has a snapshot at or before ``--from``; otherwise both instants
are evaluated (events replayed, attributes as they are now) and the reason is
kept for the one line the command prints.  Both sides always come from the same
source.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlglot import exp

from segdsl.analysis.history import memberships
from segdsl.analysis.sqlparts import as_int, render
from segdsl.changes import history_table
from segdsl.changes.diff_sql import changes_query
from segdsl.changes.history_table import SEGMENT, History, HistoryError
from segdsl.changes.model import (
    EVALUATION,
    SNAPSHOTS,
    ChangeRow,
    Changes,
    Source,
)
from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader
from segdsl.timeparse import format_instant


@dataclass(frozen=True)
class Request:
    """What to compare: ``definitions`` (``(name, kind)`` in output order), from
    ``start`` (None: ``--from previous``, the snapshot before the latest) to
    ``end``, with the history table named ``table``."""

    definitions: Sequence[tuple[str, str]]
    start: dt.datetime | None
    end: dt.datetime
    table: str


def compute(reader: Reader, checked: CheckedProject, request: Request) -> Changes:
    """The changes, from snapshots where possible, else by evaluation.  Their
    rows stream from the database: read them (once) before ``reader`` closes.

    Raises :class:`HistoryError` for a history table that cannot be read as one
    (wrong column types, too few snapshots for ``--from previous``) or an
    ``--from previous`` later than ``--to``.
    """
    history = history_table.find(reader, request.table)
    start = request.start
    if start is None:
        start = _previous(reader, history, request)
    if history is None:
        reason = f"there is no history table {request.table}"
        return _evaluated(reader, checked, request, start, reason)
    key = checked.schema.key
    missing = history_table.check_columns(history, key, request.definitions, reader.dialect)
    if missing:
        kinds = dict(request.definitions)
        named = ", ".join(f"{kinds[name]} {name}" for name in missing)
        reason = (f"the history table {request.table} has no column for {named} "
                  "(defined after the snapshots were taken?)")
        return _evaluated(reader, checked, request, start, reason)
    first, last, earliest = history_table.snapshots_for(reader, history, start, request.end)
    if first is None or last is None:
        if earliest is None:
            reason = f"the history table {request.table} holds no snapshot"
        else:
            reason = (f"the history table {request.table} has no snapshot at or before "
                      f"--from {format_instant(start)} (the earliest is "
                      f"{format_instant(earliest)})")
        return _evaluated(reader, checked, request, start, reason)
    return _from_snapshots(reader, checked, request, history, start, (first, last))


def _previous(reader: Reader, history: History | None, request: Request) -> dt.datetime:
    """``--from previous``: the as-of of the snapshot before the latest."""
    found = history_table.latest_two(reader, history) if history is not None else []
    if len(found) < 2:
        where = (f"there is no history table {request.table}" if history is None
                 else f"the history table {request.table} holds {len(found)} snapshot"
                 + ("" if len(found) == 1 else "s"))
        raise HistoryError(f"--from previous needs two snapshots, but {where}; "
                           "give --from TS instead")
    previous = found[1]
    if previous > request.end:
        raise HistoryError(f"--from previous is {format_instant(previous)}, later than "
                           f"--to {format_instant(request.end)}")
    return previous


def _from_snapshots(reader: Reader, checked: CheckedProject, request: Request,
                    history: History, start: dt.datetime,
                    snapshots: tuple[dt.datetime, dt.datetime]) -> Changes:
    key = checked.schema.key
    names = [name for name, _ in request.definitions]
    before = history_table.snapshot_query(history, key, names, snapshots[0])
    after = history_table.snapshot_query(history, key, names, snapshots[1])
    segments = [name for name, kind in request.definitions if kind == SEGMENT]
    found = history_table.inspect(reader, history, key, segments, snapshots)
    for at, rows_there, keys_there in zip(snapshots, found.rows, found.keys, strict=True):
        if rows_there != keys_there:
            raise HistoryError(
                f"the snapshot of {format_instant(at)} in {request.table} holds "
                f"{rows_there} rows for {keys_there} keys: a key is there more than once "
                "(a snapshot written twice?); remove the extra rows")
    notes: list[str] = []
    if snapshots[0] != snapshots[1]:
        notes.extend(f"segment {name} has no values in the snapshot of "
                     f"{format_instant(snapshots[0])} (defined later): all its members "
                     "count as entered" for name in found.absent_then)
        notes.extend(f"segment {name} has no values in the snapshot of "
                     f"{format_instant(snapshots[1])} (removed then): all its members "
                     "count as left" for name in found.absent_now)
    rows = _run(reader, before, after, key, request.definitions)
    source = Source(SNAPSHOTS, request.table, snapshots)
    return Changes(start, request.end, source, request.definitions, rows, tuple(notes))


def _evaluated(reader: Reader, checked: CheckedProject, request: Request,
               start: dt.datetime, reason: str) -> Changes:
    """Both instants' memberships (compiled once, moved to the second instant by
    swapping the as-of: ``analysis.history.memberships``) compared in one
    statement."""
    names = [name for name, _ in request.definitions]
    before, after = memberships(reader, checked, names, [start, request.end])
    rows = _run(reader, before, after, checked.schema.key, request.definitions)
    source = Source(EVALUATION, request.table, None, reason)
    return Changes(start, request.end, source, request.definitions, rows)


def _run(reader: Reader, before: exp.Query, after: exp.Query, key: str,
         definitions: Sequence[tuple[str, str]]) -> Iterator[ChangeRow]:
    """The change rows, named again from the statement's narrow ones, as the
    engine streams them (a batch at a time: a first sync of a million rows is
    never held in memory, docs/performance.md).  The statement runs now; the
    rows are read while the reader is open."""
    query = changes_query(before, after, key, definitions, reader.dialect,
                          collate_c=reader.text_key,
                          code_point_order=reader.code_point_order)
    _, rows = reader.stream(render(reader, query))
    return _named(rows, [(str(name), str(kind)) for name, kind in definitions])


def _named(rows: Iterator[tuple[object, ...]], names: Sequence[tuple[str, str]]
           ) -> Iterator[ChangeRow]:
    for index, member, entered, old, new in rows:
        name, kind = names[as_int(index)]
        if entered is None:
            yield (name, kind, member, "relabeled",
                   None if old is None else str(old), None if new is None else str(new))
        else:
            yield (name, kind, member, "entered" if entered else "left", None, None)
