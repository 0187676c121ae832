"""`segdsl changes` on DuckDB with the example project's demo data: the evaluation
path against two `run --all`s, snapshots against evaluation, what only snapshots
see (an attribute changed), a schema change between snapshots, the fallbacks and
their messages, usage errors, csv, json and `--out`.

History tables are written here with SQL in the layout of docs/changes.md (what
`segdsl materialize --snapshot` writes)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
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
    ok_json,
    ok_rows,
    snapshot_statement,
)

from segdsl.demo import generate_shop_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data without a history table (never written to: copied first)."""
    path = tmp_path_factory.mktemp("changes") / "demo.duckdb"
    generate_shop_database(path, customers=300, seed=7, as_of=DEMO_AS_OF)
    return path


@pytest.fixture(scope="module")
def expected(demo: Path) -> list[tuple[str, ...]]:
    """T1 -> T2 worked out from `run --all` at both instants."""
    return expected_changes(membership(str(demo), T1), membership(str(demo), T2), definitions())


def copy_of(demo: Path, folder: Path, *statements: str) -> str:
    target = folder / "copy.duckdb"
    shutil.copyfile(demo, target)
    connection = duckdb.connect(str(target))
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
    return str(target)


@pytest.fixture(scope="module")
def snapshots(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Snapshots at T1 and T2 of what `run --all` gives there."""
    return copy_of(demo, tmp_path_factory.mktemp("snapshots"),
                   snapshot_statement("duckdb", T1, create=True),
                   snapshot_statement("duckdb", T2, create=False))


# ------------------------------------------------------------------ evaluation


def test_evaluation_equals_the_differences_of_two_run_alls(
        demo: Path, expected: list[tuple[str, ...]]) -> None:
    rows, stderr = ok_rows("--db", str(demo), "--all", "--from", iso(T1), "--to", iso(T2))
    assert rows == expected
    assert {row[3] for row in rows} == {"entered", "left", "relabeled"}, "the demo moves people"
    first = stderr.splitlines()[0]
    assert first == (f"changes {iso(T1)} to {iso(T2)}: evaluated at both instants (events "
                     "replayed, attributes as they are now) because there is no history "
                     f"table {HISTORY}")


def test_one_segment_and_one_segmentation(demo: Path, expected: list[tuple[str, ...]]) -> None:
    for name in ("vip", "persona"):
        rows, stderr = ok_rows("--db", str(demo), name, "--from", iso(T1), "--to", iso(T2))
        assert rows == [row for row in expected if row[0] == name]
        assert len(stderr.splitlines()) == 2  # the source, then the one definition's counts


def test_the_same_instant_twice_changes_nothing(demo: Path) -> None:
    rows, _ = ok_rows("--db", str(demo), "--all", "--from", iso(T2), "--to", iso(T2))
    assert rows == []


# ------------------------------------------------------------------ snapshots


def test_snapshots_agree_with_evaluation(snapshots: str, expected: list[tuple[str, ...]]) -> None:
    rows, stderr = ok_rows("--db", snapshots, "--all", "--from", iso(T1), "--to", iso(T2))
    assert rows == expected
    assert stderr.splitlines()[0] == (f"changes {iso(T1)} to {iso(T2)}: from the snapshots of "
                                      f"{iso(T1)} and {iso(T2)} in {HISTORY}")
    # A schema without the history table: evaluation, the same rows.
    replayed, stderr = ok_rows("--db", snapshots, "--all", "--from", iso(T1), "--to", iso(T2),
                               "--schema", "nowhere")
    assert replayed == expected
    assert "because there is no history table nowhere.segdsl_membership_history" in stderr


def test_the_latest_snapshot_at_or_before_each_instant(snapshots: str,
                                                       expected: list[tuple[str, ...]]) -> None:
    later = T2 + dt.timedelta(days=3)
    rows, stderr = ok_rows("--db", snapshots, "--all", "--from", iso(T1 + dt.timedelta(hours=5)),
                           "--to", iso(later))
    assert rows == expected
    assert f"from the snapshots of {iso(T1)} and {iso(T2)}" in stderr.splitlines()[0]
    # Without --to: now, whose snapshot is the latest.
    rows, stderr = ok_rows("--db", snapshots, "--all", "--from", iso(T1))
    assert rows == expected and f"and {iso(T2)} in" in stderr
    # Both instants on one snapshot: nothing changed, and it says so.
    rows, stderr = ok_rows("--db", snapshots, "--all", "--from", iso(T2), "--to", iso(later))
    assert rows == [] and "(the same snapshot: no changes)" in stderr


def test_from_previous_is_the_snapshot_before_the_latest(
        snapshots: str, expected: list[tuple[str, ...]]) -> None:
    rows, stderr = ok_rows("--db", snapshots, "--all", "--from", "previous")
    assert rows == expected
    assert f"from the snapshots of {iso(T1)} and {iso(T2)}" in stderr


def test_from_previous_needs_two_snapshots(demo: Path, tmp_path: Path) -> None:
    one = copy_of(demo, tmp_path, snapshot_statement("duckdb", T1, create=True))
    result = changes("--db", one, "--all", "--from", "previous")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: --from previous needs two snapshots, but the "
                                     f"history table {HISTORY} holds 1 snapshot; give --from "
                                     "TS instead")
    assert result.stdout == ""


def test_an_attribute_change_only_snapshots_see(demo: Path, tmp_path: Path) -> None:
    """A customer of dach_young_adults moves abroad between the snapshots: the
    snapshots see them leave; evaluation reads today's attributes at both instants."""
    before = membership(str(demo), T2)
    mover = sorted(key for key, row in before.items() if row["dach_young_adults"] == "true")[0]
    database = copy_of(demo, tmp_path, snapshot_statement("duckdb", T1, create=True),
                       f"UPDATE shop.customers SET country = 'US' WHERE customer_id = '{mover}'",
                       snapshot_statement("duckdb", T2, create=False))
    rows, _ = ok_rows("--db", database, "dach_young_adults", "--from", iso(T1), "--to", iso(T2))
    assert ("dach_young_adults", "segment", mover, "left", "", "") in rows
    replayed, _ = ok_rows("--db", database, "dach_young_adults", "--from", iso(T1), "--to",
                          iso(T2), "--schema", "nowhere")
    assert all(row[2] != mover for row in replayed)
    assert set(rows) - set(replayed) == {("dach_young_adults", "segment", mover, "left", "", "")}


def test_a_schema_change_between_snapshots(demo: Path, tmp_path: Path) -> None:
    """vip did not exist at T1 (NULL there: all its members at T2 entered), and
    the history still holds a removed segment's column (NULL at T2; ignored)."""
    database = copy_of(
        demo, tmp_path, snapshot_statement("duckdb", T1, create=True),
        f"UPDATE {HISTORY} SET vip = NULL",
        f"ALTER TABLE {HISTORY} ADD COLUMN old_segment BOOLEAN",
        f"UPDATE {HISTORY} SET old_segment = TRUE",
        snapshot_statement("duckdb", T2, create=False).replace(
            f"INSERT INTO {HISTORY} SELECT", f"INSERT INTO {HISTORY} BY NAME SELECT"))
    after = membership(str(demo), T2)
    rows, stderr = ok_rows("--db", database, "--all", "--from", iso(T1), "--to", iso(T2))
    vip = [row for row in rows if row[0] == "vip"]
    assert vip == [("vip", "segment", key, "entered", "", "")
                   for key in sorted(k for k, row in after.items() if row["vip"] == "true")]
    assert vip, "the demo has VIPs"
    assert not any(row[0] == "old_segment" for row in rows)
    assert (f"note: segment vip has no values in the snapshot of {iso(T1)} (defined later): "
            "all its members count as entered") in stderr.splitlines()


def test_the_projects_own_database_named_like_its_schema(snapshots: str, tmp_path: Path,
                                                         expected: list[tuple[str, ...]]) -> None:
    """examples/shop's data/shop.duckdb: a catalog named like the schema `shop`, which
    open_reader attaches under another name; the history table is still found."""
    from changes_data import SHOP
    from cli_project import run

    project = tmp_path / "shop"
    shutil.copytree(SHOP, project, ignore=shutil.ignore_patterns("data"))
    (project / "data").mkdir()
    shutil.copyfile(snapshots, project / "data" / "shop.duckdb")
    result = run(["changes", "--project", str(project), "vip", "--from", iso(T1), "--to",
                  iso(T2)])
    assert result.exit_code == 0, result.output
    assert "from the snapshots" in result.stderr
    assert result.stdout.splitlines()[1:] == [",".join(row) for row in expected
                                              if row[0] == "vip"]


# ------------------------------------------------------------------ fallbacks and errors


def test_a_definition_missing_from_the_history_falls_back(demo: Path, tmp_path: Path,
                                                          expected: list[tuple[str, ...]]) -> None:
    database = copy_of(demo, tmp_path, snapshot_statement("duckdb", T1, create=True),
                       snapshot_statement("duckdb", T2, create=False),
                       f"ALTER TABLE {HISTORY} DROP COLUMN vip")
    rows, stderr = ok_rows("--db", database, "--all", "--from", iso(T1), "--to", iso(T2))
    assert rows == expected
    assert (f"because the history table {HISTORY} has no column for segment vip (defined "
            "after the snapshots were taken?)") in stderr.splitlines()[0]
    # A definition the history has: snapshots.
    rows, stderr = ok_rows("--db", database, "persona", "--from", iso(T1), "--to", iso(T2))
    assert "from the snapshots" in stderr


def test_no_snapshot_at_or_before_from_falls_back(snapshots: str,
                                                  expected: list[tuple[str, ...]]) -> None:
    early = T1 - dt.timedelta(days=1)
    rows, stderr = ok_rows("--db", snapshots, "persona", "--from", iso(early), "--to", iso(T2))
    replayed, _ = ok_rows("--db", snapshots, "persona", "--from", iso(early), "--to", iso(T2),
                          "--schema", "nowhere")
    assert rows == replayed
    assert stderr.splitlines()[0].endswith(
        f"because the history table {HISTORY} has no snapshot at or before --from "
        f"{iso(early)} (the earliest is {iso(T1)})")


def test_a_history_table_changed_by_hand_is_refused(demo: Path, tmp_path: Path) -> None:
    database = copy_of(demo, tmp_path, snapshot_statement("duckdb", T1, create=True),
                       f"ALTER TABLE {HISTORY} ALTER persona TYPE INTEGER USING length(persona)",
                       f"ALTER TABLE {HISTORY} ALTER segdsl_as_of TYPE TIMESTAMP")
    out = tmp_path / "changes.csv"
    out.write_text("previous sync\n", encoding="utf-8")
    result = changes("--db", database, "--all", "--from", iso(T1), "--out", str(out))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: the history table {HISTORY} does not have the layout `materialize --snapshot` "
        "writes: column segdsl_as_of is of type timestamp, not a timestamp "
        "with time zone; column persona (segmentation) is of type integer, not text")
    assert out.read_text(encoding="utf-8") == "previous sync\n", "--out left as it was"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changes.csv", "copy.duckdb"]


