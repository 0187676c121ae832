"""`ignoring case` (SPEC 11) through parser, checker, formatter, explain and
compiler; its results on the engines are pinned by the conformance cases
tests/conformance/tests/case_folding.yml."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checker import SCHEMA, assert_diag, check, clean, only, src
from test_format import fmt

from segdsl import casefold
from segdsl.compile.api import compile_segment
from segdsl.explain import explain
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source
from segdsl.workspace import load_workspace

SHOP = Path(__file__).resolve().parents[1] / "examples" / "shop"

CASE_HINT = ("it applies to =, !=, in, not in, contains, starts with and ends with on text; "
             "text has no case-insensitive order")
NOT_TEXT_HINT = "remove `ignoring case`: upper and lower case exist only in text"


def _condition(text: str) -> ast.Expr:
    parsed = parse_source(f"segment s\n  where {text}\n", "a.seg")
    assert parsed.diagnostics == (), parsed.diagnostics
    decl = parsed.declarations[0]
    assert isinstance(decl, ast.SegmentDecl)
    return decl.condition


@pytest.mark.parametrize(("text", "node_type"), [
    ('email = "A" ignoring case', ast.Compare),
    ('email != "A" ignoring case', ast.Compare),
    ('country in ["de", "at"] ignoring case', ast.InList),
    ('country not in ["de"] ignoring case', ast.InList),
    ('email contains "x" ignoring case', ast.TextTest),
    ('email starts with "x" ignoring case', ast.TextTest),
    ('email ends with "@GMAIL.COM" ignoring case', ast.TextTest),
])
def test_parsed_with_the_span_of_the_two_words(text: str, node_type: type) -> None:
    node = _condition(text)
    assert isinstance(node, node_type)
    assert isinstance(node, ast.Compare | ast.InList | ast.TextTest)
    assert node.ignoring_case
    assert node.case_span is not None
    assert (node.case_span.column, node.case_span.end_column) == (
        9 + text.index("ignoring"), 9 + len(text))
    assert node.span.end_column == 9 + len(text)  # the node covers the two words


def test_without_it_nothing_changes() -> None:
    node = _condition('email = "A"')
    assert isinstance(node, ast.Compare)
    assert not node.ignoring_case and node.case_span is None
    assert node != _condition('email = "A" ignoring case')


def test_inside_has_filters_and_aggregate_filters() -> None:
    node = _condition('has purchase with category = "KIDS" ignoring case in last 7 days '
                      'and count(purchase with (category in ["KIDS"] ignoring case)) > 1')
    assert isinstance(node, ast.And)
    assert isinstance(node.left, ast.HasEvent) and node.left.window is not None
    filt = node.left.match.filter
    assert filt is not None and isinstance(filt.condition, ast.Compare)
    assert filt.condition.ignoring_case


@pytest.mark.parametrize("word", ["ignoring", "case"])
def test_the_words_are_reserved(word: str) -> None:
    parsed = parse_source(f"metric {word} = 1\n", "a.seg")
    assert parsed.diagnostics


# ------------------------------------------------------------------ checker

def test_accepted_on_text_everywhere() -> None:
    clean(src('segment s',
              '  where email ends with "@GMAIL.COM" ignoring case',
              '    and country in ["de", "AT"] ignoring case',
              '    and country not in ["ch"] ignoring case',
              '    and email != country ignoring case',
              '    and lower(email) contains "x" ignoring case',
              '    and has purchase with category = "KIDS" ignoring case',
              '    and count(email_open with campaign starts with "Spring" ignoring case) > 1'))


def test_an_enum_value_in_another_case_is_allowed_only_ignoring_case() -> None:
    clean(src('segment s', '  where plan = "PRO" ignoring case and plan in ["Free"] ignoring case'))
    found = only(src('segment s', '  where plan = "PRO"'))
    assert found.code == "TYP002"
    found = only(src('segment s', '  where plan = "PROS" ignoring case'))
    assert found.code == "TYP002"


@pytest.mark.parametrize("op", ["<", "<=", ">", ">="])
def test_cas001_on_an_order(op: str) -> None:
    line = f'  where email {op} "m" ignoring case'
    start = line.index("ignoring") + 1
    assert_diag(only(src("segment s", line)), "CAS001", 2, start, start + len("ignoring case"),
                message=f"`ignoring case` does not apply to `{op}`", hint=CASE_HINT)


def test_cas001_on_matches_with_a_fix_to_match_lower() -> None:
    line = '  where email matches "^vip" ignoring case'
    found = only(src("segment s", line))
    start = line.index("ignoring") + 1
    assert_diag(found, "CAS001", 2, start, len(line) + 1,
                message="`ignoring case` does not apply to `matches`",
                hint="patterns have no portable `(?i)`; match the lower case with a "
                     'lower-case pattern: lower(email) matches "^vip"')
    text = "segment s\n" + line + "\n"
    for edit in sorted(found.edits, key=lambda e: e.span.start, reverse=True):
        text = text[:edit.span.start] + edit.new_text + text[edit.span.end:]
    assert text == 'segment s\n  where lower(email) matches "^vip"\n'
    clean(text)


def test_cas001_on_matches_offers_no_edit_for_an_upper_case_pattern() -> None:
    found = only(src("segment s", '  where email matches "^VIP" ignoring case'))
    assert found.code == "CAS001" and found.edits == ()


@pytest.mark.parametrize(("condition", "column", "words"), [
    ("age = 30 ignoring case", 9, "an integer"),
    ("is_subscribed = true ignoring case", 9, "a boolean"),
    ("birthday = 2026-01-01 ignoring case", 9, "a date"),
    ("age in [1, 2] ignoring case", 9, "an integer"),
])
def test_cas002_on_values_that_are_not_text(condition: str, column: int, words: str) -> None:
    found = only(src("segment s", f"  where {condition}"))
    assert found.code == "CAS002", found
    assert found.span is not None and found.span.column == column
    assert found.message == f"`ignoring case` compares text, but this is {words}"
    assert found.hint == NOT_TEXT_HINT


def test_text_tests_on_numbers_keep_their_own_error() -> None:
    found = only(src("segment s", '  where age contains "1" ignoring case'))
    assert found.code == "TYP001"


# ---------------------------------------------------------------- formatter

def test_fmt_keeps_it_with_one_space() -> None:
    assert fmt('segment s where email  ends with "X"   ignoring\n   case\n') == (
        'segment s\n  where email ends with "X" ignoring case\n')
    assert fmt('segment s where country not in ["de"]ignoring case or has purchase with '
               '(category = "KIDS" ignoring case)\n') == (
        'segment s\n  where country not in ["de"] ignoring case\n'
        '    or has purchase with (category = "KIDS" ignoring case)\n')


# ------------------------------------------------------------------ compiler

@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake",
                                     "redshift", "trino"])
def test_compiled_with_one_folding_per_column_and_the_literal_folded(dialect: str) -> None:
    checked = check(src('segment s', '  where email ends with "@GMAIL.COM" ignoring case'))
    assert checked.diagnostics == []
    sql = compile_segment(checked, "s", dialect)
    assert sql.count(casefold.FOLD_FROM) == 1  # one column folded, by its tiers
    assert "'@gmail.com'" in sql and "GMAIL" not in sql


def test_two_columns_are_both_folded() -> None:
    checked = check(src('segment s', '  where email = country ignoring case'))
    assert checked.schema is SCHEMA
    assert compile_segment(checked, "s", "duckdb").count(casefold.FOLD_FROM) == 2


# ------------------------------------------------------------------- explain

EXPLAINED = """\
segment mail
  where email ends with "@GMAIL.COM" ignoring case
    and country in ["de", "at"] ignoring case
    and has purchase with channel = "STORE" ignoring case

