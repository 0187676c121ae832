"""The reference evaluator: checked definitions over in-memory rows, no SQL.

Written straight from SPEC section 4 (and the time rules of 3.6) as plain loops over
rows, one small function per language form, so that it can serve as the oracle the
compiled SQL is tested against.  It is meant to be obviously right, not fast.
:class:`Evaluator` holds the definitions' columns and the dispatch over node kinds
(``holds``, ``value``); each family of forms is a module of functions taking it:
reference/events.py (event selection, ``has`` forms, aggregates; the aggregate
functions in reference/aggregates.py), reference/conditions.py (``in``,
``between``, text and window tests, ``in list``), reference/windows.py,
reference/ranking.py, reference/functions.py, reference/members.py,
reference/regularity.py.

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
from collections.abc import Sequence

from segdsl.check import facts
from segdsl.check.checker import CheckedProject
from segdsl.check.types import Kind
from segdsl.engines import RowsByTable
from segdsl.project.model import Schema
from segdsl.reference import text as txt
from segdsl.reference import values as v
from segdsl.reference.conditions import between, in_list, in_static_list, text_test, window_test
from segdsl.reference.events import aggregate, has_event, has_sequence, regularity_test
from segdsl.reference.functions import FUNCTIONS, arith_step, round_value
from segdsl.reference.ranking import ntile, rank_test
from segdsl.reference.scope import Scope
from segdsl.reference.tables import ReferenceInputError, Tables, load_tables
from segdsl.reference.windows import shift_instant
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
        self.population: dict[int, list[object]] = {}  # id(expr) -> value per entity row
        self.static_keys: dict[str, frozenset[str]] = {}  # static list -> its keys
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
                return in_list(self, expr, scope) != expr.negated
            case ast.Between():
                return between(self, expr, scope) != expr.negated
            case ast.TextTest():
                return text_test(self, expr, scope)
            case ast.IsSet(expr=operand, negated=negated):
                return (self.value(operand, scope) is not None) != negated
            case ast.WindowTest():
                return window_test(self, expr, scope) != expr.negated
            case ast.RankTest():
                return rank_test(self, expr, scope) != expr.negated
            case ast.InSegment(segment=segment):
                return self.column(segment)[scope.entity] is True
            case ast.InStaticList(name=name):
                return in_static_list(self, name, scope)
            case ast.HasEvent():
                return has_event(self, expr, scope)
            case ast.HasSequence():
                return has_sequence(self, expr, scope)
            case ast.HasRegular() | ast.LifecycleTest():
                return regularity_test(self, expr, scope)
        # A boolean value on its own (an attribute, metric or property): true only
        # when it is set and true (SPEC 4.2).
        return self.value(expr, scope) is True

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
                return shift_instant(self.as_of, -duration.amount, duration.unit, self.zone)
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
                return aggregate(self, expr, scope)
        # A condition used as a value (a boolean metric): never unknown.
        return self.holds(expr, scope)

    def _name(self, expr: ast.Name, scope: Scope) -> object:
        """Inside ``with`` a property of the event; else an attribute, a metric or a
        segmentation (whose value is its label): what the checker bound it to."""
        match self.binding(expr):
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
        binding = self.binding(expr)
        assert isinstance(binding, facts.RelationAttributeRef)
        relation = binding.relation
        via = self.tables.entities[scope.entity].get(relation.via)
        related = self.tables.relations[relation.name].get(via) if isinstance(via, str) else None
        if related is None:
            return None
        return related.get(binding.field.column)

    def binding(self, node: ast.Name | ast.Member | ast.Aggregate | ast.EventMatch
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
            result = arith_step(step.op, result, self.value(step.right, scope), self.zone)
        return result

    # -------------------------------------------------------------- functions

    def _call(self, expr: ast.Call, scope: Scope) -> object:
        """The functions of SPEC 3.4; each gives not set for an argument not set."""
        if expr.function == "ntile":
            return ntile(self, expr, scope)
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
            return round_value(args[0], places)
        return FUNCTIONS[expr.function](args[0], self.as_of, self.zone)

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