def test_a_future_to_is_warned_about(snapshots: str) -> None:
    future = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=30)
    _, stderr = ok_rows("--db", snapshots, "vip", "--from", iso(T1), "--to", iso(future))
    assert stderr.startswith(f"warning: --to {iso(future)} is in the future (now is ")


def test_a_snapshot_written_twice_is_refused(demo: Path, tmp_path: Path) -> None:
    database = copy_of(demo, tmp_path, snapshot_statement("duckdb", T1, create=True),
                       snapshot_statement("duckdb", T2, create=False),
                       snapshot_statement("duckdb", T2, create=False))
    result = changes("--db", database, "vip", "--from", iso(T1), "--to", iso(T2))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: the snapshot of {iso(T2)} in {HISTORY} holds 600 rows for 300 keys: a key "
        "is there more than once (a snapshot written twice?); remove the extra rows")
    assert result.stdout == ""


def test_from_later_than_to_is_refused(demo: Path) -> None:
    result = changes("--db", str(demo), "--all", "--from", iso(T2), "--to", iso(T1))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: --from {iso(T2)} is later than --to {iso(T1)}"


@pytest.mark.parametrize(("args", "message"), [
    (["vip", "--all"], "give either a SEGMENT or --all, not both"),
    (["orders_30d"], "'orders_30d' is a metric; `segdsl changes` compares segments and "
                     "segmentations"),
    (["vipp"], "no segment or segmentation is called 'vipp'"),
    (["--all", "--from", "yesterday"], "error: --from must be a date"),
    (["--all", "--to", "previous"], "error: --to must be a date (2026-11-01) or a UTC "
                                    "timestamp (2026-11-01T08:00:00Z), not 'previous'"),
])
def test_usage_errors(demo: Path, args: list[str], message: str) -> None:
    extra = [] if "--from" in args else ["--from", iso(T1)]
    result = changes("--db", str(demo), *args, *extra)
    assert result.exit_code == 2
    assert message in result.output


