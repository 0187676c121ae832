"""Static lists (SPEC 11): `lists:` in segdsl.yml, list files, `in list NAME`,
a fixture case's `lists:`, compilation on every dialect, `run` with a table list.

The semantics on every engine are pinned by the conformance cases
(tests/conformance/tests/static_lists.yml); these tests pin the diagnostics, the
compiled shape and the commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from cli_project import run, write_project

from segdsl.codes import Code
from segdsl.compile.api import compile_membership, compile_segment
from segdsl.explain import explain
from segdsl.format.api import format_text
from segdsl.harness.fixtures import load_fixture_file
from segdsl.harness.runner import run_fixture_cases
from segdsl.lsp.context import Expect, analyze
from segdsl.project.static_lists import parse_list
from segdsl.reference.engine import run_reference_cases
from segdsl.syntax.parser import parse_source
from segdsl.workspace import Workspace, load_workspace

SCHEMA = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  country: string
"""

CONFIG = """\
name: lists
lists:
  fair: lists/fair.csv
  callers: {table: crm.callers, key: customer_id}
"""

SEGMENTS = """\
segment fair_de
  where in list fair and country = "DE"

segment not_fair
  where not in list fair

segment called
  where in list callers
"""


def project(root: Path, *, config: str = CONFIG, csv: str = "customer_id\nc1\n\"c2\"\n",
            segments: str = SEGMENTS) -> Path:
    write_project(root, segments, config, SCHEMA)
    (root / "lists").mkdir(exist_ok=True)
    (root / "lists" / "fair.csv").write_bytes(csv.encode("utf-8"))
    return root


def codes(workspace: Workspace) -> list[tuple[str, int, int]]:
    return [(d.code, d.span.line if d.span else 0, d.span.column if d.span else 0)
            for d in workspace.diagnostics]


# ------------------------------------------------------------------ loading


def test_a_project_with_lists_checks_and_reads_the_keys(tmp_path: Path) -> None:
    workspace = load_workspace(project(tmp_path, csv="\ufeffcustomer_id\r\nc1\r\n\"c,2\"\r\n"))
    assert workspace.ok, workspace.diagnostics
    assert workspace.checked is not None
    lists = workspace.checked.static_lists
    assert lists["fair"].keys == ("c1", "c,2")  # BOM skipped, CRLF, quotes
    assert lists["callers"].keys is None  # a table list: the query reads it
    assert lists["callers"].source.described == "table crm.callers, column customer_id"


@pytest.mark.parametrize(("text", "code", "line", "column"), [
    ("", Code.LST003, 1, 1),                                  # empty file
    ("email\nc1\n", Code.LST003, 1, 1),                       # wrong column
    ("customer_id,email\nc1,x\n", Code.LST003, 1, 1),         # two columns
    ("customer_id\nc1,x\n", Code.LST003, 2, 4),               # a row of two values
    ("customer_id\nc1\nc2\nc1\n", Code.LST004, 4, 1),         # twice
    ("customer_id\n c1\n", Code.LST005, 2, 1),                # spaces around
    ('customer_id\n""\n', Code.LST005, 2, 1),                 # empty key
    ('customer_id\n"c1\n', Code.LST003, 2, 1),                # quote not closed
])
def test_list_file_problems_point_at_the_cell(text: str, code: str, line: int,
                                              column: int) -> None:
    keys, problems = parse_list(text, "lists/fair.csv", "customer_id", "fair")
    assert keys == ()
    assert [(p.code, p.span.line, p.span.column) for p in problems if p.span] == \
        [(code, line, column)]


def test_a_duplicate_names_the_first_line() -> None:
    _, problems = parse_list("customer_id\nc1\nc2\nc1\n", "f.csv", "customer_id", "fair")
    assert problems[0].message == ("the key 'c1' is listed twice in the list 'fair' "
                                   "(first on line 2)")


def test_a_header_only_file_is_an_empty_list() -> None:
    assert parse_list("customer_id\n", "f.csv", "customer_id", "fair") == ((), [])


def test_bom_keeps_columns_right() -> None:
    _, problems = parse_list("\ufeffcustomer_id\n c1\n", "f.csv", "customer_id", "fair")
    assert [(p.span.line, p.span.column) for p in problems if p.span] == [(2, 1)]


