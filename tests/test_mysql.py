"""MySQL/MariaDB: ``segdsl test --db mysql://...`` through the real command, and the
engine's promises (temporary tables leave nothing behind, one-line errors without
passwords).  The whole corpus runs on MySQL in tests/test_cross_engine.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cli_project import run
from engine_targets import mysql_test_url
from test_cli_test import FAILING, PASSING, make_project

from segdsl.engines import EngineError


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cases_run_on_mysql(in_tmp: Path) -> None:
    url = mysql_test_url()
    make_project(in_tmp, {"good.yml": PASSING, "bad.yml": FAILING})
    result = run(["test", "--db", url])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[-1] == "2 passed, 1 failed"
    assert "FAIL tests/bad.yml:2: wrong expectation" in lines
    assert result.stderr == ""
    # --engine mysql says the same thing as the URL.
    assert run(["test", "--engine", "mysql", "--db", url]).stdout == result.stdout


def test_engine_mysql_needs_a_url(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = run(["test", "--engine", "mysql"])
    assert result.exit_code == 2
    assert result.stderr == "error: --engine mysql needs --db mysql://... (a scratch database)\n"
    clash = run(["test", "--engine", "postgres", "--db", "mysql://root@127.0.0.1/x"])
    assert clash.exit_code == 2
    assert "--engine postgres does not run on --db mysql://" in clash.stderr


def test_unreachable_server_is_one_line_without_the_password(in_tmp: Path) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    result = run(["test", "--db", "mariadb://me:s3cr3tpw@127.0.0.1:1/db"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot connect to MySQL at "
                                    "mariadb://me:***@127.0.0.1:1/db: ")
    assert len(result.stderr.splitlines()) == 1
    assert "s3cr3tpw" not in result.stderr


def test_missing_pymysql_is_one_clear_error(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(in_tmp, {"good.yml": PASSING})
    # None in sys.modules makes `import pymysql` raise ImportError.
    monkeypatch.setitem(sys.modules, "pymysql", None)
    result = run(["test", "--db", "mysql://root@127.0.0.1/x"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: MySQL needs the pymysql package: pip install 'segdsl[mysql]'"]


def test_fixture_tables_are_temporary() -> None:
    """The tables of a case vanish with its connection, and hide a real table of
    the same name only from that connection."""
    from segdsl.engines.mysql_engine import MySQLEngine
    from segdsl.project.model import Schema

    url = mysql_test_url()
    schema = Schema(entity="customer", table="segdsl_probe.people", key="id", attributes={})
    with MySQLEngine(url) as engine:
        engine.load_tables(schema, {"segdsl_probe.people": [{"id": "A"}, {"id": "a "}]})
        _, rows = engine.query(
            "SELECT COUNT(DISTINCT `id`), COUNT(*) FROM `segdsl_probe`.`people`")
        assert rows == [(1, 2)]  # the table's own collation: case and spaces ignored
    with MySQLEngine(url) as other, pytest.raises(EngineError, match="doesn't exist"):
        other.query("SELECT 1 FROM `segdsl_probe`.`people`")


def test_ignoring_case_folds_every_latin_character_as_unicode_does() -> None:
    """MySQL.fold_case on the server, for every character up to U+024F (the tiers
    where it must be exact: LOWER plus the exceptions it maps itself), alone and
    between capitals, gives segdsl's simple case folding."""
    from sqlglot import exp

    from segdsl.casefold import fold
    from segdsl.compile.dialects.mysql import MySQL
    from segdsl.engines.mysql_engine import MySQLEngine

    dialect = MySQL()
    texts = [chr(code) for code in range(0x20, 0x250) if not 0x7F <= code < 0xA0]
    texts += [f"AB{text}CD" for text in texts]
    folded = [dialect.fold_case(exp.Literal.string(text)) for text in texts]
    with MySQLEngine(mysql_test_url()) as engine:
        _, rows = engine.query(exp.select(*folded).sql(dialect="mysql"))
    wrong = {text: got for text, got in zip(texts, rows[0], strict=True) if got != fold(text)}
    assert not wrong
