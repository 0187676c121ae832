"""The time context (segdsl/timecontext.py) and what the dialects make of it.

* A ``TimeContext`` holds the project's zone (only UTC today) and, per timestamp
  column, whether the database stores it zoned or naive.
* Each compilation's dialect is bound to one; without one (``compile``) every
  column's zoning is unknown and the SQL is exactly what it always was (the golden
  files, tests/test_golden.py, are compiled that way).
* Knowing the zoning, each engine reads a column the cheapest correct way
  (PostgreSQL: a naive ``timestamp`` bare, so its index can serve the window).
  That the cheaper reads give the same members is shown by the cross-engine
  corpus (tests/engine_targets.py: ``postgres-naive``/``postgres-zoned``) and, for
  ``run``, by tests/test_postgres.py (naive and zoned copies of the demo shop) and
  the DuckDB test below.
* No engine inherits another's behaviour: every quirk is abstract in the base
  class or a class attribute each engine states itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from cli_project import run

from segdsl.compile.api import DIALECTS, compile_membership, compile_segment
from segdsl.compile.dialects import DIALECTS as DIALECT_CLASSES
from segdsl.compile.dialects import Dialect, DuckDB
from segdsl.demo import generate_shop_database
from segdsl.engines import fixture_time_context
from segdsl.engines.reader import open_reader
from segdsl.project.static_lists import StaticList
from segdsl.reference import values as v
from segdsl.reference.evaluator import evaluate_membership
from segdsl.syntax.ast import CompareOp, Period
from segdsl.timecontext import DEFAULT, TimeContext, Zoning, from_found_columns
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
SHOP = REPO / "examples" / "shop"
CONFORMANCE = REPO / "tests" / "conformance"
AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
_checked = load_workspace(CONFORMANCE).checked
assert _checked is not None
# A table list (SPEC 11) is empty here: no database holds its table.
CHECKED = replace(_checked, static_lists={
    name: StaticList(found.source, () if found.keys is None else found.keys)
    for name, found in _checked.static_lists.items()})
# The first segment of the corpus reads purchases in a 365-day window.
SEGMENT = "agg_sum_365d_lt_100"


def _segment_sql(dialect: str, zoning: Zoning | None) -> str:
    context = DEFAULT if zoning is None else fixture_time_context(CHECKED.schema, zoning)
    return compile_segment(CHECKED, SEGMENT, dialect, AS_OF, context=context)


# ------------------------------------------------------------------ the context


def test_default_context_is_utc_and_knows_no_column() -> None:
    assert DEFAULT.zone == "UTC"
    assert DEFAULT.tzinfo is dt.UTC
    assert DEFAULT.zoning("conf.orders", "ordered_at") is Zoning.UNKNOWN


def test_a_context_takes_an_iana_zone() -> None:
    berlin = TimeContext("Europe/Berlin")
    assert str(berlin.tzinfo) == "Europe/Berlin" and not berlin.is_utc
    assert DEFAULT.is_utc
    assert DEFAULT.with_zone("America/New_York").zone == "America/New_York"
    with pytest.raises(ValueError, match="unknown time zone 'Europe/Berln'"):
        TimeContext("Europe/Berln")


def test_zoning_per_table_and_column() -> None:
    context = DEFAULT.with_columns({("shop.orders", "ordered_at"): Zoning.NAIVE,
                                    ("shop.visits", "seen_at"): Zoning.ZONED})
    assert context.zoning("shop.orders", "ordered_at") is Zoning.NAIVE
    assert context.zoning("shop.visits", "seen_at") is Zoning.ZONED
    assert context.zoning("shop.orders", "seen_at") is Zoning.UNKNOWN
    # Frozen and hashable; equal contexts are equal whatever order they were built in.
    again = DEFAULT.with_columns({("shop.visits", "seen_at"): Zoning.ZONED}).with_columns(
        {("shop.orders", "ordered_at"): Zoning.NAIVE})
    assert again == context and hash(again) == hash(context)


def test_from_found_columns_reads_the_engines_type_names() -> None:
    found = {"shop.orders": {"id": "text", "ordered_at": "TIMESTAMP",
                             "shipped_at": "timestamptz"},
             "shop.missing": None}
    context = from_found_columns(found, {"timestamp": Zoning.NAIVE,
                                         "timestamptz": Zoning.ZONED})
    assert context.zoning("shop.orders", "ordered_at") is Zoning.NAIVE
    assert context.zoning("shop.orders", "shipped_at") is Zoning.ZONED
    assert context.zoning("shop.orders", "id") is Zoning.UNKNOWN
    assert from_found_columns({"t": {"a": "text"}}, {}) is DEFAULT


def test_fixture_context_names_every_timestamp_column() -> None:
    context = fixture_time_context(CHECKED.schema, Zoning.ZONED)
    assert context.zoning("conf.orders", "ordered_at") is Zoning.ZONED  # an event time
    assert context.zoning("conf.orders", "shipped_at") is Zoning.ZONED  # a property
    assert context.zoning("conf.customers", "signup_at") is Zoning.ZONED  # an attribute
    assert context.zoning("conf.customers", "birthday") is Zoning.UNKNOWN  # a date


# -------------------------------------------------------------------- dialects


def test_registry_holds_factories_bound_per_compilation() -> None:
    assert tuple(DIALECT_CLASSES) == DIALECTS
    context = fixture_time_context(CHECKED.schema, Zoning.NAIVE)
    for name, factory in DIALECT_CLASSES.items():
        bound = factory(context)
        assert bound.name == name and bound.context is context
        assert factory().context is DEFAULT


@pytest.mark.parametrize("dialect", DIALECTS)
def test_default_context_compiles_as_before(dialect: str) -> None:
    """No context and the default one are the same compilation."""
    assert (compile_membership(CHECKED, dialect, AS_OF)
            == compile_membership(CHECKED, dialect, AS_OF, context=DEFAULT))


def test_postgres_reads_a_naive_column_bare() -> None:
    naive = _segment_sql("postgres", Zoning.NAIVE)
    assert '"t"."ordered_at" AS "__time"' in naive
    assert "\"t\".\"ordered_at\" >= CAST('2026-11-01 00:00:00' AS TIMESTAMP)" in naive
    assert "TO_TIMESTAMP" not in naive and "AT TIME ZONE" not in naive


def test_postgres_reads_a_zoned_column_at_utc() -> None:
    zoned = _segment_sql("postgres", Zoning.ZONED)
    assert "\"t\".\"ordered_at\" AT TIME ZONE 'UTC' AS \"__time\"" in zoned
    assert "TO_TIMESTAMP" not in zoned


def test_postgres_reads_an_unknown_column_right_for_both() -> None:
    unknown = _segment_sql("postgres", None)
    assert ("TO_TIMESTAMP(EXTRACT(EPOCH FROM \"t\".\"ordered_at\")) AT TIME ZONE 'UTC' "
            'AS "__time"') in unknown
    assert _segment_sql("postgres", Zoning.UNKNOWN) == unknown


def test_duckdb_reads_every_kind_bare() -> None:
    """The engine pins its session to UTC, so a zoned column needs no conversion."""
    sqls = {_segment_sql("duckdb", zoning) for zoning in (None, Zoning.NAIVE, Zoning.ZONED)}
    assert len(sqls) == 1
    assert '"t"."ordered_at" AS "__time"' in sqls.pop()


def test_bigquery_makes_an_instant_of_a_naive_datetime() -> None:
    assert "TIMESTAMP(`t`.`ordered_at`, 'UTC') AS `__time`" in _segment_sql(
        "bigquery", Zoning.NAIVE)
    assert _segment_sql("bigquery", Zoning.ZONED) == _segment_sql("bigquery", None)


def test_snowflake_converts_a_zoned_column_to_utc() -> None:
    assert ("CAST(CONVERT_TIMEZONE('UTC', \"t\".\"ORDERED_AT\") AS TIMESTAMPNTZ) "
            'AS "__time"') in _segment_sql("snowflake", Zoning.ZONED)
    assert _segment_sql("snowflake", Zoning.NAIVE) == _segment_sql("snowflake", None)


def test_redshift_reads_a_zoned_column_at_utc() -> None:
    assert "\"t\".\"ordered_at\" AT TIME ZONE 'UTC' AS \"__time\"" in _segment_sql(
        "redshift", Zoning.ZONED)
    assert _segment_sql("redshift", Zoning.NAIVE) == _segment_sql("redshift", None)


def test_trino_converts_a_zoned_column_to_utc() -> None:
    assert ("CAST(AT_TIMEZONE(\"t\".\"ordered_at\", 'UTC') AS TIMESTAMP(6)) "
            'AS "__time"') in _segment_sql("trino", Zoning.ZONED)
    assert _segment_sql("trino", Zoning.NAIVE) == _segment_sql("trino", None)


@pytest.mark.parametrize("name", DIALECTS)
def test_every_engine_states_every_quirk_itself(name: str) -> None:
    """No engine class inherits a quirk from the base or from another engine."""
    cls = DIALECT_CLASSES[name]
    assert cls.__bases__ == (Dialect,)
    own = vars(cls)
    assert sorted(Dialect.__abstractmethods__ - set(own)) == []
    assert [attribute for attribute in Dialect._STATED if attribute not in own] == []


def test_a_dialect_that_states_nothing_is_refused() -> None:
    with pytest.raises(TypeError, match="must state name, sqlglot_name"):
        type("Quiet", (Dialect,), {})
    # One that states its attributes but leaves a quirk to the base cannot be made.
    stated = {attribute: getattr(DuckDB, attribute) for attribute in Dialect._STATED}
    lazy = type("Lazy", (Dialect,), stated)
    with pytest.raises(TypeError, match="abstract"):
        lazy()


# ----------------------------------------------------------- the reference side


def test_reference_evaluator_takes_the_context() -> None:
    rows = {"conf.customers": [{"customer_id": "c1",
                                "signup_at": dt.datetime(2026, 10, 31, 23, 30)}]}
    assert (evaluate_membership(CHECKED, CHECKED.schema, rows, AS_OF, context=DEFAULT)
            == evaluate_membership(CHECKED, CHECKED.schema, rows, AS_OF))


def test_reference_calendar_rules_take_the_zone() -> None:
    """Days, midnights and periods are taken in the zone passed in, so the second
    edition's zones need no change to the rules (a fixed offset stands in here)."""
    late = dt.datetime(2026, 10, 31, 23, 30, tzinfo=dt.UTC)
    east = dt.timezone(dt.timedelta(hours=2))
    assert v.day_of(late, dt.UTC) == dt.date(2026, 10, 31)
    assert v.day_of(late, east) == dt.date(2026, 11, 1)
    assert v.to_instant(dt.date(2026, 11, 1), east) == dt.datetime(2026, 10, 31, 22,
                                                                    tzinfo=dt.UTC)
    assert v.period_start(late, Period.MONTH, east) == dt.datetime(2026, 11, 1, tzinfo=east)
    assert v.compare(CompareOp.EQ, late, dt.date(2026, 11, 1), east)
    assert not v.compare(CompareOp.EQ, late, dt.date(2026, 11, 1), dt.UTC)


