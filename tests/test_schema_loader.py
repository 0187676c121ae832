"""schema.yml loading: the SPEC example, every YML diagnostic with its position and
hint, the positioned YAML reader underneath, and "no input ever raises"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from segdsl.diagnostics import Diagnostic
from segdsl.project import yamlpos
from segdsl.project.model import EventType, Field, Relation, Schema, ValueType
from segdsl.project.schema_loader import load_schema, parse_schema
from segdsl.project.yamlpos import (
    MAX_DEPTH,
    MappingNode,
    ScalarNode,
    convert_scalar,
    convert_text,
    parse_yaml,
    resolve_core,
)

FILE = "schema.yml"

SPEC_SCHEMA = """\
entity: customer            # what a member is; used in messages and fixtures
table: shop.customers       # table name, may be qualified (project.dataset.table)
key: customer_id            # unique key column; the output column of every segment
attributes:                 # columns of the entity table
  email: string
  country: string
  age: integer
  lifetime_value: number
  signup_at: timestamp
  birthday: date
  is_subscribed: boolean
  plan: {type: string, values: [free, pro, enterprise]}   # enum: literals are checked
  zip: {type: string, column: postal_code}                # attribute name != column name
relations:                  # many-to-one tables reached through a column of the entity
  account:
    table: shop.accounts
    key: account_id         # key column of the related table
    via: account_id         # column of the entity table
    attributes:
      industry: string
      employees: integer
events:
  purchase:
    table: shop.orders
    key: customer_id        # column holding the entity key
    time: ordered_at        # event time column
    properties:
      amount: number
      category: {type: string, values: [running, kids, outdoor, fitness, casual]}
  email_open:
    table: shop.events      # several events may share one table ...
    key: customer_id
    time: occurred_at
    where: {event_name: email_open}   # ... told apart by column = value pairs
    properties:
      campaign: string
