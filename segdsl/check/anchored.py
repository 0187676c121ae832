"""Checking ``within D after ANCHOR`` on events (SPEC 11, docs/semantics.md
"Anchored windows").

The anchor is a per-customer point in time: any value of the customer scope whose
type is a date or a timestamp (an attribute, a relation attribute, a metric,
``first(...)``/``last(...)``, ``signup_at + 7 days``).  Aggregates and ``has`` are
refused inside ``with`` before their windows are looked at, so the anchor is
always checked in the customer scope.  An anchor that depends on the aggregate it
anchors can only do so through a metric, and that is a cycle of metrics, which
the checker reports after all declarations (check/cycles.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.check import types as t
from segdsl.codes import Code
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker


def check_anchored(checker: ExpressionChecker, window: ast.AnchoredWindow | None) -> None:
    """The duration is above zero, and the anchor is a time of the customer."""
    if window is None:
        return
    checker.facts.types[id(window.duration)] = t.DURATION
    if window.duration.amount <= 0:
        checker.error(Code.TYP013, "`within` needs a duration above zero",
                      window.duration.span, hint="e.g. `within 30 days after signup_at`")
    found = checker.value(window.anchor, None)
    if not (found.is_time or found.is_error):
        checker.error(
            Code.TYP015, f"`within ... after` needs a date or a timestamp to start from, "
            f"but this is {found.kind.words}", window.anchor.span,
            hint="start from a time of the customer, e.g. `after signup_at` or "
            "`after first(purchase)`")
