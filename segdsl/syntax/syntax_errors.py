"""Lark's parse errors -> diagnostics in words a marketer understands.

Lark reports terminal names (``RPAR``, ``$END``, ``__ANON_3``); users need
"expected ')'" or "expected a condition".  Long sets of expected terminals are
summarised by what they start ("a value or a condition") instead of listed.
"""

from __future__ import annotations

import re
import unicodedata

from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, TextEdit
from segdsl.syntax import grammar
from segdsl.syntax.builder import Offsets
from segdsl.syntax.hints import Edit, character_fix, letter_hint, lifecycle_window, token_hint
from segdsl.syntax.tokens import Token

_PATTERN_WORDS = {
    "NAME": "a name",
    "STRING": 'a text in double quotes ("...")',
    "NUMBER": "a number",
    "DATE": "a date (2026-01-31)",
    "TIMESTAMP": "a timestamp (2026-01-31T08:00:00Z)",
}
_VALUE_STARTERS = frozenset(
    {"NAME", "STRING", "NUMBER", "DATE", "TIMESTAMP", "TRUE", "FALSE", "TODAY", "NOW", "LPAR",
     "MINUS", "COUNT", "SUM", "AVG", "MIN", "MAX", "FIRST", "LAST"}
)
_CONDITION_STARTERS = frozenset({"HAS", "NOT", "IN", "STOPPED", "RESTARTED"})
_CHARACTER_HINTS = {
    "'": 'text strings use double quotes: "like this"',
    ";": "no semicolons are needed; start each definition on a new line",
    "&": "write 'and' instead of '&&'",
    "|": "write 'or' instead of '||'",
    "!": "write 'not' to negate a condition, or '!=' for 'is not equal'",
    "{": "lists use square brackets: [\"DE\", \"AT\"]",
}
_COMPARISON_WORDS = frozenset({"=", "!=", "<", "<=", ">", ">="})
_METADATA = frozenset({"TITLE", "DESCRIPTION", "OWNER", "TAGS", "EXPECT"})
_DECLARATION_STARTS = frozenset({"METRIC", "SEGMENT", "SEGMENTATION"})
# Terminals that can only follow a complete value: when one of them fits, a keyword
# in this place is not a misused name but a word that does not belong here.
_AFTER_A_VALUE = frozenset({"AND", "OR", "$END", "RPAR", "COMMA", "PLUS", "STAR", "SLASH"})
# Optional endings of a value or test (`40%`, `= "x" ignoring case`): named in a
# message only when nothing else fits, so a list cut short still says "expected ','
# or ']'" rather than listing every way its last item could go on.
_SUFFIXES = frozenset({"PERCENT", "IGNORING"})


def describe_unexpected(error: UnexpectedInput, text: str, offsets: Offsets) -> Diagnostic:
    if isinstance(error, UnexpectedCharacters):
        return _bad_character(error, text, offsets)
    if isinstance(error, UnexpectedToken) and error.token.type != "$END":
        return _bad_token(error, text, offsets)
    expected = error.expected if isinstance(error, UnexpectedToken | UnexpectedEOF) else set()
    return _end_of_file(set(expected), text, offsets)


def _terminal_words(name: str) -> str:
    if name in _PATTERN_WORDS:
        return _PATTERN_WORDS[name]
    try:
        pattern = grammar.parser().get_terminal(name).pattern
    except KeyError:
        return name.lower()
    return f"'{pattern.value}'"


def _is_comparison(name: str) -> bool:
    try:
        return grammar.parser().get_terminal(name).pattern.value in _COMPARISON_WORDS
    except KeyError:
        return False


def describe_expected(expected: set[str]) -> str:
    """``{'RPAR', 'COMMA'}`` -> "')' or ','"; large sets are summarised."""
    parts: list[str] = []
    rest = set(expected) if expected <= _SUFFIXES else set(expected) - _SUFFIXES
    if len(rest & _VALUE_STARTERS) >= 5:
        parts.append("a condition or a value" if rest & _CONDITION_STARTERS else "a value")
        rest -= _VALUE_STARTERS | _CONDITION_STARTERS
    comparisons = {name for name in rest if _is_comparison(name)}
    if len(comparisons) >= 3:
        parts.append("a comparison (= != < <= > >=)")
        rest -= comparisons
    if rest >= _METADATA:
        parts.append("a metadata line (title, description, owner, tags, expect)")
        rest -= _METADATA
    ends_definition = rest >= _DECLARATION_STARTS and "$END" in rest
    if ends_definition:
        rest -= _DECLARATION_STARTS | {"$END"}
    parts += sorted(_terminal_words(name) for name in rest if name != "$END")
    if ends_definition:
        parts.append("the end of the definition")
    elif "$END" in rest:
        parts.append("the end of the file")
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " or " + parts[-1]


def _token_words(token: Token) -> str:
    value = str(token.value)
    if token.type == "NAME":
        return f"name '{value}'"
    if token.type == "STRING":
        return f"text {value}"
    if token.type in _PATTERN_WORDS:
        return f"{token.type.lower()} {value}"
    if value.isidentifier():
        return f"word '{value}'"
    return f"'{value}'"


