"""The shared walk of ``explain``: from a definition's syntax tree to sentences.

The walk is the same for every language; what differs is the wording, which each
language's module (:mod:`segdsl.explain.english`, :mod:`segdsl.explain.german`)
gives by overriding the phrase methods of :class:`Walker`.  Conditions become
*predicates* (what follows "Customers who ..."), values become noun phrases.

Metrics are explained by what they compute (``orders_30d > 3`` reads as the
count it stands for), so a marketer never has to look the metric up; a metric
used inside a metric is unfolded the same way (the checker refuses cycles).
"""

from __future__ import annotations

from decimal import Decimal

from segdsl.check.checker import CheckedProject
from segdsl.syntax import ast

# Events that read as "bought" / "gekauft"; any other event is named as written,
# in quotes ("customers with at least one 'page_view' event").
BUY_EVENTS = frozenset({"purchase", "purchases", "order", "orders"})


class Walker:
    """Phrases for one language; subclasses fill in the wording."""

    def __init__(self, checked: CheckedProject) -> None:
        self.checked = checked

    # ---------------------------------------------------------- declarations

    def definition(self, name: str) -> str:
        """The explanation of the segment, segmentation or metric ``name``."""
        if name in self.checked.segments:
            return self.segment(self.checked.segments[name])
        if name in self.checked.segmentations:
            return self.segmentation(self.checked.segmentations[name])
        return self.metric(self.checked.metrics[name])

    def segment(self, decl: ast.SegmentDecl) -> str:
        raise NotImplementedError

    def segmentation(self, decl: ast.SegmentationDecl) -> str:
        raise NotImplementedError

    def metric(self, decl: ast.MetricDecl) -> str:
        raise NotImplementedError

    # ---------------------------------------------------------- conditions

    def cond(self, node: ast.Expr) -> str:
        """A condition as a predicate of "customers who ..."."""
        method = getattr(self, "c_" + type(node).__name__, None)
        if method is None:  # a boolean value: an attribute, metric, literal, call
            return self.truthy(node)
        text: str = method(node)
        return text

    def truthy(self, node: ast.Expr) -> str:
        raise NotImplementedError

    # ---------------------------------------------------------- values

    def value(self, node: ast.Expr) -> str:
        method = getattr(self, "v_" + type(node).__name__, None)
        if method is None:  # a condition used as a value: say it as a clause
            return self.as_clause(node)
        text: str = method(node)
        return text

    def as_clause(self, node: ast.Expr) -> str:
        raise NotImplementedError

    # ---------------------------------------------------------- helpers

    def metric_expr(self, node: ast.Expr) -> ast.Expr:
        """The expression a metric name stands for (unfolded), else the node."""
        seen: set[str] = set()
        while isinstance(node, ast.Name) and node.name in self.checked.metrics \
                and node.name not in seen:
            seen.add(node.name)
            node = self.checked.metrics[node.name].expr
        return node

    def is_segmentation(self, node: ast.Expr) -> bool:
        return isinstance(node, ast.Name) and node.name in self.checked.segmentations

    def segment_title(self, name: str) -> str:
        decl = self.checked.segments.get(name)
        if decl is not None and decl.meta.title is not None:
            return decl.meta.title.value
        return name

    @staticmethod
    def is_buy(event: str) -> bool:
        return event in BUY_EVENTS


def conjuncts(node: ast.Expr) -> list[ast.Expr]:
    """``a and b and c`` as [a, b, c] (a parenthesized ``and`` is flattened too:
    the sentence reads the same)."""
    if isinstance(node, ast.And):
        return [*conjuncts(node.left), *conjuncts(node.right)]
    return [node]


def disjuncts(node: ast.Expr) -> list[ast.Expr]:
    if isinstance(node, ast.Or):
        return [*disjuncts(node.left), *disjuncts(node.right)]
    return [node]


def number(value: Decimal, decimal_mark: str, group: str) -> str:
    """A number as written, with thousands grouped (``1800`` -> ``1,800``)."""
    sign = "-" if value < 0 else ""
    text = format(abs(value).normalize(), "f") if value != value.to_integral_value() \
        else str(int(abs(value)))
    whole, _, fraction = text.partition(".")
    if len(whole) > 4:
        parts: list[str] = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = group.join([whole, *parts])
    return sign + whole + (decimal_mark + fraction if fraction else "")


def label(name: str) -> str:
    """A schema or metric name read aloud: ``lifetime_value`` -> ``lifetime_value``
    in quotes, so that nothing is guessed about what it means."""
    return f"'{name}'"