# ------------------------------------------------------------------ run, DuckDB


def _zoned_copy(source: Path, target: Path) -> None:
    """``source`` with every TIMESTAMP column turned into TIMESTAMPTZ (same instants:
    the naive values hold UTC, read in a UTC session)."""
    connection = duckdb.connect(str(target))
    try:
        connection.execute("SET TimeZone = 'UTC'")
        connection.execute(f"ATTACH '{source}' AS src (READ_ONLY)")
        tables = connection.execute(
            "SELECT DISTINCT table_schema, table_name FROM information_schema.columns "
            "WHERE table_catalog = 'src'").fetchall()
        for schema, table in tables:
            columns = connection.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_catalog = 'src' AND table_schema = ? AND table_name = ? "
                "ORDER BY ordinal_position", [schema, table]).fetchall()
            items = ", ".join(
                f'CAST("{name}" AS TIMESTAMPTZ) AS "{name}"' if kind == "TIMESTAMP"
                else f'"{name}"' for name, kind in columns)
            connection.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            connection.execute(f'CREATE TABLE "{schema}"."{table}" AS '
                               f'SELECT {items} FROM src."{schema}"."{table}"')
        connection.execute("DETACH src")
    finally:
        connection.close()


def test_run_on_duckdb_with_zoned_columns_gives_the_same_members(tmp_path: Path) -> None:
    naive = tmp_path / "naive.duckdb"
    generate_shop_database(naive, customers=200, seed=5,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    zoned = tmp_path / "zoned.duckdb"
    _zoned_copy(naive, zoned)
    workspace = load_workspace(SHOP)
    assert workspace.checked is not None
    schema = workspace.checked.schema
    with open_reader(str(zoned), schema, schema) as reader:
        assert reader.time_context.zoning("shop.orders", "ordered_at") is Zoning.ZONED
    with open_reader(str(naive), schema, schema) as reader:
        assert reader.time_context.zoning("shop.orders", "ordered_at") is Zoning.NAIVE
    common = ["run", "--project", str(SHOP), "--as-of", "2026-11-01T09:30:00Z", "--all",
              "--format", "csv"]
    on_naive, on_zoned = run([*common, "--db", str(naive)]), run([*common, "--db", str(zoned)])
    assert on_naive.exit_code == 0, on_naive.output
    assert on_zoned.exit_code == 0, on_zoned.output
    assert on_zoned.stdout == on_naive.stdout
    assert len(on_naive.stdout.splitlines()) == 201


@pytest.mark.parametrize("name", DIALECTS)
@pytest.mark.parametrize("qualified", ["orders", "shop.orders", "db.shop.orders",
                                       "a.b.shop.orders", "Shop.Orders"])
def test_dialect_table_spells_each_part_as_schema_names(name: str, qualified: str) -> None:
    """``Dialect.table``: the last part is the table, the one before its schema, the
    rest its catalog, each part an identifier as the dialect spells schema names."""
    dialect = DIALECT_CLASSES[name]()
    table = dialect.table(qualified)
    parts = qualified.split(".")
    assert table.args["this"] == dialect.schema_identifier(parts[-1])
    db = table.args.get("db")
    assert db == (dialect.schema_identifier(parts[-2]) if len(parts) >= 2 else None)
    catalog = table.args.get("catalog")
    assert catalog == (dialect.schema_identifier(".".join(parts[:-2])) if len(parts) >= 3
                       else None)
