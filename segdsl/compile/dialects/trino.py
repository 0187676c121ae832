"""Trino's answers to :class:`~segdsl.compile.dialects.base.Dialect` (each method's
docstring names the quirk it hides and the page of Trino's documentation,
https://trino.io/docs/current/, it rests on).

Compiled only: Trino is a JVM server and none runs here, so every query is
parse-checked (tests/test_compile_only_targets.py) and each quirk's SQL text is
pinned (tests/test_redshift_trino_quirks.py), but members are not compared with
DuckDB's.  Trino has aggregates' ``FILTER (WHERE ...)``, arrays and
``UNNEST``, so most of the shared tree goes out as it is; what differs:

* ``TIMESTAMP`` alone is ``TIMESTAMP(3)`` (milliseconds): instants are
  ``TIMESTAMP(6)`` (microseconds, as on every other engine);
* ``/`` of integers drops the fraction, and DECIMAL arithmetic has fixed result
  types that raise "Value is out of range" rather than round a digit away
  ("Decimal functions and operators"), so exact arithmetic works on scaled
  integers as on DuckDB;
* zone conversions are ``with_timezone``/``at_timezone``, and a naive TIMESTAMP
  given to a function that wants an instant is read in the session's zone, so
  each conversion names its zone;
* NULLs sort last both ascending and descending ("ORDER BY clause"): the compiler
  states every NULL order that matters and sqlglot writes ``NULLS FIRST`` where
  Trino's default differs.
"""

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
from segdsl.numbers import NUMBER_SCALE
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning


def _call(name: str, *arguments: exp.Expression) -> exp.Expression:
    """A function call written as named (sqlglot would rewrite some, e.g.
    ``ARRAYS_OVERLAP`` as an ``&&`` Trino does not have)."""
    return exp.Anonymous(this=name, expressions=list(arguments))


