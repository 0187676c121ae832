"""Injection safety: odd text in definitions, schemas and fixtures means exactly itself.

String literals of definitions, enum values of the schema, fixture values and the
physical table and column names of the schema may hold quotes, backslashes, SQL
comment and statement markers, LIKE wildcards, driver placeholder syntax, control
characters and any Unicode.  On every engine target (DuckDB, PostgreSQL in a UTC
and in a New York session, ZetaSQL for BigQuery) the compiled SQL must do exactly
what the definition says -- ``name = "O'Brien"`` matches the row O'Brien and no
other, ``contains "50%_off"`` matches literally -- and must leave the tables as
they were (same row counts, no tables added or dropped).

What the schema allows (SPEC 2, ``segdsl/project/schema_loader.py``): the *names*
used in segment files (entity, attributes, relations, events, properties) must be
identifiers and not keywords (YML008, with a position); the *physical* names are
free text: ``table`` (split on dots into at most three non-empty parts), ``key``,
``via``, ``time``, ``where`` columns and ``column:`` of a field.  So odd physical
names are tested on the engines, and odd segment-language names for a clear,
positioned YML008.

Engine bugs these tests found (fixed, each kept as a test): '%' in a table or
column name on PostgreSQL (psycopg read it as a placeholder; rows now go in with
COPY), a NUL in a definition on PostgreSQL (libpq cut the statement short; now a
clear error), qualified table names holding spaces, backticks or backslashes on
ZetaSQL, and names beginning with '$' on ZetaSQL (reserved there; a clear error).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlglot import exp

from segdsl.check.checker import CheckedProject, check_project
from segdsl.compile.api import compile_membership, compile_segment
from segdsl.engines import Engine, EngineError, schema_tables
from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax.parser import parse_source
from tests.engine_targets import TARGETS, Target

AS_OF = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
BOUGHT_AT = dt.datetime(2026, 5, 1, 12, 0)

# Every character class the brief names, alone and in context.
ODD: tuple[str, ...] = (
    "O'Brien", "O''Brien", 'say "hi"', "back\\slash", "\\", "\\'", "a--b", "--", "/* c */",
    "*/", "x; DROP TABLE t; --", "'; DELETE FROM t; --", "' OR '1'='1", "50%_off", "%",
    "_", "%%", "line\nbreak", "\r\n", "tab\there", "e\u0301", "\u05e9\u05dc\u05d5\u05dd",
    "\u202eRTL\u202c", "\U0001f600", "a\u2028b", "$1", "$$", "${x}", "?", ":name",
    "%s", "%(x)s", "`tick`", "\\n", "",
)
# Strings that a naive translation would confuse with some of ODD: LIKE wildcards
# matching anything, quotes doubled or dropped, escapes taken as escapes.
DECOYS: tuple[str, ...] = (
    "OBrien", "O\\'Brien", "50X_off", "50%Xoff", "500off", "5_%off", "x", "\\\\", "line",
    "tab\\there", "e", "\u0301", "RTL", "a b", "1", "x", "`", "say hi", "a-b", "DROP",
)


# --------------------------------------------------------------- quoting helpers


def yaml_quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar that reads back as exactly ``text``."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7F <= code <= 0x9F or char in "\u2028\u2029\ufeff":
            out.append(f"\\u{code:04x}")  # line breaks and controls as escapes
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def seg_quoted(text: str) -> str:
    """``text`` as a string literal of the segment language (SPEC 3.1)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# ------------------------------------------------------------------- a project


@dataclass(frozen=True)
class Names:
    """The physical names of a test schema."""

    customers: str = "cust'o\"mers; --/*x*/$1 ${x} ?:n"
    key: str = "id'\"`; -- ?"
    name: str = "na'me\"\\ -- /* */ ; _ $1 ${x} ? :name\n\t\u2028 e\u0301 \U0001f600"
    tag: str = "t`a'g"
    orders: str = "sch'em\"a.or;ders--"
    order_key: str = "cust'id"
    time: str = "wh\"en?"
    note: str = "no'te; --"
    kind: str = "ki'nd\""
    kind_value: str = "it's \"x\"; --"


