"""Several entities (SPEC 11): the schema's ``entities:``, ``for ENTITY``, member
aggregates; loader and checker diagnostics, fmt, and the compiled query's shape.

What members the forms select is pinned by tests/conformance_accounts (on every
engine and the reference evaluator); here are the rules around them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segdsl.check.checker import CheckedProject, check_project
from segdsl.check.facts import MembersRef
from segdsl.compile.api import CompileError, compile_membership, compile_plan
from segdsl.diagnostics import Diagnostic
from segdsl.format.api import format_text
from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source

REPO = Path(__file__).resolve().parents[1]

SCHEMA = """\
entities:
  customer:
    default: true
    table: customers
    key: customer_id
    attributes:
      role: string
      seats: integer
      active: boolean
    events:
      login:
        table: logins
        key: customer_id
        time: at
        properties:
          device: string
  account:
    table: accounts
    key: account_id
    attributes:
      tier: string
    relations:
      members: {entity: customer, via: account_id}
"""


def schema(text: str = SCHEMA) -> tuple[Schema | None, list[Diagnostic]]:
    return parse_schema(text, "schema.yml")


def check(text: str) -> CheckedProject:
    loaded, problems = schema()
    assert loaded is not None, problems
    return check_project(loaded, [parse_source(text, "a.seg")])


def codes(text: str) -> list[str]:
    return [d.code for d in check(text).diagnostics]


# ------------------------------------------------------------------ schema


def test_entities_load_with_the_default_first() -> None:
    loaded, problems = schema()
    assert problems == []
    assert loaded is not None
    assert loaded.entity == "customer"
    assert loaded.entity_names() == ("customer", "account")
    account = loaded.for_entity("account")
    assert account is not None
    assert account.members["members"].entity == "customer"
    assert account.members["members"].via == "account_id"
    # every entity reaches the others
    assert account.for_entity("customer") is loaded


def test_the_single_entity_form_is_unchanged() -> None:
    text = (REPO / "examples" / "shop" / "schema.yml").read_text(encoding="utf-8")
    loaded, problems = parse_schema(text, "schema.yml")
    assert loaded is not None and not problems
    assert loaded.entities == {} and loaded.members == {}
    assert loaded.entity_names() == (loaded.entity,)
    assert loaded.for_entity(loaded.entity) is loaded


def test_ent001_no_default_of_several() -> None:
    loaded, problems = schema(SCHEMA.replace("    default: true\n", ""))
    assert loaded is None
    [problem] = problems
    assert problem.code == "ENT001"
    assert (problem.span.line, problem.span.column) == (2, 3)
    assert "default: true" in (problem.hint or "")


def test_ent001_two_defaults() -> None:
    text = SCHEMA.replace("    table: accounts\n", "    default: true\n    table: accounts\n")
    loaded, problems = schema(text)
    assert loaded is None
    assert [p.code for p in problems] == ["ENT001"]
    assert "'customer' and 'account'" in problems[0].message


def test_one_entity_alone_is_the_default() -> None:
    loaded, problems = schema("entities:\n  user:\n    table: users\n    key: id\n")
    assert problems == [] and loaded is not None and loaded.entity == "user"


def test_ent002_unknown_member_entity_with_did_you_mean() -> None:
    loaded, problems = schema(SCHEMA.replace("{entity: customer,", "{entity: custmer,"))
    assert loaded is None
    [problem] = problems
    assert problem.code == "ENT002"
    assert problem.span.line == 23
    assert "did you mean 'customer'?" in (problem.hint or "")


def test_members_need_entity_and_via() -> None:
    loaded, problems = schema(SCHEMA.replace(", via: account_id}", "}"))
    assert loaded is None
    assert [p.code for p in problems] == ["YML002"]
    loaded, problems = schema(SCHEMA.replace("via: account_id}", "via: 'a b'}"))
    assert [p.code for p in problems] == ["YML008"]


def test_an_event_name_is_one_event_across_entities() -> None:
    text = SCHEMA + "    events:\n      login:\n        table: x\n        key: k\n        time: t\n"
    loaded, problems = schema(text)
    assert loaded is None
    assert [p.code for p in problems] == ["YML006"]


# ----------------------------------------------------------------- syntax


def test_for_and_member_subjects_parse_and_format() -> None:
    text = ("segment busy for account\n  where count(members with has login in last 14 days)"
            " >= 3\n\nmetric seats for account = sum(members.seats)\n\n"
            "metric devices for account = max(members.login.device)\n")
    source = parse_source(text, "a.seg")
    assert not source.diagnostics
    segment, metric, last = source.declarations
    assert isinstance(segment, ast.SegmentDecl) and segment.entity == "account"
    assert isinstance(metric, ast.MetricDecl) and metric.entity == "account"
    assert isinstance(last, ast.MetricDecl) and isinstance(last.expr, ast.Aggregate)
    assert (last.expr.members, last.expr.event, last.expr.prop) == ("members", "login", "device")
    assert format_text(text, "a.seg") == text


def test_for_is_reserved() -> None:
    assert parse_source("segment for where true\n", "a.seg").diagnostics


# ---------------------------------------------------------------- checker


def test_member_aggregates_check_in_the_member_scope() -> None:
    checked = check(
        "segment admins where role = \"admin\"\n"
        "segment a for account where count(members with in segment admins and active) >= 2\n"
        "metric s for account = sum(members.seats with role = \"x\")\n"
        "metric n for account = count(members.login with device = \"ios\" in last 7 days)\n")
    assert checked.ok, checked.diagnostics
    aggregates = [node for decl in checked.metrics.values()
                  for node in [decl.expr] if isinstance(node, ast.Aggregate)]
    bound = [checked.facts.binding_of(node) for node in aggregates]
    assert all(isinstance(b, MembersRef) for b in bound)
    assert checked.entity_of("a") == "account" and checked.entity_of("admins") == "customer"
    # a segment over members depends on the member segment it uses
    assert checked.dependencies["a"] == frozenset({"admins"})


def test_ent002_unknown_for_entity() -> None:
    [problem] = check("segment a for acount where true\n").diagnostics
    assert problem.code == "ENT002"
    assert (problem.span.line, problem.span.column) == (1, 15)
    assert "did you mean 'account'?" in (problem.hint or "")
    assert problem.edits and problem.edits[0].new_text == "account"


def test_ent003_in_segment_across_entities() -> None:
    [problem] = check("segment admins where role = \"admin\"\n"
                      "segment a for account where in segment admins\n").diagnostics
    assert problem.code == "ENT003"
    assert (problem.span.line, problem.span.column) == (2, 40)
    assert "count(members with in segment admins)" in (problem.hint or "")


def test_ent003_metric_of_another_entity() -> None:
    assert codes("metric m = seats + 1\nsegment a for account where m > 1\n") == ["ENT003"]


def test_account_scope_cannot_name_customer_attributes() -> None:
    [problem] = check("segment a for account where role = \"x\"\n").diagnostics
    assert problem.code == "NAM001"
    assert "attribute of customer" in problem.message
    assert "count(members with role" in (problem.hint or "")


@pytest.mark.parametrize(("text", "code"), [
    ("count(members in last 14 days) > 1", "ENT004"),
    ("first(members.login) is set", "ENT004"),
    ("count(distinct members.login.device) > 1", "ENT004"),
    ("count(members with rol = \"x\") > 1", "NAM001"),
    ("sum(members.seets) > 1", "NAM001"),
    ("sum(members.role) > 1", "TYP004"),
    ("count(members.seats) > 1", "TYP004"),
    ("members > 1", "NAM009"),
])
def test_member_aggregate_mistakes(text: str, code: str) -> None:
    assert codes(f"segment a for account where {text}\n") == [code]


# --------------------------------------------------------------- compiler


def test_one_query_per_entity() -> None:
    checked = check("segment admins where role = \"admin\"\n"
                    "segment a for account where count(members with in segment admins) >= 1\n")
    sql = compile_membership(checked, "duckdb", None, ["a"])
    assert '"account_id"' in sql and "mem__1" in sql
    with pytest.raises(CompileError, match="different entities"):
        compile_membership(checked, "duckdb", None, ["a", "admins"])
    plan = compile_plan(checked.for_entity("account"), "duckdb")
    [members] = plan.member_passes.values()
    assert (members.relation, members.entity, members.via) == ("members", "customer",
                                                               "account_id")
    assert list(members.definitions) == ["__mf_1"]


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake",
                                     "redshift", "trino"])
def test_member_aggregates_compile_for_every_dialect(dialect: str) -> None:
    checked = check("metric a for account = count(members.login in last 7 days)\n"
                    "metric b for account = avg(members.seats)\n")
    assert "GROUP BY" in compile_membership(checked.for_entity("account"), dialect, None)


# -------------------------------------------------------------- commands

ACCOUNTS = REPO / "tests" / "conformance_accounts"


def _database(tmp_path: Path) -> Path:
    """A DuckDB file with the conformance_accounts tables and a few rows."""
    import duckdb

    path = tmp_path / "data.duckdb"
    connection = duckdb.connect(str(path))
    for statement in (
        "create schema crm",
        "create table crm.accounts (account_id varchar, name varchar, tier varchar)",
        "insert into crm.accounts values ('a1', 'A', 'enterprise'), ('a2', 'B', 'smb')",
        "create table crm.customers (customer_id varchar, account_id varchar, role varchar,"
        " seats integer, country varchar, spend_limit decimal(18, 9), signup_at timestamp)",
        "insert into crm.customers values ('c1', 'a1', 'admin', 5, 'DE', 10, null),"
        " ('c2', 'a1', 'user', 3, null, null, null), ('c3', 'a1', 'user', 1, null, null, null),"
        " ('c4', 'a2', 'admin', 2, null, null, null)",
        "create table crm.events (customer_id varchar, occurred_at timestamp, kind varchar)",
        "insert into crm.events values ('c1', '2026-10-25', 'trial_start'),"
        " ('c2', '2026-10-26', 'trial_start'), ('c3', '2026-10-27', 'trial_start'),"
        " ('c4', '2026-10-27', 'trial_start')",
        "create table crm.orders (customer_id varchar, ordered_at timestamp,"
        " amount decimal(18, 9))",
    ):
        connection.execute(statement)
    connection.close()
    return path


def test_run_a_segment_of_accounts_and_all_of_one_entity(tmp_path: Path) -> None:
    from cli_project import run

    db = str(_database(tmp_path))
    common = ["--project", str(ACCOUNTS), "--db", db, "--as-of", "2026-11-01"]
    result = run(["run", *common, "--format", "csv", "trialing_accounts"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["account_id", "a1"]
    result = run(["run", *common, "--format", "csv", "--all", "--entity", "account"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("account_id,trialing_accounts,")
    assert [line.split(",")[0] for line in lines[1:]] == ["a1", "a2"]
    # --all without --entity: the default entity's table, and a note on stderr
    result = run(["run", *common, "--format", "csv", "--all"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "customer_id,admins,recent_trial,orders_30d"
    assert "--entity (account)" in result.stderr


def test_entity_option_mistakes_are_one_line(tmp_path: Path) -> None:
    from cli_project import run

    result = run(["compile", "--project", str(ACCOUNTS), "--all", "--entity", "acount"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: no entity is called 'acount' (did you mean 'account'? entities: customer, "
        "account)"]
    result = run(["compile", "--project", str(ACCOUNTS), "--entity", "customer",
                  "trialing_accounts"])
    assert result.exit_code == 2
    assert "is about account, not customer" in result.stderr


def test_compile_plan_shows_the_member_pass() -> None:
    from cli_project import run

    result = run(["compile", "--project", str(ACCOUNTS), "--plan", "trialing_accounts"])
    assert result.exit_code == 0, result.output
    assert "mem__1: the members of members (customer rows by account_id)" in result.stdout


def test_explain_and_list_with_several_entities() -> None:
    from cli_project import run

    result = run(["explain", "--project", str(ACCOUNTS), "trialing_accounts"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Accounts with at least 3 members who ")
    result = run(["list", "--project", str(ACCOUNTS)])
    assert "segment for account" in result.stdout


def test_lsp_checks_and_completes_members(tmp_path: Path) -> None:
    import shutil

    from segdsl.lsp.positions import Lines
    from segdsl.lsp.session import Session

    project = tmp_path / "accounts"
    shutil.copytree(ACCOUNTS, project)
    path = project / "segments" / "accounts.seg"
    text = path.read_text(encoding="utf-8")
    session = Session()
    uri = path.as_uri()
    session.open(uri, text, 1)
    published = {p.uri: p.diagnostics for p in session.check({uri})}
    assert published[uri] == []
    before = text + "\nsegment x for account where count(members."
    session.change(uri, before, 2)
    labels = {item.label for item in session.completion(uri, *Lines(before).position(
        len(before)))}
    assert {"role", "seats", "trial_start", "purchase"} <= labels
