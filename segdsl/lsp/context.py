"""What fits at a position of a segment file, read from the text before it.

Completion runs while the user types, on text that rarely parses, so this module
never parses: it cuts the text into tokens with a tolerant pattern (an unclosed
string runs to the end of its line, any other character is a token of its own)
and walks the tokens of the current declaration from its first line to the
cursor, keeping only what decides the answer: the declaration's part (name,
metadata, condition), open parentheses and brackets, and the event whose
properties are in scope (SPEC 3.3: inside ``has EVENT with …`` only that event's
properties; the unparenthesized filter is one comparison, an aggregate's filter
runs to its closing parenthesis).

Hover and go-to-definition ask the same question at the start of a word
(:func:`word_at`), so all three features agree on what a name refers to;
``tests/test_lsp_context.py`` checks the answers against the parser's AST on the
example project and the conformance corpus.  The walk also notes the
declaration's ``for ENTITY`` and the aggregates whose ``with`` encloses the
position, so completion can offer the member entity's names inside ``count(members
with …`` (SPEC 11).  (Over 400 lines: the walk and the decision share the walk's
state, and splitting them would expose it.)
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace

from segdsl.syntax.keywords import RESERVED
from segdsl.syntax.parser import declaration_starts

# The units a duration ends with, so that `after` right after one is the anchored
# window's (`within 30 days after signup_at`).
UNIT_WORDS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                        "month", "months", "year", "years"})

_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
       |(?P<string>"(?:[^"\\\n]|\\[^\n])*"?)
       |(?P<time>[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9:.]+(?:Z|[+-][0-9]{2}:[0-9]{2})?)?)
       |(?P<number>[0-9][0-9_]*(?:\.[0-9_]+)?)
       |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
       |(?P<op>!=|<=|>=|[=<>+\-*/(),.\[\]:%])
       |(?P<space>\s+)
       |(?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
# A declaration starts with its keyword in column 1 (as the parser cuts files).
_WORD_CHAR = re.compile(r"[A-Za-z0-9_]")

AGGREGATES = ("count", "sum", "avg", "min", "max", "first", "last")
# Keywords that end an operand, so what follows is an operator.
_OPERAND_END_WORDS = frozenset({
    "set", "true", "false", "today", "now", "ago", "otherwise",
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "quarter", "year", "years",
})


class Expect(enum.Enum):
    """What kind of word fits at the position."""

    NOTHING = "nothing"            # a new name, a number, inside a comment or a text
    DECLARATION = "declaration"    # `metric`, `segment`, `segmentation`
    META = "meta"                  # a segment's metadata keywords (and `where`)
    TAG = "tag"                    # after `tags` or its commas
    MEASURE = "measure"            # after `expect`: size, share
    EVENT = "event"                # after `has`, `then`, `count(`
    PROPERTY_OF = "property_of"    # `sum(purchase.|`: a property of ``event``
    RELATION_ATTR = "relation"     # `account.|`: an attribute of ``relation``
    SEGMENT = "segment"            # after `in segment`
    STATIC_LIST = "static_list"    # after `in list`: a list of segdsl.yml's `lists:`
    VALUE = "value"                # a value of ``subject`` (after `=`, inside `[`)
    AFTER_IN = "after_in"          # `x in |`: last, next, current, ..., `[`
    UNIT = "unit"                  # `in last 3 |`
    PERIOD = "period"              # `in current |`
    OPERAND = "operand"            # a value or condition starts here
    OPERATOR = "operator"          # after a complete operand


@dataclass(frozen=True, slots=True)
class Subject:
    """The left side of a comparison: ``name`` or ``base.name``; ``event`` when the
    comparison is inside that event's ``with``."""

    name: str
    base: str | None = None
    event: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    expect: Expect
    # The event whose properties are in scope (inside `with`), or whose property is
    # asked for (PROPERTY_OF).
    event: str | None = None
    relation: str | None = None
    subject: Subject | None = None
    # VALUE only: the compared-with operator (`=`, `in` …); OPERAND after `=`/`!=`
    # also carries the subject, so enum values can be offered with the names.
    operator: str | None = None
    # The declaration being written: metric, segment or segmentation (None at the
    # top of a file).
    declaration: str | None = None
    # The partial word before the position and where it starts (a character
    # offset); inside a text string, where the string's opening quote is.
    prefix: str = ""
    start: int = 0
    in_string: bool = False
    # For an aggregate's subject: the function (so `count(` can offer `distinct`).
    function: str | None = None
    # The entity the declaration is about (`for account`, SPEC 11; None: the
    # default), and the aggregates whose `with` encloses the position, outermost
    # first, as (subject, the word after `subject.`): `count(members with |` is
    # (("members", None),).  This module never reads the schema, so which subjects
    # are one-to-many relations (a scope of the member entity) the schema decides
    # (Knowledge.scoped).
    entity: str | None = None
    members: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str
    text: str
    start: int
    end: int


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The tokens of ``text[start:end]`` (white space and comments dropped)."""
    end = len(text) if end is None else end
    found: list[Tok] = []
    for match in _TOKEN.finditer(text, start, end):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            found.append(Tok(kind, match.group(), match.start(), match.end()))
    return found


def declaration_start(text: str, offset: int) -> int:
    """Where the declaration holding ``offset`` starts (0 before the first one),
    cut as the parser cuts the file (a `segment` right after `in` is the tail of
    `in segment NAME`, not a new declaration)."""
    return max((start for start in declaration_starts(text) if start < offset), default=0)


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The start and end of the name at ``offset`` (or just before it), if any."""
    offset = max(0, min(offset, len(text)))
    start = offset
    while start > 0 and _WORD_CHAR.match(text[start - 1]):
        start -= 1
    end = offset
    while end < len(text) and _WORD_CHAR.match(text[end]):
        end += 1
    if start == end or text[start].isdigit():
        return None
    # Not inside a comment or a text string.
    line_start = text.rfind("\n", 0, start) + 1
    for token in _TOKEN.finditer(text, line_start, end):
        if token.start() <= start < token.end() and token.lastgroup in ("comment", "string"):
            return None
    return start, end


