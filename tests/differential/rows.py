"""Random fixture rows for a :class:`~differential.schemas.SchemaSpec`.

Small tables (0-8 entities, 0-15 rows per event) biased toward what breaks
compilers: times exactly on window edges and at as-of (from the
:class:`~differential.timepool.TimePool`), leap days and month ends, ties in time
and in value (for first/last and ranking), missing values, empty tables, events
whose key matches no entity row, duplicate event rows, dangling relation keys.

Numbers are exact decimals with up to 9 places (issue 11: a ``number`` is an
exact decimal on every engine), drawn to make binary floating point visibly
wrong: amounts with 2 decimals (0.10, 0.20, 12.37, 840.92), values with 9
decimals, and multiples of 1/4 (exact in binary too, as before).  They are given
as ``Decimal`` or, in one fixture of three, as the nearest ``float`` (a warehouse's
DOUBLE, or a YAML fixture), which must read as the same 9-decimal value.  On top
of that, *tie groups* (:func:`_tie_group`): several customers whose amounts have
equal exact sums, or equal exact averages, split differently (``{0.1, 0.2, 0.3}``
against ``{0.3, 0.3}`` against ``{0.6}``), so that a double sum or average in
any order would break the tie -- often right at a ``top``/``bottom`` cut or an
``ntile`` edge.  Each participant loads the rows in its own order
(``Question.tables_for``), so an order-dependent sum shows too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

from differential.definitions import LIST_INTEGERS, LIST_STRINGS, STRINGS
from differential.schemas import EventSpec, FieldSpec, SchemaSpec
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
# Decimals that binary floating point cannot hold, from a small pool so customers
# tie on them; the 9-decimal ones sit at the last place the language keeps
# (0.333333333 * 3 is 0.999999999, not 1; 1.005 and 2.675 are the classic doubles
# that round the wrong way).
MONEY = tuple(Decimal(text) for text in (
    "0.10", "0.20", "0.30", "0.60", "12.37", "840.92", "0.01", "19.99", "4.35", "1.10",
    "2.20", "3.30", "-0.10", "1.005", "2.675"))
NINE_PLACES = tuple(Decimal(text) for text in (
    "0.000000001", "1.123456789", "0.333333333", "0.666666667", "-0.000000005",
    "999999.999999999", "12.370000001", "0.100000000"))
_NUMBER: st.SearchStrategy[Decimal] = st.one_of(
    st.integers(-8, 400).map(lambda quarters: Decimal(quarters) / 4),
    st.sampled_from(MONEY),
    st.sampled_from(MONEY),
    st.sampled_from(NINE_PLACES),
    # Any 2-decimal amount; ties among customers come from the pools and tie groups.
    st.integers(-1_000, 100_000).map(lambda cents: Decimal(cents).scaleb(-2)),
)
_BY_TYPE: dict[str, st.SearchStrategy[object]] = {
    "string": _STRING,
    "integer": st.sampled_from((0, 1, 2, 3, -1, 7, 10, 100, 18, 30)),
    "number": _NUMBER,
    "boolean": st.booleans(),
}
# Lists (SPEC 11): empty ones, duplicates, elements that hold another as a
# substring ("running" in "trailrunning"); tuples, as fixtures read them.
_BY_TYPE["list<string>"] = st.lists(st.sampled_from(LIST_STRINGS), max_size=4).map(tuple)
_BY_TYPE["list<integer>"] = st.lists(
    st.sampled_from(tuple(int(text.replace("_", "")) for text in LIST_INTEGERS)),
    max_size=4).map(tuple)
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
    order_seed: int = 0  # each participant's row order (Question.tables_for)

    def yaml(self) -> str:
        """The rows as YAML-ish text for a reproduction (FOUND.md)."""
        lines = [f"as_of: {self.as_of.isoformat()}", f"order_seed: {self.order_seed}"]
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
        numbers = [f for f in event.properties if f.type == "number"]
        # (Hypothesis draws the low end of a range often: the rare case is the top.)
        if numbers and len(keys) >= 2 and draw(st.integers(0, 3)) != 3:
            group = _tie_group(draw, event, draw(st.sampled_from(numbers)), keys, pool)
            # The group's customers lose their other rows of this event, which
            # would add random amounts to the tied sums.
            members = {row[event.key] for row in group}
            rows[:] = [row for row in rows if row.get(event.key) not in members
                       or any(row.get(c) != v for c, v in event.where)]
            rows += group
        if event.where and draw(st.integers(0, 3)) == 0:
            # A row of the shared table that belongs to no event of the schema.
            rows.append({event.key: keys[0] if keys else "c1", event.time: pool.as_of
                         - dt.timedelta(days=1), event.where[0][0]: "other"})
    if draw(st.integers(0, 2)) == 2:
        # The nearest doubles instead of the decimals: a DOUBLE column, or a YAML
        # fixture's floats, must be read as the same 9-decimal values.
        tables = {name: [{c: float(v) if isinstance(v, Decimal) else v
                          for c, v in row.items()} for row in rows]
                  for name, rows in tables.items()}
    return Fixture(pool.as_of, tables, draw(st.integers(0, 2**32 - 1)))


# Exact totals (in units of the last place) that tie groups split; 0 is the sum of
# a customer with no rows, the tie a double sum of {0.1, 0.2, -0.3} breaks.
_TIE_TOTALS = (60, 84092, 1237, 0, 100, 30)
_TIE_AVERAGES = (1237, 10, 84092, 3, 30)


def _tie_group(draw: st.DrawFn, event: EventSpec, prop: FieldSpec, keys: Sequence[str],
               pool: TimePool) -> list[dict[str, object]]:
    """Rows of 2-4 customers whose ``prop`` values have the same exact sum (or the
    same exact average, each customer with its own count), split into different
    parts.  The rows share one time and every other value, so a filter or window
    that keeps one customer's rows keeps all of the group's (one on ``prop``
    itself may not)."""
    members = draw(st.lists(st.sampled_from(keys), min_size=2, max_size=min(4, len(keys)),
                            unique=True))
    # Cents mostly, now and then the 9th decimal place.
    places = 9 if draw(st.integers(0, 3)) == 3 else 2
    averages = draw(st.booleans())
    target = draw(st.sampled_from(_TIE_AVERAGES if averages else _TIE_TOTALS))
    # Mostly just before as-of, inside every window that reaches back at all.
    time = (draw(pool.instant()) if draw(st.integers(0, 2)) == 2
            else pool.as_of - dt.timedelta(hours=1))
    template: dict[str, object] = {event.time: time, **dict(event.where)}
    for field in event.properties:
        if field is not prop:
            template[field.column] = _value(draw, field, pool)
    found: list[dict[str, object]] = []
    for member in members:
        # Sums of more parts are more often inexact in binary.
        count = draw(st.integers(1, 4) if averages else st.integers(2, 6))
        total = target * count if averages else target
        if places == 9:
            total *= 10_000_000  # the same amount, now with 9 places (…0000001 apart below)
        # count - 1 free parts around total / count, the last part makes up the rest;
        # a few tries for a split whose double sum (or average) misses the exact
        # value's double, since many splits happen to round right.
        share = total // count
        spread = max(abs(share), 50)
        exact = Decimal(total).scaleb(-places) / (count if averages else 1)
        for _ in range(8):
            parts = [share + draw(st.integers(-spread, spread)) for _ in range(count - 1)]
            parts.append(total - sum(parts))
            double = sum(float(Decimal(part).scaleb(-places)) for part in parts)
            if (double / count if averages else double) != float(exact):
                break
        for part in parts:
            found.append({**template, event.key: member,
                          prop.column: Decimal(part).scaleb(-places)})
    return found


@st.composite
def static_lists(draw: st.DrawFn) -> dict[str, tuple[str, ...]]:
    """Zero to two static lists (SPEC 11) of random keys: customers' keys, and
    ``c99``, which no customer has; sometimes empty."""
    count = draw(st.integers(0, 2))
    return {f"list{index}": tuple(draw(st.lists(st.sampled_from((*ENTITY_KEYS, "c99")),
                                                max_size=6, unique=True)))
            for index in range(1, count + 1)}
