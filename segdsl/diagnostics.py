"""Source spans and diagnostics shared by every stage.

Every stage reports problems as :class:`Diagnostic` values instead of raising, so that
one run can report many problems (a language server will need that) and so that no
input can surface as a Python traceback.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a source file.

    Lines and columns are 1-based; ``end_column`` is exclusive (one past the last
    character), as in Lark.  ``start``/``end`` are character offsets into the text,
    which a formatter or a language server needs to slice the source.
    """

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int = 0
    end: int = 0

    @staticmethod
    def point(file: str, line: int, column: int, offset: int = 0) -> Span:
        return Span(file, line, column, line, column + 1, offset, offset + 1)

    def cover(self, other: Span) -> Span:
        """The smallest span containing both (same file assumed)."""
        first = min(self, other, key=lambda s: (s.line, s.column))
        last = max(self, other, key=lambda s: (s.end_line, s.end_column))
        return Span(
            first.file, first.line, first.column, last.end_line, last.end_column,
            first.start, last.end,
        )


@dataclass(frozen=True, slots=True)
class TextEdit:
    """A machine-applicable change: replace the text of ``span`` with ``new_text``.

    An empty span (``start == end``) inserts.  A language server offers a
    diagnostic's edits as a quick fix; they are only attached where applying them
    is certainly what the hint says (a did-you-mean name, a corrected spelling).
    """

    span: Span
    new_text: str


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a file.

    ``code`` is a stable identifier from :mod:`segdsl.codes`; ``hint`` is an optional
    second line that helps to fix the problem (a suggestion, the allowed values, the
    expected type).
    """

    code: str
    message: str
    span: Span | None
    severity: Severity = Severity.ERROR
    hint: str | None = None
    # Extra labelled places (e.g. the other half of a duplicate definition).
    related: tuple[tuple[Span, str], ...] = field(default=())
    # The fix the hint describes, when it can be applied mechanically (all edits
    # together, in one file).
    edits: tuple[TextEdit, ...] = field(default=())

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        if self.span is None:
            return ("", 0, 0, self.code)
        return (self.span.file, self.span.line, self.span.column, self.code)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)
