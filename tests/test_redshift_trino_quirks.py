"""Each Redshift and Trino quirk as the SQL text it must write (segdsl/compile/
dialects/redshift.py and trino.py say why, with the vendor documentation each rests
on).  No engine runs these targets here, so the text is what can be checked: every
quirk below is one a shared default or sqlglot's own spelling would get wrong."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import sqlglot
from cli_project import write_project
from sqlglot import exp

from segdsl.compile.api import compile_membership
from segdsl.compile.dialects import DIALECTS, Dialect
from segdsl.compile.errors import CompileError
from segdsl.compile.render import render
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import DEFAULT, TimeContext, Zoning
from segdsl.workspace import load_workspace

BERLIN = TimeContext(zone="Europe/Berlin")


def _d(name: str, context: TimeContext = DEFAULT) -> Dialect:
    return DIALECTS[name](context)


def _sql(dialect: Dialect, node: exp.Expression) -> str:
    return node.sql(dialect.sqlglot_name)


def c(name: str) -> exp.Column:
    return exp.column(name)


def s(text: str) -> exp.Literal:
    return exp.Literal.string(text)


# ------------------------------------------------------------------ Redshift

REDSHIFT = {
    # GETDATE() is in the session's zone.
    "now": (lambda d: d.now(),
            "CONVERT_TIMEZONE(CURRENT_SETTING('timezone'), 'UTC', GETDATE())"),
    "instant": (lambda d: d.instant_literal(dt.datetime(2026, 11, 1, tzinfo=dt.UTC)),
                "CAST('2026-11-01 00:00:00' AS TIMESTAMP)"),
    "zoned column": (lambda d: d.read_stored_instant(c("t"), Zoning.ZONED),
                     "t AT TIME ZONE 'UTC'"),
    "unknown column": (lambda d: d.read_stored_instant(c("t"), Zoning.UNKNOWN), "t"),
    # DATEADD clamps to the end of the month; of a DATE it is a TIMESTAMP.
    "month back": (lambda d: d.shift(c("d"), -1, Unit.MONTH, is_date=True),
                   "CAST(DATEADD(MONTH, -1, d) AS DATE)"),
    "weeks are days": (lambda d: d.shift(c("t"), 2, Unit.WEEK, is_date=False),
                       "DATEADD(DAY, 14, t)"),
    "years": (lambda d: d.add_years(c("d"), c("n")), "CAST(DATEADD(YEAR, n, d) AS DATE)"),
    "monday": (lambda d: d.truncate(c("t"), Period.WEEK),
               "CAST(DATE_TRUNC('WEEK', t) AS TIMESTAMP)"),
    # Integer / integer drops the fraction: microseconds as DOUBLE PRECISION.
    "epoch": (lambda d: d.epoch_seconds(c("t")),
              "CAST(DATEDIFF(MICROSECOND, CAST('1970-01-01 00:00:00' AS TIMESTAMP), t) "
              "AS DOUBLE PRECISION) / 1000000"),
    # POSIX `~`, and `.` spelled as RE2's; a Redshift string literal reads a
    # backslash as an escape, so the line break is written `\n` (and `\.` as `\\.`).
    "regex": (lambda d: d.regex_contains(c("x"), s(d.regex_pattern("a.b"))),
              "x ~ 'a[^\\n]b'"),
    "backslash": (lambda d: d.regex_contains(c("x"), s(d.regex_pattern("\\."))),
                  "x ~ '\\\\.'"),
    # No STARTS_WITH (sqlglot's LIKE would read % and _ as wildcards), no ENDS_WITH.
    "starts": (lambda d: d.starts_with(c("x"), s("a%")), "LEFT(x, LENGTH('a%')) = 'a%'"),
    "ends": (lambda d: d.ends_with(c("x"), s("_z")), "RIGHT(x, LENGTH('_z')) = '_z'"),
    # SUPER arrays.
    "list contains": (lambda d: d.list_contains(c("l"), s("x")), "ARRAY_CONTAINS(l, 'x')"),
    "list any": (lambda d: d.list_contains_any(c("l"), [s("x"), s("y")], integer=False),
                 "(ARRAY_CONTAINS(l, 'x') OR ARRAY_CONTAINS(l, 'y'))"),
    "list all": (lambda d: d.list_contains_all(c("l"), [s("x"), s("y")], integer=False),
                 "(ARRAY_CONTAINS(l, 'x') AND ARRAY_CONTAINS(l, 'y'))"),
    "list length": (lambda d: d.list_length(c("l")), "GET_ARRAY_LENGTH(l)"),
    "list null": (lambda d: d.list_has_null(c("l")), "ARRAY_CONTAINS(l, NULL, TRUE)"),
    # No DIV; DECIMAL division's scale is capped at 38, so the remainder goes first
    # and the divisor is narrowed to leave room for the quotient's digits.
    "int div": (lambda d: d.int_div(c("a"), c("b")),
                "CAST(CAST((a - a % b) AS DECIMAL(38, 0)) / CAST(b AS DECIMAL(18, 0)) "
                "AS DECIMAL(38, 0))"),
    "number": (lambda d: d.number_literal(Decimal("0.1")), "CAST('0.1' AS DECIMAL(38, 9))"),
    # No UNNEST of an array literal, no VALUES in FROM.
    "static keys": (lambda d: d.static_keys(["a", "b"]),
                    "SELECT \"k\" FROM (SELECT CAST('a' AS VARCHAR(MAX)) AS \"k\" UNION ALL "
                    "SELECT CAST('b' AS VARCHAR(MAX)) AS \"k\") AS \"u\""),
    "no static keys": (lambda d: d.static_keys([]),
                       "SELECT CAST(NULL AS VARCHAR(MAX)) AS \"k\" WHERE FALSE"),
    "greatest boolean": (lambda d: d.greatest(c("b"), boolean=True), "BOOL_OR(b)"),
}

REDSHIFT_BERLIN = {
    "wall clock": (lambda d: d.wall_clock(c("t")),
                   "CONVERT_TIMEZONE('UTC', 'Europe/Berlin', t)"),
    "native wall": (lambda d: d.from_native_wall(c("w")),
                    "CONVERT_TIMEZONE('Europe/Berlin', 'UTC', w)"),
    "local day": (lambda d: d.to_date(c("t")),
                  "CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', t) AS DATE)"),
}


@pytest.mark.parametrize("quirk", list(REDSHIFT))
def test_redshift_quirk(quirk: str) -> None:
    build, expected = REDSHIFT[quirk]
    d = _d("redshift")
    assert _sql(d, build(d)) == expected


@pytest.mark.parametrize("quirk", list(REDSHIFT_BERLIN))
def test_redshift_zone_quirk(quirk: str) -> None:
    build, expected = REDSHIFT_BERLIN[quirk]
    d = _d("redshift", BERLIN)
    assert _sql(d, build(d)) == expected


def _filtered_select() -> exp.Select:
    def where(aggregate: exp.Expression) -> exp.Expression:
        return exp.Filter(this=aggregate, expression=exp.Where(this=c("ok")))

    return exp.select(
        where(exp.Count(this=exp.Star())).as_("n"),
        where(exp.Sum(this=c("v"))).as_("t"),
        where(exp.Count(this=exp.Distinct(expressions=[c("v")]))).as_("u"),
        where(exp.LogicalOr(this=c("b"))).as_("o"),
    ).from_("x")


def test_redshift_has_no_filter_clause() -> None:
    """``AGG(x) FILTER (WHERE c)`` goes out as ``AGG(CASE WHEN c THEN x END)``."""
    sql = render(_filtered_select(), _d("redshift"), pretty=False)
    assert sql == (
        'SELECT COUNT(CASE WHEN "ok" THEN 1 END) AS "n", SUM(CASE WHEN "ok" THEN "v" END) '
        'AS "t", COUNT(DISTINCT CASE WHEN "ok" THEN "v" END) AS "u", '
        'BOOL_OR(CASE WHEN "ok" THEN "b" END) AS "o" FROM "x"')
    assert sqlglot.parse_one(sql, read="redshift").find(exp.Filter) is None


def test_redshift_refuses_a_filter_it_cannot_rewrite() -> None:
    """An aggregate whose argument is ordered (none the compiler writes for Redshift
    today) is refused with a CompileError naming Redshift, not written wrongly."""
    ordered = exp.ArrayAgg(this=exp.Order(this=c("v"), expressions=[exp.Ordered(this=c("t"))]))
    query = exp.select(exp.Filter(this=ordered, expression=exp.Where(this=c("ok")))).from_("x")
    with pytest.raises(CompileError, match=r"redshift SQL cannot express.*no FILTER clause"):
        render(query, _d("redshift"))


# --------------------------------------------------------------------- Trino

TRINO = {
    "now": (lambda d: d.now(), "CAST(AT_TIMEZONE(CURRENT_TIMESTAMP, 'UTC') AS TIMESTAMP(6))"),
    # TIMESTAMP alone is TIMESTAMP(3).
    "instant": (lambda d: d.instant_literal(dt.datetime(2026, 11, 1, 0, 0, 0, 123456,
                                                        tzinfo=dt.UTC)),
                "CAST('2026-11-01 00:00:00.123456' AS TIMESTAMP(6))"),
    "zoned column": (lambda d: d.read_stored_instant(c("t"), Zoning.ZONED),
                     "CAST(AT_TIMEZONE(t, 'UTC') AS TIMESTAMP(6))"),
    "unknown column": (lambda d: d.read_stored_instant(c("t"), Zoning.UNKNOWN), "t"),
    # date_add clamps to the end of the month.
    "month back": (lambda d: d.shift(c("d"), -1, Unit.MONTH, is_date=True),
                   "CAST(DATE_ADD('MONTH', -1, d) AS DATE)"),
    "hours": (lambda d: d.shift(c("t"), 3, Unit.HOUR, is_date=False),
              "DATE_ADD('HOUR', 3, t)"),
    "years": (lambda d: d.add_years(c("d"), c("n")), "DATE_ADD('YEAR', CAST(n AS BIGINT), d)"),
    "monday": (lambda d: d.truncate(c("t"), Period.WEEK),
               "CAST(DATE_TRUNC('WEEK', t) AS TIMESTAMP(6))"),
    # to_unixtime of a naive TIMESTAMP would read it in the session's zone.
    "epoch": (lambda d: d.epoch_seconds(c("t")), "TO_UNIXTIME(WITH_TIMEZONE(t, 'UTC'))"),
    # Java regex: `.` skips more than \n.
    "regex": (lambda d: d.regex_contains(c("x"), s(d.regex_pattern("a.b"))),
              "REGEXP_LIKE(x, 'a[^\n]b')"),
    "starts": (lambda d: d.starts_with(c("x"), s("a%")), "STARTS_WITH(x, 'a%')"),
    "ends": (lambda d: d.ends_with(c("x"), s("_z")),
             "STARTS_WITH(REVERSE(x), REVERSE('_z'))"),
    "list contains": (lambda d: d.list_contains(c("l"), s("x")), "CONTAINS(l, 'x')"),
    # sqlglot would write `&&`, which is not Trino's.
    "list any": (lambda d: d.list_contains_any(c("l"), [s("x"), s("y")], integer=False),
                 "ARRAYS_OVERLAP(l, ARRAY['x', 'y'])"),
    "list all": (lambda d: d.list_contains_all(c("l"), [s("x"), s("y")], integer=False),
                 "(CONTAINS(l, 'x') AND CONTAINS(l, 'y'))"),
    "list length": (lambda d: d.list_length(c("l")), "CARDINALITY(l)"),
    "list null": (lambda d: d.list_has_null(c("l")), "ANY_MATCH(l, e -> e IS NULL)"),
    # Trino's own `/` (no DOUBLE), exact once the remainder is gone.
    "int div": (lambda d: d.int_div(c("a"), c("b")), "CAST((a - a % b) / b AS DECIMAL(38, 0))"),
    "static keys": (lambda d: d.static_keys(["a", "b"]),
                    "SELECT CAST(\"k\" AS VARCHAR) FROM UNNEST(ARRAY['a', 'b']) AS \"u\"(\"k\")"),
}

TRINO_BERLIN = {
    "wall clock": (lambda d: d.wall_clock(c("t")),
                   "CAST(AT_TIMEZONE(WITH_TIMEZONE(t, 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))"),
    "native wall": (lambda d: d.from_native_wall(c("w")),
                    "CAST(AT_TIMEZONE(WITH_TIMEZONE(w, 'Europe/Berlin'), 'UTC') "
                    "AS TIMESTAMP(6))"),
}


@pytest.mark.parametrize("quirk", list(TRINO))
def test_trino_quirk(quirk: str) -> None:
    build, expected = TRINO[quirk]
    d = _d("trino")
    assert _sql(d, build(d)) == expected


@pytest.mark.parametrize("quirk", list(TRINO_BERLIN))
def test_trino_zone_quirk(quirk: str) -> None:
    build, expected = TRINO_BERLIN[quirk]
    d = _d("trino", BERLIN)
    assert _sql(d, build(d)) == expected


def test_trino_keeps_the_filter_clause() -> None:
    sql = render(_filtered_select(), _d("trino"), pretty=False)
    assert 'COUNT(*) FILTER(WHERE "ok") AS "n"' in sql
    assert 'COUNT(DISTINCT "v") FILTER(WHERE "ok") AS "u"' in sql


# ------------------------------------------------------------------ both

@pytest.mark.parametrize("dialect", ["redshift", "trino"])
def test_exact_arithmetic_works_on_scaled_integers(dialect: str) -> None:
    """Neither engine's decimal ``/`` nor product rounding is relied on: the
    product and the quotient are the scaled integers' rounded by ``int_div``,
    and no DOUBLE enters the arithmetic."""
    d = _d(dialect)
    product = _sql(d, d.multiply(c("x"), c("y")))
    quotient = _sql(d, d.divide(c("x"), c("y")))
    for sql in (product, quotient):
        assert "DOUBLE" not in sql and "ROUND(" not in sql
        assert "CAST('0.000000001' AS DECIMAL(38, 9))" in sql
        assert sql.count("% ") == 1  # the remainder of int_div
    assert "* 1000000000000000000" in quotient  # the dividend scaled by 10^18
    assert quotient.startswith("CASE WHEN") and "THEN NULL" in quotient  # x / 0 is NULL
    assert d.exact_math_repeats_operands


SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  name: string
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""
SEGMENTS = """\
segment buyers
  where count(purchase in last 30 days) >= 2 and avg(purchase.amount) > 10.5
