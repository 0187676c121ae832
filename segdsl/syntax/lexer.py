"""A faster drop-in for Lark's basic lexer.

Lark's ``BasicLexer`` spends most of its time per token outside the regular
expression: a ``LineCounter`` object updated for every token, a second regex run
(``fullmatch``) to tell keywords from names, and deprecation shims in ``Token``.
This lexer uses the same terminals in the same order as Lark (so it splits text
exactly as Lark would), but keeps line and column in local variables, tells
keywords from names with a dictionary, and counts newlines only in the terminals
that may hold one (by Lark's own test).  See docs/performance.md for what it saves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lark import Token
from lark.common import LexerConf
from lark.exceptions import UnexpectedCharacters
from lark.lexer import (
    Lexer,
    PatternStr,
    TerminalDef,
    _regexp_has_newline,
)


def _order(terminal: TerminalDef) -> tuple[int, int, int, str]:
    # The order Lark's BasicLexer tries terminals in; Python's `re` takes the first
    # alternative that matches, so the order decides between overlapping terminals.
    pattern = terminal.pattern
    return (-terminal.priority, -pattern.max_width, -len(pattern.value), terminal.name)


class FastLexer(Lexer):
    def __init__(self, conf: LexerConf) -> None:
        self.terminals_by_name = conf.terminals_by_name
        self.ignore = frozenset(conf.ignore)
        self.callbacks: dict[str, Callable[[Token], Token]] = dict(conf.callbacks)
        terminals = sorted(conf.terminals, key=_order)
        patterns = [t for t in terminals if not isinstance(t.pattern, PatternStr)]
        # A keyword such as `where` is also matched by NAME; like Lark, match NAME and
        # then look the text up (Lark's "unless" callback, here a dict).
        self.retype: dict[str, dict[str, str]] = {}
        literal: list[TerminalDef] = []
        for terminal in terminals:
            if not isinstance(terminal.pattern, PatternStr):
                continue
            text = terminal.pattern.value
            owner = next(
                (p for p in patterns
                 if p.priority == terminal.priority
                 and re.fullmatch(p.pattern.to_regexp(), text, conf.g_regex_flags)),
                None,
            )
            if owner is None:
                literal.append(terminal)
            else:
                self.retype.setdefault(owner.name, {})[text] = terminal.name
        kept = [t for t in terminals if t in literal or not isinstance(t.pattern, PatternStr)]
        self.multiline = frozenset(
            t.name for t in kept if _regexp_has_newline(t.pattern.to_regexp())
        )
        self.scanner = re.compile(
            "|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in kept),
            conf.g_regex_flags,
        )
        self.allowed = {t.name for t in kept} - self.ignore

    def lex(self, text: str, *_: Any) -> Iterator[Token]:  # type: ignore[override]
        # Lark hands a custom lexer the text alone.
        pos = 0
        end = len(text)
        line = 1
        line_start = 0
        match = self.scanner.match
        ignore = self.ignore
        retype = self.retype
        callbacks = self.callbacks
        multiline = self.multiline
        while pos < end:
            found = match(text, pos, end)
            if found is None:
                raise UnexpectedCharacters(  # type: ignore[no-untyped-call]
                    text, pos, line, pos - line_start + 1, allowed=self.allowed,
                    terminals_by_name=self.terminals_by_name,
                )
            kind = found.lastgroup or ""
            value = found.group()
            stop = found.end()
            column = pos - line_start + 1
            start_line = line
            end_column = column + len(value)
            if kind in multiline:
                newlines = value.count("\n")
                if newlines:
                    line += newlines
                    line_start = pos + value.rfind("\n") + 1
                    end_column = stop - line_start + 1
            if kind in ignore:
                if kind in callbacks:
                    callbacks[kind](Token(kind, value, pos, start_line, column, line,
                                          end_column, stop))
                pos = stop
                continue
            kind = retype.get(kind, {}).get(value, kind)
            token = Token(kind, value, pos, start_line, column, line, end_column, stop)
            if kind in callbacks:
                token = callbacks[kind](token)
            yield token
            pos = stop
