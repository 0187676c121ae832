"""A chdb data folder holding the demo data of a DuckDB file (tests/test_clickhouse_run.py).

Run as a program (``python tests/chdb_folder.py DEMO.duckdb FOLDER``), in a process
of its own: chdb runs one ClickHouse per process, on one folder, and the process
that runs the tests may hold another.  The tables are MergeTree tables of the
database ``shop`` with a mix of the column types a ClickHouse user has, so the
column check and the reads of the compiled SQL meet them:

* numbers ``Decimal(38, 9)`` and ``lifetime_value`` ``Nullable(Decimal(18, 2))``,
  not ``Float64``: ClickHouse's cast of a double to ``Decimal(38, 9)`` truncates
  after the ninth place where DuckDB rounds, so a double just below its decimal
  value (224.55999999999997) prints 224.559999999 there and 224.56 on DuckDB
  (docs/types.md);
* strings ``Nullable(String)``, ``country`` and ``category``
  ``LowCardinality(Nullable(String))``;
* instants ``DateTime64(6, 'UTC')`` (read bare), ``returned_at`` ``DateTime64(6)``
  (the session's zone) and ``occurred_at`` ``DateTime64(6, 'Europe/Berlin')``
  (both read through ``toTimeZone``), written as UTC instants;
* ``birthday`` ``Date32`` (before 1970), ``renewal_date`` ``Date``.

The database ``broken`` holds one table whose layout the column check refuses
(``broken.customers`` with a ``String`` age, no ``country``, no orders table).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal

import duckdb

DATABASE = "shop"
TYPES = {"VARCHAR": "Nullable(String)", "BIGINT": "Nullable(Int64)",
         "DOUBLE": "Nullable(Decimal(38, 9))", "BOOLEAN": "Nullable(Bool)",
         "DATE": "Nullable(Date)", "TIMESTAMP": "Nullable(DateTime64(6, 'UTC'))"}
SPECIAL = {
    ("customers", "lifetime_value"): "Nullable(Decimal(18, 2))",
    ("customers", "country"): "LowCardinality(Nullable(String))",
    ("customers", "birthday"): "Nullable(Date32)",
    ("orders", "category"): "LowCardinality(Nullable(String))",
    ("returns", "returned_at"): "DateTime64(6)",
    ("events", "occurred_at"): "DateTime64(6, 'Europe/Berlin')",
}


def _json(value: object) -> object:
    if isinstance(value, dt.datetime):  # naive UTC in the DuckDB file
        return value.replace(tzinfo=dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):  # read exactly by a Decimal and a Float64 column alike
        return format(Decimal(repr(value)), "f")
    return value


def build(duckdb_file: str, folder: str, tables: dict[str, list[tuple[str, str]]]) -> None:
    from chdb import session

    source = duckdb.connect(duckdb_file, read_only=True)
    # best_effort: the ISO texts carry their zone (+00:00), whatever the column's.
    target = session.Session(f"{folder}?date_time_input_format=best_effort")
    try:
        target.query(f"CREATE DATABASE IF NOT EXISTS {DATABASE}")
        for table, columns in tables.items():
            name = table.split(".")[-1]
            kinds = [SPECIAL.get((name, column), TYPES[kind]) for column, kind in columns]
            definitions = ", ".join(f"`{column}` {kind}"
                                    for (column, _), kind in zip(columns, kinds, strict=True))
            target.query(f"CREATE TABLE {DATABASE}.`{name}` ({definitions}) "
                         "ENGINE = MergeTree ORDER BY tuple()")
            names = [column for column, _ in columns]
            rows = source.execute(
                f"SELECT {', '.join(names)} FROM {table}").fetchall()
            lines = "\n".join(json.dumps({column: _json(value) for column, value
                                          in zip(names, row, strict=True)}) for row in rows)
            with target._conn.send_insert(f"INSERT INTO {DATABASE}.`{name}`",
                                          "JSONEachRow") as insert:
                insert.append(lines)
                insert.finish()
        target.query("CREATE DATABASE IF NOT EXISTS broken")
        target.query("CREATE TABLE broken.customers (customer_id String, age String) "
                     "ENGINE = MergeTree ORDER BY customer_id")
    finally:
        target.close()
        source.close()


if __name__ == "__main__":
    from segdsl.demo import TABLES

    build(sys.argv[1], sys.argv[2], TABLES)
