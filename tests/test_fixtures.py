"""Fixture files (SPEC 8): the typed model they load into, one test per FIX code
(and the YML codes a fixture file can produce) with its line and column, CSV
files, and "no input ever raises".

Fixtures are written line by line with :func:`src`, so a column can be read off
the line: in ``"      - {customer_id: c1, age: x}"`` the ``x`` is at column 35.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segdsl.check.checker import CheckedProject, check_project
from segdsl.check.types import Kind
from segdsl.diagnostics import Diagnostic, apply_edits
from segdsl.harness.fixtures import (
    FixtureFile,
    MetricExpectation,
    SegmentationExpectation,
    SegmentExpectation,
    load_fixture_file,
    parse_fixtures,
)
from segdsl.harness.fixtures.csv_records import parse_csv as _parse_csv
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax.parser import parse_source

SCHEMA_YAML = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  country: string
  age: integer
  lifetime_value: number
  signup_at: timestamp
  birthday: date
  is_subscribed: boolean
  zip: {type: string, column: postal_code}
relations:
  account:
    table: shop.accounts
    key: account_id
    via: account_id
    attributes:
      industry: string
events:
  purchase:
    table: shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
      category: {type: string, values: [running, kids, outdoor, fitness, casual]}
  email_open:
    table: shop.events
    key: customer_id
    time: occurred_at
    where: {event_name: email_open}
    properties:
      campaign: string
  email_click:
    table: shop.events
    key: customer_id
    time: occurred_at
    where: {event_name: email_click}
    properties:
      campaign: string
"""

SEGMENTS = """\
metric orders_30d = count(purchase in last 30 days)
metric revenue = sum(purchase.amount)
metric last_order = last(purchase)
metric birth_day = birthday
metric subscribed = is_subscribed
metric home = lower(country)
segment lapsing_buyers where orders_30d > 3
segment germans where country = "DE"
segmentation persona
  kids_family: has purchase with category = "kids"
  casual: otherwise
"""

FILE = "tests/cases.yml"


def make_project() -> CheckedProject:
    schema, problems = parse_schema(SCHEMA_YAML, "schema.yml")
    assert problems == [] and schema is not None, problems
    parsed = parse_source(SEGMENTS, "segments/a.seg")
    assert parsed.diagnostics == (), parsed.diagnostics
    checked = check_project(schema, [parsed])
    assert checked.diagnostics == [], checked.diagnostics
    return checked


PROJECT = make_project()


