"""Snowflake's answers to :class:`~segdsl.compile.dialects.base.Dialect` (each
method's docstring names the quirk it hides)."""

from __future__ import annotations

import datetime as dt

from sqlglot import exp

from segdsl.compile.dialects.base import LOWER_NAME, Dialect, parsed_type
from segdsl.numbers import NUMBER_SCALE
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning


class Snowflake(Dialect):
    name = "snowflake"
    sqlglot_name = "snowflake"
    instant = "TIMESTAMPNTZ"
    materialize_ctes = None  # Snowflake has no MATERIALIZED hint
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    # Snowflake documents that `.` skips a line break unless the `s` parameter is
    # given; written as `[^\n]` the pattern does not rest on a default we cannot
    # test offline.
    dot_matches_newline = True
    number_type_sql = "NUMBER(38, 9)"
    exact_math_repeats_operands = True

    def schema_identifier(self, name: str) -> exp.Identifier:
        """Snowflake stores an unquoted name in upper case (``create table customers``
        makes ``CUSTOMERS``), and a quoted name is case-sensitive, so ``"customers"``
        finds nothing.  A name written all in lower case is the unquoted kind and goes
        out upper case (still quoted, as every identifier); a name with an upper-case
        letter was meant exactly as written and stays so (docs/types.md)."""
        if LOWER_NAME.fullmatch(name):
            return exp.to_identifier(name.upper(), quoted=True)
        return exp.to_identifier(name, quoted=True)

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """Snowflake compares strings by code point unless a collation is set."""
        return column

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def now(self) -> exp.Expression:
        """``CURRENT_TIMESTAMP`` is TIMESTAMP_LTZ (session time zone): convert to UTC."""
        return self._converted(exp.CurrentTimestamp())

    def _converted(self, value: exp.Expression) -> exp.Expression:
        converted = exp.ConvertTimezone(target_tz=self._utc(), timestamp=value)
        return exp.cast(converted, self.instant_type())

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """``TIMESTAMP_NTZ`` (NAIVE, and what UNKNOWN means here: the schema's
        ``timestamp`` maps to it, docs/types.md) holds UTC already; a
        ``TIMESTAMP_TZ``/``TIMESTAMP_LTZ`` (ZONED) is converted to UTC as ``now``."""
        if zoning is Zoning.ZONED:
            return self._converted(column)
        return column

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        midnight = exp.cast(value, self.instant_type())
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def to_date(self, value: exp.Expression) -> exp.Expression:
        return exp.cast(self.wall_clock(value) if self.zoned else value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """sqlglot writes ``value + INTERVAL`` as ``DATEADD``."""
        return self._naive_shift(value, amount, unit, is_date=is_date, duration=duration)

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``CONVERT_TIMEZONE('UTC', zone, ts)``: a ``TIMESTAMP_NTZ`` read in UTC,
        shown in the zone (the three-argument form reads no session setting)."""
        converted = exp.ConvertTimezone(source_tz=self._utc(), target_tz=self._zone(),
                                        timestamp=instant)
        return exp.cast(converted, self.instant_type())

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """``CONVERT_TIMEZONE(zone, 'UTC', wall)``; Snowflake's rule for skipped and
        repeated times cannot be tested offline, so :meth:`from_wall_clock` does not
        rest on it."""
        converted = exp.ConvertTimezone(source_tz=self._zone(), target_tz=self._utc(),
                                        timestamp=wall)
        return exp.cast(converted, self.instant_type())

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """The engine's reading, checked and corrected (:meth:`Dialect._first_reading`)."""
        return self._naive_first_reading(wall)

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``DATEADD(YEAR, n, d)`` clamps to the end of the month."""
        return exp.DateAdd(this=value, expression=years, unit=exp.var("YEAR"))

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """Snowflake's WEEK starts on Monday unless ``WEEK_START`` says otherwise."""
        return self._date_trunc(value, period)

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        micros = exp.Extract(this=exp.var("EPOCH_MICROSECOND"), expression=value)
        return exp.Div(this=micros, expression=exp.Literal.number(1_000_000))

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """The ``TIMESTAMP_NTZ`` wall clock's epoch reads it as UTC."""
        return self.epoch_seconds(self.wall_clock(instant))

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """No single-aggregate form is used here (none can be tested offline): the
        tie CTE finds the edge."""
        return None

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """Snowflake orders strings by code point unless a collation is set."""
        return value

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``text_order`` left the string as it was."""
        return value

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``LOWER`` lowers A-Z; on ASCII no collation specification changes that."""
        return exp.Lower(this=value)

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """Snowflake's REGEXP_LIKE matches the whole string; REGEXP_INSTR finds a part."""
        return exp.GT(this=exp.RegexpInstr(this=value, expression=pattern),
                      expression=exp.Literal.number(0))

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        return exp.EndsWith(this=value, expression=part)

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``ARRAY_CONTAINS(v::VARIANT, l)``; NULL for a NULL array."""
        return exp.ArrayContains(this=values, expression=item)

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``ARRAYS_OVERLAP(l, [..])``."""
        return exp.ArrayOverlaps(this=values, expression=exp.Array(expressions=items))

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``ARRAY_CONTAINS`` per value, joined by AND."""
        return exp.paren(exp.and_(*(self.list_contains(values.copy(), item) for item in items),
                                  copy=False), copy=False)

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``ARRAY_SIZE(l)``; NULL for a NULL array."""
        return exp.ArraySize(this=values)

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``ARRAY_COMPACT`` drops the NULL elements: a shorter array had some."""
        return exp.NEQ(this=exp.ArraySize(this=values), expression=exp.ArraySize(
            this=exp.Anonymous(this="ARRAY_COMPACT", expressions=[values.copy()])))

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """Snowflake's ``/`` of integers keeps 6 decimals, rounded, so ``TRUNC(a / b)``
        is one too high when the fraction is .9999995 or more: subtract the remainder
        first, then the division is exact."""
        remainder = exp.Mod(this=dividend.copy(), expression=divisor.copy())
        exact = exp.Div(this=exp.paren(exp.Sub(this=dividend, expression=remainder), copy=False),
                        expression=divisor)
        return exp.cast(exact, self.integer_type())

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """Snowflake keeps at most 12 places of a product (rounding there), so rounding
        that to 9 could round twice: round the product of the scaled integers."""
        product = exp.Mul(this=self._scaled_integer(left, NUMBER_SCALE),
                          expression=self._scaled_integer(right, NUMBER_SCALE))
        return self._rounded_quotient(product, exp.Literal.number(10**NUMBER_SCALE),
                                      zero_divisor=False)

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """Snowflake's decimal ``/`` keeps a limited scale: the quotient of the scaled
        integers, as DuckDB."""
        n = self._scaled_integer(dividend, 2 * NUMBER_SCALE)
        d = self._scaled_integer(divisor, NUMBER_SCALE)
        return self._rounded_quotient(n, d)

    def integer_type(self) -> exp.DataType:
        return parsed_type("NUMBER(38, 0)", "snowflake")
