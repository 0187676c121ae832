"""The VS Code extension's TextMate grammar, run as VS Code runs it, for the tests.

``editors/vscode/test/tokenize.js`` tokenizes text with vscode-textmate and
vscode-oniguruma (the libraries VS Code itself uses) under Node; this module runs it
and compares its tokens with the segdsl lexer's (:func:`compare_with_lexer`), so the
grammar cannot drift from the language.

The Node packages come from ``editors/vscode/package-lock.json``: ``npm ci --prefix
editors/vscode`` installs them (``.ci/run`` does). Without them the tests fail and say
so; a developer without Node may set ``SEGDSL_SKIP_VSCODE=1`` to skip them instead
(never honoured when ``CI=true``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from segdsl.syntax.keywords import RESERVED
from segdsl.syntax.lalr import parser
from segdsl.syntax.tokens import ScanError, Token

REPO = Path(__file__).resolve().parents[1]
VSCODE = REPO / "editors" / "vscode"
TOKENIZE = VSCODE / "test" / "tokenize.js"
INSTALL = "npm ci --prefix editors/vscode"
SKIP_VARIABLE = "SEGDSL_SKIP_VSCODE"
PACKAGES = ("vscode-textmate", "vscode-oniguruma", "vscode-languageclient")

BASE = "source.segdsl"
# The innermost scope of a reserved word starts with one of these.
KEYWORD_PREFIXES = ("keyword.", "storage.type.", "support.function.aggregate.",
                    "constant.language.")
# The innermost scope of a name, whatever role the grammar sees it in.
NAME_SCOPES = frozenset({
    "variable.other.segdsl", "variable.other.object.segdsl", "variable.other.property.segdsl",
    "variable.function.segdsl", "variable.language.measure.segdsl",
    "support.function.builtin.segdsl", "entity.name.type.segment.segdsl",
    "entity.name.type.segmentation.segdsl", "entity.name.function.metric.segdsl",
    "entity.name.type.event.segdsl", "entity.name.label.segdsl", "entity.name.tag.segdsl",
    "variable.other.constant.list.segdsl",  # `in list NAME` (static lists)
})
# Operators and punctuation, by text (`=` also assigns after `metric NAME`).
OPERATOR_SCOPES: dict[str, frozenset[str]] = {
    **{op: frozenset({"keyword.operator.comparison.segdsl"})
       for op in ("!=", "<", "<=", ">", ">=")},
    "=": frozenset({"keyword.operator.comparison.segdsl", "keyword.operator.assignment.segdsl"}),
    **{op: frozenset({"keyword.operator.arithmetic.segdsl"}) for op in "+-*/"},
    "%": frozenset({"keyword.other.unit.percent.segdsl"}),
    "(": frozenset({"punctuation.section.parens.begin.segdsl"}),
    ")": frozenset({"punctuation.section.parens.end.segdsl"}),
    "[": frozenset({"punctuation.section.brackets.begin.segdsl"}),
    "]": frozenset({"punctuation.section.brackets.end.segdsl"}),
    ",": frozenset({"punctuation.separator.comma.segdsl"}),
    ":": frozenset({"punctuation.separator.label.segdsl"}),
    ".": frozenset({"punctuation.accessor.segdsl"}),
}
VALID_ESCAPES = frozenset('"\\nt')


@dataclass(frozen=True)
class Scoped:
    """One TextMate token: code point columns [start, end) of its line, and its scopes."""

    start: int
    end: int
    scopes: tuple[str, ...]

    @property
    def inner(self) -> str:
        return self.scopes[-1]


Lines = list[list[Scoped]]


def node() -> str:
    """The node executable, once the extension's packages are installed; else fail
    (or skip, if the developer asked to) with the command that installs them."""
    executable = shutil.which("node")
    missing = [name for name in PACKAGES
               if not (VSCODE / "node_modules" / name / "package.json").is_file()]
    if executable is not None and not missing:
        return executable
    problem = ("node is not on PATH" if executable is None
               else f"editors/vscode/node_modules lacks {', '.join(missing)}")
    message = f"{problem}: install Node.js and run `{INSTALL}`"
    if os.environ.get(SKIP_VARIABLE) == "1" and os.environ.get("CI") != "true":
        pytest.skip(f"{message} ({SKIP_VARIABLE}=1)")
    pytest.fail(f"{message} (or set {SKIP_VARIABLE}=1 to skip these tests on a laptop)")


def tokenize(texts: list[str]) -> list[Lines]:
    """The TextMate tokens of each text, in one Node process."""
    result = subprocess.run(
        [node(), str(TOKENIZE), "--stdin"], input=json.dumps(texts), capture_output=True,
        text=True, encoding="utf-8", timeout=300, check=False,
    )
    assert result.returncode == 0, f"tokenize.js failed:\n{result.stderr}"
    documents = json.loads(result.stdout)
    assert len(documents) == len(texts)
    return [[[Scoped(s, e, tuple(scopes)) for s, e, scopes in line] for line in doc]
            for doc in documents]


def invalid_spots(text: str, lines: Lines) -> list[str]:
    """Every token the grammar marks invalid, as `line:column 'text' scope`."""
    text_lines = split_lines(text)
    return [f"{n}:{t.start + 1} {text_lines[n - 1][t.start:t.end]!r} {scope}"
            for n, line in enumerate(lines, 1) for t in line
            for scope in t.scopes if scope.startswith("invalid")]


def split_lines(text: str) -> list[str]:
    """Lines as VS Code (and tokenize.js) split them."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def lexer_tokens(text: str) -> tuple[list[Token], ScanError | None]:
    """The segdsl lexer's tokens, comments included, up to its first error."""
    tokens: list[Token] = []
    try:
        for token in parser().scanner.scan(text, tokens.append):
            tokens.append(token)
    except ScanError as error:
        return sorted(tokens, key=lambda t: t.start_pos), error
    return sorted(tokens, key=lambda t: t.start_pos), None


