"""List types (SPEC 11, "Lists"; docs/semantics.md, "Lists"): the schema types, the
checker's rules and diagnostics, the SQL of each dialect, fixture cells and the
formatter.  What lists mean on every engine is pinned by the conformance cases
(tests/conformance/tests/lists.yml, run by test_cross_engine.py and
test_reference.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
import pytest

from segdsl.check.checker import CheckedProject, check_project
from segdsl.compile.api import compile_segment
from segdsl.diagnostics import Diagnostic, Severity
from segdsl.engines.columns import LayoutError
from segdsl.engines.duckdb_engine import DuckDBEngine
from segdsl.format.api import format_text
from segdsl.harness.fixtures import parse_fixtures
from segdsl.project.model import ValueType
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax.parser import parse_source

SCHEMA = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  country: string
  interests: list<string>
  lucky: {type: list<integer>, column: lucky_numbers}
events:
  purchase:
    table: shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
      labels: list<string>
"""


def project(*segments: str) -> CheckedProject:
    schema, problems = parse_schema(SCHEMA, "schema.yml")
    assert schema is not None and problems == []
    return check_project(schema, [parse_source("\n".join(segments) + "\n", "s.seg")])


def errors(*lines: str) -> list[Diagnostic]:
    return [d for d in project(*lines).diagnostics if d.severity is Severity.ERROR]


def only(line: str) -> Diagnostic:
    found = errors(line)
    assert len(found) == 1, found
    return found[0]


def test_schema_declares_list_types() -> None:
    schema, problems = parse_schema(SCHEMA, "schema.yml")
    assert problems == [] and schema is not None
    assert schema.attributes["interests"].type is ValueType.LIST_STRING
    assert schema.attributes["lucky"].type is ValueType.LIST_INTEGER
    assert schema.attributes["lucky"].column == "lucky_numbers"
    assert schema.events["purchase"].properties["labels"].type.element is ValueType.STRING


def test_enum_valued_lists_are_refused() -> None:
    text = SCHEMA.replace("interests: list<string>",
                          "interests: {type: list<string>, values: [a, b]}")
    _, problems = parse_schema(text, "schema.yml")
    assert [p.code for p in problems] == ["YML007"]
    assert "list<string>" in problems[0].message
    assert problems[0].hint is not None and "remove `values`" in problems[0].hint


def test_sql_array_type_names_suggest_the_list_type() -> None:
    _, problems = parse_schema(SCHEMA.replace("list<string>\n  lucky", "text[]\n  lucky"),
                               "schema.yml")
    assert [p.code for p in problems] == ["YML005"]
    assert problems[0].hint is not None and "did you mean 'list<string>'?" in problems[0].hint


def test_list_forms_check_clean() -> None:
    assert project(
        'segment a where interests contains "running"',
        'segment b where interests contains any ["a", "b"] and lucky contains all [1, -2]',
        "segment c where length(interests) > 2 or interests is not set",
        'segment d where has purchase with labels contains "gift"',
        'segment e where count(purchase with labels contains any ["x"] in last 30 days) > 1',
        "segment f where has purchase with (length(labels) >= 2 and amount > 3)",
        "metric n = length(lucky)",
    ).diagnostics == []


@pytest.mark.parametrize(("line", "column", "message", "hint"), [
    ("segment f where interests contains 3", 36,
     "a list<string> holds strings, but this is an integer", 'e.g. "running"'),
    ("segment g where lucky contains 1.5", 32,
     "a list<integer> holds integers, but this is a number", "e.g. 3"),
    ('segment h where lucky contains any [1, "2"]', 40,
     "a list<integer> holds integers, but this is a string", "e.g. 3"),
    ('segment i where interests = "x"', 17,
     "`=` does not work on a list<string>; a list is tested by its elements", "contains"),
    ('segment j where interests in ["a"]', 17,
     "`in` does not work on a list<string>; a list is tested by its elements", "contains"),
    ("segment k where interests < interests", 17,
     "`<` does not work on a list<string>; a list is tested by its elements", "contains"),
    ('segment l where country contains any ["DE"]', 17,
     "`contains any` works on a list, not on a string", "or x contains"),
    ('segment n where interests starts with "a"', 17,
     "`starts with` works on text, not on a list<string>", "contains"),
    ("segment o where interests contains interests", 36,
     "a list's elements are single values, not lists", "contains all"),
    ("segment p where interests", 17,
     "a condition is expected here, but this is a list<string>", "contains"),
])
def test_list_type_errors(line: str, column: int, message: str, hint: str) -> None:
    problem = only(line)
    assert problem.code in ("TYP001", "TYP005")
    assert (problem.span.line, problem.span.column) == (1, column)
    assert problem.message == message
    assert problem.hint is not None and hint in problem.hint


def test_empty_list_after_contains_any_or_all_is_typ015() -> None:
    problem = only("segment h where interests contains any []")
    assert problem.code == "TYP016"
    assert (problem.span.column, problem.span.end_column) == (40, 42)
    assert problem.message == "`contains any` needs at least one value; with none it is never true"
    assert only("segment h where lucky contains all []").message.endswith("always true")


def test_lists_are_not_aggregated_nor_metrics() -> None:
    first = only("segment k where first(purchase.labels) is set")
    assert first.code == "TYP004"
    assert first.message == "first cannot be applied to the list purchase.labels"
    assert only("segment k where count(distinct purchase.labels) > 1").code == "TYP004"
    metric = only("metric m = interests")
    assert (metric.code, metric.message) == ("TYP001", "a metric cannot be a list<string>")
    assert "takes single values" in only(
        "segment q where coalesce(interests, interests) is set").message