def schema_text(names: Names, tags: Sequence[str]) -> str:
    q = yaml_quoted
    values = ", ".join(q(tag) for tag in tags)
    tag = f"{{type: string, column: {q(names.tag)}, values: [{values}]}}" if tags else (
        f"{{type: string, column: {q(names.tag)}}}")
    return f"""\
entity: customer
table: {q(names.customers)}
key: {q(names.key)}
attributes:
  name: {{type: string, column: {q(names.name)}}}
  tag: {tag}
events:
  purchase:
    table: {q(names.orders)}
    key: {q(names.order_key)}
    time: {q(names.time)}
    where: {{{q(names.kind)}: {q(names.kind_value)}}}
    properties:
      note: {{type: string, column: {q(names.note)}}}
"""


# Per string S: the definitions that test it, and what each means in Python.
TESTS: dict[str, tuple[str, Callable[[str | None, str], bool]]] = {
    "eq": ("name = {s}", lambda v, s: v == s),
    "ne": ("name != {s}", lambda v, s: v is not None and v != s),
    "contains": ("name contains {s}", lambda v, s: v is not None and s in v),
    "starts": ("name starts with {s}", lambda v, s: v is not None and v.startswith(s)),
    "ends": ("name ends with {s}", lambda v, s: v is not None and v.endswith(s)),
    "in": ("name in [{s}, \"never-listed\"]", lambda v, s: v == s),
    "not_in": ("not (name in [{s}])", lambda v, s: v != s),
}


@dataclass(frozen=True)
class Project:
    schema: Schema
    checked: CheckedProject
    rows: Mapping[str, list[dict[str, object]]]
    expected: dict[str, set[str]]  # definition -> member keys


def build(strings: Sequence[str], names: Names = Names()) -> Project:
    """A project testing each of ``strings`` as literal, enum value, fixture value,
    key and event property, with the expected members computed in Python."""
    tags = list(dict.fromkeys(strings))
    schema, problems = parse_schema(schema_text(names, tags), "schema.yml")
    assert schema is not None and not problems, problems
    lines: list[str] = []
    for i, s in enumerate(strings):
        for kind, (template, _) in TESTS.items():
            lines.append(f"segment {kind}_{i} where " + template.format(s=seg_quoted(s)))
        lines.append(f"segment tag_{i} where tag = {seg_quoted(s)}")
        lines.append(f"segment has_{i} where has purchase with note = {seg_quoted(s)}")
    source = parse_source("\n".join(lines) + "\n", "odd.seg")
    assert not source.diagnostics, source.diagnostics
    checked = check_project(schema, [source])
    assert not [d for d in checked.diagnostics if d.is_error], checked.diagnostics

    # Customers: each string alone (key holding it too), inside other text, and decoys.
    values: dict[str, str | None] = {"none": None}
    for i, s in enumerate(strings):
        values[f"e{i}:{s}"] = s
        values[f"w{i}"] = f"<{s}>"
    for i, decoy in enumerate(DECOYS):
        values[f"d{i}"] = decoy
    tag_of = {f"e{i}:{s}": s for i, s in enumerate(strings)}
    Rows = list[dict[str, object]]
    customers: Rows = [{names.key: key, names.name: value, names.tag: tag_of.get(key)}
                       for key, value in values.items()]
    orders: Rows = [{names.order_key: key, names.time: BOUGHT_AT,
                     names.kind: names.kind_value, names.note: value}
                    for key, value in values.items()]
    # An order of another kind (the where column) must not count.
    orders += [{names.order_key: f"w{i}", names.time: BOUGHT_AT, names.kind: "other",
                names.note: s} for i, s in enumerate(strings)]

    expected: dict[str, set[str]] = {}
    for i, s in enumerate(strings):
        for kind, (_, holds) in TESTS.items():
            expected[f"{kind}_{i}"] = {key for key, value in values.items() if holds(value, s)}
        expected[f"tag_{i}"] = {key for key, tag in tag_of.items() if tag == s}
        expected[f"has_{i}"] = {key for key, value in values.items() if value == s}
    return Project(schema, checked, {schema.table: customers, names.orders: orders}, expected)


# ---------------------------------------------------------------- running


