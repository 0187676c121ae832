"""Attrition: how a segment's conditions narrow the population, step by step.

A segment ``where A and B and C`` is cut at its top-level ``and``s into the
conditions A, B, C (in the order written; a parenthesized group stays one
condition, so ``(A and B) and C`` has two).  For each condition the attrition gives

* ``remaining``: the customers meeting it and every condition before it, and
* ``alone``: the customers meeting it by itself,

after the population.  The last ``remaining`` is the segment's size.  A segment
whose condition is not a top-level ``and`` has one step.

How it is measured: each condition becomes a hidden segment (a name no user
definition can take, see :func:`hidden_names`) in a copy of the checked project,
so the compiler evaluates every condition of every asked segment in ONE
membership query.  Conditions never yield NULL (two-valued logic), so per
segment one ``CASE`` gives the first condition a customer fails, and counting the
customers whose first failure comes after step i gives ``remaining`` of step i.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlglot import exp

from segdsl.analysis.model import Attrition, AttritionStep
from segdsl.analysis.sqlparts import as_int, column, count_where, membership_from, run_chunked
from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader
from segdsl.syntax import ast

# Hidden definitions are named with this prefix and a number; a longer name could
# be cut by PostgreSQL's 63-byte identifier limit.
_PREFIX = "_attrition_"


@dataclass(frozen=True, slots=True)
class Condition:
    """One top-level ``and`` condition of a segment, as written."""

    expr: ast.Expr
    text: str
    line: int


def conditions(decl: ast.SegmentDecl) -> list[Condition]:
    """The segment's top-level ``and`` conditions in the order written.

    A condition's text is printed by the formatter's printer (``print_node``), so
    it reads as ``segdsl fmt`` would write it: comments dropped, one line, and the
    parentheses the author wrote kept (a grouped ``and``/``or`` stays one
    condition with its parentheses).
    """
    from segdsl.format.api import print_node

    parts: list[ast.Expr] = []
    node = decl.condition
    # `a and b and c` is And(And(a, b), c): walk down the left spine.  A left child
    # written in parentheses stays one part (parentheses around the whole
    # condition group nothing against anything else).
    while isinstance(node, ast.And) and (node.parens == 0 or node is decl.condition):
        parts.append(node.right)
        node = node.left
    parts.append(node)
    parts.reverse()
    return [Condition(part, print_node(part), part.span.line) for part in parts]


def hidden_names(checked: CheckedProject, count: int) -> list[str]:
    """``count`` definition names that clash with nothing in ``checked``."""
    taken = {*checked.metrics, *checked.segments, *checked.segmentations,
             *checked.schema.attributes, *checked.schema.relations}
    names: list[str] = []
    number = 0
    while len(names) < count:
        name = f"{_PREFIX}{number}"
        number += 1
        if name not in taken:
            names.append(name)
    return names


@dataclass(frozen=True, slots=True)
class AttritionPlan:
    """The hidden segments of some segments' conditions, ready to compile."""

    checked: CheckedProject  # the project plus the hidden segments
    segments: tuple[str, ...]
    steps: dict[str, list[tuple[str, Condition]]]  # segment -> (hidden name, condition)

    @property
    def hidden(self) -> list[str]:
        return [name for steps in self.steps.values() for name, _ in steps]

    def aggregates(self) -> list[exp.Expression]:
        """COUNT(*) of the population, then per segment and step: remaining, alone."""
        found: list[exp.Expression] = [exp.Count(this=exp.Star())]
        for segment in self.segments:
            steps = self.steps[segment]
            first_failure = _first_failure([name for name, _ in steps])
            for index, (name, _) in enumerate(steps, start=1):
                found.append(count_where(exp.GT(this=first_failure.copy(),
                                                expression=exp.Literal.number(index))))
                found.append(count_where(column(name)))
        return found

    def results(self, values: Sequence[object]) -> list[Attrition]:
        population = as_int(values[0])
        position = 1
        found: list[Attrition] = []
        for segment in self.segments:
            steps: list[AttritionStep] = []
            for _, condition in self.steps[segment]:
                remaining, alone = as_int(values[position]), as_int(values[position + 1])
                position += 2
                steps.append(AttritionStep(condition.text, condition.line, remaining, alone))
            found.append(Attrition(segment, population, tuple(steps)))
        return found


def plan_attrition(checked: CheckedProject, segments: Sequence[str]) -> AttritionPlan:
    """Hidden segments for every condition of ``segments``, added to a copy of
    ``checked`` (each with its segment's dependencies, a superset of its own)."""
    per_segment = {name: conditions(checked.segments[name]) for name in segments}
    names = iter(hidden_names(checked, sum(len(found) for found in per_segment.values())))
    added: dict[str, ast.SegmentDecl] = {}
    dependencies = dict(checked.dependencies)
    steps: dict[str, list[tuple[str, Condition]]] = {}
    for segment, found in per_segment.items():
        decl = checked.segments[segment]
        steps[segment] = []
        for condition in found:
            name = next(names)
            added[name] = ast.SegmentDecl(name, decl.name_span, ast.Metadata(),
                                          condition.expr, condition.expr.span)
            dependencies[name] = checked.dependencies.get(segment, frozenset())
            steps[segment].append((name, condition))
    extended = dataclasses.replace(checked, segments={**checked.segments, **added},
                                   dependencies=dependencies)
    return AttritionPlan(extended, tuple(segments), steps)


def measure_attrition(reader: Reader, plan: AttritionPlan, as_of: dt.datetime
                      ) -> list[Attrition]:
    source = membership_from(reader, plan.checked, as_of, plan.hidden)
    return plan.results(run_chunked(reader, source, plan.aggregates()))


def attrition(reader: Reader, checked: CheckedProject, segment: str,
              as_of: dt.datetime) -> Attrition:
    """The attrition of one segment at ``as_of`` (for ``explain --db``): one query."""
    return measure_attrition(reader, plan_attrition(checked, [segment]), as_of)[0]


# ------------------------------------------------------------------ helpers


def _first_failure(hidden: Sequence[str]) -> exp.Expression:
    """``CASE WHEN NOT c1 THEN 1 WHEN NOT c2 THEN 2 ... ELSE n + 1 END``."""
    case = exp.Case()
    for index, name in enumerate(hidden, start=1):
        case = case.when(exp.Not(this=column(name)), exp.Literal.number(index), copy=False)
    return exp.paren(case.else_(exp.Literal.number(len(hidden) + 1), copy=False), copy=False)
