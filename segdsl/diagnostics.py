"""Source spans and diagnostics shared by every stage.

Every stage reports problems as :class:`Diagnostic` values instead of raising, so that
one run can report many problems (a language server will need that) and so that no
input can surface as a Python traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from segdsl.codes import Severity as Severity
from segdsl.codes import default_severity


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


# The __init__ is written out (init=False) so that ``severity`` can default to the
# code's severity in the table of codes while the attribute stays a plain Severity.
@dataclass(frozen=True, slots=True, init=False)
class Diagnostic:
    """One problem found in a file.

    ``code`` is a stable identifier from :mod:`segdsl.codes` (a ``Code`` member, or
    its text); ``severity`` defaults to that code's severity in the table.  ``hint``
    is an optional second line that helps to fix the problem (a suggestion, the
    allowed values, the expected type).
    """

    code: str
    message: str
    span: Span | None
    severity: Severity
    hint: str | None
    # Extra labelled places (e.g. the other half of a duplicate definition).
    related: tuple[tuple[Span, str], ...]
    # The fix the hint describes, when it can be applied mechanically (all edits
    # together, in one file; see apply_edits).
    edits: tuple[TextEdit, ...]

    def __init__(
        self,
        code: str,
        message: str,
        span: Span | None,
        severity: Severity | None = None,
        hint: str | None = None,
        related: tuple[tuple[Span, str], ...] = (),
        edits: tuple[TextEdit, ...] = (),
    ) -> None:
        set_field = object.__setattr__  # the dataclass is frozen
        set_field(self, "code", code)
        set_field(self, "message", message)
        set_field(self, "span", span)
        set_field(self, "severity", default_severity(code) if severity is None else severity)
        set_field(self, "hint", hint)
        set_field(self, "related", related)
        set_field(self, "edits", edits)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        if self.span is None:
            return ("", 0, 0, self.code)
        return (self.span.file, self.span.line, self.span.column, self.code)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


class EditConflict(ValueError):
    """Edits that cannot be applied together (they overlap, or lie outside the text)."""


def apply_edits(text: str, edits: Iterable[TextEdit]) -> str:
    """``text`` with every edit applied at once.

    Spans are character offsets (``Span.start``/``end``) into ``text`` as it is
    before any edit, so the edits are applied from the end backwards.  Two edits
    that overlap, or two insertions at one place (whose order would be a guess),
    raise :class:`EditConflict`; so does an edit outside the text.  An insertion
    right at the start or end of a replaced range is not an overlap.
    """
    ordered = sorted(edits, key=lambda edit: (edit.span.start, edit.span.end))
    previous: TextEdit | None = None
    for edit in ordered:
        start, end = edit.span.start, edit.span.end
        if not 0 <= start <= end <= len(text):
            raise EditConflict(
                f"the edit of {start}..{end} lies outside the text (length {len(text)})")
        if previous is not None:
            last_start, last_end = previous.span.start, previous.span.end
            if start < last_end or (start == end == last_start == last_end):
                raise EditConflict(
                    f"the edits of {last_start}..{last_end} and {start}..{end} overlap")
        previous = edit
    for edit in reversed(ordered):
        text = text[: edit.span.start] + edit.new_text + text[edit.span.end:]
    return text
