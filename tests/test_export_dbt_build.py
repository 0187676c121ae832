"""`dbt build` on `segdsl export dbt` of the example project (SPEC 10): every model
gives the rows `segdsl run --all` gives on the same database at the same as-of,
and every expectation test passes or fails as `run --check-expectations` judges.

Once on DuckDB (dbt-duckdb) and once on PostgreSQL (dbt-postgres; the demo data
copied into `timestamptz` and `numeric` columns of a database whose zone is New
York, as tests/test_postgres.py does).  Needs dbt-core and the adapter in the
test's environment (the `test` extra installs them) and, for PostgreSQL, the
server; without them the test skips, and fails under CI=true.  One `dbt build`
per engine (the slow part, ~20 s each).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import duckdb
import pytest
from cli_project import run
from engine_targets import DB_SUFFIX, unavailable

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


PG_DATABASE = "segdsl_test_dbt" + DB_SUFFIX


def dbt_executable(adapter: str) -> Path:
    found = Path(sys.executable).parent / "dbt"
    if not found.is_file() or importlib.util.find_spec(f"dbt.adapters.{adapter}") is None:
        unavailable(f"dbt-core and dbt-{adapter} are not installed (pip install -e '.[test]')")
    return found


@dataclass(frozen=True)
class Built:
    """A `dbt build` of the exported shop example: the segdsl project, the database
    (a DuckDB file or a postgresql:// URL) and the dbt project."""

    project: Path
    database: str
    out: Path

    @property
    def results(self) -> list[dict[str, Any]]:
        text = (self.out / "target" / "run_results.json").read_text()
        results: list[dict[str, Any]] = json.loads(text)["results"]
        return results


def _postgres_env(url: str) -> dict[str, str]:
    """The profile's variables (profiles.yml) for the database at ``url``."""
    parts = urlsplit(url)
    return {"SEGDSL_DBT_HOST": parts.hostname or "127.0.0.1",
            "SEGDSL_DBT_PORT": str(parts.port or 5432),
            "SEGDSL_DBT_USER": unquote(parts.username or "postgres"),
            "SEGDSL_DBT_PASSWORD": unquote(parts.password or ""),
            "SEGDSL_DBT_DBNAME": parts.path.lstrip("/")}


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def built(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The example exported for the engine and built with dbt."""
    engine: str = request.param
    dbt = dbt_executable(engine)
    folder = tmp_path_factory.mktemp(f"dbt_{engine}")
    project = folder / "shop"
    shutil.copytree(SHOP, project, ignore=shutil.ignore_patterns("data"))
    (project / "segments" / "extra.seg").write_text(EXTRA, encoding="utf-8")
    # Not shop.duckdb: DuckDB names the catalog after the file, and a catalog
    # called like the schema `shop` makes `shop.customers` ambiguous for segdsl.
    duckdb_file = project / "data" / "demo.duckdb"
    generate_shop_database(duckdb_file, customers=CUSTOMERS, seed=7,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1"}
    if engine == "duckdb":
        database = str(duckdb_file)
        env["SEGDSL_DBT_DUCKDB_PATH"] = database
    else:
        from test_postgres import _copy_demo, _recreate

        database = _recreate(PG_DATABASE)
        _copy_demo(duckdb_file, database)
        env.update(_postgres_env(database))
    out = folder / "export"
    result = run(["export", "dbt", "--project", str(project), "--out", str(out),
                  "--dialect", engine])
    assert result.exit_code == 0, result.output
    done = subprocess.run(
        [str(dbt), "build", "--profiles-dir", ".", "--vars", f"{{segdsl_as_of: '{AS_OF}'}}"],
        cwd=out, env=env, capture_output=True, text=True, timeout=600, check=False)
    # The violated expectations make `dbt build` exit 1; everything else must pass.
    assert (out / "target" / "run_results.json").is_file(), done.stdout + done.stderr
    yield Built(project, database, out)
    if engine == "postgres":
        from test_postgres import _admin

        _admin(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')


_RUN_ALL: dict[str, tuple[list[str], list[str]]] = {}


def run_all_rows(project: Path, database: str) -> tuple[list[str], list[str]]:
    """The header and the sorted rows of `segdsl run --all --format csv` (run once)."""
    if database in _RUN_ALL:
        return _RUN_ALL[database]
    result = run(["run", "--project", str(project), "--db", database, "--as-of", AS_OF,
                  "--all", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    _RUN_ALL[database] = lines[0].split(","), sorted(lines[1:])
    return _RUN_ALL[database]


def model_rows(database: str, model: str, columns: list[str]) -> list[str]:
    """A model's rows written as `run --format csv` writes them, sorted (the models
    are in the profile's schema: main on DuckDB, segdsl on PostgreSQL)."""
    selected = ", ".join(f'"{column}"' for column in columns)
    rows: list[tuple[object, ...]]
    if database.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(database) as connection:
            rows = connection.execute(
                f'SELECT {selected} FROM segdsl."{model}"').fetchall()  # type: ignore[arg-type]
    else:
        with duckdb.connect(database, read_only=True) as connection:
            rows = connection.execute(f'SELECT {selected} FROM main."{model}"').fetchall()
    return sorted(line.rstrip("\r\n") for line in list(csv_lines(columns, rows))[1:])


def test_every_model_and_data_test_was_built(built: Built) -> None:
    project, results = built.project, built.results
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


def test_membership_model_is_run_all(built: Built) -> None:
    project, database = built.project, built.database
    columns, expected = run_all_rows(project, database)
    assert len(expected) == CUSTOMERS
    assert model_rows(database, "segdsl_membership", columns) == expected


def test_segment_and_segmentation_models_are_run_all(built: Built) -> None:
    project, database = built.project, built.database
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


def test_expectation_tests_judge_as_segdsl(built: Built) -> None:
    project, database = built.project, built.database
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
    got = {r["unique_id"].split(".")[-1]: r["status"] for r in built.results
           if "__expect_" in r["unique_id"]}
    assert got == expected
    assert got["everyone_who_bought__expect_1"] == "fail"
    assert got["everyone_who_bought__expect_2"] == "pass"
