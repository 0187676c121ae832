"""The BigQuery engine (google-cloud-bigquery): ``segdsl run`` and the other
reading commands on ``bigquery://PROJECT[/DATASET][?location=EU]`` URLs.

Rules this module keeps:

* Credentials are the library's own: ``bigquery.Client`` finds Application
  Default Credentials (``gcloud auth application-default login``,
  ``GOOGLE_APPLICATION_CREDENTIALS``, a metadata server).  segdsl reads no key
  file and puts no secret in the URL; when none are found the message says how to
  make them (one line, exit status 2).
* The reading commands send only queries, each as a standard-SQL query job: the
  column check reads ``INFORMATION_SCHEMA.COLUMNS`` with the table name as a
  query parameter; the evaluation runs the compiled SQL exactly as ``segdsl
  compile --dialect bigquery`` prints it (the as-of is a ``TIMESTAMP`` literal in
  it, built by the compiler from the parsed instant, so no text of the user's
  reaches SQL; keeping it a literal keeps what runs identical to what was
  reviewed).  The URL's dataset is the job's default dataset, so a schema may
  name tables without one.
* Rows are read page by page (:data:`PAGE_SIZE`), never all held by ``--out``.
* ``segdsl materialize`` writes through the same client (its statements, query
  jobs too, come from segdsl/materialize/bigquery_target.py; the metadata reads
  and the dry run it needs are the methods below ``table_columns``).
* Every client problem leaves as a one-line :class:`~segdsl.engines.EngineError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from sqlglot import exp

from segdsl.compile.dialects.bigquery import BigQuery
from segdsl.dburl import mask_secrets
from segdsl.engines import ClosesOnExit, EngineError, ReadingEngine, schema_tables
from segdsl.engines.columns import FoundColumns, check_layout
from segdsl.project.model import Schema, ValueType
from segdsl.timecontext import Zoning

DIALECT = "bigquery"
LABEL = "BigQuery"
_NAMES = BigQuery()

# Which BigQuery column types fit each schema type (docs/types.md), by
# INFORMATION_SCHEMA.COLUMNS.DATA_TYPE lower-cased, without its parameters
# (NUMERIC(10, 2) is numeric, STRING(40) is string).
FITS: dict[ValueType, frozenset[str]] = {
    ValueType.STRING: frozenset({"string"}),
    ValueType.INTEGER: frozenset({"int64"}),
    ValueType.NUMBER: frozenset({"int64", "numeric", "bignumeric", "float64"}),
    ValueType.BOOLEAN: frozenset({"bool"}),
    ValueType.DATE: frozenset({"date"}),
    ValueType.TIMESTAMP: frozenset({"timestamp", "datetime"}),
    ValueType.LIST_STRING: frozenset({"array<string>"}),
    ValueType.LIST_INTEGER: frozenset({"array<int64>"}),
}
KEY_FITS = frozenset({"string", "int64"})
# TIMESTAMP is an instant; a DATETIME holds UTC wall-clock time (SPEC 2) and is
# read as TIMESTAMP(col, 'UTC') (BigQuery.read_stored_instant).
ZONING: dict[str, Zoning] = {"timestamp": Zoning.ZONED, "datetime": Zoning.NAIVE}
PAGE_SIZE = 10_000
_PARAMETERS = re.compile(r"\((?:[^()<>]*)\)")
CREDENTIALS_HINT = ("run `gcloud auth application-default login`, or set "
                    "GOOGLE_APPLICATION_CREDENTIALS to a service account's key file")


def parse_url(url: str) -> tuple[str, str | None, str | None]:
    """``bigquery://PROJECT[/DATASET][?location=L]`` -> (project, dataset, location)."""
    parts = urlsplit(url.strip())
    path = [unquote(piece) for piece in parts.path.split("/") if piece]
    options = dict(parse_qsl(parts.query))
    unknown = sorted(set(options) - {"location"})
    if not parts.netloc or "@" in parts.netloc or len(path) > 1 or unknown:
        raise EngineError(f"cannot use {mask_secrets(url.strip())}: write "
                          "bigquery://PROJECT[/DATASET][?location=LOCATION] (credentials "
                          "come from the Google Cloud client library, not the URL)")
    return unquote(parts.netloc), (path[0] if path else None), options.get("location")


def table_expression(name: str) -> exp.Table:
    """``shop.customers`` -> `` `shop`.`customers` `` (the compiler's spelling)."""
    parts = name.split(".")
    if len(parts) > 3 or not all(parts):
        raise EngineError(f"cannot use the table name '{name}' in BigQuery "
                          "(expected table, dataset.table or project.dataset.table)")
    return _NAMES.table(name)


