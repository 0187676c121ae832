"""`segdsl changes` on small projects of their own (DuckDB): a second entity's
history table, integer keys, and the benchmark's data at a tiny size."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from changes_data import ENTITIES_SCHEMA, ENTITIES_SEGMENTS, T1, T2, iso

# ------------------------------------------------------------------ several entities

def test_another_entity_reads_its_own_history_table(tmp_path: Path) -> None:
    """`--entity account` (and a SEGMENT of that entity) reads
    segdsl_membership_account_history; the default entity reads the plain name."""
    from cli_project import run, write_project

    write_project(tmp_path, ENTITIES_SEGMENTS, schema=ENTITIES_SCHEMA)
    database = str(tmp_path / "two.duckdb")
    connection = duckdb.connect(database)
    for statement in (
        "CREATE TABLE customers (customer_id VARCHAR, country VARCHAR)",
        "INSERT INTO customers VALUES ('c1', 'DE'), ('c2', 'FR')",
        "CREATE TABLE accounts (account_id VARCHAR, tier VARCHAR)",
        "INSERT INTO accounts VALUES ('a1', 'enterprise'), ('a2', 'smb')",
        "CREATE TABLE segdsl_membership_account_history (segdsl_as_of TIMESTAMPTZ, "
        "account_id VARCHAR, big BOOLEAN)",
        f"INSERT INTO segdsl_membership_account_history VALUES ('{T1.isoformat()}', 'a1', "
        f"FALSE), ('{T1.isoformat()}', 'a2', TRUE), ('{T2.isoformat()}', 'a1', TRUE), "
        f"('{T2.isoformat()}', 'a2', TRUE), ('{T2.isoformat()}', 'a3', TRUE)",
    ):
        connection.execute(statement)
    connection.close()
    common = ["changes", "--project", str(tmp_path), "--db", database, "--from", iso(T1),
              "--to", iso(T2)]
    for target in (["--all", "--entity", "account"], ["big"]):
        result = run([*common, *target])
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[1:] == ["big,segment,a1,entered,,",
                                                  "big,segment,a3,entered,,"]
        assert "in segdsl_membership_account_history" in result.stderr
    result = run([*common, "--all"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["definition,kind,key,change,from_label,to_label"]
    assert "because there is no history table segdsl_membership_history" in result.stderr


# ------------------------------------------------------------------ integer keys

TINY_SEGMENTS = """\
segment buyers
  where has purchase in last 30 days

segmentation size
  big: sum(purchase.amount in last 30 days) >= 100
  small: otherwise
"""


def test_integer_keys_sort_by_value_and_stay_numbers(tmp_path: Path) -> None:
    """Keys 2, 10 and 100: numeric order (not '10' < '100' < '2'), numbers in JSON;
    from evaluation and from snapshots alike."""
    from cli_project import run, write_project

    write_project(tmp_path, TINY_SEGMENTS)
    database = str(tmp_path / "tiny.duckdb")
    connection = duckdb.connect(database)
    for statement in (
        "CREATE TABLE customers (customer_id BIGINT, country VARCHAR, age INTEGER)",
        "INSERT INTO customers VALUES (2, 'DE', 30), (10, 'DE', 40), (100, 'FR', 50)",
        "CREATE TABLE orders (customer_id BIGINT, ordered_at TIMESTAMP, amount DECIMAL(18,2))",
        "INSERT INTO orders VALUES (100, '2026-10-10 10:00', 150), (10, '2026-10-11 10:00', 5),"
        " (2, '2026-10-12 10:00', 20)",
    ):
        connection.execute(statement)
    connection.close()
    common = ["changes", "--project", str(tmp_path), "--db", database, "--all", "--from",
              "2026-10-01T00:00:00Z", "--to", "2026-10-15T00:00:00Z"]
    result = run(common)
    assert result.exit_code == 0, result.output
    assert "evaluated at both instants" in result.stderr
    # size: everyone is 'small' (otherwise) before any purchase, so only 100 moves
    assert result.stdout.splitlines() == [
        "definition,kind,key,change,from_label,to_label",
        "buyers,segment,2,entered,,", "buyers,segment,10,entered,,",
        "buyers,segment,100,entered,,", "size,segmentation,100,relabeled,small,big"]
    document = json.loads(run([*common, "--format", "json"]).stdout)
    assert [row["key"] for row in document["changes"]] == [2, 10, 100, 100]
    # The same two memberships as snapshots (rows inserted in another order).
    connection = duckdb.connect(database)
    connection.execute("CREATE TABLE segdsl_membership_history (segdsl_as_of TIMESTAMPTZ, "
                       "customer_id BIGINT, buyers BOOLEAN, size VARCHAR, spend DECIMAL)")
    connection.execute(
        "INSERT INTO segdsl_membership_history VALUES "
        "('2026-10-15 00:00:00+00', 100, TRUE, 'big', 150), "
        "('2026-10-01 00:00:00+00', 100, FALSE, 'small', 0), "
        "('2026-10-15 00:00:00+00', 10, TRUE, 'small', 5), "
        "('2026-10-01 00:00:00+00', 10, FALSE, 'small', 0), "
        "('2026-10-15 00:00:00+00', 2, TRUE, 'small', 20), "
        "('2026-10-01 00:00:00+00', 2, FALSE, 'small', 0)")
    connection.close()
    snapshots = run(common)
    assert snapshots.exit_code == 0, snapshots.output
    assert "from the snapshots of" in snapshots.stderr
    assert snapshots.stdout == result.stdout


# ------------------------------------------------------------------ the benchmark


def test_the_benchmark_at_a_tiny_size(tmp_path: Path) -> None:
    """bench/bench_changes.py's data at 2,000 customers: the snapshots find the 1 %
    whose score moved (in several segments each), the first sync every member of
    s01, evaluation nothing (today's scores at both instants)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import bench_changes

    project = bench_changes.write_project(tmp_path)
    database = tmp_path / "history.duckdb"
    bench_changes.write_database(database, 2000)
    out = tmp_path / "changes.csv"
    counts = {}
    for label, extra in (("snapshots", ()), ("first sync", ("--schema", "first_sync")),
                         ("evaluation", ("--schema", "nowhere"))):
        _, peak_mb, rows, source = bench_changes.run_once(project, database, out, *extra)
        counts[label] = rows
        assert peak_mb > 10  # the process's own maxrss, in MB
        assert ("evaluated" in source) == (label == "evaluation"), source
    assert 0 < counts["snapshots"] < counts["first sync"]
    assert counts["evaluation"] == 0
