"""Property tests: the parser never raises and its diagnostics are always well formed.

Four sources of input: arbitrary text, text made of the language's own tokens (so the
fuzzer gets deep into the grammar), valid files generated from the grammar, and small
random mutations of a valid multi-declaration file.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segdsl.codes import CODES
from segdsl.syntax import ast, grammar
from segdsl.syntax.keywords import RESERVED
from segdsl.syntax.parser import parse_source

SETTINGS = settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

_TERMINAL_NAMES = frozenset(t.name for t in grammar.parser().terminals) | {"$END"}
_WORD = re.compile(r"\$?[A-Za-z_][A-Za-z0-9_]*")
# What a message quotes from the user's text ('NO', "TRUE") may be anything.
_QUOTED = re.compile(r"'[^'\n]*'|\"(?:[^\"\\\n]|\\.)*\"")


def leaked_terminal_names(message: str) -> set[str]:
    return {w for w in _WORD.findall(_QUOTED.sub("", message)) if w in _TERMINAL_NAMES}


def check(text: str) -> ast.SourceFile:
    """Parse TEXT and check the invariants that hold for every input."""
    source = parse_source(text, "f.seg")  # must not raise
    # A leading byte-order mark is dropped (editors do not count it); nothing else changes.
    assert source.text == (text[1:] if text.startswith("\ufeff") else text)
    last_line = text.count("\n") + 1
    for d in source.diagnostics:
        assert d.code in CODES, d
        assert d.message, d
        assert not leaked_terminal_names(d.message), d.message
        span = d.span
        assert span is not None, d
        assert span.file == "f.seg"
        assert 1 <= span.line <= last_line + 1, (d, last_line)
        assert span.line <= span.end_line <= last_line + 1, (d, last_line)
        assert span.column >= 1, d
        assert 0 <= span.start <= span.end <= len(text) + 1, d
    for decl in source.declarations:
        assert 1 <= decl.span.line <= decl.span.end_line <= last_line
        assert 0 <= decl.span.start < decl.span.end <= len(text)
        assert text[decl.name_span.start : decl.name_span.end] == decl.name
    for comment in source.comments:
        assert text[comment.span.start : comment.span.end] == comment.text
        assert comment.text.startswith("#")
    return source


# --------------------------------------------------------------- arbitrary text


@SETTINGS
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    check(text)


@SETTINGS
@given(st.text(alphabet=st.characters(codec="ascii")))
def test_arbitrary_ascii_text(text: str) -> None:
    check(text)


# ------------------------------------------------------- text from the tokens

_OPERATORS = ["=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "(", ")", "[", "]", ",",
              ".", ":", "%", "()", "[]"]
_LITERALS = [
    "0", "42", "3.5", "1_000", "1.5", "-1", "10%", "2026-01-31", "2026-02-30",
    "2026-01-31T08:00:00Z", "2026-01-31T08:00:00+00:00", "2026-01-31T08:00:00+02:00",
    '""', '"DE"', '"a \\" b"', '"bad \\q"', '"unclosed', '"# not a comment"', "'single'",
]
_NAMES = ["country", "age", "purchase", "amount", "account", "industry", "x", "_y", "vip",
          "lower", "coalesce", "Segment", "AND", "has_coupon"]
_OTHER = ["\n", "\n", "\n  ", "# comment\n", "\t", "&&", ";", "{", "é", "\x00", "\ufeff"]

token = st.sampled_from(
    sorted(RESERVED) + _OPERATORS + _LITERALS + _NAMES + _OTHER
) | st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,5}", fullmatch=True) | st.integers(0, 400).map(str)

separator = st.sampled_from([" ", " ", " ", "", "\n", "\n  "])


@st.composite
def token_text(draw: st.DrawFn) -> str:
    tokens = draw(st.lists(token, max_size=60))
    parts: list[str] = []
    for item in tokens:
        parts += [item, draw(separator)]
    return "".join(parts)


@st.composite
def declaration_soup(draw: st.DrawFn) -> str:
    """Several declarations whose bodies are token soup, so that every chunk is tried."""
    chunks = []
    for _ in range(draw(st.integers(1, 4))):
        head = draw(st.sampled_from(["metric m =", "segment s where", "segment s\n  title",
                                     "segmentation p\n  a:", "segment s\n  tags", ""]))
        chunks.append(head + " " + draw(token_text()))
    return "\n".join(chunks)


@SETTINGS
@given(token_text())
def test_token_soup(text: str) -> None:
    check(text)


@SETTINGS
@given(declaration_soup())
def test_declarations_with_token_soup_bodies(text: str) -> None:
    check(text)


# --------------------------------------------------- valid files from grammar

name = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,7}", fullmatch=True).filter(
    lambda n: n not in RESERVED
)
number = st.from_regex(r"[0-9]{1,4}(_[0-9]{3})?(\.[0-9]{1,3})?", fullmatch=True)
whole = st.integers(0, 10_000).map(str)
string_char = st.characters(blacklist_characters='"\\\n', blacklist_categories=["Cs"])
string = st.lists(
    string_char.map(str) | st.sampled_from(['\\"', "\\\\", "\\n", "\\t"]), max_size=8
).map(lambda parts: '"' + "".join(parts) + '"')
date = st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat)
timestamp = st.builds(
    lambda d, t, z: f"{d.isoformat()}T{t.strftime('%H:%M:%S')}{z}",
    st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)),
    st.times(),
    st.sampled_from(["Z", "+00:00"]),
)
unit = st.sampled_from(["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                        "month", "months", "year", "years"])
duration = st.builds(lambda n, u: f"{n} {u}", whole, unit)
literal = st.one_of(number, string, date, timestamp,
                    st.sampled_from(["true", "false", "today", "now"]))
time_value = st.one_of(date, timestamp, st.sampled_from(["today", "now"]),
                       duration.map(lambda d: f"{d} ago"))
window = st.one_of(
    duration.map(lambda d: f"in last {d}"),
    duration.map(lambda d: f"in next {d}"),
    st.builds(lambda w, p: f"in {w} {p}", st.sampled_from(["current", "previous"]),
              st.sampled_from(["week", "month", "quarter", "year"])),
    time_value.map(lambda t: f"since {t}"),
    time_value.map(lambda t: f"before {t}"),
)
event_window = window | st.builds(lambda a, b: f"between {a} and {b}", time_value, time_value)
list_literal = st.lists(literal | number.map(lambda n: f"-{n}"), max_size=4).map(
    lambda items: "[" + ", ".join(items) + "]"
)
compare_op = st.sampled_from(["=", "!=", "<", "<=", ">", ">="])


def _optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), strategy.map(lambda s: " " + s))


_TEXT_OPS = st.sampled_from(["contains", "starts with", "ends with", "matches"])
_NOT = st.sampled_from(["", " not"])

# The recursive strategies are composites with an explicit depth: cheap to describe
# (Hypothesis prints a strategy's repr) and bounded in size.


@st.composite
def value(draw: st.DrawFn, depth: int) -> str:
    """An expression (SPEC 3.4) whose nested conditions are at most DEPTH deep."""
    kinds = ["name", "literal", "member", "ago"]
    if depth > 0:
        kinds += ["aggregate", "call", "group", "neg", "arith", "time_arith"]
    kind = draw(st.sampled_from(kinds))
    if kind == "name":
        return draw(name)
    if kind == "literal":
        return draw(literal)
    if kind == "member":
        return f"{draw(name)}.{draw(name)}"
    if kind == "ago":
        return f"{draw(duration)} ago"
    if kind == "aggregate":
        fn = draw(st.sampled_from(["count", "sum", "avg", "min", "max", "first", "last"]))
        subject = draw(st.sampled_from(["", "prop", "distinct"]))
        text = draw(name)
        if subject:
            text = f"{'distinct ' if subject == 'distinct' else ''}{text}.{draw(name)}"
        if draw(st.booleans()):
            text += " with " + draw(st.just("()") | condition(depth - 1))
        return f"{fn}({text}{draw(_optional(event_window))})"
    if kind == "call":
        args = draw(st.lists(condition(depth - 1), max_size=3))
        return f"{draw(name)}({', '.join(args)})"
    if kind == "group":
        return f"({draw(condition(depth - 1))})"
    if kind == "neg":
        return "-" + draw(value(depth - 1))
    if kind == "arith":
        op = draw(st.sampled_from(["+", "-", "*", "/"]))
        return f"{draw(value(depth - 1))} {op} {draw(value(depth - 1))}"
    return f"{draw(value(depth - 1))} {draw(st.sampled_from(['+', '-']))} {draw(duration)}"


@st.composite
def has_form(draw: st.DrawFn, depth: int) -> str:
    def event_match() -> str:
        text = draw(name)
        if not draw(st.booleans()):
            return text
        kind = draw(st.sampled_from(["compare", "list", "between", "text", "set", "group",
                                     "empty", "call"]))
        prop = draw(name)
        if kind == "call":
            prop = f"{draw(name)}({prop})"
            kind = "compare"
        filter_text = {
            "compare": lambda: f"{prop} {draw(compare_op)} {draw(value(depth - 1))}",
            "list": lambda: f"{prop}{draw(_NOT)} in {draw(list_literal)}",
            "between": lambda: (
                f"{prop}{draw(_NOT)} between {draw(value(depth - 1))} and {draw(value(depth - 1))}"
            ),
            "text": lambda: f"{prop} {draw(_TEXT_OPS)} {draw(string)}",
            "set": lambda: f"{prop} is{draw(_NOT)} set",
            "group": lambda: f"({draw(condition(depth - 1))})",
            "empty": lambda: "()",
        }[kind]()
        return f"{text} with {filter_text}"

    window_text = draw(_optional(event_window))
    if draw(st.booleans()):
        return f"has{draw(st.sampled_from(['', ' no']))} {event_match()}{window_text}"
    first = event_match()
    absent = draw(st.sampled_from(["", " no"]))
    return f"has {first} then{absent} {event_match()} within {draw(duration)}{window_text}"


@st.composite
def predicate(draw: st.DrawFn, depth: int) -> str:
    kind = draw(st.sampled_from(["compare", "list", "between", "text", "set", "window", "rank",
                                 "segment", "has", "value"]))
    if kind == "segment":
        return f"in segment {draw(name)}"
    if kind == "has":
        return draw(has_form(depth))
    left = draw(value(depth))
    if kind == "compare":
        return f"{left} {draw(compare_op)} {draw(value(depth))}"
    if kind == "list":
        return f"{left}{draw(_NOT)} in {draw(list_literal)}"
    if kind == "between":
        return f"{left}{draw(_NOT)} between {draw(value(depth))} and {draw(value(depth))}"
    if kind == "text":
        return f"{left} {draw(_TEXT_OPS)} {draw(string)}"
    if kind == "set":
        return f"{left} is{draw(_NOT)} set"
    if kind == "window":
        return f"{left}{draw(_NOT)} {draw(window)}"
    if kind == "rank":
        direction = draw(st.sampled_from(["top", "bottom"]))
        return f"{left}{draw(_NOT)} in {direction} {draw(number)}%"
    return left


@st.composite
def condition(draw: st.DrawFn, depth: int = 2) -> str:
    """A condition (SPEC 3.3); DEPTH bounds the nesting of parentheses and aggregates."""
    if depth <= 0:
        return draw(name | st.builds(lambda a, op, b: f"{a} {op} {b}", name, compare_op, literal))
    kind = draw(st.sampled_from(["predicate", "predicate", "binary", "not", "group"]))
    if kind == "predicate":
        return draw(predicate(depth))
    if kind == "binary":
        op = draw(st.sampled_from(["and", "or"]))
        return f"{draw(condition(depth - 1))} {op} {draw(condition(depth - 1))}"
    if kind == "not":
        return f"not {draw(condition(depth - 1))}"
    return f"({draw(condition(depth - 1))})"


@st.composite
def metadata(draw: st.DrawFn) -> str:
    keys = draw(st.permutations(["title", "description", "owner", "tags"]))
    lines = []
    for key in keys[: draw(st.integers(0, 4))]:
        if key == "tags":
            lines.append("tags " + ", ".join(draw(st.lists(name, min_size=1, max_size=3))))
        else:
            lines.append(f"{key} {draw(string)}")
    return "".join(f"\n  {line}" for line in lines)


def _layout(text: str, breaks: list[bool]) -> str:
    """Turn some of the spaces outside strings into indented line breaks."""
    out: list[str] = []
    in_string = escaped = False
    spaces = 0
    for char in text:
        if in_string:
            in_string = escaped or char != '"'
            escaped = not escaped and char == "\\"
        elif char == '"':
            in_string = True
        elif char == " ":
            spaces += 1
            if spaces <= len(breaks) and breaks[spaces - 1]:
                out.append("\n    ")
                continue
        out.append(char)
    return "".join(out)


@st.composite
def valid_file(draw: st.DrawFn) -> tuple[str, list[str]]:
    names = draw(st.lists(name, min_size=1, max_size=4))
    declarations = []
    for decl_name in names:
        body = _layout(draw(condition()), draw(st.lists(st.booleans(), max_size=20)))
        kind = draw(st.sampled_from(["metric", "segment", "segmentation"]))
        if kind == "metric":
            declarations.append(f"metric {decl_name} = {body}")
        elif kind == "segment":
            declarations.append(f"segment {decl_name}{draw(metadata())}\n  where {body}")
        else:
            branches = [f"\n  {draw(name)}: {body}"]
            branches += [f"\n  {draw(name)}: {draw(condition())}"
                         for _ in range(draw(st.integers(0, 2)))]
            if draw(st.booleans()):
                branches.append(f"\n  {draw(name)}: otherwise")
            declarations.append(f"segmentation {decl_name}{draw(metadata())}{''.join(branches)}")
        if draw(st.booleans()):
            declarations[-1] += "  # " + draw(st.text(st.characters(blacklist_characters="\n",
                                                                    blacklist_categories=["Cs"]),
                                                      max_size=10))
    separator_lines = draw(st.sampled_from(["\n", "\n\n", "\n# between\n"]))
    return separator_lines.join(declarations) + "\n", names


@SETTINGS
@given(valid_file())
def test_valid_files_have_no_diagnostics(generated: tuple[str, list[str]]) -> None:
    text, names = generated
    source = check(text)
    assert source.diagnostics == (), [(d.code, d.message, d.span) for d in source.diagnostics]
    assert [d.name for d in source.declarations] == names


# ----------------------------------------------------- mutations of a valid file

VALID_FILE = """\
# Shop segments
metric orders_30d = count(purchase in last 30 days)
metric revenue_365d = sum(purchase.amount with category = "kids" in last 365 days)
metric share = count(email_click in last 90 days) / count(email_open in last 90 days)

