"""Building the AST while Lark parses.

:class:`AstBuilder` is handed to Lark as its (LALR-only) inline transformer, so no
parse tree is built at all, and spans are computed here from the first and last
token of each rule (the parser keeps all tokens) instead of by Lark's
``propagate_positions``, which tripled the parse time.  Where the chunk being
parsed sits in its file, and the list that receives problems, come from a context
variable set per parse (:func:`building`).

The builder also validates what the grammar cannot: string escapes, that dates and
timestamps exist and are UTC, that durations are whole numbers.  Such problems are
collected as diagnostics (the node is still built) so that one run reports them all.

Longer than 400 lines on purpose: :class:`AstBuilder` has one callback per grammar
rule (Lark's inline transformer and lalr.py look them up on one object by rule
name); the helpers here only serve those callbacks.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span
from segdsl.syntax import ast
from segdsl.syntax.tokens import Token
from segdsl.timeparse import TimeParseError, parse_date, parse_instant

_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}

_MEASURES: dict[str, ast.Measure] = {m.value: m for m in ast.Measure}

_UNITS: dict[str, ast.Unit] = {u.value: u for u in ast.Unit} | {u.value + "s": u for u in ast.Unit}


# Tokens that carry a value; every other token is a keyword or punctuation that only
# matters for the span.
_VALUE_TOKENS = frozenset({"NAME", "STRING", "NUMBER", "DATE", "TIMESTAMP", "DISTINCT"})


@dataclass(slots=True)
class Offsets:
    """Where a parsed chunk starts in its file (chunks always start at a line start,
    so columns need no shift), and where the chunk's problems go."""

    file: str
    line: int = 0
    pos: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # id(node) -> span of the node with the parentheses written around it, so that an
    # enclosing node's span starts at `(` (the AST keeps no grouping nodes; a node
    # counts its own parentheses in `parens`).
    grouped: dict[int, Span] = field(default_factory=dict)
    # id(Between node) -> span from its `between` keyword to its end, for when the
    # between turns out to be an aggregate's window (see _detach_window).
    between_windows: dict[int, Span] = field(default_factory=dict)

    def of_token(self, token: Token) -> Span:
        line = token.line or 1
        column = token.column or 1
        start = token.start_pos or 0
        return Span(
            self.file,
            line + self.line,
            column,
            (token.end_line or line) + self.line,
            token.end_column or column + len(token),
            start + self.pos,
            (token.end_pos if token.end_pos is not None else start + len(token)) + self.pos,
        )


_context: contextvars.ContextVar[Offsets] = contextvars.ContextVar("segdsl_builder")


@contextlib.contextmanager
def building(offsets: Offsets) -> Iterator[Offsets]:
    """Make ``offsets`` the context of the AST built by the next parse."""
    reset = _context.set(offsets)
    try:
        yield offsets
    finally:
        _context.reset(reset)


@dataclass(frozen=True, slots=True)
class _EventRef:
    """One event's name, or a group (``event`` is then the group's text)."""

    event: str
    span: Span
    group: ast.EventGroup | None


@dataclass(frozen=True, slots=True)
class _Subject:
    distinct: bool
    event: _EventRef
    prop: str | None
    prop_span: Span | None
    members: str | None = None
    members_span: Span | None = None


@dataclass(frozen=True, slots=True)
class _ForEntity:
    """``for ENTITY`` after a declaration's name."""

    name: str | None = None
    span: Span | None = None


def _for(children: list[Any]) -> _ForEntity:
    found = [c for c in children if isinstance(c, _ForEntity)]
    return found[0] if found else _ForEntity()


@dataclass(frozen=True, slots=True)
class _Empty:
    """``with ()``."""

    span: Span


@dataclass(frozen=True, slots=True)
class _AggFilter:
    condition: ast.Expr | _Empty


def is_time_constant(expr: ast.Expr) -> bool:
    """A point in time written without reference to customer data."""
    match expr:
        case ast.DateLit() | ast.TimestampLit() | ast.TimeNow() | ast.Ago():
            return True
        case ast.Arith(op=ast.ArithOp.ADD | ast.ArithOp.SUB, left=left, right=ast.Duration()):
            return is_time_constant(left)
    return False


