"""`dbt build` on `segdsl export dbt` of the example project (SPEC 10): every model
gives the rows `segdsl run --all` gives on the same database at the same as-of,
and every expectation test passes or fails as `run --check-expectations` judges.

Needs dbt-core and dbt-duckdb in the test's environment (the `test` extra installs
them); without them the test skips, and fails under CI=true.  One `dbt build` of
the shop example with its demo data (the slow part, ~20 s).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from cli_project import run
from engine_targets import unavailable

from segdsl.analysis.expectations import evaluate
from segdsl.cli.output import csv_lines
from segdsl.demo import generate_shop_database
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
SHOP = REPO / "examples" / "shop"
AS_OF = "2026-11-01T09:30:00Z"
CUSTOMERS = 400

# One segment whose expectations are violated on the demo data and one that holds
# at a bound needing exact arithmetic, so the tests are seen to fail as well as pass.
EXTRA = """\
segment everyone_who_bought
  expect size <= 1
  expect share between 0.1% and 100%
  where has purchase
"""


def dbt_executable() -> Path:
    found = Path(sys.executable).parent / "dbt"
    if not found.is_file():
        unavailable("dbt-core and dbt-duckdb are not installed (pip install -e '.[test]')")
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(segdsl project, database dbt built into, dbt project) after `dbt build`."""
    dbt = dbt_executable()
    folder = tmp_path_factory.mktemp("dbt")
    project = folder / "shop"
    shutil.copytree(SHOP, project, ignore=shutil.ignore_patterns("data"))
    (project / "segments" / "extra.seg").write_text(EXTRA, encoding="utf-8")
    # Not shop.duckdb: DuckDB names the catalog after the file, and a catalog
    # called like the schema `shop` makes `shop.customers` ambiguous for segdsl.
    database = project / "data" / "demo.duckdb"
    generate_shop_database(database, customers=CUSTOMERS, seed=7,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    out = folder / "export"
    result = run(["export", "dbt", "--project", str(project), "--out", str(out)])
    assert result.exit_code == 0, result.output
    env = {**os.environ, "SEGDSL_DBT_DUCKDB_PATH": str(database),
           "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1"}
    done = subprocess.run(
        [str(dbt), "build", "--profiles-dir", ".", "--vars", f"{{segdsl_as_of: '{AS_OF}'}}"],
        cwd=out, env=env, capture_output=True, text=True, timeout=600, check=False)
    # The violated expectations make `dbt build` exit 1; everything else must pass.
    results = json.loads((out / "target" / "run_results.json").read_text())["results"]
    assert results, done.stdout + done.stderr
    return project, database, out


_RUN_ALL: dict[Path, tuple[list[str], list[str]]] = {}


def run_all_rows(project: Path, database: Path) -> tuple[list[str], list[str]]:
    """The header and the sorted rows of `segdsl run --all --format csv` (run once)."""
    if database in _RUN_ALL:
        return _RUN_ALL[database]
    result = run(["run", "--project", str(project), "--db", str(database), "--as-of", AS_OF,
                  "--all", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    _RUN_ALL[database] = lines[0].split(","), sorted(lines[1:])
    return _RUN_ALL[database]


def model_rows(database: Path, model: str, columns: list[str]) -> list[str]:
    """A model's rows written as `run --format csv` writes them, sorted."""
    with duckdb.connect(str(database), read_only=True) as connection:
        selected = ", ".join(f'"{column}"' for column in columns)
        rows = connection.execute(f'SELECT {selected} FROM main."{model}"').fetchall()
    return sorted(line.rstrip("\r\n") for line in list(csv_lines(columns, rows))[1:])


def test_every_model_and_data_test_was_built(built: tuple[Path, Path, Path]) -> None:
    project, _, out = built
    results = json.loads((out / "target" / "run_results.json").read_text())["results"]
    statuses = {r["unique_id"]: r["status"] for r in results}
    models = [name for name in statuses if name.startswith("model.")]
    workspace = load_workspace(project)
    assert workspace.checked is not None
    checked = workspace.checked
    assert len(models) == len(checked.segments) + len(checked.segmentations) + 1
    assert all(statuses[name] == "success" for name in models)
    schema_tests = [name for name in statuses
                    if name.startswith("test.") and "__expect_" not in name]
    assert len(schema_tests) == 2 * len(models) + len(checked.segmentations)
    assert all(statuses[name] == "pass" for name in schema_tests), statuses


def test_membership_model_is_run_all(built: tuple[Path, Path, Path]) -> None:
    project, database, _ = built
    columns, expected = run_all_rows(project, database)
    assert len(expected) == CUSTOMERS
    assert model_rows(database, "segdsl_membership", columns) == expected


def test_segment_and_segmentation_models_are_run_all(built: tuple[Path, Path, Path]) -> None:
    project, database, _ = built
    columns, lines = run_all_rows(project, database)
    rows = [dict(zip(columns, row, strict=True)) for row in csv.reader(io.StringIO(
        "\n".join(lines)))]
    workspace = load_workspace(project)
    assert workspace.checked is not None
    key = workspace.checked.schema.key
    for segment in workspace.checked.segments:
        members = sorted(row[key] for row in rows if row[segment] == "true")
        assert model_rows(database, segment, [key]) == members, segment
    for segmentation in workspace.checked.segmentations:
        labelled = sorted(line.rstrip("\r\n") for line in list(csv_lines(
            [key, segmentation], [(row[key], row[segmentation] or None) for row in rows]))[1:])
        assert model_rows(database, segmentation, [key, segmentation]) == labelled


def test_expectation_tests_judge_as_segdsl(built: tuple[Path, Path, Path]) -> None:
    project, database, out = built
    workspace = load_workspace(project)
    checked = workspace.checked
    assert checked is not None
    columns, lines = run_all_rows(project, database)
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    sizes = {name: sum(1 for row in rows if row[columns.index(name)] == "true")
             for name in checked.segments}
    judged = evaluate(checked.segments, sizes, len(rows))
    expected = {}
    for name in checked.segments:
        mine = [result for result in judged if result.segment == name]
        for number, result in enumerate(mine, start=1):
            expected[f"{name}__expect_{number}"] = "pass" if result.holds else "fail"
    results = json.loads((out / "target" / "run_results.json").read_text())["results"]
    got = {r["unique_id"].split(".")[-1]: r["status"] for r in results
           if "__expect_" in r["unique_id"]}
    assert got == expected
    assert got["everyone_who_bought__expect_1"] == "fail"
    assert got["everyone_who_bought__expect_2"] == "pass"