@pytest.mark.parametrize(("config", "code"), [
    ("name: x\nlists: {fair: lists/none.csv}\n", Code.LST002),
    ("name: x\nlists: {fair: lists}\n", Code.LST002),          # a folder
    ("name: x\nlists: {fair: [c1, c2]}\n", Code.LST006),
    ("name: x\nlists: {fair: {table: crm.t}}\n", Code.YML002),
    ("name: x\nlists: {list: lists/fair.csv}\n", Code.YML008),  # reserved
    ("name: x\nlists: {9fair: lists/fair.csv}\n", Code.YML008),
    ("name: x\nlists: [lists/fair.csv]\n", Code.YML004),
])
def test_bad_lists_entries(tmp_path: Path, config: str, code: str) -> None:
    workspace = load_workspace(project(tmp_path, config=config, segments="segment a where true\n"))
    assert [d.code for d in workspace.diagnostics] == [code]
    assert workspace.diagnostics[0].span is not None
    assert workspace.diagnostics[0].span.file.endswith("segdsl.yml")


def test_unknown_list_suggests_the_closest(tmp_path: Path) -> None:
    workspace = load_workspace(project(tmp_path, segments="segment a where in list fiar\n"))
    (problem,) = workspace.diagnostics
    assert (problem.code, problem.span.line if problem.span else 0) == (Code.LST001, 1)
    assert problem.hint == "did you mean 'fair'?"
    assert problem.edits and problem.edits[0].new_text == "fair"


def test_unknown_list_without_lists(tmp_path: Path) -> None:
    workspace = load_workspace(project(tmp_path, config="name: x\n",
                                       segments="segment a where in list fair\n"))
    (problem,) = workspace.diagnostics
    assert problem.code == Code.LST001
    assert problem.hint == "the project's lists: none (add `lists:` to segdsl.yml)"


def test_in_list_inside_with_is_refused(tmp_path: Path) -> None:
    schema_events = SCHEMA + ("events:\n  buy:\n    table: shop.orders\n    key: customer_id\n"
                              "    time: at\n    properties: {amount: number}\n")
    root = project(tmp_path, segments="segment a where has buy with (in list fair)\n")
    (root / "schema.yml").write_text(schema_events, encoding="utf-8")
    assert [d.code for d in load_workspace(root).diagnostics] == [Code.TYP013]


def test_list_is_a_reserved_word() -> None:
    parsed = parse_source("segment list where true\n", "a.seg")
    assert parsed.diagnostics


# ---------------------------------------------------------------- compiling


@pytest.fixture
def checked(tmp_path: Path):  # type: ignore[no-untyped-def]
    workspace = load_workspace(project(tmp_path))
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    return workspace.checked


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake",
                                     "redshift", "trino"])
def test_compiles_on_every_dialect_deterministically(checked, dialect: str) -> None:  # type: ignore[no-untyped-def]
    sql = compile_membership(checked, dialect, None)
    assert sql == compile_membership(checked, dialect, None)
    assert "lst__1" in sql and "lst__2" in sql
    # The table list is read NULL-safely.
    assert "IS NULL" in sql.split("lst__2")[1]


def test_two_uses_of_a_list_share_one_cte(checked) -> None:  # type: ignore[no-untyped-def]
    sql = compile_membership(checked, "duckdb", None, ["fair_de", "not_fair"])
    assert '"lst__1" AS' in sql and '"lst__2"' not in sql


def test_empty_list_is_false_without_cte(tmp_path: Path) -> None:
    workspace = load_workspace(project(tmp_path, csv="customer_id\n"))
    assert workspace.checked is not None
    assert "lst__" not in compile_segment(workspace.checked, "fair_de", "duckdb", None)


# ------------------------------------------------------------------ fixtures

FIXTURE = """\
cases:
  - name: keys given
    as_of: 2026-01-01
    given:
      customer:
        - {customer_id: c1, country: DE}
        - {customer_id: c2, country: DE}
        - {customer_id: c3, country: DE}
    lists:
      callers: [c3]
    expect:
      fair_de: [c1, c2]
      not_fair: [c3]
      called: [c3]
"""


def test_fixture_cases_run_on_duckdb_and_the_reference(tmp_path: Path, checked) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.yml"
    path.write_text(FIXTURE, encoding="utf-8")
    fixture, problems = load_fixture_file(path, "t.yml", checked)
    assert fixture is not None and not problems
    assert fixture.cases[0].lists == {"callers": ("c3",)}
    for result in [*run_fixture_cases(checked, fixture.cases),
                   *run_reference_cases(checked, fixture.cases)]:
        assert result.passed, (result.error, result.failures)


