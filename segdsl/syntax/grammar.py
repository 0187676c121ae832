"""Finding and loading the Lark grammar.

The grammar lives in ``grammar/segdsl.lark`` at the top of the repository; the wheel
carries a copy next to this module (see ``pyproject.toml``).  Building an LALR parser
from it costs about a tenth of a second, so the built parser is cached on disk by
Lark (keyed by the grammar's hash and Lark's version) and in memory per process.

``segdsl check`` rarely needs this parser: it parses with the lean parser of
:mod:`segdsl.syntax.lalr`, whose tables are taken from this one once and cached.
Lark parses only the chunks that have a syntax error, to describe it.
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

from segdsl.cache import cache_folder
from segdsl.syntax.tokens import Token

if TYPE_CHECKING:
    from lark import Lark

GRAMMAR_FILE = "segdsl.lark"


def _collect_comment(token: Token) -> Token:
    """The lexer callback on comments.  It does nothing, but a callback is what makes
    the scanner report an ignored terminal (``Scanner``'s ``kept``): the lean parser
    collects comments that way; a chunk Lark parses gets its comments from a second
    scan (syntax/parser.py)."""
    return token


def grammar_path() -> Path:
    """The grammar inside an installed wheel, else the one in the source checkout."""
    packaged = Path(str(importlib.resources.files("segdsl.syntax") / GRAMMAR_FILE))
    if packaged.is_file():
        return packaged
    # An editable install or a plain checkout: segdsl/syntax/ -> repository root.
    return Path(__file__).resolve().parents[2] / "grammar" / GRAMMAR_FILE


def grammar_text() -> str:
    return grammar_path().read_text(encoding="utf-8")


@functools.cache
def parser() -> Lark:
    # A basic (not contextual) lexer keeps keywords reserved everywhere (SPEC 3.1);
    # FastLexer is Lark's basic lexer made faster.  The AST is built during the parse
    # by an inline transformer; it computes spans from the tokens, so every token is
    # kept and Lark's propagate_positions is off (it tripled the parse time).
    # Lark is imported here, not at the top: `segdsl check` parses without it
    # (segdsl/syntax/lalr.py) and needs it only to build that parser's tables and to
    # describe syntax errors.
    from lark import Lark

    from segdsl.syntax.builder import AstBuilder
    from segdsl.syntax.lexer import FastLexer

    return Lark(
        grammar_text(),
        parser="lalr",
        lexer=FastLexer,
        keep_all_tokens=True,
        maybe_placeholders=True,
        transformer=AstBuilder(),
        lexer_callbacks={"COMMENT": _collect_comment},
        cache=_cache_file(),
    )


def _cache_file() -> str | bool:
    """Where Lark keeps the built parser: the user's own cache folder.

    Lark's default is the shared temp folder; its cache is a pickle, so it should
    live where only the user can write.  Lark checks the grammar's hash and its own
    version before using the file, and carries on without it if it cannot be written.
    """
    folder = cache_folder()
    return False if folder is None else str(folder / "grammar.lark-cache")


def keywords() -> frozenset[str]:
    """Every word the grammar treats as a keyword (a string terminal that looks like a name)."""
    words = set()
    for terminal in parser().terminals:
        pattern = terminal.pattern
        if pattern.type == "str" and pattern.value.isidentifier():
            words.add(pattern.value)
    return frozenset(words)
