"""The portable subset of regular expressions that ``matches`` accepts (SPEC 3.3).

DuckDB and BigQuery read patterns with RE2, PostgreSQL with its own ARE engine and
Snowflake with POSIX ERE plus some extensions.  The engines disagree on much of
what each accepts: PostgreSQL reads ``\\b`` as a backspace, its ``\\w`` and ``.``
match ``é`` and a line break where RE2's do not, POSIX reads a backslash inside
``[...]`` literally.  So the checker parses every pattern into the small syntax
below and rejects everything else with a hint saying what to write instead:

* a literal character (any character but ``\\ . [ ] ( ) | * + ? { } ^ $``), or one
  of those escaped with a backslash;
* ``.``: any one character except a line break (``\\n``);
* ``[...]`` and ``[^...]``: literal characters and ranges ``a-z`` (by code point);
  ``]`` is literal first, ``-`` first or last; no backslash, no ``[:alpha:]``;
* ``^`` and ``$``: the start and the end of the whole text;
* ``( )`` groups and ``|`` alternatives, none of them empty;
* ``* + ?`` and ``{n}``, ``{n,}``, ``{n,m}`` with bounds up to 255 (PostgreSQL's limit),
  once after a character, ``.``, a class or a group.

Everything here means the same on every engine, with one translation:
PostgreSQL's (and, by its documentation, not Snowflake's) ``.`` matches a line
break, so the compiler writes ``.`` as ``[^\\n]`` there (``compile/dialects/``).
Characters are code points on every engine (UTF-8 databases), and matching is
case-sensitive.  The reference evaluator reads the same parse (``reference/text.py``).

This module imports nothing heavy: ``segdsl check`` uses it.
"""

from __future__ import annotations

from dataclasses import dataclass

META = frozenset("\\.[]()|*+?{}^$")
MAX_BOUND = 255  # RE_DUPMAX of PostgreSQL; RE2 allows 1000
MAX_GROUP_DEPTH = 100  # the parser recurses per group

WORD_CLASS = "[A-Za-z0-9_]"
_WORD_BOUNDARY = "(^|[^A-Za-z0-9_])vip([^A-Za-z0-9_]|$)"


@dataclass(frozen=True, slots=True)
class Literal:
    char: str


@dataclass(frozen=True, slots=True)
class AnyChar:
    """``.``: one character that is not a line break."""


@dataclass(frozen=True, slots=True)
class CharClass:
    negated: bool
    ranges: tuple[tuple[str, str], ...]  # (first, last) by code point; a char is (c, c)


@dataclass(frozen=True, slots=True)
class Anchor:
    start: bool  # ``^`` (True) or ``$``


@dataclass(frozen=True, slots=True)
class Repeat:
    item: Node
    low: int
    high: int | None  # None: no upper bound


@dataclass(frozen=True, slots=True)
class Alternatives:
    """``a|b|c``; a group is an ``Alternatives`` inside a sequence."""

    branches: tuple[tuple[Node, ...], ...]


Node = Literal | AnyChar | CharClass | Anchor | Repeat | Alternatives


@dataclass(frozen=True, slots=True)
class Pattern:
    root: Alternatives
    dots: tuple[int, ...]  # offsets of every `.` outside classes, for translation
    # Offsets of every `$` anchor: PCRE and ICU (MySQL, MariaDB) let it match before
    # a final line break as well, so those engines write it as `\z`.
    ends: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    message: str
    offset: int  # in the pattern text
    hint: str


_ESCAPE_HINTS = {
    "w": f"`\\w` differs between engines (PostgreSQL's matches `é`); write {WORD_CLASS}",
    "W": "`\\W` differs between engines; write [^A-Za-z0-9_]",
    "d": "write [0-9] for a digit",
    "D": "write [^0-9] for a non-digit",
    "s": "write the characters themselves, e.g. [ \\t\\n] (a space, a tab, a line break)",
    "S": "write the characters excluded, e.g. [^ \\t\\n]",
    "b": "there is no portable word boundary (PostgreSQL reads \\b as a backspace); "
         f"write e.g. {_WORD_BOUNDARY}",
    "B": "there is no portable word boundary; spell out the characters around the word",
    "A": "write ^ for the start of the text",
    "z": "write $ for the end of the text",
    "Z": "write $ for the end of the text",
}
_ESCAPABLE = "\\ . [ ] ( ) | * + ? { } ^ $"


