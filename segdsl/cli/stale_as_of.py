"""``run --as-of`` later than all the data: a warning, not a failure.

An as-of after the last event replays a moment the data does not reach: every
window that ends at the as-of (``in last 30 days``) is empty and the segments come
out empty without a word.  So ``run`` warns, on stderr, when

* ``--as-of`` was given (without it the database's current time is used, and old
  data is the user's business), and
* the evaluated definitions read at least one event table, and
* for every event table they read, the as-of is more than :data:`GRACE` after the
  latest event time in it (an empty table counts as having no events at all).

A grace of a day keeps the usual case quiet: data loaded up to some time today and
an as-of of midnight, or a snapshot taken right after the last event.

The latest times come from one ``SELECT max(time)`` per event table (all its rows,
not only the rows of the events used: cheaper, and enough for the warning).  A
failure there is not reported: the real query follows and will say what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import click
from sqlglot import exp

from segdsl.engines import EngineError, Queries
from segdsl.project.model import Schema
from segdsl.timeparse import engine_instant, format_instant

GRACE = dt.timedelta(days=1)
# The window named in the warning: the longest of these shorter than the gap, so
# what the warning says is true (the gap is more than GRACE, so 1 always fits).
_EXAMPLE_DAYS = (1, 7, 30, 90, 365)


def latest_event_query(table: exp.Table, time_columns: list[str]) -> exp.Select:
    """``SELECT max("t1"), max("t2") FROM <table>``: one aggregate pass."""
    return exp.select(*(
        exp.Max(this=exp.column(exp.to_identifier(column, quoted=True)))
        for column in time_columns
    )).from_(table)


def latest_events(engine: Queries, schema: Schema, dialect: str,
                  table_expression: Callable[[str], exp.Table]
                  ) -> dict[str, dt.datetime | None] | None:
    """Each event table of ``schema`` -> its latest event time (None when empty);
    None when a query fails."""
    columns: dict[str, list[str]] = {}
    for event in schema.events.values():
        listed = columns.setdefault(event.table, [])
        if event.time not in listed:
            listed.append(event.time)
    latest: dict[str, dt.datetime | None] = {}
    try:
        for table, times in columns.items():
            sql = latest_event_query(table_expression(table), times).sql(dialect=dialect)
            _, rows = engine.query(sql)
            values = [engine_instant(value) for value in (rows[0] if rows else ())]
            found = [value for value in values if value is not None]
            latest[table] = max(found) if found else None
    except EngineError:
        return None
    return latest


def stale_warning(as_of: dt.datetime, latest: dict[str, dt.datetime | None]) -> str | None:
    """The warning to print, or None (see the module's rule)."""
    if not latest:
        return None
    if any(time is not None and as_of - time <= GRACE for time in latest.values()):
        return None
    known = [(time, table) for table, time in latest.items() if time is not None]
    shown = format_instant(as_of)
    if not known:
        return (f"warning: --as-of {shown}: the event tables read ({', '.join(latest)}) "
                "are empty; every event condition will find nothing")
    time, table = max(known)
    days = (as_of - time) / dt.timedelta(days=1)
    example = max(n for n in _EXAMPLE_DAYS if n < days)
    unit = "day" if example == 1 else "days"
    return (f"warning: --as-of {shown} is after the latest event ({format_instant(time)} "
            f"in {table}); windows like 'in last {example} {unit}' will find nothing")


def warn_if_stale(engine: Queries, schema: Schema, as_of: dt.datetime | None, dialect: str,
                  table_expression: Callable[[str], exp.Table]) -> None:
    """Print :func:`stale_warning` on stderr when it applies."""
    if as_of is None or not schema.events:
        return
    latest = latest_events(engine, schema, dialect, table_expression)
    if latest is None:
        return
    warning = stale_warning(as_of, latest)
    if warning is not None:
        click.echo(warning, err=True)


