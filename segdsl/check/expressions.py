"""Type rules for expressions and conditions (SPEC 3 and 4).

:class:`ExpressionChecker` walks one declaration's expression, reports problems and
returns the expression's type.  Names are resolved through a :class:`Resolver`
supplied by the project checker, which also learns which other definitions an
expression depends on (for cycle detection and compilation order).  Every type
``infer`` returns and every name it resolves is recorded in the checker's
:class:`~segdsl.check.facts.Facts` (by node identity), which later stages read.

Two scopes exist: the customer scope (attributes, relations, metrics,
segmentations) and, inside ``with``, an event scope where bare names are that
event's properties and nothing else (SPEC 3.5).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from segdsl.check import casing, event_sets, lists, regex, regularity
from segdsl.check import types as t
from segdsl.check.anchored import check_anchored
from segdsl.check.facts import (
    AttributeRef,
    Binding,
    EventMember,
    EventRef,
    EventSetPropertyRef,
    EventSetRef,
    Facts,
    MembersRef,
    MetricRef,
    PropertyRef,
    RelationAttributeRef,
    SegmentationRef,
    SegmentRef,
)
from segdsl.check.fixes import Fix, insertion, rename, replacement, string_literal, unquoted
from segdsl.check.functions import FUNCTIONS
from segdsl.check.members import check_members_aggregate, members_of
from segdsl.check.suggest import Suggestion, closest, one_of
from segdsl.check.types import Kind, Type
from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, TextEdit
from segdsl.numbers import NUMBER_SCALE, to_scale
from segdsl.project.model import EventType, Field, Schema
from segdsl.syntax import ast
from segdsl.syntax.builder import is_time_constant
from segdsl.syntax.walk import chain_operands, iter_nodes


@dataclass(frozen=True, slots=True)
class EventScope:
    """Inside ``with``: the event whose properties bare names refer to (for a group
    of events or a named event, its made-up scope, and the set itself in ``events``,
    so a missing property can be explained per member)."""

    event: EventType
    events: EventSetRef | None = None


class Resolver(Protocol):
    """What the expression checker needs to know about project-level names."""

    def metric_type(self, name: str) -> Type | None: ...
    def segmentation_type(self, name: str) -> Type | None: ...
    def is_segment(self, name: str) -> bool: ...
    def declared_kind(self, name: str) -> str | None: ...
    def value_names(self) -> list[str]: ...
    def segment_names(self) -> list[str]: ...
    def static_list_names(self) -> list[str]: ...
    def declaration(self, name: str) -> ast.Declaration | None: ...
    def is_named_event(self, name: str) -> bool: ...
    def named_event(self, name: str) -> EventSetRef | None: ...
    def named_event_names(self) -> list[str]: ...
    # Several entities (SPEC 11): the entity a definition is about, and the
    # resolver of another entity's scope (for the filters of member aggregates).
    def entity_of(self, name: str) -> str | None: ...
    def for_entity(self, entity: str) -> Resolver: ...


class ExpressionChecker:
    def __init__(self, schema: Schema, resolver: Resolver, report: Callable[[Diagnostic], None],
                 texts: Mapping[str, str] | None = None, facts: Facts | None = None):
        self.schema = schema
        self.resolver = resolver
        # Where the type of every checked node and the binding of every name go
        # (check/facts.py); a checker without a project's Facts keeps its own.
        self.facts = facts if facts is not None else Facts()
        self._types = self.facts.types
        self._bindings = self.facts.bindings
        self._shared = self.facts.shared
        self._report = report
        # The files' text by name, so hints can quote what the user wrote.
        self._texts = texts or {}
        # Context for the hints of an unknown name (issue #13): the `has ... with`
        # just before an `and`/`or`, and the left side of a comparison.
        self._after_filter: tuple[ast.HasEvent, ast.Expr] | None = None
        self._compared_to: tuple[ast.Compare, Type] | None = None
        # Names of metrics, segmentations and segments the checked expression uses.
        self.dependencies: set[str] = set()
        # Names of the named events it uses (SPEC 11).
        self.event_uses: set[str] = set()

    def for_entity(self, schema: Schema) -> ExpressionChecker:
        """A checker of the same project in another entity's scope (SPEC 11)."""
        return ExpressionChecker(schema, self.resolver.for_entity(schema.entity), self._report,
                                 self._texts, self.facts)

    def bind_members(self, expr: ast.Aggregate, binding: MembersRef) -> None:
        self._bindings[id(expr)] = binding

    def _other_entity(self, name: str, span: Span, use: str) -> bool:
        """Whether definition ``name`` is about another entity than this scope's
        (then ENT003 is reported)."""
        entity = self.resolver.entity_of(name)
        if entity is None or entity == self.schema.entity:
            return False
        self.error(Code.ENT003, f"'{name}' is about {entity}, but this is about "
                   f"{self.schema.entity}", span,
                   hint=f"{use} only definitions of the same entity; over members, use it in "
                   f"their filter, e.g. count(members with in segment {name})")
        return True

    # ---------------------------------------------------------------- reporting
    # The severity comes from the code (segdsl/codes.py); error() returns the ERROR
    # type so a failed expression is accepted everywhere after its one message.
    # A Fix (check/fixes.py) gives the hint and the edits that carry it out.
    def error(self, code: str, message: str, span: Span, hint: str | None = None,
              fix: Fix | None = None) -> Type:
        self._report(_diagnostic(code, message, span, hint, fix))
        return t.ERROR

    def warn(self, code: str, message: str, span: Span, hint: str | None = None,
             fix: Fix | None = None) -> None:
        self._report(_diagnostic(code, message, span, hint, fix))

    # --------------------------------------------------------------- conditions
    def condition(self, expr: ast.Expr, scope: EventScope | None = None) -> None:
        """Check ``expr`` where a condition (true/false) is required."""
        found = self.infer(expr, scope)
        if not (found.is_boolean or found.is_error):
            self.error(
                Code.TYP005, f"a condition is expected here, but this is {found.kind.words}",
                expr.span, hint=_condition_hint(found),
            )

    def infer(self, expr: ast.Expr, scope: EventScope | None = None) -> Type:
        match expr:
            case ast.StringLit():
                found = t.STRING
            case ast.NumberLit():
                if expr.value.as_tuple().exponent < -NUMBER_SCALE:  # type: ignore[operator]
                    self._too_precise(expr)
                found = t.INTEGER if expr.is_integer else t.NUMBER
            case ast.BoolLit():
                found = t.BOOLEAN
            case ast.DateLit():
                found = t.DATE
            case ast.TimestampLit():
                found = t.TIMESTAMP
            case ast.TimeNow(keyword=keyword):
                found = t.DATE if keyword is ast.TimeKeyword.TODAY else t.TIMESTAMP
            case ast.Ago(duration=duration):
                self._types[id(duration)] = t.DURATION
                found = t.TIMESTAMP
            case ast.Duration():
                found = t.DURATION
            case ast.ListLit():
                found = self.error(Code.TYP013, "a list can only follow `in` or `not in`",
                                   expr.span)
            case ast.Name():
                found = self._name(expr, scope)
            case ast.Member():
                found = self._member(expr, scope)
            case ast.Call():
                found = self._call(expr, scope)
            case ast.Arith():
                found = self._arith(expr, scope)
            case ast.Neg():
                found = self._neg(expr, scope)
            case ast.Aggregate():
                found = self._aggregate(expr, scope)
            case ast.Or() | ast.And():
                previous: ast.Expr | None = None
                for operand in self._chain(expr):
                    self._after_filter = (
                        (previous, operand) if isinstance(previous, ast.HasEvent)
                        and previous.match.filter is not None and previous.window is None
                        and previous.anchor is None
                        else None
                    )
                    try:
                        self.condition(operand, scope)
                    finally:
                        self._after_filter = None
                    previous = operand
                found = t.BOOLEAN
            case ast.Not(operand=operand):
                self.condition(operand, scope)
                found = t.BOOLEAN
            case ast.Compare():
                self._compare(expr, scope)
                found = t.BOOLEAN
            case ast.InList():
                self._in_list(expr, scope)
                found = t.BOOLEAN
            case ast.Between():
                self._between(expr, scope)
                found = t.BOOLEAN
            case ast.TextTest():
                self._text_test(expr, scope)
                found = t.BOOLEAN
            case ast.IsSet(expr=operand):
                if self.infer(operand, scope).kind is Kind.DURATION:
                    self._duration_alone(operand)
                found = t.BOOLEAN
            case ast.WindowTest():
                self._window_test(expr, scope)
                found = t.BOOLEAN
            case ast.RankTest():
                self._rank_test(expr, scope)
                found = t.BOOLEAN
            case ast.InSegment():
                self._in_segment(expr, scope)
                found = t.BOOLEAN
            case ast.InStaticList():
                self._in_static_list(expr, scope)
                found = t.BOOLEAN
            case ast.HasEvent():
                self._has_event(expr, scope)
                found = t.BOOLEAN
            case ast.HasSequence():
                self._has_sequence(expr, scope)
                found = t.BOOLEAN
            case ast.HasRegular() | ast.LifecycleTest():
                self._regularity(expr, scope)
                found = t.BOOLEAN
            case _:  # pragma: no cover
                raise AssertionError(f"unhandled node {type(expr).__name__}")
        # Recorded here, not in a wrapper: a frame more per level would lower the
        # nesting the checker takes before SYN010 (tests/test_compile_depth.py).
        self._types[id(expr)] = found
        return found

    def _chain(self, expr: ast.And | ast.Or) -> list[ast.Expr]:
        """The operands of a run of ``and`` (or ``or``); the inner connectives, which
        are never inferred alone, are typed as conditions on the way."""
        connectives: list[ast.Expr] = []
        operands = chain_operands(expr, connectives)
        for node in connectives:
            self._types[id(node)] = t.BOOLEAN
        return operands

    def _too_precise(self, expr: ast.NumberLit) -> None:
        rounded = format(to_scale(expr.value), "f")  # 0E-9 would not parse
        if expr.percent:
            # `12.3456789012%` is 0.123456789012: 9 places of the number are 7 of the
            # percentage, and the fix keeps the `%`.
            places = format(to_scale(expr.value).scaleb(2), "f").rstrip("0").rstrip(".")
            self.error(Code.NUM001, f"{expr.text}% is {format(expr.value, 'f')}, which has "
                       f"more than {NUMBER_SCALE} digits after the point", expr.span, fix=Fix(
                           f"numbers are exact to {NUMBER_SCALE} places, percentages to "
                           f"{NUMBER_SCALE - 2}; write {places}%",
                           (TextEdit(expr.span, places + "%"),)))
            return
        self.error(Code.NUM001, f"{expr.value} has more than {NUMBER_SCALE} digits "
                   "after the point", expr.span, fix=Fix(
                       f"numbers are exact to {NUMBER_SCALE} places; write {rounded}",
                       (TextEdit(expr.span, rounded),)))

    def _case_problem(self, problem: casing.Problem | None) -> bool:
        """Report a misused ``ignoring case``; whether there was one."""
        if problem is not None:
            self.error(problem.code, problem.message, problem.span, fix=problem.fix)
        return problem is not None

    def _durations(self, window: ast.Window | None) -> None:
        """The duration of ``in last``/``in next`` is typed with its window."""
        if isinstance(window, ast.LastWindow | ast.NextWindow):
            self._types[id(window.duration)] = t.DURATION

    def value(self, expr: ast.Expr, scope: EventScope | None) -> Type:
        """Infer a type where a value (not a bare duration) is needed."""
        found = self.infer(expr, scope)
        if found.kind is Kind.DURATION:
            return self._duration_alone(expr)
        return found

    def _duration_alone(self, expr: ast.Expr) -> Type:
        return self.error(
            Code.TYP014, "a duration is not a value on its own", expr.span,
            hint="write `30 days ago` for a point in time, or add it to a time: "
            "`signup_at + 30 days`",
        )

    # -------------------------------------------------------------------- names
    def _name(self, expr: ast.Name, scope: EventScope | None) -> Type:
        name = expr.name
        if scope is not None:
            prop = scope.event.properties.get(name)
            if prop is not None:
                self._bind(expr, prop, PropertyRef, scope.event, prop)
            return self._property(scope.event, name, expr.span, scope.events)
        field = self.schema.attributes.get(name)
        if field is not None:
            self._bind(expr, field, AttributeRef, field)
            return _field_type(field, name)
        metric = self.resolver.metric_type(name)
        if metric is not None and self._other_entity(name, expr.span, "use"):
            return t.ERROR
        if metric is not None:
            self.dependencies.add(name)
            self._bind_declaration(expr, name)
            return metric
        segmentation = self.resolver.segmentation_type(name)
        if segmentation is not None and self._other_entity(name, expr.span, "use"):
            return t.ERROR
        if segmentation is not None:
            self.dependencies.add(name)
            self._bind_declaration(expr, name)
            return segmentation
        return self._misused_or_unknown(name, expr.span)

    def _bind(self, node: object, target: object, kind: Callable[..., Binding],
              *args: Any) -> None:
        """Record that ``node`` refers to ``target``, as ``kind(*args)``; one binding
        object per target for the whole project (making one per use was a fifth of
        the time the facts added to `check`)."""
        binding = self._shared.get(id(target))
        if binding is None:
            binding = self._shared[id(target)] = kind(*args)
        self._bindings[id(node)] = binding

    def _bind_declaration(self, node: ast.Name | ast.InSegment, name: str) -> None:
        match self.resolver.declaration(name):
            case ast.MetricDecl() as decl:
                self._bind(node, decl, MetricRef, decl)
            case ast.SegmentationDecl() as decl:
                self._bind(node, decl, SegmentationRef, decl)
            case ast.SegmentDecl() as decl:
                self._bind(node, decl, SegmentRef, decl)

    def _misused_or_unknown(self, name: str, span: Span) -> Type:
        if name in self.schema.broken:
            return t.ERROR  # the schema's own diagnostic explains it
        if self.resolver.is_segment(name):
            self.dependencies.add(name)
            return self.error(Code.NAM009, f"'{name}' is a segment, not a value", span,
                              hint=f"test membership with `in segment {name}`")
        if name in self.schema.events or self.resolver.is_named_event(name):
            return self.error(
                Code.NAM009, f"'{name}' is an event, not a value", span,
                hint=f"use `has {name}` or an aggregate such as `count({name})`",
            )
        if name in self.schema.members:
            many = self.schema.members[name].entity
            return self.error(Code.NAM009, f"'{name}' is a relation to many {many} rows, "
                              "not a value", span,
                              hint=f"aggregate over them, e.g. `count({name})`")
        if name in self.schema.relations:
            relation = self.schema.relations[name]
            example = next(iter(relation.attributes), "attribute")
            return self.error(Code.NAM009, f"'{name}' is a relation, not a value", span,
                              hint=f"use one of its attributes, e.g. `{name}.{example}`")
        other = self._other_entity_attribute(name)
        if other is not None:
            return self.error(Code.NAM001, f"'{name}' is an attribute of {other}, not of "
                              f"{self.schema.entity}", span,
                              hint=self._through_members_hint(name, other))
        guess = closest(name, [*self.schema.attributes, *(
            n for n in self.resolver.value_names()
            if self.resolver.entity_of(n) == self.schema.entity)])
        fix = (self._unjoined_filter_hint(name) or self._unquoted_text_hint(name, guess)
               or rename(span, guess))
        return self.error(Code.NAM001, f"unknown name '{name}'", span, fix=fix)

    def _other_entity_attribute(self, name: str) -> str | None:
        """The other entity with an attribute ``name`` (SPEC 11), if any."""
        for entity in self.schema.entity_names():
            other = self.schema.for_entity(entity)
            if entity != self.schema.entity and other is not None and name in other.attributes:
                return entity
        return None

    def _through_members_hint(self, name: str, entity: str) -> str:
        relation = next((m.name for m in self.schema.members.values() if m.entity == entity),
                        None)
        if relation is None:
            return f"a definition about {entity} is written `for {entity}`"
        return (f"read it through the members, e.g. count({relation} with {name} = ...), or "
                f"write a definition `for {entity}`")

    def _unjoined_filter_hint(self, name: str) -> Fix | None:
        """`has purchase with amount > 10 and category = "x"`: `category` is a property."""
        if self._after_filter is None:
            return None
        has, operand = self._after_filter
        event = self.schema.events.get(has.match.event)
        if has.match.filter is None or event is None or name not in event.properties:
            return None
        condition = has.match.filter.condition
        text = self._texts.get(has.span.file)
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

    def _unquoted_text_hint(self, name: str, guess: Suggestion | None) -> Fix | None:
        """`country = DE`: a bare word compared with a text attribute.

        Quoting is the certain fix only when the word is like no name of the project
        (``guess`` is None); otherwise it may be a misspelt metric.
        """
        if self._compared_to is None:
            return None
        compare, left = self._compared_to
        if left.kind is not Kind.STRING or not isinstance(compare.right, ast.Name):
            return None
        shown = self._quote_span(compare.left.span) or "value"
        hint = f'quote text values: {shown} {compare.op.value} "{name}"'
        if guess is not None:
            return Fix(hint)
        return Fix(hint, (TextEdit(compare.right.span, string_literal(name)),))

    def _removal(self, start: int, filt: Span) -> tuple[TextEdit, ...]:
        """Remove `` with ()`` from ``start`` (the end of the event's name) to ``filt``'s end."""
        text = self._texts.get(filt.file)
        if text is None or not _JUST_WITH.fullmatch(text, start, filt.start):
            return ()
        return (replacement(text, filt.file, start, filt.end, ""),)

    def _quote_span(self, span: Span) -> str | None:
        text = self._texts.get(span.file)
        return None if text is None else text[span.start:span.end]


    def _property(self, event: EventType, name: str, span: Span,
                  events: EventSetRef | None = None) -> Type:
        field = event.properties.get(name)
        if field is not None:
            return _field_type(field, f"{event.name}.{name}")
        if f"{event.name}.{name}" in self.schema.broken:
            return t.ERROR
        problem = None if events is None else event_sets.property_problem(events, name)
        if problem is not None:
            what, detail = problem
            if what == "missing":
                return self.error(
                    Code.EVT002, f"{detail} has no property '{name}'", span,
                    hint=f"a property of {event.name} must be one every event of it has; "
                    f"shared properties: {one_of(event.properties) or 'none'}")
            return self.error(
                Code.EVT003, f"the events of {event.name} give '{name}' different types: "
                f"{detail}", span,
                hint="use the property of each event in an aggregate of its own")
        fix = rename(span, closest(name, event.properties))
        if fix is None:
            listed = one_of(event.properties) or "none"
            fix = Fix(f"properties of {event.name}: {listed}")
        if name in self.schema.attributes or self.resolver.declared_kind(name) is not None:
            fix = Fix(f"inside `with`, names are properties of the event {event.name}; "
                      f"customer attributes, metrics and segments are not visible there")
        return self.error(Code.NAM006, f"the event {event.name} has no property '{name}'", span,
                          fix=fix)

    def _member(self, expr: ast.Member, scope: EventScope | None) -> Type:
        if scope is not None:
            return self.error(
                Code.NAM006, f"'{expr.base}.{expr.name}' cannot be used inside `with`", expr.span,
                hint=f"inside `with`, use the properties of {scope.event.name} by their bare names",
            )
        relation = self.schema.relations.get(expr.base)
        if expr.base in self.schema.broken or f"{expr.base}.{expr.name}" in self.schema.broken:
            return t.ERROR
        if relation is None:
            if expr.base in self.schema.events:
                return self.error(
                    Code.NAM009,
                    f"'{expr.base}.{expr.name}' is an event property, not a customer value",
                    expr.span, hint=f"aggregate it, e.g. `sum({expr.base}.{expr.name})` or "
                    f"`last({expr.base}.{expr.name})`",
                )
            return self.error(Code.NAM007, f"unknown relation '{expr.base}'", expr.base_span,
                              fix=rename(expr.base_span, closest(expr.base,
                                                                 self.schema.relations)))
        field = relation.attributes.get(expr.name)
        if field is None:
            fix = rename(expr.name_span, closest(expr.name, relation.attributes)) or Fix(
                f"attributes of {relation.name}: {one_of(relation.attributes) or 'none'}")
            return self.error(Code.NAM007, f"the relation {relation.name} has no attribute "
                              f"'{expr.name}'", expr.name_span, fix=fix)
        self._bind(expr, field, RelationAttributeRef, relation, field)
        return _field_type(field, f"{expr.base}.{expr.name}")

    # ---------------------------------------------------------------- functions
    def _call(self, expr: ast.Call, scope: EventScope | None) -> Type:
        rule = FUNCTIONS.get(expr.function)
        if rule is None:
            fix = rename(expr.name_span, closest(expr.function, FUNCTIONS)) or Fix(
                f"functions: {', '.join(FUNCTIONS)}")
            return self.error(Code.NAM008, f"unknown function '{expr.function}'", expr.name_span,
                              fix=fix)
        count = len(expr.args)
        if count < rule.min_args or (rule.max_args is not None and count > rule.max_args):
            for arg in expr.args:
                self.infer(arg, scope)
            takes = _arity(rule.min_args, rule.max_args)
            return self.error(Code.TYP009, f"{expr.function} takes {takes}, not {count}", expr.span,
                              hint=f"usage: {rule.usage}")
        if rule.ranks_customers and scope is not None:
            return self.error(Code.TYP013, f"{expr.function} ranks customers and cannot be used "
                              "inside `with`", expr.span)
        arg_types = [self.value(arg, scope) for arg in expr.args]
        for index in rule.literal_args:
            positive = expr.function == "ntile"
            if index < count and not _is_int_literal(expr.args[index], positive=positive):
                wanted = "a whole number above 0" if expr.function == "ntile" else "a whole number"
                return self.error(Code.TYP009, f"argument {index + 1} of {expr.function} must be "
                                  f"written as {wanted}", expr.args[index].span,
                                  hint=f"usage: {rule.usage}")
        result = rule.result(arg_types)
        if isinstance(result, str):
            kinds = ", ".join(a.kind.value for a in arg_types)
            return self.error(Code.TYP009, f"{expr.function} {result} (got {kinds})", expr.span,
                              hint=f"usage: {rule.usage}")
        return result

    # --------------------------------------------------------------- arithmetic
    def _neg(self, expr: ast.Neg, scope: EventScope | None) -> Type:
        operand: ast.Expr = expr
        chain: list[ast.Neg] = []
        while isinstance(operand, ast.Neg):  # iterative: `- - - 1` must not recurse deeply
            chain.append(operand)
            operand = operand.operand
        found = self.infer(operand, scope)
        result = Type(found.kind) if found.is_numeric or found.is_error else self.error(
            Code.TYP001, f"cannot negate {found.kind.words}", expr.span)
        for inner in chain:  # each of `- - x` has the type of the whole
            self._types[id(inner)] = result
        return result

    def _arith(self, expr: ast.Arith, scope: EventScope | None) -> Type:
        # `a + b + c + ...` nests to the left; fold along that spine iteratively so a
        # long sum does not exhaust Python's recursion limit.
        spine: list[ast.Arith] = []
        node: ast.Expr = expr
        while isinstance(node, ast.Arith):
            spine.append(node)
            node = node.left
        result = self.infer(node, scope)
        for step in reversed(spine):
            result = self._arith_step(step, result, self.infer(step.right, scope))
            self._types[id(step)] = result
        return result

    def _arith_step(self, expr: ast.Arith, left: Type, right: Type) -> Type:
        if left.is_error or right.is_error:
            return t.ERROR
        if left.is_numeric and right.is_numeric:
            if expr.op is ast.ArithOp.DIV:
                return t.NUMBER  # `/` is always real division (SPEC 3.4)
            return t.INTEGER if left.kind is right.kind is Kind.INTEGER else t.NUMBER
        if expr.op in (ast.ArithOp.ADD, ast.ArithOp.SUB):
            if left.is_time and right.kind is Kind.DURATION:
                return _shifted(left, expr.right)
            if expr.op is ast.ArithOp.ADD and left.kind is Kind.DURATION and right.is_time:
                return _shifted(right, expr.left)
        return self.error(
            Code.TYP001, f"cannot compute {left.kind.words} {expr.op.value} {right.kind.words}",
            expr.span, hint="arithmetic works on numbers, and a time plus or minus a duration",
        )

    # --------------------------------------------------------------- aggregates
    def _aggregate(self, expr: ast.Aggregate, scope: EventScope | None) -> Type:
        if scope is not None:
            return self.error(Code.TYP013, "an aggregate cannot be used inside `with`", expr.span,
                              hint="inside `with`, compare the event's own properties")
        members = members_of(self.schema, expr)
        if members is not None:
            return check_members_aggregate(self, expr, members)
        resolved = self._events(expr)
        event, events = resolved if resolved is not None else (None, None)
        if event is not None:
            self._event_filter(expr.filter, event, expr.event_span, events)
        check_anchored(self, expr.anchor)
        self._event_window(expr.window)
        if event is None:
            return t.ERROR
        function = expr.function
        prop: Field | None = None
        if expr.prop is not None and expr.prop_span is not None:
            prop = event.properties.get(expr.prop)
            if prop is None:
                self._property(event, expr.prop, expr.prop_span, events)
                return t.ERROR
        if events is not None:
            if prop is None:
                self._bindings[id(expr)] = events
            else:
                self._bindings[id(expr)] = EventSetPropertyRef(events, prop)
        elif prop is None:
            self._bind(expr, event, EventRef, event)
        else:
            self._bind(expr, prop, PropertyRef, event, prop)
        if prop is not None and prop.type.is_list:
            return lists.aggregate_of_list(self, expr, event.name, prop.name)
        if events is not None and expr.distinct and expr.anchor is not None \
                and len({m.event.table for m in events.members}) > 1:
            return self.error(
                Code.EVT006, f"count(distinct …) of {event.name}, whose events are in several "
                "tables, cannot take `within … after`", expr.span,
                hint="count the distinct values of each table's events on its own")
        if expr.distinct and (function is not ast.AggFn.COUNT or prop is None):
            return self.error(Code.TYP004,
                              "`distinct` only works as count(distinct EVENT.PROPERTY)",
                              expr.span, hint=f"e.g. count(distinct {event.name}.<property>)")
        if function is ast.AggFn.COUNT:
            if prop is not None and not expr.distinct:
                return self.error(
                    Code.TYP004, "count counts events, not property values", expr.span,
                    hint=f"write count({event.name}) or count(distinct {event.name}.{prop.name})",
                )
            return t.INTEGER
        if function in (ast.AggFn.FIRST, ast.AggFn.LAST):
            return t.TIMESTAMP if prop is None else _field_type(prop, f"{event.name}.{prop.name}")
        if prop is None:
            return self.error(Code.TYP004, f"{function.value} needs a property of the event",
                              expr.span, hint=f"e.g. {function.value}({event.name}.amount)")
        prop_type = _field_type(prop, f"{event.name}.{prop.name}")
        if function in (ast.AggFn.SUM, ast.AggFn.AVG):
            if not prop_type.is_numeric:
                return self.error(
                    Code.TYP004, f"{function.value} needs a number, but {event.name}.{prop.name} "
                    f"is {prop_type.kind.words}", expr.prop_span or expr.span,
                )
            return t.NUMBER if function is ast.AggFn.AVG else Type(prop_type.kind)
        if prop_type.kind is Kind.BOOLEAN:
            return self.error(Code.TYP004,
                              f"{function.value} cannot be applied to a boolean property",
                              expr.prop_span or expr.span)
        return Type(prop_type.kind, prop_type.values, prop_type.origin)

    def _event(self, name: str, span: Span) -> EventType | None:
        event = self.schema.events.get(name)
        if event is None and name not in self.schema.broken:
            names = [*self.schema.events, *self.resolver.named_event_names()]
            fix = rename(span, closest(name, names))
            if fix is None and names:
                fix = Fix(f"events: {one_of(names)}")
            self.error(Code.NAM005, f"unknown event '{name}'", span, fix=fix)
        return event

    def _events(self, node: ast.Aggregate | ast.EventMatch
                ) -> tuple[EventType, EventSetRef | None] | None:
        """What ``node`` reads: one schema event (and None), or the scope of a group
        or named event and its set; None after a reported problem."""
        if node.group is not None:
            found = self._group(node.group)
            return None if found is None else (found.scope, found)
        if self.resolver.is_named_event(node.event):
            self.event_uses.add(node.event)
            named = self.resolver.named_event(node.event)
            return None if named is None else (named.scope, named)
        event = self._event(node.event, node.event_span)
        return None if event is None else (event, None)

    def _group(self, group: ast.EventGroup) -> EventSetRef | None:
        """``(a or b)`` or ``any event`` as a set (SPEC 11)."""
        if group.is_any:
            members = tuple(EventMember(e) for e in self.schema.events.values())
            return event_sets.make_set(group.text, members)
        collected: list[EventMember] = []
        seen: dict[str, ast.EventName] = {}
        failed = False
        for item in group.names:
            if item.name in seen:
                first = seen[item.name].span
                self.error(Code.EVT001, f"the event '{item.name}' is named twice in this group",
                           item.span, hint=f"remove this `{item.name}`; it is named first at "
                           f"line {first.line}, column {first.column}")
                failed = True
                continue
            seen[item.name] = item
            if self.resolver.is_named_event(item.name):
                self.event_uses.add(item.name)
                named = self.resolver.named_event(item.name)
                if named is None:
                    failed = True
                else:
                    collected.extend(named.members)
                continue
            event = self._event(item.name, item.span)
            if event is None:
                failed = True
            else:
                collected.append(EventMember(event))
        return None if failed else event_sets.make_set(group.text, tuple(collected))

    def named_event(self, decl: ast.EventDecl) -> EventSetRef | None:
        """Check the named event ``decl`` and give what it reads (SPEC 11)."""
        base = decl.base
        resolved = self._events(base)
        if resolved is None:
            return None
        event, events = resolved
        self._bind_events(base, event, events)
        self._event_filter(base.filter, event, base.event_span, events)
        condition = None if base.filter is None else base.filter.condition
        return event_sets.with_filter(events or event_sets.plain(event), decl.name, decl,
                                      condition)

    def _bind_events(self, node: ast.Aggregate | ast.EventMatch, event: EventType,
                     events: EventSetRef | None) -> None:
        if events is None:
            self._bind(node, event, EventRef, event)
        else:
            self._bindings[id(node)] = events

    def _event_filter(self, filt: ast.EventFilter | None, event: EventType,
                      event_span: Span, events: EventSetRef | None = None) -> None:
        if filt is None:
            return
        self._bind(filt, event, EventRef, event)  # whose properties its names are
        if filt.condition is None:
            hint = "remove `with ()`, or write a condition inside the parentheses"
            self.warn(Code.WRN002, "this `with` filter is empty and filters nothing", filt.span,
                      fix=Fix(hint, self._removal(event_span.end, filt.span)))
            return
        self.condition(filt.condition, EventScope(event, events))

    def _event_window(self, window: ast.Window | None) -> None:
        """Windows on events: never `in next`, and bounds must be fixed times."""
        if window is None:
            return
        self._durations(window)
        if isinstance(window, ast.NextWindow):
            self.error(Code.TYP007,
                       "events are never in the future: `in next` cannot select events",
                       window.span, hint="use `in last ...` for events; `in next` is for "
                       "time values such as a renewal date")
            return
        for bound in _bounds(window):
            if not is_time_constant(bound):
                self.error(Code.TYP010, "a window on events must start and end at fixed times",
                           bound.span, hint="use a date, a timestamp, today, now or `N days ago`")
            else:
                self._time_bound(bound, None)

    # -------------------------------------------------------------- comparisons
    def _compare(self, expr: ast.Compare, scope: EventScope | None) -> None:
        left = self.value(expr.left, scope)
        self._compared_to = (expr, left)
        try:
            right = self.value(expr.right, scope)
        finally:
            self._compared_to = None
        if left.is_error or right.is_error:
            return
        if self._case_problem(casing.compare_problem(expr, left, right)):
            return
        if lists.not_comparable(self, left, right, expr, f"`{expr.op.value}`"):
            return
        if not t.comparable(left, right):
            self.error(Code.TYP001, f"cannot compare {left.kind.words} with {right.kind.words}",
                       expr.span, fix=_compare_hint(left, right, expr))
            return
        if expr.op not in (ast.CompareOp.EQ, ast.CompareOp.NE) and not t.ordered(left.kind):
            self.error(Code.TYP001, f"{left.kind.words} has no order; use = or !=", expr.span)
            return
        folded = expr.ignoring_case
        self._literal_in_values(left, expr.right, folded)
        self._literal_in_values(right, expr.left, folded)

    def _literal_in_values(self, typ: Type, other: ast.Expr, folded: bool = False) -> None:
        """An enum or segmentation compared with a literal: is the literal allowed?
        (``folded``: compared ignoring case, so any casing of an allowed value is.)"""
        if typ.values is None or not isinstance(other, ast.StringLit | ast.NumberLit):
            return
        literal = other.value
        allowed = [str(v) for v in typ.values]
        if str(literal) in allowed or _numeric_member(literal, typ):
            return
        if folded and casing.folded_member(literal, allowed):
            return
        is_label = (typ.origin or "").startswith("segmentation ")
        code = Code.TYP003 if is_label else Code.TYP002
        what = "label" if is_label else "allowed value"
        guess = closest(str(literal), allowed)
        listing = f"{what}s of {typ.origin}: {one_of(typ.values)}"
        message = f"{_show(literal)} is not {_article(what)} {what} of {typ.origin}"
        if guess is None:
            self.error(code, message, other.span, hint=listing)
            return
        written = string_literal(guess.name) if isinstance(other, ast.StringLit) else guess.name
        edits = (TextEdit(other.span, written),) if guess.unique else ()
        self.error(code, message, other.span, fix=Fix(f"{guess.hint} {listing}", edits))

    def _in_list(self, expr: ast.InList, scope: EventScope | None) -> None:
        subject = self.value(expr.expr, scope)
        if self._case_problem(casing.in_list_problem(expr, subject)):
            subject = t.ERROR  # the items are still checked, against nothing
        elif lists.not_comparable(self, subject, subject, expr.expr,
                                  "`not in`" if expr.negated else "`in`"):
            subject = t.ERROR
        if not expr.items.items:
            if not expr.negated:
                self.warn(Code.WRN001, "nothing is in an empty list, so this is never true",
                          expr.span)
            return
        for item in expr.items.items:
            item_type = self.infer(item)
            if subject.is_error:
                continue
            if not t.comparable(subject, item_type):
                self.error(Code.TYP001, f"the list holds {item_type.kind.words} but the value is "
                           f"{subject.kind.words}", item.span)
                continue
            self._literal_in_values(subject, item, expr.ignoring_case)

    def _between(self, expr: ast.Between, scope: EventScope | None) -> None:
        subject = self.value(expr.expr, scope)
        low = self.value(expr.low, scope)
        high = self.value(expr.high, scope)
        if subject.is_error or low.is_error or high.is_error:
            return
        if subject.is_numeric:
            if not (low.is_numeric and high.is_numeric):
                self.error(Code.TYP001, "`between` on a number needs number bounds", expr.span)
            elif isinstance(expr.low, ast.NumberLit) and isinstance(expr.high, ast.NumberLit) \
                    and expr.low.value > expr.high.value and not expr.negated:
                self.warn(Code.WRN001, "the lower bound is above the upper bound, so this is never "
                          "true", expr.span, hint="write the smaller value first")
            return
        if subject.is_time:
            if not (low.is_time and high.is_time):
                self.error(Code.TYP006, "`between` on a time needs time bounds", expr.span,
                           hint="e.g. signup_at between 2026-01-01 and 2026-03-31")
            return
        self.error(Code.TYP001,
                   f"`between` works on numbers and times, not on {subject.kind.words}",
                   expr.expr.span)

    def _text_test(self, expr: ast.TextTest, scope: EventScope | None) -> None:
        subject = self.value(expr.expr, scope)
        if subject.is_list or expr.op in lists.LIST_OPS:
            if not self._case_problem(casing.list_test_problem(expr, subject)):
                lists.list_test(self, expr, subject, scope)
            return
        pattern = self.value(expr.pattern, scope)
        for found, node in ((subject, expr.expr), (pattern, expr.pattern)):
            if not (found.kind is Kind.STRING or found.is_error):
                self.error(Code.TYP001,
                           f"`{expr.op.value}` works on text, not on {found.kind.words}",
                           node.span)
        if self._case_problem(casing.text_test_problem(expr)):
            return
        if expr.op is ast.TextOp.MATCHES:
            if not isinstance(expr.pattern, ast.StringLit):
                self.error(Code.TYP012,
                           "the pattern of `matches` must be written as a text literal",
                           expr.pattern.span)
                return
            self._check_regex(expr.pattern)

    def _check_regex(self, pattern: ast.StringLit) -> None:
        # Only the subset every engine reads alike (check/regex.py); the hint says
        # what to write instead of a construct outside it.
        found = regex.parse(pattern.value)
        if isinstance(found, regex.Problem):
            self.error(Code.TYP012, f"{found.message} (character {found.offset + 1} of the "
                       "pattern)", pattern.span, hint=found.hint)

    # ---------------------------------------------------------- windows, ranks
    def _window_test(self, expr: ast.WindowTest, scope: EventScope | None) -> None:
        subject = self.value(expr.expr, scope)
        if not (subject.is_time or subject.is_error):
            self.error(Code.TYP006, f"a time window needs a date or a timestamp, but this is "
                       f"{subject.kind.words}", expr.expr.span,
                       hint="to test when something happened, use e.g. `has purchase in last 30 "
                       "days` or `last(purchase) in last 30 days`")
        self._durations(expr.window)
        for bound in _bounds(expr.window):
            self._time_bound(bound, scope)

    def _time_bound(self, bound: ast.Expr, scope: EventScope | None) -> None:
        found = self.value(bound, scope)
        if not (found.is_time or found.is_error):
            self.error(Code.TYP006, f"a window bound must be a date or a timestamp, not "
                       f"{found.kind.words}", bound.span)

    def _rank_test(self, expr: ast.RankTest, scope: EventScope | None) -> None:
        if scope is not None:
            self.error(Code.TYP013, "ranking compares customers and cannot be used inside `with`",
                       expr.span)
            return
        subject = self.value(expr.expr, scope)
        self._types[id(expr.percent)] = t.INTEGER if expr.percent.is_integer else t.NUMBER
        if not (subject.is_numeric or subject.is_error):
            self.error(Code.TYP008, f"`{expr.direction.value}` ranks numbers, not "
                       f"{subject.kind.words}", expr.expr.span)
        if not (0 < expr.percent.value <= 100):
            self.error(Code.TYP011, f"{expr.percent.value}% is not a share of customers",
                       expr.percent.span, hint="use a percentage above 0 and at most 100")

    def _in_segment(self, expr: ast.InSegment, scope: EventScope | None) -> None:
        if scope is not None:
            self.error(Code.TYP013, "`in segment` cannot be used inside `with`", expr.span)
            return
        if self.resolver.is_segment(expr.segment):
            if self._other_entity(expr.segment, expr.name_span, "`in segment` takes"):
                return
            self.dependencies.add(expr.segment)
            self._bind_declaration(expr, expr.segment)
            return
        kind = self.resolver.declared_kind(expr.segment)
        if kind is not None or expr.segment in self.schema.attributes:
            what = kind or "attribute"
            self.error(Code.NAM009, f"'{expr.segment}' is {_article(what)} {what}, not a segment",
                       expr.name_span)
            return
        self.error(Code.NAM001, f"unknown segment '{expr.segment}'", expr.name_span,
                   fix=rename(expr.name_span, closest(expr.segment,
                                                      self.resolver.segment_names())))

    def _in_static_list(self, expr: ast.InStaticList, scope: EventScope | None) -> None:
        if scope is not None:
            self.error(Code.TYP013, "`in list` tests the customer's key and cannot be used "
                       "inside `with`", expr.span)
            return
        names = self.resolver.static_list_names()
        if expr.name in names:
            return
        declared = ", ".join(sorted(names)) if names else "none (add `lists:` to segdsl.yml)"
        fix = rename(expr.name_span, closest(expr.name, names))
        self.error(Code.LST001, f"unknown list '{expr.name}'", expr.name_span,
                   hint=None if fix is not None else f"the project's lists: {declared}",
                   fix=fix)

    # ---------------------------------------------------------------- has forms
    def _has_event(self, expr: ast.HasEvent, scope: EventScope | None) -> None:
        if self._outside_with(expr, scope):
            self._event_match(expr.match)
            check_anchored(self, expr.anchor)
            self._event_window(expr.window)

    def _has_sequence(self, expr: ast.HasSequence, scope: EventScope | None) -> None:
        if not self._outside_with(expr, scope):
            return
        self._event_match(expr.first)
        self._event_match(expr.then)
        self._types[id(expr.within)] = t.DURATION
        if expr.within.amount <= 0:
            self.error(Code.TYP013, "`within` needs a duration above zero", expr.within.span)
        self._event_window(expr.window)

    def _regularity(self, expr: ast.HasRegular | ast.LifecycleTest, scope: EventScope | None
                    ) -> None:
        """Regularity and lifecycle (SPEC 11): the event as in `has`, the periods in
        check/regularity.py."""
        if scope is not None:
            word = "has" if isinstance(expr, ast.HasRegular) else expr.kind.value
            self.error(Code.TYP013, f"`{word}` cannot be used inside `with`", expr.span,
                       hint="inside `with`, compare the event's own properties")
            return
        self._event_match(expr.match)
        if isinstance(expr, ast.HasRegular):
            self._types[id(expr.periods)] = t.DURATION
            regularity.check_regular(expr, self.error)
        elif regularity.check_lifecycle(expr, self.error) is not None:
            self._durations(expr.window)

    def _outside_with(self, expr: ast.Expr, scope: EventScope | None) -> bool:
        if scope is not None:
            self.error(Code.TYP013, "`has` cannot be used inside `with`", expr.span,
                       hint="inside `with`, compare the event's own properties")
            return False
        return True

    def _event_match(self, match: ast.EventMatch) -> None:
        resolved = self._events(match)
        if resolved is not None:
            event, events = resolved
            self._bind_events(match, event, events)
            self._event_filter(match.filter, event, match.event_span, events)


