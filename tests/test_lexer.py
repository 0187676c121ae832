"""FastLexer must split text exactly as Lark's basic lexer does."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark
from lark.exceptions import UnexpectedCharacters

from segdsl.syntax import grammar
from segdsl.syntax.lexer import FastLexer

EXAMPLE_DIR = Path(__file__).resolve().parents[1] / "examples" / "shop" / "segments"
EXAMPLES = sorted(EXAMPLE_DIR.glob("*.seg"))

Tokens = list[tuple[str, str, int, int, int, int, int, int]] | str


@functools.cache
def _reference() -> Lark:
    return Lark(grammar.grammar_text(), parser="lalr", lexer="basic")


@pytest.fixture(scope="module")
def reference() -> Lark:
    return _reference()


@functools.cache
def _fast_lexer() -> FastLexer:
    return FastLexer(grammar.parser().lexer_conf)


def _basic(parser: Lark, text: str) -> Tokens:
    try:
        return [(t.type, str(t), t.start_pos or 0, t.line or 0, t.column or 0, t.end_line or 0,
                 t.end_column or 0, t.end_pos or 0) for t in parser.lex(text)]
    except UnexpectedCharacters as error:
        return f"error at {error.pos_in_stream} ({error.line}:{error.column})"


def _fast(text: str) -> Tokens:
    lexer = _fast_lexer()
    try:
        return [(t.type, str(t), t.start_pos or 0, t.line or 0, t.column or 0, t.end_line or 0,
                 t.end_column or 0, t.end_pos or 0) for t in lexer.lex(text)]
    except UnexpectedCharacters as error:
        return f"error at {error.pos_in_stream} ({error.line}:{error.column})"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_same_tokens_as_lark_on_the_examples(reference: Lark, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    tokens = _fast(text)
    assert tokens == _basic(reference, text)
    assert len(tokens) > 50


@pytest.mark.parametrize("text", [
    'segment a where x = "a\\"b" # c\n  and y >= 2026-01-31T08:00:00Z\n',
    "metric m = 1_000.5 + 3 days ago",
    'segment a where x = "unterminated\n',
    "segment a where x = 1 ; y",
    "\n\n\n   \t# only a comment\r\n",
    "",
])
def test_same_tokens_as_lark_on_edge_cases(reference: Lark, text: str) -> None:
    assert _fast(text) == _basic(reference, text)


_ALPHABET = st.sampled_from(
    ["segment", "where", "and", "in", "last", "x", "x1", "_y", "3", "3.5", "1_0", "2026-01-31",
     "2026-01-31T08:00:00Z", '"s"', '"a\\"b"', "#c", "\n", " ", "\t", "\r\n", "=", "<=", ">=",
     "!=", "<", ">", "(", ")", "[", "]", ",", ":", ".", "%", "+", "-", "*", "/", "é", "!", '"']
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_same_tokens_as_lark_on_token_soup(text: str) -> None:
    assert _fast(text) == _basic(_reference(), text)
