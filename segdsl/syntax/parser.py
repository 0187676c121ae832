"""Text -> :class:`~segdsl.syntax.ast.SourceFile`, never raising.

Recovery: a file is cut into chunks at lines that start a declaration (``metric``,
``segment``, ``segmentation`` or ``event`` in column 1) and each chunk is parsed on its own, so
a syntax error costs only the declaration it is in and every other declaration is
still checked.  This is what lets ``check`` (and later a language server) report
several problems at once.  Comments are collected during lexing and kept; the
other tokens are not (keeping 50,000 of them alive cost a big ``check`` ~10 % in
garbage collection): ``SourceFile.tokens`` scans the text again when first asked
(:func:`scan_tokens`), and ``SourceFile.attached`` attaches the comments to nodes
(:mod:`segdsl.syntax.comments`) when first asked.  ``check`` asks for neither.

Each chunk is parsed by the lean LALR parser (:mod:`segdsl.syntax.lalr`, no Lark);
only a chunk it rejects is parsed again by Lark, whose exception tells what is wrong
(:mod:`segdsl.syntax.syntax_errors` turns it into a diagnostic).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span
from segdsl.project.sources import DISK, SourceReader
from segdsl.syntax import ast, lalr
from segdsl.syntax.builder import Offsets, building
from segdsl.syntax.tokens import ScanError, Token

_DECLARATION_START = re.compile(r"^(?=(?:metric|segment|segmentation|event)\b)", re.MULTILINE)
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
        return None, [Diagnostic(Code.SYN007, f"cannot read the file: {reason}", None)], ""
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
                Code.SYN007, f"the file is not UTF-8 text (byte 0x{data[error.start]:02x})", span,
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
    comments: list[Token] = []
    diagnostics: list[Diagnostic] = []
    line = 1
    previous = 0
    for start, end in _chunks(text):
        line += text.count("\n", previous, start)
        previous = start
        decls, problems = _parse_chunk(text, start, end, line, file, comments)
        declarations += decls
        diagnostics += problems
    return ast.SourceFile(file, text, tuple(declarations), tuple(_comments(comments, file, text)),
                          tuple(diagnostics))


def scan_tokens(text: str) -> tuple[Token, ...]:
    """Every token of ``text`` (a parsed file's text, without a byte-order mark), in
    text order and file positions, comments included: what the parser read.  A
    character no token matches (only in a file with syntax errors) has none."""
    return tuple(_scan_all(text, 0, len(text), 1))


def declaration_starts(text: str) -> list[int]:
    """Where declarations start after the first: each line that begins (column 1)
    with `metric`, `segment`, `segmentation` or `event`.  The parser cuts a file there, and
    the language server finds the declaration around the cursor with it."""
    starts: list[int] = []
    for match in _DECLARATION_START.finditer(text):
        position = match.start()
        if position == 0:
            continue
        # `in` at the end of the previous line of code means this `segment` is the
        # tail of `in segment NAME`, not a new declaration.
        if _ENDS_WITH_IN.search(_previous_code_line(text, position)):
            continue
        starts.append(position)
    return starts


def _chunks(text: str) -> list[tuple[int, int]]:
    """Character ranges that each hold whole declarations."""
    cuts = [0, *declaration_starts(text), len(text)]
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
    text: str, start: int, end: int, line: int, file: str, comments: list[Token]
) -> tuple[list[ast.Declaration], list[Diagnostic]]:
    """Parse ``text[start:end]``, which begins at the start of line ``line``; its
    comments are appended to ``comments``."""
    offsets = Offsets(file)  # the lean parser's tokens are in file positions already
    read: list[Token] = []
    try:
        with building(offsets):
            # The value of the `start` rule: the chunk's declarations.
            declarations: list[ast.Declaration] = lalr.parser().parse(
                text, read, start, end, line)
    except lalr.SyntaxFailure:
        return _parse_chunk_with_lark(text, start, end, line, file, comments)
    comments += read
    return declarations, offsets.diagnostics


def _parse_chunk_with_lark(
    text: str, start: int, end: int, line: int, file: str, comments: list[Token]
) -> tuple[list[ast.Declaration], list[Diagnostic]]:
    """Parse with Lark: slower, but its exceptions describe syntax errors.

    Lark reads the chunk alone (its positions are the chunk's, which the builder and
    the error messages shift by ``Offsets``); the chunk's comments come from scanning
    it again in file positions, past any character no token matches.
    """
    from lark.exceptions import LarkError, UnexpectedInput

    from segdsl.syntax import grammar
    from segdsl.syntax.syntax_errors import describe_unexpected

    comments += [t for t in _scan_all(text, start, end, line) if t.type == "COMMENT"]
    chunk = text[start:end]
    # Start afresh (the lean parser's builder may have reported problems of a part
    # it built before it failed).
    offsets = Offsets(file, line - 1, start)
    try:
        with building(offsets):
            # The inline transformer makes Lark return the `start` rule's value.
            declarations: list[ast.Declaration] = grammar.parser().parse(chunk)  # type: ignore[assignment]
    except UnexpectedInput as error:
        return [], [*offsets.diagnostics, describe_unexpected(error, chunk, offsets)]
    except LarkError as error:  # pragma: no cover - defensive: any other Lark failure
        span = Span.point(offsets.file, offsets.line + 1, 1, offsets.pos)
        return [], [Diagnostic(Code.SYN001, f"cannot parse this part of the file ({error})", span)]
    return declarations, offsets.diagnostics


def _scan_all(text: str, start: int, end: int, line: int) -> list[Token]:
    """The tokens of a chunk with a syntax error.  A character no token matches
    (``;``, a lone ``"``) gets none; scanning goes on after it."""
    found: list[Token] = []
    scanner = lalr.parser().scanner
    line_start = start
    while True:
        try:
            for token in scanner.scan(text, found.append, start, end, line, line_start):
                found.append(token)
        except ScanError as error:
            # Never a line break (white space always scans): go on along the line.
            start = error.pos + 1
            line = error.line
            line_start = error.pos - error.column + 1
            continue
        return found


def _comments(tokens: list[Token], file: str, text: str) -> list[ast.Comment]:
    comments = []
    for token in tokens:
        value, end, end_column = token.value, token.end_pos, token.end_column
        if value.endswith("\r"):  # the CR of a CRLF line ending is not part of the comment
            value, end, end_column = value[:-1], end - 1, end_column - 1
        start = token.start_pos
        span = Span(file, token.line, token.column, token.end_line, end_column, start, end)
        line_start = text.rfind("\n", 0, start) + 1
        comments.append(ast.Comment(value, span, not text[line_start:start].strip()))
    return comments
