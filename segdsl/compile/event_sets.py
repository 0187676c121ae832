"""Groups of events and named events (SPEC 11): ``(a or b)``, ``any event``,
``event big_purchase = purchase with amount >= 100``, wherever one event stands.

The checker binds such a use to an ``EventSetRef``: schema events (members), each
with the conditions its named events put on it.  Members are split by the event
table they live in (a *part*: one ``EventScan``); within a part a row belongs to
the set when any member's condition holds (one OR, so a row two members match
counts once), and every aggregate stays one filtered aggregate in that table's
grouped pass.  Across tables the parts' aggregates are combined: counts and sums
add up (each part's "no events" is 0), ``avg`` is the total sum over the total
count, ``min``/``max`` and the edge times of ``first``/``last`` are the least or
greatest set part value, and ``first``/``last`` of a property takes the value of
the part whose edge time wins, at a tie between parts the greatest set value (the
same rule as ties within one table).  ``count(distinct ...)`` and sequences read
the parts' rows as one union.  Every tree here is the same on every engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlglot import exp

from segdsl.check.facts import EventMember, EventRef, EventSetPropertyRef, EventSetRef
from segdsl.check.types import Kind
from segdsl.compile.dialects import filtered
from segdsl.compile.errors import CompileError
from segdsl.compile.parts import KEY, TIME, alias, and_, col, cte_table, is_set, zero_if_null
from segdsl.compile.plan import EventScan, Rows
from segdsl.compile.translator import Bounds
from segdsl.project.model import Field, ValueType
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.compile.events import EventForms


@dataclass
class _Part:
    """The members of a set that live in one event table, with their conditions."""

    scan: EventScan
    rows: Rows
    members: list[tuple[EventMember, exp.Expression]] = field(default_factory=list)

    @property
    def condition(self) -> exp.Expression:
        conditions = [exp.paren(c.copy(), copy=False) for _, c in self.members]
        found: exp.Expression = conditions[0]
        for other in conditions[1:]:
            found = exp.Or(this=found, expression=other)
        return exp.paren(found, copy=False) if len(conditions) > 1 else found


@dataclass(frozen=True)
class _Slot:
    """How one part's rows become columns: ``aggregate(AGG)`` the column of an
    aggregate over them, ``edge(value, kind, earliest)`` the value of the edge row."""

    aggregate: Callable[[exp.Expression], exp.Expression]
    edge: Callable[[exp.Expression, Kind, bool], exp.Expression]


class SetForms:
    def __init__(self, forms: EventForms) -> None:
        self.forms = forms
        self.t = forms.t

    def reads_set(self, node: ast.Aggregate | ast.EventMatch) -> bool:
        binding = self.t.checked.facts.binding_of(node)
        return isinstance(binding, EventSetRef | EventSetPropertyRef)

    def _set_of(self, node: ast.Aggregate | ast.EventMatch) -> tuple[EventSetRef, Field | None]:
        match self.t.checked.facts.binding_of(node):
            case EventSetPropertyRef(events=events, field=prop):
                return events, prop
            case EventSetRef() as events:
                return events, None
            case EventRef(event=event):
                return EventSetRef(event.name, (EventMember(event),), event), None
        raise CompileError("the checker did not resolve an event")  # pragma: no cover

    def _parts(self, ref: EventSetRef, filt: ast.EventFilter | None,
               window: ast.Window | None, alias_name: str | None = None, *,
               after: ast.Window | None = None, own_rows: bool = False,
               period: Bounds | None = None, period_reach: exp.Expression | None = None
               ) -> list[_Part]:
        """The set's members by event table, each with its condition: its event's
        ``where``, its named events' filters, the use's filter and window."""
        t = self.t
        parts: dict[int, _Part] = {}
        for member in ref.members:
            scan = t.plan.event_scan(member.event)
            part = parts.get(scan.index)
            if part is None:
                part = parts[scan.index] = _Part(scan, Rows() if own_rows else scan.rows)
            condition = self.forms.condition(member.event, filt, window, alias_name,
                                             after=after, rows=part.rows, period=period,
                                             period_reach=period_reach)
            extra = [t.condition(f, member.event, alias_name) for f in member.filters]
            part.members.append((member, and_(condition, *extra)))
        return list(parts.values())

    def _value(self, part: _Part, prop: Field, alias_name: str | None = None
               ) -> exp.Expression:
        """The property as a column of the part's scan; when its members read it
        from different columns of one table, the column of the member that holds."""
        columns = {m.event.properties[prop.name].column for m, _ in part.members}
        if len(columns) == 1:
            member = part.members[0][0]
            return self.t.property_column(member.event.properties[prop.name], member.event,
                                          alias_name)
        case = exp.Case()
        for member, condition in part.members:
            case = case.when(exp.paren(condition.copy(), copy=False),
                             self.t.property_column(member.event.properties[prop.name],
                                                    member.event, alias_name))
        return case

    def _slot(self, part: _Part, aggregate: exp.Expression) -> exp.Expression:
        sql = filtered(aggregate, part.condition)
        return col(self.t.plan.aggregate(part.scan, sql, self.t.key(sql)))

    def _slots(self, parts: list[_Part], anchored: ast.AnchoredWindow | None) -> list[_Slot]:
        """Per part, how an aggregate over its rows becomes a column: a filtered
        aggregate of the table's grouped pass, or with ``within D after ANCHOR``
        one of an anchored layer (compile/anchored.py) over the part's rows."""
        return [self._slot_of(part, anchored) for part in parts]

    def _slot_of(self, part: _Part, anchored: ast.AnchoredWindow | None) -> _Slot:
        if anchored is None:
            def aggregate(agg: exp.Expression) -> exp.Expression:
                return self._slot(part, agg)

            def edge(value: exp.Expression, kind: Kind, earliest: bool) -> exp.Expression:
                return self.forms.edge_value(part.scan, value, part.condition,
                                             earliest=earliest, kind=kind)
            return _Slot(aggregate, edge)
        forms = self.forms.anchored
        use, condition = forms.use(part.scan, part.rows, part.condition, anchored)

        def anchored_aggregate(agg: exp.Expression) -> exp.Expression:
            return forms.column(use, agg, condition)

        def anchored_edge(value: exp.Expression, kind: Kind, earliest: bool) -> exp.Expression:
            return forms.edge_value(use, condition, value, kind, earliest=earliest)
        return _Slot(anchored_aggregate, anchored_edge)

    # ------------------------------------------------------------ aggregates
    def has(self, expr: ast.HasEvent) -> exp.Expression:
        ref, _ = self._set_of(expr.match)
        parts = self._parts(ref, expr.match.filter, expr.window,
                            own_rows=expr.anchor is not None)
        count = _total([slot.aggregate(exp.Count(this=exp.Star()))
                        for slot in self._slots(parts, expr.anchor)])
        if expr.negated:
            return exp.EQ(this=count, expression=exp.Literal.number(0))
        return exp.GT(this=count, expression=exp.Literal.number(0))

    def count_in(self, match: ast.EventMatch, period: Bounds, reach: exp.Expression | None
                 ) -> exp.Expression:
        """How many of the set's events lie in the period (regularity and lifecycle,
        compile/regularity.py): the tables' filtered counts added up."""
        ref, _ = self._set_of(match)
        parts = self._parts(ref, match.filter, None, period=period, period_reach=reach)
        return _total([self._slot(p, exp.Count(this=exp.Star())) for p in parts])

    def aggregate(self, expr: ast.Aggregate) -> exp.Expression:
        t = self.t
        ref, prop = self._set_of(expr)
        if expr.distinct and prop is not None and expr.anchor is None:
            return self._count_distinct(expr, ref, prop)
        parts = self._parts(ref, expr.filter, expr.window, own_rows=expr.anchor is not None)
        slots = self._slots(parts, expr.anchor)
        function = expr.function
        kind = t.types.of(expr, None).kind
        earliest = function is ast.AggFn.FIRST
        if function in (ast.AggFn.FIRST, ast.AggFn.LAST) and prop is not None:
            return self._edge(parts, slots, prop, kind, earliest=earliest)
        if function is ast.AggFn.COUNT and prop is None:
            return _total([slot.aggregate(exp.Count(this=exp.Star())) for slot in slots])
        if prop is None:  # first/last(EVENT): the edge time
            return _extreme([slot.aggregate((exp.Min if earliest else exp.Max)(this=col(TIME)))
                             for slot in slots], low=earliest)
        values = [self._value(p, prop) for p in parts]
        pairs = list(zip(slots, values, strict=True))
        if expr.distinct:
            # With `within ... after` (the checker allows one event table only): the
            # distinct values of that table's rows in the anchored window.
            return _total([slot.aggregate(exp.Count(this=exp.Distinct(expressions=[v])))
                           for slot, v in pairs])
        # Sums of numbers are added as the dialect adds numbers (exact on Spark).
        add = t.d.add if prop.type is ValueType.NUMBER else None
        if function is ast.AggFn.SUM:
            return _total([slot.aggregate(exp.Sum(this=v)) for slot, v in pairs], add)
        if function is ast.AggFn.AVG:
            # The exact total over the count of set values, rounded like any
            # division; no set value: 0 / 0, which divide makes not set.
            total = _total([slot.aggregate(exp.Sum(this=v)) for slot, v in pairs], add)
            count = _total([slot.aggregate(exp.Count(this=v.copy())) for slot, v in pairs])
            return t.d.divide(total, count)
        text = kind is Kind.STRING
        low = function is ast.AggFn.MIN
        found = _extreme([slot.aggregate((exp.Min if low else exp.Max)(
            this=t.d.text_order(v) if text else v)) for slot, v in pairs], low=low)
        return t.d.text_value(found) if text else found

    def _edge(self, parts: list[_Part], slots: list[_Slot], prop: Field, kind: Kind, *,
              earliest: bool) -> exp.Expression:
        """``first``/``last`` of a property: each part's edge value (ties within it
        to the greatest set value), then the value of the part with the edge time,
        at a tie between parts the greatest set value."""
        t = self.t
        text = kind is Kind.STRING
        values: list[exp.Expression] = []
        for part, slot in zip(parts, slots, strict=True):
            value = self._value(part, prop)
            if text:
                value = t.d.text_order(value)
            values.append(slot.edge(value, kind, earliest))
        if not values:
            return exp.null()
        found = values[0]
        if len(parts) > 1:
            times = [slot.aggregate((exp.Min if earliest else exp.Max)(this=col(TIME)))
                     for slot in slots]
            edge = _extreme(times, low=earliest)
            at_edge: list[exp.Expression] = [
                exp.Case().when(exp.EQ(this=time, expression=edge.copy()), value)
                for time, value in zip(times, values, strict=True)]
            found = _extreme(at_edge, low=False)
        return t.d.text_value(found) if text else found

    def _count_distinct(self, expr: ast.Aggregate, ref: EventSetRef, prop: Field
                        ) -> exp.Expression:
        """The distinct set values over the rows of every part, as one union read
        by a pass of its own (the values of all tables are needed together)."""
        t = self.t
        parts = self._parts(ref, expr.filter, expr.window, own_rows=True)
        if not parts:
            return exp.Literal.number(0)
        selects: list[exp.Select] = []
        for part in parts:
            value = self._value(part, prop)
            source = cte_table(t.plan.side_scan(part.scan, part.rows), "s")
            selects.append(exp.select(col(KEY), alias(value, "__value")).from_(source, copy=False)
                           .where(and_(part.condition, is_set(value.copy())), copy=False))
        pairs: exp.Query = selects[0]
        for other in selects[1:]:
            pairs = exp.union(pairs, other, distinct=False, copy=False)
        distinct = (exp.select(col(KEY), col("__value")).distinct()
                    .from_(pairs.subquery("u", copy=False), copy=False))
        query = (exp.select(col(KEY), alias(exp.Count(this=exp.Star()), "v"))
                 .from_(distinct.subquery("d", copy=False), copy=False)
                 .group_by(col(KEY), copy=False))
        return zero_if_null(self.forms.join("dst", query, is_flag=False))

    # ------------------------------------------------------------ sequences
    def sequence(self, expr: ast.HasSequence) -> exp.Expression:
        """``has A then [no] B within D`` where a side is a set: each side is the
        union of its parts' (key, time) rows that pass its conditions."""
        t = self.t
        a_ref, _ = self._set_of(expr.first)
        b_ref, _ = self._set_of(expr.then)
        a_source = self._side(a_ref, expr.first.filter, expr.window, None, "a")
        b_source = self._side(b_ref, expr.then.filter, None, expr.window, "b")
        a_time, b_time = col(TIME, "a"), col(TIME, "b")
        deadline = t.d.shift(a_time.copy(), expr.within.amount, expr.within.unit,
                             is_date=False)
        follows = and_(exp.EQ(this=col(KEY, "b"), expression=col(KEY, "a")),
                       exp.GT(this=b_time, expression=a_time),
                       exp.LTE(this=b_time.copy(), expression=deadline))
        if expr.then_absent:
            exists = exp.Exists(this=exp.select(exp.Literal.number(1)).from_(b_source)
                                .where(follows))
            over = exp.LTE(this=deadline.copy(), expression=t.as_of.copy())
            query = (exp.select(col(KEY, "a")).distinct().from_(a_source)
                     .where(and_(over, exp.Not(this=exists))))
        else:
            query = (exp.select(col(KEY, "a")).distinct().from_(a_source)
                     .join(b_source, on=follows))
        return self.forms.join("seq", query, is_flag=True)

    def _side(self, ref: EventSetRef, filt: ast.EventFilter | None, window: ast.Window | None,
              after: ast.Window | None, alias_name: str) -> exp.Expression:
        parts = self._parts(ref, filt, window, after=after, own_rows=True)
        selects: list[exp.Select] = []
        for part in parts:
            source = cte_table(self.t.plan.side_scan(part.scan, part.rows))
            selects.append(exp.select(col(KEY), col(TIME)).from_(source, copy=False)
                           .where(part.condition, copy=False))
        if not selects:  # `any event` of a schema without events: no rows
            selects.append(exp.select(exp.null().as_(KEY), exp.null().as_(TIME))
                           .where(exp.false()))
        rows: exp.Query = selects[0]
        for other in selects[1:]:
            rows = exp.union(rows, other, distinct=False, copy=False)
        return rows.subquery(alias_name, copy=False)


def _total(counts: list[exp.Expression],
           add: Callable[[exp.Expression, exp.Expression], exp.Expression] | None = None
           ) -> exp.Expression:
    """The sum of the parts' counts or sums, each 0 without events (SPEC 4.3).
    Sums of numbers are added by ``add`` (the dialect's, exact on Spark too)."""
    if not counts:
        return exp.Literal.number(0)
    total = zero_if_null(counts[0])
    for other in counts[1:]:
        total = (add(total, zero_if_null(other)) if add is not None
                 else exp.Add(this=total, expression=zero_if_null(other)))
    return total


def _extreme(values: Sequence[exp.Expression], *, low: bool) -> exp.Expression:
    """The least (or greatest) set value of ``values``, not set when none is:
    each argument of LEAST/GREATEST is a COALESCE starting with one of them, so no
    argument is NULL unless all are (engines differ on NULL arguments)."""
    if not values:
        return exp.null()
    if len(values) == 1:
        return values[0]
    args = [exp.Coalesce(this=v.copy(), expressions=[o.copy() for o in values if o is not v])
            for v in values]
    return (exp.Least if low else exp.Greatest)(this=args[0], expressions=args[1:])

