"""Groups of events and named events (SPEC 11): what they read and their properties.

A group ``(email_open or email_click)``, ``any event`` (every event of the schema,
never a named event, so no row counts twice) and a named event ``event
big_purchase = purchase with amount >= 100`` all stand where one event name
stands.  Each becomes an :class:`~segdsl.check.facts.EventSetRef`: the schema
events it reads (members), each with the named events' filters on it, and a
made-up event scope whose properties are the ones every member event has with
one type.  Enum properties: the same base type suffices, and the allowed values
are the union of the members' (a property that is a plain value in one member is
a plain value of the group).  This module only computes; the expression checker
reports.
"""

from __future__ import annotations

from segdsl.check.facts import EventMember, EventSetRef
from segdsl.project.model import EventType, Field, Scalar
from segdsl.syntax import ast


def make_set(label: str, members: tuple[EventMember, ...],
             decl: ast.EventDecl | None = None) -> EventSetRef:
    """The set of ``members`` named ``label``, with its scope of shared properties."""
    events = _distinct_events(members)
    scope = EventType(label, "", "", "", _shared_properties(events))
    return EventSetRef(label, members, scope, decl)


def with_filter(ref: EventSetRef, name: str, decl: ast.EventDecl,
                condition: ast.Expr | None) -> EventSetRef:
    """The named event ``name`` = ``ref`` narrowed by ``condition`` (in ``ref``'s scope)."""
    members = ref.members if condition is None else tuple(
        EventMember(m.event, (*m.filters, condition)) for m in ref.members)
    scope = EventType(name, "", "", "", ref.scope.properties)
    return EventSetRef(name, members, scope, decl)


def plain(event: EventType) -> EventSetRef:
    """One schema event as a set (the base of a named event over it)."""
    return EventSetRef(event.name, (EventMember(event),),
                       EventType(event.name, "", "", "", dict(event.properties)))


def property_problem(ref: EventSetRef, name: str) -> tuple[str, str] | None:
    """Why ``name`` is not a property of the set: ("missing", event) for the first
    member event without it, ("types", text) when members give it different types;
    None when no member event has it at all (an unknown property)."""
    events = _distinct_events(ref.members)
    having = [e for e in events if name in e.properties]
    if not having:
        return None
    lacking = [e for e in events if name not in e.properties]
    if lacking:
        return "missing", lacking[0].name
    shown = ", ".join(f"{e.name}.{name} is {e.properties[name].type.value}" for e in having)
    return "types", shown


def _distinct_events(members: tuple[EventMember, ...]) -> list[EventType]:
    seen: dict[str, EventType] = {}
    for member in members:
        seen.setdefault(member.event.name, member.event)
    return list(seen.values())


def _shared_properties(events: list[EventType]) -> dict[str, Field]:
    if not events:
        return {}
    shared: dict[str, Field] = {}
    first, *rest = events
    for name, field in first.properties.items():
        fields = [field, *(e.properties.get(name) for e in rest)]
        if any(f is None or f.type is not field.type for f in fields):
            continue
        shared[name] = Field(name, field.type, name, _union_values(
            [f for f in fields if f is not None]), field.span)
    return shared


def _union_values(fields: list[Field]) -> tuple[Scalar, ...] | None:
    """The allowed values of an enum shared by every member (in first-seen order),
    or None when some member's property is a plain value."""
    values: dict[Scalar, None] = {}
    for field in fields:
        if field.values is None:
            return None
        values.update(dict.fromkeys(field.values))
    return tuple(values)
