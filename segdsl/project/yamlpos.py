"""YAML loading that keeps the position of every key and value.

The project file, the schema and the fixture files are YAML, and their problems must
be reported like any other diagnostic: file, line, column and a caret.  PyYAML's
constructed Python values have no positions, so this module builds its own small
tree of :class:`MappingNode`, :class:`SequenceNode` and :class:`ScalarNode`, each
carrying a :class:`~segdsl.diagnostics.Span`.

Why not ``yaml.compose``: the tree is built from ``yaml.parse`` events instead,
with an explicit stack.  libyaml's composer (``CSafeLoader``) recurses in C and
crashes the interpreter (segmentation fault) on deeply nested input such as
200 000 ``[``, and the pure-Python composer raises ``RecursionError``; the event
stream is produced without recursion by both.  Building the tree ourselves also
lets us point at the exact ``*alias`` or ``&anchor`` we refuse and find duplicate
keys, which ``compose`` silently accepts.

Scalars are *not* resolved here: YAML 1.1 would turn ``no`` into ``False`` and
``2026-01-01`` into a date, while a schema wants the text ``"no"`` as an enum value.
A :class:`ScalarNode` keeps the text as written and whether it was quoted; callers
convert it to what they expect with :func:`convert_scalar` or, where any kind of
value is allowed, :func:`resolve_core` (the YAML 1.2 core schema).

Nothing here raises on bad input: every problem becomes a ``YML001`` diagnostic
(``YML006`` for a duplicate key).

Longer than 400 lines on purpose: one job, reading YAML with positions (the node
tree, the event-driven builder without recursion, scalar conversion and the
messages of YAML problems), which every YAML reader of the project shares.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import difflib
import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal, NoReturn

import yaml
from yaml import events

from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, TextEdit
from segdsl.project.sources import DISK, SourceReader
from segdsl.timeparse import TimeParseError, parse_date, parse_instant

# The C loader is several times faster; the pure-Python one gives the same events.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Project files are a few levels deep; anything deeper is a mistake or an attack.
MAX_DEPTH = 100

_NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
# The characters YAML does not allow in a stream: the complement of YAML 1.1's
# printable set (section 5.1, as PyYAML checks) [\x09\x0A\x0D\x20-\x7E\x85
# \xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF].  Written as the complement
# because that class compiles in ~1 ms, the negated one in ~15 ms at every start;
# a test checks that both agree on every code point.
_NOT_PRINTABLE = re.compile(
    r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]"
)
_STR_TAG = "tag:yaml.org,2002:str"
_SCALAR_TAGS = frozenset({_STR_TAG, "!"})
_ALLOWED_COLLECTION_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
_BOM = "\ufeff"


# --------------------------------------------------------------------------- nodes


@dataclass(frozen=True, slots=True)
class ScalarNode:
    """A single value, as written (after YAML unquoting and line folding)."""

    text: str
    # Quoted, block (| or >) or tagged !!str: always text, never a number or null.
    quoted: bool
    span: Span

    @property
    def is_null(self) -> bool:
        """An empty value, ``~`` or ``null`` written without quotes."""
        return not self.quoted and self.text in _NULL_WORDS


@dataclass(frozen=True, slots=True)
class MappingEntry:
    key: Node
    value: Node

    @property
    def key_text(self) -> str | None:
        """The key as text, or None when the key is a list or mapping."""
        return self.key.text if isinstance(self.key, ScalarNode) else None

    @property
    def span(self) -> Span:
        """From the start of the key to the end of the value."""
        return self.key.span.cover(self.value.span)


@dataclass(frozen=True, slots=True)
class MappingNode:
    # In file order; a duplicate key is reported and only its first entry is kept.
    entries: tuple[MappingEntry, ...]
    span: Span

    def get(self, key: str) -> MappingEntry | None:
        for entry in self.entries:
            if entry.key_text == key:
                return entry
        return None

    def keys(self) -> list[str]:
        return [entry.key_text for entry in self.entries if entry.key_text is not None]


@dataclass(frozen=True, slots=True)
class SequenceNode:
    items: tuple[Node, ...]
    span: Span


Node = ScalarNode | MappingNode | SequenceNode


def describe(node: Node) -> str:
    """The kind of a node in plain words, for messages ("expected a list, got ...")."""
    if isinstance(node, MappingNode):
        return "a mapping (key: value pairs)"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.is_null:
        return "nothing"
    return f"the single value '{node.text}'"


# ------------------------------------------------------------------ scalar values

ScalarKind = Literal["string", "integer", "number", "boolean", "date", "timestamp"]
# A number is the Decimal of its text, never a float: ``1234567890.123456789`` keeps
# all 19 digits (a float keeps 15 to 17), as DECIMAL(38, 9) columns hold them.
PlainValue = str | int | Decimal | bool | dt.date | dt.datetime

_INTEGER = re.compile(r"[-+]?[0-9]+(?:_[0-9]+)*")
_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:_[0-9]+)*(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
def convert_scalar(node: ScalarNode, kind: ScalarKind) -> PlainValue | None:
    """The node's value as ``kind``, or None when the text is not such a value.

    The expected kind decides, not YAML's guess: for ``string`` any text is kept as
    written (``no`` stays ``"no"``).  Quotes do not matter for the other kinds, so
    ``"2026-01-01"`` is a date where a date is expected.  Check ``node.is_null``
    first where "not set" is meaningful.  Dates and timestamps follow
    :mod:`segdsl.timeparse` (UTC only, with an explicit zone); a date alone where a
    timestamp is expected means its midnight UTC.  Call that module directly for
    the reason a text is refused.  A number is the exact :class:`~decimal.Decimal`
    of its text (``1e3`` and ``1_000`` too); whether it fits a number column is the
    caller's to check (:func:`segdsl.numbers.misfit`).
    """
    return convert_text(node.text, kind)


def convert_text(text: str, kind: ScalarKind) -> PlainValue | None:
    """:func:`convert_scalar` of a value's text (no node needed: the fixture reader
    converts tens of thousands of cells, some of them from CSV files)."""
    if kind == "string":
        return text
    text = text.strip()
    if kind == "integer":
        return int(text) if _INTEGER.fullmatch(text) else None
    if kind == "number":
        return _to_number(text) if _NUMBER.fullmatch(text) else None
    if kind == "boolean":
        return {"true": True, "false": False}.get(text.lower())
    if kind == "date":
        return _to_date(text)
    return _to_timestamp(text)


def _to_number(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:  # an exponent beyond the decimal module's (1e99999999999999999)
        return None


def _to_date(text: str) -> dt.date | None:
    try:
        return parse_date(text)
    except TimeParseError:
        return None


def _to_timestamp(text: str) -> dt.datetime | None:
    try:
        return parse_instant(text)
    except TimeParseError:
        return None


def resolve_core(node: ScalarNode) -> str | int | float | bool | None:
    """YAML 1.2 core-schema typing, for places that accept any kind of value.

    Unlike YAML 1.1 (what PyYAML implements) only ``true``/``false`` are booleans
    and dates stay text, so ``yes``, ``on`` and ``2026-01-01`` are strings.
    """
    if node.quoted:
        return node.text
    if node.is_null:
        return None
    if node.text in ("true", "True", "TRUE"):
        return True
    if node.text in ("false", "False", "FALSE"):
        return False
    if _INTEGER.fullmatch(node.text) and "_" not in node.text:
        return int(node.text)
    if _NUMBER.fullmatch(node.text) and "_" not in node.text:
        return float(node.text)
    return node.text


# ---------------------------------------------------------------------- positions


class Locator:
    """Turns character offsets of a text into spans with 1-based lines and columns.

    Lines are split at ``\\n`` only, as Lark and editors do (YAML itself also breaks
    lines at NEL and U+2028, which would disagree with the displayed source).
    """

    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self.text = text
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        # Offsets mostly come in file order (the tree builder, the fixture
        # reader): the line of the previous one is checked before searching.
        self._line = 0

    def position(self, offset: int) -> tuple[int, int]:
        if offset < 0:
            offset = 0
        elif offset > len(self.text):
            offset = len(self.text)
        starts = self._line_starts
        index = self._line
        if not (starts[index] <= offset
                and (index + 1 == len(starts) or offset < starts[index + 1])):
            index = self._line = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        end = max(start, end)
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(self.file, line, column, end_line, end_column, start, end)

    def point(self, offset: int) -> Span:
        """A one-character span, for problems at a single place."""
        return self.span(offset, offset + 1)


# ------------------------------------------------------------------------ loading


def read_text(
    path: Path, file: str, reader: SourceReader = DISK
) -> tuple[str | None, list[Diagnostic]]:
    """The file's text, or a YML001 diagnostic when it cannot be read or is not UTF-8."""
    try:
        return reader.read_text(path), []
    except UnicodeDecodeError as error:
        return decode_text(bytes(error.object), file)
    except FileNotFoundError:
        return None, [_file_problem(file, "cannot read the file: it does not exist")]
    except IsADirectoryError:
        return None, [_file_problem(file, "cannot read the file: it is a folder")]
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        return None, [_file_problem(file, f"cannot read the file: {reason}")]


