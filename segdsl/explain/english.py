"""English wording of ``explain`` (the walk is :mod:`segdsl.explain.walker`)."""

from __future__ import annotations

from segdsl.explain.walker import Walker, conjuncts, disjuncts, label, number
from segdsl.syntax import ast

_OPS = {"=": "equal to", "!=": "other than", "<": "less than", "<=": "at most",
        ">": "more than", ">=": "at least"}
_TIME_OPS = {"<": "before", "<=": "at or before", ">": "after", ">=": "at or after"}
_AGG = {"sum": "the total", "avg": "the average", "min": "the smallest",
        "max": "the largest"}
_ARITH = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}
_TEXT = {"contains": "contains", "starts with": "starts with", "ends with": "ends with",
         "matches": "matches the pattern"}
_FUNCTIONS = {"lower": "{0} in lower case", "upper": "{0} in upper case",
              "trim": "{0} without surrounding spaces", "length": "the length of {0}",
              "abs": "the absolute value of {0}", "round": "{0} rounded",
              "date": "the day of {0}", "days_since": "the days since {0}",
              "years_since": "the full years since {0}"}


def _plural(amount: int, unit: str) -> str:
    return f"{amount} {unit}" if amount == 1 else f"{amount} {unit}s"


def _list(parts: list[str], word: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {word} " + parts[-1]


class English(Walker):
    def segment(self, decl: ast.SegmentDecl) -> str:
        return f"Customers who {self.cond(decl.condition)}."

    def segmentation(self, decl: ast.SegmentationDecl) -> str:
        parts = []
        for branch in decl.branches:
            if branch.condition is None:
                parts.append(f"otherwise {branch.label}")
            else:
                parts.append(f"{branch.label}: customers who {self.cond(branch.condition)}")
        return "; ".join(parts) + "."

    def metric(self, decl: ast.MetricDecl) -> str:
        text = self.value(decl.expr)
        return f"{label(decl.name)} is {text}, per customer."

    # ------------------------------------------------------------ conditions

    def truthy(self, node: ast.Expr) -> str:
        if isinstance(node, ast.BoolLit):
            return "are any customer" if node.value else "are no customer"
        return f"have {self.value(node)} true"

    def c_And(self, node: ast.And) -> str:
        return _list([self.cond(part) for part in conjuncts(node)], "and")

    def c_Or(self, node: ast.Or) -> str:
        return "either " + _list([self.cond(part) for part in disjuncts(node)], "or")

    def c_Not(self, node: ast.Not) -> str:
        inner = node.operand
        if isinstance(inner, ast.InSegment):
            return f"are not in the segment '{self.segment_title(inner.segment)}'"
        if isinstance(inner, ast.HasEvent):
            return self.c_HasEvent(inner, flip=True)
        return f"do not meet this: they {self.cond(inner)}"

    def c_Compare(self, node: ast.Compare) -> str:
        left = self.metric_expr(node.left)
        if isinstance(left, ast.Aggregate) and left.function is ast.AggFn.COUNT \
                and not left.distinct and isinstance(node.right, ast.NumberLit):
            amount = number(node.right.value, ".", ",")
            tail = self._filter(left.filter) + self._window(left.window)
            if self.is_buy(left.event):
                times = "time" if node.right.value == 1 else "times"
                return f"bought {_OPS[node.op]} {amount} {times}{tail}"
            return f"have {_OPS[node.op]} {amount} {label(left.event)} events{tail}"
        if self.is_segmentation(node.left) and isinstance(node.right, ast.StringLit):
            assert isinstance(node.left, ast.Name)
            word = "are" if node.op is ast.CompareOp.EQ else "are not"
            return f"{word} labelled {node.right.value} by {label(node.left.name)}"
        op = _TIME_OPS.get(node.op) if _is_time(node.right) else None
        return f"have {self.value(node.left)} {op or _OPS[node.op]} {self.value(node.right)}"

    def c_InList(self, node: ast.InList) -> str:
        items = _list([self.value(item) for item in node.items.items], "or")
        word = "not one of" if node.negated else "one of"
        return f"have {self.value(node.expr)} {word} {items}"

    def c_Between(self, node: ast.Between) -> str:
        word = "not between" if node.negated else "between"
        return (f"have {self.value(node.expr)} {word} {self.value(node.low)} and "
                f"{self.value(node.high)}")

    def c_TextTest(self, node: ast.TextTest) -> str:
        return f"have {self.value(node.expr)} that {_TEXT[node.op]} {self.value(node.pattern)}"

    def c_IsSet(self, node: ast.IsSet) -> str:
        return f"have {self.value(node.expr)} {'not set' if node.negated else 'set'}"

    def c_WindowTest(self, node: ast.WindowTest) -> str:
        word = " not" if node.negated else ""
        return f"have {self.value(node.expr)}{word}{self._window(node.window)}"

    def c_RankTest(self, node: ast.RankTest) -> str:
        word = "are not" if node.negated else "are"
        percent = number(node.percent.value, ".", ",")
        return (f"{word} in the {node.direction.value} {percent}% of customers by "
                f"{self.value(node.expr)}")

    def c_InSegment(self, node: ast.InSegment) -> str:
        return f"are in the segment '{self.segment_title(node.segment)}'"

    def c_HasEvent(self, node: ast.HasEvent, flip: bool = False) -> str:
        negated = node.negated != flip
        event = node.match.event
        tail = self._filter(node.match.filter) + self._window(node.window)
        if self.is_buy(event):
            return ("have not bought" if negated else "have bought") + tail
        if negated:
            return f"have no {label(event)} event{tail}"
        return f"have at least one {label(event)} event{tail}"

    def c_HasSequence(self, node: ast.HasSequence) -> str:
        first = self._match(node.first)
        then = self._match(node.then)
        within = _plural(node.within.amount, node.within.unit.value)
        window = self._window(node.window)
        if node.then_absent:
            return (f"have {first}{window} that was not followed by {then} "
                    f"within {within}")
        return f"have {first}{window} followed by {then} within {within}"

    # ------------------------------------------------------------ values

    def as_clause(self, node: ast.Expr) -> str:
        return f"whether they {self.cond(node)}"

    def v_StringLit(self, node: ast.StringLit) -> str:
        return f'"{node.value}"'

    def v_NumberLit(self, node: ast.NumberLit) -> str:
        return number(node.value, ".", ",")

    def v_BoolLit(self, node: ast.BoolLit) -> str:
        return "true" if node.value else "false"

    def v_DateLit(self, node: ast.DateLit) -> str:
        return node.value.isoformat()

    def v_TimestampLit(self, node: ast.TimestampLit) -> str:
        return node.value.strftime("%Y-%m-%d %H:%M UTC")

    def v_TimeNow(self, node: ast.TimeNow) -> str:
        return "today" if node.keyword is ast.TimeKeyword.TODAY else "now"

    def v_Duration(self, node: ast.Duration) -> str:
        return _plural(node.amount, node.unit.value)

    def v_Ago(self, node: ast.Ago) -> str:
        return f"{self.v_Duration(node.duration)} ago"

    def v_ListLit(self, node: ast.ListLit) -> str:
        return _list([self.value(item) for item in node.items], "or")

    def v_Name(self, node: ast.Name) -> str:
        return label(node.name)

    def v_Member(self, node: ast.Member) -> str:
        return f"the {node.base}'s {label(node.name)}"

    def v_Call(self, node: ast.Call) -> str:
        args = [self.value(arg) for arg in node.args]
        if node.function == "coalesce":
            return _list(args, "or else")
        if node.function == "ntile":
            return (f"the group (1 to {args[1]}, equal-sized, by {args[0]}) "
                    f"they fall in")
        if node.function == "round" and len(args) == 2:
            return f"{args[0]} rounded to {args[1]} decimal places"
        pattern = _FUNCTIONS.get(node.function, node.function + " of {0}")
        return pattern.format(_list(args, "and"))

    def v_Arith(self, node: ast.Arith) -> str:
        return f"{self.value(node.left)} {_ARITH[node.op]} {self.value(node.right)}"

    def v_Neg(self, node: ast.Neg) -> str:
        return f"minus {self.value(node.operand)}"

    def v_Aggregate(self, node: ast.Aggregate) -> str:
        events = f"{label(node.event)} events"
        tail = self._filter(node.filter) + self._window(node.window)
        fn = node.function
        if fn is ast.AggFn.COUNT:
            if node.prop is None:
                return f"the number of {events}{tail}"
            distinct = "different " if node.distinct else ""
            return f"the number of {distinct}{label(node.prop)} values of {events}{tail}"
        if fn in (ast.AggFn.FIRST, ast.AggFn.LAST):
            which = fn.value
            if node.prop is None:
                return f"the time of the {which} {label(node.event)} event{tail}"
            return f"the {label(node.prop)} of the {which} {label(node.event)} event{tail}"
        distinct = " (different values only)" if node.distinct else ""
        return f"{_AGG[fn.value]} {label(node.prop or '')} of {events}{tail}{distinct}"

    # ------------------------------------------------------------ parts

    def _match(self, match: ast.EventMatch) -> str:
        article = "an" if match.event[:1].lower() in "aeiou" else "a"
        return f"{article} {label(match.event)} event{self._filter(match.filter)}"

    def _filter(self, found: ast.EventFilter | None) -> str:
        if found is None or found.condition is None:
            return ""
        # Inside `with`, names are the event's properties: "with 'price' at least 30".
        text = self.cond(found.condition)
        return " with " + (text[len("have "):] if text.startswith("have ") else text)

    def _window(self, window: ast.Window | None) -> str:
        if window is None:
            return ""
        if isinstance(window, ast.LastWindow):
            d = window.duration
            return (f" in the last {d.unit.value}" if d.amount == 1
                    else f" in the last {_plural(d.amount, d.unit.value)}")
        if isinstance(window, ast.NextWindow):
            d = window.duration
            return (f" in the next {d.unit.value}" if d.amount == 1
                    else f" in the next {_plural(d.amount, d.unit.value)}")
        if isinstance(window, ast.PeriodWindow):
            which = "this" if window.offset == 0 else "the previous"
            return f" in {which} {window.period.value}"
        if isinstance(window, ast.SinceWindow):
            return f" since {self.value(window.bound)}"
        if isinstance(window, ast.BeforeWindow):
            return f" before {self.value(window.bound)}"
        return f" between {self.value(window.low)} and {self.value(window.high)}"


def _is_time(node: ast.Expr) -> bool:
    if isinstance(node, ast.Arith):
        return _is_time(node.left)
    return isinstance(node, ast.Ago | ast.TimeNow | ast.DateLit | ast.TimestampLit)
