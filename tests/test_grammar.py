"""The grammar file: its keywords, its LALR conflicts, and where it is found."""

from __future__ import annotations

import importlib.resources
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from lark import Lark
from lark import logger as lark_logger

from segdsl.syntax import grammar, keywords
from segdsl.syntax.lexer import FastLexer

REPO = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ keywords


def test_reserved_words_are_the_grammar_keywords() -> None:
    assert grammar.keywords() == keywords.RESERVED


def test_keywords_are_lowercase_names() -> None:
    for word in keywords.RESERVED:
        assert word.isidentifier() and word == word.lower(), word


@pytest.mark.parametrize("word", sorted(keywords.RESERVED))
def test_every_keyword_is_reserved_as_a_name(word: str) -> None:
    from segdsl.syntax.parser import parse_source

    source = parse_source(f"metric {word} = 1\n", "t.seg")
    assert source.declarations == ()
    assert [d.code for d in source.diagnostics] == ["SYN001"]


# ----------------------------------------------------------------- conflicts

# The grammar resolves these shift/reduce conflicts by shifting, on purpose:
#  * after a value (`predicate: sum`), `in` / `since` / `before` / `between` start a
#    window or list test on that value rather than an aggregate's window
#    (segdsl/syntax/builder.py moves a trailing window back to the aggregate);
#  * after a `has` form, they start the `has` window;
#  * after a `has` form inside an aggregate's filter, `within` starts that `has`'s
#    anchored window (`within D after T`, SPEC 11) rather than the aggregate's (the
#    checker refuses `has` inside a filter anyway).
_CONFLICT_TERMINALS = ("IN", "SINCE", "BEFORE", "BETWEEN")
_CONFLICT_ITEMS = (
    "predicate : sum",
    "has : HAS event_match",
    "has : HAS NO event_match",
    "has : HAS event_match anchor_window",
    "has : HAS NO event_match anchor_window",
    "has : HAS event_match THEN event_match WITHIN duration",
    "has : HAS event_match THEN NO event_match WITHIN duration",
)
EXPECTED_CONFLICTS = frozenset(
    (terminal, item) for terminal in _CONFLICT_TERMINALS for item in _CONFLICT_ITEMS
) | {("WITHIN", "has : HAS event_match"), ("WITHIN", "has : HAS NO event_match")}

_HEADER = re.compile(r"^Shift/Reduce conflict for terminal (\S+): \(resolving as shift\)$")
_ITEM = re.compile(r"^ \* <(.*)>$")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def lark_messages() -> Iterator[list[str]]:
    handler = _Records()
    level = lark_logger.level
    lark_logger.addHandler(handler)
    lark_logger.setLevel(logging.DEBUG)
    try:
        yield handler.messages
    finally:
        lark_logger.removeHandler(handler)
        lark_logger.setLevel(level)


def _conflicts(messages: list[str]) -> set[tuple[str, str]]:
    """Pairs (terminal, item) from Lark's debug output; anything else fails."""
    found: set[tuple[str, str]] = set()
    pending: str | None = None
    for message in messages:
        header = _HEADER.match(message)
        item = _ITEM.match(message)
        if header is not None and pending is None:
            pending = header.group(1)
        elif item is not None and pending is not None:
            found.add((pending, item.group(1)))
            pending = None
        else:
            pytest.fail(f"unexpected message from Lark: {message!r}")
    assert pending is None, "a conflict without its item"
    return found


def test_only_the_expected_shift_reduce_conflicts(lark_messages: list[str]) -> None:
    Lark(
        grammar.grammar_text(),
        parser="lalr",
        lexer="basic",
        maybe_placeholders=True,
        debug=True,
    )
    assert lark_messages, "Lark reported nothing: was the logger captured?"
    assert _conflicts(lark_messages) == EXPECTED_CONFLICTS


def test_conflict_parser_sees_a_new_conflict(lark_messages: list[str]) -> None:
    # The check above must fail when the grammar gains a conflict: add one.
    text = grammar.grammar_text() + '\nextra: sum "*" sum\n'
    text = text.replace("          | sum\n\n", "          | sum\n          | extra\n\n", 1)
    assert "| extra" in text
    Lark(text, parser="lalr", lexer="basic", maybe_placeholders=True, debug=True)
    new = _conflicts(lark_messages) - EXPECTED_CONFLICTS
    assert new and {terminal for terminal, _ in new} == {"STAR"}


def test_the_shipped_parser_is_lalr_with_the_fast_basic_lexer() -> None:
    parser = grammar.parser()
    assert parser.options.parser == "lalr"
    assert parser.options.lexer is FastLexer
    assert grammar.parser() is parser  # cached


# ------------------------------------------------------------- grammar file


def test_grammar_path_in_the_checkout() -> None:
    path = grammar.grammar_path()
    assert path.is_file()
    assert path.name == "segdsl.lark"
    packaged = Path(str(importlib.resources.files("segdsl.syntax") / "segdsl.lark"))
    if not packaged.is_file():
        assert path == REPO / "grammar" / "segdsl.lark"
    assert grammar.grammar_text() == path.read_text(encoding="utf-8")


def test_grammar_path_prefers_the_packaged_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "segdsl.lark").write_text("start: NAME\n", encoding="utf-8")
    monkeypatch.setattr(grammar.importlib.resources, "files", lambda package: tmp_path)
    assert grammar.grammar_path() == tmp_path / "segdsl.lark"


def test_grammar_path_falls_back_to_the_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grammar.importlib.resources, "files", lambda package: tmp_path)
    assert grammar.grammar_path() == REPO / "grammar" / "segdsl.lark"


def test_the_grammar_defines_every_declaration_rule() -> None:
    text = grammar.grammar_text()
    for rule in ("metric_decl", "segment_decl", "segmentation_decl", "aggregate", "window"):
        assert re.search(rf"^{rule}:", text, re.MULTILINE), rule
