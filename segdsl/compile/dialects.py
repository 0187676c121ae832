"""Everything that differs between target engines, in one place.

The compiler builds one sqlglot expression tree for all targets; sqlglot transpiles
most of it.  What sqlglot cannot (or must not) decide for us is asked of a
:class:`Dialect` here.  Each method's docstring names the engine quirk it hides.

Times: every instant is handled as a UTC value without time zone
(``TIMESTAMP`` in DuckDB and PostgreSQL, ``TIMESTAMP_NTZ`` in Snowflake), except in
BigQuery, whose ``TIMESTAMP`` is an absolute instant and whose functions default to
UTC.  Reading instants this way makes results independent of the session's
time zone.

Numbers: every ``number`` is an exact decimal with 9 places (docs/semantics.md,
"Exact numbers"); each dialect says how it reads, multiplies and divides them.

Longer than 400 lines on purpose: one class per engine, and every engine
difference in one file, so a reader compares the engines' quirks side by side.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import ClassVar

from sqlglot import exp

from segdsl.check import regex
from segdsl.numbers import NUMBER_SCALE
from segdsl.project.model import DIALECTS as DIALECT_NAMES
from segdsl.syntax.ast import Period, Unit

_INTERVAL_UNITS = {
    Unit.MINUTE: "MINUTE", Unit.HOUR: "HOUR", Unit.DAY: "DAY", Unit.WEEK: "DAY",
    Unit.MONTH: "MONTH", Unit.YEAR: "YEAR",
}


# A name Snowflake would store upper case when written without quotes.
_LOWER_NAME = re.compile(r"[a-z_][a-z0-9_$]*")


def _interval_amount(amount: int, unit: Unit) -> int:
    # Weeks are 7 days everywhere (SPEC 3.6); BigQuery has no WEEK interval for
    # timestamps, so weeks always go out as days.
    return amount * 7 if unit is Unit.WEEK else amount


class Dialect:
    """Defaults that hold for DuckDB and PostgreSQL."""

    name: ClassVar[str] = "duckdb"
    sqlglot_name: ClassVar[str] = "duckdb"
    instant: ClassVar[str] = "TIMESTAMP"
    # Whether sqlglot's generator for this dialect leaves the tree it renders as it
    # was, so the compiler may render a part without copying it first (its
    # deduplication keys; see sql._key).  BigQuery's and Snowflake's rewrite parts
    # of the tree while rendering (the golden SQL changed when they were not copied).
    renders_in_place: ClassVar[bool] = True

    # ---------------------------------------------------------------- names
    def schema_identifier(self, name: str) -> exp.Identifier:
        """A table, column or output column name from the schema or the definitions,
        quoted so it is read exactly as written."""
        return exp.to_identifier(name, quoted=True)

    # ------------------------------------------------------------ literals
    def instant_type(self) -> exp.DataType:
        return _parsed_type(self.instant, self.sqlglot_name)

    def date_type(self) -> exp.DataType:
        return exp.DataType.build("DATE")

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        text = value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
        return exp.cast(exp.Literal.string(text), self.instant_type())

    def date_literal(self, value: dt.date) -> exp.Expression:
        return exp.cast(exp.Literal.string(value.isoformat()), self.date_type())

    def now(self) -> exp.Expression:
        """The engine's current instant as a UTC value without time zone.

        ``CURRENT_TIMESTAMP`` carries the session's time zone in DuckDB and
        PostgreSQL; ``AT TIME ZONE 'UTC'`` turns it into UTC wall-clock time.
        """
        return exp.AtTimeZone(this=exp.CurrentTimestamp(), zone=exp.Literal.string("UTC"))

    def read_instant(self, column: exp.Expression) -> exp.Expression:
        """A ``timestamp`` column as the compiler handles instants.

        DuckDB's engine pins the session to UTC, so its columns are read as they
        are (see docs/types.md for running compiled DuckDB SQL elsewhere).
        """
        return column

    # ------------------------------------------------------------- time math
    def to_instant(self, value: exp.Expression) -> exp.Expression:
        """A date as the instant 00:00:00 UTC of that day (SPEC 3.6)."""
        return exp.cast(value, self.instant_type())

    def to_date(self, value: exp.Expression) -> exp.Expression:
        """The UTC calendar day of an instant."""
        return exp.cast(value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool
              ) -> exp.Expression:
        """``value + amount unit``.  Months and years are calendar steps clamped to the
        end of the month in every engine (2026-03-31 - 1 month = 2026-02-28)."""
        interval = exp.Interval(this=exp.Literal.string(str(abs(_interval_amount(amount, unit)))),
                                unit=exp.var(_INTERVAL_UNITS[unit]))
        shifted: exp.Expression = (exp.Add if amount >= 0 else exp.Sub)(
            this=value, expression=interval)
        if is_date and unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            # DATE +/- INTERVAL is a TIMESTAMP in DuckDB and PostgreSQL.
            return self.to_date(shifted)
        return shifted

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """A date plus a computed number of years (clamped), for ``years_since``."""
        interval = exp.Mul(this=exp.Interval(this=exp.Literal.string("1"), unit=exp.var("YEAR")),
                           expression=exp.paren(years, copy=False))
        return self.to_date(exp.Add(this=value, expression=interval))

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """Start of the calendar period holding ``value``; weeks start on Monday (ISO)."""
        truncated = exp.DateTrunc(  # type: ignore[no-untyped-call]
            this=value, unit=exp.var(period.value.upper()))
        return exp.cast(truncated, self.instant_type())

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """Seconds since 1970 as a number (fractions kept)."""
        return exp.TimeToUnix(this=value)

    # ------------------------------------------------------------ plan
    # Whether the engine may materialize the query's CTEs (None: its default).
    materialize_ctes: bool | None = None
    # The same for the value dictionaries (``dict__N``), which are small and read
    # by the grouped pass's scan and by each decoding or size check.
    materialize_dictionaries: bool | None = None

    # ------------------------------------------------------------ aggregates
    # Whether ``first``/``last`` of a property is one aggregate over value codes
    # (``edge_from_codes``); otherwise the compiler finds the edge time first (a
    # ``tie__N`` CTE with window functions).
    packs_edge_codes: ClassVar[bool] = False

    def edge_from_codes(self, code: exp.Expression, time: exp.Expression, values: str, *,
                        earliest: bool, condition: exp.Expression) -> exp.Expression:
        """``first``/``last`` of a property as one aggregate over the rows where
        ``condition`` holds, from ``code`` (the value's code in the dictionary CTE
        ``values``: ``value``, ``code`` 1..n in value order, 0 for not set); only
        called where ``packs_edge_codes``."""
        raise NotImplementedError(f"{self.name} does not pack edge codes")

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """``first``/``last`` of a property as one aggregate over the rows where
        ``condition`` holds, or None when the engine has no such aggregate and the
        compiler must find the edge time first (a ``tie__N`` CTE)."""
        return None

    # How many value codes a per-key bit set holds (``count_codes``); 0: the engine
    # has no bit aggregates, and ``count(distinct ...)`` is always a pass of its own.
    code_set_capacity: ClassVar[int] = 0

    def count_codes(self, code: exp.Expression, condition: exp.Expression) -> exp.Expression:
        """How many distinct codes 1..``code_set_capacity`` the rows where ``condition``
        holds have (code 0, not set, is not counted), as one aggregate; NULL for no
        rows.  Only called where ``code_set_capacity`` > 0."""
        raise NotImplementedError(f"{self.name} has no bit sets of codes")

    def greatest(self, value: exp.Expression, *, boolean: bool) -> exp.Expression:
        """The greatest of a group's values, ``true`` above ``false``: PostgreSQL has
        no ``max(boolean)`` (Snowflake documents none either), but every engine has a
        logical OR aggregate (``BOOL_OR``, ``LOGICAL_OR``, ``BOOLOR_AGG``)."""
        return exp.LogicalOr(this=value) if boolean else exp.Max(this=value)

    # --------------------------------------------------------------- strings
    def text_order(self, value: exp.Expression) -> exp.Expression:
        """A string where its order matters (``<``, ``between``, ``min``/``max``):
        strings order by code point (SPEC 4.5), which DuckDB, BigQuery and
        Snowflake do by default."""
        return value

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        return exp.RegexpLike(this=value, expression=pattern)

    # Whether the engine's `.` matches a line break, which segdsl's does not.
    dot_matches_newline: ClassVar[bool] = False

    def regex_pattern(self, pattern: str) -> str:
        """A pattern of the portable subset (check/regex.py) as the engine must read
        it to mean the same: RE2's ``.`` (DuckDB, BigQuery) matches any character but
        a line break, as segdsl's does, so the text stays as written."""
        if not self.dot_matches_newline:
            return pattern
        parsed = regex.parse(pattern)
        if isinstance(parsed, regex.Problem):  # pragma: no cover - the checker refused it
            raise ValueError(f"pattern outside the portable subset: {parsed.message}")
        return regex.replace_dots(pattern, parsed, "[^\n]")

    def contains(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """Literal substring test; no LIKE, so % and _ are ordinary characters."""
        return exp.GT(this=exp.StrPosition(this=value, substr=part),
                      expression=exp.Literal.number(0))

    def starts_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        return exp.StartsWith(this=value, expression=part)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        return exp.EndsWith(this=value, expression=part)

    # --------------------------------------------------------------- numbers
    # A ``number`` is an exact decimal with NUMBER_SCALE digits after the point on
    # every engine (docs/semantics.md, "Exact numbers"): BigQuery's NUMERIC, the
    # widest type every target computes exactly.  Doubles would make sums depend on
    # the order rows are added in, and ties at a ranking cut on the engine.
    number_type_sql: ClassVar[str] = "DECIMAL(38, 9)"
    # Whether ``divide``/``multiply`` name their operands more than once, so the
    # compiler should hand them columns rather than whole expressions.
    exact_math_repeats_operands: ClassVar[bool] = True

    def number_type(self) -> exp.DataType:
        return _parsed_type(self.number_type_sql, self.sqlglot_name)

    def to_number(self, value: exp.Expression) -> exp.Expression:
        """A value (a column of any numeric type, an integer) as the exact number type.
        A DOUBLE becomes the nearest value with 9 decimals (ties away from zero)."""
        # In place (every caller hands over a node of its own): casting a copy
        # was a large part of compiling a big project.
        return exp.cast(value, self.number_type(), copy=False)

    def number_literal(self, value: Decimal) -> exp.Expression:
        """A literal with a point, exact: cast from its text, since BigQuery reads
        ``0.1`` as FLOAT64 (``0.1 + 0.2 = 0.3`` is false there)."""
        return exp.cast(exp.Literal.string(format(value, "f")), self.number_type())

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """Whole-number quotient of a non-negative integer by a positive one."""
        return exp.IntDiv(this=dividend, expression=divisor)

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """The product of two numbers rounded to 9 places, half away from zero.
        DuckDB and PostgreSQL multiply decimals exactly (DuckDB: to 18 places), so
        ROUND is the only rounding."""
        product = exp.Mul(this=left, expression=right)
        return self.to_number(exp.Round(this=product, decimals=exp.Literal.number(NUMBER_SCALE)))

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``dividend / divisor`` (numbers or integers) rounded to 9 places, half away
        from zero; NULL when the divisor is 0 (SPEC 3.4).

        DuckDB divides decimals as doubles, so the quotient is computed on the scaled
        integers (HUGEINT): with N = dividend * 10^18 and D = divisor * 10^9, the
        result times 10^9 is trunc((2|N| + |D|) / 2|D|) with the sign of N * D.
        Exact while |dividend| < 8.5 * 10^19; beyond, DuckDB reports an overflow.
        """
        n = self._scaled_integer(dividend, 2 * NUMBER_SCALE)
        d = self._scaled_integer(divisor, NUMBER_SCALE)
        return self._rounded_quotient(n, d)

    def _scaled_integer(self, value: exp.Expression, scale: int) -> exp.Expression:
        """``value * 10^scale`` as an exact integer (value has at most 9 decimals)."""
        scaled = exp.Mul(this=self.to_number(value), expression=exp.Literal.number(10**scale))
        return exp.cast(exp.paren(scaled, copy=False), self.integer_type())

    def integer_type(self) -> exp.DataType:
        """Wide enough for a number scaled to an integer twice over (10^38)."""
        return exp.DataType.build("INT128", dialect="duckdb")

    def _rounded_quotient(self, n: exp.Expression, d: exp.Expression, *,
                          zero_divisor: bool = True) -> exp.Expression:
        """round(n / d) half away from zero, read as a number with 9 decimals (n is
        the dividend scaled by 10^18 and d the divisor by 10^9); NULL for d = 0
        unless ``zero_divisor`` is False (d is a non-zero constant)."""
        two = exp.Literal.number(2)
        top = exp.Add(this=exp.Mul(this=two, expression=exp.Abs(this=n.copy())),
                      expression=exp.Abs(this=d.copy()))
        bottom = exp.Mul(this=two.copy(), expression=exp.Abs(this=d.copy()))
        magnitude = self.int_div(exp.paren(top, copy=False), exp.paren(bottom, copy=False))
        negative = exp.NEQ(
            this=exp.paren(exp.LT(this=n, expression=exp.Literal.number(0)), copy=False),
            expression=exp.paren(exp.LT(this=d.copy(), expression=exp.Literal.number(0)),
                                 copy=False))
        sign = exp.Case().when(negative, exp.Literal.number(-1)).else_(exp.Literal.number(1))
        signed = exp.Mul(this=magnitude, expression=sign)
        whole = exp.cast(signed, exp.DataType.build("DECIMAL(38, 0)",
                                                   dialect=self.sqlglot_name))
        unit = exp.cast(exp.Literal.string("0.000000001"), self.number_type())
        value = self.to_number(exp.Mul(this=whole, expression=unit))
        if not zero_divisor:
            return value
        zero = exp.EQ(this=d, expression=exp.Literal.number(0))
        return exp.Case().when(zero, exp.null()).else_(value)


def filtered(aggregate: exp.Expression, condition: exp.Expression) -> exp.Expression:
    """``AGG(...) FILTER (WHERE condition)``, or just the aggregate when the condition
    always holds.  sqlglot writes it as BigQuery's ``COUNTIF``/``AGG(IF(...))`` and
    Snowflake's ``COUNT_IF``/``AGG(IFF(...))``; a row whose condition is NULL counts
    as not matching everywhere."""
    if isinstance(condition, exp.Boolean) and condition.this is True:
        return aggregate
    return exp.Filter(this=aggregate, expression=exp.Where(this=condition))


class DuckDB(Dialect):
    # DuckDB materializes CTEs on its own (e.g. one read inside a correlated
    # ``NOT EXISTS``, or next to a ``count(DISTINCT ...)``), writing millions of
    # event rows to read them back; inlined, it pushes filters and projections into
    # the scans instead.  Large benchmark: about 42 s -> 20 s (docs/performance.md).
    materialize_ctes: bool | None = False
    # Inlined, each use of a dictionary (the scan's join, each decoding, each size
    # check) reads the column of the whole table again; materialized, once (the
    # benchmark batch on 200k customers: about 7-10 % faster).
    materialize_dictionaries: bool | None = True

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """``max`` of a struct ordered by (time, value is set, value): the latest row,
        among ties one with a value, the greatest value (SPEC 4.3).  For the earliest
        row the time is negated as microseconds since 1970.  ``arg_max`` would be
        shorter but skips rows whose value is NULL, so the latest event's missing
        value would fall back to an older one."""
        order = (exp.Neg(this=exp.Anonymous(this="epoch_us", expressions=[time]))
                 if earliest else time)
        packed = exp.Struct(expressions=[
            exp.PropertyEQ(this=exp.to_identifier("t", quoted=True), expression=order),
            exp.PropertyEQ(this=exp.to_identifier("n", quoted=True),
                           expression=exp.Not(this=exp.Is(this=value.copy(),
                                                          expression=exp.Null()))),
            exp.PropertyEQ(this=exp.to_identifier("v", quoted=True), expression=value),
        ])
        return exp.StructExtract(this=filtered(exp.Max(this=packed), condition),
                                 expression=exp.Literal.string("v"))

    packs_edge_codes = True

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
        micros = exp.cast(exp.Anonymous(this="epoch_us", expressions=[time]),
                          exp.DataType.build("HUGEINT", dialect="duckdb"))
        order: exp.Expression = exp.Neg(this=micros) if earliest else micros
        packed = exp.Add(this=exp.Mul(this=exp.paren(order, copy=False),
                                      expression=exp.Literal.number(_CODE_SPAN)),
                         expression=code)
        best = filtered(exp.Max(this=packed), condition)
        low_bits = exp.BitwiseAnd(this=exp.paren(best, copy=False),
                                  expression=exp.Literal.number(_CODE_SPAN - 1))
        code_of = exp.cast(low_bits, exp.DataType.build("BIGINT"))
        in_order = exp.ArrayAgg(this=exp.Order(
            this=exp.column("value", quoted=True),
            expressions=[exp.Ordered(this=exp.column("code", quoted=True), nulls_first=False)]))
        listing = exp.select(in_order).from_(exp.Table(this=exp.to_identifier(values, quoted=True)))
        return exp.Anonymous(this="list_extract", expressions=[listing.subquery(), code_of])

    # Bits of a HUGEINT below its sign bit: 1 << 127 would overflow.
    code_set_capacity = 127

    def count_codes(self, code: exp.Expression, condition: exp.Expression) -> exp.Expression:
        """``bit_count(bit_or(1 << (code - 1)))``: a bit per value, OR-ed per key, in
        the grouped pass; a ``count(DISTINCT ...)`` there makes DuckDB materialize
        the pass's whole input.  The shift is guarded inside the ``CASE`` (DuckDB
        computes an aggregate's input before applying its ``FILTER``)."""
        wide = exp.DataType.build("HUGEINT", dialect="duckdb")
        one_bit = exp.BitwiseLeftShift(
            this=exp.cast(exp.Literal.number(1), wide),
            expression=exp.cast(exp.paren(exp.Sub(this=code.copy(),
                                                  expression=exp.Literal.number(1)),
                                          copy=False), wide))
        in_range = exp.Between(this=code, low=exp.Literal.number(1),
                               high=exp.Literal.number(self.code_set_capacity))
        bits = filtered(exp.Anonymous(this="bit_or", expressions=[
            exp.Case().when(in_range, one_bit)]), condition)
        return exp.Anonymous(this="bit_count", expressions=[bits])


# The factor that moves an event's time above its value's code (see
# DuckDB.edge_from_codes): codes are row numbers, below 2^63.
_CODE_SPAN = 2**63


class Postgres(Dialect):
    name = "postgres"
    sqlglot_name = "postgres"
    # ARE's `.` matches a line break unless the pattern is newline-sensitive, which
    # would change `^`/`$` too; `[^\n]` (a real line break) is RE2's `.`.
    dot_matches_newline = True

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """PostgreSQL has ``starts_with`` but no ``ends_with``: compare the tail."""
        tail = exp.Right(this=value, expression=exp.Length(this=part))
        return exp.EQ(this=tail, expression=part)

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        return exp.Extract(this=exp.var("EPOCH"), expression=value)

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """PostgreSQL orders text by the database's collation (``en_US`` puts ``a``
        before ``B``); ``COLLATE "C"`` orders by code point.  Only where order
        matters: under "C", ``lower``/``upper`` would leave non-ASCII letters alone."""
        return exp.Collate(this=value, expression=exp.to_identifier("C", quoted=True))

    def read_instant(self, column: exp.Expression) -> exp.Expression:
        """``timestamptz`` and ``timestamp`` columns alike as naive UTC, whatever the
        session's ``TimeZone``.

        Mixing the two types converts through the session's time zone, and
        ``col AT TIME ZONE 'UTC'`` means opposite things for them, so no expression
        that keeps the column's type can be right for both.  ``EXTRACT(EPOCH ...)``
        can: it is the true instant for ``timestamptz`` and the nominal UTC reading
        for ``timestamp``.  ``TO_TIMESTAMP`` turns it back into an instant and
        ``AT TIME ZONE 'UTC'`` into UTC wall-clock time, exact to the microsecond
        for years up to about 2255 (a double holds 2**53 microseconds).  The cost:
        an index on the column cannot serve the window filter.
        """
        epoch = exp.Extract(this=exp.var("EPOCH"), expression=column)
        instant = exp.Anonymous(this="TO_TIMESTAMP", expressions=[epoch])
        return exp.AtTimeZone(this=instant, zone=exp.Literal.string("UTC"))

    number_type_sql = "NUMERIC(38, 9)"
    exact_math_repeats_operands = False

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """PostgreSQL divides ``numeric`` exactly up to its result scale and rounds
        there (half away from zero), at least the dividend's scale: with the dividend
        at 40 places, rounding that quotient to 9 places is the exact rounding, as no
        quotient of two 9-place numbers (divisor below 10^20) lies within 10^-39 of a
        half-way point without being on it."""
        wide = exp.cast(dividend, exp.DataType.build("NUMERIC(78, 40)", dialect="postgres"))
        nonzero = exp.Nullif(this=self.to_number(divisor), expression=exp.Literal.number(0))
        quotient = exp.Div(this=wide, expression=nonzero)
        return self.to_number(exp.Round(this=quotient, decimals=exp.Literal.number(NUMBER_SCALE)))

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``make_interval`` takes a computed count; ``INTERVAL '1 year' * n`` would too,
        but stays clearer this way."""
        interval = exp.Anonymous(this="MAKE_INTERVAL", expressions=[
            exp.Kwarg(this=exp.var("years"), expression=exp.cast(years, "INT"))])
        return self.to_date(exp.Add(this=value, expression=interval))


class BigQuery(Dialect):
    """BigQuery's time functions take the session's default time zone when no zone
    is given: UTC unless a script or session sets ``@@time_zone``.  Every call that
    turns an instant into a day or wall-clock time, or back, names 'UTC' itself."""

    name = "bigquery"
    renders_in_place = False
    sqlglot_name = "bigquery"
    instant = "TIMESTAMPTZ"  # sqlglot writes BigQuery's TIMESTAMP (an instant)

    number_type_sql = "NUMERIC"
    exact_math_repeats_operands = False

    def now(self) -> exp.Expression:
        return exp.CurrentTimestamp()

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """NUMERIC products are rounded to 9 places, half away from zero, by BigQuery."""
        return exp.Mul(this=self.to_number(left), expression=self.to_number(right))

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """NUMERIC quotients are rounded to 9 places, half away from zero, by BigQuery.
        Both sides must be NUMERIC: ``/`` of two INT64 is a FLOAT64."""
        nonzero = exp.Nullif(this=self.to_number(divisor), expression=exp.Literal.number(0))
        return exp.Div(this=self.to_number(dividend), expression=nonzero)

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        text = value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
        return exp.cast(exp.Literal.string(text + "+00:00"), self.instant_type())

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        """``TIMESTAMP(date_or_datetime, 'UTC')``."""
        return exp.Anonymous(this="TIMESTAMP", expressions=[value, self._utc()])

    def to_date(self, value: exp.Expression) -> exp.Expression:
        """``DATE(ts, 'UTC')``: the UTC day, whatever ``@@time_zone`` says."""
        return exp.Anonymous(this="DATE", expressions=[value, self._utc()])

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool
              ) -> exp.Expression:
        """``TIMESTAMP_SUB`` cannot step months or years: go through DATETIME (UTC)."""
        count = exp.Literal.number(abs(_interval_amount(amount, unit)))
        interval = exp.Interval(this=count, unit=exp.var(_INTERVAL_UNITS[unit]))
        name = "ADD" if amount >= 0 else "SUB"
        if is_date and unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            return exp.Anonymous(this=f"DATE_{name}", expressions=[value, interval])
        if unit in (Unit.MONTH, Unit.YEAR):
            stepped = exp.Anonymous(this=f"DATETIME_{name}", expressions=[
                exp.Anonymous(this="DATETIME", expressions=[self._instant(value, is_date),
                                                            self._utc()]),
                interval])
            return self.to_instant(stepped)
        return exp.Anonymous(this=f"TIMESTAMP_{name}",
                             expressions=[self._instant(value, is_date), interval])

    def _instant(self, value: exp.Expression, is_date: bool) -> exp.Expression:
        return self.to_instant(value) if is_date else value

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        interval = exp.Interval(this=years, unit=exp.var("YEAR"))
        return exp.Anonymous(this="DATE_ADD", expressions=[value, interval])

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """BigQuery's WEEK starts on Sunday; ISOWEEK starts on Monday."""
        unit = "ISOWEEK" if period is Period.WEEK else period.value.upper()
        return exp.Anonymous(this="TIMESTAMP_TRUNC",
                             expressions=[value, exp.var(unit), self._utc()])

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        micros = exp.Anonymous(this="UNIX_MICROS", expressions=[value])
        return exp.Div(this=micros, expression=exp.Literal.number(1_000_000))

    @staticmethod
    def _utc() -> exp.Expression:
        return exp.Literal.string("UTC")


class Snowflake(Dialect):
    name = "snowflake"
    renders_in_place = False
    sqlglot_name = "snowflake"
    instant = "TIMESTAMPNTZ"
    # Snowflake documents that `.` skips a line break unless the `s` parameter is
    # given; written as `[^\n]` the pattern does not rest on a default we cannot
    # test offline.
    dot_matches_newline = True

    def schema_identifier(self, name: str) -> exp.Identifier:
        """Snowflake stores an unquoted name in upper case (``create table customers``
        makes ``CUSTOMERS``), and a quoted name is case-sensitive, so ``"customers"``
        finds nothing.  A name written all in lower case is the unquoted kind and goes
        out upper case (still quoted, as every identifier); a name with an upper-case
        letter was meant exactly as written and stays so (docs/types.md)."""
        if _LOWER_NAME.fullmatch(name):
            return exp.to_identifier(name.upper(), quoted=True)
        return exp.to_identifier(name, quoted=True)

    def now(self) -> exp.Expression:
        """``CURRENT_TIMESTAMP`` is TIMESTAMP_LTZ (session time zone): convert to UTC."""
        converted = exp.Anonymous(this="CONVERT_TIMEZONE", expressions=[
            exp.Literal.string("UTC"), exp.CurrentTimestamp()])
        return exp.cast(converted, self.instant_type())

    number_type_sql = "NUMBER(38, 9)"

    def integer_type(self) -> exp.DataType:
        return exp.DataType.build("NUMBER(38, 0)", dialect="snowflake")

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

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """Snowflake's REGEXP_LIKE matches the whole string; REGEXP_INSTR finds a part."""
        return exp.GT(this=exp.Anonymous(this="REGEXP_INSTR", expressions=[value, pattern]),
                      expression=exp.Literal.number(0))

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        return exp.Anonymous(this="DATEADD", expressions=[exp.var("YEAR"), years, value])

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        micros = exp.Extract(this=exp.var("EPOCH_MICROSECOND"), expression=value)
        return exp.Div(this=micros, expression=exp.Literal.number(1_000_000))


_TYPES: dict[tuple[str, str], exp.DataType] = {}


def _parsed_type(text: str, dialect: str) -> exp.DataType:
    """A fresh copy of the type ``text`` of ``dialect``, parsed once: parsing the
    type name anew for every cast was a large part of compiling a big project."""
    found = _TYPES.get((text, dialect))
    if found is None:
        found = _TYPES[(text, dialect)] = exp.DataType.build(text, dialect=dialect)
    return found.copy()


def _registry(dialects: tuple[Dialect, ...]) -> dict[str, Dialect]:
    """Name -> Dialect in the order of the registry (segdsl/project/model.py), which
    must name exactly the dialects implemented here."""
    by_name = {d.name: d for d in dialects}
    if set(by_name) != set(DIALECT_NAMES) or len(by_name) != len(dialects):
        raise RuntimeError(f"dialects implemented ({', '.join(by_name)}) differ from the "
                           f"registry in segdsl/project/model.py ({', '.join(DIALECT_NAMES)})")
    return {name: by_name[name] for name in DIALECT_NAMES}


DIALECTS: dict[str, Dialect] = _registry((DuckDB(), Postgres(), BigQuery(), Snowflake()))