def _table(name: str, dialect: str) -> exp.Table:
    parts = [exp.to_identifier(part, quoted=True) for part in name.split(".")]
    return exp.Table(this=parts[-1], db=parts[-2] if len(parts) > 1 else None,
                     catalog=parts[-3] if len(parts) > 2 else None)


def _inventory(engine: Engine, target: Target, schema: Schema) -> object:
    """What must not change: every table's row count, and the list of tables."""
    counts = {}
    for name in schema_tables(schema):
        count = exp.select(exp.Count(this=exp.Star())).from_(_table(name, target.dialect))
        counts[name] = engine.query(count.sql(dialect=target.dialect))[1]
    tables: object = None
    if target.dialect in ("duckdb", "postgres"):  # ZetaSQL has no catalog to list
        tables = sorted(engine.query(
            "SELECT table_catalog, table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")[1])
    return counts, tables


def run_project(target: Target, project: Project) -> dict[str, set[str]]:
    """Members of every definition on ``target``; checks the tables are intact."""
    factory = target.open()
    engine = factory()
    try:
        engine.load_tables(project.schema, project.rows)
        before = _inventory(engine, target, project.schema)
        columns, rows = engine.query(
            compile_membership(project.checked, target.dialect, AS_OF, list(project.expected)))
        assert _inventory(engine, target, project.schema) == before
    finally:
        engine.close()
    assert columns[0] == project.schema.key
    members: dict[str, set[str]] = {name: set() for name in columns[1:]}
    for row in rows:
        for name, flag in zip(columns[1:], row[1:], strict=True):
            assert flag in (True, False), (name, flag)  # two-valued logic
            if flag:
                members[name].add(str(row[0]))
    return members


def assert_members(found: dict[str, set[str]], expected: dict[str, set[str]]) -> None:
    wrong = {name: {"missing": expected[name] - found[name],
                    "unexpected": found[name] - expected[name]}
             for name in expected if found[name] != expected[name]}
    assert not wrong, wrong


# Spark's catalog holds only tables (and views) named with letters, digits and _
# (INVALID_SCHEMA_OR_RELATION_NAME); its columns take any name.
SPARK_TABLE_NAME = r"[A-Za-z0-9_]+"


def names_for(target: Target, names: Names | None = None) -> Names:
    """``names`` (the odd default ones) as ``target`` can store them: Spark's table
    names hold only letters, digits and _; MySQL and MariaDB identifiers only
    characters of the Basic Multilingual Plane (no emoji)."""
    names = names or Names()
    if target.dialect == "mysql":
        return dataclasses.replace(names, name=names.name.replace("\U0001f600", "\u263a"))
    if target.dialect != "spark":
        return names
    return dataclasses.replace(names, customers="cust_o_mers", orders="sch_em_a.or_ders")


def _target_params() -> list[object]:
    return [pytest.param(target, id=target.name) for target in TARGETS]


# ----------------------------------------------------------- the fixed corpus

# PostgreSQL cannot hold NUL in text; it has its own test below.
WITH_NUL = (*ODD, "nul\x00byte", "\x00")


@pytest.mark.parametrize("target", _target_params())
def test_odd_strings_mean_exactly_themselves(target: Target) -> None:
    strings = ODD if target.dialect == "postgres" else WITH_NUL
    project = build(strings, names_for(target))
    assert_members(run_project(target, project), project.expected)


@pytest.mark.parametrize("target", _target_params())
def test_obrien_matches_only_obrien_as_a_single_segment(target: Target) -> None:
    # compile_segment (what `segdsl compile SEGMENT` prints) on its own, too.
    project = build(["O'Brien", "50%_off", "\\"], names_for(target))
    factory = target.open()
    for name, want in (("eq_0", {"e0:O'Brien"}), ("contains_1", {"e1:50%_off", "w1"}),
                       ("starts_2", {"e2:\\", "d7"})):
        engine = factory()
        try:
            engine.load_tables(project.schema, project.rows)
            before = _inventory(engine, target, project.schema)
            sql = compile_segment(project.checked, name, target.dialect, AS_OF)
            columns, rows = engine.query(sql)
            assert _inventory(engine, target, project.schema) == before
        finally:
            engine.close()
        assert columns == [project.schema.key]
        assert {str(row[0]) for row in rows} == want == project.expected[name]


