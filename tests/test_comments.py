"""Comments attached to nodes (segdsl/syntax/comments.py): the rules, that every
comment is attached exactly once, and the tokens kept on the source file."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from test_parser_properties import SETTINGS, mutated_file, token_text, valid_file

from segdsl.syntax import ast
from segdsl.syntax.comments import parts
from segdsl.syntax.parser import parse_source


def every_node(source: ast.SourceFile) -> list[Any]:
    """The nodes comments can attach to, in text order (iteratively)."""
    found: list[Any] = []
    stack: list[Any] = list(reversed(source.declarations))
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(reversed(parts(node)))
    return found


def attachments(text: str) -> list[tuple[str, str, str, str]]:
    """(comment, how, node type, node text) of every attached comment."""
    source = parse_source(text, "t.seg")
    out = []
    for node in every_node(source):
        attached = source.attached.of(node)
        for how, comments in (("leading", attached.leading), ("trailing", attached.trailing),
                              ("dangling", attached.dangling)):
            out += [(c.text, how, type(node).__name__, text[node.span.start:node.span.end])
                    for c in comments]
    out += [(c.text, "file", "SourceFile", "") for c in source.attached.of(source).dangling]
    return sorted(out, key=lambda item: text.index(item[0]))


def test_the_rules_on_one_file() -> None:
    text = """\
# header
segment s  # header comment
  # about the title
  title "t"  # on the title
  where a  # on a
    # about b
    and b and  # after and
    c
    and (  # after the parenthesis
         d or e  # on e
        )
    and f is  # inside
      set
  # indented after s
# column 1 after s
metric m = count(  # inside count
  purchase) + f(  # no argument
  )
