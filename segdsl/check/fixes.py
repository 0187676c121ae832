"""The hints of the checker that come with a machine-applicable fix.

A :class:`Fix` is a hint plus the :class:`~segdsl.diagnostics.TextEdit` values that
carry it out.  Edits are attached only where the corrected text is certain: a
did-you-mean name with no equally close rival, a bare word quoted as text, a number
rounded as the hint says.  Where the hint offers a choice, or the fix needs more
than the words at hand, the hint stays words only.
"""

from __future__ import annotations

from dataclasses import dataclass

from segdsl.check.suggest import Suggestion
from segdsl.diagnostics import Span, TextEdit


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
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return TextEdit(Span(file, line, column, line, column, offset, offset), new_text)
