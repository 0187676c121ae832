"""The shared walk of ``explain``: from a definition's syntax tree to sentences.

The walk is the same for every language: it decides what a condition *is*
(a count of purchases, the time of the last event compared with a date, a
customer's attribute compared with a value, a label of a segmentation ...) and
asks the language for the clause, through the hook methods at the end of
:class:`Walker` (``has_clause``, ``time_clause``, ``compare_clause`` ...).  What
a language does with them (word order, cases, which relative pronoun) lives in
its module (:mod:`segdsl.explain.english`, :mod:`segdsl.explain.german`).

A condition becomes a :class:`Clause`, a relative clause about customers:
"who bought ...", "whose 'age' is ...".  Keeping the pronoun apart from the rest
is what lets a conjunction say it once ("who bought ... and have ...") or again
where it changes ("... and whose 'age' is ...").  Inside ``with`` the same
conditions describe events instead ("with 'price' of at least 30"): the walker
then sets :attr:`Walker.event` and the language words the clause as a phrase
after "with".

Metrics are explained by what they compute where that reads better than their
name (``orders_30d > 3`` is "bought more than 3 times in the last 30 days",
``days_since_last_order < 90`` is "whose last purchase was less than 90 days
ago"); any other metric is named.

Definitions about another entity (SPEC 11) have its rows as the subject
(:attr:`Walker.entity`); a count of members compared with a number is one clause
("with at least 3 members who …", :mod:`segdsl.explain.member_words`), its filter
said in the member entity's scope.

The module is over 400 lines because the hooks every language must implement are
declared here, in one list, next to the walk that calls them.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Generic, TypeVar

from segdsl.check.checker import CheckedProject
from segdsl.check.facts import EventRef, MembersRef, SegmentationRef, SegmentRef
from segdsl.check.oracle import TypeOracle
from segdsl.explain.parts import (
    Clause,
    Quantity,
    conjuncts,
    count_of,
    disjuncts,
    is_constant,
    metric_expr,
)
from segdsl.project.model import EventType
from segdsl.syntax import ast
from segdsl.syntax.walk import iter_nodes

# Events that read as "bought" / "gekauft" and "purchase" / "Kauf"; any other event
# is named as written, in quotes ("customers with at least one 'page_view' event").
BUY_EVENTS = frozenset({"purchase", "purchases", "order", "orders"})

Op = ast.CompareOp
# `not (a OP b)` is `a INVERSE[OP] b`, or a not set; `days_since(t) OP n` is
# `t MIRROR[OP] n days ago`.
INVERSE = {Op.EQ: Op.NE, Op.NE: Op.EQ, Op.LT: Op.GE, Op.GE: Op.LT, Op.LE: Op.GT, Op.GT: Op.LE}
MIRROR = {Op.EQ: Op.EQ, Op.NE: Op.NE, Op.LT: Op.GT, Op.GT: Op.LT, Op.LE: Op.GE, Op.GE: Op.LE}

NP = TypeVar("NP")  # a language's noun phrase


class Walker(Generic[NP]):
    """The walk; a language subclass fills in the wording (the hooks)."""

    def __init__(self, checked: CheckedProject) -> None:
        self.checked = checked
        self.types = TypeOracle(checked)
        # Inside `with`: the event whose properties the names are; None outside.
        self.event: EventType | None = None
        # The entity the explained definition is about (SPEC 11): its rows are the
        # subject ("Accounts with at least 3 members who ...").
        self.entity = checked.schema.entity

    # ---------------------------------------------------------- declarations

    def definition(self, name: str) -> str:
        """The explanation of the segment, segmentation or metric ``name``; in a
        project with a time zone, one that takes a day, a date or a calendar period
        ends by naming the zone (SPEC 11), since its meaning depends on it."""
        decl = self.checked.any_declaration(name)
        self.entity = self.checked.entity_of(name) or self.checked.schema.entity
        if name in self.checked.segments:
            text = self.segment(self.checked.segments[name])
        elif name in self.checked.segmentations:
            text = self.segmentation(self.checked.segmentations[name])
        elif name in self.checked.named_events:
            text = self.named_event(self.checked.named_events[name])
        else:
            text = self.metric(self.checked.metrics[name])
        zone = self.checked.timezone
        if zone != "UTC" and decl is not None and uses_calendar(decl):
            text = f"{text} {self.zone_note(zone)}"
        return text

    def zone_note(self, zone: str) -> str:
        """The sentence naming the project's time zone (each language words it)."""
        raise NotImplementedError

    def named_event(self, decl: ast.EventDecl) -> str:
        """A named event (SPEC 11): the events it stands for."""
        raise NotImplementedError

    def segment(self, decl: ast.SegmentDecl) -> str:
        raise NotImplementedError

    def segmentation(self, decl: ast.SegmentationDecl) -> str:
        raise NotImplementedError

    def metric(self, decl: ast.MetricDecl) -> str:
        raise NotImplementedError

    def top(self, node: ast.Expr, excepted: bool = False) -> Clause | None:
        """A whole segment's (or branch's) condition as one clause; None when it
        is a ``not`` that reads best as "all customers except those ..." (then
        ``top(operand, excepted=True)`` is what is excepted)."""
        if isinstance(node, ast.Not) and self.negated(node.operand) is None:
            return None
        if isinstance(node, ast.Or):
            return self.alternatives([self.cond(part) for part in disjuncts(node)], excepted)
        return self.cond(node)

    # ---------------------------------------------------------- conditions

    def cond(self, node: ast.Expr) -> Clause:
        """A condition as a clause about customers (or events, inside ``with``)."""
        method = getattr(self, "c_" + type(node).__name__, None)
        if method is None:  # a boolean value: an attribute, metric, literal, call
            return self.c_truth(node)
        clause: Clause = method(node)
        return clause

    def c_truth(self, node: ast.Expr, negated: bool = False) -> Clause:
        if isinstance(node, ast.BoolLit):
            return self.constant_clause(node.value != negated)
        # `flag` is `flag = true`; `not flag` is `flag = false`, or not set.
        value = ast.BoolLit(not negated, node.span)
        return self.compare_clause(self.value(node), Op.EQ, value, negated, "boolean")

    def c_And(self, node: ast.And) -> Clause:
        return self.join([self.cond(part) for part in conjuncts(node)], "and")

    def c_Or(self, node: ast.Or) -> Clause:
        return self.either([self.cond(part) for part in disjuncts(node)])

    def c_Not(self, node: ast.Not) -> Clause:
        if self.event is not None:
            return self._filter_not(node.operand)
        said = self.negated(node.operand)
        return said if said is not None else self.not_clause(self.cond(node.operand))

    def _filter_not(self, inner: ast.Expr) -> Clause:
        """``not`` inside ``with``: "without ...", with ``and``/``or`` turned
        inside out so that no "without" stands before another negation."""
        if isinstance(inner, ast.Not):
            return self.cond(inner.operand)
        if isinstance(inner, ast.IsSet):
            return self.cond(dataclasses.replace(inner, negated=not inner.negated))
        if isinstance(inner, ast.Or):  # not (a or b): without a and without b
            return self.join([self._filter_not(part) for part in disjuncts(inner)], "and")
        if isinstance(inner, ast.And):
            return self.either([self._filter_not(part) for part in conjuncts(inner)])
        return self.not_clause(self.cond(inner))

    def negated(self, node: ast.Expr) -> Clause | None:
        """``not node`` said positively, or None where only "not among those ..."
        says it (two-valued logic: ``not`` also holds where a value is not set,
        which the language adds as "or not set")."""
        if isinstance(node, ast.Not):
            return self.cond(node.operand)
        if isinstance(node, ast.InList | ast.Between | ast.WindowTest | ast.RankTest
                      | ast.IsSet | ast.HasEvent):
            return self.cond(dataclasses.replace(node, negated=not node.negated))
        if isinstance(node, ast.InSegment):
            return self.segment_clause(self.segment_title(node), True)
        if isinstance(node, ast.InStaticList):
            return self.static_list_clause(node.name, self.list_source(node), True)
        if isinstance(node, ast.HasRegular):
            return self.regular_clause(node, True)
        if isinstance(node, ast.Compare) and is_constant(node.right):
            return self.c_Compare(node, negated=True)
        if isinstance(node, ast.TextTest):
            return self.c_TextTest(node, negated=True)
        if not self.is_condition(node):  # a boolean value
            return self.c_truth(node, negated=True)
        return None

    def c_Compare(self, node: ast.Compare, negated: bool = False) -> Clause:
        return self._case(node, self._compare(node, negated))

    def _case(self, node: ast.Compare | ast.InList | ast.TextTest, clause: Clause) -> Clause:
        """A test ``ignoring case`` says so after its clause; the note ends it, so no
        later clause may take over its final verb (German)."""
        if not node.ignoring_case:
            return clause
        note = self.case_note()

        def noted(text: str) -> str:
            # One parenthesis, not two: "(ignoring case, or not set)" (a caveat holds
            # no quoted value; a value's parentheses stay as they are).
            at = text.rfind(" (")
            if text.endswith(")") and at >= 0 and not set(text[at:]) & set('"„“'):
                return f"{text[:at]} {note[:-1]}, {text[at + 2:]}"
            return f"{text} {note}"

        return dataclasses.replace(clause, body=noted(clause.body), verb=None,
                                   alt=None if clause.alt is None else noted(clause.alt))

    def _compare(self, node: ast.Compare, negated: bool) -> Clause:
        op = INVERSE[node.op] if negated else node.op
        left, right = self.unfold(node.left), node.right
        if isinstance(right, ast.NumberLit):
            special = self._numeric_form(left, op, right.value, negated)
            if special is not None:
                return special
        if isinstance(right, ast.StringLit) and right.value == "" and op in (Op.EQ, Op.NE):
            return self.length_clause(self.value(node.left), op, Decimal(0), negated)  # empty
        if self.is_segmentation(node.left) and isinstance(right, ast.StringLit) \
                and op in (Op.EQ, Op.NE):
            assert isinstance(node.left, ast.Name)
            mode = "is" if op is Op.EQ else "not" if negated else "other"
            return self.label_clause(node.left.name, [right.value], mode)
        if self.kind(node.left) == "time":
            return self.time_clause(self.moment(node.left), op, right, negated)
        return self.compare_clause(self.value(node.left), op, right, negated,
                                   self.kind(node.left))

    def _numeric_form(self, left: ast.Expr, op: ast.CompareOp, amount: Decimal,
                      negated: bool) -> Clause | None:
        """Counts, lengths, elapsed days and years, ntile groups compared with a
        number: each has words of its own."""
        counted = count_of(left)
        if counted is not None:
            ref = self.members_ref(counted)
            if ref is None:
                return self.counted(counted, op, amount)
            if ref.function == "count":  # count(members [with C])
                return self.members_count_clause(ref.members.name, self.member_filter(ref),
                                                 Quantity(op, amount))
            return None  # the members' events counted: a value like any other
        if not isinstance(left, ast.Call) or not left.args:
            return None
        arg = left.args[0]
        if left.function == "length" and self.kind(arg) == "list":
            return self.element_count_clause(self.value(arg), op, amount, negated)
        if left.function == "length":
            return self.length_clause(self.value(arg), op, amount, negated)
        unit = {"days_since": ast.Unit.DAY, "years_since": ast.Unit.YEAR}.get(left.function)
        if unit is not None and amount == amount.to_integral_value() and amount >= 0:
            duration = ast.Duration(int(amount), unit, left.span)
            return self.time_clause(self.moment(arg), MIRROR[op], ast.Ago(duration, left.span),
                                    negated)
        if left.function == "ntile" and len(left.args) == 2 \
                and isinstance(left.args[1], ast.NumberLit):
            return self.ntile_clause(self.value(arg), left.args[1].value, op, amount, negated)
        return None

    def counted(self, agg: ast.Aggregate, op: ast.CompareOp, amount: Decimal) -> Clause:
        """``count(EVENT ...) OP n``: none and some read as ``has``."""
        if (op, amount) in ((Op.EQ, Decimal(0)), (Op.LE, Decimal(0)), (Op.LT, Decimal(1))):
            return self.has_clause(agg.event, agg.filter, agg.window, True, agg.anchor)
        if (op, amount) in ((Op.GE, Decimal(1)), (Op.GT, Decimal(0)), (Op.NE, Decimal(0))):
            return self.has_clause(agg.event, agg.filter, agg.window, False, agg.anchor)
        return self.count_clause(agg.event, agg.filter, agg.window, Quantity(op, amount),
                                 agg.anchor)

    def c_InList(self, node: ast.InList) -> Clause:
        return self._case(node, self._in_list(node))

    def _in_list(self, node: ast.InList) -> Clause:
        items = list(node.items.items)
        if self.is_segmentation(node.expr) and all(isinstance(i, ast.StringLit) for i in items):
            assert isinstance(node.expr, ast.Name)
            labels = [i.value for i in items if isinstance(i, ast.StringLit)]
            return self.label_clause(node.expr.name, labels, "not" if node.negated else "is")
        kind = self.kind(node.expr)
        subject = self.moment(node.expr) if kind == "time" else self.value(node.expr)
        return self.list_clause(subject, items, node.negated, kind)

    def c_Between(self, node: ast.Between) -> Clause:
        counted = count_of(self.unfold(node.expr))
        ref = None if counted is None else self.members_ref(counted)
        if counted is not None and ref is not None and ref.function == "count" \
                and not node.negated and isinstance(node.low, ast.NumberLit) \
                and isinstance(node.high, ast.NumberLit):
            return self.members_count_clause(ref.members.name, self.member_filter(ref),
                                             Quantity(None, node.low.value, node.high.value))
        if ref is not None:
            counted = None
        if counted is not None and not node.negated and isinstance(node.low, ast.NumberLit) \
                and isinstance(node.high, ast.NumberLit):
            quantity = Quantity(None, node.low.value, node.high.value)
            return self.count_clause(counted.event, counted.filter, counted.window, quantity,
                                     counted.anchor)
        kind = self.kind(node.expr)
        if kind == "time":
            window = ast.BetweenWindow(node.low, node.high, node.span)
            return self.window_clause(self.moment(node.expr), window, node.negated)
        return self.between_clause(self.value(node.expr), node.low, node.high, node.negated)

    def c_TextTest(self, node: ast.TextTest, negated: bool = False) -> Clause:
        if self.kind(node.expr) == "list":
            items = node.pattern.items if isinstance(node.pattern, ast.ListLit) \
                else (node.pattern,)
            return self.elements_clause(self.value(node.expr), node.op,
                                        [self.value(item) for item in items], negated)
        return self._case(node, self.text_clause(self.value(node.expr), node.op,
                                                 self.value(node.pattern), negated))

    def c_IsSet(self, node: ast.IsSet) -> Clause:
        if self.is_segmentation(node.expr):
            assert isinstance(node.expr, ast.Name)
            return self.label_clause(node.expr.name, [], "unset" if node.negated else "set")
        agg = self.unfold(node.expr)
        if isinstance(agg, ast.Aggregate) and agg.function in (ast.AggFn.FIRST, ast.AggFn.LAST) \
                and agg.prop is None:  # the time of the first purchase is set: bought
            return self.has_clause(agg.event, agg.filter, agg.window, node.negated, agg.anchor)
        return self.set_clause(self.value(node.expr), node.negated)

    def c_WindowTest(self, node: ast.WindowTest) -> Clause:
        return self.window_clause(self.moment(node.expr), node.window, node.negated)

    def c_RankTest(self, node: ast.RankTest) -> Clause:
        return self.rank_clause(self.value(node.expr), node.direction, node.percent.value,
                                node.negated)

    def c_InSegment(self, node: ast.InSegment) -> Clause:
        return self.segment_clause(self.segment_title(node), False)

    def c_InStaticList(self, node: ast.InStaticList) -> Clause:
        return self.static_list_clause(node.name, self.list_source(node), False)

    def list_source(self, node: ast.InStaticList) -> str:
        """Where the list comes from, as segdsl.yml says: ``file lists/fair.csv``."""
        found = self.checked.static_lists.get(node.name)
        return "" if found is None else found.source.described

    def c_HasEvent(self, node: ast.HasEvent) -> Clause:
        return self.has_clause(node.match.event, node.match.filter, node.window, node.negated,
                               node.anchor)

    def c_HasSequence(self, node: ast.HasSequence) -> Clause:
        return self.sequence_clause(node)

    def c_HasRegular(self, node: ast.HasRegular) -> Clause:
        return self.regular_clause(node, False)

    def c_LifecycleTest(self, node: ast.LifecycleTest) -> Clause:
        return self.lifecycle_clause(node)

    # ---------------------------------------------------------- values

    def value(self, node: ast.Expr) -> NP:
        """A value as a noun phrase of the language."""
        method = getattr(self, "v_" + type(node).__name__, None)
        if method is None:  # a condition used as a value: say it as a clause
            return self.as_value(self.cond(node))
        phrase: NP = method(node)
        return phrase

    def moment(self, node: ast.Expr) -> NP:
        """A time value as the thing it is the time of: ``last(purchase)`` is "the
        last purchase" (which "was" in the last 30 days), ``date(t)`` is ``t``
        (compared by its day anyway)."""
        unfolded = self.unfold(node)
        if isinstance(unfolded, ast.Call) and unfolded.function == "date" \
                and len(unfolded.args) == 1:
            return self.moment(unfolded.args[0])
        if isinstance(unfolded, ast.Aggregate) and unfolded.prop is None \
                and unfolded.function in (ast.AggFn.FIRST, ast.AggFn.LAST):
            return self.event_phrase(unfolded)
        return self.value(node)

    def filter_clause(self, event: str, found: ast.EventFilter | None) -> Clause | None:
        """The ``with`` condition of ``event`` as a clause about its events."""
        if found is None or found.condition is None:
            return None
        saved = self.event
        binding = self.checked.facts.binding_of(found)  # the event the filter is of
        self.event = binding.event if isinstance(binding, EventRef) else None
        try:
            return self.cond(found.condition)
        finally:
            self.event = saved

    # ---------------------------------------------------------- members (SPEC 11)

    def members_ref(self, node: ast.Expr) -> MembersRef | None:
        """The member aggregate ``node`` is (``count(members with C)``,
        ``sum(members.seats)``, ``sum(members.purchase.amount)``), if it is one."""
        binding = self.checked.facts.binding_of(node)
        return binding if isinstance(binding, MembersRef) else None

    def member_filter(self, ref: MembersRef) -> Clause | None:
        """Which members count (``with C``) as a clause about the members, said in
        the member entity's scope; None for all of them."""
        if ref.filter is None:
            return None
        saved = self.event
        self.event = None
        try:
            return self.cond(ref.filter)
        finally:
            self.event = saved

    def members_count_clause(self, relation: str, member: Clause | None,
                             quantity: Quantity) -> Clause:
        """``count(members [with C]) OP n``: "with at least 3 members who ..."
        (``member``: the clause C says about a member, None without C)."""
        raise NotImplementedError

    # ---------------------------------------------------------- helpers

    def kind(self, node: ast.Expr) -> str:
        """"time", "number", "boolean", "list" or "string": the type of a value of the tree,
        as the checker recorded it (the oracle infers a node made here, remembering
        it by identity, so ask only about nodes that stay alive)."""
        found = self.types.of(node, self.event)
        if found.is_time:
            return "time"
        if found.is_numeric:
            return "number"
        if found.is_list:
            return "list"
        return "boolean" if found.is_boolean else "string"

    def unfold(self, node: ast.Expr) -> ast.Expr:
        """The expression a metric name stands for when that has words of its own
        (a count, the time of an event, a length, days since ...), else the node."""
        found = metric_expr(self.checked, node)
        if count_of(found) is not None or (
                isinstance(found, ast.Aggregate) and found.prop is None
                and found.function in (ast.AggFn.FIRST, ast.AggFn.LAST)) or (
                isinstance(found, ast.Call)
                and found.function in ("length", "days_since", "years_since", "ntile", "date")):
            return found
        return node

    def is_condition(self, node: ast.Expr) -> bool:
        """Whether the node is a condition (not a value that may be a boolean)."""
        return hasattr(self, "c_" + type(node).__name__)

    def is_segmentation(self, node: ast.Expr) -> bool:
        """A segmentation's name (never inside ``with``: there names are properties)."""
        return isinstance(self.checked.facts.binding_of(node), SegmentationRef)

    def segment_title(self, node: ast.InSegment) -> str:
        binding = self.checked.facts.binding_of(node)
        if isinstance(binding, SegmentRef) and binding.decl.meta.title is not None:
            return binding.decl.meta.title.value
        return node.segment

    @staticmethod
    def is_buy(event: str) -> bool:
        return event in BUY_EVENTS

    # ---------------------------------------------------------- the language's hooks

    def case_note(self) -> str:
        """What a test ``ignoring case`` adds after its clause: "(ignoring case)"."""
        raise NotImplementedError

    def join(self, clauses: list[Clause], word: str) -> Clause:
        """Clauses joined by "and"/"or" (``word``), each pronoun said once per run."""
        raise NotImplementedError

    def alternatives(self, clauses: list[Clause], excepted: bool) -> Clause:
        """A whole condition that is an ``or``: "whose ... or whose ...", and where
        a part is an ``and``, "..., or those whose ... and ..." (``excepted``: after
        "all customers except")."""
        raise NotImplementedError

    def either(self, clauses: list[Clause]) -> Clause:
        """An ``or`` inside a larger condition: "either ... or ..."."""
        raise NotImplementedError

    def not_clause(self, clause: Clause) -> Clause:
        raise NotImplementedError

    def constant_clause(self, value: bool) -> Clause:
        raise NotImplementedError

    def as_value(self, clause: Clause) -> NP:
        raise NotImplementedError

    def has_clause(self, event: str, found: ast.EventFilter | None, window: ast.Window | None,
                   negated: bool, anchor: ast.AnchoredWindow | None = None) -> Clause:
        raise NotImplementedError

    def count_clause(self, event: str, found: ast.EventFilter | None,
                     window: ast.Window | None, quantity: Quantity,
                     anchor: ast.AnchoredWindow | None = None) -> Clause:
        raise NotImplementedError

    def sequence_clause(self, node: ast.HasSequence) -> Clause:
        raise NotImplementedError

    def regular_clause(self, node: ast.HasRegular, negated: bool) -> Clause:
        """``has EVENT in at least K of the last N UNIT`` (negated: fewer than K)."""
        raise NotImplementedError

    def lifecycle_clause(self, node: ast.LifecycleTest) -> Clause:
        """``stopped`` / ``restarted EVENT in last N UNIT``."""
        raise NotImplementedError

    def segment_clause(self, title: str, negated: bool) -> Clause:
        raise NotImplementedError

    def static_list_clause(self, name: str, source: str, negated: bool) -> Clause:
        """``in list NAME``: the customer is (not) in the static list; ``source``
        is where it comes from (``file lists/fair.csv``)."""
        raise NotImplementedError

    def label_clause(self, segmentation: str, labels: list[str], mode: str) -> Clause:
        """``mode``: "is" (one of the labels), "not" (none of them, or no label),
        "other" (a label, not this one), "set" (any label), "unset" (no label)."""
        raise NotImplementedError

    def rank_clause(self, subject: NP, direction: ast.RankDir, percent: Decimal,
                    negated: bool) -> Clause:
        raise NotImplementedError

    def ntile_clause(self, subject: NP, groups: Decimal, op: ast.CompareOp, group: Decimal,
                     or_unset: bool) -> Clause:
        raise NotImplementedError

    def length_clause(self, subject: NP, op: ast.CompareOp, amount: Decimal,
                      or_unset: bool) -> Clause:
        raise NotImplementedError

    def time_clause(self, subject: NP, op: ast.CompareOp, bound: ast.Expr,
                    or_unset: bool) -> Clause:
        raise NotImplementedError

    def window_clause(self, subject: NP, window: ast.Window, negated: bool) -> Clause:
        raise NotImplementedError

    def compare_clause(self, subject: NP, op: ast.CompareOp, right: ast.Expr, or_unset: bool,
                       kind: str) -> Clause:
        raise NotImplementedError

    def list_clause(self, subject: NP, items: list[ast.Literal], negated: bool,
                    kind: str) -> Clause:
        raise NotImplementedError

    def between_clause(self, subject: NP, low: ast.Expr, high: ast.Expr,
                       negated: bool) -> Clause:
        raise NotImplementedError

    def text_clause(self, subject: NP, op: ast.TextOp, pattern: NP, negated: bool) -> Clause:
        raise NotImplementedError

    def elements_clause(self, subject: NP, op: ast.TextOp, items: list[NP],
                        negated: bool) -> Clause:
        """A list holds one value (``contains``), any or all of several."""
        raise NotImplementedError

    def element_count_clause(self, subject: NP, op: ast.CompareOp, amount: Decimal,
                             or_unset: bool) -> Clause:
        """``length(L)`` of a list compared with a number."""
        raise NotImplementedError

    def set_clause(self, subject: NP, negated: bool) -> Clause:
        raise NotImplementedError

    def event_phrase(self, agg: ast.Aggregate) -> NP:
        """``first``/``last`` of an event as the event itself ("the last purchase")."""
        raise NotImplementedError


_CALENDAR_CALLS = frozenset({"date", "days_since", "years_since"})


def uses_calendar(decl: ast.Declaration) -> bool:
    """Whether ``decl`` names a notion the project's time zone changes (SPEC 11): a
    date, ``today``, a calendar period, a step back from as-of, time arithmetic, or a
    function that takes days."""
    # Lengths of windows are exact for minutes to weeks; only months and years of
    # them are calendar steps.
    lengths = {id(node.duration) for node in iter_nodes(decl)
               if isinstance(node, ast.LastWindow | ast.NextWindow)}
    lengths |= {id(node.within) for node in iter_nodes(decl)
                if isinstance(node, ast.HasSequence)}
    for node in iter_nodes(decl):
        if isinstance(node, ast.DateLit | ast.PeriodWindow | ast.Ago):
            return True
        if isinstance(node, ast.Duration) and (
                node.unit.is_calendar if id(node) in lengths
                else node.unit not in (ast.Unit.MINUTE, ast.Unit.HOUR)):
            return True
        if isinstance(node, ast.TimeNow) and node.keyword is ast.TimeKeyword.TODAY:
            return True
        if isinstance(node, ast.Call) and node.function in _CALENDAR_CALLS:
            return True
    return False
