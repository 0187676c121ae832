"""English wording of ``explain`` (the walk is :mod:`segdsl.explain.walker`).

A customer's own value reads "whose X is ...", anything else "for whom X is
..."; what customers did reads "who bought ...", "who have at least one 'x'
event ...".  Inside ``with`` the same conditions read as "with 'price' of at
least 30".  Times of events are the events ("whose last purchase was more than
180 days ago").  Noun phrases are :mod:`segdsl.explain.english_values`.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from segdsl.explain import member_words
from segdsl.explain import regularity_words as words
from segdsl.explain.english_values import NP, EnglishValues, dur, past
from segdsl.explain.parts import (
    Clause,
    Quantity,
    ago_range,
    as_ago,
    event_noun,
    label,
    listing,
    number,
    plural,
    series,
)
from segdsl.syntax import ast

Op = ast.CompareOp

_IS = {Op.EQ: "", Op.NE: "not ", Op.LT: "less than ", Op.LE: "at most ", Op.GT: "more than ",
       Op.GE: "at least "}
_OF = {Op.EQ: "of ", Op.NE: "other than ", Op.LT: "of less than ", Op.LE: "of at most ",
       Op.GT: "of more than ", Op.GE: "of at least "}
_SORTS = {Op.LT: ("sorts before {0}", "sorting before {0}"),
          Op.LE: ("is {0} or sorts before it", "sorting before {0} or equal to it"),
          Op.GT: ("sorts after {0}", "sorting after {0}"),
          Op.GE: ("is {0} or sorts after it", "sorting after {0} or equal to it")}
_HOW_MANY = {Op.EQ: "exactly", Op.NE: "exactly", Op.LT: "fewer than", Op.LE: "at most",
             Op.GT: "more than", Op.GE: "at least"}
_LONG = {Op.EQ: "exactly", Op.NE: "not exactly", Op.LT: "less than", Op.LE: "at most",
         Op.GT: "more than", Op.GE: "at least"}
_TEXT = {ast.TextOp.CONTAINS: ("contains", "does not contain", "containing"),
         ast.TextOp.STARTS_WITH: ("starts with", "does not start with", "starting with"),
         ast.TextOp.ENDS_WITH: ("ends with", "does not end with", "ending with"),
         ast.TextOp.MATCHES: ("matches the pattern", "does not match the pattern",
                              "matching the pattern")}
_SHARED = ("who", "for whom", "with")


def _neither(words: list[str]) -> str:
    if len(words) == 1:
        return "not " + words[0]
    return "neither " + ", ".join(words[:-1]) + " nor " + words[-1]


class English(EnglishValues):
    # ------------------------------------------------------------ declarations

    def zone_note(self, zone: str) -> str:
        return f"(Days, dates and calendar periods are those of {zone}.)"

    def _nouns(self) -> tuple[str, str]:
        """The subject of the definition: "customers", "accounts" (SPEC 11), and
        its capitalized form."""
        many = plural(self.entity)
        return many, many[:1].upper() + many[1:]

    def segment(self, decl: ast.SegmentDecl) -> str:
        many, head = self._nouns()
        return self._customers(decl.condition, head, f"All {many}") + "."

    def segmentation(self, decl: ast.SegmentationDecl) -> str:
        parts = []
        for branch in decl.branches:
            if branch.condition is None:
                parts.append(f"otherwise {branch.label}")
            else:
                many, _ = self._nouns()
                said = self._customers(branch.condition, many, f"all {many}")
                parts.append(f"{branch.label}: {said}")
        return "; ".join(parts) + "."

    def named_event(self, decl: ast.EventDecl) -> str:
        base = decl.base
        events = "purchases" if self.is_buy(base.event) else event_noun(base.event, "events")
        return (f"{label(decl.name)} stands for {events}"
                f"{self._filter(base.event, base.filter)}.")

    def metric(self, decl: ast.MetricDecl) -> str:
        many, _ = self._nouns()
        if self.is_condition(decl.expr):  # a flag: true for the rows it describes
            said = self._customers(decl.expr, many, f"all {many}")
            return f"{label(decl.name)} is true for {said}, otherwise false."
        return f"{label(decl.name)} is {self.value(decl.expr).text}, per {self.entity}."

    def _customers(self, node: ast.Expr, head: str, every: str) -> str:
        if isinstance(node, ast.BoolLit):
            many, _ = self._nouns()
            return every if node.value else ("No" if every[0].isupper() else "no") + f" {many}"
        clause = self.top(node)
        if clause is None:
            assert isinstance(node, ast.Not)
            excepted = self.top(node.operand, excepted=True) or self.cond(node.operand)
            return f"{every} except those {excepted.text()}"
        return f"{head} {clause.text()}"

    # ------------------------------------------------------------ joining

    def join(self, clauses: list[Clause], word: str) -> Clause:
        parts: list[str] = []
        previous: str | None = None
        for clause in clauses:
            parts.append(clause.body if parts and clause.pronoun == previous else clause.text())
            previous = None if clause.closed or clause.pronoun not in _SHARED else clause.pronoun
        first = clauses[0]
        commas = [word == "or" and (a.compound or b.compound) for a, b in pairwise(clauses)]
        body = series([first.body, *parts[1:]], [*commas, False], word)
        alt = None
        if word == "and" and all(c.alt for c in clauses):
            alt = listing([c.alt or "" for c in clauses], word)
        return Clause(first.pronoun, body, alt=alt, closed=word == "or",
                      compound=word == "and" and len(clauses) > 1)

    def alternatives(self, clauses: list[Clause], excepted: bool) -> Clause:
        if not any(clause.compound for clause in clauses):
            return self.join(clauses, "or")
        return Clause("", ", or those ".join(clause.text() for clause in clauses), closed=True)

    def either(self, clauses: list[Clause]) -> Clause:
        pronouns = {clause.pronoun for clause in clauses}
        commas = [a.compound or b.compound for a, b in pairwise(clauses)] + [False]
        if len(pronouns) == 1 and clauses[0].pronoun in _SHARED:
            body = "either " + series([clause.body for clause in clauses], commas, "or")
            return Clause(clauses[0].pronoun, body, closed=True)
        if all(clause.alt for clause in clauses):
            body = "either " + series([clause.alt or "" for clause in clauses], commas, "or")
            return Clause("for whom", body, closed=True)
        joined = self.join(clauses, "or")
        return Clause(joined.pronoun, "either " + joined.body, closed=True)

    def not_clause(self, clause: Clause) -> Clause:
        if self.event is not None:
            return Clause("without", clause.body if clause.pronoun == "with" else clause.text())
        return Clause("who", f"are not among those {clause.text()}")

    def constant_clause(self, value: bool) -> Clause:
        if self.event is not None:
            return Clause("", "of any kind" if value else "of no kind")
        return Clause("who", "are any customer" if value else "are no customer")

    def as_value(self, clause: Clause) -> NP:
        pronoun = {"who": "they", "whose": "their", "for whom": ""}.get(clause.pronoun, "")
        return NP(f"whether {pronoun} {clause.body}".replace("  ", " "))

    # ------------------------------------------------------------ members (SPEC 11)

    def members_count_clause(self, relation: str, member: Clause | None,
                             quantity: Quantity) -> Clause:
        return member_words.english_count(relation, member, quantity)

    # ------------------------------------------------------------ events

    def has_clause(self, event: str, found: ast.EventFilter | None, window: ast.Window | None,
                   negated: bool, anchor: ast.AnchoredWindow | None = None) -> Clause:
        with_ = self._filter(event, found) + self._anchored(anchor)
        tail = with_ + self._window(window)
        if self.is_buy(event) and not with_:
            if window is None:
                return Clause("who", "have never bought" if negated else "have ever bought")
            if past(window):
                return Clause("who", ("did not buy" if negated else "bought") + tail)
            return Clause("who", ("have not bought" if negated else "have bought") + tail)
        if self.is_buy(event):
            return Clause("who", ("made no purchase" if negated
                                  else "made at least one purchase") + tail)
        return Clause("who", f"have {'no' if negated else 'at least one'} "
                             f"{event_noun(event, 'event')}{tail}")

    def count_clause(self, event: str, found: ast.EventFilter | None,
                     window: ast.Window | None, quantity: Quantity,
                     anchor: ast.AnchoredWindow | None = None) -> Clause:
        with_ = self._filter(event, found) + self._anchored(anchor)
        tail = with_ + self._window(window)
        q = quantity
        how_many = (f"between {number(q.amount, '.', ',')} and "
                    f"{number(q.high or Decimal(0), '.', ',')}" if q.op is None
                    else f"{_HOW_MANY[q.op]} {number(q.amount, '.', ',')}")
        negative = q.op is Op.NE
        if self.is_buy(event) and not with_:
            times = (how_many.replace(" 1", " once") if q.one and q.op is not None
                     else how_many + " times")
            return Clause("who", f"{'did not buy' if negative else 'bought'} {times}{tail}")
        if self.is_buy(event):
            noun = "purchase" if q.one else "purchases"
            verb = "did not make" if negative else "made"
            return Clause("who", f"{verb} {how_many} {noun}{tail}")
        noun = event_noun(event, 'event' if q.one else 'events')
        return Clause("who", f"{'do not have' if negative else 'have'} {how_many} {noun}{tail}")

    def sequence_clause(self, node: ast.HasSequence) -> Clause:
        first = self._one(node.first, "a")
        then = self._one(node.then, "a")
        head = ("made " if self.is_buy(node.first.event) else "have ") + first
        within = dur(node.within)
        window = self._window(node.window)
        if node.then_absent:
            return Clause("who", f"{head}{window} that was not followed by {then} "
                                 f"within {within}")
        return Clause("who", f"{head}{window} followed by {then} within {within}")

    def _one(self, match: ast.EventMatch, article: str) -> str:
        with_ = self._filter(match.event, match.filter)
        if self.is_buy(match.event):
            return f"{article} purchase{with_}"
        if article == "a" and match.event[:1].lower() in "aeiou":
            article = "an"
        return f"{article} {event_noun(match.event, 'event')}{with_}"

    def regular_clause(self, node: ast.HasRegular, negated: bool) -> Clause:
        match = node.match
        return words.english_regular(node, self.is_buy(match.event),
                                  self._filter(match.event, match.filter), negated)

    def lifecycle_clause(self, node: ast.LifecycleTest) -> Clause:
        match = node.match
        return words.english_lifecycle(node, self.is_buy(match.event),
                                    self._filter(match.event, match.filter))

    # ------------------------------------------------------------ customers' kinds

    def segment_clause(self, title: str, negated: bool) -> Clause:
        return Clause("who", f"are {'not ' if negated else ''}in the segment '{title}'")

    def static_list_clause(self, name: str, source: str, negated: bool) -> Clause:
        where = f" ({source})" if source else ""
        return Clause("who", f"are {'not ' if negated else ''}in the list {name}{where}")

    def label_clause(self, segmentation: str, labels: list[str], mode: str) -> Clause:
        name = label(segmentation)
        if mode == "set":
            return Clause("who", f"have a {name} label")
        if mode == "unset":
            return Clause("who", f"have no {name} label")
        if mode == "other":
            return Clause("who", f"have a {name} label other than {labels[0]}")
        word = "are labelled" if mode == "is" else "are not labelled"
        return Clause("who", f"{word} {listing(labels, 'or')} by {name}")

    def rank_clause(self, subject: NP, direction: ast.RankDir, percent: Decimal,
                    negated: bool) -> Clause:
        return Clause("who", f"are {'not ' if negated else ''}in the {direction.value} "
                             f"{number(percent, '.', ',')}% of customers by {subject.text}")

    def ntile_clause(self, subject: NP, groups: Decimal, op: ast.CompareOp, group: Decimal,
                     or_unset: bool) -> Clause:
        n, k = number(groups, ".", ","), number(group, ".", ",")
        which = {Op.EQ: f"group {k}", Op.NE: f"a group other than {k}",
                 Op.LT: f"a group below {k}", Op.LE: f"group {k} or lower",
                 Op.GT: f"a group above {k}", Op.GE: f"group {k} or higher"}[op]
        note = (" (the highest)" if op is Op.EQ and group == groups
                else " (the lowest)" if op is Op.EQ and group == 1 else "")
        caveat = f" {subject.caveat}" if or_unset else ""
        return Clause("who", f"are in {which}{note} when customers are split into {n} "
                             f"equal-sized groups by {subject.text}{caveat}")

    # ------------------------------------------------------------ values compared

    def _about(self, subject: NP, pred: str, with_pred: str, or_unset: bool) -> Clause:
        """"whose X PRED" (or "for whom X PRED"); in a filter "with X WITH_PRED"."""
        caveat = f" {subject.caveat}" if or_unset else ""
        if self.event is not None:
            return Clause("with", f"{subject.text} {with_pred}{caveat}")
        plain = f"{subject.text} {pred}{caveat}"
        if subject.whose is not None:
            return Clause("whose", f"{subject.whose} {pred}{caveat}", alt=plain)
        return Clause("for whom", plain, alt=plain)

    def compare_clause(self, subject: NP, op: ast.CompareOp, right: ast.Expr, or_unset: bool,
                       kind: str) -> Clause:
        v = self.value(right).text
        if kind == "string" and op in _SORTS:
            pred, with_pred = (part.format(v) for part in _SORTS[op])
            return self._about(subject, pred, with_pred, or_unset)
        with_pred = (_OF[op] if kind == "number" or op is Op.NE else "") + v
        return self._about(subject, f"is {_IS[op]}{v}", with_pred, or_unset)

    def length_clause(self, subject: NP, op: ast.CompareOp, amount: Decimal,
                      or_unset: bool) -> Clause:
        count = number(amount, ".", ",")
        chars = f"{_LONG[op]} {count} character{'' if amount == 1 else 's'}"
        if amount == 0 and op in (Op.EQ, Op.NE):
            pred = "is empty" if op is Op.EQ else "is not empty"
        else:
            pred = f"is {chars} long"
        return self._about(subject, pred, f"{chars} long", or_unset)

    def time_clause(self, subject: NP, op: ast.CompareOp, bound: ast.Expr,
                    or_unset: bool) -> Clause:
        phrase = self._when(op, bound)
        verb = "was" if subject.past or as_ago(bound) is not None else "is"
        return self._about(subject, f"{verb} {phrase}", phrase, or_unset)

    def window_clause(self, subject: NP, window: ast.Window, negated: bool) -> Clause:
        if negated and isinstance(window, ast.SinceWindow):
            return self.time_clause(subject, Op.LT, window.bound, True)
        if negated and isinstance(window, ast.BeforeWindow):
            return self.time_clause(subject, Op.GE, window.bound, True)
        phrase = self._value_window(window)
        if negated:
            phrase = "not " + phrase
        ago = (isinstance(window, ast.BetweenWindow) and ago_range(window.low, window.high)) \
            or (isinstance(window, ast.SinceWindow | ast.BeforeWindow) \
            and as_ago(window.bound) is not None)
        verb = "was" if subject.past or ago else "is"
        return self._about(subject, f"{verb} {phrase}", phrase, negated)

    def list_clause(self, subject: NP, items: list[ast.Literal], negated: bool,
                    kind: str) -> Clause:
        if kind == "time":
            words = [self._when(Op.EQ, item) for item in items]
        else:
            words = [self.value(item).text for item in items]
        phrase = _neither(words) if negated else listing(words, "or")
        verb = "was" if subject.past else "is"
        with_pred = phrase if negated or kind != "number" else "of " + phrase
        return self._about(subject, f"{verb} {phrase}", with_pred, negated)

    def between_clause(self, subject: NP, low: ast.Expr, high: ast.Expr,
                       negated: bool) -> Clause:
        phrase = (f"{'not ' if negated else ''}between {self.value(low).text} and "
                  f"{self.value(high).text}")
        return self._about(subject, f"is {phrase}", phrase, negated)

    def case_note(self) -> str:
        return "(ignoring case)"

    def text_clause(self, subject: NP, op: ast.TextOp, pattern: NP, negated: bool) -> Clause:
        says, denies, with_ = _TEXT[op]
        word = denies if negated else says
        return self._about(subject, f"{word} {pattern.text}", f"{with_} {pattern.text}",
                           negated)

    def elements_clause(self, subject: NP, op: ast.TextOp, items: list[NP],
                        negated: bool) -> Clause:
        words = [item.text for item in items]
        what = listing(words, "and" if op is ast.TextOp.CONTAINS_ALL else "or")
        if op is ast.TextOp.CONTAINS_ALL and len(words) > 1:
            what = "all of " + what
        verb = "does not include" if negated else "includes"
        return self._about(subject, f"{verb} {what}", f"including {what}", negated)

    def element_count_clause(self, subject: NP, op: ast.CompareOp, amount: Decimal,
                             or_unset: bool) -> Clause:
        count = number(amount, ".", ",")
        elements = f"{_LONG[op]} {count} element{'' if amount == 1 else 's'}"
        return self._about(subject, f"has {elements}", f"of {elements}", or_unset)

    def set_clause(self, subject: NP, negated: bool) -> Clause:
        if self.event is not None:
            return Clause("without" if negated else "with", f"a value for {subject.text}")
        return self._about(subject, "is not set" if negated else "is set", "", False)
