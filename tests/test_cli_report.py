"""`segdsl report` from the command line: what it refuses before measuring, the
page it writes for the example project (numbers equal to `run --all`), and that
a failure never leaves a file behind."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from cli_project import run, write_project
from report_dom import parse
from report_project import AS_OF, SHOP, membership_counts, page_counts, shop_copy

SEGMENTS = "segment adults\n  where age >= 18\n"
BROKEN = "segment adults\n  where agee >= 18\n"

# The measuring side (segdsl/analysis/compute.py) comes from another branch; the
# tests that measure a database wait for it.
def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ------------------------------------------------------------------ refused at once


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "report.txt"], "--out report.txt: the file name must end in .html"),
    (["--out", "no/such/folder/r.html"], "cannot write no/such/folder/r.html: no/such/folder "
                                         "does not exist"),
    (["--out", "r.html", "--every", "month"], "--every needs --history N UNIT"),
    (["--out", "r.html", "--history", "12", "months"], "--history 12 months needs --every UNIT"),
    (["--out", "r.html", "--history", "0", "months", "--every", "month"],
     "--history 0 months: N must be a positive whole number"),
    (["--out", "r.html", "--history", "-3", "months", "--every", "month"],
     "N must be a positive whole number"),
    (["--out", "r.html", "--history", "12", "fortnights", "--every", "month"],
     "--history fortnights: the unit must be one of day, week, month, year"),
    (["--out", "r.html", "--history", "12", "hours", "--every", "hour"],
     "--history hours: the unit must be one of day, week, month, year"),
])
def test_usage_problems_exit_2_before_anything_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, BROKEN)  # never even loaded
    result = run(["report", "--project", str(tmp_path), *args])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines
    assert not list(tmp_path.glob("*.html")) and not leftovers(tmp_path)


def test_out_is_required(tmp_path: Path) -> None:
    result = run(["report", "--project", str(SHOP)])
    assert result.exit_code == 2
    assert "Missing option '--out'" in result.output


def test_out_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.html").mkdir()
    result = run(["report", "--project", str(SHOP), "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert "is a folder" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_unwritable_folder_is_reported_before_the_project_is_read(tmp_path: Path) -> None:
    # /proc takes no new files, not even from root (tests may run as root, for whom
    # a chmod'ed folder is still writable).
    write_project(tmp_path, BROKEN)
    result = run(["report", "--project", str(tmp_path), "--out", "/proc/segdsl-report.html"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: cannot write /proc/segdsl-report.html: ")
    assert "agee" not in result.stderr  # the broken project was not even checked


def test_definition_errors_exit_1_and_leave_nothing(tmp_path: Path) -> None:
    write_project(tmp_path, BROKEN)
    out = tmp_path / "r.html"
    result = run(["report", "--project", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "agee" in result.stderr
    assert not out.exists() and not leftovers(tmp_path)


def test_report_is_listed_with_its_options() -> None:
    result = run(["report", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--as-of", "--history N UNIT", "--every UNIT", "--kpi METRIC",
                   "--out FILE.html"):
        assert option in result.output


# ------------------------------------------------------------------ measured


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shop_copy(tmp_path_factory.mktemp("report"))


def test_the_page_shows_what_run_all_counts(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "shop.html"
    result = run(["report", "--project", str(shop), "--as-of", AS_OF, "--history", "3",
                  "months", "--every", "month", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().endswith(f"wrote {out}")
    dom = parse(out.read_text(encoding="utf-8"))
    population, segments, labels = page_counts(dom)
    run_population, run_segments, run_labels = membership_counts(shop)
    assert population == run_population
    assert segments == run_segments
    assert set(labels) == set(run_labels)
    for name, sizes in labels.items():
        assert all(sizes[label] == run_labels[name][label] for label in sizes), name
        assert set(run_labels[name]) <= set(sizes), name  # every label shown, empty or not
    assert dom.one(id="as-of").attrs["data-as-of"] == AS_OF
    assert len(dom.one(id="history-table").find_all("tr", data_as_of=None)) == 4
    assert dom.find_all("table", data_transitions="persona")
    assert not leftovers(tmp_path)


def test_kpi_option_picks_the_metrics(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "kpi.html"
    result = run(["report", "--project", str(shop), "--as-of", AS_OF, "--kpi", "orders_30d",
                  "--kpi", "revenue_365d", "--out", str(out)])
    assert result.exit_code == 0, result.output
    dom = parse(out.read_text(encoding="utf-8"))
    headers = dom.one(id="kpi-table").one("thead").find_all("th", data_metric=None)
    assert [h.attrs["data-metric"] for h in headers] == ["orders_30d", "revenue_365d"]


@pytest.mark.parametrize("kpi", ["no_such_metric", "persona"])
def test_unknown_kpi_exits_2_and_writes_nothing(shop: Path, tmp_path: Path, kpi: str) -> None:
    out = tmp_path / "r.html"
    result = run(["report", "--project", str(shop), "--as-of", AS_OF, "--kpi", kpi,
                  "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert kpi in result.stderr
    assert not out.exists() and not leftovers(tmp_path)


@pytest.mark.parametrize(("history", "message"), [
    (["1", "week", "--every", "month"], "--every month is longer than --history 1 week"),
    (["20", "years", "--every", "day"], "choose a longer step"),
    (["5", "years", "--every", "month"], "--history reaches back to"),
])
def test_history_that_cannot_be_measured(shop: Path, tmp_path: Path, history: list[str],
                                         message: str) -> None:
    out = tmp_path / "r.html"
    result = run(["report", "--project", str(shop), "--as-of", AS_OF, "--history", *history,
                  "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not out.exists() and not leftovers(tmp_path)


def test_database_problems_are_listed_and_nothing_is_written(shop: Path, tmp_path: Path) -> None:
    import duckdb

    broken = tmp_path / "broken.duckdb"
    source = duckdb.connect(str(broken))
    try:
        source.execute(f"ATTACH '{shop / 'data' / 'shop.duckdb'}' AS src (READ_ONLY)")
        source.execute("CREATE SCHEMA shop")
        source.execute("CREATE TABLE shop.customers AS SELECT * FROM src.shop.customers")
    finally:
        source.close()
    out = tmp_path / "r.html"
    result = run(["report", "--project", str(shop), "--db", str(broken), "--as-of", AS_OF,
                  "--out", str(out)])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) >= 2  # every missing table, not just the first
    assert not out.exists() and not leftovers(tmp_path)


def test_an_existing_page_is_replaced_only_when_the_new_one_is_complete(
        shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    out.write_text("old page", encoding="utf-8")
    failed = run(["report", "--project", str(shop), "--as-of", AS_OF, "--kpi", "nope",
                  "--out", str(out)])
    assert failed.exit_code == 2
    assert out.read_text(encoding="utf-8") == "old page"
    done = run(["report", "--project", str(shop), "--as-of", AS_OF, "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not leftovers(tmp_path)


def test_without_as_of_the_instant_is_read_once_and_shown(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run(["report", "--project", str(shop), "--out", str(out)])
    assert result.exit_code == 0, result.output
    dom = parse(out.read_text(encoding="utf-8"))
    shown = dom.one(id="as-of").attrs["data-as-of"]
    assert shown.endswith("Z") and "." not in shown  # to the second, in UTC
    assert all(t.attrs["data-as-of"] == shown for t in dom.find_all(id="as-of"))


def test_progress_is_a_line_per_step_off_a_terminal(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run(["report", "--project", str(shop), "--as-of", AS_OF, "--out", str(out)])
    steps = [line for line in result.stderr.splitlines() if line.startswith("report: [")]
    assert steps, result.stderr
    total = steps[0].split("/")[1].split("]")[0]
    assert steps[-1].startswith(f"report: [{total}/{total}]")


# ------------------------------------------------------------------ PostgreSQL

REPORT_DATABASE = "segdsl_test_report"


def data_attributes(html: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every element's data- attributes, in page order (the measured numbers)."""
    return [(node.tag, sorted((k, v) for k, v in node.attrs.items() if k.startswith("data-")))
            for node in parse(html).iter()
            if any(k.startswith("data-") for k in node.attrs)]


