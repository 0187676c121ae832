"""BigQuery's answers to :class:`~segdsl.compile.dialects.base.Dialect` (each
method's docstring names the quirk it hides)."""

from __future__ import annotations

import datetime as dt

from sqlglot import exp

from segdsl.compile.dialects.base import (
    INTERVAL_UNITS,
    Dialect,
    interval_amount,
    parsed_type,
    quoted_name,
)
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning


class BigQuery(Dialect):
    """BigQuery's time functions take the session's default time zone when no zone
    is given: UTC unless a script or session sets ``@@time_zone``.  Every call that
    turns an instant into a day or wall-clock time, or back, names the zone itself."""

    name = "bigquery"
    sqlglot_name = "bigquery"
    instant = "TIMESTAMPTZ"  # sqlglot writes BigQuery's TIMESTAMP (an instant)
    materialize_ctes = None  # BigQuery has no MATERIALIZED hint
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    dot_matches_newline = False  # RE2
    number_type_sql = "NUMERIC"
    exact_math_repeats_operands = False

    def schema_identifier(self, name: str) -> exp.Identifier:
        return quoted_name(name)

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """BigQuery compares strings by code point unless a collation is set."""
        return column

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        """An absolute instant: the UTC wall-clock text with its offset, ``+00:00``
        (so moving a compiled query to another as-of needs no zone)."""
        text = self._wall_clock(value) + "+00:00"
        return exp.cast(exp.Literal.string(text), self.instant_type())

    def now(self) -> exp.Expression:
        """``CURRENT_TIMESTAMP()`` is an absolute instant already."""
        return exp.CurrentTimestamp()

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """``TIMESTAMP`` (ZONED, and what UNKNOWN means here: the schema's
        ``timestamp`` maps to it, docs/types.md) is an instant already; a
        ``DATETIME`` (NAIVE) holds UTC wall-clock time (SPEC 2, in every project)
        and becomes an instant with ``TIMESTAMP(col, 'UTC')``."""
        if zoning is Zoning.NAIVE:
            return exp.Timestamp(this=column, zone=self._utc())
        return column

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        """``TIMESTAMP(date_or_datetime, zone)``: its midnight (or wall-clock time)
        in the project's zone, by BigQuery's own rule for skipped and repeated times,
        which is segdsl's (:meth:`Dialect.from_wall_clock`)."""
        return exp.Timestamp(this=value, zone=self._zone())

    def to_date(self, value: exp.Expression) -> exp.Expression:
        """``DATE(ts, zone)``: the local day, whatever ``@@time_zone`` says."""
        return exp.Date(this=value, zone=self._zone())

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``DATETIME(ts, zone)``."""
        return exp.Datetime(this=instant, expression=self._zone())

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """``TIMESTAMP(datetime, zone)``: ZetaSQL (BigQuery's reference) reads a
        skipped time with the offset before the switch and a repeated time as its
        first occurrence, segdsl's rule, so no correction is needed (checked on
        ZetaSQL by tests/conformance_zones)."""
        return self.to_instant(wall)

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """``TIMESTAMP_SUB`` cannot step months or years: go through DATETIME, the
        wall clock in the project's zone (in UTC projects, UTC's), which is where
        calendar steps are taken (:meth:`Dialect.shift`).

        These calls stay anonymous: ``exp.DateAdd``, ``TimestampAdd`` and
        ``DatetimeAdd`` render the same calls, but the pretty printer lays them
        out on other lines."""
        count = exp.Literal.number(abs(interval_amount(amount, unit)))
        interval = exp.Interval(this=count, unit=exp.var(INTERVAL_UNITS[unit]))
        name = "ADD" if amount >= 0 else "SUB"
        if is_date and unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            return exp.Anonymous(this=f"DATE_{name}", expressions=[value, interval])
        if unit in (Unit.MONTH, Unit.YEAR) or not self._is_exact(unit, duration):
            stepped = exp.Anonymous(this=f"DATETIME_{name}", expressions=[
                self.wall_clock(self._instant(value, is_date)), interval])
            return self.to_instant(stepped)
        return exp.Anonymous(this=f"TIMESTAMP_{name}",
                             expressions=[self._instant(value, is_date), interval])

    def _instant(self, value: exp.Expression, is_date: bool) -> exp.Expression:
        return self.to_instant(value) if is_date else value

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``DATE_ADD(d, INTERVAL n YEAR)`` clamps to the end of the month."""
        interval = exp.Interval(this=years, unit=exp.var("YEAR"))
        return exp.Anonymous(this="DATE_ADD", expressions=[value, interval])

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """BigQuery's WEEK starts on Sunday; ISOWEEK starts on Monday."""
        unit = "ISOWEEK" if period is Period.WEEK else period.value.upper()
        return exp.TimestampTrunc(this=value, unit=exp.var(unit), zone=self._zone())

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """``UNIX_SECONDS`` drops fractions: microseconds divided (a FLOAT64 quotient)."""
        micros = exp.UnixMicros(this=value)
        return exp.Div(this=micros, expression=exp.Literal.number(1_000_000))

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """The local ``DATETIME`` read as a UTC ``TIMESTAMP``, then its seconds."""
        as_utc = exp.Timestamp(this=self.wall_clock(instant), zone=self._utc())
        return self.epoch_seconds(as_utc)

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """No single-aggregate form is used here (none is tested on ZetaSQL yet):
        the tie CTE finds the edge."""
        return None

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """BigQuery orders strings by code point (its default collation is binary)."""
        return value

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``text_order`` left the string as it was."""
        return value

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``LOWER`` lowers A-Z (ICU's root mapping, exact on ASCII)."""
        return exp.Lower(this=value)

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``REGEXP_CONTAINS`` finds a match anywhere in the string."""
        return exp.RegexpLike(this=value, expression=pattern)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        return exp.EndsWith(this=value, expression=part)

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``v IN UNNEST(l)``: false for a NULL list (its UNNEST is empty)."""
        return exp.In(this=item, unnest=exp.Unnest(expressions=[values]))

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``v IN UNNEST(l)`` per value, joined by OR (BigQuery has no overlap
        function; the values are the few literals written)."""
        return exp.paren(exp.or_(*(self.list_contains(values.copy(), item) for item in items),
                                 copy=False), copy=False)

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``v IN UNNEST(l)`` per value, joined by AND."""
        return exp.paren(exp.and_(*(self.list_contains(values.copy(), item) for item in items),
                                  copy=False), copy=False)

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``ARRAY_LENGTH(l)``; NULL for a NULL array inside a query (a table holds
        none: BigQuery stores a NULL array as an empty one, docs/types.md)."""
        return exp.ArraySize(this=values)

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """Some element IS NULL (BigQuery refuses to store one, but a view may make it)."""
        element = exp.to_identifier("element")
        scan = exp.select("1").from_(exp.Unnest(
            expressions=[values], alias=exp.TableAlias(columns=[element.copy()]))).where(
            exp.Is(this=exp.column(element), expression=exp.null()))
        return exp.Exists(this=scan)

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``DIV(a, b)``: integer division."""
        return exp.IntDiv(this=dividend, expression=divisor)

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """NUMERIC products are rounded to 9 places, half away from zero, by BigQuery."""
        return exp.Mul(this=self.to_number(left), expression=self.to_number(right))

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """NUMERIC quotients are rounded to 9 places, half away from zero, by BigQuery.
        Both sides must be NUMERIC: ``/`` of two INT64 is a FLOAT64."""
        nonzero = exp.Nullif(this=self.to_number(divisor), expression=exp.Literal.number(0))
        return exp.Div(this=self.to_number(dividend), expression=nonzero)

    def integer_type(self) -> exp.DataType:
        """Not used by BigQuery's exact ``divide``/``multiply``."""
        return parsed_type("BIGNUMERIC", "bigquery")