segment not_test
  where not (email contains "test" ignoring case)
"""


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Customers whose 'email' ends with \"@GMAIL.COM\" (ignoring case), whose "
           "'country' is \"de\" or \"at\" (ignoring case) and who made at least one purchase "
           "with 'channel' \"STORE\" (ignoring case)."),
    ("de", "Kunden, deren 'email' auf „@GMAIL.COM“ endet (ohne Rücksicht auf Groß- und "
           "Kleinschreibung), deren 'country' „de“ oder „at“ ist (ohne Rücksicht auf Groß- "
           "und Kleinschreibung) und die mindestens einen Kauf mit 'channel' „STORE“ (ohne "
           "Rücksicht auf Groß- und Kleinschreibung) getätigt haben."),
])
def test_explain_says_it(tmp_path: Path, lang: str, sentence: str) -> None:
    project = tmp_path / "p"
    (project / "segments").mkdir(parents=True)
    (project / "segdsl.yml").write_text("name: p\n", encoding="utf-8")
    (project / "schema.yml").write_text(
        (SHOP / "schema.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / "segments" / "mail.seg").write_text(EXPLAINED, encoding="utf-8")
    workspace = load_workspace(project)
    assert workspace.checked is not None and workspace.ok
    assert explain(workspace.checked, "mail", lang) == sentence
    # A caveat shares the note's parentheses.
    assert explain(workspace.checked, "not_test", lang) == {
        "en": "Customers whose 'email' does not contain \"test\" (ignoring case, or not set).",
        "de": "Kunden, deren 'email' „test“ nicht enthält (ohne Rücksicht auf Groß- und "
              "Kleinschreibung, oder ohne Wert).",
    }[lang]


def test_cas002_on_a_list() -> None:
    line = '  where interests contains "Yoga" ignoring case'
    found = only(src("segment s", line))
    assert found.code == "CAS002", found
    assert found.span is not None and found.span.column == line.index("interests") + 1
    assert found.message.startswith("`ignoring case` compares text, but this is a list")