def src(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def load(text: str, base: Path | None = None) -> tuple[FixtureFile | None, list[Diagnostic]]:
    return parse_fixtures(text, FILE, PROJECT, base or Path("."))


def clean(text: str, base: Path | None = None) -> FixtureFile:
    fixture, problems = load(text, base)
    assert problems == [], problems
    assert fixture is not None
    return fixture


def only(text: str, code: str, base: Path | None = None) -> Diagnostic:
    fixture, problems = load(text, base)
    assert [p.code for p in problems] == [code], problems
    if fixture is not None and fixture.cases:
        assert not all(case.ok for case in fixture.cases)  # a case with errors is marked
    return problems[0]


def at(problem: Diagnostic, line: int, column: int, file: str = FILE) -> None:
    assert problem.span is not None
    assert (problem.span.file, problem.span.line, problem.span.column) == (file, line, column)


def case(*body: str, given_rows: tuple[str, ...] = ("      customer: [{customer_id: c1}]",),
         expect: tuple[str, ...] = ("      germans: []",)) -> str:
    """A one-case file.  ``body`` (default: an as_of line) is line 3, so with one
    line of given rows those are on line 5 and the first expectation on line 7."""
    return src(
        "cases:",
        "  - name: one case",
        *(body or ("    as_of: 2026-01-01",)),
        "    given:",
        *given_rows,
        "    expect:",
        *expect,
    )


# ------------------------------------------------------------------ the model

SPEC_EXAMPLE = src(
    "cases:",
    "  - name: frequent buyers who went quiet are caught",
    "    as_of: 2026-11-01T00:00:00Z",
    "    given:",
    "      customer:                       # entity rows; unspecified attributes are not set",
    "        - {customer_id: c1, country: DE}",
    "        - {customer_id: c2, country: FR}",
    "      purchase:                       # event rows by event name",
    "        - {customer_id: c1, ordered_at: 2026-10-10T12:00:00Z, amount: 30}",
    "    expect:",
    "      lapsing_buyers: [c1]            # exact member set",
    "      persona: {c1: casual, c2: kids_family}   # segmentation labels",
    "      orders_30d: {c1: 1, c2: 0}      # metric values",
)


def test_spec_example_loads_into_the_model() -> None:
    fixture = clean(SPEC_EXAMPLE)
    assert fixture.path == FILE
    (loaded,) = fixture.cases
    assert loaded.ok
    assert loaded.name == "frequent buyers who went quiet are caught"
    assert loaded.file == FILE and loaded.span.line == 2 and loaded.span.column == 11
    assert loaded.as_of == dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    assert loaded.tables == {
        "shop.customers": (
            {"customer_id": "c1", "country": "DE"},
            {"customer_id": "c2", "country": "FR"},
        ),
        "shop.orders": (
            {"customer_id": "c1", "ordered_at": dt.datetime(2026, 10, 10, 12, tzinfo=dt.UTC),
             "amount": 30.0},
        ),
    }
    segment, segmentation, metric = loaded.expectations
    assert segment == SegmentExpectation("lapsing_buyers", frozenset({"c1"}), segment.span)
    assert (segment.span.line, segment.span.column) == (11, 7)
    assert segmentation == SegmentationExpectation(
        "persona", {"c1": "casual", "c2": "kids_family"}, segmentation.span)
    assert metric == MetricExpectation("orders_30d", Kind.INTEGER, {"c1": 1, "c2": 0}, metric.span)
    assert loaded.names == ["lapsing_buyers", "persona", "orders_30d"]


def test_event_rows_get_their_where_columns_and_share_a_table() -> None:
    fixture = clean(case(given_rows=(
        "      email_open: [{customer_id: c1, occurred_at: 2026-01-01, campaign: spring}]",
        "      email_click:",
        "        - {customer_id: c1, occurred_at: 2026-01-02T10:00:00+00:00, event_name: "
        "email_click}",
    )))
    midnight = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert fixture.cases[0].tables == {"shop.events": (
        {"customer_id": "c1", "occurred_at": midnight, "campaign": "spring",
         "event_name": "email_open"},
        {"customer_id": "c1", "occurred_at": dt.datetime(2026, 1, 2, 10, tzinfo=dt.UTC),
         "event_name": "email_click"},
    )}


def test_attribute_names_and_column_names_are_both_accepted() -> None:
    fixture = clean(case(given_rows=(
        "      customer:",
        "        - {customer_id: c1, zip: '01067', account_id: a1}",
        "        - {customer_id: c2, postal_code: 10115}",
        "      account: [{account_id: a1, industry: retail}]",
    )))
    assert fixture.cases[0].tables == {
        "shop.customers": ({"customer_id": "c1", "postal_code": "01067", "account_id": "a1"},
                           {"customer_id": "c2", "postal_code": "10115"}),
        "shop.accounts": ({"account_id": "a1", "industry": "retail"},),
    }


def test_values_are_converted_by_column_type_not_by_yaml() -> None:
    fixture = clean(case(given_rows=(
        "      customer:",
        "        - {customer_id: 7, country: no, age: 41, lifetime_value: 1_000.5,",
        "           signup_at: 2026-03-01T08:30:00Z, birthday: 1990-02-28,",
        "           is_subscribed: true}",
        "        - {customer_id: c2, country: null, age: ~, is_subscribed: False}",
    )))
    first, second = fixture.cases[0].tables["shop.customers"]
    assert first == {
        "customer_id": "7", "country": "no", "age": 41, "lifetime_value": 1000.5,
        "signup_at": dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC),
        "birthday": dt.date(1990, 2, 28), "is_subscribed": True,
    }
    assert second == {"customer_id": "c2", "country": None, "age": None, "is_subscribed": False}


