"""What fits at a position (segdsl/lsp/context.py), on incomplete text and checked
against the parser's AST: at every name of the example project and the
conformance corpus, the reading of the text before it must say what the AST says
(an event, a property of the event in scope, a relation's attribute, a segment)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from segdsl.lsp.context import Expect, Subject, analyze, declaration_start, tokens, word_at
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source
from segdsl.syntax.walk import children

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted([*REPO.glob("examples/*/segments/**/*.seg"),
                 *REPO.glob("tests/conformance/segments/**/*.seg")])


def at_end(text: str) -> Any:
    return analyze(text, len(text))


@pytest.mark.parametrize(("text", "expect", "event"), [
    ("segment a where has ", Expect.EVENT, None),
    ("segment a where has no ", Expect.EVENT, None),
    ("segment a where has purchase then no ", Expect.EVENT, None),
    ("segment a where has purchase with ", Expect.OPERAND, "purchase"),
    ("segment a where has purchase with cat", Expect.OPERAND, "purchase"),
    ("segment a where has purchase with (amount > 3 and ", Expect.OPERAND, "purchase"),
    ('segment a where has purchase with category = "kids" and ', Expect.OPERAND, None),
    ("segment a where has purchase with amount between 1 and 2 and ", Expect.OPERAND, None),
    ("segment a where has purchase with lower(", Expect.OPERAND, "purchase"),
    ("segment a where has purchase with amount > 3 then ", Expect.EVENT, None),
    ("segment a where has purchase with amount > 3 in last 3 days and ", Expect.OPERAND,
     None),
    ("segment a where count(", Expect.EVENT, None),
    ("segment a where count(distinct ", Expect.EVENT, None),
    ("segment a where count(purchase with ", Expect.OPERAND, "purchase"),
    ("segment a where count(purchase with x > 1 and ", Expect.OPERAND, "purchase"),
    ("segment a where count(purchase with x > 1) + ", Expect.OPERAND, None),
    ("segment a where sum(purchase.amount with (x > 1) or ", Expect.OPERAND, "purchase"),
    ("segment a where lower(", Expect.OPERAND, None),
    ("segment a where in segment ", Expect.SEGMENT, None),
    ("segment a where age ", Expect.OPERATOR, None),
    ("segment a where age > 3 ", Expect.OPERATOR, None),
    ("segment a where x in ", Expect.AFTER_IN, None),
    ("segment a where has purchase in last ", Expect.NOTHING, None),
    ("segment a where has purchase in last 3 ", Expect.UNIT, None),
    ("segment a where has a then b within 2 ", Expect.UNIT, None),
    ("segment a where has purchase in current ", Expect.PERIOD, None),
    ("segment a\n  title \"x\"\n  ", Expect.META, None),
    ("segment a\n  title ", Expect.NOTHING, None),
    ("segment a\n  tags ", Expect.TAG, None),
    ("segment a\n  tags one, ", Expect.TAG, None),
    ("segment a\n  tags one ", Expect.META, None),
    ("segment a\n  expect ", Expect.MEASURE, None),
    ("segment a\n  expect share between 1% ", Expect.NOTHING, None),
    ("segment a\n  expect share between 1% and 3% ", Expect.META, None),
    ("segment a\n  expect size >= 3\n  ", Expect.META, None),
    ("segment ", Expect.NOTHING, None),
    ("segmentation s\n  a: ", Expect.OPERAND, None),
    ("segmentation s\n  a: has purchase with amount > 3 and b > 1\n  b: ", Expect.OPERAND,
     None),
    ("metric m = ", Expect.OPERAND, None),
    ("metric m ", Expect.NOTHING, None),
    ("seg", Expect.DECLARATION, None),
    ("segment a where x\n", Expect.DECLARATION, None),
    ("", Expect.DECLARATION, None),
    ("segment a where x # has ", Expect.NOTHING, None),
    ("segment a where x = 3", Expect.NOTHING, None),  # typing a number
    ("segment a where )))]] and ", Expect.OPERAND, None),  # unbalanced: still an answer
])
def test_what_fits_at_the_end_of_incomplete_text(text: str, expect: Expect,
                                                 event: str | None) -> None:
    context = at_end(text)
    assert context.expect is expect, context
    assert context.event == event, context


def test_the_partial_word_is_left_out_of_the_reading() -> None:
    context = at_end("segment a where has purch")
    assert (context.expect, context.prefix, context.start) == (Expect.EVENT, "purch", 20)


def test_members_and_aggregate_subjects() -> None:
    assert at_end("segment a where account.").relation == "account"
    assert at_end("segment a where account.ind").expect is Expect.RELATION_ATTR
    context = at_end("segment a where sum(purchase.")
    assert (context.expect, context.event) == (Expect.PROPERTY_OF, "purchase")
    # After the aggregate's `with`, a dotted name is a relation's attribute again.
    assert at_end("segment a where count(purchase with account.").expect \
        is Expect.RELATION_ATTR
    assert at_end("segment a where count(").function == "count"


def test_the_subject_of_a_comparison() -> None:
    context = at_end("segment a where loyalty_tier = ")
    assert context.subject == Subject("loyalty_tier")
    assert context.operator == "="
    context = at_end("segment a where account.industry != ")
    assert context.subject == Subject("industry", base="account")
    context = at_end("segment a where has purchase with category = ")
    assert context.subject == Subject("category", event="purchase")
    context = at_end('segment a where country not in ["DE", ')
    assert (context.expect, context.subject) == (Expect.VALUE, Subject("country"))
    assert at_end("segment a where lower(country) = ").subject is None
    assert at_end("metric m = ").subject is None


def test_inside_a_text_string() -> None:
    context = at_end('segment a where loyalty_tier = "go')
    assert (context.expect, context.in_string, context.prefix) == (Expect.VALUE, True, '"go')
    assert context.start == len("segment a where loyalty_tier = ")
    context = at_end('segment a where country in ["DE", "a')
    assert (context.expect, context.subject) == (Expect.VALUE, Subject("country"))
    # A string that is no comparison's right side: nothing fits.
    assert at_end('segment a\n  title "Big sp').expect is Expect.NOTHING
    assert at_end('segment a where lower(city) contains "x').expect is Expect.NOTHING
    # Right after a closed string, outside it.
    assert at_end('segment a where country = "DE"').expect is Expect.NOTHING
    assert at_end('segment a where country = "DE" ').expect is Expect.OPERATOR
    text = 'segment a where tier = "a\\"b'
    assert at_end(text).in_string


def test_declaration_start_skips_in_segment_split_over_lines() -> None:
    text = "segment a where x\nsegment b where in\nsegment c and "
    assert declaration_start(text, len(text)) == text.index("segment b")
    assert at_end(text).expect is Expect.OPERAND


def test_word_at() -> None:
    text = 'segment a where country = "DE"  # country'
    assert word_at(text, text.index("country") + 3) == (16, 23)
    assert word_at(text, 23) == (16, 23)  # just after the word
    assert word_at(text, text.index("DE") + 1) is None  # in a string
    assert word_at(text, len(text) - 2) is None  # in a comment
    assert word_at("a 3b", 3) is None
    assert word_at("", 0) is None


def test_tokens_never_fail() -> None:
    for text in ["\x00\"", "\"\\", "\ufeff", "é", "#", "2026-01-01T", "1_2.3_", "!", "<=>",
                 "a\rb", "\u2028x", "tags\n,", "expect share between 1% and"]:
        assert "".join(t.text for t in tokens(text)) == "".join(text.split()).split("#")[0]
        for offset in range(len(text) + 1):
            analyze(text, offset)


# ------------------------------------------------------------------ corpus


def _names(node: Any, scope: str | None) -> Iterator[tuple[int, str, str | None]]:
    """(offset, what the AST says is there, event or relation) for every name."""
    stack: list[tuple[Any, str | None]] = [(node, scope)]
    while stack:
        node, scope = stack.pop()
        match node:
            case ast.Name():
                yield node.span.start, "operand", scope
            case ast.Member():
                yield node.base_span.start, "operand", None
                yield node.name_span.start, "relation", node.base
            case ast.Call():
                yield node.name_span.start, "operand", scope
            case ast.Aggregate():
                yield node.event_span.start, "event", None
                if node.prop_span is not None:
                    yield node.prop_span.start, "property_of", node.event
                if node.filter is not None and node.filter.condition is not None:
                    stack.append((node.filter.condition, node.event))
                if node.window is not None:
                    stack.append((node.window, scope))
                continue
            case ast.EventMatch():
                yield node.event_span.start, "event", None
                if node.filter is not None and node.filter.condition is not None:
                    stack.append((node.filter.condition, node.event))
                continue
            case ast.InSegment():
                yield node.name_span.start, "segment", None
        stack.extend((child, scope) for child in children(node))


_EXPECTED = {"operand": {Expect.OPERAND}, "relation": {Expect.RELATION_ATTR},
             "event": {Expect.EVENT}, "property_of": {Expect.PROPERTY_OF},
             "segment": {Expect.SEGMENT}}


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_name_of_the_corpus_is_read_as_the_ast_says(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parsed = parse_source(text, path.name)
    assert not [d for d in parsed.diagnostics if d.is_error]
    checked = 0
    for decl in parsed.declarations:
        for offset, what, owner in _names(decl, None):
            context = analyze(text, offset)
            line = text.count("\n", 0, offset) + 1
            where = f"{path.name}:{line}: {text[offset:offset + 30]!r}"
            assert context.expect in _EXPECTED[what], (where, what, context)
            if what in ("operand", "property_of"):
                assert context.event == owner, (where, what, context)
            elif what == "relation":
                assert context.relation == owner, (where, context)
            checked += 1
    assert checked > 0
