"""Checked definitions -> one SQL query (SPEC 4 and 6).

Shape of the query (each step a CTE; every name below is a quoted identifier):

``entity``
    one row per entity row: ``__key``, the attributes used (``a__country``) and
    relation attributes (``r__account__industry``) through a LEFT JOIN, so a missing
    or dangling foreign key leaves them NULL (not set).
``ev__N``
    one per event *table* (events sharing a table are read together): ``__key``,
    ``__time`` and the columns used, only rows before as-of.
``agg__N``
    per event table, one grouped pass: every aggregate and ``has`` test over that
    table as ``AGG(CASE WHEN filter AND window THEN value END)``.  Identical
    aggregates are computed once.
``tie__N`` / ``seq__N``
    ``first``/``last`` of a property (latest event, ties -> greatest value) and
    sequences (``then`` / ``then no``), which need more than one grouped pass.
``base``
    ``entity`` LEFT JOIN all of the above: events of unknown keys drop out, and a
    customer without events gets count 0 and sum 0 (SPEC 4.3).
``layer__1..n``
    definitions as columns (``d__vip``), each in a layer after the definitions it
    uses; ranking (``top``/``bottom``, ``ntile``) is a window function over a value
    computed in an earlier layer.

Conditions never yield NULL: every predicate is wrapped in ``COALESCE(…, FALSE)``, so
``not`` is two-valued (SPEC 4.2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlglot import ErrorLevel, exp
from sqlglot.errors import UnsupportedError

from segdsl.check.checker import CheckedProject
from segdsl.check.oracle import TypeOracle
from segdsl.check.types import Kind
from segdsl.compile.api import CompileError
from segdsl.compile.dialects import DIALECTS, Dialect, filtered
from segdsl.project.model import EventType, Field, Scalar, ValueType
from segdsl.syntax import ast
from segdsl.syntax.walk import chain_operands, iter_nodes
from segdsl.timecontext import DEFAULT, TimeContext

KEY = "__key"
TIME = "__time"
# The meta key marking the as-of literal (see with_as_of).
AS_OF_MARK = "segdsl_as_of"
FALSE = exp.false()


def _id(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def _col(name: str, table: str | None = None) -> exp.Column:
    return exp.Column(this=_id(name), table=_id(table) if table else None)


def _as(expression: exp.Expression, name: str) -> exp.Expression:
    """``expression AS "name"``, taking ``expression`` over rather than copying it:
    sqlglot's builders copy by default, which made building a query quadratic."""
    return exp.Alias(this=expression, alias=_id(name))


def _table(qualified: str, dialect: Dialect) -> exp.Table:
    """A table named in the schema, each part as the dialect spells schema names."""
    parts = qualified.split(".")
    name = dialect.schema_identifier
    table = exp.Table(this=name(parts[-1]))
    if len(parts) >= 2:
        table.set("db", name(parts[-2]))
    if len(parts) >= 3:
        table.set("catalog", name(".".join(parts[:-2])))
    return table


def _and(*parts: exp.Expression) -> exp.Expression:
    result = [p for p in parts
              if p is not None and not (isinstance(p, exp.Boolean) and p.this is True)]
    if not result:
        return exp.true()
    out = result[0]
    for part in result[1:]:
        out = exp.And(this=out, expression=part)
    return out


def _sure(condition: exp.Expression) -> exp.Expression:
    """A condition that is never NULL: unknown becomes false (SPEC 4.2)."""
    return exp.Coalesce(this=exp.paren(condition, copy=False), expressions=[FALSE])


def _literal(value: Scalar) -> exp.Expression:
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float):
        return exp.Literal.number(value)
    return exp.Literal.string(value)


def _is_cheap(compiled: exp.Expression) -> bool:
    """A column or a literal (perhaps cast, negated or defaulted): cheap to repeat."""
    while isinstance(compiled, exp.Paren | exp.Neg | exp.Cast | exp.Coalesce):
        if isinstance(compiled, exp.Coalesce) and not all(
                isinstance(e, exp.Literal) for e in compiled.expressions):
            return False
        compiled = compiled.this
    return isinstance(compiled, exp.Column | exp.Literal)


def _number(value: Decimal) -> exp.Expression:
    text = format(value, "f")
    literal = exp.Literal.number(text.lstrip("-"))
    return exp.Neg(this=literal) if text.startswith("-") else literal


# ---------------------------------------------------------------- the plan


@dataclass
class _Rows:
    """Which rows of an event table a scan must read."""

    # How far back: the lower bounds of every window read through the scan (SQL text
    # -> bound), unless some use needs the whole history.
    lower_bounds: dict[str, exp.Expression] = field(default_factory=dict)
    full_history: bool = False
    # The ``where`` of every event read (SQL text -> condition on the raw columns),
    # unless some event has none and needs every row.
    event_filters: dict[str, exp.Expression] = field(default_factory=dict)
    every_row: bool = False

    def read_from(self, low: exp.Expression | None, dialect: Dialect) -> None:
        """Note that a use needs the events from ``low`` on (None: all)."""
        if low is None:
            self.full_history = True
        else:
            self.lower_bounds.setdefault(_key(low, dialect), low.copy())

    def identity(self) -> tuple[object, ...]:
        """Equal for two ranges that read the same rows."""
        return (self.full_history or tuple(sorted(self.lower_bounds)),
                self.every_row or tuple(sorted(self.event_filters)))


@dataclass
class _EventTable:
    """One event table, read once for all aggregates of the events that live in it."""

    index: int
    table: str
    key: str
    time: str
    columns: dict[str, str] = field(default_factory=dict)  # column -> alias in ev CTE
    instants: set[str] = field(default_factory=set)  # timestamp-typed columns
    numbers: set[str] = field(default_factory=set)  # number-typed columns
    rows: _Rows = field(default_factory=_Rows)  # what the grouped pass reads
    read: bool = False  # whether anything reads the scan ``ev__N``
    aggregates: dict[str, tuple[str, exp.Expression]] = field(default_factory=dict)
    # The same, SQL text -> column (aggregates are deduplicated by their SQL).
    aggregate_by_sql: dict[str, str] = field(default_factory=dict)

    @property
    def ev(self) -> str:
        return f"ev__{self.index}"

    @property
    def agg(self) -> str:
        return f"agg__{self.index}"


@dataclass
class _Extra:
    """A CTE joined into ``base`` by key (tie-breaking first/last, sequences)."""

    name: str
    query: exp.Select
    column: str
    is_flag: bool  # a membership flag (key present) rather than a value


