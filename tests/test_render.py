"""Rendering of diagnostics: text, JSON and GitHub workflow commands.

The renderers get hand-made diagnostics here, including broken spans, because they
must never fail on whatever an earlier stage produced.
"""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from segdsl.diagnostics import Diagnostic, Severity, Span, TextEdit
from segdsl.render import (
    JSON_EDIT_FIELDS,
    JSON_FIELDS,
    escape_data,
    escape_property,
    render_diagnostic,
    render_github,
    render_json,
    render_text,
    should_color,
    summary,
)

FILE = "segments/a.seg"
SOURCE = "segment adults\n  where agee >= 18\n"


def diag(
    line: int = 2,
    column: int = 9,
    end_line: int | None = None,
    end_column: int = 13,
    *,
    code: str = "NAM001",
    message: str = "unknown name 'agee'",
    severity: Severity = Severity.ERROR,
    hint: str | None = None,
    file: str = FILE,
    related: tuple[tuple[Span, str], ...] = (),
) -> Diagnostic:
    span = Span(file, line, column, line if end_line is None else end_line, end_column)
    return Diagnostic(code, message, span, severity, hint, related)


def excerpt(diagnostic: Diagnostic, text: str) -> list[str]:
    """The rendered lines of one diagnostic rendered against one file's text."""
    return render_diagnostic(diagnostic, {FILE: text}).split("\n")


# ------------------------------------------------------------------------- text


def test_text_header_source_line_caret_and_hint() -> None:
    out = render_text([diag(hint="did you mean 'age'?")], {FILE: SOURCE})
    assert out == (
        "segments/a.seg:2:9: error[NAM001]: unknown name 'agee'\n"
        " 2 |   where agee >= 18\n"
        "   |         ^^^^\n"
        "  = hint: did you mean 'age'?\n"
        "\n"
        "1 error\n"
    )


def test_text_warning_label_and_summary() -> None:
    warning = diag(code="WRN001", message="never true", severity=Severity.WARNING)
    out = render_text([diag(), warning], {FILE: SOURCE})
    assert "segments/a.seg:2:9: warning[WRN001]: never true" in out
    assert out.endswith("1 error, 1 warning\n")


def test_text_blank_line_between_diagnostics() -> None:
    out = render_text([diag(), diag(column=3, end_column=8)], {FILE: SOURCE})
    blocks = out.rstrip("\n").split("\n\n")
    assert len(blocks) == 3
    assert blocks[0].startswith("segments/a.seg:2:9:")
    assert blocks[1].startswith("segments/a.seg:2:3:")
    assert blocks[2] == "2 errors"


def test_text_without_span() -> None:
    problem = Diagnostic("YML001", "the project file cannot be read", None)
    out = render_text([problem], {})
    assert out.startswith("error[YML001]: the project file cannot be read\n\n")


def test_text_related_notes() -> None:
    other = Span("segments/b.seg", 4, 9, 4, 15)
    lines = excerpt(diag(related=((other, "first defined here"),)), SOURCE)
    assert lines[-1] == "  = note: segments/b.seg:4:9: first defined here"


@pytest.mark.parametrize(
    ("diagnostics", "files", "expected"),
    [
        ([], None, "no problems found"),
        ([], 3, "checked 3 files: no problems found"),
        ([], 1, "checked 1 file: no problems found"),
        ([diag()], None, "1 error"),
        ([diag(), diag()], 2, "checked 2 files: 2 errors"),
        ([diag(severity=Severity.WARNING)], None, "1 warning"),
        ([diag(), diag(severity=Severity.WARNING), diag(severity=Severity.WARNING)], None,
         "1 error, 2 warnings"),
    ],
)
def test_summary(diagnostics: list[Diagnostic], files: int | None, expected: str) -> None:
    assert summary(diagnostics, files) == expected


def test_text_empty_list_is_only_the_summary() -> None:
    assert render_text([], {}, files_checked=2) == "checked 2 files: no problems found\n"


def test_multi_line_span_is_underlined_to_end_of_first_line() -> None:
    lines = excerpt(diag(line=1, column=9, end_line=2, end_column=5), SOURCE)
    assert lines[1:3] == [" 1 | segment adults", "   |         ^^^^^^"]