segment lapsing_buyers
  title "Frequent buyers gone quiet"
  description "Bought often # then stopped"
  owner "crm-team"
  tags retention, winback
  where orders_30d > 3
    and has no purchase in last 7 days
    and not in segment vip

segment dach_young_adults
  where country in ["DE", "AT", "CH"] and age between 25 and 34
    or account.industry = "retail" and lower(email) ends with "@example.com"

segment vip
  where revenue_365d in top 5% and signup_at before 2026-01-01T00:00:00Z

segment cart_abandoners
  where has add_to_cart with (amount > 10) then no purchase within 1 day in last 7 days
    or first(purchase) since 30 days ago
    or count(purchase with is_gift between 2026-01-01 and 2026-02-01) >= 2

segmentation persona
  title "Sport shop personas"
  performance_runner: count(purchase with category = "running" in last 180 days) >= 3
  kids_family: has purchase with category = "kids" in last 365 days
  casual: otherwise
"""
VALID_NAMES = ["orders_30d", "revenue_365d", "share", "lapsing_buyers", "dach_young_adults",
               "vip", "cart_abandoners", "persona"]

_PIECES = re.compile(r'\s+|"(?:[^"\\\n]|\\.)*"|#[^\n]*|[A-Za-z_0-9.:+-]+|\S')
POOL = sorted(RESERVED) + _OPERATORS + _LITERALS + _NAMES + ["\n", "\nsegment", "\nmetric"]


def test_valid_file_parses() -> None:
    source = check(VALID_FILE)
    assert source.diagnostics == ()
    assert [d.name for d in source.declarations] == VALID_NAMES
    assert "".join(_PIECES.findall(VALID_FILE)) == VALID_FILE


@st.composite
def mutated_file(draw: st.DrawFn) -> str:
    pieces = _PIECES.findall(VALID_FILE)
    for _ in range(draw(st.integers(1, 3))):
        operation = draw(st.sampled_from(
            ["delete", "insert", "duplicate", "swap", "delete_char", "insert_char", "replace_char"]
        ))
        if not pieces:
            pieces = [""]
        i = draw(st.integers(0, len(pieces) - 1))
        if operation == "delete":
            del pieces[i]
        elif operation == "insert":
            pieces[i:i] = [" ", draw(st.sampled_from(POOL)), " "]
        elif operation == "duplicate":
            pieces.insert(i, pieces[i])
        elif operation == "swap":
            j = draw(st.integers(0, len(pieces) - 1))
            pieces[i], pieces[j] = pieces[j], pieces[i]
        else:
            text = "".join(pieces)
            at = draw(st.integers(0, len(text)))
            char = draw(st.characters(blacklist_categories=["Cs"]) | st.sampled_from(
                [*'"\\#()[]%.,:=<>!-+*/ \n', "0", "a"]))
            if operation == "delete_char":
                text = text[:at] + text[at + 1 :]
            elif operation == "insert_char":
                text = text[:at] + char + text[at:]
            else:
                text = text[:at] + char + text[at + 1 :]
            pieces = _PIECES.findall(text)
    return "".join(pieces)


@SETTINGS
@given(mutated_file())
def test_mutations_of_a_valid_file(text: str) -> None:
    source = check(text)
    # A mutation breaks at most a few declarations; the rest still come back.
    broken = {d.span.line for d in source.diagnostics if d.span is not None}
    assert len(source.declarations) + len(broken) >= 1


# ------------------------------------------------------------ deep structures


def test_long_chains_do_not_exhaust_the_stack() -> None:
    # Generated segments can be long: 1000 alternatives, deep nesting, long sums.
    texts = [
        "segment s where " + " or ".join(f'zip = "{i:05}"' for i in range(1000)),
        "segment s where " + "(" * 600 + "x" + ")" * 600,
        "segment s where " + "not " * 600 + "x",
        "metric m = " + " + ".join(["a"] * 1500),
        "metric m = " + "-" * 800 + "1",
    ]
    for text in texts:
        source = check(text + "\n")
        assert source.diagnostics == ()
        assert len(source.declarations) == 1