def test_postgres_gives_the_same_page_numbers_as_duckdb(shop: Path, tmp_path: Path) -> None:
    from engine_targets import DB_SUFFIX
    from test_postgres import _admin, _copy_demo, _recreate

    database = REPORT_DATABASE + DB_SUFFIX
    url = _recreate(database)  # skips without a server (fails under CI=true)
    try:
        # _copy_demo reads tables as shop.x, ambiguous in a file named shop.duckdb
        demo = tmp_path / "demo.duckdb"
        shutil.copyfile(shop / "data" / "shop.duckdb", demo)
        _copy_demo(demo, url)
        pages = {}
        for name, db in (("duckdb", str(shop / "data" / "shop.duckdb")), ("postgres", url)):
            out = tmp_path / f"{name}.html"
            result = run(["report", "--project", str(shop), "--db", db, "--as-of", AS_OF,
                          "--history", "2", "months", "--every", "month", "--out", str(out)])
            assert result.exit_code == 0, result.output
            pages[name] = out.read_text(encoding="utf-8")
        assert data_attributes(pages["postgres"]) == data_attributes(pages["duckdb"])
        assert parse(pages["postgres"]).one(id="dialect").text() == "postgres"
    finally:
        from psycopg import sql

        _admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(database)))


def test_an_as_of_in_the_future_is_warned_about(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "future.html"
    result = run(["report", "--project", str(shop), "--as-of", "2999-01-01", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "warning: the as-of 2999-01-01T00:00:00Z is in the future" in result.stderr
    assert "is in the future" in out.read_text(encoding="utf-8")
