"""The one date and timestamp reader (segdsl/timeparse.py), as `--as-of` uses it
(SPEC 4.1, 7): a date or an ISO timestamp in UTC, nothing else."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from segdsl.timeparse import TimeParseError, format_instant, parse_instant

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-01", dt.datetime(2026, 11, 1, tzinfo=UTC)),
        ("2026-11-01T08:00:00Z", dt.datetime(2026, 11, 1, 8, tzinfo=UTC)),
        ("2026-11-01 08:00:00Z", dt.datetime(2026, 11, 1, 8, tzinfo=UTC)),
        ("2026-11-01t08:00:00z", dt.datetime(2026, 11, 1, 8, tzinfo=UTC)),
        ("2026-11-01T08:00:00+00:00", dt.datetime(2026, 11, 1, 8, tzinfo=UTC)),
        ("2026-11-01T08:00:00-00:00", dt.datetime(2026, 11, 1, 8, tzinfo=UTC)),
        ("2026-11-01T08:00:00+0000", dt.datetime(2026, 11, 1, 8, tzinfo=UTC)),
        ("2026-11-01T08:30Z", dt.datetime(2026, 11, 1, 8, 30, tzinfo=UTC)),
        ("2026-11-01T08:00:00.5Z", dt.datetime(2026, 11, 1, 8, 0, 0, 500000, tzinfo=UTC)),
        ("2026-11-01T08:00:00.123456Z",
         dt.datetime(2026, 11, 1, 8, 0, 0, 123456, tzinfo=UTC)),
        ("2026-11-01T23:59:59,25+00:00",
         dt.datetime(2026, 11, 1, 23, 59, 59, 250000, tzinfo=UTC)),
        ("  2026-11-01  ", dt.datetime(2026, 11, 1, tzinfo=UTC)),
        ("2024-02-29", dt.datetime(2024, 2, 29, tzinfo=UTC)),
    ],
)
def test_accepted(text: str, expected: dt.datetime) -> None:
    parsed = parse_instant(text)
    assert parsed == expected
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "is empty"),
        ("yesterday", "must be a date (2026-11-01) or a UTC timestamp (2026-11-01T08:00:00Z)"),
        ("2026-11-01T08:00:00", "has no time zone"),
        ("2026-11-01 08:00", "has no time zone"),
        ("2026-11-01T08:00:00+02:00", "must be in UTC"),
        ("2026-11-01T08:00:00-05:00", "must be in UTC"),
        ("2026-13-01", "not a valid date or time"),
        ("2026-02-30", "not a valid date or time"),
        ("2025-02-29", "not a valid date or time"),
        ("2026-11-01T24:00:00Z", "not a valid date or time"),
        ("2026-11-01T08:60:00Z", "not a valid date or time"),
        ("2026-11-01T08:00:00.1234567Z", "must be a date"),
        ("26-11-01", "must be a date"),
        ("2026/11/01", "must be a date"),
        ("2026-11-1", "must be a date"),
        ("20261101", "must be a date"),
        ("2026-11-01T08:00:00Z trailing", "must be a date"),
        ("2026-11-01TT08:00:00Z", "must be a date"),
        ("1700000000", "must be a date"),
        ("\uff12\uff10\uff12\uff16-11-01", "must be a date"),  # full-width digits
        ("0000-01-01", "not a valid date or time"),
    ],
)
def test_refused(text: str, says: str) -> None:
    with pytest.raises(ValueError, match="--as-of") as caught:
        parse_instant(text)
    assert says in str(caught.value)


def test_option_name_in_message() -> None:
    with pytest.raises(ValueError, match=r"^as_of "):
        parse_instant("2026-11-01T08:00:00", "as_of")


def test_format_round_trips() -> None:
    instant = dt.datetime(2026, 11, 1, 8, 0, 0, 250000, tzinfo=UTC)
    assert format_instant(instant) == "2026-11-01T08:00:00.250000Z"
    assert parse_instant(format_instant(instant)) == instant
    assert format_instant(dt.datetime(2026, 11, 1, tzinfo=UTC)) == "2026-11-01T00:00:00Z"


@given(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31),
                    timezones=st.just(UTC)))
def test_any_utc_instant_round_trips(instant: dt.datetime) -> None:
    assert parse_instant(format_instant(instant)) == instant
    assert parse_instant(instant.isoformat()) == instant


@given(st.text(max_size=40))
def test_never_raises_anything_but_value_error(text: str) -> None:
    try:
        parsed = parse_instant(text)
    except ValueError as error:
        assert str(error)
    else:
        assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2026-05-01T10:00:00+02:00", "2026-05-01T08:00:00Z"),
        ("2026-05-01T01:30:00-05:00", "2026-05-01T06:30:00Z"),
        ("2026-05-01 10:00+0530", "2026-05-01T04:30:00Z"),
    ],
)
def test_offset_hint_shows_the_users_instant_in_utc(text: str, utc: str) -> None:
    """Issue #11.5: the hint converts the user's own instant, not a fixed example."""
    with pytest.raises(TimeParseError) as caught:
        parse_instant(text)
    assert caught.value.hint == f"the same instant in UTC is {utc}"