@dataclass
class _Frame:
    kind: str  # root | group | call | agg | list | filter | events (`(a or b)`)
    scope: str | None = None        # the event in scope in the whole frame
    bare: str | None = None         # the event of an open `EVENT with` without `(`
    between: int = 0                # `between`s waiting for their `and`
    subject: str | None = None      # agg: its event; list: unused
    function: str | None = None     # agg: count, sum, …
    agg_with: bool = False
    list_subject: Subject | None = None
    dotted: str | None = None       # agg: the word after `subject.` (members.purchase)
    # The enclosing aggregates' `with`s (Context.members), inherited by inner frames.
    via: tuple[tuple[str, str | None], ...] = ()

    @property
    def event(self) -> str | None:
        return self.bare or self.scope


@dataclass
class _Walk:
    declaration: str | None = None
    phase: str = "top"  # top | name | header | string | tags | expect | equals | body
    stack: list[_Frame] = field(default_factory=lambda: [_Frame("root")])
    event_next: bool = False        # after has / has no / then / then no
    event_word: int = -1            # index of the last token read as an event name
    pending_with: str | None = None  # `EVENT with` just read; `(` or a filter follows
    last_event: str = ""            # the event (or group, as written) read last
    group: list[str] = field(default_factory=list)  # the names of an open `(a or b`
    body_from: int = 0              # index of the condition's first token
    entity: str | None = None       # `for ENTITY` in the header (SPEC 11)

    @property
    def top(self) -> _Frame:
        return self.stack[-1]


