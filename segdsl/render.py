"""Diagnostics -> text for people, JSON for tools, workflow commands for GitHub Actions.

Rendering must never fail: it runs on whatever a broken input produced (spans past
the end of a line or file, empty files, CR LF endings, control characters), and a
crash here would hide the very problem the user asked about.  So every source
lookup is clamped, and nothing in this module raises on odd data.

This module is imported by ``segdsl check``; keep it free of heavy imports.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from segdsl.dburl import mask_secrets
from segdsl.diagnostics import Diagnostic, Severity, Span, TextEdit

# Tabs are expanded to the next multiple of this, in the source line and in the
# caret line alike, so the carets stay under the characters they point at.
TAB_STOP = 4

# The exact field set of `check --format json` (reference section 7), in this order:
# the location, what is wrong, and `edits`, the machine-applicable fix (a list, empty
# when the hint is words only).
JSON_FIELDS = (
    "file", "line", "column", "end_line", "end_column", "severity", "code", "message", "hint",
    "edits",
)
# The fields of one edit: the replaced range (as the diagnostic's location, plus
# character offsets into the file) and the text that replaces it.
JSON_EDIT_FIELDS = (
    "file", "line", "column", "end_line", "end_column", "start", "end", "new_text",
)


# --------------------------------------------------------------------------- color


def should_color(stream: TextIO) -> bool:
    """Color only a terminal, and never when the user opted out.

    https://no-color.org: NO_COLOR set to a non-empty value disables color;
    TERM=dumb terminals do not understand ANSI escapes.
    """
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        # A closed or unusual stream: plain text is always safe.
        return False


@dataclass(frozen=True, slots=True)
class _Palette:
    enabled: bool

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled and text else text

    def severity(self, text: str, severity: Severity) -> str:
        return self.paint(text, "1;31" if severity is Severity.ERROR else "1;33")

    def bold(self, text: str) -> str:
        return self.paint(text, "1")

    def gutter(self, text: str) -> str:
        return self.paint(text, "1;34")

    def note(self, text: str) -> str:
        return self.paint(text, "1;36")


# ----------------------------------------------------------------- source excerpts


def _cell(char: str, at: int) -> tuple[str, int]:
    """How to show one source character starting at display cell ``at``.

    Returns the printable text and the number of terminal cells it takes.  Control
    and invisible format characters (bidi overrides, zero-width spaces) are
    replaced, so a source line cannot move the cursor, recolor the terminal or
    display differently from what the parser saw.
    """
    if char == "\t":
        width = TAB_STOP - at % TAB_STOP
        return " " * width, width
    code = ord(char)
    if code < 0x20:
        # Unicode "control pictures" (U+2400..U+241F) show which control it was.
        return chr(0x2400 + code), 1
    if code == 0x7F:
        return "\u2421", 1
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        return "\ufffd", 1
    if category in ("Mn", "Me"):
        # Combining marks draw on the previous character and take no cell.
        return char, 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return char, 2
    return char, 1


def _excerpt(line_text: str, column: int, end_column: int) -> tuple[str, str]:
    """The shown source line and the caret line under columns [column, end_column).

    Columns are 1-based character positions as the parser reports them; they are
    clamped to the line, and at least one caret is always drawn (at the end of the
    line when the span starts past it).
    """
    length = len(line_text)
    start = min(max(column, 1), length + 1)
    end = min(max(end_column, start + 1), length + 1)
    shown: list[str] = []
    pad = 0
    underline = 0
    cells = 0
    for index, char in enumerate(line_text, start=1):
        text, width = _cell(char, cells)
        shown.append(text)
        if index < start:
            pad += width
        elif index < end:
            underline += width
        cells += width
    return "".join(shown), " " * pad + "^" * max(underline, 1)


def _safe_text(text: str) -> str:
    """A message or hint with control characters made visible (newlines are kept)."""
    out: list[str] = []
    for char in text:
        if char == "\n":
            out.append(char)
        elif char == "\t":
            out.append(" ")
        else:
            out.append(_cell(char, 0)[0])
    return "".join(out)


class _SourceLines:
    """Lines of each source file, split once per render.

    Lines are split on ``\\n`` only, as the parser counts them (``str.splitlines``
    would also split on form feeds and U+2028 and shift every later line number);
    a trailing ``\\r`` of a CR LF ending is dropped.
    """

    def __init__(self, sources: Mapping[str, str]) -> None:
        self._sources = sources
        self._split: dict[str, list[str]] = {}

    def line(self, file: str, number: int) -> str | None:
        if file not in self._split:
            text = self._sources.get(file)
            if text is None:
                return None
            self._split[file] = text.split("\n")
        lines = self._split[file]
        if not 1 <= number <= len(lines):
            return None
        line = lines[number - 1]
        line = line[:-1] if line.endswith("\r") else line
        # A YAML file's line may hold a database URL with its password (segdsl.yml's
        # `database:`); no secret is ever shown.  Segment files hold none.
        return line if file.endswith(".seg") else mask_secrets(line)


# ------------------------------------------------------------------------- text


def location(span: Span) -> str:
    return f"{span.file}:{span.line}:{span.column}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def summary(diagnostics: Sequence[Diagnostic], files_checked: int | None = None) -> str:
    """``2 errors, 1 warning`` / ``no problems found``, prefixed by the file count if known."""
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    parts = []
    if errors:
        parts.append(_plural(errors, "error"))
    if warnings:
        parts.append(_plural(warnings, "warning"))
    result = ", ".join(parts) if parts else "no problems found"
    if files_checked is not None:
        result = f"checked {_plural(files_checked, 'file')}: {result}"
    return result


def _indent_continuations(text: str, indent: str) -> str:
    return text.replace("\n", "\n" + indent)


def render_diagnostic(
    diagnostic: Diagnostic, sources: Mapping[str, str], *, color: bool = False
) -> str:
    """One diagnostic as text, without a trailing newline."""
    return _render_one(diagnostic, _SourceLines(sources), _Palette(color))


def _render_one(diagnostic: Diagnostic, lines: _SourceLines, palette: _Palette) -> str:
    span = diagnostic.span
    label = palette.severity(f"{diagnostic.severity.value}[{diagnostic.code}]", diagnostic.severity)
    message = palette.bold(_indent_continuations(_safe_text(diagnostic.message), "  "))
    header = f"{label}: {message}"
    out = [header if span is None else f"{palette.bold(location(span) + ':')} {header}"]

    if span is not None:
        text = lines.line(span.file, span.line)
        if text is not None:
            # A multi-line span is underlined to the end of its first line.
            end_column = span.end_column if span.end_line == span.line else len(text) + 1
            shown, carets = _excerpt(text, span.column, end_column)
            number = str(span.line)
            blank = " " * len(number)
            out.append(palette.gutter(f" {number} |") + (f" {shown}" if shown else ""))
            # Color the carets only, not the spaces that move them into place.
            marks = carets.lstrip(" ")
            pad = carets[: len(carets) - len(marks)]
            underline = pad + palette.severity(marks, diagnostic.severity)
            out.append(palette.gutter(f" {blank} |") + " " + underline)

    if diagnostic.hint:
        prefix = "  = hint: "
        hint = _indent_continuations(_safe_text(diagnostic.hint), " " * len(prefix))
        out.append(palette.note("  = hint:") + " " + hint)
    for related, note in diagnostic.related:
        out.append(palette.note("  = note:") + f" {location(related)}: {_safe_text(note)}")
    return "\n".join(out)


def render_text(
    diagnostics: Sequence[Diagnostic],
    sources: Mapping[str, str],
    *,
    color: bool = False,
    files_checked: int | None = None,
) -> str:
    """All diagnostics, a blank line between them, then the summary line.

    Ends with a newline.
    """
    lines = _SourceLines(sources)
    palette = _Palette(color)
    blocks = [_render_one(d, lines, palette) for d in diagnostics]
    blocks.append(palette.bold(summary(diagnostics, files_checked)))
    return "\n\n".join(blocks) + "\n"


# ------------------------------------------------------------------------- json


def to_json_object(diagnostic: Diagnostic) -> dict[str, Any]:
    span = diagnostic.span
    return {
        "file": span.file if span else None,
        "line": span.line if span else None,
        "column": span.column if span else None,
        "end_line": span.end_line if span else None,
        "end_column": span.end_column if span else None,
        "severity": diagnostic.severity.value,
        "code": diagnostic.code,
        "message": diagnostic.message,
        "hint": diagnostic.hint,
        "edits": [_edit_json(edit) for edit in diagnostic.edits],
    }


def _edit_json(edit: TextEdit) -> dict[str, Any]:
    span = edit.span
    return {
        "file": span.file,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "start": span.start,
        "end": span.end,
        "new_text": edit.new_text,
    }


def render_json(diagnostics: Iterable[Diagnostic]) -> str:
    """A JSON array (``[]`` when empty), ending with a newline.

    ``ensure_ascii`` keeps the output pure ASCII, so it can be written to any
    stdout encoding without an encoding error; JSON readers decode the escapes.
    """
    return json.dumps([to_json_object(d) for d in diagnostics], indent=2, ensure_ascii=True) + "\n"


# ----------------------------------------------------------------------- github


def escape_data(text: str) -> str:
    """Escape a workflow command's message (GitHub's ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (GitHub's ``escapeProperty``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github_one(diagnostic: Diagnostic) -> str:
    command = "error" if diagnostic.is_error else "warning"
    properties: list[tuple[str, str]] = []
    span = diagnostic.span
    if span is not None:
        properties += [
            ("file", span.file),
            ("line", str(span.line)),
            ("col", str(span.column)),
            ("endLine", str(span.end_line)),
            ("endColumn", str(span.end_column)),
        ]
    properties.append(("title", diagnostic.code))
    message = diagnostic.message
    if diagnostic.hint:
        message += f"\nhint: {diagnostic.hint}"
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{command} {joined}::{escape_data(message)}"


def render_github(diagnostics: Iterable[Diagnostic]) -> str:
    """One workflow command per line (empty string when there is nothing to report)."""
    return "".join(render_github_one(d) + "\n" for d in diagnostics)
