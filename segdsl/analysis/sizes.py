"""Measuring segment sizes and the population, for judging expectations.

Three ways in, whichever the caller already has, so that a run measures in the
pass it makes anyway where it can:

* the membership rows themselves (``run --all``, a fixture case):
  :func:`sizes_from_rows` counts the TRUE cells of each segment column and the
  population is the number of rows (one row per entity row, SPEC 6);
* a segment's member rows (``run SEGMENT``): their number is the size, and
  :func:`population_query` counts the entity table;
* nothing (``run --out``, whose rows go to a file): :func:`count_query` wraps the
  membership query in one aggregate pass that returns the population and every
  segment's size.

Queries are sqlglot expressions rendered in the reader's dialect; definition names
are always quoted identifiers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlglot import exp


def sizes_from_rows(columns: Sequence[str], rows: Iterable[Sequence[object]],
                    segments: Sequence[str]) -> tuple[dict[str, int], int]:
    """Each segment's member count in a membership result, and its row count."""
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


def count_query(membership_sql: str, segments: Sequence[str], dialect: str) -> str:
    """``SELECT COUNT(*), COUNT(CASE WHEN "s" THEN 1 END), ... FROM (<membership>)``.

    The first column is the population, then one size per segment in ``segments``
    order (read by position: a segment may be called ``population``).
    """
    import sqlglot

    inner = sqlglot.parse_one(membership_sql, dialect=dialect)
    assert isinstance(inner, exp.Query)
    counts: list[exp.Expression] = [exp.Count(this=exp.Star())]
    for name in segments:
        member = exp.Case(ifs=[exp.If(this=exp.column(exp.to_identifier(name, quoted=True)),
                                      true=exp.Literal.number(1))])
        counts.append(exp.Count(this=member))
    query = exp.select(*counts).from_(inner.subquery(exp.to_identifier("members", quoted=True)))
    return query.sql(dialect=dialect)


def read_counts(row: Sequence[object], segments: Sequence[str]) -> tuple[dict[str, int], int]:
    """The sizes and population of :func:`count_query`'s one row."""
    population = _count(row[0])
    return {name: _count(row[index]) for index, name in enumerate(segments, start=1)}, population


def now_query() -> exp.Select:
    """``SELECT CURRENT_TIMESTAMP``: to pin "now" when one run makes two queries."""
    return exp.select(exp.CurrentTimestamp())


def as_utc(value: object) -> dt.datetime:
    """A timestamp from an engine (naive UTC or aware) as an aware UTC datetime."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"expected a timestamp, got {value!r}")
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _count(value: object) -> int:
    # COUNT is BIGINT everywhere; a driver may still hand back a Decimal.
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return int(value)
    raise TypeError(f"expected a count, got {value!r}")
