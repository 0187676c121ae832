"""What the database says about one table: its columns and a little about its data.

Two statements per table, both sqlglot-built aggregates over the whole table:
``COUNT(*)`` with ``COUNT(DISTINCT col)`` for each key candidate and text column
(a column whose distinct count equals the row count is unique and never NULL,
since ``COUNT(DISTINCT)`` skips NULLs), then ``ARRAY_AGG(DISTINCT col)`` only for
the text columns with few values, so a column of a million e-mail addresses is
never collected.  Text is read as the compiler reads it (``Dialect.read_text``),
so values count as distinct by code point on every engine (MariaDB's default
collation would make ``de`` and ``DE`` one).  MySQL has no arrays, so there each
few-valued column's values are one ``SELECT DISTINCT`` of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlglot import exp

from segdsl.engines.catalog import Catalog
from segdsl.infer import InferError
from segdsl.project.model import ValueType

# A text column with at most this many distinct values is proposed as an enum.
ENUM_LIMIT = 20

# When a database type fits several segdsl types, the first in this order wins:
# integer columns become `integer`, not `number`.
_PREFERENCE = (ValueType.BOOLEAN, ValueType.DATE, ValueType.TIMESTAMP, ValueType.STRING,
               ValueType.INTEGER, ValueType.NUMBER, ValueType.LIST_STRING,
               ValueType.LIST_INTEGER)


@dataclass
class TableProfile:
    """``columns``: name -> the engine's type name, in table order."""

    table: str
    columns: dict[str, str]
    rows: int = 0
    distinct: dict[str, int] = field(default_factory=dict)
    values: dict[str, list[str]] = field(default_factory=dict)


def segdsl_type(catalog: Catalog, db_type: str) -> ValueType | None:
    """The segdsl type a column of ``db_type`` reads as (docs/types.md, read
    backwards), or None when no segdsl type reads it."""
    for value_type in _PREFERENCE:
        if db_type.lower() in catalog.fits[value_type]:
            return value_type
    return None


def table_columns(catalog: Catalog, table: str, database: str) -> dict[str, str]:
    columns = catalog.columns(table)
    if columns is None:
        raise InferError(f"the database {database} has no table '{table}'")
    return columns


def profile(catalog: Catalog, table: str, columns: dict[str, str],
            counted: Sequence[str]) -> TableProfile:
    """Count the rows and the distinct values of ``counted`` columns of ``table``,
    and collect the values of its text columns that have few."""
    result = TableProfile(table, columns)
    source = catalog.table_expression(table)
    texts = [name for name, kind in columns.items()
             if segdsl_type(catalog, kind) is ValueType.STRING]
    wanted = list(dict.fromkeys([*counted, *texts]))
    from segdsl.compile.dialects import DIALECTS

    read_text = DIALECTS[catalog.dialect]().read_text

    def value(name: str) -> exp.Expression:
        return read_text(_column(name)) if name in texts else _column(name)

    select = exp.select(exp.Count(this=exp.Star()), *[
        exp.Count(this=exp.Distinct(expressions=[value(name)])) for name in wanted
    ]).from_(source)
    first = catalog.rows(select)[0]
    result.rows = int(str(first[0]))
    result.distinct = {name: int(str(count)) for name, count in zip(wanted, first[1:], strict=True)}
    few = [name for name in texts if 0 < result.distinct[name] <= ENUM_LIMIT]
    if few and catalog.dialect == "mysql":  # no arrays: GROUP_CONCAT would join them
        for name in few:
            rows = catalog.rows(exp.select(value(name)).distinct().from_(source.copy()))
            result.values[name] = sorted(str(row[0]) for row in rows if row[0] is not None)
    elif few:
        values = exp.select(*[
            exp.ArrayAgg(this=exp.Distinct(expressions=[value(name)])) for name in few
        ]).from_(source)
        row = catalog.rows(values)[0]
        for name, seen in zip(few, row, strict=True):
            items = seen if isinstance(seen, list | tuple) else []  # ClickHouse: a tuple
            result.values[name] = sorted(str(item) for item in items if item is not None)
    return result


def _column(name: str) -> exp.Column:
    return exp.column(exp.to_identifier(name, quoted=True))
