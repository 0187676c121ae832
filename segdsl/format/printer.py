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
from segdsl.syntax.comments import chain_operands

WIDTH = 88
INDENT = 2  # metadata, branches and `where` under their declaration
CONTINUATION = 4  # lines of an operand that a comment broke

_LEVEL = {ast.ArithOp.ADD: 0, ast.ArithOp.SUB: 0, ast.ArithOp.MUL: 1, ast.ArithOp.DIV: 1}
_TEXT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def string_literal(value: str) -> str:
    """``value`` as a string literal (for nodes built without their spelling)."""
    return '"' + "".join(_TEXT_ESCAPES.get(char, char) for char in value) + '"'


def _decimal(value: Any) -> str:
    return format(abs(value), "f")


class _Child:
    """A child's place in a node's parts: ``suffix`` (a comma) goes right after it,
    before its trailing comments."""

    __slots__ = ("node", "suffix")

    def __init__(self, node: Any, suffix: str = "") -> None:
        self.node = node
        self.suffix = suffix


Part = Doc | _Child


class Printer:
    """Builds documents for nodes; ``attached`` gives the comments to print with
    them, ``break_top`` whether a declaration's top-level ``and``/``or`` operands go
    one per line (``print_node`` keeps a condition on one line).

    Each node's parts are text and :class:`_Child` places, in text order.  A child's
    leading comments are printed right after the previous child (before the
    operator or keyword between them), where a comment on its own line there is
    attached back to the same child when the output is parsed again; so is one
    right after the previous child's trailing comments.  That keeps formatting
    idempotent whatever the comments' positions.
    """

    def __init__(self, attached: ast.CommentMap | None = None, *, break_top: bool = True) -> None:
        self.attached = attached if attached is not None else ast.CommentMap()
        self.break_top = break_top
        C = _Child
        self._parts: dict[type, Callable[[Any], list[Part]]] = {
            ast.StringLit: lambda n: [n.text or string_literal(n.value)],
            ast.NumberLit: lambda n: [self._number(n)],
            ast.BoolLit: lambda n: ["true" if n.value else "false"],
            ast.DateLit: lambda n: [n.text or n.value.isoformat()],
            ast.TimestampLit: lambda n: [self._timestamp(n)],
            ast.TimeNow: lambda n: [n.keyword.value],
            ast.Duration: lambda n: [self._duration(n)],
            ast.Ago: lambda n: [C(n.duration), " ago"],
            ast.ListLit: lambda n: ["[", *_items(n.items), "]"],
            ast.Name: lambda n: [n.name],
            ast.Member: lambda n: [n.base, ".", n.name],
            ast.Call: lambda n: [n.function, "(", *_items(n.args), ")"],
            ast.Neg: lambda n: ["-", C(n.operand)],
            ast.Aggregate: self._aggregate,
            ast.Not: lambda n: ["not ", C(n.operand)],
            ast.Compare: lambda n: [C(n.left), f" {n.op.value} ", C(n.right), *_case(n)],
            ast.InList: lambda n: [C(n.expr), " not in " if n.negated else " in ", C(n.items),
                                   *_case(n)],
            ast.Between: lambda n: [C(n.expr), " not between " if n.negated else " between ",
                                    C(n.low), " and ", C(n.high)],
            ast.TextTest: lambda n: [C(n.expr), f" {n.op.value} ", C(n.pattern), *_case(n)],
            ast.IsSet: lambda n: [C(n.expr), " is not set" if n.negated else " is set"],
            ast.WindowTest: lambda n: [C(n.expr), " not " if n.negated else " ", C(n.window)],
            ast.RankTest: lambda n: [C(n.expr), " not in " if n.negated else " in ",
                                     n.direction.value, " ", C(n.percent), "%"],
            ast.InSegment: lambda n: ["in segment ", n.segment],
            ast.InStaticList: lambda n: ["in list ", n.name],
            ast.HasEvent: lambda n: ["has ", "no " if n.negated else "", C(n.match),
                                     *_after(" ", n.anchor), *_after(" ", n.window)],
            ast.AnchoredWindow: lambda n: ["within ", C(n.duration), " after ", C(n.anchor)],
            ast.HasSequence: lambda n: [
                "has ", C(n.first), " then ", "no " if n.then_absent else "", C(n.then),
                " within ", C(n.within), *_after(" ", n.window),
            ],
            ast.HasRegular: lambda n: [
                "has ", "no " if n.negated else "", C(n.match), " in at least ", C(n.least),
                " of the next " if n.ahead else " of the last ", C(n.periods),
            ],
            ast.LifecycleTest: lambda n: [n.kind.value, " ", C(n.match), " ", C(n.window)],
            ast.EventMatch: lambda n: [n.event, *_after(" with ", n.filter)],
            ast.EventFilter: lambda n: ["()"] if n.condition is None else [C(n.condition)],
            ast.LastWindow: lambda n: ["in last ", C(n.duration)],
            ast.NextWindow: lambda n: ["in next ", C(n.duration)],
            ast.PeriodWindow: lambda n: ["in ", "current " if n.offset == 0 else "previous ",
                                         n.period.value],
            ast.SinceWindow: lambda n: ["since ", C(n.bound)],
            ast.BeforeWindow: lambda n: ["before ", C(n.bound)],
            ast.BetweenWindow: lambda n: ["between ", C(n.low), " and ", C(n.high)],
            ast.MetaText: lambda n: [n.text or string_literal(n.value)],
            ast.Tag: lambda n: [n.name],
            ast.Bound: lambda n: [self._bound(n)],
            ast.Expectation: self._expectation,
        }

    # ------------------------------------------------------------ comments
    def leading(self, node: Any) -> list[Doc]:
        """The leading comments of ``node``, each on its own line."""
        return _comments(self.attached.leading(node), own_line=True)

    def trailing(self, node: Any) -> list[Doc]:
        """The trailing comments of ``node``, at the end of the line or on their own."""
        return _comments(self.attached.trailing(node))

    def dangling(self, node: Any) -> list[Doc]:
        return _comments(self.attached.dangling(node))

    # --------------------------------------------------------------- nodes
    def node(self, node: Any, *, lead: bool = True, trail: bool = True) -> Doc:
        """``node`` with its parentheses and comments (leading ones unless ``lead``
        is false, trailing ones unless ``trail`` is)."""
        parens = getattr(node, "parens", 0)
        if isinstance(node, ast.And | ast.Or):
            core: Doc = self._chain(node)  # a group that places its own parentheses
        else:
            if isinstance(node, ast.Arith):
                core = self._arith(node)
            else:
                core = self._assemble(node, self._parts[type(node)](node))
            if parens:
                core = ["(" * parens, core, ")" * parens]
        parts: list[Doc] = self.leading(node) if lead else []
        parts.append(core)
        if trail:
            parts += self.trailing(node)
        return parts

    def _assemble(self, node: Any, found: list[Part], *, lead_first: bool = True) -> Doc:
        """A node's parts as a document, its children's and its own comments placed."""
        dangling = self.attached.dangling(node) if node is not None else ()
        children = [part for part in found if isinstance(part, _Child)]
        first = children[0].node.span.start if children else None
        # Dangling comments before the first child go right before it (after `not`,
        # `count(`, `(`, `with`); the others at the node's end, inside a closing
        # bracket if there is one.
        before: list[Doc] = [Comment(c.text, c.own_line) for c in dangling
                             if first is not None and c.span.start < first]
        after: list[Doc] = [Comment(c.text, c.own_line) for c in dangling
                            if first is None or c.span.start >= first]
        out: list[Doc] = []
        resume: int | None = None  # where the next child's leading comments go
        for part in found:
            if not isinstance(part, _Child):
                out.append(part)
                continue
            child = part.node
            if resume is None:
                out += [before, self.node(child, lead=lead_first, trail=False)]
            else:
                out.insert(resume, self.leading(child))
                out.append(self.node(child, lead=False, trail=False))
            out += [part.suffix, self.trailing(child)]
            resume = len(out)
        if after:
            if out and out[-1] in (")", "]", "()"):
                closing = out.pop()
                out += [after, closing] if closing != "()" else ["(", after, ")"]
            else:
                out.append(after)
        return out

    def body(self, expr: Any) -> Doc:
        """A declaration's condition or expression, without its leading comments
        (they go before ``where``, the label or ``=``'s line)."""
        if not (self.break_top and isinstance(expr, ast.And | ast.Or) and not expr.parens):
            return self.node(expr, lead=False)
        keyword = "and" if isinstance(expr, ast.And) else "or"
        operands = chain_operands(expr)
        # An operand's own-line trailing comments go where the next operand's
        # leading ones go (the parse gives them to it), not under the operand.
        parts: list[Doc] = [self.dangling(expr), *self.leading(operands[0]),
                            Indent(CONTINUATION, self.node(operands[0], lead=False, trail=False)),
                            *self.trailing(operands[0])]
        for operand in operands[1:]:
            parts += [HARD, *self.leading(operand), keyword, " ",
                      Indent(CONTINUATION, self.node(operand, lead=False, trail=False)),
                      *self.trailing(operand)]
        parts += self.trailing(expr)
        return parts

    # -------------------------------------------------------- expressions
    def _number(self, node: ast.NumberLit) -> Doc:
        # A percentage keeps its spelling: `12.50%`, never 0.125.
        suffix = "%" if node.percent else ""
        if node.text:
            return node.text + suffix
        shown = node.value.scaleb(2) if node.percent else node.value
        return ("-" if shown.is_signed() else "") + _decimal(shown) + suffix

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
        # The inner steps start where the run starts, so they never have leading or
        # dangling comments of their own; printed anyway, so none could be lost.
        parts: list[Doc] = [self.dangling(node)]
        parts += [[self.leading(inner), self.dangling(inner)] for inner in spine[1:]]
        parts.append(self.node(left))
        for step in reversed(spine):
            parts += [self.leading(step.right), f" {step.op.value} ",
                      self.node(step.right, lead=False)]
            if step is not node:
                parts.append(self.trailing(step))
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

    def _aggregate(self, node: ast.Aggregate) -> list[Part]:
        parts: list[Part] = [node.function.value, "(", "distinct " if node.distinct else ""]
        if node.members is not None:
            parts += [node.members, "."]
        parts.append(node.event)
        if node.prop is not None:
            parts += [".", node.prop]
        return [*parts, *_after(" with ", node.filter), *_after(" ", node.anchor),
                *_after(" ", node.window), ")"]

    # -------------------------------------------------------- declarations
    def _bound(self, node: ast.Bound) -> str:
        number = node.text or ("-" if node.value.is_signed() else "") + _decimal(node.value)
        return number + ("%" if node.percent else "")

    def _expectation(self, node: ast.Expectation) -> list[Part]:
        parts: list[Part] = ["expect ", node.measure.value, " ", node.op, " ",
                             _Child(node.bounds[0])]
        if node.op == "between" and len(node.bounds) > 1:
            parts += [" and ", _Child(node.bounds[1])]
        return parts

    def _metadata(self, meta: ast.Metadata) -> list[Doc]:
        """The metadata lines in their fixed order, each after a line break."""
        lines: list[Doc] = []
        for keyword, text in (("title", meta.title), ("description", meta.description),
                              ("owner", meta.owner)):
            if text is not None:
                lines += [HARD, *self.leading(text), keyword, " ", self.node(text, lead=False)]
        if meta.tags:
            tags = self._assemble(None, _items(meta.tags), lead_first=False)
            lines += [HARD, *self.leading(meta.tags[0]), "tags", Indent(INDENT, [" ", tags])]
        for expectation in meta.expectations:
            lines += [HARD, *self.leading(expectation), self.node(expectation, lead=False)]
        return lines

    def _metric(self, node: ast.MetricDecl, header: Doc) -> Doc:
        return ["metric ", node.name, _for(node), " =", header, Indent(INDENT, [
            " ", *self.leading(node.expr), self.body(node.expr)])]

    def _event(self, node: ast.EventDecl, header: Doc) -> Doc:
        """``event NAME = EVENT [with CONDITION]``: the filter laid out like a
        metric's expression."""
        base = node.base
        parts: list[Doc] = [" ", *self.leading(base), base.event]
        if base.filter is not None:
            condition = base.filter.condition
            parts += [" with ", "()" if condition is None else self.body(condition)]
        return ["event ", node.name, " =", header, Indent(INDENT, parts)]

    def _segment(self, node: ast.SegmentDecl, header: Doc) -> Doc:
        condition = node.condition
        return ["segment ", node.name, _for(node), header, Indent(INDENT, [
            *self._metadata(node.meta),
            HARD, *self.leading(condition), "where ", Indent(INDENT, self.body(condition)),
        ])]

    def _segmentation(self, node: ast.SegmentationDecl, header: Doc) -> Doc:
        branches: list[Doc] = []
        for branch in node.branches:
            branches += [HARD, *self.leading(branch), self._branch(branch),
                         self.trailing(branch)]
        return ["segmentation ", node.name, _for(node), header,
                Indent(INDENT, [*self._metadata(node.meta), *branches])]

    def _branch(self, node: ast.Branch) -> Doc:
        # Comments after the label go where a comment before the condition goes.
        dangling = self.dangling(node)
        if node.condition is None:
            return [node.label, ": otherwise", Indent(INDENT, dangling)]
        return [node.label, ":", Indent(INDENT, [
            *dangling, " ", *self.leading(node.condition), self.body(node.condition)])]

    def declaration(self, node: ast.Declaration) -> Doc:
        """A declaration with its dangling comments (after its header: ``segment
        NAME``, ``metric NAME =``) and trailing ones, not its leading ones."""
        header = Indent(INDENT, self.dangling(node))
        if isinstance(node, ast.MetricDecl):
            core = self._metric(node, header)
        elif isinstance(node, ast.SegmentDecl):
            core = self._segment(node, header)
        elif isinstance(node, ast.EventDecl):
            core = self._event(node, header)
        else:
            core = self._segmentation(node, header)
        return [core, Indent(INDENT, self.trailing(node))]


def _comments(comments: Sequence[ast.Comment], own_line: bool = False) -> list[Doc]:
    """Comments as written (or all on their own lines)."""
    return [Comment(c.text, own_line or c.own_line) for c in comments]


def _items(items: Sequence[Any]) -> list[Part]:
    """Items separated by ``, ``; an item's trailing comments follow its comma."""
    parts: list[Part] = []
    for index, item in enumerate(items):
        if index < len(items) - 1:
            parts += [_Child(item, ","), " "]
        else:
            parts.append(_Child(item))
    return parts


def _for(node: ast.MetricDecl | ast.SegmentDecl | ast.SegmentationDecl) -> str:
    """`` for ENTITY`` after a declaration's name (SPEC 11), or nothing."""
    return "" if node.entity is None else f" for {node.entity}"


def _after(prefix: str, node: Any) -> list[Part]:
    return [] if node is None else [prefix, _Child(node)]


def _case(node: ast.Compare | ast.InList | ast.TextTest) -> list[Part]:
    return [" ignoring case"] if node.ignoring_case else []
