"""Events in an expression (SPEC 3.3, SPEC 11): ``has``, ``has ... then ...``,
regularity and lifecycle, the event an aggregate or a ``has`` reads (a schema event,
a group ``(a or b)``/``any event``, or a named event), named events themselves, and
the ``with`` filters on them (checked in the event's scope).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from segdsl.check import event_sets, regularity
from segdsl.check import types as t
from segdsl.check.anchored import check_anchored
from segdsl.check.facts import EventMember, EventRef, EventSetRef
from segdsl.check.fixes import Fix, rename, replacement
from segdsl.check.scope import EventScope
from segdsl.check.suggest import closest, one_of
from segdsl.check.windows import durations, event_window
from segdsl.codes import Code
from segdsl.diagnostics import Span, TextEdit
from segdsl.project.model import EventType
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker

# What lies between an event's name and an empty filter `()`.
_JUST_WITH = re.compile(r"\s*with\s*")


def _removal(checker: ExpressionChecker, start: int, filt: Span) -> tuple[TextEdit, ...]:
    """Remove `` with ()`` from ``start`` (the end of the event's name) to ``filt``'s end."""
    text = checker.texts.get(filt.file)
    if text is None or not _JUST_WITH.fullmatch(text, start, filt.start):
        return ()
    return (replacement(text, filt.file, start, filt.end, ""),)


def _schema_event(checker: ExpressionChecker, name: str, span: Span) -> EventType | None:
    event = checker.schema.events.get(name)
    if event is None and name not in checker.schema.broken:
        names = [*checker.schema.events, *checker.resolver.named_event_names()]
        fix = rename(span, closest(name, names))
        if fix is None and names:
            fix = Fix(f"events: {one_of(names)}")
        checker.error(Code.NAM005, f"unknown event '{name}'", span, fix=fix)
    return event


def resolve_events(checker: ExpressionChecker, node: ast.Aggregate | ast.EventMatch
                   ) -> tuple[EventType, EventSetRef | None] | None:
    """What ``node`` reads: one schema event (and None), or the scope of a group
    or named event and its set; None after a reported problem."""
    if node.group is not None:
        found = _group(checker, node.group)
        return None if found is None else (found.scope, found)
    if checker.resolver.is_named_event(node.event):
        checker.event_uses.add(node.event)
        named = checker.resolver.named_event(node.event)
        return None if named is None else (named.scope, named)
    event = _schema_event(checker, node.event, node.event_span)
    return None if event is None else (event, None)


def _group(checker: ExpressionChecker, group: ast.EventGroup) -> EventSetRef | None:
    """``(a or b)`` or ``any event`` as a set (SPEC 11)."""
    if group.is_any:
        members = tuple(EventMember(e) for e in checker.schema.events.values())
        return event_sets.make_set(group.text, members)
    collected: list[EventMember] = []
    seen: dict[str, ast.EventName] = {}
    failed = False
    for item in group.names:
        if item.name in seen:
            first = seen[item.name].span
            checker.error(Code.EVT001, f"the event '{item.name}' is named twice in this group",
                          item.span, hint=f"remove this `{item.name}`; it is named first at "
                          f"line {first.line}, column {first.column}")
            failed = True
            continue
        seen[item.name] = item
        if checker.resolver.is_named_event(item.name):
            checker.event_uses.add(item.name)
            named = checker.resolver.named_event(item.name)
            if named is None:
                failed = True
            else:
                collected.extend(named.members)
            continue
        event = _schema_event(checker, item.name, item.span)
        if event is None:
            failed = True
        else:
            collected.append(EventMember(event))
    return None if failed else event_sets.make_set(group.text, tuple(collected))


def bind_events(checker: ExpressionChecker, node: ast.Aggregate | ast.EventMatch, event: EventType,
                events: EventSetRef | None) -> None:
    if events is None:
        checker.bind(node, event, EventRef, event)
    else:
        checker.bindings[id(node)] = events


def event_filter(checker: ExpressionChecker, filt: ast.EventFilter | None, event: EventType,
                 event_span: Span, events: EventSetRef | None = None) -> None:
    if filt is None:
        return
    checker.bind(filt, event, EventRef, event)  # whose properties its names are
    if filt.condition is None:
        hint = "remove `with ()`, or write a condition inside the parentheses"
        checker.warn(Code.WRN002, "this `with` filter is empty and filters nothing", filt.span,
                     fix=Fix(hint, _removal(checker, event_span.end, filt.span)))
        return
    checker.condition(filt.condition, EventScope(event, events))


def has_event(checker: ExpressionChecker, expr: ast.HasEvent, scope: EventScope | None) -> None:
    if _outside_with(checker, expr, scope):
        event_match(checker, expr.match)
        check_anchored(checker, expr.anchor)
        event_window(checker, expr.window)


def has_sequence(checker: ExpressionChecker, expr: ast.HasSequence,
                 scope: EventScope | None) -> None:
    if not _outside_with(checker, expr, scope):
        return
    event_match(checker, expr.first)
    event_match(checker, expr.then)
    checker.types[id(expr.within)] = t.DURATION
    if expr.within.amount <= 0:
        checker.error(Code.TYP013, "`within` needs a duration above zero", expr.within.span)
    event_window(checker, expr.window)


def regularity_test(checker: ExpressionChecker, expr: ast.HasRegular | ast.LifecycleTest,
                    scope: EventScope | None) -> None:
    """Regularity and lifecycle (SPEC 11): the event as in `has`, the periods in
    check/regularity.py."""
    if scope is not None:
        word = "has" if isinstance(expr, ast.HasRegular) else expr.kind.value
        checker.error(Code.TYP013, f"`{word}` cannot be used inside `with`", expr.span,
                      hint="inside `with`, compare the event's own properties")
        return
    event_match(checker, expr.match)
    if isinstance(expr, ast.HasRegular):
        checker.types[id(expr.periods)] = t.DURATION
        regularity.check_regular(expr, checker.error)
    elif regularity.check_lifecycle(expr, checker.error) is not None:
        durations(checker, expr.window)


def _outside_with(checker: ExpressionChecker, expr: ast.Expr, scope: EventScope | None) -> bool:
    if scope is not None:
        checker.error(Code.TYP013, "`has` cannot be used inside `with`", expr.span,
                      hint="inside `with`, compare the event's own properties")
        return False
    return True


def event_match(checker: ExpressionChecker, match: ast.EventMatch) -> None:
    resolved = resolve_events(checker, match)
    if resolved is not None:
        event, events = resolved
        bind_events(checker, match, event, events)
        event_filter(checker, match.filter, event, match.event_span, events)


def check_named_event(checker: ExpressionChecker, decl: ast.EventDecl) -> EventSetRef | None:
    """Check the named event ``decl`` and give what it reads (SPEC 11)."""
    base = decl.base
    resolved = resolve_events(checker, base)
    if resolved is None:
        return None
    event, events = resolved
    bind_events(checker, base, event, events)
    event_filter(checker, base.filter, event, base.event_span, events)
    condition = None if base.filter is None else base.filter.condition
    return event_sets.with_filter(events or event_sets.plain(event), decl.name, decl,
                                  condition)