def test_expectations_of_every_kind_and_null() -> None:
    fixture = clean(case(
        "    as_of: 2026-11-01",
        given_rows=("      customer: [{customer_id: c1}, {customer_id: 2}]",),
        expect=(
            "      germans: [c1, 2]",
            "      persona: {c1: null, 2: casual}",
            "      revenue: {c1: 12.5, 2: null}",
            "      last_order: {c1: 2026-01-01T10:00:00Z, 2: 2026-01-02}",
            "      birth_day: {c1: 1990-05-01}",
            "      subscribed: {c1: true, 2: false}",
            "      home: {c1: de, 2: 'null'}",
        ),
    ))
    loaded = fixture.cases[0]
    assert loaded.as_of == dt.datetime(2026, 11, 1, tzinfo=dt.UTC)  # a date is 00:00:00Z
    values = {e.name: e for e in loaded.expectations}
    assert values["germans"] == SegmentExpectation("germans", frozenset({"c1", "2"}),
                                                   values["germans"].span)
    assert isinstance(values["persona"], SegmentationExpectation)
    assert values["persona"].labels == {"c1": None, "2": "casual"}
    metrics = {name: e for name, e in values.items() if isinstance(e, MetricExpectation)}
    assert metrics["revenue"].kind is Kind.NUMBER
    assert metrics["revenue"].values == {"c1": 12.5, "2": None}
    assert metrics["last_order"].kind is Kind.TIMESTAMP
    assert metrics["last_order"].values == {
        "c1": dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC),
        "2": dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
    }
    assert metrics["birth_day"].values == {"c1": dt.date(1990, 5, 1)}
    assert metrics["subscribed"].values == {"c1": True, "2": False}
    assert metrics["home"].values == {"c1": "de", "2": "null"}


def test_as_of_is_optional_and_empty_sections_are_allowed() -> None:
    fixture = clean(src(
        "cases:",
        "  - name: nothing given",
        "    given:",
        "    expect:",
        "      germans: []",
        "  - name: no expectations",
        "    given: {customer: []}",
        "    expect: {}",
    ))
    first, second = fixture.cases
    assert first.as_of is None and first.tables == {} and first.names == ["germans"]
    assert second.tables == {"shop.customers": ()} and second.expectations == ()


def test_large_integer_expectations_stay_exact() -> None:
    fixture = clean(case(expect=("      orders_30d: {c1: 9007199254740993}",)))
    (metric,) = fixture.cases[0].expectations
    assert isinstance(metric, MetricExpectation)
    assert metric.values["c1"] == 9007199254740993


def test_expected_numbers_are_the_decimals_written() -> None:
    """Not through a float, which keeps 15 to 17 significant digits of these 19."""
    fixture = clean(case(expect=(
        "      revenue: {c1: 1234567890.123456789, c2: -9876543210.987654321, c3: 2e3,",
        "                c4: 0.10, c5: 7}",
    ), given_rows=("      customer: [{customer_id: c1}, {customer_id: c2}, {customer_id: c3},"
                   " {customer_id: c4}, {customer_id: c5}]",)))
    (metric,) = fixture.cases[0].expectations
    assert isinstance(metric, MetricExpectation)
    values = metric.values
    assert all(isinstance(values[key], Decimal) for key in ("c1", "c2", "c3", "c4"))
    assert [str(values[key]) for key in ("c1", "c2", "c3", "c4")] == [
        "1234567890.123456789", "-9876543210.987654321", "2E+3", "0.10"]
    assert values["c5"] == 7 and isinstance(values["c5"], int)


# ------------------------------------------------------------- YAML shape (YML)


def test_yml001_invalid_yaml() -> None:
    problem = only(src("cases:", "  - name: [unclosed"), "YML001")
    assert problem.message.startswith("invalid YAML")


def test_yml002_empty_file() -> None:
    fixture, problems = load("# nothing yet\n")
    assert fixture is not None and fixture.cases == ()
    (problem,) = problems
    assert problem.code == "YML002" and problem.message == "the fixture file has no 'cases'"
    at(problem, 1, 1)


def test_yml002_case_without_name_given_or_expect() -> None:
    fixture, problems = load(src("cases:", "  - as_of: 2026-01-01"))
    assert [(p.code, p.message) for p in problems] == [
        ("YML002", "a test case has no 'name'"),
        ("YML002", "a test case has no 'given'"),
        ("YML002", "a test case has no 'expect'"),
    ]
    for problem in problems:
        at(problem, 2, 5)
    assert fixture is not None and not fixture.cases[0].ok


def test_yml003_unknown_top_level_key() -> None:
    fixture, problems = load(src("cases: []", "setup: 1"))
    assert [p.code for p in problems] == ["YML003"]
    assert problems[0].message == "unknown key 'setup' in the fixture file"
    at(problems[0], 2, 1)
    assert fixture is not None and fixture.cases == ()


def test_yml003_unknown_case_key_with_suggestion() -> None:
    problem = only(case("    asof: 2026-01-01"), "YML003")
    at(problem, 3, 5)
    assert problem.hint is not None and problem.hint.startswith("did you mean 'as_of'?")


