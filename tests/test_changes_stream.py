"""`segdsl changes` streams its rows: the output of many changes, fetched and written
a few rows at a time, is byte for byte what the former in-memory rendering of all
rows gave (in the same order); an error halfway leaves --out as it was and no
temporary file; the rows are never all in Python's memory (DuckDB, the benchmark's
generated project)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from segdsl.changes.model import COLUMNS, SNAPSHOTS, ChangeRow, Changes, Source, summarize
from segdsl.changes.render import BATCH, json_text, write
from segdsl.cli.output import json_value, text_value
from segdsl.engines import EngineError

FROM, TO = "2026-10-01T12:00:00Z", "2026-10-02T12:00:00Z"


def _bench() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import bench_changes

    return bench_changes


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The benchmark's project and a history of 3,000 customers: its first-sync
    schema has about 3,000 change rows over 21 definitions."""
    bench = _bench()
    folder = tmp_path_factory.mktemp("stream")
    project = bench.write_project(folder)
    database = folder / "history.duckdb"
    bench.write_database(database, 3000)
    return project, database


def _args(history: tuple[Path, Path], *extra: str) -> list[str]:
    project, database = history
    return ["changes", "--project", str(project), "--db", str(database), "--all",
            "--from", FROM, "--to", TO, "--schema", "first_sync", *extra]


def _in_memory(history: tuple[Path, Path]) -> tuple[Changes, list[ChangeRow]]:
    """The changes with all rows fetched at once (``Reader.query``, as before
    streaming)."""
    from segdsl.changes.compute import Request, compute
    from segdsl.changes.history_table import table_name
    from segdsl.check.usage import schema_read_by
    from segdsl.cli.common import load_checked
    from segdsl.compile.pipeline import default_names
    from segdsl.engines.reader import open_reader

    project, database = history
    _, checked = load_checked(project)
    names = default_names(checked)
    definitions = [(name, "segment" if name in checked.segments else "segmentation")
                   for name in names]
    request = Request(definitions, dt.datetime(2026, 10, 1, 12, tzinfo=dt.UTC),
                      dt.datetime(2026, 10, 2, 12, tzinfo=dt.UTC),
                      table_name(checked.schema.entity, checked.schema.entity, "first_sync"))
    with open_reader(str(database), checked.schema, schema_read_by(checked, names)) as reader:
        def all_at_once(sql: str, kinds: object = None
                        ) -> tuple[list[str], Iterator[tuple[object, ...]]]:
            columns, rows = reader.query(sql)
            return columns, iter(rows)

        reader.stream = all_at_once  # type: ignore[method-assign,assignment]
        changes = compute(reader, checked, request)
        rows = list(changes.rows)
    return changes, rows


def _old_csv(rows: list[ChangeRow]) -> str:
    """The CSV as the in-memory ``csv_text`` wrote it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows((name, kind, key if isinstance(key, str) else text_value(key), change,
                      before or "", after or "")
                     for name, kind, key, change, before, after in rows)
    return buffer.getvalue()


def _old_json(changes: Changes, rows: list[ChangeRow]) -> str:
    """The JSON as the in-memory ``json_text`` wrote it: one ``json.dumps``."""
    from segdsl.changes.render import _summary_object
    from segdsl.timeparse import format_instant

    source = changes.source
    assert source.snapshots is not None
    document = {
        "from": format_instant(changes.start), "to": format_instant(changes.end),
        "source": source.kind, "history_table": source.table,
        "snapshots": {"from": format_instant(source.snapshots[0]),
                      "to": format_instant(source.snapshots[1])},
        "fallback_reason": source.reason, "notes": list(changes.notes),
        "summary": [_summary_object(item) for item in summarize(changes.definitions, rows)],
        "changes": [{name: json_value(value) for name, value in zip(COLUMNS, row, strict=True)}
                    for row in rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fetch 7 rows and write 13 at a time: thousands of batches, none aligned."""
    from segdsl.changes import render
    from segdsl.engines import duckdb_engine

    monkeypatch.setattr(duckdb_engine, "STREAM_BATCH", 7)
    monkeypatch.setattr(render, "BATCH", 13)


def test_streamed_output_is_the_in_memory_output(history: tuple[Path, Path], tmp_path: Path,
                                                 small_batches: None) -> None:
    from cli_project import run

    changes, rows = _in_memory(history)
    assert len(rows) > 2500 and len({row[0] for row in rows}) > 10
    expected = {"csv": _old_csv(rows), "json": _old_json(changes, rows)}
    for output_format, text in expected.items():
        printed = run(_args(history, "--format", output_format))
        assert printed.exit_code == 0, printed.output
        assert printed.stdout == text, output_format
        out = tmp_path / f"changes.{output_format}"
        written = run(_args(history, "--format", output_format, "--out", str(out)))
        assert written.exit_code == 0, written.output
        assert out.read_text(encoding="utf-8") == text, output_format
        # the counts (taken while streaming) are those of all the rows
        counts = [line for line in written.stderr.splitlines() if line.startswith("  ")]
        summary = {item.name: item for item in summarize(changes.definitions, rows)}
        assert counts[0].split() == ["s01", str(summary["s01"].entered), "entered,",
                                     str(summary["s01"].left), "left"]
        assert len(counts) == len(summary)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changes.csv", "changes.json"]


