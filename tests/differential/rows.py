"""Random fixture rows for a :class:`~differential.schemas.SchemaSpec`.

Small tables (0-8 entities, 0-15 rows per event) biased toward what breaks
compilers: times exactly on window edges and at as-of (from the
:class:`~differential.timepool.TimePool`), leap days and month ends, ties in time
and in value (for first/last and ranking), missing values, empty tables, events
whose key matches no entity row, duplicate event rows, dangling relation keys.

Numbers are multiples of 1/4: sums and differences of them are exact in binary
floating point and in NUMERIC alike, so a tie in a ranked sum is a tie on every
engine (an inexact double sum is not a compiler bug; see FOUND.md for how the
tests treat inexact division).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hypothesis import strategies as st

from differential.definitions import STRINGS
from differential.schemas import FieldSpec, SchemaSpec
from differential.timepool import TimePool

Rows = dict[str, list[dict[str, object]]]  # physical table -> rows (column -> value)

ENTITY_KEYS = ("c1", "c2", "c3", "c4", "C1", "c'5", "c 6", "c7", "c8", "c9")
UNKNOWN_KEYS = ("nobody", "c1 ")  # match no entity row (SPEC 4.1: ignored)
ACCOUNT_KEYS = ("a1", "a2", "a3")
# Event rows without a time (one in twenty).  SPEC 4.1 says events "at or after
# as-of are ignored"; an event with no time is neither, and every engine must still
# agree on it.
NULL_EVENT_TIMES = True


# Strategies are built once: building one per drawn value dominated the run time.
_MISSING = st.integers(0, 4)
# A line break and non-ASCII letters among the characters, so `matches` meets them.
_STRING = st.sampled_from(STRINGS) | st.text(st.sampled_from(list("aAbB_%ä é\n-")),
                                             max_size=3)
_BY_TYPE: dict[str, st.SearchStrategy[object]] = {
    "string": _STRING,
    "integer": st.sampled_from((0, 1, 2, 3, -1, 7, 10, 100, 18, 30)),
    "number": st.integers(-8, 400).map(lambda quarters: quarters / 4),
    "boolean": st.booleans(),
}
_ENUMS: dict[tuple[str, ...], st.SearchStrategy[object]] = {}


def _value(draw: st.DrawFn, field: FieldSpec, pool: TimePool) -> object:
    """A value of the field's type, or None (missing) one time in five."""
    if draw(_MISSING) == 0:
        return None
    if field.values is not None:
        # Mostly allowed values; now and then one the enum does not list (a column
        # holds whatever the warehouse has).
        if field.values not in _ENUMS:
            _ENUMS[field.values] = st.sampled_from((*field.values, "zz"))
        return draw(_ENUMS[field.values])
    if field.type == "date":
        return draw(pool.date())
    if field.type == "timestamp":
        return draw(pool.instant())
    return draw(_BY_TYPE[field.type])


@dataclass(frozen=True)
class Fixture:
    as_of: dt.datetime
    tables: Mapping[str, Sequence[Mapping[str, object]]]

    def yaml(self) -> str:
        """The rows as YAML-ish text for a reproduction (FOUND.md)."""
        lines = [f"as_of: {self.as_of.isoformat()}"]
        for table, rows in self.tables.items():
            lines.append(f"{table}:")
            lines += [f"  - {dict(row)!r}" for row in rows]
        return "\n".join(lines)


@st.composite
def fixtures(draw: st.DrawFn, spec: SchemaSpec, pool: TimePool) -> Fixture:
    tables: Rows = {}
    # An empty entity table one time in ten; otherwise enough customers for
    # ranking and ties to mean something.
    # (Hypothesis draws the low end of a range often, so the rare case is the top.)
    size = 0 if draw(st.integers(0, 15)) == 15 else draw(st.integers(2, 8))
    keys = draw(st.lists(st.sampled_from(ENTITY_KEYS), min_size=size, max_size=size,
                         unique=True))
    entity: list[dict[str, object]] = []
    for key in keys:
        row: dict[str, object] = {spec.key: key}
        for field in spec.attributes:
            row[field.column] = _value(draw, field, pool)
        for relation in spec.relations:
            row[relation.via] = draw(st.sampled_from((*ACCOUNT_KEYS, "a9", None)))
        entity.append(row)
    tables[spec.table] = entity

    for relation in spec.relations:
        related = draw(st.lists(st.sampled_from(ACCOUNT_KEYS), max_size=3, unique=True))
        tables[relation.table] = [
            {relation.key: key, **{f.column: _value(draw, f, pool) for f in relation.attributes}}
            for key in related
        ]

    for event in spec.events:
        rows = tables.setdefault(event.table, [])
        count = 0 if draw(st.integers(0, 15)) == 15 else draw(st.integers(3, 15))
        for _ in range(count):
            if rows and draw(st.integers(0, 5)) == 0:
                # A tie: same key and time as an earlier row of this table, other values
                # (first/last break ties by the greatest value, SPEC 4.3), or a duplicate.
                earlier = draw(st.sampled_from(rows))
                if event.where and earlier.get(event.where[0][0]) != event.where[0][1]:
                    continue
                row = dict(earlier)
                if draw(st.booleans()):
                    for field in event.properties:
                        row[field.column] = _value(draw, field, pool)
                rows.append(row)
                continue
            key = draw(st.sampled_from(keys + list(UNKNOWN_KEYS)) if keys
                       else st.sampled_from(UNKNOWN_KEYS))
            time = (None if NULL_EVENT_TIMES and draw(st.integers(0, 19)) == 0
                    else draw(pool.instant()))
            row = {event.key: key, event.time: time}
            row.update(dict(event.where))
            for field in event.properties:
                row[field.column] = _value(draw, field, pool)
            rows.append(row)
        if event.where and draw(st.integers(0, 3)) == 0:
            # A row of the shared table that belongs to no event of the schema.
            rows.append({event.key: keys[0] if keys else "c1", event.time: pool.as_of
                         - dt.timedelta(days=1), event.where[0][0]: "other"})
    return Fixture(pool.as_of, tables)
