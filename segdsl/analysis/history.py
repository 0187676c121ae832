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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlglot import exp

from segdsl.analysis.model import HistoryPoint, Transition
from segdsl.analysis.sizes import Sizes, SizesSpec, labels_of
from segdsl.analysis.sqlparts import (
    MEMBERS,
    as_int,
    as_source,
    at_instant,
    chunks,
    column,
    count_where,
    label_test,
    membership_query,
    renamed,
    run,
    run_chunked,
)
from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader
from segdsl.timeparse import engine_instant

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


def shift_back(instant: dt.datetime, amount: int, unit: str, zone: str = "UTC"
               ) -> dt.datetime:
    """``instant - amount unit``: fixed lengths for minutes to weeks, calendar steps
    for months and years, clamped at the end of the month (SPEC 3.6:
    2026-03-31 - 1 month = 2026-02-28).  In a project with a time zone (SPEC 11)
    days to years step the local wall clock, read back as the language's
    ``N UNIT ago`` is (a skipped or repeated time with the offset before the
    switch), so monthly snapshots stay at the same local time of day."""
    name = unit_name(unit)
    if zone != "UTC" and name not in ("minute", "hour"):
        from segdsl.timecontext import zone_info

        info = zone_info(zone)
        wall = instant.astimezone(info).replace(tzinfo=None)
        stepped = shift_back(wall, amount, name)
        return stepped.replace(tzinfo=info, fold=0).astimezone(dt.UTC)
    if name in _FIXED:
        return instant - _FIXED[name] * amount
    months = amount * (12 if name == "year" else 1)
    index = instant.year * 12 + (instant.month - 1) - months
    year, month = divmod(index, 12)
    day = min(instant.day, calendar.monthrange(year, month + 1)[1])
    return instant.replace(year=year, month=month + 1, day=day)


def history_instants(as_of: dt.datetime, span_count: int, span_unit: str,
                     every_unit: str, zone: str = "UTC") -> list[dt.datetime]:
    """The instants of ``--history N UNIT --every UNIT``, oldest first, ending at
    ``as_of``: ``as_of - k * every`` for k = 0, 1, ... while not before
    ``as_of - N UNIT``.  Each is counted back from ``as_of`` (not from its
    neighbour), so monthly steps from 31 March give 28 February, 31 January, 31
    December.  Raises ValueError (a message for ``--history``/``--every``) for a
    bad unit, a count below 1, a step longer than the span or more than
    :data:`MAX_INSTANTS` instants."""
    if span_count < 1:
        raise ValueError(f"--history {span_count} {span_unit}: the span must be at least 1")
    start = shift_back(as_of, span_count, span_unit, zone)
    every = unit_name(every_unit)
    if shift_back(as_of, 1, every, zone) < start:
        raise ValueError(f"--every {every_unit} is longer than --history {span_count} "
                         f"{span_unit}; choose a shorter step")
    instants: list[dt.datetime] = []
    step = 0
    while True:
        instant = shift_back(as_of, step, every, zone)
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
    from segdsl.compile.pipeline import default_names
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
        _, rows = reader.query(query.sql(dialect=reader.sql_dialect))
        found = [engine_instant(value) for value in (rows[0] if rows else ())]
        present = [value for value in found if value is not None]
        earliest[table] = min(present) if present else None
    return earliest


# ------------------------------------------------------------------ sizes


def _point(instant: dt.datetime, sizes: Sizes) -> HistoryPoint:
    return HistoryPoint(instant, sizes.population, sizes.segments, sizes.labels)


def memberships(reader: Reader, checked: CheckedProject, names: Sequence[str],
                instants: Sequence[dt.datetime]) -> list[exp.Query]:
    """The membership of ``names`` at each instant: compiled at the first, moved to
    the others by swapping the as-of (the same SQL, see tests/test_as_of_swap.py)."""
    if not instants:
        return []
    first = membership_query(reader, checked, instants[0], names)
    return [first, *(at_instant(reader, first, instant) for instant in instants[1:])]


def history_per_instant(reader: Reader, checked: CheckedProject,
                        instants: Sequence[dt.datetime]) -> list[HistoryPoint]:
    """Strategy ``per_instant``: one query per instant."""
    spec = SizesSpec.of(checked)
    return [_point(instant, spec.read(run_chunked(reader, as_source(query), spec.aggregates())))
            for instant, query in zip(instants, memberships(reader, checked, spec.names,
                                                            instants), strict=True)]


