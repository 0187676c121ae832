"""``run --check-expectations``: judge the evaluated segments' ``expect`` lines.

The sizes come from the run itself where it can (the membership rows of ``--all``;
the member rows of ``run SEGMENT`` plus a count of the entity table).  With
``--out`` the rows go to a file, so one aggregate query over the same membership
query measures them; "now" is then read from the database once and used for both
queries, so both see the same as-of (without ``--as-of`` each DuckDB statement
would otherwise read its own clock).

Violations go to stderr as ``FILE:LINE:COL: segment 'x' expects size >= 1000,
measured 812``, then one summary line; the caller exits with status 1 when any
expectation is violated.  Shares are judged exactly (segdsl/analysis/expectations.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject
    from segdsl.engines.reader import Reader

# Segment name -> member count, and the population.
Measured = tuple[dict[str, int], int]


def expected_segments(checked: CheckedProject, segment: str | None) -> list[str]:
    """The evaluated segments that have expect lines (SEGMENT, or every segment)."""
    names = [segment] if segment is not None else list(checked.segments)
    return [name for name in names if checked.segments[name].meta.expectations]


def pinned_now(reader: Reader) -> dt.datetime:
    """The database's current time, to use as the as-of of every query of the run."""
    from segdsl.analysis.sizes import now_query
    from segdsl.timeparse import engine_instant

    _, rows = reader.query(now_query().sql(dialect=reader.sql_dialect))
    now = engine_instant(rows[0][0])
    if now is None:
        raise TypeError(f"expected a timestamp, got {rows[0][0]!r}")
    return now


def measure_by_query(reader: Reader, checked: CheckedProject, as_of: dt.datetime | None,
                     segments: Sequence[str]) -> Measured:
    """One aggregate pass over the membership query of ``segments``."""
    from segdsl.analysis.sizes import SizesSpec

    measured = SizesSpec(tuple(segments), {}).measure(reader, checked, as_of)
    return measured.segments, measured.population


def measure_segment_rows(reader: Reader, checked: CheckedProject, segment: str,
                         members: int) -> Measured:
    """``run SEGMENT``: the members are counted already; count the population."""
    from segdsl.analysis.sizes import population_query

    sql = population_query(reader.table_expression(checked.schema.table), reader.sql_dialect)
    _, rows = reader.query(sql)
    from segdsl.analysis.sqlparts import as_int

    return {segment: members}, as_int(rows[0][0])


def measure_membership_rows(columns: Sequence[str], rows: Sequence[Sequence[object]],
                            segments: Sequence[str]) -> Measured:
    from segdsl.analysis.sizes import sizes_from_rows

    return sizes_from_rows(columns, rows, segments)


def report(checked: CheckedProject, measured: Measured) -> bool:
    """Print the violated expectations and a summary on stderr; True when all hold."""
    from segdsl.analysis.expectations import evaluate

    sizes, population = measured
    segments = {name: checked.segments[name] for name in sizes}
    results = evaluate(segments, sizes, population)
    violated = [result for result in results if not result.holds]
    for result in violated:
        click.echo(result.message(), err=True)
    total = len(results)
    noun = "expectation" if total == 1 else "expectations"
    if violated:
        click.echo(f"{len(violated)} of {total} {noun} violated", err=True)
    elif total == 1:
        click.echo("1 expectation holds", err=True)
    else:
        click.echo(f"all {total} {noun} hold", err=True)
    return not violated


def note_nothing_to_check(segment: str | None) -> None:
    if segment is not None:
        click.echo(f"note: segment '{segment}' has no expect lines; nothing to check",
                   err=True)
    else:
        click.echo("note: no segment has expect lines; nothing to check", err=True)
