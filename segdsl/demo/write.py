"""Writing the generated tables into a DuckDB file (one INSERT per table)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from segdsl.demo.rows import Row
from segdsl.demo.shop_data import TABLES


def write_tables(path: Path, tables: dict[str, list[Row]]) -> None:
    # DuckDB names a database file's catalog after the file (shop.duckdb -> "shop"),
    # which would make `shop.customers` ambiguous (catalog or schema?).  Attaching
    # the file under an alias of our own avoids that whatever the file is called.
    con = duckdb.connect(":memory:")
    try:
        con.execute("ATTACH ? AS segdsl_demo", [str(path)])
        con.execute("USE segdsl_demo")
        con.execute("CREATE SCHEMA shop")
        for table, columns in TABLES.items():
            ddl = ", ".join(f"{name} {kind}" for name, kind in columns)
            con.execute(f"CREATE TABLE {table} ({ddl})")
            rows = tables[table]
            if not rows:
                continue
            # One statement per table: each column goes in as a list parameter and
            # UNNEST turns the lists back into rows (much faster than executemany).
            unnests = ", ".join(f"UNNEST(?::{kind}[])" for _, kind in columns)
            values = [[row[i] for row in rows] for i in range(len(columns))]
            con.execute(f"INSERT INTO {table} SELECT {unnests}", values)
        con.execute("USE memory")
        con.execute("DETACH segdsl_demo")
    finally:
        con.close()

