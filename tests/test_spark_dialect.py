"""The Spark dialect's text-level quirks, without starting Spark (the cross-engine
corpus runs the SQL itself: tests/test_cross_engine.py -k spark)."""

from __future__ import annotations

import re

import pytest
import sqlglot
from sqlglot import exp

from segdsl.compile.dialects.spark import Spark


@pytest.mark.parametrize(("pattern", "java"), [
    ("a.b", "a[^\\n]b"),                      # Java's `.` also skips \r, U+2028...
    ("^vip$", "^vip\\z"),                     # Java's `$` also matches before a final \n
    ("(ab|c)+", "(?:ab|c){1,}"),
    ("x{2,3}y?", "x{2,3}y{0,1}"),
    ("[a&&b-]", "[a\\&\\&b\\-]"),             # `&&` would intersect inside a class
    ("[^[a]", "[^\\[a]"),                     # `[` would nest a class
    ("a\\.b\\$", "a\\.b\\$"),
])
def test_patterns_are_rewritten_for_java(pattern: str, java: str) -> None:
    written = Spark().regex_pattern(pattern)
    assert written == java
    # Java's syntax is close enough to Python's here to check what it matches.
    python = written.replace("\\z", "\\Z")
    assert re.compile(python) is not None


def test_a_where_condition_in_parentheses_loses_them() -> None:
    # Spark would read `FROM t WHERE (flag)` as the table t aliased WHERE(flag).
    query = exp.select("k").from_("t").where(exp.paren(exp.column("flag")))
    sql = query.sql(dialect=Spark.sqlglot_name)
    assert sql == "SELECT k FROM t WHERE flag"


def test_variable_references_in_text_are_escaped() -> None:
    literal = exp.Literal.string("a${x}b")
    sql = literal.sql(dialect=Spark.sqlglot_name)
    assert "${" not in sql
    assert sql == "'a\\u0024{x}b'"


def test_nested_with_stays_nested() -> None:
    inner = sqlglot.parse_one("SELECT * FROM (WITH a AS (SELECT 1 AS x) SELECT x FROM a) AS s")
    outer = exp.select("*").from_(inner.subquery("u")).with_("a", "SELECT 2 AS x")
    sql = outer.sql(dialect=Spark.sqlglot_name)
    assert sql.count("WITH") == 2, sql


def test_databricks_is_an_alias_of_spark() -> None:
    from segdsl.project.model import DIALECTS, dialect_named

    assert "spark" in DIALECTS and "databricks" not in DIALECTS
    assert dialect_named("databricks") == "spark"
    assert dialect_named("spark") == "spark"
    assert dialect_named("oracle") is None


def test_importing_the_engine_starts_no_spark() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, segdsl.engines.spark_engine, segdsl.cli.main; "
            "print('pyspark' in sys.modules, 'py4j' in sys.modules)")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert completed.stdout.split() == ["False", "False"], completed.stderr


def test_sums_of_numbers_narrow_both_operands_even_a_cast_literal() -> None:
    # DECIMAL(38, 9) + DECIMAL(38, 9) is DECIMAL(38, 8) in Spark; two DECIMAL(37, 9)
    # sum to DECIMAL(38, 9).  A literal is already CAST(... AS DECIMAL(38, 9)), which
    # sqlglot's exp.cast would return unchanged (it compares type names only).
    from decimal import Decimal

    from segdsl.compile.dialects import DuckDB

    spark = Spark()
    literal = spark.number_literal(Decimal("0.000000001"))
    sql = spark.add(exp.column("a"), literal, subtract=True).sql(dialect=Spark.sqlglot_name)
    assert sql == ("CAST(a AS DECIMAL(37, 9)) - "
                   "CAST(CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(37, 9))")
    # Every other engine: the plain operator.
    duck = DuckDB().add(exp.column("a"), exp.column("b"))
    assert duck.sql(dialect="duckdb") == "a + b"


def test_a_number_times_an_integer_is_scaled_to_integers() -> None:
    # DECIMAL(38, 9) * BIGINT is DECIMAL(38, 6) in Spark: the product is taken of
    # the number scaled to a DECIMAL(38, 0) and read back with 9 places.
    sql = Spark().multiply_integer(exp.column("a"), exp.column("n")).sql(
        dialect=Spark.sqlglot_name)
    assert sql == ("CAST(CAST(CAST((CAST(a AS DECIMAL(38, 9)) * 1000000000) AS DECIMAL(38, 0))"
                   " * n AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9))"
                   " AS DECIMAL(38, 9))")
