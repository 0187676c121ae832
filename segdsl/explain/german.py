"""German wording of ``explain``: relative clauses with the verb at the end
("Kunden, die in den letzten 30 Tagen mehr als 3-mal gekauft haben, und deren
'age' mindestens 30 ist").

What customers did reads "die ... gekauft haben"; a customer's own value "deren
'age' mindestens 30 ist"; any other value "bei denen die Summe ... mindestens
100 ist".  A run of "die" clauses says "die" once and leaves a repeated final
verb to the last one ("die ... gekauft und ... nichts gekauft haben").  Inside
``with`` conditions read as "mit 'price' von mindestens 30".  Noun phrases and
their cases are :mod:`segdsl.explain.german_words`.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from segdsl.explain import member_words
from segdsl.explain import regularity_words as words
from segdsl.explain.german_values import GermanValues, num
from segdsl.explain.german_words import NP, fixed, within
from segdsl.explain.parts import Clause, Quantity, ereignis, label, listing, plural, series
from segdsl.syntax import ast

Op = ast.CompareOp

_WORD = {"and": "und", "or": "oder"}
_SHARED = ("die", "bei denen", "mit")
_IS = {Op.EQ: "{0} ist", Op.NE: "nicht {0} ist", Op.LT: "kleiner als {0} ist",
       Op.LE: "höchstens {0} ist", Op.GT: "größer als {0} ist", Op.GE: "mindestens {0} ist"}
_OF = {Op.EQ: "von {0}", Op.NE: "ungleich {0}", Op.LT: "von weniger als {0}",
       Op.LE: "von höchstens {0}", Op.GT: "von mehr als {0}", Op.GE: "von mindestens {0}"}
_SORTS = {Op.LT: ("in der Sortierung vor {0} liegt", "in der Sortierung vor {0}"),
          Op.LE: ("{0} ist oder in der Sortierung davor liegt", "in der Sortierung bis {0}"),
          Op.GT: ("in der Sortierung nach {0} liegt", "in der Sortierung nach {0}"),
          Op.GE: ("{0} ist oder in der Sortierung danach liegt", "in der Sortierung ab {0}")}
_COUNT = {Op.EQ: "genau", Op.NE: "nicht genau", Op.LT: "weniger als", Op.LE: "höchstens",
          Op.GT: "mehr als", Op.GE: "mindestens"}
_TEXT = {ast.TextOp.CONTAINS: ("{0} enthält", "{0} nicht enthält", ""),
         ast.TextOp.STARTS_WITH: ("mit {0} beginnt", "nicht mit {0} beginnt",
                                  "beginnend mit {0}"),
         ast.TextOp.ENDS_WITH: ("auf {0} endet", "nicht auf {0} endet", "endend auf {0}"),
         ast.TextOp.MATCHES: ("auf das Muster {0} passt", "nicht auf das Muster {0} passt",
                              "passend auf das Muster {0}")}
def _commas(clauses: list[Clause], alternatives: bool) -> list[bool]:
    """Where a comma goes before "und"/"oder": after a clause that ends in a clause
    of its own, and (in an ``or``) around an ``and`` of several clauses."""
    return [a.nested or (alternatives and (a.compound or b.compound))
            for a, b in pairwise(clauses)] + [False]


def _weder(words: list[str]) -> str:
    if len(words) == 1:
        return "nicht " + words[0]
    return "weder " + ", ".join(words[:-1]) + " noch " + words[-1]


class German(GermanValues):
    # ------------------------------------------------------------ declarations

    def zone_note(self, zone: str) -> str:
        return f"(Tage, Daten und Kalenderzeiträume gelten in der Zeitzone {zone}.)"

    def _nouns(self) -> tuple[str, str]:
        """The subject of the definition, plural and singular: "Kunden"/"Kunde",
        and for another entity its name as a noun ("Accounts"/"Account")."""
        if self.entity == "customer":
            return "Kunden", "Kunde"
        one = self.entity[:1].upper() + self.entity[1:]
        return plural(one), one

    def segment(self, decl: ast.SegmentDecl) -> str:
        many, _ = self._nouns()
        return self._customers(decl.condition, many, f"Alle {many}") + "."

    def segmentation(self, decl: ast.SegmentationDecl) -> str:
        parts = []
        for branch in decl.branches:
            if branch.condition is None:
                parts.append(f"sonst {branch.label}")
            else:
                many, _ = self._nouns()
                said = self._customers(branch.condition, many, f"alle {many}")
                parts.append(f"{branch.label}: {said}")
        return "; ".join(parts) + "."

    def named_event(self, decl: ast.EventDecl) -> str:
        base = decl.base
        events = "Käufe" if self.is_buy(base.event) else ereignis(base.event, "Ereignisse")
        return (f"{label(decl.name)} steht für {events}"
                f"{self._filter(base.event, base.filter)}.")

    def metric(self, decl: ast.MetricDecl) -> str:
        many, one = self._nouns()
        if self.is_condition(decl.expr):  # a flag: true for the rows it describes
            said = self._customers(decl.expr, many, f"alle {many}")
            return f"{label(decl.name)} ist wahr für {said}, sonst falsch."
        return f"{label(decl.name)} ist je {one} {self.value(decl.expr).nom}."

    def _customers(self, node: ast.Expr, head: str, every: str) -> str:
        if isinstance(node, ast.BoolLit):
            return every if node.value else ("Keine" if every[0].isupper() else "keine") \
                + " " + self._nouns()[0]
        clause = self.top(node)
        if clause is None:
            assert isinstance(node, ast.Not)
            excepted = self.top(node.operand, excepted=True) or self.cond(node.operand)
            return f"{every} außer denen, {excepted.text()}"
        return f"{head}, {clause.text()}"

    # ------------------------------------------------------------ joining

    def join(self, clauses: list[Clause], word: str) -> Clause:
        parts: list[str] = []
        shared: list[bool] = []
        previous: str | None = None
        for clause in clauses:
            share = bool(parts) and clause.pronoun == previous
            parts.append(clause.body if share or not parts else clause.text())
            shared.append(share)
            previous = None if clause.closed or clause.pronoun not in _SHARED \
                else clause.pronoun
        if word == "and":  # "gekauft [haben] und nichts gekauft haben"
            for index in range(len(parts) - 1):
                this, after = clauses[index], clauses[index + 1]
                word_ = (this.verb or "").split("/")[0]
                if shared[index + 1] and word_ and this.verb == after.verb \
                        and not this.nested and parts[index].endswith(" " + word_):
                    parts[index] = parts[index][: -len(word_) - 1]
        body = series(parts, _commas(clauses, word == "or"), _WORD[word])
        alt = None
        if word == "and" and all(c.alt for c in clauses):
            alt = series([c.alt or "" for c in clauses], _commas(clauses, False), "und")
        return Clause(clauses[0].pronoun, body, alt=alt, nested=clauses[-1].nested,
                      closed=word == "or", compound=word == "and" and len(clauses) > 1)

    def alternatives(self, clauses: list[Clause], excepted: bool) -> Clause:
        if not any(clause.compound for clause in clauses):
            return self.join(clauses, "or")
        # "Kunden, deren … ist, oder solche, deren … und …"; "außer denen, …, oder denen, …"
        also = ", oder denen, " if excepted else ", oder solche, "
        return Clause("", also.join(clause.text() for clause in clauses), closed=True,
                      nested=True)

    def either(self, clauses: list[Clause]) -> Clause:
        commas = _commas(clauses, True)
        pronouns = {clause.pronoun for clause in clauses}
        if len(pronouns) == 1 and clauses[0].pronoun in _SHARED:
            body = "entweder " + series([c.body for c in clauses], commas, "oder")
            return Clause(clauses[0].pronoun, body, nested=clauses[-1].nested, closed=True)
        if all(clause.alt for clause in clauses):
            body = "entweder " + series([c.alt or "" for c in clauses], commas, "oder")
            return Clause("bei denen", body, nested=clauses[-1].nested, closed=True)
        joined = self.join(clauses, "or")
        return Clause(joined.pronoun, "entweder " + joined.body, nested=joined.nested,
                      closed=True)

    def not_clause(self, clause: Clause) -> Clause:
        if self.event is not None:
            return Clause("ohne", clause.body if clause.pronoun == "mit" else clause.text())
        return Clause("die", f"nicht zu denen gehören, {clause.text()}", nested=True)

    def constant_clause(self, value: bool) -> Clause:
        if self.event is not None:
            return Clause("", "jeder Art" if value else "keiner Art")
        return Clause("die", "zu allen Kunden gehören" if value else "zu keinen Kunden gehören",
                      verb="gehören")

    def as_value(self, clause: Clause) -> NP:
        said = clause.alt or (f"sie {clause.body}" if clause.pronoun == "die" else clause.text())
        return fixed(f"ob {said}")

    # ------------------------------------------------------------ members (SPEC 11)

    def members_count_clause(self, relation: str, member: Clause | None,
                             quantity: Quantity) -> Clause:
        return member_words.german_count(relation, member, quantity)

    # ------------------------------------------------------------ events

    def has_clause(self, event: str, found: ast.EventFilter | None, window: ast.Window | None,
                   negated: bool, anchor: ast.AnchoredWindow | None = None) -> Clause:
        with_ = self._filter(event, found) + self._anchored(anchor)
        when = self._window(window)
        where = when + " " if when else ""
        # "gekauft haben" shares its auxiliary with "getätigt haben"; the "haben" of
        # "ein Ereignis haben" only with its like.
        if self.is_buy(event) and not with_:
            if window is None:
                body = "noch nie gekauft haben" if negated else "schon einmal gekauft haben"
            else:
                body = f"{where}{'nichts ' if negated else ''}gekauft haben"
            return Clause("die", body, verb="haben/aux")
        if self.is_buy(event):
            return Clause("die", f"{where}{'keinen' if negated else 'mindestens einen'} Kauf"
                                 f"{with_} getätigt haben", verb="haben/aux")
        return Clause("die", f"{where}{'kein' if negated else 'mindestens ein'} "
                             f"{ereignis(event, 'Ereignis')}{with_} haben", verb="haben")

    def count_clause(self, event: str, found: ast.EventFilter | None,
                     window: ast.Window | None, quantity: Quantity,
                     anchor: ast.AnchoredWindow | None = None) -> Clause:
        with_ = self._filter(event, found) + self._anchored(anchor)
        when = self._window(window)
        where = when + " " if when else ""
        q = quantity
        if q.op is None:
            low, high = num(q.amount), num(q.high or Decimal(0))
            how_many, times = f"zwischen {low} und {high}", f"zwischen {low}- und {high}-mal"
        else:
            how_many = f"{_COUNT[q.op]} {num(q.amount)}"
            times = f"{_COUNT[q.op]} einmal" if q.amount == 1 else f"{how_many}-mal"
        if self.is_buy(event) and not with_:
            return Clause("die", f"{where}{times} gekauft haben", verb="haben/aux")
        if self.is_buy(event):
            noun_ = "Kauf" if q.one else "Käufe"
            return Clause("die", f"{where}{how_many} {noun_}{with_} getätigt haben",
                          verb="haben/aux")
        noun_ = "Ereignis" if q.one else "Ereignisse"
        return Clause("die", f"{where}{how_many} {ereignis(event, noun_)}{with_} haben",
                      verb="haben")

    def sequence_clause(self, node: ast.HasSequence) -> Clause:
        when = self._window(node.window)
        where = when + " " if when else ""
        first_with = self._filter(node.first.event, node.first.filter)
        if self.is_buy(node.first.event):
            first = f"{where}einen Kauf{first_with} getätigt haben, auf den"
        else:
            one = ereignis(node.first.event, "Ereignis")
            first = f"{where}ein {one}{first_with} haben, auf das"
        article = "kein" if node.then_absent else "ein"
        then_with = self._filter(node.then.event, node.then.filter)
        then = (f"{article} Kauf{then_with}" if self.is_buy(node.then.event)
                else f"{article} {ereignis(node.then.event, 'Ereignis')}{then_with}")
        return Clause("die", f"{first} {within(node.within)} {then} folgte", nested=True)

    def regular_clause(self, node: ast.HasRegular, negated: bool) -> Clause:
        match = node.match
        return words.german_regular(node, self.is_buy(match.event),
                                  self._filter(match.event, match.filter), negated)

    def lifecycle_clause(self, node: ast.LifecycleTest) -> Clause:
        match = node.match
        return words.german_lifecycle(node, self.is_buy(match.event),
                                    self._filter(match.event, match.filter))

    # ------------------------------------------------------------ customers' kinds

    def segment_clause(self, title: str, negated: bool) -> Clause:
        return Clause("die", f"{'nicht ' if negated else ''}im Segment „{title}“ sind",
                      verb="sind")

    def static_list_clause(self, name: str, source: str, negated: bool) -> Clause:
        where = f" ({german_source(source)})" if source else ""
        return Clause("die", f"{'nicht ' if negated else ''}in der Liste {name}{where} stehen",
                      verb="stehen")

    def label_clause(self, segmentation: str, labels: list[str], mode: str) -> Clause:
        by = f"von {label(segmentation)}"
        said = {"set": f"{by} eingestuft sind", "unset": f"{by} nicht eingestuft sind",
                "is": f"{by} als {listing(labels, 'oder')} eingestuft sind",
                "not": f"{by} nicht als {listing(labels, 'oder')} eingestuft sind",
                "other": f"{by} anders als {listing(labels, 'oder')} eingestuft sind"}
        return Clause("die", said[mode], verb="sind")

    def rank_clause(self, subject: NP, direction: ast.RankDir, percent: Decimal,
                    negated: bool) -> Clause:
        where = "obersten" if direction is ast.RankDir.TOP else "untersten"
        return Clause("die", f"nach {subject.dat} {'nicht ' if negated else ''}zu den {where} "
                             f"{num(percent)} % der Kunden gehören", verb="gehören")

    def ntile_clause(self, subject: NP, groups: Decimal, op: ast.CompareOp, group: Decimal,
                     or_unset: bool) -> Clause:
        k = num(group)
        which = {Op.EQ: f"in Gruppe {k}", Op.NE: f"in einer anderen Gruppe als {k}",
                 Op.LT: f"in einer Gruppe unter {k}", Op.LE: f"in Gruppe {k} oder darunter",
                 Op.GT: f"in einer Gruppe über {k}", Op.GE: f"in Gruppe {k} oder darüber"}[op]
        note = (" (der höchsten)" if op is Op.EQ and group == groups
                else " (der niedrigsten)" if op is Op.EQ and group == 1 else "")
        caveat = f" {subject.caveat}" if or_unset else ""
        return Clause("die", f"bei einer Einteilung in {num(groups)} gleich große Gruppen nach "
                             f"{subject.dat} {which}{note} liegen{caveat}",
                      verb=None if or_unset else "liegen")

    # ------------------------------------------------------------ values compared

    def _about(self, subject: NP, pred: str, with_pred: str, or_unset: bool,
               verb: str) -> Clause:
        """"deren X PRED" (or "bei denen X PRED"); in a filter "mit X WITH_PRED"."""
        caveat = f" {subject.caveat}" if or_unset else ""
        if self.event is not None:
            return Clause("mit", f"{subject.nom} {with_pred}{caveat}".replace("  ", " "))
        plain = f"{subject.nom} {pred}{caveat}"
        if subject.deren is not None:
            return Clause("deren", f"{subject.deren} {pred}{caveat}", alt=plain)
        return Clause("bei denen", plain, alt=plain, verb=None if or_unset else verb)

    def compare_clause(self, subject: NP, op: ast.CompareOp, right: ast.Expr, or_unset: bool,
                       kind: str) -> Clause:
        v = self.value(right).nom
        if kind == "string" and op in _SORTS:
            pred, with_pred = (part.format(v) for part in _SORTS[op])
            return self._about(subject, pred, with_pred, or_unset, pred.rsplit(" ", 1)[1])
        with_pred = (_OF[op] if kind == "number" else _OF[op] if op is Op.NE else "{0}")
        # "deren 'country' „DE“ ist", but "gleich" between numbers ("0,1 plus 0,2 gleich 0,3").
        is_ = "gleich {0} ist" if op is Op.EQ and kind == "number" else _IS[op]
        return self._about(subject, is_.format(v), with_pred.format(v), or_unset, "ist")

    def length_clause(self, subject: NP, op: ast.CompareOp, amount: Decimal,
                      or_unset: bool) -> Clause:
        chars = f"{_COUNT[op]} {num(amount)} Zeichen"
        if amount == 0 and op in (Op.EQ, Op.NE):
            pred = "leer ist" if op is Op.EQ else "nicht leer ist"
        else:
            pred = f"{chars} lang ist"
        return self._about(subject, pred, f"von {chars} Länge", or_unset, "ist")

    def time_clause(self, subject: NP, op: ast.CompareOp, bound: ast.Expr,
                    or_unset: bool) -> Clause:
        phrase = self._when(op, bound)
        verb = "war" if subject.past else "liegt"
        return self._about(subject, f"{phrase} {verb}", phrase, or_unset, verb)

    def window_clause(self, subject: NP, window: ast.Window, negated: bool) -> Clause:
        if negated and isinstance(window, ast.SinceWindow):
            return self.time_clause(subject, Op.LT, window.bound, True)
        if negated and isinstance(window, ast.BeforeWindow):
            return self.time_clause(subject, Op.GE, window.bound, True)
        phrase = ("nicht " if negated else "") + self._value_window(window)
        verb = "war" if subject.past else "liegt"
        return self._about(subject, f"{phrase} {verb}", phrase, negated, verb)

    def list_clause(self, subject: NP, items: list[ast.Literal], negated: bool,
                    kind: str) -> Clause:
        if kind == "time":
            words = [self._when(Op.EQ, item) for item in items]
            verb = "war" if subject.past else "liegt"
        else:
            words = [self.value(item).nom for item in items]
            verb = "ist"
        phrase = _weder(words) if negated else listing(words, "oder")
        with_pred = "von " + phrase if kind == "number" and not negated else phrase
        return self._about(subject, f"{phrase} {verb}", with_pred, negated, verb)

    def between_clause(self, subject: NP, low: ast.Expr, high: ast.Expr,
                       negated: bool) -> Clause:
        phrase = (f"{'nicht ' if negated else ''}zwischen {self.value(low).dat} und "
                  f"{self.value(high).dat}")
        return self._about(subject, f"{phrase} liegt", phrase, negated, "liegt")

    def case_note(self) -> str:
        return "(ohne Rücksicht auf Groß- und Kleinschreibung)"

    def text_clause(self, subject: NP, op: ast.TextOp, pattern: NP, negated: bool) -> Clause:
        says, denies, with_ = _TEXT[op]
        if self.event is not None and op is ast.TextOp.CONTAINS:  # "mit „vip“ in 'campaign'"
            caveat = f" {subject.caveat}" if negated else ""
            return Clause("mit", f"{pattern.nom} in {subject.dat}{caveat}")
        pred = (denies if negated else says).format(pattern.nom)
        return self._about(subject, pred, with_.format(pattern.nom), negated,
                           pred.rsplit(" ", 1)[1])

    def elements_clause(self, subject: NP, op: ast.TextOp, items: list[NP],
                        negated: bool) -> Clause:
        words = [item.nom for item in items]
        if self.event is not None:  # "mit „gift“ oder „sale“ in 'labels'"
            joined = listing(words, "und" if op is ast.TextOp.CONTAINS_ALL else "oder")
            caveat = f" {subject.caveat}" if negated else ""
            return Clause("ohne" if negated else "mit", f"{joined} in {subject.dat}{caveat}")
        if op is ast.TextOp.CONTAINS_ALL and len(words) > 1:
            what = "die Elemente " + listing(words, "und")
        elif len(words) > 1:
            what = "eines der Elemente " + listing(words, "oder")
        else:
            what = "das Element " + words[0]
        pred = f"{what} {'nicht ' if negated else ''}enthält"
        return self._about(subject, pred, f"mit {what}", negated, "enthält")

    def element_count_clause(self, subject: NP, op: ast.CompareOp, amount: Decimal,
                             or_unset: bool) -> Clause:
        if self.event is not None:  # "mit mindestens 2 Elementen in 'labels'"
            dative = f"{_COUNT[op]} {num(amount)} Element{'' if amount == 1 else 'en'}"
            caveat = f" {subject.caveat}" if or_unset else ""
            return Clause("mit", f"{dative} in {subject.dat}{caveat}")
        elements = f"{_COUNT[op]} {num(amount)} Element{'' if amount == 1 else 'e'}"
        return self._about(subject, f"{elements} hat", elements, or_unset, "hat")

    def set_clause(self, subject: NP, negated: bool) -> Clause:
        if self.event is not None:
            if negated:
                return Clause("ohne", f"Wert für {subject.acc}")
            return Clause("mit", f"einem Wert für {subject.acc}")
        return self._about(subject, "keinen Wert hat" if negated else "einen Wert hat", "",
                           False, "hat")


def german_source(source: str) -> str:
    """``file lists/fair.csv`` / ``table t, column c`` (StaticListSource.described)
    in German."""
    if source.startswith("file "):
        return "Datei " + source[len("file "):]
    return source.replace("table ", "Tabelle ", 1).replace(", column ", ", Spalte ", 1)