def parse(pattern: str) -> Pattern | Problem:
    """``pattern`` in the portable subset, or the first problem in it."""
    parser = _Parser(pattern)
    try:
        root = parser.alternatives(depth=0)
        if parser.pos < len(pattern):  # only a `)` stops the top level early
            raise _Fail("unbalanced `)`", parser.pos, "write \\) for a literal parenthesis")
    except _Fail as fail:
        return Problem(fail.message, fail.offset, fail.hint)
    return Pattern(root, tuple(parser.dots), tuple(parser.ends))


def replace_dots(pattern: str, parsed: Pattern, replacement: str) -> str:
    """``pattern`` with every ``.`` (outside classes) written as ``replacement``."""
    if not parsed.dots:
        return pattern
    out: list[str] = []
    last = 0
    for offset in parsed.dots:
        out.append(pattern[last:offset])
        out.append(replacement)
        last = offset + 1
    out.append(pattern[last:])
    return "".join(out)


class _Fail(Exception):
    def __init__(self, message: str, offset: int, hint: str) -> None:
        super().__init__(message)
        self.message, self.offset, self.hint = message, offset, hint


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.dots: list[int] = []
        self.ends: list[int] = []

    def _peek(self) -> str | None:
        return self.text[self.pos] if self.pos < len(self.text) else None

    def alternatives(self, depth: int) -> Alternatives:
        if depth > MAX_GROUP_DEPTH:
            raise _Fail("groups are nested too deeply", self.pos,
                        f"nest at most {MAX_GROUP_DEPTH} groups")
        branches = [self.sequence(depth)]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self.sequence(depth))
        return Alternatives(tuple(branches))

    def sequence(self, depth: int) -> tuple[Node, ...]:
        start = self.pos
        items: list[Node] = []
        while (char := self._peek()) is not None and char not in "|)":
            if char in "*+?{":
                if not items or isinstance(items[-1], Anchor | Repeat):
                    self._nothing_to_repeat(char, items)
                items[-1] = self.quantifier(items[-1])
                continue
            items.append(self.atom(depth))
        if not items:
            what = "the pattern is empty" if not self.text else "an alternative is empty"
            raise _Fail(what, start, "an empty pattern or alternative is read differently by "
                        "the engines; write what it should match, or `is set` for any text")
        return tuple(items)

    def _nothing_to_repeat(self, char: str, items: list[Node]) -> None:
        if items and isinstance(items[-1], Repeat):
            raise _Fail("a quantifier follows another quantifier", self.pos,
                        "non-greedy (`*?`) and possessive (`*+`) quantifiers are not portable, "
                        "and `matches` only asks whether the pattern is found: drop the second "
                        "one")
        raise _Fail(f"`{char}` has nothing to repeat", self.pos,
                    f"write \\{char} for a literal `{char}`")

    def quantifier(self, item: Node) -> Repeat:
        char = self.text[self.pos]
        self.pos += 1
        if char == "*":
            return Repeat(item, 0, None)
        if char == "+":
            return Repeat(item, 1, None)
        if char == "?":
            return Repeat(item, 0, 1)
        start = self.pos - 1
        close = self.text.find("}", self.pos)
        body = self.text[self.pos:close] if close >= 0 else ""
        low_text, comma, high_text = body.partition(",")
        if close < 0 or not low_text.isdigit() or not (high_text.isdigit() or not high_text) \
                or not low_text.isascii() or not high_text.isascii():
            raise _Fail("`{` starts no repetition `{n}`, `{n,}` or `{n,m}`", start,
                        "write \\{ for a literal brace")
        low = int(low_text)
        high = int(high_text) if high_text else (None if comma else low)
        if low > MAX_BOUND or (high is not None and high > MAX_BOUND):
            raise _Fail(f"a repetition bound is above {MAX_BOUND}", start,
                        f"PostgreSQL allows bounds up to {MAX_BOUND}")
        if high is not None and high < low:
            raise _Fail("the repetition's bounds are the wrong way round", start,
                        "write the smaller bound first")
        self.pos = close + 1
        return Repeat(item, low, high)

    def atom(self, depth: int) -> Node:
        char = self.text[self.pos]
        start = self.pos
        self.pos += 1
        if char == ".":
            self.dots.append(start)
            return AnyChar()
        if char == "^" or char == "$":
            if char == "$":
                self.ends.append(start)
            return Anchor(start=char == "^")
        if char == "[":
            return self.char_class(start)
        if char == "(":
            if self._peek() == "?":
                raise _Fail("`(?` groups are not portable", start,
                            "flags, non-capturing groups and look-arounds are read differently "
                            "by the engines; use a plain group ( ), and lower(...) for case")
            inner = self.alternatives(depth + 1)
            if self._peek() != ")":
                raise _Fail("`(` is not closed", start, "write \\( for a literal parenthesis")
            self.pos += 1
            return inner
        if char == "\\":
            return Literal(self.escape(start))
        if char in "]}":
            raise _Fail(f"`{char}` stands alone", start, f"write \\{char} for a literal `{char}`")
        return Literal(char)

    def escape(self, start: int) -> str:
        escaped = self._peek()
        if escaped is None:
            raise _Fail("the pattern ends with a lone backslash", start,
                        "write \\\\ for a literal backslash")
        self.pos += 1
        if escaped in META:
            return escaped
        if escaped in _ESCAPE_HINTS:
            raise _Fail(f"`\\{escaped}` is not portable", start, _ESCAPE_HINTS[escaped])
        if escaped.isdigit():
            raise _Fail("back-references are not portable", start,
                        "RE2 (DuckDB, BigQuery) has none; repeat the text instead")
        raise _Fail(f"`\\{escaped}` is not portable", start,
                    f"escape only {_ESCAPABLE}; write other characters (a line break, a tab) "
                    "as themselves")

    def char_class(self, start: int) -> CharClass:
        negated = self._peek() == "^"
        if negated:
            self.pos += 1
        chars: list[str] = []
        first = True
        while True:
            char = self._peek()
            if char is None:
                raise _Fail("`[` is not closed", start, "write \\[ for a literal bracket")
            if char == "]" and not first:
                self.pos += 1
                break
            if char == "\\":
                raise _Fail("a backslash inside [...] is not portable", self.pos,
                            "POSIX engines read it literally: put ] first and - first or last "
                            "in the brackets, and ^ anywhere but first")
            if char == "[" and self.text[self.pos + 1:self.pos + 2] in (":", ".", "="):
                raise _Fail("[:class:], [.x.] and [=x=] are not portable", self.pos,
                            "write the ranges, e.g. [A-Za-z] for letters, [0-9] for digits")
            chars.append(char)
            self.pos += 1
            first = False
        return CharClass(negated, _ranges(chars, start))


def _ranges(chars: list[str], start: int) -> tuple[tuple[str, str], ...]:
    ranges: list[tuple[str, str]] = []
    i = 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            low, high = chars[i], chars[i + 2]
            if low == "-" or high == "-":
                raise _Fail("a range starts or ends with `-`", start, "put - first or last")
            if ord(low) > ord(high):
                raise _Fail(f"the range {low}-{high} is empty", start,
                            "write the range in code-point order, e.g. a-z")
            ranges.append((low, high))
            i += 3
            continue
        if chars[i] == "-" and 0 < i < len(chars) - 1:
            raise _Fail("`-` in the middle of [...] is not a range", start,
                        "put - first or last for a literal -")
        ranges.append((chars[i], chars[i]))
        i += 1
    return tuple(ranges)