# ------------------------------------------------------------------ formats


def test_json_holds_the_source_counts_and_rows(snapshots: str,
                                               expected: list[tuple[str, ...]]) -> None:
    document = ok_json("--db", snapshots, "--all", "--from", iso(T1), "--to", iso(T2))
    assert document["source"] == "snapshots"
    assert document["snapshots"] == {"from": iso(T1), "to": iso(T2)}
    assert document["fallback_reason"] is None
    assert document["from"] == iso(T1) and document["to"] == iso(T2)
    assert [tuple("" if v is None else v for v in row.values())
            for row in document["changes"]] == expected
    counts = {item["definition"]: item for item in document["summary"]}
    assert list(counts) == [name for name, _ in definitions()]
    assert counts["vip"]["entered"] == sum(r[0] == "vip" and r[3] == "entered" for r in expected)
    assert counts["vip"]["left"] == sum(r[0] == "vip" and r[3] == "left" for r in expected)
    persona = [r for r in expected if r[0] == "persona"]
    assert counts["persona"]["relabeled"] == len(persona)
    assert sum(t["count"] for t in counts["persona"]["transitions"]) == len(persona)
    replayed = ok_json("--db", snapshots, "--all", "--from", iso(T1), "--to", iso(T2),
                       "--schema", "nowhere")
    assert replayed["source"] == "evaluation" and replayed["snapshots"] is None
    assert "no history table" in replayed["fallback_reason"]
    assert replayed["changes"] == document["changes"]


