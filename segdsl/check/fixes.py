"""The hints of the checker that come with a machine-applicable fix.

A :class:`Fix` is a hint plus the :class:`~segdsl.diagnostics.TextEdit` values that
carry it out.  Edits are attached only where the corrected text is certain: a
did-you-mean name with no equally close rival, a bare word quoted as text, a number
rounded as the hint says.  Where the hint offers a choice, or the fix needs more
than the words at hand, the hint stays words only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from segdsl.check.suggest import Suggestion
from segdsl.diagnostics import Span, TextEdit
from segdsl.timeparse import TimeParseError, parse_date, parse_instant


@dataclass(frozen=True, slots=True)
class Fix:
    hint: str
    edits: tuple[TextEdit, ...] = ()


def rename(span: Span, found: Suggestion | None) -> Fix | None:
    """``did you mean 'X'?``, replacing the name at ``span`` when X is the only best guess."""
    if found is None:
        return None
    return Fix(found.hint, (TextEdit(span, found.name),) if found.unique else ())


def string_literal(value: str) -> str:
    """``value`` written as a segdsl text literal (the escapes the lexer reads)."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\t", "\\t"))
    return f'"{escaped}"'


def insertion(text: str, file: str, offset: int, new_text: str) -> TextEdit:
    """Insert ``new_text`` at ``offset`` of ``text`` (the text of ``file``)."""
    return replacement(text, file, offset, offset, new_text)


def replacement(text: str, file: str, start: int, end: int, new_text: str) -> TextEdit:
    """Replace ``text[start:end]`` (``text`` is the text of ``file``) with ``new_text``."""
    line, column = _place(text, start)
    end_line, end_column = _place(text, end)
    return TextEdit(Span(file, line, column, end_line, end_column, start, end), new_text)


def _place(text: str, offset: int) -> tuple[int, int]:
    return (text.count("\n", 0, offset) + 1,
            offset - (text.rfind("\n", 0, offset) + 1) + 1)


# The literals of the grammar a quoted value may be meant as (segdsl.lark's NUMBER,
# DATE and TIMESTAMP in UTC), so `age > "30"` can lose its quotes.
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?Z")


def unquoted(value: str, time: bool) -> str | None:
    """``value`` (the inside of a text literal) written as a number, or as a date or
    timestamp when ``time``; None when it is not exactly one."""
    if not time:
        return value if _NUMBER.fullmatch(value) else None
    try:
        if _DATE.fullmatch(value):
            parse_date(value)
            return value
        if _TIMESTAMP.fullmatch(value):
            parse_instant(value)
            return value
    except TimeParseError:
        return None  # no such day: the quotes are not the only problem
    return None
