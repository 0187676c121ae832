"""`segdsl run --db bigquery://...` without a network: the library boundary mocked.

``google.cloud.bigquery.Client`` is replaced by :class:`FakeClient`, which records
every query job (its SQL and its ``QueryJobConfig``, the library's own class) and
answers the column check from a table of column types and the evaluation with
rows given by the test.  What is exercised: URL parsing, the client's project and
location, credentials errors, the job configuration (standard SQL, default
dataset, the table name as a query parameter), the compiled SQL sent (the same as
``segdsl compile --dialect bigquery``, inside the sort by key), the column check
on BigQuery's type names, paging of rows into ``--out``.  What is not: BigQuery
itself (authentication, the SQL's meaning there; the SQL's meaning is tested on
ZetaSQL, BigQuery's reference implementation, by tests/test_cross_engine.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import sqlglot
from cli_project import run, write_project
from engine_targets import unavailable

AS_OF = "2026-11-01T09:30:00Z"
URL = "bigquery://my-project/shop"
SEGMENTS = "segment adults\n  where age >= 18 and has purchase in last 30 days\n"
LATEST = dt.datetime(2026, 10, 31, 17, 0, tzinfo=dt.UTC)
COLUMNS = {
    "customers": [("customer_id", "STRING"), ("country", "STRING(2)"), ("age", "INT64")],
    "orders": [("customer_id", "STRING"), ("ordered_at", "TIMESTAMP"),
               ("amount", "NUMERIC(12, 2)")],
}


@pytest.fixture
def bigquery() -> Any:
    try:
        from google.cloud import bigquery
    except ImportError:
        unavailable("google-cloud-bigquery is not installed (pip install '.[test]')")
    return bigquery


class FakeClient:
    """``bigquery.Client`` as far as segdsl uses it."""

    # Set per test by the `client` fixture (monkeypatched, so reset after it).
    made: ClassVar[list[FakeClient]] = []
    rows: ClassVar[list[tuple[object, ...]]] = []
    columns: ClassVar[dict[str, list[tuple[str, str]]]] = COLUMNS

    def __init__(self, project: str | None = None, location: str | None = None) -> None:
        self.project = project
        self.location = location
        self.jobs: list[tuple[str, Any]] = []
        self.closed = False
        FakeClient.made.append(self)

    def query(self, sql: str, job_config: Any = None) -> FakeJob:
        from google.cloud import bigquery

        self.jobs.append((sql, job_config))
        if "INFORMATION_SCHEMA" in sql:
            (parameter,) = job_config.query_parameters
            found = self.columns.get(parameter.value, [])
            return FakeJob([bigquery.SchemaField("column_name", "STRING"),
                            bigquery.SchemaField("data_type", "STRING")], found)
        if sql.startswith("SELECT MAX("):  # the latest event, for the stale --as-of warning
            return FakeJob([bigquery.SchemaField("latest", "TIMESTAMP")], [(LATEST,)])
        return FakeJob([bigquery.SchemaField("customer_id", "STRING")], self.rows)

    def close(self) -> None:
        self.closed = True


class FakeJob:
    def __init__(self, schema: list[Any], rows: list[tuple[object, ...]]) -> None:
        self.schema = schema
        self._rows = rows
        self.page_size: int | None = None

    def result(self, page_size: int | None = None) -> FakeJob:
        self.page_size = page_size
        return self

    def __iter__(self) -> Iterator[Any]:
        from google.cloud.bigquery.table import Row

        names = {field.name: index for index, field in enumerate(self.schema)}
        return iter([Row(row, names) for row in self._rows])


@pytest.fixture
def client(bigquery: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakeClient]:
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS)
    monkeypatch.setattr(bigquery, "Client", FakeClient)
    monkeypatch.setattr(FakeClient, "made", [])
    monkeypatch.setattr(FakeClient, "rows", [("c1",), ("c3",)])
    return FakeClient


def _only_client() -> FakeClient:
    (made,) = FakeClient.made
    return made


def test_run_sends_the_compiled_sql_as_one_standard_sql_job(client: type[FakeClient],
                                                            bigquery: Any) -> None:
    result = run(["run", "adults", "--as-of", AS_OF, "--format", "csv", "--db", URL])
    assert result.exit_code == 0, result.output
    assert result.stdout == "customer_id\nc1\nc3\n"
    made = _only_client()
    assert (made.project, made.location, made.closed) == ("my-project", None, True)

    checks = [job for job in made.jobs if "INFORMATION_SCHEMA" in job[0]]
    assert [job[0] for job in made.jobs if job not in checks][:-1] == [
        "SELECT MAX(`ordered_at`) FROM `orders`"]
    sql, config = made.jobs[-1]
    # The column check: one INFORMATION_SCHEMA query per table, the name a parameter.
    assert [job[1].query_parameters[0].value for job in checks] == ["customers", "orders"]
    for check_sql, check_config in checks:
        assert check_sql == ("SELECT column_name, data_type FROM `my-project.shop`."
                             "INFORMATION_SCHEMA.COLUMNS WHERE table_name = @table "
                             "ORDER BY ordinal_position")
        (parameter,) = check_config.query_parameters
        assert (parameter.name, parameter.type_) == ("table", "STRING")
    # The evaluation: standard SQL, the URL's dataset as the default, no parameters.
    assert config.use_legacy_sql is False
    assert config.default_dataset == bigquery.DatasetReference("my-project", "shop")
    assert config.query_parameters == []
    assert config.labels == {"client": "segdsl"}
    # What runs is what `segdsl compile --dialect bigquery` prints, sorted by key.
    compiled = run(["compile", "adults", "--dialect", "bigquery", "--as-of", AS_OF])
    sent = sqlglot.parse_one(sql, dialect="bigquery")
    inner = sent.args["from_"].this.this
    assert inner == sqlglot.parse_one(compiled.stdout, dialect="bigquery")
    assert sent.args["order"].sql(dialect="bigquery") == "ORDER BY `customer_id`"
    assert "CAST('2026-11-01 09:30:00+00:00' AS TIMESTAMP)" in sql


def test_rows_are_paged_into_the_out_file(client: type[FakeClient], tmp_path: Path) -> None:
    client.rows = [(f"c{number:05}",) for number in range(25_000)]
    out = tmp_path / "adults.csv"
    result = run(["run", "adults", "--as-of", AS_OF, "--out", str(out), "--db", URL])
    assert result.exit_code == 0, result.output
    assert out.read_text().splitlines() == ["customer_id", *(row[0] for row in client.rows)]


def test_a_column_of_the_wrong_type(client: type[FakeClient], monkeypatch: pytest.MonkeyPatch
                                    ) -> None:
    monkeypatch.setattr(client, "columns", {**COLUMNS, "customers": [
        ("customer_id", "STRING"), ("age", "FLOAT64")]})
    result = run(["run", "adults", "--as-of", AS_OF, "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith(
        "is float64 in BigQuery, but schema.yml makes it integer; BigQuery types that fit: "
        "int64\n")
    assert result.stderr.count("\n") == 1


def test_a_table_without_a_dataset_needs_one_in_the_url(client: type[FakeClient]) -> None:
    result = run(["run", "adults", "--db", "bigquery://my-project"])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: the table 'customers' names no dataset and bigquery://my-project gives none; "
        "write dataset.table in the schema or bigquery://PROJECT/DATASET\n")


def test_location_goes_to_the_client(client: type[FakeClient]) -> None:
    result = run(["run", "adults", "--as-of", AS_OF, "--db", URL + "?location=EU"])
    assert result.exit_code == 0, result.output
    assert _only_client().location == "EU"


def test_missing_credentials_are_one_line(bigquery: Any, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    from google.auth.exceptions import DefaultCredentialsError

    def no_credentials(**_: object) -> None:
        raise DefaultCredentialsError("Your default credentials were not found. To set up "
                                      "Application Default Credentials, see\nhttps://...")

    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS)
    monkeypatch.setattr(bigquery, "Client", no_credentials)
    result = run(["run", "adults", "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: cannot connect to BigQuery at bigquery://my-project/shop: no Google Cloud "
        "credentials found; run `gcloud auth application-default login`, or set "
        "GOOGLE_APPLICATION_CREDENTIALS to a service account's key file\n")


def test_a_failed_job_is_one_line(client: type[FakeClient], monkeypatch: pytest.MonkeyPatch
                                  ) -> None:
    from google.api_core.exceptions import Forbidden

    def refused(self: FakeClient, sql: str, job_config: Any = None) -> None:
        raise Forbidden("Access Denied: Table my-project:shop.customers: User does not "
                        "have permission\nmore detail")

    monkeypatch.setattr(client, "query", refused)
    result = run(["run", "adults", "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr == ("error: BigQuery: Access Denied: Table my-project:shop.customers: "
                             "User does not have permission\n")


def test_missing_package_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS)
    import google.cloud

    # As if the package were not installed: the import of google.cloud.bigquery fails.
    monkeypatch.setitem(sys.modules, "google.cloud.bigquery", None)
    monkeypatch.delattr(google.cloud, "bigquery", raising=False)
    result = run(["run", "adults", "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr == ("error: BigQuery needs the google-cloud-bigquery package: "
                             "pip install 'segdsl[bigquery]'\n")


@pytest.mark.parametrize("url", ["bigquery://my-project/shop/extra",
                                 "bigquery://user:pw@my-project/shop",
                                 "bigquery://my-project/shop?credentials=key.json"])
def test_a_bad_url_is_one_line(client: type[FakeClient], url: str) -> None:
    result = run(["run", "adults", "--db", url])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1
    assert result.stderr.endswith(": write bigquery://PROJECT[/DATASET][?location=LOCATION] "
                                  "(credentials come from the Google Cloud client library, "
                                  "not the URL)\n")
    assert "pw@" not in result.stderr
    assert client.made == []
