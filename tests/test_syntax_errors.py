"""Syntax diagnostics: one test per SYN code, positions, hints, wording, and recovery."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from segdsl.codes import CODES
from segdsl.diagnostics import Diagnostic, Severity
from segdsl.syntax import ast, grammar
from segdsl.syntax.parser import parse_file, parse_source


def diagnose(text: str) -> tuple[ast.SourceFile, Diagnostic]:
    """Parse TEXT, which must have exactly one problem, and return it."""
    source = parse_source(text, "t.seg")
    assert len(source.diagnostics) == 1, [(d.code, d.message) for d in source.diagnostics]
    return source, source.diagnostics[0]


def position(diagnostic: Diagnostic) -> tuple[int, int, int, int]:
    span = diagnostic.span
    assert span is not None
    return (span.line, span.column, span.end_line, span.end_column)


# Terminal names Lark would show (RPAR, $END, __ANON_0, NAME...).
TERMINAL_NAMES = frozenset(t.name for t in grammar.parser().terminals) | {"$END"}
_WORD = re.compile(r"\$?[A-Za-z_][A-Za-z0-9_]*")


def leaked_terminal_names(text: str) -> set[str]:
    # What a message quotes from the user's text ("AT", the country code, is also
    # the terminal of the keyword `at`) is not a leaked name.
    text = re.sub(r'"[^"]*"', '""', text)
    return {w for w in _WORD.findall(text) if w in TERMINAL_NAMES or w.startswith("__")}


def assert_readable(diagnostic: Diagnostic) -> None:
    assert leaked_terminal_names(diagnostic.message) == set(), diagnostic.message
    if diagnostic.hint is not None:
        # `NAME` is allowed in a hint as a placeholder: `segment NAME where CONDITION`.
        assert leaked_terminal_names(diagnostic.hint) - {"NAME"} == set(), diagnostic.hint


# -------------------------------------------------------------------------- codes


def test_every_syntax_code_is_in_the_code_table() -> None:
    assert {f"SYN00{i}" for i in range(1, 10)} <= set(CODES)
    # ... and every code the parser can emit, so none is missing from the table.
    package = Path(grammar.__file__).parent
    used = {
        code for path in package.glob("*.py")
        for code in re.findall(r"\bSYN\d{3}\b", path.read_text(encoding="utf-8"))
    }
    assert used >= {f"SYN00{i}" for i in range(1, 10)}
    assert used <= set(CODES)


# ------------------------------------------------------------------------ SYN001


def test_syn001_unexpected_word() -> None:
    source, d = diagnose("segment a where x = 1 y = 2\n")
    assert d.code == "SYN001"
    assert position(d) == (1, 23, 1, 24)
    assert d.message.startswith("unexpected name 'y'; expected ")
    assert d.severity is Severity.ERROR
    assert d.span is not None and d.span.file == "t.seg"
    assert source.declarations == ()
    assert_readable(d)


def test_syn001_unexpected_symbol_on_a_later_line() -> None:
    _, d = diagnose('segment a\n  where country = "DE" )\n')
    assert d.code == "SYN001"
    assert position(d) == (2, 24, 2, 25)
    assert d.message.startswith("unexpected ')'; expected ")
    assert "'or'" in d.message
    assert_readable(d)


def test_syn001_reserved_word_as_a_name() -> None:
    _, d = diagnose("segment count where x = 1\n")
    assert d.code == "SYN001"
    assert position(d) == (1, 9, 1, 14)
    assert d.message == "unexpected word 'count'; expected a name"
    assert d.hint == "'count' is a reserved word of the language and cannot be used as a name"


def test_syn001_reserved_word_as_a_tag() -> None:
    _, d = diagnose("segment a\n  tags retention, first\n  where x\n")
    assert d.code == "SYN001"
    assert position(d) == (2, 19, 2, 24)
    assert d.hint == "'first' is a reserved word of the language and cannot be used as a name"


def test_syn001_double_equals() -> None:
    _, d = diagnose('segment a where country == "DE"\n')
    assert d.code == "SYN001"
    assert position(d) == (1, 26, 1, 27)
    assert d.message == "unexpected '='; expected a value"
    assert d.hint == "compare with a single '=' between two values"


def test_syn001_missing_filter_in_aggregate() -> None:
    _, d = diagnose("metric m = count(purchase with)\n")
    assert d.code == "SYN001"
    assert position(d) == (1, 31, 1, 32)
    assert d.message == "unexpected ')'; expected a condition or a value"


def test_syn001_metadata_given_twice() -> None:
    source, d = diagnose('segment a\n  title "x"\n  title "y"\n  where x\n')
    assert d.code == "SYN001"
    assert position(d) == (3, 3, 3, 12)
    assert d.message == "'title' is given twice"
    assert d.hint == "keep one 'title' line"
    # The declaration is kept with the first title.
    (decl,) = source.declarations
    assert isinstance(decl, ast.SegmentDecl) and decl.meta.title is not None
    assert decl.meta.title.value == "x"


def test_syn001_tags_given_twice_points_at_the_second_tags() -> None:
    _, d = diagnose("segment a\n  tags p\n  tags q, r\n  where x\n")
    assert d.code == "SYN001"
    assert position(d) == (3, 8, 3, 9)
    assert d.hint == "keep one 'tags' line"


def test_syn001_has_filter_must_be_a_comparison() -> None:
    # SPEC 3.3: after `has ... with` a bare boolean needs parentheses.
    _, d = diagnose("segment a where has purchase with is_gift and x\n")
    assert d.code == "SYN001"
    assert position(d) == (1, 43, 1, 46)
    assert_readable(d)


# ------------------------------------------------------------------------ SYN002


@pytest.mark.parametrize(
    ("text", "column", "message", "hint"),
    [
        ("segment a where country = 'DE'", 27, "unexpected character '''",
         'text strings use double quotes: "like this"'),
        ("segment a where x = 1 && y", 23, "unexpected character '&'",
         "write 'and' instead of '&&'"),
        ("segment a where x = 1 || y", 23, "unexpected character '|'",
         "write 'or' instead of '||'"),
        ("segment a where x = 1;", 22, "unexpected character ';'",
         "no semicolons are needed; start each definition on a new line"),
        ("segment a where x in {1}", 22, "unexpected character '{'",
         'lists use square brackets: ["DE", "AT"]'),
        ("segment a where ! x", 17, "unexpected character '!'",
         "write 'not' to negate a condition, or '!=' for 'is not equal'"),
        ("segment a where x = 1 $", 23, "unexpected character '$'", None),
        ("segment a where x = é", 21, "unexpected character 'é'", None),
        ("segment a where x = 1 \x07", 23, "unexpected character U+0007", None),
        ("segment a where x = 1 \u00a0and y", 23,
         "unexpected character U+00A0 (no-break space)", None),
    ],
)
def test_syn002_unexpected_character(
    text: str, column: int, message: str, hint: str | None
) -> None:
    source, d = diagnose(text + "\n")
    assert d.code == "SYN002"
    assert position(d) == (1, column, 1, column + 1)
    assert d.message == message
    assert d.hint == hint
    assert source.declarations == ()


def test_syn002_on_a_later_line() -> None:
    _, d = diagnose("segment a\n  where country = 'DE'\n")
    assert d.code == "SYN002"
    assert position(d) == (2, 19, 2, 20)


# ------------------------------------------------------------------------ SYN003


def test_syn003_unclosed_string() -> None:
    _, d = diagnose('segment a where x = "abc\n  and y = 1\n')
    assert d.code == "SYN003"
    assert position(d) == (1, 21, 1, 22)
    assert d.message == "this text string is not closed on its line"
    assert d.hint == 'add the closing " on the same line; write \\" for a quote inside the text'


def test_syn003_string_ending_in_an_escaped_quote() -> None:
    _, d = diagnose('segment a\n  title "say \\"hi\\"\n  where x\n')
    assert d.code == "SYN003"
    assert position(d) == (2, 9, 2, 10)


# ------------------------------------------------------------------------ SYN004


def test_syn004_unknown_escape() -> None:
    source, d = diagnose('segment a where country = "a\\qb"\n')
    assert d.code == "SYN004"
    assert position(d) == (1, 29, 1, 31)
    assert d.message == "unknown escape '\\q' in a text string"
    assert d.hint == 'the escapes are \\" \\\\ \\n and \\t; write \\\\ for a backslash'
    # The declaration is still built (the check can go on).
    assert [decl.name for decl in source.declarations] == ["a"]


def test_syn004_reports_every_bad_escape() -> None:
    source = parse_source('segment a where x = "\\d+\\.\\n" \n', "t.seg")
    assert [(d.code, position(d)) for d in source.diagnostics] == [
        ("SYN004", (1, 22, 1, 24)), ("SYN004", (1, 25, 1, 27)),
    ]


def test_syn004_in_metadata() -> None:
    _, d = diagnose('segment a\n  owner "C:\\temp\\x"\n  where x\n')
    assert d.code == "SYN004"
    assert position(d) == (2, 17, 2, 19)  # \t is fine, \x is not


# ------------------------------------------------------------------------ SYN005


def test_syn005_no_such_day() -> None:
    source, d = diagnose("segment a where birthday = 2026-02-30\n")
    assert d.code == "SYN005"
    assert position(d) == (1, 28, 1, 38)
    assert d.message == "there is no day 2026-02-30"
    assert d.hint == "dates are written YYYY-MM-DD, e.g. 2026-01-31"
    assert [decl.name for decl in source.declarations] == ["a"]


def test_syn005_timestamp_not_in_utc() -> None:
    _, d = diagnose("segment a where signup_at > 2026-01-31T08:00:00+02:00\n")
    assert d.code == "SYN005"
    assert position(d) == (1, 29, 1, 54)
    assert d.message == ("the timestamp must be in UTC, but '2026-01-31T08:00:00+02:00' "
                         "has the offset +02:00")
    # The user's own instant, converted (issue #11.5), from the shared reader.
    assert d.hint == "the same instant in UTC is 2026-01-31T06:00:00Z"


def test_syn005_no_such_time() -> None:
    _, d = diagnose("segment a where signup_at since 2026-01-31T24:30:00Z\n")
    assert d.code == "SYN005"
    assert position(d) == (1, 33, 1, 53)
    assert d.message == ("the timestamp '2026-01-31T24:30:00Z' is not a valid date or time "
                         "(hour must be in 0..23)")
    assert d.hint == ("it must be a date (2026-11-01) or a UTC timestamp "
                      "(2026-11-01T08:00:00Z)")


def test_syn005_in_a_list() -> None:
    _, d = diagnose("segment a where birthday in [2026-01-01, 2025-02-29]\n")
    assert d.code == "SYN005"
    assert position(d) == (1, 42, 1, 52)


# ------------------------------------------------------------------------ SYN006


def test_syn006_file_ends_inside_a_declaration() -> None:
    _, d = diagnose("segment a\n  where x = 1 and\n")
    assert d.code == "SYN006"
    assert position(d) == (2, 18, 2, 19)  # just after the last word
    assert d.message == "the definition is not finished; expected a condition or a value"
    assert d.hint == "complete the definition: `segment NAME where CONDITION`"
    assert_readable(d)


def test_syn006_unclosed_parenthesis() -> None:
    _, d = diagnose("metric m = count(purchase\n\n")
    assert d.code == "SYN006"
    assert position(d) == (1, 26, 1, 27)
    assert "')'" in d.message
    assert_readable(d)


def test_syn006_unclosed_list() -> None:
    _, d = diagnose("segment a where x in [1, 2")
    assert d.code == "SYN006"
    assert position(d) == (1, 27, 1, 28)
    assert d.message == "the definition is not finished; expected ',' or ']'"


def test_syn006_declaration_cut_short_by_the_next_one() -> None:
    source = parse_source("segment a\n  where\nsegment b where x\n", "t.seg")
    assert [(d.code, position(d)) for d in source.diagnostics] == [("SYN006", (2, 8, 2, 9))]
    assert [decl.name for decl in source.declarations] == ["b"]


# ------------------------------------------------------------------------ SYN007


def test_syn007_file_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.seg"
    path.write_bytes(b'segment a\n  where x = "caf\xe9"\n')
    source = parse_file(path, "segments/latin1.seg")
    assert source.declarations == ()
    (d,) = source.diagnostics
    assert d.code == "SYN007"
    assert position(d) == (2, 17, 2, 18)
    assert d.span is not None and d.span.file == "segments/latin1.seg"
    assert d.message == "the file is not UTF-8 text (byte 0xe9)"
    assert d.hint == "save the file as UTF-8"


def test_syn007_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "utf16.seg"
    path.write_bytes("segment a where x\n".encode("utf-16"))
    (d,) = parse_file(path, "utf16.seg").diagnostics
    assert d.code == "SYN007"
    assert position(d) == (1, 1, 1, 2)


def test_syn007_unreadable_file(tmp_path: Path) -> None:
    (d,) = parse_file(tmp_path / "missing.seg", "missing.seg").diagnostics
    assert d.code == "SYN007"
    assert d.message.startswith("cannot read the file")
    assert position(d) == (1, 1, 1, 2)


def test_parse_file_reads_utf8(tmp_path: Path) -> None:
    path = tmp_path / "ok.seg"
    path.write_bytes('segment a where city = "Zürich" # ü\n'.encode())
    source = parse_file(path, "ok.seg")
    assert source.diagnostics == ()
    assert source.path == "ok.seg"
    assert [c.text for c in source.comments] == ["# ü"]


# ------------------------------------------------------------------------ SYN008


def test_syn008_chained_comparison() -> None:
    _, d = diagnose("segment a where 1 < age < 3\n")
    assert d.code == "SYN008"
    assert position(d) == (1, 25, 1, 26)
    assert d.message == "comparisons cannot be chained"
    assert d.hint == "join two comparisons with 'and': a < b and b < c"


@pytest.mark.parametrize("second", ["=", "!=", "<", "<=", ">", ">="])
def test_syn008_every_comparison_operator(second: str) -> None:
    _, d = diagnose(f"segment a where a = b {second} c\n")
    assert d.code == "SYN008"
    assert position(d) == (1, 23, 1, 23 + len(second))


# ------------------------------------------------------------------------ SYN009


def test_syn009_duration_needs_a_whole_number() -> None:
    source, d = diagnose("segment a where signup_at in last 1.5 days\n")
    assert d.code == "SYN009"
    assert d.code in CODES
    assert position(d) == (1, 35, 1, 38)
    assert d.message == "a duration needs a whole number, not 1.5"
    assert d.hint is not None and d.hint.startswith("for example 1 day")
    assert [decl.name for decl in source.declarations] == ["a"]


def test_syn009_in_within_and_ago() -> None:
    source = parse_source(
        "segment a where has x then y within 2.5 hours and t > 0.5 years ago\n", "t.seg"
    )
    assert [(d.code, position(d)) for d in source.diagnostics] == [
        ("SYN009", (1, 37, 1, 40)), ("SYN009", (1, 55, 1, 58)),
    ]


# ------------------------------------------------------------------- recovery


def test_three_broken_declarations_and_two_good_ones() -> None:
    text = (
        "metric good_one = count(purchase in last 30 days)\n"
        "\n"
        "segment broken_one\n"
        "  where country ==\n"
        "\n"
        "segment good_two\n"
        '  title "Still here"\n'
        "  where good_one > 3\n"
        "\n"
        "segmentation broken_two\n"
        "  a: has purchase with\n"
        "  b: otherwise\n"
        "metric broken_three = (1 + \n"
    )
    source = parse_source(text, "t.seg")
    assert [(d.name, d.span.line) for d in source.declarations] == [
        ("good_one", 1), ("good_two", 6),
    ]
    assert [(d.code, position(d)) for d in source.diagnostics] == [
        ("SYN001", (4, 18, 4, 19)),
        ("SYN001", (12, 4, 12, 5)),  # `b` was read as the filter property
        ("SYN006", (13, 27, 13, 28)),
    ]
    for d in source.diagnostics:
        assert_readable(d)


def test_builder_problems_and_parse_errors_are_reported_together() -> None:
    text = (
        'segment a where x = "\\q"\n'
        "segment b where x = 2026-02-30\n"
        "segment c where x ==\n"
        "segment d where t in last 1.5 days\n"
    )
    source = parse_source(text, "t.seg")
    assert [(d.code, d.span.line if d.span else 0) for d in source.diagnostics] == [
        ("SYN004", 1), ("SYN005", 2), ("SYN001", 3), ("SYN009", 4),
    ]
    assert [decl.name for decl in source.declarations] == ["a", "b", "d"]


def test_garbage_before_the_first_declaration() -> None:
    source = parse_source("hello there\nsegment a where x\n", "t.seg")
    assert [(d.code, position(d)) for d in source.diagnostics] == [("SYN001", (1, 1, 1, 6))]
    assert [decl.name for decl in source.declarations] == ["a"]
    assert_readable(source.diagnostics[0])


# ---------------------------------------------------------- wording everywhere

EXAMPLE = """\
metric orders_30d = count(purchase in last 30 days)
metric revenue_365d = sum(purchase.amount with category = "kids" in last 365 days)