class BigQueryEngine(ClosesOnExit):
    """One ``bigquery.Client`` for ``url``'s project; every statement a query job."""

    def __init__(self, url: str) -> None:
        try:
            from google.api_core import exceptions as api_errors
            from google.auth import exceptions as auth_errors
            from google.cloud import bigquery
        except ImportError:
            raise EngineError("BigQuery needs the google-cloud-bigquery package: "
                              "pip install 'segdsl[bigquery]'") from None
        self._bigquery: Any = bigquery
        self._errors: tuple[type[Exception], ...] = (api_errors.GoogleAPIError,
                                                      auth_errors.GoogleAuthError)
        self.url = url.strip()
        self.project, self.dataset, location = parse_url(url)
        try:
            self._client: Any = bigquery.Client(project=self.project, location=location)
        except auth_errors.DefaultCredentialsError:
            raise EngineError(f"cannot connect to BigQuery at {self.url}: no Google Cloud "
                              f"credentials found; {CREDENTIALS_HINT}") from None
        except self._errors as error:
            raise self._error(error, f"cannot connect to BigQuery at {self.url}") from None

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

    def job_config(self, parameters: dict[str, str] | None = None) -> Any:
        """Standard SQL, the URL's dataset as the default, ``parameters`` as
        STRING query parameters (``@name`` in the SQL)."""
        bigquery = self._bigquery
        config = bigquery.QueryJobConfig(use_legacy_sql=False, labels={"client": "segdsl"})
        if self.dataset is not None:
            config.default_dataset = bigquery.DatasetReference(self.project, self.dataset)
        if parameters:
            config.query_parameters = [bigquery.ScalarQueryParameter(name, "STRING", value)
                                       for name, value in parameters.items()]
        return config

    # ------------------------------------------------------------ the schema

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's (or view's) columns in order with their type names (see
        ``FITS``), or None when it does not exist."""
        parts = table.split(".")
        if len(parts) > 3 or not all(parts):
            table_expression(table)  # raises the message
        dataset = parts[-2] if len(parts) >= 2 else self.dataset
        if dataset is None:
            raise EngineError(f"the table '{table}' names no dataset and {self.url} gives "
                              "none; write dataset.table in the schema or "
                              "bigquery://PROJECT/DATASET")
        project = parts[0] if len(parts) == 3 else self.project
        columns = exp.Table(this=exp.to_identifier("COLUMNS"),
                            db=exp.to_identifier("INFORMATION_SCHEMA"),
                            catalog=exp.to_identifier(f"{project}.{dataset}", quoted=True))
        query = (exp.select("column_name", "data_type").from_(columns)
                 .where(exp.column("table_name").eq(exp.Parameter(this=exp.var("table"))))
                 .order_by("ordinal_position"))
        _, rows = self._run(query.sql(dialect=DIALECT), {"table": parts[-1]})
        if not rows:
            return None
        return {str(name): _type_name(str(kind)) for name, kind in rows}

    def check_tables(self, schema: Schema) -> FoundColumns:
        found = {table: self.table_columns(table) for table in schema_tables(schema)}
        check_layout(schema, found, FITS, KEY_FITS, LABEL)
        return found

    # ------------------------------------ for `segdsl materialize` (writing)

    def dataset_exists(self, dataset: str) -> bool:
        """Whether ``dataset`` exists in the URL's project (a metadata read)."""
        from google.api_core.exceptions import NotFound

        try:
            self._open().get_dataset(self._bigquery.DatasetReference(self.project, dataset))
        except NotFound:
            return False
        except self._errors as error:
            raise self._error(error) from None
        return True

    def table_fields(self, dataset: str, table: str) -> list[Any] | None:
        """A table's ``SchemaField``s, or None when there is no such table."""
        from google.api_core.exceptions import NotFound

        reference = self._bigquery.DatasetReference(self.project, dataset).table(table)
        try:
            return list(self._open().get_table(reference).schema)
        except NotFound:
            return None
        except self._errors as error:
            raise self._error(error) from None

    def dry_run_fields(self, sql: str) -> list[Any]:
        """The ``SchemaField``s of a query's result, from a dry run (validated and
        typed by BigQuery, nothing read or billed)."""
        config = self.job_config()
        config.dry_run = True
        config.use_query_cache = False
        try:
            return list(self._open().query(sql, job_config=config).schema or ())
        except self._errors as error:
            raise self._error(error) from None

    def _open(self) -> Any:
        if self._client is None:
            raise EngineError("the BigQuery client is closed")
        return self._client

    # ------------------------------------------------------------------ queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        return self._run(sql)

    def _run(self, sql: str, parameters: dict[str, str] | None = None
             ) -> tuple[list[str], list[tuple[object, ...]]]:
        names, rows = self.stream(sql, parameters)
        return names, list(rows)

    def stream(self, sql: str, parameters: dict[str, str] | None = None
               ) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """Run one query job: its column names and its rows, page by page."""
        client = self._open()
        try:
            job = client.query(sql, job_config=self.job_config(parameters))
            result = job.result(page_size=PAGE_SIZE)
            names = [str(field.name) for field in result.schema]
        except self._errors as error:
            raise self._error(error) from None

        def rows() -> Iterator[tuple[object, ...]]:
            try:
                for row in result:
                    yield tuple(row.values())
            except self._errors as error:
                raise self._error(error) from None

        return names, rows()

    def _error(self, error: Exception, context: str = "BigQuery") -> EngineError:
        from google.auth import exceptions as auth_errors

        if isinstance(error, auth_errors.GoogleAuthError):
            return EngineError(f"{context}: the Google Cloud credentials were refused "
                               f"({_first_line(error)}); {CREDENTIALS_HINT}")
        message = getattr(error, "message", None) or _first_line(error)
        return EngineError(f"{context}: {message}")


def _type_name(data_type: str) -> str:
    return _PARAMETERS.sub("", data_type).replace(" ", "").lower()


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# How `run` and the other reading commands open a bigquery:// URL (segdsl/dburl.py).
READING = ReadingEngine(LABEL, DIALECT, BigQueryEngine, table_expression, FITS, KEY_FITS,
                        ZONING)
