"""`segdsl test` end to end (SPEC 7, 8): results, failures, exit statuses, PATHs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_project import run, write_project
from click.testing import Result
from missing_package import missing

from segdsl.cli.main import DEBUG_ENV

REPO = Path(__file__).resolve().parents[1]
CONFORMANCE = REPO / "tests" / "conformance"

SEGMENTS = """\
metric orders = count(purchase in last 30 days)
segment adults
  where age >= 18
segment recent_buyers
  where orders > 0
segmentation kind
  buyer: orders > 0
  browser: otherwise
"""
PASSING = """\
cases:
  - name: adults and buyers
    as_of: 2026-11-01T00:00:00Z
    given:
      customer:
        - {customer_id: c1, age: 30}
        - {customer_id: c2, age: 12}
        - {customer_id: c3}
      purchase:
        - {customer_id: c2, ordered_at: 2026-10-20T10:00:00Z, amount: 5}
        - {customer_id: c3, ordered_at: 2026-01-01T10:00:00Z, amount: 5}
    expect:
      adults: [c1]
      recent_buyers: [c2]
      kind: {c1: browser, c2: buyer}
      orders: {c1: 0, c2: 1, c3: 0}
  - name: nobody
    given:
      customer: []
    expect:
      adults: []
"""
FAILING = """\
cases:
  - name: wrong expectation
    as_of: 2026-11-01
    given:
      customer:
        - {customer_id: c1, age: 30}
        - {customer_id: c2, age: 12}
    expect:
      adults: [c2]
"""
BROKEN_FIXTURE = """\
cases:
  - name: a column that does not exist
    given:
      customer:
        - {customer_id: c1, agee: 30}
    expect:
      adults: []
