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

``infer`` is the one dispatch over node kinds and records every node's type; each
family of rules is a module of its own, a function taking the checker: names
(check/names.py), events, ``has`` and ``with`` filters (check/events.py),
aggregates (check/aggregates.py, check/members.py), comparisons and text tests
(check/comparisons.py), windows (check/windows.py), calls (check/functions.py),
``in segment``, ``in list`` and ranks (check/population.py),
lists, regularity and anchored windows (check/lists.py, check/regularity.py,
check/anchored.py).  ``infer`` calls them directly, not through methods: a frame
more per level would lower the nesting the checker takes before SYN010.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from segdsl.check import casing, lists
from segdsl.check import types as t
from segdsl.check.aggregates import aggregate_type
from segdsl.check.comparisons import between, compare, in_list, text_test
from segdsl.check.events import check_named_event, has_event, has_sequence, regularity_test
from segdsl.check.facts import (
    Binding,
    EventSetRef,
    Facts,
    MembersRef,
)
from segdsl.check.fixes import Fix
from segdsl.check.functions import call_type
from segdsl.check.names import member_type, name_type
from segdsl.check.population import in_segment, in_static_list, rank_test
from segdsl.check.scope import EventScope
from segdsl.check.types import Kind, Type
from segdsl.check.windows import window_test
from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, TextEdit
from segdsl.numbers import NUMBER_SCALE, to_scale
from segdsl.project.model import Schema
from segdsl.syntax import ast
from segdsl.syntax.walk import chain_operands


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
        self.types = self.facts.types
        self.bindings = self.facts.bindings
        self._shared = self.facts.shared
        self._report = report
        # The files' text by name, so hints can quote what the user wrote.
        self.texts = texts or {}
        # Context for the hints of an unknown name (issue #13): the `has ... with`
        # just before an `and`/`or`, and the left side of a comparison.
        self.after_filter: tuple[ast.HasEvent, ast.Expr] | None = None
        self.compared_to: tuple[ast.Compare, Type] | None = None
        # Names of metrics, segmentations and segments the checked expression uses.
        self.dependencies: set[str] = set()
        # Names of the named events it uses (SPEC 11).
        self.event_uses: set[str] = set()

    def for_entity(self, schema: Schema) -> ExpressionChecker:
        """A checker of the same project in another entity's scope (SPEC 11)."""
        return ExpressionChecker(schema, self.resolver.for_entity(schema.entity), self._report,
                                 self.texts, self.facts)

    def bind_members(self, expr: ast.Aggregate, binding: MembersRef) -> None:
        self.bindings[id(expr)] = binding

    def other_entity(self, name: str, span: Span, use: str) -> bool:
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
                self.types[id(duration)] = t.DURATION
                found = t.TIMESTAMP
            case ast.Duration():
                found = t.DURATION
            case ast.ListLit():
                found = self.error(Code.TYP013, "a list can only follow `in` or `not in`",
                                   expr.span)
            case ast.Name():
                found = name_type(self, expr, scope)
            case ast.Member():
                found = member_type(self, expr, scope)
            case ast.Call():
                found = call_type(self, expr, scope)
            case ast.Arith():
                found = self._arith(expr, scope)
            case ast.Neg():
                found = self._neg(expr, scope)
            case ast.Aggregate():
                found = aggregate_type(self, expr, scope)
            case ast.Or() | ast.And():
                previous: ast.Expr | None = None
                for operand in self._chain(expr):
                    self.after_filter = (
                        (previous, operand) if isinstance(previous, ast.HasEvent)
                        and previous.match.filter is not None and previous.window is None
                        and previous.anchor is None
                        else None
                    )
                    try:
                        self.condition(operand, scope)
                    finally:
                        self.after_filter = None
                    previous = operand
                found = t.BOOLEAN
            case ast.Not(operand=operand):
                self.condition(operand, scope)
                found = t.BOOLEAN
            case ast.Compare():
                compare(self, expr, scope)
                found = t.BOOLEAN
            case ast.InList():
                in_list(self, expr, scope)
                found = t.BOOLEAN
            case ast.Between():
                between(self, expr, scope)
                found = t.BOOLEAN
            case ast.TextTest():
                text_test(self, expr, scope)
                found = t.BOOLEAN
            case ast.IsSet(expr=operand):
                if self.infer(operand, scope).kind is Kind.DURATION:
                    self.duration_alone(operand)
                found = t.BOOLEAN
            case ast.WindowTest():
                window_test(self, expr, scope)
                found = t.BOOLEAN
            case ast.RankTest():
                rank_test(self, expr, scope)
                found = t.BOOLEAN
            case ast.InSegment():
                in_segment(self, expr, scope)
                found = t.BOOLEAN
            case ast.InStaticList():
                in_static_list(self, expr, scope)
                found = t.BOOLEAN
            case ast.HasEvent():
                has_event(self, expr, scope)
                found = t.BOOLEAN
            case ast.HasSequence():
                has_sequence(self, expr, scope)
                found = t.BOOLEAN
            case ast.HasRegular() | ast.LifecycleTest():
                regularity_test(self, expr, scope)
                found = t.BOOLEAN
            case _:  # pragma: no cover
                raise AssertionError(f"unhandled node {type(expr).__name__}")
        # Recorded here, not in a wrapper: a frame more per level would lower the
        # nesting the checker takes before SYN010 (tests/test_compile_depth.py).
        self.types[id(expr)] = found
        return found

    def _chain(self, expr: ast.And | ast.Or) -> list[ast.Expr]:
        """The operands of a run of ``and`` (or ``or``); the inner connectives, which
        are never inferred alone, are typed as conditions on the way."""
        connectives: list[ast.Expr] = []
        operands = chain_operands(expr, connectives)
        for node in connectives:
            self.types[id(node)] = t.BOOLEAN
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

    def case_problem(self, problem: casing.Problem | None) -> bool:
        """Report a misused ``ignoring case``; whether there was one."""
        if problem is not None:
            self.error(problem.code, problem.message, problem.span, fix=problem.fix)
        return problem is not None

    def value(self, expr: ast.Expr, scope: EventScope | None) -> Type:
        """Infer a type where a value (not a bare duration) is needed."""
        found = self.infer(expr, scope)
        if found.kind is Kind.DURATION:
            return self.duration_alone(expr)
        return found

    def duration_alone(self, expr: ast.Expr) -> Type:
        return self.error(
            Code.TYP014, "a duration is not a value on its own", expr.span,
            hint="write `30 days ago` for a point in time, or add it to a time: "
            "`signup_at + 30 days`",
        )

    def bind(self, node: object, target: object, kind: Callable[..., Binding],
             *args: Any) -> None:
        """Record that ``node`` refers to ``target``, as ``kind(*args)``; one binding
        object per target for the whole project (making one per use was a fifth of
        the time the facts added to `check`)."""
        binding = self._shared.get(id(target))
        if binding is None:
            binding = self._shared[id(target)] = kind(*args)
        self.bindings[id(node)] = binding

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
            self.types[id(inner)] = result
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
            self.types[id(step)] = result
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

    def named_event(self, decl: ast.EventDecl) -> EventSetRef | None:
        """Check the named event ``decl`` and give what it reads (SPEC 11)."""
        return check_named_event(self, decl)


# ------------------------------------------------------------------- helpers


def _diagnostic(code: str, message: str, span: Span, hint: str | None, fix: Fix | None
                ) -> Diagnostic:
    if fix is None:
        return Diagnostic(code, message, span, hint=hint)
    return Diagnostic(code, message, span, hint=fix.hint, edits=fix.edits)


def _shifted(time: Type, duration: ast.Expr) -> Type:
    """A date moved by days/weeks/months/years stays a date; by hours it becomes a time."""
    if time.kind is Kind.DATE and isinstance(duration, ast.Duration) \
            and duration.unit in (ast.Unit.DAY, ast.Unit.WEEK, ast.Unit.MONTH, ast.Unit.YEAR):
        return t.DATE
    return t.TIMESTAMP


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