@dataclass
class _Layered:
    """A column computed in a layer: a definition or a hidden ranking value."""

    column: str
    expr: exp.Expression
    depends: set[str]


class _Compiler:
    def __init__(self, checked: CheckedProject, dialect: Dialect, as_of: dt.datetime | None):
        if not checked.ok:
            raise CompileError("the definitions have errors; run `segdsl check`")
        self.checked = checked
        self.schema = checked.schema
        self.d = dialect
        self.as_of = dialect.instant_literal(as_of) if as_of is not None else dialect.now()
        # Marked, so that with_as_of() can move a compiled query to another instant:
        # every use of the as-of is a copy of this node (copies keep the mark).
        self.as_of.meta[AS_OF_MARK] = True
        self.types = TypeOracle(checked)
        self.attributes: dict[str, str] = {}  # attribute -> column alias in entity
        self.relation_columns: dict[tuple[str, str], str] = {}
        self.event_tables: dict[tuple[str, str, str], _EventTable] = {}
        self.extras: dict[str, _Extra] = {}
        self._extras_by_sql: dict[str, str] = {}  # SQL text -> CTE name, to share CTEs
        self.layered: dict[str, _Layered] = {}
        self._hidden = 0
        self.side_scans: dict[str, tuple[_EventTable, _Rows]] = {}  # name -> table, rows
        self._side_scans_by_rows: dict[tuple[object, ...], str] = {}
        self._hidden_by_sql: dict[str, str] = {}  # SQL text of a ranked value -> column
        self._current: set[str] = set()  # what the definition being compiled depends on

    # ------------------------------------------------------------ definitions
    def definition(self, name: str) -> str:
        """Compile a definition (once) and return its column name."""
        column = f"d__{name}"
        if column in self.layered:
            self._current.add(column)
            return column
        outer = self._current
        self._current = set()
        self.layered[column] = _Layered(column, exp.null(), set())  # cycle guard
        decl = self.checked.declaration(name)
        match decl:
            case ast.MetricDecl():
                found = self.types.of(decl.expr)
                expr = (self.condition(decl.expr) if _is_condition(decl.expr) and
                        found.kind is Kind.BOOLEAN else self._typed(self.value(decl.expr),
                                                                    found.kind))
            case ast.SegmentDecl():
                expr = self.condition(decl.condition)
            case ast.SegmentationDecl():
                expr = self._segmentation(decl)
            case None:
                raise CompileError(f"unknown definition {name}")
        self.layered[column] = _Layered(column, expr, self._current)
        self._current = outer
        self._current.add(column)
        return column

    def _typed(self, value: exp.Expression, kind: Kind) -> exp.Expression:
        """A metric's value in its type's one SQL type on every engine: PostgreSQL
        gives ``numeric`` for ``sum`` of integers, ``DIV`` and ``EXTRACT``, which
        a client would read as a decimal; DuckDB sums integers as HUGEINT."""
        if kind is Kind.INTEGER:
            return exp.cast(value, exp.DataType.build("BIGINT"))
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
            case = case.when(self.condition(branch.condition), label)
        if not case.args.get("ifs"):
            return default
        return case.else_(default)

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
                return _sure(self._compare(expr, event, alias))
            case ast.InList():
                return self._negate(_sure(self._in_list(expr, event, alias)), expr.negated)
            case ast.Between():
                return self._negate(_sure(self._between(expr, event, alias)), expr.negated)
            case ast.TextTest():
                return _sure(self._text(expr, event, alias))
            case ast.IsSet(expr=inner, negated=negated):
                value = self.value(inner, event, alias)
                return exp.Not(this=exp.Is(this=value, expression=exp.null())) if not negated \
                    else exp.Is(this=value, expression=exp.null())
            case ast.WindowTest():
                # The bounds are read in the same scope: inside `with`, a bound may
                # be another property of the event.
                inside = _sure(self._in_window(self._instant(expr.expr, event, alias),
                                               expr.window, event, alias))
                return self._negate(inside, expr.negated)
            case ast.RankTest():
                return self._negate(_sure(self._rank_test(expr)), expr.negated)
            case ast.InSegment(segment=segment):
                return _col(self.definition(segment))
            case ast.HasEvent():
                return self._has(expr)
            case ast.HasSequence():
                return self._sequence(expr)
        # A boolean value on its own: an attribute, a metric, a property.
        return _sure(self.value(expr, event, alias))

    @staticmethod
    def _negate(condition: exp.Expression, negated: bool) -> exp.Expression:
        return exp.Not(this=condition) if negated else condition

    def _compare(self, expr: ast.Compare, event: EventType | None, alias: str | None
                 ) -> exp.Expression:
        left_type = self.types.of(expr.left, event)
        right_type = self.types.of(expr.right, event)
        left = self.value(expr.left, event, alias)
        right = self.value(expr.right, event, alias)
        if left_type.is_time and right_type.is_time and left_type.kind is not right_type.kind:
            # A timestamp against a date compares by UTC day (SPEC 3.6).
            if left_type.kind is Kind.TIMESTAMP:
                left = self.d.to_date(left)
            else:
                right = self.d.to_date(right)
        if left_type.kind is Kind.STRING and expr.op not in (ast.CompareOp.EQ,
                                                             ast.CompareOp.NE):
            left, right = self.d.text_order(left), self.d.text_order(right)
        operator = _COMPARISONS[expr.op]
        compared: exp.Expression = operator(this=left, expression=right)
        return compared

    def _in_list(self, expr: ast.InList, event: EventType | None, alias: str | None
                 ) -> exp.Expression:
        if not expr.items.items:
            return FALSE
        subject_type = self.types.of(expr.expr, event)
        subject = self.value(expr.expr, event, alias)
        same: list[exp.Expression] = []
        by_day: list[exp.Expression] = []  # items compared by UTC day (SPEC 3.6)
        for item in expr.items.items:
            value = self.value(item)
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
            return self._in_window(self._instant(expr.expr, event, alias), window, event, alias)
        value = self.value(expr.expr, event, alias)
        return _and(exp.GTE(this=value, expression=self.value(expr.low, event, alias)),
                    exp.LTE(this=value.copy(), expression=self.value(expr.high, event, alias)))

    def _text(self, expr: ast.TextTest, event: EventType | None, alias: str | None
              ) -> exp.Expression:
        value = self.value(expr.expr, event, alias)
        if expr.op is ast.TextOp.MATCHES and isinstance(expr.pattern, ast.StringLit):
            # The checker allows only text literals in the portable subset.
            return self.d.regex_contains(
                value, exp.Literal.string(self.d.regex_pattern(expr.pattern.value)))
        pattern = self.value(expr.pattern, event, alias)
        match expr.op:
            case ast.TextOp.CONTAINS:
                return self.d.contains(value, pattern)
            case ast.TextOp.STARTS_WITH:
                return self.d.starts_with(value, pattern)
            case ast.TextOp.ENDS_WITH:
                return self.d.ends_with(value, pattern)
        return self.d.regex_contains(value, pattern)

    # ------------------------------------------------------------------ time
    def _instant(self, expr: ast.Expr, event: EventType | None = None,
                 alias: str | None = None) -> exp.Expression:
        """A time value as an instant (a date is its midnight UTC)."""
        value = self.value(expr, event, alias)
        if self.types.of(expr, event).kind is Kind.DATE:
            return self.d.to_instant(value)
        return value

    def _bounds(self, window: ast.Window, event: EventType | None = None,
                alias: str | None = None) -> tuple[exp.Expression | None, exp.Expression | None]:
        """The window as [low, high) instants; None for an open end (SPEC 3.6)."""
        d = self.d
        match window:
            case ast.LastWindow(duration=duration):
                return d.shift(self.as_of, -duration.amount, duration.unit, is_date=False), \
                    self.as_of
            case ast.NextWindow(duration=duration):
                return self.as_of, d.shift(self.as_of, duration.amount, duration.unit,
                                           is_date=False)
            case ast.PeriodWindow(period=period, offset=offset):
                start = d.truncate(self.as_of, period)
                amount, unit = _PERIOD_STEP[period]
                if offset == 0:
                    return start, d.shift(start.copy(), amount, unit, is_date=False)
                return d.shift(start, -amount, unit, is_date=False), start.copy()
            case ast.SinceWindow(bound=bound):
                return self._instant(bound, event, alias), None
            case ast.BeforeWindow(bound=bound):
                return None, self._instant(bound, event, alias)
            case ast.BetweenWindow(low=low, high=high):
                upper = self._instant(high, event, alias)
                if self.types.of(high, event).kind is Kind.DATE:
                    # A date as the end includes its whole day.
                    upper = d.to_instant(d.shift(self.value(high, event, alias), 1, ast.Unit.DAY,
                                                 is_date=True))
                return self._instant(low, event, alias), upper
        raise CompileError(f"unknown window {window!r}")  # pragma: no cover

    def _in_window(self, instant: exp.Expression, window: ast.Window,
                   event: EventType | None = None, alias: str | None = None,
                   *, before_as_of: bool = False) -> exp.Expression:
        """``instant`` in the window; ``before_as_of``: the instant is known to lie
        before as-of (an event's time: every scan keeps only those rows), so an end
        at as-of needs no test, which saves a comparison per row and aggregate."""
        low, high = self._bounds(window, event, alias)
        parts: list[exp.Expression] = []
        if low is not None:
            parts.append(exp.GTE(this=instant, expression=low))
        # The as-of node itself, not any equal instant: an instant written in a
        # definition that happens to equal the as-of keeps its test, so the SQL
        # does not depend on the as-of's value (with_as_of relies on that).
        if high is not None and not (before_as_of and _is_as_of(high)):
            parts.append(exp.LT(this=instant.copy(), expression=high))
        return _and(*parts)

    # --------------------------------------------------------------- values
    def value(self, expr: ast.Expr, event: EventType | None = None,
              alias: str | None = None) -> exp.Expression:
        d = self.d
        match expr:
            case ast.StringLit(value=text):
                return exp.Literal.string(text)
            case ast.NumberLit(value=number):
                return _number(number) if expr.is_integer else d.number_literal(number)
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
            case ast.Name(name=name):
                return self._name(name, event, alias)
            case ast.Member(base=base, name=name):
                return _col(self._relation_column(base, name))
            case ast.Call():
                return self._call(expr, event, alias)
            case ast.Arith():
                return self._arith(expr, event, alias)
            case ast.Neg(operand=operand):
                return exp.Neg(this=exp.paren(self.value(operand, event, alias), copy=False))
            case ast.Aggregate():
                return self._aggregate(expr)
        # Conditions used as values (a boolean metric, coalesce(x > 1, …)).
        return self.condition(expr, event, alias)

    def _name(self, name: str, event: EventType | None, alias: str | None) -> exp.Expression:
        if event is not None:
            field = event.properties[name]
            table = self._event_table(event)
            if field.type is ValueType.TIMESTAMP:
                table.instants.add(field.column)
            elif field.type is ValueType.NUMBER:
                table.numbers.add(field.column)
            return _col(table.columns.setdefault(field.column, field.column), alias)
        if name in self.schema.attributes:
            column = self.attributes.setdefault(name, f"a__{name}")
            return _col(column)
        return _col(self.definition(name))

    def _relation_column(self, relation: str, attribute: str) -> str:
        column = f"r__{relation}__{attribute}"
        return self.relation_columns.setdefault((relation, attribute), column)

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
        # Sums, differences and products with an integer are exact on every engine.
        left = self.value(expr.left, event, alias)
        right = self.value(expr.right, event, alias)
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
        if event is not None or not self.d.exact_math_repeats_operands or _is_cheap(compiled):
            return compiled
        return _col(self._hidden_value(expr))

    def _call(self, expr: ast.Call, event: EventType | None, alias: str | None
              ) -> exp.Expression:
        d = self.d
        args = expr.args
        name = expr.function
        if name == "ntile":
            return self._ntile(expr)
        values = [self.value(a, event, alias) for a in args]
        match name:
            case "lower":
                return exp.Lower(this=values[0])
            case "upper":
                return exp.Upper(this=values[0])
            case "trim":
                return exp.Trim(this=values[0])
            case "length":
                return exp.Length(this=values[0])
            case "abs":
                return exp.Abs(this=values[0])
            case "round":
                places = int(args[1].value) if len(args) > 1 and isinstance(
                    args[1], ast.NumberLit) else 0
                return self._round(values[0], places, integer=len(args) == 1)
            case "coalesce":
                return exp.Coalesce(this=values[0], expressions=values[1:])
            case "date":
                if self.types.of(args[0], event).kind is Kind.DATE:
                    return values[0]
                return d.to_date(values[0])
            case "days_since":
                instant = self._instant(args[0], event, alias)
                seconds = exp.Sub(this=d.epoch_seconds(self.as_of.copy()),
                                  expression=d.epoch_seconds(instant))
                days = exp.Floor(this=exp.Div(this=exp.paren(seconds, copy=False),
                                              expression=exp.Literal.number(86400)))
                return exp.cast(days, "BIGINT")
            case "years_since":
                return self._years_since(args[0], values[0], event)
        raise CompileError(f"unknown function {name}")  # pragma: no cover

    def _round(self, value: exp.Expression, places: int, integer: bool) -> exp.Expression:
        """Half away from zero everywhere, which every engine does for decimals
        (PostgreSQL rounds doubles half to even)."""
        rounded = exp.Round(this=self.d.to_number(value), decimals=exp.Literal.number(places))
        return exp.cast(rounded, "BIGINT") if integer else self.d.to_number(rounded)

    def _years_since(self, arg: ast.Expr, value: exp.Expression, event: EventType | None
                     ) -> exp.Expression:
        """Whole calendar years from the date to as-of's day, birthday-aware: n years
        are complete when as-of's day minus n years (a calendar step, clamped at the
        end of the month) is on or after the date.  So a 29 February birthday
        completes on 1 March in common years, as PostgreSQL's ``age()`` has it."""
        d = self.d
        day = value if self.types.of(arg, event).kind is Kind.DATE else d.to_date(value)
        today = d.to_date(self.as_of.copy())
        years = exp.Sub(this=exp.Year(this=today), expression=exp.Year(this=day.copy()))
        back = d.add_years(today.copy(), exp.Neg(this=exp.paren(years.copy(), copy=False)))
        reached = exp.GTE(this=back, expression=day.copy())
        return exp.Case().when(exp.Is(this=day.copy(), expression=exp.null()), exp.null()).when(
            reached, years.copy()).else_(exp.Sub(this=years, expression=exp.Literal.number(1)))

    # ----------------------------------------------------------------- ranks
    def _hidden_value(self, expr: ast.Expr) -> str:
        """Compute ``expr`` as a column of its own, so a window function can rank it.

        The same value (by its SQL) gets one column, so that several rankings of one
        metric share it, and with it their window functions (``_window_column``).
        """
        outer = self._current
        self._current = set()
        compiled = self.value(expr)
        if isinstance(compiled, exp.Column) and compiled.name in self.layered:
            # Already a column of its own (a metric): rank that.
            outer |= self._current
            self._current = outer
            return compiled.name
        text = _key(compiled, self.d)
        column = self._hidden_by_sql.get(text)
        if column is None:
            self._hidden += 1
            column = f"v__{self._hidden}"
            self._hidden_by_sql[text] = column
            self.layered[column] = _Layered(column, compiled, self._current)
        self._current = outer
        self._current.add(column)
        return column

    def _window_column(self, column: str, kind: str) -> exp.Expression:
        """A window function over a hidden value, computed once for all its uses:
        ``count`` (how many are set), ``desc``/``asc`` (the rank among set values)."""
        name = f"w__{column}__{kind}"
        if name not in self.layered:
            value = _col(column)
            window: exp.Expression
            if kind == "count":
                window = exp.Window(this=exp.Count(this=value))
            else:
                # Partitioning by "is NULL" ranks the set values among themselves,
                # whatever an engine's default NULL ordering (SPEC 4.6).
                window = exp.Window(
                    this=exp.Rank(),
                    partition_by=[exp.Is(this=value.copy(), expression=exp.null())],
                    order=exp.Order(expressions=[exp.Ordered(
                        this=value.copy(), desc=kind == "desc", nulls_first=False)]),
                )
            self.layered[name] = _Layered(name, window, {column})
        self._current.add(name)
        return _col(name)

    def _rank_test(self, expr: ast.RankTest) -> exp.Expression:
        """Member when set and rank <= ceil(P * N / 100), i.e. (rank - 1) * 100 < P * N,
        in integers: P is scaled to a whole number so no rounding happens anywhere."""
        column = self._hidden_value(expr.expr)
        percent = expr.percent.value
        scale = 10 ** max(0, -int(percent.as_tuple().exponent))
        count = self._window_column(column, "count")
        rank = self._window_column(column, "desc" if expr.direction is ast.RankDir.TOP
                                   else "asc")
        left = exp.Mul(this=exp.paren(exp.Sub(this=rank, expression=exp.Literal.number(1))),
                       expression=exp.Literal.number(100 * scale))
        right = exp.Mul(this=exp.Literal.number(int(percent * scale)), expression=count)
        return _and(exp.Not(this=exp.Is(this=_col(column), expression=exp.null())),
                    exp.LT(this=left, expression=right))

    def _ntile(self, expr: ast.Call) -> exp.Expression:
        """floor((r - 1) * n / N) + 1 with r the ascending rank among set values."""
        column = self._hidden_value(expr.args[0])
        buckets = expr.args[1]
        assert isinstance(buckets, ast.NumberLit)
        count = self._window_column(column, "count")
        rank = self._window_column(column, "asc")
        scaled = exp.Mul(this=exp.paren(exp.Sub(this=rank, expression=exp.Literal.number(1))),
                         expression=_number(buckets.value))
        bucket = exp.Add(this=self.d.int_div(exp.paren(scaled), count),
                         expression=exp.Literal.number(1))
        return exp.Case().when(exp.Is(this=_col(column), expression=exp.null()),
                               exp.null()).else_(bucket)

    # ------------------------------------------------------------ aggregates
    def _event_table(self, event: EventType) -> _EventTable:
        key = (event.table, event.key, event.time)
        found = self.event_tables.get(key)
        if found is None:
            found = _EventTable(len(self.event_tables) + 1, event.table, event.key, event.time)
            self.event_tables[key] = found
        return found

    def _event_condition(self, event: EventType, filt: ast.EventFilter | None,
                         window: ast.Window | None, alias: str | None = None,
                         *, after: ast.Window | None = None,
                         rows: _Rows | None = None) -> exp.Expression:
        """Which rows of the event table are this event, pass the filter, lie in the window.

        Also notes in ``rows`` (default: the rows of the table's grouped pass) which
        events must be read and how far back: from the window's start, or (for the
        second event of a sequence) from the start of the first event's window
        ``after``, since it must come later than that event.
        """
        table = self._event_table(event)
        rows = table.rows if rows is None else rows
        if event.where:
            only = _and(*[exp.EQ(this=self._raw(column, "t"), expression=_literal(value))
                          for column, value in event.where])
            rows.event_filters.setdefault(_key(only, self.d), only)
        else:
            rows.every_row = True
        reach = window if window is not None else after
        rows.read_from(self._bounds(reach)[0] if reach is not None else None, self.d)
        parts: list[exp.Expression] = []
        for column, value in event.where:
            table.columns.setdefault(column, column)
            parts.append(exp.EQ(this=_col(column, alias), expression=_literal(value)))
        if filt is not None and filt.condition is not None:
            parts.append(self.condition(filt.condition, event, alias))
        if window is not None:
            parts.append(self._in_window(_col(TIME, alias), window, before_as_of=True))
        return _and(*parts)

    def _aggregate_slot(self, event: EventType, sql: exp.Expression) -> str:
        table = self._event_table(event)
        text = _key(sql, self.d)
        column = table.aggregate_by_sql.get(text)
        if column is not None:
            return column
        column = f"g__{table.index}_{len(table.aggregates) + 1}"
        table.read = True
        table.aggregates[column] = (text, sql)
        table.aggregate_by_sql[text] = column
        return column

    def _aggregate(self, expr: ast.Aggregate) -> exp.Expression:
        event = self.schema.events[expr.event]
        if expr.distinct and expr.prop is not None:
            return self._count_distinct(expr, event)
        condition = self._event_condition(event, expr.filter, expr.window)
        function = expr.function
        if function in (ast.AggFn.FIRST, ast.AggFn.LAST) and expr.prop is not None:
            return self._first_last_property(expr, event, condition)
        value: exp.Expression
        if expr.prop is None:
            value = _col(TIME) if function in (ast.AggFn.FIRST, ast.AggFn.LAST) \
                else exp.Star()
        else:
            value = self._name(expr.prop, event, None)
            if function is ast.AggFn.AVG:
                return self._average(event, value, condition)
            if self.types.of(expr, None).kind is Kind.STRING:
                value = self.d.text_order(value)
        aggregate: exp.Expression
        match function:
            case ast.AggFn.COUNT:
                aggregate = exp.Count(this=exp.Distinct(expressions=[value]) if expr.distinct
                                      else value)
            case ast.AggFn.SUM:
                aggregate = exp.Sum(this=value)
            case ast.AggFn.MIN | ast.AggFn.FIRST:
                aggregate = exp.Min(this=value)
            case ast.AggFn.MAX | ast.AggFn.LAST:
                aggregate = exp.Max(this=value)
        column = self._aggregate_slot(event, filtered(aggregate, condition))
        if function in (ast.AggFn.COUNT, ast.AggFn.SUM):
            # No events: count and sum are 0, not "not set" (SPEC 4.3).
            return exp.Coalesce(this=_col(column), expressions=[exp.Literal.number(0)])
        return _col(column)

    def _average(self, event: EventType, value: exp.Expression, condition: exp.Expression
                 ) -> exp.Expression:
        """``avg`` as the exact sum divided by the count of set values, rounded to 9
        places like any division: an engine's own AVG adds doubles in whatever order
        its threads meet the rows, and rounds by its own rule."""
        total = self._aggregate_slot(event, filtered(exp.Sum(this=value), condition))
        count = self._aggregate_slot(event, filtered(exp.Count(this=value.copy()),
                                                     condition.copy()))
        # No events: both are NULL, and so is the quotient (SPEC 4.3).
        return self.d.divide(_col(total), _col(count))

    def _count_distinct(self, expr: ast.Aggregate, event: EventType) -> exp.Expression:
        """``count(distinct EVENT.PROPERTY ...)`` as a pass of its own over its own
        window: the distinct (key, value) pairs, counted per key.  Inside the grouped
        pass, DuckDB splits a distinct aggregate off by materializing the pass's whole
        input (10 million orders on the large benchmark, the most expensive operator
        of the batch query)."""
        assert expr.prop is not None
        rows = _Rows()
        condition = self._event_condition(event, expr.filter, expr.window, rows=rows)
        value = self._name(expr.prop, event, None)
        pairs = (exp.select(_col(KEY), _as(value, "__value")).distinct()
                 .from_(self._side_scan(event, rows, "s"), copy=False)
                 .where(_and(condition, exp.Not(this=exp.Is(this=value.copy(),
                                                            expression=exp.null()))),
                        copy=False))
        query = (exp.select(_col(KEY), _as(exp.Count(this=exp.Star()), "v"))
                 .from_(pairs.subquery("d", copy=False), copy=False)
                 .group_by(_col(KEY), copy=False))
        # No events: count(distinct ...) is 0 (SPEC 4.3).
        return exp.Coalesce(this=self._extra("dst", query, is_flag=False),
                            expressions=[exp.Literal.number(0)])

    def _first_last_property(self, expr: ast.Aggregate, event: EventType,
                             condition: exp.Expression) -> exp.Expression:
        """The property of the earliest/latest event; at a tie, the greatest value."""
        table = self._event_table(event)
        assert expr.prop is not None
        prop = self._name(expr.prop, event, None)
        if self.types.of(expr, None).kind is Kind.STRING:
            prop = self.d.text_order(prop)  # ties go to the greatest value
        single = self.d.edge_value(prop, _col(TIME), condition=condition,
                                   earliest=expr.function is ast.AggFn.FIRST)
        if single is not None:
            return _col(self._aggregate_slot(event, single))
        table.read = True
        edge = (exp.Min if expr.function is ast.AggFn.FIRST else exp.Max)(this=_col(TIME))
        inner = (
            exp.select(_col(KEY), exp.alias_(prop, "__value", quoted=True),
                       _col(TIME), exp.alias_(exp.Window(this=edge, partition_by=[_col(KEY)]),
                                              "__edge", quoted=True))
            .from_(exp.Table(this=_id(table.ev)))
            .where(condition)
        )
        query = (
            exp.select(_col(KEY), exp.alias_(
                self.d.greatest(_col("__value"),
                                boolean=self.types.of(expr, None).kind is Kind.BOOLEAN),
                "v", quoted=True))
            .from_(inner.subquery("s"))
            .where(exp.EQ(this=_col(TIME), expression=_col("__edge")))
            .group_by(_col(KEY))
        )
        return self._extra("tie", query, is_flag=False)

    def _has(self, expr: ast.HasEvent) -> exp.Expression:
        event = self.schema.events[expr.match.event]
        condition = self._event_condition(event, expr.match.filter, expr.window)
        count = filtered(exp.Count(this=exp.Star()), condition)
        column = self._aggregate_slot(event, count)
        value = exp.Coalesce(this=_col(column), expressions=[exp.Literal.number(0)])
        if expr.negated:
            return exp.EQ(this=value, expression=exp.Literal.number(0))
        return exp.GT(this=value, expression=exp.Literal.number(0))

    def _sequence(self, expr: ast.HasSequence) -> exp.Expression:
        """``has A then [no] B within D`` (SPEC 4.7) as a join of the event streams."""
        first = self.schema.events[expr.first.event]
        then = self.schema.events[expr.then.event]
        a_rows, b_rows = _Rows(), _Rows()
        a_cond = self._event_condition(first, expr.first.filter, expr.window, "a",
                                       rows=a_rows)
        b_cond = self._event_condition(then, expr.then.filter, None, "b", after=expr.window,
                                       rows=b_rows)
        a_time, b_time = _col(TIME, "a"), _col(TIME, "b")
        deadline = self.d.shift(a_time.copy(), expr.within.amount, expr.within.unit,
                                is_date=False)
        follows = _and(exp.EQ(this=_col(KEY, "b"), expression=_col(KEY, "a")),
                       exp.GT(this=b_time, expression=a_time),
                       exp.LTE(this=b_time.copy(), expression=deadline),
                       b_cond)
        low = self._bounds(expr.window)[0] if expr.window is not None else None
        if low is not None:
            # Implied by b > a >= low, but said outright it lets the engine drop
            # earlier B events before the join rather than after it.
            follows = _and(follows, exp.GTE(this=b_time.copy(), expression=low))
        a_source = self._side_scan(first, a_rows, "a")
        b_source = self._side_scan(then, b_rows, "b")
        if expr.then_absent:
            exists = exp.Exists(this=exp.select(exp.Literal.number(1)).from_(b_source)
                                .where(follows))
            over = exp.LTE(this=deadline.copy(), expression=self.as_of.copy())
            query = (exp.select(_col(KEY, "a")).distinct().from_(a_source)
                     .where(_and(a_cond, over, exp.Not(this=exists))))
        else:
            query = (exp.select(_col(KEY, "a")).distinct().from_(a_source)
                     .join(b_source, on=follows).where(a_cond))
        return self._extra("seq", query, is_flag=True)

    def _side_scan(self, event: EventType, rows: _Rows, alias: str) -> exp.Table:
        """A scan of its own for one side of a sequence, reading only the rows that
        side needs.  Sharing the grouped pass's scan (``ev__N``) would read the
        table once, but then DuckDB and PostgreSQL materialize that scan, since it
        is used twice: on the large benchmark, writing and reading back 10 million
        rows cost more than reading the last weeks of the table again."""
        table = self._event_table(event)
        key = (table.index, rows.identity())
        name = self._side_scans_by_rows.get(key)
        if name is None:
            name = f"scan__{len(self.side_scans) + 1}"
            self._side_scans_by_rows[key] = name
            self.side_scans[name] = (table, rows)
        return exp.Table(this=_id(name), alias=exp.TableAlias(this=_id(alias)))

    def _extra(self, prefix: str, query: exp.Select, *, is_flag: bool) -> exp.Expression:
        """Add a CTE joined into ``base``, or reuse an identical one."""
        text = _key(query, self.d)
        name = self._extras_by_sql.get(text)
        if name is None:
            name = f"{prefix}__{len(self.extras) + 1}"
            self._extras_by_sql[text] = name
            self.extras[name] = _Extra(name, query, name, is_flag=is_flag)
        return _col(name)

    # ------------------------------------------------------------- assembly
    def query(self, names: Sequence[str], segment_only: str | None = None,
              attributes: Sequence[str] = ()) -> exp.Expression:
        columns = {name: self.definition(name) for name in names}
        # Chosen attributes (``run --with``) are read like any attribute a
        # definition uses (entity columns, relations through their LEFT JOIN) and
        # go out right after the key.
        shown = {name: self._shown_attribute(name) for name in attributes}
        ctes: list[tuple[str, exp.Expression]] = [("entity", self._entity())]
        for table in self.event_tables.values():
            if table.read:
                ctes.append((table.ev, self._events(table, table.rows)))
            if table.aggregates:
                ctes.append((table.agg, self._grouped(table)))
        ctes += [(name, self._events(table, rows))
                 for name, (table, rows) in self.side_scans.items()]
        ctes += [(extra.name, extra.query) for extra in self.extras.values()]
        ctes.append(("base", self._base()))
        previous = "base"
        for number, layer in enumerate(self._layers(), start=1):
            name = f"layer__{number}"
            select = exp.select(exp.Star(), *[_as(item.expr, item.column) for item in layer])
            ctes.append((name, select.from_(exp.Table(this=_id(previous)), copy=False)))
            previous = name
        source = exp.Table(this=_id(previous))
        key = self.schema.key
        # Each select list is set in one call: sqlglot re-parents the whole list on
        # every .select(), so growing it a column at a time was quadratic.
        outputs = [self._output(_col(KEY), key)]
        outputs += [self._output(_col(column), name) for name, column in shown.items()]
        if segment_only is None:
            outputs += [self._output(_col(column), name) for name, column in columns.items()]
        final = exp.select(*outputs).from_(source, copy=False)
        if segment_only is not None:
            final = final.where(_col(columns[segment_only]), copy=False)
        for name, body in ctes:
            final = final.with_(_id(name), as_=body, materialized=self.d.materialize_ctes,
                                copy=False)
        return final

    def _shown_attribute(self, name: str) -> str:
        """The column of an attribute (``email``) or relation attribute
        (``account.industry``) shown in the output."""
        relation, dot, attribute = name.partition(".")
        if not dot:
            if name not in self.schema.attributes:
                raise CompileError(f"the schema has no attribute '{name}'")
            return self.attributes.setdefault(name, f"a__{name}")
        found = self.schema.relations.get(relation)
        if found is None or attribute not in found.attributes:
            raise CompileError(f"the schema has no relation attribute '{name}'")
        return self._relation_column(relation, attribute)

    def _entity(self) -> exp.Select:
        schema = self.schema
        items = [_as(self._raw(schema.key, "e"), KEY)]
        for name, column in self.attributes.items():
            field = schema.attributes[name]
            items.append(_as(self._read(field, self._raw(field.column, "e"), schema.table),
                             column))
        entity = _table(schema.table, self.d).as_("e", quoted=True, copy=False)
        select = exp.select(*items).from_(entity, copy=False)
        joined: set[str] = set()
        relation_items: list[exp.Expression] = []
        for (relation_name, attribute), column in self.relation_columns.items():
            relation = schema.relations[relation_name]
            alias = f"r__{relation_name}"
            if relation_name not in joined:
                joined.add(relation_name)
                on = exp.EQ(this=self._raw(relation.key, alias),
                            expression=self._raw(relation.via, "e"))
                joined_table = _table(relation.table, self.d).as_(alias, quoted=True, copy=False)
                select = select.join(joined_table, join_type="LEFT", on=on, copy=False)
            field = relation.attributes[attribute]
            relation_items.append(_as(self._read(field, self._raw(field.column, alias),
                                                 relation.table), column))
        return select.select(*relation_items, copy=False) if relation_items else select

    def _raw(self, column: str, table: str) -> exp.Column:
        """A column of a table the schema names (not of a CTE of this query)."""
        return exp.Column(this=self.d.schema_identifier(column), table=_id(table))

    def _output(self, expression: exp.Expression, name: str) -> exp.Expression:
        """A column of the result, named as the dialect spells names for its users."""
        return exp.Alias(this=expression, alias=self.d.schema_identifier(name))

    def _read(self, field: Field, column: exp.Expression, table: str) -> exp.Expression:
        """A column of ``table`` as the compiler handles its type (instants: see
        read_instant; numbers: exact decimals, see Dialect.to_number)."""
        if field.type is ValueType.TIMESTAMP:
            return self.d.read_instant(column, table, field.column)
        if field.type is ValueType.NUMBER:
            return self.d.to_number(column)
        return column

    def _events(self, table: _EventTable, rows: _Rows) -> exp.Select:
        time = self.d.read_instant(self._raw(table.time, "t"), table.table, table.time)
        items = [_as(self._raw(table.key, "t"), KEY), _as(time, TIME)]
        for column, alias in table.columns.items():
            value: exp.Expression = self._raw(column, "t")
            if column in table.instants:
                value = self.d.read_instant(value, table.table, column)
            elif column in table.numbers:
                value = self.d.to_number(value)
            items.append(_as(value, alias))
        select = exp.select(*items)
        # Events at or after as-of are ignored everywhere (SPEC 4.1).
        keep: list[exp.Expression] = [exp.LT(this=time.copy(), expression=self.as_of.copy())]
        if rows.lower_bounds and not rows.full_history:
            # No use needs events before the earliest window start: skip them in
            # the scan (and let the engine prune by the time column).
            bounds = list(rows.lower_bounds.values())
            # The bounds are never NULL; saying NULLs are ignored keeps sqlglot from
            # wrapping LEAST in NULL handling for DuckDB.
            earliest = bounds[0] if len(bounds) == 1 else exp.Least(
                this=bounds[0], expressions=bounds[1:], ignore_nulls=True)
            keep.insert(0, exp.GTE(this=time.copy(), expression=earliest))
        if rows.event_filters and not rows.every_row:
            # Only the rows of the events used (a shared table holds others).
            filters = list(rows.event_filters.values())
            keep.append(exp.paren(filters[0]) if len(filters) == 1 else exp.paren(
                exp.or_(*filters, copy=False)))
        scanned = _table(table.table, self.d).as_("t", quoted=True, copy=False)
        return select.from_(scanned, copy=False).where(_and(*keep), copy=False)

    def _grouped(self, table: _EventTable) -> exp.Select:
        select = exp.select(_col(KEY), *[_as(aggregate, column)
                                          for column, (_, aggregate) in table.aggregates.items()])
        select = select.from_(exp.Table(this=_id(table.ev)), copy=False)
        return select.group_by(_col(KEY), copy=False)

    def _base(self) -> exp.Select:
        own = [*self.attributes.values(), *self.relation_columns.values()]
        items: list[exp.Expression] = [_col(KEY, "entity"), *[_col(c, "entity") for c in own]]
        joins: list[tuple[str, exp.Expression]] = []
        for table in self.event_tables.values():
            if not table.aggregates:
                continue
            joins.append((table.agg, _same_key(table.agg)))
            items += [_col(c, table.agg) for c in table.aggregates]
        for extra in self.extras.values():
            joins.append((extra.name, _same_key(extra.name)))
            if extra.is_flag:
                flag = exp.Not(this=exp.Is(this=_col(KEY, extra.name), expression=exp.null()))
                items.append(_as(flag, extra.column))
            else:
                items.append(_as(_col("v", extra.name), extra.column))
        select = exp.select(*items).from_(exp.Table(this=_id("entity")), copy=False)
        for name, on in joins:
            select = select.join(exp.Table(this=_id(name)), join_type="LEFT", on=on, copy=False)
        return select

    def _layers(self) -> list[list[_Layered]]:
        level: dict[str, int] = {}

        def level_of(column: str) -> int:
            # Iterative: definitions can form long chains.
            stack = [column]
            while stack:
                current = stack[-1]
                pending = [d for d in self.layered[current].depends if d not in level]
                if pending:
                    stack.extend(pending)
                    continue
                stack.pop()
                depends = self.layered[current].depends
                level[current] = 1 + max((level[d] for d in depends), default=0)
            return level[column]

        layers: dict[int, list[_Layered]] = {}
        for column, item in self.layered.items():
            layers.setdefault(level_of(column), []).append(item)
        return [layers[k] for k in sorted(layers)]


