"""The history table of ``segdsl materialize --snapshot``, read for ``changes``.

Layout (shared with ``materialize --snapshot``, docs/changes.md): the table
``segdsl_membership_history`` (another entity E: ``segdsl_membership_E_history``)
in the schema ``--schema S`` (default: the connection's current schema, DuckDB's
``main``, PostgreSQL's ``public``); its first column ``segdsl_as_of`` (a zoned
timestamp: the snapshot's as-of), then the membership table's columns as
``run --all`` writes them.  One snapshot is all rows with one ``segdsl_as_of``.

The snapshot standing for an instant T is the latest one with
``segdsl_as_of <= T``.  A NULL in a definition's column means "not a member" /
"no label", as for a customer missing from the snapshot: a definition added
after a snapshot was taken has NULL there, so all its members count as entered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlglot import exp

from segdsl.analysis.sqlparts import as_int, column, run
from segdsl.engines.reader import Reader
from segdsl.timeparse import engine_instant

AS_OF_COLUMN = "segdsl_as_of"
SEGMENT = "segment"
SEGMENTATION = "segmentation"

# The type names (as each engine's table_columns spells them) that fit each
# column; engines not listed are checked for the columns' presence only.
_FITS: dict[str, dict[str, frozenset[str]]] = {
    "duckdb": {
        AS_OF_COLUMN: frozenset({"timestamp with time zone"}),
        SEGMENT: frozenset({"boolean"}),
        SEGMENTATION: frozenset({"varchar"}),
    },
    "postgres": {
        AS_OF_COLUMN: frozenset({"timestamptz"}),
        SEGMENT: frozenset({"bool"}),
        SEGMENTATION: frozenset({"text", "varchar", "bpchar"}),
    },
    # DATETIME holding UTC (MySQL has no zoned type), BOOLEAN is TINYINT(1) (0/1).
    "mysql": {
        AS_OF_COLUMN: frozenset({"datetime"}),
        SEGMENT: frozenset({"tinyint(1)"}),
        SEGMENTATION: frozenset({"text", "varchar", "char", "tinytext", "mediumtext",
                                 "longtext"}),
    },
}
# Dialects whose as-of column holds UTC without a zone: compared with a bare literal.
_NAIVE_AS_OF = frozenset({"mysql"})
_WANTED = {AS_OF_COLUMN: "a timestamp with time zone", SEGMENT: "boolean",
           SEGMENTATION: "text"}


class HistoryError(Exception):
    """The history table is there but unusable (its columns were changed by
    hand, or ``--from previous`` finds too few snapshots): exit status 2."""


def table_name(entity: str, default_entity: str, schema: str | None) -> str:
    """``segdsl_membership_history`` or ``segdsl_membership_E_history``, in
    ``schema`` when given (else the connection's current schema)."""
    table = ("segdsl_membership_history" if entity == default_entity
             else f"segdsl_membership_{entity}_history")
    return f"{schema}.{table}" if schema else table


@dataclass(frozen=True)
class History:
    """A history table that is there and whose columns fit."""

    name: str
    table: exp.Table
    columns: Mapping[str, str]
    naive_as_of: bool = False  # segdsl_as_of holds UTC without a zone (MySQL)


def find(reader: Reader, name: str) -> History | None:
    """The history table ``name``, or None if there is none."""
    found = reader.engine.table_columns(name)
    if found is None:
        return None
    return History(name, reader.table_expression(name), found,
                   reader.dialect in _NAIVE_AS_OF)


def check_columns(history: History, key: str, kinds: Sequence[tuple[str, str]],
                  dialect: str) -> list[str]:
    """The definitions (``(name, kind)``) that have no column in the history
    table (the caller falls back to evaluation).  Raises :class:`HistoryError`
    naming every column of the wrong type, or a missing ``segdsl_as_of`` or key."""
    fits = _FITS.get(dialect, {})
    columns = history.columns
    problems: list[str] = []
    missing: list[str] = []
    for name, role in ((AS_OF_COLUMN, AS_OF_COLUMN), (key, None), *kinds):
        found = columns.get(name)
        if found is None:
            if role in (AS_OF_COLUMN, None):
                problems.append(f"has no column {name}")
            else:
                missing.append(name)
            continue
        allowed = fits.get(role) if role is not None else None
        if role is not None and allowed is not None and found.lower() not in allowed:
            what = f" ({role})" if role in (SEGMENT, SEGMENTATION) else ""
            problems.append(f"column {name}{what} is of type {found}, not {_WANTED[role]}")
    if problems:
        raise HistoryError(f"the history table {history.name} does not have the layout "
                           f"`materialize --snapshot` writes: {'; '.join(problems)}")
    return missing


def instant_literal(instant: dt.datetime, *, naive: bool = False) -> exp.Expression:
    """``CAST('2026-11-01 09:30:00+00:00' AS TIMESTAMPTZ)``: an instant with its
    offset, so no session time zone can shift it against the zoned column; with
    ``naive``, ``CAST('2026-11-01 09:30:00' AS DATETIME(6))`` (the column holds UTC)."""
    utc = instant.astimezone(dt.UTC)
    if naive:
        return exp.cast(exp.Literal.string(utc.replace(tzinfo=None).isoformat(sep=" ")),
                        exp.DataType.build("DATETIME(6)", dialect="mysql"))
    return exp.cast(exp.Literal.string(utc.isoformat(sep=" ")),
                    exp.DataType.build("timestamptz"))


def snapshots_for(reader: Reader, history: History, start: dt.datetime, end: dt.datetime
                  ) -> tuple[dt.datetime | None, dt.datetime | None, dt.datetime | None]:
    """(the snapshot for ``start``, the one for ``end``, the earliest snapshot):
    the latest ``segdsl_as_of`` at or before each instant, None where there is none."""
    as_of = column(AS_OF_COLUMN)

    def latest_until(instant: dt.datetime) -> exp.Expression:
        return exp.Max(this=exp.Case(ifs=[exp.If(
            this=exp.LTE(this=as_of.copy(), expression=instant_literal(
                instant, naive=history.naive_as_of)),
            true=as_of.copy())]))

    query = exp.select(latest_until(start), latest_until(end),
                       exp.Min(this=as_of.copy())).from_(history.table.copy())
    rows = run(reader, query)
    first, last, earliest = rows[0] if rows else (None, None, None)
    return engine_instant(first), engine_instant(last), engine_instant(earliest)


def latest_two(reader: Reader, history: History) -> list[dt.datetime]:
    """The as-ofs of the two latest snapshots, latest first (fewer if there are)."""
    as_of = column(AS_OF_COLUMN)
    query = (exp.select(as_of).from_(history.table.copy()).group_by(as_of.copy())
             .order_by(exp.Ordered(this=as_of.copy(), desc=True)).limit(2))
    found = [engine_instant(row[0]) for row in run(reader, query)]
    return [instant for instant in found if instant is not None]


def snapshot_query(history: History, key: str, names: Sequence[str], as_of: dt.datetime
                   ) -> exp.Select:
    """``SELECT key, names... FROM history WHERE segdsl_as_of = as_of``: one
    snapshot as a membership table."""
    return (exp.select(column(key), *(column(name) for name in names))
            .from_(history.table.copy())
            .where(exp.EQ(this=column(AS_OF_COLUMN), expression=instant_literal(
                as_of, naive=history.naive_as_of))))


@dataclass(frozen=True)
class Inspection:
    """What one aggregate over the two snapshots found: the segments whose column
    is NULL in every row of the first (``absent_then``) and of the second
    (``absent_now``) snapshot (a segment column ``run --all`` writes is never
    NULL, so these did not exist when that snapshot was taken), and for each
    snapshot its rows and distinct keys (equal unless a key is there twice)."""

    absent_then: list[str]
    absent_now: list[str]
    rows: tuple[int, int]
    keys: tuple[int, int]


def inspect(reader: Reader, history: History, key: str, segments: Sequence[str],
            snapshots: tuple[dt.datetime, dt.datetime]) -> Inspection:
    """:class:`Inspection` of the two snapshots, in one statement."""

    def when(at: dt.datetime, value: exp.Expression) -> exp.Expression:
        return exp.Case(ifs=[exp.If(
            this=exp.EQ(this=column(AS_OF_COLUMN), expression=instant_literal(
                at, naive=history.naive_as_of)),
            true=value)])

    counts = [exp.Count(this=when(at, column(name))) for at in snapshots for name in segments]
    sizes = [item for at in snapshots
             for item in (exp.Count(this=when(at, exp.Literal.number(1))),
                          exp.Count(this=exp.Distinct(expressions=[when(at, column(key))])))]
    rows = run(reader, exp.select(*counts, *sizes).from_(history.table.copy()))
    values = [as_int(value) for value in rows[0]]
    half = len(segments)
    then = [name for name, value in zip(segments, values[:half], strict=True) if not value]
    now = [name for name, value in zip(segments, values[half:2 * half], strict=True)
           if not value]
    first_rows, first_keys, last_rows, last_keys = values[2 * half:]
    return Inspection(then, now, (first_rows, last_rows), (first_keys, last_keys))
