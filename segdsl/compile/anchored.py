"""Aggregates and ``has`` over a window anchored on each customer's own time:
``count(purchase within 30 days after signup_at)`` (SPEC 11, docs/semantics.md
"Anchored windows").

The anchor is a per-customer value (an attribute, a metric, ``first(purchase)``,
``signup_at + 7 days``), known only once ``base`` or a layer has computed it, so
these aggregates cannot sit in the event table's grouped pass.  Each becomes a
layered column computed in a grouped CTE of its layer (``plan.Anchored``): a side
scan of the table (the whole history, or from the start of an ordinary window
written beside the anchored one) joined by key to the anchors of the layer
before, every aggregate filtered by ``anchor <= time < anchor + D``.  A customer
whose anchor is not set matches no row, so counts and sums are 0 and the rest not
set, as for no events (SPEC 4.3).

``first``/``last`` of a property takes two layers: the edge time first, then the
greatest value among the events at that time (the tie rule of SPEC 4.3), so every
engine computes it with plain ``min``/``max``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from segdsl.check.types import Kind
from segdsl.compile.dialects import filtered
from segdsl.compile.parts import TIME, TreeKey, and_, col, zero_if_null
from segdsl.compile.plan import AnchoredUse, EventScan, Layered, Rows
from segdsl.compile.translator import Translator
from segdsl.project.model import EventType, Field
from segdsl.syntax import ast

# How the event forms say which rows are the event, pass its filter and lie in an
# ordinary window (events.EventForms._condition), noting in ``rows`` what to read.
ConditionOf = Callable[[EventType, ast.EventFilter | None, ast.Window | None, Rows],
                       exp.Expression]


class AnchoredForms:
    def __init__(self, translator: Translator, condition_of: ConditionOf) -> None:
        self.t = translator
        self._condition_of = condition_of
        self._anchor_by_tree: dict[TreeKey, str] = {}  # a computed anchor -> its column

    # ------------------------------------------------------------------ forms
    def aggregate(self, expr: ast.Aggregate, window: ast.AnchoredWindow) -> exp.Expression:
        t = self.t
        event, field = t.event_of(expr)
        use, condition = self._read(event, expr.filter, expr.window, window)
        function = expr.function
        kind = t.types.of(expr, None).kind
        if field is None:
            if function is ast.AggFn.COUNT:
                return zero_if_null(self.column(use, exp.Count(this=exp.Star()), condition))
            edge = (exp.Min if function is ast.AggFn.FIRST else exp.Max)(this=col(TIME))
            return self.column(use, edge, condition)
        value = t.property_column(field, event, None)
        if expr.distinct:
            counted = exp.Count(this=exp.Distinct(expressions=[value]))
            return zero_if_null(self.column(use, counted, condition))
        if function is ast.AggFn.SUM:
            return zero_if_null(self.column(use, exp.Sum(this=value), condition))
        if function is ast.AggFn.AVG:
            total = self.column(use, exp.Sum(this=value), condition)
            count = self.column(use, exp.Count(this=value.copy()), condition)
            return t.d.divide(total, count)
        if function in (ast.AggFn.FIRST, ast.AggFn.LAST):
            return self._edge_value(expr, field, event, use, condition)
        if kind is Kind.STRING:
            value = t.d.text_order(value)
        found = self.column(use, (exp.Min if function is ast.AggFn.MIN else exp.Max)(
            this=value), condition)
        return t.d.text_value(found) if kind is Kind.STRING else found

    def has(self, expr: ast.HasEvent, window: ast.AnchoredWindow) -> exp.Expression:
        event, _ = self.t.event_of(expr.match)
        use, condition = self._read(event, expr.match.filter, expr.window, window)
        count = zero_if_null(self.column(use, exp.Count(this=exp.Star()), condition))
        if expr.negated:
            return exp.EQ(this=count, expression=exp.Literal.number(0))
        return exp.GT(this=count, expression=exp.Literal.number(0))

    # ---------------------------------------------------------------- helpers
    def _read(self, event: EventType, filt: ast.EventFilter | None, window: ast.Window | None,
              anchored: ast.AnchoredWindow) -> tuple[AnchoredUse, exp.Expression]:
        """The side scan the aggregate reads, the anchor's column, and the condition
        on a joined row: the event, its filter, the ordinary window (if any) and
        ``anchor <= time < anchor + D`` (D a calendar step for months and years, as
        in sequences)."""
        rows = Rows()
        condition = self._condition_of(event, filt, window, rows)
        return self.use(self.t.plan.event_scan(event), rows, condition, anchored)

    def use(self, table: EventScan, rows: Rows, condition: exp.Expression,
            anchored: ast.AnchoredWindow) -> tuple[AnchoredUse, exp.Expression]:
        """The side scan of ``table`` reading ``rows`` joined to the anchor, and
        ``condition`` with ``anchor <= time < anchor + D`` (also for the tables of a
        group of events, events.py's SetForms)."""
        t = self.t
        scan = t.plan.side_scan(table, rows)
        anchor = self._anchor(anchored.anchor)
        start = col(anchor)
        # A window's length, as a sequence's `within`: exact days and weeks also
        # in a project with a time zone (SPEC 11).
        end = t.d.shift(col(anchor), anchored.duration.amount, anchored.duration.unit,
                        is_date=False, duration=True)
        in_range = and_(exp.GTE(this=col(TIME), expression=start),
                        exp.LT(this=col(TIME), expression=end))
        return AnchoredUse(scan, (anchor,)), and_(condition, in_range)

    def _anchor(self, expr: ast.Expr) -> str:
        """The column holding the anchor as an instant (a date: its midnight): the
        column itself when the anchor is one, else a layered column of its own."""
        t = self.t
        compiled, depends = t.own_column(expr)
        for used in depends:
            t.uses(used)
        if t.types.of(expr, None).kind is Kind.DATE:
            compiled = t.d.to_instant(compiled)
        elif isinstance(compiled, exp.Column) and not compiled.table:
            return compiled.name
        tree = t.key(compiled)
        column = self._anchor_by_tree.get(tree)
        if column is None:
            column = f"at__{len(self._anchor_by_tree) + 1}"
            self._anchor_by_tree[tree] = column
            t.plan.layered[column] = Layered(column, compiled, depends)
        return column

    def column(self, use: AnchoredUse, aggregate: exp.Expression,
               condition: exp.Expression) -> exp.Expression:
        """The layered column of ``aggregate`` over the rows of ``use`` where
        ``condition`` holds."""
        expression = filtered(aggregate, condition)
        column = self.t.plan.anchored(use, expression, self.t.key(expression))
        self.t.uses(column)
        return col(column)

    def _edge_value(self, expr: ast.Aggregate, field: Field, event: EventType,
                    use: AnchoredUse, condition: exp.Expression) -> exp.Expression:
        """The property of the earliest/latest event in the window; at a tie, the
        greatest value (SPEC 4.3): the edge time in one layer, then the greatest
        value among the events at that time in the next."""
        t = self.t
        earliest = expr.function is ast.AggFn.FIRST
        kind = t.types.of(expr, None).kind
        value = t.property_column(field, event, None)
        if kind is Kind.STRING:
            value = t.d.text_order(value)
        found = self.edge_value(use, condition, value, kind, earliest=earliest)
        return t.d.text_value(found) if kind is Kind.STRING else found

    def edge_value(self, use: AnchoredUse, condition: exp.Expression, value: exp.Expression,
                   kind: Kind, *, earliest: bool) -> exp.Expression:
        """``value`` (in text order for a string) of the earliest/latest row of ``use``
        where ``condition`` holds, ties to the greatest set value."""
        t = self.t
        edge = self.column(use, (exp.Min if earliest else exp.Max)(this=col(TIME)), condition)
        at_edge = AnchoredUse(use.scan, (*use.reads, edge.name))
        greatest = t.d.greatest(value, boolean=kind is Kind.BOOLEAN)
        return self.column(at_edge, greatest, and_(
            condition.copy(), exp.EQ(this=col(TIME), expression=col(edge.name))))
