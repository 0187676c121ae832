"""Aggregates over one entity's events (SPEC 3.3): ``count``, ``sum``, ``avg``,
``min``, ``max``, ``first``, ``last``, ``count(distinct ...)``, with their filter,
window and anchor.  Aggregates over members are check/members.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check import lists
from segdsl.check import types as t
from segdsl.check.anchored import check_anchored
from segdsl.check.events import event_filter, resolve_events
from segdsl.check.facts import EventRef, EventSetPropertyRef, PropertyRef
from segdsl.check.members import check_members_aggregate, members_of
from segdsl.check.names import field_type, property_type
from segdsl.check.scope import EventScope
from segdsl.check.types import Kind, Type
from segdsl.check.windows import event_window
from segdsl.codes import Code
from segdsl.project.model import Field
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker


def aggregate_type(checker: ExpressionChecker, expr: ast.Aggregate,
                   scope: EventScope | None) -> Type:
    if scope is not None:
        return checker.error(Code.TYP013, "an aggregate cannot be used inside `with`", expr.span,
                             hint="inside `with`, compare the event's own properties")
    members = members_of(checker.schema, expr)
    if members is not None:
        return check_members_aggregate(checker, expr, members)
    resolved = resolve_events(checker, expr)
    event, events = resolved if resolved is not None else (None, None)
    if event is not None:
        event_filter(checker, expr.filter, event, expr.event_span, events)
    check_anchored(checker, expr.anchor)
    event_window(checker, expr.window)
    if event is None:
        return t.ERROR
    function = expr.function
    prop: Field | None = None
    if expr.prop is not None and expr.prop_span is not None:
        prop = event.properties.get(expr.prop)
        if prop is None:
            property_type(checker, event, expr.prop, expr.prop_span, events)
            return t.ERROR
    if events is not None:
        if prop is None:
            checker.bindings[id(expr)] = events
        else:
            checker.bindings[id(expr)] = EventSetPropertyRef(events, prop)
    elif prop is None:
        checker.bind(expr, event, EventRef, event)
    else:
        checker.bind(expr, prop, PropertyRef, event, prop)
    if prop is not None and prop.type.is_list:
        return lists.aggregate_of_list(checker, expr, event.name, prop.name)
    if events is not None and expr.distinct and expr.anchor is not None \
            and len({m.event.table for m in events.members}) > 1:
        return checker.error(
            Code.EVT006, f"count(distinct …) of {event.name}, whose events are in several "
            "tables, cannot take `within … after`", expr.span,
            hint="count the distinct values of each table's events on its own")
    if expr.distinct and (function is not ast.AggFn.COUNT or prop is None):
        return checker.error(Code.TYP004,
                             "`distinct` only works as count(distinct EVENT.PROPERTY)",
                             expr.span, hint=f"e.g. count(distinct {event.name}.<property>)")
    if function is ast.AggFn.COUNT:
        if prop is not None and not expr.distinct:
            return checker.error(
                Code.TYP004, "count counts events, not property values", expr.span,
                hint=f"write count({event.name}) or count(distinct {event.name}.{prop.name})",
            )
        return t.INTEGER
    if function in (ast.AggFn.FIRST, ast.AggFn.LAST):
        return t.TIMESTAMP if prop is None else field_type(prop, f"{event.name}.{prop.name}")
    if prop is None:
        return checker.error(Code.TYP004, f"{function.value} needs a property of the event",
                             expr.span, hint=f"e.g. {function.value}({event.name}.amount)")
    prop_type = field_type(prop, f"{event.name}.{prop.name}")
    if function in (ast.AggFn.SUM, ast.AggFn.AVG):
        if not prop_type.is_numeric:
            return checker.error(
                Code.TYP004, f"{function.value} needs a number, but {event.name}.{prop.name} "
                f"is {prop_type.kind.words}", expr.prop_span or expr.span,
            )
        return t.NUMBER if function is ast.AggFn.AVG else Type(prop_type.kind)
    if prop_type.kind is Kind.BOOLEAN:
        return checker.error(Code.TYP004,
                             f"{function.value} cannot be applied to a boolean property",
                             expr.prop_span or expr.span)
    return Type(prop_type.kind, prop_type.values, prop_type.origin)
