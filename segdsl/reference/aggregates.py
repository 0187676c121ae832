"""The aggregate functions of the reference evaluator (SPEC 3.5, 4.3), over the
values of the events an aggregate selected: ``count``, ``sum``, ``avg``, ``min``,
``max``, and ``first``/``last``'s edge events; plain functions of values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from segdsl import numbers
from segdsl.project.model import ValueType
from segdsl.reference import values as v
from segdsl.reference.tables import Event
from segdsl.syntax import ast

if TYPE_CHECKING:
    pass


def greater(left: object, right: object) -> bool:
    # Values of one column or aggregate: one kind, so no day is taken (no zone).
    return v.compare(ast.CompareOp.GT, left, right, None)


def less(left: object, right: object) -> bool:
    return v.compare(ast.CompareOp.LT, left, right, None)


def edge(times: list[dt.datetime], earliest: bool) -> dt.datetime | None:
    """``first``/``last(EVENT)``: the time of the first/last event (SPEC 3.5)."""
    if not times:
        return None
    return min(times) if earliest else max(times)


def edge_value(events: list[Event], column: str, earliest: bool) -> object:
    """``first``/``last(EVENT.PROPERTY)``: the property of the earliest/latest event;
    if several share that time, the greatest value among them (SPEC 4.3).  An edge
    event whose property is not set gives no value unless another event at the same
    time has one."""
    time = edge([event.time for event in events], earliest)
    tied = [event.row.get(column) for event in events if event.time == time]
    return maximum([value for value in tied if value is not None])


def maximum(values: list[object]) -> object:
    """The greatest of the values (None for none), by :func:`greater`."""
    best: object = None
    for value in values:
        if best is None or greater(value, best):
            best = value
    return best


def minimum(values: list[object]) -> object:
    """The least of the values (None for none), by :func:`less`."""
    best: object = None
    for value in values:
        if best is None or less(value, best):
            best = value
    return best


def _count(values: list[object], distinct: bool, value_type: ValueType) -> object:
    """``count(distinct EVENT.PROPERTY)``: how many different values are set."""
    return len(set(values)) if distinct else len(values)


def _sum(values: list[object], distinct: bool, value_type: ValueType) -> object:
    """0 when no event has a value (SPEC 4.3); exact, so the order does not matter."""
    return total(values, integer=value_type is ValueType.INTEGER)


def total(values: list[object], *, integer: bool) -> int | Decimal:
    """The exact sum of integers or numbers (0 for none)."""
    if integer:
        return sum(int(value) for value in values)  # type: ignore[call-overload]
    result: int | Decimal = Decimal(0)
    for value in values:
        assert isinstance(value, int | Decimal)
        result = numbers.add(result, value)
    return result


def _avg(values: list[object], distinct: bool, value_type: ValueType) -> object:
    """The exact sum divided by the count, rounded to 9 places like any division
    (docs/semantics.md); not set without values (SPEC 4.3)."""
    if not values:
        return None
    total = _sum(values, distinct, value_type)
    assert isinstance(total, int | Decimal)
    return numbers.divide(total, len(values))


def _min(values: list[object], distinct: bool, value_type: ValueType) -> object:
    return minimum(values)


def _max(values: list[object], distinct: bool, value_type: ValueType) -> object:
    return maximum(values)


AGGREGATES: dict[ast.AggFn, Callable[[list[object], bool, ValueType], object]] = {
    ast.AggFn.COUNT: _count,
    ast.AggFn.SUM: _sum,
    ast.AggFn.AVG: _avg,
    ast.AggFn.MIN: _min,
    ast.AggFn.MAX: _max,
}