# ------------------------------------------------------------ generated text

_PROFILE_LONG = "long" in (os.environ.get("SEGDSL_FUZZ_PROFILE", ""),
                           os.environ.get("SEGDSL_DIFF_PROFILE", ""))
# Any character but lone surrogates (not text in any encoding).
_ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=10)
_NO_NUL_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
                       max_size=10)


def _strings(text: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(text, min_size=1, max_size=4, unique=True)


@pytest.mark.parametrize("target", _target_params())
def test_generated_strings_mean_exactly_themselves(target: Target) -> None:
    factory_ready = target.open  # skips here (not inside hypothesis) when unavailable
    factory_ready()
    per_engine = 15 if target.dialect == "duckdb" else 6

    @settings(max_examples=per_engine * (20 if _PROFILE_LONG else 1), deadline=None,
              database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_strings(_NO_NUL_TEXT if target.dialect == "postgres" else _ANY_TEXT))
    def check(strings: list[str]) -> None:
        project = build(strings, names_for(target))
        assert_members(run_project(target, project), project.expected)

    check()


@st.composite
def physical_names(draw: st.DrawFn, target: Target) -> Names:
    """Odd table and column names, all distinct, that the target can store."""
    banned = "\x00"
    # MySQL and MariaDB identifiers hold Basic Multilingual Plane characters only
    # (and U+FFFE/U+FFFF are no YAML text), lose leading spaces and may not end
    # with one, and hold no control characters.
    mysql = target.dialect == "mysql"
    top = 0xFFFF if mysql else None
    if mysql:
        banned += "\ufffe\uffff"

    def storable(name: str) -> bool:
        if target.dialect == "bigquery" and name.startswith("$"):
            return False
        return not (mysql and (name != name.strip()
                               or any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0
                                      for char in name)))

    # A blank name is refused by the schema loader (YML004), as it names nothing;
    # ZetaSQL reserves names beginning with '$' (test_dollar_names_on_zetasql).
    text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters=banned,
                                 max_codepoint=top),
                   min_size=1, max_size=8).filter(str.strip).filter(storable)
    # Qualified names in ZetaSQL: only what its path flattening handles (known bug).
    part = st.text(st.characters(exclude_categories=["Cs", "Z", "Cc"],
                                 exclude_characters=banned + ".`\\", max_codepoint=top),
                   min_size=1, max_size=6).filter(storable)
    if target.dialect == "spark":
        part = st.from_regex(SPARK_TABLE_NAME, fullmatch=True).filter(lambda name: len(name) <= 6)
    columns = draw(st.lists(text, min_size=7, max_size=7, unique=True))
    tables = draw(st.lists(part, min_size=3, max_size=3, unique=True))
    return Names(customers=tables[0], key=columns[0], name=columns[1], tag=columns[2],
                 orders=f"{tables[1]}.{tables[2]}", order_key=columns[3], time=columns[4],
                 note=columns[5], kind=columns[6], kind_value=draw(text))


