"""German wording of ``explain``: relative clauses with the verb at the end
("Kunden, die in den letzten 30 Tagen mehr als 3-mal gekauft haben")."""

from __future__ import annotations

from segdsl.explain.walker import Walker, conjuncts, disjuncts, label, number
from segdsl.syntax import ast

_OPS = {"=": "gleich", "!=": "ungleich", "<": "kleiner als", "<=": "höchstens",
        ">": "größer als", ">=": "mindestens"}
_COUNT_OPS = {"=": "genau", "!=": "nicht genau", "<": "weniger als", "<=": "höchstens",
              ">": "mehr als", ">=": "mindestens"}
_TIME_OPS = {"<": "früher als", "<=": "spätestens", ">": "später als", ">=": "frühestens"}
_AGG = {"sum": "die Summe von", "avg": "der Durchschnitt von",
        "min": "der kleinste Wert von", "max": "der größte Wert von"}
_ARITH = {"+": "plus", "-": "minus", "*": "mal", "/": "geteilt durch"}
_TEXT = {"contains": "{0} enthält", "starts with": "mit {0} beginnt",
         "ends with": "auf {0} endet", "matches": "auf das Muster {0} passt"}
_FUNCTIONS = {"lower": "{0} in Kleinbuchstaben", "upper": "{0} in Großbuchstaben",
              "trim": "{0} ohne umgebende Leerzeichen", "length": "die Länge von {0}",
              "abs": "der Betrag von {0}", "round": "{0} gerundet",
              "date": "der Tag von {0}", "days_since": "die Tage seit {0}",
              "years_since": "die vollen Jahre seit {0}"}
# unit -> (singular, plural, dative plural)
_UNITS = {"minute": ("Minute", "Minuten", "Minuten"), "hour": ("Stunde", "Stunden", "Stunden"),
          "day": ("Tag", "Tage", "Tagen"), "week": ("Woche", "Wochen", "Wochen"),
          "month": ("Monat", "Monate", "Monaten"), "year": ("Jahr", "Jahre", "Jahren")}
_PERIODS = {"week": ("in dieser Woche", "in der letzten Kalenderwoche"),
            "month": ("in diesem Monat", "im letzten Kalendermonat"),
            "quarter": ("in diesem Quartal", "im letzten Kalenderquartal"),
            "year": ("in diesem Jahr", "im letzten Kalenderjahr")}
_AUX = (" haben", " sind")


def _dur(d: ast.Duration, dative: bool = False) -> str:
    one, many, dat = _UNITS[d.unit.value]
    return f"{d.amount} {one}" if d.amount == 1 else f"{d.amount} {dat if dative else many}"