def history_batched(reader: Reader, checked: CheckedProject, instants: Sequence[dt.datetime],
                    known: Mapping[dt.datetime, Sizes] | None = None) -> list[HistoryPoint]:
    """Strategy ``batched``: ``SELECT i, <sizes> FROM (membership at instant i)``
    for every instant, joined by ``UNION ALL`` into one statement.  ``known``:
    sizes already measured (the report's as-of), not measured again."""
    spec = SizesSpec.of(checked)
    found = dict(known or {})
    missing = [instant for instant in dict.fromkeys(instants) if instant not in found]
    sources = [as_source(query) for query in memberships(reader, checked, spec.names, missing)]
    values: list[list[object]] = [[] for _ in missing]
    parts = chunks(spec.aggregates())
    for chunk in parts if sources else []:
        union: exp.Query | None = None
        for index, source in enumerate(sources):
            part = exp.select(exp.alias_(exp.Literal.number(index), "i", quoted=True),
                              *(item.copy() for item in chunk)).from_(
                source.copy() if len(parts) > 1 else source, copy=False)
            union = part if union is None else exp.union(union, part, distinct=False,
                                                         copy=False)
        assert union is not None
        for row in run(reader, union):
            values[as_int(row[0])].extend(row[1:])
    found.update((instant, spec.read(got)) for instant, got in zip(missing, values,
                                                                   strict=True))
    return [_point(instant, found[instant]) for instant in instants]


def measure_history(reader: Reader, checked: CheckedProject, instants: Sequence[dt.datetime],
                    strategy: str = DEFAULT_STRATEGY) -> list[HistoryPoint]:
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown history strategy '{strategy}' (use {', '.join(STRATEGIES)})")
    if strategy == "per_instant":
        return history_per_instant(reader, checked, instants)
    return history_batched(reader, checked, instants)


# ------------------------------------------------------------------ transitions


@dataclass(frozen=True, slots=True)
class TransitionSpec:
    """Counting each segmentation's (label then, label now) pairs as aggregates over
    a membership table at ``last`` joined on the key to one at ``first`` whose
    columns are renamed (``before``: segmentation -> column)."""

    labels: dict[str, tuple[str | None, ...]]
    first: dt.datetime
    last: dt.datetime

    @staticmethod
    def of(checked: CheckedProject, first: dt.datetime, last: dt.datetime) -> TransitionSpec:
        return TransitionSpec({name: labels_of(checked, name) for name in checked.segmentations},
                              first, last)

    def aggregates(self, before: Mapping[str, str]) -> list[exp.Expression]:
        return [count_where(exp.And(this=label_test(before[name], source),
                                    expression=label_test(name, target)))
                for name, labels in self.labels.items()
                for source in labels for target in labels]

    def read(self, values: Sequence[object]) -> list[Transition]:
        counts = iter(as_int(value) for value in values)
        return [Transition(name, self.first, self.last, labels, tuple(
                    tuple(next(counts) for _ in labels) for _ in labels))
                for name, labels in self.labels.items()]


def joined_to_earlier(now: exp.Query, taken: set[str], key: str,
                      earlier: exp.Query, columns: Sequence[str]
                      ) -> tuple[exp.Subquery, dict[str, str]]:
    """``(SELECT * FROM (now) AS m LEFT JOIN (earlier, columns renamed) AS f ON the
    key) AS m``, and column -> its name in ``earlier``'s part.  ``taken``: the
    column names of ``now``.  Keys are unique (SPEC 2), so the join keeps one row
    per customer; ``LEFT`` keeps the sizes at ``now`` right whatever the keys."""
    before, names = renamed(earlier, [key, *columns], taken | {key}, "f")
    joined = exp.select(exp.Star()).from_(as_source(now), copy=False).join(
        before, on=exp.EQ(this=column(key, MEMBERS), expression=column(names[key], "f")),
        join_type="LEFT", copy=False)
    return as_source(joined), names


def transitions(reader: Reader, checked: CheckedProject, first: dt.datetime,
                last: dt.datetime) -> list[Transition]:
    """Each segmentation's label at ``first`` against its label at ``last``, per
    customer, counted: one statement joining both instants' membership on the key."""
    names = list(checked.segmentations)
    if not names:
        return []
    spec = TransitionSpec.of(checked, first, last)
    before, after = memberships(reader, checked, names, [first, last])
    source, renamed_columns = joined_to_earlier(after, set(names),
                                                checked.schema.key, before, names)
    return spec.read(run_chunked(reader, source, spec.aggregates(renamed_columns)))
