"""The reference evaluator: checked definitions over in-memory rows, no SQL.

Written straight from SPEC section 4 (and the time rules of 3.6) as plain loops over
rows, one small method per language form, so that it can serve as the oracle the
compiled SQL is tested against.  It is meant to be obviously right, not fast.

Shape of an evaluation:

* the population is the entity rows (SPEC 4.1); every definition is a column with
  one value per entity row, computed after the definitions it uses;
* a condition is evaluated by :meth:`Evaluator.holds` and is always True or False
  (SPEC 4.2: an operand that is not set makes a test false, ``not`` flips);
* a value is evaluated by :meth:`Evaluator.value` and may be None (not set);
* aggregates and ``has`` forms loop over the customer's events before as-of
  (:mod:`segdsl.reference.tables`) that pass the filter and lie in the window;
* ranking (``top``/``bottom``, ``ntile``) evaluates its value for the whole
  population and ranks it (SPEC 4.6).

Names are not looked up again: what a name, a relation's attribute, an aggregate
or a ``has`` refers to, and the type of a ``coalesce``, are the checker's facts
(``CheckedProject.facts``, check/facts.py), so only nodes of the checked
definitions can be evaluated.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from segdsl import numbers
from segdsl.casefold import fold
from segdsl.check import facts
from segdsl.check.checker import CheckedProject
from segdsl.check.types import Kind
from segdsl.engines import RowsByTable
from segdsl.project.model import EventType, Schema, ValueType
from segdsl.reference import lists, regularity
from segdsl.reference import text as txt
from segdsl.reference import values as v
from segdsl.reference.members import members_aggregate
from segdsl.reference.tables import Event, ReferenceInputError, Tables, load_tables
from segdsl.syntax import ast
from segdsl.syntax.walk import chain_operands
from segdsl.timecontext import DEFAULT, TimeContext

# ------------------------------------------------------------------ public API


def evaluate_membership(
    checked: CheckedProject,
    schema: Schema,
    rows_by_table: RowsByTable,
    as_of: dt.datetime,
    names: Sequence[str] | None = None,
    *,
    context: TimeContext = DEFAULT,
) -> tuple[list[str], list[tuple[object, ...]]]:
    """The membership table of ``names`` over the given rows, computed in Python.

    Returns what the compiled membership query (``compile_membership``) returns:
    the column names (the schema's key, then one column per name) and one row per
    entity row, in the order of the entity rows given:

    * a segment: ``True`` or ``False``;
    * a segmentation: its label (``str``) or ``None`` (no label);
    * a metric: its value or ``None`` (not set): ``int`` for integers, ``Decimal``
      with at most 9 places for numbers (docs/semantics.md), ``str``,
      ``bool``, ``datetime.date`` for dates, and an aware ``datetime`` in the
      project's zone for timestamps.

    Arguments:

    * ``checked``: a checked project without errors (``CheckedProject.ok``);
    * ``schema``: its schema (``checked.schema``), which names the tables;
    * ``rows_by_table``: physical table name -> rows as column name -> value, as the
      engines' ``load_tables`` receive them (``FixtureCase.tables``); values are
      brought to their column's type as a database would store them;
    * ``as_of``: the as-of instant, an aware datetime (a naive one is read in
      ``context``'s zone);
    * ``names``: the definitions to evaluate, default every segment, segmentation
      and metric in file order (as ``default_names`` of the compiler);
    * ``context``: the project's zone, in which days, midnights and calendar
      periods are taken and naive times are read (UTC; the compiler's dialects
      take the same :class:`~segdsl.timecontext.TimeContext`).

    Raises :class:`~segdsl.reference.tables.ReferenceInputError` (a ``ValueError``)
    for a project with errors, an unknown definition name, or rows naming a table
    or column the schema does not have.
    """
    if not checked.ok:
        raise ReferenceInputError("the definitions have errors; run `segdsl check`")
    chosen = list(names) if names is not None else default_names(checked)
    for name in chosen:
        if checked.declaration(name) is None:
            raise ReferenceInputError(f"no segment, segmentation or metric is called '{name}'")
    # The zone is the project's (SPEC 11); ``context`` adds nothing else here.
    zone = context.with_zone(checked.timezone).tzinfo
    instant = v.utc_instant(as_of)
    tables = load_tables(schema, rows_by_table, instant, zone)
    evaluator = Evaluator(checked, schema, tables, instant, zone, rows_by_table)
    for name in evaluator.in_dependency_order(chosen):
        evaluator.column(name)  # each after what it uses: no recursion along chains
    rows = [
        (entity.get(schema.key), *(evaluator.column(name)[index] for name in chosen))
        for index, entity in enumerate(evaluator.tables.entities)
    ]
    return [schema.key, *chosen], rows


def default_names(checked: CheckedProject) -> list[str]:
    """Every definition, as ``compile --all`` lists them (SPEC 6): segments,
    segmentations, metrics, each in file order."""
    return [*checked.segments, *checked.segmentations, *checked.metrics]


# ---------------------------------------------------------------------- scope


@dataclass(frozen=True, slots=True)
class Scope:
    """Where an expression is evaluated: for the entity row ``entity``, and inside
    ``with`` for one event, whose properties are then the only names (SPEC 3.5)."""

    entity: int
    event: EventType | None = None
    row: Mapping[str, object] | None = None


# Event windows have fixed bounds (checked): they are evaluated without a customer.
NO_CUSTOMER = Scope(-1)


# ------------------------------------------------------------------ evaluator


class Evaluator:
    """Evaluates the definitions of one checked project over one set of rows."""

    def __init__(self, checked: CheckedProject, schema: Schema, tables: Tables,
                 as_of: dt.datetime, zone: dt.tzinfo, rows: RowsByTable | None = None) -> None:
        self.checked = checked
        self.schema = schema
        self.tables = tables
        self.as_of = as_of
        self.zone = zone  # the project's (TimeContext.tzinfo)
        self._columns: dict[str, list[object]] = {}
        self._population: dict[int, list[object]] = {}  # id(expr) -> value per entity row
        self._static_keys: dict[str, frozenset[str]] = {}  # static list -> its keys
        # Several entities (SPEC 11): the rows as given, for the member entities'
        # evaluators (reference/members.py), made when first needed.
        self._rows = rows or {}
        self._members: dict[str, Evaluator] = {}

    def member_evaluator(self, entity: str) -> Evaluator:
        """An evaluator of ``entity``'s rows and definitions over the same rows."""
        found = self._members.get(entity)
        if found is None:
            view = self.checked.whole.for_entity(entity)
            tables = load_tables(view.schema, self._rows, self.as_of, self.zone)
            found = Evaluator(view, view.schema, tables, self.as_of, self.zone, self._rows)
            self._members[entity] = found
        return found

    def members_of(self, via: str, key: object) -> list[int]:
        """The rows whose ``via`` column holds ``key`` (compared as text, as keys are)."""
        if key is None:
            return []
        return [index for index, row in enumerate(self.tables.entities)
                if row.get(via) is not None and str(row.get(via)) == str(key)]

    # ---------------------------------------------------------- definitions

    def in_dependency_order(self, names: Sequence[str]) -> list[str]:
        """``names`` and what they use, each after what it uses (so that no chain of
        definitions is ever evaluated recursively)."""
        needed: set[str] = set()
        pending = list(names)
        while pending:
            name = pending.pop()
            if name not in needed:
                needed.add(name)
                pending.extend(self.checked.dependencies.get(name, ()))
        ordered = [name for name in self.checked.order() if name in needed]
        return ordered + [name for name in names if name not in ordered]

    def column(self, name: str) -> list[object]:
        """A definition's value for every entity row (computed once)."""
        found = self._columns.get(name)
        if found is None:
            found = [self._definition(name, Scope(index))
                     for index in range(len(self.tables.entities))]
            self._columns[name] = found
        return found

    def _definition(self, name: str, scope: Scope) -> object:
        decl = self.checked.declaration(name)
        match decl:
            case ast.MetricDecl():
                return self.value(decl.expr, scope)  # a metric is a value (SPEC 3.2)
            case ast.SegmentDecl():
                return self.holds(decl.condition, scope)  # the rows where it is true
            case ast.SegmentationDecl():
                return self._label(decl, scope)
        raise ReferenceInputError(f"no segment, segmentation or metric is called '{name}'")

    def _label(self, decl: ast.SegmentationDecl, scope: Scope) -> str | None:
        """The first branch whose condition is true, else the ``otherwise`` label,
        else no label (SPEC 3.2)."""
        for branch in decl.branches:
            if branch.condition is None or self.holds(branch.condition, scope):
                return branch.label
        return None

    # ----------------------------------------------------------- conditions

    def holds(self, expr: ast.Expr, scope: Scope) -> bool:
        """A condition: always True or False, never unknown (SPEC 4.2)."""
        match expr:
            case ast.And():
                return all(self.holds(part, scope) for part in chain_operands(expr))
            case ast.Or():
                return any(self.holds(part, scope) for part in chain_operands(expr))
            case ast.Not(operand=operand):
                return not self.holds(operand, scope)
            case ast.Compare(op=op, left=left, right=right, ignoring_case=folding):
                return v.compare(op, txt.folded(self.value(left, scope), folding),
                                 txt.folded(self.value(right, scope), folding),
                                 self.zone)
            case ast.InList():
                return self._in_list(expr, scope) != expr.negated
            case ast.Between():
                return self._between(expr, scope) != expr.negated
            case ast.TextTest():
                return self._text_test(expr, scope)
            case ast.IsSet(expr=operand, negated=negated):
                return (self.value(operand, scope) is not None) != negated
            case ast.WindowTest():
                return self._window_test(expr, scope) != expr.negated
            case ast.RankTest():
                return self._rank_test(expr, scope) != expr.negated
            case ast.InSegment(segment=segment):
                return self.column(segment)[scope.entity] is True
            case ast.InStaticList(name=name):
                return self._in_static_list(name, scope)
            case ast.HasEvent():
                return self._has_event(expr, scope)
            case ast.HasSequence():
                return self._has_sequence(expr, scope)
            case ast.HasRegular() | ast.LifecycleTest():
                return self._regularity(expr, scope)
        # A boolean value on its own (an attribute, metric or property): true only
        # when it is set and true (SPEC 4.2).
        return self.value(expr, scope) is True

    def _in_static_list(self, name: str, scope: Scope) -> bool:
        """``in list NAME``: the key's text is one of the list's keys (SPEC 11)."""
        keys = self._static_keys.get(name)
        if keys is None:
            found = self.checked.static_lists[name].keys
            if found is None:
                raise ReferenceInputError(f"the list '{name}' is read from a table, which "
                                          "the reference evaluator cannot read; give its keys")
            keys = self._static_keys[name] = frozenset(found)
        key = self.tables.entities[scope.entity].get(self.schema.key)
        return key is not None and str(key) in keys

    def _in_list(self, expr: ast.InList, scope: Scope) -> bool:
        """``E in [..]``: equal to one of the items (SPEC 3.3); not set -> false."""
        folding = expr.ignoring_case
        subject = txt.folded(self.value(expr.expr, scope), folding)
        return any(v.compare(ast.CompareOp.EQ, subject,
                             txt.folded(self.value(item, scope), folding),
                             self.zone)
                   for item in expr.items.items)

    def _between(self, expr: ast.Between, scope: Scope) -> bool:
        """Inclusive for numbers; for times the window [T1, T2), a date T2 including
        its whole day (SPEC 3.3, 3.6)."""
        subject = self.value(expr.expr, scope)
        low, high = self.value(expr.low, scope), self.value(expr.high, scope)
        if isinstance(subject, dt.date):
            window = _between_interval(low, high, self.zone)
            return window is not None and window.holds(v.to_instant(subject, self.zone))
        return (v.compare(ast.CompareOp.GE, subject, low, self.zone)
                and v.compare(ast.CompareOp.LE, subject, high, self.zone))

    def _text_test(self, expr: ast.TextTest, scope: Scope) -> bool:
        """Literal substring tests, case-sensitive unless ``ignoring case`` (SPEC 11),
        and RE2 ``matches``, found anywhere in the text (SPEC 3.3, 4.5); not set ->
        false.  On a list, element tests."""
        subject = self.checked.facts.type_of(expr.expr)
        if subject is not None and subject.is_list:
            wanted = (expr.pattern.items if isinstance(expr.pattern, ast.ListLit)
                      else (expr.pattern,))
            return lists.list_test(expr.op, self.value(expr.expr, scope),
                                   [self.value(item, scope) for item in wanted])
        text, pattern = self.value(expr.expr, scope), self.value(expr.pattern, scope)
        if not isinstance(text, str) or not isinstance(pattern, str):
            return False
        if expr.ignoring_case:  # never on `matches` (the checker refuses it)
            text, pattern = fold(text), fold(pattern)
        match expr.op:
            case ast.TextOp.CONTAINS:
                return pattern in text
            case ast.TextOp.STARTS_WITH:
                return text.startswith(pattern)
            case ast.TextOp.ENDS_WITH:
                return text.endswith(pattern)
        return txt.matches(text, pattern)

    def _window_test(self, expr: ast.WindowTest, scope: Scope) -> bool:
        """``T WINDOW``: the time lies in the window (SPEC 3.6); a date is its
        midnight in the project's zone; a time or bound that is not set -> false
        (SPEC 4.2)."""
        time = self.value(expr.expr, scope)
        if not isinstance(time, dt.date):
            return False
        window = self.interval(expr.window, scope)
        return window is not None and window.holds(v.to_instant(time, self.zone))

    # --------------------------------------------------------------- ranking

    def _ranked(self, expr: ast.Expr) -> list[object]:
        """The value of ``expr`` for every entity row (the population of SPEC 4.6)."""
        found = self._population.get(id(expr))
        if found is None:
            found = [self.value(expr, Scope(index))
                     for index in range(len(self.tables.entities))]
            self._population[id(expr)] = found
        return found

    def _rank_test(self, expr: ast.RankTest, scope: Scope) -> bool:
        """``E in top P%``: E is set and its RANK() (descending for top, ascending
        for bottom; ties share the lowest rank) among the N customers whose E is set
        is at most ceil(P x N / 100) (SPEC 4.6)."""
        population = self._ranked(expr.expr)
        own = population[scope.entity]
        if own is None:
            return False
        ranked = [other for other in population if other is not None]
        ahead = _greater if expr.direction is ast.RankDir.TOP else _less
        rank = 1 + sum(1 for other in ranked if ahead(other, own))
        return rank <= math.ceil(Fraction(expr.percent.value) * len(ranked) / 100)

    def _ntile(self, expr: ast.Call, scope: Scope) -> int | None:
        """``ntile(E, n)``: with r the ascending RANK() among the N customers whose E
        is set, floor((r - 1) x n / N) + 1; not set when E is not set (SPEC 4.6)."""
        subject, buckets = expr.args
        assert isinstance(buckets, ast.NumberLit)  # a whole-number literal (checked)
        population = self._ranked(subject)
        own = population[scope.entity]
        if own is None:
            return None
        ranked = [other for other in population if other is not None]
        rank = 1 + sum(1 for other in ranked if _less(other, own))
        return (rank - 1) * int(buckets.value) // len(ranked) + 1

    # ---------------------------------------------------------------- events

    def _events(self, event: EventType, filt: ast.EventFilter | None,
                window: ast.Window | None, scope: Scope,
                anchored: ast.AnchoredWindow | None = None) -> list[Event]:
        """The customer's events of one kind before as-of (SPEC 4.1) that pass the
        ``with`` filter and lie in the window (all history without one, SPEC 3.5)
        and in the anchored window ``[anchor, anchor + D)`` (SPEC 11; none when the
        customer's anchor is not set)."""
        key = self.tables.entities[scope.entity].get(self.schema.key)
        interval = v.Interval(None, None)
        if window is not None:
            found = self.interval(window, NO_CUSTOMER)
            if found is None:
                return []
            interval = found
        own = v.Interval(None, None)
        if anchored is not None:
            anchor = self.value(anchored.anchor, scope)
            if anchor is None:
                return []
            assert isinstance(anchor, dt.date)
            start = v.to_instant(anchor, self.zone)
            duration = anchored.duration
            # A window's length: exact days and weeks in any zone (SPEC 11).
            own = v.Interval(start, _shift_instant(start, duration.amount, duration.unit,
                                                   self.zone, duration=True))
        return [
            candidate for candidate in self.tables.events_of(event.name, key)
            if interval.holds(candidate.time) and own.holds(candidate.time)
            and self._passes(filt, event, candidate)
        ]

    def _passes(self, filt: ast.EventFilter | None, event: EventType, candidate: Event) -> bool:
        """The ``with`` filter, with the event's properties as the names in view;
        an empty filter ``with ()`` filters nothing."""
        if filt is None or filt.condition is None:
            return True
        return self.holds(filt.condition, Scope(-1, event, candidate.row))

    def _set_events(self, ref: facts.EventSetRef, filt: ast.EventFilter | None,
                    window: ast.Window | None, scope: Scope,
                    anchored: ast.AnchoredWindow | None = None
                    ) -> list[tuple[Event, EventType]]:
        """A group's or named event's events (SPEC 11): every member's events that
        pass its named events' filters, the use's filter and window; a row that two
        members match (one table, overlapping filters) is one event, read as the
        first member's event.  In time order."""
        found: dict[int, tuple[Event, EventType]] = {}
        for member in ref.members:
            for event in self._events(member.event, filt, window, scope, anchored):
                if id(event.row) in found:
                    continue
                inside = Scope(-1, member.event, event.row)
                if all(self.holds(f, inside) for f in member.filters):
                    found[id(event.row)] = (event, member.event)
        return sorted(found.values(), key=lambda pair: pair[0].time)

    def _match_events(self, match: ast.EventMatch, window: ast.Window | None,
                      scope: Scope, anchored: ast.AnchoredWindow | None = None) -> list[Event]:
        """The events of a ``has`` form's event (one event, a group or a named one)."""
        binding = self._binding(match)
        if isinstance(binding, facts.EventSetRef):
            return [e for e, _ in self._set_events(binding, match.filter, window, scope,
                                                   anchored)]
        return self._events(self._event(match), match.filter, window, scope, anchored)

    def _has_event(self, expr: ast.HasEvent, scope: Scope) -> bool:
        """``has EVENT``: at least one such event; ``has no``: none (SPEC 3.3)."""
        found = self._match_events(expr.match, expr.window, scope, expr.anchor)
        return not found if expr.negated else bool(found)

    def _has_sequence(self, expr: ast.HasSequence, scope: Scope) -> bool:
        """SPEC 4.7.  ``then``: some A event ``a`` in the window and some B event ``b``
        with a.time < b.time <= a.time + D.  ``then no``: some A event ``a`` in the
        window with a.time + D <= as-of and no such ``b``.  B events are all the
        customer's events before as-of (no window of their own)."""
        firsts = self._match_events(expr.first, expr.window, scope)
        thens = self._match_events(expr.then, None, scope)
        for first in firsts:
            deadline = _shift_instant(first.time, expr.within.amount, expr.within.unit,
                                      self.zone, duration=True)
            followed = any(first.time < then.time <= deadline for then in thens)
            if expr.then_absent and deadline <= self.as_of and not followed:
                return True
            if not expr.then_absent and followed:
                return True
        return False

    def _regularity(self, expr: ast.HasRegular | ast.LifecycleTest, scope: Scope) -> bool:
        """SPEC 11: the rules are in reference/regularity.py, over the times of the
        customer's matching events (all before as-of, SPEC 4.1)."""
        events = self._match_events(expr.match, None, scope)
        times = [event.time for event in events]
        if isinstance(expr, ast.HasRegular):
            return regularity.regular(times, int(expr.least.value), expr.periods.amount,
                                      expr.periods.unit, self.as_of, self.zone)
        assert isinstance(expr.window, ast.LastWindow)  # the checker made sure
        duration = expr.window.duration
        return regularity.lifecycle(expr.kind, times, duration.amount, duration.unit,
                                    self.as_of, self.zone)

    def _event(self, match: ast.EventMatch) -> EventType:
        binding = self._binding(match)
        assert isinstance(binding, facts.EventRef)
        return binding.event

    def _aggregate(self, expr: ast.Aggregate, scope: Scope) -> object:
        """SPEC 3.5 and 4.3: the aggregate over the matching events; with none,
        count and sum are 0 and the others not set."""
        binding = self._binding(expr)  # the event, and the property when one is named
        if isinstance(binding, facts.MembersRef):
            return members_aggregate(self, binding, scope)
        if isinstance(binding, facts.EventSetRef | facts.EventSetPropertyRef):
            return self._set_aggregate(expr, binding, scope)
        assert isinstance(binding, facts.EventRef | facts.PropertyRef)
        events = self._events(binding.event, expr.filter, expr.window, scope, expr.anchor)
        if not isinstance(binding, facts.PropertyRef):
            if expr.function is ast.AggFn.COUNT:
                return len(events)
            times = [event.time for event in events]  # first/last(EVENT): a time
            return _edge(times, expr.function is ast.AggFn.FIRST)
        field = binding.field
        if expr.function in (ast.AggFn.FIRST, ast.AggFn.LAST):
            return _edge_value(events, field.column, expr.function is ast.AggFn.FIRST)
        # Aggregates skip values that are not set, as SQL's do.
        values = [event.row.get(field.column) for event in events]
        present = [value for value in values if value is not None]
        return _AGGREGATES[expr.function](present, expr.distinct, field.type)

    def _set_aggregate(self, expr: ast.Aggregate,
                       binding: facts.EventSetRef | facts.EventSetPropertyRef,
                       scope: Scope) -> object:
        """An aggregate over a group or named event (SPEC 11): the same rules over
        the set's events, each event's property read from its own event's column."""
        ref = binding if isinstance(binding, facts.EventSetRef) else binding.events
        pairs = self._set_events(ref, expr.filter, expr.window, scope, expr.anchor)
        events = [event for event, _ in pairs]
        if isinstance(binding, facts.EventSetRef):
            if expr.function is ast.AggFn.COUNT:
                return len(events)
            return _edge([event.time for event in events], expr.function is ast.AggFn.FIRST)
        name = binding.field.name
        rows = [Event(event.time, {"v": event.row.get(kind.properties[name].column)})
                for event, kind in pairs]
        if expr.function in (ast.AggFn.FIRST, ast.AggFn.LAST):
            return _edge_value(rows, "v", expr.function is ast.AggFn.FIRST)
        present = [row.row["v"] for row in rows if row.row["v"] is not None]
        return _AGGREGATES[expr.function](present, expr.distinct, binding.field.type)

    # ---------------------------------------------------------------- windows

    def interval(self, window: ast.Window, scope: Scope) -> v.Interval | None:
        """The window as [low, high) instants (SPEC 3.6); None when a bound is not
        set, which makes every test against the window false (SPEC 4.2)."""
        as_of, zone = self.as_of, self.zone
        match window:
            case ast.LastWindow(duration=duration):
                # A window's length is a duration: exact days (SPEC 11).
                return v.Interval(_shift_instant(as_of, -duration.amount, duration.unit, zone,
                                                 duration=True), as_of)
            case ast.NextWindow(duration=duration):
                return v.Interval(as_of, _shift_instant(as_of, duration.amount, duration.unit,
                                                        zone, duration=True))
            case ast.PeriodWindow(period=period, offset=offset):
                return _period_interval(as_of, period, offset, zone)
            case ast.SinceWindow(bound=bound):
                low = self.value(bound, scope)
                return (v.Interval(v.to_instant(low, zone), None) if isinstance(low, dt.date)
                        else None)
            case ast.BeforeWindow(bound=bound):
                high = self.value(bound, scope)
                return (v.Interval(None, v.to_instant(high, zone)) if isinstance(high, dt.date)
                        else None)
            case ast.BetweenWindow(low=low, high=high):
                return _between_interval(self.value(low, scope), self.value(high, scope), zone)
        raise AssertionError(f"unknown window {window!r}")  # pragma: no cover

    # ----------------------------------------------------------------- values

    def value(self, expr: ast.Expr, scope: Scope) -> object:
        """A value, or None when not set."""
        match expr:
            case ast.StringLit(value=text):
                return text
            case ast.NumberLit(value=number):
                # Exact as written; whole numbers are integers (SPEC 3.4, 4.4).
                return int(number) if expr.is_integer else number
            case ast.BoolLit(value=flag):
                return flag
            case ast.DateLit(value=day):
                return day
            case ast.TimestampLit(value=instant):
                return v.utc_instant(instant)
            case ast.TimeNow(keyword=keyword):
                # `today` is the as-of day (a date), `now` the as-of instant.
                return (v.day_of(self.as_of, self.zone) if keyword is ast.TimeKeyword.TODAY
                        else self.as_of)
            case ast.Ago(duration=duration):
                return _shift_instant(self.as_of, -duration.amount, duration.unit, self.zone)
            case ast.Duration():
                return expr  # only ever an operand of TIME +/- DURATION
            case ast.Name():
                return self._name(expr, scope)
            case ast.Member():
                return self._relation_attribute(expr, scope)
            case ast.Call():
                return self._call(expr, scope)
            case ast.Arith():
                return self._arith(expr, scope)
            case ast.Neg():
                return self._neg(expr, scope)
            case ast.Aggregate():
                return self._aggregate(expr, scope)
        # A condition used as a value (a boolean metric): never unknown.
        return self.holds(expr, scope)

    def _name(self, expr: ast.Name, scope: Scope) -> object:
        """Inside ``with`` a property of the event; else an attribute, a metric or a
        segmentation (whose value is its label): what the checker bound it to."""
        match self._binding(expr):
            case facts.PropertyRef(field=field):
                assert scope.row is not None and scope.event is not None
                # By name in the event in view: a group's or named event's scope
                # names the property of each member event (SPEC 11).
                return scope.row.get(scope.event.properties[field.name].column)
            case facts.AttributeRef(field=field):
                return self.tables.entities[scope.entity].get(field.column)
            case facts.MetricRef(decl=decl) | facts.SegmentationRef(decl=decl):
                return self.column(decl.name)[scope.entity]
        raise AssertionError(f"{expr.name} is bound to no value")  # pragma: no cover

    def _relation_attribute(self, expr: ast.Member, scope: Scope) -> object:
        """Through the entity's ``via`` column; a missing or dangling foreign key
        leaves the attribute not set (SPEC 2)."""
        binding = self._binding(expr)
        assert isinstance(binding, facts.RelationAttributeRef)
        relation = binding.relation
        via = self.tables.entities[scope.entity].get(relation.via)
        related = self.tables.relations[relation.name].get(via) if isinstance(via, str) else None
        if related is None:
            return None
        return related.get(binding.field.column)

    def _binding(self, node: ast.Name | ast.Member | ast.Aggregate | ast.EventMatch
                 ) -> facts.Binding:
        """What the checker found ``node`` refers to (a checked project has one for
        every name it evaluates)."""
        found = self.checked.facts.binding_of(node)
        if found is None:
            span = node.span
            raise ReferenceInputError(f"the {type(node).__name__} at {span.file}:{span.line}:"
                                      f"{span.column} was not checked; evaluate only what "
                                      "check_project returned")
        return found

    def _neg(self, expr: ast.Neg, scope: Scope) -> object:
        flips = 0
        operand: ast.Expr = expr
        while isinstance(operand, ast.Neg):  # `- - - x` without recursion
            flips += 1
            operand = operand.operand
        found = self.value(operand, scope)
        if found is None or flips % 2 == 0:
            return found
        return -found  # type: ignore[operator]

    def _arith(self, expr: ast.Arith, scope: Scope) -> object:
        """Along the left spine, so a long sum does not recurse once per term."""
        spine: list[ast.Arith] = []
        node: ast.Expr = expr
        while isinstance(node, ast.Arith):
            spine.append(node)
            node = node.left
        result = self.value(node, scope)
        for step in reversed(spine):
            result = _arith_step(step.op, result, self.value(step.right, scope), self.zone)
        return result

    # -------------------------------------------------------------- functions

    def _call(self, expr: ast.Call, scope: Scope) -> object:
        """The functions of SPEC 3.4; each gives not set for an argument not set."""
        if expr.function == "ntile":
            return self._ntile(expr, scope)
        if expr.function == "coalesce":
            return self._coalesce(expr, scope)
        args = [self.value(arg, scope) for arg in expr.args]
        if any(arg is None for arg in args):
            return None
        if expr.function == "days_between":
            start, end = args
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            return v.days_between(start, end, self.zone)
        if expr.function == "round":
            places = expr.args[1] if len(expr.args) == 2 else None
            return _round(args[0], places)
        return _FUNCTIONS[expr.function](args[0], self.as_of, self.zone)

    def _coalesce(self, expr: ast.Call, scope: Scope) -> object:
        """The first argument that is set, as the type of the whole (a date among
        timestamps is its midnight in the project's zone, docs/language.md)."""
        result_type = self.checked.facts.type_of(expr)
        assert result_type is not None, "coalesce outside the checked definitions"
        for arg in expr.args:
            found = self.value(arg, scope)
            if found is not None:
                if result_type.kind is Kind.TIMESTAMP and isinstance(found, dt.date):
                    return v.to_instant(found, self.zone)
                return found
        return None


# ----------------------------------------------------------------- helpers


def _greater(left: object, right: object) -> bool:
    # Values of one column or aggregate: one kind, so no day is taken (no zone).
    return v.compare(ast.CompareOp.GT, left, right, None)


def _less(left: object, right: object) -> bool:
    return v.compare(ast.CompareOp.LT, left, right, None)


def _shift_instant(instant: dt.datetime, amount: int, unit: ast.Unit, zone: dt.tzinfo, *,
                   duration: bool = False) -> dt.datetime:
    """``instant + amount unit``: a calendar step on the local wall clock, or with
    ``duration`` (a window's length) exact (``values.shift``)."""
    return v.to_instant(v.shift(instant, amount, unit, zone, duration=duration), zone)


def _period_interval(as_of: dt.datetime, period: ast.Period, offset: int, zone: dt.tzinfo
                     ) -> v.Interval:
    """``in current PERIOD`` is the calendar period holding as-of, ``in previous
    PERIOD`` the one before it (SPEC 3.6)."""
    start = v.period_start(as_of, period, zone)
    amount, unit = v.PERIOD_STEP[period]
    if offset == 0:
        return v.Interval(start, _shift_instant(start, amount, unit, zone))
    return v.Interval(_shift_instant(start, -amount, unit, zone), start)


def _between_interval(low: object, high: object, zone: dt.tzinfo) -> v.Interval | None:
    """``between T1 and T2``: [T1, T2), but a date T2 includes its whole day:
    [T1, T2 + 1 day) (SPEC 3.6)."""
    if not isinstance(low, dt.date) or not isinstance(high, dt.date):
        return None
    upper = v.shift(high, 1, ast.Unit.DAY, zone) if v.is_date(high) else high
    return v.Interval(v.to_instant(low, zone), v.to_instant(upper, zone))


def _arith_step(op: ast.ArithOp, left: object, right: object, zone: dt.tzinfo) -> object:
    """One step of arithmetic (SPEC 3.4): ``TIME +/- DURATION``, and on numbers
    ``+ - *`` and real division, where dividing by zero gives not set."""
    if left is None or right is None:
        return None
    sign = 1 if op is ast.ArithOp.ADD else -1
    if isinstance(right, ast.Duration) and isinstance(left, dt.date):
        return v.shift(left, sign * right.amount, right.unit, zone)
    if isinstance(left, ast.Duration) and isinstance(right, dt.date):
        return v.shift(right, left.amount, left.unit, zone)  # DURATION + TIME
    assert isinstance(left, int | Decimal) and isinstance(right, int | Decimal)
    match op:
        case ast.ArithOp.DIV:
            # Real division, never integer division, rounded to 9 places.
            return numbers.divide(left, right)
        case ast.ArithOp.ADD:
            return numbers.add(left, right)
        case ast.ArithOp.SUB:
            return numbers.add(left, -right)
    return numbers.multiply(left, right)


def _round(value: object, places: ast.Expr | None) -> object:
    """``round(x)`` is an integer, ``round(x, n)`` a number; half away from zero
    (docs/semantics.md)."""
    if places is None:
        return int(v.round_half_away(value, 0))
    assert isinstance(places, ast.NumberLit)  # a whole-number literal (checked)
    return numbers.to_scale(v.round_half_away(value, int(places.value)))


def _date(value: object, as_of: dt.datetime, zone: dt.tzinfo) -> object:
    """``date(t)``: the day of a time in the project's zone (SPEC 3.4, 3.6, 11)."""
    assert isinstance(value, dt.date)
    return v.day_of(value, zone)


def _days_since(value: object, as_of: dt.datetime, zone: dt.tzinfo) -> object:
    assert isinstance(value, dt.date)
    return v.days_since(value, as_of, zone)


def _years_since(value: object, as_of: dt.datetime, zone: dt.tzinfo) -> object:
    assert isinstance(value, dt.date)
    return v.years_since(value, as_of, zone)


# name -> f(argument, as-of, the project's zone)
_FUNCTIONS: dict[str, Callable[[object, dt.datetime, dt.tzinfo], object]] = {
    "lower": lambda value, _, __: txt.lower(str(value)),
    "upper": lambda value, _, __: txt.upper(str(value)),
    "trim": lambda value, _, __: txt.trim(str(value)),
    "length": lambda value, _, __: lists.length(value),  # code points, or elements
    "abs": lambda value, _, __: abs(value),  # type: ignore[arg-type]
    "date": _date,
    "days_since": _days_since,
    "years_since": _years_since,
}


def _edge(times: list[dt.datetime], earliest: bool) -> dt.datetime | None:
    """``first``/``last(EVENT)``: the time of the first/last event (SPEC 3.5)."""
    if not times:
        return None
    return min(times) if earliest else max(times)


def _edge_value(events: list[Event], column: str, earliest: bool) -> object:
    """``first``/``last(EVENT.PROPERTY)``: the property of the earliest/latest event;
    if several share that time, the greatest value among them (SPEC 4.3).  An edge
    event whose property is not set gives no value unless another event at the same
    time has one."""
    edge = _edge([event.time for event in events], earliest)
    tied = [event.row.get(column) for event in events if event.time == edge]
    return _maximum([value for value in tied if value is not None])


def _maximum(values: list[object]) -> object:
    best: object = None
    for value in values:
        if best is None or _greater(value, best):
            best = value
    return best


def _minimum(values: list[object]) -> object:
    best: object = None
    for value in values:
        if best is None or _less(value, best):
            best = value
    return best


def _count(values: list[object], distinct: bool, value_type: ValueType) -> object:
    """``count(distinct EVENT.PROPERTY)``: how many different values are set."""
    return len(set(values)) if distinct else len(values)


def _sum(values: list[object], distinct: bool, value_type: ValueType) -> object:
    """0 when no event has a value (SPEC 4.3); exact, so the order does not matter."""
    if value_type is ValueType.INTEGER:
        return sum(int(value) for value in values)  # type: ignore[call-overload]
    total: int | Decimal = Decimal(0)
    for value in values:
        assert isinstance(value, int | Decimal)
        total = numbers.add(total, value)
    return total


def _avg(values: list[object], distinct: bool, value_type: ValueType) -> object:
    """The exact sum divided by the count, rounded to 9 places like any division
    (docs/semantics.md); not set without values (SPEC 4.3)."""
    if not values:
        return None
    total = _sum(values, distinct, value_type)
    assert isinstance(total, int | Decimal)
    return numbers.divide(total, len(values))


def _min(values: list[object], distinct: bool, value_type: ValueType) -> object:
    return _minimum(values)


def _max(values: list[object], distinct: bool, value_type: ValueType) -> object:
    return _maximum(values)


_AGGREGATES: dict[ast.AggFn, Callable[[list[object], bool, ValueType], object]] = {
    ast.AggFn.COUNT: _count,
    ast.AggFn.SUM: _sum,
    ast.AggFn.AVG: _avg,
    ast.AggFn.MIN: _min,
    ast.AggFn.MAX: _max,
}
