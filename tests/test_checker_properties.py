"""Property tests of the checker.

(a) Random mutations of the example project's segment files (words deleted,
    duplicated or replaced by other schema names, operators swapped, literals changed)
    are parsed and checked without raising, and every diagnostic is well formed.
(b) The example project itself checks with zero diagnostics.
(c) A positive corpus covering every form of SPEC section 3 checks clean against the
    fixture schema of test_checker.py, alone, together, and split over files in any order.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import typing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_checker import SCHEMA

from segdsl.check.checker import check_project
from segdsl.codes import CODES
from segdsl.diagnostics import Diagnostic, Severity, Span, apply_edits
from segdsl.project.model import StaticListSource
from segdsl.project.schema_loader import load_schema
from segdsl.project.static_lists import StaticList
from segdsl.syntax import ast
from segdsl.syntax.keywords import RESERVED
from segdsl.syntax.parser import parse_source
from segdsl.workspace import load_workspace

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

SHOP = Path(__file__).resolve().parents[1] / "examples" / "shop"
SHOP_SCHEMA, _problems = load_schema(SHOP / "schema.yml", "schema.yml")
assert SHOP_SCHEMA is not None and _problems == [], _problems
SHOP_FILES: dict[str, str] = {
    path.relative_to(SHOP).as_posix(): path.read_text(encoding="utf-8")
    for path in sorted((SHOP / "segments").rglob("*.seg"))
}


# ============================================================ (a) mutations

_TOKEN = re.compile(
    r'"(?:[^"\\\n]|\\.)*"'  # string
    r"|#[^\n]*"  # comment
    r"|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?"  # date/time
    r"|\d+(?:_\d+)*(?:\.\d+)?"  # number
    r"|[A-Za-z_]\w*"  # word
    r"|!=|<=|>=|\s+|.",
    re.DOTALL,
)
_COMPARISONS = ("=", "!=", "<", "<=", ">", ">=")
_ARITHMETIC = ("+", "-", "*", "/")
_CONNECTIVES = ("and", "or", "and not", "or not")
_PUNCTUATION = ("(", ")", "[", "]", ",", ".", "%", ":", "in", "not", "with", "then", "has")
_FUNCTIONS = ("lower", "upper", "trim", "length", "abs", "round", "coalesce", "date",
              "days_since", "years_since", "ntile", "sqrt")
_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z_]\w*")


def _schema_words() -> list[str]:
    """Names a mutation may put in place of a name: everything the schema and the
    example files declare (of every kind, so kinds get mixed up), plus an unknown one."""
    words: list[str] = list(SHOP_SCHEMA.attributes)
    for relation in SHOP_SCHEMA.relations.values():
        words.append(relation.name)
        words += [f"{relation.name}.{name}" for name in relation.attributes]
    for event in SHOP_SCHEMA.events.values():
        words.append(event.name)
        words += list(event.properties)
        words += [f"{event.name}.{name}" for name in event.properties]
    text = "\n".join(SHOP_FILES.values())
    declared = re.findall(r"^(?:metric|segment|segmentation) (\w+)", text, re.MULTILINE)
    labels = re.findall(r"^  (\w+): ", text, re.MULTILINE)
    return sorted({*words, *declared, *labels, *_FUNCTIONS, "nosuchname"})


MAX_MUTATIONS = 6
_WORDS = _schema_words()
_LITERALS = (
    "0", "1", "2", "-1", "1.5", "100", "1_000", "99999999999999999999999", "0.000001",
    '""', '"x"', '"kids"', '"runing"', '"b2b"', '"^(?=a)"', '"(?>a)"', '"\\\\1"', '"("',
    "2026-01-01", "2026-02-29", "2026-01-31T08:00:00Z", "true", "false", "today", "now",
    "3 days", "0 days", "1 month ago", "[]", '["a"]', "[1, 2]", "0%", "150%", "10%",
)
_WILD = (*_WORDS, *sorted(RESERVED), *_COMPARISONS, *_ARITHMETIC, *_PUNCTUATION, *_LITERALS)


_KEYWORD_GROUPS: dict[str, tuple[str, ...]] = {
    "unit": ("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
             "months", "year", "years"),
    "aggregate": ("count", "sum", "avg", "min", "max", "first", "last"),
    "period": ("current", "previous"),
    "rank": ("top", "bottom"),
    "text-test": ("contains", "matches"),
}


def _kind(token: str) -> str | None:
    """Which group of interchangeable tokens ``token`` belongs to, if any."""
    if token in _COMPARISONS:
        return "comparison"
    if token in _ARITHMETIC:
        return "arithmetic"
    if token in ("and", "or"):
        return "connective"
    if token.startswith('"') or _NUMBER.match(token) or token in ("true", "false", "today",
                                                                    "now"):
        return "literal"
    for group, words in _KEYWORD_GROUPS.items():
        # `last` is also a window word (`in last 7 days`); leave it alone.
        if token in words and token != "last":
            return group
    if _WORD.fullmatch(token) and token not in RESERVED:
        return "name"
    return None


_REPLACEMENTS = {
    "comparison": _COMPARISONS,
    "arithmetic": _ARITHMETIC,
    "connective": _CONNECTIVES,
    "literal": _LITERALS,
    "name": tuple(_WORDS),
    **_KEYWORD_GROUPS,
}


_META_LINE = re.compile(r"^\s*(?:title|description|owner|tags)\b")
_SIMPLE_WORDS = tuple(w for w in _WORDS if "." not in w)


def _mutable_positions(tokens: list[str]) -> list[int]:
    """Tokens a mutation may touch: not whitespace or comments, and not on metadata
    lines (a title or a tag is never checked, so mutating it only makes noise)."""
    positions: list[int] = []
    line_start = True
    on_meta_line = False
    for i, token in enumerate(tokens):
        if line_start and not token.isspace():
            on_meta_line = token in ("title", "description", "owner", "tags")
            line_start = False
        if "\n" in token:
            line_start = True
        if not (token.isspace() or token.startswith("#") or on_meta_line):
            positions.append(i)
    return positions


def _neighbours(tokens: list[str], i: int) -> tuple[str, str]:
    before = next((t for t in reversed(tokens[:i]) if not t.isspace()), "")
    after = next((t for t in tokens[i + 1:] if not t.isspace()), "")
    return before, after


@st.composite
def mutated_projects(draw: st.DrawFn) -> dict[str, str]:
    """The example files with 1 to MAX_MUTATIONS token edits.  Most edits keep the
    token's kind (a name for a name, an operator for an operator, a literal for a
    literal), so many mutants still parse and reach the checker; the rest delete,
    duplicate, insert or swap tokens."""
    files = dict(SHOP_FILES)
    for _ in range(draw(st.integers(1, MAX_MUTATIONS))):
        name = draw(st.sampled_from(sorted(files)))
        tokens = _TOKEN.findall(files[name])
        positions = _mutable_positions(tokens)
        action = draw(st.sampled_from(
            ["same-kind"] * 8 + ["delete", "duplicate", "insert", "swap"]))
        if action == "same-kind":
            positions = [i for i in positions if _kind(tokens[i]) is not None]
        i = draw(st.sampled_from(positions))
        token = tokens[i]
        kind = _kind(token)
        if action == "same-kind" and kind is not None:
            choices = _REPLACEMENTS[kind]
            if kind == "name" and "." in _neighbours(tokens, i):
                choices = _SIMPLE_WORDS  # `account.X`: X stays one name
            tokens[i] = draw(st.sampled_from(choices))
        elif action == "duplicate":
            tokens[i] = f"{token} {token}"
        elif action == "insert":
            tokens[i] = f"{draw(st.sampled_from(_WILD))} {token}"
        elif action == "swap":
            j = draw(st.sampled_from(positions))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        else:
            tokens[i] = ""
        files[name] = "".join(tokens)
    return files


def assert_span_in_text(span: Span, texts: dict[str, str], where: object) -> None:
    assert span.file in texts, where
    text = texts[span.file]
    last_line = text.count("\n") + 1
    assert 1 <= span.line <= span.end_line <= last_line, where
    assert span.column >= 1 and span.end_column >= 1, where
    if span.line == span.end_line:
        assert span.column <= span.end_column, where
    assert 0 <= span.start <= span.end <= len(text) + 1, where
    # The offsets and the line/column agree.
    assert text.count("\n", 0, span.start) + 1 == span.line, where
    assert span.start - (text.rfind("\n", 0, span.start) + 1) + 1 == span.column, where


def assert_well_formed(diagnostic: Diagnostic, texts: dict[str, str]) -> None:
    assert diagnostic.code in CODES, diagnostic
    assert diagnostic.message.strip(), diagnostic
    assert diagnostic.hint is None or diagnostic.hint.strip(), diagnostic
    expected = Severity.WARNING if diagnostic.code.startswith("WRN") else Severity.ERROR
    assert diagnostic.severity is expected, diagnostic
    assert diagnostic.span is not None, diagnostic
    assert_span_in_text(diagnostic.span, texts, diagnostic)
    for span, label in diagnostic.related:
        assert label, diagnostic
        assert_span_in_text(span, texts, diagnostic)
    # A fix edits the diagnostic's own file, inside its text, without overlaps.
    for edit in diagnostic.edits:
        assert edit.span.file == diagnostic.span.file, diagnostic
        assert_span_in_text(edit.span, texts, diagnostic)
        assert edit.span.end <= len(texts[edit.span.file]), diagnostic
    if diagnostic.edits:
        apply_edits(texts[diagnostic.span.file], diagnostic.edits)


def check_texts(files: dict[str, str]) -> tuple[list[Diagnostic], list[Diagnostic]]:
    parsed = [parse_source(text, name) for name, text in files.items()]
    syntax = [d for source in parsed for d in source.diagnostics]
    return syntax, check_project(SHOP_SCHEMA, parsed).diagnostics


@SETTINGS
@given(mutated_projects())
def test_mutated_example_never_raises_and_diagnostics_are_well_formed(
    files: dict[str, str],
) -> None:
    syntax, checked = check_texts(files)
    for diagnostic in [*syntax, *checked]:
        assert_well_formed(diagnostic, files)
    # The checker only reports checker codes (syntax codes only for SYN010).
    for diagnostic in checked:
        assert diagnostic.code[:3] in ("NAM", "TYP", "WRN", "EXP") or diagnostic.code == "SYN010"
    # Each problem is reported once, and checking is deterministic.
    keys = [(d.code, d.message, d.span) for d in checked]
    assert len(keys) == len(set(keys)), checked
    assert check_texts(files)[1] == checked


# ====================================================== (b) the example project


def test_example_project_checks_clean() -> None:
    workspace = load_workspace(SHOP)
    assert workspace.diagnostics == []
    assert workspace.ok
    assert workspace.checked is not None and workspace.checked.ok
    declared = {decl.name for source in workspace.files for decl in source.declarations}
    checked = workspace.checked
    assert declared == {*checked.metrics, *checked.segments, *checked.segmentations}
    assert len(workspace.files) == len(SHOP_FILES)


def test_mutation_baseline_checks_clean() -> None:
    # What the mutations start from: the example files, checked together.
    syntax, checked = check_texts(SHOP_FILES)
    assert syntax == [] and checked == []


# ====================================================== (c) a positive corpus

# Every form of SPEC section 3; each entry is one definition.  An entry that uses
# other entries lists them in DEPENDS, so it can be checked with just what it needs.
CORPUS: dict[str, str] = {
    # metrics and aggregates (3.2, 3.5)
    "orders_30d": "metric orders_30d = count(purchase in last 30 days)",
    "revenue_365d": "metric revenue_365d = sum(purchase.amount in last 365 days)",
    "avg_kids": 'metric avg_kids = avg(purchase.amount with category = "kids")',
    "smallest": "metric smallest = min(purchase.amount in current year)",
    "biggest": "metric biggest = max(purchase.amount in previous quarter)",
    "first_buy": "metric first_buy = first(purchase)",
    "last_category": "metric last_category = last(purchase.category in last 2 years)",
    "categories": "metric categories = count(distinct purchase.category since 2025-01-01)",
    "click_rate": "metric click_rate =\n"
                  "  count(email_click in last 90 days) / count(email_open in last 90 days)",
    "net": "metric net = revenue_365d - 10 * 2 + -1",
    "active": "metric active = has purchase in last 30 days",
    "back_then": "metric back_then = last(purchase) - 2 hours",
    # segments: the SPEC's example (9)
    "lapsing": "segment lapsing\n"
               '  title "Frequent buyers gone quiet"\n'
               '  description "Bought often, not lately"\n'
               '  owner "crm-team"\n'
               "  tags retention, winback\n"
               "  where orders_30d > 3\n"
               "    and has no purchase in last 7 days",
    "new_customers": "segment new_customers\n  where first(purchase) in last 30 days",
    "engaged": "segment engaged\n"
               "  where count(email_open in last 90 days) >= 5\n"
               "    and has no purchase in last 90 days",
    "dach": 'segment dach\n  where country in ["DE", "AT", "CH"] and age between 25 and 34',
    "vip": "segment vip\n  where revenue_365d in top 5% and not in segment lapsing",
    "cart_abandoners": "segment cart_abandoners\n"
                       "  where has add_to_cart then no purchase within 1 day in last 7 days",
    "persona": "segmentation persona\n"
               '  title "Sport shop personas"\n'
               '  performance_runner: count(purchase with category = "running"'
               " in last 180 days) >= 3\n"
               '  kids_family: has purchase with category = "kids" in last 365 days\n'
               "  casual: otherwise",
    # conditions (3.3)
    "kids_families": 'segment kids_families\n  where persona = "kids_family"',
    "either": 'segment either\n  where country = "DE" or country = "AT"',
    "comparisons": "segment comparisons\n"
                   "  where age != 3 and age < 5 or age <= 6 and age >= 1\n"
                   "    and lifetime_value > 0.5 and lifetime_value = age",
    "not_french": 'segment not_french\n  where country not in ["FR"] and plan in ["pro"]',
    "text_tests": 'segment text_tests\n  where email contains "@" and email starts with "a"\n'
                  '    and email ends with ".de" and email contains country',
    "list_tests": 'segment list_tests\n  where interests contains "yoga"\n'
                  '    or interests contains any ["a", "b"] or interests contains all ["c"]',
    "zip_format": 'segment zip_format\n  where zip matches "^[0-9]{5}$"',
    "set_tests": "segment set_tests\n  where email is set and zip is not set",
    "subscribed": "segment subscribed\n  where is_subscribed and is_subscribed = true\n"
                  "    and not (is_subscribed != false)",
    "bool_metric": "segment bool_metric\n  where active",
    "grouping": 'segment grouping\n  where (age > 1 or age < 0) and not (country = "DE")',
    "bottom_spenders": "segment bottom_spenders\n  where lifetime_value in bottom 10%",
    "in_segment": "segment in_segment\n  where in segment dach",
    "in_static_list": "segment in_static_list\n  where in list fair_visitors",
    "has_with": 'segment has_with\n  where has purchase with category = "kids" and age > 30',
    "has_group": "segment has_group\n"
                 '  where has purchase with (category = "kids" and amount > 50)'
                 " in last 365 days",
    "has_no_with": 'segment has_no_with\n  where has no purchase with category = "kids"'
                   " in last 30 days",
    "has_forms": "segment has_forms\n"
                 "  where has purchase with amount between 10 and 50\n"
                 '    and has email_open with campaign in ["a", "b"]\n'
                 '    and has email_open with lower(campaign) contains "spring"\n'
                 "    and has purchase with shipped_at is set\n"
                 '    and has purchase with category not in ["kids"]',
    "sequence": "segment sequence\n"
                '  where has email_click with (campaign starts with "spring")\n'
                "    then purchase within 2 days since 2026-03-01T00:00:00Z",
    "sequence_period": "segment sequence_period\n"
                       "  where has purchase then purchase within 1 week in previous month",
    # windows and time (3.6)
    "windows": "segment windows\n"
               "  where signup_at in last 3 months\n"
               "    and birthday in next 2 weeks\n"
               "    and signup_at in current week\n"
               "    and signup_at in previous month\n"
               "    and signup_at since 2026-01-01\n"
               "    and signup_at before 2026-01-31T08:00:00Z\n"
               "    and signup_at between 2026-01-01 and 2026-03-31",
    "quarters": "segment quarters\n"
                "  where signup_at in current quarter or signup_at in previous year\n"
                "    or signup_at in last 12 hours or signup_at in last 90 minutes",
    "event_between": "segment event_between\n  where has purchase between 2025-08-01 and"
                     " 2025-09-15",
    "lapsed": "segment lapsed\n  where last(purchase) before 90 days ago",
    "times": "segment times\n"
             "  where signup_at < now and birthday <= today and signup_at > 30 days ago\n"
             "    and signup_at + 30 days > now and birthday = 2000-01-01\n"
             "    and signup_at >= 2026-01-31T08:00:00.250Z and signup_at < birthday",
    "first_between": "segment first_between\n"
                     "  where first(purchase) between 2026-01-01 and 2026-02-01",
    "shipped": "segment shipped\n  where count(purchase with (shipped_at in last 7 days)) > 0",
    # expressions (3.4)
    "functions": "segment functions\n"
                 '  where lower(email) = "a" and upper(country) = "DE" and trim(zip) = "1"\n'
                 "    and length(email) > 3 and abs(lifetime_value) > 1\n"
                 "    and round(lifetime_value, 2) > 1 and round(lifetime_value) > 1\n"
                 "    and coalesce(age, 0) > 1 and date(signup_at) = 2026-01-01\n"
                 "    and days_since(signup_at) < 30 and years_since(birthday) >= 18\n"
                 "    and ntile(lifetime_value, 4) = 4",
    "relation": "segment relation\n"
                '  where account.industry = "retail" and account.employees >= 20\n'
                '    and account.size = "large"',
    "numbers": "segment numbers\n"
               "  where lifetime_value > 1_000 and lifetime_value / 3 > 2.5 and -age < 0",
    "aggregate_filters": "segment aggregate_filters\n"
                         '  where sum(purchase.amount with category = "kids" in last 365 days)'
                         " >= 200\n"
                         "    and count(purchase with (amount > 10 or category in"
                         ' ["kids"])) > 1',
    "strings": 'segment strings\n  where email = "a\\"b\\\\c\\n\\t" and email != ""',
    "negated_forms": "segment negated_forms\n"
                     "  where signup_at not in last 30 days\n"
                     "    and lifetime_value not in top 10%\n"
                     "    and age not between 1 and 2",
    "regularity": "segment regularity\n"
                  '  where has purchase with category = "kids" in at least 2 of the last 3 weeks\n'
                  "    and not stopped email_open in last 30 days\n"
                  "    or restarted purchase with (amount > 10) in last 1 month",
}

DEPENDS: dict[str, tuple[str, ...]] = {
    "net": ("revenue_365d",),
    "lapsing": ("orders_30d",),
    "vip": ("revenue_365d", "lapsing", "orders_30d"),
    "kids_families": ("persona",),
    "bool_metric": ("active",),
    "in_segment": ("dach",),
}


def _closure(name: str) -> list[str]:
    names: list[str] = []
    pending = [name]
    while pending:
        current = pending.pop()
        if current not in names:
            names.append(current)
            pending += DEPENDS.get(current, ())
    return names


# The static list `in list` of the corpus names (SPEC 11; a CSV list's keys).
LISTS = {"fair_visitors": StaticList(
    StaticListSource("fair_visitors", Span("segdsl.yml", 1, 1, 1, 14, 0, 13),
                     file="lists/fair.csv"), ("c1", "c2"))}


def _check_corpus(files: list[str]) -> list[Diagnostic]:
    parsed = [parse_source(text, f"segments/f{i}.seg") for i, text in enumerate(files)]
    for source in parsed:
        assert source.diagnostics == (), source.diagnostics
    return check_project(SCHEMA, parsed, LISTS).diagnostics


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_entry_checks_clean(name: str) -> None:
    source = "\n\n".join(CORPUS[n] for n in _closure(name)) + "\n"
    parsed = parse_source(source, "segments/f.seg")
    assert parsed.diagnostics == (), parsed.diagnostics
    assert name in {decl.name for decl in parsed.declarations}
    assert check_project(SCHEMA, [parsed], LISTS).diagnostics == []


def test_whole_corpus_checks_clean() -> None:
    assert _check_corpus(["\n\n".join(CORPUS.values()) + "\n"]) == []


@SETTINGS
@given(st.permutations(sorted(CORPUS)), st.lists(st.integers(0, 2), min_size=len(CORPUS),
                                                 max_size=len(CORPUS)))
def test_corpus_in_any_order_and_split_over_files_checks_clean(
    order: list[str], file_of: list[int],
) -> None:
    files = ["", "", ""]
    for name, index in zip(order, file_of, strict=True):
        files[index] += CORPUS[name] + "\n\n"
    assert _check_corpus(files) == []


def _walk(node: object) -> typing.Iterator[object]:
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, tuple):
            pending += current
        elif dataclasses.is_dataclass(current) and not isinstance(current, type):
            yield current
            pending += [getattr(current, f.name) for f in dataclasses.fields(current)]
        elif isinstance(current, enum.Enum):
            yield current


def test_corpus_covers_every_form_of_the_language() -> None:
    parsed = parse_source("\n\n".join(CORPUS.values()) + "\n", "segments/f.seg")
    seen = list(_walk(parsed.declarations))
    kinds = {type(node) for node in seen}
    wanted = {*typing.get_args(ast.Expr), *typing.get_args(ast.Window)} - {ast.ListLit}
    assert wanted - kinds == set()
    assert ast.InList in kinds  # (lists only appear after `in`)
    members = {node for node in seen if isinstance(node, enum.Enum)}
    for enum_type in (ast.CompareOp, ast.ArithOp, ast.TextOp, ast.AggFn, ast.RankDir,
                      ast.Period, ast.Unit, ast.TimeKeyword, ast.Lifecycle):
        assert set(enum_type) - members == set(), enum_type
    flags = {(type(node).__name__, node.negated) for node in seen if hasattr(node, "negated")}
    for name in ("InList", "Between", "IsSet", "WindowTest", "RankTest", "HasEvent"):
        assert {(name, False), (name, True)} <= flags, name
    sequences = {node.then_absent for node in seen if isinstance(node, ast.HasSequence)}
    assert sequences == {False, True}
    assert any(isinstance(n, ast.Aggregate) and n.distinct for n in seen)
    assert any(isinstance(n, ast.PeriodWindow) and n.offset == 0 for n in seen)
    assert any(isinstance(n, ast.PeriodWindow) and n.offset == -1 for n in seen)
    assert {type(d) for d in parsed.declarations} == {
        ast.MetricDecl, ast.SegmentDecl, ast.SegmentationDecl,
    }
