"""`segdsl changes` on PostgreSQL (a New York session zone, ``timestamptz`` data):
the demo data copied from DuckDB, history tables written with SQL in the layout
of docs/changes.md; the same rows as DuckDB's from snapshots and from evaluation,
the fallback messages, and a hand-changed history table refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from changes_data import (
    DEMO_AS_OF,
    HISTORY,
    T1,
    T2,
    changes,
    definitions,
    expected_changes,
    iso,
    membership,
    ok_rows,
    snapshot_statement,
)
from engine_targets import DB_SUFFIX

from segdsl.demo import generate_shop_database

DATABASE = "segdsl_test_changes" + DB_SUFFIX


def _execute(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url) as connection:
        for statement in statements:
            connection.execute(statement.encode())


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """(the demo DuckDB file, the same data in PostgreSQL with snapshots at T1 and T2
    in public.segdsl_membership_history)."""
    from psycopg import sql
    from test_postgres import _admin, _copy_demo, _recreate

    duckdb_file = tmp_path_factory.mktemp("changes_pg") / "demo.duckdb"
    generate_shop_database(duckdb_file, customers=300, seed=7, as_of=DEMO_AS_OF)
    url = _recreate(DATABASE)  # skips without a server (fails under CI=true)
    _copy_demo(duckdb_file, url)
    _execute(url, snapshot_statement("postgres", T1, create=True),
             snapshot_statement("postgres", T2, create=False))
    yield duckdb_file, url
    _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE)))


@pytest.fixture(scope="module")
def expected(shop: tuple[Path, str]) -> list[tuple[str, ...]]:
    duckdb_file, _ = shop
    return expected_changes(membership(str(duckdb_file), T1), membership(str(duckdb_file), T2),
                            definitions())


def test_snapshots_and_evaluation_give_duckdbs_rows(shop: tuple[Path, str],
                                                     expected: list[tuple[str, ...]]) -> None:
    _, url = shop
    rows, stderr = ok_rows("--db", url, "--all", "--from", iso(T1), "--to", iso(T2))
    assert rows == expected
    assert stderr.splitlines()[0] == (f"changes {iso(T1)} to {iso(T2)}: from the snapshots of "
                                      f"{iso(T1)} and {iso(T2)} in {HISTORY}")
    replayed, stderr = ok_rows("--db", url, "--all", "--from", iso(T1), "--to", iso(T2),
                               "--schema", "nowhere")
    assert replayed == expected
    assert stderr.splitlines()[0].endswith(
        "because there is no history table nowhere.segdsl_membership_history")
    # The history table named with its schema: the same snapshots.
    rows, stderr = ok_rows("--db", url, "--all", "--from", iso(T1), "--to", iso(T2),
                           "--schema", "public")
    assert rows == expected and "in public.segdsl_membership_history" in stderr


def test_snapshot_choice_and_previous_on_postgres(shop: tuple[Path, str],
                                                  expected: list[tuple[str, ...]]) -> None:
    _, url = shop
    rows, stderr = ok_rows("--db", url, "--all", "--from", "previous")
    assert rows == expected and f"from the snapshots of {iso(T1)} and {iso(T2)}" in stderr
    # One second before T1 (in a New York session): no snapshot yet, evaluation.
    early = T1 - dt.timedelta(seconds=1)
    rows, stderr = ok_rows("--db", url, "persona", "--from", iso(early), "--to", iso(T2))
    assert f"has no snapshot at or before --from {iso(early)} (the earliest is {iso(T1)})" \
        in stderr.splitlines()[0]
    assert rows == expected_changes(membership(url, early), membership(url, T2),
                                    [("persona", "segmentation")])


def test_a_hand_changed_history_table_is_refused_on_postgres(shop: tuple[Path, str]) -> None:
    _, url = shop
    _execute(url, "CREATE SCHEMA edited",
             f"CREATE TABLE edited.{HISTORY} AS SELECT * FROM public.{HISTORY}",
             f"ALTER TABLE edited.{HISTORY} ALTER COLUMN vip TYPE text")
    result = changes("--db", url, "--all", "--from", iso(T1), "--schema", "edited")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: the history table edited.{HISTORY} does not have the layout `materialize "
        "--snapshot` writes: column vip (segment) is of type text, not boolean")
    assert result.stdout == ""
