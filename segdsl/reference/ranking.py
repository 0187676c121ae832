"""Ranking customers (SPEC 4.6): ``top``/``bottom N%`` and ``ntile``, over the
value of the whole population.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING

from segdsl.reference.aggregates import greater, less
from segdsl.reference.scope import Scope
from segdsl.syntax import ast

if TYPE_CHECKING:
    from segdsl.reference.evaluator import Evaluator


def _ranked(evaluator: Evaluator, expr: ast.Expr) -> list[object]:
    """The value of ``expr`` for every entity row (the population of SPEC 4.6)."""
    found = evaluator.population.get(id(expr))
    if found is None:
        found = [evaluator.value(expr, Scope(index))
                 for index in range(len(evaluator.tables.entities))]
        evaluator.population[id(expr)] = found
    return found


def rank_test(evaluator: Evaluator, expr: ast.RankTest, scope: Scope) -> bool:
    """``E in top P%``: E is set and its RANK() (descending for top, ascending
    for bottom; ties share the lowest rank) among the N customers whose E is set
    is at most ceil(P x N / 100) (SPEC 4.6)."""
    population = _ranked(evaluator, expr.expr)
    own = population[scope.entity]
    if own is None:
        return False
    ranked = [other for other in population if other is not None]
    ahead = greater if expr.direction is ast.RankDir.TOP else less
    rank = 1 + sum(1 for other in ranked if ahead(other, own))
    return rank <= math.ceil(Fraction(expr.percent.value) * len(ranked) / 100)


def ntile(evaluator: Evaluator, expr: ast.Call, scope: Scope) -> int | None:
    """``ntile(E, n)``: with r the ascending RANK() among the N customers whose E
    is set, floor((r - 1) x n / N) + 1; not set when E is not set (SPEC 4.6)."""
    subject, buckets = expr.args
    assert isinstance(buckets, ast.NumberLit)  # a whole-number literal (checked)
    population = _ranked(evaluator, subject)
    own = population[scope.entity]
    if own is None:
        return None
    ranked = [other for other in population if other is not None]
    rank = 1 + sum(1 for other in ranked if less(other, own))
    return (rank - 1) * int(buckets.value) // len(ranked) + 1
