"""A faster drop-in for Lark's basic lexer.

Lark's ``BasicLexer`` spends most of its time per token outside the regular
expression: a ``LineCounter`` object updated for every token, a second regex run
(``fullmatch``) to tell keywords from names, and deprecation shims in ``Token``.
This lexer uses the same terminals in the same order as Lark (so it splits text
exactly as Lark would), but keeps line and column in local variables, tells
keywords from names with a dictionary, and counts newlines only in the terminals
that may hold one (by Lark's own test).  See docs/performance.md for what it saves.

The scanning loop itself is :class:`segdsl.syntax.tokens.Scanner`, which needs no
Lark: the parser of ``segdsl check`` (:mod:`segdsl.syntax.lalr`) gets the same
scanner from the plain data this class derives (:meth:`FastLexer.scanner_data`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lark.common import LexerConf
from lark.exceptions import UnexpectedCharacters
from lark.lexer import (
    Lexer,
    PatternStr,
    TerminalDef,
    _regexp_has_newline,
)

from segdsl.syntax.tokens import ScanError, Scanner, Token


def _order(terminal: TerminalDef) -> tuple[int, int, int, str]:
    # The order Lark's BasicLexer tries terminals in; Python's `re` takes the first
    # alternative that matches, so the order decides between overlapping terminals.
    pattern = terminal.pattern
    return (-terminal.priority, -pattern.max_width, -len(pattern.value), terminal.name)


class FastLexer(Lexer):
    def __init__(self, conf: LexerConf) -> None:
        self.terminals_by_name = conf.terminals_by_name
        self.ignore = frozenset(conf.ignore)
        # Lark types the callbacks for its own Token; they get ours (same fields).
        self.callbacks: dict[str, Callable[[Token], Any]] = dict(conf.callbacks)  # type: ignore[arg-type]
        unsupported = set(self.callbacks) - self.ignore
        if unsupported:
            # Only ignored terminals (comments) may have a callback: it sees the token
            # and cannot change it.
            raise ValueError(f"lexer callbacks on kept terminals: {sorted(unsupported)}")
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
        self.pattern = "|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in kept)
        self.flags = int(conf.g_regex_flags)
        self.allowed = {t.name for t in kept} - self.ignore
        self.scanner = Scanner(*self.scanner_data())

    def scanner_data(
        self,
    ) -> tuple[str, int, dict[str, dict[str, str]], frozenset[str], frozenset[str],
               frozenset[str]]:
        """The arguments of :class:`Scanner` that lex exactly like this lexer."""
        return (self.pattern, self.flags, self.retype, self.multiline, self.ignore,
                frozenset(self.callbacks))

    def _on_kept(self, token: Token) -> None:
        self.callbacks[token.type](token)

    def lex(self, text: str, *_: Any) -> Iterator[Token]:  # type: ignore[override]
        # Lark hands a custom lexer the text alone.
        try:
            yield from self.scanner.scan(text, self._on_kept)
        except ScanError as error:
            raise UnexpectedCharacters(  # type: ignore[no-untyped-call]
                text, error.pos, error.line, error.column, allowed=self.allowed,
                terminals_by_name=self.terminals_by_name,
            ) from None
