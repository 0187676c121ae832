"""``run --out`` for engines that cannot write files themselves (PostgreSQL).

DuckDB writes ``--out`` files itself (``DuckDBEngine.copy_to``).  A PostgreSQL
server writes files on its own machine, not ours, so its rows come here through a
server-side cursor, a batch at a time, and are written as ``run --format csv``
prints them.  A ``.parquet`` file is made from that CSV by DuckDB, which reads it
streaming with the column types given, so keys stay text and memory stays bounded.
Either way the file appears under its name only when complete.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from segdsl.cli.output import csv_lines
from segdsl.engines import EngineError


def write_rows(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write ``rows`` to ``path`` (.csv or .parquet), replacing it atomically."""
    suffix = path.suffix.lower()
    folder = path.parent
    if not folder.is_dir():
        raise EngineError(f"cannot write {path}: the folder {folder} does not exist")
    csv_path = _temporary(path, ".csv.tmp")
    final_path = csv_path
    try:
        kinds = _write_csv(csv_path, columns, rows)
        if suffix == ".parquet":
            final_path = _temporary(path, ".tmp")
            _csv_to_parquet(csv_path, final_path, columns, kinds, path)
        os.replace(final_path, path)
    except OSError as error:
        raise EngineError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        for leftover in {csv_path, final_path}:
            if leftover.exists():
                leftover.unlink()


def _temporary(path: Path, suffix: str) -> Path:
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    except OSError as error:
        raise EngineError(f"cannot write {path}: {error.strerror or error}") from None
    os.close(handle)
    return Path(name)


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]
               ) -> list[str | None]:
    """Write the CSV; returns each column's DuckDB type, from its first non-NULL value."""
    kinds: list[str | None] = [None] * len(columns)

    def noted() -> Iterable[Sequence[object]]:
        for row in rows:
            for index, value in enumerate(row):
                if kinds[index] is None and value is not None:
                    kinds[index] = _duckdb_type(value)
            yield row

    with path.open("w", encoding="utf-8", newline="") as handle:
        for chunk in csv_lines(columns, noted()):
            handle.write(chunk)
    return kinds


def _duckdb_type(value: object) -> str:
    # bool before int: True is an int in Python.
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "BIGINT"
    if isinstance(value, Decimal):
        return "DECIMAL(38, 9)"  # a number: as DuckDB's own export writes it
    if isinstance(value, float):
        return "DOUBLE"
    if isinstance(value, dt.datetime):
        return "TIMESTAMP"
    if isinstance(value, dt.date):
        return "DATE"
    return "VARCHAR"


def _csv_to_parquet(source: Path, target: Path, columns: Sequence[str],
                    kinds: Sequence[str | None], shown: Path) -> None:
    """Convert ``source`` to ``target``; errors name ``shown`` (the user's file
    name), not the temporary file."""
    import duckdb
    from sqlglot import exp

    from segdsl.engines.duckdb_engine import bounded_memory, write_error

    types = exp.Struct(expressions=[
        exp.PropertyEQ(this=exp.Literal.string(name), expression=exp.Literal.string(kind or
                                                                                    "VARCHAR"))
        for name, kind in zip(columns, kinds, strict=True)
    ])
    read = exp.Anonymous(this="read_csv", expressions=[
        exp.Literal.string(str(source)),
        exp.PropertyEQ(this=exp.var("header"), expression=exp.true()),
        exp.PropertyEQ(this=exp.var("columns"), expression=types),
    ])
    try:
        with duckdb.connect() as connection, bounded_memory(connection, target):
            relation = connection.sql(exp.select(exp.Star()).from_(read).sql(dialect="duckdb"))
            relation.write_parquet(str(target))
    except duckdb.Error as error:
        raise write_error(error, shown) from None