def _detach_window(
    cond: ast.Expr, between_windows: dict[int, Span], grouped: dict[int, Span]
) -> tuple[ast.Expr, ast.Window] | None:
    """Split a trailing window off an aggregate's filter.

    In ``count(purchase with is_gift in last 7 days)`` the LALR parser reads
    ``is_gift in last 7 days`` as one window test (it prefers to shift), but SPEC 3.5
    says the window right before ``)`` restricts the aggregated events.  So the last
    predicate on the right spine of the filter gives up its window.  A ``between``
    only counts as a window when its bounds are fixed times: ``amount between 10 and
    20`` stays a filter, and so does anything in parentheses:
    ``with (shipped_at in last 7 days)`` tests the property.
    """
    if cond.parens:
        return None
    match cond:
        case ast.WindowTest(expr=expr, window=window, negated=False):
            return expr, window
        case ast.Between(expr=expr, low=low, high=high, negated=False) if is_time_constant(low):
            span = between_windows.get(id(cond), low.span.cover(high.span))
            return expr, ast.BetweenWindow(low, high, span)
        case ast.And(left=left, right=right) | ast.Or(left=left, right=right):
            split = _detach_window(right, between_windows, grouped)
            if split is None:
                return None
            node_type = ast.And if isinstance(cond, ast.And) else ast.Or
            # Spans cover the operands' parentheses, as the parser's spans do.
            outer_left = grouped.get(id(left)) or left.span
            outer_right = grouped.get(id(split[0])) or split[0].span
            return node_type(left, split[0], outer_left.cover(outer_right)), split[1]
        case ast.Not(operand=operand, span=span):
            split = _detach_window(operand, between_windows, grouped)
            if split is None:
                return None
            # The `not` now ends where its operand ends, before the detached window.
            inner = grouped.get(id(split[0])) or split[0].span
            trimmed = Span(span.file, span.line, span.column, inner.end_line, inner.end_column,
                           span.start, inner.end)
            return ast.Not(split[0], trimmed), split[1]
    return None


@dataclass(frozen=True, slots=True)
class _IgnoringCase:
    """A trailing ``ignoring case`` (the rule ``ignoring_case``)."""

    span: Span


def _case_suffix(children: list[Any]) -> tuple[list[Any], Span | None]:
    """``children`` without a trailing ``ignoring case``, and that suffix's span."""
    if children and isinstance(children[-1], _IgnoringCase):
        return children[:-1], children[-1].span
    return children, None


@dataclass(frozen=True, slots=True)
class _Word:
    """The keyword or operator kept by a `!` rule (compare_op, agg_fn, unit, ...)."""

    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class _Regularity:
    """``in at least K of the last N UNIT``, until its ``has`` takes it apart."""

    least: ast.NumberLit
    periods: ast.Duration
    ahead: bool
    span: Span


def _values(raw: list[Any]) -> list[Any]:
    return [c for c in raw if c is not None
            and (c.__class__ is not Token or c.type in _VALUE_TOKENS)]


class Splice:
    """The value of one of Lark's own helper rules (``_``-prefixed, e.g. for
    ``(...)*``): its children, which the parser splices into the parent rule's."""

    __slots__ = ("children", "data")

    def __init__(self, data: str, children: list[Any]) -> None:
        self.data = data
        self.children = children


