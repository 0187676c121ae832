"""The forms over events: aggregates, ``has``, sequences (SPEC 4.3-4.5, 4.7).

Most become one aggregate in their event table's grouped pass,
``AGG(CASE WHEN filter AND window THEN value END)``; ``count(distinct ...)``,
tie-broken ``first``/``last`` of a property and sequences need CTEs of their own,
joined into ``base`` by key, unless the dialect computes the first two from value
codes in the grouped pass (``Dialect.packs_edge_codes``, ``code_set_capacity``).
Each use also tells the plan which rows of the table it reads (``Rows``), so scans
skip events no use can see.
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.check.types import Kind
from segdsl.compile.anchored import AnchoredForms
from segdsl.compile.dialects import filtered
from segdsl.compile.event_sets import SetForms
from segdsl.compile.parts import (
    KEY,
    TIME,
    alias,
    and_,
    col,
    cte_table,
    is_as_of,
    is_set,
    literal,
    zero_if_null,
)
from segdsl.compile.plan import EventScan, Rows
from segdsl.compile.translator import Bounds, Translator
from segdsl.project.model import EventType, Field, ValueType
from segdsl.syntax import ast


class EventForms:
    def __init__(self, translator: Translator) -> None:
        self.t = translator
        self.anchored = AnchoredForms(translator, lambda event, filt, window, rows:
                                      self.condition(event, filt, window, rows=rows))
        # Groups of events and named events (SPEC 11), in a module of their own.
        self.sets = SetForms(self)

    def _scan(self, event: EventType) -> EventScan:
        return self.t.plan.event_scan(event)

    def condition(self, event: EventType, filt: ast.EventFilter | None,
                   window: ast.Window | None, alias_name: str | None = None,
                   *, after: ast.Window | None = None,
                   rows: Rows | None = None, period: Bounds | None = None,
                   period_reach: exp.Expression | None = None) -> exp.Expression:
        """Which rows of the event table are this event, pass the filter, lie in the window.

        Also notes in ``rows`` (default: the rows of the table's grouped pass) which
        events must be read and how far back: from the window's start, or (for the
        second event of a sequence) from the start of the first event's window
        ``after``, since it must come later than that event.  ``period`` (with no
        window) is a window given as its [low, high) instants instead (regularity's
        periods, compile/regularity.py).
        """
        t = self.t
        scan = self._scan(event)
        rows = scan.rows if rows is None else rows
        if event.where:
            # A string `where` value is compared as every string (Dialect.read_text).
            only = and_(*[exp.EQ(this=t.d.read_text(t.d.column(column, "t"))
                                 if isinstance(value, str) else t.d.column(column, "t"),
                                 expression=literal(value))
                          for column, value in event.where])
            rows.event_filters.setdefault(t.key(only), only)
        else:
            rows.every_row = True
        reach = window if window is not None else after
        low = t.bounds(reach)[0] if reach is not None else None
        if period is not None:
            low = period[0] if period_reach is None else period_reach
        rows.read_from(low)
        parts: list[exp.Expression] = []
        for column, value in event.where:
            scan.columns.setdefault(column, column)
            parts.append(exp.EQ(this=col(column, alias_name), expression=literal(value)))
        if filt is not None and filt.condition is not None:
            parts.append(t.condition(filt.condition, event, alias_name))
        if window is not None:
            parts.append(t.in_window(col(TIME, alias_name), window, before_as_of=True))
        if period is not None:
            parts.extend(within(col(TIME, alias_name), period))
        return and_(*parts)

    def _slot(self, event: EventType, sql: exp.Expression) -> str:
        return self.t.plan.aggregate(self._scan(event), sql, self.t.key(sql))

    def aggregate(self, expr: ast.Aggregate) -> exp.Expression:
        t = self.t
        if self.sets.reads_set(expr):
            return self.sets.aggregate(expr)
        if expr.anchor is not None:
            return self.anchored.aggregate(expr, expr.anchor)
        event, field = t.event_of(expr)
        if expr.distinct and field is not None:
            return self._count_distinct(expr, event, field)
        condition = self.condition(event, expr.filter, expr.window)
        function = expr.function
        if function in (ast.AggFn.FIRST, ast.AggFn.LAST) and field is not None:
            return self._first_last_property(expr, event, field, condition)
        value: exp.Expression
        if field is None:
            value = col(TIME) if function in (ast.AggFn.FIRST, ast.AggFn.LAST) \
                else exp.Star()
        else:
            value = t.property_column(field, event, None)
            if function is ast.AggFn.AVG:
                return self._average(event, value, condition)
            if t.types.of(expr, None).kind is Kind.STRING:
                value = t.d.text_order(value)
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
        column = self._slot(event, filtered(aggregate, condition))
        if function in (ast.AggFn.COUNT, ast.AggFn.SUM):
            # No events: count and sum are 0, not "not set" (SPEC 4.3).
            return zero_if_null(col(column))
        if field is not None and t.types.of(expr, None).kind is Kind.STRING:
            return t.d.text_value(col(column))
        return col(column)

    def _average(self, event: EventType, value: exp.Expression, condition: exp.Expression
                 ) -> exp.Expression:
        """``avg`` as the exact sum divided by the count of set values, rounded to 9
        places like any division: an engine's own AVG adds doubles in whatever order
        its threads meet the rows, and rounds by its own rule."""
        total = self._slot(event, filtered(exp.Sum(this=value), condition))
        count = self._slot(event, filtered(exp.Count(this=value.copy()), condition.copy()))
        # No events: both are NULL, and so is the quotient (SPEC 4.3).
        return self.t.d.divide(col(total), col(count))

    def _count_distinct(self, expr: ast.Aggregate, event: EventType, field: Field
                        ) -> exp.Expression:
        """``count(distinct EVENT.PROPERTY ...)``.  Where the dialect has bit sets of
        value codes and the column has few values (``few_values``), one aggregate in
        the grouped pass, used while the column's dictionary fits a bit set
        (``code_set_capacity`` values; checked at run time, as only the data says
        how many values there are); beyond that, the separate pass below, which
        otherwise reads no rows."""
        t = self.t
        capacity = t.d.code_set_capacity
        if not capacity or not few_values(field):
            return zero_if_null(self._distinct_pass(expr, event, field, None))
        codes = t.plan.value_codes_of(self._scan(event), field.column, field,
                                      text=field.type is ValueType.STRING)
        size = exp.select(exp.Count(this=exp.Star())).from_(cte_table(codes.name)).subquery()
        condition = self.condition(event, expr.filter, expr.window)
        small = exp.LTE(this=size, expression=exp.Literal.number(capacity))
        bits = exp.Case().when(small, t.d.count_codes(col(codes.code), condition))
        large = exp.GT(this=size.copy(), expression=exp.Literal.number(capacity))
        # No events: count(distinct ...) is 0 (SPEC 4.3).
        return exp.Coalesce(this=col(self._slot(event, bits)), expressions=[
            self._distinct_pass(expr, event, field, large), exp.Literal.number(0)])

    def _distinct_pass(self, expr: ast.Aggregate, event: EventType, field: Field,
                       only_if: exp.Expression | None) -> exp.Expression:
        """A pass of its own over the use's window: the distinct (key, value) pairs,
        counted per key (reading rows only when ``only_if`` holds).  Inside the
        grouped pass, DuckDB splits a distinct aggregate off by materializing the
        pass's whole input (10 million orders on the large benchmark, the most
        expensive operator of the batch query)."""
        t = self.t
        rows = Rows()
        condition = self.condition(event, expr.filter, expr.window, rows=rows)
        value = t.property_column(field, event, None)
        source = cte_table(t.plan.side_scan(self._scan(event), rows), "s")
        keep = and_(condition, is_set(value.copy()))
        if only_if is not None:
            keep = and_(keep, only_if)
        pairs = (exp.select(col(KEY), alias(value, "__value")).distinct()
                 .from_(source, copy=False)
                 .where(keep, copy=False))
        query = (exp.select(col(KEY), alias(exp.Count(this=exp.Star()), "v"))
                 .from_(pairs.subquery("d", copy=False), copy=False)
                 .group_by(col(KEY), copy=False))
        return self.join("dst", query, is_flag=False)

    def _first_last_property(self, expr: ast.Aggregate, event: EventType, field: Field,
                             condition: exp.Expression) -> exp.Expression:
        """The property of the earliest/latest event; at a tie, the greatest value
        (a string: ordered as ``text_order`` says, then an ordinary string again)."""
        found = self._edge_of(expr, event, field, condition)
        if self.t.types.of(expr, None).kind is Kind.STRING:
            return self.t.d.text_value(found)
        return found

    def _edge_of(self, expr: ast.Aggregate, event: EventType, field: Field,
                 condition: exp.Expression) -> exp.Expression:
        t = self.t
        scan = self._scan(event)
        kind = t.types.of(expr, None).kind
        earliest = expr.function is ast.AggFn.FIRST
        if t.d.packs_edge_codes and few_values(field):
            # One integer aggregate in the grouped pass over the value's code in a
            # dictionary of the column's values, numbered in value order.
            codes = t.plan.value_codes_of(scan, field.column, field, text=kind is Kind.STRING)
            packed = t.d.edge_from_codes(col(codes.code), col(TIME), codes.name,
                                         earliest=earliest, condition=condition)
            return col(self._slot(event, packed))
        prop = t.property_column(field, event, None)
        if kind is Kind.STRING:
            prop = t.d.text_order(prop)  # ties go to the greatest value
        return self.edge_value(scan, prop, condition, earliest=earliest, kind=kind)

    def edge_value(self, scan: EventScan, prop: exp.Expression, condition: exp.Expression,
                   *, earliest: bool, kind: Kind) -> exp.Expression:
        """The value ``prop`` of the earliest/latest row of ``scan`` where ``condition``
        holds, ties to the greatest set value (``prop`` already in text order)."""
        t = self.t
        single = t.d.edge_value(prop, col(TIME), condition=condition, earliest=earliest)
        if single is not None:
            return col(t.plan.aggregate(scan, single, t.key(single)))
        scan.read = True
        edge = (exp.Min if earliest else exp.Max)(this=col(TIME))
        inner = (
            exp.select(col(KEY), exp.alias_(prop, "__value", quoted=True),
                       col(TIME), exp.alias_(exp.Window(this=edge, partition_by=[col(KEY)]),
                                             "__edge", quoted=True))
            .from_(cte_table(scan.ev))
            .where(condition)
        )
        query = (
            exp.select(col(KEY), exp.alias_(
                t.d.greatest(col("__value"), boolean=kind is Kind.BOOLEAN), "v", quoted=True))
            .from_(inner.subquery("s"))
            .where(exp.EQ(this=col(TIME), expression=col("__edge")))
            .group_by(col(KEY))
        )
        return self.join("tie", query, is_flag=False)

    def has(self, expr: ast.HasEvent) -> exp.Expression:
        if self.sets.reads_set(expr.match):
            return self.sets.has(expr)
        if expr.anchor is not None:
            return self.anchored.has(expr, expr.anchor)
        event, _ = self.t.event_of(expr.match)
        condition = self.condition(event, expr.match.filter, expr.window)
        column = self._slot(event, filtered(exp.Count(this=exp.Star()), condition))
        value = zero_if_null(col(column))
        if expr.negated:
            return exp.EQ(this=value, expression=exp.Literal.number(0))
        return exp.GT(this=value, expression=exp.Literal.number(0))

    def count_in(self, match: ast.EventMatch, period: Bounds, reach: exp.Expression | None
                 ) -> exp.Expression:
        """How many of ``match``'s events lie in [low, high) (0 when none): one
        filtered count in the grouped pass, shared with any use of the same events
        and bounds (regularity and lifecycle, compile/regularity.py).  The scan
        reads from ``reach`` (None: the whole history), at or before ``low``."""
        if self.sets.reads_set(match):
            return self.sets.count_in(match, period, reach)
        event, _ = self.t.event_of(match)
        condition = self.condition(event, match.filter, None, period=period,
                                   period_reach=reach)
        return zero_if_null(col(self._slot(event, filtered(exp.Count(this=exp.Star()),
                                                           condition))))

    def sequence(self, expr: ast.HasSequence) -> exp.Expression:
        """``has A then [no] B within D`` (SPEC 4.7) as a join of the event streams."""
        t = self.t
        if self.sets.reads_set(expr.first) or self.sets.reads_set(expr.then):
            return self.sets.sequence(expr)
        first, _ = t.event_of(expr.first)
        then, _ = t.event_of(expr.then)
        a_rows, b_rows = Rows(), Rows()
        a_cond = self.condition(first, expr.first.filter, expr.window, "a", rows=a_rows)
        b_cond = self.condition(then, expr.then.filter, None, "b", after=expr.window,
                                 rows=b_rows)
        a_time, b_time = col(TIME, "a"), col(TIME, "b")
        deadline = t.d.shift(a_time.copy(), expr.within.amount, expr.within.unit,
                             is_date=False, duration=True)
        follows = and_(exp.EQ(this=col(KEY, "b"), expression=col(KEY, "a")),
                       exp.GT(this=b_time, expression=a_time),
                       exp.LTE(this=b_time.copy(), expression=deadline),
                       b_cond)
        low = t.bounds(expr.window)[0] if expr.window is not None else None
        if low is not None:
            # Implied by b > a >= low, but said outright it lets the engine drop
            # earlier B events before the join rather than after it.
            follows = and_(follows, exp.GTE(this=b_time.copy(), expression=low))
        a_source = self._side_scan(first, a_rows, "a")
        b_source = self._side_scan(then, b_rows, "b")
        if expr.then_absent:
            exists = exp.Exists(this=exp.select(exp.Literal.number(1)).from_(b_source)
                                .where(follows))
            over = exp.LTE(this=deadline.copy(), expression=t.as_of.copy())
            query = (exp.select(col(KEY, "a")).distinct().from_(a_source)
                     .where(and_(a_cond, over, exp.Not(this=exists))))
        else:
            query = (exp.select(col(KEY, "a")).distinct().from_(a_source)
                     .join(b_source, on=follows).where(a_cond))
        return self.join("seq", query, is_flag=True)

    def _side_scan(self, event: EventType, rows: Rows, alias_name: str) -> exp.Table:
        """A scan of its own for one side of a sequence, reading only the rows that
        side needs.  Sharing the grouped pass's scan (``ev__N``) would read the
        table once, but then DuckDB and PostgreSQL materialize that scan, since it
        is used twice: on the large benchmark, writing and reading back 10 million
        rows cost more than reading the last weeks of the table again."""
        return cte_table(self.t.plan.side_scan(self._scan(event), rows), alias_name)

    def join(self, kind: str, query: exp.Select, *, is_flag: bool) -> exp.Expression:
        """A CTE joined into ``base`` (an identical one is reused): its column."""
        return col(self.t.plan.join(kind, query, self.t.key(query), is_flag=is_flag))


def within(instant: exp.Expression, period: Bounds) -> list[exp.Expression]:
    """``low <= instant < high`` for an event's time, which every scan keeps before
    as-of, so an end at the as-of node itself needs no test (as in ``in_window``)."""
    low, high = period
    parts: list[exp.Expression] = []
    if low is not None:
        parts.append(exp.GTE(this=instant, expression=low.copy()))
    if high is not None and not is_as_of(high):
        parts.append(exp.LT(this=instant.copy(), expression=high.copy()))
    return parts


def few_values(field: Field) -> bool:
    """Whether a column's values are few enough to be read as codes of a dictionary
    (plan.ValueCodes): a boolean, or an enum (``values:`` in the schema).  Decided
    at compile time from the schema, since the dictionary is read from the whole
    table: for a column of nearly unique values (amounts, timestamps, ids) building
    it and joining every row to it cost 3-5 x the plain aggregate on the benchmark
    data.  The codes come from the data, not from the enum's list, so a value the
    schema does not list is still counted and ordered exactly."""
    return field.type is ValueType.BOOLEAN or field.values is not None
