"""ClickHouse reads a stored ``number`` as the 9-place decimal nearest to it, as
every engine does (docs/semantics.md, "Exact numbers";
``ClickHouse.read_number``): its own cast of a ``Float64`` to ``Decimal`` truncates
(``2/3`` would be ``0.666666666``) and invents digits past a double's precision.

Each value goes through the dialect's expression on chdb and through DuckDB's
reading of the same double; the two must agree, and equal the nearest 9-place
decimal for doubles within 15 significant digits."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from engine_targets import chdb_problem, unavailable
from sqlglot import exp

from segdsl.compile.dialects import DIALECTS
from segdsl.compile.dialects.clickhouse import nullable
from segdsl.timecontext import DEFAULT

DOUBLES = [0.29, 2 / 3, -2 / 3, 224.55999999999997, 840.92, 0.1 + 0.2 + 840.62, 1e-7,
           -3e-9, 1.5e-10, 999999.9999999999, 123456.123456789, 1e15 + 0.5, 1e20, 1e25,
           -12345678.5, 0.0]


@pytest.fixture(scope="module")
def chdb_engine():  # type: ignore[no-untyped-def]
    problem = chdb_problem()
    if problem is not None:
        unavailable(problem)
    from segdsl.engines.clickhouse_engine import ClickHouseEngine

    engine = ClickHouseEngine()
    yield engine
    engine.close()


def _on_chdb(engine, values: list[float | None], kind: str) -> list[object]:  # type: ignore[no-untyped-def]
    dialect = DIALECTS["clickhouse"](DEFAULT)
    column = exp.column("x")
    rows = exp.select(exp.alias_(dialect.read_number(column), "n")).from_(
        exp.select(exp.alias_(exp.func("arrayJoin", exp.Array(expressions=[
            exp.cast(exp.Literal.string(str(value)), nullable(kind)) if value is not None
            else exp.cast(exp.null(), nullable(kind)) for value in values])), "x")).subquery("v"))
    _, found = engine.query(rows.sql(dialect="clickhouse"))
    return [row[0] for row in found]


def _on_duckdb(values: list[float]) -> list[object]:
    import duckdb

    dialect = DIALECTS["duckdb"](DEFAULT)
    query = exp.select(exp.alias_(dialect.read_number(exp.column("x")), "n")).from_(
        exp.select(exp.alias_(exp.func("unnest", exp.Array(expressions=[
            exp.cast(exp.Literal.string(repr(value)), "DOUBLE") for value in values])),
            "x")).subquery("v"))
    return [row[0] for row in duckdb.sql(query.sql(dialect="duckdb")).fetchall()]


def test_doubles_read_as_the_nearest_nine_place_decimal(chdb_engine) -> None:  # type: ignore[no-untyped-def]
    on_chdb = _on_chdb(chdb_engine, [*DOUBLES, None], "Float64")
    assert on_chdb[-1] is None
    on_duckdb = _on_duckdb(DOUBLES)
    for value, read, duck in zip(DOUBLES, on_chdb, on_duckdb, strict=False):
        if abs(value) < 1e6:  # within 15 significant digits: the exact nearest
            nearest = Decimal(value).quantize(Decimal("1e-9"), rounding=ROUND_HALF_UP)
            assert read == nearest == duck, value
        else:  # beyond, engines differ in the last places (DuckDB's cast goes
            # through a scaled double too); ClickHouse keeps the double's own digits
            assert read == Decimal(repr(value)), value
    assert on_chdb[1] == Decimal("0.666666667")  # ClickHouse's cast: 0.666666666


def test_decimals_and_integers_read_exactly(chdb_engine) -> None:  # type: ignore[no-untyped-def]
    decimals = _on_chdb(chdb_engine, ["12.34", "-99999999999999999999.123456789"],  # type: ignore[list-item]
                        "Decimal(38, 9)")
    assert decimals == [Decimal("12.34"), Decimal("-99999999999999999999.123456789")]
    integers = _on_chdb(chdb_engine, [-5, 9223372036854775807], "Int64")  # type: ignore[list-item]
    assert integers == [Decimal(-5), Decimal(9223372036854775807)]


def test_text_with_line_separators_comes_back_whole(chdb_engine) -> None:  # type: ignore[no-untyped-def]
    """Result rows end at a line feed only: U+0085 and U+2028 are not escaped in
    ClickHouse's JSON output, and splitting there broke a row in two (found by
    tests/test_injection.py's generated strings)."""
    texts = ["a\x85b", "c\u2028d", "e\u2029f\rg", "\x1c\x1d\x1e", "h\ni"]
    union = exp.union(*(exp.select(exp.alias_(exp.Literal.string(text), "t")) for text in texts),
                      distinct=False)
    sql = exp.select("t").from_(union.subquery("u")).order_by("t").sql(dialect="clickhouse")
    _, rows = chdb_engine.query(sql)
    assert [row[0] for row in rows] == sorted(texts)
