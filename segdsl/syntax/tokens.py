"""Tokens and the scanner that makes them, without Lark.

``segdsl check`` parses with :mod:`segdsl.syntax.lalr` and never imports Lark (its
import alone costs ~50 ms), so the token type and the scanning loop live here.
:class:`~segdsl.syntax.lexer.FastLexer` runs the same loop inside Lark, so both
parsers see the same tokens, and ``tests/test_lexer.py`` checks that they are
exactly the tokens of Lark's own basic lexer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


class Token:
    """A terminal as Lark describes one (same attribute names), but a plain slotted
    object: Lark's ``Token`` is a ``str`` subclass whose creation costs three times
    as much.  ``str(token)`` is its text.  Lines and columns are 1-based,
    ``end_column`` exclusive; ``start_pos``/``end_pos`` are offsets in the parsed text.
    """

    __slots__ = ("column", "end_column", "end_line", "end_pos", "line", "start_pos", "type",
                 "value")

    def __init__(self, type: str, value: str, start_pos: int, line: int, column: int,
                 end_line: int, end_column: int, end_pos: int) -> None:
        self.type = type
        self.value = value
        self.start_pos = start_pos
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.end_pos = end_pos

    def __str__(self) -> str:
        return self.value

    def __len__(self) -> int:
        return len(self.value)

    def __repr__(self) -> str:
        return f"Token({self.type!r}, {self.value!r})"


class ScanError(Exception):
    """No terminal matches at ``pos`` (1-based ``line`` and ``column``)."""

    def __init__(self, pos: int, line: int, column: int) -> None:
        super().__init__(f"no terminal matches at line {line}, column {column}")
        self.pos = pos
        self.line = line
        self.column = column


class Scanner:
    """Lark's basic lexing, from plain data (see FastLexer for how it is derived).

    ``pattern`` holds one named group per terminal, in the order Lark tries them;
    ``retype`` maps a terminal to the keywords it also matches (NAME -> {"where":
    "WHERE"}); ``multiline`` names the terminals that may hold a newline; tokens of
    ``ignore`` terminals are dropped, except those of ``kept`` ones (comments), which
    go to the ``on_kept`` function given to :meth:`scan`.
    """

    def __init__(self, pattern: str, flags: int, retype: dict[str, dict[str, str]],
                 multiline: frozenset[str], ignore: frozenset[str],
                 kept: frozenset[str]) -> None:
        self.regex = re.compile(pattern, flags)
        self.retype = retype
        self.multiline = multiline
        self.ignore = ignore
        self.kept = kept

    def scan(self, text: str, on_kept: Callable[[Token], object], begin: int = 0,
             finish: int | None = None, line: int = 1,
             line_start: int | None = None) -> Iterator[Token]:
        """The tokens of ``text[begin:finish]``, positioned in the whole of ``text``.

        ``line`` is the line ``begin`` is on, and ``line_start`` where that line
        starts (default: ``begin``).  Scanning a part of a file this way gives tokens
        in file positions, so the parser needs no second pass to shift them.
        """
        pos = begin
        end = len(text) if finish is None else finish
        if line_start is None:
            line_start = begin
        # Unbounded: a token never runs past a chunk's end (chunks end before a line
        # that starts with a keyword, and only white space spans a line break), and a
        # bounded match costs ~5 % of the scan.
        match = self.regex.match
        ignore = self.ignore
        kept = self.kept
        retype = self.retype
        multiline = self.multiline
        while pos < end:
            found = match(text, pos)
            if found is None:
                raise ScanError(pos, line, pos - line_start + 1)
            kind = found.lastgroup or ""
            value = found.group()
            stop = found.end()
            column = pos - line_start + 1
            start_line = line
            end_column = column + stop - pos
            if kind in multiline:
                newlines = value.count("\n")
                if newlines:
                    line += newlines
                    line_start = pos + value.rfind("\n") + 1
                    end_column = stop - line_start + 1
            if kind in ignore:
                if kind in kept:
                    on_kept(Token(kind, value, pos, start_line, column, line, end_column, stop))
                pos = stop
                continue
            if kind in retype:
                kind = retype[kind].get(value, kind)
            yield Token(kind, value, pos, start_line, column, line, end_column, stop)
            pos = stop
