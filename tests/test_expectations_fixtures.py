"""A fixture case's `expectations` key: loading (FIX015, FIX016, FIX006 at their
positions) and running (pass, fail with the measured value) on every engine
the harness runs: DuckDB, PostgreSQL, ZetaSQL and the reference evaluator.

Fixtures are written line by line, so a column can be read off the line: in
``"    expectations: sure"`` the value starts at column 19.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_targets import TARGETS, Target

from segdsl.check.checker import CheckedProject, check_project
from segdsl.diagnostics import Diagnostic
from segdsl.harness.fixtures import FixtureCase, parse_fixtures
from segdsl.harness.runner import format_results, run_fixture_cases
from segdsl.project.schema_loader import parse_schema
from segdsl.reference.engine import reference_engine_factory, reference_query
from segdsl.syntax.parser import parse_source

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
  age: integer
"""

SEGMENTS = """\
segment germans
  expect size >= 1
  expect share <= 25%
  where country = "DE"
segment adults
  expect share between 50% and 50%
  where age >= 18
segment plain
  where age < 3
"""

# Four customers: one German (25%, exactly the bound), two adults (50%).
GIVEN = [
    "    given:",
    "      customer:",
    "        - {customer_id: c1, country: DE, age: 30}",
    "        - {customer_id: c2, country: FR, age: 40}",
    "        - {customer_id: c3, country: FR, age: 10}",
    "        - {customer_id: c4, country: FR, age: 5}",
]


def checked_project(segments: str = SEGMENTS) -> CheckedProject:
    schema, problems = parse_schema(SCHEMA, "schema.yml")
    assert schema is not None, problems
    source = parse_source(segments, "segments/a.seg")
    checked = check_project(schema, [source])
    assert checked.ok, checked.diagnostics
    return checked


def load(*lines: str, segments: str = SEGMENTS) -> tuple[list[FixtureCase], list[Diagnostic]]:
    text = "\n".join(["cases:", "  - name: c", *GIVEN, *lines]) + "\n"
    fixture, problems = parse_fixtures(text, "t.yml", checked_project(segments), Path("."))
    assert fixture is not None
    return list(fixture.cases), problems


def errors(*lines: str, segments: str = SEGMENTS) -> list[tuple[str, int, int]]:
    _, problems = load(*lines, segments=segments)
    return [(d.code, d.span.line, d.span.column) for d in problems if d.span is not None]


# ------------------------------------------------------------------ loading


def test_hold_covers_every_segment_with_expect_lines_and_needs_no_expect_key() -> None:
    (case,), problems = load("    expectations: hold")
    assert problems == []
    assert [(c.segment, c.holds) for c in case.expectation_checks] == [
        ("germans", True), ("adults", True)]
    assert case.names == ["germans", "adults"]


def test_a_mapping_names_segments_and_adds_them_to_what_is_evaluated() -> None:
    (case,), problems = load("    expect:", "      germans: [c1]",
                             "    expectations: {germans: hold, adults: violated}")
    assert problems == []
    assert [(c.segment, c.holds) for c in case.expectation_checks] == [
        ("germans", True), ("adults", False)]
    assert case.names == ["germans", "adults"]  # germans once


def test_a_word_other_than_hold_is_fix015() -> None:
    assert errors("    expectations: sure") == [("FIX015", 9, 19)]
    # `violated` alone would say nothing about which segment: a mapping is needed.
    assert errors("    expectations: violated") == [("FIX015", 9, 19)]
    assert errors("    expectations: [germans]") == [("FIX015", 9, 19)]


def test_a_value_other_than_hold_or_violated_is_fix015() -> None:
    assert errors("    expectations: {germans: maybe}") == [("FIX015", 9, 29)]


def test_an_unknown_segment_is_fix006_with_a_suggestion() -> None:
    _, problems = load("    expectations: {germanz: hold}")
    (problem,) = problems
    assert (problem.code, problem.span.line, problem.span.column) == ("FIX006", 9, 20)  # type: ignore[union-attr]
    assert problem.hint == "did you mean 'germans'?"


def test_a_segment_without_expect_lines_is_fix016() -> None:
    assert errors("    expectations: {plain: hold}") == [("FIX016", 9, 20)]
    assert errors("    expectations: hold", segments="segment s\n  where age > 1\n") == [
        ("FIX016", 9, 19)]


def test_a_segment_listed_twice_is_the_yaml_readers_yml006() -> None:
    assert errors("    expectations: {germans: hold, germans: hold}") == [("YML006", 9, 35)]


def test_a_case_with_neither_expect_nor_expectations_still_needs_expect() -> None:
    assert [code for code, _, _ in errors()] == ["YML002"]


# ------------------------------------------------------------------ running


def _results(target: Target, *lines: str) -> str:
    cases, problems = load(*lines)
    assert problems == []
    checked = checked_project()
    results = run_fixture_cases(checked, cases, sql_for=target.sql_for(),
                                engine_factory=target.open())
    return format_results(results)


TARGET_PARAMS = [pytest.param(target, id=target.name) for target in TARGETS]


@pytest.mark.parametrize("target", TARGET_PARAMS)
def test_expectations_at_their_bounds_pass(target: Target) -> None:
    assert _results(target, "    expectations: hold") == "PASS t.yml:2: c\n1 passed, 0 failed\n"


@pytest.mark.parametrize("target", TARGET_PARAMS)
def test_a_failure_prints_the_violated_expectation_and_the_measured_value(target: Target
                                                                          ) -> None:
    text = _results(target, "    expectations: {germans: violated, adults: violated}")
    assert text == (
        "FAIL t.yml:2: c\n"
        "  segment 'germans': expected a violated expectation, but all hold: size >= 1 "
        "(measured 1); share <= 25% (measured 25%)\n"
        "  segment 'adults': expected a violated expectation, but all hold: share between "
        "50% and 50% (measured 50%)\n"
        "0 passed, 1 failed\n"
    )


def test_a_violated_expectation_expected_to_hold_fails_with_its_position() -> None:
    segments = SEGMENTS.replace("expect share <= 25%", "expect share < 25%")
    cases, problems = load("    expectations: hold", segments=segments)
    assert problems == []
    (result,) = run_fixture_cases(checked_project(segments), cases)
    assert result.failures == (
        "expected to hold: segments/a.seg:3:3: segment 'germans' expects share < 25%, "
        "measured 25%",
    )


def test_the_reference_evaluator_judges_the_same() -> None:
    checked = checked_project()
    cases, _ = load("    expectations: {germans: hold, adults: hold}")
    results = run_fixture_cases(checked, cases, sql_for=reference_query,
                                engine_factory=reference_engine_factory(checked))
    assert [r.passed for r in results] == [True]