"""


def make_project(root: Path, tests: dict[str, str], config: str = "name: tiny\n") -> Path:
    write_project(root, SEGMENTS, config)
    for name, text in tests.items():
        path = root / "tests" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_passing_cases_exit_0(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = run(["test"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines == [
        "PASS tests/good.yml:2: adults and buyers",
        "PASS tests/good.yml:17: nobody",
        "2 passed, 0 failed",
    ]
    assert result.stderr == ""


def test_failure_lists_missing_and_unexpected_members(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING, "bad.yml": FAILING})
    result = run(["test"])
    assert result.exit_code == 1
    out = result.stdout
    assert "FAIL tests/bad.yml:2: wrong expectation" in out
    assert "missing members: c2" in out
    assert "unexpected members: c1" in out
    assert out.splitlines()[-1] == "2 passed, 1 failed"


def test_fixture_errors_exit_1(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING, "broken.yml": BROKEN_FIXTURE})
    result = run(["test"])
    assert result.exit_code == 1
    assert "tests/broken.yml:5:" in result.stderr
    assert "error[" in result.stderr
    assert result.stdout.splitlines()[-1] == "2 passed, 1 failed"


def test_unparsable_fixture_file_exits_1(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING, "yaml.yml": "cases: [\n"})
    result = run(["test"])
    assert result.exit_code == 1
    assert "tests/yaml.yml:" in result.stderr
    assert result.stdout.splitlines()[-1] == "2 passed, 0 failed"


def test_definition_errors_exit_1(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    (in_tmp / "segments" / "b.seg").write_text("segment old\n  where agee >= 65\n",
                                               encoding="utf-8")
    result = run(["test"])
    assert result.exit_code == 1
    assert "segments/b.seg:2:9: error[" in result.stderr


def test_paths_narrow_the_run(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING, "more/bad.yml": FAILING})
    only_good = run(["test", "tests/good.yml"])
    assert only_good.exit_code == 0, only_good.output
    assert only_good.stdout.splitlines()[-1] == "2 passed, 0 failed"
    folder = run(["test", "tests/more"])
    assert folder.exit_code == 1
    assert folder.stdout.splitlines()[-1] == "0 passed, 1 failed"
    everything = run(["test"])
    assert everything.stdout.splitlines()[-1] == "2 passed, 1 failed"


def test_tests_folders_from_the_project_file(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING}, config="name: tiny\ntests: [fixtures]\n")
    (in_tmp / "fixtures").mkdir()
    (in_tmp / "fixtures" / "bad.yml").write_text(FAILING, encoding="utf-8")
    result = run(["test"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "0 passed, 1 failed"


def test_no_fixture_files(in_tmp: Path) -> None:
    make_project(in_tmp, {})
    result = run(["test"])
    assert result.exit_code == 0
    assert result.stdout == "0 passed, 0 failed\n"
    assert "no fixture files" in result.stderr


def test_missing_path_is_a_usage_error(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = run(["test", "tests/nope.yml"])
    assert result.exit_code == 2


def test_project_option_from_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj", {"good.yml": PASSING})
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = run(["test", "--project", str(root)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("url", ["postgresql://localhost/segdsl_no_such_db",
                                 "postgres://u@segdsl-no-such-host.invalid/db"])
def test_postgres_that_cannot_be_reached(in_tmp: Path, url: str) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = run(["test", "--db", url])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot connect to PostgreSQL at ")
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""


def test_duckdb_file_is_refused(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = run(["test", "--db", "data/shop.duckdb"])
    assert result.exit_code == 2
    assert "in memory" in result.stderr


def test_memory_db_is_the_default(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING},
                 config="name: tiny\ndatabase: data/real.duckdb\n")
    # The project's database is never used by fixture tests (it does not even exist).
    assert run(["test"]).exit_code == 0
    assert run(["test", "--db", ":memory:"]).exit_code == 0


def test_conformance_suite_passes() -> None:
    result = run(["test", "--project", str(CONFORMANCE)])
    assert result.exit_code == 0, result.output
    last = result.stdout.splitlines()[-1]
    assert last.endswith(" passed, 0 failed")


def test_python_dash_m_test(tmp_path: Path) -> None:
    make_project(tmp_path, {"bad.yml": FAILING})
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    completed = subprocess.run(
        [sys.executable, "-m", "segdsl", "test"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.splitlines()[-1] == "0 passed, 1 failed"
    assert "Traceback" not in completed.stderr


def _run_without(package: str, engine_module: str, args: list[str]) -> Result:
    """``segdsl ARGS`` as if ``package`` were not installed (the engine module is
    imported afresh; everything is put back afterwards: tests/missing_package.py)."""
    with missing(package, fresh=[engine_module]):
        return run(args)


def test_bigquery_without_zetasql_is_one_clear_error(in_tmp: Path) -> None:

    make_project(in_tmp, {"good.yml": PASSING})
    result = _run_without("zetasql", "segdsl.engines.zetasql_engine",
                          ["test", "--engine", "bigquery"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: the BigQuery engine needs the zetasql package: "
        "pip install 'segdsl[bigquery]'"]


def test_bigquery_engine_runs_the_cases(in_tmp: Path) -> None:
    if os.environ.get("CI") != "true":
        pytest.importorskip("zetasql")
    make_project(in_tmp, {"good.yml": PASSING, "bad.yml": FAILING})
    result = run(["test", "--engine", "bigquery"])
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines()[-1] == "2 passed, 1 failed"


def test_clickhouse_without_chdb_is_one_clear_error(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = _run_without("chdb", "segdsl.engines.clickhouse_engine",
                          ["test", "--engine", "clickhouse"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: ClickHouse needs the chdb package: pip install 'segdsl[clickhouse]'"]


def test_clickhouse_engine_takes_no_db(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = run(["test", "--engine", "clickhouse", "--db", ":memory:"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: --engine clickhouse runs in chdb (in process) and takes no --db"]


def test_clickhouse_engine_runs_the_cases(tmp_path: Path) -> None:
    """Through the real command (a process of its own, as a user runs it)."""
    if os.environ.get("CI") != "true":
        pytest.importorskip("chdb")
    make_project(tmp_path, {"good.yml": PASSING, "bad.yml": FAILING})
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    completed = subprocess.run(
        [sys.executable, "-m", "segdsl", "test", "--engine", "clickhouse"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 1, completed.stderr
    lines = completed.stdout.splitlines()
    assert lines[-1] == "2 passed, 1 failed"
    assert any("wrong expectation" in line for line in lines)
    assert "Traceback" not in completed.stderr
