"""Sizes over time and label transitions, evaluated at past as-of instants.

Events replay history (an event counts at an instant only if it happened
before it); attributes have no history and are read as they are now (SPEC 4.1),
so the population is the same at every instant.

Two ways to measure sizes at many instants, kept side by side for
bench/bench_history.py (figures in docs/performance.md):

* ``per_instant``: one aggregate query per instant;
* ``batched``: one statement, the per-instant aggregates joined by ``UNION ALL``,
  so the engine plans (and on several cores, runs) all instants at once.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from sqlglot import exp

from segdsl.analysis.model import HistoryPoint, Transition
from segdsl.analysis.sizes import Sizes, SizesSpec, labels_of
from segdsl.analysis.sqlparts import (
    as_int,
    chunks,
    column,
    membership_from,
    membership_query,
    run,
)
from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader

STRATEGIES = ("batched", "per_instant")
DEFAULT_STRATEGY = "batched"
# More instants than this is surely a mistake (--every minute over a year).
MAX_INSTANTS = 1000
_UNITS = ("minute", "hour", "day", "week", "month", "year")
_FIXED = {"minute": dt.timedelta(minutes=1), "hour": dt.timedelta(hours=1),
          "day": dt.timedelta(days=1), "week": dt.timedelta(weeks=1)}


# ------------------------------------------------------------------ instants


def unit_name(unit: str) -> str:
    """``days`` or ``day`` -> ``day``; raises ValueError for anything else."""
    name = unit.strip().lower()
    name = name[:-1] if name.endswith("s") else name
    if name not in _UNITS:
        raise ValueError(f"'{unit}' is not a time unit (use one of {', '.join(_UNITS)})")
    return name


def shift_back(instant: dt.datetime, amount: int, unit: str) -> dt.datetime:
    """``instant - amount unit``: fixed lengths for minutes to weeks, calendar steps
    for months and years, clamped at the end of the month (SPEC 3.6:
    2026-03-31 - 1 month = 2026-02-28)."""
    name = unit_name(unit)
    if name in _FIXED:
        return instant - _FIXED[name] * amount
    months = amount * (12 if name == "year" else 1)
    index = instant.year * 12 + (instant.month - 1) - months
    year, month = divmod(index, 12)
    day = min(instant.day, calendar.monthrange(year, month + 1)[1])
    return instant.replace(year=year, month=month + 1, day=day)


def history_instants(as_of: dt.datetime, span_count: int, span_unit: str,
                     every_unit: str) -> list[dt.datetime]:
    """The instants of ``--history N UNIT --every UNIT``, oldest first, ending at
    ``as_of``: ``as_of - k * every`` for k = 0, 1, ... while not before
    ``as_of - N UNIT``.  Each is counted back from ``as_of`` (not from its
    neighbour), so monthly steps from 31 March give 28 February, 31 January, 31
    December.  Raises ValueError (a message for ``--history``/``--every``) for a
    bad unit, a count below 1, a step longer than the span or more than
    :data:`MAX_INSTANTS` instants."""
    if span_count < 1:
        raise ValueError(f"--history {span_count} {span_unit}: the span must be at least 1")
    start = shift_back(as_of, span_count, span_unit)
    every = unit_name(every_unit)
    if shift_back(as_of, 1, every) < start:
        raise ValueError(f"--every {every_unit} is longer than --history {span_count} "
                         f"{span_unit}; choose a shorter step")
    instants: list[dt.datetime] = []
    step = 0
    while True:
        instant = shift_back(as_of, step, every)
        if instant < start:
            break
        instants.append(instant)
        if len(instants) > MAX_INSTANTS:
            raise ValueError(f"--history {span_count} {span_unit} --every {every_unit} "
                             f"gives more than {MAX_INSTANTS} instants; choose a longer step")
        step += 1
    instants.reverse()
    return instants


def history_problem(reader: Reader, checked: CheckedProject,
                    instants: Sequence[dt.datetime]) -> str | None:
    """Why the history cannot be shown (the caller refuses it, exit 2), or None.

    The oldest instant must come after the earliest event of at least one event
    table the definitions read: before that, every event condition would find
    nothing and the history would only show the data's start.  Event tables that
    are empty are left out; with no events anywhere there is nothing to judge.
    """
    if not instants:
        return None
    from segdsl.check.usage import schema_read_by
    from segdsl.compile.sql import default_names
    from segdsl.timeparse import format_instant

    read = schema_read_by(checked, default_names(checked))
    earliest = _earliest_events(reader, read)
    known = [(time, table) for table, time in earliest.items() if time is not None]
    if not known:
        return None
    time, table = min(known)
    first = min(instants)
    if first > time:
        return None
    return (f"--history reaches back to {format_instant(first)}, not after the earliest "
            f"event ({format_instant(time)} in {table}); no event would count there, so "
            "shorten --history or choose a later --as-of")


def _earliest_events(reader: Reader, schema: object) -> dict[str, dt.datetime | None]:
    from segdsl.project.model import Schema

    assert isinstance(schema, Schema)
    columns: dict[str, list[str]] = {}
    for event in schema.events.values():
        listed = columns.setdefault(event.table, [])
        if event.time not in listed:
            listed.append(event.time)
    earliest: dict[str, dt.datetime | None] = {}
    for table, times in columns.items():
        query = exp.select(*(exp.Min(this=column(time)) for time in times)).from_(
            reader.table_expression(table))
        _, rows = reader.query(query.sql(dialect=reader.dialect))
        found = [_instant(value) for value in (rows[0] if rows else ())]
        present = [value for value in found if value is not None]
        earliest[table] = min(present) if present else None
    return earliest


def _instant(value: object) -> dt.datetime | None:
    """A min() result as an aware UTC datetime (naive values hold UTC)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    return None


