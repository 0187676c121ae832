"""Stage 1 of compiling: definitions -> sqlglot expressions, filling the plan.

:class:`ExpressionCompiler` translates each definition's syntax tree within a scope
(the entity, or one event inside ``with``).  It asks the plan for the columns it
needs (an attribute's entity column, an aggregate's slot in a grouped pass, a
joined CTE) and gets back a column to refer to; the forms over events are in
events.py, ranking in ranking.py, functions in calls.py.

Conditions never yield NULL: every predicate is wrapped in ``COALESCE(…, FALSE)``, so
``not`` is two-valued (SPEC 4.2).

A little over 400 lines on purpose: ``condition`` and ``value`` are one ``match``
each over the language's forms, and the windows they share (``bounds``) need both;
the forms with state of their own (events, ranking) are in their own modules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlglot import exp

from segdsl.casefold import fold
from segdsl.check.checker import CheckedProject
from segdsl.check.facts import (
    AttributeRef,
    EventRef,
    MembersRef,
    MetricRef,
    PropertyRef,
    SegmentationRef,
)
from segdsl.check.oracle import TypeOracle
from segdsl.check.types import Kind
from segdsl.compile import calls
from segdsl.compile.dialects import Dialect
from segdsl.compile.errors import CompileError
from segdsl.compile.events import EventForms
from segdsl.compile.lists import list_test
from segdsl.compile.members import MemberForms
from segdsl.compile.parts import (
    AS_OF_MARK,
    FALSE,
    TreeKey,
    and_,
    col,
    is_as_of,
    is_cheap,
    is_null,
    is_set,
    negate,
    number,
    sure,
)
from segdsl.compile.plan import Layered, Plan
from segdsl.compile.ranking import Ranking
from segdsl.compile.regularity import RegularityForms
from segdsl.compile.static_lists import in_static_list
from segdsl.compile.translator import Bounds
from segdsl.project.model import EventType, Field, ValueType
from segdsl.syntax import ast
from segdsl.syntax.walk import chain_operands

_COMPARISONS: dict[ast.CompareOp, type[exp.Expression]] = {
    ast.CompareOp.EQ: exp.EQ, ast.CompareOp.NE: exp.NEQ, ast.CompareOp.LT: exp.LT,
    ast.CompareOp.LE: exp.LTE, ast.CompareOp.GT: exp.GT, ast.CompareOp.GE: exp.GTE,
}

_BIGINT = exp.DataType.build("BIGINT")

_PERIOD_STEP = {
    ast.Period.WEEK: (7, ast.Unit.DAY),
    ast.Period.MONTH: (1, ast.Unit.MONTH),
    ast.Period.QUARTER: (3, ast.Unit.MONTH),
    ast.Period.YEAR: (1, ast.Unit.YEAR),
}


class ExpressionCompiler:
    def __init__(self, checked: CheckedProject, dialect: Dialect, as_of: dt.datetime | None):
        if not checked.ok:
            raise CompileError("the definitions have errors; run `segdsl check`")
        self.checked = checked
        self.schema = checked.schema
        self.d = dialect
        self.as_of = dialect.instant_literal(as_of) if as_of is not None else dialect.now()
        # Marked, so that render.with_as_of() can move a compiled query to another
        # instant: every use of the as-of is a copy of this node (copies keep the mark).
        self.as_of.meta[AS_OF_MARK] = True
        self.types = TypeOracle(checked)
        self.plan = Plan(self.schema.table, self.schema.key, self.as_of, as_of)
        self.plan.schema = self.schema
        self.events = EventForms(self)
        self.ranking = Ranking(self)
        self.members = MemberForms(self)
        self.regularity = RegularityForms(self, self.events)
        self._current: set[str] = set()  # what the definition being compiled depends on

    def key(self, expression: exp.Expression) -> TreeKey:
        return TreeKey(expression)

    def uses(self, column: str) -> None:
        self._current.add(column)

    def own_column(self, expr: ast.Expr) -> tuple[exp.Expression, set[str]]:
        outer = self._current
        self._current = set()
        compiled = self.value(expr)
        depends = self._current
        self._current = outer
        return compiled, depends

    # ------------------------------------------------------------ definitions
    def definition(self, name: str) -> str:
        """Compile a definition (once) and return its column name."""
        column = f"d__{name}"
        layered = self.plan.layered
        if column in layered:
            self._current.add(column)
            return column
        outer = self._current
        self._current = set()
        layered[column] = Layered(column, exp.null(), set())  # cycle guard
        decl = self.checked.declaration(name)
        match decl:
            case ast.MetricDecl():
                found = self.types.of(decl.expr)
                expr = (self.condition(decl.expr) if _is_condition(decl.expr) and
                        found.kind is Kind.BOOLEAN else self._typed(self.value(decl.expr),
                                                                    found.kind))
                if found.kind is Kind.BOOLEAN:
                    expr = self.d.boolean(expr)
            case ast.SegmentDecl():
                expr = self.d.boolean(self.condition(decl.condition))
            case ast.SegmentationDecl():
                expr = self._segmentation(decl)
            case None:
                raise CompileError(f"unknown definition {name}")
        layered[column] = Layered(column, expr, self._current)
        self._current = outer
        self._current.add(column)
        return column

    def _typed(self, value: exp.Expression, kind: Kind) -> exp.Expression:
        """A metric's value in its type's one SQL type on every engine: PostgreSQL
        gives ``numeric`` for ``sum`` of integers, ``DIV`` and ``EXTRACT``, which
        a client would read as a decimal; DuckDB sums integers as HUGEINT."""
        if kind is Kind.INTEGER:
            return exp.cast(value, _BIGINT.copy(), copy=False)
        if kind is Kind.NUMBER:
            return self.d.to_number(value)
        return value

    def _segmentation(self, decl: ast.SegmentationDecl) -> exp.Expression:
        case = exp.Case()
        default: exp.Expression = exp.null()
        for branch in decl.branches:
            label = exp.Literal.string(branch.label)
            if branch.condition is None:
                default = label
                break  # later branches are never reached
            case = case.when(self.condition(branch.condition), label, copy=False)
        if not case.args.get("ifs"):
            return default
        return case.else_(default, copy=False)

    # ------------------------------------------------------------- conditions
    def condition(self, expr: ast.Expr, event: EventType | None = None,
                  alias: str | None = None) -> exp.Expression:
        """A never-NULL boolean."""
        match expr:
            case ast.And() | ast.Or():
                parts = chain_operands(expr)
                joined = self.condition(parts[0], event, alias)
                for part in parts[1:]:
                    right = self.condition(part, event, alias)
                    joined = (exp.And if isinstance(expr, ast.And) else exp.Or)(
                        this=joined, expression=right)
                return exp.paren(joined, copy=False)
            case ast.Not(operand=operand):
                return exp.Not(this=exp.paren(self.condition(operand, event, alias), copy=False))
            case ast.Compare():
                return sure(self._compare(expr, event, alias))
            case ast.InList():
                return negate(sure(self._in_list(expr, event, alias)), expr.negated)
            case ast.Between():
                return negate(sure(self._between(expr, event, alias)), expr.negated)
            case ast.TextTest():
                return sure(self._text(expr, event, alias))
            case ast.IsSet(expr=inner, negated=negated):
                value = self.value(inner, event, alias)
                return is_null(value) if negated else is_set(value)
            case ast.WindowTest():
                # The bounds are read in the same scope: inside `with`, a bound may
                # be another property of the event.
                inside = sure(self.in_window(self.instant(expr.expr, event, alias),
                                             expr.window, event, alias))
                return negate(inside, expr.negated)
            case ast.RankTest():
                return negate(sure(self.ranking.rank_test(expr)), expr.negated)
            case ast.InSegment(segment=segment):
                return col(self.definition(segment))
            case ast.InStaticList():
                return in_static_list(self, expr)
            case ast.HasEvent():
                return self.events.has(expr)
            case ast.HasSequence():
                return self.events.sequence(expr)
            case ast.HasRegular():
                return self.regularity.regular(expr)
            case ast.LifecycleTest():
                return self.regularity.lifecycle(expr)
        # A boolean value on its own: an attribute, a metric, a property.
        return sure(self.value(expr, event, alias))

    def _compare(self, expr: ast.Compare, event: EventType | None, alias: str | None
                 ) -> exp.Expression:
        left_type = self.types.of(expr.left, event)
        right_type = self.types.of(expr.right, event)
        left = self.value(expr.left, event, alias)
        right = self.value(expr.right, event, alias)
        if left_type.is_time and right_type.is_time and left_type.kind is not right_type.kind:
            # A timestamp against a date compares by its local day (SPEC 3.6, 11).
            if left_type.kind is Kind.TIMESTAMP:
                left = self.d.to_date(left)
            else:
                right = self.d.to_date(right)
        if left_type.kind is Kind.STRING and expr.op not in (ast.CompareOp.EQ,
                                                             ast.CompareOp.NE):
            left, right = self.d.text_order(left), self.d.text_order(right)
        if expr.ignoring_case:
            caseless = self._caseless(expr.left, left, [expr.right], start=True, end=True)
            if caseless is None:
                caseless = self._caseless(expr.right, right, [expr.left], start=True, end=True)
            if caseless is not None:
                return caseless if expr.op is ast.CompareOp.EQ else \
                    exp.Not(this=exp.paren(caseless, copy=False))
            left, right = self._folded(expr.left, left), self._folded(expr.right, right)
        operator = _COMPARISONS[expr.op]
        compared: exp.Expression = operator(this=left, expression=right)
        return compared

    def _in_list(self, expr: ast.InList, event: EventType | None, alias: str | None
                 ) -> exp.Expression:
        if not expr.items.items:
            return FALSE
        subject_type = self.types.of(expr.expr, event)
        subject = self.value(expr.expr, event, alias)
        if expr.ignoring_case:
            caseless = self._caseless(expr.expr, subject, expr.items.items,
                                      start=True, end=True)
            if caseless is not None:
                return caseless
            subject = self._folded(expr.expr, subject)
        same: list[exp.Expression] = []
        by_day: list[exp.Expression] = []  # items compared by UTC day (SPEC 3.6)
        for item in expr.items.items:
            value = self._folded(item, self.value(item)) if expr.ignoring_case else \
                self.value(item)
            item_kind = self.types.of(item, None).kind
            if not (subject_type.is_time and item_kind in (Kind.DATE, Kind.TIMESTAMP)
                    and item_kind is not subject_type.kind):
                same.append(value)
            else:
                by_day.append(self.d.to_date(value) if item_kind is Kind.TIMESTAMP else value)
        tests: list[exp.Expression] = []
        if same:
            tests.append(exp.In(this=subject, expressions=same))
        if by_day:
            day = (self.d.to_date(subject.copy()) if subject_type.kind is Kind.TIMESTAMP
                   else subject.copy())
            tests.append(exp.In(this=day, expressions=by_day))
        return tests[0] if len(tests) == 1 else exp.paren(exp.or_(*tests, copy=False))

    def _between(self, expr: ast.Between, event: EventType | None, alias: str | None
                 ) -> exp.Expression:
        subject_type = self.types.of(expr.expr, event)
        if subject_type.is_time:
            window = ast.BetweenWindow(expr.low, expr.high, expr.span)
            return self.in_window(self.instant(expr.expr, event, alias), window, event, alias)
        value = self.value(expr.expr, event, alias)
        return and_(exp.GTE(this=value, expression=self.value(expr.low, event, alias)),
                    exp.LTE(this=value.copy(), expression=self.value(expr.high, event, alias)))

    def _text(self, expr: ast.TextTest, event: EventType | None, alias: str | None
              ) -> exp.Expression:
        subject = self.types.of(expr.expr, event).kind
        if subject.is_list:
            return list_test(self, expr, subject, event, alias)
        value = self.value(expr.expr, event, alias)
        if expr.op is ast.TextOp.MATCHES and isinstance(expr.pattern, ast.StringLit):
            # The checker allows only text literals in the portable subset.
            return self.d.regex_contains(
                value, exp.Literal.string(self.d.regex_pattern(expr.pattern.value)))
        pattern = self.value(expr.pattern, event, alias)
        if expr.ignoring_case:  # never on `matches` (the checker refuses it)
            caseless = self._caseless(
                expr.expr, value, [expr.pattern],
                start=expr.op is ast.TextOp.STARTS_WITH, end=expr.op is ast.TextOp.ENDS_WITH)
            if caseless is not None:
                return caseless
            value, pattern = self._folded(expr.expr, value), self._folded(expr.pattern, pattern)
        match expr.op:
            case ast.TextOp.CONTAINS:
                return self.d.contains(value, pattern)
            case ast.TextOp.STARTS_WITH:
                return self.d.starts_with(value, pattern)
            case ast.TextOp.ENDS_WITH:
                return self.d.ends_with(value, pattern)
        return self.d.regex_contains(value, pattern)

    def _caseless(self, subject: ast.Expr, value: exp.Expression,
                  literals: Sequence[ast.Expr], *, start: bool, end: bool
                  ) -> exp.Expression | None:
        """A value (not a literal) ignoring case against text literals only, as the
        dialect tests it without folding the value (``Dialect.caseless_literal``),
        or None: fold both sides and compare."""
        if isinstance(subject, ast.StringLit) or not literals:
            return None
        texts = [item.value for item in literals if isinstance(item, ast.StringLit)]
        if len(texts) != len(literals):
            return None
        return self.d.caseless_literal(value, [fold(text) for text in texts],
                                       start=start, end=end)

    def _folded(self, node: ast.Expr, value: exp.Expression) -> exp.Expression:
        """A text operand of ``ignoring case``, folded: a literal here, in Python, so
        the SQL holds ``'@gmail.com'`` and one TRANSLATE per column, not two."""
        if isinstance(node, ast.StringLit):
            return exp.Literal.string(fold(node.value))
        return self.d.fold_case(value)

    # ------------------------------------------------------------------ time
    def instant(self, expr: ast.Expr, event: EventType | None = None,
                alias: str | None = None) -> exp.Expression:
        """A time value as an instant (a date is its local midnight, SPEC 11)."""
        value = self.value(expr, event, alias)
        if self.types.of(expr, event).kind is Kind.DATE:
            return self.d.to_instant(value)
        return value

    def bounds(self, window: ast.Window, event: EventType | None = None,
               alias: str | None = None) -> Bounds:
        """The window as [low, high) instants; None for an open end (SPEC 3.6)."""
        d = self.d
        match window:
            case ast.LastWindow(duration=duration):
                # A window's length is a duration: exact days (SPEC 11).
                return d.shift(self.as_of, -duration.amount, duration.unit, is_date=False,
                               duration=True), self.as_of
            case ast.NextWindow(duration=duration):
                return self.as_of, d.shift(self.as_of, duration.amount, duration.unit,
                                           is_date=False, duration=True)
            case ast.PeriodWindow(period=period, offset=offset):
                start = d.truncate(self.as_of, period)
                amount, unit = _PERIOD_STEP[period]
                if offset == 0:
                    return start, d.shift(start.copy(), amount, unit, is_date=False)
                return d.shift(start, -amount, unit, is_date=False), start.copy()
            case ast.SinceWindow(bound=bound):
                return self.instant(bound, event, alias), None
            case ast.BeforeWindow(bound=bound):
                return None, self.instant(bound, event, alias)
            case ast.BetweenWindow(low=low, high=high):
                upper = self.instant(high, event, alias)
                if self.types.of(high, event).kind is Kind.DATE:
                    # A date as the end includes its whole day.
                    upper = d.to_instant(d.shift(self.value(high, event, alias), 1, ast.Unit.DAY,
                                                 is_date=True))
                return self.instant(low, event, alias), upper
        raise CompileError(f"unknown window {window!r}")  # pragma: no cover

    def in_window(self, instant: exp.Expression, window: ast.Window,
                  event: EventType | None = None, alias: str | None = None,
                  *, before_as_of: bool = False) -> exp.Expression:
        """``instant`` in the window; ``before_as_of``: the instant is known to lie
        before as-of (an event's time: every scan keeps only those rows), so an end
        at as-of needs no test, which saves a comparison per row and aggregate."""
        low, high = self.bounds(window, event, alias)
        parts: list[exp.Expression] = []
        if low is not None:
            parts.append(exp.GTE(this=instant, expression=low))
        # The as-of node itself, not any equal instant: an instant written in a
        # definition that happens to equal the as-of keeps its test, so the SQL
        # does not depend on the as-of's value (with_as_of relies on that).
        if high is not None and not (before_as_of and is_as_of(high)):
            parts.append(exp.LT(this=instant.copy(), expression=high))
        return and_(*parts)

    # --------------------------------------------------------------- values
    def value(self, expr: ast.Expr, event: EventType | None = None,
              alias: str | None = None) -> exp.Expression:
        d = self.d
        match expr:
            case ast.StringLit(value=text):
                return exp.Literal.string(text)
            case ast.NumberLit(value=value):
                return number(value) if expr.is_integer else d.number_literal(value)
            case ast.BoolLit(value=flag):
                return exp.Boolean(this=flag)
            case ast.DateLit(value=day):
                return d.date_literal(day)
            case ast.TimestampLit(value=instant):
                return d.instant_literal(instant)
            case ast.TimeNow(keyword=keyword):
                return d.to_date(self.as_of.copy()) if keyword is ast.TimeKeyword.TODAY \
                    else self.as_of.copy()
            case ast.Ago(duration=duration):
                return d.shift(self.as_of.copy(), -duration.amount, duration.unit, is_date=False)
            case ast.Name():
                return self._name(expr, event, alias)
            case ast.Member(base=base, name=name):
                # (The checker bound it: a relation attribute; the plan joins it.)
                return col(self.plan.relation_column(base, name))
            case ast.Call(function="ntile"):
                return self.ranking.ntile(expr)
            case ast.Call():
                return calls.call(self, expr, [self.value(a, event, alias) for a in expr.args],
                                  event, alias)
            case ast.Arith():
                return self._arith(expr, event, alias)
            case ast.Neg(operand=operand):
                return exp.Neg(this=exp.paren(self.value(operand, event, alias), copy=False))
            case ast.Aggregate():
                bound = self.checked.facts.binding_of(expr)
                if isinstance(bound, MembersRef):
                    return self.members.aggregate(expr, bound)
                return self.events.aggregate(expr)
        # Conditions used as values (a boolean metric, coalesce(x > 1, …)).
        return self.condition(expr, event, alias)

    def _name(self, node: ast.Name, event: EventType | None, alias: str | None
              ) -> exp.Expression:
        """What the checker bound the name to: a property (inside ``with``), an
        attribute, or a metric or segmentation (a column of its own)."""
        match self.checked.facts.binding_of(node):
            case PropertyRef(event=bound, field=field):
                if event is not None and event is not bound:
                    # A property of a group's or named event's scope, read from
                    # the member event being compiled (SPEC 11): by its name.
                    field = event.properties[field.name]
                return self.property_column(field, event or bound, alias)
            case AttributeRef():
                return col(self.plan.attribute(node.name))
            case MetricRef(decl=decl) | SegmentationRef(decl=decl):
                return col(self.definition(decl.name))
        raise CompileError(f"the checker did not resolve '{node.name}'")  # pragma: no cover

    def property_column(self, field: Field, event: EventType, alias: str | None
                        ) -> exp.Expression:
        scan = self.plan.event_scan(event)
        if field.type is ValueType.TIMESTAMP:
            scan.instants.add(field.column)
        elif field.type is ValueType.NUMBER:
            scan.numbers.add(field.column)
        elif field.type is ValueType.STRING:
            scan.texts.add(field.column)
        return col(scan.columns.setdefault(field.column, field.column), alias)

    def event_of(self, node: ast.Aggregate | ast.EventMatch) -> tuple[EventType, Field | None]:
        match self.checked.facts.binding_of(node):
            case PropertyRef(event=event, field=field):
                return event, field
            case EventRef(event=event):
                return event, None
        raise CompileError("the checker did not resolve an event")  # pragma: no cover

    def _arith(self, expr: ast.Arith, event: EventType | None, alias: str | None
               ) -> exp.Expression:
        left_type = self.types.of(expr.left, event)
        if isinstance(expr.right, ast.Duration) and left_type.is_time:
            sign = 1 if expr.op is ast.ArithOp.ADD else -1
            return self.d.shift(self.value(expr.left, event, alias),
                                sign * expr.right.amount, expr.right.unit,
                                is_date=left_type.kind is Kind.DATE)
        if isinstance(expr.left, ast.Duration) and expr.op is ast.ArithOp.ADD:
            right_type = self.types.of(expr.right, event)
            return self.d.shift(self.value(expr.right, event, alias), expr.left.amount,
                                expr.left.unit, is_date=right_type.kind is Kind.DATE)
        both_numbers = all(self.types.of(side, event).kind is Kind.NUMBER
                           for side in (expr.left, expr.right))
        if expr.op is ast.ArithOp.DIV or (expr.op is ast.ArithOp.MUL and both_numbers):
            # Rounded to 9 places (docs/semantics.md, "Exact numbers"); dividing by
            # zero gives NULL, i.e. not set (SPEC 3.4).
            left = self._operand(expr.left, event, alias)
            right = self._operand(expr.right, event, alias)
            rounded = (self.d.divide(left, right) if expr.op is ast.ArithOp.DIV
                       else self.d.multiply(left, right))
            return exp.paren(rounded, copy=False)
        # Sums, differences and products with an integer are exact: the plain
        # operator, but where the result is a number the dialect writes it (Spark's
        # decimal types would cut the 9th place).
        left = self.value(expr.left, event, alias)
        right = self.value(expr.right, event, alias)
        if self.types.of(expr, event).kind is Kind.NUMBER:
            if expr.op is ast.ArithOp.MUL:
                left_number = self.types.of(expr.left, event).kind is Kind.NUMBER
                number, integer = (left, right) if left_number else (right, left)
                return exp.paren(self.d.multiply_integer(number, integer), copy=False)
            return exp.paren(self.d.add(left, right, subtract=expr.op is ast.ArithOp.SUB),
                             copy=False)
        operator = {ast.ArithOp.ADD: exp.Add, ast.ArithOp.SUB: exp.Sub,
                    ast.ArithOp.MUL: exp.Mul}[expr.op]
        return exp.paren(operator(this=left, expression=right), copy=False)

    def _operand(self, expr: ast.Expr, event: EventType | None, alias: str | None
                 ) -> exp.Expression:
        """An operand of exact ``/`` or ``*``.  Where the dialect names its operands
        several times (DuckDB, Snowflake), an operand that is more than a column or
        a literal becomes a column of its own in an earlier layer, so that nested
        divisions do not repeat their operands exponentially.  Inside ``with`` (one
        event's scope) there are no layers, and the operand is repeated."""
        compiled = self.value(expr, event, alias)
        if event is not None or not self.d.exact_math_repeats_operands or is_cheap(compiled):
            return compiled
        return col(self.ranking.hidden_value(expr))


def _is_condition(expr: ast.Expr) -> bool:
    return not isinstance(expr, ast.Name | ast.Member | ast.Call | ast.Aggregate | ast.Arith
                          | ast.Neg | ast.BoolLit)