# ------------------------------------------------------------------- helpers

# What lies between an event's name and an empty filter `()`.
_JUST_WITH = re.compile(r"\s*with\s*")


def _diagnostic(code: str, message: str, span: Span, hint: str | None, fix: Fix | None
                ) -> Diagnostic:
    if fix is None:
        return Diagnostic(code, message, span, hint=hint)
    return Diagnostic(code, message, span, hint=fix.hint, edits=fix.edits)


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


def _field_type(field: Field, origin: str) -> Type:
    return t.of_value_type(field.type, field.values, origin)


def _shifted(time: Type, duration: ast.Expr) -> Type:
    """A date moved by days/weeks/months/years stays a date; by hours it becomes a time."""
    if time.kind is Kind.DATE and isinstance(duration, ast.Duration) \
            and duration.unit in (ast.Unit.DAY, ast.Unit.WEEK, ast.Unit.MONTH, ast.Unit.YEAR):
        return t.DATE
    return t.TIMESTAMP


def _bounds(window: ast.Window) -> list[ast.Expr]:
    match window:
        case ast.SinceWindow(bound=bound) | ast.BeforeWindow(bound=bound):
            return [bound]
        case ast.BetweenWindow(low=low, high=high):
            return [low, high]
    return []


def _is_int_literal(expr: ast.Expr, positive: bool) -> bool:
    if not isinstance(expr, ast.NumberLit):
        return False
    value = expr.value
    is_int = value == value.to_integral_value() and "." not in str(value)
    return is_int and (value > 0 or not positive)


