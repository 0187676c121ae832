"""Property tests of the formatter: parse(format(x)) is parse(x) (positions and
spellings aside), format is idempotent, and comments survive in order, where they
were.  Over generated files (the parser's grammar-driven generator and the
differential tests' well-typed one) and over every ``.seg`` file in the repository.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from differential.definitions import definitions
from differential.schemas import schemas
from differential.timepool import TimePool, as_ofs
from hypothesis import given
from hypothesis import strategies as st
from test_parser_properties import SETTINGS, VALID_FILE, valid_file

from segdsl.format import format_text
from segdsl.format.verify import source_key
from segdsl.syntax import ast
from segdsl.syntax.comments import parts
from segdsl.syntax.parser import parse_source

REPO = Path(__file__).resolve().parents[1]
SEG_FILES = sorted(p for p in REPO.rglob("*.seg") if ".git" not in p.parts)


def round_trip(text: str) -> str:
    """Format ``text``; check the tree, the comments and idempotence; the result."""
    before = parse_source(text, "f.seg")
    assert not before.diagnostics
    out = format_text(text, "f.seg")
    after = parse_source(out, "f.seg")
    assert after.diagnostics == ()
    assert source_key(after) == source_key(before)
    assert sorted(c.text.rstrip() for c in after.comments) == sorted(
        c.text.rstrip() for c in before.comments)
    assert format_text(out, "f.seg") == out
    return out


def placement(source: ast.SourceFile) -> list[tuple[str, str, tuple[int, ...]]]:
    """Each comment with how it is attached and the path (child indices) of its
    node, in comment order: where a comment is, independent of positions."""
    found: list[tuple[str, str, tuple[int, ...]]] = []
    stack: list[tuple[Any, tuple[int, ...]]] = [
        (d, (i,)) for i, d in reversed(list(enumerate(source.declarations)))]
    while stack:
        node, path = stack.pop()
        attached = source.attached.of(node)
        for how, comments in (("leading", attached.leading), ("trailing", attached.trailing),
                              ("dangling", attached.dangling)):
            found += [(c.text, how, path) for c in comments]
        stack += [(child, (*path, i)) for i, child in reversed(list(enumerate(parts(node))))]
    found += [(c.text, "file", ()) for c in source.attached.of(source).dangling]
    order = {c.text: i for i, c in enumerate(source.comments)}
    return sorted(found, key=lambda item: order[item[0]])


# -------------------------------------------------------------- generated files


@SETTINGS
@given(valid_file())
def test_round_trip_of_generated_files(generated: tuple[str, list[str]]) -> None:
    round_trip(generated[0])


@st.composite
def typed_definitions(draw: st.DrawFn) -> str:
    as_of: dt.datetime = draw(as_ofs())
    return draw(definitions(draw(schemas()), TimePool.around(as_of))).text


@SETTINGS
@given(typed_definitions())
def test_round_trip_of_well_typed_definitions(text: str) -> None:
    round_trip(text)


@st.composite
def comments_at_line_places(draw: st.DrawFn) -> str:
    """A formatted file with comments where people put them: on their own line
    before any line, and at the end of any line."""
    canonical = format_text(draw(valid_file())[0])
    lines: list[str] = []
    for number, line in enumerate(canonical.split("\n")[:-1]):
        if line.strip() and draw(st.integers(0, 3)) == 0:
            indent = line[: len(line) - len(line.lstrip())]
            lines.append(f"{indent}# before line {number}")
        if line.strip() and draw(st.integers(0, 3)) == 0:
            line += f"  # end of line {number}"
        lines.append(line)
    return "\n".join(lines) + "\n"


@SETTINGS
@given(comments_at_line_places())
def test_comments_at_line_places_stay_exactly_where_they_are(text: str) -> None:
    assert round_trip(text) == text


@st.composite
def comments_anywhere(draw: st.DrawFn) -> str:
    """A formatted file with comments between any two tokens, at the end of the
    line or on a line of their own (at any indentation, column 1 included)."""
    text = format_text(draw(valid_file())[0])
    source = parse_source(text, "f.seg")
    out: list[str] = []
    position = 0
    number = 0
    for token in source.tokens:
        if token.type == "COMMENT":
            continue
        out.append(text[position:token.end_pos])
        position = token.end_pos
        if draw(st.integers(0, 4)) == 0:
            number += 1
            out.append(draw(st.sampled_from([
                f"  # c{number}\n    ", f"\n    # c{number}\n    ", f"\n# c{number}\n  ",
                f"  # c{number}\n\n# d{number}\n  ",
            ])))
            while position < len(text) and text[position] in " \t":
                position += 1
    out.append(text[position:])
    return "".join(out)


@SETTINGS
@given(comments_anywhere())
def test_comments_anywhere_keep_their_order_and_formatting_settles(text: str) -> None:
    before = parse_source(text, "f.seg")
    out = round_trip(text)
    after = parse_source(out, "f.seg")
    # The metadata of the input is in order already, so nothing moves past another.
    assert [c.text for c in after.comments] == [c.text for c in before.comments]
    # A comment where the layout has no line break may move to a nearby one the
    # first time; from then on it stays attached to the same node.
    assert placement(parse_source(format_text(out), "f.seg")) == placement(after)


def test_comments_at_the_usual_places_keep_their_attachment() -> None:
    text = VALID_FILE.replace("  where orders_30d > 3\n",
                              "  # why\n  where orders_30d > 3  # how\n")
    out = round_trip(text)
    assert placement(parse_source(out, "f.seg")) == placement(parse_source(text, "f.seg"))


# ------------------------------------------------------------ the repository


@pytest.mark.parametrize("path", SEG_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_round_trip_of_every_seg_file_in_the_repository(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    out = round_trip(text)
    assert placement(parse_source(out, "f.seg")) == placement(parse_source(text, "f.seg"))


def test_the_repository_has_seg_files_everywhere_it_should() -> None:
    folders = {p.relative_to(REPO).parts[0] for p in SEG_FILES}
    assert {"examples", "tests", "bench", "segdsl"} <= folders