def decode_text(data: bytes, file: str) -> tuple[str | None, list[Diagnostic]]:
    """Decode UTF-8, pointing at the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        # Everything before the bad byte is valid, so it locates the byte exactly.
        before = data[: error.start].decode("utf-8")
        locator = Locator(before, file)
        line, column = locator.position(len(before))
        offset = len(before)
        span = Span(file, line, column, line, column + 1, offset, offset + 1)
        message = f"the file is not UTF-8 text (byte 0x{data[error.start]:02x} cannot be read)"
        hint = "save the file with UTF-8 encoding"
        return None, [Diagnostic(Code.YML001, message, span, hint=hint)]


def load_yaml_file(
    path: Path, file: str, reader: SourceReader = DISK
) -> tuple[Node | None, list[Diagnostic]]:
    """Read and parse one YAML file; see :func:`parse_yaml`."""
    text, problems = read_text(path, file, reader)
    if text is None:
        return None, problems
    return parse_yaml(text, file)


def parse_yaml(text: str, file: str) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document into positioned nodes.

    Returns ``(None, diagnostics)`` when the text is not usable YAML, and
    ``(None, [])`` for an empty document (only comments or nothing).  Duplicate keys
    are reported but do not stop parsing; the first occurrence wins.  Offsets in the
    spans are offsets into ``text`` as given (a leading byte-order mark counts).
    """
    locator = Locator(text, file)
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        return None, [_bad_character(locator, bad.start(), bad.group())]
    # libyaml drops byte-order marks from its offsets, PyYAML does not: remove them
    # ourselves and shift every offset back.
    shift = len(text) - len(text.lstrip(_BOM))
    builder = _TreeBuilder(locator, shift)
    try:
        try:
            builder.consume(yaml.parse(text[shift:], Loader=_LOADER))
        except yaml.MarkedYAMLError as error:
            # Recent libyaml refuses flow collections nested 1,000 deep while it
            # scans ahead, before the builder sees the level beyond MAX_DEPTH; the
            # pure-Python parser has no such limit, so it finds that level.
            if _LOADER is yaml.SafeLoader or "nesting depth" not in str(error.problem):
                raise
            builder = _TreeBuilder(locator, shift)
            builder.consume(yaml.parse(text[shift:], Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as error:
        return None, [*builder.problems, _syntax_problem(locator, shift, error)]
    except (yaml.YAMLError, UnicodeError, ValueError) as error:
        # Not expected after the character check above; kept so that nothing escapes.
        span = Span.point(file, 1, 1)
        return None, [*builder.problems, Diagnostic(Code.YML001, f"invalid YAML: {error}", span)]
    except _Stop:
        return None, builder.problems
    return builder.root, builder.problems


class _Stop(Exception):
    """Raised by the tree builder after a problem that makes the rest meaningless."""


def _file_problem(file: str, message: str) -> Diagnostic:
    return Diagnostic(Code.YML001, message, Span.point(file, 1, 1))


def _bad_character(locator: Locator, offset: int, char: str) -> Diagnostic:
    name = f"U+{ord(char):04X}"
    return Diagnostic(
        Code.YML001,
        f"the file contains a control character ({name}) that YAML does not allow",
        locator.point(offset),
        hint="remove the character; YAML files hold plain text only",
    )


def _syntax_problem(locator: Locator, shift: int, error: yaml.MarkedYAMLError) -> Diagnostic:
    mark = error.problem_mark or error.context_mark
    offset = (mark.index + shift) if mark is not None else 0
    span = locator.point(offset)
    if offset < len(locator.text) and locator.text[offset] == "\t":
        return Diagnostic(
            Code.YML001,
            "invalid YAML: a tab character is used where YAML needs spaces",
            span,
            hint="indent with spaces; YAML does not allow tabs for indentation",
        )
    problem = error.problem or error.context or "the text is not valid YAML"
    hint = None
    if error.context and error.context_mark is not None and error.problem_mark is not None:
        line, column = locator.position(error.context_mark.index + shift)
        hint = f"{error.context} that starts at line {line}, column {column}"
    return Diagnostic(Code.YML001, f"invalid YAML: {problem}", span, hint=hint)


# ------------------------------------------------------------------ tree building


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (reference counting still
    frees memory).

    Building the tree of a large file (or the rows of a large fixture) allocates
    hundreds of thousands of small objects that all stay alive; every automatic
    collection meanwhile walks them and finds nothing to free, which cost a third
    of the time of reading a 2,357-customer fixture.  The trees hold no cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class _Open:
    """A mapping or sequence whose end event has not been seen yet."""

    is_mapping: bool
    flow: bool
    start: int
    end: int
    children: list[Node] = field(default_factory=list)


class _TreeBuilder:
    """Builds nodes from parser events with an explicit stack (no recursion)."""

    def __init__(self, locator: Locator, shift: int) -> None:
        self.locator = locator
        self.shift = shift
        self.root: Node | None = None
        self.problems: list[Diagnostic] = []
        self._stack: list[_Open] = []
        self._documents = 0

    def consume(self, stream: Iterable[events.Event]) -> None:
        """Build the tree from ``stream``.

        The loop is the hot path of reading a large fixture file (180,000 events
        for 2,357 customers), so the common events are told apart by exact class
        before the general dispatch, and the garbage collector is paused.
        """
        scalar_event = events.ScalarEvent
        with gc_paused():
            for event in stream:
                if type(event) is scalar_event:
                    self._scalar(event)
                else:
                    self._event(event)

    def _event(self, event: events.Event) -> None:
        if isinstance(event, events.DocumentStartEvent):
            self._documents += 1
            if self._documents > 1:
                self._stop(event, "a file may hold only one YAML document (found a second '---')")
        elif isinstance(event, events.AliasEvent):
            self._stop(event, f"aliases (*{event.anchor}) are not supported", _NO_ANCHORS)
        elif isinstance(event, events.ScalarEvent):
            self._scalar(event)
        elif isinstance(event, events.CollectionStartEvent):
            self._open(event)
        elif isinstance(event, events.CollectionEndEvent):
            self._close(event)

    def _offsets(self, event: events.Event) -> tuple[int, int]:
        start = event.start_mark.index if event.start_mark is not None else 0
        end = event.end_mark.index if event.end_mark is not None else start
        return start + self.shift, end + self.shift

    def _stop(self, event: events.Event, message: str, hint: str | None = None) -> NoReturn:
        start, end = self._offsets(event)
        span = self.locator.span(start, end)
        self.problems.append(Diagnostic(Code.YML001, message, span, hint=hint))
        raise _Stop

    def _check_node_event(self, event: events.NodeEvent, allowed_tags: frozenset[str]) -> None:
        if event.anchor is not None:
            self._stop(event, f"anchors (&{event.anchor}) are not supported", _NO_ANCHORS)
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in allowed_tags:
            self._stop(event, f"YAML tags such as '{tag}' are not supported",
                       "remove the tag; write the value as plain YAML")

    def _scalar(self, event: events.ScalarEvent) -> None:
        tag = event.tag
        if event.anchor is not None or (tag is not None and tag not in _SCALAR_TAGS):
            self._check_node_event(event, _SCALAR_TAGS)
        # Plain style is None in PyYAML and "" in libyaml.
        quoted = bool(event.style) or tag is not None
        shift = self.shift
        start_mark, end_mark = event.start_mark, event.end_mark
        start = (start_mark.index if start_mark is not None else 0) + shift
        end = (end_mark.index + shift) if end_mark is not None else start
        node = ScalarNode(event.value, quoted, self.locator.span(start, end))
        if self._stack:
            self._stack[-1].children.append(node)
        else:
            self.root = node

    def _open(self, event: events.CollectionStartEvent) -> None:
        self._check_node_event(event, _ALLOWED_COLLECTION_TAGS)
        if len(self._stack) >= MAX_DEPTH:
            self._stop(event, f"the YAML is nested more than {MAX_DEPTH} levels deep")
        start, end = self._offsets(event)
        is_mapping = isinstance(event, events.MappingStartEvent)
        self._stack.append(_Open(is_mapping, bool(event.flow_style), start, end))

    def _close(self, event: events.CollectionEndEvent) -> None:
        opened = self._stack.pop()
        _, end = self._offsets(event)
        if not opened.flow and opened.children:
            # A block collection "ends" where the next token starts, possibly lines
            # later; end it at its last value instead so carets stay on its lines.
            end = opened.children[-1].span.end
        span = self.locator.span(opened.start, max(end, opened.start))
        if opened.is_mapping:
            self._attach(self._mapping(opened.children, span))
        else:
            self._attach(SequenceNode(tuple(opened.children), span))

    def _mapping(self, children: list[Node], span: Span) -> MappingNode:
        entries: list[MappingEntry] = []
        first_seen: dict[str, Node] = {}
        for key, value in zip(children[::2], children[1::2], strict=True):
            text = key.text if isinstance(key, ScalarNode) else None
            if text is not None and text in first_seen:
                self.problems.append(_duplicate_key(text, key.span, first_seen[text].span))
                continue
            if text is not None:
                first_seen[text] = key
            entries.append(MappingEntry(key, value))
        return MappingNode(tuple(entries), span)

    def _attach(self, node: Node) -> None:
        if self._stack:
            self._stack[-1].children.append(node)
        else:
            self.root = node


_NO_ANCHORS = "write the value out in full; YAML anchors (&) and aliases (*) are not supported"


def _duplicate_key(key: str, span: Span, first: Span) -> Diagnostic:
    return Diagnostic(
        Code.YML006,
        f"the key '{key}' appears twice in the same mapping",
        span,
        hint=f"remove or rename one of them (the first '{key}' is on line {first.line})",
        related=((first, "first defined here"),),
    )


# ---------------------------------------------------------------- walking helpers


def iter_entries(node: MappingNode) -> Iterator[tuple[str, MappingEntry]]:
    """Entries whose key is a plain value, with that key as text (others skipped)."""
    for entry in node.entries:
        if entry.key_text is not None:
            yield entry.key_text, entry


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice to a misspelt word, if one is close enough."""
    found = closest_choice(word, choices)
    return None if found is None else found[0]


def closest_choice(word: str, choices: Iterable[str]) -> tuple[str, bool] | None:
    """The closest choice to a misspelt word, and whether it is the only one that
    close (then replacing the word is a certain fix); None if nothing is close."""
    options = list(choices)
    # "String" for "string": case is the likeliest slip
    same = [option for option in options if option.lower() == word.lower()]
    if same:
        return same[0], len(same) == 1
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close:
        return None
    ratio = difflib.SequenceMatcher(None, word, close[0]).ratio()
    ties = [option for option in options
            if difflib.SequenceMatcher(None, word, option).ratio() == ratio]
    return close[0], len(ties) == 1


def replace_scalar(node: Node, new_text: str) -> tuple[TextEdit, ...]:
    """The edit that writes ``new_text`` in place of a plain (unquoted, one-line)
    scalar; none for any other node, whose source is not just its text."""
    if not isinstance(node, ScalarNode) or node.quoted:
        return ()
    span = node.span
    if span.line != span.end_line or span.end - span.start != len(node.text):
        return ()
    return (TextEdit(span, new_text),)


class Problems:
    """Collects diagnostics while a YAML tree is checked, so that every problem of a
    file is reported in one run instead of only the first."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def add(
        self,
        code: str,
        message: str,
        span: Span,
        hint: str | None = None,
        related: tuple[tuple[Span, str], ...] = (),
        edits: tuple[TextEdit, ...] = (),
    ) -> None:
        self.items.append(Diagnostic(code, message, span, hint=hint, related=related,
                                     edits=edits))

    def mapping(
        self, node: Node, what: str, *, null_ok: bool = True, hint: str | None = None
    ) -> MappingNode | None:
        """``node`` as a mapping; YML004 when it is something else.

        An empty value (``attributes:`` with nothing under it) is an empty mapping
        when ``null_ok``, so that a section can be left empty while it is written.
        """
        if isinstance(node, MappingNode):
            return node
        if null_ok and isinstance(node, ScalarNode) and node.is_null:
            return MappingNode((), node.span)
        self.add(Code.YML004, f"{what} should be a mapping (key: value pairs), "
                 f"but it is {describe(node)}", node.span, hint=hint)
        return None

    def text(self, node: Node, what: str) -> str | None:
        """``node`` as non-empty text (any single value counts, ``123`` is "123")."""
        if isinstance(node, ScalarNode) and not node.is_null and node.text.strip():
            return node.text
        self.add(Code.YML004, f"{what} should be a single non-empty value, "
                 f"but it is {describe(node)}", node.span)
        return None

    def keys(
        self,
        node: MappingNode,
        *,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
        what: str,
        at: Span | None = None,
    ) -> dict[str, MappingEntry]:
        """Check a mapping's keys: YML003 for unknown ones (with a suggestion),
        YML004 for a key that is a list or mapping, YML002 for missing required
        ones (reported at ``at``, usually the key that names this mapping).

        Returns the known entries by key.
        """
        known: dict[str, MappingEntry] = {}
        for entry in node.entries:
            key = entry.key_text
            if key is None:
                self.add(Code.YML004, f"a key in {what} is {describe(entry.key)}; keys must be "
                         "single values", entry.key.span)
            elif key in allowed:
                known[key] = entry
            else:
                self._unknown_key(key, entry.key, allowed, what)
        for key in required:
            if key not in known:
                self.add(Code.YML002, f"{what} has no '{key}'", at or _start(node.span),
                         hint=f"add '{key}: ...'; {what} needs: {', '.join(required)}")
        return known

    def _unknown_key(self, key: str, node: Node, allowed: tuple[str, ...], what: str) -> None:
        guess = closest_choice(key, allowed)
        listed = f"allowed keys: {', '.join(allowed)}"
        hint = f"did you mean '{guess[0]}'? {listed}" if guess else listed
        edits = replace_scalar(node, guess[0]) if guess and guess[1] else ()
        self.add(Code.YML003, f"unknown key '{key}' in {what}", node.span, hint=hint,
                 edits=edits)


def _start(span: Span) -> Span:
    """The first character of a span, for problems about a whole block."""
    return Span(span.file, span.line, span.column, span.line, span.column + 1,
                span.start, span.start + 1)
