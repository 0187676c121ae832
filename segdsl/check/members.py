"""Aggregates over an entity's members (SPEC 11, several entities).

An entity with a one-to-many relation (``members: {entity: customer, via:
account_id}``) aggregates over the member entity's rows whose ``via`` column holds
its key:

* ``count(members)``, ``count(members with C)``: how many members (C is a
  condition in the member entity's scope: its attributes, relations, events,
  metrics, ``in segment`` of its segments);
* ``sum/avg/min/max(members.ATTRIBUTE [with C])``: over the members' values;
* ``count/sum/avg/min/max(members.EVENT[.PROPERTY] [with F] [window])``: over the
  members' events, F in the event's scope, as for one entity's events.

The checker rewrites each into what is computed per member, checked in the
member entity's scope (a :class:`~segdsl.check.facts.MembersRef` binding), so the
compiler and the reference evaluator compute member-level values with the member
entity's own rules and only combine them per parent key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check import types as t
from segdsl.check.facts import MembersRef
from segdsl.check.fixes import Fix, rename
from segdsl.check.suggest import closest, one_of
from segdsl.check.types import Kind, Type
from segdsl.codes import Code
from segdsl.diagnostics import Span
from segdsl.project.model import Members, Schema
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker

_NO_EDGES = "members have no order: first/last work on one entity's events"


def members_of(schema: Schema, expr: ast.Aggregate) -> Members | None:
    """The one-to-many relation an aggregate is over, if it is over one."""
    return schema.members.get(expr.members if expr.members is not None else expr.event)


def check_members_aggregate(checker: ExpressionChecker, expr: ast.Aggregate,
                            members: Members) -> Type:
    member_schema = checker.schema.for_entity(members.entity)
    if member_schema is None:  # the schema loader reported it
        return t.ERROR
    inner = checker.for_entity(member_schema)
    try:
        if expr.members is not None:
            return _events(checker, inner, expr, members, expr.event, expr.event_span,
                           expr.prop, expr.prop_span)
        if expr.prop is None or expr.prop_span is None:
            return _members(checker, inner, expr, members, None)
        if expr.prop in member_schema.events:
            return _events(checker, inner, expr, members, expr.prop, expr.prop_span, None, None)
        if expr.prop in member_schema.attributes:
            return _members(checker, inner, expr, members,
                            ast.Name(expr.prop, expr.prop_span))
        names = [*member_schema.attributes, *member_schema.events]
        fix = rename(expr.prop_span, closest(expr.prop, names))
        if fix is None and names:
            fix = Fix(f"attributes and events of {members.entity}: {one_of(names)}")
        return checker.error(Code.NAM001, f"'{members.entity}' has no attribute or event "
                             f"'{expr.prop}'", expr.prop_span, fix=fix)
    finally:
        checker.dependencies |= inner.dependencies


def _unsupported(checker: ExpressionChecker, expr: ast.Aggregate, message: str,
                 hint: str) -> Type:
    return checker.error(Code.ENT004, message, expr.span, hint=hint)


def _members(checker: ExpressionChecker, inner: ExpressionChecker, expr: ast.Aggregate,
             members: Members, value: ast.Name | None) -> Type:
    """``count(members [with C])``, ``sum(members.seats [with C])``."""
    name = members.name
    condition = None if expr.filter is None else expr.filter.condition
    if condition is not None:
        inner.condition(condition)
    if expr.window is not None or expr.anchor is not None:
        return _unsupported(
            checker, expr, f"a window cannot restrict {name}: members have no time",
            f"test a time in the filter, e.g. count({name} with has <event> in last 14 days), "
            "or parenthesize a time attribute: with (signup_at in last 14 days)")
    function = expr.function
    if expr.distinct or function in (ast.AggFn.FIRST, ast.AggFn.LAST):
        return _unsupported(checker, expr, f"{function.value}{' distinct' * expr.distinct} "
                            f"does not work on {name}", _NO_EDGES)
    found: Type = t.INTEGER
    if value is None:
        if function is not ast.AggFn.COUNT:
            return checker.error(Code.TYP004, f"{function.value} needs a value of the members",
                                 expr.span, hint=f"e.g. {function.value}({name}.<attribute>)")
    else:
        found = inner.value(value, None)
        if function is ast.AggFn.COUNT:
            return checker.error(Code.TYP004, f"count counts {name}, not their values",
                                 expr.span, hint=f"write count({name} with {value.name} is set)")
        found = _combined(checker, expr, found, f"{name}.{value.name}")
    checker.bind_members(expr, MembersRef(members, members.entity, function.value, condition,
                                          value))
    return found


def _events(checker: ExpressionChecker, inner: ExpressionChecker, expr: ast.Aggregate,
            members: Members, event: str, event_span: Span, prop: str | None,
            prop_span: Span | None) -> Type:
    """``count(members.purchase ...)``, ``sum(members.purchase.amount ...)``: each
    member's aggregate of its events, combined over the members."""
    function = expr.function
    if expr.distinct or function in (ast.AggFn.FIRST, ast.AggFn.LAST):
        return _unsupported(checker, expr, f"{function.value}{' distinct' * expr.distinct} does "
                            f"not work on the events of {members.name}",
                            f"count, sum, avg, min and max work on the events of {members.name}")
    # avg over the members' events is the sum of their sums over the sum of their
    # counts (an average of averages would weigh members, not events).
    per_member = ast.AggFn.SUM if function is ast.AggFn.AVG else function
    # (An anchored window, `within D after signup_at`, is anchored on each member.)
    value = ast.Aggregate(per_member, False, event, event_span, prop, prop_span, expr.filter,
                          expr.window, expr.span, anchor=expr.anchor)
    found = inner.value(value, None)
    count = None
    if function is ast.AggFn.AVG and not found.is_error:
        count = ast.Aggregate(ast.AggFn.COUNT, False, event, event_span, None, None,
                              expr.filter, expr.window, expr.span, anchor=expr.anchor)
        inner.value(count, None)
        found = t.NUMBER
    if found.is_error:
        return found
    combine = {ast.AggFn.COUNT: "sum", ast.AggFn.SUM: "sum", ast.AggFn.AVG: "events_avg",
               ast.AggFn.MIN: "min", ast.AggFn.MAX: "max"}[function]
    checker.bind_members(expr, MembersRef(members, members.entity, combine, None, value, count))
    return found


def _combined(checker: ExpressionChecker, expr: ast.Aggregate, found: Type, what: str) -> Type:
    """The type of ``sum/avg/min/max`` over members' values of type ``found``."""
    function = expr.function
    if found.is_error:
        return found
    if function in (ast.AggFn.SUM, ast.AggFn.AVG):
        if not found.is_numeric:
            return checker.error(Code.TYP004, f"{function.value} needs a number, but {what} is "
                                 f"{found.kind.words}", expr.prop_span or expr.span)
        return t.NUMBER if function is ast.AggFn.AVG else Type(found.kind)
    if found.kind is Kind.BOOLEAN:
        return checker.error(Code.TYP004, f"{function.value} cannot be applied to a boolean",
                             expr.prop_span or expr.span)
    return Type(found.kind, found.values, found.origin)
