"""Text -> :class:`~segdsl.syntax.ast.SourceFile`, never raising.

Recovery: a file is cut into chunks at lines that start a declaration (``metric``,
``segment`` or ``segmentation`` in column 1) and each chunk is parsed on its own, so
a syntax error costs only the declaration it is in and every other declaration is
still checked.  This is what lets ``check`` (and later a language server) report
several problems at once.  Comments are collected during lexing and kept.

Each chunk is parsed by the lean LALR parser (:mod:`segdsl.syntax.lalr`, no Lark);
only a chunk it rejects is parsed again by Lark, whose exception tells what is wrong
(:mod:`segdsl.syntax.syntax_errors` turns it into a diagnostic).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

from segdsl.diagnostics import Diagnostic, Span
from segdsl.project.sources import DISK, SourceReader
from segdsl.syntax import ast, lalr
from segdsl.syntax.builder import Offsets, building
from segdsl.syntax.tokens import Token

_DECLARATION_START = re.compile(r"^(?=(?:metric|segment|segmentation)\b)", re.MULTILINE)
_ENDS_WITH_IN = re.compile(r"(?:^|\s)in\s*$")

def read_source(
    path: Path, display: str, reader: SourceReader = DISK
) -> tuple[str | None, list[Diagnostic], str]:
    """Read a segment file as UTF-8; unreadable bytes become a diagnostic (SYN007).

    Returns the text (None when unreadable), the problems, and the text to show
    the problems in: for bytes that are not UTF-8, the file decoded with
    replacement characters, so the message can show the line with the bad byte and
    put the caret under it.
    """
    try:
        text = reader.read_text(path)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return None, [Diagnostic("SYN007", f"cannot read the file: {reason}", None)], ""
    except UnicodeDecodeError as error:
        data = bytes(error.object)
        shown = data.decode("utf-8", errors="replace")
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        # Columns count characters, as everywhere (diagnostics.Span): the valid
        # multi-byte characters before the bad byte are one column each.
        column = len(data[line_start:error.start].decode("utf-8", errors="replace")) + 1
        offset = len(data[:error.start].decode("utf-8", errors="replace"))
        span = Span(display, line, column, line, column + 1, offset, offset + 1)
        return None, [
            Diagnostic(
                "SYN007", f"the file is not UTF-8 text (byte 0x{data[error.start]:02x})", span,
                hint="save the file as UTF-8",
            )
        ], shown
    return text, [], text


def parse_file(path: Path, display: str, reader: SourceReader = DISK) -> ast.SourceFile:
    """Read and parse one segment file (through ``reader``: the disk by default)."""
    return parse_read(display, *read_source(path, display, reader))


def parse_read(display: str, text: str | None, problems: list[Diagnostic],
               shown: str) -> ast.SourceFile:
    """Parse what :func:`read_source` returned: an unreadable file becomes a
    ``SourceFile`` without declarations that carries the reading problem."""
    if text is None:
        fixed = [
            p if p.span is not None
            else Diagnostic(p.code, p.message, Span.point(display, 1, 1), hint=p.hint)
            for p in problems
        ]
        return ast.SourceFile(display, shown, (), (), tuple(fixed))
    return parse_source(text, display)


def parse_source(text: str, file: str) -> ast.SourceFile:
    """Parse a whole file; syntax problems come back in ``diagnostics``."""
    if text.startswith("\ufeff"):
        # A byte-order mark is invisible in editors, so columns are counted without it.
        text = text[1:]
    declarations: list[ast.Declaration] = []
    comments: list[ast.Comment] = []
    diagnostics: list[Diagnostic] = []
    for start, end in _chunks(text):
        offsets = Offsets(file, text.count("\n", 0, start), start)
        decls, chunk_comments, problems = _parse_chunk(text[start:end], offsets)
        declarations += decls
        comments += chunk_comments
        diagnostics += problems
    return ast.SourceFile(file, text, tuple(declarations), tuple(comments), tuple(diagnostics))


def _chunks(text: str) -> list[tuple[int, int]]:
    """Character ranges that each hold whole declarations."""
    cuts = [0]
    for match in _DECLARATION_START.finditer(text):
        position = match.start()
        if position == 0:
            continue
        # `in` at the end of the previous line of code means this `segment` is the
        # tail of `in segment NAME`, not a new declaration.
        if _ENDS_WITH_IN.search(_previous_code_line(text, position)):
            continue
        cuts.append(position)
    cuts.append(len(text))
    return [(a, b) for a, b in itertools.pairwise(cuts) if a < b]


def _previous_code_line(text: str, position: int) -> str:
    """The last line before ``position`` that holds more than white space and a comment."""
    end = position
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        code = text[start:end].split("#", 1)[0].strip()
        if code:
            return code
        end = start
    return ""


def _parse_chunk(
    text: str, offsets: Offsets
) -> tuple[list[ast.Declaration], list[ast.Comment], list[Diagnostic]]:
    comments: list[Token] = []
    try:
        with building(offsets):
            # The value of the `start` rule: the chunk's declarations.
            declarations: list[ast.Declaration] = lalr.parser().parse(text, comments)
    except lalr.SyntaxFailure:
        # Start afresh (the builder may have reported problems of a part it built).
        fresh = Offsets(offsets.file, offsets.line, offsets.pos)
        return _parse_chunk_with_lark(text, fresh)
    return declarations, _comments(comments, offsets), offsets.diagnostics


def _parse_chunk_with_lark(
    text: str, offsets: Offsets
) -> tuple[list[ast.Declaration], list[ast.Comment], list[Diagnostic]]:
    """Parse with Lark: slower, but its exceptions describe syntax errors."""
    from lark.exceptions import LarkError, UnexpectedInput

    from segdsl.syntax import grammar
    from segdsl.syntax.syntax_errors import describe_unexpected

    sink: list[Token] = []
    reset = grammar.comment_sink.set(sink)
    try:
        with building(offsets):
            # The inline transformer makes Lark return the `start` rule's value.
            declarations: list[ast.Declaration] = grammar.parser().parse(text)  # type: ignore[assignment]
    except UnexpectedInput as error:
        problems = [*offsets.diagnostics, describe_unexpected(error, text, offsets)]
        return [], _comments(sink, offsets), problems
    except LarkError as error:  # pragma: no cover - defensive: any other Lark failure
        span = Span.point(offsets.file, offsets.line + 1, 1, offsets.pos)
        return [], [], [Diagnostic("SYN001", f"cannot parse this part of the file ({error})", span)]
    finally:
        grammar.comment_sink.reset(reset)
    return declarations, _comments(sink, offsets), offsets.diagnostics


def _comments(tokens: list[Token], offsets: Offsets) -> list[ast.Comment]:
    comments = []
    for token in tokens:
        text, span = str(token), offsets.of_token(token)
        if text.endswith("\r"):  # the CR of a CRLF line ending is not part of the comment
            text = text[:-1]
            span = replace(span, end_column=span.end_column - 1, end=span.end - 1)
        comments.append(ast.Comment(text, span))
    return comments