class AstBuilder:
    """Builds AST nodes bottom-up.  Stateless: the context comes from :func:`building`.

    Lark calls it as an inline transformer (a method per rule, by name, and
    ``__default__`` for rules without one); :mod:`segdsl.syntax.lalr` calls the same
    methods.  Every callback gets all children of its rule, keywords and punctuation
    included; ``_values`` drops those, ``_span`` uses them.
    """

    def __default__(self, data: str, children: list[Any], meta: Any) -> Splice:
        # Lark's helper rules must keep their children for the parent rule to splice.
        return Splice(data, children)

    # ------------------------------------------------------------ helpers
    def _span(self, raw: list[Any]) -> Span:
        # From the first child's start to the last child's end.  Computed from the
        # tokens' fields directly: one Span made instead of three (a frozen
        # dataclass costs ~2 us to make, and this runs for nearly every rule).
        context = _context.get()
        first = raw[0]
        if first is None:
            first = next(c for c in raw if c is not None)
        last = raw[-1]
        if last is None:
            last = next(c for c in reversed(raw) if c is not None)
        if isinstance(first, Token):
            if last is first:
                return context.of_token(first)
            line, column, start = first.line + context.line, first.column, first.start_pos
            start += context.pos
        else:
            span = context.grouped.get(id(first)) or first.span
            if last is first:
                return span
            line, column, start = span.line, span.column, span.start
        if isinstance(last, Token):
            end_line, end_column, end = last.end_line + context.line, last.end_column, last.end_pos
            end += context.pos
        else:
            span = context.grouped.get(id(last)) or last.span
            end_line, end_column, end = span.end_line, span.end_column, span.end
        return Span(context.file, line, column, end_line, end_column, start, end)

    def _tok(self, token: Token) -> Span:
        return _context.get().of_token(token)

    def _error(self, code: str, message: str, span: Span, hint: str | None = None) -> None:
        _context.get().diagnostics.append(Diagnostic(code, message, span, hint=hint))

    def _word(self, raw: list[Any]) -> _Word:
        token = raw[0]
        return _Word(str(token), self._tok(token))

    # ------------------------------------------------------- declarations
    def start(self, raw: list[Any]) -> list[ast.Declaration]:
        return _values(raw)

    def metric_decl(self, raw: list[Any]) -> ast.MetricDecl:
        children = _values(raw)
        name, *entity, expr = children
        found = _for(entity)
        return ast.MetricDecl(str(name), self._tok(name), expr, self._span(raw),
                              found.name, found.span)

    def segment_decl(self, raw: list[Any]) -> ast.SegmentDecl:
        children = _values(raw)
        name, *metas, condition = children
        found = _for(metas)
        return ast.SegmentDecl(
            str(name), self._tok(name), self._metadata([m for m in metas if isinstance(m, tuple)]),
            condition, self._span(raw), found.name, found.span,
        )

    def segmentation_decl(self, raw: list[Any]) -> ast.SegmentationDecl:
        children = _values(raw)
        name, *rest = children
        metas = [c for c in rest if isinstance(c, tuple)]
        branches = tuple(c for c in rest if isinstance(c, ast.Branch))
        found = _for(rest)
        return ast.SegmentationDecl(
            str(name), self._tok(name), self._metadata(metas), branches, self._span(raw),
            found.name, found.span,
        )

    def event_decl(self, raw: list[Any]) -> ast.EventDecl:
        children = _values(raw)
        name, ref = children[0], children[1]
        given = _optional(children, 2)
        filt = None if given is None else self._event_filter(given.condition)
        span = self._span([c.condition if isinstance(c, _AggFilter) else c for c in raw])
        match_span = Span(span.file, ref.span.line, ref.span.column, span.end_line,
                          span.end_column, ref.span.start, span.end)
        base = ast.EventMatch(ref.event, ref.span, filt, match_span, ref.group)
        return ast.EventDecl(str(name), self._tok(name), base, span)

    def for_entity(self, raw: list[Any]) -> _ForEntity:
        name = _values(raw)[0]
        return _ForEntity(str(name), self._tok(name))

    def _metadata(self, items: list[tuple[str, Any]]) -> ast.Metadata:
        fields: dict[str, Any] = {}
        expectations: list[ast.Expectation] = []
        for key, value in items:
            if key == "expect":  # any number of them; None: reported already
                if value is not None:
                    expectations.append(value)
                continue
            if key in fields:
                span = value[0].span if key == "tags" else value.span
                self._error(Code.SYN001, f"'{key}' is given twice", span,
                            hint=f"keep one '{key}' line")
                continue
            fields[key] = value
        return ast.Metadata(**fields, expectations=tuple(expectations))

    def _meta_text(self, token: Token, raw: list[Any]) -> ast.MetaText:
        return ast.MetaText(self._unescape(token), self._span(raw), str(token))

    def meta_title(self, raw: list[Any]) -> tuple[str, ast.MetaText]:
        children = _values(raw)
        return "title", self._meta_text(children[0], raw)

    def meta_description(self, raw: list[Any]) -> tuple[str, ast.MetaText]:
        children = _values(raw)
        return "description", self._meta_text(children[0], raw)

    def meta_owner(self, raw: list[Any]) -> tuple[str, ast.MetaText]:
        children = _values(raw)
        return "owner", self._meta_text(children[0], raw)

    def meta_tags(self, raw: list[Any]) -> tuple[str, tuple[ast.Tag, ...]]:
        children = _values(raw)
        return "tags", tuple(ast.Tag(str(t), self._tok(t)) for t in children)

    def meta_expect(self, raw: list[Any]) -> tuple[str, ast.Expectation | None]:
        name, op, bound = _values(raw)
        return "expect", self._expectation(name, op.value, op.span, (bound,), raw)

    def meta_expect_between(self, raw: list[Any]) -> tuple[str, ast.Expectation | None]:
        name, low, high = _values(raw)
        between = raw[2]
        return "expect", self._expectation(name, "between", self._tok(between), (low, high), raw)

    def _expectation(self, name: Token, op: str, op_span: Span, bounds: tuple[ast.Bound, ...],
                     raw: list[Any]) -> ast.Expectation | None:
        # `size` and `share` are not keywords (they would take two common names
        # away from schemas and metrics), so the grammar reads a NAME here.
        measure = _MEASURES.get(str(name))
        if measure is None:
            self._error(
                Code.EXP001,
                f"'{name}' cannot be expected: an expectation bounds 'size' or 'share'",
                self._tok(name),
                hint="write 'expect size >= 1000' (the number of members) or "
                "'expect share <= 5%' (members as a percentage of all customers)",
            )
            return None
        return ast.Expectation(measure, op, bounds, self._span(raw), self._tok(name), op_span)

    def expect_bound(self, raw: list[Any]) -> ast.Bound:
        number = next(c for c in raw if c.type == "NUMBER")
        value = Decimal(str(number).replace("_", ""))
        negative = str(raw[0]) == "-"
        percent = str(raw[-1]) == "%"
        text = "-" + str(number) if negative else str(number)
        return ast.Bound(-value if negative else value, percent, self._span(raw), text)

    def branch(self, raw: list[Any]) -> ast.Branch:
        children = _values(raw)
        label, condition = children
        return ast.Branch(str(label), self._tok(label), condition, self._span(raw))

    def otherwise_branch(self, raw: list[Any]) -> ast.Branch:
        children = _values(raw)
        label = children[0]
        return ast.Branch(str(label), self._tok(label), None, self._span(raw))

    # --------------------------------------------------------- conditions
    def or_(self, raw: list[Any]) -> ast.Or:
        children = _values(raw)
        return ast.Or(children[0], children[1], self._span(raw))

    def and_(self, raw: list[Any]) -> ast.And:
        children = _values(raw)
        return ast.And(children[0], children[1], self._span(raw))

    def not_(self, raw: list[Any]) -> ast.Not:
        children = _values(raw)
        return ast.Not(children[0], self._span(raw))

    def group(self, raw: list[Any]) -> ast.Expr:
        inner: ast.Expr = _values(raw)[0]
        # One more pair of parentheses around the node.  Set in place although nodes
        # are frozen: the node was made moments ago by this parse and nothing else
        # holds it yet (dataclasses.replace would cost ~4 us per group), and `parens`
        # takes no part in equality or hashing.
        object.__setattr__(inner, "parens", inner.parens + 1)
        _context.get().grouped[id(inner)] = self._span(raw)
        return inner

    def compare(self, raw: list[Any]) -> ast.Compare:
        children, case = _case_suffix(_values(raw))
        left, op, right = children
        return ast.Compare(ast.CompareOp(op.value), left, right, self._span(raw),
                           ignoring_case=case is not None, case_span=case)

    def ignoring_case(self, raw: list[Any]) -> _IgnoringCase:
        return _IgnoringCase(self._span(raw))

    def compare_op(self, raw: list[Any]) -> _Word:
        return self._word(raw)

    def in_list(self, raw: list[Any]) -> ast.InList:
        children, case = _case_suffix(_values(raw))
        return ast.InList(children[0], children[1], False, self._span(raw),
                          ignoring_case=case is not None, case_span=case)

    def not_in_list(self, raw: list[Any]) -> ast.InList:
        children, case = _case_suffix(_values(raw))
        return ast.InList(children[0], children[1], True, self._span(raw),
                          ignoring_case=case is not None, case_span=case)

    def between(self, raw: list[Any]) -> ast.Between:
        children = _values(raw)
        expr, low, high = children
        node = ast.Between(expr, low, high, negated=False, span=self._span(raw))
        _context.get().between_windows[id(node)] = self._span(raw[1:])
        return node

    def not_between(self, raw: list[Any]) -> ast.Between:
        children = _values(raw)
        expr, low, high = children
        return ast.Between(expr, low, high, negated=True, span=self._span(raw))

    def _text(self, op: ast.TextOp, raw: list[Any]) -> ast.TextTest:
        children, case = _case_suffix(_values(raw))
        return ast.TextTest(op, children[0], children[1], self._span(raw),
                            ignoring_case=case is not None, case_span=case)

    def contains(self, raw: list[Any]) -> ast.TextTest:
        return self._text(ast.TextOp.CONTAINS, raw)

    def contains_any(self, raw: list[Any]) -> ast.TextTest:
        return self._text(ast.TextOp.CONTAINS_ANY, raw)

    def contains_all(self, raw: list[Any]) -> ast.TextTest:
        return self._text(ast.TextOp.CONTAINS_ALL, raw)

    def starts_with(self, raw: list[Any]) -> ast.TextTest:
        return self._text(ast.TextOp.STARTS_WITH, raw)

    def ends_with(self, raw: list[Any]) -> ast.TextTest:
        return self._text(ast.TextOp.ENDS_WITH, raw)

    def matches(self, raw: list[Any]) -> ast.TextTest:
        return self._text(ast.TextOp.MATCHES, raw)

    def is_set(self, raw: list[Any]) -> ast.IsSet:
        children = _values(raw)
        return ast.IsSet(children[0], False, self._span(raw))

    def is_not_set(self, raw: list[Any]) -> ast.IsSet:
        children = _values(raw)
        return ast.IsSet(children[0], True, self._span(raw))

    def in_window(self, raw: list[Any]) -> ast.WindowTest:
        children = _values(raw)
        return ast.WindowTest(children[0], children[1], False, self._span(raw))

    def not_in_window(self, raw: list[Any]) -> ast.WindowTest:
        children = _values(raw)
        return ast.WindowTest(children[0], children[1], True, self._span(raw))

    def in_rank(self, raw: list[Any]) -> ast.RankTest:
        children = _values(raw)
        expr, direction, number = children
        return ast.RankTest(expr, ast.RankDir(direction.value), self._number(number), False,
                            self._span(raw))

    def not_in_rank(self, raw: list[Any]) -> ast.RankTest:
        children = _values(raw)
        expr, direction, number = children
        return ast.RankTest(expr, ast.RankDir(direction.value), self._number(number), True,
                            self._span(raw))

    def rank_dir(self, raw: list[Any]) -> _Word:
        return self._word(raw)

    def in_segment(self, raw: list[Any]) -> ast.InSegment:
        children = _values(raw)
        name = children[0]
        return ast.InSegment(str(name), self._tok(name), self._span(raw))

    def in_static_list(self, raw: list[Any]) -> ast.InStaticList:
        children = _values(raw)
        name = children[0]
        return ast.InStaticList(str(name), self._tok(name), self._span(raw))

    # ---------------------------------------------------------- has forms
    def has_event(self, raw: list[Any]) -> ast.HasEvent:
        return self._has(raw, negated=False)

    def has_no_event(self, raw: list[Any]) -> ast.HasEvent:
        return self._has(raw, negated=True)

    def _has(self, raw: list[Any], *, negated: bool) -> ast.HasEvent:
        children = _values(raw)
        anchor: ast.AnchoredWindow | None = None
        window: ast.Window | None = None
        for child in children[1:]:
            if isinstance(child, ast.AnchoredWindow):
                anchor = child
            else:
                window = child
        return ast.HasEvent(children[0], window, negated, self._span(raw), anchor=anchor)

    def anchor_window(self, raw: list[Any]) -> ast.AnchoredWindow:
        children = _values(raw)
        return ast.AnchoredWindow(children[0], children[1], self._span(raw))

    def has_sequence(self, raw: list[Any]) -> ast.HasSequence:
        children = _values(raw)
        first, then, within = children[:3]
        return ast.HasSequence(first, then, False, within, _optional(children, 3),
                               self._span(raw))

    def has_sequence_no(self, raw: list[Any]) -> ast.HasSequence:
        children = _values(raw)
        first, then, within = children[:3]
        return ast.HasSequence(first, then, True, within, _optional(children, 3),
                               self._span(raw))

    def has_regular(self, raw: list[Any]) -> ast.HasRegular:
        return self._regular(raw, negated=False)

    def has_no_regular(self, raw: list[Any]) -> ast.HasRegular:
        return self._regular(raw, negated=True)

    def _regular(self, raw: list[Any], *, negated: bool) -> ast.HasRegular:
        match, found = _values(raw)
        return ast.HasRegular(match, found.least, found.periods, negated, found.ahead,
                              self._span(raw))

    def regularity(self, raw: list[Any]) -> _Regularity:
        least, direction, periods = _values(raw)
        return _Regularity(self._number(least), periods, direction.value == "next",
                           self._span(raw))

    def reg_dir(self, raw: list[Any]) -> _Word:
        return self._word(raw)

    def stopped(self, raw: list[Any]) -> ast.LifecycleTest:
        children = _values(raw)
        return ast.LifecycleTest(ast.Lifecycle.STOPPED, children[0], children[1],
                                 self._span(raw))

    def restarted(self, raw: list[Any]) -> ast.LifecycleTest:
        children = _values(raw)
        return ast.LifecycleTest(ast.Lifecycle.RESTARTED, children[0], children[1],
                                 self._span(raw))

    def event_match(self, raw: list[Any]) -> ast.EventMatch:
        children = _values(raw)
        ref: _EventRef = children[0]
        given = _optional(children, 1)
        filt = None if given is None else self._event_filter(given)
        return ast.EventMatch(ref.event, ref.span, filt, self._span(raw), ref.group)

    def event_name(self, raw: list[Any]) -> _EventRef:
        token = _values(raw)[0]
        return _EventRef(str(token), self._tok(token), None)

    def event_group(self, raw: list[Any]) -> _EventRef:
        names = tuple(ast.EventName(str(t), self._tok(t)) for t in _values(raw))
        group = ast.EventGroup(names, self._span(raw))
        return _EventRef(group.text, group.span, group)

    def any_event(self, raw: list[Any]) -> _EventRef:
        group = ast.EventGroup((), self._span(raw))
        return _EventRef(group.text, group.span, group)

    def empty_filter(self, raw: list[Any]) -> _Empty:
        return _Empty(self._span(raw))

    def _event_filter(self, raw: ast.Expr | _Empty) -> ast.EventFilter:
        if isinstance(raw, _Empty):
            return ast.EventFilter(None, raw.span)
        return ast.EventFilter(raw, raw.span)

    # ------------------------------------------------------------ windows
    def last_window(self, raw: list[Any]) -> ast.LastWindow:
        children = _values(raw)
        return ast.LastWindow(children[0], self._span(raw))

    def next_window(self, raw: list[Any]) -> ast.NextWindow:
        children = _values(raw)
        return ast.NextWindow(children[0], self._span(raw))

    def current_window(self, raw: list[Any]) -> ast.PeriodWindow:
        children = _values(raw)
        return ast.PeriodWindow(ast.Period(children[0].value), 0, self._span(raw))

    def previous_window(self, raw: list[Any]) -> ast.PeriodWindow:
        children = _values(raw)
        return ast.PeriodWindow(ast.Period(children[0].value), -1, self._span(raw))

    def since_window(self, raw: list[Any]) -> ast.SinceWindow:
        children = _values(raw)
        return ast.SinceWindow(children[0], self._span(raw))

    def before_window(self, raw: list[Any]) -> ast.BeforeWindow:
        children = _values(raw)
        return ast.BeforeWindow(children[0], self._span(raw))

    def between_window(self, raw: list[Any]) -> ast.BetweenWindow:
        children = _values(raw)
        return ast.BetweenWindow(children[0], children[1], self._span(raw))

    def period(self, raw: list[Any]) -> _Word:
        return self._word(raw)

    def unit(self, raw: list[Any]) -> _Word:
        return self._word(raw)

    # -------------------------------------------------------- expressions
    def _arith(self, op: ast.ArithOp, raw: list[Any]) -> ast.Arith:
        children = _values(raw)
        return ast.Arith(op, children[0], children[1], self._span(raw))

    def add(self, raw: list[Any]) -> ast.Arith:
        return self._arith(ast.ArithOp.ADD, raw)

    def sub(self, raw: list[Any]) -> ast.Arith:
        return self._arith(ast.ArithOp.SUB, raw)

    def mul(self, raw: list[Any]) -> ast.Arith:
        return self._arith(ast.ArithOp.MUL, raw)

    def div(self, raw: list[Any]) -> ast.Arith:
        return self._arith(ast.ArithOp.DIV, raw)

    def neg(self, raw: list[Any]) -> ast.Neg:
        children = _values(raw)
        return ast.Neg(children[0], self._span(raw))

    def name(self, raw: list[Any]) -> ast.Name:
        children = _values(raw)
        return ast.Name(str(children[0]), self._span(raw))

    def member(self, raw: list[Any]) -> ast.Member:
        children = _values(raw)
        base, name = children
        return ast.Member(str(base), str(name), self._span(raw), self._tok(base), self._tok(name))

    def call(self, raw: list[Any]) -> ast.Call:
        children = _values(raw)
        name, *args = children
        arguments = tuple(a for a in args if a is not None)
        return ast.Call(str(name), arguments, self._span(raw), self._tok(name))

    def aggregate(self, raw: list[Any]) -> ast.Aggregate:
        children = _values(raw)
        function = ast.AggFn(children[0].value)
        subject: _Subject = children[1]
        filt: ast.EventFilter | None = None
        window: ast.Window | None = None
        anchor: ast.AnchoredWindow | None = None
        for child in children[2:]:
            if isinstance(child, _AggFilter):
                filt = self._event_filter(child.condition)
            elif isinstance(child, _Empty):
                filt = self._event_filter(child)
            elif isinstance(child, ast.AnchoredWindow):
                anchor = child
            else:
                window = child
        # A window written before `within ... after` stays in the filter (the
        # grammar puts the anchored window first), so only detach without one.
        if window is None and anchor is None and filt is not None \
                and filt.condition is not None:
            context = _context.get()
            split = _detach_window(filt.condition, context.between_windows, context.grouped)
            if split is not None:
                filt = self._event_filter(split[0])
                window = split[1]
        ref = subject.event
        return ast.Aggregate(
            function, subject.distinct, ref.event, ref.span,
            subject.prop, subject.prop_span, filt, window, self._span(raw), group=ref.group,
            anchor=anchor, members=subject.members, members_span=subject.members_span,
        )

    def agg_fn(self, raw: list[Any]) -> _Word:
        return self._word(raw)

    def agg_subject(self, raw: list[Any]) -> _Subject:
        children = _values(raw)
        distinct = isinstance(children[0], Token) and children[0].type == "DISTINCT"
        ref = next(c for c in children if isinstance(c, _EventRef))
        names = [c for c in children if isinstance(c, Token) and c.type == "NAME"]
        members = None
        if len(names) == 2 and ref.group is not None:
            # `(a or b).x.y`: a group has properties, not members.
            self._error(Code.SYN001, "a group of events has properties, not events of "
                        "members: write `(a or b).property`", self._tok(names[1]),
                        hint=f"write `{ref.event}.{names[0]}`")
            names = names[:1]
        if len(names) == 2:  # members.purchase.amount
            members = ref
            ref = _EventRef(str(names[0]), self._tok(names[0]), None)
            names = names[1:]
        prop = names[0] if names else None
        return _Subject(
            distinct, ref,
            None if prop is None else str(prop), None if prop is None else self._tok(prop),
            None if members is None else members.event,
            None if members is None else members.span,
        )

    def agg_filter(self, raw: list[Any]) -> _AggFilter:
        children = _values(raw)
        return _AggFilter(children[0])

    def duration(self, raw: list[Any]) -> ast.Duration:
        children = _values(raw)
        number: Token = children[0]
        unit = _UNITS[children[1].value]
        text = str(number).replace("_", "")
        if not text.isdigit():
            self._error(Code.SYN009, f"a duration needs a whole number, not {number}",
                        self._tok(number), hint=f"for example {_whole_example(text, unit)}")
            text = text.split(".")[0] or "0"
        return ast.Duration(int(text), unit, self._span(raw), str(number), children[1].value)

    def ago(self, raw: list[Any]) -> ast.Ago:
        children = _values(raw)
        return ast.Ago(children[0], self._span(raw))

    # ----------------------------------------------------------- literals
    def string(self, raw: list[Any]) -> ast.StringLit:
        children = _values(raw)
        return ast.StringLit(self._unescape(children[0]), self._span(raw), str(children[0]))

    def number(self, raw: list[Any]) -> ast.NumberLit:
        children = _values(raw)
        return self._number(children[0])

    def _number(self, token: Token) -> ast.NumberLit:
        text = str(token)
        return ast.NumberLit(Decimal(text.replace("_", "")), self._tok(token), text)

    def negative_number(self, raw: list[Any]) -> ast.NumberLit:
        children = _values(raw)
        number = self._number(children[0])
        return ast.NumberLit(-number.value, self._span(raw), "-" + number.text)

    def percent(self, raw: list[Any]) -> ast.NumberLit:
        # `40%` is 0.40: scaleb moves the point without rounding, so `12.345%` is
        # exactly 0.12345 (the checker's NUM001 catches more than 9 places).
        number = self._number(_values(raw)[0])
        return ast.NumberLit(number.value.scaleb(-2), self._span(raw), number.text,
                             percent=True)

    def negative_percent(self, raw: list[Any]) -> ast.NumberLit:
        number = self._number(_values(raw)[0])
        return ast.NumberLit(-number.value.scaleb(-2), self._span(raw), "-" + number.text,
                             percent=True)

    def date(self, raw: list[Any]) -> ast.DateLit:
        children = _values(raw)
        try:
            value = parse_date(str(children[0]))
        except TimeParseError as error:
            self._error(Code.SYN005, error.problem, self._span(raw), hint=error.hint)
            value = dt.date(1970, 1, 1)
        return ast.DateLit(value, self._span(raw), str(children[0]))

    def timestamp(self, raw: list[Any]) -> ast.TimestampLit:
        # The lexer accepts any offset so that a non-UTC one gets this message,
        # with the instant converted, rather than a syntax error.
        children = _values(raw)
        span = self._span(raw)
        try:
            value = parse_instant(str(children[0]), "the timestamp")
        except TimeParseError as error:
            self._error(Code.SYN005, error.problem, span, hint=error.hint)
            value = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
        return ast.TimestampLit(value, span, str(children[0]))

    def true(self, raw: list[Any]) -> ast.BoolLit:
        return ast.BoolLit(True, self._span(raw))

    def false(self, raw: list[Any]) -> ast.BoolLit:
        return ast.BoolLit(False, self._span(raw))

    def today(self, raw: list[Any]) -> ast.TimeNow:
        return ast.TimeNow(ast.TimeKeyword.TODAY, self._span(raw))

    def now(self, raw: list[Any]) -> ast.TimeNow:
        return ast.TimeNow(ast.TimeKeyword.NOW, self._span(raw))

    def list_lit(self, raw: list[Any]) -> ast.ListLit:
        children = _values(raw)
        return ast.ListLit(tuple(c for c in children if c is not None), self._span(raw))

    def _unescape(self, token: Token) -> str:
        """Decode a string literal's escapes; report unknown ones (SYN004)."""
        body = str(token)[1:-1]
        if "\\" not in body:
            return body
        out: list[str] = []
        i = 0
        while i < len(body):
            char = body[i]
            if char == "\\" and i + 1 < len(body):
                escaped = body[i + 1]
                if escaped in _ESCAPES:
                    out.append(_ESCAPES[escaped])
                else:
                    span = self._tok(token)
                    column = span.column + 1 + i
                    self._error(
                        Code.SYN004, f"unknown escape '\\{escaped}' in a text string",
                        Span(span.file, span.line, column, span.line, column + 2,
                             span.start + 1 + i, span.start + 3 + i),
                        hint='the escapes are \\" \\\\ \\n and \\t; write \\\\ for a backslash',
                    )
                    out.append(escaped)
                i += 2
                continue
            out.append(char)
            i += 1
        return "".join(out)


def _whole_example(text: str, unit: ast.Unit) -> str:
    whole = text.split(".")[0] or "1"
    return f"{whole} {unit.value}" + ("" if whole == "1" else "s")


def _optional(children: list[Any], index: int) -> Any:
    return children[index] if len(children) > index else None
