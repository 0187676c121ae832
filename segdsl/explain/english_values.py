"""English noun phrases of ``explain``: values ("the total 'amount' of purchases
in the last 30 days"), events ("the last purchase") and times ("more than 180
days ago", "on or after 2026-03-01").  The clauses built from them are
:mod:`segdsl.explain.english`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from segdsl.check.facts import MembersRef
from segdsl.explain.member_words import members_events
from segdsl.explain.parts import (
    ago_range,
    as_ago,
    event_noun,
    label,
    listing,
    needs_parens,
    number,
    printable,
)
from segdsl.explain.walker import Walker
from segdsl.syntax import ast

Op = ast.CompareOp


@dataclass(frozen=True, slots=True)
class NP:
    """A noun phrase: ``text`` with its article ("the total 'amount' of purchases"),
    ``whose`` as it follows "whose" ("total 'amount' of purchases"; None where
    it does not belong to the customer), ``past`` for an event (which "was"),
    ``caveat`` what ``not`` adds for customers without the value."""

    text: str
    whose: str | None = None
    past: bool = False
    caveat: str = "(or not set)"


_AGG = {"sum": "total", "avg": "average", "min": "smallest", "max": "largest"}
_ARITH = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}
_CASE = {"lower": "in lower case", "upper": "in upper case",
         "trim": "without surrounding spaces"}
# How a time compares with a date, a timestamp, today, now, N UNIT ago, anything else.
_WHEN = {
    "date": {Op.LT: "before {0}", Op.LE: "on or before {0}", Op.GT: "after {0}",
             Op.GE: "on or after {0}", Op.EQ: "on {0}", Op.NE: "not on {0}"},
    "timestamp": {Op.LT: "before {0}", Op.LE: "at or before {0}", Op.GT: "after {0}",
                  Op.GE: "at or after {0}", Op.EQ: "at {0}", Op.NE: "not at {0}"},
    "today": {Op.LT: "before today", Op.LE: "today or earlier", Op.GT: "after today",
              Op.GE: "today or later", Op.EQ: "today", Op.NE: "not today"},
    "now": {Op.LT: "before now", Op.LE: "now or earlier", Op.GT: "after now",
            Op.GE: "now or later", Op.EQ: "exactly now", Op.NE: "not exactly now"},
    "ago": {Op.LT: "more than {0} ago", Op.LE: "at least {0} ago", Op.GT: "less than {0} ago",
            Op.GE: "at most {0} ago", Op.EQ: "exactly {0} ago", Op.NE: "not exactly {0} ago"},
    "other": {Op.LT: "before {0}", Op.LE: "not after {0}", Op.GT: "after {0}",
              Op.GE: "not before {0}", Op.EQ: "at the same time as {0}",
              Op.NE: "not at the same time as {0}"},
}


def plural(amount: int | Decimal, word: str) -> str:
    return f"{amount} {word}" if amount == 1 else f"{amount} {word}s"


def dur(d: ast.Duration) -> str:
    return plural(d.amount, d.unit.value)


class EnglishValues(Walker[NP]):
    """The value half of :class:`segdsl.explain.english.English`."""

    def event_phrase(self, agg: ast.Aggregate) -> NP:
        which = agg.function.value
        tail = self._filter(agg.event, agg.filter) + self._anchored(agg.anchor) \
            + self._window(agg.window)
        noun = "purchase" if self.is_buy(agg.event) else event_noun(agg.event, "event")
        such = "such " if tail else ""
        caveat = (("(or who never bought)" if not tail else "(or who made no such purchase)")
                  if self.is_buy(agg.event) else f"(or who have no {such}{noun})")
        return NP(f"the {which} {noun}{tail}", f"{which} {noun}{tail}", True, caveat)

    # ------------------------------------------------------------ values

    def v_StringLit(self, node: ast.StringLit) -> NP:
        return NP(node.text or f'"{printable(node.value)}"')  # as written, escapes and all

    def v_NumberLit(self, node: ast.NumberLit) -> NP:
        if node.percent:  # `40%` reads as written, not as 0.4
            return NP(number(node.value.scaleb(2), ".", ",") + "%")
        return NP(number(node.value, ".", ","))

    def v_BoolLit(self, node: ast.BoolLit) -> NP:
        return NP("true" if node.value else "false")

    def v_DateLit(self, node: ast.DateLit) -> NP:
        return NP(node.value.isoformat())

    def v_TimestampLit(self, node: ast.TimestampLit) -> NP:
        shape = "%Y-%m-%d %H:%M:%S UTC" if node.value.second else "%Y-%m-%d %H:%M UTC"
        return NP(node.value.strftime(shape))

    def v_TimeNow(self, node: ast.TimeNow) -> NP:
        return NP("today" if node.keyword is ast.TimeKeyword.TODAY else "now")

    def v_Duration(self, node: ast.Duration) -> NP:
        return NP(dur(node))

    def v_Ago(self, node: ast.Ago) -> NP:
        return NP(f"{dur(node.duration)} ago")

    def v_ListLit(self, node: ast.ListLit) -> NP:
        return NP(listing([self.value(item).text for item in node.items], "or"))

    def v_Name(self, node: ast.Name) -> NP:
        return NP(label(node.name), label(node.name))

    def v_Member(self, node: ast.Member) -> NP:
        return NP(f"the {node.base}'s {label(node.name)}", f"{node.base}'s {label(node.name)}")

    def v_Call(self, node: ast.Call) -> NP:
        fn = node.function
        if fn in ("date", "days_since", "years_since") and len(node.args) == 1:
            moment = self.moment(node.args[0]).text
            return NP({"date": f"the date of {moment}",
                       "days_since": f"the number of days since {moment}",
                       "years_since": f"the number of full years since {moment}"}[fn])
        if fn == "days_between" and len(node.args) == 2:
            start, end = (self.moment(arg).text for arg in node.args)
            return NP(f"the number of whole days from {start} to {end}")
        # An argument that is a sum or product is bracketed: "the absolute value of
        # ('lifetime_value' minus 100)".
        args = [NP(f"({a.text})") if isinstance(arg, ast.Arith) else a
                for arg, a in zip(node.args, map(self.value, node.args), strict=True)]
        first = args[0] if args else NP("")
        if fn in _CASE:
            words = _CASE[fn]
            return NP(f"{first.text} {words}",
                      f"{first.whose} {words}" if first.whose else None)
        if fn == "coalesce" and len(args) > 1:  # 'age' (or, if not set, 'x', then 'y')
            also = f" (or, if not set, {', then '.join(a.text for a in args[1:])})"
            return NP(first.text + also, first.whose + also if first.whose else None)
        if fn == "ntile" and len(args) == 2:
            return NP(f"their group (1 = lowest) when customers are split into {args[1].text} "
                      f"equal-sized groups by {first.text}")
        if fn == "round" and len(args) == 2:
            places = "decimal place" if args[1].text == "1" else "decimal places"
            return NP(f"{first.text} rounded to {args[1].text} {places}")
        if fn == "round":
            return NP(f"{first.text} rounded")
        if fn == "length" and self.kind(node.args[0]) == "list":
            return NP(f"the number of elements of {first.text}")
        if fn == "length":
            return NP(f"the length of {first.text}")
        if fn == "abs":
            return NP(f"the absolute value of {first.text}")
        return NP(f"{fn} of {listing([a.text for a in args], 'and')}")

    def v_Arith(self, node: ast.Arith) -> NP:
        left, right = self.value(node.left), self.value(node.right)
        lt = f"({left.text})" if needs_parens(node, node.left, False) else left.text
        rt = f"({right.text})" if needs_parens(node, node.right, True) else right.text
        op = _ARITH[node.op]
        whose = None
        if isinstance(node.right, ast.Duration) and left.whose is not None:
            whose = f"{left.whose} {op} {rt}"  # "whose 'signup_at' plus 1 month is ..."
        return NP(f"{lt} {op} {rt}", whose)

    def v_Neg(self, node: ast.Neg) -> NP:
        return NP(f"minus {self.value(node.operand).text}")

    def v_Aggregate(self, node: ast.Aggregate) -> NP:
        ref = self.members_ref(node)
        if ref is not None:
            return self._members_value(node, ref)
        tail = self._filter(node.event, node.filter) + self._anchored(node.anchor) \
            + self._window(node.window)
        buy = self.is_buy(node.event)
        events = ("purchases" if buy else event_noun(node.event, "events")) + tail
        fn = node.function
        if fn in (ast.AggFn.FIRST, ast.AggFn.LAST):
            event = self.event_phrase(node)
            if node.prop is None:
                return NP(f"the time of {event.text}")
            prop = label(node.prop)
            whose = None if tail else f"{event.whose}'s {prop}"
            return NP(f"the {prop} of {event.text}", whose)
        prop = label(node.prop or "")
        if fn is ast.AggFn.COUNT:
            if node.prop is None:
                what = f"number of {events}"
            else:
                what = (f"number of {'different ' if node.distinct else ''}{prop} values of "
                        f"{events}")
        elif node.distinct and fn in (ast.AggFn.SUM, ast.AggFn.AVG):
            what = f"{_AGG[fn.value]} of the different {prop} values of {events}"
        else:
            what = f"{_AGG[fn.value]} {prop} of {events}"
        return NP("the " + what, what)

    def _members_value(self, node: ast.Aggregate, ref: MembersRef) -> NP:
        """An aggregate over members (SPEC 11): "the number of members who ...",
        "the total 'seats' of their members", and over the members' events what
        one entity's events would say, "across their members"."""
        member = self.member_filter(ref)
        who = "" if member is None else " " + member.text()
        name = "members" if ref.members.name == "members" else label(ref.members.name)
        events = members_events(node, ref)
        if events is not None:
            said = self.v_Aggregate(events)
            return NP(f"{said.text} across their {name}")
        if node.function is ast.AggFn.COUNT:
            return NP(f"the number of their {name}{who}")
        # No "whose …": "for whom the total 'seats' of their members is …" reads better.
        return NP(f"the {_AGG[node.function.value]} {label(node.prop or '')} of their "
                  f"{name}{who}")

    # ------------------------------------------------------------ parts

    def _filter(self, event: str, found: ast.EventFilter | None) -> str:
        clause = self.filter_clause(event, found)
        return "" if clause is None else " " + clause.text()

    def _window(self, window: ast.Window | None) -> str:
        """Where events are counted: " in the last 30 days"."""
        if window is None:
            return ""
        if isinstance(window, ast.SinceWindow):
            ago = as_ago(window.bound)
            if ago is not None:  # events are all before as-of: the last N days
                return " " + _last("last", ago)
            if isinstance(window.bound, ast.TimeNow):
                return " today" if window.bound.keyword is ast.TimeKeyword.TODAY \
                    else " from now on"
            return f" since {self._time(window.bound)}"
        if isinstance(window, ast.BeforeWindow):
            return " " + self._when(Op.LT, window.bound)
        return " " + self._value_window(window)

    def _value_window(self, window: ast.Window) -> str:
        """Where a time value lies: "in the last 30 days", "on or after 2026-03-01"."""
        if isinstance(window, ast.LastWindow):
            return _last("last", window.duration)
        if isinstance(window, ast.NextWindow):
            return _last("next", window.duration)
        if isinstance(window, ast.PeriodWindow):
            period = window.period.value
            return f"this {period}" if window.offset == 0 \
                else f"in the previous calendar {period}"
        if isinstance(window, ast.SinceWindow):
            return self._when(Op.GE, window.bound)
        if isinstance(window, ast.BeforeWindow):
            return self._when(Op.LT, window.bound)
        span = ago_range(window.low, window.high)
        if span is not None:
            near, far, unit = span
            return f"between {near} and {plural(far, unit.value)} ago"
        return f"between {self._time(window.low)} and {self._time(window.high)}"

    def _when(self, op: ast.CompareOp, bound: ast.Expr) -> str:
        ago = as_ago(bound)
        if ago is not None:
            return _WHEN["ago"][op].format(dur(ago))
        if isinstance(bound, ast.DateLit):
            return _WHEN["date"][op].format(self._time(bound))
        if isinstance(bound, ast.TimestampLit):
            return _WHEN["timestamp"][op].format(self._time(bound))
        if isinstance(bound, ast.TimeNow):
            return _WHEN[bound.keyword.value][op]
        return _WHEN["other"][op].format(self.moment(bound).text)

    def _time(self, node: ast.Expr) -> str:
        return self.moment(node).text

    def _anchored(self, anchor: ast.AnchoredWindow | None) -> str:
        """``within 30 days after signup_at``: "within 30 days after the 'signup_at'"."""
        if anchor is None:
            return ""
        return f" within {dur(anchor.duration)} after {self._time(anchor.anchor)}"


def _last(which: str, d: ast.Duration) -> str:
    return f"in the {which} {d.unit.value}" if d.amount == 1 else f"in the {which} {dur(d)}"


def past(window: ast.Window) -> bool:
    """Whether "bought" (not "have bought") fits the window: it lies in the past."""
    if isinstance(window, ast.PeriodWindow):
        return window.offset != 0
    return isinstance(window, ast.BetweenWindow | ast.BeforeWindow)