def test_datetime_objects_follow_the_same_rule() -> None:
    """What YAML may hand over already parsed goes through the same rule."""
    assert parse_instant(dt.date(2026, 11, 1)) == dt.datetime(2026, 11, 1, tzinfo=UTC)
    assert parse_instant(dt.datetime(2026, 11, 1, 8, tzinfo=UTC)) == dt.datetime(
        2026, 11, 1, 8, tzinfo=UTC)
    with pytest.raises(TimeParseError, match="has no time zone"):
        parse_instant(dt.datetime(2026, 11, 1, 8), "as_of")
    plus_two = dt.timezone(dt.timedelta(hours=2))
    with pytest.raises(TimeParseError, match="must be in UTC") as caught:
        parse_instant(dt.datetime(2026, 5, 1, 10, tzinfo=plus_two), "as_of")
    assert "2026-05-01T08:00:00Z" in caught.value.hint


# ------------------------------------------------- in a project with a time zone


@pytest.mark.parametrize(
    ("text", "zone", "utc"),
    [
        # A date is its local midnight (SPEC 11).
        ("2026-03-29", "Europe/Berlin", "2026-03-28T23:00:00Z"),
        ("2026-03-30", "Europe/Berlin", "2026-03-29T22:00:00Z"),
        ("2026-11-01", "America/New_York", "2026-11-01T04:00:00Z"),
        ("2026-11-02", "America/New_York", "2026-11-02T05:00:00Z"),
        ("2026-01-01", "Asia/Kolkata", "2025-12-31T18:30:00Z"),
        # An explicit offset (any, in a zoned project) or Z is exact.
        ("2026-03-29T03:30:00+02:00", "Europe/Berlin", "2026-03-29T01:30:00Z"),
        ("2026-03-29T01:30:00Z", "Europe/Berlin", "2026-03-29T01:30:00Z"),
        ("2026-11-01T01:30:00-05:00", "America/New_York", "2026-11-01T06:30:00Z"),
    ],
)
def test_zoned_project_reads_dates_locally_and_offsets_exactly(text: str, zone: str,
                                                                 utc: str) -> None:
    assert format_instant(parse_instant(text, "--as-of", zone)) == utc


def test_zoned_project_refuses_a_timestamp_without_zone() -> None:
    """A local reading may be ambiguous on a daylight-saving day, so none is guessed."""
    with pytest.raises(TimeParseError, match="has no time zone") as caught:
        parse_instant("2026-10-25T02:30:00", "--as-of", "Europe/Berlin")
    assert "2026-10-25T02:30:00Z" in caught.value.hint and "Europe/Berlin" in caught.value.hint
    # the hint gives both readings of the repeated hour, and says a skipped one has none
    assert "2026-10-25T02:30:00+02:00 or 2026-10-25T02:30:00+01:00" in caught.value.hint
    with pytest.raises(TimeParseError) as skipped:
        parse_instant("2026-03-29 02:30", "--as-of", "Europe/Berlin")
    assert "does not exist in Europe/Berlin" in skipped.value.hint


def test_utc_project_still_refuses_other_offsets() -> None:
    with pytest.raises(TimeParseError, match="must be in UTC"):
        parse_instant("2026-03-29T03:30:00+02:00", "--as-of", "UTC")
