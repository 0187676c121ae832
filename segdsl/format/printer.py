"""The tree as a document (:mod:`segdsl.format.doc`): how segdsl is written.

This is the only module that knows the canonical layout.  It prints exactly the
tokens the tree came from, in their order (only metadata lines are put in order),
with canonical spacing, so the text it makes parses back to the same tree:

* parentheses as written (``parens`` on each node), never more, never fewer;
* spellings as written (``1_000``, string escapes, ``+00:00``), except the unit of
  a duration, which agrees with its number (``1 day``, ``7 days``);
* keywords and operators with one space around them, ``f(a, b)``, ``[1, 2]``,
  ``tags a, b``, ``5%``;
* a declaration's top-level ``and``/``or`` operands one per line; a parenthesized
  run of ``and``/``or`` on one line when it fits in the width, else one operand per
  line under the character after its ``(``;
* every comment next to the node it is attached to (:mod:`segdsl.syntax.comments`).

Deep trees are printed recursively; :mod:`segdsl.format.api` runs this on a thread
with a large stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from segdsl.format.doc import HARD, LINE, Align, Comment, Doc, Group, Indent
from segdsl.syntax import ast
from segdsl.syntax.comments import chain_operands, parts

WIDTH = 88
INDENT = 2  # metadata, branches and `where` under their declaration
CONTINUATION = 4  # lines of an operand that a comment broke

# Nodes whose printer places their dangling comments itself.
_OWN_DANGLING = frozenset({ast.EventFilter, ast.And, ast.Or, ast.Branch, ast.MetricDecl,
                           ast.SegmentDecl, ast.SegmentationDecl})
_LEVEL = {ast.ArithOp.ADD: 0, ast.ArithOp.SUB: 0, ast.ArithOp.MUL: 1, ast.ArithOp.DIV: 1}
_TEXT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def string_literal(value: str) -> str:
    """``value`` as a string literal (for nodes built without their spelling)."""
    return '"' + "".join(_TEXT_ESCAPES.get(char, char) for char in value) + '"'


def _decimal(value: Any) -> str:
    return format(abs(value), "f")


class Printer:
    """Builds documents for nodes; ``attached`` gives the comments to print with
    them, ``break_top`` whether a declaration's top-level ``and``/``or`` operands go
    one per line (``print_node`` keeps a condition on one line)."""

    def __init__(self, attached: ast.CommentMap | None = None, *, break_top: bool = True) -> None:
        self.attached = attached if attached is not None else ast.CommentMap()
        self.break_top = break_top
        self._inject: list[Doc] = []
        self._cores: dict[type, Callable[[Any], Doc]] = {
            ast.StringLit: lambda n: n.text or string_literal(n.value),
            ast.NumberLit: self._number,
            ast.BoolLit: lambda n: "true" if n.value else "false",
            ast.DateLit: lambda n: n.text or n.value.isoformat(),
            ast.TimestampLit: self._timestamp,
            ast.TimeNow: lambda n: n.keyword.value,
            ast.Duration: self._duration,
            ast.Ago: lambda n: [self.node(n.duration), " ago"],
            ast.ListLit: lambda n: ["[", self.items(n.items), "]"],
            ast.Name: lambda n: n.name,
            ast.Member: lambda n: [n.base, ".", n.name],
            ast.Call: lambda n: [n.function, "(", self.items(n.args), ")"],
            ast.Arith: self._arith,
            ast.Neg: lambda n: ["-", self.node(n.operand)],
            ast.Aggregate: self._aggregate,
            ast.Or: self._chain,
            ast.And: self._chain,
            ast.Not: lambda n: ["not ", self.node(n.operand)],
            ast.Compare: lambda n: [self.node(n.left), f" {n.op.value} ", self.node(n.right)],
            ast.InList: lambda n: [self.node(n.expr), " not in " if n.negated else " in ",
                                   self.node(n.items)],
            ast.Between: lambda n: [self.node(n.expr),
                                    " not between " if n.negated else " between ",
                                    self.node(n.low), " and ", self.node(n.high)],
            ast.TextTest: lambda n: [self.node(n.expr), f" {n.op.value} ", self.node(n.pattern)],
            ast.IsSet: lambda n: [self.node(n.expr), " is not set" if n.negated else " is set"],
            ast.WindowTest: lambda n: [self.node(n.expr), " not " if n.negated else " ",
                                       self.node(n.window)],
            ast.RankTest: lambda n: [self.node(n.expr), " not in " if n.negated else " in ",
                                     n.direction.value, " ", self.node(n.percent), "%"],
            ast.InSegment: lambda n: ["in segment ", n.segment],
            ast.HasEvent: lambda n: ["has ", "no " if n.negated else "", self.node(n.match),
                                     self._window_after(n.window)],
            ast.HasSequence: lambda n: [
                "has ", self.node(n.first), " then ", "no " if n.then_absent else "",
                self.node(n.then), " within ", self.node(n.within), self._window_after(n.window),
            ],
            ast.EventMatch: lambda n: [n.event, *([] if n.filter is None
                                                  else [" with ", self.node(n.filter)])],
            ast.EventFilter: lambda n: (["(", self.dangling(n), ")"] if n.condition is None
                                        else self.node(n.condition)),
            ast.LastWindow: lambda n: ["in last ", self.node(n.duration)],
            ast.NextWindow: lambda n: ["in next ", self.node(n.duration)],
            ast.PeriodWindow: lambda n: ["in ", "current " if n.offset == 0 else "previous ",
                                         n.period.value],
            ast.SinceWindow: lambda n: ["since ", self.node(n.bound)],
            ast.BeforeWindow: lambda n: ["before ", self.node(n.bound)],
            ast.BetweenWindow: lambda n: ["between ", self.node(n.low), " and ",
                                          self.node(n.high)],
            ast.MetaText: lambda n: n.text or string_literal(n.value),
            ast.Tag: lambda n: n.name,
            ast.Bound: self._bound,
            ast.Expectation: self._expectation,
            ast.MetricDecl: self._metric,
            ast.SegmentDecl: self._segment,
            ast.SegmentationDecl: self._segmentation,
            ast.Branch: self._branch,
        }

    # ------------------------------------------------------------ comments
    def leading(self, node: Any) -> list[Doc]:
        """The leading comments of ``node``, each on its own line."""
        return [Comment(c.text, True) for c in self.attached.leading(node)]

    def trailing(self, node: Any) -> list[Doc]:
        """The trailing comments of ``node``, at the end of the line or on their own."""
        return [Comment(c.text, c.own_line) for c in self.attached.trailing(node)]

    def dangling(self, node: Any) -> list[Doc]:
        return [Comment(c.text, c.own_line) for c in self.attached.dangling(node)]

    # --------------------------------------------------------------- nodes
    def node(self, node: Any, *, lead: bool = True, trail: bool = True) -> Doc:
        """``node`` with its parentheses and comments."""
        # Dangling comments of the parent that belong before this, its first child.
        inject, self._inject = self._inject, []
        before: list[Doc] = []
        after: list[Doc] = []
        if type(node) not in _OWN_DANGLING:
            first = _first_child(node)
            for comment in self.attached.dangling(node):
                # Before the first child's text (after `not`, `count(`, `(`, ...), or
                # at the node's end.
                at_start = first is not None and comment.span.start < first.span.start
                (before if at_start else after).append(Comment(comment.text, comment.own_line))
        self._inject = before
        core = self._cores[type(node)](node)
        after = [*self._inject, *after]  # no child took them
        self._inject = []
        if after:
            core = _insert_closing(core, after)
        parens = getattr(node, "parens", 0)
        if parens and not isinstance(node, ast.And | ast.Or):
            core = ["(" * parens, core, ")" * parens]
        parts: list[Doc] = [*inject, *(self.leading(node) if lead else []), core]
        if trail:
            parts += self.trailing(node)
        return parts

    def items(self, items: Sequence[Any]) -> Doc:
        """Items separated by ``, ``; an item's trailing comments follow its comma."""
        parts: list[Doc] = []
        for index, item in enumerate(items):
            last = index == len(items) - 1
            parts.append(self.node(item, trail=False))
            if not last:
                parts.append(",")
            parts += self.trailing(item)
            if not last:
                parts.append(" ")
        return parts

    def body(self, expr: Any) -> Doc:
        """A declaration's condition or expression, without its leading comments
        (they go before ``where``, the label or ``=``'s line)."""
        if not (self.break_top and isinstance(expr, ast.And | ast.Or) and not expr.parens):
            return self.node(expr, lead=False)
        keyword = "and" if isinstance(expr, ast.And) else "or"
        operands = chain_operands(expr)
        parts: list[Doc] = [self.dangling(expr), Indent(CONTINUATION, self.node(operands[0]))]
        for operand in operands[1:]:
            parts += [HARD, *self.leading(operand), keyword, " ",
                      Indent(CONTINUATION, self.node(operand, lead=False))]
        parts += self.trailing(expr)
        return parts

    # -------------------------------------------------------- expressions
    def _number(self, node: ast.NumberLit) -> Doc:
        if node.text:
            return node.text
        return ("-" if node.value.is_signed() else "") + _decimal(node.value)

    def _timestamp(self, node: ast.TimestampLit) -> Doc:
        if node.text:
            return node.text
        text = node.value.astimezone(dt.UTC).isoformat()
        return text.removesuffix("+00:00") + "Z"

    def _duration(self, node: ast.Duration) -> Doc:
        amount = node.amount_text or str(node.amount)
        unit = node.unit.value if node.amount == 1 else node.unit.value + "s"
        return [amount, " ", unit]

    def _arith(self, node: ast.Arith) -> Doc:
        # A run of one precedence level (`a + b - c`, left-nested) is printed as a
        # flat list, so that a 5,000-term sum does not recurse 5,000 deep.
        level = _LEVEL[node.op]
        spine = [node]
        left = node.left
        while isinstance(left, ast.Arith) and not left.parens and _LEVEL[left.op] == level:
            spine.append(left)
            left = left.left
        parts: list[Doc] = [self.leading(inner) for inner in spine[1:]]
        parts.append(self.node(left))
        for step in reversed(spine):
            parts += [f" {step.op.value} ", self.node(step.right)]
            if step is not node:
                parts += [self.dangling(step), self.trailing(step)]
        return parts

    def _chain(self, node: ast.And | ast.Or) -> Doc:
        keyword = "and" if isinstance(node, ast.And) else "or"
        operands = chain_operands(node)
        dangling = self.dangling(node)
        if not node.parens:
            parts: list[Doc] = [dangling, self.node(operands[0])]
            for operand in operands[1:]:
                parts += [" ", *self.leading(operand), keyword, " ",
                          self.node(operand, lead=False)]
            return parts
        inner: list[Doc] = [dangling, self.node(operands[0])]
        for operand in operands[1:]:
            inner += [LINE, *self.leading(operand), keyword, " ", self.node(operand, lead=False)]
        return Group(["(" * node.parens, Align(inner), ")" * node.parens])

    def _aggregate(self, node: ast.Aggregate) -> Doc:
        parts: list[Doc] = [node.function.value, "(", "distinct " if node.distinct else "",
                            node.event]
        if node.prop is not None:
            parts += [".", node.prop]
        if node.filter is not None:
            parts += [" with ", self.node(node.filter)]
        parts.append(self._window_after(node.window))
        parts.append(")")
        return parts

    def _window_after(self, window: ast.Window | None) -> Doc:
        return [] if window is None else [" ", self.node(window)]

    # -------------------------------------------------------- declarations
    def _bound(self, node: ast.Bound) -> Doc:
        number = node.text or ("-" if node.value.is_signed() else "") + _decimal(node.value)
        return [number, "%" if node.percent else ""]

    def _expectation(self, node: ast.Expectation) -> Doc:
        parts: list[Doc] = ["expect ", node.measure.value, " ", node.op, " ",
                            self.node(node.bounds[0])]
        if node.op == "between" and len(node.bounds) > 1:
            parts += [" and ", self.node(node.bounds[1])]
        return parts

    def _metadata(self, meta: ast.Metadata) -> list[Doc]:
        """The metadata lines in their fixed order, each after a line break."""
        lines: list[Doc] = []
        for keyword, text in (("title", meta.title), ("description", meta.description),
                              ("owner", meta.owner)):
            if text is not None:
                lines += [HARD, *self.leading(text), keyword, " ", self.node(text, lead=False)]
        if meta.tags:
            lines += [HARD, *self.leading(meta.tags[0]), "tags ",
                      self.node(meta.tags[0], lead=False, trail=False)]
            if len(meta.tags) > 1:
                lines += [",", self.trailing(meta.tags[0]), " ", self.items(meta.tags[1:])]
            else:
                lines += self.trailing(meta.tags[0])
        for expectation in meta.expectations:
            lines += [HARD, *self.leading(expectation), self.node(expectation, lead=False)]
        return lines

    def _metric(self, node: ast.MetricDecl) -> Doc:
        return ["metric ", node.name, " =", Indent(INDENT, [
            " ", *self.leading(node.expr), self.body(node.expr)])]

    def _segment(self, node: ast.SegmentDecl) -> Doc:
        condition = node.condition
        return ["segment ", node.name, Indent(INDENT, [
            *self._metadata(node.meta),
            HARD, *self.leading(condition), "where ", Indent(INDENT, self.body(condition)),
        ])]

    def _segmentation(self, node: ast.SegmentationDecl) -> Doc:
        branches: list[Doc] = []
        for branch in node.branches:
            branches += [HARD, *self.leading(branch), self.node(branch, lead=False)]
        return ["segmentation ", node.name, Indent(INDENT, [*self._metadata(node.meta),
                                                            *branches])]

    def _branch(self, node: ast.Branch) -> Doc:
        dangling = self.dangling(node)
        if node.condition is None:
            return [node.label, ": otherwise", dangling]
        return [node.label, ":", dangling, Indent(INDENT, [
            " ", *self.leading(node.condition), self.body(node.condition)])]

    def declaration(self, node: ast.Declaration) -> Doc:
        """A declaration with its dangling and trailing comments (not its leading)."""
        core = self._cores[type(node)](node)
        dangling = self.attached.dangling(node)
        if dangling:
            # After the header: `segment NAME`, `metric NAME =`.
            header = 3 if isinstance(node, ast.MetricDecl) else 2
            assert isinstance(core, list)
            core = [*core[:header], *[Comment(c.text, c.own_line) for c in dangling],
                    *core[header:]]
        return [core, Indent(INDENT, self.trailing(node))]


def _first_child(node: Any) -> Any:
    found = parts(node)
    return found[0] if found else None


def _insert_closing(core: Doc, comments: list[Doc]) -> Doc:
    """``comments`` before a closing bracket that ends ``core``, else at its end."""
    if isinstance(core, list) and core and core[-1] in (")", "]"):
        return [*core[:-1], *comments, core[-1]]
    return [core, *comments]
