"""Formatting a file, and printing one node: the entry points of ``segdsl.format``.

``format_text`` parses, prints (:mod:`segdsl.format.printer`), lays the document
out (:mod:`segdsl.format.doc`) and checks its own work: the text it returns parses
without problems to the same tree (:mod:`segdsl.format.verify`) with the same
comments.  A text with syntax errors is never formatted (:class:`FormatError`
carries the parse diagnostics).

Between declarations there is one blank line (between two one-line metrics, as
written: none or one); around the comments that lead a declaration (and at the end
of the file) blank lines are kept as written, at most one in a row.  Line endings
follow the file's first one (LF or CR LF); a byte-order mark is kept.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from segdsl.deep import run_deep
from segdsl.diagnostics import Diagnostic
from segdsl.format.doc import layout
from segdsl.format.printer import WIDTH, Printer
from segdsl.format.verify import source_key
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source

T = TypeVar("T")

_RECURSION_LIMIT = 1_000_000


class FormatError(Exception):
    """The text cannot be formatted; ``diagnostics`` say why (with positions).

    ``internal`` marks a bug in segdsl rather than in the text (the result would not
    parse back to the same definitions); ``diagnostics`` is then empty.
    """

    def __init__(self, diagnostics: Sequence[Diagnostic], message: str | None = None,
                 *, internal: bool = False) -> None:
        super().__init__(message or "; ".join(d.message for d in diagnostics))
        self.diagnostics = tuple(diagnostics)
        self.internal = internal


def format_text(text: str, path: str = "<text>") -> str:
    """``text`` in the canonical layout.

    Raises :class:`FormatError` when the text does not parse (its diagnostics),
    and, defensively, when the result would not parse back to the same tree with
    the same comments (then the text is left as it is; that is a bug).
    """
    source = parse_source(text, path)
    problems = [d for d in source.diagnostics if d.is_error]
    if problems:
        raise FormatError(problems)
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    newline = "\r\n" if _first_line_ending(text) == "\r\n" else "\n"
    formatted = _deep(lambda: _check(source, format_source(source), path))
    if newline != "\n":
        formatted = formatted.replace("\n", newline)
    return bom + formatted


def format_source(source: ast.SourceFile, width: int = WIDTH) -> str:
    """A parsed file (without syntax errors) in the canonical layout, LF line ends."""
    printer = Printer(source.attached)
    text = source.text
    lines: list[str] = []
    previous_end: int | None = None  # where the last thing printed ended in the source
    previous_short: type | None = None  # it was a one-line metric (or named event)
    for declaration in source.declarations:
        printed = layout(printer.declaration(declaration), width)
        short = (type(declaration) if isinstance(declaration, ast.MetricDecl | ast.EventDecl)
                 and "\n" not in printed else None)
        leading = source.attached.leading(declaration)
        starts = [c.span.start for c in leading] + [declaration.span.start]
        ends = [previous_end, *(c.span.end for c in leading)]
        blanks = [end is not None and _blank_between(text, end, start)
                  for end, start in zip(ends, starts, strict=True)]
        # Declarations are a blank line apart, except one-line metrics (or named
        # events) written together (a list of traits reads best as a block).
        if lines and not any(blanks) and not (short is not None and short is previous_short):
            blanks[0] = True
        for comment, blank in zip(leading, blanks, strict=False):
            _add(lines, [comment.text.rstrip()], blank)
        _add(lines, printed.split("\n"), blanks[-1])
        trailing = source.attached.trailing(declaration)
        previous_end = max([declaration.span.end, *(c.span.end for c in trailing)])
        previous_short = short
    for comment in source.attached.of(source).dangling:
        blank = previous_end is not None and _blank_between(text, previous_end, comment.span.start)
        _add(lines, [comment.text.rstrip()], blank)
        previous_end = comment.span.end
    return "".join(line + "\n" for line in lines)


def print_node(node: Any, width: int | None = None) -> str:
    """One node as the formatter writes it, without comments: an expression or a
    condition on one line (``count(purchase in last 30 days) >= 3``), a window, a
    duration, or a whole declaration in its canonical layout.  With ``width``, a
    parenthesized ``and``/``or`` that does not fit is broken over lines.
    """
    declaration = isinstance(node, ast.MetricDecl | ast.SegmentDecl | ast.SegmentationDecl
                             | ast.EventDecl)
    printer = Printer(break_top=declaration)
    doc = printer.declaration(node) if declaration else printer.node(node)
    return _deep(lambda: layout(doc, sys.maxsize if width is None else width))


# ----------------------------------------------------------------- helpers


def _add(lines: list[str], new: list[str], blank: bool) -> None:
    """Append ``new`` lines, after an empty line if ``blank`` (never at the top)."""
    if blank and lines:
        lines.append("")
    lines += new


def _blank_between(text: str, end: int, start: int) -> bool:
    """Whether an empty line lies between offsets ``end`` and ``start``."""
    return text.count("\n", end, start) >= 2


def _first_line_ending(text: str) -> str:
    at = text.find("\n")
    return "\r\n" if at > 0 and text[at - 1] == "\r" else "\n"


def _check(before: ast.SourceFile, formatted: str, path: str) -> str:
    after = parse_source(formatted, path)
    same = (not after.diagnostics
            and source_key(after) == source_key(before)
            and _comment_texts(after) == _comment_texts(before))
    if not same:
        raise FormatError([], "formatting would change the definitions or comments, so the "
                          "file is left as it is (this is a bug in segdsl; please report it)",
                          internal=True)
    return formatted


def _comment_texts(source: ast.SourceFile) -> Counter[str]:
    # Trailing white space in a comment is dropped, as at the end of any line.
    return Counter(c.text.rstrip() for c in source.comments)


def _deep(build: Callable[[], T]) -> T:
    """``build()`` on a thread with a large stack: the printer recurses as deep as
    the tree (a 600-fold nested condition), as the parser never does."""
    try:
        return run_deep(build, name="segdsl-format", recursion_limit=_RECURSION_LIMIT)
    except RecursionError:
        raise FormatError([], "a definition is nested too deeply to format") from None