"""

S, INT, N, B, D, T = (ValueType.STRING, ValueType.INTEGER, ValueType.NUMBER,
                      ValueType.BOOLEAN, ValueType.DATE, ValueType.TIMESTAMP)


def _f(name: str, type_: ValueType, column: str | None = None,
       values: tuple[str, ...] | None = None) -> Field:
    return Field(name, type_, column or name, values)


EXPECTED = Schema(
    entity="customer",
    table="shop.customers",
    key="customer_id",
    attributes={
        "email": _f("email", S), "country": _f("country", S), "age": _f("age", INT),
        "lifetime_value": _f("lifetime_value", N), "signup_at": _f("signup_at", T),
        "birthday": _f("birthday", D), "is_subscribed": _f("is_subscribed", B),
        "plan": _f("plan", S, values=("free", "pro", "enterprise")),
        "zip": _f("zip", S, "postal_code"),
    },
    relations={
        "account": Relation("account", "shop.accounts", "account_id", "account_id",
                            {"industry": _f("industry", S), "employees": _f("employees", INT)}),
    },
    events={
        "purchase": EventType(
            "purchase", "shop.orders", "customer_id", "ordered_at",
            {"amount": _f("amount", N),
             "category": _f("category", S,
                            values=("running", "kids", "outdoor", "fitness", "casual"))},
        ),
        "email_open": EventType(
            "email_open", "shop.events", "customer_id", "occurred_at",
            {"campaign": _f("campaign", S)}, where=(("event_name", "email_open"),),
        ),
    },
    file=FILE,
)


def _without_spans(value: Any) -> Any:
    """The model with every span removed, to compare against a hand-written one."""
    if isinstance(value, dict):
        return {k: _without_spans(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _without_spans(getattr(value, f.name))
                   for f in dataclasses.fields(value) if f.name != "span"}
        if any(f.name == "span" for f in dataclasses.fields(value)):
            changes["span"] = None
        return dataclasses.replace(value, **changes)
    return value


def _schema(text: str) -> tuple[Schema | None, list[Diagnostic]]:
    """Parse a test schema; an indented triple-quoted part after BASE is dedented."""
    if text.startswith(BASE):
        return parse_schema(BASE + textwrap.dedent(text[len(BASE):]), FILE)
    return parse_schema(textwrap.dedent(text), FILE)


def _only(text: str, code: str) -> Diagnostic:
    """The single diagnostic of ``text``, which must have ``code``; no schema."""
    schema, problems = _schema(text)
    assert schema is None
    assert [p.code for p in problems] == [code], problems
    return problems[0]


def _at(problem: Diagnostic, line: int, column: int) -> None:
    assert problem.span is not None
    assert (problem.span.file, problem.span.line, problem.span.column) == (FILE, line, column)


BASE = """\
entity: customer
table: shop.customers
key: customer_id
"""


# ------------------------------------------------------------------ valid schemas


def test_spec_example_loads_into_the_exact_model(tmp_path: Path) -> None:
    path = tmp_path / "schema.yml"
    path.write_text(SPEC_SCHEMA, encoding="utf-8")
    schema, problems = load_schema(path, FILE)
    assert problems == []
    assert _without_spans(schema) == EXPECTED


def test_spans_point_at_the_names() -> None:
    schema, _ = parse_schema(SPEC_SCHEMA, FILE)
    assert schema is not None
    zip_span = schema.attributes["zip"].span
    assert zip_span is not None
    assert (zip_span.line, zip_span.column, zip_span.end_column) == (13, 3, 6)
    assert SPEC_SCHEMA[zip_span.start:zip_span.end] == "zip"
    event_span = schema.events["email_open"].span
    assert event_span is not None
    assert (event_span.line, event_span.column) == (30, 3)


def test_attributes_relations_and_events_are_optional() -> None:
    schema, problems = _schema(BASE)
    assert problems == []
    assert schema is not None
    assert (schema.attributes, schema.relations, schema.events) == ({}, {}, {})


def test_empty_sections_are_allowed() -> None:
    schema, problems = _schema(BASE + "attributes:\nrelations: {}\nevents:\n")
    assert problems == []
    assert schema is not None


def test_enum_values_that_yaml_would_turn_into_booleans_and_dates_stay_text() -> None:
    schema, problems = _schema(BASE + """\
        attributes:
          answer: {type: string, values: [yes, no, on, off, 2026-01-01, 1.5, null_ish]}
        """)
    assert problems == []
    assert schema is not None
    assert schema.attributes["answer"].values == (
        "yes", "no", "on", "off", "2026-01-01", "1.5", "null_ish")


def test_numeric_enums_are_converted_to_the_field_type() -> None:
    schema, problems = _schema(BASE + """\
        attributes:
          tier: {type: integer, values: [1, 2, 3]}
          score: {type: number, values: [0.5, 1]}
        """)
    assert problems == []
    assert schema is not None
    assert schema.attributes["tier"].values == (1, 2, 3)
    assert schema.attributes["score"].values == (0.5, 1.0)


def test_where_values_are_typed_like_yaml_1_2() -> None:
    schema, problems = _schema(BASE + """\
        events:
          open:
            table: project.dataset.events
            key: customer_id
            time: at
            where: {kind: yes, version: 2, test: false, name: "2"}
        """)
    assert problems == []
    assert schema is not None
    assert schema.events["open"].where == (
        ("kind", "yes"), ("version", 2), ("test", False), ("name", "2"))
    assert schema.events["open"].table == "project.dataset.events"


def test_names_like_yes_and_numbers_are_kept_as_written() -> None:
    schema, problems = _schema("entity: yes\ntable: no\nkey: 123\n")
    assert problems == []
    assert schema is not None
    assert (schema.entity, schema.table, schema.key) == ("yes", "no", "123")


# ------------------------------------------------------------------------ YML001


def test_yml001_syntax_error_points_at_the_problem() -> None:
    problem = _only(BASE + "attributes: [email, country\n", "YML001")
    _at(problem, 5, 1)
    assert problem.message.startswith("invalid YAML")
    assert problem.hint == "while parsing a flow sequence that starts at line 4, column 13"


def test_yml001_tab_indentation() -> None:
    problem = _only(BASE + "attributes:\n\temail: string\n", "YML001")
    _at(problem, 5, 1)
    assert problem.hint == "indent with spaces; YAML does not allow tabs for indentation"


def test_yml001_aliases_are_refused_where_they_are_written() -> None:
    problem = _only(BASE + "attributes:\n  a: *shared\n", "YML001")
    _at(problem, 5, 6)
    assert problem.message == "aliases (*shared) are not supported"
    assert problem.hint is not None and "anchors" in problem.hint


def test_yml001_alias_bomb_is_refused_quickly() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]"
              for i in range(8)]
    problem = _only("\n".join(lines) + "\n", "YML001")
    _at(problem, 1, 4)
    assert problem.message == "anchors (&a) are not supported"


def test_yml001_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "schema.yml"
    path.write_bytes(b"entity: customer\ntable: caf\xe9\n")
    schema, problems = load_schema(path, FILE)
    assert schema is None
    assert [p.code for p in problems] == ["YML001"]
    _at(problems[0], 2, 11)
    assert problems[0].hint == "save the file with UTF-8 encoding"


def test_yml001_missing_file(tmp_path: Path) -> None:
    schema, problems = load_schema(tmp_path / "nope.yml", "nope.yml")
    assert schema is None
    assert [p.code for p in problems] == ["YML001"]
    assert problems[0].message.startswith("cannot read the file")


def test_yml001_control_character() -> None:
    problem = _only("entity: cust\x01omer\n", "YML001")
    _at(problem, 1, 13)
    assert "U+0001" in problem.message


def test_yml001_two_documents() -> None:
    problem = _only(BASE + "---\nentity: other\n", "YML001")
    _at(problem, 4, 1)


def test_yml001_deep_nesting_is_refused_without_crashing() -> None:
    # libyaml's own composer segfaults on this; the event-based reader must not.
    problem = _only("[" * 200_000 + "]" * 200_000, "YML001")
    _at(problem, 1, MAX_DEPTH + 1)


def test_yml001_unsupported_tag() -> None:
    problem = _only("entity: !custom customer\ntable: t\nkey: k\n", "YML001")
    _at(problem, 1, 9)
    assert problem.hint == "remove the tag; write the value as plain YAML"


# ------------------------------------------------------------------------ YML002


def test_yml002_missing_top_level_key() -> None:
    problem = _only("entity: customer\ntable: shop.customers\n", "YML002")
    _at(problem, 1, 1)
    assert problem.message == "the schema has no 'key'"
    assert problem.hint == "add 'key: ...'; the schema needs: entity, table, key"


def test_yml002_missing_event_time_points_at_the_event() -> None:
    problem = _only(BASE + "events:\n  purchase: {table: o, key: k}\n", "YML002")
    _at(problem, 5, 3)
    assert problem.message == "event 'purchase' has no 'time'"


def test_yml002_field_mapping_without_type() -> None:
    problem = _only(BASE + "attributes:\n  zip: {column: postal_code}\n", "YML002")
    _at(problem, 5, 3)
    assert problem.message == "attribute 'zip' has no 'type'"


def test_yml002_empty_file() -> None:
    problem = _only("# nothing yet\n", "YML002")
    _at(problem, 1, 1)
    assert problem.hint == "a schema needs at least 'entity', 'table' and 'key'"


# ------------------------------------------------------------------------ YML003


def test_yml003_unknown_top_level_key_with_suggestion() -> None:
    problem = _only(BASE + "atributes:\n  email: string\n", "YML003")
    _at(problem, 4, 1)
    assert problem.message == "unknown key 'atributes' in the schema"
    assert problem.hint == (
        "did you mean 'attributes'? "
        "allowed keys: entity, table, key, attributes, relations, events")


def test_yml003_unknown_key_in_a_field() -> None:
    problem = _only(BASE + "attributes:\n  zip: {type: string, colum: postal_code}\n", "YML003")
    _at(problem, 5, 23)
    assert problem.hint == "did you mean 'column'? allowed keys: type, column, values"


def test_yml003_without_a_close_match_lists_the_keys() -> None:
    problem = _only(BASE + "events:\n  e: {table: t, key: k, time: t, zzz: 1}\n", "YML003")
    assert problem.hint == "allowed keys: table, key, time, where, properties"


# ------------------------------------------------------------------------ YML004


def test_yml004_list_where_mapping_expected() -> None:
    problem = _only(BASE + "attributes: [email, country]\n", "YML004")
    _at(problem, 4, 13)
    assert problem.message == ("'attributes' should be a mapping (key: value pairs), "
                               "but it is a list")
    assert problem.hint == "write one name per line, e.g. 'email: string'"


def test_yml004_schema_is_not_a_mapping() -> None:
    problem = _only("- entity\n- table\n", "YML004")
    _at(problem, 1, 1)


def test_yml004_attribute_without_type() -> None:
    problem = _only(BASE + "attributes:\n  email:\n", "YML004")
    _at(problem, 5, 3)
    assert problem.message == "attribute 'email' needs a type, but it is nothing"
    assert problem.hint is not None and problem.hint.startswith("write 'email: string'")


def test_yml004_table_must_be_a_single_value() -> None:
    problem = _only("entity: customer\ntable: [a, b]\nkey: k\n", "YML004")
    _at(problem, 2, 8)


def test_yml004_where_value_must_be_a_single_value() -> None:
    problem = _only(BASE + "events:\n  e: {table: t, key: k, time: t, where: {kind: [a]}}\n",
                    "YML004")
    _at(problem, 5, 48)
    assert problem.hint == "one value per column, e.g. where: {event_name: email_open}"


# ------------------------------------------------------------------------ YML005


def test_yml005_unknown_type_with_suggestion() -> None:
    problem = _only(BASE + "attributes:\n  email: strng\n", "YML005")
    _at(problem, 5, 10)
    assert problem.message == "unknown type 'strng' for attribute 'email'"
    assert problem.hint == ("did you mean 'string'? "
                            "allowed types: string, integer, number, boolean, date, timestamp, "
                            "list<string>, list<integer>")


@pytest.mark.parametrize(("written", "meant"), [("int", "integer"), ("float", "number"),
                                                ("datetime", "timestamp"), ("String", "string")])
def test_yml005_common_type_names_are_translated(written: str, meant: str) -> None:
    problem = _only(BASE + f"attributes:\n  x: {{type: {written}}}\n", "YML005")
    assert problem.hint is not None and problem.hint.startswith(f"did you mean '{meant}'?")


def test_yml005_without_a_close_match_lists_the_types() -> None:
    problem = _only(BASE + "events:\n  e:\n    table: t\n    key: k\n    time: t\n"
                    "    properties:\n      p: zzzzzz\n", "YML005")
    _at(problem, 10, 10)
    assert problem.message == "unknown type 'zzzzzz' for property 'p' of event 'e'"
    assert problem.hint == ("allowed types: string, integer, number, boolean, date, timestamp, "
                            "list<string>, list<integer>")


# ------------------------------------------------------------------------ YML006


def test_yml006_attribute_and_event_share_a_name() -> None:
    problem = _only(BASE + """\
        attributes:
          purchase: string
        events:
          purchase: {table: t, key: k, time: t}
        """, "YML006")
    _at(problem, 7, 3)
    assert problem.message == "the name 'purchase' is used for both an attribute and an event"
    assert problem.related and problem.related[0][0].line == 5


def test_yml006_relation_and_attribute_share_a_name() -> None:
    problem = _only(BASE + """\
        attributes:
          account: string
        relations:
          account: {table: a, key: k, via: v, attributes: {}}
        """, "YML006")
    _at(problem, 7, 3)
    assert problem.hint == ("attributes, relations and events share one set of names; "
                            "rename one (the attribute is on line 5)")


def test_yml006_duplicate_key_in_yaml() -> None:
    problem = _only(BASE + "attributes:\n  email: string\n  email: integer\n", "YML006")
    _at(problem, 6, 3)
    assert problem.message == "the key 'email' appears twice in the same mapping"
    assert problem.hint == "remove or rename one of them (the first 'email' is on line 5)"


def test_yml006_property_names_are_per_event() -> None:
    schema, problems = _schema(BASE + """\
        events:
          a: {table: t, key: k, time: t, properties: {amount: number}}
          b: {table: t, key: k, time: t, properties: {amount: number}}
        """)
    assert problems == []
    assert schema is not None


def test_yml006_event_named_like_the_entity() -> None:
    problem = _only(BASE + "events:\n  customer: {table: t, key: k, time: t}\n", "YML006")
    _at(problem, 5, 3)


# ------------------------------------------------------------------------ YML007


def test_yml007_value_of_the_wrong_type() -> None:
    problem = _only(BASE + "attributes:\n  tier: {type: integer, values: [1, two]}\n", "YML007")
    _at(problem, 5, 37)
    assert problem.message == "'two' is not an integer, but attribute 'tier' is an integer field"
    assert problem.hint == "list only integer values, e.g. values: [1, 2, 3]"


def test_yml007_duplicate_value() -> None:
    problem = _only(BASE + "attributes:\n  plan: {type: string, values: [free, pro, free]}\n",
                    "YML007")
    _at(problem, 5, 44)
    assert problem.message == "'free' is listed twice in the values of attribute 'plan'"
    assert problem.related and problem.related[0][0].column == 33


def test_yml007_numbers_equal_after_conversion_are_duplicates() -> None:
    problem = _only(BASE + "attributes:\n  s: {type: number, values: [1, 1.0]}\n", "YML007")
    _at(problem, 5, 33)


def test_yml007_empty_list() -> None:
    problem = _only(BASE + "attributes:\n  plan: {type: string, values: []}\n", "YML007")
    _at(problem, 5, 32)
    assert problem.hint == "write them as a list, e.g. values: [free, pro, enterprise]"


def test_yml007_not_a_list() -> None:
    problem = _only(BASE + "attributes:\n  plan: {type: string, values: free}\n", "YML007")
    _at(problem, 5, 32)


def test_yml007_null_item_suggests_quotes() -> None:
    problem = _only(BASE + "attributes:\n  plan: {type: string, values: [a, null]}\n", "YML007")
    _at(problem, 5, 36)
    assert problem.hint == 'write "null" in quotes if you mean that text'


def test_yml007_enum_on_a_boolean() -> None:
    problem = _only(BASE + "attributes:\n  ok: {type: boolean, values: [true]}\n", "YML007")
    _at(problem, 5, 23)


# ------------------------------------------------------------------------ YML008


def test_yml008_reserved_attribute_name_suggests_a_column_mapping() -> None:
    problem = _only(BASE + "attributes:\n  count: integer\n", "YML008")
    _at(problem, 5, 3)
    assert problem.message == ("'count' is a reserved word of the segment language, "
                               "so it cannot name an attribute")
    assert problem.hint == ("give it another name and keep the column: "
                            "'count_value: {type: integer, column: count}'")


def test_yml008_invalid_name_keeps_an_explicit_column_in_the_hint() -> None:
    problem = _only(BASE + "attributes:\n  first-name: {type: string, column: fname}\n",
                    "YML008")
    _at(problem, 5, 3)
    assert problem.hint == ("give it another name and keep the column: "
                            "'first_name: {type: string, column: fname}'")


def test_yml008_reserved_event_name() -> None:
    problem = _only(BASE + "events:\n  first: {table: t, key: k, time: t}\n", "YML008")
    _at(problem, 5, 3)
    assert problem.hint == "choose another name, e.g. 'first_event'"


def test_yml008_relation_attribute_name() -> None:
    problem = _only(BASE + "relations:\n  account:\n    table: a\n    key: k\n    via: v\n"
                    "    attributes:\n      2fa: boolean\n", "YML008")
    _at(problem, 10, 7)
    assert "cannot name an attribute of relation 'account'" in problem.message


def test_yml008_table_with_an_empty_part() -> None:
    problem = _only("entity: customer\ntable: shop..customers\nkey: k\n", "YML008")
    _at(problem, 2, 8)
    assert problem.hint == "separate the parts with single dots, e.g. project.dataset.table"


def test_yml008_entity_name() -> None:
    problem = _only("entity: B2B account\ntable: t\nkey: k\n", "YML008")
    _at(problem, 1, 9)
    assert problem.hint == "use letters, digits and _ only, e.g. 'B2B_account'"


# ------------------------------------------------------------ reporting everything


def test_all_problems_of_a_file_are_reported() -> None:
    schema, problems = _schema("""\
        entity: customer
        table: shop..customers
        kye: id
        attributes:
          email: strng
          count: integer
          plan: {type: string, values: [a, a]}
        relations:
          account: {table: a, key: k}
        """)
    assert schema is None
    assert sorted((p.code, p.span.line if p.span else 0) for p in problems) == [
        ("YML002", 1), ("YML002", 9), ("YML002", 9), ("YML003", 3), ("YML005", 5),
        ("YML007", 7), ("YML008", 2), ("YML008", 6),
    ]


# ------------------------------------------------------------------- yamlpos API


def test_scalars_keep_text_and_quoting() -> None:
    node, problems = parse_yaml("a: no\nb: 'no'\nc: ~\n", "f.yml")
    assert problems == []
    assert isinstance(node, MappingNode)
    values = [e.value for e in node.entries]
    assert all(isinstance(v, ScalarNode) for v in values)
    a, b, c = (v for v in values if isinstance(v, ScalarNode))
    assert (a.text, a.quoted, b.text, b.quoted, c.is_null) == ("no", False, "no", True, True)
    assert resolve_core(a) == "no" and resolve_core(c) is None


def test_byte_order_mark_keeps_offsets_into_the_given_text() -> None:
    text = "\ufeffa: x\n"
    node, _ = parse_yaml(text, "f.yml")
    assert isinstance(node, MappingNode)
    key = node.entries[0].key
    assert text[key.span.start:key.span.end] == "a"
    assert (key.span.line, key.span.column) == (1, 2)


def test_convert_scalar_uses_the_expected_kind() -> None:
    def scalar(text: str) -> ScalarNode:
        node, _ = parse_yaml(f"v: {text}\n", "f.yml")
        assert isinstance(node, MappingNode) and isinstance(node.entries[0].value, ScalarNode)
        return node.entries[0].value

    assert convert_scalar(scalar("2026-01-31"), "string") == "2026-01-31"
    assert convert_scalar(scalar("2026-01-31"), "date") == dt.date(2026, 1, 31)
    assert convert_scalar(scalar("2026-02-30"), "date") is None
    assert convert_scalar(scalar("2026-01-31T08:00:00Z"), "timestamp") == dt.datetime(
        2026, 1, 31, 8, tzinfo=dt.UTC)
    assert convert_scalar(scalar("2026-01-31T08:00:00+02:00"), "timestamp") is None
    assert convert_scalar(scalar("1_000"), "integer") == 1000
    assert convert_scalar(scalar("yes"), "boolean") is None
    assert convert_scalar(scalar("True"), "boolean") is True


@pytest.mark.parametrize(("text", "exact"), [
    ("1234567890.123456789", "1234567890.123456789"),  # 19 digits: a float keeps 17
    ("-0.000000001", "-1E-9"), ("0.10", "0.10"), ("1_000.5", "1000.5"), ("2e3", "2E+3"),
    (".5", "0.5"), ("7", "7"), (" 12.37 ", "12.37"),
])
def test_convert_text_reads_a_number_as_the_decimal_written(text: str, exact: str) -> None:
    value = convert_text(text, "number")
    assert isinstance(value, Decimal) and str(value) == exact


@pytest.mark.parametrize("text", ["1.2.3", "abc", "nan", "inf", "1,5", "", "0x10",
                                  "1e99999999999999999999999"])
def test_convert_text_refuses_what_is_no_number(text: str) -> None:
    assert convert_text(text, "number") is None


@pytest.mark.parametrize("text", [
    SPEC_SCHEMA,
    BASE + "attributes:\n  email: strng\n  email: string\n  count: integer\n",
    "\ufeff" + BASE + "events:\n  e: {table: t, key: k, time: t, where: {a: [1]}}\n",
])
def test_pure_python_yaml_gives_the_same_result(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without libyaml (a plain pip install on some platforms) nothing changes."""
    with_libyaml = parse_schema(text, FILE)
    monkeypatch.setattr(yamlpos, "_LOADER", yaml.SafeLoader)
    assert parse_schema(text, FILE) == with_libyaml


# ------------------------------------------------------------- never an exception

_WORDS = st.sampled_from([
    "entity", "table", "key", "attributes", "relations", "events", "type", "column",
    "values", "via", "time", "where", "properties", "string", "integer", "date", "strng",
    "count", "a.b", "a..b", "", "yes", "1", "email", "purchase", "customer",
])
_YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | _WORDS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_WORDS, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    schema, problems = parse_schema(text, FILE)
    assert schema is not None or problems


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.yml"
        path.write_bytes(data)
        schema, problems = load_schema(path, FILE)
    assert schema is not None or problems


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_WORDS, _YAML_VALUES, max_size=6))
def test_schema_shaped_yaml_never_raises(document: dict[str, Any]) -> None:
    text = yaml.safe_dump(document, default_flow_style=False)
    schema, problems = parse_schema(text, FILE)
    assert (schema is None) == any(p.is_error for p in problems)
    for problem in problems:
        assert problem.span is not None and problem.span.line >= 1
