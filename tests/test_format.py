"""The canonical layout of ``segdsl fmt`` (docs/fmt.md), case by case.

Each case is the text a user may write and the text the formatter makes of it;
every case is also checked to be a fixed point (formatting the result changes
nothing) and to parse to the same tree.
"""

from __future__ import annotations

import textwrap

import pytest

from segdsl.format import FormatError, format_text, print_node
from segdsl.format.verify import source_key
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source


def fmt(text: str) -> str:
    """format_text, checked to be idempotent and to keep the tree."""
    out = format_text(text)
    assert format_text(out) == out, out
    assert source_key(parse_source(out, "t")) == source_key(parse_source(text, "t"))
    return out


def d(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# ------------------------------------------------------------------ layout


def test_a_segment_in_canonical_layout() -> None:
    text = d("""
        segment   vip where
           revenue>1000   and    has purchase   in last 30 days
        """)
    assert fmt(text) == d("""
        segment vip
          where revenue > 1000
            and has purchase in last 30 days
        """)


def test_one_top_level_operand_per_line_of_the_top_level_connective() -> None:
    assert fmt("segment s where a or b and c or d\n") == d("""
        segment s
          where a
            or b and c
            or d
        """)


def test_metadata_lines_in_a_fixed_order() -> None:
    text = d("""
        segment s
          expect share <= 5%
          tags b,a
          owner "crm"
          expect size >= 1_000
          description "d"
          title "t"
          where x
        """)
    assert fmt(text) == d("""
        segment s
          title "t"
          description "d"
          owner "crm"
          tags b, a
          expect share <= 5%
          expect size >= 1_000
          where x
        """)


def test_segmentation_branches_and_otherwise() -> None:
    text = "segmentation p\n title \"P\"\n a : x > 1 and y\n b:otherwise\n"
    assert fmt(text) == d("""
        segmentation p
          title "P"
          a: x > 1
            and y
          b: otherwise
        """)


def test_a_metric_with_and_is_broken_like_a_condition() -> None:
    assert fmt("metric m = a and (b or c)\n") == "metric m = a\n  and (b or c)\n"


def test_spacing_of_every_form() -> None:
    text = d("""
        segment s where f( a,b ) = -x and y in[ 1,-2 , "z" ]and z not in [ ]
          and count( distinct p.q with(a>1)in last 2 days)>=1 and t not in last 1 week
          and u in top 5 % and v not in bottom 1.5% and w is not set and x is set
          and in segment other and not in segment other and e contains "a"
          and e starts with "b" and e ends with "c" and e matches "^d$"
          and k between 1 and 2 and k not between 3 and 4 and t since 3 days ago
          and t before today - 1 day and t in current quarter and t in previous year
          and has no q with r = 1 in next 2 hours
          and has a then no b within 30 minutes between 2026-01-01 and now
          and (a + b) * c / 2 - 1 >= 0 and has e with ()
        """)
    assert fmt(text) == d("""
        segment s
          where f(a, b) = -x
            and y in [1, -2, "z"]
            and z not in []
            and count(distinct p.q with (a > 1) in last 2 days) >= 1
            and t not in last 1 week
            and u in top 5%
            and v not in bottom 1.5%
            and w is not set
            and x is set
            and in segment other
            and not in segment other
            and e contains "a"
            and e starts with "b"
            and e ends with "c"
            and e matches "^d$"
            and k between 1 and 2
            and k not between 3 and 4
            and t since 3 days ago
            and t before today - 1 day
            and t in current quarter
            and t in previous year
            and has no q with r = 1 in next 2 hours
            and has a then no b within 30 minutes between 2026-01-01 and now
            and (a + b) * c / 2 - 1 >= 0
            and has e with ()
        """)


# ---------------------------------------------------------------- spelling


@pytest.mark.parametrize(("written", "canonical"), [
    ("1 days", "1 day"), ("7 day", "7 days"), ("0 day", "0 days"), ("1 weeks", "1 week"),
    ("2 month", "2 months"), ("1 years", "1 year"), ("10 minute", "10 minutes"),
    ("1_000 day", "1_000 days"), ("01 days", "01 day"),
])
def test_a_duration_unit_agrees_with_its_number(written: str, canonical: str) -> None:
    assert fmt(f"segment s where t in last {written}\n") == (
        f"segment s\n  where t in last {canonical}\n")


@pytest.mark.parametrize("literal", [
    "1_000", "1_000.50", "3.50", "007", '"say \\"hi\\"\\t\\\\"', '""',
    "2026-01-31T08:00:00+00:00", "2026-01-31T08:00:00.250Z", "2026-01-31T08:00:00-00:00",
])
def test_literals_keep_their_spelling(literal: str) -> None:
    assert fmt(f"segment s where x = {literal}\n") == f"segment s\n  where x = {literal}\n"


def test_a_negative_list_item_keeps_its_sign() -> None:
    assert fmt("segment s where x in [- 0, -1_0]\n") == "segment s\n  where x in [-0, -1_0]\n"


def test_parentheses_are_kept_as_written() -> None:
    text = "segment s where ((a)) and (b or c) and not (d) and (x + 1) > (2)\n"
    out = fmt(text)
    assert out == d("""
        segment s
          where ((a))
            and (b or c)
            and not (d)
            and (x + 1) > (2)
        """)
    condition = parse_source(out, "t").declarations[0]
    assert isinstance(condition, ast.SegmentDecl)


def test_with_and_parentheses_keep_their_different_meanings() -> None:
    text = ("metric a = count(p with x in last 7 days)\n"
            "metric b = count(p with (x in last 7 days))\n")
    assert fmt(text) == text


# ------------------------------------------------------------ long lines


def test_a_parenthesized_run_that_does_not_fit_is_broken_under_its_parenthesis() -> None:
    text = ("segment s where a\n  and (aaaaaaaaaaaaaaaaaaaaaa = 1 "
            "or bbbbbbbbbbbbbbbbbbbbbbbbbbb = 2 or ccccccccccccccccccccccccc = 3)\n")
    assert fmt(text) == d("""
        segment s
          where a
            and (aaaaaaaaaaaaaaaaaaaaaa = 1
                 or bbbbbbbbbbbbbbbbbbbbbbbbbbb = 2
                 or ccccccccccccccccccccccccc = 3)
        """)


def test_a_parenthesized_run_that_fits_is_joined() -> None:
    text = "segment s\n  where a\n    and (b\n         or c)\n"
    assert fmt(text) == "segment s\n  where a\n    and (b or c)\n"


def test_nested_runs_break_from_the_outside_in() -> None:
    inner = " or ".join(f"inner_condition_{i} = {i}" for i in range(3))
    text = f"segment s where (outer_one = 1 and ({inner}) and outer_two = 2)\n"
    out = fmt(text)
    assert out == d("""
        segment s
          where (outer_one = 1
                 and (inner_condition_0 = 0 or inner_condition_1 = 1 or inner_condition_2 = 2)
                 and outer_two = 2)
        """)
    assert max(len(line) for line in out.splitlines()) <= 88


def test_a_line_without_parentheses_stays_long() -> None:
    long_name = "x" * 100
    assert fmt(f"segment s where {long_name} = 1\n") == f"segment s\n  where {long_name} = 1\n"


# ----------------------------------------------------------- blank lines


def test_declarations_are_a_blank_line_apart() -> None:
    text = "segment a where x\nsegment b where y\n\n\n\nmetric m = 1\n"
    assert fmt(text) == "segment a\n  where x\n\nsegment b\n  where y\n\nmetric m = 1\n"


def test_one_line_metrics_written_together_stay_together() -> None:
    text = "metric a = 1\nmetric b = 2\n\nmetric c = 3\nsegment s where a\nmetric d = 4\n"
    assert fmt(text) == d("""
        metric a = 1
        metric b = 2

        metric c = 3

        segment s
          where a

        metric d = 4
        """)


def test_blank_lines_around_comments_between_declarations_are_kept() -> None:
    text = d("""


        # header

        # about a
        segment a where x
        # about b (no blank line before it)
        segment b where y


        # end

        """)
    assert fmt(text) == d("""
        # header

        # about a
        segment a
          where x

        # about b (no blank line before it)
        segment b
          where y

        # end
        """)


def test_empty_and_blank_files() -> None:
    assert fmt("") == ""
    assert fmt("  \n\n\t\n") == ""
    assert fmt("# only\n\n\n# comments   \n") == "# only\n\n# comments\n"


def test_line_endings_and_byte_order_mark_are_kept() -> None:
    assert format_text("segment s where a and b\r\n") == (
        "segment s\r\n  where a\r\n    and b\r\n")
    assert format_text("\ufeffmetric m = 1") == "\ufeffmetric m = 1\n"


def test_tabs_and_trailing_spaces_go() -> None:
    assert fmt("segment s\twhere\ta  \t\n\tand b   # c   \n") == (
        "segment s\n  where a\n    and b  # c\n")


# -------------------------------------------------------------- comments


def test_comments_stay_where_they_were() -> None:
    text = d("""
        # file header

        segment s  # after the header
          # about the title
          title "t"  # on the title
          # before where
          where a  # on a
            # about b
            and (c  # on c
                 or d)
            and e
          # indented after the segment

        # before m
        metric m = 1  # on m
        # at the end
        """)
    # Already canonical: every comment comes back byte for byte at its place.
    assert fmt(text) == text


def test_comments_move_with_their_metadata_line() -> None:
    text = d("""
        segment s
          owner "o"  # owner's
          # title's
          title "t"
          where x
        """)
    assert fmt(text) == d("""
        segment s
          # title's
          title "t"
          owner "o"  # owner's
          where x
        """)


def test_comments_in_lists_and_calls() -> None:
    text = d("""
        segment s where x in ["a",  # first
                              "b"]  # last
          and f(  # no argument yet
          )
        """)
    assert fmt(text) == d("""
        segment s
          where x in ["a",  # first
                "b"]  # last
            and f(  # no argument yet
                )
        """)


def test_a_comment_between_parts_of_a_predicate() -> None:
    # Odd places still keep every comment, in order, and format to a fixed point.
    text = "segment s where count( # why\n  purchase with x # a\n  > 1) >= 2\n"
    out = fmt(text)
    assert [c.text for c in parse_source(out, "t").comments] == ["# why", "# a"]


# --------------------------------------------------------------- refusals


@pytest.mark.parametrize("text", [
    "segment s where x = = 1\n",
    "segment s where d = 2026-02-30\n",
    'segment s where x = "\\q"\n',
    "segment s where t in last 1.5 days\n",
    "segment s\n  title \"a\"\n  title \"b\"\n  where x\n",
    "segment s\n  expect sise >= 1\n  where x\n",
    "segment s where x ; y\n",
])
def test_a_text_with_errors_is_not_formatted(text: str) -> None:
    with pytest.raises(FormatError) as raised:
        format_text(text, "bad.seg")
    error = raised.value
    assert not error.internal
    assert error.diagnostics
    assert all(d.span is not None and d.span.file == "bad.seg" for d in error.diagnostics)


def test_deep_trees_are_formatted() -> None:
    for text in [
        "segment s where " + "(" * 600 + "x" + ")" * 600,
        "segment s where " + "not " * 600 + "x",
        "metric m = " + " + ".join(["a"] * 3000),
        "metric m = " + "-" * 800 + "1",
        "segment s where " + " or ".join(f"z = {i}" for i in range(2000)),
    ]:
        out = fmt(text + "\n")
        assert out.count("\n") >= 1


# ------------------------------------------------------------- print_node


def _condition(text: str) -> ast.Expr:
    decl = parse_source(f"segment s where {text}\n", "t").declarations[0]
    assert isinstance(decl, ast.SegmentDecl)
    return decl.condition


def test_print_node_prints_a_condition_on_one_line() -> None:
    node = _condition("count(purchase   in last 30 days)>=3 and not (x or y)  # c\n")
    assert print_node(node) == "count(purchase in last 30 days) >= 3 and not (x or y)"
    assert isinstance(node, ast.And)
    assert print_node(node.left) == "count(purchase in last 30 days) >= 3"
    assert print_node(node.right) == "not (x or y)"


def test_print_node_prints_parts_and_declarations() -> None:
    node = _condition("has purchase with amount > 1 in last 1 days")
    assert isinstance(node, ast.HasEvent)
    assert print_node(node.window) == "in last 1 day"
    assert print_node(node.match) == "purchase with amount > 1"
    declaration = parse_source("segment s owner \"o\" title \"t\" where a and b\n",
                               "t").declarations[0]
    assert print_node(declaration) == 'segment s\n  title "t"\n  owner "o"\n  where a\n    and b'


def test_print_node_with_a_width_breaks_parenthesized_runs() -> None:
    node = _condition("(aaaa = 1 or bbbb = 2)")
    assert print_node(node) == "(aaaa = 1 or bbbb = 2)"
    assert print_node(node, width=12) == "(aaaa = 1\n or bbbb = 2)"


def test_print_node_of_a_node_built_by_hand() -> None:
    from decimal import Decimal

    from segdsl.diagnostics import Span

    span = Span("t", 1, 1, 1, 2)
    node = ast.Compare(ast.CompareOp.GE, ast.Name("x", span),
                       ast.NumberLit(Decimal("1000"), span), span)
    assert print_node(node) == "x >= 1000"
    text = ast.StringLit('a "b"\n', span)
    assert print_node(text) == '"a \\"b\\"\\n"'
    assert print_node(ast.Duration(1, ast.Unit.DAY, span)) == "1 day"
