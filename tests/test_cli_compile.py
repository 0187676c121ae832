"""`segdsl compile` end to end (SPEC 6, 7): output, exit statuses, dialects, --as-of.

In-process runs set SEGDSL_DEBUG and catch_exceptions=False, so a bug surfaces as a
traceback in the test instead of a quiet exit status 3.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import sqlglot
from cli_project import run, write_project
from sqlglot import exp

from segdsl.cli.main import DEBUG_ENV
from segdsl.compile.api import compile_membership, compile_segment
from segdsl.project.model import DIALECTS
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "shop"

SEGMENTS = """\
metric orders = count(purchase)
segment adults
  where age >= 18
segment recent_buyers
  where has purchase in last 30 days
segmentation kind
  buyer: orders > 0
  browser: otherwise
"""


def make_project(root: Path, segments: str = SEGMENTS, config: str = "name: tiny\n") -> Path:
    return write_project(root, segments, config)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return make_project(tmp_path)


def parses(sql: str, dialect: str) -> exp.Query:
    if dialect == "mysql":
        from segdsl.compile.dialects.mysql import parseable

        sql = parseable(sql)
    parsed = sqlglot.parse(sql, dialect=dialect)
    assert len(parsed) == 1, "one statement"
    statement = parsed[0]
    assert isinstance(statement, exp.Query), type(statement)
    return statement


# ------------------------------------------------------------------------ exit 0


def test_segment_sql_on_stdout(project: Path) -> None:
    result = run(["compile", "adults"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    parses(result.stdout, "duckdb")
    checked = load_workspace(project).checked
    assert checked is not None
    assert result.stdout == compile_segment(checked, "adults", "duckdb") + "\n"


def test_segment_sql_runs_and_selects_the_members(project: Path) -> None:
    sql = run(["compile", "adults"]).stdout
    con = duckdb.connect()
    con.execute("CREATE TABLE customers (customer_id VARCHAR, country VARCHAR, age BIGINT)")
    con.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, amount DOUBLE)")
    con.execute("INSERT INTO customers VALUES "
                "('c1', 'DE', 30), ('c2', 'FR', 12), ('c3', NULL, NULL)")
    relation = con.sql(sql)
    assert relation.columns == ["customer_id"]
    assert sorted(relation.fetchall()) == [("c1",)]


def test_all_gives_the_membership_table(project: Path) -> None:
    result = run(["compile", "--all"])
    assert result.exit_code == 0, result.output
    select = parses(result.stdout, "duckdb")
    assert isinstance(select, exp.Select)
    # The key, then segments, segmentations and metrics (SPEC 6).
    assert select.named_selects == ["customer_id", "adults", "recent_buyers", "kind", "orders"]


def test_dialect_default_from_project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    root = make_project(tmp_path, config="name: tiny\ndialect: snowflake\n")
    checked = load_workspace(root).checked
    assert checked is not None
    result = run(["compile", "--all"])
    assert result.exit_code == 0, result.output
    assert result.stdout == compile_membership(checked, "snowflake") + "\n"
    overridden = run(["compile", "--all", "--dialect", "bigquery"])
    assert overridden.stdout == compile_membership(checked, "bigquery") + "\n"


@pytest.mark.parametrize("dialect", DIALECTS)
def test_each_dialect(project: Path, dialect: str) -> None:
    for args in (["adults"], ["--all"]):
        result = run(["compile", "--dialect", dialect, *args])
        assert result.exit_code == 0, result.output
        parses(result.stdout, dialect)


def test_databricks_compiles_as_spark(project: Path) -> None:
    databricks = run(["compile", "--all", "--dialect", "databricks"])
    assert databricks.exit_code == 0, databricks.output
    assert databricks.stdout == run(["compile", "--all", "--dialect", "spark"]).stdout


def test_as_of_is_embedded(project: Path) -> None:
    now = run(["compile", "recent_buyers"]).stdout
    fixed = run(["compile", "recent_buyers", "--as-of", "2026-11-01T08:00:00Z"]).stdout
    assert "CURRENT_TIMESTAMP" in now.upper()
    assert "CURRENT_TIMESTAMP" not in fixed.upper()
    assert "2026-11-01 08:00:00" in fixed or "2026-11-01T08:00:00" in fixed
    date_only = run(["compile", "recent_buyers", "--as-of", "2026-11-01"]).stdout
    assert "2026-11-01 00:00:00" in date_only or "2026-11-01T00:00:00" in date_only


def test_as_of_changes_the_members(project: Path) -> None:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute("CREATE TABLE customers (customer_id VARCHAR, country VARCHAR, age BIGINT)")
    con.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, amount DOUBLE)")
    con.execute("INSERT INTO customers VALUES ('c1', 'DE', 30), ('c2', 'FR', 12)")
    con.execute("INSERT INTO orders VALUES ('c1', '2026-10-20 10:00:00', 5), "
                "('c2', '2026-11-05 10:00:00', 5)")
    early = run(["compile", "recent_buyers", "--as-of", "2026-11-01"]).stdout
    late = run(["compile", "recent_buyers", "--as-of", "2026-11-10"]).stdout
    assert con.sql(early).fetchall() == [("c1",)]
    assert sorted(con.sql(late).fetchall()) == [("c1",), ("c2",)]


def test_project_option_from_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = run(["compile", "--project", str(root), "adults"])
    assert result.exit_code == 0, result.output


def test_warnings_are_shown_but_do_not_stop(project: Path) -> None:
    # An empty `with` filter is a warning (SPEC 5): shown on stderr, SQL still made.
    (project / "segments" / "a.seg").write_text(
        SEGMENTS + "segment any_buyer\n  where has purchase with ()\n", encoding="utf-8"
    )
    result = run(["compile", "adults"])
    assert result.exit_code == 0, result.output
    parses(result.stdout, "duckdb")
    assert "segments/a.seg:10:" in result.stderr
    assert "warning[" in result.stderr
    assert result.stderr.rstrip().endswith("1 warning")


# ------------------------------------------------------------------------ exit 1


def test_definition_errors_exit_1(project: Path) -> None:
    (project / "segments" / "b.seg").write_text("segment old\n  where agee >= 65\n",
                                                encoding="utf-8")
    result = run(["compile", "adults"])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert "segments/b.seg:2:9: error[" in result.stderr
    assert "did you mean 'age'?" in result.stderr
    assert result.stderr.rstrip().endswith("1 error")


def test_syntax_error_exits_1(project: Path) -> None:
    (project / "segments" / "a.seg").write_text("segment adults\n  where age >= \n",
                                                encoding="utf-8")
    result = run(["compile", "--all"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "segments/a.seg:2:" in result.stderr


# ------------------------------------------------------------------------ exit 2


def test_unknown_segment(project: Path) -> None:
    result = run(["compile", "adultz"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "error: no segment is called 'adultz' (did you mean 'adults'?)\n"


def test_unknown_segment_without_suggestion(project: Path) -> None:
    result = run(["compile", "zzzzzz"])
    assert result.exit_code == 2
    assert result.stderr == "error: no segment is called 'zzzzzz'\n"


@pytest.mark.parametrize(("name", "kind"), [("orders", "metric"), ("kind", "segmentation")])
def test_metric_or_segmentation_as_segment(project: Path, name: str, kind: str) -> None:
    result = run(["compile", name])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert f"'{name}' is a {kind}, not a segment" in lines[0]
    assert "--all" in lines[0]


def test_attribute_name_is_not_a_segment(project: Path) -> None:
    result = run(["compile", "country"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no segment is called 'country'")


@pytest.mark.parametrize("args", [[], ["adults", "--all"]])
def test_segment_xor_all(project: Path, args: list[str]) -> None:
    result = run(["compile", *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "SEGMENT" in result.stderr and "--all" in result.stderr


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("yesterday", "must be a date (2026-11-01) or a UTC timestamp"),
        ("2026-11-01T08:00:00", "has no time zone"),
        ("2026-11-01T08:00:00+02:00", "must be in UTC"),
        ("2026-02-30", "not a valid date"),
    ],
)
def test_bad_as_of(project: Path, value: str, says: str) -> None:
    result = run(["compile", "adults", "--as-of", value])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert says in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_non_utc_as_of_hint_converts_the_users_instant(project: Path) -> None:
    """Issue #11.5: the hint shows the given instant in UTC, not a fixed example."""
    result = run(["compile", "adults", "--as-of", "2026-05-01T10:00:00+02:00"])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --as-of must be in UTC, but '2026-05-01T10:00:00+02:00' has the offset "
        "+02:00; the same instant in UTC is 2026-05-01T08:00:00Z\n")


