"""The benchmarks at a tiny size: the batch benchmark's data generator and its
equality check, the many-segment benchmark's project and row comparison, the
fixture-loading benchmark's generated case, and the batch benchmark on ClickHouse
(chdb).

bench/gen_data.py with 500 customers, then bench/bench_batch.py's comparison of the
fourteen bench segments evaluated three ways: the batch query (compile_membership),
each segment on its own (compile_segment) and the hand-written bench/reference.sql.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import bench_anchored  # noqa: E402
import bench_batch  # noqa: E402
import bench_edition2  # noqa: E402
import bench_fixtures  # noqa: E402
import bench_many  # noqa: E402
import engine_batch  # noqa: E402
import gen_data  # noqa: E402


@pytest.fixture(scope="module")
def tiny_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "tiny.duckdb"
    return gen_data.generate(path, gen_data.size_for(500), threads=2)


def test_generator_writes_every_table_and_is_deterministic(
        tiny_database: Path, tmp_path: Path) -> None:
    counts = gen_data.row_counts(tiny_database)
    assert counts["shop.customers"] == 500
    assert counts["shop.orders"] == 5_000
    assert counts["shop.events"] == 10_000
    assert counts["shop.accounts"] >= 1
    assert counts["shop.returns"] > 0
    again = gen_data.generate(tmp_path / "again.duckdb", gen_data.size_for(500), threads=1)
    query = ("SELECT customer_id, ordered_at, amount, category, channel FROM shop.orders "
             "ORDER BY ALL")
    with duckdb.connect(str(tiny_database), read_only=True) as first, \
            duckdb.connect(str(again), read_only=True) as second:
        assert first.execute(query).fetchall() == second.execute(query).fetchall()


def test_batch_separate_and_hand_written_agree(tiny_database: Path) -> None:
    queries = bench_batch.build_queries(bench_batch.load_project())
    assert len(queries.segments) == 14
    con = bench_batch.connect(tiny_database, threads=2)
    try:
        assert bench_batch.compare_members(con, queries) == []
        counts = bench_batch.member_counts(con, queries)
    finally:
        con.close()
    assert counts[0] == 500
    # every segment has members even at this size (seed 7)
    assert all(n > 0 for n in counts[1:]), counts


def test_comparison_reports_differing_members(tiny_database: Path) -> None:
    queries = bench_batch.build_queries(bench_batch.load_project())
    # a hand-written query that forgets the 30-day condition of frequent_buyers
    broken = queries.reference.replace("AND o.n_30 > 0", "")
    assert broken != queries.reference
    con = bench_batch.connect(tiny_database, threads=2)
    try:
        problems = bench_batch.compare_members(con, replace(queries, reference=broken))
    finally:
        con.close()
    assert problems
    assert all(p.startswith("frequent_buyers: ") and "hand-written but not in batch" in p
               for p in problems)


# ------------------------------------------------------------ fixture loading


def test_many_segment_bench_compiles_and_compares_rows(tiny_database: Path) -> None:
    names, sql = bench_many.compile_project(40)
    assert len(names) == 40 and '"rank__' in sql
    con = bench_batch.connect(tiny_database, threads=2)
    assert bench_many.same_rows(con, sql, sql)
    first = bench_batch._quote(names[0])
    other = f"SELECT * REPLACE (NOT {first} AS {first}) FROM ({sql})"  # members swapped
    assert not bench_many.same_rows(con, sql, other)


def test_fixture_bench_generates_a_passing_deterministic_case(tmp_path: Path) -> None:
    """bench/bench_fixtures.py at 40 customers: the generated case loads without
    problems, passes on DuckDB (its expected metric values are right), and the
    same seed writes the same file."""
    generated = bench_fixtures.generate(tmp_path / "a", 40)
    assert generated.rows["customer"] == 40 and generated.rows["purchase"] > 0
    split = bench_fixtures.phases(generated)
    assert set(split) == {"read fixture", "compile", "load tables", "query"}
    again = bench_fixtures.generate(tmp_path / "b", 40)
    assert again.fixture.read_bytes() == generated.fixture.read_bytes()


def test_postgres_bench_loads_the_data_and_agrees_with_duckdb(tiny_database: Path) -> None:
    """bench/bench_postgres.py at 500 customers: the DuckDB rows copied into a scratch
    PostgreSQL database (then left alone while the counts match), the column check
    finds every time column naive, and batch (both contexts), separate and DuckDB's
    batch agree on the members."""
    from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database

    postgres_test_url()  # skips without PostgreSQL (fails under CI=true)
    import bench_postgres
    import psycopg
    from psycopg import sql

    name = "segdsl_bench_test" + DB_SUFFIX
    url = with_database(server_url(), name)
    said: list[str] = []
    try:
        with duckdb.connect(str(tiny_database), read_only=True) as duck:
            counts = bench_postgres.prepare(url, duck, True, said.append)
            assert counts["shop.customers"] == 500 and said
            said.clear()
            assert bench_postgres.prepare(url, duck, False, said.append) == counts
            assert not said  # same counts: not loaded again
        checked = bench_batch.load_project()
        context = bench_postgres.column_context(url, checked)
        assert {(t, c, z.value) for t, c, z in context.columns} == {
            ("shop.customers", "signup_at", "naive"), ("shop.orders", "ordered_at", "naive"),
            ("shop.returns", "returned_at", "naive"), ("shop.events", "occurred_at", "naive")}
        queries = bench_postgres.build_queries(checked, context)
        assert queries.batch != queries.batch_unknown
        with psycopg.connect(url) as con:
            assert bench_postgres.compare_members(con, queries, separate=True) == []
            on_postgres = con.execute(queries.wrap(queries.batch)).fetchone()
        with duckdb.connect(str(tiny_database), read_only=True) as duck:
            on_duckdb = duck.execute(queries.wrap(queries.duckdb_batch, postgres=False)
                                     ).fetchone()
        assert on_postgres == on_duckdb
    finally:
        with psycopg.connect(server_url(), autocommit=True) as server:
            server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))


def test_regularity_segments_alone_agree_with_their_hand_written_query(
        tiny_database: Path) -> None:
    only = ["weekly_buyers", "stopped_openers"]
    queries = bench_batch.build_queries(bench_batch.load_project(), only,
                                        BENCH / "reference_regularity.sql")
    assert queries.segments == tuple(only)
    con = bench_batch.connect(tiny_database, threads=2)
    try:
        assert bench_batch.compare_members(con, queries) == []
        counts = bench_batch.member_counts(con, queries)
    finally:
        con.close()
    assert counts[0] == 500 and all(n > 0 for n in counts[1:]), counts


def test_anchored_segment_agrees_with_its_hand_written_twin(tiny_database: Path) -> None:
    batch = bench_anchored.compiled(bench_batch.load_project())
    con = bench_batch.connect(tiny_database, threads=2)
    try:
        assert bench_anchored.differences(con, batch) == []
        row = con.execute(bench_anchored.timed(batch)["compiled"][0]).fetchone()
    finally:
        con.close()
    assert row is not None and row[0] == 500 and row[1] > 0


def test_second_edition_forms_agree_with_their_hand_written_twins(
        tiny_database: Path, tmp_path: Path) -> None:
    """bench/bench_edition2.py: lists, ignoring case (three tiers of the folding),
    percentages, static lists and restarted give the members of their hand-written
    queries, `25%` compiles to the SQL of `0.25`, and the section of bench_batch.py
    prints one row per form."""
    checked = bench_batch.load_project()
    con = bench_batch.connect(tiny_database, threads=2)
    try:
        prepared = bench_edition2.prepare(con, tmp_path)
        assert bench_edition2.percentages_are_free(checked, prepared)
        assert len(prepared.lists["visitors_and_more"].keys or ()) == 250 + 90_000
        for case in bench_edition2.CASES:
            batch = bench_edition2.compiled(checked, prepared, case)
            reference = bench_edition2.hand_written(prepared, case)
            assert bench_edition2.differences(con, case, batch, reference) == [], case.form
            row = con.execute(bench_edition2.timed(case, batch, reference)["compiled"][0]
                              ).fetchone()
            assert row is not None and row[0] == 500, case.form
            assert all(n > 0 for n in row[1:]), (case.form, row)
        # a hand-written twin that drops the `gap` condition of restarted differs
        case = bench_edition2.RESTARTED
        broken = bench_edition2.hand_written(prepared, case).replace("AND o.gap = 0", "")
        batch = bench_edition2.compiled(checked, prepared, case)
        assert bench_edition2.differences(con, case, batch, broken)
        lines: list[str] = []
        cases = (bench_edition2.LISTS, bench_edition2.LIST_10K)
        assert bench_edition2.report(checked, con, 1, cases, out=lines.append) == []
        assert [line.split(" | ")[0] for line in lines[2:]] == ["| lists",
                                                                "| static list, visitors"]
    finally:
        con.close()


def test_batch_bench_on_clickhouse_checks_counts_against_duckdb(
        tiny_database: Path) -> None:
    """``bench_batch.py --engine clickhouse``: the data loaded into chdb, the batch
    and separate member counts equal to DuckDB's batch (exit 0, all five timed
    statements reported), and a count that differs reported (exit 1)."""
    from engine_targets import missing_package, unavailable

    reason = missing_package("chdb", "pip install 'segdsl[clickhouse]'")
    if reason is not None:
        unavailable(reason)
    queries = bench_batch.build_queries(bench_batch.load_project())
    con = bench_batch.connect(tiny_database, threads=2)
    try:
        counts = bench_batch.member_counts(con, queries)
    finally:
        con.close()
    checked = bench_batch.load_project()
    lines: list[str] = []

    def measure(expected: tuple[int, ...]) -> int:
        return engine_batch.measure(
            "clickhouse", tiny_database, checked, gen_data.AS_OF, queries.segments,
            queries.floor, expected, 1, "tiny", bench_batch.time_rounds,
            say=lambda line: None, out=lines.append)

    assert measure(counts) == 0
    text = "\n".join(lines)
    assert "member counts equal DuckDB's batch on all 14 segments" in text
    for label in ("| batch (", "| 14 segments separately", "| scan floor",
                  "| batch, `EXPLAIN` only", "| 14 separately, `EXPLAIN` only"):
        assert label in text, label
    lines.clear()
    wrong = (counts[0], counts[1] + 1, *counts[2:])
    assert measure(wrong) == 1
    assert f"{queries.segments[0]}: separate query on clickhouse has {counts[1]} members" \
        in "\n".join(lines)
