"""The example project with demo data, and reading `segdsl run --all` and a
report page side by side (for the report's CLI and browser tests)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from collections import Counter
from pathlib import Path

from cli_project import run
from report_dom import Node

from segdsl.demo import generate_shop_database
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
SHOP = REPO / "examples" / "shop"
AS_OF = "2026-11-01T09:30:00Z"
CUSTOMERS = 500


def shop_copy(folder: Path, customers: int = CUSTOMERS) -> Path:
    """A copy of examples/shop under ``folder`` with its demo database generated."""
    project = folder / "shop"
    shutil.copytree(SHOP, project, ignore=shutil.ignore_patterns("data"))
    generate_shop_database(project / "data" / "shop.duckdb", customers=customers, seed=7,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    return project


def membership_counts(project: Path, *extra: str
                      ) -> tuple[int, dict[str, int], dict[str, Counter[str]]]:
    """(population, segment sizes, label sizes) from `run --all --format csv` at AS_OF
    (a customer with no label counts under "")."""
    result = run(["run", "--project", str(project), "--as-of", AS_OF, "--all",
                  "--format", "csv", *extra])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    workspace = load_workspace(project)
    assert workspace.checked is not None
    segments = {name: sum(row[name] == "true" for row in rows)
                for name in workspace.checked.segments}
    labels = {name: Counter(row[name] for row in rows)
              for name in workspace.checked.segmentations}
    return len(rows), segments, labels


def page_counts(dom: Node) -> tuple[int, dict[str, int], dict[str, Counter[str]]]:
    """(population, segment sizes, label sizes) as the report page shows them."""
    population = int(dom.one(id="population").attrs["data-size"])
    segments = {row.attrs["data-segment"]: int(row.attrs["data-size"])
                for row in dom.one(id="segments-table").find_all("tr", data_segment=None)}
    labels = {
        table.attrs["data-segmentation"]: Counter({
            row.attrs["data-label"]: int(row.attrs["data-size"])
            for row in table.find_all("tr", data_label=None)})
        for table in dom.find_all("table", data_segmentation=None)
    }
    return population, segments, labels
