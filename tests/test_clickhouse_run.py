"""`segdsl run` and the other reading commands on a chdb data folder (``--db chdb:...``).

The example project's demo data is copied from its DuckDB file into a chdb folder
(MergeTree tables of the database ``shop``, with a mix of ClickHouse column types:
tests/chdb_folder.py) by a process of its own, and every command runs as users run
it, as ``python -m segdsl`` in a process of its own (chdb runs one ClickHouse per
process).  Every output must be the DuckDB file's, byte for byte, except where it
names the database.  What this proves: the URL, the read-only session, the column
check on ClickHouse's type names, exact result types, streaming, and ClickHouse's
own evaluation of the compiled SQL (chdb is ClickHouse itself, not an imitation).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_project import TINY_SCHEMA, run, write_project
from engine_targets import REPO, missing_package, unavailable

from segdsl.cli.main import DEBUG_ENV
from segdsl.demo import generate_shop_database

SHOP = REPO / "examples" / "shop"
AS_OF = "2026-11-01T09:30:00Z"
CUSTOMERS = 200


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), str(REPO / "tests"),
                                                     env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    return env


def segdsl(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m segdsl ARGS`` in a process of its own."""
    return subprocess.run([sys.executable, "-m", "segdsl", *args], cwd=cwd, env=_env(),
                          capture_output=True, text=True, timeout=120, check=False)


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and its content's hash."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


class Shop:
    def __init__(self, duckdb_file: Path, folder: Path) -> None:
        self.duckdb_file = duckdb_file
        self.folder = folder
        self.url = f"chdb://{folder}"
        self.files = _files(folder)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    reason = missing_package("chdb", "pip install 'segdsl[clickhouse]'")
    if reason is not None:
        unavailable(reason)
    root = tmp_path_factory.mktemp("chdb_shop")
    duckdb_file, folder = root / "demo.duckdb", root / "clickhouse"
    generate_shop_database(duckdb_file, customers=CUSTOMERS, seed=3,
                           as_of=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC))
    folder.mkdir()
    built = subprocess.run([sys.executable, str(REPO / "tests" / "chdb_folder.py"),
                            str(duckdb_file), str(folder)], env=_env(), capture_output=True,
                           text=True, timeout=120, check=False)
    assert built.returncode == 0, built.stderr
    return Shop(duckdb_file, folder)


