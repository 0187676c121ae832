"""What the helpers of the expression stage (events.py, ranking.py, calls.py) may ask
of the translator that calls them (expressions.ExpressionCompiler).

A protocol rather than the class itself, so that the helpers do not import the
module that imports them: the stage's modules form no import circle.
"""

from __future__ import annotations

from typing import Protocol

from sqlglot import exp

from segdsl.check.checker import CheckedProject
from segdsl.check.oracle import TypeOracle
from segdsl.compile.dialects import Dialect
from segdsl.compile.parts import TreeKey
from segdsl.compile.plan import Plan
from segdsl.project.model import EventType, Field
from segdsl.syntax import ast

Bounds = tuple[exp.Expression | None, exp.Expression | None]


class Translator(Protocol):
    checked: CheckedProject
    d: Dialect
    plan: Plan
    types: TypeOracle
    as_of: exp.Expression  # the as-of literal (marked: see parts.AS_OF_MARK); copy it

    def condition(self, expr: ast.Expr, event: EventType | None = None,
                  alias: str | None = None) -> exp.Expression:
        """A never-NULL boolean."""

    def value(self, expr: ast.Expr, event: EventType | None = None,
              alias: str | None = None) -> exp.Expression:
        """A value (NULL when not set)."""

    def instant(self, expr: ast.Expr, event: EventType | None = None,
                alias: str | None = None) -> exp.Expression:
        """A time value as an instant (a date is its midnight UTC)."""

    def bounds(self, window: ast.Window, event: EventType | None = None,
               alias: str | None = None) -> Bounds:
        """The window as [low, high) instants; None for an open end."""

    def in_window(self, instant: exp.Expression, window: ast.Window,
                  event: EventType | None = None, alias: str | None = None,
                  *, before_as_of: bool = False) -> exp.Expression:
        """``instant`` lies in the window."""

    def property_column(self, field: Field, event: EventType, alias: str | None
                        ) -> exp.Expression:
        """Property ``field`` of ``event`` as a column of its scan."""

    def event_of(self, node: ast.Aggregate | ast.EventMatch) -> tuple[EventType, Field | None]:
        """The event an aggregate or ``has``/sequence side reads, and the property
        it names (None: none), as the checker bound them."""

    def own_column(self, expr: ast.Expr) -> tuple[exp.Expression, set[str]]:
        """``expr`` compiled apart from the definition being compiled: its SQL and
        the layered columns it uses."""

    def uses(self, column: str) -> None:
        """Note that the definition being compiled uses layered ``column``."""

    def key(self, expression: exp.Expression) -> TreeKey:
        """``expression`` as a deduplication key (see :class:`~.parts.TreeKey`)."""