class Trino(Dialect):
    name = "trino"
    sqlglot_name = "trino"
    # TIMESTAMP(6): plain TIMESTAMP is TIMESTAMP(3) in Trino ("Date and time
    # types"), which would round the microseconds every other engine keeps.
    instant = "TIMESTAMP(6)"
    materialize_ctes = None  # Trino has no MATERIALIZED hint
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    # Trino's regular expressions are Java's ("Regular expression functions"),
    # whose `.` skips \r, \u0085, \u2028 and \u2029 besides \n: `[^\n]` is RE2's `.`.
    dot_matches_newline = True
    number_type_sql = "DECIMAL(38, 9)"
    exact_math_repeats_operands = True

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """Trino compares strings by code point."""
        return column

    def schema_identifier(self, name: str) -> exp.Identifier:
        """Quoted as written.  Trino's connectors fold names, quoted ones too, to
        lower case ("Identifiers": identifiers are not treated as case-sensitive),
        so ``"Accounts"`` finds the table ``accounts`` a connector stores."""
        return quoted_name(name)

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def now(self) -> exp.Expression:
        """``current_timestamp`` is a TIMESTAMP(3) WITH TIME ZONE in the session's
        zone: ``at_timezone(.., 'UTC')`` moves it to UTC and the cast keeps its
        wall clock ("Date and time functions")."""
        return exp.cast(_call("AT_TIMEZONE", exp.CurrentTimestamp(), self._utc()),
                        self.instant_type())

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """A ``TIMESTAMP`` (NAIVE, and what UNKNOWN means here: the schema's
        ``timestamp`` maps to it, docs/types.md) holds UTC already: the bare column.
        A ``TIMESTAMP WITH TIME ZONE`` (ZONED) is moved to UTC by ``at_timezone``
        and cast to its wall clock.  (No expression is right for both kinds:
        a naive value given to ``at_timezone`` is read in the session's zone.)"""
        if zoning is Zoning.ZONED:
            return exp.cast(_call("AT_TIMEZONE", column, self._utc()), self.instant_type())
        return column

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        midnight = exp.cast(value, self.instant_type())
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def to_date(self, value: exp.Expression) -> exp.Expression:
        return exp.cast(self.wall_clock(value) if self.zoned else value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """Calendar and exact steps as on PostgreSQL, each written as ``date_add``
        (:meth:`_interval_shift`)."""
        return self._naive_shift(value, amount, unit, is_date=is_date, duration=duration)

    def _interval_shift(self, value: exp.Expression, amount: int, unit: Unit, *,
                        is_date: bool) -> exp.Expression:
        """``date_add(unit, n, value)`` for every step of :meth:`shift`: it takes
        minutes to years and keeps the value's type, and a month or year step that
        would pass the end of a shorter month lands on its last day ("Date and time
        functions": ``date_add('month', 1, DATE '2014-01-31')`` is 2014-02-28)."""
        shifted = exp.DateAdd(this=value, expression=exp.Literal.number(
            interval_amount(amount, unit)), unit=exp.var(INTERVAL_UNITS[unit]))
        if is_date and unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            return exp.cast(shifted, self.date_type())
        return shifted

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``CAST(at_timezone(with_timezone(ts, 'UTC'), zone) AS TIMESTAMP(6))``:
        ``with_timezone`` reads the naive UTC value in UTC (no session zone),
        ``at_timezone`` shows that instant in the zone, and the cast keeps the
        wall clock."""
        utc = _call("WITH_TIMEZONE", instant, self._utc())
        return exp.cast(_call("AT_TIMEZONE", utc, self._zone()), self.instant_type())

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """``with_timezone(wall, zone)`` then UTC's wall clock; Trino does not document
        its rule for skipped and repeated times, so :meth:`from_wall_clock` checks it."""
        local = _call("WITH_TIMEZONE", wall, self._zone())
        return exp.cast(_call("AT_TIMEZONE", local, self._utc()), self.instant_type())

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """The engine's reading, checked and corrected (:meth:`Dialect._first_reading`)."""
        return self._naive_first_reading(wall)

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``date_add('year', n, d)`` takes a computed count (a BIGINT) and clamps to
        the end of the month."""
        return exp.DateAdd(this=value, expression=years, unit=exp.var("YEAR"))

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """``date_trunc('week', ts)`` is the Monday of the ISO week."""
        return self._date_trunc(value, period)

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """``to_unixtime(with_timezone(ts, 'UTC'))``: seconds with fractions (a
        DOUBLE); ``to_unixtime`` of a naive TIMESTAMP would read it in the session's
        zone."""
        return _call("TO_UNIXTIME", _call("WITH_TIMEZONE", value, self._utc()))

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """The wall clock's epoch read as UTC."""
        return self.epoch_seconds(self.wall_clock(instant))

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """No single-aggregate form is used here (none can be run offline): the tie
        CTE finds the edge."""
        return None

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """Trino compares VARCHAR by its UTF-8 bytes, which is code point order."""
        return value

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``text_order`` left the string as it was."""
        return value

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``lower`` lowers A-Z (Java's mapping, exact on ASCII)."""
        return exp.Lower(this=value)

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``regexp_like`` finds a match anywhere in the string (it is not anchored,
        "Regular expression functions")."""
        return exp.RegexpLike(this=value, expression=pattern)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """Trino has ``starts_with`` but no ``ends_with``: the reversed strings
        (``reverse`` reverses code points)."""
        return exp.StartsWith(this=exp.Anonymous(this="REVERSE", expressions=[value]),
                              expression=exp.Anonymous(this="REVERSE", expressions=[part]))

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``contains(l, v)``; NULL for a NULL array ("Array functions")."""
        return exp.ArrayContains(this=values, expression=item)

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``arrays_overlap(l, ARRAY[..])``."""
        return _call("ARRAYS_OVERLAP", values, exp.Array(expressions=items))

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``contains`` per value, joined by AND."""
        return exp.paren(exp.and_(*(self.list_contains(values.copy(), item) for item in items),
                                  copy=False), copy=False)

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``cardinality(l)``: duplicates counted, NULL for a NULL array."""
        return exp.ArraySize(this=values)

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``any_match(l, e -> e IS NULL)`` ("Array functions": ``contains`` of a NULL
        gives NULL, not true)."""
        element = exp.to_identifier("e")
        test = exp.Lambda(this=exp.Is(this=exp.column(element.copy()), expression=exp.null()),
                          expressions=[element])
        return _call("ANY_MATCH", values, test)

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """Whole quotient of two non-negative whole numbers.  ``/`` of integers
        truncates, but of DECIMAL(38, 0) (the scaled integers of :meth:`divide`)
        it rounds half up to the result's scale 0 ("Decimal functions and
        operators": scale max(s1, s2)): subtract the remainder first, then the
        division is exact."""
        remainder = exp.Mod(this=dividend.copy(), expression=divisor.copy())
        # typed: Trino's own `/` (sqlglot would otherwise cast the dividend to DOUBLE
        # to make it divide as its other dialects do).
        exact = exp.Div(this=exp.paren(exp.Sub(this=dividend, expression=remainder), copy=False),
                        expression=divisor, typed=True)
        return exp.cast(exact, self.integer_type())

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """The product of the scaled integers (DECIMAL(38, 0): every digit kept, or
        "Value is out of range"), rounded by :meth:`int_div`; no rounding rule of
        Trino's is relied on."""
        product = exp.Mul(this=self._scaled_integer(left, NUMBER_SCALE),
                          expression=self._scaled_integer(right, NUMBER_SCALE))
        return self._rounded_quotient(product, exp.Literal.number(10**NUMBER_SCALE),
                                      zero_divisor=False)

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """The quotient of the scaled integers, as DuckDB: exact while the dividend
        scaled by 10^18 fits DECIMAL(38, 9)'s 29 integer digits (below 10^11);
        beyond, Trino raises "Value is out of range"."""
        n = self._scaled_integer(dividend, 2 * NUMBER_SCALE)
        d = self._scaled_integer(divisor, NUMBER_SCALE)
        return self._rounded_quotient(n, d)

    def integer_type(self) -> exp.DataType:
        return parsed_type("DECIMAL(38, 0)", "trino")
