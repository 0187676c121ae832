"""The nightly job of docs/changes.md, end to end through the CLI, on DuckDB and
PostgreSQL with the README's example (examples/shop and its demo data):
``materialize --snapshot`` on night 1, the data changes (an attribute that moves
customers in and out of a segment, new events, a segment added to the project),
``materialize --snapshot`` on night 2, then ``changes`` must give exactly the
changes between the two membership tables materialize wrote."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from changes_data import ENTITIES_SCHEMA, ENTITIES_SEGMENTATION, ENTITIES_SEGMENTS
from cli_project import run
from materialize_project import (
    AS_OF_TEXT,
    LATER_TEXT,
    add_segment,
    checked,
    scratch_postgres,
    shop_copy,
)

T1, T2 = AS_OF_TEXT, LATER_TEXT          # 2026-11-18T15:30:00Z, 2026-11-19T00:00:00Z
BETWEEN = "2026-11-18T20:00:00Z"         # no snapshot: stands for T1's
NEW_ORDERS_AT = "2026-11-18 20:00:00"
EXTRA = "materialize_extra"              # materialize_project.EXTRA_SEGMENT
HEADER = ["definition", "kind", "key", "change", "from_label", "to_label"]

Rows = list[tuple[Any, ...]]


@dataclass
class Target:
    """One database: its --db, the --schema given to both commands (None: the
    default of both), how to run SQL on it and how a schema's table is named."""

    db: str
    schema: str | None
    query: Callable[[str], tuple[list[str], Rows]]
    execute: Callable[[str], None]
    sources: str = "shop"   # the demo's schema (DuckDB: catalog shop too)

    def table(self, name: str) -> str:
        return f'"{self.schema}"."{name}"' if self.schema else name

    def schema_args(self) -> list[str]:
        return ["--schema", self.schema] if self.schema else []


def _duckdb_target(path: Path) -> Target:
    def query(sql: str) -> tuple[list[str], Rows]:
        connection = duckdb.connect(str(path))
        try:
            cursor = connection.execute(sql)
            names = [column[0] for column in cursor.description or []]
            return names, [tuple(row) for row in cursor.fetchall()]
        finally:
            connection.close()

    def execute(sql: str) -> None:
        connection = duckdb.connect(str(path))
        try:
            connection.execute(sql)
        finally:
            connection.close()

    return Target(str(path), None, query, execute, "shop.shop")


def _postgres_target(url: str, schema: str | None) -> Target:
    import psycopg

    def query(sql: str) -> tuple[list[str], Rows]:
        with psycopg.connect(url, autocommit=True) as connection:
            cursor = connection.execute(sql)
            names = [column.name for column in cursor.description or []]
            return names, [tuple(row) for row in cursor.fetchall()]

    def execute(sql: str) -> None:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(sql)

    return Target(url, schema, query, execute)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return shop_copy(tmp_path)


