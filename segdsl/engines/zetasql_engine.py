"""The BigQuery engine: compiled BigQuery SQL runs offline on fixture data in ZetaSQL.

ZetaSQL is Google's SQL analyzer, the front end BigQuery itself uses, and it comes
with a reference evaluator.  The ``zetasql`` package (``pip install
'segdsl[bigquery]'``) ships both compiled to WebAssembly and runs them with
wasmtime.  Analysis is BigQuery's own (names, types, function signatures, QUALIFY
rules), so SQL this engine accepts is SQL BigQuery accepts, up to the language
features listed in ``_EXTRA_FEATURES``.  Evaluation is the reference
implementation, not BigQuery's engine; where they differ the difference is noted
here.

Rules this module keeps (each quirk has its own docstring below):

* The service (the instantiated WebAssembly module) is created once per process
  and shared; compiling the module takes some 20 seconds, so the compiled code is
  cached in the user's cache folder (:func:`_load_module`).  An engine object only
  holds its tables: every query sends the catalog and all rows along, and the
  service keeps nothing between calls.
* The analyzer's default time zone is UTC, as BigQuery's (ZetaSQL's own default is
  America/Los_Angeles), and the product mode is external (BigQuery's type names
  and types: no INT32, UINT64, FLOAT).
* ``number`` columns are NUMERIC by default, exact with 9 digits after the point,
  the type every engine's fixture tables use (docs/types.md; the analyzer needs
  ``FEATURE_NUMERIC_TYPE``, enabled below); ``ZetaSQLEngine(number_type="FLOAT64")``
  makes them FLOAT64 instead, to check that the compiled SQL also runs on tables
  that store numbers as doubles.
* Every problem leaves as :class:`~segdsl.engines.EngineError` with a one-line
  message; a WebAssembly trap also drops the shared service, so that the next
  query starts a fresh one (from the cache, in well under a second).

Longer than 400 lines on purpose: one engine, one module, like the other engines;
the WebAssembly service, the tables sent with every query and the conversion of
ZetaSQL's values back to Python are its three parts, each documented below.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import tempfile
import threading
from collections.abc import Collection
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from importlib import metadata
from pathlib import Path
from typing import Any, Literal, TypeGuard

import sqlglot
from sqlglot import exp

from segdsl.cache import cache_folder
from segdsl.engines import ClosesOnExit, EngineError, Row, RowsByTable, schema_tables
from segdsl.project.model import Schema, ValueType

INSTALL_HINT = "pip install 'segdsl[bigquery]'"

# Import problems are kept, not raised: importing segdsl.engines.zetasql_engine must
# always work, and only constructing the engine reports the missing package.
_UNAVAILABLE: str | None
try:
    import wasmtime
    from zetasql.core import WasmClient, ZetaSQLError
    from zetasql.core import wasm_client as _wasm_client_module
    from zetasql.core.exceptions import ServerError
    from zetasql.wasi import get_wasm_path
    from zetasql.wasi._pb2.zetasql.local_service import local_service_pb2 as _service_pb2
    from zetasql.wasi._pb2.zetasql.proto import options_pb2 as _analyzer_pb2
    from zetasql.wasi._pb2.zetasql.proto import simple_catalog_pb2 as _catalog_pb2
    from zetasql.wasi._pb2.zetasql.public import options_pb2 as _language_pb2
    from zetasql.wasi._pb2.zetasql.public import simple_table_pb2 as _table_pb2
    from zetasql.wasi._pb2.zetasql.public import type_pb2 as _type_pb2
    from zetasql.wasi._pb2.zetasql.public import value_pb2 as _value_pb2
except ImportError as error:
    if error.name and error.name.split(".")[0] not in ("zetasql", "wasmtime"):
        _UNAVAILABLE = (f"the BigQuery engine cannot load the zetasql package "
                        f"({error}); reinstall it: {INSTALL_HINT}")
    else:
        _UNAVAILABLE = f"the BigQuery engine needs the zetasql package: {INSTALL_HINT}"
except Exception as error:  # e.g. a protobuf runtime too old for zetasql's generated code
    _UNAVAILABLE = (f"the BigQuery engine cannot load the zetasql package "
                    f"({type(error).__name__}: {error}); reinstall it: {INSTALL_HINT}")
else:
    _UNAVAILABLE = None

NumberType = Literal["FLOAT64", "NUMERIC"]

_TYPE_KINDS: dict[ValueType, str] = {
    ValueType.STRING: "TYPE_STRING",
    ValueType.INTEGER: "TYPE_INT64",
    ValueType.NUMBER: "TYPE_DOUBLE",
    ValueType.BOOLEAN: "TYPE_BOOL",
    ValueType.DATE: "TYPE_DATE",
    ValueType.TIMESTAMP: "TYPE_TIMESTAMP",
    ValueType.LIST_STRING: "TYPE_ARRAY",
    ValueType.LIST_INTEGER: "TYPE_ARRAY",
}

# Language features BigQuery has beyond ZetaSQL's "current version" set, which
# leaves out the base features a product opts into.  The compiled SQL needs window
# functions (ranking, first/last) and NUMERIC (exact rounding); the others are
# BigQuery types and syntax a hand-written query may use.  Names missing from an
# older or newer zetasql build are skipped.
_EXTRA_FEATURES = (
    "FEATURE_ANALYTIC_FUNCTIONS",
    "FEATURE_NUMERIC_TYPE",
    "FEATURE_BIGNUMERIC_TYPE",
    "FEATURE_INTERVAL_TYPE",
    "FEATURE_JSON_TYPE",
    "FEATURE_GEOGRAPHY",
    "FEATURE_RANGE_TYPE",
    "FEATURE_NAMED_ARGUMENTS",
    "FEATURE_GROUP_BY_ROLLUP",
    "FEATURE_TABLESAMPLE",
    "FEATURE_TABLE_VALUED_FUNCTIONS",
)

_EPOCH_DAY = dt.date(1970, 1, 1)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_INT64 = range(-(2**63), 2**63)
# NUMERIC: 29 digits before the point, 9 after; BIGNUMERIC keeps 38 after.
_NUMERIC_SCALE, _BIGNUMERIC_SCALE = 9, 38
_NUMERIC_LIMIT = 10**38
# Enough digits for every BIGNUMERIC: Decimal's default 28 would round NUMERIC too.
_EXACT = Context(prec=100)


# --------------------------------------------------------------- the service


class _Service:
    """The ZetaSQL local service in one WebAssembly instance, with BigQuery's options.

    Calls go through the documented local-service RPCs (``ZetaSqlLocalService_*``)
    with the package's protobuf messages, not through its ``PreparedQuery`` and
    ``zetasql.types`` wrappers: those convert results field by field and drop
    TIMESTAMP values (a ``google.protobuf.Timestamp`` comes back as an empty
    object).
    """

    def __init__(self) -> None:
        self.client = _start_client()
        request = _service_pb2.LanguageOptionsRequest(
            language_version=_language_pb2.LanguageVersion.Value("VERSION_CURRENT"))
        language = self.client.call_grpc_func(
            "ZetaSqlLocalService_GetLanguageOptions", request,
            _analyzer_pb2.LanguageOptionsProto)
        known = set(_language_pb2.LanguageFeature.keys())
        for name in _EXTRA_FEATURES:
            feature = _language_pb2.LanguageFeature.Value(name) if name in known else None
            if feature is not None and feature not in language.enabled_language_features:
                language.enabled_language_features.append(feature)
        language.product_mode = _language_pb2.ProductMode.Value("PRODUCT_EXTERNAL")
        self.language = language
        self.options = _analyzer_pb2.AnalyzerOptionsProto(
            language_options=language,
            default_timezone="UTC",
            error_message_mode=_language_pb2.ErrorMessageMode.Value("ERROR_MESSAGE_ONE_LINE"),
        )

    def call(self, method: str, request: Any, response_type: Any) -> Any:
        return self.client.call_grpc_func(method, request, response_type)


_SERVICE_LOCK = threading.RLock()
_service: _Service | None = None


def _shared_service() -> _Service:
    global _service
    with _SERVICE_LOCK:
        if _service is None:
            try:
                _service = _Service()
            except EngineError:
                raise
            except Exception as error:
                raise EngineError(f"cannot start ZetaSQL: {_describe(error)}") from None
        return _service


def _drop_service() -> None:
    """Forget the shared service after a trap: its memory may be inconsistent."""
    global _service
    with _SERVICE_LOCK:
        _service = None


def _call(method: str, request: Any, response_type: Any) -> Any:
    """One RPC on the shared service; every failure becomes an EngineError."""
    with _SERVICE_LOCK:
        service = _shared_service()
        try:
            return service.call(method, request, response_type)
        except ServerError as error:
            raise EngineError(f"ZetaSQL: {error.message}") from None
        except ZetaSQLError as error:
            raise EngineError(f"ZetaSQL: {error}") from None
        except (wasmtime.Trap, wasmtime.WasmtimeError) as error:
            _drop_service()
            raise EngineError(f"ZetaSQL crashed (WebAssembly trap: {_describe(error)})") from None
        except Exception as error:  # the package's own bugs must not leave a traceback
            _drop_service()
            raise EngineError(f"ZetaSQL failed: {_describe(error)}") from None


def _describe(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


# ------------------------------------------------------- the compiled-module cache


def module_cache_file() -> Path | None:
    """Where the compiled WebAssembly module is kept, or None to do without a cache.

    The user's own cache folder (``$XDG_CACHE_HOME/segdsl`` or ``~/.cache/segdsl``),
    like the grammar's cache: wasmtime runs a deserialized module's machine code
    as it is, so the file must live where only the user can write.  The name holds
    the zetasql and wasmtime versions and the machine type, so an upgrade never
    loads a stale module (wasmtime also refuses a file from another version or
    another CPU, and the module is then compiled again).
    """
    try:
        versions = f"zetasql-{metadata.version('zetasql')}-wasmtime-{metadata.version('wasmtime')}"
    except metadata.PackageNotFoundError:  # unpackaged copies: no version to key the file on
        return None
    folder = cache_folder()
    if folder is None:
        return None
    machine = platform.machine() or "unknown"
    return folder / f"{versions}-{machine}.cwasm".replace(os.sep, "_")


def _load_module(engine: wasmtime.Engine, wasm_path: str | os.PathLike[str]) -> wasmtime.Module:
    """The compiled module: from the cache when it loads, else compiled and cached.

    A cache file that does not load (damaged, or written by another wasmtime build)
    is compiled over; a cache folder that cannot be written only costs the
    compile next time.
    """
    cache = module_cache_file()
    if cache is not None and cache.is_file():
        try:
            return wasmtime.Module.deserialize_file(engine, str(cache))
        except (wasmtime.WasmtimeError, OSError, ValueError):
            pass
    module = wasmtime.Module.from_file(engine, wasm_path)
    if cache is not None:
        _write_cache(cache, module)
    return module


def _write_cache(cache: Path, module: wasmtime.Module) -> None:
    """Write the serialized module under a temporary name, then rename it: a
    process that reads the cache at the same time sees the old file or the new one,
    never half of one."""
    temporary: str | None = None
    try:
        data = module.serialize()
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=f".{cache.name}.",
                                             suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, cache)
        temporary = None
    except (OSError, wasmtime.WasmtimeError):
        pass
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


if _UNAVAILABLE is None:

    class _CachingModule(wasmtime.Module):
        """``wasmtime.Module`` whose ``from_file`` goes through :func:`_load_module`."""

        @classmethod
        def from_file(cls, engine: wasmtime.Engine,
                      path: str | bytes | os.PathLike[str]) -> wasmtime.Module:
            if isinstance(path, bytes):
                path = os.fsdecode(path)
            return _load_module(engine, path)


def _start_client() -> Any:
    """A new ``WasmClient`` for zetasql.wasm, its module loaded through the cache.

    The one place that reaches into zetasql's internals.  ``WasmClient`` compiles
    the module itself with ``Module.from_file(engine, path)`` (the name ``Module``
    of ``zetasql.core.wasm_client``) and takes no precompiled module, so for the
    time of its constructor that name is swapped for :class:`_CachingModule`.  The
    engine it passes keeps its own configuration, which wasmtime checks when it
    deserializes.  Should a later zetasql load its module some other way, the swap
    is skipped or simply never called: everything works, only without the cache.
    """
    original = getattr(_wasm_client_module, "Module", None)
    if original is not wasmtime.Module:
        return WasmClient(str(get_wasm_path()))
    _wasm_client_module.Module = _CachingModule
    try:
        return WasmClient(str(get_wasm_path()))
    finally:
        _wasm_client_module.Module = original


# ------------------------------------------------------------------ the engine


class ZetaSQLEngine(ClosesOnExit):
    """BigQuery SQL on fixture tables, evaluated by ZetaSQL's reference engine."""

    def __init__(self, *, number_type: NumberType = "NUMERIC") -> None:
        if _UNAVAILABLE is not None:
            raise EngineError(_UNAVAILABLE)
        if number_type not in ("FLOAT64", "NUMERIC"):
            raise EngineError(f"unknown number type '{number_type}' (FLOAT64 or NUMERIC)")
        self.number_type: NumberType = number_type
        self._tables: list[Any] = []  # SimpleTableProto, one per table
        self._contents: dict[str, Any] = {}  # table name -> TableContent
        self._closed = False
        # Start (or reuse) the shared service now, so that a broken installation
        # fails here rather than in the first query.
        _shared_service()

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        self._tables = []
        self._contents = {}
        self._closed = True

    def _check_open(self) -> None:
        if self._closed:
            raise EngineError("the ZetaSQL engine is closed")

    # -------------------------------------------------------------------- tables

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Define every table the schema names and keep ``rows_by_table`` for them.

        Tables are registered in one catalog under their full dotted names
        (``conf.customers``, ``project.dataset.table``), since ZetaSQL gives rows only
        to top-level tables; :func:`flatten_table_paths` makes queries find them.
        A column a row leaves out is NULL; a table defined already is an error.
        """
        self._check_open()
        layout = schema_tables(schema)
        for name in rows_by_table:
            if name not in layout:
                raise EngineError(f"the schema names no table '{name}'")
        defined = {table.name.lower() for table in self._tables}
        for name, columns in layout.items():
            parts = name.split(".")
            if len(parts) > 3 or not all(parts):
                raise EngineError(f"cannot use the table name '{name}' in BigQuery "
                                  "(expected table, dataset.table or project.dataset.table)")
            if name.lower() in defined:
                raise EngineError(f"the table '{name}' exists already")
            # ZetaSQL keeps names beginning with '$' for its own columns: such a
            # column cannot be found by a query (and its analyzer logs a failed check).
            reserved = [n for n in [*parts, *columns] if n.startswith("$")]
            if reserved:
                raise EngineError(f"ZetaSQL cannot use the name '{reserved[0]}' (table "
                                  f"'{name}'): names beginning with '$' are reserved")
            rows = [self._row(name, columns, row) for row in rows_by_table.get(name, ())]
            self._tables.append(_table_pb2.SimpleTableProto(name=name, column=[
                _table_pb2.SimpleColumnProto(name=column, type=self._type(kind))
                for column, kind in columns.items()
            ]))
            self._contents[name] = _service_pb2.TableContent(
                table_data=_service_pb2.TableData(row=rows))

    def _type(self, kind: ValueType) -> Any:
        """The TypeProto of a column: ``ARRAY<STRING>``/``ARRAY<INT64>`` for a list."""
        if kind.is_list:
            return _type_pb2.TypeProto(
                type_kind=self._type_kind(kind),
                array_type=_type_pb2.ArrayTypeProto(
                    element_type=_type_pb2.TypeProto(type_kind=self._type_kind(kind.element))))
        return _type_pb2.TypeProto(type_kind=self._type_kind(kind))

    def _type_kind(self, kind: ValueType) -> int:
        name = _TYPE_KINDS[kind]
        if kind is ValueType.NUMBER and self.number_type == "NUMERIC":
            name = "TYPE_NUMERIC"
        return int(_type_pb2.TypeKind.Value(name))

    def _row(self, table: str, columns: dict[str, ValueType], row: Row) -> Any:
        unknown = [column for column in row if column not in columns]
        if unknown:
            raise EngineError(f"the table '{table}' has no column '{unknown[0]}'")
        cells = []
        for column, kind in columns.items():
            value = row.get(column)
            try:
                cells.append(self._cell(value, kind))
            except _BadValue as problem:
                raise EngineError(f"cannot insert rows into '{table}': {value!r} does not fit "
                                  f"the {kind} column '{column}' ({problem})") from None
        return _service_pb2.TableData.Row(cell=cells)

    def _cell(self, value: object, kind: ValueType) -> Any:
        """The ValueProto of one cell; an empty one is NULL."""
        proto = _value_pb2.ValueProto()
        if value is None:
            return proto
        if kind.is_list and isinstance(value, tuple):
            # A NULL list stays NULL (an empty ValueProto), as a BigQuery view can
            # deliver one; only a BigQuery table stores it as [] (docs/types.md).
            proto.array_value.SetInParent()
            for item in value:
                proto.array_value.element.append(self._cell(item, kind.element))
            return proto
        try:
            if kind is ValueType.STRING and isinstance(value, str):
                proto.string_value = value
            elif kind is ValueType.INTEGER and _is_int(value):
                if value not in _INT64:
                    raise _BadValue("out of INT64 range")
                proto.int64_value = value
            elif kind is ValueType.NUMBER and _is_number(value):
                if self.number_type == "NUMERIC":
                    proto.numeric_value = _numeric_bytes(value)
                else:
                    proto.double_value = float(value)
            elif kind is ValueType.BOOLEAN and isinstance(value, bool):
                proto.bool_value = value
            elif (kind is ValueType.DATE and isinstance(value, dt.date)
                  and not isinstance(value, dt.datetime)):
                proto.date_value = (value - _EPOCH_DAY).days
            elif kind is ValueType.TIMESTAMP and isinstance(value, dt.date):
                seconds, micros = _epoch_micros(value)
                proto.timestamp_value.seconds = seconds
                proto.timestamp_value.nanos = micros * 1000
            else:
                raise _BadValue(f"a Python {type(value).__name__}")
        except (ValueError, OverflowError) as error:  # protobuf refuses text that is not UTF-8
            raise _BadValue(_describe(error)) from None
        return proto

    # ------------------------------------------------------------------- queries

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Analyze ``sql`` as BigQuery SQL against the tables and evaluate it.

        Timestamps come back as aware UTC datetimes, NUMERIC as Decimal.
        """
        self._check_open()
        service = _shared_service()
        catalog = _catalog_pb2.SimpleCatalogProto(
            name="segdsl",
            table=self._tables,
            builtin_function_options=_analyzer_pb2.ZetaSQLBuiltinFunctionOptionsProto(
                language_options=service.language),
        )
        request = _service_pb2.EvaluateQueryRequest(
            sql=flatten_table_paths(sql, [table.name for table in self._tables]),
            options=service.options,
            simple_catalog=catalog,
            table_content=self._contents,
        )
        response = _call("ZetaSqlLocalService_EvaluateQuery", request,
                         _service_pb2.EvaluateQueryResponse)
        names = [column.name for column in response.prepared.columns]
        rows = [tuple(_python_value(cell) for cell in row.cell)
                for row in response.content.table_data.row]
        return names, rows


