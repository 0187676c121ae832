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
    assert source.text.replace("\ufeff", " ", 1) == text.replace("\ufeff", " ", 1)
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
        assert decl.name in text[decl.name_span.start : decl.name_span.end]
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


def _expressions(conditions: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Values built on top of a strategy for (smaller) conditions."""
    aggregate = st.builds(
        lambda fn, subject, flt, win: f"{fn}({subject}{flt}{win})",
        st.sampled_from(["count", "sum", "avg", "min", "max", "first", "last"]),
        name | st.builds(lambda e, p: f"{e}.{p}", name, name)
        | st.builds(lambda e, p: f"distinct {e}.{p}", name, name),
        _optional(st.one_of(conditions, st.just("()")).map(lambda c: f"with {c}")),
        _optional(event_window),
    )
    atom = st.one_of(
        name,
        literal,
        st.builds(lambda a, b: f"{a}.{b}", name, name),
        duration.map(lambda d: f"{d} ago"),
        aggregate,
        st.builds(lambda f, args: f"{f}({', '.join(args)})", name,
                  st.lists(conditions, max_size=3)),
        conditions.map(lambda c: f"({c})"),
    )
    return st.one_of(
        atom,
        atom.map(lambda a: f"-{a}"),
        st.builds(lambda a, op, b: f"{a} {op} {b}", atom, st.sampled_from(["+", "-", "*", "/"]),
                  atom),
        st.builds(lambda a, op, d: f"{a} {op} {d}", atom, st.sampled_from(["+", "-"]), duration),
    )


def _has_forms(conditions: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    value = _expressions(conditions)
    has_filter = st.one_of(
        st.builds(lambda p, op, v: f"{p} {op} {v}", name, compare_op, value),
        st.builds(lambda p, n, items: f"{p}{n} in {items}", name, st.sampled_from(["", " not"]),
                  list_literal),
        st.builds(lambda p, a, b: f"{p} between {a} and {b}", name, value, value),
        st.builds(lambda p, op, s: f"{p} {op} {s}", name,
                  st.sampled_from(["contains", "starts with", "ends with", "matches"]), string),
        st.builds(lambda p, n: f"{p} is{n} set", name, st.sampled_from(["", " not"])),
        conditions.map(lambda c: f"({c})"),
        st.just("()"),
    )
    event_match = st.builds(
        lambda e, f: e + f, name, _optional(has_filter.map(lambda f: f"with {f}"))
    )
    return st.one_of(
        st.builds(lambda no, m, w: f"has{no} {m}{w}", st.sampled_from(["", " no"]), event_match,
                  _optional(event_window)),
        st.builds(lambda a, no, b, d, w: f"has {a} then{no} {b} within {d}{w}", event_match,
                  st.sampled_from(["", " no"]), event_match, duration, _optional(event_window)),
    )


def _predicates(conditions: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    value = _expressions(conditions)
    return st.one_of(
        st.builds(lambda a, op, b: f"{a} {op} {b}", value, compare_op, value),
        st.builds(lambda a, n, items: f"{a}{n} in {items}", value, st.sampled_from(["", " not"]),
                  list_literal),
        st.builds(lambda a, n, lo, hi: f"{a}{n} between {lo} and {hi}", value,
                  st.sampled_from(["", " not"]), value, value),
        st.builds(lambda a, op, s: f"{a} {op} {s}", value,
                  st.sampled_from(["contains", "starts with", "ends with", "matches"]), string),
        st.builds(lambda a, n: f"{a} is{n} set", value, st.sampled_from(["", " not"])),
        st.builds(lambda a, n, w: f"{a}{n} {w}", value, st.sampled_from(["", " not"]), window),
        st.builds(lambda a, n, d, p: f"{a}{n} in {d} {p}%", value, st.sampled_from(["", " not"]),
                  st.sampled_from(["top", "bottom"]), number),
        name.map(lambda n: f"in segment {n}"),
        _has_forms(conditions),
        value,
    )


condition = st.recursive(
    st.one_of(name, st.builds(lambda a, op, b: f"{a} {op} {b}", name, compare_op, literal)),
    lambda inner: st.one_of(
        _predicates(inner),
        st.builds(lambda a, op, b: f"{a} {op} {b}", inner, st.sampled_from(["and", "or"]), inner),
        inner.map(lambda c: f"not {c}"),
        inner.map(lambda c: f"({c})"),
    ),
    max_leaves=6,
)


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
    """Break some spaces of a condition into indented new lines."""
    words = text.split(" ")
    out = [words[0]]
    for i, word in enumerate(words[1:]):
        out.append(("\n    " if i < len(breaks) and breaks[i] else " ") + word)
    return "".join(out)


@st.composite
def valid_file(draw: st.DrawFn) -> tuple[str, list[str]]:
    names = draw(st.lists(name, min_size=1, max_size=4))
    declarations = []
    for decl_name in names:
        body = _layout(draw(condition), draw(st.lists(st.booleans(), max_size=20)))
        kind = draw(st.sampled_from(["metric", "segment", "segmentation"]))
        if kind == "metric":
            declarations.append(f"metric {decl_name} = {body}")
        elif kind == "segment":
            declarations.append(f"segment {decl_name}{draw(metadata())}\n  where {body}")
        else:
            branches = [f"\n  {draw(name)}: {body}"]
            branches += [f"\n  {draw(name)}: {draw(condition)}"
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