def test_yml004_cases_not_a_list() -> None:
    problem = only(src("cases:", "  name: x"), "YML004")
    assert problem.message == ("'cases' should be a list of test cases, but it is a mapping "
                               "(key: value pairs)")
    at(problem, 2, 3)


def test_yml004_rows_not_a_list() -> None:
    problem = only(case(given_rows=("      customer: {customer_id: c1}",)), "YML004")
    assert problem.message.startswith("the customer rows should be a list of rows")
    at(problem, 5, 17)


def test_yml006_duplicate_expectation() -> None:
    _fixture, problems = load(case(expect=("      germans: []", "      germans: [c1]")))
    assert [p.code for p in problems] == ["YML006"]
    at(problems[0], 8, 7)


# ------------------------------------------------------------------ FIX codes


def test_fix001_as_of_not_utc() -> None:
    problem = only(case("    as_of: 2026-11-01T00:00:00+02:00"), "FIX001")
    assert problem.message == ("as_of must be in UTC, but '2026-11-01T00:00:00+02:00' has "
                               "the offset +02:00")
    at(problem, 3, 12)
    # The case's own instant in UTC (issue #11.5), not a fixed example.
    assert problem.hint == "the same instant in UTC is 2026-10-31T22:00:00Z"


def test_fix001_as_of_without_zone_is_refused_like_the_option() -> None:
    """Issue #11.8: a zone-less as_of was read as UTC while --as-of refused it."""
    problem = only(case("    as_of: 2026-11-01T08:00:00"), "FIX001")
    assert problem.message == "as_of '2026-11-01T08:00:00' has no time zone"
    assert problem.hint is not None and problem.hint.endswith("write 2026-11-01T08:00:00Z")
    at(problem, 3, 12)


def test_fix001_as_of_not_a_date() -> None:
    at(only(case("    as_of: yesterday"), "FIX001"), 3, 12)
    at(only(case("    as_of: 2026-02-30"), "FIX001"), 3, 12)
    at(only(case("    as_of: [2026-01-01]"), "FIX001"), 3, 12)


def test_fix002_unknown_given_table_with_suggestion() -> None:
    problem = only(case(given_rows=("      purchases: []",)), "FIX002")
    assert problem.message == ("'purchases' is not the entity ('customer'), an event or a "
                               "relation of the schema")
    assert problem.hint == "did you mean 'purchase'?"
    at(problem, 5, 7)


def test_fix002_table_name_instead_of_entity_name() -> None:
    problem = only(case(given_rows=("      shop.customers: []",)), "FIX002")
    assert problem.hint is not None
    assert problem.hint.startswith("rows are given by entity, event or relation name")


def test_fix003_unknown_column_with_suggestion() -> None:
    problem = only(case(given_rows=("      customer: [{customer_id: c1, contry: DE}]",)),
                   "FIX003")
    assert problem.message == "'contry' is not a column of customer rows (table 'shop.customers')"
    assert problem.hint is not None and problem.hint.startswith("did you mean 'country'?")
    at(problem, 5, 36)


def test_fix003_property_of_another_event_is_not_a_column_of_this_one() -> None:
    problem = only(case(given_rows=(
        "      purchase: [{customer_id: c1, ordered_at: 2026-01-01, campaign: x}]",
    )), "FIX003")
    at(problem, 5, 60)


def test_fix003_one_column_given_twice() -> None:
    problem = only(case(given_rows=(
        "      customer: [{customer_id: c1, zip: '1', postal_code: '2'}]",
    )), "FIX003")
    assert problem.message == "'postal_code' and 'zip' both give the column 'postal_code'"
    at(problem, 5, 46)


def test_fix004_value_of_the_wrong_type() -> None:
    problem = only(case(given_rows=("      customer: [{customer_id: c1, age: x}]",)), "FIX004")
    assert problem.message == "'x' is not an integer (the type of 'age')"
    assert problem.hint == "write a whole number such as 42, or null"
    at(problem, 5, 41)


def test_fix004_timestamp_with_another_zone_and_list_values() -> None:
    _fixture, problems = load(case(given_rows=(
        "      purchase:",
        "        - {customer_id: c1, ordered_at: 2026-01-01T10:00:00-05:00}",
        "        - {customer_id: c1, ordered_at: 2026-01-01, amount: [1, 2]}",
    )))
    assert [(p.code, p.span.line, p.span.column) for p in problems if p.span] == [
        ("FIX004", 6, 41), ("FIX004", 7, 61)]