@pytest.fixture(scope="module")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database of this module's own with the demo's rows; dropped at the end."""
    rows_from = shop_copy(tmp_path_factory.mktemp("pg"), duckdb_data=False)
    with scratch_postgres("segdsl_test_nightly", demo_rows_for=rows_from) as url:
        yield url


def _membership(target: Target) -> dict[str, dict[str, Any]]:
    """The membership table materialize wrote, by key and column name."""
    names, rows = target.query(f"SELECT * FROM {target.table('segdsl_membership')}")
    return {str(row[0]): dict(zip(names, row, strict=True)) for row in rows}


def _expected(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]],
              definitions: Sequence[tuple[str, str]]) -> list[list[str]]:
    """The change rows worked out in Python from two membership tables (a
    definition missing from ``before`` counts as no member, no label)."""
    out: list[list[str]] = []
    for name, kind in definitions:
        for key in sorted(before.keys() | after.keys()):
            old = before.get(key, {}).get(name)
            new = after.get(key, {}).get(name)
            if kind == "segment":
                if bool(old) != bool(new):
                    out.append([name, kind, key, "entered" if new else "left", "", ""])
            elif old != new:
                out.append([name, kind, key, "relabeled", old or "", new or ""])
    return out


def _definitions(project: Path) -> list[tuple[str, str]]:
    from segdsl.compile.pipeline import default_names

    project_checked = checked(project)
    return [(name, "segment" if name in project_checked.segments else "segmentation")
            for name in default_names(project_checked)
            if name not in project_checked.metrics]


def _changes(project: Path, target: Target, *args: str) -> tuple[list[list[str]], str]:
    result = run(["changes", "--project", str(project), "--db", target.db,
                  *target.schema_args(), *args])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == HEADER
    return rows[1:], result.stderr


def _materialize(project: Path, target: Target, as_of: str) -> None:
    result = run(["materialize", "--project", str(project), "--db", target.db,
                  *target.schema_args(), "--snapshot", "--as-of", as_of])
    assert result.exit_code == 0, result.output


def _run_all(project: Path, target: Target, as_of: str,
             definitions: Sequence[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """`run --all --as-of` (what a user sees without materialize), parsed back:
    the independent check that the membership tables compared are the right ones."""
    result = run(["run", "--project", str(project), "--db", target.db, "--all",
                  "--as-of", as_of, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows: dict[str, dict[str, Any]] = {}
    for row in csv.DictReader(io.StringIO(result.stdout)):
        rows[row["customer_id"]] = {
            name: (row[name] == "true" if kind == "segment" else row[name] or None)
            for name, kind in definitions}
    return rows


def _only(table: dict[str, dict[str, Any]], definitions: Sequence[tuple[str, str]]
          ) -> dict[str, dict[str, Any]]:
    return {key: {name: row[name] for name, _ in definitions} for key, row in table.items()}


def _nightly(project: Path, target: Target, tmp_path: Path) -> None:
    """The scenario, the same on every database."""
    # Night 1.
    _materialize(project, target, T1)
    night1 = _membership(target)
    before = _definitions(project)
    assert _only(night1, before) == _run_all(project, target, T1, before)
    # During the day: two DACH young adults move to France, two others become
    # DACH young adults (attributes: replay cannot see it), three customers
    # order (events), and a segment is added to the project.
    moved_out = sorted(key for key, row in night1.items() if row["dach_young_adults"])[:2]
    moved_in = sorted(key for key, row in night1.items() if not row["dach_young_adults"])[:2]
    assert len(moved_out) == 2 and len(moved_in) == 2
    customers = f"{target.sources}.customers"
    quoted = ", ".join(f"'{key}'" for key in moved_out)
    target.execute(f"UPDATE {customers} SET country = 'FR' WHERE customer_id IN ({quoted})")
    quoted = ", ".join(f"'{key}'" for key in moved_in)
    target.execute(f"UPDATE {customers} SET country = 'DE', age = 30, birthday = NULL "
                   f"WHERE customer_id IN ({quoted})")
    buyers = sorted(key for key, row in night1.items() if not row["active_customers"])[:3]
    target.execute(f"INSERT INTO {target.sources}.orders (customer_id, ordered_at, amount, "
                   "category, channel, discount, items) VALUES " + ", ".join(
                       f"('{key}', '{NEW_ORDERS_AT}', 500, 'running', 'web', 0, 2)"
                       for key in buyers))
    add_segment(project)
    # Night 2.
    _materialize(project, target, T2)
    night2 = _membership(target)
    after = _definitions(project)
    assert _only(night2, after) == _run_all(project, target, T2, after)
    _, history = target.query(f"SELECT DISTINCT segdsl_as_of FROM "
                              f"{target.table('segdsl_membership_history')}")
    assert len(history) == 2

    history_name = ("" if target.schema is None else target.schema + ".") + \
        "segdsl_membership_history"
    expected = _expected(night1, night2, after)
    dach = {(row[2], row[3]) for row in expected if row[0] == "dach_young_adults"}
    assert dach == {*((key, "left") for key in moved_out), *((key, "entered") for key in moved_in)}
    assert any(row[0] == "active_customers" and row[2] in buyers for row in expected)
    extra = [row for row in expected if row[0] == EXTRA]
    assert extra and all(row[3] == "entered" for row in extra)
    assert len(extra) == sum(1 for row in night2.values() if row[EXTRA])

    source = f"from the snapshots of {T1} and {T2} in {history_name}"
    note = (f"note: segment {EXTRA} has no values in the snapshot of {T1} (defined later): "
            "all its members count as entered")
    for start in (T1, "previous", BETWEEN):
        rows, stderr = _changes(project, target, "--all", "--from", start, "--to", T2)
        assert rows == expected, start
        assert source in stderr.splitlines()[0], stderr
        assert note in stderr
    # The --from previous form of the recipe (no --to: now, the latest snapshot).
    rows, _ = _changes(project, target, "--all", "--from", "previous")
    assert rows == expected

    # JSON and --out.
    out = tmp_path / "changes.json"
    result = run(["changes", "--project", str(project), "--db", target.db,
                  *target.schema_args(), "--all", "--from", T1, "--to", T2,
                  "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["source"] == "snapshots"
    assert document["snapshots"] == {"from": T1, "to": T2}
    assert document["notes"] == [note.removeprefix("note: ")]
    summary = {item["definition"]: item for item in document["summary"]}
    assert summary["dach_young_adults"] == {"definition": "dach_young_adults",
                                            "kind": "segment", "entered": 2, "left": 2}
    assert summary[EXTRA]["entered"] == len(extra) and summary[EXTRA]["left"] == 0
    assert re.search(r"^  dach_young_adults +2 entered, 2 left$", result.stderr, re.MULTILINE)
    assert [[change["definition"], change["kind"], change["key"], change["change"],
             change["from_label"] or "", change["to_label"] or ""]
            for change in document["changes"]] == expected
    csv_out = tmp_path / "changes.csv"
    result = run(["changes", "--project", str(project), "--db", target.db,
                  *target.schema_args(), "--all", "--from", "previous", "--out", str(csv_out)])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(csv_out.read_text(encoding="utf-8")))) == [
        HEADER, *expected]

    # Evaluation (no history table in that schema) replays events but reads the
    # attributes as they are now: it misses the move of the four customers.
    target.execute("CREATE SCHEMA nohistory")
    evaluated = run(["changes", "--project", str(project), "--db", target.db,
                     "--schema", "nohistory", "dach_young_adults", "--from", T1, "--to", T2])
    assert evaluated.exit_code == 0, evaluated.output
    assert "evaluated at both instants" in evaluated.stderr
    assert list(csv.reader(io.StringIO(evaluated.stdout))) == [HEADER]


def test_nightly_duckdb(project: Path, tmp_path: Path) -> None:
    _nightly(project, _duckdb_target(project / "data" / "shop.duckdb"), tmp_path)


@pytest.mark.parametrize("schema", [None, "marts"])
def test_nightly_postgres(postgres_url: str, tmp_path: Path, schema: str | None) -> None:
    # A database per case, copied from the module's (its data is changed).
    with scratch_postgres(f"segdsl_test_nightly_{schema or 'default'}",
                          template=postgres_url) as url:
        target = _postgres_target(url, schema)
        if schema is not None:
            target.execute(f'CREATE SCHEMA "{schema}"')
        project = shop_copy(tmp_path, duckdb_data=False)
        _nightly(project, target, tmp_path)


# ------------------------------------------- several entities, integer keys, NULLs

def test_nightly_another_entity_integer_keys_and_nulls(tmp_path: Path) -> None:
    """Every entity is materialized; `changes --entity account` (and a segment of
    that entity) reads the account's own history table; integer keys sort by
    value; a NULL attribute is no member / no label on both sides."""
    from cli_project import write_project

    project = write_project(tmp_path / "p", ENTITIES_SEGMENTS + ENTITIES_SEGMENTATION,
                            schema=ENTITIES_SCHEMA)
    database = tmp_path / "two.duckdb"
    target = _duckdb_target(database)
    for statement in (
        "CREATE TABLE customers (customer_id VARCHAR, country VARCHAR)",
        "INSERT INTO customers VALUES ('c1', 'DE'), ('c2', NULL)",
        "CREATE TABLE accounts (account_id BIGINT, tier VARCHAR)",
        "INSERT INTO accounts VALUES (2, 'enterprise'), (10, NULL), (9, 'smb')",
    ):
        target.execute(statement)
    _materialize(project, target, T1)
    for statement in (
        "UPDATE accounts SET tier = 'enterprise' WHERE account_id IN (9, 10)",
        "UPDATE accounts SET tier = NULL WHERE account_id = 2",
        "INSERT INTO accounts VALUES (100, 'smb')",
        "UPDATE customers SET country = 'DE' WHERE customer_id = 'c2'",
    ):
        target.execute(statement)
    _materialize(project, target, T2)
    names, rows = target.query("SELECT * FROM segdsl_membership_account_history "
                               "ORDER BY segdsl_as_of, account_id")
    assert names == ["segdsl_as_of", "account_id", "big", "size"]
    assert [row[1:] for row in rows] == [
        (2, True, "large"), (9, False, "small"), (10, False, None),
        (2, False, None), (9, True, "large"), (10, True, "large"), (100, False, "small")]
    account = [["big", "segment", "2", "left", "", ""],
               ["big", "segment", "9", "entered", "", ""],
               ["big", "segment", "10", "entered", "", ""],
               ["size", "segmentation", "2", "relabeled", "large", ""],
               ["size", "segmentation", "9", "relabeled", "small", "large"],
               ["size", "segmentation", "10", "relabeled", "", "large"],
               ["size", "segmentation", "100", "relabeled", "", "small"]]
    rows_found, stderr = _changes(project, target, "--all", "--entity", "account",
                                  "--from", "previous")
    assert rows_found == account
    assert "in segdsl_membership_account_history" in stderr
    rows_found, _ = _changes(project, target, "big", "--from", T1, "--to", T2)
    assert rows_found == account[:3]
    rows_found, stderr = _changes(project, target, "--all", "--from", T1, "--to", T2)
    assert rows_found == [["germans", "segment", "c2", "entered", "", ""]]
    assert "from the snapshots of" in stderr


def test_snapshot_at_now_then_changes_from_previous(tmp_path: Path) -> None:
    """Bug: materialize without --as-of stamped the snapshot with microseconds
    while `changes` reads now in whole seconds, so `changes --from previous` run
    in the same second as the snapshot compared the previous one with itself
    and reported no changes. Now the snapshot is stamped in whole seconds."""
    from cli_project import write_project

    project = write_project(tmp_path / "p", ENTITIES_SEGMENTS + ENTITIES_SEGMENTATION,
                            schema=ENTITIES_SCHEMA)
    target = _duckdb_target(tmp_path / "now.duckdb")
    for statement in (
        "CREATE TABLE customers (customer_id VARCHAR, country VARCHAR)",
        "INSERT INTO customers VALUES ('c1', 'DE')",
        "CREATE TABLE accounts (account_id BIGINT, tier VARCHAR)",
    ):
        target.execute(statement)
    _materialize(project, target, "2026-12-01T00:00:00Z")
    target.execute("INSERT INTO customers VALUES ('c2', 'DE')")
    result = run(["materialize", "--project", str(project), "--db", target.db, "--snapshot"])
    assert result.exit_code == 0, result.output
    _, stamps = target.query("SELECT DISTINCT segdsl_as_of FROM segdsl_membership_history")
    assert all(stamp.microsecond == 0 for (stamp,) in stamps)
    assert f"as of {_iso(max(stamp for (stamp,) in stamps))}" in result.stderr
    rows, stderr = _changes(project, target, "--all", "--from", "previous")
    assert rows == [["germans", "segment", "c2", "entered", "", ""]], stderr


def _iso(instant: Any) -> str:
    from segdsl.timeparse import format_instant

    return format_instant(instant)


# snowflake:// and bigquery:// are written since (tests/test_materialize_snowflake.py,
# tests/test_materialize_bigquery.py).
@pytest.mark.parametrize(("url", "name"), [("spark:///srv/wh", "Spark"),
                                         ("chdb:///srv/ch", "ClickHouse (chdb)")])
def test_materialize_refuses_a_read_only_url_in_the_project_file(tmp_path: Path, url: str,
                                                                  name: str) -> None:
    """Bug (merge of MySQL reading): a URL only the reading commands take was
    taken by materialize for a DuckDB file path (mysql:// is written since)."""
    from cli_project import write_project

    project = write_project(tmp_path / "p", ENTITIES_SEGMENTS + ENTITIES_SEGMENTATION,
                            f"name: p\ndatabase: {url}\n", schema=ENTITIES_SCHEMA)
    result = run(["materialize", "--project", str(project), "--snapshot"])
    assert result.exit_code == 2
    scheme = url.split(":")[0]
    assert result.stderr == (
        f"error: {project / 'segdsl.yml'}:2:11: 'database' {url} is a {scheme}:// URL, "
        f"which `segdsl materialize` cannot use (segdsl never writes to {name}); "
        "give a DuckDB database file path or a postgresql://, bigquery://, snowflake:// or "
        "mysql:// URL\n")


def test_postgres_zone_and_mixed_case_schema(tmp_path: Path) -> None:
    """Both commands agree whatever the session's time zone (America/New_York
    here) and the project's (Europe/Berlin: a date is Berlin's midnight), and
    read `--schema Marts` as the same case-sensitive schema."""
    import psycopg
    from cli_project import write_project
    from psycopg import sql

    with scratch_postgres("segdsl_test_nightly_zone") as url:
        with psycopg.connect(url, autocommit=True) as connection:
            name = connection.execute("SELECT current_database()").fetchone()
            assert name is not None
            connection.execute(sql.SQL("ALTER DATABASE {} SET timezone TO 'America/New_York'")
                               .format(sql.Identifier(name[0])))
        target = _postgres_target(url, "Marts")
        for statement in ("CREATE TABLE customers (customer_id text, country text)",
                          "INSERT INTO customers VALUES ('c1', 'DE')",
                          "CREATE TABLE accounts (account_id bigint, tier text)",
                          'CREATE SCHEMA "Marts"'):
            target.execute(statement)
        project = write_project(tmp_path / "p", ENTITIES_SEGMENTS + ENTITIES_SEGMENTATION,
                                "name: p\ntimezone: Europe/Berlin\n", schema=ENTITIES_SCHEMA)
        _materialize(project, target, "2026-12-01")
        target.execute("INSERT INTO customers VALUES ('c2', 'DE')")
        _materialize(project, target, "2026-12-02")
        _, stamps = target.query('SELECT DISTINCT segdsl_as_of AT TIME ZONE \'UTC\' FROM '
                                 '"Marts".segdsl_membership_history ORDER BY 1')
        assert [stamp.isoformat() for (stamp,) in stamps] == ["2026-11-30T23:00:00",
                                                               "2026-12-01T23:00:00"]
        expected = [["germans", "segment", "c2", "entered", "", ""]]
        for args in (["--from", "previous"], ["--from", "2026-12-01", "--to", "2026-12-02"],
                     ["--from", "2026-12-01T12:00:00+01:00", "--to", "2026-12-02"]):
            rows, stderr = _changes(project, target, "--all", *args)
            assert rows == expected, args
            assert ("from the snapshots of 2026-11-30T23:00:00Z and 2026-12-01T23:00:00Z in "
                    "Marts.segdsl_membership_history") in stderr