@pytest.mark.parametrize("target", _target_params())
def test_generated_table_and_column_names(target: Target) -> None:
    target.open()
    per_engine = 10 if target.dialect == "duckdb" else 5

    @settings(max_examples=per_engine * (20 if _PROFILE_LONG else 1), deadline=None,
              database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(physical_names(target))
    def check(names: Names) -> None:
        # Names that differ only in case are the same column in BigQuery and DuckDB.
        folded = [n.lower() for n in (names.key, names.name, names.tag)]
        folded_events = [n.lower() for n in (names.order_key, names.time, names.note,
                                             names.kind)]
        if len(set(folded)) < 3 or len(set(folded_events)) < 4 or (
                names.customers.lower() == names.orders.lower()):
            return
        project = build(["O'Brien", "50%_off"], names)
        assert_members(run_project(target, project), project.expected)

    check()


# ------------------------------------------------------------------ NUL bytes


@pytest.mark.parametrize("target", [t for t in _target_params()
                                    if "postgres" in str(getattr(t, "id", ""))])
def test_nul_in_a_fixture_value_on_postgres_is_a_clear_error(target: Target) -> None:
    project = build(["nul\x00byte"])
    with pytest.raises(EngineError, match="NUL"):
        run_project(target, project)


# ------------------------------------------------------- names in the language


@pytest.mark.parametrize("name", ["it's", 'a"b', "a-b", "a b", "a;b", "$1", "`x`", "é",
                                  "e\u0301", "\U0001f600", "segment", "has", "1a", "a.b"])
@pytest.mark.parametrize("place", ["attribute", "event", "property", "relation"])
def test_odd_language_names_are_refused_with_a_position(name: str, place: str) -> None:
    q = yaml_quoted(name)
    body = {
        "attribute": f"attributes:\n  {q}: string\n",
        "event": f"events:\n  {q}: {{table: o, key: k, time: t}}\n",
        "property": f"events:\n  e:\n    table: o\n    key: k\n    time: t\n"
                    f"    properties:\n      {q}: string\n",
        "relation": f"relations:\n  {q}: {{table: a, key: k, via: v, attributes: {{x: string}}}}\n",
    }[place]
    text = "entity: customer\ntable: t\nkey: k\n" + body
    schema, problems = parse_schema(text, "schema.yml")
    assert schema is None
    assert [p.code for p in problems] == ["YML008"], problems
    span = problems[0].span
    assert span is not None and span.file == "schema.yml"
    line = text.splitlines()[span.line - 1]
    assert line[span.column - 1:].startswith(q), (line, span)


def test_physical_names_are_kept_as_written() -> None:
    names = Names()
    project = build(["x"], names)
    schema = project.schema
    assert schema.table == names.customers and schema.key == names.key
    assert schema.attributes["name"].column == names.name
    event = schema.events["purchase"]
    assert (event.table, event.key, event.time) == (names.orders, names.order_key, names.time)
    assert event.where == ((names.kind, names.kind_value),)
    assert event.properties["note"].column == names.note


@pytest.mark.parametrize("target", [t for t in _target_params()
                                    if "postgres" in str(getattr(t, "id", ""))])
def test_nul_in_a_definition_on_postgres_is_an_engine_error(target: Target) -> None:
    # libpq cuts the SQL text at the NUL; the literal is then unterminated, so the
    # statement fails as a whole (nothing else can run) -- but see the xfail below.
    project = build(["nul\x00byte"])
    project = Project(project.schema, project.checked,
                      {table: [] for table in project.rows}, project.expected)
    with pytest.raises(EngineError):
        run_project(target, project)


@pytest.mark.parametrize("target", [t for t in _target_params()
                                    if "postgres" in str(getattr(t, "id", ""))])
def test_nul_in_a_definition_on_postgres_is_a_clear_error(target: Target) -> None:
    project = build(["nul\x00byte"])
    project = Project(project.schema, project.checked,
                      {table: [] for table in project.rows}, project.expected)
    with pytest.raises(EngineError, match="NUL"):
        run_project(target, project)


# ---------------------------------------------- engine bugs found here (fixed)


@pytest.mark.parametrize("column", ["50%_off", "%s", "%(x)s"])
def test_percent_in_a_column_name_on_postgres(column: str) -> None:
    target = next(t for t in TARGETS if t.name == "postgres-utc")
    project = build(["O'Brien"], Names(name=column))
    assert_members(run_project(target, project), project.expected)


@pytest.mark.parametrize("part", ["or ders", "or`ders", "or\\ders", "or\nders", "or\tders"])
def test_odd_qualified_table_names_on_zetasql(part: str) -> None:
    target = next(t for t in TARGETS if t.dialect == "bigquery")
    project = build(["O'Brien"], Names(orders=f"shop.{part}"))
    assert_members(run_project(target, project), project.expected)


def test_odd_table_names_on_spark_are_a_clear_error() -> None:
    target = next(t for t in TARGETS if t.dialect == "spark")
    target.open()
    project = build(["O'Brien"], Names())
    with pytest.raises(EngineError, match="is not a valid name for tables"):
        run_project(target, project)


@pytest.mark.parametrize("name", ["$", "$x"])
def test_dollar_names_on_zetasql_are_a_clear_error(name: str) -> None:
    target = next(t for t in TARGETS if t.dialect == "bigquery")
    target.open()
    project = build(["O'Brien"], Names(name=name))
    with pytest.raises(EngineError, match="reserved"):
        run_project(target, project)