def _bad_token(error: UnexpectedToken, text: str, offsets: Offsets) -> Diagnostic:
    token = error.token
    span = offsets.of_token(token)
    expected = set(error.expected)
    hint: str | None = None
    known = token_hint(token, expected, text)
    if known is not None:
        where = span if known.token is None else offsets.of_token(known.token)
        return Diagnostic(Code.SYN001, known.message, where, hint=known.hint,
                          edits=_text_edits(known.edits, text, offsets))
    if _is_comparison(token.type) and _after_comparison(error):
        return Diagnostic(
            Code.SYN008, "comparisons cannot be chained", span,
            hint="join two comparisons with 'and': a < b and b < c",
        )
    if (token.type != "NAME" and str(token.value).isidentifier() and "NAME" in expected
            and not expected & _AFTER_A_VALUE and not any(map(_is_comparison, expected))):
        hint = f"'{token.value}' is a reserved word of the language and cannot be used as a name"
    elif str(token.value) == "=" and not expected & {"EQUAL"}:
        hint = "compare with a single '=' between two values"
    message = f"unexpected {_token_words(token)}; expected {describe_expected(expected)}"
    return Diagnostic(Code.SYN001, message, span, hint=hint)


def _after_comparison(error: UnexpectedToken) -> bool:
    """Is the unexpected comparison right after ``a < b`` (a chained comparison)?"""
    interactive = error.interactive_parser
    if interactive is None:
        return False
    # The builder turns `compare_op` into a _Word; an operator may also still be a
    # raw token if Lark has not reduced it yet.
    stack = interactive.parser_state.value_stack
    return any(
        str(getattr(item, "value", item)) in _COMPARISON_WORDS for item in stack[-3:-1]
        if isinstance(item, Token) or type(item).__name__ == "_Word"
    )


def _end_of_file(expected: set[str], text: str, offsets: Offsets) -> Diagnostic:
    # Point just after the last word (comments aside) so the caret sits where
    # something is missing.
    end = _end_of_code(text)
    line = text.count("\n", 0, end) + 1
    column = end - (text.rfind("\n", 0, end) + 1) + 1
    span = Span(offsets.file, line + offsets.line, column, line + offsets.line, column + 1,
                offsets.pos + end, offsets.pos + end + 1)
    what = describe_expected(expected) if expected else "more text"
    first_word = text.split(None, 1)[0] if text.strip() else ""
    lifecycle = lifecycle_window(text[:end]) if "IN" in expected else None
    return Diagnostic(
        Code.SYN006, f"the definition is not finished; expected {what}", span,
        hint=(lifecycle.hint if lifecycle is not None else
              f"complete the definition: {_SHAPES.get(first_word, _SHAPES['segment'])}"),
    )


_SHAPES = {
    "metric": "`metric NAME = EXPRESSION`",
    "segment": "`segment NAME where CONDITION`",
    "segmentation": "`segmentation NAME` followed by lines `LABEL: CONDITION`",
}
_CODE_OR_COMMENT = re.compile(r'"(?:[^"\\\n]|\\.)*"|#[^\n]*|[^\s"#]+|"')


def _end_of_code(text: str) -> int:
    """Offset just after the last character that is not a comment or white space."""
    end = 0
    for match in _CODE_OR_COMMENT.finditer(text):
        if not match.group().startswith("#"):
            end = match.end()
    return end


def _bad_character(error: UnexpectedCharacters, text: str, offsets: Offsets) -> Diagnostic:
    position = error.pos_in_stream or 0
    char = text[position] if 0 <= position < len(text) else ""
    line = (error.line or 1) + offsets.line
    column = error.column or 1
    span = Span(offsets.file, line, column, line, column + 1,
                offsets.pos + position, offsets.pos + position + 1)
    if char == '"':
        return Diagnostic(
            Code.SYN003, "this text string is not closed on its line", span,
            hint='add the closing " on the same line; write \\" for a quote inside the text',
        )
    letter = letter_hint(text, position)
    if letter is not None:
        return Diagnostic(Code.SYN002, letter.message, span, hint=letter.hint,
                          edits=_text_edits(letter.edits, text, offsets))
    shown = f"'{char}'" if char.isprintable() and not char.isspace() else _codepoint(char)
    return Diagnostic(
        Code.SYN002, f"unexpected character {shown}", span, hint=_CHARACTER_HINTS.get(char),
        edits=_text_edits(character_fix(text, position), text, offsets),
    )


def _text_edits(edits: tuple[Edit, ...], text: str, offsets: Offsets) -> tuple[TextEdit, ...]:
    """A hint's edits (offsets into the chunk ``text``) as edits of the file."""
    return tuple(
        TextEdit(_chunk_span(text, offsets, start, end), new_text)
        for start, end, new_text in edits
    )


def _chunk_span(text: str, offsets: Offsets, start: int, end: int) -> Span:
    def place(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line + offsets.line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    line, column = place(start)
    end_line, end_column = place(end)
    return Span(offsets.file, line, column, end_line, end_column,
                offsets.pos + start, offsets.pos + end)


def _codepoint(char: str) -> str:
    if not char:
        return "at the end of the file"
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name.lower()})" if name else "")