def _numeric_member(literal: object, typ: Type) -> bool:
    if typ.kind not in (Kind.INTEGER, Kind.NUMBER) or typ.values is None:
        return False
    try:
        return any(float(str(v)) == float(str(literal)) for v in typ.values)
    except ValueError:
        return False


def _arity(low: int, high: int | None) -> str:
    if high == low:
        return f"{low} argument" + ("s" if low != 1 else "")
    if high is None:
        return f"at least {low} arguments"
    return f"{low} to {high} arguments"


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _show(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)


def _condition_hint(found: Type) -> str | None:
    if found.is_numeric:
        return "compare it with something, e.g. `> 0`"
    if found.kind is Kind.STRING:
        return 'compare it with something, e.g. `= "value"`, or test `is set`'
    if found.is_time:
        return "test it with a window, e.g. `in last 30 days`, or compare it with a date"
    if found.is_list:
        return lists.TEST_HINT
    return None


def _compare_hint(left: Type, right: Type, expr: ast.Compare) -> Fix | None:
    kinds = {left.kind, right.kind}
    # "without quotes" only helps when the text side is a quoted literal (`age > "3"`),
    # not for `plan = 3` or `email = 2026-01-31`; the quotes are dropped for the
    # user when what is inside them is a number or a date as the language writes it.
    text_side = expr.left if left.kind is Kind.STRING else expr.right
    if isinstance(text_side, ast.StringLit) and Kind.STRING in kinds:
        dates = bool(kinds & {Kind.DATE, Kind.TIMESTAMP})
        if dates or kinds & {Kind.INTEGER, Kind.NUMBER}:
            written = unquoted(text_side.value, dates)
            edits = () if written is None else (TextEdit(text_side.span, written),)
            return Fix("write dates without quotes: 2026-01-31" if dates
                       else "write numbers without quotes", edits)
    if Kind.DURATION in kinds:
        return Fix("a duration is not a point in time; write e.g. `30 days ago`")
    return None
