"""PostgreSQL's answers to :class:`~segdsl.compile.dialects.base.Dialect` (each
method's docstring names the quirk it hides)."""

from __future__ import annotations

import datetime as dt

from sqlglot import exp

from segdsl.compile.dialects.base import Dialect, filtered, parsed_type, quoted_name, sql_operand
from segdsl.numbers import NUMBER_SCALE
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning


class Postgres(Dialect):
    name = "postgres"
    sqlglot_name = "postgres"
    instant = "TIMESTAMP"
    materialize_ctes = None  # PostgreSQL 12+ inlines a CTE read once
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    # ARE's `.` matches a line break unless the pattern is newline-sensitive, which
    # would change `^`/`$` too; `[^\n]` (a real line break) is RE2's `.`.
    dot_matches_newline = True
    number_type_sql = "NUMERIC(38, 9)"
    exact_math_repeats_operands = False

    def schema_identifier(self, name: str) -> exp.Identifier:
        return quoted_name(name)

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """Equality in PostgreSQL is exact under every deterministic collation; only
        order depends on it (``text_order``)."""
        return column

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def now(self) -> exp.Expression:
        """``CURRENT_TIMESTAMP`` is a ``timestamptz``; ``AT TIME ZONE 'UTC'`` turns
        it into UTC wall-clock time."""
        return exp.AtTimeZone(this=exp.CurrentTimestamp(), zone=self._utc())

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """A column as naive UTC, whatever the session's ``TimeZone``.

        ``timestamp`` (NAIVE) holds UTC already (SPEC 2): the bare column, so its
        indexes and statistics serve the window filters.  ``timestamptz`` (ZONED):
        ``col AT TIME ZONE 'UTC'`` is its UTC wall-clock time.

        UNKNOWN: mixing the two types converts through the session's time zone, and
        ``col AT TIME ZONE 'UTC'`` means opposite things for them, so no expression
        that keeps the column's type can be right for both.  ``EXTRACT(EPOCH ...)``
        can: it is the true instant for ``timestamptz`` and the nominal UTC reading
        for ``timestamp``.  ``TO_TIMESTAMP`` turns it back into an instant and
        ``AT TIME ZONE 'UTC'`` into UTC wall-clock time, exact to the microsecond
        for years up to about 2255 (a double holds 2**53 microseconds).  The cost:
        an index on the column cannot serve the window filter.
        """
        if zoning is Zoning.NAIVE:
            return column
        if zoning is Zoning.ZONED:
            return exp.AtTimeZone(this=column, zone=self._utc())
        epoch = exp.Extract(this=exp.var("EPOCH"), expression=column)
        return exp.AtTimeZone(this=exp.UnixToTime(this=epoch), zone=self._utc())

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
        session's time zone."""
        zoned = exp.AtTimeZone(this=sql_operand(instant), zone=self._utc())
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
        """``make_interval`` takes a computed count; ``INTERVAL '1 year' * n`` would too,
        but stays clearer this way.  (``exp.MakeInterval`` would drop the
        ``years =>`` name, so this stays an anonymous call.)"""
        interval = exp.Anonymous(this="MAKE_INTERVAL", expressions=[
            exp.Kwarg(this=exp.var("years"), expression=exp.cast(years, "INT"))])
        return exp.cast(exp.Add(this=value, expression=interval), self.date_type())

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        return self._date_trunc(value, period)

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        return exp.Extract(this=exp.var("EPOCH"), expression=value)

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """``EXTRACT(EPOCH ...)`` of a ``timestamp`` (without zone) is its nominal
        UTC reading, whatever the session's zone."""
        return self.epoch_seconds(self.wall_clock(instant))

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """The first element of the rows' values sorted by time (latest first, or
        earliest first), then value descending with NULLs last: the edge event,
        among ties one with a value, the greatest (SPEC 4.3), ``value`` already in
        the order ``text_order`` gives and booleans ``true`` above ``false`` as
        ``greatest`` has them.  ``(ARRAY_AGG(v ORDER BY ...) FILTER (WHERE c))[1]``
        is one aggregate in the grouped pass; the tie CTE it replaces read the
        event scan a second time, so PostgreSQL materialized and sorted that scan
        twice.  (Times are never NULL here: every event scan keeps times before
        as-of only; NULLS LAST says so anyway.)"""
        order = exp.Order(this=value, expressions=[
            exp.Ordered(this=time, desc=not earliest, nulls_first=False),
            exp.Ordered(this=value.copy(), desc=True, nulls_first=False),
        ])
        picked = filtered(exp.ArrayAgg(this=order), condition)
        # offset=1: the subscript is written as PostgreSQL counts, from 1.
        return exp.Bracket(this=exp.paren(picked, copy=False),
                           expressions=[exp.Literal.number(1)], offset=1)

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """PostgreSQL orders text by the database's collation (``en_US`` puts ``a``
        before ``B``); ``COLLATE "C"`` orders by code point.  Only where order
        matters: under "C", ``lower``/``upper`` would leave non-ASCII letters alone."""
        return exp.Collate(this=value, expression=exp.to_identifier("C", quoted=True))

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``COLLATE "default"``: the value of ``max(x COLLATE "C")`` keeps the "C"
        collation, under which ``upper('ä')`` is ``'ä'``.  In parentheses: PostgreSQL's
        grammar takes no ``COLLATE`` in some operand positions (``POSITION(s IN x
        COLLATE "default")`` is a syntax error)."""
        return exp.paren(exp.Collate(this=value,
                                     expression=exp.to_identifier("default", quoted=True)),
                         copy=False)

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``lower(x COLLATE "C") COLLATE "default"``: under "C" PostgreSQL lowers A-Z
        only, whatever the database's or column's collation (a Turkish one would
        lower ``I`` to the dotless i, U+0131).  The result is an ordinary string
        again (as :meth:`text_value`'s): the other branches of the folding's CASE
        keep the value's collation, and two explicit ones would clash."""
        lowered = exp.Lower(this=exp.Collate(this=value,
                                             expression=exp.to_identifier("C", quoted=True)))
        return exp.paren(exp.Collate(this=lowered,
                                     expression=exp.to_identifier("default", quoted=True)),
                         copy=False)

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``~`` finds a match anywhere in the string."""
        return exp.RegexpLike(this=value, expression=pattern)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """PostgreSQL has ``starts_with`` but no ``ends_with``: compare the tail."""
        tail = exp.Right(this=value, expression=exp.Length(this=part))
        return exp.EQ(this=tail, expression=part)

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``v = ANY(l)``: a scalar comparison, so a ``varchar[]`` or ``integer[]``
        column meets a text or bigint value without a cast; NULL for a NULL list."""
        return exp.EQ(this=item, expression=exp.Any(this=exp.paren(values, copy=False)))

    def _array_of(self, values: exp.Expression, items: list[exp.Expression], integer: bool
                  ) -> tuple[exp.Expression, exp.Expression]:
        """Both sides of ``&&``/``@>`` as one array type: the operators want equal
        element types, and a column may be ``varchar[]`` or ``integer[]``."""
        kind = exp.DataType.build("BIGINT[]" if integer else "TEXT[]", dialect="postgres")
        return (exp.cast(values, kind, copy=False),
                exp.cast(exp.Array(expressions=items), kind.copy(), copy=False))

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``l && ARRAY[..]`` (overlap)."""
        left, right = self._array_of(values, items, integer)
        return exp.ArrayOverlaps(this=left, expression=right)

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``l @> ARRAY[..]`` (contains)."""
        left, right = self._array_of(values, items, integer)
        return exp.ArrayContainsAll(this=left, expression=right)

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``cardinality(l)``: 0 for an empty array (``array_length`` gives NULL)."""
        return exp.Anonymous(this="CARDINALITY", expressions=[values])

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``array_position(l, NULL)`` finds a NULL (it compares IS NOT DISTINCT FROM)."""
        return exp.Not(this=exp.Is(this=exp.Anonymous(
            this="ARRAY_POSITION", expressions=[values, exp.null()]), expression=exp.null()))

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``DIV(a, b)``: integer division (``/`` of numerics keeps fractions)."""
        return exp.IntDiv(this=dividend, expression=divisor)

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """PostgreSQL multiplies ``numeric`` exactly, so ROUND is the only rounding."""
        return self._rounded_product(left, right)

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """PostgreSQL divides ``numeric`` exactly up to its result scale and rounds
        there (half away from zero), at least the dividend's scale: with the dividend
        at 40 places, rounding that quotient to 9 places is the exact rounding, as no
        quotient of two 9-place numbers (divisor below 10^20) lies within 10^-39 of a
        half-way point without being on it."""
        wide = exp.cast(dividend, parsed_type("NUMERIC(78, 40)", "postgres"))
        nonzero = exp.Nullif(this=self.to_number(divisor), expression=exp.Literal.number(0))
        quotient = exp.Div(this=wide, expression=nonzero)
        return self.to_number(exp.Round(this=quotient, decimals=exp.Literal.number(NUMBER_SCALE)))

    def integer_type(self) -> exp.DataType:
        """Not used by PostgreSQL's exact ``divide``; ``numeric`` holds 10^38."""
        return parsed_type("NUMERIC(78, 0)", "postgres")