@pytest.mark.parametrize(("lists", "code"), [
    ("lists: {calers: [c1], callers: []}", Code.LST007),
    ("lists: {callers: c1}", Code.LST007),
    ("lists: {callers: [c1, c1]}", Code.LST004),
    ("lists: {callers: [' c1']}", Code.LST005),
    ("lists: {fair: [c1]}", Code.LST008),          # callers (a table list) not given
])
def test_fixture_list_problems(tmp_path: Path, checked, lists: str, code: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.yml"
    path.write_text(FIXTURE.replace("lists:\n      callers: [c3]", lists), encoding="utf-8")
    _, problems = load_fixture_file(path, "t.yml", checked)
    assert [p.code for p in problems] == [code]


# ------------------------------------------------------------------- run


def test_run_reads_a_table_list(tmp_path: Path) -> None:
    root = project(tmp_path)
    db = tmp_path / "data.duckdb"
    with duckdb.connect(str(db)) as connection:
        connection.execute("CREATE SCHEMA shop; CREATE SCHEMA crm")
        connection.execute("CREATE TABLE shop.customers (customer_id VARCHAR, country VARCHAR)")
        connection.execute("INSERT INTO shop.customers VALUES ('c1', 'DE'), ('c2', 'FR'), "
                           "('c3', 'DE')")
        connection.execute("CREATE TABLE crm.callers (customer_id VARCHAR)")
        connection.execute("INSERT INTO crm.callers VALUES ('c2'), (NULL)")
    result = run(["run", "--project", str(root), "--db", str(db), "--format", "json", "called"])
    assert result.exit_code == 0, result.output
    assert [row["customer_id"] for row in json.loads(result.stdout)] == ["c2"]
    result = run(["run", "--project", str(root), "--db", str(db), "--format", "csv",
                  "not_fair"])
    assert result.stdout.split() == ["customer_id", "c3"]


def test_run_reports_a_missing_list_table(tmp_path: Path) -> None:
    root = project(tmp_path)
    db = tmp_path / "data.duckdb"
    with duckdb.connect(str(db)) as connection:
        connection.execute("CREATE SCHEMA shop; CREATE SCHEMA crm")
        connection.execute("CREATE TABLE shop.customers (customer_id VARCHAR, country VARCHAR)")
        connection.execute("CREATE TABLE crm.callers (id VARCHAR)")
    result = run(["run", "--project", str(root), "--db", str(db), "called"])
    assert result.exit_code == 2
    assert "the table crm.callers of the list 'callers' has no column customer_id" in \
        result.output


# ------------------------------------------------------- explain, fmt, editor


def test_explain_names_the_list_and_its_file(checked) -> None:  # type: ignore[no-untyped-def]
    assert "in the list fair (file lists/fair.csv)" in explain(checked, "fair_de")
    assert "not in the list fair (file lists/fair.csv)" in explain(checked, "not_fair")
    assert "in der Liste fair (Datei lists/fair.csv)" in explain(checked, "fair_de", "de")
    assert "Tabelle crm.callers, Spalte customer_id" in explain(checked, "called", "de")


def test_fmt_round_trips() -> None:
    text = "segment a\n  where not in list fair\n    or (in list callers)\n"
    assert format_text(text, "a.seg") == text


def test_completion_after_in_list() -> None:
    text = "segment a where in list "
    assert analyze(text, len(text)).expect is Expect.STATIC_LIST


def test_diff_reads_each_revision_list_file(tmp_path: Path) -> None:
    import subprocess

    root = project(tmp_path / "p", csv="customer_id\nc1\nc2\n")
    env = {"GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b", "GIT_COMMITTER_NAME": "a",
           "GIT_COMMITTER_EMAIL": "a@b", "PATH": "/usr/bin:/bin"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "lists"]):
        subprocess.run(["git", "-C", str(root), *args], check=True, env=env)
    (root / "lists" / "fair.csv").write_text("customer_id\nc1\nc3\n", encoding="utf-8")
    result = run(["diff", "--project", str(root), "--base", "main", "--format", "json"])
    assert result.exit_code == 0, result.output
    changes = {c["name"]: c for c in json.loads(result.stdout)["definitions"]}
    assert set(changes) == {"fair_de", "not_fair"}  # `called` reads a table list only
    assert changes["fair_de"]["changed"] == ["lists"]


def test_hover_and_definition_of_a_list_name(tmp_path: Path) -> None:
    from segdsl.lsp.knowledge import Knowledge
    from segdsl.lsp.symbols import definition_span, hover_text, symbol_at

    workspace = load_workspace(project(tmp_path))
    assert workspace.checked is not None and workspace.schema is not None
    knowledge = Knowledge.build(workspace.schema, "", workspace.files, {}, workspace.checked)
    text = "segment b where in list fair"
    symbol = symbol_at(text, len(text) - 1, knowledge)
    assert symbol is not None and symbol.kind == "static_list"
    assert hover_text(symbol, knowledge) == \
        "**fair** · static list · file `lists/fair.csv` · 2 keys"
    span = definition_span(symbol, knowledge)
    assert span is not None and span.file.endswith("segdsl.yml") and span.line == 3
