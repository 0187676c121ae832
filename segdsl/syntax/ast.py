"""The abstract syntax tree of segment files.

Nodes are frozen dataclasses; each keeps the :class:`~segdsl.diagnostics.Span` of the
text it came from (the full extent, keywords included) and, where a later stage
needs to point at a part, the span of that part (``name_span``, ``event_span``...).
Nothing is resolved here: names are plain strings until the checker binds them.

Conditions and expressions are one family of nodes (``Expr``): the grammar shares
one precedence ladder and the checker tells conditions (boolean) from values.

The tree keeps what the source said, so that the formatter (:mod:`segdsl.format`)
and editor tools can print it back or quote it:

* ``parens`` on every ``Expr`` node counts the parentheses written around it
  (``((a or b))`` is one ``Or`` with ``parens=2``); there are no grouping nodes.
  A node's ``span`` does not include its own parentheses; an enclosing node's does.
* ``text`` (and ``Duration.amount_text``/``unit_text``) keep the spelling where the
  value normalizes it away: ``1_000``, a string literal with its quotes and escapes
  as written, ``+00:00`` in a timestamp, ``day`` or ``days``.  Empty on nodes built
  by hand (then print from ``value``).
* Spelling and layout fields are excluded from ``==`` (``field(compare=False)``):
  two nodes are equal when they mean the same thing at the same place, so ``(a)``
  equals ``a`` there and the checker, compiler and reference evaluator, which
  compare and hash nodes, see no difference.  ``segdsl.format.verify.tree_key``
  compares trees with layout but without positions.
* :class:`SourceFile` gives every token (``tokens``, comments included, in text
  order) and the comments attached to nodes (``attached``, a :class:`CommentMap`;
  see :mod:`segdsl.syntax.comments` for the rules), both made when first asked.

Longer than 400 lines on purpose: every node type of the language in one module,
the vocabulary every stage matches on (``ast.X``); the nodes are plain data with no
behaviour to split along.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from segdsl.diagnostics import Diagnostic, Span
from segdsl.syntax.tokens import Token

# --------------------------------------------------------------------- enums


class Unit(enum.StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    @property
    def is_calendar(self) -> bool:
        """Months and years are calendar steps (SPEC 3.6), the rest fixed lengths."""
        return self in (Unit.MONTH, Unit.YEAR)


class Period(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class CompareOp(enum.StrEnum):
    EQ = "="
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="


class ArithOp(enum.StrEnum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"


class TextOp(enum.StrEnum):
    CONTAINS = "contains"
    STARTS_WITH = "starts with"
    ENDS_WITH = "ends with"
    MATCHES = "matches"
    # On a list only (SPEC 11, "Lists"); the pattern is a ListLit.
    CONTAINS_ANY = "contains any"
    CONTAINS_ALL = "contains all"


class AggFn(enum.StrEnum):
    COUNT = "count"
    SUM = "sum"
    AVG = "avg"
    MIN = "min"
    MAX = "max"
    FIRST = "first"
    LAST = "last"


class RankDir(enum.StrEnum):
    TOP = "top"
    BOTTOM = "bottom"


class TimeKeyword(enum.StrEnum):
    TODAY = "today"
    NOW = "now"


# ------------------------------------------------------------------ literals


@dataclass(frozen=True, slots=True)
class StringLit:
    value: str
    span: Span
    text: str = field(default="", compare=False)
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class NumberLit:
    """A number, exact, so SQL gets the same digits; ``text`` is the number as
    written (``1_000``, ``3.50``; a negative list item's with its ``-``: ``-0``).

    ``percent`` for a percentage (SPEC 11): ``40%`` has the value ``0.40`` and the
    text ``40`` (without ``%``); its type is ``number`` even for ``100%``.
    """

    value: Decimal
    span: Span
    text: str = field(default="", compare=False)
    parens: int = field(default=0, compare=False)
    percent: bool = False

    @property
    def is_integer(self) -> bool:
        return (not self.percent and self.value == self.value.to_integral_value()
                and "." not in str(self.value))


@dataclass(frozen=True, slots=True)
class BoolLit:
    value: bool
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class DateLit:
    value: dt.date
    span: Span
    text: str = field(default="", compare=False)
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class TimestampLit:
    """An instant; always timezone-aware UTC."""

    value: dt.datetime
    span: Span
    text: str = field(default="", compare=False)
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class TimeNow:
    """``today`` (the as-of day, a date) or ``now`` (the as-of instant)."""

    keyword: TimeKeyword
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Duration:
    """``N UNIT``; ``amount_text``/``unit_text`` as written (``1_000``, ``days``)."""

    amount: int
    unit: Unit
    span: Span
    amount_text: str = field(default="", compare=False)
    unit_text: str = field(default="", compare=False)
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Ago:
    """``N UNIT ago``: as-of minus the duration."""

    duration: Duration
    span: Span
    parens: int = field(default=0, compare=False)


Literal = StringLit | NumberLit | BoolLit | DateLit | TimestampLit | TimeNow


@dataclass(frozen=True, slots=True)
class ListLit:
    items: tuple[Literal, ...]
    span: Span
    parens: int = field(default=0, compare=False)


# --------------------------------------------------------------- references


@dataclass(frozen=True, slots=True)
class Name:
    """A bare name: an attribute, metric or segmentation (or an event property
    inside ``with``)."""

    name: str
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Member:
    """``base.name``: a relation attribute such as ``account.industry``."""

    base: str
    name: str
    span: Span
    base_span: Span
    name_span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    args: tuple[Expr, ...]
    span: Span
    name_span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Arith:
    op: ArithOp
    left: Expr
    right: Expr
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Neg:
    operand: Expr
    span: Span
    parens: int = field(default=0, compare=False)


# ------------------------------------------------------------------ windows


@dataclass(frozen=True, slots=True)
class LastWindow:
    """``in last N UNIT``: [as_of - N UNIT, as_of)."""

    duration: Duration
    span: Span


@dataclass(frozen=True, slots=True)
class NextWindow:
    """``in next N UNIT``: [as_of, as_of + N UNIT); never on events."""

    duration: Duration
    span: Span


@dataclass(frozen=True, slots=True)
class PeriodWindow:
    """``in current PERIOD`` (offset 0) or ``in previous PERIOD`` (offset -1)."""

    period: Period
    offset: int
    span: Span


@dataclass(frozen=True, slots=True)
class SinceWindow:
    """``since T``: [T, +inf)."""

    bound: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class BeforeWindow:
    """``before T``: (-inf, T)."""

    bound: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class BetweenWindow:
    """``between T1 and T2`` on events: [T1, T2), a date T2 including its day."""

    low: Expr
    high: Expr
    span: Span


Window = LastWindow | NextWindow | PeriodWindow | SinceWindow | BeforeWindow | BetweenWindow


@dataclass(frozen=True, slots=True)
class AnchoredWindow:
    """``within D after ANCHOR`` on events (SPEC 11): per customer, the events ``e``
    with ``anchor <= e.time < anchor + D`` (none when the anchor is not set).

    Not a ``Window``: its bound is a per-customer value, and an aggregate or ``has``
    may have both (``anchor`` field beside ``window``), which then must both hold.
    """

    duration: Duration
    anchor: Expr
    span: Span


# --------------------------------------------------------------- aggregates


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The ``with`` part of a ``has`` form or an aggregate.

    ``condition`` is None for an empty filter ``with ()`` (a warning, filters nothing).
    """

    condition: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class EventName:
    """One event named in a group ``(a or b)``."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class EventGroup:
    """Several events at once (SPEC 11): ``(a or b)``, or ``any event`` (no names:
    every event of the schema).  Where a node holds one, its ``event`` is the
    group's text as fmt prints it and its ``event_span`` the group's span."""

    names: tuple[EventName, ...]
    span: Span

    @property
    def is_any(self) -> bool:
        return not self.names

    @property
    def text(self) -> str:
        if self.is_any:
            return "any event"
        return "(" + " or ".join(n.name for n in self.names) + ")"


@dataclass(frozen=True, slots=True)
class Aggregate:
    """``count(purchase with ... in last 30 days)`` and friends (SPEC 3.5).

    ``prop`` is None for ``count(EVENT)`` and the time forms ``first/last(EVENT)``.
    """

    function: AggFn
    distinct: bool
    event: str
    event_span: Span
    prop: str | None
    prop_span: Span | None
    filter: EventFilter | None
    window: Window | None
    span: Span
    parens: int = field(default=0, compare=False)
    group: EventGroup | None = None  # several events at once (then ``event`` is its text)
    # `sum(members.purchase.amount ...)`: the one-to-many relation whose members'
    # events are aggregated (SPEC 11); then ``event`` and ``prop`` are the member
    # entity's.  The two-part `members.seats` / `members.purchase` is written in
    # ``event``/``prop`` like `purchase.amount`; the checker's binding says which.
    members: str | None = None
    members_span: Span | None = None
    # ``within D after ANCHOR`` (SPEC 11), written before ``window``; last so that
    # the positional fields above stay as they were.
    anchor: AnchoredWindow | None = None


# --------------------------------------------------------------- conditions


@dataclass(frozen=True, slots=True)
class Or:
    left: Expr
    right: Expr
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class And:
    left: Expr
    right: Expr
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Not:
    operand: Expr
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Compare:
    """``E op E``; ``ignoring_case`` for a trailing ``ignoring case`` (SPEC 11),
    ``case_span`` the span of those two words (the same on InList and TextTest)."""

    op: CompareOp
    left: Expr
    right: Expr
    span: Span
    parens: int = field(default=0, compare=False)
    ignoring_case: bool = False
    case_span: Span | None = None


@dataclass(frozen=True, slots=True)
class InList:
    """``E in [..]``; ``negated`` for ``E not in [..]`` which means ``not (E in [..])``."""

    expr: Expr
    items: ListLit
    negated: bool
    span: Span
    parens: int = field(default=0, compare=False)
    ignoring_case: bool = False
    case_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Between:
    """``E between LOW and HIGH``: inclusive for numbers, a window for times (3.6)."""

    expr: Expr
    low: Expr
    high: Expr
    negated: bool
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class TextTest:
    """``E contains S`` and its kin; on a list ``contains`` is element membership and
    ``contains any``/``contains all`` take a ``ListLit`` as ``pattern``."""

    op: TextOp
    expr: Expr
    pattern: Expr
    span: Span
    parens: int = field(default=0, compare=False)
    ignoring_case: bool = False
    case_span: Span | None = None


@dataclass(frozen=True, slots=True)
class IsSet:
    expr: Expr
    negated: bool
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class WindowTest:
    """``T WINDOW``: the time value lies in the window; ``negated`` for ``T not WINDOW``."""

    expr: Expr
    window: Window
    negated: bool
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class RankTest:
    """``E in top P%`` / ``E in bottom P%`` (SPEC 4.6)."""

    expr: Expr
    direction: RankDir
    percent: NumberLit
    negated: bool
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class InSegment:
    segment: str
    name_span: Span
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class InStaticList:
    """``in list NAME``: the customer's key is one of a static list's keys
    (``lists:`` in segdsl.yml, SPEC 11).  ``not in list NAME`` is ``Not`` of it."""

    name: str
    name_span: Span
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class EventMatch:
    """``EVENT [with FILTER]`` inside a ``has`` form (and the right side of a named
    event ``event NAME = EVENT with CONDITION``, whose filter is a full condition)."""

    event: str
    event_span: Span
    filter: EventFilter | None
    span: Span
    group: EventGroup | None = None  # several events at once (then ``event`` is its text)


@dataclass(frozen=True, slots=True)
class HasEvent:
    """``has EVENT ...`` or, with ``negated``, ``has no EVENT ...``."""

    match: EventMatch
    window: Window | None
    negated: bool
    span: Span
    parens: int = field(default=0, compare=False)
    anchor: AnchoredWindow | None = None  # ``within D after ANCHOR`` (see Aggregate)


@dataclass(frozen=True, slots=True)
class HasSequence:
    """``has A then [no] B within D [WINDOW]`` (SPEC 4.7)."""

    first: EventMatch
    then: EventMatch
    then_absent: bool
    within: Duration
    window: Window | None
    span: Span
    parens: int = field(default=0, compare=False)


class Lifecycle(enum.StrEnum):
    STOPPED = "stopped"
    RESTARTED = "restarted"


@dataclass(frozen=True, slots=True)
class HasRegular:
    """``has EVENT [with F] in at least K of the last N UNIT`` (SPEC 11: K of the N
    whole periods ending at as-of each hold such an event).  ``negated`` (``has no``)
    and ``ahead`` (``of the next``) parse so that the checker can refuse them."""

    match: EventMatch
    least: NumberLit
    periods: Duration
    negated: bool
    ahead: bool
    span: Span
    parens: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class LifecycleTest:
    """``stopped|restarted EVENT [with F] in last N UNIT`` (SPEC 11).  Any event
    window parses; the checker accepts only ``in last``."""

    kind: Lifecycle
    match: EventMatch
    window: Window
    span: Span
    parens: int = field(default=0, compare=False)


Expr = (
    StringLit | NumberLit | BoolLit | DateLit | TimestampLit | TimeNow | Duration | Ago
    | ListLit | Name | Member | Call | Arith | Neg | Aggregate
    | Or | And | Not | Compare | InList | Between | TextTest | IsSet | WindowTest
    | RankTest | InSegment | InStaticList | HasEvent | HasSequence | HasRegular | LifecycleTest
)


# ------------------------------------------------------------- declarations


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class MetaText:
    """The string of a ``title``/``description``/``owner`` line; ``text`` as written,
    quotes included, ``span`` the whole line from the keyword."""

    value: str
    span: Span
    text: str = field(default="", compare=False)


class Measure(enum.Enum):
    """What an ``expect`` line bounds (SPEC 10)."""

    SIZE = "size"    # the number of members
    SHARE = "share"  # members as a percentage of the population


@dataclass(frozen=True, slots=True)
class Bound:
    """One bound of an expectation, as written: ``1_000`` or ``12.5%``.

    ``value`` is the number (a share's ``12.5%`` is ``12.5``, in percent);
    ``percent`` says whether it was written with ``%``; ``text`` is the number as
    written, with its ``-`` but without ``%`` (``1_000``, ``-0``).
    """

    value: Decimal
    percent: bool
    span: Span
    text: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Expectation:
    """``expect size >= 1000``, ``expect share between 1% and 30%``.

    ``op`` is a comparison operator (``>=``, ``>``, ``<=``, ``<``, ``=``, ``!=``)
    or ``between`` (both ends included), which has two bounds, low first.
    ``span`` covers the whole line from ``expect``; ``measure_span`` and
    ``op_span`` are the word ``size``/``share`` and the operator (``between``
    included), so a formatter or an editor can point at each part.  They default
    to None only so that code building expectations by hand need not invent them;
    the parser always sets them.
    """

    measure: Measure
    op: str
    bounds: tuple[Bound, ...]
    span: Span
    measure_span: Span | None = None
    op_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    title: MetaText | None = None
    description: MetaText | None = None
    owner: MetaText | None = None
    tags: tuple[Tag, ...] = ()
    expectations: tuple[Expectation, ...] = ()


@dataclass(frozen=True, slots=True)
class MetricDecl:
    name: str
    name_span: Span
    expr: Expr
    span: Span
    # `for ENTITY` (SPEC 11): the entity the definition is about; None: the default.
    entity: str | None = None
    entity_span: Span | None = None


@dataclass(frozen=True, slots=True)
class SegmentDecl:
    name: str
    name_span: Span
    meta: Metadata
    condition: Expr
    span: Span
    # `for ENTITY` (SPEC 11): the entity the definition is about; None: the default.
    entity: str | None = None
    entity_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Branch:
    """``LABEL: CONDITION``; ``condition`` is None for ``LABEL: otherwise``."""

    label: str
    label_span: Span
    condition: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class SegmentationDecl:
    name: str
    name_span: Span
    meta: Metadata
    branches: tuple[Branch, ...]
    span: Span
    # `for ENTITY` (SPEC 11): the entity the definition is about; None: the default.
    entity: str | None = None
    entity_span: Span | None = None


@dataclass(frozen=True, slots=True)
class EventDecl:
    """A named event filter (SPEC 11): ``event big_purchase = purchase with amount >= 100``.

    ``base.filter`` is None without ``with``; its condition is in the scope of the
    event (or group, or named event) it filters.
    """

    name: str
    name_span: Span
    base: EventMatch
    span: Span


Declaration = MetricDecl | SegmentDecl | SegmentationDecl | EventDecl


@dataclass(frozen=True, slots=True)
class Comment:
    """A ``# ...`` comment (without the line break).  ``own_line`` when only white
    space comes before it on its line, else it ends a line of code."""

    text: str
    span: Span
    own_line: bool = field(default=False, compare=False)


@dataclass(frozen=True, slots=True)
class Attached:
    """The comments attached to one node (see :mod:`segdsl.syntax.comments`).

    ``leading``: on their own lines before the node; ``trailing``: after the node,
    the first usually at the end of its last line; ``dangling``: inside a node with
    no child to attach them to (``[ # nothing yet``) or after a declaration's header
    (``segment vip  # …``).
    """

    leading: tuple[Comment, ...] = ()
    trailing: tuple[Comment, ...] = ()
    dangling: tuple[Comment, ...] = ()


NO_COMMENTS = Attached()

# A node's identity in a CommentMap: nodes are values (equal when they mean the same
# at the same place, and hashing one hashes its whole subtree), so a node is known by
# its type and the offsets of its span, which no other node of the same type shares.
NodeKey = tuple[type, int, int]


def node_key(node: object) -> NodeKey | None:
    """The key of ``node`` in a :class:`CommentMap`, None for a node without a span."""
    span = getattr(node, "span", None)
    if not isinstance(span, Span):
        return None
    return (type(node), span.start, span.end)


class CommentMap:
    """Which comments belong to which node: leading, trailing or dangling.

    ``of(node)`` answers for any node (``NO_COMMENTS`` when it has none); ``of(source)``
    for the :class:`SourceFile` gives the comments that belong to the file itself (all
    of them in a file without declarations, and those after the last declaration
    that are not indented below it).  Every comment of the file is attached exactly
    once.
    """

    __slots__ = ("_by_node", "_file")

    def __init__(self, by_node: dict[NodeKey, Attached] | None = None,
                 file: Attached = NO_COMMENTS) -> None:
        self._by_node = by_node or {}
        self._file = file

    def of(self, node: object) -> Attached:
        if isinstance(node, SourceFile):
            return self._file
        key = node_key(node)
        if key is None:
            return NO_COMMENTS
        return self._by_node.get(key, NO_COMMENTS)

    def leading(self, node: object) -> tuple[Comment, ...]:
        return self.of(node).leading

    def trailing(self, node: object) -> tuple[Comment, ...]:
        return self.of(node).trailing

    def dangling(self, node: object) -> tuple[Comment, ...]:
        return self.of(node).dangling

    def __len__(self) -> int:
        """How many comments are attached."""
        every = [*self._by_node.values(), self._file]
        return sum(len(a.leading) + len(a.trailing) + len(a.dangling) for a in every)

    def __repr__(self) -> str:
        return f"CommentMap({len(self)} comments on {len(self._by_node)} nodes)"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One parsed ``.seg`` file: what parsed, its comments, and its syntax problems.

    ``tokens`` (every token in text order, comments included, in file positions)
    and ``attached`` (the comments attached to nodes) are derived from the text and
    made when first asked for, then kept: ``check`` needs neither, and keeping a big
    project's tokens alive cost it ~10 %.  Tokens are plain objects: do not change
    them.  None of this takes part in ``==``.
    """

    path: str
    text: str
    declarations: tuple[Declaration, ...]
    comments: tuple[Comment, ...]
    diagnostics: tuple[Diagnostic, ...]
    _derived: dict[str, Any] = field(default_factory=dict, init=False, compare=False,
                                     repr=False)

    @property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the file, as the parser read them (a character no token
        matches, only in a file with syntax errors, has none)."""
        found = self._derived.get("tokens")
        if found is None:
            from segdsl.syntax.parser import scan_tokens  # the parser imports this module

            found = self._derived["tokens"] = scan_tokens(self.text)
        return found

    @property
    def attached(self) -> CommentMap:
        """Which comments belong to which node (see :class:`CommentMap`)."""
        found = self._derived.get("attached")
        if found is None:
            from segdsl.syntax.comments import attach

            found = self._derived["attached"] = (
                attach(self.declarations, self.comments, self.tokens) if self.comments
                else CommentMap())
        return found