def analyze(text: str, offset: int) -> Context:
    """What fits at ``offset`` of ``text`` (a character offset)."""
    offset = max(0, min(offset, len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    prefix_start = offset
    while prefix_start > line_start and _WORD_CHAR.match(text[prefix_start - 1]):
        prefix_start -= 1
    prefix = text[prefix_start:offset]
    if prefix[:1].isdigit():
        return Context(Expect.NOTHING, prefix=prefix, start=prefix_start)
    # Inside a comment or a text string on this line?
    for match in _TOKEN.finditer(text, line_start, offset):
        if match.lastgroup == "comment" or (
                match.lastgroup == "string" and _open_at(match.group(), offset - match.start())):
            if match.lastgroup == "comment":
                return Context(Expect.NOTHING)
            return _in_string(text, match.start(), offset)
    if prefix_start == line_start:
        # A word in column 1 starts a declaration (continuation lines are indented).
        return Context(Expect.DECLARATION, prefix=prefix, start=prefix_start)
    if not prefix and text[offset - 1] == '"':
        return Context(Expect.NOTHING, start=offset)  # right after a closing quote
    found = tokens(text, declaration_start(text, prefix_start), prefix_start)
    return _decide(_scan(found), found, prefix, prefix_start)


def _open_at(string: str, inside: int) -> bool:
    """Whether a position ``inside`` characters into a string token is inside it."""
    closed = len(string) >= 2 and string.endswith('"') and not _escaped_end(string)
    return 0 < inside < len(string) or (inside == len(string) and not closed)


def _escaped_end(string: str) -> bool:
    backslashes = len(string) - 1 - len(string[:-1].rstrip("\\"))
    return backslashes % 2 == 1


def _in_string(text: str, quote: int, offset: int) -> Context:
    """Inside a text string: enum values fit when it is compared with something."""
    start = declaration_start(text, quote)
    walk_tokens = tokens(text, start, quote)
    walk = _scan(walk_tokens)
    context = _decide(walk, walk_tokens, "", quote)
    if context.expect is Expect.VALUE or (context.expect is Expect.OPERAND
                                          and context.subject is not None):
        return Context(Expect.VALUE, event=context.event, subject=context.subject,
                       operator=context.operator, declaration=context.declaration,
                       prefix=text[quote:offset], start=quote, in_string=True,
                       entity=context.entity, members=context.members)
    return Context(Expect.NOTHING, prefix=text[quote:offset], start=quote, in_string=True)


def _scan(toks: list[Tok]) -> _Walk:
    walk = _Walk()
    for index, tok in enumerate(toks):
        _step(walk, toks, index, tok)
    return walk


def _step(walk: _Walk, toks: list[Tok], index: int, tok: Tok) -> None:
    text = tok.text
    if walk.phase != "body":
        _header_step(walk, toks, index, tok)
        return
    top = walk.top
    if walk.pending_with is not None:
        event, walk.pending_with = walk.pending_with, None
        if text == "(":
            walk.stack.append(_Frame("filter", scope=event, via=top.via))
            return
        top.bare = event
    previous = toks[index - 1].text if index else ""
    if _event_step(walk, index, tok):
        return
    if text == "(":
        if previous in AGGREGATES and index and toks[index - 1].kind == "word":
            walk.stack.append(_Frame("agg", function=previous, via=top.via))
        elif index and toks[index - 1].kind == "word" and previous not in RESERVED:
            walk.stack.append(_Frame("call", scope=top.event, via=top.via))
        else:
            walk.stack.append(_Frame("group", scope=top.event, via=top.via))
    elif text == ")":
        while len(walk.stack) > 1 and walk.stack[-1].kind == "list":
            walk.stack.pop()
        if len(walk.stack) > 1:
            walk.stack.pop()
    elif text == "[":
        walk.stack.append(_Frame("list", scope=top.event, via=top.via,
                                 list_subject=_subject_before(toks, index - 1, top.event)))
    elif text == "]":
        if top.kind == "list":
            walk.stack.pop()
    elif text == "with":
        if previous in ("starts", "ends"):
            return
        if top.kind == "agg" and top.subject is not None and not top.agg_with:
            top.agg_with = True
            top.scope = top.subject
            top.via = (*top.via, (top.subject, top.dotted))
        elif walk.event_word == index - 1 and walk.declaration == "event" \
                and len(walk.stack) == 1:
            top.scope = walk.last_event  # a named event's filter: a whole condition
        elif walk.event_word == index - 1:
            walk.pending_with = walk.last_event
    elif text == "and" and top.between:
        top.between -= 1
    elif text in ("and", "or", "then", "within", "since", "before"):
        top.bare = None
        top.between = 0
        if text == "then":
            walk.event_next = True
    elif text == "after" and previous in UNIT_WORDS:
        # `within D after ANCHOR`: the anchor is a value of the customer, also after
        # an aggregate's `with` (SPEC 11).
        top.bare = None
        if top.kind == "agg":
            top.scope = None
    elif text in ("last", "next", "current", "previous") and previous == "in":
        top.bare = None
    elif text == "between":
        top.between += 1
    elif text in ("has", "stopped", "restarted"):
        walk.event_next = True
    elif tok.kind == "word" and top.kind == "agg" and top.subject is None \
            and text != "distinct":
        top.subject = walk.last_event = text
    elif tok.kind == "word" and top.kind == "agg" and previous == "." and top.dotted is None \
            and not top.agg_with and toks[index - 2].text == top.subject:
        top.dotted = text
    elif text == ":" and walk.declaration == "segmentation" and len(walk.stack) == 1:
        walk.stack = [_Frame("root")]  # a new branch: `LABEL:`


def _event_step(walk: _Walk, index: int, tok: Tok) -> bool:
    """Event names after `has`/`then`/`count(`/`event NAME =`: one name, a group
    `(a or b)` or `any event` (SPEC 11); True when ``tok`` was one of their words."""
    text, top = tok.text, walk.top
    agg_subject = top.kind == "agg" and top.subject is None
    if top.kind == "events":
        if text == ")":
            walk.stack.pop()
            walk.last_event = "(" + " or ".join(walk.group) + ")"
            walk.event_word = index
            if walk.top.kind == "agg":
                walk.top.subject = walk.last_event
        elif tok.kind == "word" and text != "or":
            walk.group.append(text)
        return True
    if not (walk.event_next or agg_subject):
        return False
    if text == "(":
        walk.stack.append(_Frame("events"))
        walk.group = []
        walk.event_next = False
        return True
    if walk.event_next and text == "any":
        walk.last_event = "any"
        return True
    if walk.event_next and tok.kind == "word" and text != "no":
        walk.event_next = False
        walk.event_word = index
        any_event = walk.last_event == "any" and text == "event"
        walk.last_event = "any event" if any_event else text
        return True
    return False


def _header_step(walk: _Walk, toks: list[Tok], index: int, tok: Tok) -> None:
    text = tok.text
    if walk.phase in ("header", "equals") and index and toks[index - 1].text == "for" \
            and tok.kind == "word":
        walk.entity = text
    if walk.phase == "top":
        if text in ("metric", "segment", "segmentation", "event"):
            walk.declaration = text
            walk.phase = "name"
        return
    if walk.phase == "name":
        walk.phase = "equals" if walk.declaration in ("metric", "event") else "header"
        return
    if walk.phase == "equals":
        if text == "=":
            walk.phase = "body"
            walk.body_from = index + 1
            walk.event_next = walk.declaration == "event"
        return
    if text == "where" and walk.declaration == "segment":
        walk.phase = "body"
        walk.body_from = index + 1
    elif text in ("title", "description", "owner"):
        walk.phase = "string"
    elif text == "tags":
        walk.phase = "tags"
    elif text == "expect":
        walk.phase = "expect"
    elif text == ":" and walk.declaration == "segmentation" and index \
            and toks[index - 1].kind == "word":
        walk.phase = "body"
        walk.body_from = index + 1
    elif walk.phase not in ("tags", "expect"):
        walk.phase = "header"


def _decide(walk: _Walk, toks: list[Tok], prefix: str, start: int) -> Context:
    base = Context(Expect.NOTHING, declaration=walk.declaration, prefix=prefix, start=start,
                   entity=walk.entity, members=walk.top.via)
    if walk.phase == "top":
        return replace(base, expect=Expect.DECLARATION)
    if walk.phase != "body":
        return _decide_header(walk, toks, base)
    top = walk.top
    event = walk.pending_with or top.event
    last = toks[-1] if toks else None
    previous = last.text if last else ""
    before = toks[-2].text if len(toks) >= 2 else ""
    if walk.event_next:
        return replace(base, expect=Expect.EVENT)
    if top.kind == "agg" and top.subject is None:
        return replace(base, expect=Expect.EVENT, function=top.function)
    if top.kind == "events":
        return replace(base, expect=Expect.EVENT if previous in ("(", "or") else Expect.NOTHING)
    if previous == "." and top.kind == "agg" and before == ")" and not top.agg_with \
            and top.subject == walk.last_event:
        return replace(base, expect=Expect.PROPERTY_OF, event=top.subject)
    if previous == "." and len(toks) >= 2 and toks[-2].kind == "word":
        if top.kind == "agg" and top.subject == before and not top.agg_with:
            return replace(base, expect=Expect.PROPERTY_OF, event=before)
        return replace(base, expect=Expect.RELATION_ATTR, relation=before)
    if previous == "segment" and before == "in":
        return replace(base, expect=Expect.SEGMENT)
    if previous == "list" and before == "in":
        return replace(base, expect=Expect.STATIC_LIST)
    if previous == "in":
        return replace(base, expect=Expect.AFTER_IN, event=event)
    if previous in ("last", "next") and before in ("in", "the"):
        return replace(base, expect=Expect.NOTHING)
    if last is not None and last.kind == "number" and before in ("last", "next", "within"):
        return replace(base, expect=Expect.UNIT)
    if previous in ("current", "previous"):
        return replace(base, expect=Expect.PERIOD)
    if top.kind == "list" and previous in ("[", ","):
        return replace(base, expect=Expect.VALUE, event=event, subject=top.list_subject,
                       operator="in")
    if previous in ("=", "!=") and len(toks) > walk.body_from:
        subject = _subject_before(toks, len(toks) - 2, event)
        return replace(base, expect=Expect.OPERAND, event=event, subject=subject,
                       operator=previous)
    if _ends_operand(last, walk, len(toks) - 1):
        return replace(base, expect=Expect.OPERATOR, event=event)
    return replace(base, expect=Expect.OPERAND, event=event)


def _decide_header(walk: _Walk, toks: list[Tok], base: Context) -> Context:
    previous = toks[-1].text if toks else ""
    if walk.phase in ("name", "string", "equals"):
        return replace(base, expect=Expect.NOTHING)
    if walk.phase == "tags":
        if previous in ("tags", ","):
            return replace(base, expect=Expect.TAG)
        return replace(base, expect=Expect.META)
    if walk.phase == "expect":
        if previous == "expect":
            return replace(base, expect=Expect.MEASURE)
        line = [t.text for t in toks[_last_index(toks, "expect"):]]
        waiting = "between" in line and "and" not in line[line.index("between"):]
        if toks and (toks[-1].kind == "number" or previous == "%") and not waiting:
            return replace(base, expect=Expect.META)  # the expectation is complete
        return replace(base, expect=Expect.NOTHING)
    return replace(base, expect=Expect.META)


def _last_index(toks: list[Tok], text: str) -> int:
    for index in range(len(toks) - 1, -1, -1):
        if toks[index].text == text:
            return index
    return 0


def _ends_operand(last: Tok | None, walk: _Walk, index: int) -> bool:
    if last is None:
        return False
    if last.kind in ("number", "string", "time") or last.text in (")", "]", "%"):
        return True
    if last.kind != "word":
        return False
    if last.text in _OPERAND_END_WORDS or index == walk.event_word:
        return True
    return last.text not in RESERVED


def _subject_before(toks: list[Tok], index: int, event: str | None) -> Subject | None:
    """The name or ``base.name`` that ends at ``toks[index]`` (skipping a `not` of
    `not in`), as the left side of a comparison."""
    if index >= 0 and toks[index].text == "in":
        index -= 1
    if index >= 0 and toks[index].text == "not":
        index -= 1
    if index < 0 or toks[index].kind != "word" or toks[index].text in RESERVED:
        return None
    name = toks[index].text
    if index >= 2 and toks[index - 1].text == "." and toks[index - 2].kind == "word":
        return Subject(name, base=toks[index - 2].text)
    return Subject(name, event=event)
