"""Membership tables compared by the definitions' types, exactly (issue 11).

The cross-engine tests (tests/test_cross_engine.py) and the differential
participants (tests/differential/participants.py) both compare whole membership
tables.  They used to turn every number into a 12-digit float, which hid both an
integer coming back as a double and two engines disagreeing in the last digits of
a decimal (the ties of issue 11).  Here every column is checked against the type
of its definition and brought to one exact form:

* the key column: any value but NULL, compared as is;
* a segment: ``bool`` (never NULL: conditions are two-valued, SPEC 4.2);
* a segmentation or a ``string`` metric: ``str``;
* a ``boolean`` metric: ``bool``;
* an ``integer`` metric: ``int`` -- a ``Decimal`` or ``float``, even a whole one, is
  a type problem (the SQL's result type is wrong, and a client would print ``3.0``);
* a ``number`` metric: ``Decimal`` or ``int``, compared exactly as ``Decimal``
  (numbers are exact decimals with 9 places, docs/semantics.md); a ``float`` is a
  type problem, and is compared by its exact binary value so the difference shows;
* a ``date`` metric: a ``date`` that is not a ``datetime``;
* a ``timestamp`` metric: a ``datetime``, compared as the UTC instant (a naive one
  is UTC: PostgreSQL's ``timestamp`` in a UTC session);

and a metric that is not set is ``None`` whatever its type.  Rows are sorted by key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from segdsl.check.checker import CheckedProject

Row = tuple[object, ...]

KEY = "key"
SEGMENT = "segment"
SEGMENTATION = "segmentation"


@dataclass(frozen=True)
class TypedTable:
    columns: list[str]
    rows: list[Row]  # exact comparable values, sorted by key
    problems: tuple[str, ...]  # values of the wrong type ("m1: c2: float 0.3 ...")

    @property
    def table(self) -> tuple[list[str], list[Row]]:
        return self.columns, self.rows


def column_kinds(checked: CheckedProject, columns: Sequence[str]) -> list[str]:
    """The kind of each column of a membership table: the key first, then each
    definition's (a column no definition has is compared as is, like the key)."""
    kinds = [KEY]
    for name in columns[1:]:
        if name in checked.segments:
            kinds.append(SEGMENT)
        elif name in checked.segmentations:
            kinds.append(SEGMENTATION)
        elif name in checked.metric_types:
            kinds.append(str(checked.metric_types[name].kind))
        else:
            kinds.append(KEY)
    return kinds


def typed_table(checked: CheckedProject, columns: Sequence[str],
                rows: Sequence[Sequence[object]]) -> TypedTable:
    kinds = column_kinds(checked, columns)
    problems: list[str] = []
    exact: list[Row] = []
    for row in rows:
        values: list[object] = []
        for name, kind, value in zip(columns, kinds, row, strict=True):
            normal, problem = exact_value(kind, value)
            if problem is not None:
                problems.append(f"{name}: {row[0]!r}: {problem}")
            values.append(normal)
        exact.append(tuple(values))
    exact.sort(key=lambda row: str(row[0]))
    return TypedTable(list(columns), exact, tuple(problems))


def exact_value(kind: str, value: object) -> tuple[object, str | None]:
    """``value`` in its exact comparable form, and what is wrong with its type."""
    if value is None:
        if kind in (KEY, SEGMENT):
            return None, f"NULL where {kind} needs a value"
        return None, None
    if kind == KEY:
        return value, None
    if kind in (SEGMENT, "boolean"):
        return value, None if isinstance(value, bool) else _wrong(value, "bool")
    if kind in (SEGMENTATION, "string"):
        return value, None if isinstance(value, str) else _wrong(value, "str")
    if kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return _exact_number(value), None if ok else _wrong(value, "int")
    if kind == "number":
        ok = isinstance(value, int | Decimal) and not isinstance(value, bool)
        return _exact_number(value), None if ok else _wrong(value, "Decimal or int")
    if kind == "date":
        ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
        return value, None if ok else _wrong(value, "date")
    if kind == "timestamp":
        if not isinstance(value, dt.datetime):
            return value, _wrong(value, "datetime")
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC), None
        return value.astimezone(dt.UTC), None
    return value, None


def _exact_number(value: object) -> object:
    """Numbers as ``Decimal``: exact for ints and decimals, and a float's exact
    binary value (so 12.370000000000001 and 12.37 differ, as they did for the
    customers of issue 11)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value
    return Decimal(value)


def _wrong(value: object, expected: str) -> str:
    return f"{type(value).__name__} {value!r} (expected {expected})"