def test_fix004_timestamp_cells_follow_the_shared_rule() -> None:
    """Issue #11.8: a zone-less cell was read as UTC; now it is refused with the
    words --as-of uses, and a non-UTC one shows its own instant in UTC."""
    _fixture, problems = load(case(given_rows=(
        "      purchase:",
        "        - {customer_id: c1, ordered_at: 2026-01-01 10:00:00}",
        "        - {customer_id: c1, ordered_at: 2026-01-01T10:00:00-05:00}",
    )))
    assert [p.code for p in problems] == ["FIX004", "FIX004"]
    naive, offset = problems
    assert naive.hint is not None and "has no time zone" in naive.hint
    assert naive.hint.endswith("write 2026-01-01T10:00:00Z")
    assert offset.hint is not None
    assert offset.hint.endswith("the same instant in UTC is 2026-01-01T15:00:00Z")


def test_fix004_expected_metric_value_of_the_wrong_type() -> None:
    problem = only(case(expect=("      revenue: {c1: lots}",)), "FIX004")
    assert problem.message == "'lots' is not a number, the type of metric 'revenue'"
    at(problem, 7, 21)
    at(only(case(expect=("      subscribed: {c1: yes}",)), "FIX004"), 7, 24)


def test_fix005_csv_file_missing(tmp_path: Path) -> None:
    problem = only(case(given_rows=("      customer: data/customers.csv",)), "FIX005",
                   base=tmp_path)
    assert problem.message == "the CSV file tests/data/customers.csv does not exist"
    at(problem, 5, 17)