_COMPARISONS: dict[ast.CompareOp, type[exp.Expression]] = {
    ast.CompareOp.EQ: exp.EQ, ast.CompareOp.NE: exp.NEQ, ast.CompareOp.LT: exp.LT,
    ast.CompareOp.LE: exp.LTE, ast.CompareOp.GT: exp.GT, ast.CompareOp.GE: exp.GTE,
}

_PERIOD_STEP = {
    ast.Period.WEEK: (7, ast.Unit.DAY),
    ast.Period.MONTH: (1, ast.Unit.MONTH),
    ast.Period.QUARTER: (3, ast.Unit.MONTH),
    ast.Period.YEAR: (1, ast.Unit.YEAR),
}


def _key(expression: exp.Expression, dialect: Dialect) -> str:
    """The SQL text of ``expression``, as the key that deduplicates aggregates,
    hidden values, filters and extra CTEs.  Where the dialect's generator leaves
    the tree alone (``Dialect.renders_in_place``) it is rendered without sqlglot's
    defensive deep copy, which was much of the time of compiling a large project;
    the text is the same either way (the golden SQL in tests/golden/ pins this)."""
    return expression.sql(dialect=dialect.sqlglot_name, copy=not dialect.renders_in_place)


def _same_key(other: str) -> exp.Expression:
    return exp.EQ(this=_col(KEY, other), expression=_col(KEY, "entity"))


