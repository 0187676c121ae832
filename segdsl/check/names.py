"""Names in an expression (SPEC 3.5): bare names, ``relation.attribute``, and the
properties of an event inside ``with``.

A name is looked up in the scope it is in, bound in the checker's facts and typed;
a name that resolves to nothing is explained (an event or segment used as a value,
another entity's attribute, a property outside its ``with``, a bare word meant as
text) with a hint and, where certain, a fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check import event_sets
from segdsl.check import types as t
from segdsl.check.facts import (
    AttributeRef,
    EventSetRef,
    MetricRef,
    PropertyRef,
    RelationAttributeRef,
    SegmentationRef,
    SegmentRef,
)
from segdsl.check.fixes import Fix, insertion, rename, string_literal
from segdsl.check.scope import EventScope
from segdsl.check.suggest import Suggestion, closest, one_of
from segdsl.check.types import Kind, Type
from segdsl.codes import Code
from segdsl.diagnostics import Span, TextEdit
from segdsl.project.model import EventType, Field
from segdsl.syntax import ast
from segdsl.syntax.walk import iter_nodes

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker


def name_type(checker: ExpressionChecker, expr: ast.Name, scope: EventScope | None) -> Type:
    name = expr.name
    if scope is not None:
        prop = scope.event.properties.get(name)
        if prop is not None:
            checker.bind(expr, prop, PropertyRef, scope.event, prop)
        return property_type(checker, scope.event, name, expr.span, scope.events)
    field = checker.schema.attributes.get(name)
    if field is not None:
        checker.bind(expr, field, AttributeRef, field)
        return field_type(field, name)
    metric = checker.resolver.metric_type(name)
    if metric is not None and checker.other_entity(name, expr.span, "use"):
        return t.ERROR
    if metric is not None:
        checker.dependencies.add(name)
        bind_declaration(checker, expr, name)
        return metric
    segmentation = checker.resolver.segmentation_type(name)
    if segmentation is not None and checker.other_entity(name, expr.span, "use"):
        return t.ERROR
    if segmentation is not None:
        checker.dependencies.add(name)
        bind_declaration(checker, expr, name)
        return segmentation
    return _misused_or_unknown(checker, name, expr.span)


def bind_declaration(checker: ExpressionChecker, node: ast.Name | ast.InSegment, name: str) -> None:
    match checker.resolver.declaration(name):
        case ast.MetricDecl() as decl:
            checker.bind(node, decl, MetricRef, decl)
        case ast.SegmentationDecl() as decl:
            checker.bind(node, decl, SegmentationRef, decl)
        case ast.SegmentDecl() as decl:
            checker.bind(node, decl, SegmentRef, decl)


def _misused_or_unknown(checker: ExpressionChecker, name: str, span: Span) -> Type:
    if name in checker.schema.broken:
        return t.ERROR  # the schema's own diagnostic explains it
    if checker.resolver.is_segment(name):
        checker.dependencies.add(name)
        return checker.error(Code.NAM009, f"'{name}' is a segment, not a value", span,
                             hint=f"test membership with `in segment {name}`")
    if name in checker.schema.events or checker.resolver.is_named_event(name):
        return checker.error(
            Code.NAM009, f"'{name}' is an event, not a value", span,
            hint=f"use `has {name}` or an aggregate such as `count({name})`",
        )
    if name in checker.schema.members:
        many = checker.schema.members[name].entity
        return checker.error(Code.NAM009, f"'{name}' is a relation to many {many} rows, "
                             "not a value", span,
                             hint=f"aggregate over them, e.g. `count({name})`")
    if name in checker.schema.relations:
        relation = checker.schema.relations[name]
        example = next(iter(relation.attributes), "attribute")
        return checker.error(Code.NAM009, f"'{name}' is a relation, not a value", span,
                             hint=f"use one of its attributes, e.g. `{name}.{example}`")
    other = _other_entity_attribute(checker, name)
    if other is not None:
        return checker.error(Code.NAM001, f"'{name}' is an attribute of {other}, not of "
                             f"{checker.schema.entity}", span,
                             hint=_through_members_hint(checker, name, other))
    guess = closest(name, [*checker.schema.attributes, *(
        n for n in checker.resolver.value_names()
        if checker.resolver.entity_of(n) == checker.schema.entity)])
    fix = (_unjoined_filter_hint(checker, name) or _unquoted_text_hint(checker, name, guess)
           or rename(span, guess))
    return checker.error(Code.NAM001, f"unknown name '{name}'", span, fix=fix)


def _other_entity_attribute(checker: ExpressionChecker, name: str) -> str | None:
    """The other entity with an attribute ``name`` (SPEC 11), if any."""
    for entity in checker.schema.entity_names():
        other = checker.schema.for_entity(entity)
        if entity != checker.schema.entity and other is not None and name in other.attributes:
            return entity
    return None


def _through_members_hint(checker: ExpressionChecker, name: str, entity: str) -> str:
    relation = next((m.name for m in checker.schema.members.values() if m.entity == entity),
                    None)
    if relation is None:
        return f"a definition about {entity} is written `for {entity}`"
    return (f"read it through the members, e.g. count({relation} with {name} = ...), or "
            f"write a definition `for {entity}`")


def _unjoined_filter_hint(checker: ExpressionChecker, name: str) -> Fix | None:
    """`has purchase with amount > 10 and category = "x"`: `category` is a property."""
    if checker.after_filter is None:
        return None
    has, operand = checker.after_filter
    event = checker.schema.events.get(has.match.event)
    if has.match.filter is None or event is None or name not in event.properties:
        return None
    condition = has.match.filter.condition
    text = checker.texts.get(has.span.file)
    words = "inside `with`, join conditions with parentheses"
    if text is None or condition is None:
        return Fix(f"{words}: with (A and B)")
    # The filter's text starts after `with` (at its `(` when it has one).
    start = condition.span.start
    keyword = text.rfind("with", has.match.event_span.end, start)
    if keyword >= 0:
        start -= len(text[keyword + len("with"):start].lstrip())
    joined = " ".join(text[start:operand.span.end].split())
    hint = f"{words}: with ({joined})"
    # Parenthesizing is the fix only when the whole operand reads the event's
    # properties; `... and (category = "x" or age > 3)` needs more than that.
    if not _reads_only_properties(operand, event):
        return Fix(hint)
    return Fix(hint, (insertion(text, has.span.file, start, "("),
                      insertion(text, has.span.file, operand.span.end, ")")))


def _unquoted_text_hint(checker: ExpressionChecker, name: str,
                        guess: Suggestion | None) -> Fix | None:
    """`country = DE`: a bare word compared with a text attribute.

    Quoting is the certain fix only when the word is like no name of the project
    (``guess`` is None); otherwise it may be a misspelt metric.
    """
    if checker.compared_to is None:
        return None
    compare, left = checker.compared_to
    if left.kind is not Kind.STRING or not isinstance(compare.right, ast.Name):
        return None
    shown = _quote_span(checker, compare.left.span) or "value"
    hint = f'quote text values: {shown} {compare.op.value} "{name}"'
    if guess is not None:
        return Fix(hint)
    return Fix(hint, (TextEdit(compare.right.span, string_literal(name)),))


def _quote_span(checker: ExpressionChecker, span: Span) -> str | None:
    text = checker.texts.get(span.file)
    return None if text is None else text[span.start:span.end]


def property_type(checker: ExpressionChecker, event: EventType, name: str, span: Span,
                  events: EventSetRef | None = None) -> Type:
    field = event.properties.get(name)
    if field is not None:
        return field_type(field, f"{event.name}.{name}")
    if f"{event.name}.{name}" in checker.schema.broken:
        return t.ERROR
    problem = None if events is None else event_sets.property_problem(events, name)
    if problem is not None:
        what, detail = problem
        if what == "missing":
            return checker.error(
                Code.EVT002, f"{detail} has no property '{name}'", span,
                hint=f"a property of {event.name} must be one every event of it has; "
                f"shared properties: {one_of(event.properties) or 'none'}")
        return checker.error(
            Code.EVT003, f"the events of {event.name} give '{name}' different types: "
            f"{detail}", span,
            hint="use the property of each event in an aggregate of its own")
    fix = rename(span, closest(name, event.properties))
    if fix is None:
        listed = one_of(event.properties) or "none"
        fix = Fix(f"properties of {event.name}: {listed}")
    if name in checker.schema.attributes or checker.resolver.declared_kind(name) is not None:
        fix = Fix(f"inside `with`, names are properties of the event {event.name}; "
                  f"customer attributes, metrics and segments are not visible there")
    return checker.error(Code.NAM006, f"the event {event.name} has no property '{name}'", span,
                         fix=fix)


def member_type(checker: ExpressionChecker, expr: ast.Member, scope: EventScope | None) -> Type:
    if scope is not None:
        return checker.error(
            Code.NAM006, f"'{expr.base}.{expr.name}' cannot be used inside `with`", expr.span,
            hint=f"inside `with`, use the properties of {scope.event.name} by their bare names",
        )
    relation = checker.schema.relations.get(expr.base)
    if expr.base in checker.schema.broken or f"{expr.base}.{expr.name}" in checker.schema.broken:
        return t.ERROR
    if relation is None:
        if expr.base in checker.schema.events:
            return checker.error(
                Code.NAM009,
                f"'{expr.base}.{expr.name}' is an event property, not a customer value",
                expr.span, hint=f"aggregate it, e.g. `sum({expr.base}.{expr.name})` or "
                f"`last({expr.base}.{expr.name})`",
            )
        return checker.error(Code.NAM007, f"unknown relation '{expr.base}'", expr.base_span,
                             fix=rename(expr.base_span, closest(expr.base,
                                                             checker.schema.relations)))
    field = relation.attributes.get(expr.name)
    if field is None:
        fix = rename(expr.name_span, closest(expr.name, relation.attributes)) or Fix(
            f"attributes of {relation.name}: {one_of(relation.attributes) or 'none'}")
        return checker.error(Code.NAM007, f"the relation {relation.name} has no attribute "
                             f"'{expr.name}'", expr.name_span, fix=fix)
    checker.bind(expr, field, RelationAttributeRef, relation, field)
    return field_type(field, f"{expr.base}.{expr.name}")


def _reads_only_properties(expr: ast.Expr, event: EventType) -> bool:
    """Does ``expr`` use nothing but ``event``'s properties (so it fits inside `with`)?"""
    for node in iter_nodes(expr):
        if isinstance(node, ast.Name) and node.name not in event.properties:
            return False
        if isinstance(node, ast.Member | ast.Aggregate | ast.HasEvent | ast.HasSequence
                      | ast.HasRegular | ast.LifecycleTest | ast.InSegment | ast.InStaticList
                      | ast.RankTest):
            return False
    return True


def field_type(field: Field, origin: str) -> Type:
    return t.of_value_type(field.type, field.values, origin)
