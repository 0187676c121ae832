"""``report --history`` from the snapshots of ``materialize --snapshot``, through
the CLI on DuckDB and PostgreSQL (docs/report.md, "History from snapshots"):
two snapshots with an attribute change between them; the page's history rows
and transitions must be the snapshots' own, counted here in Python from the
membership tables materialize wrote, and the page and stderr must say so."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_project import run
from materialize_project import add_segment, remove_segment, scratch_postgres, shop_copy
from report_dom import Node, parse
from test_nightly import (
    T1,
    T2,
    Target,
    _duckdb_target,
    _materialize,
    _membership,
    _postgres_target,
)

SPAN = ["--as-of", T2, "--history", "1", "day", "--every", "day"]
SEGMENT = "dach_young_adults"


@pytest.fixture(scope="module")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database of this module's own with the demo's rows; dropped at the end."""
    rows_from = shop_copy(tmp_path_factory.mktemp("pg"), duckdb_data=False)
    with scratch_postgres("segdsl_test_report_snapshots", demo_rows_for=rows_from) as url:
        yield url


def _report(project: Path, target: Target, out: Path, *args: str) -> tuple[int, str]:
    result = run(["report", "--project", str(project), "--db", target.db,
                  *target.schema_args(), *SPAN, "--out", str(out), *args])
    return result.exit_code, result.stderr


def _page(out: Path) -> Node:
    return parse(out.read_text(encoding="utf-8"))


def _history_name(target: Target) -> str:
    return ("" if target.schema is None else target.schema + ".") + "segdsl_membership_history"


def _scenario(project: Path, target: Target, tmp_path: Path) -> None:
    # No history table yet: replayed, and the page says why.
    out = tmp_path / "replayed.html"
    code, stderr = _report(project, target, out)
    assert code == 0, stderr
    reason = f"there is no history table {_history_name(target)}"
    assert (f"history: replayed from events; attributes as they are now ({reason})"
            in stderr)
    note = _page(out).one(id="history-note").text()
    assert note.startswith(f"History replayed from events; attributes as they are now "
                           f"({reason}).")

    # Two snapshots, two DACH young adults moving to France in between.
    _materialize(project, target, T1)
    night1 = _membership(target)
    moved = sorted(key for key, row in night1.items() if row[SEGMENT])[:2]
    assert len(moved) == 2
    quoted = ", ".join(f"'{key}'" for key in moved)
    target.execute(f"UPDATE {target.sources}.customers SET country = 'FR' "
                   f"WHERE customer_id IN ({quoted})")
    _materialize(project, target, T2)
    night2 = _membership(target)

    out = tmp_path / "snapshots.html"
    code, stderr = _report(project, target, out)
    assert code == 0, stderr
    source = f"from 2 snapshots in {_history_name(target)}"
    assert f"history: {source}" in stderr
    dom = _page(out)
    assert dom.one(id="history-note").text().startswith(f"History {source}.")
    rows = dom.one(id="history-table").find_all("tr", data_as_of=None)
    assert [row.attrs["data-as-of"] for row in rows] == [T1, T2]
    for row, night in zip(rows, (night1, night2), strict=True):
        assert row.attrs["data-population"] == str(len(night))
        for segment in ("active_customers", SEGMENT):
            size = sum(1 for member in night.values() if member[segment])
            assert row.one("td", data_segment=segment).attrs["data-size"] == str(size)
    # the attribute change shows (a replay, with today's countries, could not)
    sizes = [int(row.one("td", data_segment=SEGMENT).attrs["data-size"]) for row in rows]
    assert sizes[0] - sizes[1] == 2
    # the transitions between the two snapshots, per customer
    pairs: Counter[tuple[Any, Any]] = Counter(
        (night1[key]["persona"], row["persona"]) for key, row in night2.items())
    matrix = dom.one("table", data_transitions="persona")
    cells = matrix.find_all("td", data_count=None)
    assert cells
    for cell in cells:
        pair = (cell.attrs["data-from"] or None, cell.attrs["data-to"] or None)
        assert cell.attrs["data-count"] == str(pairs.get(pair, 0)), pair
    assert sum(int(cell.attrs["data-count"]) for cell in cells) == len(night2)

    # A span holding no snapshot: replayed, saying so.
    out = tmp_path / "before.html"
    result = run(["report", "--project", str(project), "--db", target.db,
                  *target.schema_args(), "--as-of", "2026-11-10T00:00:00Z",
                  "--history", "2", "days", "--every", "day", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (f"history: replayed from events; attributes as they are now (the history "
            f"table {_history_name(target)} holds no snapshot from 2026-11-08T00:00:00Z "
            "to 2026-11-10T00:00:00Z)") in result.stderr

    # A segment defined after the snapshots were taken: replayed, saying so.
    add_segment(project)
    out = tmp_path / "added.html"
    code, stderr = _report(project, target, out)
    assert code == 0, stderr
    assert (f"history: replayed from events; attributes as they are now (the history "
            f"table {_history_name(target)} has no column for materialize_extra (defined "
            "after the snapshots were taken?))") in stderr
    remove_segment(project)

    # A history table whose columns were changed by hand: changes' error, exit 2.
    table = target.table("segdsl_membership_history")
    target.execute(f"ALTER TABLE {table} ALTER persona TYPE INTEGER USING length(persona)")
    out = tmp_path / "broken.html"
    code, stderr = _report(project, target, out)
    assert code == 2
    assert (f"error: the history table {_history_name(target)} does not have the layout "
            "`materialize --snapshot` writes: column persona (segmentation) is of type ") in stderr
    assert not out.exists()


def test_report_history_from_snapshots_duckdb(tmp_path: Path) -> None:
    project = shop_copy(tmp_path)
    _scenario(project, _duckdb_target(project / "data" / "shop.duckdb"), tmp_path)


@pytest.mark.parametrize("schema", ["Report_Hist"])
def test_report_history_from_snapshots_postgres(tmp_path: Path, postgres_url: str,
                                                schema: str) -> None:
    project = shop_copy(tmp_path, duckdb_data=False)
    target = _postgres_target(postgres_url, schema)
    target.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    target.execute(f'CREATE SCHEMA "{schema}"')
    try:
        _scenario(project, target, tmp_path)
    finally:
        target.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
