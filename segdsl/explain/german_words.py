"""German grammar for ``explain``: noun phrases in their cases, durations, and
how a time compares with a date, a timestamp, today, now or "vor N Tagen".

German needs the case of every noun phrase it puts after a preposition ("seit
dem letzten Kauf", "nach dem Durchschnitt von 'amount'") and the gender of
every noun that takes an article or follows "deren" ("deren letzter Kauf",
"deren letztes 'return'-Ereignis").  :class:`NP` keeps a phrase's parts so that
each case can be formed; names and literals (``'age'``, ``„b2b“``, ``30``) take
no article and read the same in every case.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from segdsl.syntax import ast

NOM, GEN, DAT, ACC = range(4)

_ARTICLES = {"m": ("der", "des", "dem", "den"), "f": ("die", "der", "der", "die"),
             "n": ("das", "des", "dem", "das")}
# Adjective endings after the definite article (weak) and, in the nominative, after
# "deren" (strong: "deren letzter Kauf", "deren letztes Ereignis").
_WEAK = {"m": ("e", "en", "en", "en"), "f": ("e", "en", "en", "e"), "n": ("e", "en", "en", "e")}
_STRONG = {"m": "er", "f": "e", "n": "es"}

UNSET = "(oder ohne Wert)"


@dataclass(frozen=True, slots=True)
class NP:
    """A German noun phrase.

    Either ``words`` (a name, a literal, an expression: one text per case, no
    article of its own; ``own`` is how it follows "deren", None where it does
    not belong to the customer) or a noun with the definite article: ``gender``
    (m/f/n), ``noun`` (nominative and genitive singular), ``adjs`` (stems before
    the noun, each inflected) and ``post`` (what follows, the same in every case;
    ``owned`` when it may follow "deren").  ``past``: an event, which "war".
    ``caveat`` is what ``not`` adds for customers without the value.
    """

    words: tuple[str, str, str, str] = ("", "", "", "")
    own: str | None = None
    gender: str = ""
    noun: tuple[str, str] = ("", "")
    adjs: tuple[str, ...] = ()
    post: str = ""
    owned: bool = False
    past: bool = False
    caveat: str = UNSET

    def case(self, which: int) -> str:
        if not self.gender:
            return self.words[which]
        endings = _WEAK[self.gender]
        parts = [_ARTICLES[self.gender][which], *(adj + endings[which] for adj in self.adjs),
                 self.noun[1] if which == GEN else self.noun[0]]
        return " ".join(parts) + self.post

    @property
    def nom(self) -> str:
        return self.case(NOM)

    @property
    def gen(self) -> str:
        return self.case(GEN)

    @property
    def dat(self) -> str:
        return self.case(DAT)

    @property
    def acc(self) -> str:
        return self.case(ACC)

    @property
    def deren(self) -> str | None:
        """The phrase after "deren" (the customer's own), or None."""
        if not self.gender:
            return self.own
        if not self.owned:
            return None
        ending = _STRONG[self.gender]
        return " ".join([*(adj + ending for adj in self.adjs), self.noun[0]]) + self.post

    def of(self) -> str:
        """As what something is of: "des letzten Kaufs", "von 'email'"."""
        return self.gen if self.gender else "von " + self.dat

    def suffixed(self, text: str) -> NP:
        """The phrase with ``text`` after it ("'email' in Kleinbuchstaben")."""
        if self.gender:
            return dataclasses.replace(self, post=self.post + text)
        return dataclasses.replace(self, words=_each(self.words, lambda w: w + text),
                                   own=None if self.own is None else self.own + text)

    def adjective(self, stem: str) -> NP:
        """The noun with one more adjective before it ("der gerundete
        Durchschnitt"); after a name or expression, the participle follows it."""
        if self.gender:
            return dataclasses.replace(self, adjs=(stem, *self.adjs))
        return self.suffixed(" " + stem)


def fixed(text: str, owned: bool = False) -> NP:
    """A name, literal or expression: the same words in every case."""
    return NP(words=(text, text, text, text), own=text if owned else None)


def cases(forms: Callable[[int], str]) -> NP:
    """An expression whose words depend on the case (``forms(case)``)."""
    return NP(words=(forms(NOM), forms(GEN), forms(DAT), forms(ACC)))


def noun(gender: str, nominative: str, genitive: str, post: str = "",
         adjs: tuple[str, ...] = (), owned: bool = True) -> NP:
    return NP(gender=gender, noun=(nominative, genitive), post=post, adjs=adjs, owned=owned)


def _each(words: tuple[str, str, str, str],
          change: Callable[[str], str]) -> tuple[str, str, str, str]:
    return (change(words[0]), change(words[1]), change(words[2]), change(words[3]))


# ------------------------------------------------------------------ durations

# unit -> singular, plural, dative plural, gender, genitive singular
UNITS = {"minute": ("Minute", "Minuten", "Minuten", "f", "Minute"),
         "hour": ("Stunde", "Stunden", "Stunden", "f", "Stunde"),
         "day": ("Tag", "Tage", "Tagen", "m", "Tages"),
         "week": ("Woche", "Wochen", "Wochen", "f", "Woche"),
         "month": ("Monat", "Monate", "Monaten", "m", "Monats"),
         "year": ("Jahr", "Jahre", "Jahren", "n", "Jahres")}
PERIODS = {"week": ("in dieser Woche", "in der letzten Kalenderwoche"),
           "month": ("in diesem Monat", "im letzten Kalendermonat"),
           "quarter": ("in diesem Quartal", "im letzten Kalenderquartal"),
           "year": ("in diesem Jahr", "im letzten Kalenderjahr")}


def duration(d: ast.Duration, dative: bool = False) -> str:
    """``30 Tage`` (``30 Tagen`` after a preposition), ``1 Monat``."""
    one, many, many_dative, _, _ = UNITS[d.unit.value]
    return f"{d.amount} {one}" if d.amount == 1 else \
        f"{d.amount} {many_dative if dative else many}"


def unit_plural(unit: ast.Unit) -> str:
    """The dative plural of a unit ("vor 90 bis 180 Tagen")."""
    return UNITS[unit.value][2]


def within_one(unit: ast.Unit, which: str) -> str:
    """"innerhalb des letzten Tages", "innerhalb der nächsten Woche": a rolling
    window of one unit (not the calendar period, which is "im letzten
    Kalendermonat")."""
    one, _, _, gender, genitive = UNITS[unit.value]
    if gender == "f":
        return f"innerhalb der {which}en {one}"
    return f"innerhalb des {which}en {genitive}"


def within(d: ast.Duration) -> str:
    """"innerhalb von 2 Tagen", "innerhalb eines Tages"."""
    one, _, _, gender, genitive = UNITS[d.unit.value]
    if d.amount == 1:
        return f"innerhalb einer {one}" if gender == "f" else f"innerhalb eines {genitive}"
    return f"innerhalb von {duration(d, dative=True)}"


# ------------------------------------------------------------------ time comparisons

Op = ast.CompareOp
# How a time compares with a date or timestamp ({0}), today, now, N UNIT ago ({0}: the
# duration in the dative) and anything else ({0}: it in the dative).
WHEN = {
    "date": {Op.LT: "vor dem {0}", Op.LE: "spätestens am {0}", Op.GT: "nach dem {0}",
             Op.GE: "frühestens am {0}", Op.EQ: "am {0}", Op.NE: "nicht am {0}"},
    "today": {Op.LT: "vor heute", Op.LE: "spätestens heute", Op.GT: "nach heute",
              Op.GE: "frühestens heute", Op.EQ: "heute", Op.NE: "nicht heute"},
    "now": {Op.LT: "vor dem jetzigen Zeitpunkt", Op.LE: "spätestens jetzt",
            Op.GT: "nach dem jetzigen Zeitpunkt", Op.GE: "frühestens jetzt",
            Op.EQ: "genau jetzt", Op.NE: "nicht genau jetzt"},
    "ago": {Op.LT: "vor mehr als {0}", Op.LE: "vor mindestens {0}",
            Op.GT: "vor weniger als {0}", Op.GE: "vor höchstens {0}", Op.EQ: "vor genau {0}",
            Op.NE: "nicht vor genau {0}"},
    "other": {Op.LT: "vor {0}", Op.LE: "nicht nach {0}", Op.GT: "nach {0}",
              Op.GE: "nicht vor {0}", Op.EQ: "gleichzeitig mit {0}",
              Op.NE: "nicht gleichzeitig mit {0}"},
}


def date_text(node: ast.DateLit | ast.TimestampLit) -> str:
    """``01.03.2026``, ``01.03.2026 um 09:30 UTC``."""
    if isinstance(node, ast.DateLit):
        return node.value.strftime("%d.%m.%Y")
    shape = "%d.%m.%Y um %H:%M:%S UTC" if node.value.second else "%d.%m.%Y um %H:%M UTC"
    return node.value.strftime(shape)
