"""Percentages as numbers (SPEC 11): `40%` is the number 0.4, exactly, of type
number, and is printed and explained as written.  Results on the engines are
pinned by tests/conformance/tests/percentages.yml."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_checker import assert_diag, check, clean, only, src
from test_format import fmt

from segdsl.check.types import Kind
from segdsl.compile.api import compile_membership
from segdsl.explain.english_values import EnglishValues
from segdsl.explain.german_values import GermanValues
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source


def _metric(text: str) -> ast.Expr:
    parsed = parse_source(f"metric m = {text}\n", "a.seg")
    assert parsed.diagnostics == (), parsed.diagnostics
    decl = parsed.declarations[0]
    assert isinstance(decl, ast.MetricDecl)
    return decl.expr


@pytest.mark.parametrize(("text", "value"), [
    ("40%", "0.4"), ("12.345%", "0.12345"), ("100%", "1"), ("0%", "0"), ("1_000%", "10"),
    ("12.50%", "0.125"), ("40 %", "0.4"),
])
def test_a_percentage_is_its_number_over_100_exactly(text: str, value: str) -> None:
    node = _metric(text)
    assert isinstance(node, ast.NumberLit)
    assert node.percent and node.value == Decimal(value)
    assert not node.is_integer  # even 100%: a percentage is a number
    assert node.text == text.split("%")[0].strip()
    assert (node.span.column, node.span.end_column) == (12, 12 + len(text))


def test_in_lists_with_a_sign_and_in_arithmetic() -> None:
    parsed = parse_source('segment s\n  where score in [10%, -2.5%] and -5% < score * 50%\n',
                          "a.seg")
    assert parsed.diagnostics == ()
    decl = parsed.declarations[0]
    assert isinstance(decl, ast.SegmentDecl) and isinstance(decl.condition, ast.And)
    in_list = decl.condition.left
    assert isinstance(in_list, ast.InList)
    assert [(i.value, getattr(i, "percent", None)) for i in in_list.items.items] == [
        (Decimal("0.10"), True), (Decimal("-0.025"), True)]


def test_top_and_share_keep_their_own_percent() -> None:
    parsed = parse_source("segment s\n  expect share <= 5%\n  where age in top 10%\n", "a.seg")
    assert parsed.diagnostics == ()
    decl = parsed.declarations[0]
    assert isinstance(decl, ast.SegmentDecl) and isinstance(decl.condition, ast.RankTest)
    assert decl.condition.percent.value == 10 and not decl.condition.percent.percent
    assert decl.meta.expectations[0].bounds[0].value == 5


def test_the_type_is_number() -> None:
    checked = check(src("metric a = 100%", "metric b = 100", "metric c = 3 * 50%"))
    assert checked.diagnostics == []
    kinds = {name: checked.facts.type_of(decl.expr).kind
             for name, decl in checked.metrics.items()}
    assert kinds == {"a": Kind.NUMBER, "b": Kind.INTEGER, "c": Kind.NUMBER}


def test_where_a_whole_number_is_needed_a_percentage_is_not_one() -> None:
    found = only(src("metric m = round(lifetime_value, 100%)"))
    assert found.code == "TYP009"


def test_compared_with_numbers_and_integers() -> None:
    clean(src("segment s", "  where lifetime_value > 40% and age >= 50% and age + 1% > 0"))


def test_num001_for_a_percentage_with_more_than_7_places() -> None:
    line = "  where lifetime_value > 12.34567891%"
    found = only(src("segment s", line))
    start = line.index("12") + 1
    assert_diag(found, "NUM001", 2, start, len(line) + 1,
                message="12.34567891% is 0.1234567891, which has more than 9 digits after "
                        "the point",
                hint="numbers are exact to 9 places, percentages to 7; write 12.3456789%")
    [edit] = found.edits
    assert edit.new_text == "12.3456789%"


def test_seven_places_are_exact() -> None:
    clean(src("segment s", "  where lifetime_value > 12.3456789%"))


def test_fmt_keeps_the_spelling() -> None:
    assert fmt("metric m = 12.50 % + 1_000%\n") == "metric m = 12.50% + 1_000%\n"
    assert fmt('segment s where score in [10%,-2.5%]\n') == (
        "segment s\n  where score in [10%, -2.5%]\n")


def test_printed_from_the_value_when_built_by_hand() -> None:
    from segdsl.diagnostics import Span
    from segdsl.format import print_node

    span = Span("a.seg", 1, 1, 1, 1, 0, 0)
    assert print_node(ast.NumberLit(Decimal("0.125"), span, percent=True)) == "12.5%"
    assert print_node(ast.NumberLit(Decimal("-0.05"), span, percent=True)) == "-5%"


@pytest.mark.parametrize(("text", "english", "german"), [
    ("40%", "40%", "40 %"), ("12.5%", "12.5%", "12,5 %"), ("1_000%", "1,000%", "1.000 %"),
])
def test_explain_reads_it_as_written(text: str, english: str, german: str) -> None:
    node = _metric(text)
    assert isinstance(node, ast.NumberLit)
    assert EnglishValues.v_NumberLit(None, node).text == english  # type: ignore[arg-type]
    assert GermanValues.v_NumberLit(None, node).nom == german  # type: ignore[arg-type]


def test_compiled_as_the_number() -> None:
    checked = check(src("metric m = 40%"))
    sql = compile_membership(checked, "duckdb", None, ["m"])
    assert "0.40" in sql and "40%" not in sql
