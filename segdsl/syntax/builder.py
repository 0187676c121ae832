"""Lark parse tree -> AST.

The builder also validates what the grammar cannot: string escapes, that dates and
timestamps exist and are UTC, that durations are whole numbers.  Such problems are
collected as diagnostics (the node is still built) so that one run reports them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lark import Token, Transformer, v_args
from lark.tree import Meta

from segdsl.diagnostics import Diagnostic, Span
from segdsl.syntax import ast

_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}

_UNITS: dict[str, ast.Unit] = {u.value: u for u in ast.Unit} | {u.value + "s": u for u in ast.Unit}


@dataclass(frozen=True, slots=True)
class Offsets:
    """Where a parsed chunk starts in its file (chunks always start at a line start,
    so columns need no shift)."""

    file: str
    line: int = 0
    pos: int = 0

    def of_meta(self, meta: Meta) -> Span:
        return Span(
            self.file,
            meta.line + self.line,
            meta.column,
            meta.end_line + self.line,
            meta.end_column,
            meta.start_pos + self.pos,
            meta.end_pos + self.pos,
        )

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


@dataclass(frozen=True, slots=True)
class _Subject:
    distinct: bool
    event: str
    event_span: Span
    prop: str | None
    prop_span: Span | None


@dataclass(frozen=True, slots=True)
class _Empty:
    """``with ()``."""

    span: Span


@dataclass(frozen=True, slots=True)
class _AggFilter:
    condition: ast.Expr | _Empty


def _is_time_constant(expr: ast.Expr) -> bool:
    """A point in time written without reference to customer data."""
    match expr:
        case ast.DateLit() | ast.TimestampLit() | ast.TimeNow() | ast.Ago():
            return True
        case ast.Arith(op=ast.ArithOp.ADD | ast.ArithOp.SUB, left=left, right=ast.Duration()):
            return _is_time_constant(left)
    return False


def _detach_window(cond: ast.Expr) -> tuple[ast.Expr, ast.Window] | None:
    """Split a trailing window off an aggregate's filter.

    In ``count(purchase with is_gift in last 7 days)`` the LALR parser reads
    ``is_gift in last 7 days`` as one window test (it prefers to shift), but SPEC 3.5
    says the window right before ``)`` restricts the aggregated events.  So the last
    predicate on the right spine of the filter gives up its window.  A ``between``
    only counts as a window when its bounds are fixed times: ``amount between 10 and
    20`` stays a filter.
    """
    match cond:
        case ast.WindowTest(expr=expr, window=window, negated=False):
            return expr, window
        case ast.Between(expr=expr, low=low, high=high, negated=False) if _is_time_constant(low):
            return expr, ast.BetweenWindow(low, high, low.span.cover(high.span))
        case ast.And(left=left, right=right) | ast.Or(left=left, right=right):
            split = _detach_window(right)
            if split is None:
                return None
            node_type = ast.And if isinstance(cond, ast.And) else ast.Or
            return node_type(left, split[0], left.span.cover(split[0].span)), split[1]
        case ast.Not(operand=operand, span=span):
            split = _detach_window(operand)
            if split is None:
                return None
            return ast.Not(split[0], span.cover(split[0].span)), split[1]
    return None


@v_args(meta=True)
class AstBuilder(Transformer[Token, Any]):
    """Builds AST nodes bottom-up.  One instance per parsed chunk."""

    def __init__(self, offsets: Offsets) -> None:
        super().__init__(visit_tokens=False)
        self.offsets = offsets
        self.diagnostics: list[Diagnostic] = []

    # ------------------------------------------------------------ helpers
    def _span(self, meta: Meta) -> Span:
        return self.offsets.of_meta(meta)

    def _tok(self, token: Token) -> Span:
        return self.offsets.of_token(token)

    def _error(self, code: str, message: str, span: Span, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, hint=hint))

    # ------------------------------------------------------- declarations
    def start(self, meta: Meta, children: list[ast.Declaration]) -> list[ast.Declaration]:
        return children

    def metric_decl(self, meta: Meta, children: list[Any]) -> ast.MetricDecl:
        name, expr = children
        return ast.MetricDecl(str(name), self._tok(name), expr, self._span(meta))

    def segment_decl(self, meta: Meta, children: list[Any]) -> ast.SegmentDecl:
        name, *metas, condition = children
        return ast.SegmentDecl(
            str(name), self._tok(name), self._metadata(metas), condition, self._span(meta)
        )

    def segmentation_decl(self, meta: Meta, children: list[Any]) -> ast.SegmentationDecl:
        name, *rest = children
        metas = [c for c in rest if isinstance(c, tuple)]
        branches = tuple(c for c in rest if isinstance(c, ast.Branch))
        return ast.SegmentationDecl(
            str(name), self._tok(name), self._metadata(metas), branches, self._span(meta)
        )

    def _metadata(self, items: list[tuple[str, Any]]) -> ast.Metadata:
        fields: dict[str, Any] = {}
        for key, value in items:
            if key in fields:
                span = value[0].span if key == "tags" else value.span
                self._error("SYN001", f"'{key}' is given twice", span,
                            hint=f"keep one '{key}' line")
                continue
            fields[key] = value
        return ast.Metadata(**fields)

    def meta_title(self, meta: Meta, children: list[Token]) -> tuple[str, ast.MetaText]:
        return "title", ast.MetaText(self._unescape(children[0]), self._span(meta))

    def meta_description(self, meta: Meta, children: list[Token]) -> tuple[str, ast.MetaText]:
        return "description", ast.MetaText(self._unescape(children[0]), self._span(meta))

    def meta_owner(self, meta: Meta, children: list[Token]) -> tuple[str, ast.MetaText]:
        return "owner", ast.MetaText(self._unescape(children[0]), self._span(meta))

    def meta_tags(self, meta: Meta, children: list[Token]) -> tuple[str, tuple[ast.Tag, ...]]:
        return "tags", tuple(ast.Tag(str(t), self._tok(t)) for t in children)

    def branch(self, meta: Meta, children: list[Any]) -> ast.Branch:
        label, condition = children
        return ast.Branch(str(label), self._tok(label), condition, self._span(meta))

    def otherwise_branch(self, meta: Meta, children: list[Token]) -> ast.Branch:
        label = children[0]
        return ast.Branch(str(label), self._tok(label), None, self._span(meta))

    # --------------------------------------------------------- conditions
    def or_(self, meta: Meta, children: list[ast.Expr]) -> ast.Or:
        return ast.Or(children[0], children[1], self._span(meta))

    def and_(self, meta: Meta, children: list[ast.Expr]) -> ast.And:
        return ast.And(children[0], children[1], self._span(meta))

    def not_(self, meta: Meta, children: list[ast.Expr]) -> ast.Not:
        return ast.Not(children[0], self._span(meta))

    def group(self, meta: Meta, children: list[ast.Expr]) -> ast.Expr:
        return children[0]

    def compare(self, meta: Meta, children: list[Any]) -> ast.Compare:
        left, op, right = children
        return ast.Compare(op, left, right, self._span(meta))

    def compare_op(self, meta: Meta, children: list[Token]) -> ast.CompareOp:
        return ast.CompareOp(str(children[0]))

    def in_list(self, meta: Meta, children: list[Any]) -> ast.InList:
        return ast.InList(children[0], children[1], False, self._span(meta))

    def not_in_list(self, meta: Meta, children: list[Any]) -> ast.InList:
        return ast.InList(children[0], children[1], True, self._span(meta))

    def between(self, meta: Meta, children: list[ast.Expr]) -> ast.Between:
        return ast.Between(*children, negated=False, span=self._span(meta))

    def not_between(self, meta: Meta, children: list[ast.Expr]) -> ast.Between:
        return ast.Between(*children, negated=True, span=self._span(meta))

    def _text(self, op: ast.TextOp, meta: Meta, children: list[ast.Expr]) -> ast.TextTest:
        return ast.TextTest(op, children[0], children[1], self._span(meta))

    def contains(self, meta: Meta, children: list[ast.Expr]) -> ast.TextTest:
        return self._text(ast.TextOp.CONTAINS, meta, children)

    def starts_with(self, meta: Meta, children: list[ast.Expr]) -> ast.TextTest:
        return self._text(ast.TextOp.STARTS_WITH, meta, children)

    def ends_with(self, meta: Meta, children: list[ast.Expr]) -> ast.TextTest:
        return self._text(ast.TextOp.ENDS_WITH, meta, children)

    def matches(self, meta: Meta, children: list[ast.Expr]) -> ast.TextTest:
        return self._text(ast.TextOp.MATCHES, meta, children)

    def is_set(self, meta: Meta, children: list[ast.Expr]) -> ast.IsSet:
        return ast.IsSet(children[0], False, self._span(meta))

    def is_not_set(self, meta: Meta, children: list[ast.Expr]) -> ast.IsSet:
        return ast.IsSet(children[0], True, self._span(meta))

    def in_window(self, meta: Meta, children: list[Any]) -> ast.WindowTest:
        return ast.WindowTest(children[0], children[1], False, self._span(meta))

    def not_in_window(self, meta: Meta, children: list[Any]) -> ast.WindowTest:
        return ast.WindowTest(children[0], children[1], True, self._span(meta))

    def in_rank(self, meta: Meta, children: list[Any]) -> ast.RankTest:
        expr, direction, number = children
        return ast.RankTest(expr, direction, self._number(number), False, self._span(meta))

    def not_in_rank(self, meta: Meta, children: list[Any]) -> ast.RankTest:
        expr, direction, number = children
        return ast.RankTest(expr, direction, self._number(number), True, self._span(meta))

    def rank_dir(self, meta: Meta, children: list[Token]) -> ast.RankDir:
        return ast.RankDir(str(children[0]))

    def in_segment(self, meta: Meta, children: list[Token]) -> ast.InSegment:
        name = children[0]
        return ast.InSegment(str(name), self._tok(name), self._span(meta))

    # ---------------------------------------------------------- has forms
    def has_event(self, meta: Meta, children: list[Any]) -> ast.HasEvent:
        return ast.HasEvent(children[0], _optional(children, 1), False, self._span(meta))

    def has_no_event(self, meta: Meta, children: list[Any]) -> ast.HasEvent:
        return ast.HasEvent(children[0], _optional(children, 1), True, self._span(meta))

    def has_sequence(self, meta: Meta, children: list[Any]) -> ast.HasSequence:
        first, then, within = children[:3]
        return ast.HasSequence(first, then, False, within, _optional(children, 3),
                               self._span(meta))

    def has_sequence_no(self, meta: Meta, children: list[Any]) -> ast.HasSequence:
        first, then, within = children[:3]
        return ast.HasSequence(first, then, True, within, _optional(children, 3),
                               self._span(meta))

    def event_match(self, meta: Meta, children: list[Any]) -> ast.EventMatch:
        name = children[0]
        raw = _optional(children, 1)
        filt = None if raw is None else self._event_filter(raw)
        return ast.EventMatch(str(name), self._tok(name), filt, self._span(meta))

    def empty_filter(self, meta: Meta, children: list[Any]) -> _Empty:
        return _Empty(self._span(meta))

    def _event_filter(self, raw: ast.Expr | _Empty) -> ast.EventFilter:
        if isinstance(raw, _Empty):
            return ast.EventFilter(None, raw.span)
        return ast.EventFilter(raw, raw.span)

    # ------------------------------------------------------------ windows
    def last_window(self, meta: Meta, children: list[ast.Duration]) -> ast.LastWindow:
        return ast.LastWindow(children[0], self._span(meta))

    def next_window(self, meta: Meta, children: list[ast.Duration]) -> ast.NextWindow:
        return ast.NextWindow(children[0], self._span(meta))

    def current_window(self, meta: Meta, children: list[ast.Period]) -> ast.PeriodWindow:
        return ast.PeriodWindow(children[0], 0, self._span(meta))

    def previous_window(self, meta: Meta, children: list[ast.Period]) -> ast.PeriodWindow:
        return ast.PeriodWindow(children[0], -1, self._span(meta))

    def since_window(self, meta: Meta, children: list[ast.Expr]) -> ast.SinceWindow:
        return ast.SinceWindow(children[0], self._span(meta))

    def before_window(self, meta: Meta, children: list[ast.Expr]) -> ast.BeforeWindow:
        return ast.BeforeWindow(children[0], self._span(meta))

    def between_window(self, meta: Meta, children: list[ast.Expr]) -> ast.BetweenWindow:
        return ast.BetweenWindow(children[0], children[1], self._span(meta))

    def period(self, meta: Meta, children: list[Token]) -> ast.Period:
        return ast.Period(str(children[0]))

    def unit(self, meta: Meta, children: list[Token]) -> ast.Unit:
        return _UNITS[str(children[0])]

    # -------------------------------------------------------- expressions
    def _arith(self, op: ast.ArithOp, meta: Meta, children: list[ast.Expr]) -> ast.Arith:
        return ast.Arith(op, children[0], children[1], self._span(meta))

    def add(self, meta: Meta, children: list[ast.Expr]) -> ast.Arith:
        return self._arith(ast.ArithOp.ADD, meta, children)

    def sub(self, meta: Meta, children: list[ast.Expr]) -> ast.Arith:
        return self._arith(ast.ArithOp.SUB, meta, children)

    def mul(self, meta: Meta, children: list[ast.Expr]) -> ast.Arith:
        return self._arith(ast.ArithOp.MUL, meta, children)

    def div(self, meta: Meta, children: list[ast.Expr]) -> ast.Arith:
        return self._arith(ast.ArithOp.DIV, meta, children)

    def neg(self, meta: Meta, children: list[ast.Expr]) -> ast.Neg:
        return ast.Neg(children[0], self._span(meta))

    def name(self, meta: Meta, children: list[Token]) -> ast.Name:
        return ast.Name(str(children[0]), self._span(meta))

    def member(self, meta: Meta, children: list[Token]) -> ast.Member:
        base, name = children
        return ast.Member(str(base), str(name), self._span(meta), self._tok(base), self._tok(name))

    def call(self, meta: Meta, children: list[Any]) -> ast.Call:
        name, *args = children
        arguments = tuple(a for a in args if a is not None)
        return ast.Call(str(name), arguments, self._span(meta), self._tok(name))

    def aggregate(self, meta: Meta, children: list[Any]) -> ast.Aggregate:
        function: ast.AggFn = children[0]
        subject: _Subject = children[1]
        filt: ast.EventFilter | None = None
        window: ast.Window | None = None
        for child in children[2:]:
            if isinstance(child, _AggFilter):
                filt = self._event_filter(child.condition)
            elif isinstance(child, _Empty):
                filt = self._event_filter(child)
            else:
                window = child
        if window is None and filt is not None and filt.condition is not None:
            split = _detach_window(filt.condition)
            if split is not None:
                filt = ast.EventFilter(split[0], split[0].span)
                window = split[1]
        return ast.Aggregate(
            function, subject.distinct, subject.event, subject.event_span,
            subject.prop, subject.prop_span, filt, window, self._span(meta),
        )

    def agg_fn(self, meta: Meta, children: list[Token]) -> ast.AggFn:
        return ast.AggFn(str(children[0]))

    def agg_subject(self, meta: Meta, children: list[Token]) -> _Subject:
        distinct = bool(children) and children[0].type == "DISTINCT"
        names = [c for c in children if c.type == "NAME"]
        prop = names[1] if len(names) > 1 else None
        return _Subject(
            distinct, str(names[0]), self._tok(names[0]),
            None if prop is None else str(prop), None if prop is None else self._tok(prop),
        )

    def agg_filter(self, meta: Meta, children: list[Any]) -> _AggFilter:
        return _AggFilter(children[0])

    def duration(self, meta: Meta, children: list[Any]) -> ast.Duration:
        number: Token = children[0]
        unit: ast.Unit = children[1]
        text = str(number).replace("_", "")
        if not text.isdigit():
            self._error("SYN009", f"a duration needs a whole number, not {number}",
                        self._tok(number), hint=f"for example {text.split('.')[0]} {unit}s")
            text = text.split(".")[0] or "0"
        return ast.Duration(int(text), unit, self._span(meta))

    def ago(self, meta: Meta, children: list[ast.Duration]) -> ast.Ago:
        return ast.Ago(children[0], self._span(meta))

    # ----------------------------------------------------------- literals
    def string(self, meta: Meta, children: list[Token]) -> ast.StringLit:
        return ast.StringLit(self._unescape(children[0]), self._span(meta))

    def number(self, meta: Meta, children: list[Token]) -> ast.NumberLit:
        return self._number(children[0])

    def _number(self, token: Token) -> ast.NumberLit:
        return ast.NumberLit(Decimal(str(token).replace("_", "")), self._tok(token))

    def negative_number(self, meta: Meta, children: list[Token]) -> ast.NumberLit:
        number = self._number(children[0])
        return ast.NumberLit(-number.value, self._span(meta))

    def date(self, meta: Meta, children: list[Token]) -> ast.DateLit:
        text = str(children[0])
        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            self._error("SYN005", f"there is no day {text}", self._span(meta),
                        hint="dates are written YYYY-MM-DD, e.g. 2026-01-31")
            value = dt.date(1970, 1, 1)
        return ast.DateLit(value, self._span(meta))

    def timestamp(self, meta: Meta, children: list[Token]) -> ast.TimestampLit:
        text = str(children[0])
        span = self._span(meta)
        value = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
        if not (text.endswith("Z") or text.endswith("+00:00")):
            self._error("SYN005", f"timestamp {text} is not in UTC", span,
                        hint="write timestamps in UTC, ending in Z: 2026-01-31T08:00:00Z")
            return ast.TimestampLit(value, span)
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)
        except ValueError:
            self._error("SYN005", f"there is no such time as {text}", span,
                        hint="timestamps are written YYYY-MM-DDTHH:MM:SSZ")
        return ast.TimestampLit(value, span)

    def true(self, meta: Meta, children: list[Any]) -> ast.BoolLit:
        return ast.BoolLit(True, self._span(meta))

    def false(self, meta: Meta, children: list[Any]) -> ast.BoolLit:
        return ast.BoolLit(False, self._span(meta))

    def today(self, meta: Meta, children: list[Any]) -> ast.TimeNow:
        return ast.TimeNow(ast.TimeKeyword.TODAY, self._span(meta))

    def now(self, meta: Meta, children: list[Any]) -> ast.TimeNow:
        return ast.TimeNow(ast.TimeKeyword.NOW, self._span(meta))

    def list_lit(self, meta: Meta, children: list[Any]) -> ast.ListLit:
        return ast.ListLit(tuple(c for c in children if c is not None), self._span(meta))

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
                        "SYN004", f"unknown escape '\\{escaped}' in a text string",
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


def _optional(children: list[Any], index: int) -> Any:
    return children[index] if len(children) > index else None