class _BadValue(Exception):
    """A fixture value that cannot be stored in its column (why, in a few words)."""


# ------------------------------------------------------------- table references


def _spans_path(text: str, names: list[str]) -> bool:
    """Whether ``text`` is exactly a table path with the parts ``names``."""
    try:
        table = sqlglot.parse_one(text, read="bigquery", into=exp.Table)
    except sqlglot.errors.SqlglotError:
        return False
    return isinstance(table, exp.Table) and [part.name for part in table.parts] == names


def flatten_table_paths(sql: str, tables: Collection[str]) -> str:
    """``sql`` with every multi-part reference to one of ``tables`` written as one
    quoted identifier: `` `conf`.`customers` `` becomes `` `conf.customers` ``.

    BigQuery reads both spellings as the same table, but ZetaSQL's catalog looks a
    path up one part at a time (a catalog ``conf`` holding a table ``customers``),
    and rows can only be given to top-level tables, which are found by their whole
    name.  Only the characters of the table references change, found by sqlglot's
    parser with their positions, so the SQL that runs is otherwise exactly the
    compiled SQL.  SQL sqlglot cannot parse is passed on unchanged for ZetaSQL to
    report.
    """
    wanted = {name.lower(): name for name in tables if "." in name}
    if not wanted:
        return sql
    try:
        statements = sqlglot.parse(sql, dialect="bigquery")
    except sqlglot.errors.SqlglotError:
        return sql
    edits: list[tuple[int, int, str]] = []
    for statement in statements:
        if statement is None:
            continue
        for table in statement.find_all(exp.Table):
            parts = table.parts
            name = wanted.get(".".join(part.name for part in parts).lower())
            if len(parts) < 2 or name is None:
                continue
            starts = [part.meta.get("start") for part in parts]
            ends = [part.meta.get("end") for part in parts]
            if not (_ints(starts) and _ints(ends)):  # no recorded position: leave it
                continue
            start, end = min(starts), max(ends) + 1  # "end" is inclusive
            # sqlglot gives every part the position of the last token when a quoted
            # part holds dots (`p.d`.t): such a span is not the whole path, which
            # reading the span again tells.
            if not _spans_path(sql[start:end], [part.name for part in parts]):
                continue
            edits.append((start, end, exp.to_identifier(name, quoted=True).sql("bigquery")))
    pieces: list[str] = []
    done = 0
    for start, end, text in sorted(set(edits)):
        if start < done:  # overlapping spans would mean a misread: leave this one
            continue
        pieces += [sql[done:start], text]
        done = end
    return "".join([*pieces, sql[done:]])


