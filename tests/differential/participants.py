"""Participants: everything that can answer "who is in which segment" for a
checked project and fixture rows, and the comparison of their answers.

A participant answers one :class:`Question` with :class:`Views`, one value per
thing asked:

* ``batch``: the membership table of every definition (``compile --all``);
* ``segment NAME``: the members of one segment (``compile SEGMENT``), sorted;
* ``alone NAME``: the membership table of that one definition.

Every view is compared across participants, and within one participant the single
queries are compared with its batch table (a segment's members are the keys whose
batch column is true; a definition alone has the same column as in the batch).
Tables hold each value in its exact typed form (tests/typed_tables.py) and compare
exactly; a value of the wrong type for its definition is reported as a view
``types KEY`` of its own.  Each participant loads the rows in its own seeded order
(:meth:`Question.tables_for`), once per example, and runs each distinct query once
(the batch of a project of one definition is that definition alone; the reference
evaluates a segment alone once for its two views).

Participants are the four engine targets of ``tests/engine_targets.py`` and the
pure-Python reference evaluator (``segdsl.reference``), plugged in at
:func:`reference_participant` only (it is left out, silently, if that module is
missing).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from engine_targets import TARGETS, Target, as_stored
from typed_tables import typed_table

from segdsl.check.checker import CheckedProject
from segdsl.compile.api import CompileError, compile_membership, compile_segment
from segdsl.compile.pipeline import default_names
from segdsl.diagnostics import Span
from segdsl.engines import Engine, EngineError, schema_tables
from segdsl.harness.fixtures import FixtureCase
from segdsl.harness.runner import query_membership

Table = tuple[list[str], list[tuple[object, ...]]]
View = Table | list[str] | str  # a table, sorted members, or "error: ..."


@dataclass(frozen=True)
class Question:
    checked: CheckedProject
    segments: tuple[str, ...]
    names: tuple[str, ...]  # every definition, in compile --all's order
    as_of: dt.datetime
    tables: Mapping[str, Sequence[Mapping[str, object]]]
    # Seeds each participant's own order of the rows (tables_for): the same rows in
    # another order must give the same answer, so a sum whose last digits depend
    # on the order of its terms (issue 11) shows up as a divergence.
    order_seed: int = 0

    @staticmethod
    def of(checked: CheckedProject, as_of: dt.datetime,
           tables: Mapping[str, Sequence[Mapping[str, object]]], order_seed: int = 0
           ) -> Question:
        return Question(checked, tuple(checked.segments), tuple(default_names(checked)),
                        as_of, tables, order_seed)

    def tables_for(self, participant: str) -> dict[str, list[Mapping[str, object]]]:
        """The rows of every table shuffled by a seed of the question and the
        participant's name (crc32: Python's ``hash`` of a str changes per process)."""
        order = random.Random(self.order_seed ^ zlib.crc32(participant.encode()))
        shuffled: dict[str, list[Mapping[str, object]]] = {}
        for table, rows in self.tables.items():
            shuffled[table] = list(rows)
            order.shuffle(shuffled[table])
        return shuffled


Views = dict[str, View]


@dataclass
class Participant:
    name: str
    answer: Callable[[Question], Views]


# ------------------------------------------------------------------ engines


def engine_participant(target: Target) -> Participant:
    """``target`` as a participant; ``target.open()`` skips (or under CI fails)
    when the engine is not available.

    An engine without NULL lists (``Target.stores_missing_lists``: ClickHouse)
    cannot hold a question's missing list; for such a question it is compared with
    DuckDB on the rows as it stores them (missing lists empty) instead, and only
    a disagreement is reported (as an error view)."""
    answer = _engine_answer(target)
    if target.stores_missing_lists:
        return Participant(target.name, answer)
    duckdb = _engine_answer(TARGETS[0])

    def stored_answer(question: Question) -> Views:
        if not _has_missing_list(question):
            return answer(question)
        stored = replace(question, tables={
            table: [dict(row) for row in rows] for table, rows in as_stored(
                question.checked, FixtureCase("", "", Span.point("", 1, 1), question.as_of,
                                              question.tables, ()), target).tables.items()})
        own, expected = answer(stored), duckdb(stored)
        differing = sorted(key for key in expected if own.get(key) != expected[key])
        if not differing:
            return {}
        return {"batch": f"error: differs from DuckDB on the rows as {target.name} stores "
                         f"them (missing lists empty): {', '.join(differing)}"}

    return Participant(target.name, stored_answer)


def _has_missing_list(question: Question) -> bool:
    layout = schema_tables(question.checked.schema)
    return any(row.get(column) is None
               for table, rows in question.tables.items()
               for column, kind in layout.get(table, {}).items() if kind.is_list
               for row in rows)


def _engine_answer(target: Target) -> Callable[[Question], Views]:
    """The views of ``target`` for a question, each load a fresh engine."""
    factory = target.open()
    dialect = target.dialect
    savepoint = dialect == "postgres"
    name = target.name
    # Spark takes about a second per query (its analyzer, not the rows): only the
    # membership table there, one query per example, so the quick profile stays
    # quick; the single queries are checked against the batch on the other engines.
    batch_only = dialect == "spark"

    def answer(question: Question) -> Views:
        views: Views = {}
        try:
            engine = factory()
        except EngineError as error:
            return {"batch": f"error: {error}"}
        try:
            # One load per example and engine; on PostgreSQL the tables live in the
            # engine's transaction, rolled back by close().
            engine.load_tables(question.checked.schema, question.tables_for(name))
            checked = question.checked
            # Each distinct query runs once: a project of one definition has the
            # same SQL for its batch and for the definition alone.
            done: dict[str, tuple[Table | str, tuple[str, ...]]] = {}

            def run(key: str, sql: Callable[[], str]) -> Table | str:
                try:
                    text = sql()
                except CompileError as error:
                    return f"error: {type(error).__name__}: {error}"
                if text not in done:
                    done[text] = _run(checked, engine, text, savepoint=savepoint)
                table, problems = done[text]
                if problems:
                    views[f"types {key}"] = "error: " + "; ".join(problems)
                return table

            views["batch"] = run("batch", lambda: compile_membership(
                checked, dialect, question.as_of, question.names))
            if batch_only:
                return views
            for segment in question.segments:
                views[f"segment {segment}"] = _members(run(
                    f"segment {segment}", lambda n=segment: compile_segment(
                        checked, n, dialect, question.as_of)))
            for each in question.names:
                views[f"alone {each}"] = run(f"alone {each}", lambda n=each: compile_membership(
                    checked, dialect, question.as_of, [n]))
        except EngineError as error:
            views["batch"] = f"error: loading tables: {error}"
        finally:
            engine.close()
        return views

    return answer


def _run(checked: CheckedProject, engine: Engine, sql: str, *,
         savepoint: bool = False) -> tuple[Table | str, tuple[str, ...]]:
    """One query's result in exact typed form (tests/typed_tables.py) and its
    values of the wrong type, or its error as text.  ``savepoint``
    (PostgreSQL): a failed statement aborts the whole transaction, which holds the
    loaded tables, so each query runs under a savepoint and a failure rolls back to
    it; the next queries still see the tables and report their own results."""
    try:
        if savepoint:
            engine.query("SAVEPOINT differential")
        try:
            # Conditions as the definitions' types (MySQL's come back as 0/1).
            columns, rows = query_membership(engine, checked, sql)
        except EngineError as error:
            if savepoint:
                engine.query("ROLLBACK TO SAVEPOINT differential")
            return f"error: {type(error).__name__}: {error}", ()
        typed = typed_table(checked, columns, rows)
        return typed.table, typed.problems
    except EngineError as error:
        return f"error: {type(error).__name__}: {error}", ()


def _members(table: Table | str) -> list[str] | str:
    if isinstance(table, str):
        return table
    return sorted(str(row[0]) for row in table[1])


# ---------------------------------------------------------------- reference

REFERENCE_MODULE = "segdsl.reference"


def reference_participant() -> Participant | None:
    """The pure-Python reference evaluator of SPEC 4 (None if the module is
    missing).  THE ONE PLACE IT PLUGS IN: it offers
    ``evaluate_membership(checked, schema, rows_by_table, as_of, names)`` returning
    ``(columns, rows)`` shaped like the compiled membership query's result."""
    if importlib.util.find_spec(REFERENCE_MODULE) is None:
        return None
    module = importlib.import_module(REFERENCE_MODULE)
    evaluate = getattr(module, "evaluate_membership", None)
    if evaluate is None:
        return None

    def answer(question: Question) -> Views:
        views: Views = {}
        tables = question.tables_for("reference")

        def table(key: str, names: Sequence[str]) -> Table | str:
            try:
                columns, rows = evaluate(question.checked, question.checked.schema,
                                         tables, question.as_of, list(names))
            except Exception as error:  # the reference failing is a finding, not a crash
                return f"error: {type(error).__name__}: {error}"
            typed = typed_table(question.checked, list(columns), list(rows))
            if typed.problems:
                views[f"types {key}"] = "error: " + "; ".join(typed.problems)
            return typed.table

        views["batch"] = table("batch", question.names)
        # A segment's members come from its table alone, evaluated once for both views.
        alone = {name: table(f"alone {name}", [name])
                 for name in dict.fromkeys([*question.names, *question.segments])}
        for name in question.segments:
            found = alone[name]
            if isinstance(found, tuple) and f"types alone {name}" in views:
                views[f"types segment {name}"] = views[f"types alone {name}"]
            views[f"segment {name}"] = (found if isinstance(found, str) else
                                        sorted(str(row[0]) for row in found[1] if row[1]))
        for name in question.names:
            views[f"alone {name}"] = alone[name]
        return views

    return Participant("reference", answer)


