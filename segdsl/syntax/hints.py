"""Messages for the syntax mistakes people new to segdsl make (issue #13).

A parse error says where the text stops fitting the grammar; for the common
mistakes (a window after the comparison, `AND` in capitals, a list in round
brackets, words from other tools ...) that place is known and so is the fix.  Each
check here looks at the unexpected token and the text around it and, when it
recognises the mistake, returns a message and a hint that shows the corrected text.
The checks are plain text matching on the chunk that failed to parse: they run only
after a syntax error, so they cost nothing on good files.

Where the corrected text is known exactly, a hint also carries it as edits (offsets
into the chunk; ``syntax_errors`` makes them ``TextEdit`` values of the file), which a
language server offers as a quick fix.  A hint that offers a choice, or guesses at
words it cannot see, has none.

Longer than 400 lines on purpose: a flat list of small, independent checks, one
function per mistake, tried in order by ``syntax_errors``; keeping them in one
place keeps the order and the shared text helpers in view.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from segdsl.syntax.keywords import RESERVED
from segdsl.syntax.tokens import Token

# A replacement of text[start:end] (offsets into the parsed chunk) by new text.
Edit = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Hint:
    message: str
    hint: str
    # Where to point instead of the unexpected token (e.g. a capitalised `NOT`
    # before it); None keeps the token.
    token: Token | None = None
    # The fix the hint states, when it is certain.
    edits: tuple[Edit, ...] = ()


# How far back the hints look from the unexpected token.  Their patterns are
# anchored at the end of the text before it, and a search anchored at the end that
# fails after a long run of word characters is quadratic in that run (a 20,000
# letter name before a mistake took 5 s; a mutated file of 100 KB, minutes).
LOOK_BACK = 1000


@dataclass(frozen=True, slots=True)
class _Context:
    token: Token
    expected: frozenset[str]
    text: str

    @property
    def value(self) -> str:
        return str(self.token.value)

    @property
    def before_start(self) -> int:
        """The offset of :attr:`before` in the text."""
        return max(0, self.token.start_pos - LOOK_BACK)

    @property
    def before(self) -> str:
        """At most :data:`LOOK_BACK` characters before the token."""
        return self.text[self.before_start: self.token.start_pos]

    @property
    def line_start(self) -> int:
        """The offset of :attr:`line_before` in the text."""
        return self.token.start_pos - len(self.line_before)

    @property
    def line_before(self) -> str:
        return self.before.rsplit("\n", 1)[-1]

    @property
    def rest_of_line(self) -> str:
        """From the token to the end of its line, without a comment."""
        rest = self.text[self.token.start_pos:].split("\n", 1)[0]
        return _strip_comment(rest).strip()


_COMMENT_OR_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|#.*')


def _strip_comment(line: str) -> str:
    for match in _COMMENT_OR_STRING.finditer(line):
        if match.group().startswith("#"):
            return line[: match.start()]
    return line


_COMPARISON = r"(=|!=|<=|>=|<|>)"
_AGGREGATE_BEFORE = re.compile(
    r"\b(count|sum|avg|min|max|first|last)\s*\(([^()\n]*)\)\s*" + _COMPARISON
    + r"\s*([^\s()]+)\s*$"
)
_WINDOW = re.compile(
    r"(?:in\s+(?:last|next)\s+\d+\s+[a-z]+|in\s+(?:current|previous)\s+[a-z]+"
    r"|(?:since|before)\s+(?:\d+\s+[a-z]+\s+ago\b|[^\s()]+))"
)
# What may follow a window that ends the condition's comparison: the window is then
# all of it (`since today - 7 days` is cut short, and followed by `- 7 days`).
_WINDOW_ENDS = re.compile(r"\s*(?:$|\)|(?:and|or)\b)")


def _window_after_comparison(c: _Context) -> Hint | None:
    """`count(purchase) > 3 in last 30 days` -> the window goes inside."""
    if c.token.type not in {"IN", "SINCE", "BEFORE"}:
        return None
    found = _AGGREGATE_BEFORE.search(c.line_before)
    window = _WINDOW.match(c.rest_of_line)
    if found is None or window is None:
        return None
    fn, inside, op, bound = found.groups()
    fixed = f"{fn}({inside.strip()} {window.group()}) {op} {bound}"
    certain = (_WINDOW.search(inside) is None
               and _WINDOW_ENDS.match(c.rest_of_line, window.end()) is not None)
    edit = (c.line_start + found.start(), c.token.start_pos + window.end(), fixed)
    return Hint(
        "a time window after the comparison does not belong to the aggregate",
        f"put the window inside the parentheses: {fixed}",
        edits=(edit,) if certain else (),
    )


_HAS_WITH_WINDOW = re.compile(
    r"\bhas\s+(no\s+)?([A-Za-z_]\w*)\s+((?:in|since|before|between)\b.*?)\s*$"
)


def _window_before_with(c: _Context) -> Hint | None:
    """`has purchase in last 7 days with category = "kids"` -> filter first."""
    if c.token.type != "WITH":
        return None
    found = _HAS_WITH_WINDOW.search(c.line_before)
    if found is None:
        return None
    no, event, window = found.groups()
    end = _filter_end(c.text, c.token.start_pos)
    filter_text = c.text[c.token.start_pos:end] if end is not None else c.rest_of_line
    fixed = f"has {'no ' if no else ''}{event} {filter_text} {window}"
    edits = () if end is None else ((c.line_start + found.start(), end, fixed),)
    return Hint(
        "the `with` filter comes before the time window",
        f"write the filter first: {fixed}",
        edits=edits,
    )


_FILTER_PART = re.compile(r'"(?:[^"\\\n]|\\.)*"|[A-Za-z_]\w*|\n|#|\S')
# Words that end an unparenthesized `with` filter (it is one comparison), and words
# that make the end a guess: `amount between 10 and 20` has an `and` of its own, and
# a second window after the filter would leave two.
_FILTER_STOPS = frozenset({"and", "or", "then", "within"})
_FILTER_GUESSES = frozenset({"between", "since", "before", "last", "next", "current",
                             "previous"})


def _filter_end(text: str, start: int) -> int | None:
    """Where the `with` filter that starts at ``start`` ends on its line (before white
    space), or None when that is not certain (a `between`, a window, brackets left
    open)."""
    depth = 0
    end = None
    for part in _FILTER_PART.finditer(text, start + len("with")):
        word = part.group()
        if word in ("\n", "#") or (depth == 0 and word in _FILTER_STOPS):
            break
        if word in _FILTER_GUESSES:
            return None
        if word in "([":
            depth += 1
        elif word in ")]":
            depth -= 1
            if depth < 0:
                break
        end = part.end()
    return end if depth <= 0 and end is not None else None


_METADATA = {"TITLE": "title", "DESCRIPTION": "description", "OWNER": "owner", "TAGS": "tags",
             "EXPECT": "expect"}


_WINDOW_BEFORE_ANCHORED = re.compile(_WINDOW.pattern + r"\s*$")
_ANCHORED = re.compile(r"within\s+\d+\s+[a-z]+\s+after\b")


def _window_before_anchored(c: _Context) -> Hint | None:
    """`count(purchase in last 90 days within 30 days after signup_at)` -> the
    anchored window first (SPEC 11: it comes before the ordinary window)."""
    if c.token.type != "WITHIN" or _ANCHORED.match(c.rest_of_line) is None:
        return None
    if _WINDOW_BEFORE_ANCHORED.search(c.line_before) is None:
        return None
    return Hint("`within ... after ...` comes before the time window",
                "write the anchored window first: `within 30 days after signup_at in last "
                "90 days`")


def _metadata_after_where(c: _Context) -> Hint | None:
    if c.token.type not in _METADATA or not re.search(r"\bwhere\b", c.before):
        return None
    word = _METADATA[c.token.type]
    return Hint(
        f"'{word}' cannot come after the condition",
        f"move the '{word}' line above 'where': metadata lines (title, description, owner, "
        "tags, expect) go between the segment's name and 'where'",
    )


def _capital_keyword(c: _Context) -> Hint | None:
    """`AND`, `Segment`, `WHERE`: the unexpected word or the one before it."""
    if c.token.type == "NAME" and _is_capital_keyword(c.value):
        return _lowercase_hint(c.value, c.token.start_pos, None)
    previous = re.search(r"([A-Za-z_]\w*)\s*$", c.before)
    if previous is not None and _is_capital_keyword(previous.group(1)):
        start = c.before_start + previous.start(1)
        return _lowercase_hint(previous.group(1), start,
                               _token_at(c.text, start, previous.group(1)))
    return None


def _is_capital_keyword(word: str) -> bool:
    return word != word.lower() and word.lower() in RESERVED


def _lowercase_hint(word: str, start: int, token: Token | None) -> Hint:
    return Hint(
        f"'{word}' is not a keyword: keywords are written in lowercase",
        f"keywords are lowercase: {word.lower()}",
        token,
        edits=((start, start + len(word), word.lower()),),
    )


def _round_list(c: _Context) -> Hint | None:
    """`country in ("DE", "AT")` -> square brackets."""
    if c.token.type != "LPAR" or not re.search(r"\bin\s*$", c.before):
        return None
    found = re.match(r"\(([^()]*)\)", c.rest_of_line)
    inside = found.group(1).strip() if found else '"DE", "AT"'
    # The brackets are swapped in place; without the closing one on the line the
    # hint only shows the form.
    opening = c.token.start_pos
    edits = () if found is None else (
        (opening, opening + 1, "["), (opening + found.end() - 1, opening + found.end(), "]"))
    return Hint(
        "a list of values is written in square brackets",
        f"lists use square brackets: in [{inside}]",
        edits=edits,
    )


def _list_after_contains(c: _Context) -> Hint | None:
    """`interests contains ["a", "b"]` -> `contains any` or `contains all` (SPEC 11)."""
    if c.token.type != "LSQB" or not re.search(r"\bcontains\s*$", c.before):
        return None
    return Hint(
        "`contains` looks for one value; several are written with `any` or `all`",
        "write `contains any [..]` (at least one is an element of the list) or "
        "`contains all [..]` (every one is)",
    )


def _hyphen_in_name(c: _Context) -> Hint | None:
    """`lapsing-buyers`: a '-' glued between two words where a name is expected."""
    if c.token.type != "MINUS":
        return None
    left = re.search(r"([A-Za-z_]\w*)$", c.before)
    right = re.match(r"[A-Za-z_][\w-]*", c.text[c.token.end_pos:])
    if left is None or right is None:
        return None
    name = f"{left.group(1)}-{right.group()}"
    fixed = name.replace("-", "_")
    start = c.before_start + left.start(1)
    end = c.token.end_pos + right.end()
    return Hint(
        f"a name cannot contain '-' ('{name}')",
        f"names may use letters a to z, digits and _: {fixed}",
        edits=((start, end, fixed),) if fixed not in RESERVED else (),
    )


_OTHER_TOOLS_TIME = re.compile(r"(older|newer)\s+than\s+(.+)$")
_AMOUNT = re.compile(r"\d+ (?:minute|hour|day|week|month|year)s?")
_OPERAND_BEFORE = re.compile(r"([A-Za-z_][\w.]*(?:\([^()\n]*\))?)\s*$")


def _words_from_other_tools(c: _Context) -> Hint | None:
    if c.token.type != "NAME":
        return None
    rest = c.rest_of_line
    time_words = _OTHER_TOOLS_TIME.match(rest)
    if time_words is not None:
        word, amount = time_words.groups()
        operand_match = _OPERAND_BEFORE.search(c.line_before)
        operand = operand_match.group(1) if operand_match else "last_purchase_at"
        op = "<" if word == "older" else ">"
        amount = amount.removesuffix(" ago")
        alternative = "not in last" if word == "older" else "in last"
        fixed = f"{operand} {op} {amount} ago"
        # Certain only with the operand in sight and an amount that is all of the
        # rest of the line (`30 days`, not `30 days and ...`).
        certain = operand_match is not None and _AMOUNT.fullmatch(amount) is not None
        edit = (c.line_start + operand_match.start(1) if operand_match else 0,
                c.token.start_pos + time_words.end(), fixed)
        return Hint(
            f"segdsl has no '{word} than'",
            f"compare with a point in time: {fixed} (or: {operand} {alternative} {amount})",
            edits=(edit,) if certain else (),
        )
    if re.match(r"followed\s+by\b", rest):
        first = re.search(r"\bhas\s+(.+?)\s*$", c.line_before)
        second = re.match(r"followed\s+by\s+(?:has\s+)?(.+)$", rest)
        a = first.group(1) if first else "A"
        b = second.group(1) if second else "B"
        return Hint(
            "segdsl has no 'followed by'",
            f"write a sequence with `then … within`: has {a} then {b} within 7 days",
        )
    return None


def _percent_outside_rank(c: _Context) -> Hint | None:
    if c.value != "%" or c.token.type in c.expected:
        return None
    return Hint(
        "a percentage cannot be used here",
        "`%` follows a number (40% is 0.4), not a name or an expression: for a share of "
        "a value, multiply it (total_spend * 40%)",
    )


def _quoted_label(c: _Context) -> Hint | None:
    if c.token.type != "STRING" or "NAME" not in c.expected:
        return None
    if not re.match(r"\s*:", c.text[c.token.end_pos:]):
        return None
    label = re.sub(r"[^A-Za-z0-9_]+", "_", c.value.strip('"')).strip("_").lower() or "label"
    if label[0].isdigit():
        label = f"_{label}"
    edits = () if label in RESERVED else ((c.token.start_pos, c.token.end_pos, label),)
    return Hint(
        "a segmentation label is a name, not a text in quotes",
        f"labels are names, not strings: {label}: …",
        edits=edits,
    )


def _where_in_segmentation(c: _Context) -> Hint | None:
    if c.token.type != "WHERE" or not c.text.lstrip().startswith("segmentation"):
        return None
    return Hint(
        "a segmentation has no 'where'",
        "a segmentation has label lines, not where: write one line `LABEL: CONDITION` per "
        "label, and `LABEL: otherwise` last",
    )


def _group_of_one(c: _Context) -> Hint | None:
    """`has (purchase)`: a group of events names two or more (SPEC 11)."""
    if c.value != ")" or "OR" not in c.expected:
        return None
    found = re.search(r"\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*$", c.before)
    if found is None:
        return None
    name = found.group(1)
    return Hint(
        "a group of events names two or more events",
        f"write one event without parentheses ({name}), or several: ({name} or …)",
    )


def _any_without_event(c: _Context) -> Hint | None:
    """`has no any in last 7 days`: `any` stands only in `any event`."""
    found = re.search(r"\bany\s*$", c.before)
    if found is None or "EVENT" not in c.expected:
        return None
    end = c.before_start + found.start() + len("any")
    return Hint("`any` is written `any event`",
                "every event of the schema is `any event`",
                edits=((end, end, " event"),))


_LIFECYCLE_BEFORE = re.compile(r"\b(stopped|restarted)\s+([A-Za-z_]\w*)(?:\s+with\b.*)?\s*$")


def lifecycle_window(before: str) -> Hint | None:
    """`stopped purchase` with no window (the text ``before`` an unexpected token or
    the end): it compares the last N UNIT with the N before, so it needs them."""
    found = _LIFECYCLE_BEFORE.search(before.rsplit("\n", 1)[-1])
    if found is None:
        return None
    word, event = found.groups()
    return Hint(f"`{word}` needs a window",
                f"say which window: `{word} {event} in last 30 days` (compared with the "
                f"30 days before it)")


def _lifecycle_without_window(c: _Context) -> Hint | None:
    if c.token.type == "IN" or "IN" not in c.expected:
        return None
    return lifecycle_window(c.line_before)


_CHECKS: tuple[Callable[[_Context], Hint | None], ...] = (
    _group_of_one,
    _any_without_event,
    _window_after_comparison,
    _window_before_with,
    _window_before_anchored,
    _metadata_after_where,
    _capital_keyword,
    _round_list,
    _list_after_contains,
    _hyphen_in_name,
    _words_from_other_tools,
    _percent_outside_rank,
    _quoted_label,
    _where_in_segmentation,
    _lifecycle_without_window,
)


def token_hint(token: Token, expected: set[str], text: str) -> Hint | None:
    """The first recognised mistake at ``token`` (an unexpected token of ``text``)."""
    context = _Context(token, frozenset(expected), text)
    for check in _CHECKS:
        found = check(context)
        if found is not None:
            return found
    return None


# German letters have customary ASCII spellings; other accents are dropped.
_TRANSLITERATION = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def letter_hint(text: str, position: int) -> Hint | None:
    """A letter outside a to z in a word (`käufer`): names are ASCII."""
    char = text[position] if 0 <= position < len(text) else ""
    if not char.isalpha():
        return None
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    end = position
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    word = text[start:end]
    if not any(ch.isascii() and ch.isalnum() for ch in word):
        return None  # a stray letter, not a name with a letter outside a to z in it
    ascii_word = "".join(
        _TRANSLITERATION.get(ch) or unicodedata.normalize("NFKD", ch).encode("ascii", "ignore")
        .decode() or "_"
        for ch in word
    )
    certain = ascii_word not in RESERVED and not ascii_word[0].isdigit()
    return Hint(
        f"'{char}' cannot be part of a name ('{word}')",
        f"names may use letters a to z, digits and _: {ascii_word}",
        edits=((start, end, ascii_word),) if certain else (),
    )


# Characters from other languages whose segdsl spelling is certain: `&&` and `||`
# (or one `&`/`|`) are `and`/`or`; a `'...'` text is `"..."`; `{...}` is a list; a
# `;` at the end of a line is dropped.
_SINGLE_QUOTED = re.compile(r"'([^'\"\\\n]*)'")
_BRACED = re.compile(r"\{([^{}\n]*)\}")


def character_fix(text: str, position: int) -> tuple[Edit, ...]:
    """The edit for the character at ``position`` that is not part of the language."""
    char = text[position] if 0 <= position < len(text) else ""
    if char in ("&", "|"):
        end = position + 1 + (text[position + 1: position + 2] == char)
        word = "and" if char == "&" else "or"
        before = "" if position == 0 or text[position - 1].isspace() else " "
        after = "" if end >= len(text) or text[end].isspace() else " "
        return ((position, end, f"{before}{word}{after}"),)
    if char == "'":
        quoted = _SINGLE_QUOTED.match(text, position)
        return () if quoted is None else ((position, quoted.end(), f'"{quoted.group(1)}"'),)
    if char == "{":
        braced = _BRACED.match(text, position)
        return () if braced is None else (
            (position, position + 1, "["), (braced.end() - 1, braced.end(), "]"))
    if char == ";" and not _strip_comment(text[position + 1:].split("\n", 1)[0]).strip():
        return ((position, position + 1, ""),)
    return ()


def _token_at(text: str, position: int, word: str) -> Token:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return Token("NAME", word, position, line, column, line, column + len(word),
                 position + len(word))