def compare_with_lexer(text: str, lines: Lines) -> list[str]:
    """Where the grammar disagrees with the segdsl lexer on ``text`` (empty: nowhere).

    Each lexer token must be cut out by TextMate token boundaries and carry the scope
    its kind calls for; what lies between lexer tokens must be whitespace with no scope
    but meta ones; where the lexer gives up, the grammar must say invalid.
    """
    problems: list[str] = []
    covered: list[list[bool]] = [[False] * len(line) for line in split_lines(text)]
    chars = [_char_scopes(line, len(flags)) for line, flags in zip(lines, covered, strict=True)]
    cuts = [{t.start for t in line} | {t.end for t in line} for line in lines]
    tokens, error = lexer_tokens(text)
    for token in tokens:
        row, first, last = token.line - 1, token.column - 1, token.end_column - 1
        # A comment runs to the \n, so on a \r\n line it holds the \r, which VS Code
        # counts as part of the line break.
        last -= len(token.value) - len(token.value.rstrip("\r"))
        where = f"{token.line}:{token.column} {token.value!r} ({token.type})"
        for column in range(first, last):
            covered[row][column] = True
        if first not in cuts[row] or last not in cuts[row]:
            problems.append(f"{where}: no token boundary at its start or end")
            continue
        problems += [f"{where}: {p}" for p in _check_token(token, chars[row][first:last],
                                                              cuts[row], first, last)]
    stop = (error.line - 1, error.column - 1) if error is not None else None
    for row, flags in enumerate(covered):
        for column, done in enumerate(flags):
            if stop is not None and (row, column) >= stop:
                break
            if done:
                continue
            scopes = chars[row][column]
            if any(s != BASE and not s.startswith("meta.") for s in scopes):
                problems.append(f"{row + 1}:{column + 1}: whitespace scoped {scopes}")
    if stop is not None:
        row, column = stop
        scopes = chars[row][column] if column < len(chars[row]) else ()
        if not any(s.startswith("invalid.illegal") for s in scopes):
            problems.append(f"{row + 1}:{column + 1}: the lexer fails here, the grammar "
                            f"says {scopes}")
    return problems


def _char_scopes(line: list[Scoped], width: int) -> list[tuple[str, ...]]:
    scopes: list[tuple[str, ...]] = [()] * width
    for token in line:
        for column in range(token.start, min(token.end, width)):
            scopes[column] = token.scopes
    return scopes


def _check_token(token: Token, scopes: list[tuple[str, ...]], cuts: set[int], first: int,
                 last: int) -> list[str]:
    kind, value = token.type, token.value
    if kind == "COMMENT":
        if "punctuation.definition.comment.segdsl" not in scopes[0]:
            return ["the # is not punctuation.definition.comment"]
        return [] if all("comment.line.number-sign.segdsl" in s for s in scopes) else [
            "not all of it is comment.line.number-sign"]
    if kind == "STRING":
        return _check_string(value, scopes)
    if any(first < cut < last for cut in cuts):
        return ["split into several TextMate tokens"]
    inner = scopes[0][-1] if scopes[0] else ""
    if value in RESERVED:
        ok = inner.startswith(KEYWORD_PREFIXES)
    elif kind == "NAME":
        ok = inner in NAME_SCOPES
    elif kind == "NUMBER":
        ok = inner == ("constant.numeric.decimal.segdsl" if "." in value
                       else "constant.numeric.integer.segdsl")
    elif kind == "DATE":
        ok = inner == "constant.numeric.date.segdsl"
    elif kind == "TIMESTAMP":
        ok = inner == "constant.numeric.timestamp.segdsl"
    else:
        ok = inner in OPERATOR_SCOPES.get(value, frozenset())
    return [] if ok else [f"scoped {inner!r}"]


def _check_string(value: str, scopes: list[tuple[str, ...]]) -> list[str]:
    problems = []
    if not all("string.quoted.double.segdsl" in s for s in scopes):
        problems.append("not all of it is string.quoted.double")
    if "punctuation.definition.string.begin.segdsl" not in scopes[0]:
        problems.append("the opening quote is not punctuation.definition.string.begin")
    if "punctuation.definition.string.end.segdsl" not in scopes[-1]:
        problems.append("the closing quote is not punctuation.definition.string.end")
    index = 1
    while index < len(value) - 1:
        if value[index] == "\\":
            expected = ("constant.character.escape.segdsl" if value[index + 1] in VALID_ESCAPES
                        else "invalid.illegal.unknown-escape.segdsl")
            width = 2
        else:
            expected, width = "string.quoted.double.segdsl", 1
        for offset in range(width):
            if scopes[index + offset][-1] != expected:
                problems.append(f"character {index + offset} is {scopes[index + offset][-1]!r}, "
                                f"not {expected!r}")
        index += width
    return problems
