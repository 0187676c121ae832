"""German noun phrases of ``explain``: values ("die Summe von 'amount' aller
Käufe in den letzten 30 Tagen"), events ("der letzte Kauf") and times ("vor
mehr als 180 Tagen", "frühestens am 01.03.2026"), each in the case its place
needs (:mod:`segdsl.explain.german_words`).  The clauses built from them are
:mod:`segdsl.explain.german`."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from segdsl.check.facts import MembersRef
from segdsl.explain.german_words import (
    DAT,
    NP,
    PERIODS,
    WHEN,
    cases,
    date_text,
    duration,
    fixed,
    noun,
    unit_plural,
    within_one,
)
from segdsl.explain.member_words import members_events
from segdsl.explain.parts import (
    ago_range,
    as_ago,
    ereignis,
    label,
    listing,
    needs_parens,
    number,
    printable,
)
from segdsl.explain.walker import Walker
from segdsl.syntax import ast

Op = ast.CompareOp

_ARITH = {"+": "plus", "-": "minus", "*": "mal", "/": "geteilt durch"}
_CASE = {"lower": " in Kleinbuchstaben", "upper": " in Großbuchstaben",
         "trim": " ohne umgebende Leerzeichen"}


def num(value: Decimal) -> str:
    """A number the German way: ``1.800``, ``0,15``."""
    return number(value, ",", ".")


class GermanValues(Walker[NP]):
    """The value half of :class:`segdsl.explain.german.German`."""

    def event_phrase(self, agg: ast.Aggregate) -> NP:
        which = "erst" if agg.function is ast.AggFn.FIRST else "letzt"
        with_ = self._filter(agg.event, agg.filter) + self._anchored(agg.anchor)
        when = self._window(agg.window)
        tail = with_ + (" " + when if when else "")
        if self.is_buy(agg.event):
            phrase = noun("m", "Kauf", "Kaufs", tail, (which,))
            caveat = ("(oder die keinen solchen Kauf getätigt haben)" if tail
                      else "(oder die noch nie gekauft haben)")
        else:
            one = ereignis(agg.event, "Ereignis")
            phrase = noun("n", one, ereignis(agg.event, "Ereignisses"), tail, (which,))
            caveat = (f"(oder die kein solches {one} haben)" if tail
                      else f"(oder die kein {one} haben)")
        return dataclasses.replace(phrase, past=True, caveat=caveat)

    # ------------------------------------------------------------ values

    def v_StringLit(self, node: ast.StringLit) -> NP:
        return fixed(f"„{printable(node.value)}“")

    def v_NumberLit(self, node: ast.NumberLit) -> NP:
        if node.percent:  # `12.5%` reads „12,5 %“ (with the space German typesetting puts)
            return fixed(num(node.value.scaleb(2)) + " %")
        return fixed(num(node.value))

    def v_BoolLit(self, node: ast.BoolLit) -> NP:
        return fixed("wahr" if node.value else "falsch")

    def v_DateLit(self, node: ast.DateLit) -> NP:
        return fixed(date_text(node))

    def v_TimestampLit(self, node: ast.TimestampLit) -> NP:
        return fixed(date_text(node))

    def v_TimeNow(self, node: ast.TimeNow) -> NP:
        return fixed("heute" if node.keyword is ast.TimeKeyword.TODAY else "jetzt")

    def v_Duration(self, node: ast.Duration) -> NP:
        return cases(lambda case: duration(node, dative=case == DAT))

    def v_Ago(self, node: ast.Ago) -> NP:
        return fixed(f"vor {duration(node.duration, dative=True)}")

    def v_ListLit(self, node: ast.ListLit) -> NP:
        return fixed(listing([self.value(item).nom for item in node.items], "oder"))

    def v_Name(self, node: ast.Name) -> NP:
        return fixed(label(node.name), owned=True)

    def v_Member(self, node: ast.Member) -> NP:
        return fixed(f"{label(node.name)} von {label(node.base)}")

    def v_Call(self, node: ast.Call) -> NP:
        fn = node.function
        if fn in ("date", "days_since", "years_since") and len(node.args) == 1:
            moment = self.moment(node.args[0])
            if fn == "date":
                return noun("n", "Datum", "Datums", " " + moment.of(), owned=False)
            what = "Tage" if fn == "days_since" else "vollen Jahre"
            return noun("f", "Anzahl", "Anzahl", f" der {what} seit {moment.dat}", owned=False)
        if fn == "days_between" and len(node.args) == 2:
            start, end = (self.moment(arg) for arg in node.args)
            return noun("f", "Anzahl", "Anzahl", f" der ganzen Tage von {start.dat} bis zu "
                        f"{end.dat}", owned=False)
        # An argument that is a sum or product is bracketed: "der Betrag von
        # ('lifetime_value' minus 100)".
        args = [_bracketed(a) if isinstance(arg, ast.Arith) else a
                for arg, a in zip(node.args, map(self.value, node.args), strict=True)]
        first = args[0] if args else fixed("")
        if fn in _CASE:
            return first.suffixed(_CASE[fn])
        if fn == "coalesce" and len(args) > 1:  # 'age' (ersatzweise 'x', dann 'y')
            return first.suffixed(f" (ersatzweise {', dann '.join(a.nom for a in args[1:])})")
        if fn == "ntile" and len(args) == 2:
            return noun("f", "Gruppe", "Gruppe", f" (1 = niedrigste) bei einer Einteilung in "
                        f"{args[1].nom} gleich große Gruppen nach {first.dat}", owned=False)
        if fn == "round":
            places = ""
            if len(args) == 2:
                word = "Nachkommastelle" if args[1].nom == "1" else "Nachkommastellen"
                places = f"auf {args[1].nom} {word} "
            return first.adjective(places + "gerundet")
        if fn == "length" and self.kind(node.args[0]) == "list":
            return noun("f", "Anzahl", "Anzahl", " der Elemente " + first.of(), owned=False)
        if fn == "length":
            return noun("f", "Länge", "Länge", " " + first.of(), owned=False)
        if fn == "abs":
            return noun("m", "Betrag", "Betrags", " " + first.of(), owned=False)
        return fixed(f"{fn} von {listing([a.dat for a in args], 'und')}")

    def v_Arith(self, node: ast.Arith) -> NP:
        left, right = self.value(node.left), self.value(node.right)
        op = _ARITH[node.op]
        # After "geteilt durch" the accusative; after plus, minus, mal the nominative.
        rt = right.acc if node.op is ast.ArithOp.DIV else right.nom
        if needs_parens(node, node.right, True):
            rt = f"({rt})"
        wrap = needs_parens(node, node.left, False)
        phrase = cases(lambda case: (f"({left.case(case)})" if wrap else left.case(case))
                       + f" {op} {rt}")
        if isinstance(node.right, ast.Duration) and left.deren is not None:
            return NP(words=phrase.words, own=f"{left.deren} {op} {rt}")
        return phrase

    def v_Neg(self, node: ast.Neg) -> NP:
        return fixed(f"minus {self.value(node.operand).nom}")

    def v_Aggregate(self, node: ast.Aggregate) -> NP:
        ref = self.members_ref(node)
        if ref is not None:
            return self._members_value(node, ref)
        fn = node.function
        if fn in (ast.AggFn.FIRST, ast.AggFn.LAST):
            event = self.event_phrase(node)
            if node.prop is None:
                return noun("m", "Zeitpunkt", "Zeitpunkts", " " + event.gen)
            return fixed(f"{label(node.prop)} {event.gen}")
        when = self._window(node.window)
        tail = self._filter(node.event, node.filter) + self._anchored(node.anchor) \
            + (" " + when if when else "")
        events = ("Käufe" if self.is_buy(node.event) else ereignis(node.event, "Ereignisse")) \
            + tail
        prop = label(node.prop or "")
        if fn is ast.AggFn.COUNT:
            if node.prop is None:
                return noun("f", "Anzahl", "Anzahl", f" der {events}")
            which = "verschiedenen " if node.distinct else ""
            return noun("f", "Anzahl", "Anzahl", f" der {which}Werte von {prop} aller {events}")
        of = (f" der verschiedenen Werte von {prop} aller {events}"
              if node.distinct and fn in (ast.AggFn.SUM, ast.AggFn.AVG)
              else f" von {prop} aller {events}")
        if fn is ast.AggFn.SUM:
            return noun("f", "Summe", "Summe", of)
        if fn is ast.AggFn.AVG:
            return noun("m", "Durchschnitt", "Durchschnitts", of)
        return noun("m", "Wert", "Werts", of, ("kleinst" if fn is ast.AggFn.MIN else "größt",))

    def _members_value(self, node: ast.Aggregate, ref: MembersRef) -> NP:
        """An aggregate over members (SPEC 11): "die Anzahl ihrer Mitglieder, die
        …", "die Summe von „seats“ ihrer Mitglieder", and over the members' events
        what one entity's events would say, "über alle ihre Mitglieder"."""
        member = self.member_filter(ref)
        who = "" if member is None else f", {member.text()}"
        name = "Mitglieder" if ref.members.name == "members" \
            else f"Mitglieder ({label(ref.members.name)})"
        events = members_events(node, ref)
        if events is not None:
            said = self.v_Aggregate(events)
            return dataclasses.replace(said, post=f"{said.post} über alle ihre {name}")
        fn = node.function
        if fn is ast.AggFn.COUNT:
            return noun("f", "Anzahl", "Anzahl", f" ihrer {name}{who}", owned=False)
        of = f" von {label(node.prop or '')} ihrer {name}{who}"
        if fn is ast.AggFn.SUM:
            return noun("f", "Summe", "Summe", of, owned=False)
        if fn is ast.AggFn.AVG:
            return noun("m", "Durchschnitt", "Durchschnitts", of, owned=False)
        return noun("m", "Wert", "Werts", of, ("kleinst" if fn is ast.AggFn.MIN else "größt",),
                    owned=False)

    # ------------------------------------------------------------ parts

    def _filter(self, event: str, found: ast.EventFilter | None) -> str:
        clause = self.filter_clause(event, found)
        return "" if clause is None else " " + clause.text()

    def _window(self, window: ast.Window | None) -> str:
        """When events happened, as an adverbial: "in den letzten 30 Tagen"."""
        if window is None:
            return ""
        if isinstance(window, ast.SinceWindow):
            ago = as_ago(window.bound)
            if ago is not None:  # events are all before as-of: the last N units
                return _last("letzt", ago)
            if isinstance(window.bound, ast.TimeNow):
                return "heute" if window.bound.keyword is ast.TimeKeyword.TODAY else "ab jetzt"
            return f"seit {self._at(window.bound)}"
        if isinstance(window, ast.BeforeWindow):
            return self._when(Op.LT, window.bound)
        return self._value_window(window)

    def _value_window(self, window: ast.Window) -> str:
        """Where a time value lies: "in den letzten 30 Tagen", "frühestens vor 1 Jahr"."""
        if isinstance(window, ast.LastWindow):
            return _last("letzt", window.duration)
        if isinstance(window, ast.NextWindow):
            return _last("nächst", window.duration)
        if isinstance(window, ast.PeriodWindow):
            current, previous = PERIODS[window.period.value]
            return current if window.offset == 0 else previous
        if isinstance(window, ast.SinceWindow):
            return self._when(Op.GE, window.bound)
        if isinstance(window, ast.BeforeWindow):
            return self._when(Op.LT, window.bound)
        span = ago_range(window.low, window.high)
        if span is not None:
            near, far, unit = span
            return f"vor {near} bis {far} {unit_plural(unit)}"
        return f"zwischen {self._at(window.low)} und {self._at(window.high)}"

    def _when(self, op: ast.CompareOp, bound: ast.Expr) -> str:
        ago = as_ago(bound)
        if ago is not None:
            return WHEN["ago"][op].format(duration(ago, dative=True))
        if isinstance(bound, ast.DateLit | ast.TimestampLit):
            return WHEN["date"][op].format(date_text(bound))
        if isinstance(bound, ast.TimeNow):
            return WHEN[bound.keyword.value][op]
        return WHEN["other"][op].format(self.moment(bound).dat)

    def _anchored(self, anchor: ast.AnchoredWindow | None) -> str:
        """``within 30 days after signup_at``: "innerhalb von 30 Tagen nach dem
        'signup_at'"."""
        if anchor is None:
            return ""
        return (f" innerhalb von {duration(anchor.duration, dative=True)} nach "
                f"{self._at(anchor.anchor)}")

    def _at(self, bound: ast.Expr) -> str:
        """A time after "seit" or "zwischen" (dative): "dem 01.03.2026"."""
        ago = as_ago(bound)
        if ago is not None:
            return f"dem Zeitpunkt vor {duration(ago, dative=True)}"
        if isinstance(bound, ast.DateLit | ast.TimestampLit):
            return "dem " + date_text(bound)
        if isinstance(bound, ast.TimeNow):
            return "heute" if bound.keyword is ast.TimeKeyword.TODAY else "dem jetzigen Zeitpunkt"
        return self.moment(bound).case(DAT)


def _last(which: str, d: ast.Duration) -> str:
    if d.amount == 1:
        return within_one(d.unit, which)
    return f"in den {which}en {duration(d, dative=True)}"


def _bracketed(phrase: NP) -> NP:
    return cases(lambda case: f"({phrase.case(case)})")
