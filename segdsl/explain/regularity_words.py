"""How ``explain`` says regularity and lifecycle (SPEC 11) in English and German.

Plain functions over the node, whether the event reads as buying, and the event's
filter already worded by the language (``with_``: " with 'category' kids" / " mit
…"), so that the language modules only hand them over:

* ``has purchase in at least 3 of the last 4 weeks``: "bought in at least 3 of the
  last 4 weeks" / "die in mindestens 3 der letzten 4 Wochen gekauft haben";
* ``stopped purchase in last 30 days``: "stopped buying in the last 30 days (bought
  in the 30 days before)" / "die in den letzten 30 Tagen nicht mehr gekauft haben,
  in den 30 Tagen davor aber schon";
* ``restarted …``: "bought again in the last 30 days (not in the 30 days before,
  but earlier)".
"""

from __future__ import annotations

from segdsl.explain.german_words import UNITS, duration, within_one
from segdsl.explain.parts import Clause, label
from segdsl.syntax import ast

# ------------------------------------------------------------------ English


def _en_last(amount: int, unit: ast.Unit) -> str:
    return f"the last {unit.value}" if amount == 1 else f"the last {amount} {unit.value}s"


def _en_periods(least: int, periods: ast.Duration, negated: bool) -> str | None:
    """"in at least 3 of the last 4 weeks"; negated "in fewer than 3 of …"; None
    when there is one period and the verb must say "not"."""
    last, n = _en_last(periods.amount, periods.unit), periods.amount
    if n == 1:
        return None if negated else f"in {last}"
    if negated:
        return f"in none of {last}" if least == 1 else f"in fewer than {least} of {last}"
    if least == n:
        return f"in each of {last}"
    return f"in {'at least one' if least == 1 else f'at least {least}'} of {last}"


def english_regular(node: ast.HasRegular, buys: bool, with_: str, negated: bool) -> Clause:
    least = int(node.least.value)
    periods = _en_periods(least, node.periods, negated)
    said_not = periods is None  # one period, negated: the verb says it
    when = periods or f"in {_en_last(node.periods.amount, node.periods.unit)}"
    if buys and not with_:
        return Clause("who", f"{'did not buy' if said_not else 'bought'} {when}")
    if buys:
        return Clause("who", f"made {'no' if said_not else 'a'} purchase{with_} {when}")
    article = "no" if said_not else _a(node.match.event)
    return Clause("who", f"have {article} {label(node.match.event)} event{with_} {when}")


def _a(event: str) -> str:
    return "an" if event[:1].lower() in "aeiou" else "a"


def _en_span(d: ast.Duration) -> tuple[str, str]:
    """("the last 30 days", "the 30 days before"), ("the last month", "the month before")."""
    if d.amount == 1:
        return f"the last {d.unit.value}", f"the {d.unit.value} before"
    return f"the last {d.amount} {d.unit.value}s", f"the {d.amount} {d.unit.value}s before"


def english_lifecycle(node: ast.LifecycleTest, buys: bool, with_: str) -> Clause:
    assert isinstance(node.window, ast.LastWindow)
    last, before = _en_span(node.window.duration)
    if buys and not with_:
        did, doing = "bought", "buying"
    elif buys:
        did, doing = f"made a purchase{with_}", f"making purchases{with_}"
    else:
        event = f"{_a(node.match.event)} {label(node.match.event)} event{with_}"
        did, doing = f"had {event}", f"having {label(node.match.event)} events{with_}"
    if node.kind is ast.Lifecycle.STOPPED:
        return Clause("who", f"stopped {doing} in {last} ({did} in {before})")
    again = "have" + did[3:] if did.startswith("had ") else did
    return Clause("who", f"{again} again in {last} (not in {before}, but earlier)")


# ------------------------------------------------------------------ German


def _de_last(amount: int, unit: ast.Unit) -> str:
    """"der letzten 4 Wochen" (genitive plural)."""
    return f"der letzten {amount} {UNITS[unit.value][1]}"


def _de_periods(least: int, periods: ast.Duration, negated: bool) -> str | None:
    n, unit = periods.amount, periods.unit
    feminine = UNITS[unit.value][3] == "f"
    if n == 1:
        return None if negated else within_one(unit, "letzt")
    last = _de_last(n, unit)
    if negated:
        if least == 1:
            return f"in {'keiner' if feminine else 'keinem'} {last}"
        return f"in weniger als {least} {last}"
    if least == n:
        return f"in {'jeder' if feminine else 'jedem'} {last}"
    if least == 1:
        return f"in mindestens {'einer' if feminine else 'einem'} {last}"
    return f"in mindestens {least} {last}"


def german_regular(node: ast.HasRegular, buys: bool, with_: str, negated: bool) -> Clause:
    least = int(node.least.value)
    periods = _de_periods(least, node.periods, negated)
    said_not = periods is None
    when = periods or within_one(node.periods.unit, "letzt")
    if buys and not with_:
        return Clause("die", f"{when} {'nichts ' if said_not else ''}gekauft haben",
                      verb="haben/aux")
    if buys:
        return Clause("die", f"{when} {'keinen' if said_not else 'einen'} Kauf{with_} "
                             f"getätigt haben", verb="haben/aux")
    return Clause("die", f"{when} {'kein' if said_not else 'ein'} "
                         f"{label(node.match.event)}-Ereignis{with_} haben", verb="haben")


def _de_span(d: ast.Duration) -> tuple[str, str]:
    """("in den letzten 30 Tagen", "in den 30 Tagen davor"), ("innerhalb des letzten
    Monats", "im Monat davor")."""
    one, _, _, gender, _ = UNITS[d.unit.value]
    if d.amount == 1:
        before = ("am Tag davor" if d.unit is ast.Unit.DAY
                  else f"in der {one} davor" if gender == "f" else f"im {one} davor")
        return within_one(d.unit, "letzt"), before
    span = duration(d, dative=True)
    return f"in den letzten {span}", f"in den {span} davor"


def german_lifecycle(node: ast.LifecycleTest, buys: bool, with_: str) -> Clause:
    assert isinstance(node.window, ast.LastWindow)
    last, before = _de_span(node.window.duration)
    stopped = node.kind is ast.Lifecycle.STOPPED
    if buys and not with_:
        body = (f"{last} nicht mehr gekauft haben, {before} aber schon" if stopped
                else f"{last} wieder gekauft haben ({before} nicht, früher schon)")
        return Clause("die", body, verb="haben/aux", nested=stopped)
    if buys:
        body = (f"{last} keinen Kauf{with_} mehr getätigt haben, {before} aber schon"
                if stopped else
                f"{last} wieder einen Kauf{with_} getätigt haben ({before} nicht, früher schon)")
        return Clause("die", body, verb="haben/aux", nested=stopped)
    event = f"{label(node.match.event)}-Ereignis{with_}"
    body = (f"{last} kein {event} mehr haben, {before} aber schon" if stopped
            else f"{last} wieder ein {event} haben ({before} nicht, früher schon)")
    # "…, in den 30 Tagen davor aber schon" ends in a clause of its own: German sets
    # off what follows with a comma.
    return Clause("die", body, verb="haben", nested=stopped)
