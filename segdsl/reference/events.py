"""Events in the reference evaluator (SPEC 3.3, 3.5, 4.3, 4.7, SPEC 11): the
customer's events one use selects (kind, group or named event, ``with`` filter,
window, anchored window), the ``has`` forms over them, and aggregates over them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from segdsl.check import facts
from segdsl.project.model import EventType
from segdsl.reference import regularity
from segdsl.reference import values as v
from segdsl.reference.aggregates import AGGREGATES, edge, edge_value
from segdsl.reference.members import members_aggregate
from segdsl.reference.scope import NO_CUSTOMER, Scope
from segdsl.reference.tables import Event
from segdsl.reference.windows import shift_instant, window_interval
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.reference.evaluator import Evaluator


def events_of(evaluator: Evaluator, event: EventType, filt: ast.EventFilter | None,
              window: ast.Window | None, scope: Scope,
              anchored: ast.AnchoredWindow | None = None) -> list[Event]:
    """The customer's events of one kind before as-of (SPEC 4.1) that pass the
    ``with`` filter and lie in the window (all history without one, SPEC 3.5)
    and in the anchored window ``[anchor, anchor + D)`` (SPEC 11; none when the
    customer's anchor is not set)."""
    key = evaluator.tables.entities[scope.entity].get(evaluator.schema.key)
    interval = v.Interval(None, None)
    if window is not None:
        found = window_interval(evaluator, window, NO_CUSTOMER)
        if found is None:
            return []
        interval = found
    own = v.Interval(None, None)
    if anchored is not None:
        anchor = evaluator.value(anchored.anchor, scope)
        if anchor is None:
            return []
        assert isinstance(anchor, dt.date)
        start = v.to_instant(anchor, evaluator.zone)
        duration = anchored.duration
        # A window's length: exact days and weeks in any zone (SPEC 11).
        own = v.Interval(start, shift_instant(start, duration.amount, duration.unit,
                                              evaluator.zone, duration=True))
    return [
        candidate for candidate in evaluator.tables.events_of(event.name, key)
        if interval.holds(candidate.time) and own.holds(candidate.time)
        and _passes(evaluator, filt, event, candidate)
    ]


def _passes(evaluator: Evaluator, filt: ast.EventFilter | None, event: EventType,
            candidate: Event) -> bool:
    """The ``with`` filter, with the event's properties as the names in view;
    an empty filter ``with ()`` filters nothing."""
    if filt is None or filt.condition is None:
        return True
    return evaluator.holds(filt.condition, Scope(-1, event, candidate.row))


def set_events(evaluator: Evaluator, ref: facts.EventSetRef, filt: ast.EventFilter | None,
               window: ast.Window | None, scope: Scope,
               anchored: ast.AnchoredWindow | None = None) -> list[tuple[Event, EventType]]:
    """A group's or named event's events (SPEC 11): every member's events that
    pass its named events' filters, the use's filter and window; a row that two
    members match (one table, overlapping filters) is one event, read as the
    first member's event.  In time order."""
    found: dict[int, tuple[Event, EventType]] = {}
    for member in ref.members:
        for event in events_of(evaluator, member.event, filt, window, scope, anchored):
            if id(event.row) in found:
                continue
            inside = Scope(-1, member.event, event.row)
            if all(evaluator.holds(f, inside) for f in member.filters):
                found[id(event.row)] = (event, member.event)
    return sorted(found.values(), key=lambda pair: pair[0].time)


def match_events(evaluator: Evaluator, match: ast.EventMatch, window: ast.Window | None,
                 scope: Scope, anchored: ast.AnchoredWindow | None = None) -> list[Event]:
    """The events of a ``has`` form's event (one event, a group or a named one)."""
    binding = evaluator.binding(match)
    if isinstance(binding, facts.EventSetRef):
        return [e for e, _ in set_events(evaluator, binding, match.filter, window, scope,
                                         anchored)]
    return events_of(evaluator, _event(evaluator, match), match.filter, window, scope, anchored)


def has_event(evaluator: Evaluator, expr: ast.HasEvent, scope: Scope) -> bool:
    """``has EVENT``: at least one such event; ``has no``: none (SPEC 3.3)."""
    found = match_events(evaluator, expr.match, expr.window, scope, expr.anchor)
    return not found if expr.negated else bool(found)


def has_sequence(evaluator: Evaluator, expr: ast.HasSequence, scope: Scope) -> bool:
    """SPEC 4.7.  ``then``: some A event ``a`` in the window and some B event ``b``
    with a.time < b.time <= a.time + D.  ``then no``: some A event ``a`` in the
    window with a.time + D <= as-of and no such ``b``.  B events are all the
    customer's events before as-of (no window of their own)."""
    firsts = match_events(evaluator, expr.first, expr.window, scope)
    thens = match_events(evaluator, expr.then, None, scope)
    for first in firsts:
        deadline = shift_instant(first.time, expr.within.amount, expr.within.unit,
                                 evaluator.zone, duration=True)
        followed = any(first.time < then.time <= deadline for then in thens)
        if expr.then_absent and deadline <= evaluator.as_of and not followed:
            return True
        if not expr.then_absent and followed:
            return True
    return False


def regularity_test(evaluator: Evaluator, expr: ast.HasRegular | ast.LifecycleTest,
                    scope: Scope) -> bool:
    """SPEC 11: the rules are in reference/regularity.py, over the times of the
    customer's matching events (all before as-of, SPEC 4.1)."""
    events = match_events(evaluator, expr.match, None, scope)
    times = [event.time for event in events]
    if isinstance(expr, ast.HasRegular):
        return regularity.regular(times, int(expr.least.value), expr.periods.amount,
                                  expr.periods.unit, evaluator.as_of, evaluator.zone)
    assert isinstance(expr.window, ast.LastWindow)  # the checker made sure
    duration = expr.window.duration
    return regularity.lifecycle(expr.kind, times, duration.amount, duration.unit,
                                evaluator.as_of, evaluator.zone)


def _event(evaluator: Evaluator, match: ast.EventMatch) -> EventType:
    binding = evaluator.binding(match)
    assert isinstance(binding, facts.EventRef)
    return binding.event


def aggregate(evaluator: Evaluator, expr: ast.Aggregate, scope: Scope) -> object:
    """SPEC 3.5 and 4.3: the aggregate over the matching events; with none,
    count and sum are 0 and the others not set."""
    binding = evaluator.binding(expr)  # the event, and the property when one is named
    if isinstance(binding, facts.MembersRef):
        return members_aggregate(evaluator, binding, scope)
    if isinstance(binding, facts.EventSetRef | facts.EventSetPropertyRef):
        return _set_aggregate(evaluator, expr, binding, scope)
    assert isinstance(binding, facts.EventRef | facts.PropertyRef)
    events = events_of(evaluator, binding.event, expr.filter, expr.window, scope, expr.anchor)
    if not isinstance(binding, facts.PropertyRef):
        if expr.function is ast.AggFn.COUNT:
            return len(events)
        times = [event.time for event in events]  # first/last(EVENT): a time
        return edge(times, expr.function is ast.AggFn.FIRST)
    field = binding.field
    if expr.function in (ast.AggFn.FIRST, ast.AggFn.LAST):
        return edge_value(events, field.column, expr.function is ast.AggFn.FIRST)
    # Aggregates skip values that are not set, as SQL's do.
    values = [event.row.get(field.column) for event in events]
    present = [value for value in values if value is not None]
    return AGGREGATES[expr.function](present, expr.distinct, field.type)


def _set_aggregate(evaluator: Evaluator, expr: ast.Aggregate,
                   binding: facts.EventSetRef | facts.EventSetPropertyRef, scope: Scope) -> object:
    """An aggregate over a group or named event (SPEC 11): the same rules over
    the set's events, each event's property read from its own event's column."""
    ref = binding if isinstance(binding, facts.EventSetRef) else binding.events
    pairs = set_events(evaluator, ref, expr.filter, expr.window, scope, expr.anchor)
    events = [event for event, _ in pairs]
    if isinstance(binding, facts.EventSetRef):
        if expr.function is ast.AggFn.COUNT:
            return len(events)
        return edge([event.time for event in events], expr.function is ast.AggFn.FIRST)
    name = binding.field.name
    rows = [Event(event.time, {"v": event.row.get(kind.properties[name].column)})
            for event, kind in pairs]
    if expr.function in (ast.AggFn.FIRST, ast.AggFn.LAST):
        return edge_value(rows, "v", expr.function is ast.AggFn.FIRST)
    present = [row.row["v"] for row in rows if row.row["v"] is not None]
    return AGGREGATES[expr.function](present, expr.distinct, binding.field.type)