def test_fix005_csv_bad_header_points_into_the_csv(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text("customer_id,,country\nc1,,DE\n", encoding="utf-8")
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX005", base=tmp_path)
    assert problem.message == "the header of tests/c.csv has an empty column name"
    at(problem, 1, 13, file="tests/c.csv")


def test_fix005_csv_row_with_the_wrong_number_of_values(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text("customer_id,country\nc1,DE\nc2\n", encoding="utf-8")
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX005", base=tmp_path)
    assert problem.message == ("this row of tests/c.csv has 1 values, but the header has "
                               "2 columns")
    at(problem, 3, 1, file="tests/c.csv")


def test_fix005_csv_quote_never_closed_and_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "q.csv").write_text('customer_id\n"c1\n', encoding="utf-8")
    problem = only(case(given_rows=("      customer: q.csv",)), "FIX005", base=tmp_path)
    assert problem.message == "tests/q.csv is not valid CSV: a quoted value is never closed"
    at(problem, 2, 1, file="tests/q.csv")
    (tmp_path / "b.csv").write_bytes(b"customer_id\nc\xe91\n")
    problem = only(case(given_rows=("      customer: b.csv",)), "FIX005", base=tmp_path)
    at(problem, 2, 2, file="tests/b.csv")


def test_fix005_empty_csv_and_a_folder(tmp_path: Path) -> None:
    (tmp_path / "e.csv").write_text("", encoding="utf-8")
    at(only(case(given_rows=("      customer: e.csv",)), "FIX005", base=tmp_path), 1, 1,
       file="tests/e.csv")
    (tmp_path / "d").mkdir()
    at(only(case(given_rows=("      customer: d",)), "FIX005", base=tmp_path), 5, 17)


def test_fix006_unknown_expectation_with_suggestion() -> None:
    problem = only(case(expect=("      lapsing_buyer: [c1]",)), "FIX006")
    assert problem.message == ("'lapsing_buyer' is not a segment, segmentation or metric of "
                               "the project")
    assert problem.hint == "did you mean 'lapsing_buyers'?"
    at(problem, 7, 7)


def test_fix006_an_attribute_cannot_be_expected() -> None:
    problem = only(case(expect=("      country: {c1: DE}",)), "FIX006")
    assert problem.hint is not None and problem.hint.startswith("only segments")


def test_fix007_unknown_label_with_suggestion() -> None:
    problem = only(case(expect=("      persona: {c1: kids_famly}",)), "FIX007")
    assert problem.message == "'kids_famly' is not a label of segmentation 'persona'"
    assert problem.hint == ("did you mean 'kids_family'? labels of 'persona': kids_family, "
                            "casual; null means no label")
    at(problem, 7, 21)
    # The suggestion is the only close label, so it comes as an edit of the file.
    text = case(expect=("      persona: {c1: kids_famly}",))
    clean(apply_edits(text, problem.edits))


def test_fix008_segment_expectation_not_a_list() -> None:
    problem = only(case(expect=("      germans: c1",)), "FIX008")
    assert problem.message == ("the expected members of segment 'germans' should be a list of "
                               "customer keys, but they are the single value 'c1'")
    at(problem, 7, 16)
    at(only(case(expect=("      germans: {c1: true}",)), "FIX008"), 7, 16)
    at(only(case(expect=("      germans: [c1, [c2]]",)), "FIX008"), 7, 21)


def test_fix008_segmentation_and_metric_need_a_mapping() -> None:
    at(only(case(expect=("      persona: [c1]",)), "FIX008"), 7, 16)
    at(only(case(expect=("      revenue: 3",)), "FIX008"), 7, 16)
    at(only(case(expect=("      revenue: {c1: [3]}",)), "FIX008"), 7, 21)


def test_fix009_duplicate_entity_key() -> None:
    problem = only(case(given_rows=(
        "      customer:",
        "        - {customer_id: c1}",
        "        - {customer_id: c1, country: DE}",
    )), "FIX009")
    assert problem.message == "the customer key 'c1' is given twice"
    at(problem, 7, 25)
    assert problem.related[0][0].line == 6


def test_fix009_duplicate_relation_key_and_member() -> None:
    at(only(case(given_rows=(
        "      customer: [{customer_id: c1}]",
        "      account: [{account_id: a1}, {account_id: a1}]",
    )), "FIX009"), 6, 48)
    at(only(case(expect=("      germans: [c1, c1]",)), "FIX009"), 7, 21)


def test_fix010_row_without_key_or_time() -> None:
    problem = only(case(given_rows=("      customer: [{country: DE}]",)), "FIX010")
    assert problem.message == "this customer row has no 'customer_id'"
    at(problem, 5, 18)
    problem = only(case(given_rows=(
        "      customer: [{customer_id: c1}]",
        "      purchase: [{customer_id: c1, amount: 3}]",
    )), "FIX010")
    assert problem.message == "this purchase row has no 'ordered_at'"
    at(problem, 6, 18)


def test_fix010_empty_key_but_an_event_time_may_be_null() -> None:
    at(only(case(given_rows=("      customer: [{customer_id: null}]",)), "FIX010"), 5, 32)
    clean(case(given_rows=(
        "      customer: [{customer_id: c1}]",
        "      purchase: [{customer_id: c1, ordered_at: null}]",
    )))


def test_fix011_expected_key_not_given() -> None:
    problem = only(case(expect=("      germans: [c2]",)), "FIX011")
    assert problem.message == "'c2' is not the key of a given customer row"
    assert problem.hint == "the given customer keys: c1"
    at(problem, 7, 17)
    at(only(case(expect=("      orders_30d: {c1: 0, x: 0}",)), "FIX011"), 7, 27)
    assert only(case(expect=("      germans: [C1]",)), "FIX011").hint == "did you mean 'c1'?"


def test_fix012_where_column_of_another_event() -> None:
    problem = only(case(given_rows=(
        "      email_open: [{customer_id: c1, occurred_at: 2026-01-01, event_name: email_click}]",
    )), "FIX012")
    assert problem.message == ("this email_open row has event_name = 'email_click', but "
                               "email_open events are the rows with event_name = 'email_open'")
    at(problem, 5, 75)


def test_fix013_duplicate_case_name() -> None:
    _fixture, problems = load(src(
        "cases:",
        "  - {name: same, given: {}, expect: {}}",
        "  - {name: same, given: {}, expect: {}}",
    ))
    assert [p.code for p in problems] == ["FIX013"]
    at(problems[0], 3, 12)


def test_given_numbers_are_exact_decimals_from_the_text() -> None:
    fixture = clean(case(given_rows=(
        "      customer:",
        "        - {customer_id: c1, lifetime_value: 12.37}",
        "        - {customer_id: c2, lifetime_value: 0.123456789}",
        "        - {customer_id: c3, lifetime_value: 1.50000000000}",  # zeros do not count
        "        - {customer_id: c4, lifetime_value: 99999999999999999999999999999.999999999}",
        "        - {customer_id: c5, lifetime_value: 2e3}",
    )))
    values = [row["lifetime_value"] for row in fixture.cases[0].tables["shop.customers"]]
    assert all(isinstance(value, Decimal) for value in values)
    # Not through a float: 12.37 is exactly 12.37, 2e3 is 2000.
    assert [str(value) for value in values] == [
        "12.37", "0.123456789", "1.50000000000", "99999999999999999999999999999.999999999",
        "2E+3"]


def test_fix014_number_with_more_than_9_digits_after_the_point() -> None:
    problem = only(case(given_rows=(
        "      customer: [{customer_id: c1, lifetime_value: 0.1234567891}]",
    )), "FIX014")
    assert problem.message == ("'0.1234567891' has more than 9 digits after the point (the "
                               "type of 'lifetime_value' is number, which keeps 9)")
    assert problem.hint == "round it to 9 decimal places"
    at(problem, 5, 52)
    problem = only(case(given_rows=(
        "      purchase:",
        "        - {customer_id: c1, ordered_at: 2026-01-01, amount: 1e-10}",
    )), "FIX014")
    at(problem, 6, 61)


def test_given_numbers_keep_19_significant_digits() -> None:
    fixture = clean(case(given_rows=(
        "      customer: [{customer_id: c1, lifetime_value: 1234567890.123456789}]",
    )))
    (row,) = fixture.cases[0].tables["shop.customers"]
    assert row["lifetime_value"] == Decimal("1234567890.123456789")


def test_fix014_expected_number_with_more_than_9_digits_after_the_point() -> None:
    problem = only(case(expect=("      revenue: {c1: 0.1234567891}",)), "FIX014")
    assert problem.message == ("'0.1234567891' has more than 9 digits after the point "
                               "(metric 'revenue' is a number, which keeps 9)")
    assert problem.hint == "round it to 9 decimal places"
    at(problem, 7, 21)
    # Trailing zeros are no digits of the value.
    clean(case(expect=("      revenue: {c1: 0.1234567890000}",)))


def test_fix014_expected_number_too_large() -> None:
    problem = only(case(expect=("      revenue: {c1: 1e29}",)), "FIX014")
    assert problem.message == ("'1e29' is too large for a number (metric 'revenue'; at most 29 "
                               "digits before the point)")
    at(problem, 7, 21)


def test_fix014_number_too_large_for_numeric() -> None:
    problem = only(case(given_rows=(
        "      customer: [{customer_id: c1, lifetime_value: 1e29}]",
    )), "FIX014")
    assert problem.message == ("'1e29' is too large for a number (the type of 'lifetime_value'; "
                               "at most 29 digits before the point)")
    at(problem, 5, 52)


# ----------------------------------------------------------------------- CSV


def test_csv_rows_with_nulls_empty_strings_quotes_bom_and_crlf(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "customers.csv").write_bytes(
        "\ufeffcustomer_id,zip,age,country\r\n"
        'c1,01067,41,"D,E"\r\n'
        '\r\n'
        'c2,,,""\r\n'
        '"c""3","line\nbreak",7,\r\n'.encode()
    )
    (data / "opens.csv").write_text(
        "customer_id,occurred_at,campaign\nc1,2026-01-01T10:00:00Z,spring\n", encoding="utf-8")
    fixture = clean(case(given_rows=(
        "      customer: data/customers.csv",
        "      email_open: data/opens.csv",
    ), expect=("      germans: [c2]",)), base=tmp_path)
    assert fixture.cases[0].tables == {
        "shop.customers": (
            {"customer_id": "c1", "postal_code": "01067", "age": 41, "country": "D,E"},
            {"customer_id": "c2", "postal_code": None, "age": None, "country": ""},
            {"customer_id": 'c"3', "postal_code": "line\nbreak", "age": 7, "country": None},
        ),
        "shop.events": (
            {"customer_id": "c1", "occurred_at": dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC),
             "campaign": "spring", "event_name": "email_open"},
        ),
    }
    assert set(fixture.sources) == {"tests/data/customers.csv", "tests/data/opens.csv"}


