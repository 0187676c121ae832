"""The BigQuery engine (ZetaSQL): tables and values in and out, BigQuery's analyzer
options, multi-part table names, one-line EngineErrors, the compiled-module cache.

The WebAssembly module is compiled at most once for the whole suite: every test
shares the engine's process-wide service (loaded from the user's cache when it is
there), and the cache tests use a tiny module of their own.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from segdsl.engines import EngineError
from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema

if importlib.util.find_spec("zetasql") is None:
    _REASON = "the zetasql package is not installed (pip install 'segdsl[bigquery]')"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {_REASON}", pytrace=False)
    pytest.skip(_REASON, allow_module_level=True)

# Only once zetasql, which brings wasmtime, is known to be there:
import wasmtime
import zetasql.core.wasm_client as wasm_client_module

from segdsl.engines import zetasql_engine as ze
from segdsl.engines.zetasql_engine import ZetaSQLEngine, flatten_table_paths

SCHEMA_YAML = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  name: string
  age: integer
  score: number
  vip: boolean
  birthday: date
  signup_at: timestamp
events:
  purchase:
    table: my-project.shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""


def make_schema(text: str = SCHEMA_YAML) -> Schema:
    schema, problems = parse_schema(text, "schema.yml")
    assert problems == [] and schema is not None, problems
    return schema


SCHEMA = make_schema()
UTC = dt.UTC


@pytest.fixture
def engine() -> Iterator[ZetaSQLEngine]:
    with ZetaSQLEngine() as opened:
        yield opened


# ------------------------------------------------------------------ values


ODD_TEXTS = [
    "it's", 'say "hi"', "back\\slash \\n", "tab\tand\nnewline", "ünïcödé ✓ 🎉 中文",
    "`tick`", "", "c1'); DROP TABLE shop.customers; --", "%_*?",
]


def test_values_round_trip() -> None:
    with ZetaSQLEngine(number_type="FLOAT64") as engine:  # doubles: -1e300 fits
        _values_round_trip(engine)


def _values_round_trip(engine: ZetaSQLEngine) -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    rows: list[dict[str, object]] = [
        {"customer_id": f"c{i}", "name": text} for i, text in enumerate(ODD_TEXTS)
    ]
    rows += [
        {"customer_id": "t1", "age": 2**63 - 1, "score": 0.1, "vip": True,
         "birthday": dt.date(1, 1, 1), "signup_at": dt.datetime(2026, 3, 1, 12, tzinfo=plus_two)},
        {"customer_id": "t2", "age": -(2**63), "score": -1e300, "vip": False,
         "birthday": dt.date(9999, 12, 31), "signup_at": dt.datetime(2026, 3, 1, 8, 30, 0, 5)},
        {"customer_id": "t3", "age": 0, "score": 3, "signup_at": dt.date(2026, 3, 1)},
        {"customer_id": "t4", "signup_at": dt.datetime(1969, 12, 31, 23, 59, 59, 999999)},
        {"customer_id": "t5"},  # every other column NULL
    ]
    engine.load_tables(SCHEMA, {"shop.customers": rows})
    names, result = engine.query("SELECT * FROM `shop`.`customers`")
    assert names == ["customer_id", "name", "age", "score", "vip", "birthday", "signup_at"]
    by_key = {row[0]: row for row in result}
    assert len(by_key) == len(rows)
    for i, text in enumerate(ODD_TEXTS):
        assert by_key[f"c{i}"] == (f"c{i}", text, None, None, None, None, None)
    assert by_key["t1"][2:] == (2**63 - 1, 0.1, True, dt.date(1, 1, 1),
                                dt.datetime(2026, 3, 1, 10, tzinfo=UTC))
    assert by_key["t2"][2:] == (-(2**63), -1e300, False, dt.date(9999, 12, 31),
                                dt.datetime(2026, 3, 1, 8, 30, 0, 5, tzinfo=UTC))
    # A date where a timestamp is expected is its midnight UTC, as in fixtures.
    assert by_key["t3"][2:] == (0, 3.0, None, None, dt.datetime(2026, 3, 1, tzinfo=UTC))
    assert by_key["t4"][6] == dt.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    assert by_key["t5"] == ("t5", None, None, None, None, None, None)
    # Strings arrive as data, never as SQL: equality finds them exactly.
    _, found = engine.query("SELECT customer_id FROM shop.customers WHERE name = 'it\\'s'")
    assert found == [("c0",)]


def test_numbers_are_numeric_by_default() -> None:
    with ZetaSQLEngine() as engine:
        engine.load_tables(SCHEMA, {"shop.customers": [
            {"customer_id": "a", "score": 0.1},
            {"customer_id": "b", "score": Decimal("99999999999999999999999999999.999999999")},
            {"customer_id": "c", "score": Decimal("-1.0000000005")},  # rounds away from zero
            {"customer_id": "d", "score": 7},
        ]})
        _, rows = engine.query("SELECT customer_id, score, score > 0 AS positive "
                               "FROM shop.customers ORDER BY customer_id")
        assert rows == [
            ("a", Decimal("0.1"), True),
            ("b", Decimal("99999999999999999999999999999.999999999"), True),
            ("c", Decimal("-1.000000001"), False),
            ("d", Decimal(7), True),
        ]
        assert engine.query("SELECT BIGNUMERIC '1.00000000000000000000000000000000000001' AS b"
                            )[1] == [(Decimal("1.00000000000000000000000000000000000001"),)]
    with ZetaSQLEngine(number_type="NUMERIC") as engine, pytest.raises(
        EngineError, match="out of NUMERIC range"
    ):
        engine.load_tables(SCHEMA, {"shop.customers": [{"customer_id": "a", "score": 1e30}]})


def test_result_types(engine: ZetaSQLEngine) -> None:
    names, rows = engine.query(
        "SELECT DATETIME '2026-01-02 03:04:05.123456' AS civil, NUMERIC '-1.5' AS n, "
        "b'xy' AS raw, CAST(NULL AS DATE) AS nothing, 1 AS one, 2.5 AS half"
    )
    assert names == ["civil", "n", "raw", "nothing", "one", "half"]
    assert rows == [(dt.datetime(2026, 1, 2, 3, 4, 5, 123456), Decimal("-1.5"), b"xy", None,
                     1, 2.5)]
    now = engine.query("SELECT CURRENT_TIMESTAMP() AS now")[1][0][0]
    assert isinstance(now, dt.datetime) and now.tzinfo == UTC
    with pytest.raises(EngineError, match="a value of type ARRAY"):
        engine.query("SELECT [1, 2] AS a")


# ------------------------------------------------------------ BigQuery's rules


def test_default_time_zone_is_utc(engine: ZetaSQLEngine) -> None:
    # ZetaSQL's own default, America/Los_Angeles, would make this 2025-12-31 and 19.
    _, rows = engine.query(
        "SELECT DATE(TIMESTAMP '2026-01-01 03:00:00+00') AS d, "
        "EXTRACT(HOUR FROM TIMESTAMP '2026-01-01 03:00:00+00') AS h, "
        "TIMESTAMP_TRUNC(TIMESTAMP '2026-01-01 03:00:00+00', DAY) AS t"
    )
    assert rows == [(dt.date(2026, 1, 1), 3, dt.datetime(2026, 1, 1, tzinfo=UTC))]


def test_bigquery_features_and_types(engine: ZetaSQLEngine) -> None:
    _, rows = engine.query(
        "SELECT x, COUNTIF(x > 1) OVER () AS c, RANK() OVER (ORDER BY x DESC) AS r, "
        "SAFE_DIVIDE(x, 0) AS q, CAST(x AS NUMERIC) AS n "
        "FROM UNNEST([1, 2, 3]) AS x WHERE TRUE QUALIFY r <= 2 ORDER BY x"
    )
    assert rows == [(2, 2, 2, None, Decimal(2)), (3, 2, 1, None, Decimal(3))]
    # External product mode: BigQuery's types only.
    with pytest.raises(EngineError, match="Type not found: INT32"):
        engine.query("SELECT CAST(1 AS INT32)")
    with pytest.raises(EngineError, match="QUALIFY clause must be used"):
        engine.query("SELECT x FROM UNNEST([1]) AS x QUALIFY TRUE")


def test_multi_part_table_names(engine: ZetaSQLEngine) -> None:
    engine.load_tables(SCHEMA, {
        "shop.customers": [{"customer_id": "c1"}],
        "my-project.shop.orders": [{"customer_id": "c1", "amount": 5.0,
                                    "ordered_at": dt.datetime(2026, 1, 1, tzinfo=UTC)}],
    })
    for table in ("shop.customers", "`shop`.`customers`", "`shop.customers`",
                  "SHOP.Customers"):
        assert engine.query(f"SELECT customer_id FROM {table}")[1] == [("c1",)]
    for table in ("`my-project`.`shop`.`orders`", "`my-project`.shop.orders",
                  "`my-project.shop.orders`"):
        assert engine.query(f"SELECT amount FROM {table} AS o")[1] == [(5.0,)]
    with pytest.raises(EngineError, match=re.escape("Table not found: shop.nowhere")):
        engine.query("SELECT * FROM shop.nowhere")


def test_flatten_table_paths_changes_only_table_references() -> None:
    tables = ["conf.customers", "p-1.conf.orders", "events"]
    assert flatten_table_paths(
        "SELECT '`conf`.`customers`' AS s FROM `conf`.`customers` AS `e` "
        "JOIN `p-1`.conf.orders o ON TRUE", tables,
    ) == ("SELECT '`conf`.`customers`' AS s FROM `conf.customers` AS `e` "
          "JOIN `p-1.conf.orders` o ON TRUE")
    unchanged = [
        "WITH customers AS (SELECT 1) SELECT * FROM customers, events",
        "SELECT conf.customers FROM (SELECT 1 AS customers) AS conf",
        "SELECT * FROM other.customers",
        # sqlglot misplaces the parts of this spelling: left for ZetaSQL to report.
        "SELECT * FROM `p-1.conf`.orders",
        "SELECT (",
    ]
    for sql in unchanged:
        assert flatten_table_paths(sql, tables) == sql


# ------------------------------------------------------------------- errors


def test_errors_are_one_line(engine: ZetaSQLEngine) -> None:
    engine.load_tables(SCHEMA, {})
    cases = {
        "SELECT colour FROM shop.customers": "ZetaSQL: Unrecognized name: colour [at 1:8]",
        "SELEC 1": 'ZetaSQL: Syntax error: Unexpected identifier "SELEC" [at 1:1]',
        "SELECT 1 / 0": "ZetaSQL: division by zero: 1 / 0",
        "SELECT ERROR('first line\\nsecond line')": "ZetaSQL: first line",
        "CREATE TABLE t (a INT64)": "ZetaSQL: Statement not supported: CreateTableStatement",
    }
    for sql, message in cases.items():
        with pytest.raises(EngineError) as error:
            engine.query(sql)
        assert str(error.value).startswith(message), (sql, str(error.value))
        assert "\n" not in str(error.value)


def test_load_tables_rejects_unknown_tables_columns_and_bad_values() -> None:
    problems: list[tuple[dict[str, Any], str]] = [
        ({"orders": []}, "the schema names no table 'orders'"),
        ({"shop.customers": [{"customer_id": "c1", "colour": "red"}]},
         "the table 'shop.customers' has no column 'colour'"),
        ({"shop.customers": [{"customer_id": "c1", "age": "old"}]},
         "cannot insert rows into 'shop.customers': 'old' does not fit the integer column "
         "'age' (a Python str)"),
        ({"shop.customers": [{"customer_id": "c1", "age": 2**63}]}, "out of INT64 range"),
        ({"shop.customers": [{"customer_id": "c1", "vip": 1}]}, "boolean column 'vip'"),
        ({"shop.customers": [{"customer_id": "c1", "birthday": dt.datetime(2026, 1, 1)}]},
         "date column 'birthday'"),
        ({"shop.customers": [{"customer_id": "\ud800"}]}, "string column 'customer_id'"),
    ]
    for rows, message in problems:
        with ZetaSQLEngine() as engine, pytest.raises(EngineError, match=re.escape(message)):
            engine.load_tables(SCHEMA, rows)
    with ZetaSQLEngine() as engine:
        engine.load_tables(SCHEMA, {})
        twice = re.escape("the table 'shop.customers' exists already")
        with pytest.raises(EngineError, match=twice):
            engine.load_tables(SCHEMA, {})
    too_long = re.escape("cannot use the table name 'a.b.c.d'")
    with ZetaSQLEngine() as engine, pytest.raises(EngineError, match=too_long):
        engine.load_tables(make_schema("entity: c\ntable: a.b.c.d\nkey: id\n"), {})
    with pytest.raises(EngineError, match="unknown number type"):
        ZetaSQLEngine(number_type="INT")  # type: ignore[arg-type]


def test_closed_engine() -> None:
    engine = ZetaSQLEngine()
    engine.close()
    engine.close()  # idempotent
    with pytest.raises(EngineError, match="closed"):
        engine.query("SELECT 1")


def test_a_trap_drops_the_shared_service(engine: ZetaSQLEngine,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    service = ze._shared_service()
    monkeypatch.setattr(ze, "_service", service)  # put back after the test

    def trap(*_: object) -> None:
        raise wasmtime.Trap("wasm trap: wasm `unreachable` instruction executed\nmore")

    monkeypatch.setattr(service, "call", trap)
    with pytest.raises(EngineError) as error:
        engine.query("SELECT 1")
    assert str(error.value) == ("ZetaSQL crashed (WebAssembly trap: wasm trap: wasm "
                                "`unreachable` instruction executed)")
    assert ze._service is None

    def bug(*_: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(ze, "_service", service)
    monkeypatch.setattr(service, "call", bug)
    with pytest.raises(EngineError, match=r"^ZetaSQL failed: list index out of range$"):
        engine.query("SELECT 1")


def test_without_the_zetasql_package_the_engine_says_how_to_install_it() -> None:
    code = (
        "import sys\n"
        "sys.modules['zetasql'] = None\n"  # as if not installed
        "from segdsl.engines import EngineError\n"
        "from segdsl.engines.zetasql_engine import ZetaSQLEngine\n"
        "try:\n"
        "    ZetaSQLEngine()\n"
        "except EngineError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout == ("the BigQuery engine needs the zetasql package: "
                             "pip install 'segdsl[bigquery]'\n")
    assert result.stderr == ""


# -------------------------------------------------------------------- cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def tiny_wasm(tmp_path: Path) -> Path:
    """A module that compiles in no time, standing in for zetasql.wasm."""
    path = tmp_path / "tiny.wasm"
    path.write_bytes(wasmtime.wat2wasm(
        '(module (func (export "answer") (result i32) i32.const 42))'))
    return path


def _answer(engine: wasmtime.Engine, module: wasmtime.Module) -> object:
    store = wasmtime.Store(engine)
    function = wasmtime.Instance(store, module, []).exports(store)["answer"]
    assert isinstance(function, wasmtime.Func)
    return function(store)


def _no_compile(*_: object) -> None:
    raise AssertionError("compiled the module instead of loading the cache")


def test_cache_file_name_and_folder(cache_home: Path) -> None:
    path = ze.module_cache_file()
    assert path is not None and path.parent == cache_home / "segdsl"
    assert path.name.startswith(f"zetasql-{metadata.version('zetasql')}-"
                                f"wasmtime-{metadata.version('wasmtime')}-")


def test_the_cache_is_written_then_reused(cache_home: Path, tiny_wasm: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    engine = wasmtime.Engine()
    assert _answer(engine, ze._load_module(engine, tiny_wasm)) == 42
    path = ze.module_cache_file()
    assert path is not None and path.is_file()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary left
    monkeypatch.setattr(wasmtime.Module, "from_file", _no_compile)
    assert _answer(engine, ze._load_module(engine, tiny_wasm)) == 42


def test_a_damaged_cache_file_is_compiled_over(cache_home: Path, tiny_wasm: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = ze.module_cache_file()
    assert path is not None
    path.write_bytes(b"\x7fELF not really" * 100)
    engine = wasmtime.Engine()
    assert _answer(engine, ze._load_module(engine, tiny_wasm)) == 42
    monkeypatch.setattr(wasmtime.Module, "from_file", _no_compile)
    assert _answer(engine, ze._load_module(engine, tiny_wasm)) == 42  # rewritten


def test_an_unusable_cache_folder_only_costs_the_compile(tmp_path: Path, tiny_wasm: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    engine = wasmtime.Engine()
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    assert ze.module_cache_file() is None
    assert _answer(engine, ze._load_module(engine, tiny_wasm)) == 42
    # A cache path that cannot be replaced (a folder in its place): no file, no leftovers.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = ze.module_cache_file()
    assert path is not None
    path.mkdir()
    assert _answer(engine, ze._load_module(engine, tiny_wasm)) == 42
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_zetasql_loads_its_module_from_the_cache(engine: ZetaSQLEngine,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The real module, through zetasql's own client: no compile once it is cached."""
    path = ze.module_cache_file()
    if path is None or not path.is_file():
        pytest.skip("the user cache folder cannot hold the compiled module")
    monkeypatch.setattr(wasmtime.Module, "from_file", _no_compile)
    client = ze._start_client()
    assert client.call_grpc_func is not None
    assert wasm_client_module.Module is wasmtime.Module  # the swap is undone

    # A zetasql that loads its module some other way is left alone.
    class OtherLoader(wasmtime.Module):
        @classmethod
        def from_file(cls, engine: wasmtime.Engine, _: object) -> wasmtime.Module:
            return wasmtime.Module.deserialize_file(engine, str(path))

    monkeypatch.setattr(wasm_client_module, "Module", OtherLoader)
    monkeypatch.setattr(ze, "_load_module", _no_compile)
    ze._start_client()
    assert wasm_client_module.Module is OtherLoader