segment prefixed
  where name starts with "a_%" and name ends with "%_z"
"""


@pytest.mark.parametrize("dialect", ["redshift", "trino"])
def test_a_project_compiles_to_sql_its_engine_parses(tmp_path: Path, dialect: str) -> None:
    write_project(tmp_path, SEGMENTS, schema=SCHEMA)
    workspace = load_workspace(tmp_path)
    assert workspace.ok and workspace.checked is not None, workspace.diagnostics
    sql = compile_membership(workspace.checked, dialect,
                             dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    tree = sqlglot.parse_one(sql, read=dialect)
    assert [select.alias_or_name for select in tree.selects] == [
        "customer_id", "buyers", "prefixed"]
    if dialect == "redshift":
        assert tree.find(exp.Filter) is None
        assert "LEFT(" in sql and "LIKE" not in sql
    else:
        assert "FILTER(WHERE" in sql and "TIMESTAMP(6)" in sql


# A partial check on an engine that exists here (README.md, "Targets"): the
# arithmetic of both targets uses only CAST, ABS, %, CASE and DECIMAL, which
# PostgreSQL reads alike, so their SQL text runs there and must round exactly as the
# reference.  (It proves the formulas, not Redshift's or Trino's decimal typing.)
EDGES = ["0", "1", "-1", "3", "-3", "7", "0.000000001", "-0.000000001", "0.5", "2.5",
         "-2.5", "0.333333333", "123456.789012345", "-98765.4321", "99999.999999999",
         "1000000", "0.000000003"]


@pytest.mark.parametrize("dialect", ["redshift", "trino"])
def test_the_arithmetic_runs_exactly_on_postgres(dialect: str) -> None:
    psycopg = pytest.importorskip("psycopg")
    from engine_targets import postgres_problem, postgres_test_url, unavailable

    from segdsl import numbers

    problem = postgres_problem()
    if problem is not None:
        unavailable(problem)
    d = _d(dialect)
    pairs = [(Decimal(x), Decimal(y)) for x in EDGES for y in EDGES]
    values = exp.values([exp.tuple_(exp.Literal.number(i), exp.cast(s(str(x)), "DECIMAL(38, 9)"),
                                    exp.cast(s(str(y)), "DECIMAL(38, 9)"))
                         for i, (x, y) in enumerate(pairs)], alias="v", columns=["i", "x", "y"])
    query = exp.select("i", d.multiply(c("x"), c("y")).as_("p"),
                       d.divide(c("x"), c("y")).as_("q")).from_(values).order_by("i")
    with psycopg.connect(postgres_test_url()) as connection:
        rows = connection.execute(query.sql(d.sqlglot_name)).fetchall()
    assert len(rows) == len(pairs)
    wrong = [(x, y, p, q) for (x, y), (_, p, q) in zip(pairs, rows, strict=True)
             if p != numbers.multiply(x, y) or q != numbers.divide(x, y)]
    assert wrong == []


@pytest.mark.parametrize(("dialect", "expected"), [
    # Redshift orders NULLs as the largest value (last ascending, first descending),
    # as PostgreSQL; Trino puts them last both ways.  The compiler states the NULL
    # order wherever it matters and sqlglot writes it where the default differs.
    ("redshift", ['"v" ASC', '"v" ASC NULLS FIRST', '"v" DESC NULLS LAST', '"v" DESC']),
    ("trino", ['"v" ASC', '"v" ASC NULLS FIRST', '"v" DESC', '"v" DESC NULLS FIRST']),
])
def test_null_order_is_written_where_the_engine_default_differs(dialect: str,
                                                                 expected: list[str]) -> None:
    d = _d(dialect)
    written = [exp.Ordered(this=exp.column("v", quoted=True), desc=desc, nulls_first=first)
               .sql(d.sqlglot_name) for desc in (False, True) for first in (False, True)]
    assert written == expected
