"""The column check before a query (issue #11.2) with several entities (SPEC 11).

``run``, ``report``, ``diff --db`` and ``explain --db`` check the tables and
columns the evaluated definitions read before they query, so a missing one is one
clear sentence (exit status 2) rather than an engine error deep in the SQL.  A
definition about accounts reads, through its member aggregates, the member
entity's table (its ``via`` column, the attributes compared or summed), the
members' events, and whatever member-level definitions a member filter uses
(``in segment``, metrics); a customer segment reads no account table at all.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_project import run
from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

from segdsl.check.checker import CheckedProject, check_project
from segdsl.check.usage import schema_read_by
from segdsl.engines import schema_tables
from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax.parser import parse_source
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
ACCOUNTS = REPO / "tests" / "conformance_accounts"
POSTGRES_DATABASE = "segdsl_test_entities" + DB_SUFFIX

CUSTOMERS = ("customer_id varchar, account_id varchar, role varchar, seats integer, "
             "country varchar, spend_limit decimal(18, 9), signup_at timestamp")
TABLES = {
    "crm.accounts": "account_id varchar, name varchar, tier varchar",
    "crm.customers": CUSTOMERS,
    "crm.events": "customer_id varchar, occurred_at timestamp, kind varchar",
    "crm.orders": "customer_id varchar, ordered_at timestamp, amount decimal(18, 9)",
}

# (what is broken, the segment run, the sentence expected)
BREAKS = [
    ("crm.customers", "customer_id varchar, role varchar, seats integer",
     "trialing_accounts",
     "the table 'crm.customers' has no column 'account_id', which "),
    ("crm.customers", "customer_id varchar, account_id varchar, role varchar",
     "big_enterprise",
     "the table 'crm.customers' has no column 'seats', which "),
    ("crm.events", None, "trialing_accounts",
     "database has no table 'crm.events', which "),
    # a member filter's `in segment`: recent_trial reads the trial_start events
    ("crm.events", None, "trialing_by_segment",
     "database has no table 'crm.events', which "),
]


def _tables(broken: str | None = None, columns: str | None = None) -> dict[str, str]:
    """The accounts project's tables, ``broken`` with ``columns`` (None: left out)."""
    tables = dict(TABLES)
    if broken is not None:
        if columns is None:
            del tables[broken]
        else:
            tables[broken] = columns
    return tables


def _duckdb(path: Path, tables: dict[str, str]) -> str:
    connection = duckdb.connect(str(path))
    connection.execute("create schema crm")
    for table, columns in tables.items():
        connection.execute(f"create table {table} ({columns})")
    connection.close()
    return str(path)


def _layout(read: Schema) -> dict[str, set[str]]:
    """The tables and columns the column check looks for."""
    return {table: set(columns) for table, columns in schema_tables(read).items()}


def _checked() -> CheckedProject:
    workspace = load_workspace(ACCOUNTS)
    assert workspace.checked is not None
    return workspace.checked


# ------------------------------------------------------------------ what is read


def test_an_account_segment_reads_its_members_tables() -> None:
    checked = _checked()
    read = schema_read_by(checked.for_entity("account"), {"trialing_accounts"})
    tables = _layout(read)
    assert tables == {
        "crm.accounts": {"account_id"},
        "crm.customers": {"customer_id", "account_id"},  # the key, and `via`
        "crm.events": {"customer_id", "occurred_at", "kind"},
    }


@pytest.mark.parametrize(("segment", "expected"), [
    ("big_enterprise", {"crm.accounts": {"account_id", "tier"},
                        "crm.customers": {"customer_id", "seats", "account_id"}}),
    ("trialing_by_segment", {"crm.accounts": {"account_id"},
                             "crm.customers": {"customer_id", "account_id"},
                             "crm.events": {"customer_id", "occurred_at", "kind"}}),
    ("account_size", {"crm.accounts": {"account_id"},
                      "crm.customers": {"customer_id", "account_id"}}),
])
def test_member_attributes_and_member_segments_are_read(segment: str,
                                                        expected: dict[str, set[str]]) -> None:
    read = schema_read_by(_checked().for_entity("account"), [segment])
    assert _layout(read) == expected


def test_member_metrics_events_and_anchors_are_read() -> None:
    checked = _checked().for_entity("account")
    read = schema_read_by(checked, {"buyers_30d", "first_day_spend", "early_orders"})
    tables = _layout(read)
    assert tables == {
        "crm.accounts": {"account_id"},
        "crm.customers": {"customer_id", "signup_at", "account_id"},
        "crm.orders": {"customer_id", "ordered_at", "amount"},
    }


def test_a_customer_segment_reads_no_account_table() -> None:
    read = schema_read_by(_checked(), {"admins"})
    assert _layout(read) == {
        "crm.customers": {"customer_id", "role"}}


def test_a_member_entitys_relation_is_read() -> None:
    schema, problems = parse_schema("""\
entities:
  customer:
    default: true
    table: customers
    key: customer_id
    attributes: {role: string}
    relations:
      plan: {table: plans, key: plan_id, via: plan_id, attributes: {tier: string}}
  account:
    table: accounts
    key: account_id
    relations:
      members: {entity: customer, via: account_id}
""", "schema.yml")
    assert schema is not None, problems
    checked = check_project(schema, [parse_source(
        'segment pro for account where count(members with plan.tier = "pro") >= 1\n', "a.seg")])
    assert checked.ok, checked.diagnostics
    read = schema_read_by(checked.for_entity("account"), {"pro"})
    assert _layout(read) == {
        "accounts": {"account_id"},
        "customers": {"customer_id", "plan_id", "account_id"},
        "plans": {"plan_id", "tier"},
    }


