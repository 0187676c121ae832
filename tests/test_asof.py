"""`--as-of` parsing (SPEC 4.1, 7): a date or an ISO timestamp in UTC, nothing else."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from segdsl.asof import format_as_of, parse_as_of

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
    parsed = parse_as_of(text)
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
        parse_as_of(text)
    assert says in str(caught.value)


def test_option_name_in_message() -> None:
    with pytest.raises(ValueError, match=r"^as_of "):
        parse_as_of("2026-11-01T08:00:00", option="as_of")


def test_format_round_trips() -> None:
    instant = dt.datetime(2026, 11, 1, 8, 0, 0, 250000, tzinfo=UTC)
    assert format_as_of(instant) == "2026-11-01T08:00:00.250000Z"
    assert parse_as_of(format_as_of(instant)) == instant
    assert format_as_of(dt.datetime(2026, 11, 1, tzinfo=UTC)) == "2026-11-01T00:00:00Z"


@given(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31),
                    timezones=st.just(UTC)))
def test_any_utc_instant_round_trips(instant: dt.datetime) -> None:
    assert parse_as_of(format_as_of(instant)) == instant
    assert parse_as_of(instant.isoformat()) == instant


@given(st.text(max_size=40))
def test_never_raises_anything_but_value_error(text: str) -> None:
    try:
        parsed = parse_as_of(text)
    except ValueError as error:
        assert str(error)
    else:
        assert parsed.tzinfo is UTC
