"""The history table ``materialize --snapshot`` keeps in a DuckDB file
(docs/materialize.md): created without a declared primary key (DuckDB's index
made a snapshot cost twice as much; docs/performance.md), yet exactly one row
per ``(segdsl_as_of, key)`` however often an as-of is written again, no NULL key
or as-of, and a history created with the key by an earlier version keeps being
written to, key and all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from cli_project import run
from materialize_project import (
    AS_OF,
    AS_OF_TEXT,
    CUSTOMERS,
    LATER,
    LATER_TEXT,
    add_segment,
    shop_copy,
)

from segdsl.compile.api import render_sql
from segdsl.materialize.layout import AS_OF_COLUMN, Column
from segdsl.materialize.statements import create_table, qualified

HISTORY = "main.segdsl_membership_history"
MEMBERSHIP = "main.segdsl_membership"
KEY = "customer_id"


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    return shop_copy(tmp_path)


def _query(project: Path, sql: str) -> list[tuple[Any, ...]]:
    # Attached under another name: shop.duckdb's catalog would clash with the schema shop.
    con = duckdb.connect(":memory:")
    try:
        con.execute("ATTACH ? AS demo", [str(project / "data" / "shop.duckdb")])
        con.execute("USE demo")
        con.execute("SET TimeZone = 'UTC'")
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _snapshot(project: Path, as_of: str) -> None:
    result = run(["materialize", "--project", str(project), "--as-of", as_of, "--snapshot"])
    assert result.exit_code == 0, result.output


def _constraints(project: Path) -> list[tuple[Any, ...]]:
    return _query(project, "SELECT constraint_type, constraint_column_names FROM "
                           "duckdb_constraints() WHERE table_name = "
                           "'segdsl_membership_history' ORDER BY ALL")


def _one_row_per_as_of_and_key(project: Path) -> list[tuple[Any, ...]]:
    """Rows per as-of, each with its count of distinct keys."""
    return _query(project, f"SELECT segdsl_as_of, count(*), count(DISTINCT {KEY}) "
                           f"FROM {HISTORY} GROUP BY ALL ORDER BY 1")


def test_a_repeated_as_of_keeps_one_snapshot_per_as_of_and_key(shop: Path) -> None:
    for as_of in (AS_OF_TEXT, LATER_TEXT, AS_OF_TEXT, AS_OF_TEXT, LATER_TEXT):
        _snapshot(shop, as_of)
    assert _one_row_per_as_of_and_key(shop) == [(AS_OF, CUSTOMERS, CUSTOMERS),
                                                (LATER, CUSTOMERS, CUSTOMERS)]
    # No declared key: only the two columns' NOT NULL.
    assert _constraints(shop) == [("NOT NULL", [KEY]), ("NOT NULL", [AS_OF_COLUMN])]
    # The snapshot written last at an as-of is the membership table of that run.
    assert _query(shop, f"SELECT count(*) FROM ((SELECT * EXCLUDE (segdsl_as_of) FROM "
                        f"{HISTORY} WHERE segdsl_as_of = '{LATER_TEXT}') EXCEPT ALL "
                        f"(SELECT * FROM {MEMBERSHIP}))") == [(0,)]


def test_a_customer_without_a_key_is_refused_and_nothing_written(shop: Path) -> None:
    _snapshot(shop, AS_OF_TEXT)
    con = duckdb.connect(str(shop / "data" / "shop.duckdb"))
    try:
        # shop.shop: the file's catalog is named shop too.
        con.execute("INSERT INTO shop.shop.customers (customer_id) VALUES (NULL)")
    finally:
        con.close()
    result = run(["materialize", "--project", str(shop), "--as-of", LATER_TEXT, "--snapshot"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: DuckDB: ")
    assert "NOT NULL constraint failed" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    # Rolled back: the table and the history as the first run left them.
    assert _query(shop, f"SELECT count(*), count({KEY}) FROM {MEMBERSHIP}") == [
        (CUSTOMERS, CUSTOMERS)]
    assert _one_row_per_as_of_and_key(shop) == [(AS_OF, CUSTOMERS, CUSTOMERS)]


def test_a_history_created_with_its_key_keeps_it_and_is_written_to(shop: Path) -> None:
    """The layout before 2026-12-06: PRIMARY KEY (segdsl_as_of, customer_id)."""
    assert run(["materialize", "--project", str(shop), "--as-of", AS_OF_TEXT]).exit_code == 0
    columns = [Column(row[0], row[1]) for row in _query(shop, f"DESCRIBE {MEMBERSHIP}")]
    keyed = create_table(qualified("main", "segdsl_membership_history"),
                         [Column(AS_OF_COLUMN, "TIMESTAMPTZ"), *columns],
                         primary_key=(AS_OF_COLUMN, KEY))
    con = duckdb.connect(str(shop / "data" / "shop.duckdb"))
    try:
        con.execute(render_sql(keyed, "duckdb"))
    finally:
        con.close()
    _snapshot(shop, AS_OF_TEXT)
    _snapshot(shop, AS_OF_TEXT)
    add_segment(shop)  # a column added to the keyed table
    _snapshot(shop, LATER_TEXT)
    _snapshot(shop, LATER_TEXT)
    assert _one_row_per_as_of_and_key(shop) == [(AS_OF, CUSTOMERS, CUSTOMERS),
                                                (LATER, CUSTOMERS, CUSTOMERS)]
    assert _query(shop, f"SELECT count(materialize_extra) FROM {HISTORY} GROUP BY "
                        "segdsl_as_of ORDER BY segdsl_as_of") == [(0,), (CUSTOMERS,)]
    # Its key is still declared (and enforced).
    assert ("PRIMARY KEY", [AS_OF_COLUMN, KEY]) in _constraints(shop)