# ------------------------------------------------------------------ DuckDB


@pytest.mark.parametrize(("table", "columns", "segment", "expected"), BREAKS)
def test_run_names_the_missing_member_table_or_column_on_duckdb(
        tmp_path: Path, table: str, columns: str | None, segment: str, expected: str) -> None:
    db = _duckdb(tmp_path / "data.duckdb", _tables(table, columns))
    result = run(["run", "--project", str(ACCOUNTS), "--db", db, "--format", "csv", segment])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    first = result.stderr.splitlines()[0]
    assert expected in first and first.endswith("conformance_accounts/schema.yml names"), first


def test_only_what_is_read_must_exist(tmp_path: Path) -> None:
    """A customer segment runs without the accounts table; an account segment
    without the customer columns its member aggregates do not read."""
    db = _duckdb(tmp_path / "data.duckdb", {
        "crm.customers": "customer_id varchar, account_id varchar, role varchar",
        "crm.events": TABLES["crm.events"], "crm.accounts": "account_id varchar"})
    for segment in ("admins", "trialing_accounts"):
        result = run(["run", "--project", str(ACCOUNTS), "--db", db, "--format", "csv",
                      "--as-of", "2026-11-01", segment])
        assert result.exit_code == 0, result.output


def test_report_reads_the_default_entitys_tables_only(tmp_path: Path) -> None:
    """``report`` measures the default entity (customers): the accounts table's
    columns are not its business, the customers' event tables are."""
    out = str(tmp_path / "report.html")
    common = ["report", "--project", str(ACCOUNTS), "--as-of", "2026-11-01", "--out", out]
    tables = {**TABLES, "crm.accounts": "account_id varchar"}
    result = run([*common, "--db", _duckdb(tmp_path / "a.duckdb", tables)])
    assert result.exit_code == 0, result.output
    result = run([*common, "--db", _duckdb(tmp_path / "b.duckdb", _tables("crm.events"))])
    assert result.exit_code == 2, result.output
    assert "database has no table 'crm.events', which " in result.stderr


def test_explain_db_checks_the_member_table(tmp_path: Path) -> None:
    db = _duckdb(tmp_path / "data.duckdb", _tables(*BREAKS[0][:2]))
    result = run(["explain", "--project", str(ACCOUNTS), "--db", db, "trialing_accounts"])
    assert result.exit_code == 2, result.output
    assert BREAKS[0][3] in result.stderr


def test_diff_db_checks_the_member_table(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(ACCOUNTS, root)
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "base"]):
        subprocess.run(["git", "-C", str(root), *args], check=True, env=env,
                       capture_output=True)
    accounts = root / "segments" / "accounts.seg"
    accounts.write_text(accounts.read_text(encoding="utf-8").replace(
        "in last 14 days) >= 3", "in last 14 days) >= 2"), encoding="utf-8")
    db = _duckdb(tmp_path / "data.duckdb", _tables(*BREAKS[0][:2]))
    result = run(["diff", "--project", str(root), "--base", "main", "--db", db,
                  "--as-of", "2026-11-01"])
    assert result.exit_code == 2, result.output
    assert BREAKS[0][3] in result.stderr


# ------------------------------------------------------------------ PostgreSQL


@pytest.fixture
def postgres() -> Iterator[str]:
    """An empty database for one test (the accounts project's tables are made by it)."""
    import psycopg
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    name = sql.Identifier(POSTGRES_DATABASE)
    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    yield with_database(server_url(), POSTGRES_DATABASE)
    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


@pytest.mark.parametrize(("table", "columns", "segment", "expected"), BREAKS)
def test_run_names_the_missing_member_table_or_column_on_postgres(
        postgres: str, table: str, columns: str | None, segment: str, expected: str) -> None:
    import psycopg

    with psycopg.connect(postgres, autocommit=True) as connection:
        connection.execute("create schema crm")
        for name, layout in _tables(table, columns).items():
            connection.execute(f"create table {name} ({layout})")  # type: ignore[arg-type]
    result = run(["run", "--project", str(ACCOUNTS), "--db", postgres, "--format", "csv",
                  segment])
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert expected in first and first.endswith("conformance_accounts/schema.yml names"), first


def test_report_on_another_entity(tmp_path: Path) -> None:
    """``report --entity account``: the accounts' definitions, counted in accounts,
    their member tables checked first."""
    from test_entities import _database

    out = tmp_path / "report.html"
    common = ["report", "--project", str(ACCOUNTS), "--as-of", "2026-11-01", "--out",
              str(out), "--entity", "account"]
    result = run([*common, "--db", str(_database(tmp_path))])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert 'data-size="2">2 accounts</dd>' in page
    assert "trialing_accounts" in page
    broken = _duckdb(tmp_path / "broken.duckdb", _tables(*BREAKS[0][:2]))
    result = run([*common, "--db", broken])
    assert result.exit_code == 2, result.output
    assert BREAKS[0][3] in result.stderr
