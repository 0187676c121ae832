"""The project's time zone (SPEC 11) outside the conformance projects: the
commands read it, the compiled SQL names it only where a calendar notion needs it
(and a UTC project's SQL is unchanged), history snapshots step the local calendar,
and the reference evaluator's rules on daylight-saving days.

The semantics themselves are pinned on every engine by tests/conformance_zones/.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cli_project import run

from segdsl.analysis.history import history_instants
from segdsl.compile.api import compile_membership
from segdsl.reference import values as v
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import zone_info
from segdsl.timeparse import format_instant
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
BERLIN = REPO / "tests" / "conformance_zones" / "berlin"
UTC = dt.UTC


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_compile_reads_the_zone_and_an_as_of_date_is_local_midnight() -> None:
    result = run(["compile", "--project", str(BERLIN), "--as-of", "2026-03-29",
                  "z_current_week"])
    assert result.exit_code == 0, result.output
    # As-of 29 March 00:00 CET is 28 March 23:00 UTC; instants stay UTC in the SQL.
    assert "'2026-03-28 23:00:00'" in result.output
    assert "'Europe/Berlin'" in result.output


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake",
                                     "redshift", "trino"])
def test_exact_windows_name_no_zone(dialect: str) -> None:
    """`in last 7 days` is 168 hours on every engine: no conversion in its SQL."""
    checked = load_workspace(BERLIN).checked
    assert checked is not None
    sql = compile_membership(checked, dialect, _utc("2026-03-29T10:00:00Z"), ["z_last_7_days"])
    assert "Europe/Berlin" not in sql
    zoned = compile_membership(checked, dialect, _utc("2026-03-29T10:00:00Z"),
                               ["z_since_7_days_ago"])
    assert "Europe/Berlin" in zoned


def test_history_steps_the_local_calendar() -> None:
    """Monthly snapshots from 15 April 12:00 CEST stay at 12:00 local, also in
    March's CET (11:00Z), not at the same UTC hour."""
    as_of = _utc("2026-04-15T10:00:00Z")
    instants = history_instants(as_of, 2, "months", "month", "Europe/Berlin")
    assert [format_instant(t) for t in instants] == [
        "2026-02-15T11:00:00Z", "2026-03-15T11:00:00Z", "2026-04-15T10:00:00Z"]
    assert [format_instant(t) for t in history_instants(as_of, 2, "months", "month")] == [
        "2026-02-15T10:00:00Z", "2026-03-15T10:00:00Z", "2026-04-15T10:00:00Z"]


# ------------------------------------------------- the reference evaluator's rules

BERLIN_ZONE = zone_info("Europe/Berlin")


@pytest.mark.parametrize(
    ("as_of", "amount", "unit", "duration", "expected"),
    [
        # a local day across the spring switch is 23 hours; a duration 24
        ("2026-03-29T10:00:00Z", -1, Unit.DAY, False, "2026-03-28T11:00:00Z"),
        ("2026-03-29T10:00:00Z", -1, Unit.DAY, True, "2026-03-28T10:00:00Z"),
        # the skipped 02:30 moves forward, the repeated 02:30 is its first occurrence
        ("2026-03-30T00:30:00Z", -1, Unit.DAY, False, "2026-03-29T01:30:00Z"),
        ("2026-10-26T01:30:00Z", -1, Unit.DAY, False, "2026-10-25T00:30:00Z"),
        # months: local wall clock, clamped
        ("2026-03-31T10:00:00Z", -1, Unit.MONTH, False, "2026-02-28T11:00:00Z"),
        ("2026-03-31T10:00:00Z", -1, Unit.MONTH, True, "2026-02-28T11:00:00Z"),
        # hours are exact
        ("2026-03-29T01:30:00Z", -1, Unit.HOUR, False, "2026-03-29T00:30:00Z"),
    ],
)
def test_reference_steps(as_of: str, amount: int, unit: Unit, duration: bool,
                         expected: str) -> None:
    moved = v.shift(_utc(as_of), amount, unit, BERLIN_ZONE, duration=duration)
    assert isinstance(moved, dt.datetime)
    assert format_instant(moved) == expected


def test_reference_days_and_periods() -> None:
    as_of = _utc("2026-03-29T22:30:00Z")  # 30 March 00:30 CEST
    assert v.day_of(as_of, BERLIN_ZONE) == dt.date(2026, 3, 30)
    assert format_instant(v.period_start(as_of, Period.WEEK, BERLIN_ZONE)) == \
        "2026-03-29T22:00:00Z"
    assert format_instant(v.to_instant(dt.date(2026, 3, 29), BERLIN_ZONE)) == \
        "2026-03-28T23:00:00Z"
    # 24 wall-clock hours, 23 real ones
    assert v.days_between(_utc("2026-03-28T23:30:00Z"), as_of, BERLIN_ZONE) == 1
    assert v.days_between(as_of, _utc("2026-03-28T23:30:00Z"), BERLIN_ZONE) == -1
    assert v.days_between(as_of, _utc("2026-03-28T12:00:00Z"), BERLIN_ZONE) == -2


def test_duckdb_timestamptz_columns_take_their_local_day() -> None:
    """DuckDB reads a TIMESTAMPTZ column bare; its local day must still be Berlin's
    (a TIMESTAMPTZ given to AT TIME ZONE converts the other way round)."""
    import duckdb

    checked = load_workspace(BERLIN).checked
    assert checked is not None
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")  # as segdsl's engine pins it
    connection.execute("CREATE SCHEMA tz")
    connection.execute("CREATE TABLE tz.customers (customer_id TEXT, signup_at TIMESTAMPTZ, "
                       "birthday DATE)")
    connection.execute("CREATE TABLE tz.orders (customer_id TEXT, ordered_at TIMESTAMPTZ, "
                       "amount DECIMAL(38, 9))")
    connection.execute("INSERT INTO tz.customers VALUES "
                       "('c1', '2026-03-28 23:30:00+00', NULL)")
    connection.execute("INSERT INTO tz.orders VALUES ('c1', '2026-03-28 23:10:00+00', 1)")
    sql = compile_membership(checked, "duckdb", _utc("2026-03-28T23:40:00Z"),
                             ["z_signup_day", "z_bought_today", "z_days_since_signup"])
    assert connection.execute(sql).fetchall() == [("c1", dt.date(2026, 3, 29), True, 0)]
