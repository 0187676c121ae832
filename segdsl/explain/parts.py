"""The pieces of ``explain`` that are not a walk: the :class:`Clause` a condition
becomes, a count's :class:`Quantity`, and small questions about the tree (is this
``N UNIT ago``, a count of events, a constant) and about numbers and lists."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from segdsl.check.checker import CheckedProject
from segdsl.check.facts import MetricRef
from segdsl.syntax import ast


@dataclass(frozen=True, slots=True)
class Clause:
    """A relative clause about customers (or, inside ``with``, about events).

    ``pronoun`` introduces it ("who", "whose", "for whom"; "die", "deren", "bei
    denen"; "with"/"mit" in a filter); "" when ``body`` says everything.
    ``alt`` is the same clause after the pronoun that takes any subject ("for
    whom the account's 'industry' is ..."), where there is one: an ``or`` of
    such clauses shares it.  ``verb`` is the final verb a German clause may leave
    to the next one with the same ``verb`` ("gekauft und ... nichts gekauft
    haben"); a sense after a slash keeps apart what only looks alike ("haben/aux"
    after a participle, "haben" of possession: "gekauft und ein Ereignis haben"
    would be wrong); ``nested`` says the
    clause ends in a clause of its own (German closes it with a comma);
    ``closed`` says a following clause must name its pronoun again (after an
    ``or``); ``compound`` marks an ``and`` of several clauses, which an ``or``
    sets off with a comma ("either A and B, or C").
    """

    pronoun: str
    body: str
    alt: str | None = None
    verb: str | None = None
    nested: bool = False
    closed: bool = False
    compound: bool = False

    def text(self) -> str:
        return f"{self.pronoun} {self.body}" if self.pronoun else self.body


@dataclass(frozen=True, slots=True)
class Quantity:
    """How many events a count asks for: ``op amount``, or between ``amount``
    and ``high`` (both included) when ``op`` is None."""

    op: ast.CompareOp | None
    amount: Decimal
    high: Decimal | None = None

    @property
    def one(self) -> bool:
        """Whether the noun is singular ("exactly 1 purchase")."""
        return self.op is not None and self.amount == 1


# ------------------------------------------------------------------ tree helpers


def metric_expr(checked: CheckedProject, node: ast.Expr) -> ast.Expr:
    """The expression a metric name stands for (unfolded), else the node."""
    seen: set[str] = set()
    binding = checked.facts.binding_of(node)
    while isinstance(binding, MetricRef) and binding.decl.name not in seen:
        seen.add(binding.decl.name)
        node = binding.decl.expr
        binding = checked.facts.binding_of(node)
    return node


def count_of(node: ast.Expr) -> ast.Aggregate | None:
    """``count(EVENT ...)`` (events, not distinct values), else None."""
    if isinstance(node, ast.Aggregate) and node.function is ast.AggFn.COUNT \
            and node.prop is None and not node.distinct:
        return node
    return None


def is_constant(node: ast.Expr) -> bool:
    """A value that is always set: a literal, ``today``/``now``, ``N days ago``."""
    if isinstance(node, ast.Neg):
        return is_constant(node.operand)
    if isinstance(node, ast.Arith):
        return is_constant(node.left) and is_constant(node.right)
    return isinstance(node, ast.StringLit | ast.NumberLit | ast.BoolLit | ast.DateLit
                      | ast.TimestampLit | ast.TimeNow | ast.Duration | ast.Ago | ast.ListLit)


def as_ago(node: ast.Expr) -> ast.Duration | None:
    """The duration of ``N UNIT ago`` or of ``now - N UNIT`` (the same instant)."""
    if isinstance(node, ast.Ago):
        return node.duration
    if isinstance(node, ast.Arith) and node.op is ast.ArithOp.SUB \
            and isinstance(node.left, ast.TimeNow) and node.left.keyword is ast.TimeKeyword.NOW \
            and isinstance(node.right, ast.Duration):
        return node.right
    return None


def ago_range(low: ast.Expr, high: ast.Expr) -> tuple[int, int, ast.Unit] | None:
    """``between 180 days ago and 90 days ago`` as (90, 180, day), the nearer
    first, when both ends are ``N UNIT ago`` in one unit."""
    a, b = as_ago(low), as_ago(high)
    if a is None or b is None or a.unit is not b.unit:
        return None
    return min(a.amount, b.amount), max(a.amount, b.amount), a.unit


def precedence(node: ast.Expr) -> int:
    """How tightly an arithmetic node binds (words need parentheses where a
    looser operation sits under a tighter one)."""
    if isinstance(node, ast.Arith):
        return 1 if node.op in (ast.ArithOp.ADD, ast.ArithOp.SUB) else 2
    return 3


def needs_parens(parent: ast.Arith, child: ast.Expr, right: bool) -> bool:
    mine, theirs = precedence(parent), precedence(child)
    return theirs < mine or (right and theirs == mine and isinstance(child, ast.Arith))


def conjuncts(node: ast.Expr) -> list[ast.Expr]:
    """``a and b and c`` as [a, b, c] (a parenthesized ``and`` is flattened too:
    the sentence reads the same)."""
    if isinstance(node, ast.And):
        return [*conjuncts(node.left), *conjuncts(node.right)]
    return [node]


def disjuncts(node: ast.Expr) -> list[ast.Expr]:
    if isinstance(node, ast.Or):
        return [*disjuncts(node.left), *disjuncts(node.right)]
    return [node]


def plural(word: str) -> str:
    """An entity's name as an English plural noun: the subject of its definitions
    (``account`` -> "accounts", ``company`` -> "companies")."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def number(value: Decimal, decimal_mark: str, group: str) -> str:
    """A number as written, with thousands grouped (``1800`` -> ``1,800``)."""
    sign = "-" if value < 0 else ""
    text = format(abs(value).normalize(), "f") if value != value.to_integral_value() \
        else str(int(abs(value)))
    whole, _, fraction = text.partition(".")
    if len(whole) > 3:
        parts: list[str] = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = group.join([whole, *parts])
    return sign + whole + (decimal_mark + fraction if fraction else "")


def label(name: str) -> str:
    """A schema or metric name read aloud: ``lifetime_value`` -> ``lifetime_value``
    in quotes, so that nothing is guessed about what it means."""
    return f"'{name}'"


def event_noun(event: str, noun: str) -> str:
    """An event with its noun, in English: ``'page_view' event``; a group of
    events (SPEC 11) ``'email_open' or 'email_click' event``; ``any event`` the
    noun alone."""
    return _event_words(event, "or") + f" {noun}" if event != "any event" else noun


def ereignis(event: str, noun: str) -> str:
    """The same in German, as a compound: ``'page_view'-Ereignis``;
    ``'email_open'- oder 'email_click'-Ereignis``; ``any event`` the noun alone."""
    if event == "any event":
        return noun
    return _event_words(event, "oder", "-") + f"-{noun}"


def _event_words(event: str, word: str, joint: str = "") -> str:
    if event.startswith("(") and event.endswith(")"):
        return f"{joint} {word} ".join(label(name) for name in event[1:-1].split(" or "))
    return label(event)


def listing(parts: list[str], word: str) -> str:
    """``a, b or c``."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def series(parts: list[str], commas: list[bool], word: str) -> str:
    """``a, b and c``; ``commas[i]`` puts a comma before the word that follows part
    i (after a clause of its own in German, around an ``and`` inside an ``or``)."""
    text = parts[0]
    for index in range(1, len(parts)):
        if index < len(parts) - 1:
            text += ", "
        else:
            text += f", {word} " if commas[index - 1] else f" {word} "
        text += parts[index]
    return text


def printable(text: str) -> str:
    """A text with its control characters escaped (a tab as \\t)."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