def test_span_past_end_of_line_puts_one_caret_after_the_line() -> None:
    lines = excerpt(diag(line=1, column=40, end_column=50), SOURCE)
    assert lines[1:3] == [" 1 | segment adults", "   | " + " " * len("segment adults") + "^"]


def test_span_end_past_end_of_line_is_clamped() -> None:
    lines = excerpt(diag(line=1, column=9, end_column=99), SOURCE)
    assert lines[2] == "   |         ^^^^^^"


def test_empty_or_reversed_span_gets_one_caret() -> None:
    lines = excerpt(diag(line=1, column=9, end_column=3), SOURCE)
    assert lines[2] == "   |         ^"


def test_column_zero_or_negative_is_clamped_to_the_start() -> None:
    lines = excerpt(diag(line=1, column=0, end_column=0), SOURCE)
    assert lines[2] == "   | ^"


def test_line_past_end_of_file_shows_no_excerpt() -> None:
    lines = excerpt(diag(line=99, column=1, end_column=2, hint="h"), SOURCE)
    assert lines == ["segments/a.seg:99:1: error[NAM001]: unknown name 'agee'", "  = hint: h"]


def test_line_zero_shows_no_excerpt() -> None:
    assert len(excerpt(diag(line=0, column=1, end_column=2), SOURCE)) == 1


def test_empty_file() -> None:
    lines = excerpt(diag(line=1, column=1, end_column=2), "")
    assert lines[1:] == [" 1 |", "   | ^"]


def test_file_missing_from_sources_shows_no_excerpt() -> None:
    out = render_diagnostic(diag(), {})
    assert out == "segments/a.seg:2:9: error[NAM001]: unknown name 'agee'"


def test_crlf_line_endings_are_not_shown() -> None:
    lines = excerpt(diag(), SOURCE.replace("\n", "\r\n"))
    assert lines[1:3] == [" 2 |   where agee >= 18", "   |         ^^^^"]


def test_lines_are_counted_on_newline_only() -> None:
    # A form feed or U+2028 does not start a line for the parser, so not here either.
    text = "a\x0cb\u2028c\nsecond"
    lines = excerpt(diag(line=2, column=1, end_column=7), text)
    assert lines[1] == " 2 | second"


def test_tabs_are_expanded_consistently_with_the_caret() -> None:
    text = "\twhere\tagee >= 18"
    lines = excerpt(diag(line=1, column=8, end_column=12), text)
    assert lines[1] == " 1 |     where   agee >= 18"
    assert lines[2] == "   |             ^^^^"


def test_caret_under_a_tab_covers_its_width() -> None:
    lines = excerpt(diag(line=1, column=2, end_column=3), "a\tb")
    assert lines[1:3] == [" 1 | a   b", "   |  ^^^"]


def test_control_characters_are_made_visible() -> None:
    text = 'where x = "\x1b[31mred\x00" \u202e'
    lines = excerpt(diag(line=1, column=12, end_column=13), text)
    shown = lines[1]
    assert "\x1b" not in shown and "\x00" not in shown and "\u202e" not in shown
    assert shown == ' 1 | where x = "\u241b[31mred\u2400" \ufffd'
    assert lines[2] == "   |            ^"


def test_control_characters_in_messages_are_made_visible() -> None:
    out = render_diagnostic(diag(message="bad \x1b char", hint="x\x07"), {})
    assert "\x1b" not in out and "\x07" not in out


def test_wide_characters_take_two_cells() -> None:
    text = 'where name = "中文" and x'
    column = text.index("and") + 1
    lines = excerpt(diag(line=1, column=column, end_column=column + 3), text)
    caret_at = lines[2].index("^") - len("   | ")
    # Two CJK characters take four terminal cells, so the caret moves two to the right.
    assert caret_at == column - 1 + 2


def test_multi_line_hint_is_indented() -> None:
    lines = excerpt(diag(hint="one of:\na, b"), SOURCE)
    assert lines[-2:] == ["  = hint: one of:", "          a, b"]


def test_no_color_unless_asked() -> None:
    assert "\x1b[" not in render_text([diag(hint="h")], {FILE: SOURCE})


