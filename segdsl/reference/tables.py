"""The fixture rows as the reference evaluator reads them (SPEC 2 and 4.1).

Input is what every engine's ``load_tables`` receives (:data:`segdsl.engines.RowsByTable`:
physical table -> rows as column -> value).  Values are first brought to their
column's schema type, as a database does when the rows are inserted into typed
columns (a whole number in a ``number`` column is a double, a naive timestamp
holds the project's zone's wall-clock time, SPEC 2: UTC).  Then:

* the population is the entity rows, in the order given (SPEC 4.1);
* relation rows are found by their key (a missing or dangling foreign key leaves
  the relation's attributes not set, SPEC 2);
* each event's rows are those of its table matching its ``where`` pairs, grouped by
  entity key; rows without a time or at or after as-of are dropped, since events
  at or after as-of are ignored everywhere (SPEC 4.1), and a row without a time is
  never before as-of.  Keys that match no entity row are simply never asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from segdsl.engines import Row, RowsByTable, schema_tables
from segdsl.numbers import exact_number, to_scale
from segdsl.project.model import EventType, Schema, ValueType
from segdsl.reference.values import day_of, to_instant, utc_instant
from segdsl.timeparse import TimeParseError, parse_date, parse_instant


class ReferenceInputError(ValueError):
    """Rows that no database would accept: an unknown table or column."""


@dataclass(frozen=True, slots=True)
class Event:
    """One event before as-of: its time (an aware instant) and its row."""

    time: dt.datetime
    row: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class Tables:
    """Everything the evaluator reads, indexed for plain loops."""

    entities: tuple[Mapping[str, object], ...]
    # Relation name -> related key -> row.
    relations: Mapping[str, Mapping[str, Mapping[str, object]]]
    # Event name -> entity key -> the events of that key before as-of, by time.
    events: Mapping[str, Mapping[str, tuple[Event, ...]]]

    def events_of(self, event: str, key: object) -> tuple[Event, ...]:
        if not isinstance(key, str):
            return ()
        return self.events.get(event, {}).get(key, ())


def load_tables(schema: Schema, rows_by_table: RowsByTable, as_of: dt.datetime,
                zone: dt.tzinfo) -> Tables:
    """Typed, indexed rows; raises :class:`ReferenceInputError` for an unknown
    table or column (as the engines refuse them).  ``zone``: the project's (the
    evaluation's TimeContext), which naive times hold."""
    layout = schema_tables(schema)
    typed: dict[str, list[dict[str, object]]] = {}
    for table, rows in rows_by_table.items():
        columns = layout.get(table)
        if columns is None:
            raise ReferenceInputError(f"the schema names no table '{table}'")
        typed[table] = [_typed_row(table, columns, row, zone) for row in rows]
    entities = tuple(typed.get(schema.table, ()))
    relations = {
        name: _by_key(typed.get(relation.table, []), relation.key)
        for name, relation in schema.relations.items()
    }
    events = {
        name: _events(event, typed.get(event.table, []), utc_instant(as_of), zone)
        for name, event in schema.events.items()
    }
    return Tables(entities, relations, events)


def _typed_row(table: str, columns: Mapping[str, ValueType], row: Row, zone: dt.tzinfo
               ) -> dict[str, object]:
    typed: dict[str, object] = {}
    for column, value in row.items():
        value_type = columns.get(column)
        if value_type is None:
            raise ReferenceInputError(f"the table '{table}' has no column '{column}'")
        typed[column] = typed_value(value, value_type, zone)
    return typed


def typed_value(value: object, value_type: ValueType, zone: dt.tzinfo) -> object:
    """A value as a column of ``value_type`` holds it (None stays not set)."""
    if value is None:
        return None
    match value_type:
        case ValueType.STRING:
            return _text(value)
        case ValueType.INTEGER:
            # A whole number written as 3.0 is the integer 3 in an integer column.
            if isinstance(value, float) and value.is_integer():
                return int(value)
            if isinstance(value, Decimal) and value.is_finite() and value == int(value):
                return int(value)
            return value
        case ValueType.NUMBER:
            # As every engine reads a number column: the decimal with 9 places
            # nearest it (docs/semantics.md).
            if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                return to_scale(exact_number(value))
            return value
        case ValueType.DATE:
            return _date(value, zone)
        case ValueType.TIMESTAMP:
            return _instant(value, zone)
        case ValueType.LIST_STRING | ValueType.LIST_INTEGER:
            return _list(value, value_type, zone)
    return value


def _list(value: object, value_type: ValueType, zone: dt.tzinfo) -> tuple[object, ...]:
    """A list column's value as a tuple of typed elements; lists hold no nulls."""
    if not isinstance(value, list | tuple):
        raise ReferenceInputError(f"{value!r} is not a list (a {value_type.value} column)")
    if any(item is None for item in value):
        raise ReferenceInputError(f"the list {list(value)!r} has a null element; lists hold "
                                  "no nulls")
    return tuple(typed_value(item, value_type.element, zone) for item in value)


def _text(value: object) -> object:
    """Keys and other text: a database casts what is inserted into a text column."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value)
    return value


def _date(value: object, zone: dt.tzinfo) -> object:
    if isinstance(value, str):
        try:
            return parse_date(value)
        except TimeParseError as error:
            raise ReferenceInputError(str(error)) from None
    if isinstance(value, dt.date):
        return day_of(value, zone)
    return value


def _instant(value: object, zone: dt.tzinfo) -> object:
    if isinstance(value, str):
        try:
            return parse_instant(value, "timestamp", getattr(zone, "key", "UTC"))
        except TimeParseError as error:
            raise ReferenceInputError(str(error)) from None
    if isinstance(value, dt.date):
        return to_instant(value, zone)
    return value


def _by_key(rows: Sequence[Mapping[str, object]], key: str
            ) -> dict[str, Mapping[str, object]]:
    found: dict[str, Mapping[str, object]] = {}
    for row in rows:
        value = row.get(key)
        if isinstance(value, str):
            found.setdefault(value, row)
    return found


def _events(event: EventType, rows: Sequence[Mapping[str, object]], as_of: dt.datetime,
            zone: dt.tzinfo) -> dict[str, tuple[Event, ...]]:
    grouped: dict[str, list[Event]] = {}
    for row in rows:
        if not all(row.get(column) == value for column, value in event.where):
            continue
        key, time = row.get(event.key), row.get(event.time)
        if not isinstance(key, str) or not isinstance(time, dt.date):
            continue
        instant = to_instant(time, zone)
        if instant >= as_of:
            continue  # events at or after as-of are ignored everywhere (SPEC 4.1)
        grouped.setdefault(key, []).append(Event(instant, row))
    return {key: tuple(sorted(found, key=lambda e: e.time)) for key, found in grouped.items()}