segment lapsing_buyers
  title "Frequent buyers gone quiet"
  owner "crm-team"
  tags retention, winback
  where orders_30d > 3
    and has no purchase in last 7 days
    and country in ["DE", "AT", "CH"] and age between 25 and 34
    and not in segment vip

segment cart_abandoners
  where has add_to_cart with (amount > 10) then no purchase within 1 day in last 7 days
    or first(purchase) since 2026-01-01T00:00:00Z
    or lower(email) ends with "@example.com" and -x * 2 >= 1.5

segmentation persona
  kids_family: count(distinct purchase.category with amount > 0) >= 3
  casual: otherwise
"""
_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[A-Za-z_0-9.:+-]+|\S')


def _token_starts(text: str) -> list[int]:
    return [m.start() for m in _TOKENS.finditer(text)]


def test_example_is_valid() -> None:
    assert parse_source(EXAMPLE, "t.seg").diagnostics == ()


def test_no_terminal_names_in_messages_for_any_prefix() -> None:
    seen: set[str] = set()
    for cut in _token_starts(EXAMPLE):
        for d in parse_source(EXAMPLE[:cut], "t.seg").diagnostics:
            assert_readable(d)
            seen.add(d.code)
    assert "SYN006" in seen


def test_no_terminal_names_in_messages_when_any_token_is_removed() -> None:
    seen: set[str] = set()
    matches = list(_TOKENS.finditer(EXAMPLE))
    for m in matches:
        text = EXAMPLE[: m.start()] + EXAMPLE[m.end() :]
        for d in parse_source(text, "t.seg").diagnostics:
            assert d.code in CODES
            assert_readable(d)
            seen.add(d.code)
    assert {"SYN001", "SYN006"} <= seen


def test_no_terminal_names_in_messages_when_a_token_is_duplicated() -> None:
    for m in _TOKENS.finditer(EXAMPLE):
        text = EXAMPLE[: m.end()] + " " + m.group() + EXAMPLE[m.end() :]
        for d in parse_source(text, "t.seg").diagnostics:
            assert d.code in CODES
            assert_readable(d)


def test_syn006_points_after_the_last_word_not_after_a_comment() -> None:
    _, d = diagnose("segment a where  # to do\n\n")
    assert d.code == "SYN006"
    assert position(d) == (1, 16, 1, 17)