def test_csv_value_and_header_problems_point_at_the_cell(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text("customer_id,contry,age\nc1,DE,41\nc2,FR,old\n",
                                    encoding="utf-8")
    _, problems = load(case(given_rows=("      customer: c.csv",)), tmp_path)
    assert [(p.code, p.span.file, p.span.line, p.span.column) for p in problems if p.span] == [
        ("FIX003", "tests/c.csv", 1, 13),
    ]
    (tmp_path / "c.csv").write_text("customer_id,country,age\nc1,DE,41\nc2,FR,old\n",
                                    encoding="utf-8")
    _fixture, problems = load(case(given_rows=("      customer: c.csv",)), tmp_path)
    assert [(p.code, p.span.file, p.span.line, p.span.column) for p in problems if p.span] == [
        ("FIX004", "tests/c.csv", 3, 7),
    ]


def test_csv_header_without_the_key(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text("country\nDE\n", encoding="utf-8")
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX010", base=tmp_path)
    assert problem.message == "the header of tests/c.csv has no 'customer_id'"
    at(problem, 1, 1, file="tests/c.csv")


def test_load_fixture_file_resolves_csv_next_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text("customer_id\nc1\n", encoding="utf-8")
    path = tmp_path / "a.yml"
    path.write_text(case(given_rows=("      customer: rows.csv",)), encoding="utf-8")
    fixture, problems = load_fixture_file(path, "tests/a.yml", PROJECT)
    assert problems == [] and fixture is not None
    assert fixture.cases[0].tables == {"shop.customers": ({"customer_id": "c1"},)}


def test_load_fixture_file_that_does_not_exist(tmp_path: Path) -> None:
    fixture, problems = load_fixture_file(tmp_path / "nope.yml", "tests/nope.yml", PROJECT)
    assert fixture is None and [p.code for p in problems] == ["YML001"]


# No "\r" in values: csv.writer leaves a lone CR unquoted when the line ending is
# "\n", and that output is not readable CSV by any reader.
cell = st.text(alphabet=st.sampled_from('ab ,"\n\'é'), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(cell, min_size=2, max_size=4), min_size=1, max_size=5),
       st.sampled_from(["\n", "\r\n"]))
def test_csv_parser_agrees_with_the_csv_module(rows: list[list[str]], ending: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=ending).writerows(rows)
    records, problem = _parse_csv(buffer.getvalue())
    assert problem is None
    assert [[field.text for field in record] for record in records] == rows
    for record in records:  # the offsets cover each field as written
        for field in record:
            written = buffer.getvalue()[field.start:field.end]
            assert written == (f'"{field.text.replace(chr(34), 2 * chr(34))}"'
                               if field.quoted else field.text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"-:{}[], \n#'\"", "cases", "name", "given", "expect",
                                  "customer", "purchase", "customer_id", "ordered_at", "c1",
                                  "as_of", "germans", "persona", "revenue", "2026-01-01",
                                  "null", "a.csv", "  ", "    "]), max_size=60).map("".join))