def test_color_when_asked() -> None:
    out = render_text([diag(hint="h")], {FILE: SOURCE}, color=True)
    assert "\x1b[1;31merror[NAM001]\x1b[0m" in out
    assert "\x1b[1;31m^^^^\x1b[0m" in out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_should_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert should_color(_Tty()) is True
    assert should_color(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert should_color(_Tty()) is False
    monkeypatch.setenv("NO_COLOR", "")  # empty means not set (no-color.org)
    assert should_color(_Tty()) is True
    monkeypatch.setenv("TERM", "dumb")
    assert should_color(_Tty()) is False


def test_should_color_on_a_closed_stream() -> None:
    stream = io.StringIO()
    stream.close()  # isatty() now raises ValueError
    assert should_color(stream) is False


# ------------------------------------------------------------------------- json


def test_json_fields_exactly() -> None:
    data = json.loads(render_json([diag(hint="did you mean 'age'?")]))
    assert data == [
        {
            "file": FILE,
            "line": 2,
            "column": 9,
            "end_line": 2,
            "end_column": 13,
            "severity": "error",
            "code": "NAM001",
            "message": "unknown name 'agee'",
            "hint": "did you mean 'age'?",
            "edits": [],
        }
    ]
    assert list(data[0]) == list(JSON_FIELDS)
    assert set(JSON_FIELDS) == {
        "file", "line", "column", "end_line", "end_column", "severity", "code", "message", "hint",
        "edits",
    }


def test_json_edits_give_range_offsets_and_text() -> None:
    # What a tool needs to apply the fix: the range as line/column and as offsets.
    edit = TextEdit(Span(FILE, 2, 9, 2, 13, 24, 28), "age")
    problem = diag(hint="did you mean 'age'?")
    (item,) = json.loads(render_json([dataclasses.replace(problem, edits=(edit,))]))
    assert item["edits"] == [{
        "file": FILE, "line": 2, "column": 9, "end_line": 2, "end_column": 13,
        "start": 24, "end": 28, "new_text": "age",
    }]
    assert list(item["edits"][0]) == list(JSON_EDIT_FIELDS)


def test_json_hint_null_and_warning() -> None:
    (item,) = json.loads(render_json([diag(severity=Severity.WARNING)]))
    assert item["hint"] is None
    assert item["severity"] == "warning"


def test_json_without_span_has_null_location() -> None:
    (item,) = json.loads(render_json([Diagnostic("YML001", "cannot read", None)]))
    assert set(item) == set(JSON_FIELDS)
    for key in ("file", "line", "column", "end_line", "end_column"):
        assert item[key] is None


def test_json_empty_is_an_empty_array() -> None:
    assert json.loads(render_json([])) == []
    assert render_json([]).strip() == "[]"


def test_json_is_ascii_and_round_trips_odd_text() -> None:
    message = 'bad "quote" \\ \n\t\x00 é 中 \u2028'
    out = render_json([diag(message=message, file="ségments/ä.seg")])
    assert out.isascii()
    (item,) = json.loads(out)
    assert item["message"] == message
    assert item["file"] == "ségments/ä.seg"


# ----------------------------------------------------------------------- github


def test_github_error_command() -> None:
    out = render_github([diag()])
    assert out == (
        "::error file=segments/a.seg,line=2,col=9,endLine=2,endColumn=13,title=NAM001"
        "::unknown name 'agee'\n"
    )


def test_github_warning_and_hint() -> None:
    out = render_github([diag(severity=Severity.WARNING, code="WRN001", message="never true",
                              hint="remove it")])
    assert out.startswith("::warning file=")
    assert out.endswith(",title=WRN001::never true%0Ahint: remove it\n")


def test_github_without_span() -> None:
    out = render_github([Diagnostic("YML001", "cannot read", None)])
    assert out == "::error title=YML001::cannot read\n"


def test_github_escaping() -> None:
    out = render_github([diag(message="100% sure\r\nnext: a, b", file="dir,x/a:b.seg")])
    assert out == (
        "::error file=dir%2Cx/a%3Ab.seg,line=2,col=9,endLine=2,endColumn=13,title=NAM001"
        "::100%25 sure%0D%0Anext: a, b\n"
    )
    # Exactly one line per diagnostic: a newline in a message cannot start a new command.
    assert out.count("\n") == 1


def test_github_escape_functions() -> None:
    assert escape_data("%\r\n:,") == "%25%0D%0A:,"
    assert escape_property("%\r\n:,") == "%25%0D%0A%3A%2C"
    # `%` first, so an escape is not escaped twice.
    assert escape_property("%2C") == "%252C"


def test_github_empty() -> None:
    assert render_github([]) == ""