def test_out_writes_the_file_whole(snapshots: str, tmp_path: Path,
                                   expected: list[tuple[str, ...]]) -> None:
    out = tmp_path / "changes.json"
    out.write_text("old", encoding="utf-8")
    result = changes("--db", snapshots, "--all", "--from", iso(T1), "--to", iso(T2),
                     "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip().endswith(f"wrote {out}")

    assert len(json.loads(out.read_text(encoding="utf-8"))["changes"]) == len(expected)
    assert [p.name for p in tmp_path.iterdir()] == ["changes.json"]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def test_out_into_a_missing_folder_is_refused_before_reading(demo: Path, in_tmp: Path) -> None:
    result = changes("--db", str(demo), "--all", "--from", iso(T1), "--out", "no/such/x.csv")
    assert result.exit_code == 2
    assert "cannot write no/such/x.csv: no/such does not exist" in result.stderr


# ------------------------------------------------------------------ one statement


def test_each_source_compares_in_one_statement(demo: Path, snapshots: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Evaluation: one statement with both instants' memberships FULL JOINed; snapshots:
    one to pick the snapshots, one for the empty-column notes, one for the changes."""
    for database, statements in ((str(demo), 1), (snapshots, 3)):
        sent = _statements_of_compute(database, monkeypatch)
        assert len(sent) == statements, database
        assert sent[-1].count("FULL OUTER JOIN") == 1
        assert "AS MATERIALIZED" in sent[-1]


def _statements_of_compute(database: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from changes_data import checked_shop

    from segdsl.changes.compute import Request, compute
    from segdsl.check.usage import schema_read_by
    from segdsl.engines.reader import open_reader

    checked = checked_shop()
    read = schema_read_by(checked, [name for name, _ in definitions()])
    sent: list[str] = []
    with open_reader(database, checked.schema, read) as reader:
        original = reader.query

        def counting(sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
            sent.append(sql)
            return original(sql)

        def streaming(sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
            sent.append(sql)
            return original_stream(sql)

        original_stream = reader.stream
        monkeypatch.setattr(reader, "query", counting)
        monkeypatch.setattr(reader, "stream", streaming)
        for _ in compute(reader, checked, Request(definitions(), T1, T2, HISTORY)).rows:
            pass
    return sent


def test_help_names_the_options_and_both_sources() -> None:
    from cli_project import run

    result = run(["changes", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for option in ("--from TS|previous", "--to TS", "--format [csv|json]", "--out FILE",
                   "--schema S", "--entity NAME", "--all"):
        assert option in text
    assert "metrics are not compared" in text
    assert "else both instants are evaluated on the database" in text