def _ints(values: list[Any]) -> TypeGuard[list[int]]:
    return all(isinstance(value, int) for value in values)


# --------------------------------------------------------------------- values


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float | Decimal]:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _epoch_micros(value: dt.date) -> tuple[int, int]:
    """Seconds and microseconds since the epoch of a timestamp value.

    Naive datetimes hold UTC (SPEC 2); a date alone is its midnight UTC, as in
    fixtures.
    """
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    delta = value - _EPOCH.replace(tzinfo=None)
    return delta.days * 86_400 + delta.seconds, delta.microseconds


def _numeric_bytes(value: int | float | Decimal) -> bytes:
    """ZetaSQL's NUMERIC encoding: the value times 10^9 as a little-endian two's
    complement integer, rounded half away from zero as BigQuery casts to NUMERIC."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        shifted = number.scaleb(_NUMERIC_SCALE, _EXACT)
        scaled = int(shifted.to_integral_value(rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):
        raise _BadValue("not a finite number") from None
    if abs(scaled) >= _NUMERIC_LIMIT:
        raise _BadValue("out of NUMERIC range")
    return scaled.to_bytes(scaled.bit_length() // 8 + 1, "little", signed=True)


def _decimal(data: bytes, scale: int) -> Decimal:
    return Decimal(int.from_bytes(data, "little", signed=True)).scaleb(-scale, _EXACT)


def _civil_datetime(proto: Any) -> dt.datetime:
    """A DATETIME (civil time, no zone): ZetaSQL packs its fields into one integer."""
    bits = proto.bit_field_datetime_seconds
    return dt.datetime(
        (bits >> 26) & 0x3FFF, (bits >> 22) & 0xF, (bits >> 17) & 0x1F,
        (bits >> 12) & 0x1F, (bits >> 6) & 0x3F, bits & 0x3F, proto.nanos // 1000,
    )


_PLAIN_FIELDS = frozenset({
    "int64_value", "int32_value", "uint32_value", "uint64_value", "bool_value",
    "double_value", "float_value", "string_value", "bytes_value",
})


def _python_value(proto: Any) -> object:
    """A result cell as a Python value; an empty ValueProto is NULL."""
    field = proto.WhichOneof("value")
    if field is None:
        return None
    if field in _PLAIN_FIELDS:
        return getattr(proto, field)
    try:
        if field == "date_value":
            return _EPOCH_DAY + dt.timedelta(days=proto.date_value)
        if field == "timestamp_value":
            stamp = proto.timestamp_value
            return _EPOCH + dt.timedelta(seconds=stamp.seconds, microseconds=stamp.nanos // 1000)
        if field == "datetime_value":
            return _civil_datetime(proto.datetime_value)
        if field == "numeric_value":
            return _decimal(proto.numeric_value, _NUMERIC_SCALE)
        if field == "bignumeric_value":
            return _decimal(proto.bignumeric_value, _BIGNUMERIC_SCALE)
    except (ValueError, OverflowError) as error:
        raise EngineError(f"ZetaSQL returned a value Python cannot hold: {error}") from None
    kind = field.removesuffix("_value").upper()
    raise EngineError(f"ZetaSQL returned a value of type {kind}; segdsl reads only strings, "
                      "numbers, booleans, dates and timestamps")


__all__ = ["INSTALL_HINT", "ZetaSQLEngine", "flatten_table_paths", "module_cache_file"]