def test_json_rows_are_what_json_dumps_writes() -> None:
    """Non-ASCII, quotes, backslashes, integer keys and NULL labels, in and across
    batches, and no rows at all."""
    at = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    source = Source(SNAPSHOTS, "h", (at, at))
    definitions = [("vip", "segment"), ("persona", "segmentation")]
    rows: list[ChangeRow] = [
        ("vip", "segment", key, "entered" if key % 3 else "left", None, None)
        for key in range(BATCH + 5)]
    rows += [("persona", "segmentation", 'Zoë "q" \\ \u2028', "relabeled", None, "läufer"),
             ("persona", "segmentation", "x", "relabeled", "a\nb", None)]
    for chosen in (rows, rows[-2:], []):
        changes = Changes(at, at, source, definitions, chosen)
        assert json_text(Changes(at, at, source, definitions, iter(chosen))) == \
            _old_json(changes, chosen)


def test_rows_are_written_before_the_last_is_fetched() -> None:
    """CSV leaves for the output a batch at a time: by the time the cursor hands
    over row 3 * BATCH, rows are already written."""
    at = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    sink = io.StringIO()
    seen_written: list[int] = []

    def cursor() -> Iterator[ChangeRow]:
        for key in range(4 * BATCH):
            if key == 3 * BATCH:
                seen_written.append(len(sink.getvalue()))
            yield ("vip", "segment", key, "entered", None, None)

    changes = Changes(at, at, Source(SNAPSHOTS, "h", (at, at)), [("vip", "segment")], cursor())
    summary = write(changes, "csv", sink)
    assert seen_written and seen_written[0] > 0
    assert summary[0].entered == 4 * BATCH
    assert sink.getvalue().count("\n") == 4 * BATCH + 1


def test_peak_python_memory_stays_far_below_all_rows(tmp_path: Path) -> None:
    """About 50,000 change rows streamed from DuckDB to a CSV file: Python's peak
    allocation stays under 8 MB (measured 4.8 MB; holding all the rows, before
    streaming, peaked at 15.4 MB here); DuckDB's own memory is not Python's."""
    bench = _bench()
    project = bench.write_project(tmp_path)
    database = tmp_path / "history.duckdb"
    bench.write_database(database, 50_000)
    from cli_project import run

    out = tmp_path / "changes.csv"
    args = _args((project, database), "--out", str(out))
    assert run(args).exit_code == 0  # once first, so imports are not measured
    tracemalloc.start()
    try:
        result = run(args)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as stream:
        assert sum(1 for _ in stream) > 45_000
    assert peak < 8 * 1024 * 1024, peak


# --------------------------------------------------------------- errors halfway


def _failing_stream(monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    """DuckDB's cursor fails after ``after`` rows (a connection lost halfway)."""
    from segdsl.engines.duckdb_engine import DuckDBEngine

    original = DuckDBEngine.stream

    def failing(self: DuckDBEngine, sql: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        columns, rows = original(self, sql)

        def broken() -> Iterator[tuple[Any, ...]]:
            for count, row in enumerate(rows):
                if count == after:
                    raise EngineError("DuckDB: the cursor broke halfway")
                yield row

        return columns, broken()

    monkeypatch.setattr(DuckDBEngine, "stream", failing)


@pytest.mark.parametrize("output_format", ["csv", "json"])
def test_a_cursor_failing_halfway_leaves_out_as_it_was(
        history: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        small_batches: None, output_format: str) -> None:
    from cli_project import run

    _failing_stream(monkeypatch, after=1000)
    out = tmp_path / f"changes.{output_format}"
    out.write_text("the old file\n", encoding="utf-8")
    result = run(_args(history, "--format", output_format, "--out", str(out)))
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: DuckDB: the cursor broke halfway"
    assert out.read_text(encoding="utf-8") == "the old file\n"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_write_failing_halfway_leaves_out_as_it_was(
        history: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up after the first batch of CSV has been written."""
    from segdsl.changes import render

    original = render.csv_chunks

    def disk_full(rows: Any) -> Iterator[str]:
        chunks = original(rows)
        yield next(chunks)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render, "csv_chunks", disk_full)
    from cli_project import run

    out = tmp_path / "changes.csv"
    out.write_text("the old file\n", encoding="utf-8")
    result = run(_args(history, "--out", str(out)))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: cannot write {out}: No space left on device"
    assert out.read_text(encoding="utf-8") == "the old file\n"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
