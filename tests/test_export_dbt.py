"""`segdsl export dbt` (SPEC 10): the files it writes and how it treats --out.

These need no dbt; tests/test_export_dbt_build.py runs `dbt build` on an export
and compares every model's rows with `segdsl run --all`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlglot
import yaml
from cli_project import run, write_project

REPO = Path(__file__).resolve().parents[1]
SHOP = REPO / "examples" / "shop"

SEGMENTS = """\
metric orders = count(purchase)
segment adults
  expect size >= 1
  expect share between 12.5% and 100%
  where age >= 18
segment buyers
  where has purchase in last 30 days
segmentation kind
  buyer: orders > 0
  browser: otherwise
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_project(tmp_path / "tiny", SEGMENTS)


def export(project: Path, out: Path, *extra: str) -> str:
    result = run(["export", "dbt", "--project", str(project), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def without_jinja(sql: str) -> str:
    """The model's SQL with its Jinja calls as plain names, to parse it."""
    import re

    return re.sub(r"\{\{[^}]*\}\}", "jinja_call", sql)


def test_writes_a_dbt_project_with_a_model_per_definition(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "dbt"
    export(project, out)
    files = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    assert files == {
        "dbt_project.yml", "profiles.yml", "README.md", ".gitignore", ".segdsl-export",
        "macros/segdsl_as_of.sql", "models/sources.yml", "models/schema.yml",
        "models/segdsl_membership.sql", "models/segments/adults.sql",
        "models/segments/buyers.sql", "models/segmentations/kind.sql",
        "tests/adults__expect_1.sql", "tests/adults__expect_2.sql",
    }
    project_yml = yaml.safe_load((out / "dbt_project.yml").read_text())
    assert project_yml["name"] == project_yml["profile"] == "tiny"
    assert project_yml["vars"] == {"segdsl_as_of": None}
    profiles = yaml.safe_load((out / "profiles.yml").read_text())
    assert profiles["tiny"]["outputs"]["dev"]["type"] == "duckdb"
    assert profiles["tiny"]["outputs"]["dev"]["settings"] == {"TimeZone": "UTC"}


def test_models_read_sources_and_the_as_of_macro(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "dbt"
    export(project, out)
    sources = yaml.safe_load((out / "models" / "sources.yml").read_text())
    # Unqualified tables: the source `segdsl`, in the dbt target's schema.
    assert sources["sources"][0]["name"] == "segdsl"
    assert sources["sources"][0]["schema"] == "{{ target.schema }}"
    assert [t["name"] for t in sources["sources"][0]["tables"]] == ["customers", "orders"]
    buyers = (out / "models" / "segments" / "buyers.sql").read_text()
    assert buyers.startswith("-- Segment 'buyers' from segments/a.seg:6")
    assert "{{ source('segdsl', 'customers') }}" in buyers
    assert "{{ source('segdsl', 'orders') }}" in buyers
    assert "{{ segdsl_as_of() }}" in buyers
    assert "CURRENT_TIMESTAMP" not in buyers.upper()
    # Nothing else is templated: the rest is the compiler's SQL and parses.
    tree = sqlglot.parse_one(without_jinja(buyers), read="duckdb")
    assert {table.name for table in tree.find_all(sqlglot.exp.Table)} >= {"jinja_call"}
    membership = (out / "models" / "segdsl_membership.sql").read_text()
    assert "from segments/a.seg" in membership.splitlines()[1]


def test_schema_yml_tests_the_keys_and_labels(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "dbt"
    export(project, out)
    models = {m["name"]: m for m in yaml.safe_load(
        (out / "models" / "schema.yml").read_text())["models"]}
    assert set(models) == {"adults", "buyers", "kind", "segdsl_membership"}
    for model in models.values():
        key = model["columns"][0]
        assert key["name"] == "customer_id"
        assert key["data_tests"] == ["unique", "not_null"]
    label = models["kind"]["columns"][1]
    assert label["data_tests"] == [{"accepted_values": {"arguments": {
        "values": ["buyer", "browser"]}}}]


def test_expectations_become_singular_tests(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "dbt"
    export(project, out)
    size = (out / "tests" / "adults__expect_1.sql").read_text()
    assert "expects size >= 1 (segments/a.seg:3)" in size
    assert "{{ ref('adults') }}" in size
    share = (out / "tests" / "adults__expect_2.sql").read_text()
    # 12.5% = 25/2 %: judged with whole numbers, size * 200 >= 25 * population.
    assert '"size" * 200 >= 25 * "population"' in share
    assert '"size" * 100 <= 100 * "population"' in share


def test_the_shop_example_names_schema_tables_through_sources(tmp_path: Path) -> None:
    out = tmp_path / "dbt"
    export(SHOP, out, "--dialect", "postgres")
    sources = yaml.safe_load((out / "models" / "sources.yml").read_text())["sources"]
    assert [(s["name"], s["schema"]) for s in sources] == [("shop", "shop")]
    assert [t["name"] for t in sources[0]["tables"]] == [
        "customers", "accounts", "orders", "returns", "events"]
    for model in (out / "models").rglob("*.sql"):
        text = model.read_text()
        assert '"shop".' not in text, model
        assert text.startswith("-- "), model
    profiles = yaml.safe_load((out / "profiles.yml").read_text())
    assert profiles["shop"]["outputs"]["dev"]["type"] == "postgres"
    assert "NOT MATERIALIZED" not in (out / "models" / "segments" / "vip.sql").read_text()


def test_refuses_a_folder_it_did_not_write(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    result = run(["export", "dbt", "--project", str(project), "--out", str(out)])
    assert result.exit_code == 2
    assert "is not empty and was not written by segdsl" in result.output
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_refuses_a_file(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "file"
    out.write_text("x")
    result = run(["export", "dbt", "--project", str(project), "--out", str(out)])
    assert result.exit_code == 2
    assert "is a file" in result.output


def test_replaces_a_previous_export_whole(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "dbt"
    export(project, out)
    (out / "target").mkdir()  # what dbt leaves behind
    segments = project / "segments" / "a.seg"
    segments.write_text(SEGMENTS.replace("segment buyers", "segment recent"))
    export(project, out)
    assert not (out / "models" / "segments" / "buyers.sql").exists()
    assert (out / "models" / "segments" / "recent.sql").exists()
    assert not (out / "target").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_empty_folder_is_used(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    export(project, out)
    assert (out / "dbt_project.yml").is_file()


def test_definition_errors_write_nothing(project: Path, tmp_path: Path) -> None:
    (project / "segments" / "a.seg").write_text("segment broken\n  where nope > 1\n")
    out = tmp_path / "dbt"
    result = run(["export", "dbt", "--project", str(project), "--out", str(out)])
    assert result.exit_code == 1
    assert not out.exists()


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake"])
def test_every_dialect_exports(dialect: str, tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    shutil.copytree(SHOP, shop, ignore=shutil.ignore_patterns("data"))
    out = tmp_path / "dbt"
    export(shop, out, "--dialect", dialect)
    macro = (out / "macros" / "segdsl_as_of.sql").read_text()
    assert "CAST('{{ as_of_text }}" in macro
    vip = (out / "models" / "segments" / "vip.sql").read_text()
    assert "{{ segdsl_as_of() }}" in vip
    sqlglot.parse_one(without_jinja(vip), read=dialect)


class _CompilerError(Exception):
    pass


def as_of_sql(chosen: object, zone: str = "UTC", dialect: str = "duckdb") -> str:
    """What `{{ segdsl_as_of() }}` writes, rendered as dbt would: its var set to
    ``chosen`` (None: not set), run_started_at 2026-12-06 03:00:00 UTC."""
    import datetime as dt
    import types

    import jinja2
    pytz = pytest.importorskip("pytz")  # dbt's `modules.pytz` (a dependency of dbt-core)

    from segdsl.export.dbt_as_of import as_of_macro

    def raise_compiler_error(message: str) -> None:
        raise _CompilerError(message)

    environment = jinja2.Environment(extensions=["jinja2.ext.do"])
    template = environment.from_string(as_of_macro(dialect, zone) + "{{ segdsl_as_of() }}")
    return template.render(
        var=lambda name, default=None: chosen if name == "segdsl_as_of" else default,
        run_started_at=dt.datetime(2026, 12, 6, 3, 0, tzinfo=pytz.utc),
        modules=types.SimpleNamespace(datetime=dt, pytz=pytz),
        exceptions=types.SimpleNamespace(raise_compiler_error=raise_compiler_error),
    ).strip()


@pytest.mark.parametrize(("chosen", "zone", "written"), [
    (None, "UTC", "2026-12-06 03:00:00"),
    ("2026-11-01T09:30:00Z", "UTC", "2026-11-01 09:30:00"),
    ("2026-11-01 09:30:00 Z", "UTC", "2026-11-01 09:30:00"),
    ("2026-11-01T09:30:00.250+02:00", "Europe/Berlin", "2026-11-01 07:30:00.250000"),
    ("2026-11-01", "UTC", "2026-11-01 00:00:00"),
    ("2026-11-01", "Europe/Berlin", "2026-10-31 23:00:00"),
])
def test_the_as_of_macro_follows_the_as_of_rule(chosen: object, zone: str, written: str) -> None:
    assert as_of_sql(chosen, zone) == f"CAST('{written}' AS TIMESTAMP)"


def test_the_as_of_macro_refuses_a_timestamp_without_zone() -> None:
    with pytest.raises(_CompilerError, match="needs its zone"):
        as_of_sql("2026-11-01T09:30:00")


def test_the_as_of_macro_takes_a_yaml_datetime() -> None:
    import datetime as dt

    chosen = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC)  # --vars '{segdsl_as_of: 2026-...Z}'
    assert as_of_sql(chosen) == "CAST('2026-11-01 09:30:00' AS TIMESTAMP)"


ENTITIES_SCHEMA = """\
entities:
  customer:
    default: true
    table: app.customers
    key: customer_id
    attributes:
      role: string
    events:
      login:
        table: app.logins
        key: customer_id
        time: at
  account:
    table: crm.accounts
    key: account_id
    attributes:
      tier: string
    relations:
      members: {entity: customer, via: account_id}
"""

ENTITIES_SEGMENTS = """\
segment admins
  where role = "admin" or in list callbacks
segment busy for account
  expect size >= 1
  where count(members with has login in last 14 days) >= 3
"""


def test_several_entities_and_a_table_list(tmp_path: Path) -> None:
    project = write_project(
        tmp_path / "multi", ENTITIES_SEGMENTS,
        "name: multi\nlists:\n  callbacks: {table: crm.callbacks, key: customer_id}\n",
        ENTITIES_SCHEMA)
    out = tmp_path / "dbt"
    export(project, out)
    sources = yaml.safe_load((out / "models" / "sources.yml").read_text())["sources"]
    assert {s["name"]: [t["name"] for t in s["tables"]] for s in sources} == {
        "app": ["customers", "logins"], "crm": ["accounts", "callbacks"]}
    assert (out / "models" / "segdsl_membership.sql").is_file()
    busy_membership = (out / "models" / "segdsl_membership_account.sql").read_text()
    assert "The membership table of 'account'" in busy_membership
    # The member aggregate reads the customers' tables through their sources too.
    busy = (out / "models" / "segments" / "busy.sql").read_text()
    assert "{{ source('app', 'logins') }}" in busy
    assert "{{ source('crm', 'accounts') }}" in busy
    admins = (out / "models" / "segments" / "admins.sql").read_text()
    assert "{{ source('crm', 'callbacks') }}" in admins
    models = {m["name"]: m for m in yaml.safe_load(
        (out / "models" / "schema.yml").read_text())["models"]}
    assert models["busy"]["columns"][0]["name"] == "account_id"
    # The population of an account segment is the accounts table.
    assert "{{ source('crm', 'accounts') }}" in (out / "tests" / "busy__expect_1.sql").read_text()


def test_the_folder_is_an_ordinary_one(project: Path, tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "dbt"
    export(project, out)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o777 & ~mask