class Ran:
    """What a command printed and its exit status."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def _both(shop: Shop, *args: str) -> tuple[Ran, Ran]:
    """The command on the chdb folder (a process of its own, as users run it) and
    on the DuckDB file (in this process: quicker, and DuckDB is not under test)."""
    on_chdb = segdsl(*args, "--db", shop.url)
    on_duckdb = run([*args, "--db", str(shop.duckdb_file)])
    assert on_duckdb.exit_code == 0, on_duckdb.output
    return (Ran(on_chdb.returncode, on_chdb.stdout, on_chdb.stderr),
            Ran(on_duckdb.exit_code, on_duckdb.stdout, on_duckdb.stderr))


@pytest.mark.parametrize("output", ["csv", "json"])
def test_membership_table_is_duckdbs_byte_for_byte(shop: Shop, output: str) -> None:
    """With ``--check-expectations`` (its verdicts on stderr) in the same run."""
    on_chdb, on_duckdb = _both(shop, "run", "--project", str(SHOP), "--as-of", AS_OF,
                               "--all", "--format", output, "--check-expectations")
    assert on_chdb.returncode == 0, on_chdb.stderr
    assert on_chdb.stdout == on_duckdb.stdout
    assert on_chdb.stderr == on_duckdb.stderr == "all 5 expectations hold\n"
    if output == "csv":
        assert len(on_chdb.stdout.splitlines()) == CUSTOMERS + 1


def test_one_segment_and_its_out_file(shop: Shop, tmp_path: Path) -> None:
    """``--out`` reads chdb's streamed result (Parquet keeps the exact types); an
    empty result still has its header."""
    import duckdb

    on_chdb, on_duckdb = _both(shop, "run", "--project", str(SHOP), "--as-of", AS_OF, "vip")
    assert on_chdb.returncode == 0, on_chdb.stderr
    assert on_chdb.stdout == on_duckdb.stdout
    assert len(on_chdb.stdout.splitlines()) > 3, "the demo plants VIPs"
    out, duck_out = tmp_path / "all.parquet", tmp_path / "all_duck.parquet"
    common = ["run", "--project", str(SHOP), "--as-of", AS_OF, "--all", "--out"]
    written = segdsl(*common, str(out), "--db", shop.url)
    assert written.returncode == 0, written.stderr
    assert written.stderr == f"wrote {out}\n"
    assert run([*common, str(duck_out), "--db", str(shop.duckdb_file)]).exit_code == 0
    read = [duckdb.sql(f"SELECT * FROM '{path}'") for path in (out, duck_out)]
    assert read[0].columns == read[1].columns
    assert read[0].types == read[1].types
    assert read[0].fetchall() == read[1].fetchall()
    assert "DECIMAL(38,9)" in [str(kind) for kind in read[0].types]
    empty, duck_empty = tmp_path / "vip.csv", tmp_path / "vip_duck.csv"
    common = ["run", "--project", str(SHOP), "--as-of", "2001-01-01T00:00:00Z", "vip", "--out"]
    assert segdsl(*common, str(empty), "--db", shop.url).returncode == 0  # no VIP at all
    assert run([*common, str(duck_empty), "--db", str(shop.duckdb_file)]).exit_code == 0
    assert empty.read_text() == duck_empty.read_text() == "customer_id\n"


def test_explain_attrition(shop: Shop) -> None:
    on_chdb, on_duckdb = _both(shop, "explain", "--project", str(SHOP), "--as-of", AS_OF,
                               "vip")
    assert on_chdb.returncode == 0, on_chdb.stderr
    assert on_chdb.stdout == on_duckdb.stdout
    assert "remain" in on_chdb.stdout


def test_report_numbers(shop: Shop, tmp_path: Path) -> None:
    """The page differs only where it names the database and its dialect."""
    pages = []
    for db in (shop.url, str(shop.duckdb_file)):
        out = tmp_path / "report.html"
        args = ["report", "--project", str(SHOP), "--as-of", AS_OF, "--out", str(out), "--db", db]
        if db == shop.url:
            done = segdsl(*args)
            assert done.returncode == 0, done.stderr
        else:
            assert run(args).exit_code == 0
        page = out.read_text(encoding="utf-8")
        page = re.sub(r'<dd id="database">[^<]*</dd>', "", page)
        pages.append(re.sub(r'<dd id="dialect">[^<]*</dd>', "", page))
    assert pages[0] == pages[1]
    assert "vip" in pages[0]


def test_diff_members(shop: Shop, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SHOP, repo, ignore=shutil.ignore_patterns("data"))
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "base"]):
        subprocess.run([*git, *command], check=True, capture_output=True)
    value = repo / "segments" / "value.seg"
    text = value.read_text(encoding="utf-8")
    changed = text.replace("count(purchase in last 365 days) >= 3",
                           "count(purchase in last 365 days) >= 2", 1)
    assert changed != text
    value.write_text(changed, encoding="utf-8")
    on_chdb, on_duckdb = _both(shop, "diff", "--project", str(repo), "--base", "HEAD",
                               "--as-of", AS_OF)
    assert on_chdb.returncode == 0, on_chdb.stderr
    assert on_chdb.stdout == on_duckdb.stdout.replace(str(shop.duckdb_file), shop.url)
    assert "segment vip (changed)" in on_chdb.stdout


def test_schema_infer(shop: Shop) -> None:
    args = ["schema", "infer", "--table", "shop.customers", "--events",
            "shop.orders:ordered_at", "--events", "shop.events:occurred_at"]
    on_chdb, on_duckdb = _both(shop, *args)
    assert on_chdb.returncode == 0, on_chdb.stderr
    assert on_chdb.stdout == on_duckdb.stdout.replace(str(shop.duckdb_file), shop.url)
    assert "values seen: bronze, gold, silver" in on_chdb.stdout


def test_init_from_a_folder(shop: Shop, tmp_path: Path) -> None:
    """``init --from-db chdb:...`` writes the folder relative to the project and the
    ClickHouse dialect, and the starter project runs there."""
    project = tmp_path / "started"
    done = segdsl("init", str(project), "--from-db", shop.url, "--table", "shop.customers",
                  "--events", "shop.orders:ordered_at")
    assert done.returncode == 0, done.stderr
    config = (project / "segdsl.yml").read_text(encoding="utf-8")
    assert "dialect: clickhouse\n" in config
    assert f'database: "chdb:{os.path.relpath(shop.folder, project)}"' in config
    ran = segdsl("run", "--as-of", AS_OF, "--all", "--format", "csv", cwd=project)
    assert ran.returncode == 0, ran.stderr
    assert len(ran.stdout.splitlines()) == CUSTOMERS + 1


def test_layout_problems_one_line_each(shop: Shop, tmp_path: Path) -> None:
    schema = TINY_SCHEMA.replace("table: customers", "table: broken.customers").replace(
        "table: orders", "table: broken.orders")
    project = write_project(tmp_path, 'segment adults\n  where age >= 18 and country = "DE"\n'
                            "  and has purchase in last 30 days\n", schema=schema)
    done = segdsl("run", "--project", str(project), "--as-of", AS_OF, "--all", "--db", shop.url)
    assert done.returncode == 2, done.stderr
    file = project / "schema.yml"
    assert sorted(done.stderr.splitlines()) == sorted([
        f"error: the ClickHouse (chdb) database has no table 'broken.orders', which {file} "
        "names",
        f"error: the table 'broken.customers' has no column 'country', which {file} names",
        f"error: the column 'age' of 'broken.customers' is string in ClickHouse (chdb), but "
        f"{file} makes it integer; ClickHouse (chdb) types that fit: int128, int16, int256, "
        "int32, int64, int8, uint128, uint16, uint256, uint32, uint64, uint8",
    ])


def test_nothing_is_written(shop: Shop, tmp_path: Path) -> None:
    """The session is ClickHouse's ``readonly = 1``: writes, DDL, file() and setting
    changes are refused, and no file of the folder changed after every test above."""
    out = tmp_path / "written.csv"
    statements = [
        "INSERT INTO shop.orders (customer_id) VALUES ('x')",
        "CREATE TABLE shop.extra (a Int8) ENGINE = Memory",
        "CREATE DATABASE extra",
        "DROP TABLE shop.orders",
        "TRUNCATE TABLE shop.orders",
        "ALTER TABLE shop.orders DELETE WHERE 1",
        f"INSERT INTO FUNCTION file('{out}', 'CSV') SELECT 1",
        "SET readonly = 0",
        "SELECT 1 SETTINGS readonly = 0",
    ]
    script = (
        "import sys\n"
        "from segdsl.engines import EngineError\n"
        "from segdsl.engines.clickhouse_reader import ClickHouseReader\n"
        "with ClickHouseReader(sys.argv[1]) as reader:\n"
        "    names, rows = reader.stream('SELECT number AS n FROM numbers(200000)')\n"
        "    print(names, sum(1 for _ in rows))\n"
        "    for sql in sys.argv[2:]:\n"
        "        try:\n"
        "            reader.query(sql)\n"
        "            print('done:', sql)\n"
        "        except EngineError as error:\n"
        "            print('refused:', error.message)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, shop.url, *statements], env=_env(),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "['n'] 200000", "streamed in several blocks, every row once"
    assert len(lines) == 1 + len(statements)
    for line in lines[1:]:
        assert line.startswith("refused: ") and "(READONLY)" in line, line
    assert not out.exists()
    assert _files(shop.folder) == shop.files


def test_missing_or_wrong_folder(shop: Shop, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "missing"
    cases = {
        f"chdb://{missing}": f"error: cannot open chdb://{missing}: there is no folder "
                             f"{missing} (segdsl reads a chdb data folder and never creates one)",
        f"chdb://{empty}": f"error: cannot open chdb://{empty}: {empty} is not a chdb data "
                           "folder (it has no metadata/ folder)",
        "chdb://server:9000/shop": "error: cannot use chdb://server:9000/shop: chdb: names a "
                                   "folder on this machine, not a server (a ClickHouse server "
                                   "is not supported yet); write chdb:///absolute/path or "
                                   "chdb:relative/path (a chdb data folder)",
    }
    for url, message in cases.items():
        result = run(["run", "--project", str(SHOP), "vip", "--db", url])
        assert result.exit_code == 2, result.output
        assert result.stderr.splitlines() == [message]
    assert not missing.exists()
    assert [path.name for path in empty.iterdir()] == []


def test_a_folder_another_process_has_open(shop: Shop) -> None:
    """ClickHouse locks a data folder for one process: the refusal is one line (it
    is printed by ClickHouse, not in chdb's exception), and nothing is left over."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom chdb import session\n"
         "s = session.Session(sys.argv[1])\nprint('open', flush=True)\nsys.stdin.read()\n"
         "s.close()\n", str(shop.folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        done = segdsl("run", "--project", str(SHOP), "--as-of", AS_OF, "vip", "--db", shop.url)
    finally:
        holder.communicate("", timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (f"error: cannot open {shop.url}: another process has the folder open "
                           "(a chdb session or clickhouse server holds its lock); read it when "
                           "that process is done\n")


def test_relative_folder_in_the_project_file(shop: Shop, tmp_path: Path) -> None:
    """``database: chdb:clickhouse`` in segdsl.yml is the project's folder, from any
    working directory (as a DuckDB path is)."""
    project = tmp_path / "project"
    shutil.copytree(SHOP, project, ignore=shutil.ignore_patterns("data"))
    relative = os.path.relpath(shop.folder, project)
    config = project / "segdsl.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "database: data/shop.duckdb", f"database: chdb:{relative}"), encoding="utf-8")
    done = segdsl("run", "--as-of", AS_OF, "vip", "--format", "csv",
                  cwd=project / "segments")
    assert done.returncode == 0, done.stderr
    duck = run(["run", "--project", str(SHOP), "--as-of", AS_OF, "vip", "--format", "csv",
                "--db", str(shop.duckdb_file)])
    assert done.stdout == duck.stdout


def test_test_command_refuses_a_folder(shop: Shop) -> None:
    result = run(["test", "--project", str(SHOP), "--db", shop.url])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: --db {shop.url} is a chdb:// URL, which "
                                    "`segdsl test` cannot use (ClickHouse (chdb) works only "
                                    "with changes, diff, explain, init, report, run, schema infer)")


def test_without_chdb_one_line(shop: Shop) -> None:
    from test_cli_test import _run_without

    result = _run_without("chdb", "segdsl.engines.clickhouse_reader",
                          ["run", "--project", str(SHOP), "vip", "--db", shop.url])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: ClickHouse needs the chdb package: pip install 'segdsl[clickhouse]'"]


def test_one_clickhouse_per_process(shop: Shop) -> None:
    """In one process (segdsl as a library): an open fixture engine holds chdb's
    in-memory server, so the folder is refused in one line; once it is closed the
    idle server is stopped and the folder opens, and afterwards the fixture engine
    starts again."""
    from segdsl.engines import EngineError
    from segdsl.engines.clickhouse_engine import ClickHouseEngine
    from segdsl.engines.clickhouse_reader import ClickHouseReader

    engine = ClickHouseEngine()
    try:
        with pytest.raises(EngineError, match="chdb runs one ClickHouse per process"):
            ClickHouseReader(shop.url)
    finally:
        engine.close()
    with ClickHouseReader(shop.url) as reader:
        assert reader.query("SELECT count() AS n FROM shop.customers") == (["n"], [(CUSTOMERS,)])
        with pytest.raises(EngineError, match="chdb runs one ClickHouse per process"):
            ClickHouseEngine()
    with ClickHouseEngine() as engine:
        assert engine.query("SELECT 1 AS one") == (["one"], [(1,)])


def test_folder_urls() -> None:
    """``chdb:`` URLs need no chdb to be told apart (segdsl/dburl.py)."""
    from segdsl.dburl import anchored, backend, folder_path, scheme, unsupported_scheme

    assert [scheme(url) for url in ("chdb:///srv/ch", "chdb:data/ch", "CHDB:ch")] == ["chdb"] * 3
    assert folder_path("chdb:///srv/ch") == "/srv/ch"
    assert folder_path("chdb:data/ch") == "data/ch"
    assert folder_path("chdb:/srv/ch") == "/srv/ch"
    assert folder_path("chdb://host/ch") == "//host/ch"  # refused by the engine
    assert folder_path("data/shop.duckdb") is None
    assert anchored("chdb:data/ch", "/home/p") == "chdb:///home/p/data/ch"
    assert anchored("chdb:///srv/ch", "/home/p") == "chdb:///srv/ch"
    assert anchored("postgresql://h/db", "/home/p") == "postgresql://h/db"
    entry = backend("chdb:data/ch")
    assert entry is not None and entry.dialect == "clickhouse"
    for command in ("run", "explain", "report", "diff", "schema infer", "init"):
        assert unsupported_scheme("chdb:data/ch", command) is None
    assert unsupported_scheme("chdb:data/ch", "demo") is not None
