"""Every command's --help says what it really does (issue #11.6)."""

from __future__ import annotations

import re

import pytest
from cli_project import run


def _help(*command: str) -> str:
    result = run([*command, "--help"])
    assert result.exit_code == 0, result.output
    # click wraps lines; compare words, not layout.
    return re.sub(r"\s+", " ", result.stdout)


def test_run_help_names_both_engines_and_what_it_checks() -> None:
    text = _help("run")
    assert "on a DuckDB database," not in text
    assert "DuckDB file or a PostgreSQL database" in text
    assert "tables and columns the evaluated definitions read are checked" in text
    assert "a warning is printed on stderr" in text
    assert "--out FILE" in text and "only when complete" in text
    assert ("a DuckDB file path or a postgresql:// URL, mysql://USER@HOST[:PORT]/DATABASE "
            "(or mariadb://), bigquery://PROJECT[/DATASET], "
            "snowflake://USER@ACCOUNT/DATABASE[/SCHEMA], chdb:///FOLDER (a chdb data "
            "folder: ClickHouse in process) or spark:///path/to/warehouse (a "
            "Spark warehouse folder of parquet tables; other URL kinds are refused)") in text


def test_demo_as_of_is_where_the_data_ends_not_an_evaluation_time() -> None:
    text = _help("demo")
    assert "the database's current time" not in text
    assert "Evaluate at this instant" not in text
    assert "every event lies before this instant" in text
    assert "Default: now" in text


@pytest.mark.parametrize("command", ["compile", "run"])
def test_as_of_help_of_evaluating_commands(command: str) -> None:
    text = _help(command)
    assert "Evaluate at this instant: a date (2026-11-01, meaning 00:00 in the project's" in text
    assert "Default: the current time of the database when the SQL runs." in text


def test_test_db_help_says_what_it_takes() -> None:
    text = _help("test")
    assert "transaction that is rolled back" in text
    assert "'database' in segdsl.yml is never used" in text


def test_main_help_lists_every_exit_status() -> None:
    text = _help()
    for status in ("0 success", "1 the definitions have errors or a fixture test failed",
                   "2 bad usage", "3 an internal error", "130 interrupted",
                   "141 a closed pipe"):
        assert status in text