def _list(parts: list[str], word: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def _num(node: ast.NumberLit) -> str:
    return number(node.value, ",", ".")


class German(Walker):
    def segment(self, decl: ast.SegmentDecl) -> str:
        return f"Kunden, die {self.cond(decl.condition)}."

    def segmentation(self, decl: ast.SegmentationDecl) -> str:
        parts = []
        for branch in decl.branches:
            if branch.condition is None:
                parts.append(f"sonst {branch.label}")
            else:
                parts.append(f"{branch.label}: Kunden, die {self.cond(branch.condition)}")
        return "; ".join(parts) + "."

    def metric(self, decl: ast.MetricDecl) -> str:
        return f"{label(decl.name)} ist je Kunde {self.value(decl.expr)}."

    # ------------------------------------------------------------ conditions

    def truthy(self, node: ast.Expr) -> str:
        if isinstance(node, ast.BoolLit):
            return "beliebige Kunden sind" if node.value else "keine Kunden sind"
        return f"{self.value(node)} wahr haben"

    def c_And(self, node: ast.And) -> str:
        parts = [self.cond(part) for part in conjuncts(node)]
        # "... gekauft haben und ... nicht gekauft haben" -> one "haben" at the end.
        for index in range(len(parts) - 1):
            for aux in _AUX:
                if parts[index].endswith(aux) and parts[index + 1].endswith(aux):
                    parts[index] = parts[index][: -len(aux)]
        return _list(parts, "und")

    def c_Or(self, node: ast.Or) -> str:
        return "entweder " + _list([self.cond(part) for part in disjuncts(node)], "oder")

    def c_Not(self, node: ast.Not) -> str:
        inner = node.operand
        if isinstance(inner, ast.InSegment):
            return f"nicht im Segment „{self.segment_title(inner.segment)}“ sind"
        if isinstance(inner, ast.HasEvent):
            return self.c_HasEvent(inner, flip=True)
        # In parentheses, so that c_And never merges the inner verb with its neighbours.
        return f"nicht zu den Kunden gehören (die {self.cond(inner)})"

    def c_Compare(self, node: ast.Compare) -> str:
        left = self.metric_expr(node.left)
        if isinstance(left, ast.Aggregate) and left.function is ast.AggFn.COUNT \
                and not left.distinct and isinstance(node.right, ast.NumberLit):
            amount = _num(node.right)
            where = self._window(left.window).strip()
            where = where + " " if where else ""
            with_ = self._filter(left.filter)
            if self.is_buy(left.event) and not with_:
                return f"{where}{_COUNT_OPS[node.op]} {amount}-mal gekauft haben".lstrip()
            noun = "Ereignis" if node.right.value == 1 else "Ereignisse"
            return (f"{where}{_COUNT_OPS[node.op]} {amount} {label(left.event)}-{noun}"
                    f"{with_} haben").lstrip()
        if self.is_segmentation(node.left) and isinstance(node.right, ast.StringLit):
            assert isinstance(node.left, ast.Name)
            word = "" if node.op is ast.CompareOp.EQ else "nicht "
            return f"von {label(node.left.name)} {word}als {node.right.value} eingestuft sind"
        op = _TIME_OPS.get(node.op) if _is_time(node.right) else None
        return f"{self.value(node.left)} {op or _OPS[node.op]} {self.value(node.right)} haben"

    def c_InList(self, node: ast.InList) -> str:
        items = _list([self.value(item) for item in node.items.items], "oder")
        word = "nicht " if node.negated else ""
        return f"als {self.value(node.expr)} {word}{items} haben"

    def c_Between(self, node: ast.Between) -> str:
        word = "nicht " if node.negated else ""
        return (f"{self.value(node.expr)} {word}zwischen {self.value(node.low)} und "
                f"{self.value(node.high)} haben")

    def c_TextTest(self, node: ast.TextTest) -> str:
        verb = _TEXT[node.op].format(self.value(node.pattern))
        return f"{self.value(node.expr)} haben, das {verb}"

    def c_IsSet(self, node: ast.IsSet) -> str:
        word = "keinen Wert" if node.negated else "einen Wert"
        return f"für {self.value(node.expr)} {word} haben"

    def c_WindowTest(self, node: ast.WindowTest) -> str:
        word = " nicht" if node.negated else ""
        return f"{self.value(node.expr)}{word}{self._window(node.window)} haben"

    def c_RankTest(self, node: ast.RankTest) -> str:
        word = "nicht " if node.negated else ""
        where = "obersten" if node.direction is ast.RankDir.TOP else "untersten"
        return (f"nach {self.value(node.expr)} {word}zu den {where} "
                f"{_num(node.percent)} % der Kunden gehören")

    def c_InSegment(self, node: ast.InSegment) -> str:
        return f"im Segment „{self.segment_title(node.segment)}“ sind"

    def c_HasEvent(self, node: ast.HasEvent, flip: bool = False) -> str:
        negated = node.negated != flip
        event = node.match.event
        with_ = self._filter(node.match.filter)
        where = self._window(node.window).lstrip()
        where = where + " " if where else ""
        if self.is_buy(event) and not with_:
            return f"{where}{'nichts ' if negated else ''}gekauft haben"
        word = "kein" if negated else "mindestens ein"
        return f"{where}{word} {label(event)}-Ereignis{with_} haben"

    def c_HasSequence(self, node: ast.HasSequence) -> str:
        first = self._match(node.first)
        then = self._match(node.then, "kein" if node.then_absent else "ein")
        within = _dur(node.within, dative=True)
        where = self._window(node.window).lstrip()
        where = where + " " if where else ""
        if node.then_absent:
            return f"{where}{first} haben, auf das innerhalb von {within} {then} folgte"
        return f"{where}{first} haben, auf das innerhalb von {within} {then} folgte"

    # ------------------------------------------------------------ values

    def as_clause(self, node: ast.Expr) -> str:
        return f"ob sie {self.cond(node)}"

    def v_StringLit(self, node: ast.StringLit) -> str:
        return f"„{node.value}“"

    def v_NumberLit(self, node: ast.NumberLit) -> str:
        return _num(node)

    def v_BoolLit(self, node: ast.BoolLit) -> str:
        return "wahr" if node.value else "falsch"

    def v_DateLit(self, node: ast.DateLit) -> str:
        return node.value.strftime("%d.%m.%Y")

    def v_TimestampLit(self, node: ast.TimestampLit) -> str:
        return node.value.strftime("%d.%m.%Y %H:%M UTC")

    def v_TimeNow(self, node: ast.TimeNow) -> str:
        return "heute" if node.keyword is ast.TimeKeyword.TODAY else "jetzt"

    def v_Duration(self, node: ast.Duration) -> str:
        return _dur(node)

    def v_Ago(self, node: ast.Ago) -> str:
        return f"vor {_dur(node.duration, dative=True)}"

    def v_ListLit(self, node: ast.ListLit) -> str:
        return _list([self.value(item) for item in node.items], "oder")

    def v_Name(self, node: ast.Name) -> str:
        return label(node.name)

    def v_Member(self, node: ast.Member) -> str:
        return f"{label(node.name)} von {label(node.base)}"

    def v_Call(self, node: ast.Call) -> str:
        args = [self.value(arg) for arg in node.args]
        if node.function == "coalesce":
            return _list(args, "oder ersatzweise")
        if node.function == "ntile":
            return f"die Gruppe (1 bis {args[1]}, gleich groß, nach {args[0]})"
        if node.function == "round" and len(args) == 2:
            return f"{args[0]} auf {args[1]} Nachkommastellen gerundet"
        pattern = _FUNCTIONS.get(node.function, node.function + " von {0}")
        return pattern.format(_list(args, "und"))

    def v_Arith(self, node: ast.Arith) -> str:
        return f"{self.value(node.left)} {_ARITH[node.op]} {self.value(node.right)}"

    def v_Neg(self, node: ast.Neg) -> str:
        return f"minus {self.value(node.operand)}"

    def v_Aggregate(self, node: ast.Aggregate) -> str:
        events = f"der {label(node.event)}-Ereignisse"
        tail = self._filter(node.filter) + self._window(node.window)
        fn = node.function
        if fn is ast.AggFn.COUNT:
            if node.prop is None:
                return f"die Anzahl {events}{tail}"
            distinct = "verschiedenen " if node.distinct else ""
            return f"die Anzahl der {distinct}Werte von {label(node.prop)} {events}{tail}"
        if fn in (ast.AggFn.FIRST, ast.AggFn.LAST):
            which = "ersten" if fn is ast.AggFn.FIRST else "letzten"
            if node.prop is None:
                return f"der Zeitpunkt des {which} {label(node.event)}-Ereignisses{tail}"
            return f"{label(node.prop)} des {which} {label(node.event)}-Ereignisses{tail}"
        distinct = " (nur verschiedene Werte)" if node.distinct else ""
        return f"{_AGG[fn.value]} {label(node.prop or '')} {events}{tail}{distinct}"

    # ------------------------------------------------------------ parts

    def _match(self, match: ast.EventMatch, article: str = "ein") -> str:
        return f"{article} {label(match.event)}-Ereignis{self._filter(match.filter)}"

    def _filter(self, found: ast.EventFilter | None) -> str:
        if found is None or found.condition is None:
            return ""
        text = self.cond(found.condition)
        for aux in _AUX:
            if text.endswith(aux):
                text = text[: -len(aux)]
        return f" (mit {text})"

    def _window(self, window: ast.Window | None) -> str:
        if window is None:
            return ""
        if isinstance(window, ast.LastWindow):
            d = window.duration
            if d.amount == 1:
                one = _UNITS[d.unit.value][0]
                article = "der letzten" if one.endswith("e") else "im letzten"
                return f" {'in ' if article.startswith('der') else ''}{article} {one}"
            return f" in den letzten {_dur(d, dative=True)}"
        if isinstance(window, ast.NextWindow):
            d = window.duration
            return f" in den nächsten {_dur(d, dative=True)}"
        if isinstance(window, ast.PeriodWindow):
            current, previous = _PERIODS[window.period.value]
            return f" {current if window.offset == 0 else previous}"
        if isinstance(window, ast.SinceWindow):
            return f" seit {self.value(window.bound)}"
        if isinstance(window, ast.BeforeWindow):
            return f" vor {self.value(window.bound)}"
        return f" zwischen {self.value(window.low)} und {self.value(window.high)}"


def _is_time(node: ast.Expr) -> bool:
    if isinstance(node, ast.Arith):
        return _is_time(node.left)
    return isinstance(node, ast.Ago | ast.TimeNow | ast.DateLit | ast.TimestampLit)
