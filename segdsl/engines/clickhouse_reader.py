"""Reading a ClickHouse data folder through chdb: ``segdsl run`` (and ``explain``,
``report``, ``diff``, ``schema infer``) on ``--db chdb:///path/to/folder``.

A chdb data folder is what ``chdb.session.Session(path)`` keeps its databases in
(``metadata/``, ``store/``): ClickHouse itself, embedded in the Python process.
segdsl never creates one: a folder that does not exist, or holds no ClickHouse
``metadata/``, is an error, so reading cannot leave an empty database behind.

Rules this module keeps:

* **Read-only, enforced by ClickHouse.**  The session starts with ``readonly = 1``
  among its connection settings: ClickHouse then refuses every write, every DDL
  statement, the ``file()``/``url()`` table functions (which could write outside
  the folder) and any change of a setting.  The settings the compiled SQL writes
  in its own ``SETTINGS`` clause (``join_use_nulls``, ``aggregate_functions_null_
  for_empty``, segdsl/compile/dialects/clickhouse.py) are given the same values
  at connection, and ClickHouse accepts a setting "changed" to its current value
  in read-only mode.  (chdb's own ``mode=ro`` is ``readonly = 2``, which still lets
  ``INSERT INTO FUNCTION file(...)`` write a file.)
* **One ClickHouse per process.**  chdb embeds one server per process, on one
  folder (or in memory); a second folder, or the in-memory server of ``segdsl
  test --engine clickhouse``, cannot be open at the same time.  The idle
  in-memory one is stopped first (``clickhouse_engine.release_idle_server``);
  a clash otherwise is one line.  Each command is one process, so only programs
  that use segdsl as a library meet this.
* **Column check** through ``system.columns`` (the table's database, or the
  current one, ``default``, for an unqualified name), type names normalised as
  :func:`type_name` says (docs/types.md).
* **Exact values**: results are read as ``JSONCompactEachRowWithNamesAndTypes``
  with quoted decimals and 64-bit integers, decoded by the fixture engine's
  :func:`~segdsl.engines.clickhouse_engine.decode`; :meth:`ClickHouseReader.stream`
  reads chdb's streaming query block by block, never the whole result.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlglot import exp

from segdsl.compile.dialects.clickhouse import QUERY_SETTINGS
from segdsl.dburl import folder_path
from segdsl.engines import ClosesOnExit, EngineError, ReadingEngine, schema_tables
from segdsl.engines.clickhouse_engine import (
    DIALECT,
    OUTPUT,
    SESSION_SETTINGS,
    WRAPPER,
    decode,
    engine_error,
    import_chdb_session,
    release_idle_server,
    server_error,
    table_expression,
)
from segdsl.engines.columns import FoundColumns, check_layout
from segdsl.project.model import Schema, ValueType
from segdsl.timecontext import Zoning

# As segdsl/dburl.py's BACKENDS names it (messages: "the ClickHouse (chdb) database
# has no table ...").
LABEL = "ClickHouse (chdb)"

_INTEGERS = frozenset({f"{sign}int{bits}" for sign in ("", "u")
                       for bits in (8, 16, 32, 64, 128, 256)})
# Which ClickHouse column types fit each schema type (docs/types.md), by
# :func:`type_name`: lower case, ``Nullable``/``LowCardinality`` taken off,
# parameters dropped (``Decimal(12, 2)`` is ``decimal``) except a ``'UTC'`` zone.
FITS: dict[ValueType, frozenset[str]] = {
    ValueType.STRING: frozenset({"string"}),
    ValueType.INTEGER: _INTEGERS,
    ValueType.NUMBER: _INTEGERS | {"float32", "float64", "decimal"},
    ValueType.BOOLEAN: frozenset({"bool"}),
    ValueType.DATE: frozenset({"date", "date32"}),
    ValueType.TIMESTAMP: frozenset({"datetime", "datetime('utc')", "datetime64",
                                    "datetime64('utc')"}),
    ValueType.LIST_STRING: frozenset({"array(string)"}),
    ValueType.LIST_INTEGER: frozenset({f"array({name})" for name in _INTEGERS}),
}
KEY_FITS = FITS[ValueType.STRING] | _INTEGERS | {"uuid"}
# Every DateTime is an instant; its type's zone is the one calendar functions
# read.  One whose type names UTC is read bare (Zoning.ZONED); any other (another
# zone, or none: the session's) stays unknown, read as toTimeZone(col, 'UTC')
# (ClickHouse.read_stored_instant).
ZONING: dict[str, Zoning] = {"datetime('utc')": Zoning.ZONED,
                             "datetime64('utc')": Zoning.ZONED}
_PARAMETERS = re.compile(r"^(\w+)\((.*)\)$")
_UTC = re.compile(r"'UTC'\s*$")


def type_name(kind: str) -> str:
    """A ClickHouse type as ``FITS`` spells it: ``Nullable(Decimal(12, 2))`` ->
    ``decimal``, ``LowCardinality(Nullable(String))`` -> ``string``,
    ``DateTime64(6, 'UTC')`` -> ``datetime64('utc')``, ``DateTime('Europe/Berlin')``
    -> ``datetime``, ``Array(Nullable(Int32))`` -> ``array(int32)``."""
    kind = kind.strip()
    while (wrapped := WRAPPER.match(kind)) is not None:
        kind = wrapped.group(1).strip()
    found = _PARAMETERS.match(kind)
    if found is None:
        return kind.lower()
    family, inside = found.group(1).lower(), found.group(2)
    if family == "array":
        return f"array({type_name(inside)})"
    if family in ("datetime", "datetime64") and _UTC.search(inside):
        return f"{family}('utc')"
    if family.startswith("decimal"):  # Decimal(P, S), Decimal32(S) ... Decimal256(S)
        return "decimal"
    return family


def folder_of(url: str) -> str:
    """The absolute folder a ``chdb:`` URL names; an error for a malformed one."""
    path = folder_path(url)
    usage = "write chdb:///absolute/path or chdb:relative/path (a chdb data folder)"
    if path is None or not path.strip():
        raise EngineError(f"cannot use {url.strip()}: {usage}")
    if path.startswith("//"):
        raise EngineError(f"cannot use {url.strip()}: chdb: names a folder on this machine, "
                          f"not a server (a ClickHouse server is not supported yet); {usage}")
    if "?" in path:  # chdb would read what follows as its own settings
        raise EngineError(f"cannot use {url.strip()}: a chdb folder's path cannot hold '?'")
    return os.path.abspath(path)


class ClickHouseReader(ClosesOnExit):
    """One read-only chdb session on the data folder a ``chdb:`` URL names."""

    def __init__(self, url: str) -> None:
        session = import_chdb_session()
        self.folder = folder_of(url)
        if not os.path.isdir(self.folder):
            raise EngineError(f"cannot open {url.strip()}: there is no folder {self.folder} "
                              "(segdsl reads a chdb data folder and never creates one)")
        if not os.path.isdir(os.path.join(self.folder, "metadata")):
            raise EngineError(f"cannot open {url.strip()}: {self.folder} is not a chdb data "
                              "folder (it has no metadata/ folder)")
        release_idle_server()
        with _stderr_kept() as printed:
            try:
                self._session: Any = session.Session(f"{self.folder}?{_connection_settings()}")
            except Exception as error:  # chdb raises RuntimeError and its own errors
                failed: BaseException | None = error
            else:
                failed = None
        if failed is not None:
            said = "".join(printed).strip()
            if "Cannot lock file" in said:
                raise EngineError(f"cannot open {url.strip()}: another process has the folder "
                                  "open (a chdb session or clickhouse server holds its lock); "
                                  "read it when that process is done") from None
            if said and "EmbeddedServer already initialized" not in str(failed):
                raise EngineError(f"cannot open {url.strip()}: {said.splitlines()[0]}") from None
            raise server_error(failed, url.strip()) from None

    def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close()

    @property
    def session(self) -> Any:
        if self._session is None:
            raise EngineError("the ClickHouse session is closed")
        return self._session

    # ------------------------------------------------------------ the schema

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's (or view's) columns in order with their type names (see
        :func:`type_name`), or None when it does not exist."""
        spelled = table_expression(table)
        # An unqualified name is the session's current database (``default``).
        database: exp.Expression = exp.Anonymous(this="currentDatabase", expressions=[])
        if spelled.db:
            database = exp.Literal.string(spelled.db)
        query = (exp.select("name", "type").from_(exp.table_("columns", db="system"))
                 .where(exp.column("database").eq(database))
                 .where(exp.column("table").eq(exp.Literal.string(spelled.name)))
                 .order_by("position"))
        _, rows = self.query(query.sql(dialect=DIALECT))
        if not rows:
            return None
        return {str(name): type_name(str(kind)) for name, kind in rows}

    def check_tables(self, schema: Schema) -> FoundColumns:
        found = {table: self.table_columns(table) for table in schema_tables(schema)}
        check_layout(schema, found, FITS, KEY_FITS, LABEL)
        return found

    # ------------------------------------------------------------------ queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        try:
            names, _, rows = decode(str(self.session.query(sql, OUTPUT)))
        except EngineError:
            raise
        except Exception as error:  # chdb raises RuntimeError and its own errors
            raise engine_error(error) from None
        return names, rows

    def stream(self, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """The column names and the rows, block by block from chdb's streaming
        query (each block repeats the header; a large result is never held)."""
        try:
            blocks = iter(self.session.send_query(sql, OUTPUT))
            first = next(blocks, None)
        except Exception as error:  # chdb raises RuntimeError and its own errors
            raise engine_error(error) from None
        if first is None:  # no rows, and then no block either: the names alone
            return self._names(sql), iter(())
        names, _, rows = decode(str(first))

        def more() -> Iterator[tuple[object, ...]]:
            yield from rows
            try:
                for block in blocks:
                    yield from decode(str(block))[2]
            except EngineError:
                raise
            except Exception as error:
                raise engine_error(error) from None

        return names, more()

    def _names(self, sql: str) -> list[str]:
        """The column names of ``sql``'s result, from ``DESCRIBE`` (which does not
        run it)."""
        import sqlglot

        inner = sqlglot.parse_one(sql, dialect=DIALECT)
        assert isinstance(inner, exp.Query)
        _, rows = self.query(exp.Describe(this=inner.subquery()).sql(dialect=DIALECT))
        return [str(row[0]) for row in rows]


@contextmanager
def _stderr_kept() -> Iterator[list[str]]:
    """What is written to file descriptor 2 inside the block, kept (in the list,
    once the block ends) rather than shown: ClickHouse prints why a folder cannot
    be opened there itself (a locked folder), while chdb's exception says only
    that its server did not start."""
    import sys
    import tempfile

    printed: list[str] = []
    sys.stderr.flush()
    with tempfile.TemporaryFile() as kept:
        saved = os.dup(2)
        os.dup2(kept.fileno(), 2)
        try:
            yield printed
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            kept.seek(0)
            printed.append(kept.read().decode("utf-8", "replace"))


def _connection_settings() -> str:
    """The session's settings as chdb's connection parameters: the fixture
    engine's output and zone settings, the compiled SQL's own ``SETTINGS`` (so
    that read-only mode accepts them) and, last, ``readonly=1``."""
    settings = {name: value.name for name, value in SESSION_SETTINGS.items()}
    settings.update({name: str(value) for name, value in QUERY_SETTINGS})
    settings["readonly"] = "1"
    return "&".join(f"{name}={value}" for name, value in settings.items())


# How `run` and the other reading commands open a chdb: URL (segdsl/dburl.py).
READING = ReadingEngine(LABEL, DIALECT, ClickHouseReader, table_expression, FITS, KEY_FITS,
                        ZONING)
