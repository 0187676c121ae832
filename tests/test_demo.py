"""The demo data of examples/shop (segdsl.demo): the tables and columns schema.yml
reads, with the declared types; the same seed gives the same rows; everything lies
before as-of; and every example segment has members and non-members; the rows of
small databases are pinned by their hashes."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import shutil
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml
from click.testing import CliRunner

from segdsl.demo import HISTORY, TABLES, generate_shop_database

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "shop"
# A Wednesday afternoon in the middle of a month: every calendar window the example
# segments use (current week/month/quarter/year, previous ...) has some length.
AS_OF = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
AS_OF_NAIVE = AS_OF.replace(tzinfo=None)
SMALL = 300


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    # Attached under an alias: a file called shop.duckdb would otherwise get the
    # catalog name "shop", which clashes with the schema "shop".
    con = duckdb.connect(":memory:")
    con.execute("ATTACH ? AS demo (READ_ONLY)", [str(path)])
    con.execute("USE demo")
    return con


def _contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = _connect(path)
    try:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in TABLES}
    finally:
        con.close()


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    row = con.execute(sql).fetchone()
    assert row is not None
    return row[0]


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "shop.duckdb"
    generate_shop_database(path, customers=SMALL, as_of=AS_OF)
    return path


# ------------------------------------------------------------------- the tables


def test_tables_columns_and_types(small_db: Path) -> None:
    con = _connect(small_db)
    try:
        rows = con.execute(
            "SELECT table_schema || '.' || table_name, column_name, data_type "
            "FROM information_schema.columns WHERE table_catalog = 'demo' "
            "ORDER BY table_schema, table_name, ordinal_position").fetchall()
    finally:
        con.close()
    found: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        found.setdefault(table, []).append((column, kind))
    assert found == TABLES


def _columns_schema_yml_reads() -> dict[str, set[str]]:
    """Every table and column that examples/shop/schema.yml refers to."""
    schema = yaml.safe_load((EXAMPLE / "schema.yml").read_text(encoding="utf-8"))

    def column(name: str, spec: object) -> str:
        return spec.get("column", name) if isinstance(spec, dict) else name

    reads: dict[str, set[str]] = {}
    entity = reads.setdefault(schema["table"], {schema["key"]})
    entity.update(column(n, s) for n, s in schema["attributes"].items())
    for relation in schema["relations"].values():
        entity.add(relation["via"])
        table = reads.setdefault(relation["table"], {relation["key"]})
        table.update(column(n, s) for n, s in relation["attributes"].items())
    for event in schema["events"].values():
        table = reads.setdefault(event["table"], set())
        table.update({event["key"], event["time"], *event.get("where", {})})
        table.update(column(n, s) for n, s in event.get("properties", {}).items())
    return reads


def test_every_column_schema_yml_reads_is_written() -> None:
    reads = _columns_schema_yml_reads()
    written = {table: {name for name, _ in columns} for table, columns in TABLES.items()}
    assert set(reads) == set(written)
    for table, columns in reads.items():
        assert columns <= written[table], (table, columns - written[table])
    assert "postal_code" in written["shop.customers"]  # zip: {column: postal_code}
    assert "zip" not in written["shop.customers"]


def test_keys_and_references(small_db: Path) -> None:
    con = _connect(small_db)
    try:
        assert _scalar(con, "SELECT count(*) FROM shop.customers") == SMALL
        assert _scalar(con, "SELECT count(DISTINCT customer_id) FROM shop.customers") == SMALL
        assert _scalar(con, "SELECT count(DISTINCT account_id) = count(*) "
                            "FROM shop.accounts")
        for table in ("shop.orders", "shop.returns", "shop.events"):
            orphans = _scalar(con, f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
                                   "(SELECT 1 FROM shop.customers c "
                                   "WHERE c.customer_id = t.customer_id)")
            assert orphans == 0, table
        # B2B customers (and only they) belong to an account that exists.
        assert _scalar(con, """
            SELECT count(*) FROM shop.customers c LEFT JOIN shop.accounts a USING (account_id)
            WHERE (c.customer_type = 'b2b') <> (a.account_id IS NOT NULL)""") == 0
        assert _scalar(con, "SELECT count(*) FROM shop.customers "
                            "WHERE customer_type = 'b2b'") > 0
        # Nobody orders before signing up.
        assert _scalar(con, """
            SELECT count(*) FROM shop.orders o JOIN shop.customers c USING (customer_id)
            WHERE o.ordered_at < c.signup_at""") == 0
    finally:
        con.close()


def test_every_event_lies_in_the_history_before_as_of(small_db: Path) -> None:
    con = _connect(small_db)
    start = AS_OF_NAIVE - HISTORY
    try:
        for table, column in (("shop.orders", "ordered_at"), ("shop.returns", "returned_at"),
                              ("shop.events", "occurred_at")):
            low, high = con.execute(f"SELECT min({column}), max({column}) FROM {table}"
                                    ).fetchall()[0]
            assert high < AS_OF_NAIVE, table
            assert low >= start - dt.timedelta(hours=1), table  # page views before an order
        assert _scalar(con, "SELECT max(signup_at) FROM shop.customers") < AS_OF_NAIVE
        # Contract renewals are dates to come, not events.
        assert _scalar(con, "SELECT min(renewal_date) FROM shop.accounts") > AS_OF_NAIVE.date()
    finally:
        con.close()


def test_values_look_like_the_schema_says(small_db: Path) -> None:
    con = _connect(small_db)
    try:
        enums = {
            ("shop.customers", "loyalty_tier"): {"bronze", "silver", "gold"},
            ("shop.customers", "customer_type"): {"b2c", "b2b"},
            ("shop.customers", "preferred_channel"): {"email", "sms", "app"},
            ("shop.accounts", "industry"): {"education", "fitness_club", "retail",
                                            "corporate", "sports_team"},
            ("shop.accounts", "contract_tier"): {"starter", "standard", "premium",
                                                 "enterprise"},
            ("shop.orders", "category"): {"running", "kids", "outdoor", "fitness", "casual"},
            ("shop.orders", "channel"): {"web", "app", "store"},
            ("shop.events", "event_name"): {"email_open", "email_click", "add_to_cart",
                                            "page_view", "app_session"},
        }
        for (table, column), allowed in enums.items():
            values = {row[0] for row in con.execute(
                f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()}
            assert values <= allowed, (table, column, values - allowed)
        # discounts are negative adjustments; amounts are paid money
        assert _scalar(con, "SELECT max(discount) FROM shop.orders") == 0.0
        assert _scalar(con, "SELECT min(discount) FROM shop.orders") < 0.0
        assert _scalar(con, "SELECT min(amount) FROM shop.orders") > 0.0
        assert _scalar(con, "SELECT min(amount) FROM shop.returns") > 0.0
    finally:
        con.close()


# ------------------------------------------------------------------- determinism


def test_same_seed_same_rows(small_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.duckdb"
    generate_shop_database(again, customers=SMALL, seed=7, as_of=AS_OF)
    assert _contents(again) == _contents(small_db)


def test_another_seed_other_rows(small_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    generate_shop_database(other, customers=SMALL, seed=8, as_of=AS_OF)
    assert _contents(other)["shop.customers"] != _contents(small_db)["shop.customers"]


# The rows (in the order written) of small databases, as (row count, SHA-256 of the
# repr of the rows), pinned from the generator before it was split into modules.
# Docs, fixture expectations and examples/shop's tests depend on these exact rows:
# a change here means the data changed, which must be on purpose.
PINNED: list[tuple[tuple[int, int, dt.datetime], dict[str, tuple[int, str]]]] = [
    # the fixture's database
    ((300, 7, AS_OF), {
        "shop.customers": (300, "59651ca17a46c4ea83307839db6775dace945143d8f073106f6a0d8618c2ef5a"),
        "shop.accounts": (7, "aae9f3be990552883b6b361c19bcf8c1b40ab38109da47f7d657e64adea801ce"),
        "shop.orders": (1019, "46de759b3ed4d82ce44f62ad6b4e866f1390d401f390579c76f7892254bb1ca7"),
        "shop.returns": (65, "b08763922e42f72c6fcf6b9c5c0fa7cd58d1e95a96e6e6b553940acd89465d34"),
        "shop.events": (4002, "0820ed47618ba6fdbccf25f9b97628e5e42c804a4d613a247378679f8e074e15"),
    }),
    # a Monday just after midnight: empty current week
    ((60, 11, dt.datetime(2026, 3, 2, 0, 30, tzinfo=dt.UTC)), {
        "shop.customers": (60, "dccda22e7730b9950cb8ffd460b62cc81524ce14c5bb7532fb266b4d9e5da308"),
        "shop.accounts": (2, "c150e85c189884e4e39de18eef4e56c511c225188806f2159c0f8c889fd2bb65"),
        "shop.orders": (218, "42821147c929f574ff067495e9dbaa6248534d0d4294ac50e69e286925fc9411"),
        "shop.returns": (16, "22ecdfb4910979902f9d5fa2dc80afa4a4a9f773d913a4027b22dec335e1292b"),
        "shop.events": (803, "17de64d8a1e391385f6dd4ce042a1a07b560c03286f2d181f3cb7f6150908102"),
    }),
    # in the back-to-school season, before the spring 2026 campaign
    ((40, 3, dt.datetime(2025, 9, 10, 8, 0, tzinfo=dt.UTC)), {
        "shop.customers": (40, "3de2942915a6fad11638765c08b7b4bebedc92913585ccf82592ffc311d29837"),
        "shop.accounts": (2, "44514486cc16803dbab1955117eeaf762b2b7cde2aa218ec76e6222821ac1b93"),
        "shop.orders": (155, "e132380d9492e6b03b1682baaf2d4620ef11d9e50184a83df1965eec50c6d1c6"),
        "shop.returns": (15, "6625cd9d0f4d6721ac3cd0ce4f73832efb5e81bf866500f28bb78ba0d50f5f85"),
        "shop.events": (632, "c4ec98c21c36c14c26b4ffd46adbf316f57bb55483fddac08d70fb40eb9819c4"),
    }),
]


def _digests(path: Path) -> dict[str, tuple[int, str]]:
    con = _connect(path)
    try:
        digests = {}
        for table in TABLES:
            rows = con.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            digests[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return digests
    finally:
        con.close()


@pytest.mark.parametrize(("arguments", "expected"), PINNED,
                         ids=[f"{n}-customers-seed-{s}" for (n, s, _), _ in PINNED])
def test_the_rows_are_pinned(tmp_path: Path, arguments: tuple[int, int, dt.datetime],
                             expected: dict[str, tuple[int, str]]) -> None:
    customers, seed, as_of = arguments
    path = tmp_path / "shop.duckdb"
    generate_shop_database(path, customers=customers, seed=seed, as_of=as_of)
    assert _digests(path) == expected


def test_as_of_is_an_instant(tmp_path: Path) -> None:
    """A naive as-of is UTC; an aware one is converted; microseconds do not matter."""
    paths = [tmp_path / f"{name}.duckdb" for name in ("utc", "naive", "berlin")]
    generate_shop_database(paths[0], customers=60, as_of=AS_OF)
    generate_shop_database(paths[1], customers=60,
                           as_of=AS_OF_NAIVE.replace(microsecond=123))
    generate_shop_database(paths[2], customers=60,
                           as_of=AS_OF.astimezone(dt.timezone(dt.timedelta(hours=1))))
    first = _contents(paths[0])
    assert _contents(paths[1]) == first
    assert _contents(paths[2]) == first


# ------------------------------------------------------------------- the file


def test_replaces_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "data" / "shop.duckdb"
    target.parent.mkdir()
    target.write_bytes(b"not a database")
    generate_shop_database(target, customers=25, as_of=AS_OF)
    assert [p.name for p in target.parent.iterdir()] == ["shop.duckdb"]
    assert len(_contents(target)["shop.customers"]) == 25


def test_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "demo.duckdb"
    generate_shop_database(target, customers=10, as_of=AS_OF)
    assert target.is_file()


@pytest.mark.parametrize("size", [1, 2, 7, 40])
def test_tiny_sizes(tmp_path: Path, size: int) -> None:
    target = tmp_path / "tiny.duckdb"
    generate_shop_database(target, customers=size, as_of=AS_OF)
    assert len(_contents(target)["shop.customers"]) == size


def test_rejects_no_customers(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate_shop_database(tmp_path / "x.duckdb", customers=0, as_of=AS_OF)


def test_a_small_database_is_quick(tmp_path: Path) -> None:
    started = time.perf_counter()
    generate_shop_database(tmp_path / "quick.duckdb", customers=SMALL, as_of=AS_OF)
    # typically well under a second; the bound only catches something gone quadratic
    assert time.perf_counter() - started < 15


# ------------------------------------------------------------------- the segments


def _example_names() -> tuple[list[str], list[str]]:
    """The segment names and the persona labels of examples/shop/segments."""
    segments: list[str] = []
    for path in sorted((EXAMPLE / "segments").glob("*.seg")):
        segments += re.findall(r"^segment\s+(\w+)", path.read_text(encoding="utf-8"), re.M)
    personas = (EXAMPLE / "segments" / "personas.seg").read_text(encoding="utf-8")
    block = personas.split("segmentation persona", 1)[1].split("\nsegment ", 1)[0]
    labels = re.findall(r"^\s+(\w+):", block, re.M)
    return segments, labels


def test_every_example_segment_has_members_and_non_members(tmp_path: Path) -> None:
    """The point of the demo data: `segdsl run --all` shows every example segment
    non-empty and none equal to everybody, and every persona label in use."""
    from segdsl.cli.main import main

    project = tmp_path / "shop"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("data"))
    generate_shop_database(project / "data" / "shop.duckdb", customers=1000, as_of=AS_OF)
    result = CliRunner().invoke(main, [
        "run", "--project", str(project), "--all", "--format", "csv",
        "--as-of", AS_OF.strftime("%Y-%m-%dT%H:%M:%SZ"),
    ])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1000
    segments, labels = _example_names()
    assert len(segments) >= 19 and "casual" in labels
    for name in segments:
        members = sum(row[name] == "true" for row in rows)
        assert 0 < members < len(rows), (name, members)
    assert {row["persona"] for row in rows} == set(labels)
