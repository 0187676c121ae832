"""`expect size …` / `expect share …` lines: parsing (AST and spans of every part)
and checking (EXP001-EXP007, WRN004), each problem at its line and column.

Columns can be read off the source lines: in ``"  expect size >= 1000"`` the word
``expect`` starts at column 3, ``size`` at 10 and the bound at 18.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from segdsl.check.checker import check_project
from segdsl.diagnostics import Diagnostic, Severity, Span
from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax import ast
from segdsl.syntax.keywords import RESERVED
from segdsl.syntax.parser import parse_source

SCHEMA_YAML = """\
entity: customer
table: customers
key: customer_id
attributes:
  age: integer
  size: string
  share: number
"""


def _schema() -> Schema:
    schema, problems = parse_schema(SCHEMA_YAML, "schema.yml")
    assert schema is not None, problems
    return schema


def parse(*lines: str) -> ast.SourceFile:
    return parse_source("\n".join(lines) + "\n", "a.seg")


def segment(*meta: str, name: str = "s") -> ast.SegmentDecl:
    source = parse(f"segment {name}", *meta, "  where age > 1")
    assert source.diagnostics == (), source.diagnostics
    decl = source.declarations[0]
    assert isinstance(decl, ast.SegmentDecl)
    return decl


def problems(*lines: str) -> list[Diagnostic]:
    source = parse(*lines)
    assert source.diagnostics == (), source.diagnostics
    return check_project(_schema(), [source]).diagnostics


def at(diagnostic: Diagnostic) -> tuple[str, int, int, int]:
    span = diagnostic.span
    assert span is not None
    return diagnostic.code, span.line, span.column, span.end_column


# ------------------------------------------------------------------ parsing


def test_a_size_expectation_and_the_span_of_every_part() -> None:
    decl = segment("  expect size >= 1_000")
    (expectation,) = decl.meta.expectations
    assert expectation.measure is ast.Measure.SIZE
    assert expectation.op == ">="
    assert expectation.bounds == (ast.Bound(Decimal(1000), False, Span("a.seg", 2, 18, 2, 23,
                                                                         27, 32)),)
    assert expectation.span == Span("a.seg", 2, 3, 2, 23, 12, 32)
    assert expectation.measure_span == Span("a.seg", 2, 10, 2, 14, 19, 23)
    assert expectation.op_span == Span("a.seg", 2, 15, 2, 17, 24, 26)


def test_a_share_between_keeps_both_bounds_with_their_percent_signs() -> None:
    decl = segment("  expect share between 0.5% and 30%")
    (expectation,) = decl.meta.expectations
    assert expectation.measure is ast.Measure.SHARE
    assert expectation.op == "between"
    low, high = expectation.bounds
    assert (low.value, low.percent, low.span.column, low.span.end_column) == (
        Decimal("0.5"), True, 24, 28)
    assert (high.value, high.percent, high.span.column, high.span.end_column) == (
        Decimal(30), True, 33, 36)
    assert expectation.op_span is not None and expectation.op_span.column == 16
    assert expectation.span.end_column == 36


@pytest.mark.parametrize("op", [">=", ">", "<=", "<", "=", "!="])
def test_every_comparison_operator(op: str) -> None:
    (expectation,) = segment(f"  expect share {op} 5%").meta.expectations
    assert expectation.op == op


def test_any_number_of_expect_lines_among_the_other_metadata_in_order() -> None:
    decl = segment('  title "T"', "  expect size >= 1", "  tags a, b",
                   "  expect share <= 5%", '  owner "o"', "  expect size < 100")
    assert [(e.measure.value, e.op) for e in decl.meta.expectations] == [
        ("size", ">="), ("share", "<="), ("size", "<")]
    assert decl.meta.title is not None and decl.meta.owner is not None
    assert [t.name for t in decl.meta.tags] == ["a", "b"]


def test_a_negative_bound_parses_so_that_the_checker_can_explain_it() -> None:
    (expectation,) = segment("  expect size >= -5").meta.expectations
    (bound,) = expectation.bounds
    assert bound.value == Decimal(-5)
    assert (bound.span.column, bound.span.end_column) == (18, 20)


def test_a_segmentation_parses_expect_lines_too() -> None:
    source = parse("segmentation p", "  expect size >= 1", "  a: age > 1", "  b: otherwise")
    assert source.diagnostics == ()
    decl = source.declarations[0]
    assert isinstance(decl, ast.SegmentationDecl)
    assert len(decl.meta.expectations) == 1


def test_expect_is_reserved_but_size_and_share_stay_names() -> None:
    assert "expect" in RESERVED
    assert "size" not in RESERVED and "share" not in RESERVED
    assert [d.code for d in parse("metric expect = 1").diagnostics] == ["SYN001"]
    # `size` and `share` as attribute names in conditions and as metric names.
    source = parse('metric share = 1', 'segment size_ok', '  expect size >= 1',
                   '  where size = "L" and share > 2')
    assert source.diagnostics == ()
    assert check_project(_schema(), [source]).diagnostics[0].code == "NAM003"  # share: attr


def test_an_unknown_measure_is_exp001_at_the_word() -> None:
    source = parse("segment s", "  expect members >= 5", "  expect size >= 1", "  where age > 1")
    (problem,) = source.diagnostics
    assert at(problem) == ("EXP001", 2, 10, 17)
    assert problem.message == "'members' cannot be expected: an expectation bounds 'size' or " \
                              "'share'"
    assert problem.hint is not None and "expect size >= 1000" in problem.hint
    # The segment is still built, with its valid expectation.
    decl = source.declarations[0]
    assert isinstance(decl, ast.SegmentDecl) and len(decl.meta.expectations) == 1


@pytest.mark.parametrize("line", [
    "  expect size",
    "  expect size >= ",
    "  expect size between 1",
    "  expect size >= 5%%",
    "  expect >= 5",
    "  expect size >= 1 and 5",
])
def test_incomplete_lines_are_syntax_errors(line: str) -> None:
    source = parse("segment s", line, "  where age > 1")
    assert [d.code for d in source.diagnostics][:1] == ["SYN001"]


# ------------------------------------------------------------------ checking


def test_sensible_expectations_are_clean() -> None:
    assert problems("segment s", "  expect size >= 1_000", "  expect size between 0 and 10",
                    "  expect share between 1% and 30%", "  expect share <= 5%",
                    "  expect share = 0%", "  expect size != 3", "  expect share > 0%",
                    "  expect share < 100%", "  expect share between 12.5% and 12.5%",
                    "  where age > 1") == []


@pytest.mark.parametrize(("line", "column", "end", "message"), [
    ("  expect size >= 5%", 18, 20, "a size is a number of members, not a percentage: 5%"),
    ("  expect size >= -1", 18, 20, "a size is never negative: -1"),
    ("  expect size <= 2.5", 18, 21, "a size is a whole number of members, not 2.5"),
    ("  expect size between 1 and 9.5", 29, 32, "a size is a whole number of members, not 9.5"),
])
def test_a_size_bound_that_is_not_a_count_is_exp003(line: str, column: int, end: int,
                                                     message: str) -> None:
    (problem,) = problems("segment s", line, "  where age > 1")
    assert at(problem) == ("EXP003", 2, column, end)
    assert problem.message == message


def test_a_share_without_percent_is_exp004_with_the_fix_in_the_hint() -> None:
    (problem,) = problems("segment s", "  expect share <= 5", "  where age > 1")
    assert at(problem) == ("EXP004", 2, 19, 20)
    assert problem.message == "a share is a percentage and needs `%`: 5"
    assert problem.hint == "write `5%`"
    (fraction,) = problems("segment s", "  expect share <= 0.05", "  where age > 1")
    assert fraction.hint == "write `0.05%`, or `5%` if 0.05 is a fraction"


@pytest.mark.parametrize(("line", "column", "end"), [
    ("  expect share <= 101%", 19, 23),
    ("  expect share >= -1%", 19, 22),
    ("  expect share between 5% and 150%", 31, 35),
])
def test_a_share_outside_0_to_100_percent_is_exp005(line: str, column: int, end: int) -> None:
    (problem,) = problems("segment s", line, "  where age > 1")
    assert at(problem) == ("EXP005", 2, column, end)
    assert problem.message.startswith("a share is from 0% to 100%, not ")


def test_between_with_the_bounds_the_wrong_way_round_is_exp006() -> None:
    (problem,) = problems("segment s", "  expect size between 10 and 5", "  where age > 1")
    # The caret covers both bounds, from the first to the end of the second.
    assert at(problem) == ("EXP006", 2, 23, 31)
    assert problem.message == ("segment 's': the first bound of `between` is above the second, "
                               "so this never holds")
    assert problem.hint == "write `between 5 and 10`"
    (share,) = problems("segment s", "  expect share between 30% and 1%", "  where age > 1")
    assert share.code == "EXP006" and share.hint == "write `between 1% and 30%`"


@pytest.mark.parametrize(("line", "column", "end", "reason"), [
    ("  expect size < 0", 17, 18, "a size is never below 0"),
    ("  expect share < 0%", 18, 20, "a share is never below 0%"),
    ("  expect share > 100%", 18, 22, "a share is never above 100%"),
])
def test_a_bound_that_can_never_hold_is_exp007(line: str, column: int, end: int,
                                               reason: str) -> None:
    (problem,) = problems("segment s", line, "  where age > 1")
    assert at(problem) == ("EXP007", 2, column, end)
    assert problem.severity is Severity.ERROR
    assert problem.message.endswith(f"can never hold: {reason}")


@pytest.mark.parametrize("line", [
    "  expect size >= 0", "  expect share >= 0%", "  expect share <= 100%",
    "  expect share between 0% and 100%",
])
def test_a_bound_that_always_holds_is_warning_wrn004(line: str) -> None:
    (problem,) = problems("segment s", line, "  where age > 1")
    assert at(problem) == ("WRN004", 2, 3, len(line) + 1)
    assert problem.severity is Severity.WARNING
    assert problem.message == "segment 's': this expectation always holds, so it checks nothing"


def test_an_expectation_on_a_segmentation_is_exp002() -> None:
    found = problems("segmentation p", "  expect share <= 5%", "  a: age > 1", "  b: otherwise")
    (problem,) = found
    assert at(problem) == ("EXP002", 2, 3, 21)
    assert problem.message == ("the segmentation 'p' cannot have an expectation: only segments "
                               "have a size")


def test_every_bad_bound_of_a_line_is_reported() -> None:
    found = problems("segment s", "  expect share between 5 and 200%", "  where age > 1")
    assert [at(d) for d in found] == [("EXP004", 2, 24, 25), ("EXP005", 2, 30, 34)]


def test_check_prints_file_line_column_and_a_caret_under_the_bound(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli_project import run, write_project

    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, "segment s\n  expect share <= 120%\n  where age > 1\n")
    result = run(["check"])
    assert result.exit_code == 1
    assert "segments/a.seg:2:19: error[EXP005]: a share is from 0% to 100%, not 120%" in \
        result.output
    assert "\n   |                   ^^^^\n" in result.output
