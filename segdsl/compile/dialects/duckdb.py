"""DuckDB's answers to :class:`~segdsl.compile.dialects.base.Dialect` (each
method's docstring names the quirk it hides)."""

from __future__ import annotations

import datetime as dt

from sqlglot import exp

from segdsl.compile.dialects.base import Dialect, filtered, parsed_type, quoted_name, sql_operand
from segdsl.numbers import NUMBER_SCALE
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning


class DuckDB(Dialect):
    name = "duckdb"
    sqlglot_name = "duckdb"
    instant = "TIMESTAMP"
    # DuckDB materializes CTEs on its own (e.g. one read inside a correlated
    # ``NOT EXISTS``, or next to a ``count(DISTINCT ...)``), writing millions of
    # event rows to read them back; inlined, it pushes filters and projections into
    # the scans instead.  Large benchmark: about 42 s -> 20 s (docs/performance.md).
    materialize_ctes = False
    dot_matches_newline = False  # RE2
    number_type_sql = "DECIMAL(38, 9)"
    exact_math_repeats_operands = True

    def schema_identifier(self, name: str) -> exp.Identifier:
        return quoted_name(name)

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """DuckDB compares strings by code point (no collation is set)."""
        return column

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def now(self) -> exp.Expression:
        """``CURRENT_TIMESTAMP`` carries the session's time zone;
        ``AT TIME ZONE 'UTC'`` turns it into UTC wall-clock time."""
        return exp.AtTimeZone(this=exp.CurrentTimestamp(), zone=self._utc())

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """Every kind as it is.  A naive ``TIMESTAMP`` holds UTC (SPEC 2); a
        ``TIMESTAMPTZ`` compared with the compiler's naive values is converted
        through the session's zone, which segdsl's engine pins to UTC (see
        docs/types.md for running compiled DuckDB SQL elsewhere).  So knowing the
        zoning changes nothing here, and the bare column keeps zone maps usable."""
        return column

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        midnight = exp.cast(value, self.instant_type())
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def to_date(self, value: exp.Expression) -> exp.Expression:
        return exp.cast(self.wall_clock(value) if self.zoned else value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        return self._naive_shift(value, amount, unit, is_date=is_date, duration=duration)

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``(ts AT TIME ZONE 'UTC') AT TIME ZONE zone``: the naive UTC value as a
        zoned instant, then its wall clock in the zone; neither step reads the
        session's time zone. (DuckDB: the ICU extension, built into the Python wheel and loaded
        without a network.)  DuckDB reads a ``TIMESTAMPTZ`` column bare (see
        :meth:`read_stored_instant`), and ``AT TIME ZONE`` of one would mean the
        opposite conversion, so the value is cast to ``TIMESTAMP`` (UTC in segdsl's
        session) first; of a ``TIMESTAMP`` the cast is nothing."""
        utc = exp.cast(instant, self.instant_type())
        zoned = exp.AtTimeZone(this=utc, zone=self._utc())
        return exp.AtTimeZone(this=zoned, zone=self._zone())

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """``(wall AT TIME ZONE zone) AT TIME ZONE 'UTC'``: the engine reads a
        skipped time with the earlier offset (forward) but a repeated one as its
        later occurrence."""
        zoned = exp.AtTimeZone(this=sql_operand(wall), zone=self._zone())
        return exp.AtTimeZone(this=zoned, zone=self._utc())

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """The engine's own reading corrected to the first occurrence of a repeated
        time (:meth:`Dialect._first_reading`)."""
        return self._naive_first_reading(wall)

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``INTERVAL '1' YEAR * (n)``: DuckDB multiplies an interval by a count."""
        interval = exp.Mul(this=exp.Interval(this=exp.Literal.string("1"), unit=exp.var("YEAR")),
                           expression=exp.paren(years, copy=False))
        return exp.cast(exp.Add(this=value, expression=interval), self.date_type())

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        return self._date_trunc(value, period)

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """``EPOCH(value)``: seconds with fractions."""
        return exp.TimeToUnix(this=value)

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """``EPOCH`` of a naive ``TIMESTAMP`` reads it as UTC."""
        return self.epoch_seconds(self.wall_clock(instant))
    # Inlined, each use of a dictionary (the scan's join, each decoding, each size
    # check) reads the column of the whole table again; materialized, once (the
    # benchmark batch on 200k customers: about 7-10 % faster).
    materialize_dictionaries = True
    packs_edge_codes = True
    # Bits of a HUGEINT below its sign bit: 1 << 127 would overflow.
    code_set_capacity = 127

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """``max`` of a struct ordered by (time, value is set, value): the latest row,
        among ties one with a value, the greatest value (SPEC 4.3).  For the earliest
        row the time is negated as microseconds since 1970.  ``arg_max`` would be
        shorter but skips rows whose value is NULL, so the latest event's missing
        value would fall back to an older one."""
        order = exp.Neg(this=exp.UnixMicros(this=time)) if earliest else time
        packed = exp.Struct(expressions=[
            exp.PropertyEQ(this=exp.to_identifier("t", quoted=True), expression=order),
            exp.PropertyEQ(this=exp.to_identifier("n", quoted=True),
                           expression=exp.Not(this=exp.Is(this=value.copy(),
                                                          expression=exp.Null()))),
            exp.PropertyEQ(this=exp.to_identifier("v", quoted=True), expression=value),
        ])
        return exp.StructExtract(this=filtered(exp.Max(this=packed), condition),
                                 expression=exp.Literal.string("v"))

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """DuckDB orders strings by code point by default."""
        return value

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``text_order`` left the string as it was."""
        return value

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``LOWER`` lowers A-Z (utf8proc's mapping, exact on ASCII)."""
        return exp.Lower(this=value)

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``REGEXP_MATCHES`` finds a match anywhere in the string."""
        return exp.RegexpLike(this=value, expression=pattern)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        return exp.EndsWith(this=value, expression=part)

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``list_contains(l, v)``: NULL for a NULL list."""
        return exp.Anonymous(this="LIST_CONTAINS", expressions=[values, item])

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``list_has_any(l, [..])``."""
        return exp.Anonymous(this="LIST_HAS_ANY", expressions=[values, exp.Array(
            expressions=items)])

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``list_has_all(l, [..])``."""
        return exp.Anonymous(this="LIST_HAS_ALL", expressions=[values, exp.Array(
            expressions=items)])

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``len(l)``: duplicates counted, NULL for a NULL list."""
        return exp.Anonymous(this="LEN", expressions=[values])

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``len(l) <> list_count(l)``: ``list_count`` counts the non-NULL elements."""
        return exp.NEQ(this=exp.Anonymous(this="LEN", expressions=[values]),
                       expression=exp.Anonymous(this="LIST_COUNT", expressions=[values.copy()]))

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``//``: integer division."""
        return exp.IntDiv(this=dividend, expression=divisor)

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        return self._rounded_product(left, right)

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """DuckDB divides decimals as doubles, so the quotient is computed on the scaled
        integers (HUGEINT): with N = dividend * 10^18 and D = divisor * 10^9, the
        result times 10^9 is trunc((2|N| + |D|) / 2|D|) with the sign of N * D.
        Exact while |dividend| < 8.5 * 10^19; beyond, DuckDB reports an overflow.
        """
        n = self._scaled_integer(dividend, 2 * NUMBER_SCALE)
        d = self._scaled_integer(divisor, NUMBER_SCALE)
        return self._rounded_quotient(n, d)

    def integer_type(self) -> exp.DataType:
        return parsed_type("INT128", "duckdb")

    def edge_from_codes(self, code: exp.Expression, time: exp.Expression, values: str, *,
                        earliest: bool, condition: exp.Expression) -> exp.Expression:
        """``max(epoch_us(time) * 2^63 + code)``, time negated for ``first``, then the
        code's value: the latest (earliest) row; among ties the greatest code, i.e.
        the greatest value, and any value above "not set" (code 0) (SPEC 4.3).  One
        integer aggregate instead of ``edge_value``'s ``max`` of a struct, which
        DuckDB compares field by field (about 29 % of the batch query's time on the
        large benchmark), for columns with few values (see events.py).

        Packed as HUGEINT so that it is exact for every time and any number of
        values, decided once at compile time: ``epoch_us`` of DuckDB's timestamps
        spans nearly all of BIGINT, so no factor K >= 2 keeps ``epoch_us * K``
        inside BIGINT for all times, and choosing BIGINT from the data at run time
        would need both aggregates.  The low 63 bits hold the code (< 2^63 rows),
        read back with ``& (2^63 - 1)`` (two's complement, so also for times before
        1970), then looked up in the dictionary's list (index 0 is NULL: not set).
        ``epoch_us`` of ``-infinity`` is NULL, so such a row is left out."""
        micros = exp.cast(exp.UnixMicros(this=time),
                          parsed_type("HUGEINT", "duckdb"))
        order: exp.Expression = exp.Neg(this=micros) if earliest else micros
        packed = exp.Add(this=exp.Mul(this=exp.paren(order, copy=False),
                                      expression=exp.Literal.number(_CODE_SPAN)),
                         expression=code)
        best = filtered(exp.Max(this=packed), condition)
        low_bits = exp.BitwiseAnd(this=exp.paren(best, copy=False),
                                  expression=exp.Literal.number(_CODE_SPAN - 1))
        code_of = exp.cast(low_bits, parsed_type("BIGINT", "duckdb"))
        in_order = exp.ArrayAgg(this=exp.Order(
            this=exp.column("value", quoted=True),
            expressions=[exp.Ordered(this=exp.column("code", quoted=True), nulls_first=False)]))
        listing = exp.select(in_order).from_(exp.Table(this=exp.to_identifier(values, quoted=True)))
        return exp.Anonymous(this="list_extract", expressions=[listing.subquery(), code_of])

    def count_codes(self, code: exp.Expression, condition: exp.Expression) -> exp.Expression:
        """``bit_count(bit_or(1 << (code - 1)))``: a bit per value, OR-ed per key, in
        the grouped pass; a ``count(DISTINCT ...)`` there makes DuckDB materialize
        the pass's whole input.  The shift is guarded inside the ``CASE`` (DuckDB
        computes an aggregate's input before applying its ``FILTER``)."""
        wide = parsed_type("HUGEINT", "duckdb")
        one_bit = exp.BitwiseLeftShift(
            this=exp.cast(exp.Literal.number(1), wide),
            expression=exp.cast(exp.paren(exp.Sub(this=code.copy(),
                                                  expression=exp.Literal.number(1)),
                                          copy=False), wide))
        in_range = exp.Between(this=code, low=exp.Literal.number(1),
                               high=exp.Literal.number(self.code_set_capacity))
        bits = filtered(exp.BitwiseOrAgg(this=exp.Case().when(in_range, one_bit, copy=False)),
                        condition)
        return exp.BitwiseCount(this=bits)


# The factor that moves an event's time above its value's code (see
# DuckDB.edge_from_codes): codes are row numbers, below 2^63.
_CODE_SPAN = 2**63