def _is_as_of(node: exp.Expression) -> bool:
    """Whether ``node`` is (a copy of) the compiler's as-of literal."""
    marks = node._meta  # not .meta: that would give every node a dict
    return bool(marks and marks.get(AS_OF_MARK))


def _is_condition(expr: ast.Expr) -> bool:
    return not isinstance(expr, ast.Name | ast.Member | ast.Call | ast.Aggregate | ast.Arith
                          | ast.Neg | ast.BoolLit)


def _dialect(name: str, context: TimeContext = DEFAULT) -> Dialect:
    try:
        return DIALECTS[name](context)
    except KeyError:
        known = ", ".join(DIALECTS)
        raise CompileError(f"unknown dialect '{name}' (use one of {known})") from None


def default_names(checked: CheckedProject) -> list[str]:
    """The columns of `compile --all` (SPEC 6): segments, segmentations, metrics,
    each in the order of the files."""
    return [*checked.segments, *checked.segmentations, *checked.metrics]


def membership_tree(checked: CheckedProject, dialect: str, as_of: dt.datetime | None,
                    names: Sequence[str] | None,
                    attributes: Sequence[str] = (),
                    context: TimeContext = DEFAULT) -> exp.Expression:
    """The membership SELECT as a sqlglot expression, exactly what
    :func:`build_membership` renders (render it with :func:`render`)."""
    target = _dialect(dialect, context)
    compiler = _Compiler(checked, target, as_of)
    chosen = list(names) if names is not None else default_names(checked)
    for name in chosen:
        if checked.declaration(name) is None:
            raise CompileError(f"no segment, segmentation or metric is called '{name}'")
    query = compiler.query(chosen, attributes=attributes)
    _unwrap_left_chains(query)
    return query


