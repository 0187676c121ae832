"""Reading a database's catalog before any schema exists (``segdsl schema infer``).

:func:`~segdsl.engines.reader.open_reader` checks a database against a schema; a
draft schema is what ``schema infer`` is about to write, so this module opens the
database the same way (DuckDB read-only, with the same catalog-name workaround;
PostgreSQL and MySQL in a read-only transaction that is rolled back; any other
``READING`` engine of segdsl/dburl.py's ``BACKENDS`` the commands accept, such as a
chdb folder) and answers two
questions: which columns a table has, with the engine's type names (the names the
engines' ``FITS`` tables use), and the rows of one sqlglot-built query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlglot import exp

from segdsl.dburl import backend

if TYPE_CHECKING:
    from segdsl.engines import ServerEngine
    from segdsl.engines.duckdb_engine import DuckDBEngine
    from segdsl.project.model import ValueType


@dataclass
class Catalog:
    """An open database, read-only; ``dialect`` is sqlglot's name for it."""

    engine: DuckDBEngine | ServerEngine
    dialect: str
    table_expression: Callable[[str], exp.Table]
    fits: Mapping[ValueType, frozenset[str]]
    key_fits: frozenset[str]

    def columns(self, table: str) -> dict[str, str] | None:
        """``table``'s columns in order with their type names; None if it is missing."""
        return self.engine.table_columns(table)

    def rows(self, query: exp.Query) -> list[tuple[object, ...]]:
        return self.engine.query(query.sql(dialect=self.dialect))[1]


@contextmanager
def open_catalog(database: str, tables: Sequence[str]) -> Iterator[Catalog]:
    """Open ``database`` (a DuckDB path or a server URL, segdsl/dburl.py) read-only.

    ``tables`` are the names that will be read (DuckDB needs them to avoid the
    catalog/schema name clash, see :func:`~segdsl.engines.reader.open_duckdb`).
    Errors leave as one-line :class:`~segdsl.engines.EngineError`\\ s with passwords
    masked.
    """
    server = backend(database)
    if server is not None:
        from segdsl.engines.reader import reading_engine

        reading = reading_engine(server)
        with reading.connect(database) as engine:
            yield Catalog(engine, reading.dialect, reading.table_expression, reading.fits,
                          reading.key_fits)
        return

    from segdsl.engines import duckdb_engine as duck
    from segdsl.engines.reader import open_duckdb_for

    with open_duckdb_for(database, tables) as duck_engine:
        yield Catalog(duck_engine, duck.DIALECT, duck.table_expression, duck.FITS,
                      duck.KEY_FITS)
