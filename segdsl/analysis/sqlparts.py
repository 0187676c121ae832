"""The SQL pieces the analyses share, built as sqlglot expressions.

Every measure is an aggregate over the membership table (SPEC 6) of some
definitions at some instant: the compiled membership SELECT becomes the subquery
``m`` of ``SELECT <aggregates> FROM (...) AS m``.  Counting uses
``COUNT(CASE WHEN … THEN 1 END)``, so one pass over ``m`` yields every count at
once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from sqlglot import exp

from segdsl.check.checker import CheckedProject
from segdsl.engines.reader import Reader

# PostgreSQL allows at most 1664 entries in a select list; a measure with more
# aggregates than this is split over several queries.
MAX_COLUMNS = 1000
MEMBERS = "m"


def column(name: str, table: str | None = None) -> exp.Column:
    """A quoted column reference (definition names are used exactly as written)."""
    return exp.Column(this=exp.to_identifier(name, quoted=True),
                      table=exp.to_identifier(table, quoted=True) if table else None)


# Conditional aggregates are written ``AGG(CASE WHEN condition THEN value END)``,
# not ``AGG(value) FILTER (WHERE condition)``: the same numbers (the CASE gives
# NULL where the condition is not true, and aggregates skip NULLs), but DuckDB
# evaluates hundreds of FILTER clauses about four times slower than the same
# number of CASEs (the report's one statement at the as-of has ~650 of them).


def count_where(condition: exp.Expression) -> exp.Expression:
    """``COUNT(CASE WHEN condition THEN 1 END)``: the rows where it is true."""
    return exp.Count(this=_when(condition, exp.Literal.number(1)))


def aggregate_where(function: Callable[..., exp.Expression], value: exp.Expression,
                    condition: exp.Expression | None) -> exp.Expression:
    """``SUM(value)`` / ``COUNT(value)`` over the rows where ``condition`` (if
    given) is true: ``SUM(CASE WHEN condition THEN value END)``."""
    if condition is None:
        return function(this=value)
    return function(this=_when(condition, value))


def _when(condition: exp.Expression, value: exp.Expression) -> exp.Expression:
    return exp.Case(ifs=[exp.If(this=condition, true=value)])


def label_test(segmentation: str, label: str | None, table: str | None = None
               ) -> exp.Expression:
    """``"persona" = 'casual'``, or ``"persona" IS NULL`` for the no-label row."""
    if label is None:
        return exp.Is(this=column(segmentation, table), expression=exp.null())
    return exp.EQ(this=column(segmentation, table), expression=exp.Literal.string(label))


def membership_query(reader: Reader, checked: CheckedProject, as_of: dt.datetime | None,
                     names: Sequence[str]) -> exp.Query:
    """The compiled membership SELECT of ``names`` at ``as_of``, as the compiler
    builds it (no SQL text in between)."""
    from segdsl.compile.api import membership_expression

    query = membership_expression(checked, reader.dialect, as_of, list(names),
                                  context=reader.time_context)
    assert isinstance(query, exp.Query)
    return query


def at_instant(reader: Reader, query: exp.Query, instant: dt.datetime) -> exp.Query:
    """A copy of a :func:`membership_query` at another as-of: the same as compiling
    it again there (tests/test_as_of_swap.py), at a fraction of the cost."""
    from segdsl.compile.api import at_as_of

    assert isinstance(query, exp.Expression)  # a Select is both (sqlglot's typing)
    moved = at_as_of(query, reader.dialect, instant, context=reader.time_context)
    assert isinstance(moved, exp.Query)
    return moved


def render(reader: Reader, query: exp.Expression | exp.Query) -> str:
    """``query`` in the reader's dialect, rendered as the compiler renders (quoted
    identifiers) on its deep stack (a deeply nested definition makes sqlglot
    recurse deeply here too)."""
    from segdsl.compile.api import render_sql

    assert isinstance(query, exp.Expression)
    return render_sql(query, reader.dialect)


def run(reader: Reader, query: exp.Expression | exp.Query) -> list[tuple[object, ...]]:
    """The rows of ``query``."""
    _, rows = reader.query(render(reader, query))
    return rows


def membership_from(reader: Reader, checked: CheckedProject, as_of: dt.datetime | None,
                    names: Sequence[str], alias: str = MEMBERS) -> exp.Subquery:
    """``(<membership SELECT>) AS "m"``, for a FROM clause."""
    return as_source(membership_query(reader, checked, as_of, names), alias)


def as_source(query: exp.Query, alias: str = MEMBERS) -> exp.Subquery:
    """``(query) AS "alias"`` (``query`` becomes part of it: not copied)."""
    return query.subquery(exp.to_identifier(alias, quoted=True), copy=False)


def renamed(query: exp.Query, columns: Sequence[str], taken: set[str], alias: str
            ) -> tuple[exp.Subquery, dict[str, str]]:
    """``(SELECT "c" AS "<new name>", ... FROM (query) AS "alias") AS "alias"`` and
    column -> new name: new names clash with nothing in ``taken``, so the result can
    be joined to another membership table and its columns named without a table."""
    names: dict[str, str] = {}
    used = set(taken)
    for index, name in enumerate(columns):
        new = f"{alias}_{index}"
        while new in used:
            new = "_" + new
        used.add(new)
        names[name] = new
    inner = as_source(query, alias)
    select = exp.select(*(exp.alias_(column(name, alias), new, quoted=True)
                          for name, new in names.items())).from_(inner, copy=False)
    return select.subquery(exp.to_identifier(alias, quoted=True), copy=False), names


def chunks(items: Sequence[exp.Expression]) -> list[list[exp.Expression]]:
    """``items`` in runs of at most :data:`MAX_COLUMNS` (at least one run)."""
    return [list(items[i:i + MAX_COLUMNS]) for i in range(0, len(items), MAX_COLUMNS)] or [[]]


def run_chunked(reader: Reader, source: exp.Expression,
                aggregates: Sequence[exp.Expression]) -> list[object]:
    """The values of ``SELECT <aggregates> FROM source`` (one row), in order;
    several queries when there are more than :data:`MAX_COLUMNS` aggregates."""
    values: list[object] = []
    parts = chunks(aggregates)
    for chunk in parts:
        if not chunk:
            continue
        # Each value named ("v0", "v1", ...): unnamed aggregates can share a name
        # (two COUNT_IFs of one text), and a client that keys a row by column name
        # (fakesnow's Snowflake connector) would keep only one of them.
        named = [exp.alias_(aggregate, f"v{index}", quoted=True, copy=False)
                 for index, aggregate in enumerate(chunk)]
        # copying a compiled query is not free: only when it is used again
        query = exp.select(*named).from_(source.copy() if len(parts) > 1 else source,
                                         copy=False)
        values.extend(run(reader, query)[0])
    return values


def as_int(value: object) -> int:
    """A count or an integer sum as driver hands it (int, Decimal, HUGEINT)."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal | float | str):
        return int(value)
    raise TypeError(f"not a count: {value!r}")