def participants() -> list[Participant]:
    found = [engine_participant(target) for target in TARGETS]
    reference = reference_participant()
    if reference is not None:
        found.append(reference)
    return found


# --------------------------------------------------------------- comparing


@dataclass
class Verdict:
    answers: dict[str, Views] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def compare(question: Question, answers: dict[str, Views]) -> Verdict:
    verdict = Verdict(answers)
    for who, views in answers.items():
        verdict.problems += [f"{who}: {key}: {view}" for key, view in views.items()
                             if isinstance(view, str)]
        verdict.problems += _inner(question, who, views)
    base_name, base = next(iter(answers.items()))
    for who, views in list(answers.items())[1:]:
        for key, view in views.items():
            if isinstance(view, str) or isinstance(base.get(key), str):
                continue
            if not same(base.get(key), view):
                verdict.problems.append(f"{who} != {base_name} on {key}")
    return verdict


def _inner(question: Question, who: str, views: Views) -> list[str]:
    """A participant's single queries against its own batch table."""
    batch = views.get("batch")
    if not isinstance(batch, tuple):
        return []
    columns, rows = batch
    problems: list[str] = []
    for name in question.segments:
        members = views.get(f"segment {name}")
        if isinstance(members, list) and name in columns:
            index = columns.index(name)
            expected = sorted(str(row[0]) for row in rows if row[index])
            if members != expected:
                problems.append(f"{who}: segment {name} != its batch column")
    for name in question.names:
        alone = views.get(f"alone {name}")
        if isinstance(alone, tuple) and name in columns:
            index = columns.index(name)
            expected_table = ([columns[0], name], [(row[0], row[index]) for row in rows])
            if not same(expected_table, alone):
                problems.append(f"{who}: alone {name} != its batch column")
    return problems


def same(a: object, b: object) -> bool:
    """Equal views, exactly: values are already in their typed exact form
    (numbers as Decimal, instants in UTC), so no tolerance is needed -- numbers are
    exact decimals on every engine (issue 11), and a tolerance would hide the
    last-digit differences that decide ties at a ranking cut."""
    return a == b


def describe(verdict: Verdict) -> str:
    """Each participant's answer to every view that some participant disagrees on."""
    keys = sorted({problem.split(" on ", 1)[1] for problem in verdict.problems
                   if " on " in problem} | {"batch"})
    lines = ["problems:", *(f"  {p}" for p in verdict.problems)]
    for key in keys:
        lines.append(f"{key}:")
        for who, views in verdict.answers.items():
            lines.append(f"  {who}: {views.get(key)!r}")
    return "\n".join(lines)
