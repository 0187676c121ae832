"""The reference evaluator behind the :class:`~segdsl.engines.Engine` protocol, so
the fixture harness runs cases on it like on any database.

The harness asks a ``sql_for`` function for a query and hands it to an engine made
by ``engine_factory`` (:func:`segdsl.harness.runner.run_fixture_cases`).  Here the
"query" is a small JSON token (as-of and definition names) made by
:func:`reference_query`, and :class:`ReferenceEngine` evaluates it over the rows
given to ``load_tables`` with :func:`~segdsl.reference.evaluator.evaluate_membership`::

    run_fixture_cases(checked, cases, sql_for=reference_query,
                      engine_factory=reference_engine_factory(checked))

or simply :func:`run_reference_cases`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from segdsl.check.checker import CheckedProject
from segdsl.engines import ClosesOnExit, Engine, EngineError, RowsByTable, schema_tables
from segdsl.harness.fixtures import FixtureCase
from segdsl.harness.runner import CaseResult, run_fixture_cases
from segdsl.project.model import Schema
from segdsl.project.static_lists import StaticList
from segdsl.reference.evaluator import evaluate_membership
from segdsl.reference.tables import ReferenceInputError
from segdsl.timeparse import format_instant, parse_instant

# Marks a token as meant for the reference engine (it runs nothing else).
_PREFIX = "-- segdsl reference evaluator\n"


def reference_query(checked: CheckedProject, as_of: dt.datetime | None,
                    names: Sequence[str]) -> str:
    """A ``sql_for`` for the harness: the membership "query" of ``names`` at
    ``as_of`` (None: the current instant when the query runs, as an engine's)."""
    # The static lists' keys travel with the token: a fixture case may give its own
    # (harness.runner.with_case_lists), and the engine was made with the project's.
    lists = {name: None if found.keys is None else list(found.keys)
             for name, found in checked.static_lists.items()}
    payload = {"as_of": None if as_of is None else format_instant(as_of), "names": list(names),
               "lists": lists}
    return _PREFIX + json.dumps(payload)


class ReferenceEngine(ClosesOnExit):
    """An in-memory "database" whose only query is a :func:`reference_query` token."""

    def __init__(self, checked: CheckedProject) -> None:
        self.checked = checked
        self._schema: Schema | None = None
        self._rows: RowsByTable = {}

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Keep the rows; like a database, refuse tables the schema does not name."""
        tables = schema_tables(schema)
        for name in rows_by_table:
            if name not in tables:
                raise EngineError(f"the schema names no table '{name}'")
        self._schema = schema
        self._rows = {name: list(rows) for name, rows in rows_by_table.items()}

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        if not sql.startswith(_PREFIX):
            raise EngineError("the reference engine runs reference_query tokens, not SQL")
        payload = json.loads(sql[len(_PREFIX):])
        as_of = (dt.datetime.now(dt.UTC) if payload["as_of"] is None
                 else parse_instant(payload["as_of"]))
        names = payload["names"]
        checked = self.checked
        given: dict[str, list[str] | None] = payload.get("lists") or {}
        if given:
            checked = replace(checked, static_lists={
                name: StaticList(found.source, None if given.get(name) is None
                                 else tuple(given[name] or ()))
                for name, found in checked.static_lists.items()})
        # Several entities (SPEC 11): the harness asks one entity's names at a time.
        entity = next((found for found in map(checked.entity_of, names) if found is not None),
                      checked.schema.entity)
        if checked.schema.entities:
            checked = checked.for_entity(entity)
        schema = (self._schema if self._schema is not None and not checked.schema.entities
                  else checked.schema)
        try:
            return evaluate_membership(checked, schema, self._rows, as_of, names)
        except ReferenceInputError as error:
            raise EngineError(str(error)) from None

    def close(self) -> None:
        self._rows = {}


def reference_engine_factory(checked: CheckedProject) -> Callable[[], Engine]:
    """An ``engine_factory`` for the harness: a fresh reference engine per case."""

    def factory() -> Engine:
        return ReferenceEngine(checked)

    return factory


def run_reference_cases(checked: CheckedProject, cases: Iterable[FixtureCase]
                        ) -> list[CaseResult]:
    """Run fixture cases on the reference evaluator (SPEC 8); one result per case."""
    return run_fixture_cases(checked, cases, sql_for=reference_query,
                             engine_factory=reference_engine_factory(checked))
