"""Differential test of aggregates over members (SPEC 11, several entities).

Random account definitions (tests/differential/members.py: an aggregate over the
members with a random member filter, event filter and window) over random rows of
tests/conformance_accounts' schema: the compiled SQL on DuckDB and PostgreSQL
(America/New_York ``timestamptz``/``numeric``), MariaDB and BigQuery's on ZetaSQL must give
the reference evaluator's membership table.  Profiles as tests/test_differential.py
(quick by default); every engine gets the same derandomized examples (the quick
profile's 40 take ~6 s on ZetaSQL, ~3 s on PostgreSQL, ~2 s on DuckDB), so the
reference evaluates each example once for all three (``_reference_table``).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from differential import profiles
from differential.members import AS_OF, MemberRows, account_definitions, member_rows
from engine_targets import TARGETS, Target, run_query
from hypothesis import given, note
from typed_tables import TypedTable, typed_table

from segdsl.check.checker import CheckedProject, check_project
from segdsl.compile.api import compile_membership
from segdsl.diagnostics import Span
from segdsl.harness.fixtures import FixtureCase
from segdsl.project.model import Schema
from segdsl.project.schema_loader import load_schema
from segdsl.reference.evaluator import default_names, evaluate_membership
from segdsl.syntax.parser import parse_source

PROJECT = Path(__file__).resolve().parent / "conformance_accounts"
ENGINES = [pytest.param(target, id=target.name) for target in TARGETS
           if target.name in ("duckdb", "postgres-ny", "bigquery", "mysql", "spark",
                                "clickhouse")]


@functools.cache
def _schema() -> Schema:
    schema, problems = load_schema(PROJECT / "schema.yml", "schema.yml")
    assert schema is not None, problems
    return schema


def _checked(text: str) -> CheckedProject:
    customers = (PROJECT / "segments" / "customers.seg").read_text(encoding="utf-8")
    checked = check_project(_schema(), [parse_source(customers, "customers.seg"),
                                        parse_source(text, "accounts.seg")])
    assert checked.ok, [str(d) for d in checked.diagnostics]
    return checked


# The reference's tables by (definitions, repr of the rows): the quick profile gives
# every engine the same examples, so each is evaluated once.  Bounded: the long
# profile's examples differ per engine and would never be found again.
_REFERENCE: dict[tuple[str, str], TypedTable] = {}
_REFERENCE_MAX = 256


def _reference_table(text: str, rows: MemberRows) -> TypedTable:
    key = (text, repr(rows.tables))
    if key not in _REFERENCE:
        if len(_REFERENCE) >= _REFERENCE_MAX:
            _REFERENCE.clear()
        view = _checked(text).for_entity("account")
        columns, values = evaluate_membership(view, view.schema, rows.tables, AS_OF,
                                              default_names(view))
        _REFERENCE[key] = typed_table(view, list(columns), list(values))
    return _REFERENCE[key]


@pytest.mark.parametrize("target", ENGINES)
@profiles.selected()
@given(text=account_definitions(), rows=member_rows())
def test_member_aggregates_agree_with_the_reference(target: Target, text: str,
                                                   rows: MemberRows) -> None:
    note(text)
    note(repr(rows.tables))
    checked = _checked(text)
    view = checked.for_entity("account")
    names = default_names(view)
    expected = _reference_table(text, rows)
    case = FixtureCase("members", "x.yml", Span.point("x.yml", 1, 1), AS_OF, rows.tables, ())
    sql = compile_membership(view, target.dialect, AS_OF, names, context=target.context(view))
    found_columns, found = run_query(target.open(), view, case, sql)
    table = typed_table(view, found_columns, found)
    assert not expected.problems and not table.problems
    assert table.table == expected.table
