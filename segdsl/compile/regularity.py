"""Regularity and lifecycle of a behaviour (SPEC 11), as counts in the grouped pass.

* ``has EVENT in at least K of the last N UNIT``: the i-th period (i = 1 ... N) is
  ``[as_of - i UNIT, as_of - (i - 1) UNIT)``, each bound stepped back from as-of
  itself by ``Dialect.shift`` (the calendar step every other window uses, month
  steps clamped at the end of the month; in a project with a time zone a step of
  the local calendar and wall clock, SPEC 11); one filtered count per period, and the
  periods that hold an event are added up and compared with K.
* ``stopped EVENT in last N UNIT``: some event in ``[as_of - 2N UNIT, as_of - N
  UNIT)`` and none in ``[as_of - N UNIT, as_of)``.
* ``restarted EVENT in last N UNIT``: some event before ``as_of - 2N UNIT``, none
  in ``[as_of - 2N UNIT, as_of - N UNIT)`` and some in ``[as_of - N UNIT, as_of)``.

Every count is a filtered ``COUNT(*)`` of the event table's one grouped pass, the
same tree on every engine (so nothing here is a dialect's business but the step),
and the scan reads from the earliest bound (restarted: the whole history).  Counts
are never NULL (``COALESCE(..., 0)``), so the conditions are two-valued.
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.compile.events import EventForms
from segdsl.compile.parts import and_
from segdsl.compile.translator import Bounds, Translator
from segdsl.syntax import ast


class RegularityForms:
    def __init__(self, translator: Translator, events: EventForms) -> None:
        self.t = translator
        self.events = events

    def _back(self, amount: int, unit: ast.Unit) -> exp.Expression:
        """``as_of - amount unit``, stepped from the as-of node itself."""
        return self.t.d.shift(self.t.as_of.copy(), -amount, unit, is_date=False)

    def _period(self, newer: int, older: int, unit: ast.Unit) -> Bounds:
        """[as_of - older UNIT, as_of - newer UNIT); newer 0 is the as-of node."""
        high = self.t.as_of.copy() if newer == 0 else self._back(newer, unit)
        return self._back(older, unit), high

    def regular(self, expr: ast.HasRegular) -> exp.Expression:
        """At least K of the N periods hold such an event."""
        unit, periods = expr.periods.unit, expr.periods.amount
        reach = self._back(periods, unit)  # the scan reads from the earliest period
        held: list[exp.Expression] = []
        for i in range(1, periods + 1):
            count = self.events.count_in(expr.match, self._period(i - 1, i, unit), reach)
            held.append(exp.Case(ifs=[exp.If(this=_positive(count),
                                             true=exp.Literal.number(1))],
                                 default=exp.Literal.number(0)))
        return exp.GTE(this=exp.paren(_balanced_sum(held), copy=False),
                       expression=exp.Literal.number(int(expr.least.value)))

    def lifecycle(self, expr: ast.LifecycleTest) -> exp.Expression:
        """``stopped``/``restarted`` with ``in last N UNIT`` (the checker made sure)."""
        assert isinstance(expr.window, ast.LastWindow)
        amount, unit = expr.window.duration.amount, expr.window.duration.unit
        reach = self._back(2 * amount, unit)
        now = self.events.count_in(expr.match, self._period(0, amount, unit), reach)
        before = self.events.count_in(expr.match, self._period(amount, 2 * amount, unit),
                                      reach)
        if expr.kind is ast.Lifecycle.STOPPED:
            return exp.paren(and_(_positive(before), _none(now)), copy=False)
        earlier = self.events.count_in(expr.match, (None, reach.copy()), None)
        return exp.paren(and_(_positive(earlier), _none(before), _positive(now)), copy=False)


def _positive(count: exp.Expression) -> exp.Expression:
    return exp.GT(this=count, expression=exp.Literal.number(0))


def _none(count: exp.Expression) -> exp.Expression:
    return exp.EQ(this=count, expression=exp.Literal.number(0))


def _balanced_sum(terms: list[exp.Expression]) -> exp.Expression:
    """``a + b + ...`` as a balanced tree: a year of days is 366 terms, and a chain that
    long nests deeper than the engines' expression limits like (ARCHITECTURE.md)."""
    if len(terms) == 1:
        return terms[0]
    middle = len(terms) // 2
    return exp.Add(this=exp.paren(_balanced_sum(terms[:middle]), copy=False),
                   expression=exp.paren(_balanced_sum(terms[middle:]), copy=False))