def test_contains_any_and_all_round_trip_through_fmt() -> None:
    text = ('segment a\n  where interests contains any ["a", "b"]\n'
            "    and lucky contains all [1, -2]\n")
    assert format_text('segment a where interests contains any ["a","b"] and lucky contains '
                       "all [1,-2]") == text
    assert format_text(text) == text


@pytest.mark.parametrize(("dialect", "parts"), [
    ("duckdb", ["LIST_CONTAINS(", "LIST_HAS_ANY(", "LIST_HAS_ALL(", "LEN("]),
    ("postgres", ["= ANY(", "&& CAST(ARRAY['a', 'b'] AS TEXT[])",
                  "@> CAST(ARRAY[1, -2] AS BIGINT[])", "CARDINALITY("]),
    ("bigquery", ["'running' IN UNNEST(", "OR 'b' IN UNNEST(", "AND -2 IN UNNEST(",
                  "ARRAY_LENGTH("]),
    ("snowflake", ["ARRAY_CONTAINS(CAST('running' AS VARIANT)", "ARRAYS_OVERLAP(",
                   "ARRAY_SIZE("]),
    ("redshift", ["ARRAY_CONTAINS(\"a__interests\", 'running')",
                  "OR ARRAY_CONTAINS(\"a__interests\", 'b')",
                  "AND ARRAY_CONTAINS(\"a__lucky\", -2)", "GET_ARRAY_LENGTH("]),
    ("trino", ["CONTAINS(\"a__interests\", 'running')", "ARRAYS_OVERLAP(",
               "AND CONTAINS(\"a__lucky\", -2)", "CARDINALITY("]),
])
def test_each_dialect_spells_the_list_tests(dialect: str, parts: list[str]) -> None:
    checked = project(
        'segment a where interests contains "running" or interests contains any ["a", "b"] '
        "or lucky contains all [1, -2] or length(interests) > 2")
    sql = compile_segment(checked, "a", dialect)
    for part in parts:
        assert part in sql, (part, sql)


# ------------------------------------------------------------------ fixtures

def fixture(rows: str) -> list[Diagnostic]:
    text = f"cases:\n  - name: c\n    given:\n      customer:\n{rows}    expect: {{}}\n"
    _, problems = parse_fixtures(text, "t.yml", project(), Path("."))
    return problems


def test_fixture_lists_are_read_as_tuples() -> None:
    text = ("cases:\n  - name: c\n    given:\n      customer:\n"
            "        - {customer_id: c1, interests: [a, 'b'], lucky: [3, -1]}\n"
            "        - {customer_id: c2, interests: [], lucky: null}\n"
            "    expect: {}\n")
    loaded, problems = parse_fixtures(text, "t.yml", project(), Path("."))
    assert problems == [] and loaded is not None
    rows = loaded.cases[0].tables["shop.customers"]
    assert rows[0]["interests"] == ("a", "b") and rows[0]["lucky_numbers"] == (3, -1)
    assert rows[1]["interests"] == () and rows[1]["lucky_numbers"] is None


@pytest.mark.parametrize(("row", "message"), [
    ("{customer_id: c1, interests: [a, null]}",
     "the list 'interests' has a null element; lists hold no nulls"),
    ("{customer_id: c1, lucky: [1, x]}",
     "'x' is not an integer (an element of 'lucky', which is list<integer>)"),
    ("{customer_id: c1, interests: running}",
     "'running' is not a list (the type of 'interests' is list<string>)"),
    ("{customer_id: c1, country: [DE]}",
     "the value of 'country' should be a single value, but it is a list"),
    ("{customer_id: c1, interests: [[a]]}",
     "an element of the list 'interests' should be a single value, but it is a list"),
])
def test_bad_list_cells_are_fix004(row: str, message: str) -> None:
    problems = fixture(f"        - {row}\n")
    assert [(p.code, p.message) for p in problems] == [("FIX004", message)]


def test_csv_files_cannot_give_list_columns() -> None:
    text = ("cases:\n  - name: c\n    given:\n      customer: rows.csv\n    expect: {}\n")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "rows.csv").write_text("customer_id,interests\nc1,a\n",
                                                encoding="utf-8")
        _, problems = parse_fixtures(text, "t.yml", project(), Path(folder))
    assert [p.code for p in problems] == ["FIX005"]
    assert "CSV files cannot hold lists" in problems[0].message


# ------------------------------------------------------------- column check

def test_duckdb_list_columns_fit_and_text_does_not() -> None:
    schema, _ = parse_schema(SCHEMA, "schema.yml")
    assert schema is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "db.duckdb"
        connection = duckdb.connect(str(path))
        connection.execute("CREATE SCHEMA shop")
        connection.execute("CREATE TABLE shop.customers (customer_id VARCHAR, country VARCHAR, "
                           "interests VARCHAR[], lucky_numbers INTEGER[])")
        connection.execute("CREATE TABLE shop.orders (customer_id VARCHAR, ordered_at "
                           "TIMESTAMP, amount DOUBLE, labels VARCHAR)")
        connection.close()
        engine = DuckDBEngine(str(path), read_only=True)
        try:
            with pytest.raises(LayoutError) as raised:
                engine.check_tables(schema)
        finally:
            engine.close()
    assert list(raised.value.problems) == [
        "the column 'labels' of 'shop.orders' is varchar in DuckDB, but schema.yml makes it "
        "list<string>; DuckDB types that fit: varchar[]"]


def test_a_list_right_after_contains_hints_at_any_and_all() -> None:
    parsed = parse_source('segment a where interests contains ["a", "b"]\n', "s.seg")
    [problem] = parsed.diagnostics
    assert (problem.code, problem.span.column) == ("SYN001", 36)
    assert problem.message == ("`contains` looks for one value; several are written with "
                               "`any` or `all`")
    assert problem.hint is not None and "contains any [..]" in problem.hint
