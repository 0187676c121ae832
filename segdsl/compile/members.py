"""Aggregates over an entity's members (SPEC 11), in the compiler.

The checker wrote each member aggregate as what is computed per member
(``MembersRef``: a filter condition and a value, expressions of the member
entity).  Here each becomes a hidden definition of the member entity
(``__mf_N``/``__mv_N``) in the relation's :class:`~.plan.MemberPass`, and an
aggregate over those columns grouped by the ``via`` column.  The pipeline then
compiles the member entity's membership query with the hidden definitions
(``member_query``: the same compiler over the member entity's definitions, so a
member's events are read in its own grouped pass, once per event table), and
assembly groups it by ``via`` into ``mem__N``, LEFT JOINed into ``base``.

How per-member values combine (empty aggregates as SPEC 4.3):

* ``count(members with C)``: ``COUNT(*) FILTER (WHERE C)``, 0 without members;
* ``sum``: the sum of the members' values (0 without), ``min``/``max`` of them,
  ``avg`` the exact sum over the count of set values;
* members' events: ``count``/``sum`` sum the members' counts/sums, ``min``/``max``
  take the least/greatest of the members', ``avg`` divides the sum of sums by the
  sum of counts (so it weighs events, not members).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sqlglot import exp

from segdsl.check.facts import MembersRef
from segdsl.check.types import Kind
from segdsl.compile.dialects import filtered
from segdsl.compile.parts import col, zero_if_null
from segdsl.compile.plan import MemberPass
from segdsl.project.model import Field, ValueType
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject
    from segdsl.compile.expressions import ExpressionCompiler

# The column of the member query holding the parent's key (the `via` column).
VIA = "__via"
# The alias of the member query inside ``mem__N``.
MEMBER = "m"


class MemberForms:
    def __init__(self, compiler: ExpressionCompiler) -> None:
        self.t = compiler

    def aggregate(self, expr: ast.Aggregate, ref: MembersRef) -> exp.Expression:
        t = self.t
        members = ref.members
        member = ref.entity
        pass_ = t.plan.member_pass(members.name, member, members.via)
        d = t.d
        condition: exp.Expression = exp.true()
        if ref.filter is not None:
            filter_node = ref.filter
            name = pass_.hidden(filter_node, lambda n: ast.SegmentDecl(
                n, expr.span, ast.Metadata(), filter_node, expr.span, member), "mf")
            condition = self._column(name)
        value: exp.Expression | None = None
        if ref.value is not None:
            value_node = ref.value
            name = pass_.hidden(value_node, lambda n: ast.MetricDecl(
                n, expr.span, value_node, expr.span, member), "mv")
            value = self._column(name)
        text = t.types.of(expr, None).kind is Kind.STRING
        match ref.function:
            case "count":
                return zero_if_null(col(pass_.aggregate(filtered(exp.Count(
                    this=exp.Star()), condition))))
            case "sum":
                assert value is not None
                return zero_if_null(col(pass_.aggregate(filtered(exp.Sum(this=value),
                                                                  condition))))
            case "min" | "max":
                assert value is not None
                ordered = d.text_order(value) if text else value
                function = exp.Min if ref.function == "min" else exp.Max
                found = col(pass_.aggregate(filtered(function(this=ordered), condition)))
                return d.text_value(found) if text else found
            case "avg":
                assert value is not None
                total = pass_.aggregate(filtered(exp.Sum(this=value), condition))
                count = pass_.aggregate(filtered(exp.Count(this=value.copy()),
                                                  condition.copy()))
                return d.divide(col(total), col(count))
            case _:  # events_avg: sum of the members' sums / sum of their counts
                assert value is not None and ref.count is not None
                count_node = ref.count
                name = pass_.hidden(count_node, lambda n: ast.MetricDecl(
                    n, expr.span, count_node, expr.span, member), "mc")
                total = pass_.aggregate(exp.Sum(this=value))
                count = pass_.aggregate(exp.Sum(this=self._column(name)))
                # No events at all: the count is 0 (or not set) and so the average
                # is not set (divide gives NULL for a zero divisor).
                return d.divide(col(total), col(count))

    def _column(self, name: str) -> exp.Expression:
        """A column of the member query (named as it names its outputs)."""
        return exp.Column(this=self.t.d.schema_identifier(name), table=col(MEMBER).this)



def member_view(checked: CheckedProject, pass_: MemberPass) -> CheckedProject:
    """The member entity's definitions with the pass's hidden ones, and its schema
    with the ``via`` column as an attribute (read as it is)."""
    whole = checked.whole
    view = whole.for_entity(pass_.entity)
    schema = view.schema
    via = Field(VIA, ValueType.STRING, pass_.via)
    hidden = dataclasses.replace(
        view, schema=dataclasses.replace(schema, attributes={**schema.attributes, VIA: via}),
        metrics=dict(view.metrics), segments=dict(view.segments),
        dependencies=dict(view.dependencies), origin=whole)
    for name, decl in pass_.definitions.items():
        if isinstance(decl, ast.MetricDecl):
            hidden.metrics[name] = decl
        elif isinstance(decl, ast.SegmentDecl):
            hidden.segments[name] = decl
        hidden.dependencies[name] = frozenset()
    return hidden
