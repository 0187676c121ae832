"""Parser tests: every form of SPEC section 3, the AST it builds, and source spans.

The expected trees are written with the AST classes themselves.  Spans are compared
separately: ``strip`` replaces every :class:`Span` in a tree by ``None`` so that a
structural comparison checks every other field of every node exactly, and the span
tests further down check line, column, end line, end column and offsets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from segdsl.diagnostics import Span
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source

UTC = dt.UTC

# --------------------------------------------------------------------------- helpers


def strip(node: Any) -> Any:
    """The same tree with every span (``span``, ``name_span``, ...) set to None."""
    if isinstance(node, Span):
        return None
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        fields = {f.name: strip(getattr(node, f.name)) for f in dataclasses.fields(node)}
        return type(node)(**fields)
    if isinstance(node, tuple):
        return tuple(strip(item) for item in node)
    return node


def parse_ok(text: str) -> ast.SourceFile:
    source = parse_source(text, "t.seg")
    assert source.diagnostics == (), [(d.code, d.message) for d in source.diagnostics]
    return source


def cond_node(text: str) -> ast.Expr:
    """The condition of ``segment s where TEXT``, spans kept."""
    decl = parse_ok(f"segment s where {text}\n").declarations[0]
    assert isinstance(decl, ast.SegmentDecl)
    return decl.condition


def cond(text: str) -> Any:
    return strip(cond_node(text))


def expr_node(text: str) -> ast.Expr:
    decl = parse_ok(f"metric m = {text}\n").declarations[0]
    assert isinstance(decl, ast.MetricDecl)
    return decl.expr


def expr(text: str) -> Any:
    return strip(expr_node(text))


# Span-less node factories, so that expected trees stay readable.
def name(value: str) -> ast.Name:
    return ast.Name(value, None)  # type: ignore[arg-type]


def member(base: str, attr: str) -> ast.Member:
    return ast.Member(base, attr, None, None, None)  # type: ignore[arg-type]


def num(value: str) -> ast.NumberLit:
    return ast.NumberLit(Decimal(value), None)  # type: ignore[arg-type]


def string(value: str) -> ast.StringLit:
    return ast.StringLit(value, None)  # type: ignore[arg-type]


def boolean(value: bool) -> ast.BoolLit:
    return ast.BoolLit(value, None)  # type: ignore[arg-type]


def date(year: int, month: int, day: int) -> ast.DateLit:
    return ast.DateLit(dt.date(year, month, day), None)  # type: ignore[arg-type]


def timestamp(*parts: int) -> ast.TimestampLit:
    return ast.TimestampLit(dt.datetime(*parts, tzinfo=UTC), None)  # type: ignore[arg-type, misc]


TODAY = ast.TimeNow(ast.TimeKeyword.TODAY, None)  # type: ignore[arg-type]
NOW = ast.TimeNow(ast.TimeKeyword.NOW, None)  # type: ignore[arg-type]


def dur(amount: int, unit: str) -> ast.Duration:
    return ast.Duration(amount, ast.Unit(unit), None)  # type: ignore[arg-type]


def ago(amount: int, unit: str) -> ast.Ago:
    return ast.Ago(dur(amount, unit), None)  # type: ignore[arg-type]


def arith(op: str, left: Any, right: Any) -> ast.Arith:
    return ast.Arith(ast.ArithOp(op), left, right, None)  # type: ignore[arg-type]


def neg(operand: Any) -> ast.Neg:
    return ast.Neg(operand, None)  # type: ignore[arg-type]


def call(function: str, *args: Any) -> ast.Call:
    return ast.Call(function, tuple(args), None, None)  # type: ignore[arg-type]


def cmp(op: str, left: Any, right: Any) -> ast.Compare:
    return ast.Compare(ast.CompareOp(op), left, right, None)  # type: ignore[arg-type]


def or_(left: Any, right: Any) -> ast.Or:
    return ast.Or(left, right, None)  # type: ignore[arg-type]


def and_(left: Any, right: Any) -> ast.And:
    return ast.And(left, right, None)  # type: ignore[arg-type]


def not_(operand: Any) -> ast.Not:
    return ast.Not(operand, None)  # type: ignore[arg-type]


def lst(*items: Any) -> ast.ListLit:
    return ast.ListLit(tuple(items), None)  # type: ignore[arg-type]


def in_list(e: Any, items: ast.ListLit, negated: bool = False) -> ast.InList:
    return ast.InList(e, items, negated, None)  # type: ignore[arg-type]


def between(e: Any, low: Any, high: Any, negated: bool = False) -> ast.Between:
    return ast.Between(e, low, high, negated, None)  # type: ignore[arg-type]


def text_test(op: str, e: Any, pattern: Any) -> ast.TextTest:
    return ast.TextTest(ast.TextOp(op), e, pattern, None)  # type: ignore[arg-type]


def is_set(e: Any, negated: bool = False) -> ast.IsSet:
    return ast.IsSet(e, negated, None)  # type: ignore[arg-type]


def window_test(e: Any, window: Any, negated: bool = False) -> ast.WindowTest:
    return ast.WindowTest(e, window, negated, None)  # type: ignore[arg-type]


def rank(e: Any, direction: str, percent: str, negated: bool = False) -> ast.RankTest:
    return ast.RankTest(e, ast.RankDir(direction), num(percent), negated, None)  # type: ignore[arg-type]


def in_segment(segment: str) -> ast.InSegment:
    return ast.InSegment(segment, None, None)  # type: ignore[arg-type]


def last(amount: int, unit: str) -> ast.LastWindow:
    return ast.LastWindow(dur(amount, unit), None)  # type: ignore[arg-type]


def next_(amount: int, unit: str) -> ast.NextWindow:
    return ast.NextWindow(dur(amount, unit), None)  # type: ignore[arg-type]


def current(period: str) -> ast.PeriodWindow:
    return ast.PeriodWindow(ast.Period(period), 0, None)  # type: ignore[arg-type]


def previous(period: str) -> ast.PeriodWindow:
    return ast.PeriodWindow(ast.Period(period), -1, None)  # type: ignore[arg-type]


def since(bound: Any) -> ast.SinceWindow:
    return ast.SinceWindow(bound, None)  # type: ignore[arg-type]


def before(bound: Any) -> ast.BeforeWindow:
    return ast.BeforeWindow(bound, None)  # type: ignore[arg-type]


def between_window(low: Any, high: Any) -> ast.BetweenWindow:
    return ast.BetweenWindow(low, high, None)  # type: ignore[arg-type]


EMPTY = object()  # marks `with ()` in the factories below


def event_filter(condition: Any) -> ast.EventFilter | None:
    if condition is None:
        return None
    return ast.EventFilter(None if condition is EMPTY else condition, None)  # type: ignore[arg-type]


def match(event: str, filter: Any = None) -> ast.EventMatch:
    return ast.EventMatch(event, None, event_filter(filter), None)  # type: ignore[arg-type]


def has(event: str, filter: Any = None, window: Any = None) -> ast.HasEvent:
    return ast.HasEvent(match(event, filter), window, False, None)  # type: ignore[arg-type]


def has_no(event: str, filter: Any = None, window: Any = None) -> ast.HasEvent:
    return ast.HasEvent(match(event, filter), window, True, None)  # type: ignore[arg-type]


def sequence(
    first: ast.EventMatch, then: ast.EventMatch, within: ast.Duration, window: Any = None,
    *, absent: bool = False,
) -> ast.HasSequence:
    return ast.HasSequence(first, then, absent, within, window, None)  # type: ignore[arg-type]


def agg(
    function: str, event: str, prop: str | None = None, *, distinct: bool = False,
    filter: Any = None, window: Any = None,
) -> ast.Aggregate:
    return ast.Aggregate(
        ast.AggFn(function), distinct, event, None, prop, None,  # type: ignore[arg-type]
        event_filter(filter), window, None,  # type: ignore[arg-type]
    )


def span_of(node: Any) -> tuple[int, int, int, int]:
    span = node.span if not isinstance(node, Span) else node
    return (span.line, span.column, span.end_line, span.end_column)


def text_at(source: str, span: Span) -> str:
    return source[span.start : span.end]


A1 = cmp("=", name("a"), num("1"))
B2 = cmp("=", name("b"), num("2"))
C3 = cmp("=", name("c"), num("3"))


# ------------------------------------------------------------- boolean structure


def test_or_of_two_conditions() -> None:
    assert cond("a = 1 or b = 2") == or_(A1, B2)


def test_and_of_two_conditions() -> None:
    assert cond("a = 1 and b = 2") == and_(A1, B2)


def test_and_binds_tighter_than_or() -> None:
    assert cond("a = 1 or b = 2 and c = 3") == or_(A1, and_(B2, C3))
    assert cond("a = 1 and b = 2 or c = 3") == or_(and_(A1, B2), C3)


def test_or_and_and_are_left_associative() -> None:
    assert cond("a or b or c") == or_(or_(name("a"), name("b")), name("c"))
    assert cond("a and b and c") == and_(and_(name("a"), name("b")), name("c"))


def test_not_applies_to_one_predicate() -> None:
    assert cond("not a = 1 and b = 2") == and_(not_(A1), B2)
    assert cond("not a = 1 or b = 2") == or_(not_(A1), B2)
    assert cond("a = 1 and not b = 2") == and_(A1, not_(B2))


def test_not_not() -> None:
    assert cond("not not a") == not_(not_(name("a")))


def test_parentheses_group_conditions() -> None:
    assert cond("not (a = 1 or b = 2)") == not_(or_(A1, B2))
    assert cond("(a = 1 or b = 2) and c = 3") == and_(or_(A1, B2), C3)
    assert cond("a = 1 and (b = 2 or c = 3)") == and_(A1, or_(B2, C3))
    assert cond("((a))") == name("a")


# -------------------------------------------------------------------- predicates


@pytest.mark.parametrize("op", ["=", "!=", "<", "<=", ">", ">="])
def test_comparisons(op: str) -> None:
    assert cond(f"age {op} 30") == cmp(op, name("age"), num("30"))


def test_comparison_of_two_expressions() -> None:
    assert cond("a + 1 >= b * 2") == cmp(
        ">=", arith("+", name("a"), num("1")), arith("*", name("b"), num("2"))
    )


def test_in_list() -> None:
    assert cond('country in ["DE", "AT", "CH"]') == in_list(
        name("country"), lst(string("DE"), string("AT"), string("CH"))
    )


def test_not_in_list() -> None:
    assert cond('country not in ["DE"]') == in_list(name("country"), lst(string("DE")), True)


def test_empty_list() -> None:
    assert cond("x in []") == in_list(name("x"), lst())


def test_list_of_every_literal_kind() -> None:
    source = (
        "x in [1, -2, 2.5, -0.5, 1_000, true, false, 2026-01-31, 2026-01-31T08:00:00Z, "
        '"s", today, now]'
    )
    assert cond(source) == in_list(
        name("x"),
        lst(
            num("1"), num("-2"), num("2.5"), num("-0.5"), num("1000"), boolean(True),
            boolean(False), date(2026, 1, 31), timestamp(2026, 1, 31, 8, 0, 0), string("s"),
            TODAY, NOW,
        ),
    )


def test_between() -> None:
    assert cond("age between 25 and 34") == between(name("age"), num("25"), num("34"))


def test_not_between() -> None:
    assert cond("age not between 25 and 34") == between(
        name("age"), num("25"), num("34"), negated=True
    )


def test_between_inside_boolean_expressions() -> None:
    assert cond('age between 25 and 34 and country = "DE"') == and_(
        between(name("age"), num("25"), num("34")), cmp("=", name("country"), string("DE"))
    )
    assert cond("a = 1 and age between 25 and 34 or b = 2") == or_(
        and_(A1, between(name("age"), num("25"), num("34"))), B2
    )


def test_between_bounds_are_expressions() -> None:
    assert cond("x between a + 1 and b * 2") == between(
        name("x"), arith("+", name("a"), num("1")), arith("*", name("b"), num("2"))
    )


@pytest.mark.parametrize(
    ("source", "op"),
    [
        ('email contains "@"', "contains"),
        ('email starts with "@"', "starts with"),
        ('email ends with "@"', "ends with"),
        ('email matches "@"', "matches"),
    ],
)
def test_text_tests(source: str, op: str) -> None:
    assert cond(source) == text_test(op, name("email"), string("@"))


def test_is_set_and_is_not_set() -> None:
    assert cond("email is set") == is_set(name("email"))
    assert cond("email is not set") == is_set(name("email"), negated=True)


def test_bare_boolean() -> None:
    assert cond("is_subscribed") == name("is_subscribed")
    assert cond("account.is_active") == member("account", "is_active")
    assert cond("true") == boolean(True)
    assert cond("not is_subscribed") == not_(name("is_subscribed"))


def test_segmentation_label_comparison() -> None:
    assert cond('persona = "kids_family"') == cmp("=", name("persona"), string("kids_family"))


# ----------------------------------------------------------------------- windows

UNITS = [
    ("minute", "minute"), ("minutes", "minute"), ("hour", "hour"), ("hours", "hour"),
    ("day", "day"), ("days", "day"), ("week", "week"), ("weeks", "week"),
    ("month", "month"), ("months", "month"), ("year", "year"), ("years", "year"),
]


@pytest.mark.parametrize(("word", "unit"), UNITS)
def test_in_last_every_unit(word: str, unit: str) -> None:
    assert cond(f"signup_at in last 3 {word}") == window_test(name("signup_at"), last(3, unit))


@pytest.mark.parametrize(("word", "unit"), UNITS)
def test_in_next_every_unit(word: str, unit: str) -> None:
    assert cond(f"birthday in next 2 {word}") == window_test(name("birthday"), next_(2, unit))


@pytest.mark.parametrize("period", ["week", "month", "quarter", "year"])
def test_in_current_and_previous_period(period: str) -> None:
    assert cond(f"t in current {period}") == window_test(name("t"), current(period))
    assert cond(f"t in previous {period}") == window_test(name("t"), previous(period))


TIME_BOUNDS = [
    ("2026-01-31", date(2026, 1, 31)),
    ("2026-01-31T08:00:00Z", timestamp(2026, 1, 31, 8, 0, 0)),
    ("2026-01-31T08:00:00+00:00", timestamp(2026, 1, 31, 8, 0, 0)),
    ("today", TODAY),
    ("now", NOW),
    ("30 days ago", ago(30, "day")),
    ("today - 1 week", arith("-", TODAY, dur(1, "week"))),
]


@pytest.mark.parametrize(("source", "bound"), TIME_BOUNDS)
def test_since_and_before(source: str, bound: Any) -> None:
    assert cond(f"t since {source}") == window_test(name("t"), since(bound))
    assert cond(f"t before {source}") == window_test(name("t"), before(bound))


def test_between_times_outside_aggregates_is_the_between_predicate() -> None:
    # The checker types it as a time range (SPEC 3.6); the parser cannot tell.
    assert cond("t between 2026-01-01 and 2026-02-01") == between(
        name("t"), date(2026, 1, 1), date(2026, 2, 1)
    )
    assert cond("t between 30 days ago and today") == between(name("t"), ago(30, "day"), TODAY)


@pytest.mark.parametrize(
    ("source", "window"),
    [
        ("in last 30 days", last(30, "day")),
        ("in next 1 week", next_(1, "week")),
        ("in current month", current("month")),
        ("in previous quarter", previous("quarter")),
        ("since today", since(TODAY)),
        ("before now", before(NOW)),
    ],
)
def test_negated_windows(source: str, window: Any) -> None:
    assert cond(f"t not {source}") == window_test(name("t"), window, negated=True)


def test_not_before_a_window_test() -> None:
    assert cond("not t in last 30 days") == not_(window_test(name("t"), last(30, "day")))


def test_window_on_an_aggregate_outside_its_parentheses_tests_the_value() -> None:
    assert cond("first(purchase) in last 30 days") == window_test(
        agg("first", "purchase"), last(30, "day")
    )
    assert cond("last(purchase) before 90 days ago") == window_test(
        agg("last", "purchase"), before(ago(90, "day"))
    )


def test_windows_inside_boolean_expressions() -> None:
    assert cond("t in last 7 days and u since 2026-01-01 or v before today") == or_(
        and_(
            window_test(name("t"), last(7, "day")),
            window_test(name("u"), since(date(2026, 1, 1))),
        ),
        window_test(name("v"), before(TODAY)),
    )


# ----------------------------------------------------------------------- ranking


def test_in_top_and_bottom() -> None:
    assert cond("ltv in top 10%") == rank(name("ltv"), "top", "10")
    assert cond("ltv in bottom 5%") == rank(name("ltv"), "bottom", "5")
    assert cond("ltv in top 2.5%") == rank(name("ltv"), "top", "2.5")


def test_not_in_top_and_bottom() -> None:
    assert cond("ltv not in top 10%") == rank(name("ltv"), "top", "10", negated=True)
    assert cond("ltv not in bottom 1%") == rank(name("ltv"), "bottom", "1", negated=True)


def test_rank_of_an_expression() -> None:
    assert cond("sum(purchase.amount) in top 5%") == rank(
        agg("sum", "purchase", "amount"), "top", "5"
    )


# ------------------------------------------------------------ segment membership


def test_in_segment() -> None:
    assert cond("in segment vip") == in_segment("vip")


def test_not_in_segment() -> None:
    assert cond("not in segment vip") == not_(in_segment("vip"))
    assert cond("ltv in top 5% and not in segment lapsing") == and_(
        rank(name("ltv"), "top", "5"), not_(in_segment("lapsing"))
    )


def test_in_segment_split_over_two_lines_is_not_a_new_declaration() -> None:
    source = parse_ok("segment a where x = 1\nsegment b where not in\nsegment a\n")
    assert [d.name for d in source.declarations] == ["a", "b"]
    assert strip(source.declarations[1]).condition == not_(in_segment("a"))


# ----------------------------------------------------------------------- has forms


def test_has() -> None:
    assert cond("has purchase") == has("purchase")


def test_has_no() -> None:
    assert cond("has no purchase") == has_no("purchase")


def test_has_with_filter() -> None:
    assert cond('has purchase with category = "kids"') == has(
        "purchase", cmp("=", name("category"), string("kids"))
    )


def test_has_with_window() -> None:
    assert cond("has purchase in last 7 days") == has("purchase", window=last(7, "day"))
    assert cond("has no purchase in last 7 days") == has_no("purchase", window=last(7, "day"))


def test_has_with_filter_and_window() -> None:
    assert cond("has no purchase with amount > 100 in last 90 days") == has_no(
        "purchase", cmp(">", name("amount"), num("100")), last(90, "day")
    )


@pytest.mark.parametrize(
    ("source", "window"),
    [
        ("in last 30 days", last(30, "day")),
        ("in next 1 day", next_(1, "day")),  # a type error later (TYP007), not a syntax error
        ("in current week", current("week")),
        ("in previous year", previous("year")),
        ("since 2026-01-01", since(date(2026, 1, 1))),
        ("before 1 month ago", before(ago(1, "month"))),
        ("between 2026-01-01 and 2026-02-01", between_window(date(2026, 1, 1), date(2026, 2, 1))),
    ],
)
def test_has_with_every_window(source: str, window: Any) -> None:
    assert cond(f"has purchase {source}") == has("purchase", window=window)


def test_has_filter_is_a_single_comparison() -> None:
    # SPEC 3.3: `(has purchase with category = "kids") and age > 30`
    assert cond('has purchase with category = "kids" and age > 30') == and_(
        has("purchase", cmp("=", name("category"), string("kids"))),
        cmp(">", name("age"), num("30")),
    )
    assert cond('has purchase with category = "kids" or age > 30') == or_(
        has("purchase", cmp("=", name("category"), string("kids"))),
        cmp(">", name("age"), num("30")),
    )


def test_has_filter_in_parentheses_is_a_full_condition() -> None:
    assert cond('has purchase with (category = "kids" and amount > 30) in last 7 days') == has(
        "purchase",
        and_(cmp("=", name("category"), string("kids")), cmp(">", name("amount"), num("30"))),
        last(7, "day"),
    )


def test_has_parenthesized_filter_keeps_its_window() -> None:
    # Inside `has ... with ( )` a window test is part of the filter, not the has window.
    assert cond("has purchase with (shipped_at in last 2 days)") == has(
        "purchase", window_test(name("shipped_at"), last(2, "day"))
    )


def test_has_with_empty_filter() -> None:
    assert cond("has purchase with ()") == has("purchase", EMPTY)
    assert cond("has no purchase with () in last 7 days") == has_no(
        "purchase", EMPTY, last(7, "day")
    )


@pytest.mark.parametrize(
    ("filter_source", "filter"),
    [
        ('category != "kids"', cmp("!=", name("category"), string("kids"))),
        ('category in ["a", "b"]', in_list(name("category"), lst(string("a"), string("b")))),
        ('category not in ["a"]', in_list(name("category"), lst(string("a")), True)),
        ("amount between 1 and 2", between(name("amount"), num("1"), num("2"))),
        ("amount not between 1 and 2", between(name("amount"), num("1"), num("2"), True)),
        ('category contains "k"', text_test("contains", name("category"), string("k"))),
        ('category starts with "k"', text_test("starts with", name("category"), string("k"))),
        ('category ends with "k"', text_test("ends with", name("category"), string("k"))),
        ('category matches "^k"', text_test("matches", name("category"), string("^k"))),
        ("category is set", is_set(name("category"))),
        ("category is not set", is_set(name("category"), negated=True)),
        ('lower(category) = "kids"', cmp("=", call("lower", name("category")), string("kids"))),
        ("coalesce(a, b) = 1", cmp("=", call("coalesce", name("a"), name("b")), num("1"))),
        ("amount > 10 + 5 * 2", cmp(">", name("amount"),
                                    arith("+", num("10"), arith("*", num("5"), num("2"))))),
    ],
)
def test_every_has_filter_form(filter_source: str, filter: Any) -> None:
    assert cond(f"has purchase with {filter_source} in last 7 days") == has(
        "purchase", filter, last(7, "day")
    )


def test_sequence_then() -> None:
    assert cond("has add_to_cart then purchase within 1 day") == sequence(
        match("add_to_cart"), match("purchase"), dur(1, "day")
    )


def test_sequence_then_no() -> None:
    assert cond("has add_to_cart then no purchase within 1 day in last 7 days") == sequence(
        match("add_to_cart"), match("purchase"), dur(1, "day"), last(7, "day"), absent=True
    )


def test_sequence_with_filters_and_window() -> None:
    assert cond("has a with x = 1 then b with (y = 2 or z) within 2 hours since 2026-01-01") == (
        sequence(
            match("a", cmp("=", name("x"), num("1"))),
            match("b", or_(cmp("=", name("y"), num("2")), name("z"))),
            dur(2, "hour"),
            since(date(2026, 1, 1)),
        )
    )


def test_sequence_then_no_with_empty_filter_and_between_window() -> None:
    assert cond(
        "has a with () then no b with () within 30 minutes between 2026-01-01 and 2026-02-01"
    ) == sequence(
        match("a", EMPTY), match("b", EMPTY), dur(30, "minute"),
        between_window(date(2026, 1, 1), date(2026, 2, 1)), absent=True,
    )


@pytest.mark.parametrize(("word", "unit"), UNITS)
def test_sequence_within_every_unit(word: str, unit: str) -> None:
    assert cond(f"has a then b within 3 {word}") == sequence(match("a"), match("b"), dur(3, unit))


def test_sequence_filter_is_a_single_comparison_too() -> None:
    assert cond("has a then b with y = 2 within 1 day and c") == and_(
        sequence(match("a"), match("b", cmp("=", name("y"), num("2"))), dur(1, "day")),
        name("c"),
    )


# ------------------------------------------------------------------- expressions


def test_names_and_relation_attributes() -> None:
    assert expr("country") == name("country")
    assert expr("account.industry") == member("account", "industry")
    assert expr("_x1") == name("_x1")


def test_string_literals_and_escapes() -> None:
    assert expr('"plain"') == string("plain")
    assert expr('""') == string("")
    assert expr(r'"a\"b\\c\nd\te"') == string('a"b\\c\nd\te')


def test_string_with_hash_and_percent() -> None:
    assert expr('"50% # off_"') == string("50% # off_")


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("42", "42"),
        ("0", "0"),
        ("3.5", "3.5"),
        ("1_000", "1000"),
        ("1_000_000", "1000000"),
        ("1_000.5", "1000.5"),
        ("1_000.000_1", "1000.0001"),
        ("0.25", "0.25"),
    ],
)
def test_numbers(source: str, value: str) -> None:
    result = expr(source)
    assert result == num(value)
    assert str(result.value) == value  # exact digits, underscores removed


def test_negative_numbers_are_negations_in_expressions() -> None:
    assert expr("-3") == neg(num("3"))
    assert expr("-1.5") == neg(num("1.5"))
    assert expr("- - 3") == neg(neg(num("3")))


def test_negative_numbers_in_lists_are_literals() -> None:
    assert cond("x in [-3, -1.5]") == in_list(name("x"), lst(num("-3"), num("-1.5")))


def test_booleans() -> None:
    assert expr("true") == boolean(True)
    assert expr("false") == boolean(False)


def test_dates() -> None:
    assert expr("2026-01-31") == date(2026, 1, 31)
    assert expr("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("2026-01-31T08:00:00Z", dt.datetime(2026, 1, 31, 8, 0, 0, tzinfo=UTC)),
        ("2026-01-31T08:00:00+00:00", dt.datetime(2026, 1, 31, 8, 0, 0, tzinfo=UTC)),
        ("2026-12-31T23:59:59Z", dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2026-01-31T08:00:00.250Z", dt.datetime(2026, 1, 31, 8, 0, 0, 250000, tzinfo=UTC)),
    ],
)
def test_timestamps(source: str, value: dt.datetime) -> None:
    result = expr(source)
    assert result == ast.TimestampLit(value, None)  # type: ignore[arg-type]
    assert result.value.utcoffset() == dt.timedelta(0)


def test_today_and_now() -> None:
    assert expr("today") == TODAY
    assert expr("now") == NOW


@pytest.mark.parametrize(("word", "unit"), UNITS)
def test_ago_every_unit(word: str, unit: str) -> None:
    assert expr(f"5 {word} ago") == ago(5, unit)
    assert expr(f"1 {word} ago") == ago(1, unit)


def test_bare_duration_parses_and_is_left_to_the_checker() -> None:
    # TYP014 says a duration cannot stand alone; that is a type error, not syntax.
    assert expr("3 days") == dur(3, "day")
    assert expr("1_000 minutes") == dur(1000, "minute")


def test_arithmetic_precedence() -> None:
    a, b, c = name("a"), name("b"), name("c")
    assert expr("a + b * c") == arith("+", a, arith("*", b, c))
    assert expr("a * b + c") == arith("+", arith("*", a, b), c)
    assert expr("a - b / c") == arith("-", a, arith("/", b, c))
    assert expr("(a + b) * c") == arith("*", arith("+", a, b), c)


def test_arithmetic_is_left_associative() -> None:
    a, b, c = name("a"), name("b"), name("c")
    assert expr("a - b - c") == arith("-", arith("-", a, b), c)
    assert expr("a / b / c") == arith("/", arith("/", a, b), c)
    assert expr("a / b * c") == arith("*", arith("/", a, b), c)


def test_unary_minus_binds_tighter_than_multiplication() -> None:
    assert expr("-a * b") == arith("*", neg(name("a")), name("b"))
    assert expr("a * -b") == arith("*", name("a"), neg(name("b")))
    assert expr("a - -b") == arith("-", name("a"), neg(name("b")))
    assert expr("-(a + b)") == neg(arith("+", name("a"), name("b")))


def test_time_plus_minus_duration() -> None:
    assert expr("signup_at + 1 month") == arith("+", name("signup_at"), dur(1, "month"))
    assert expr("now - 3 days") == arith("-", NOW, dur(3, "day"))
    assert expr("2026-01-31 - 1 month") == arith("-", date(2026, 1, 31), dur(1, "month"))
    assert expr("today + 2 weeks - 1 day") == arith(
        "-", arith("+", TODAY, dur(2, "week")), dur(1, "day")
    )


def test_function_calls() -> None:
    assert expr("f()") == call("f")
    assert expr("lower(email)") == call("lower", name("email"))
    assert expr("round(x, 2)") == call("round", name("x"), num("2"))
    assert expr('coalesce(a, b, "none", 1)') == call(
        "coalesce", name("a"), name("b"), string("none"), num("1")
    )
    assert expr("days_since(last(purchase))") == call("days_since", agg("last", "purchase"))
    assert expr("abs(a - b) * 2") == arith(
        "*", call("abs", arith("-", name("a"), name("b"))), num("2")
    )
    assert expr("ntile(sum(purchase.amount), 4)") == call(
        "ntile", agg("sum", "purchase", "amount"), num("4")
    )


def test_metric_may_be_a_condition() -> None:
    assert expr("age > 30 and is_subscribed") == and_(
        cmp(">", name("age"), num("30")), name("is_subscribed")
    )


# -------------------------------------------------------------------- aggregates

KIDS = cmp("=", name("category"), string("kids"))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("count(purchase)", agg("count", "purchase")),
        ("count(purchase with category = \"kids\")", agg("count", "purchase", filter=KIDS)),
        ("count(purchase in last 30 days)", agg("count", "purchase", window=last(30, "day"))),
        ('count(purchase with category = "kids" in last 30 days)',
         agg("count", "purchase", filter=KIDS, window=last(30, "day"))),
        ("count(purchase with ())", agg("count", "purchase", filter=EMPTY)),
        ("count(purchase with () in current month)",
         agg("count", "purchase", filter=EMPTY, window=current("month"))),
        ("count(distinct purchase.category)",
         agg("count", "purchase", "category", distinct=True)),
        ("count(distinct purchase.category with amount > 1)",
         agg("count", "purchase", "category", distinct=True,
             filter=cmp(">", name("amount"), num("1")))),
        ("count(distinct purchase.category since 2026-01-01)",
         agg("count", "purchase", "category", distinct=True, window=since(date(2026, 1, 1)))),
        ("count(distinct purchase.category with () before today)",
         agg("count", "purchase", "category", distinct=True, filter=EMPTY, window=before(TODAY))),
    ],
)
def test_count_forms(source: str, expected: Any) -> None:
    assert expr(source) == expected


@pytest.mark.parametrize("fn", ["sum", "avg", "min", "max"])
def test_numeric_aggregates(fn: str) -> None:
    assert expr(f"{fn}(purchase.amount)") == agg(fn, "purchase", "amount")
    assert expr(f'{fn}(purchase.amount with category = "kids")') == agg(
        fn, "purchase", "amount", filter=KIDS
    )
    assert expr(f"{fn}(purchase.amount in last 365 days)") == agg(
        fn, "purchase", "amount", window=last(365, "day")
    )
    assert expr(f'{fn}(purchase.amount with category = "kids" in previous year)') == agg(
        fn, "purchase", "amount", filter=KIDS, window=previous("year")
    )
    assert expr(f"{fn}(purchase.amount with ())") == agg(fn, "purchase", "amount", filter=EMPTY)
    assert expr(f"{fn}(purchase.amount with () since 30 days ago)") == agg(
        fn, "purchase", "amount", filter=EMPTY, window=since(ago(30, "day"))
    )


@pytest.mark.parametrize("fn", ["first", "last"])
def test_first_and_last(fn: str) -> None:
    # time of the first/last event
    assert expr(f"{fn}(purchase)") == agg(fn, "purchase")
    assert expr(f'{fn}(purchase with category = "kids")') == agg(fn, "purchase", filter=KIDS)
    assert expr(f"{fn}(purchase in last 2 weeks)") == agg(fn, "purchase", window=last(2, "week"))
    assert expr(f'{fn}(purchase with category = "kids" before 2026-01-01)') == agg(
        fn, "purchase", filter=KIDS, window=before(date(2026, 1, 1))
    )
    assert expr(f"{fn}(purchase with ())") == agg(fn, "purchase", filter=EMPTY)
    # property of the first/last event
    assert expr(f"{fn}(purchase.category)") == agg(fn, "purchase", "category")
    assert expr(f"{fn}(purchase.category with amount > 0)") == agg(
        fn, "purchase", "category", filter=cmp(">", name("amount"), num("0"))
    )
    assert expr(f"{fn}(purchase.category in current quarter)") == agg(
        fn, "purchase", "category", window=current("quarter")
    )
    assert expr(f"{fn}(purchase.category with amount > 0 in last 1 year)") == agg(
        fn, "purchase", "category", filter=cmp(">", name("amount"), num("0")),
        window=last(1, "year"),
    )
    assert expr(f"{fn}(purchase.category with () in next 1 day)") == agg(
        fn, "purchase", "category", filter=EMPTY, window=next_(1, "day")
    )


def test_aggregate_filter_is_a_full_condition() -> None:
    assert expr('count(purchase with category = "kids" and amount > 30 or is_gift)') == agg(
        "count", "purchase",
        filter=or_(and_(KIDS, cmp(">", name("amount"), num("30"))), name("is_gift")),
    )


def test_aggregate_between_window() -> None:
    assert expr("count(purchase between 2026-01-01 and 2026-02-01)") == agg(
        "count", "purchase", window=between_window(date(2026, 1, 1), date(2026, 2, 1))
    )
    assert expr("count(purchase with amount > 1 between 2026-01-01 and 2026-02-01)") == agg(
        "count", "purchase", filter=cmp(">", name("amount"), num("1")),
        window=between_window(date(2026, 1, 1), date(2026, 2, 1)),
    )


def test_aggregate_window_after_a_bare_boolean_filter_belongs_to_the_aggregate() -> None:
    assert expr("count(purchase with is_gift in last 7 days)") == agg(
        "count", "purchase", filter=name("is_gift"), window=last(7, "day")
    )


def test_aggregate_window_after_a_compound_filter_belongs_to_the_aggregate() -> None:
    assert expr("count(purchase with a = 1 and is_gift in last 7 days)") == agg(
        "count", "purchase", filter=and_(A1, name("is_gift")), window=last(7, "day")
    )
    assert expr("count(purchase with a = 1 or is_gift since today)") == agg(
        "count", "purchase", filter=or_(A1, name("is_gift")), window=since(TODAY)
    )
    assert expr("count(purchase with not is_gift before now)") == agg(
        "count", "purchase", filter=not_(name("is_gift")), window=before(NOW)
    )


def test_aggregate_numeric_between_stays_a_filter() -> None:
    assert expr("count(purchase with amount between 10 and 20)") == agg(
        "count", "purchase", filter=between(name("amount"), num("10"), num("20"))
    )
    assert expr("count(purchase with amount not between 10 and 20)") == agg(
        "count", "purchase", filter=between(name("amount"), num("10"), num("20"), negated=True)
    )


def test_aggregate_time_between_at_the_end_is_the_window() -> None:
    assert expr("count(purchase with x between 2026-01-01 and 2026-02-01)") == agg(
        "count", "purchase", filter=name("x"),
        window=between_window(date(2026, 1, 1), date(2026, 2, 1)),
    )
    assert expr("count(purchase with x between 30 days ago and now)") == agg(
        "count", "purchase", filter=name("x"), window=between_window(ago(30, "day"), NOW)
    )
    assert expr("count(purchase with a = 1 and x between 2026-01-01T00:00:00Z and today)") == agg(
        "count", "purchase", filter=and_(A1, name("x")),
        window=between_window(timestamp(2026, 1, 1, 0, 0, 0), TODAY),
    )


def test_aggregate_only_the_last_window_is_detached() -> None:
    assert expr("count(purchase with shipped_at in last 7 days in last 30 days)") == agg(
        "count", "purchase", filter=window_test(name("shipped_at"), last(7, "day")),
        window=last(30, "day"),
    )
    assert expr(
        "count(purchase with amount between 10 and 20 between 2026-01-01 and 2026-02-01)"
    ) == agg(
        "count", "purchase", filter=between(name("amount"), num("10"), num("20")),
        window=between_window(date(2026, 1, 1), date(2026, 2, 1)),
    )


def test_aggregate_negated_window_at_the_end_stays_a_filter() -> None:
    assert expr("count(purchase with shipped_at not in last 7 days)") == agg(
        "count", "purchase", filter=window_test(name("shipped_at"), last(7, "day"), negated=True)
    )


def test_aggregates_in_conditions() -> None:
    ratio = "count(email_click in last 90 days) / count(email_open in last 90 days) >= 0.2"
    assert cond(ratio) == (
        cmp(
            ">=",
            arith(
                "/",
                agg("count", "email_click", window=last(90, "day")),
                agg("count", "email_open", window=last(90, "day")),
            ),
            num("0.2"),
        )
    )
    assert cond('sum(purchase.amount with category = "kids" in last 365 days) >= 200') == cmp(
        ">=", agg("sum", "purchase", "amount", filter=KIDS, window=last(365, "day")), num("200")
    )


def test_names_that_start_with_keywords_are_names() -> None:
    assert expr("count(purchase with has_coupon and in_stock or not notable)") == agg(
        "count", "purchase",
        filter=or_(and_(name("has_coupon"), name("in_stock")), not_(name("notable"))),
    )
    assert cond("segment_count > 1 and metric_x and todays") == and_(
        and_(cmp(">", name("segment_count"), num("1")), name("metric_x")), name("todays")
    )


# ------------------------------------------------------------------ declarations


def test_metric_declaration() -> None:
    source = parse_ok("metric orders_30d = count(purchase in last 30 days)\n")
    assert strip(source.declarations) == (
        ast.MetricDecl("orders_30d", None, agg("count", "purchase", window=last(30, "day")), None),  # type: ignore[arg-type]
    )


def test_segment_declaration_without_metadata() -> None:
    source = parse_ok("segment adults where age >= 18\n")
    assert strip(source.declarations) == (
        ast.SegmentDecl("adults", None, ast.Metadata(), cmp(">=", name("age"), num("18")), None),  # type: ignore[arg-type]
    )


def test_segment_declaration_with_all_metadata() -> None:
    source = parse_ok(
        "segment lapsing_buyers\n"
        '  title "Frequent buyers \\"gone\\" quiet"\n'
        '  description "Bought often, then stopped # not a comment"\n'
        '  owner "crm-team"\n'
        "  tags retention, winback, q3\n"
        "  where orders_30d > 3\n"
        "    and has no purchase in last 7 days\n"
    )
    assert strip(source.declarations) == (
        ast.SegmentDecl(
            "lapsing_buyers",
            None,  # type: ignore[arg-type]
            ast.Metadata(
                title=ast.MetaText('Frequent buyers "gone" quiet', None),  # type: ignore[arg-type]
                description=ast.MetaText("Bought often, then stopped # not a comment", None),  # type: ignore[arg-type]
                owner=ast.MetaText("crm-team", None),  # type: ignore[arg-type]
                tags=(ast.Tag("retention", None), ast.Tag("winback", None), ast.Tag("q3", None)),  # type: ignore[arg-type]
            ),
            and_(cmp(">", name("orders_30d"), num("3")), has_no("purchase", window=last(7, "day"))),
            None,  # type: ignore[arg-type]
        ),
    )
    assert source.comments == ()


def test_metadata_lines_in_any_order() -> None:
    source = parse_ok('segment s\n  tags a\n  owner "o"\n  title "t"\n  where x\n')
    meta = strip(source.declarations[0]).meta
    assert meta == ast.Metadata(
        title=ast.MetaText("t", None),  # type: ignore[arg-type]
        owner=ast.MetaText("o", None),  # type: ignore[arg-type]
        tags=(ast.Tag("a", None),),  # type: ignore[arg-type]
    )


def test_segmentation_declaration() -> None:
    source = parse_ok(
        "segmentation persona\n"
        '  title "Sport shop personas"\n'
        '  description "d"\n'
        '  owner "o"\n'
        "  tags marketing\n"
        '  performance_runner: count(purchase with category = "running" in last 180 days) >= 3\n'
        '  kids_family: has purchase with category = "kids" in last 365 days\n'
        "  casual: otherwise\n"
    )
    (decl,) = strip(source.declarations)
    assert decl == ast.SegmentationDecl(
        "persona",
        None,  # type: ignore[arg-type]
        ast.Metadata(
            title=ast.MetaText("Sport shop personas", None),  # type: ignore[arg-type]
            description=ast.MetaText("d", None),  # type: ignore[arg-type]
            owner=ast.MetaText("o", None),  # type: ignore[arg-type]
            tags=(ast.Tag("marketing", None),),  # type: ignore[arg-type]
        ),
        (
            ast.Branch(
                "performance_runner", None,  # type: ignore[arg-type]
                cmp(">=", agg("count", "purchase",
                              filter=cmp("=", name("category"), string("running")),
                              window=last(180, "day")), num("3")),
                None,  # type: ignore[arg-type]
            ),
            ast.Branch("kids_family", None, has("purchase", KIDS, last(365, "day")), None),  # type: ignore[arg-type]
            ast.Branch("casual", None, None, None),  # type: ignore[arg-type]
        ),
        None,  # type: ignore[arg-type]
    )


def test_segmentation_without_otherwise_and_metadata() -> None:
    source = parse_ok("segmentation size\n  big: employees > 100\n  small: employees <= 100\n")
    (decl,) = strip(source.declarations)
    assert decl.meta == ast.Metadata()
    assert [b.label for b in decl.branches] == ["big", "small"]
    assert all(b.condition is not None for b in decl.branches)


def test_segmentation_branch_after_otherwise_is_syntax_ok() -> None:
    # WRN003 (unreachable branch) is the checker's job.
    source = parse_ok("segmentation p\n  a: otherwise\n  b: x\n")
    assert [(b.label, b.condition) for b in strip(source.declarations[0]).branches] == [
        ("a", None), ("b", name("x")),
    ]


def test_several_declarations_in_one_file() -> None:
    source = parse_ok(
        "metric m = 1\n\nsegment s\n  where m > 0\n\nsegmentation p\n  a: otherwise\n"
        "metric n = 2\n"
    )
    assert [(type(d).__name__, d.name) for d in source.declarations] == [
        ("MetricDecl", "m"), ("SegmentDecl", "s"), ("SegmentationDecl", "p"), ("MetricDecl", "n"),
    ]


def test_declaration_may_start_indented_or_share_a_chunk() -> None:
    source = parse_ok("segment a where x = 1\n  segment b where y = 2\n")
    assert [d.name for d in source.declarations] == ["a", "b"]


def test_empty_and_comment_only_files() -> None:
    assert parse_ok("").declarations == ()
    assert parse_ok("\n\n  \n").declarations == ()
    only_comments = parse_ok("# nothing here\n")
    assert only_comments.declarations == ()
    assert [c.text for c in only_comments.comments] == ["# nothing here"]


def test_source_file_fields() -> None:
    text = "metric m = 1\n"
    source = parse_source(text, "dir/file.seg")
    assert source.path == "dir/file.seg"
    assert source.text == text
    assert source.declarations[0].span.file == "dir/file.seg"


def test_byte_order_mark_is_ignored() -> None:
    source = parse_ok("\ufeffsegment a where x = 1\n")
    assert [d.name for d in source.declarations] == ["a"]
    # The mark counts as one (blank) character, so offsets still index the text.
    assert text_at(source.text, source.declarations[0].name_span) == "a"


def test_crlf_line_endings() -> None:
    source = parse_ok("segment a\r\n  where x = 1\r\nsegment b where y = 2\r\n")
    assert [d.name for d in source.declarations] == ["a", "b"]
    assert span_of(source.declarations[1]) == (3, 1, 3, 22)


def test_keywords_are_lowercase_only() -> None:
    assert cond("AND = 1 and Or") == and_(cmp("=", name("AND"), num("1")), name("Or"))


# ---------------------------------------------------------------------- comments


def test_comments_are_kept_with_spans() -> None:
    text = (
        "# header\n"
        "metric m = count(purchase)  # trailing\n"
        "\n"
        "segment s\n"
        "  # inside a declaration\n"
        "  where m > 1 # after the condition\n"
        "# last line without newline"
    )
    source = parse_ok(text)
    assert [c.text for c in source.comments] == [
        "# header", "# trailing", "# inside a declaration", "# after the condition",
        "# last line without newline",
    ]
    assert [span_of(c) for c in source.comments] == [
        (1, 1, 1, 9), (2, 29, 2, 39), (5, 3, 5, 25), (6, 15, 6, 36), (7, 1, 7, 28),
    ]
    for comment in source.comments:
        assert text_at(text, comment.span) == comment.text
    assert [d.name for d in source.declarations] == ["m", "s"]


def test_hash_inside_a_string_is_not_a_comment() -> None:
    text = 'segment s where tag = "#vip" # real comment\n'
    source = parse_ok(text)
    assert strip(source.declarations[0]).condition == cmp("=", name("tag"), string("#vip"))
    assert [(c.text, span_of(c)) for c in source.comments] == [("# real comment", (1, 30, 1, 44))]


def test_comment_after_in_before_segment_on_the_next_line() -> None:
    source = parse_ok("segment a where x = 1\nsegment b where in # see a\nsegment a\n")
    assert [d.name for d in source.declarations] == ["a", "b"]
    assert [c.text for c in source.comments] == ["# see a"]


def test_comments_of_a_broken_declaration_are_kept() -> None:
    source = parse_source("# before\nsegment a where = # oops\nmetric m = 1 # fine\n", "t.seg")
    assert [d.code for d in source.diagnostics] == ["SYN001"]
    assert [d.name for d in source.declarations] == ["m"]
    assert source.comments[0].text == "# before"
    assert "# fine" in [c.text for c in source.comments]


# ------------------------------------------------------------------------- spans

SPAN_FILE = (
    "metric orders_30d = count(purchase in last 30 days)\n"  # line 1
    "\n"
    "segment dach\n"  # line 3
    '  title "DACH"\n'
    "  tags retention, winback\n"
    '  where account.industry = "retail"\n'  # line 6
    '    and country in ["DE", -1]\n'
    "    and not in segment vip\n"
    "    and lower(email) ends with \"@x.de\"\n"
    "\n"
    "segmentation persona\n"  # line 11
    '  kids: has purchase with category = "kids" in last 365 days\n'
    "  casual: otherwise\n"
    "metric spend = sum(purchase.amount with is_gift between 2026-01-01 and 2026-02-01)\n"
)


@pytest.fixture(scope="module")
def span_file() -> ast.SourceFile:
    return parse_ok(SPAN_FILE)


def test_declaration_spans(span_file: ast.SourceFile) -> None:
    metric, segment, segmentation, spend = span_file.declarations
    assert span_of(metric) == (1, 1, 1, 52)
    assert span_of(metric.name_span) == (1, 8, 1, 18)
    assert span_of(segment) == (3, 1, 9, 39)
    assert span_of(segment.name_span) == (3, 9, 3, 13)
    assert span_of(segmentation) == (11, 1, 13, 20)
    assert span_of(segmentation.name_span) == (11, 14, 11, 21)
    assert span_of(spend) == (14, 1, 14, 83)


def test_metadata_spans(span_file: ast.SourceFile) -> None:
    segment = span_file.declarations[1]
    assert isinstance(segment, ast.SegmentDecl)
    assert segment.meta.title is not None
    assert span_of(segment.meta.title) == (4, 3, 4, 15)
    assert [span_of(t) for t in segment.meta.tags] == [(5, 8, 5, 17), (5, 19, 5, 26)]


def test_condition_spans(span_file: ast.SourceFile) -> None:
    segment = span_file.declarations[1]
    assert isinstance(segment, ast.SegmentDecl)
    condition = segment.condition
    assert isinstance(condition, ast.And)
    assert span_of(condition) == (6, 9, 9, 39)
    left, text_test_node = condition.left, condition.right
    assert isinstance(left, ast.And) and isinstance(text_test_node, ast.TextTest)
    assert isinstance(left.left, ast.And)
    compare, in_list_node = left.left.left, left.left.right
    not_node = left.right

    assert isinstance(compare, ast.Compare)
    assert span_of(compare) == (6, 9, 6, 36)
    assert isinstance(compare.left, ast.Member)
    assert span_of(compare.left) == (6, 9, 6, 25)
    assert span_of(compare.left.base_span) == (6, 9, 6, 16)
    assert span_of(compare.left.name_span) == (6, 17, 6, 25)
    assert span_of(compare.right) == (6, 28, 6, 36)  # the quotes are part of the string

    assert isinstance(in_list_node, ast.InList)
    assert span_of(in_list_node) == (7, 9, 7, 30)
    assert span_of(in_list_node.items) == (7, 20, 7, 30)
    assert [span_of(item) for item in in_list_node.items.items] == [(7, 21, 7, 25), (7, 27, 7, 29)]

    assert isinstance(not_node, ast.Not) and isinstance(not_node.operand, ast.InSegment)
    assert span_of(not_node) == (8, 9, 8, 27)
    assert span_of(not_node.operand) == (8, 13, 8, 27)
    assert span_of(not_node.operand.name_span) == (8, 24, 8, 27)

    assert span_of(text_test_node) == (9, 9, 9, 39)
    assert isinstance(text_test_node.expr, ast.Call)
    assert span_of(text_test_node.expr) == (9, 9, 9, 21)
    assert span_of(text_test_node.expr.name_span) == (9, 9, 9, 14)


def test_aggregate_spans(span_file: ast.SourceFile) -> None:
    metric = span_file.declarations[0]
    assert isinstance(metric, ast.MetricDecl)
    aggregate = metric.expr
    assert isinstance(aggregate, ast.Aggregate)
    assert span_of(aggregate) == (1, 21, 1, 52)
    assert span_of(aggregate.event_span) == (1, 27, 1, 35)
    assert aggregate.prop_span is None
    assert aggregate.window is not None
    assert span_of(aggregate.window) == (1, 36, 1, 51)
    assert isinstance(aggregate.window, ast.LastWindow)
    assert span_of(aggregate.window.duration) == (1, 44, 1, 51)

    spend = span_file.declarations[3]
    assert isinstance(spend, ast.MetricDecl)
    total = spend.expr
    assert isinstance(total, ast.Aggregate)
    assert total.prop_span is not None
    assert span_of(total.event_span) == (14, 20, 14, 28)
    assert span_of(total.prop_span) == (14, 29, 14, 35)
    assert total.filter is not None
    assert span_of(total.filter) == (14, 41, 14, 48)  # the bare `is_gift` left as filter
    assert isinstance(total.window, ast.BetweenWindow)
    assert span_of(total.window.low) == (14, 57, 14, 67)
    assert span_of(total.window.high) == (14, 72, 14, 82)


def test_detached_between_window_span_includes_the_keyword(span_file: ast.SourceFile) -> None:
    spend = span_file.declarations[3]
    assert isinstance(spend, ast.MetricDecl) and isinstance(spend.expr, ast.Aggregate)
    assert spend.expr.window is not None
    # Same extent as `count(purchase between ... and ...)` gives its window.
    assert span_of(spend.expr.window) == (14, 49, 14, 82)


def test_detached_window_leaves_the_filter_span_on_the_filter() -> None:
    text = "metric m = count(purchase with a = 1 and is_gift in last 7 days)\n"
    aggregate = expr_node(text.removeprefix("metric m = ").rstrip())
    assert isinstance(aggregate, ast.Aggregate) and aggregate.filter is not None
    assert aggregate.window is not None
    assert text_at(text, aggregate.filter.span) == "a = 1 and is_gift"
    assert aggregate.filter.condition is not None
    assert text_at(text, aggregate.filter.condition.span) == "a = 1 and is_gift"
    assert text_at(text, aggregate.window.span) == "in last 7 days"


def test_detached_window_under_not_shrinks_the_not_span() -> None:
    text = "metric m = count(purchase with not is_gift in last 7 days)\n"
    aggregate = expr_node(text.removeprefix("metric m = ").rstrip())
    assert isinstance(aggregate, ast.Aggregate) and aggregate.filter is not None
    assert aggregate.filter.condition is not None
    assert text_at(text, aggregate.filter.condition.span) == "not is_gift"
    assert text_at(text, aggregate.filter.span) == "not is_gift"


def test_has_spans(span_file: ast.SourceFile) -> None:
    segmentation = span_file.declarations[2]
    assert isinstance(segmentation, ast.SegmentationDecl)
    kids, casual = segmentation.branches
    assert span_of(kids) == (12, 3, 12, 61)
    assert span_of(kids.label_span) == (12, 3, 12, 7)
    assert span_of(casual) == (13, 3, 13, 20)
    assert span_of(casual.label_span) == (13, 3, 13, 9)
    has_node = kids.condition
    assert isinstance(has_node, ast.HasEvent)
    assert span_of(has_node) == (12, 9, 12, 61)
    assert span_of(has_node.match) == (12, 13, 12, 44)
    assert span_of(has_node.match.event_span) == (12, 13, 12, 21)
    assert has_node.match.filter is not None
    assert span_of(has_node.match.filter) == (12, 27, 12, 44)
    assert has_node.window is not None
    assert span_of(has_node.window) == (12, 45, 12, 61)


def test_sequence_spans() -> None:
    text = "segment s where has a with x = 1 then no b within 2 days in last 7 days\n"
    node = cond_node(text.removeprefix("segment s where ").rstrip())
    assert isinstance(node, ast.HasSequence)
    assert text_at(text, node.span) == "has a with x = 1 then no b within 2 days in last 7 days"
    assert text_at(text, node.first.span) == "a with x = 1"
    assert text_at(text, node.then.span) == "b"
    assert text_at(text, node.within.span) == "2 days"
    assert node.window is not None
    assert text_at(text, node.window.span) == "in last 7 days"


def test_spans_of_literals_and_expressions() -> None:
    text = "metric m = -x * 2.5 + 3 days ago - now\n"
    node = expr_node(text.removeprefix("metric m = ").rstrip())
    assert isinstance(node, ast.Arith)
    assert text_at(text, node.span) == "-x * 2.5 + 3 days ago - now"
    assert isinstance(node.left, ast.Arith) and isinstance(node.left.left, ast.Arith)
    assert text_at(text, node.left.left.span) == "-x * 2.5"
    assert text_at(text, node.left.left.left.span) == "-x"
    assert text_at(text, node.left.right.span) == "3 days ago"
    assert text_at(text, node.right.span) == "now"


def test_grouping_parentheses_are_not_part_of_the_inner_span() -> None:
    text = "segment s where (a or b) and c\n"
    node = cond_node("(a or b) and c")
    assert isinstance(node, ast.And)
    assert span_of(node) == (1, 17, 1, 31)
    assert span_of(node.left) == (1, 18, 1, 24)
    assert text_at(text, node.left.span) == "a or b"


def _all_spans(node: Any) -> list[Span]:
    found: list[Span] = []
    if isinstance(node, Span):
        found.append(node)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            found += _all_spans(getattr(node, f.name))
    elif isinstance(node, tuple):
        for item in node:
            found += _all_spans(item)
    return found


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(each) + 1 for each in lines[: line - 1]) + column - 1


def test_every_span_agrees_with_its_offsets(span_file: ast.SourceFile) -> None:
    spans = _all_spans(span_file.declarations) + _all_spans(span_file.comments)
    assert len(spans) > 50
    for span in spans:
        assert span.file == "t.seg"
        assert span.start == _offset(SPAN_FILE, span.line, span.column), span
        assert span.end == _offset(SPAN_FILE, span.end_line, span.end_column), span
        assert 0 <= span.start < span.end <= len(SPAN_FILE)
        assert not SPAN_FILE[span.start].isspace(), span
        assert not SPAN_FILE[span.end - 1].isspace(), span


def test_children_lie_inside_their_parents(span_file: ast.SourceFile) -> None:
    def check(node: Any, outer: Span | None) -> None:
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            span = getattr(node, "span", None)
            if isinstance(span, Span):
                if outer is not None:
                    assert outer.start <= span.start and span.end <= outer.end, (node, outer)
                outer = span
            for f in dataclasses.fields(node):
                check(getattr(node, f.name), outer)
        elif isinstance(node, tuple):
            for item in node:
                check(item, outer)

    check(span_file.declarations, None)


# ------------------------------------------------- regressions of fixed bugs
# Each test states the intended behaviour; remove the marker when the bug is fixed.


def test_parenthesized_window_test_in_an_aggregate_filter_stays_a_filter() -> None:
    # docs/language.md: "To test a time property of the event inside the filter,
    # parenthesize: count(purchase with (shipped_at in last 7 days))".
    assert expr("count(purchase with (shipped_at in last 7 days))") == agg(
        "count", "purchase", filter=window_test(name("shipped_at"), last(7, "day"))
    )


def test_parenthesized_last_operand_of_an_aggregate_filter_keeps_its_window() -> None:
    assert expr("count(purchase with a = 1 and (shipped_at in last 7 days))") == agg(
        "count", "purchase", filter=and_(A1, window_test(name("shipped_at"), last(7, "day")))
    )
    assert expr("count(purchase with (x between 2026-01-01 and 2026-02-01))") == agg(
        "count", "purchase", filter=between(name("x"), date(2026, 1, 1), date(2026, 2, 1))
    )


def test_comment_text_excludes_the_carriage_return() -> None:
    source = parse_ok("segment a\r\n  where x = 1 # note\r\n")
    assert [(c.text, span_of(c)) for c in source.comments] == [("# note", (2, 15, 2, 21))]


def test_numbers_are_ascii_digits_only() -> None:
    # '٣' is ARABIC-INDIC DIGIT THREE; it is read as the number 3.
    source = parse_source("segment a where x = \u0663\n", "t.seg")
    assert [d.code for d in source.diagnostics] == ["SYN002"]


def test_comment_line_between_in_and_segment() -> None:
    source = parse_ok("segment a where x = 1\nsegment b where in\n  # the vip list\nsegment a\n")
    assert [d.name for d in source.declarations] == ["a", "b"]
