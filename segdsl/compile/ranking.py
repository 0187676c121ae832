"""Ranking: ``top``/``bottom P%`` and ``ntile`` as window functions (SPEC 4.6).

A ranked value becomes a layered column of its own (``v__N``, or the metric's
column), and each window function over it (``w__COLUMN__count``/``__asc``/``__desc``)
a column of the value's narrow CTE (``rank__N``: key, value, windows), joined into
the layer after the value's, computed once for all the tests that use it.
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.compile.parts import TreeKey, and_, col, is_null, is_set, number
from segdsl.compile.plan import Layered
from segdsl.compile.translator import Translator
from segdsl.syntax import ast


class Ranking:
    def __init__(self, translator: Translator) -> None:
        self.t = translator
        self._hidden = 0
        self._hidden_by_tree: dict[TreeKey, str] = {}  # a ranked value -> its column

    def hidden_value(self, expr: ast.Expr) -> str:
        """Compute ``expr`` as a column of its own, so a window function can rank it.

        The same value (the same tree) gets one column, so that several rankings of one
        metric share it, and with it their window functions (``window_column``).
        """
        t = self.t
        layered = t.plan.layered
        compiled, depends = t.own_column(expr)
        if isinstance(compiled, exp.Column) and compiled.name in layered:
            # Already a column of its own (a metric): rank that.
            for used in depends:
                t.uses(used)
            return compiled.name
        tree = t.key(compiled)
        column = self._hidden_by_tree.get(tree)
        if column is None:
            self._hidden += 1
            column = f"v__{self._hidden}"
            self._hidden_by_tree[tree] = column
            layered[column] = Layered(column, compiled, depends)
        t.uses(column)
        return column

    def window_column(self, column: str, kind: str) -> exp.Expression:
        """A window function over a hidden value, computed once for all its uses:
        ``count`` (how many are set), ``desc``/``asc`` (the rank among set values).
        It lives in the value's narrow CTE (``plan.Ranked``), not in a wide layer."""
        name = f"w__{column}__{kind}"
        if name not in self.t.plan.layered:
            value = col(column)
            window: exp.Expression
            if kind == "count":
                window = exp.Window(this=exp.Count(this=value))
            else:
                # Partitioning by "is NULL" ranks the set values among themselves,
                # whatever an engine's default NULL ordering (SPEC 4.6).
                window = exp.Window(
                    this=exp.Rank(),
                    partition_by=[is_null(value.copy())],
                    order=exp.Order(expressions=[exp.Ordered(
                        this=value.copy(), desc=kind == "desc", nulls_first=False)]),
                )
            self.t.plan.window(column, name, window)
        self.t.uses(name)
        return col(name)

    def rank_test(self, expr: ast.RankTest) -> exp.Expression:
        """Member when set and rank <= ceil(P * N / 100), i.e. (rank - 1) * 100 < P * N,
        in integers: P is scaled to a whole number so no rounding happens anywhere."""
        column = self.hidden_value(expr.expr)
        percent = expr.percent.value
        scale = 10 ** max(0, -int(percent.as_tuple().exponent))
        count = self.window_column(column, "count")
        rank = self.window_column(column, "desc" if expr.direction is ast.RankDir.TOP
                                  else "asc")
        left = exp.Mul(this=exp.paren(exp.Sub(this=rank, expression=exp.Literal.number(1))),
                       expression=exp.Literal.number(100 * scale))
        right = exp.Mul(this=exp.Literal.number(int(percent * scale)), expression=count)
        return and_(is_set(col(column)), exp.LT(this=left, expression=right))

    def ntile(self, expr: ast.Call) -> exp.Expression:
        """floor((r - 1) * n / N) + 1 with r the ascending rank among set values."""
        column = self.hidden_value(expr.args[0])
        buckets = expr.args[1]
        assert isinstance(buckets, ast.NumberLit)
        count = self.window_column(column, "count")
        rank = self.window_column(column, "asc")
        scaled = exp.Mul(this=exp.paren(exp.Sub(this=rank, expression=exp.Literal.number(1))),
                         expression=number(buckets.value))
        bucket = exp.Add(this=self.t.d.int_div(exp.paren(scaled), count),
                         expression=exp.Literal.number(1))
        return exp.Case().when(is_null(col(column)), exp.null(), copy=False).else_(bucket,
                                                                          copy=False)