# the end
"""
    segment = text[text.index("segment"):text.index("      set") + len("      set")]
    metric = text[text.index("metric"):text.index("  )\n#") + len("  )")]
    assert attachments(text) == [
        ("# header", "leading", "SegmentDecl", segment),
        ("# header comment", "dangling", "SegmentDecl", segment),
        ("# about the title", "leading", "MetaText", 'title "t"'),
        ("# on the title", "trailing", "MetaText", 'title "t"'),
        ("# on a", "trailing", "Name", "a"),
        ("# about b", "leading", "Name", "b"),
        ("# after and", "trailing", "Name", "b"),
        ("# after the parenthesis", "dangling", "Or", "d or e"),
        ("# on e", "trailing", "Name", "e"),
        ("# inside", "trailing", "SegmentDecl", segment),
        ("# indented after s", "trailing", "SegmentDecl", segment),
        ("# column 1 after s", "leading", "MetricDecl", metric),
        ("# inside count", "dangling", "Aggregate", "count(  # inside count\n  purchase)"),
        ("# no argument", "dangling", "Call", "f(  # no argument\n  )"),
        ("# the end", "file", "SourceFile", ""),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("segmentation p\n  a:  # why\n    x\n  b: otherwise  # rest\n",
     [("# why", "dangling", "Branch"), ("# rest", "trailing", "SegmentationDecl")]),
    ("segment s\n  tags a,  # first\n    b\n  where x\n",
     [("# first", "trailing", "Tag")]),
    ("segment s where has purchase with (  # nothing yet\n  )\n",
     [("# nothing yet", "dangling", "EventFilter")]),
    ("segment s where not  # negated\n  x\n", [("# negated", "dangling", "Not")]),
    ("segment s where x in [  # empty\n  ]\n", [("# empty", "dangling", "ListLit")]),
    ("metric m = a +  # plus\n  b\n", [("# plus", "leading", "Name")]),
    ("# just a comment\n", [("# just a comment", "file", "SourceFile")]),
    ("metric m = f(a,  # one\n  # two\n  b)\n",
     [("# one", "trailing", "Name"), ("# two", "leading", "Name")]),
])
def test_rules(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [a[:3] for a in attachments(text)] == expected


def test_a_separator_is_not_skipped_over_another_comment() -> None:
    # `and  # c` talks about `a` -- unless a comment lies between: order is kept.
    text = "segment s where a\n  # x\n  and  # c\n  b\n"
    assert [a[:3] for a in attachments(text)] == [
        ("# x", "leading", "Name"), ("# c", "leading", "Name")]
    assert attachments(text)[1][3] == "b"


def _attached_once(text: str) -> None:
    source = parse_source(text, "f.seg")
    found = [c for node in every_node(source) for attached in [source.attached.of(node)]
             for c in (*attached.leading, *attached.trailing, *attached.dangling)]
    found += source.attached.of(source).dangling
    assert sorted(found, key=lambda c: c.span.start) == list(source.comments)
    assert len(source.attached) == len(source.comments)


@SETTINGS
@given(valid_file())
def test_every_comment_is_attached_once_in_valid_files(generated: tuple[str, list[str]]) -> None:
    _attached_once(generated[0])


@SETTINGS
@given(mutated_file() | token_text())
def test_every_comment_is_attached_once_in_any_text(text: str) -> None:
    _attached_once(text)


# --------------------------------------------------------------------- tokens


@SETTINGS
@given(mutated_file() | token_text())
def test_tokens_cover_the_text(text: str) -> None:
    source = parse_source(text, "f.seg")
    text = source.text
    position = 0
    for token in source.tokens:
        # Between tokens only white space, or a character no token matches.
        gap = text[position:token.start_pos]
        assert not gap.strip() or source.diagnostics, (gap, token)
        assert text[token.start_pos:token.end_pos] == token.value
        line_start = text.rfind("\n", 0, token.start_pos) + 1
        assert token.line == text.count("\n", 0, token.start_pos) + 1
        assert token.column == token.start_pos - line_start + 1
        position = token.end_pos
    assert not text[position:].strip() or source.diagnostics
    comments = [t for t in source.tokens if t.type == "COMMENT"]
    assert [t.value.rstrip("\r") for t in comments] == [c.text for c in source.comments]


def test_the_token_at_a_position() -> None:
    import bisect

    text = "segment vip\n  where lifetime_value >= 1_000  # big\n"
    source = parse_source(text, "t.seg")
    starts = [t.start_pos for t in source.tokens]
    at = text.index("1_000") + 2
    token = source.tokens[bisect.bisect_right(starts, at) - 1]
    assert (token.type, token.value, token.line, token.column) == ("NUMBER", "1_000", 2, 27)
    assert [t.type for t in source.tokens][-1] == "COMMENT"


# ------------------------------------------------------------------- extents


def _check_extents(text: str) -> None:
    """A node's extent (its span and its own parentheses, found in the tokens)
    holds its children's, and starts and ends on tokens."""
    from segdsl.syntax.comments import _Extents

    source = parse_source(text, "f.seg")
    extents = _Extents(source.tokens)
    starts, ends = set(extents.starts), set(extents.ends)
    stack: list[Any] = list(source.declarations)
    while stack:
        node = stack.pop()
        start, end = extents.of(node)
        assert start in starts and end in ends, node
        parens = getattr(node, "parens", 0)
        assert source.text[start:start + parens] == "(" * parens
        for child in parts(node):
            child_start, child_end = extents.of(child)
            assert start <= child_start <= child_end <= end, (node, child)
            stack.append(child)
    for comment in source.comments:
        line_start = text.rfind("\n", 0, comment.span.start) + 1
        assert comment.own_line == (not text[line_start:comment.span.start].strip())


@SETTINGS
@given(valid_file())
def test_extents_nest(generated: tuple[str, list[str]]) -> None:
    _check_extents(generated[0])


@pytest.mark.parametrize("text", [
    "metric m = count(p with (a) and (b) in last 7 days)\n",
    "metric m = count(p with not (a) in last 7 days)\n",
    "metric m = count(p with (x) between (2026-01-01) and (today))\n",
    "segment s where has p with (x > 1) then q with ((y)) within 1 day\n",
])
def test_extents_nest_where_a_window_is_detached(text: str) -> None:
    _check_extents(text)
