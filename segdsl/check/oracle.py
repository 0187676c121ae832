"""Types of the expressions of a checked project, as the checker recorded them.

The compiler, the reference evaluator and ``explain`` need a few type facts (is
this time a date or an instant, is this number an integer).  The checker records
the type of every node it checks (``CheckedProject.facts``, check/facts.py);
:class:`TypeOracle` answers from there.  Only a node the checker never saw (one
made later, e.g. by ``explain`` or a compiler rewrite) is inferred, by running
:class:`~segdsl.check.expressions.ExpressionChecker`'s own rules over the checked
project and remembering the answer per node.
"""

from __future__ import annotations

from segdsl.check.checker import CheckedProject, segmentation_type
from segdsl.check.expressions import ExpressionChecker
from segdsl.check.facts import EventSetRef
from segdsl.check.scope import EventScope
from segdsl.check.types import Type
from segdsl.diagnostics import Diagnostic
from segdsl.project.model import EventType
from segdsl.syntax import ast


class _CheckedResolver:
    """The checker's Resolver protocol, answered from a finished CheckedProject."""

    def __init__(self, checked: CheckedProject) -> None:
        self.checked = checked

    def metric_type(self, name: str) -> Type | None:
        return self.checked.metric_types.get(name)

    def segmentation_type(self, name: str) -> Type | None:
        decl = self.checked.segmentations.get(name)
        return None if decl is None else segmentation_type(decl)

    def is_segment(self, name: str) -> bool:
        return name in self.checked.segments

    def declared_kind(self, name: str) -> str | None:
        return None

    def declaration(self, name: str) -> ast.Declaration | None:
        return self.checked.declaration(name)

    def value_names(self) -> list[str]:
        return []

    def segment_names(self) -> list[str]:
        return []

    def is_named_event(self, name: str) -> bool:
        return name in self.checked.named_events

    def named_event(self, name: str) -> EventSetRef | None:
        return self.checked.event_sets.get(name)

    def named_event_names(self) -> list[str]:
        return []

    def entity_of(self, name: str) -> str | None:
        return self.checked.whole.entity_of(name)

    def for_entity(self, entity: str) -> _CheckedResolver:
        return _CheckedResolver(self.checked.whole.for_entity(entity))

    def static_list_names(self) -> list[str]:
        return list(self.checked.static_lists)


def _ignore(diagnostic: Diagnostic) -> None:
    """The project is already checked: any problem here was reported then."""


class TypeOracle:
    """``of(expr, event)``: the type of ``expr`` (inside ``with`` of ``event``).

    A node the checker checked is answered from ``checked.facts`` (a lookup; the
    ``event`` is then the one the checker already used).  Any other node (made
    after the check) is inferred with the checker's rules in the scope of
    ``event``, and the answer remembered here by identity, so the caller must keep
    such a node alive while it asks.
    """

    def __init__(self, checked: CheckedProject) -> None:
        self._checker = ExpressionChecker(checked.schema, _CheckedResolver(checked), _ignore)
        self._recorded = checked.facts.types
        # Inferred answers for nodes without facts: only the nodes asked about, not
        # their children (a child of a node made later may be as short-lived).
        self._memo: dict[int, Type] = {}

    def of(self, expr: ast.Expr, event: EventType | None = None) -> Type:
        key = id(expr)
        found = self._recorded.get(key)
        if found is not None:
            return found
        found = self._memo.get(key)
        if found is None:
            if isinstance(expr, ast.Arith):
                return self._arith(expr, event)
            scope = EventScope(event) if event is not None else None
            found = self._checker.infer(expr, scope)
            self._memo[key] = found
        return found

    def _arith(self, expr: ast.Arith, event: EventType | None) -> Type:
        # The compiler asks for the type of each left operand of `a + b + c + ...` in
        # turn; inferring each from scratch takes quadratic time on a long sum.  Fold
        # the left spine once, with the checker's own step, remembering every prefix.
        spine: list[ast.Arith] = []
        node: ast.Expr = expr
        while isinstance(node, ast.Arith) and id(node) not in self._memo \
                and id(node) not in self._recorded:
            spine.append(node)
            node = node.left
        result = self.of(node, event)
        for step in reversed(spine):
            result = self._checker._arith_step(step, result, self.of(step.right, event))
            self._memo[id(step)] = result
        return result
