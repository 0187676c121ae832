"""``segdsl test --engine spark``: the cases run in a local Spark through the real
command (``python -m segdsl``), and a missing pyspark or Java is one line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_project import run
from engine_targets import unavailable
from test_cli_test import FAILING, PASSING, make_project

from segdsl.cli.main import DEBUG_ENV
from segdsl.engines import spark_engine

REPO = Path(__file__).resolve().parents[1]


def _segdsl(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO),
                                                              env.get("PYTHONPATH")]))}
    env.pop(DEBUG_ENV, None)
    return subprocess.run([sys.executable, "-m", "segdsl", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_spark_engine_runs_the_cases(tmp_path: Path) -> None:
    problem = spark_engine.spark_problem()
    if problem is not None:
        unavailable(problem)
    make_project(tmp_path, {"good.yml": PASSING, "bad.yml": FAILING})
    completed = _segdsl(["test", "--engine", "spark"], tmp_path, dict(os.environ))
    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.splitlines()[-1] == "2 passed, 1 failed"
    assert "Traceback" not in completed.stderr


def test_spark_without_java_is_one_clear_error(tmp_path: Path) -> None:
    make_project(tmp_path, {"good.yml": PASSING})
    env = {name: value for name, value in os.environ.items() if name != "JAVA_HOME"}
    env["PATH"] = str(tmp_path / "no-java-here")
    completed = _segdsl(["test", "--engine", "spark"], tmp_path, env)
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr.splitlines() == [
        "error: the Spark engine needs a Java runtime (17 or newer; on Debian: "
        "apt-get install openjdk-17-jre-headless)"]


def test_spark_without_pyspark_is_one_clear_error(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, {"good.yml": PASSING})
    # None in sys.modules: importlib finds no pyspark; no session started yet.
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setattr(spark_engine, "_SESSION", None)
    result = run(["test", "--engine", "spark"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: the Spark engine needs the pyspark package: pip install 'segdsl[spark]'"]


def test_spark_takes_no_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, {"good.yml": PASSING})
    result = run(["test", "--engine", "spark", "--db", ":memory:"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: --engine spark runs in a local Spark and takes no --db"]
