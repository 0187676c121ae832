"""Positions: segdsl's spans (1-based lines, columns counted in characters) and the
editor's (0-based lines, columns in the code units of the negotiated encoding,
UTF-16 unless the client offers another).

A character outside the Basic Multilingual Plane (an emoji in a title) is one
column for segdsl and two UTF-16 units for most editors, so every conversion
goes through the text of the line.  Lines are split at ``\\n`` only, as the parser
counts them; positions past the end of a line or of the text are clamped, so
a stale position from the editor never raises.
"""

from __future__ import annotations

import bisect
import re

from segdsl.diagnostics import Span

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"

_NEWLINE = re.compile("\n")


def units(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` ``text`` takes."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", errors="surrogatepass"))
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class Lines:
    """A text's line starts, for converting offsets and positions."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]

    def line_text(self, line: int) -> str:
        """The text of 0-based ``line`` without its line end."""
        if line < 0 or line >= len(self.starts):
            return ""
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[line]:end]

    def offset(self, line: int, character: int) -> int:
        """The character offset of an editor position (clamped to the text)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        text = self.line_text(line)
        if self.encoding == UTF32:
            column = min(max(character, 0), len(text))
        else:
            column, used = 0, 0
            while column < len(text) and used < character:
                used += units(text[column], self.encoding)
                column += 1
        return self.starts[line] + column

    def position(self, offset: int) -> tuple[int, int]:
        """The editor position (0-based line, code units) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        before = self.text[self.starts[line]:offset]
        return line, units(before, self.encoding)

    def point(self, line: int, column: int) -> tuple[int, int]:
        """The editor position of a 1-based ``line`` and character ``column``."""
        index = line - 1
        if index < 0:
            return 0, 0
        if index >= len(self.starts):
            last = len(self.starts) - 1
            return last, units(self.line_text(last), self.encoding)
        text = self.line_text(index)
        return index, units(text[:max(column - 1, 0)], self.encoding)

    def span(self, span: Span) -> tuple[tuple[int, int], tuple[int, int]]:
        """The editor range of a span (by its lines and columns, not its offsets,
        which some stages leave at 0)."""
        start = self.point(span.line, span.column)
        end = self.point(span.end_line, span.end_column)
        return start, max(start, end)