def test_bad_dialect(project: Path) -> None:
    result = run(["compile", "adults", "--dialect", "oracle"])
    assert result.exit_code == 2
    assert "oracle" in result.stderr


def test_no_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(["compile", "--all"])
    assert result.exit_code == 2
    assert "segdsl.yml" in result.stderr


# ------------------------------------------------------------------ subprocess


def _subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    env["NO_COLOR"] = "1"
    return env


@pytest.mark.parametrize("dialect", DIALECTS)
def test_example_compile_all_parses_in_each_dialect(dialect: str) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "segdsl", "compile", "--project", str(EXAMPLE), "--all",
         "--dialect", dialect, "--as-of", "2026-11-01"],
        env=_subprocess_env(), capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    select = parses(completed.stdout, dialect)
    checked = load_workspace(EXAMPLE).checked
    assert checked is not None
    expected = {"customer_id", *checked.segments, *checked.segmentations, *checked.metrics}
    if dialect == "snowflake":  # all-lower-case names as Snowflake stores them (types.md)
        expected = {name.upper() if name == name.lower() else name for name in expected}
    assert isinstance(select, exp.Select)
    assert set(select.named_selects) == expected


def test_python_dash_m_compile_unknown_segment() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "segdsl", "compile", "--project", str(EXAMPLE), "vipp"],
        env=_subprocess_env(), capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 2
    assert completed.stderr == "error: no segment is called 'vipp' (did you mean 'vip'?)\n"