def build_membership(checked: CheckedProject, dialect: str, as_of: dt.datetime | None,
                     names: Sequence[str] | None, attributes: Sequence[str] = (),
                     context: TimeContext = DEFAULT) -> str:
    return _render(membership_tree(checked, dialect, as_of, names, attributes, context),
                   _dialect(dialect), fresh=True, unwrapped=True)


def with_as_of(tree: exp.Expression, dialect: str, as_of: dt.datetime) -> exp.Expression:
    """A copy of ``tree`` (compiled at some instant) evaluated at ``as_of`` instead.

    The compiler writes the as-of once (``instant_literal``) and copies that node
    wherever it is needed; windows, days-since and replay bounds are computed from
    it in SQL, never in Python.  So swapping the marked nodes gives the query the
    compiler writes for ``as_of`` (tests/test_as_of_swap.py compares the texts).
    An instant written in a definition is not marked and stays as it is.
    """
    literal = _dialect(dialect).instant_literal(as_of)
    literal.meta[AS_OF_MARK] = True

    def swap(node: exp.Expression) -> exp.Expression:
        return literal.copy() if _is_as_of(node) else node

    return tree.transform(swap)


def build_segment(checked: CheckedProject, name: str, dialect: str,
                  as_of: dt.datetime | None, attributes: Sequence[str] = (),
                  context: TimeContext = DEFAULT) -> str:
    target = _dialect(dialect, context)
    if name not in checked.segments:
        raise CompileError(f"no segment is called '{name}'")
    compiler = _Compiler(checked, target, as_of)
    return _render(compiler.query([name], segment_only=name, attributes=attributes), target,
                   fresh=True)


