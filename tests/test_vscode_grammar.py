"""The VS Code extension (editors/vscode): its grammar against the language, and its code.

The TextMate grammar is run as VS Code runs it (tests/textmate.py). It must split
every .seg file of the repository and every example in docs/ exactly as the segdsl
lexer does, with no character left invalid; every reserved word must be coloured as
a keyword in every position, and the word classes the grammar singles out (units,
aggregates, literals, declarations, built-in functions) must be the parser's. Then
extension.js runs under Node with a stand-in for VS Code (test/extension.test.js).

Needs `npm ci --prefix editors/vscode` (see tests/textmate.py for the skip switch).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
from pathlib import Path

import pytest
from textmate import (
    KEYWORD_PREFIXES,
    REPO,
    VSCODE,
    Lines,
    Scoped,
    compare_with_lexer,
    invalid_spots,
    node,
    split_lines,
    tokenize,
)

from segdsl.check.functions import FUNCTIONS
from segdsl.syntax.keywords import RESERVED
from segdsl.syntax.parser import parse_source

GRAMMAR = VSCODE / "syntaxes" / "segdsl.tmLanguage.json"
SKIPPED_DIRS = {".git", "node_modules", ".venv", "venv", "build", "dist", "__pycache__"}


def _seg_files() -> list[Path]:
    found = []
    for path in sorted(REPO.rglob("*.seg")):
        if not SKIPPED_DIRS.intersection(path.relative_to(REPO).parts):
            found.append(path)
    return found


SEG_FILES = _seg_files()
FENCE = re.compile(r"^```(seg(?:-error)?)\b[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def _doc_snippets() -> list[tuple[str, str, str]]:
    """(where, fence kind, body) of every ```seg and ```seg-error block in docs/ and README."""
    found = []
    for page in [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append((f"{page.relative_to(REPO)}:{line}", match.group(1), match.group(2)))
    return found


SNIPPETS = _doc_snippets()


def _parses(text: str) -> bool:
    return not parse_source(text + "\n", "probe.seg").diagnostics


# ------------------------------------------------------------ the repository's files


def test_the_corpus_covers_every_place_seg_files_live() -> None:
    places = {path.relative_to(REPO).parts[0:2] for path in SEG_FILES}
    for place in [("examples", "shop"), ("segdsl", "init"), ("tests", "conformance"),
                  ("bench", "project")]:
        assert place in places, f"no .seg file under {'/'.join(place)}"
    assert len(SEG_FILES) >= 30
    assert len([kind for _, kind, _ in SNIPPETS if kind == "seg"]) >= 25


@pytest.fixture(scope="module")
def file_tokens() -> dict[Path, Lines]:
    texts = [path.read_text(encoding="utf-8") for path in SEG_FILES]
    return dict(zip(SEG_FILES, tokenize(texts), strict=True))


@pytest.mark.parametrize("path", SEG_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_seg_file_has_no_invalid_token(path: Path, file_tokens: dict[Path, Lines]) -> None:
    assert invalid_spots(path.read_text(encoding="utf-8"), file_tokens[path]) == []


@pytest.mark.parametrize("path", SEG_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_seg_file_is_split_as_the_lexer_splits_it(path: Path,
                                                   file_tokens: dict[Path, Lines]) -> None:
    assert compare_with_lexer(path.read_text(encoding="utf-8"), file_tokens[path]) == []


def test_doc_examples_are_split_as_the_lexer_splits_them() -> None:
    tokens = tokenize([body for _, _, body in SNIPPETS])
    problems = []
    for (where, kind, body), lines in zip(SNIPPETS, tokens, strict=True):
        found = compare_with_lexer(body, lines)
        if kind == "seg":  # a seg-error block may show a lexical mistake on purpose
            found += invalid_spots(body, lines)
        problems += [f"{where}: {problem}" for problem in found]
    assert problems == []


# --------------------------------------------------------------- random token soup

PIECES = [
    *sorted(RESERVED), "x", "_", "orders_30d", "in_x", "wherever", "days7", "size", "share",
    "lower", "days_since", "T08", "0", "7", "1_000", "2.5", "1_0.0_1", "007", "1_", "1.",
    "2026-01-31", "2026-01-31T08:00:00Z", "2026-01-31T08:00:00.123456+00:00",
    "2026-01-31T08:00:00+02:00", "2026-01-31T08:00", "12026-01-01", "2026-1-01",
    '""', '"a"', '"say \\"hi\\""', '"\\\\"', '"\\t\\n"', '"\\d"', '"50%_off"', '"ünï 😀"',
    "# comment", "#", "# ünï 😀", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "(", ")",
    "[", "]", ",", ":", ".", "%",
]
# Pieces the lexer refuses (one per text, so that what comes before it is long).
BAD_PIECES = ['"open', '"\\', "!", "@", "$", ";", "'", "&", "|", "{", "}", "\\", "^", "?", "~",
              "`", "é", "ß", "😀", "\u00a0", "\v"]
SEPARATORS = ["", " ", " ", " ", "  ", "\t", "\n", "\n  ", "\f", "\r\n"]


def _soup(rng: random.Random, bad: bool) -> str:
    count = rng.randint(1, 60)
    spoilt = rng.randrange(count) if bad else -1
    parts = []
    for index in range(count):
        parts.append(rng.choice(BAD_PIECES if index == spoilt else PIECES))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def test_random_token_soup_is_split_as_the_lexer_splits_it() -> None:
    """Text made of the lexer's pieces glued together in random order, with and without
    space between them: the grammar agrees with the lexer up to the lexer's first error
    and marks that spot invalid."""
    rng = random.Random(20261101)
    texts = [_soup(rng, bad=index % 2 == 1) for index in range(600)]
    problems = []
    for text, lines in zip(texts, tokenize(texts), strict=True):
        problems += [f"{text!r}: {problem}" for problem in compare_with_lexer(text, lines)]
    assert problems[:20] == []


# -------------------------------------------------------------------- reserved words

# Every position in which a word is given a role of its own by the grammar; `{}` is
# the word. A reserved word must stay a keyword in each.
CONTEXTS = [
    "{}", "  {}", "segment {}", "segmentation {}", "metric {} = 1", "in segment {}", "has {}",
    "has no {}", "then {}", "then no {}", "count({}", "count(distinct {}", "sum(x.{}", "x.{}",
    "{}.x", "tags {}", "tags a, {}", "tags a,\n  {}", "expect {}", "{}: x", "{}(x)", "1 {}",
    "1{}", "5 % {}",
]


Probes = dict[str, tuple[Lines, list[str]]]


@pytest.fixture(scope="module")
def probes() -> Probes:
    """Each reserved word, and a name made from it, in every context, tokenized at once."""
    texts: list[str] = []
    for word in sorted(RESERVED) + [w + "_x" for w in sorted(RESERVED)]:
        texts += [context.format(word) for context in CONTEXTS]
        texts += [f"3 {word}", f"{word}(distinct e.p)"]
    unique = list(dict.fromkeys(texts))
    return {text: (lines, split_lines(text))
            for text, lines in zip(unique, tokenize(unique), strict=True)}


def _token_at(probe: tuple[Lines, list[str]], text: str, word: str,
              first: bool = False) -> Scoped:
    """The one TextMate token that covers the last (or first) occurrence of ``word``
    in ``text``."""
    lines, rows = probe
    if first:
        row = min(i for i, line in enumerate(rows) if word in line)
        start = rows[row].index(word)
    else:
        row = max(i for i, line in enumerate(rows) if word in line)
        start = rows[row].rindex(word)
    tokens = [t for t in lines[row] if t.start < start + len(word) and t.end > start]
    assert len(tokens) == 1 and (tokens[0].start, tokens[0].end) == (start, start + len(word)), (
        f"{word!r} in {text!r} is not one token: {tokens}")
    return tokens[0]


@pytest.mark.parametrize("word", sorted(RESERVED))
def test_reserved_word_is_a_keyword_everywhere(word: str, probes: Probes) -> None:
    for context in CONTEXTS:
        text = context.format(word)
        token = _token_at(probes[text], text, word)
        assert token.inner.startswith(KEYWORD_PREFIXES), (text, token.scopes)


@pytest.mark.parametrize("word", sorted(RESERVED))
def test_a_name_that_contains_a_reserved_word_is_a_name(word: str, probes: Probes) -> None:
    for context in CONTEXTS:
        text = context.format(word + "_x")
        token = _token_at(probes[text], text, word + "_x")
        assert not token.inner.startswith(KEYWORD_PREFIXES), (text, token.scopes)


@pytest.mark.parametrize("word", sorted(RESERVED))
def test_word_classes_are_the_parsers(word: str, probes: Probes) -> None:
    """The words the grammar colours by role are the ones the parser gives that role."""
    duration = probes[f"3 {word}"]
    unit = _parses(f"metric m = 3 {word} ago")
    assert ("meta.duration.segdsl" in _token_at(duration, f"3 {word}", word).scopes) == unit
    period = _parses(f"segment s where x in current {word}")
    inner = _token_at(probes[word], word, word).inner
    assert (inner == "keyword.other.unit.segdsl") == (unit or period), inner
    # `not(x)` parses too, `not(distinct e.p)` does not.
    aggregate = _parses(f"metric m = {word}(distinct e.p)")
    call = _token_at(probes[f"{word}(distinct e.p)"], f"{word}(distinct e.p)", word,
                     first=True).inner
    assert (call == "support.function.aggregate.segdsl") == aggregate, call
    literal = _parses(f"metric m = {word}")
    assert inner.startswith("constant.language.") == literal, inner
    declaration = any(_parses(t) for t in (f"{word} x = 1", f"{word} x where y", f"{word} x a: y",
                                           f"{word} x = y"))  # `event x = y`
    assert inner.startswith("storage.type.") == declaration, inner


def test_builtin_functions_are_the_checkers() -> None:
    grammar = json.loads(GRAMMAR.read_text(encoding="utf-8"))
    patterns = grammar["repository"]["function-call"]["captures"]["1"]["patterns"]
    builtin = next(p["match"] for p in patterns
                   if p.get("name") == "support.function.builtin.segdsl")
    listed = re.fullmatch(r"\(\?:([a-z_|]+)\)\(\?!\[A-Za-z0-9_\]\)", builtin)
    assert listed is not None, builtin
    assert sorted(listed.group(1).split("|")) == sorted(FUNCTIONS)
    texts = [f"{name}(x)" for name in sorted(FUNCTIONS)] + ["lowercase(x)", "lower_(x)"]
    for text, lines in zip(texts, tokenize(texts), strict=True):
        expected = ("support.function.builtin.segdsl" if text.split("(")[0] in FUNCTIONS
                    else "variable.function.segdsl")
        assert lines[0][0].inner == expected, (text, lines[0][0])


# ------------------------------------------------------------ what a reader sees

EXAMPLE = '''# Lapsed buyers
segment winback
  title "Say \\"hi\\"\\t\\\\" # after a string
  tags retention,
       winback
  expect share between 1% and 2.5%
  where in segment churned_customers
    and lifetime_value >= 1_000 and ratio < 2.5 and n = 1_000.50
    and signup_at >= 2026-01-31T08:00:00.250+00:00 and birthday != 2000-02-29
    and has no purchase with category = "kids" in last 30 days
    and count(distinct purchase.category since 90 days ago) >= 2
    and account.industry = "a\\\\" and lower(email) matches "^x\\\\.de$"

segmentation bands
  high: last(purchase) in last 2 weeks
  none: otherwise

metric spend = sum(purchase.amount in current quarter)
'''

EXPECTED = [  # (line, text, occurrence on that line, innermost scope)
    (1, "#", 0, "punctuation.definition.comment.segdsl"),
    (1, " Lapsed buyers", 0, "comment.line.number-sign.segdsl"),
    (2, "segment", 0, "storage.type.segment.segdsl"),
    (2, "winback", 0, "entity.name.type.segment.segdsl"),
    (3, "title", 0, "keyword.other.metadata.segdsl"),
    (3, '"', 0, "punctuation.definition.string.begin.segdsl"),
    (3, '\\"', 0, "constant.character.escape.segdsl"),
    (3, '\\"', 1, "constant.character.escape.segdsl"),
    (3, "\\t", 0, "constant.character.escape.segdsl"),
    (3, "\\\\", 0, "constant.character.escape.segdsl"),
    (3, '"', 3, "punctuation.definition.string.end.segdsl"),
    (3, "#", 0, "punctuation.definition.comment.segdsl"),
    (3, " after a string", 0, "comment.line.number-sign.segdsl"),
    (4, "tags", 0, "keyword.other.metadata.segdsl"),
    (4, "retention", 0, "entity.name.tag.segdsl"),
    (5, "winback", 0, "entity.name.tag.segdsl"),
    (6, "share", 0, "variable.language.measure.segdsl"),
    (6, "between", 0, "keyword.operator.word.segdsl"),
    (6, "1", 0, "constant.numeric.integer.segdsl"),
    (6, "%", 0, "keyword.other.unit.percent.segdsl"),
    (6, "2.5", 0, "constant.numeric.decimal.segdsl"),
    (7, "where", 0, "keyword.other.where.segdsl"),
    (7, "in", 0, "keyword.operator.word.segdsl"),
    (7, "segment", 0, "keyword.other.segment.segdsl"),
    (7, "churned_customers", 0, "entity.name.type.segment.segdsl"),
    (8, "and", 0, "keyword.operator.logical.segdsl"),
    (8, "lifetime_value", 0, "variable.other.segdsl"),
    (8, ">=", 0, "keyword.operator.comparison.segdsl"),
    (8, "1_000", 0, "constant.numeric.integer.segdsl"),
    (8, "2.5", 0, "constant.numeric.decimal.segdsl"),
    (8, "1_000.50", 0, "constant.numeric.decimal.segdsl"),
    (9, "2026-01-31T08:00:00.250+00:00", 0, "constant.numeric.timestamp.segdsl"),
    (9, "2000-02-29", 0, "constant.numeric.date.segdsl"),
    (10, "has", 0, "keyword.other.event.segdsl"),
    (10, "no", 0, "keyword.other.event.segdsl"),
    (10, "purchase", 0, "entity.name.type.event.segdsl"),
    (10, "with", 0, "keyword.other.event.segdsl"),
    (10, "last", 0, "keyword.other.window.segdsl"),
    (10, "30", 0, "constant.numeric.integer.segdsl"),
    (10, "days", 0, "keyword.other.unit.segdsl"),
    (11, "count", 0, "support.function.aggregate.segdsl"),
    (11, "distinct", 0, "keyword.other.distinct.segdsl"),
    (11, "purchase", 0, "entity.name.type.event.segdsl"),
    (11, "category", 0, "variable.other.property.segdsl"),
    (11, "since", 0, "keyword.other.window.segdsl"),
    (11, "ago", 0, "keyword.other.window.segdsl"),
    (12, "account", 0, "variable.other.object.segdsl"),
    (12, "industry", 0, "variable.other.property.segdsl"),
    (12, "\\\\", 0, "constant.character.escape.segdsl"),
    (12, '"', 1, "punctuation.definition.string.end.segdsl"),  # the string ends after \\
    (12, "and", 1, "keyword.operator.logical.segdsl"),
    (12, "lower", 0, "support.function.builtin.segdsl"),
    (12, "matches", 0, "keyword.operator.word.segdsl"),
    (12, "\\\\", 1, "constant.character.escape.segdsl"),
    (14, "segmentation", 0, "storage.type.segmentation.segdsl"),
    (14, "bands", 0, "entity.name.type.segmentation.segdsl"),
    (15, "high", 0, "entity.name.label.segdsl"),
    (15, ":", 0, "punctuation.separator.label.segdsl"),
    (15, "last", 0, "support.function.aggregate.segdsl"),
    (15, "last", 1, "keyword.other.window.segdsl"),
    (15, "weeks", 0, "keyword.other.unit.segdsl"),
    (16, "otherwise", 0, "keyword.control.otherwise.segdsl"),
    (18, "metric", 0, "storage.type.metric.segdsl"),
    (18, "spend", 0, "entity.name.function.metric.segdsl"),
    (18, "=", 0, "keyword.operator.assignment.segdsl"),
    (18, "current", 0, "keyword.other.window.segdsl"),
    (18, "quarter", 0, "keyword.other.unit.segdsl"),
]


@pytest.fixture(scope="module")
def example_lines() -> Lines:
    return tokenize([EXAMPLE])[0]


def test_the_example_is_valid_and_split_as_the_lexer_splits_it(example_lines: Lines) -> None:
    assert _parses(EXAMPLE)
    assert compare_with_lexer(EXAMPLE, example_lines) == []
    assert invalid_spots(EXAMPLE, example_lines) == []


@pytest.mark.parametrize(("line", "text", "occurrence", "scope"), EXPECTED,
                         ids=[f"{n}:{t}:{o}" for n, t, o, _ in EXPECTED])
def test_the_example_is_coloured_as_a_reader_expects(example_lines: Lines, line: int, text: str,
                                                     occurrence: int, scope: str) -> None:
    row = split_lines(EXAMPLE)[line - 1]
    start = -1
    for _ in range(occurrence + 1):
        start = row.index(text, start + 1)
    tokens = [t for t in example_lines[line - 1] if t.start < start + len(text) and t.end > start]
    assert [(t.start, t.end, t.inner) for t in tokens] == [(start, start + len(text), scope)]


def test_duration_and_percentage_are_marked_as_a_whole(example_lines: Lines) -> None:
    rows = split_lines(EXAMPLE)
    for line, text, meta in [(10, "30 days", "meta.duration.segdsl"),
                             (6, "2.5%", "meta.percentage.segdsl")]:
        start = rows[line - 1].index(text)
        inside = [t for t in example_lines[line - 1]
                  if start <= t.start and t.end <= start + len(text)]
        assert inside and all(meta in t.scopes for t in inside), inside


@pytest.mark.parametrize(("text", "bad"), [
    ('x = "open', '"open'),                # a string must close on its line
    ('x = "a\\d"', "\\d"),                 # SYN004: not an escape
    ("x @ y", "@"),
    ("x = ünï", "ü"),                     # names are ASCII
    ("x = 1\u00a0days", "\u00a0"),        # a no-break space is not whitespace here
    ("x ! y", "!"),
])
def test_what_the_language_refuses_is_marked_invalid(text: str, bad: str) -> None:
    [lines] = tokenize([text])
    start = text.index(bad)
    token = next(t for t in lines[0] if t.start <= start < t.end)
    assert any(s.startswith("invalid.illegal") for s in token.scopes), token


# -------------------------------------------------------------------- extension.js


def test_extension_under_node() -> None:
    """test/extension.test.js: activation starts `segdsl lsp` over stdio, restarts on a
    change of segdsl.path, reports a missing executable; package.json is consistent."""
    result = subprocess.run(
        [node(), "--test", "test/extension.test.js"], cwd=VSCODE, capture_output=True,
        text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    passed = re.search(r"^# pass (\d+)$", result.stdout, re.MULTILINE)
    assert passed is not None and int(passed.group(1)) >= 10, result.stdout
