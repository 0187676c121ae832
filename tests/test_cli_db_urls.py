"""Which databases `--db` and segdsl.yml's `database` take, and that no password of
a URL ever reaches a message (issue #11, items 1 and 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_project import run, write_project

from segdsl.dburl import folder_url_from, mask_secrets, scrub, unsupported_scheme

SEGMENTS = "segment adults\n  where age >= 18\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_project(tmp_path, SEGMENTS)


def _one_error_line(args: list[str], status: int = 2) -> str:
    result = run(args)
    assert result.exit_code == status, result.output
    assert result.stdout == ""
    # `test` may note first that it found no fixture files.
    lines = [line for line in result.stderr.splitlines() if not line.startswith("note: ")]
    assert len(lines) == 1, result.stderr
    return lines[0]


# ------------------------------------------------------------ unsupported URLs


# What each command accepts, as the message lists it (segdsl/dburl.py's BACKENDS);
# mysql:// URLs work with every command (tests/test_mysql.py, tests/test_mysql_run.py).
READING_URLS = ("a DuckDB database file path or a postgresql://, bigquery://, snowflake://, "
                "mysql://, chdb:// or spark:// URL")
# `schema infer` reads catalogs: PostgreSQL's, MySQL's, DuckDB's and a chdb folder's.
INFER_URLS = "a DuckDB database file path or a postgresql://, mysql:// or chdb:// URL"
TEST_URLS = "a DuckDB database file path or a postgresql:// or mysql:// URL"
ANY_URLS = TEST_URLS


@pytest.mark.parametrize(("command", "accepted", "url"), [
    (command, accepted, url)
    for command, accepted in ((["run", "adults"], READING_URLS), (["run", "--all"], READING_URLS),
                              (["test"], TEST_URLS))
    # databricks://: a workspace, not connected (spark:///path reads a warehouse folder)
    for url in ("oracle://x@y/z", "SQLite:///tmp/a.db", "duckdb://a.duckdb",
                "databricks://adb-1.azuredatabricks.net")])
def test_unsupported_scheme_on_the_command_line(project: Path, command: list[str],
                                                accepted: str, url: str) -> None:
    line = _one_error_line([*command, "--db", url])
    scheme = url.split("://")[0].lower()
    assert line == (f"error: --db {url} is a {scheme}:// URL, which segdsl cannot use; "
                    f"give {accepted}")
    assert "does not exist" not in line


@pytest.mark.parametrize("command", [["test"], ["schema", "infer", "--table", "customers"]])
@pytest.mark.parametrize("url", ["bigquery://p/shop", "snowflake://u:hunter22@acct/DB",
                                 "spark:///srv/warehouse"])
def test_warehouses_are_only_for_the_reading_commands(project: Path, command: list[str],
                                                      url: str) -> None:
    """`segdsl test` needs a scratch database and `schema infer` reads PostgreSQL,
    DuckDB or chdb catalogs: BigQuery and Snowflake are refused by name, before any
    driver is imported."""
    line = _one_error_line([*command, "--db", url])
    scheme = url.split("://")[0]
    name = {"bigquery": "BigQuery", "snowflake": "Snowflake", "spark": "Spark"}[scheme]
    which = "`segdsl schema infer`" if command[0] == "schema" else "`segdsl test`"
    accepted = INFER_URLS if command[0] == "schema" else TEST_URLS
    assert line == (f"error: --db {url.replace('hunter22', '***')} is a {scheme}:// URL, "
                    f"which {which} cannot use ({name} works only with changes, diff, "
                    f"explain, report, run); give {accepted}")


@pytest.mark.parametrize("command", [["run", "adults"], ["demo"]])
def test_unsupported_scheme_in_the_project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                command: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS, "name: tiny\ndatabase: oracle://u:hunter22@y/z\n")
    line = _one_error_line(command)
    accepted = READING_URLS if command[0] == "run" else ANY_URLS
    assert line == ("error: segdsl.yml:2:11: 'database' oracle://u:***@y/z is a oracle:// URL, "
                    f"which segdsl cannot use; give {accepted}")
    assert not (tmp_path / "oracle:").exists(), "demo must not write a file named after it"


@pytest.mark.parametrize("url", ["mysql://u:hunter22@y/z", "postgresql://u:hunter22@y/z"])
def test_demo_writes_only_duckdb_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       url: str) -> None:
    """A server URL is a database segdsl can read, but the demo writes a DuckDB
    file: refused, with the password masked, and no file named after the URL."""
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS, f"name: tiny\ndatabase: {url}\n")
    line = _one_error_line(["demo"])
    assert line == ("error: segdsl demo writes a DuckDB file, but 'database' in segdsl.yml is "
                    f"{url.replace('hunter22', '***')}")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["schema.yml", "segdsl.yml",
                                                                 "segments"]


def test_paths_and_postgres_urls_are_supported() -> None:
    for database in ("data/shop.duckdb", "C:/x.duckdb", "postgresql://h/db", "POSTGRES://h/db",
                     ":memory:"):
        assert unsupported_scheme(database) is None
    for command in ("run", "explain", "report", "diff", "changes"):
        for database in ("bigquery://p/d", "snowflake://u@a/db/schema", "spark:///srv/wh"):
            assert unsupported_scheme(database, command) is None


def test_materialize_writes_to_every_server_run_reads() -> None:
    """Every server URL `run` takes but the folders (chdb, Spark) is written by
    `materialize` (tests/test_materialize_*.py)."""
    for database in ("postgresql://h/db", "mysql://h/db", "snowflake://u@a/db/schema",
                     "bigquery://p/d"):
        assert unsupported_scheme(database, "materialize") is None
    assert unsupported_scheme("spark:///srv/wh", "materialize") == (
        "spark:///srv/wh is a spark:// URL, which `segdsl materialize` cannot use (segdsl "
        "never writes to Spark); give a DuckDB database file path or a postgresql://, "
        "bigquery://, snowflake:// or mysql:// URL")


# -------------------------------------------------------------------- secrets

SECRET_URLS = [
    # an unencoded '/' in the password
    "postgresql://postgres:pa55w0rd/s3cr3t@127.0.0.1:{port}/{db}",
    # an unencoded '@' in the password
    "postgresql://postgres:pa55w0rd@s3cr3t@127.0.0.1:{port}/{db}",
    # the password as a query parameter
    "postgresql://postgres@127.0.0.1:{port}/{db}?password=pa55w0rd&sslpassword=s3cr3t",
    "postgres://127.0.0.1:{port}/{db}?user=postgres&sslmode=disable&PASSWORD=pa55w0rd"
    "&SSLPASSWORD=s3cr3t",
    # percent-encoded
    "postgresql://postgres:pa55w0rd%2Fs3cr3t@127.0.0.1:{port}/{db}",
]
SECRETS = ("pa55w0rd", "s3cr3t")


@pytest.mark.parametrize("template", SECRET_URLS)
@pytest.mark.parametrize(("port", "db"), [(1, "shop"), (5432, "segdsl_no_such_database_h1")])
def test_no_password_in_connection_errors(project: Path, template: str, port: int,
                                          db: str) -> None:
    """An unreachable server (port 1) and a bad database name, for every form."""
    url = template.format(port=port, db=db)
    for command in (["run", "adults"], ["run", "--all", "--out", "x.csv"], ["test"]):
        line = _one_error_line([*command, "--db", url])
        assert line.startswith("error: "), line
        for secret in SECRETS:
            assert secret not in line, line


def test_no_password_when_engine_and_db_disagree(project: Path) -> None:
    line = _one_error_line(["test", "--engine", "bigquery", "--db",
                            "postgresql://u:pa55w0rd/s3cr3t@h/db?sslpassword=s3cr3t"])
    assert "--engine bigquery does not run on --db" in line
    for secret in SECRETS:
        assert secret not in line


def test_no_password_in_a_connection_string_taken_for_a_file(project: Path) -> None:
    line = _one_error_line(["run", "adults", "--db", "host=h password=pa55w0rd dbname=x"])
    assert "pa55w0rd" not in line


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://u:pa/ss@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u:p@ss@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u@h/db?password=x&sslmode=require",
         "postgresql://u@h/db?password=***&sslmode=require"),
        ("postgresql://h/db?sslpassword=x", "postgresql://h/db?sslpassword=***"),
        ("host=h password='a b' user=u", "host=h password=*** user=u"),
        ("postgresql://u@h:5432/db", "postgresql://u@h:5432/db"),
        ("postgresql://h:5432/db", "postgresql://h:5432/db"),
    ],
)
def test_mask_secrets(text: str, masked: str) -> None:
    assert mask_secrets(text) == masked


def test_scrub_removes_pieces_a_driver_echoes() -> None:
    url = "postgresql://u:p@ss/word@h/db"
    message = "failed to resolve host 'ss/word@h': unknown; port 'ss' invalid"
    scrubbed = scrub(message, url)
    assert "word" not in scrubbed and "'ss'" not in scrubbed


def test_no_password_in_the_source_line_of_a_project_file_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # check shows the source line under a segdsl.yml problem; a database URL on
    # that line keeps its password hidden.
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS, "name: tiny\ndatabase: postgresql://u:hunter22@h/db"
                  "  # x\ndialect: nope\nbogus: {database: 'postgresql://u:hunter22@h/db'}\n")
    result = run(["check"])
    assert result.exit_code == 1, result.output
    assert "hunter22" not in result.output
    assert "postgresql://u:***@h/db" in result.output
    assert "bogus" in result.output


def test_every_backend_row_names_its_engine_and_extra() -> None:
    """segdsl/dburl.py's BACKENDS is the one table of --db schemes: each row's
    module opens its dialect, and its extra is one pyproject.toml declares."""
    import tomllib

    from segdsl.dburl import BACKENDS, backend
    from segdsl.engines.reader import reading_engine

    root = Path(__file__).resolve().parents[1]
    extras = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    for row in BACKENDS:
        assert row.extra in extras
        # Every backend is read by the reading commands (MySQL too, since it has a
        # reading engine).
        assert row.commands is None or {"run", "explain", "report", "diff"} <= row.commands
        assert reading_engine(row).dialect == row.dialect
        assert reading_engine(row).label == row.name
        assert row.extra in extras
        for name in row.schemes:
            assert backend(f"{name.upper()}://somewhere/db") is row
    assert backend("data/shop.duckdb") is None


def test_snowflake_secrets_in_query_parameters_are_masked() -> None:
    url = ("snowflake://u@acct/DB?private_key_file=k.p8&private_key_file_pwd=hunter22"
           "&token=abc123xyz&oauth_token=def456uvw&warehouse=W")
    assert mask_secrets(url) == (
        "snowflake://u@acct/DB?private_key_file=k.p8&private_key_file_pwd=***&token=***"
        "&oauth_token=***&warehouse=W")
    assert "hunter22" not in scrub("bad key hunter22 for abc123xyz", url)


# ------------------------------------------------------- Spark warehouse folders


def test_a_relative_warehouse_in_the_project_file_is_the_projects(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``database: spark://warehouse`` is a folder next to segdsl.yml, as a DuckDB
    file path is; it is refused before Spark starts when it is missing."""
    pytest.importorskip("pyspark")
    monkeypatch.chdir(tmp_path)
    project = write_project(tmp_path / "my project", SEGMENTS,
                            "name: tiny\ndatabase: spark://warehouse\n")
    line = _one_error_line(["run", "adults", "--project", str(project)])
    assert line == f"error: the Spark warehouse folder {project / 'warehouse'} does not exist"
    assert folder_url_from("spark://wh", Path("/p q")) == "spark:///p%20q/wh"
    for kept in ("spark:///abs/wh", "spark://~/wh", "postgresql://h/db"):
        assert folder_url_from(kept, Path("/p")) == kept


@pytest.mark.parametrize("url", ["spark://", "spark:///srv/wh?catalog=x", "spark:///srv/${x}"])
def test_a_bad_spark_url_is_one_line(project: Path, url: str) -> None:
    line = _one_error_line(["run", "adults", "--db", url])
    assert line.startswith(f"error: cannot use {url}: ")