# A left operand of the same precedence parses the same without parentheses
# (`(a - b) + c` is `a - b + c` in every engine): the tree is unchanged, only its text.
_SAME_LEVEL: dict[type[object], tuple[type[object], ...]] = {
    exp.Add: (exp.Add, exp.Sub), exp.Sub: (exp.Add, exp.Sub),
    exp.Mul: (exp.Mul, exp.Div), exp.Div: (exp.Mul, exp.Div),
}


def _unwrap_left_chains(query: exp.Expression) -> None:
    """Drop the parentheses around the left operand of ``+ -`` and ``* /`` when it
    is itself a ``+ -`` (``* /``) step.

    sqlglot writes a run of one operator without recursion (``Generator.binary``),
    but the parentheses the compiler puts around every step make it recurse once per
    term (a 300-term sum exhausted Python's stack) and re-indent the whole text at
    every level (quadratic time).  Order of evaluation stays left to right as
    written: nothing is re-associated.
    """
    for paren in list(query.find_all(exp.Paren)):
        parent, inner = paren.parent, paren.this
        same_level = _SAME_LEVEL.get(type(parent), ()) if parent is not None else ()
        if paren.arg_key == "this" and type(inner) in same_level:
            paren.replace(inner)


def render(query: exp.Expression, dialect: str, *, pretty: bool = False) -> str:
    """A compiled query (or one built around compiled parts) as SQL text: identifiers
    quoted as the compiler's are, unsupported constructs refused."""
    return _render(query, _dialect(dialect), pretty=pretty)


def _render(query: exp.Expression, target: Dialect, *, pretty: bool = True,
            fresh: bool = False, unwrapped: bool = False) -> str:
    """The query's SQL text.  A construct sqlglot cannot express in the target
    dialect raises instead of being written approximately (sqlglot's default only
    logs a warning and writes something that may mean another thing).

    ``fresh``: the tree was built for this call alone and is dropped after it, so
    sqlglot need not copy it before rendering (the copy of a large project's
    query was a good part of its rendering time).  ``unwrapped``: the caller ran
    ``_unwrap_left_chains`` on it already (a second walk of the tree finds nothing)."""
    if not unwrapped:
        _unwrap_left_chains(query)
    try:
        return query.sql(dialect=target.sqlglot_name, pretty=pretty, identify=True,
                         copy=not fresh,
                         unsupported_level=ErrorLevel.RAISE)
    except UnsupportedError as error:
        raise CompileError(f"{target.name} SQL cannot express part of these definitions "
                           f"(a segdsl bug, please report it): {error}") from None


__all__ = ["AS_OF_MARK", "build_membership", "build_segment", "iter_nodes", "membership_tree",
           "render", "with_as_of"]