def test_no_fixture_text_raises(text: str) -> None:
    fixture, problems = load(text)
    assert fixture is not None or problems


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('customer_id,age"\r\n x1\ufeff')), max_size=60))
def test_no_csv_text_raises(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "c.csv").write_text(text, encoding="utf-8", newline="")
        fixture, problems = load(case(given_rows=("      customer: c.csv",), expect=()),
                                 Path(folder))
    assert fixture is not None
    assert fixture.cases[0].ok == (not problems)


@pytest.mark.parametrize("text", ["", "x", "[", "cases: 3", "- a", "cases:\n  - 3\n"])
def test_odd_files_give_diagnostics(text: str) -> None:
    _fixture, problems = load(text)
    assert problems


def test_a_number_where_value_is_the_decimal_written() -> None:
    """schema.yml reads `where: {rate: 0.1}` as a float; an event row giving 0.1 (a
    Decimal) is the same value, and the filled-in value is exact (was FIX012)."""
    schema, problems = parse_schema(src(
        "entity: customer", "table: shop.customers", "key: customer_id", "events:",
        "  tip: {table: shop.tips, key: customer_id, time: at, where: {rate: 0.1},",
        "        properties: {rate: number}}",
    ), "schema.yml")
    assert problems == [] and schema is not None
    checked = check_project(schema, [parse_source("metric tips = count(tip)\n", "a.seg")])
    fixture, problems = parse_fixtures(case(given_rows=(
        "      customer: [{customer_id: c1}]",
        "      tip:",
        "        - {customer_id: c1, at: 2026-01-01, rate: 0.1}",
        "        - {customer_id: c1, at: 2026-01-02}",
    ), expect=("      tips: {c1: 2}",)), FILE, checked, Path("."))
    assert problems == [] and fixture is not None
    rates = [row["rate"] for row in fixture.cases[0].tables["shop.tips"]]
    assert rates == [Decimal("0.1"), Decimal("0.1")]
    assert all(isinstance(rate, Decimal) for rate in rates)