# ------------------------------------------------------------------ sizes


def _point(instant: dt.datetime, sizes: Sizes) -> HistoryPoint:
    return HistoryPoint(instant, sizes.population, sizes.segments, sizes.labels)


def sizes_at(reader: Reader, checked: CheckedProject, spec: SizesSpec,
             instant: dt.datetime) -> Sizes:
    """Every size at one instant: one query (more only past MAX_COLUMNS)."""
    from segdsl.analysis.sqlparts import run_chunked

    source = membership_from(reader, checked, instant, spec.names)
    return spec.read(run_chunked(reader, source, spec.aggregates()))


def history_per_instant(reader: Reader, checked: CheckedProject,
                        instants: Sequence[dt.datetime]) -> list[HistoryPoint]:
    """Strategy ``per_instant``: one query per instant."""
    spec = SizesSpec.of(checked)
    return [_point(instant, sizes_at(reader, checked, spec, instant)) for instant in instants]


def history_batched(reader: Reader, checked: CheckedProject,
                    instants: Sequence[dt.datetime]) -> list[HistoryPoint]:
    """Strategy ``batched``: ``SELECT i, <sizes> FROM (membership at instant i)``
    for every instant, joined by ``UNION ALL`` into one statement."""
    spec = SizesSpec.of(checked)
    if not instants:
        return []
    sources = [membership_from(reader, checked, instant, spec.names) for instant in instants]
    values: list[list[object]] = [[] for _ in instants]
    for chunk in chunks(spec.aggregates()):
        union: exp.Query | None = None
        for index, source in enumerate(sources):
            part = exp.select(exp.alias_(exp.Literal.number(index), "i", quoted=True),
                              *(item.copy() for item in chunk)).from_(source.copy(), copy=False)
            union = part if union is None else exp.union(union, part, distinct=False,
                                                         copy=False)
        assert union is not None
        for row in run(reader, union):
            values[as_int(row[0])].extend(row[1:])
    return [_point(instant, spec.read(found)) for instant, found in zip(instants, values,
                                                                        strict=True)]


def measure_history(reader: Reader, checked: CheckedProject, instants: Sequence[dt.datetime],
                    strategy: str = DEFAULT_STRATEGY) -> list[HistoryPoint]:
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown history strategy '{strategy}' (use {', '.join(STRATEGIES)})")
    if strategy == "per_instant":
        return history_per_instant(reader, checked, instants)
    return history_batched(reader, checked, instants)


# ------------------------------------------------------------------ transitions


def transitions(reader: Reader, checked: CheckedProject, first: dt.datetime,
                last: dt.datetime) -> list[Transition]:
    """Each segmentation's label at ``first`` against its label at ``last``, per
    customer, counted: one statement joining both instants' membership on the key.

    ``WITH j AS MATERIALIZED (SELECT f.s AS f0, l.s AS l0, ... FROM f JOIN l ON
    key)`` then one ``GROUP BY f_k, l_k`` per segmentation, joined by ``UNION ALL``.
    """
    names = list(checked.segmentations)
    if not names:
        return []
    key = checked.schema.key
    before = membership_query(reader, checked, first, names).subquery(
        exp.to_identifier("f", quoted=True), copy=False)
    after = membership_query(reader, checked, last, names).subquery(
        exp.to_identifier("l", quoted=True), copy=False)
    pairs = exp.select(*(
        item for index, name in enumerate(names) for item in (
            exp.alias_(column(name, "f"), f"f{index}", quoted=True),
            exp.alias_(column(name, "l"), f"l{index}", quoted=True))
    )).from_(before, copy=False).join(
        after, on=exp.EQ(this=column(key, "f"), expression=column(key, "l")),
        join_type="INNER", copy=False)
    union: exp.Query | None = None
    for index in range(len(names)):
        part = (exp.select(exp.alias_(exp.Literal.number(index), "s", quoted=True),
                           column(f"f{index}"), column(f"l{index}"),
                           exp.Count(this=exp.Star()))
                .from_(exp.Table(this=exp.to_identifier("j", quoted=True)), copy=False)
                .group_by(column(f"f{index}"), column(f"l{index}"), copy=False))
        union = part if union is None else exp.union(union, part, distinct=False, copy=False)
    assert union is not None
    query = exp.select(exp.Star()).from_(union.subquery("u"), copy=False).with_(
        exp.to_identifier("j", quoted=True), as_=pairs, materialized=True, copy=False)
    rows = run(reader, query)
    found: list[Transition] = []
    for index, name in enumerate(names):
        labels = labels_of(checked, name)
        position = {label: at for at, label in enumerate(labels)}
        counts = [[0] * len(labels) for _ in labels]
        for segmentation, source, target, count in rows:
            if as_int(segmentation) == index:
                counts[position[_label(source)]][position[_label(target)]] += as_int(count)
        found.append(Transition(name, first, last, labels,
                                tuple(tuple(row) for row in counts)))
    return found


def _label(value: object) -> str | None:
    return None if value is None else str(value)
