"""`segdsl materialize --db bigquery://...` without a network: the library
boundary faked, as tests/test_bigquery_run.py fakes it for `run`.

The fake client records every query job (its SQL and its ``QueryJobConfig``, the
library's own class) and answers the metadata reads (``get_dataset``,
``get_table``) and the dry run from what the test sets.  What is exercised: the
checks before anything is written (the dataset exists, the compiled SELECT typed
by a dry run, the history's columns), the statements sent and their order, the
snapshot's DELETE + INSERT as one script in one transaction, the job
configuration, the one-line errors.  What is not: BigQuery itself (that the
statements run there, the atomicity of CREATE OR REPLACE, the transaction);
docs/materialize.md#bigquery says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
import sqlglot
from cli_project import run, write_project
from test_bigquery_run import AS_OF, SEGMENTS, URL, FakeClient, FakeJob, bigquery

__all__ = ["bigquery"]  # the fixture, imported

HISTORY = "`shop`.`segdsl_membership_history`"
INSTANT = "CAST('2026-11-01 09:30:00+00:00' AS TIMESTAMP)"


class WritingClient(FakeClient):
    """The fake client, with the metadata reads and the dry run materialize adds."""

    datasets: ClassVar[set[str]] = {"shop"}
    tables: ClassVar[dict[str, list[tuple[str, str]]]] = {}
    result: ClassVar[list[tuple[str, str]]] = [("customer_id", "STRING"),
                                               ("adults", "BOOLEAN")]

    def query(self, sql: str, job_config: Any = None) -> FakeJob:
        from google.cloud import bigquery

        if job_config is not None and job_config.dry_run:
            self.jobs.append((sql, job_config))
            return FakeJob([bigquery.SchemaField(name, kind) for name, kind in self.result],
                           [])
        if sql.startswith("SELECT COUNT(*)"):
            self.jobs.append((sql, job_config))
            return FakeJob([bigquery.SchemaField("n", "INTEGER")], [(2,)])
        if sql.startswith(("CREATE", "ALTER", "BEGIN")):
            self.jobs.append((sql, job_config))
            return FakeJob([], [])
        return super().query(sql, job_config)

    def get_dataset(self, reference: Any) -> object:
        from google.api_core.exceptions import NotFound

        if reference.dataset_id not in self.datasets:
            raise NotFound(f"Dataset {reference.project}:{reference.dataset_id} not found")
        return reference

    def get_table(self, reference: Any) -> Any:
        from google.api_core.exceptions import NotFound
        from google.cloud import bigquery

        fields = self.tables.get(reference.table_id)
        if fields is None:
            raise NotFound(f"Table {reference.table_id} not found")
        return bigquery.Table(reference, schema=[bigquery.SchemaField(name, kind)
                                                 for name, kind in fields])


@pytest.fixture
def client(bigquery: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
           ) -> type[WritingClient]:
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS)
    monkeypatch.setattr(bigquery, "Client", WritingClient)
    monkeypatch.setattr(FakeClient, "made", [])
    monkeypatch.setattr(WritingClient, "tables", {})
    return WritingClient


def _writes(client: FakeClient) -> list[tuple[str, Any]]:
    """The jobs after the column check and the stale-as-of query."""
    return [job for job in client.jobs
            if "INFORMATION_SCHEMA" not in job[0] and not job[0].startswith("SELECT MAX(")]


def test_checks_then_statements_then_one_script(client: type[WritingClient],
                                                bigquery: Any) -> None:
    result = run(["materialize", "--as-of", AS_OF, "--snapshot", "--db", URL])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "wrote shop.segdsl_membership: 2 rows, 2 columns, as of 2026-11-01T09:30:00Z",
        "snapshot 2026-11-01T09:30:00Z in shop.segdsl_membership_history"]
    (made,) = client.made
    assert made.closed
    sent = _writes(made)
    dry_run, create, history, script, count = (sql for sql, _ in sent)
    assert [bool(config.dry_run) for _, config in sent] == [True, False, False, False, False]
    # The dry run types exactly the SELECT the table is then made from.
    assert create == f"CREATE OR REPLACE TABLE `shop`.`segdsl_membership` AS {dry_run}"
    assert INSTANT in dry_run
    # The same statement `compile --materialize` prints for a scheduler.
    printed = run(["compile", "--materialize", "--dialect", "bigquery", "--schema", "shop",
                   "--as-of", AS_OF])
    assert printed.exit_code == 0, printed.output
    first = printed.stdout.split(";\n")[0]
    assert sqlglot.parse_one(create, dialect="bigquery") == sqlglot.parse_one(
        first, dialect="bigquery")
    # The history in GoogleSQL's type names, no primary key (BigQuery enforces none).
    assert history == (f"CREATE TABLE IF NOT EXISTS {HISTORY} (`segdsl_as_of` TIMESTAMP, "
                       "`customer_id` STRING, `adults` BOOL)")
    # One job, one transaction: DELETE of that as-of, INSERT from the new table.
    assert script.split(";\n") == [
        "BEGIN TRANSACTION",
        f"DELETE FROM {HISTORY} WHERE `segdsl_as_of` = {INSTANT}",
        f"INSERT INTO {HISTORY} (`segdsl_as_of`, `customer_id`, `adults`) SELECT {INSTANT} "
        "AS `segdsl_as_of`, `customer_id`, `adults` FROM `shop`.`segdsl_membership`",
        "COMMIT TRANSACTION"]
    assert count == "SELECT COUNT(*) FROM `shop`.`segdsl_membership`"
    for _, config in sent:
        assert config.use_legacy_sql is False
        assert config.default_dataset == bigquery.DatasetReference("my-project", "shop")
        assert config.labels == {"client": "segdsl"}


def test_a_definition_added_becomes_a_column(client: type[WritingClient],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "tables", {"segdsl_membership_history": [
        ("segdsl_as_of", "TIMESTAMP"), ("customer_id", "STRING")]})
    result = run(["materialize", "--as-of", AS_OF, "--snapshot", "--db", URL])
    assert result.exit_code == 0, result.output
    sent = [sql for sql, _ in _writes(client.made[0])]
    assert sent[2] == f"ALTER TABLE {HISTORY} ADD COLUMN IF NOT EXISTS `adults` BOOL"
    assert sent[3].startswith("BEGIN TRANSACTION;\nDELETE")


def test_a_hand_changed_history_column_is_refused(client: type[WritingClient],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "tables", {"segdsl_membership_history": [
        ("segdsl_as_of", "TIMESTAMP"), ("customer_id", "STRING"), ("adults", "STRING")]})
    result = run(["materialize", "--as-of", AS_OF, "--snapshot", "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: the column adults of shop.segdsl_membership_history is STRING, but the "
        "membership table's is BOOL (its definition changed kind, or the column was "
        "changed by hand); rename or drop that column of the history table, nothing was "
        "written\n")
    # Only the dry run: nothing written.
    assert [bool(config.dry_run) for _, config in _writes(client.made[0])] == [True]


def test_a_missing_dataset_is_refused(client: type[WritingClient]) -> None:
    result = run(["materialize", "--as-of", AS_OF, "--schema", "nowhere", "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr == ("error: the schema nowhere does not exist in this BigQuery "
                             "database; create it first (materialize never creates one)\n")
    assert _writes(client.made[0]) == []


def test_missing_credentials_are_one_line(bigquery: Any, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    from google.auth.exceptions import DefaultCredentialsError

    def no_credentials(**_: object) -> None:
        raise DefaultCredentialsError("Your default credentials were not found.\nhttps://...")

    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, SEGMENTS)
    monkeypatch.setattr(bigquery, "Client", no_credentials)
    result = run(["materialize", "--db", URL])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "error: cannot connect to BigQuery at bigquery://my-project/shop: no Google Cloud "
        "credentials found; run `gcloud auth application-default login`, or set "
        "GOOGLE_APPLICATION_CREDENTIALS to a service account's key file\n")
