"""Amazon Redshift's answers to :class:`~segdsl.compile.dialects.base.Dialect` (each
method's docstring names the quirk it hides and the part of Redshift's
documentation, https://docs.aws.amazon.com/redshift/latest/dg/, it rests on).

Compiled only: no engine runs Redshift SQL here, so every query is parse-checked
(tests/test_compile_only_targets.py) and each quirk's SQL text is pinned
(tests/test_redshift_trino_quirks.py), but members are not compared with DuckDB's.
Redshift descends from PostgreSQL 8 and sqlglot's ``redshift`` dialect from its
``postgres`` one, so much of PostgreSQL's SQL would be written for it; what
Redshift lacks is stated here instead:

* no ``FILTER (WHERE ...)`` clause on aggregates: the SQL goes out through
  :class:`RedshiftSql`, which writes ``AGG(CASE WHEN c THEN x END)``;
* no arrays but ``SUPER`` (lists: ``ARRAY_CONTAINS``, ``ARRAYS_OVERLAP``,
  ``GET_ARRAY_LENGTH``), no ``UNNEST`` of a literal array (static lists), no
  ``STARTS_WITH``/``ENDS_WITH``, no ``DIV``;
* DECIMAL results capped at precision 38 (division's scale rule would otherwise
  ask for more), so exact arithmetic works on scaled integers;
* ``GETDATE()`` is in the session's time zone;
* NULLs sort as the largest value (last ascending, first descending), as on
  PostgreSQL: the compiler states every NULL order that matters and sqlglot writes
  ``NULLS FIRST``/``LAST`` where Redshift's default differs.

A construct the SQL cannot express on Redshift makes the compiler refuse (a
``CompileError`` naming Redshift, exit 1 from the CLI), never approximate SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import ClassVar

from sqlglot import exp
from sqlglot.dialects.redshift import Redshift as SqlglotRedshift
from sqlglot.generator import Generator
from sqlglot.generators.redshift import RedshiftGenerator

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


def case_filter_sql(generator: Generator, expression: exp.Filter) -> str:
    """``AGG(x) FILTER (WHERE c)`` as ``AGG(CASE WHEN c THEN x END)``: Redshift has no
    FILTER clause (its aggregate functions' syntax in the SQL reference has none),
    and every aggregate skips NULLs, so a row whose condition is false or NULL
    adds nothing, as with FILTER.  ``COUNT(*)`` counts ``CASE WHEN c THEN 1 END``;
    ``DISTINCT`` keeps wrapping the values.  An aggregate of another shape (none
    the compiler writes for Redshift today) is refused, not rewritten wrongly."""
    aggregate = expression.this.copy()
    condition = expression.expression.this

    def when(value: exp.Expression) -> exp.Expression:
        return exp.Case().when(condition.copy(), value, copy=False)

    argument = aggregate.this
    if isinstance(aggregate, exp.Count) and (argument is None or argument.is_star):
        aggregate.set("this", when(exp.Literal.number(1)))
    elif isinstance(argument, exp.Distinct):
        for value in argument.expressions:
            value.replace(when(value.copy()))
    elif isinstance(aggregate, exp.AggFunc) and isinstance(argument, exp.Expression) \
            and not isinstance(argument, exp.Order):
        aggregate.set("this", when(argument))
    else:
        generator.unsupported(f"Redshift has no FILTER clause for {aggregate.sql('redshift')}")
    return generator.sql(aggregate)


class RedshiftSql(SqlglotRedshift):
    """sqlglot's ``redshift`` dialect with one change: aggregates' FILTER clauses
    are written as CASE (:func:`case_filter_sql`).  sqlglot registers it under
    ``redshiftsql``; the SQL it writes is plain Redshift SQL, which
    ``sqlglot.parse_one(sql, read="redshift")`` reads back."""

    class Generator(RedshiftGenerator):
        TRANSFORMS: ClassVar[dict[type[exp.Expr], Callable[..., str]]] = {
            **RedshiftGenerator.TRANSFORMS, exp.Filter: case_filter_sql}


def _call(name: str, *arguments: exp.Expression) -> exp.Expression:
    """A function call written as named (sqlglot would map some names to
    PostgreSQL's spelling, which Redshift lacks)."""
    return exp.Anonymous(this=name, expressions=list(arguments))


class Redshift(Dialect):
    name = "redshift"
    sqlglot_name = "redshiftsql"  # RedshiftSql above: Redshift without FILTER
    instant = "TIMESTAMP"
    materialize_ctes = None  # Redshift has no MATERIALIZED hint
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    # Redshift's POSIX operators (`~`) do not document what `.` does with a line
    # break; written as `[^\n]` the pattern does not rest on it.
    dot_matches_newline = True
    # DECIMAL's largest precision is 38 ("Numeric types"): NUMERIC(38, 9) as everywhere.
    number_type_sql = "DECIMAL(38, 9)"
    exact_math_repeats_operands = True

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """Redshift compares strings by code point unless the database was made
        ``COLLATE CASE_INSENSITIVE``, which segdsl does not support (docs/types.md)."""
        return column

    def schema_identifier(self, name: str) -> exp.Identifier:
        """Quoted as written.  Redshift folds identifiers, quoted ones too, to lower
        case unless ``enable_case_sensitive_identifier`` is on ("Names and
        identifiers"), so ``"Accounts"`` finds ``accounts`` by default and exactly
        ``Accounts`` with the setting: both what the schema means."""
        return quoted_name(name)

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def now(self) -> exp.Expression:
        """``GETDATE()`` is a TIMESTAMP in the session's time zone (UTC by default,
        "GETDATE function"): ``CONVERT_TIMEZONE`` from that zone, read with
        ``CURRENT_SETTING('timezone')``, to UTC."""
        session = _call("CURRENT_SETTING", exp.Literal.string("timezone"))
        return exp.ConvertTimezone(source_tz=session, target_tz=self._utc(),
                                   timestamp=_call("GETDATE"))

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """``TIMESTAMP`` (NAIVE, and what UNKNOWN means here: the schema's
        ``timestamp`` maps to it, docs/types.md) holds UTC already: the bare column.
        ``TIMESTAMPTZ`` (ZONED): ``col AT TIME ZONE 'UTC'`` is its UTC wall-clock
        time ("AT TIME ZONE"), as on PostgreSQL.  (A TIMESTAMPTZ read bare is
        compared in the session's time zone, UTC unless ``timezone`` is set.)"""
        if zoning is Zoning.ZONED:
            return exp.AtTimeZone(this=column, zone=self._utc())
        return column

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        midnight = exp.cast(value, self.instant_type())
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def to_date(self, value: exp.Expression) -> exp.Expression:
        return exp.cast(self.wall_clock(value) if self.zoned else value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """Calendar and exact steps as on PostgreSQL, each written as ``DATEADD``
        (:meth:`_interval_shift`)."""
        return self._naive_shift(value, amount, unit, is_date=is_date, duration=duration)

    def _interval_shift(self, value: exp.Expression, amount: int, unit: Unit, *,
                        is_date: bool) -> exp.Expression:
        """``DATEADD(unit, n, value)`` for every step of :meth:`shift`: it takes
        minutes to years, and a month or year step that would pass the end of a
        shorter month lands on its last day ("DATEADD function": ``DATEADD(month,
        1, '2008-01-31')`` is ``2008-02-29``).  Of a DATE it is a TIMESTAMP, cast
        back to DATE."""
        shifted = exp.DateAdd(this=value, expression=exp.Literal.number(
            interval_amount(amount, unit)), unit=exp.var(INTERVAL_UNITS[unit]))
        if is_date and unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            return exp.cast(shifted, self.date_type())
        return shifted

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``CONVERT_TIMEZONE('UTC', zone, ts)``: the three-argument form reads a
        TIMESTAMP in the first zone and gives its wall clock in the second, with
        daylight saving ("CONVERT_TIMEZONE function"), reading no session setting."""
        return exp.ConvertTimezone(source_tz=self._utc(), target_tz=self._zone(),
                                   timestamp=instant)

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """``CONVERT_TIMEZONE(zone, 'UTC', wall)``; Redshift does not document its
        rule for skipped and repeated times, so :meth:`from_wall_clock` checks it."""
        return exp.ConvertTimezone(source_tz=self._zone(), target_tz=self._utc(),
                                   timestamp=wall)

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """The engine's reading, checked and corrected (:meth:`Dialect._first_reading`)."""
        return self._naive_first_reading(wall)

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``DATEADD(YEAR, n, d)`` takes a computed count and clamps to the end of the
        month; it returns a TIMESTAMP, cast back to DATE."""
        return exp.cast(exp.DateAdd(this=value, expression=years, unit=exp.var("YEAR")),
                        self.date_type())

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """``DATE_TRUNC('week', ts)`` is the Monday of the week ("DATE_TRUNC function")."""
        return self._date_trunc(value, period)

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """``DATEDIFF(microsecond, TIMESTAMP 'epoch', ts)`` (a BIGINT, exact) over
        10^6 as DOUBLE PRECISION: Redshift's ``/`` of two integers drops the
        fraction, and ``days_between`` floors the quotient itself."""
        epoch = exp.cast(exp.Literal.string("1970-01-01 00:00:00"), self.instant_type())
        micros = exp.DateDiff(this=value, expression=epoch, unit=exp.var("MICROSECOND"))
        return exp.Div(this=exp.cast(micros, parsed_type("DOUBLE PRECISION", "redshift")),
                       expression=exp.Literal.number(1_000_000))

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """The wall clock's epoch read as UTC (a TIMESTAMP has no zone)."""
        return self.epoch_seconds(self.wall_clock(instant))

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """Redshift's ``LISTAGG``/``ARRAY_AGG`` cannot pick one typed value in order:
        the tie CTE finds the edge."""
        return None

    def static_keys(self, keys: Sequence[str]) -> exp.Select:
        """Redshift cannot ``UNNEST`` an array literal nor select from a multi-row
        ``VALUES`` list ("VALUES list" only in INSERT): one ``SELECT 'key'`` per
        key joined by ``UNION ALL``.  No keys: a query of no rows."""
        column = exp.to_identifier("k", quoted=True)
        if not keys:
            return exp.select(exp.alias_(self.key_text(exp.null()), column)).where(
                exp.false())
        selects = [exp.select(exp.alias_(self.key_text(exp.Literal.string(key)), column.copy()))
                   for key in keys]
        union: exp.Select | exp.Union = selects[0]
        for select in selects[1:]:
            union = exp.union(union, select, distinct=False, copy=False)
        return exp.select(exp.column(column.copy())).from_(
            union.subquery(exp.to_identifier("u", quoted=True)), copy=False)

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """Redshift compares strings by their UTF-8 bytes, which is code point order,
        in the default case-sensitive collation; a database created ``COLLATE
        CASE_INSENSITIVE`` compares otherwise, and segdsl does not support it
        (docs/types.md, "Redshift")."""
        return value

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``text_order`` left the string as it was."""
        return value

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``LOWER`` lowers A-Z (and multibyte letters too, which this tier never sees)."""
        return exp.Lower(this=value)

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``value ~ pattern``: Redshift's POSIX operator finds a match anywhere in the
        string ("POSIX operators"), and reads the portable subset's classes and
        escapes (check/regex.py) as RE2 does."""
        return exp.RegexpLike(this=value, expression=pattern)

    def starts_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """Redshift has no ``STARTS_WITH`` (sqlglot would write ``LIKE part || '%'``,
        where a ``%`` or ``_`` in ``part`` is a wildcard): compare the head."""
        head = exp.Left(this=value, expression=exp.Length(this=part.copy()))
        return exp.EQ(this=head, expression=part)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """Redshift has no ``ENDS_WITH``: compare the tail."""
        tail = exp.Right(this=value, expression=exp.Length(this=part.copy()))
        return exp.EQ(this=tail, expression=part)

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """A list is a ``SUPER`` array: ``ARRAY_CONTAINS(l, v)`` ("ARRAY_CONTAINS
        function"); NULL for a NULL list (lists hold no NULL elements, so the
        ``null_match`` setting changes nothing)."""
        return _call("ARRAY_CONTAINS", values, item)

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``ARRAY_CONTAINS`` per value, joined by OR."""
        return exp.paren(exp.or_(*(self.list_contains(values.copy(), item) for item in items),
                                 copy=False), copy=False)

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``ARRAY_CONTAINS`` per value, joined by AND."""
        return exp.paren(exp.and_(*(self.list_contains(values.copy(), item) for item in items),
                                  copy=False), copy=False)

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``GET_ARRAY_LENGTH(l)`` ("GET_ARRAY_LENGTH function"); NULL for a NULL list."""
        return _call("GET_ARRAY_LENGTH", values)

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``ARRAY_CONTAINS(l, NULL, TRUE)``: with ``null_match`` TRUE a NULL element is
        found ("ARRAY_CONTAINS function")."""
        return _call("ARRAY_CONTAINS", values, exp.null(), exp.true())

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """Whole quotient of two non-negative whole numbers.  Redshift has no ``DIV``;
        ``/`` of integers drops the fraction but of DECIMALs (the scaled integers of
        :meth:`divide`) gives scale ``max(4, s1 + p2 - s2 + 1)`` capped at 38
        ("Computations with numeric values"), so DECIMAL(38, 0) / DECIMAL(38, 0)
        would have no integer digits left.  So: subtract the remainder first (then
        the quotient is a whole number, whatever the scale) and divide by the
        divisor as DECIMAL(18, 0): scale 19, room for quotients below 10^19; a
        larger value is a numeric overflow error, never a wrong quotient."""
        whole = exp.cast(exp.paren(exp.Sub(this=dividend.copy(), expression=exp.Mod(
            this=dividend, expression=divisor.copy())), copy=False), self.integer_type())
        narrow = exp.cast(divisor, parsed_type("DECIMAL(18, 0)", "redshift"))
        return exp.cast(exp.Div(this=whole, expression=narrow), self.integer_type())

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """The product of the scaled integers rounded by :meth:`int_div`: scale-0
        products keep every digit or overflow (a product's precision p1 + p2 + 1 is
        capped at 38), and no rounding rule of Redshift's is relied on."""
        product = exp.Mul(this=self._scaled_integer(left, NUMBER_SCALE),
                          expression=self._scaled_integer(right, NUMBER_SCALE))
        return self._rounded_quotient(product, exp.Literal.number(10**NUMBER_SCALE),
                                      zero_divisor=False)

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """The quotient of the scaled integers, as DuckDB (see :meth:`int_div` for
        Redshift's division scale): exact while the divisor is below 5 * 10^8 and
        the quotient below 10^10 (and the dividend below 10^11: scaled by 10^18 at
        scale 9 it keeps 29 integer digits); beyond, Redshift reports a numeric
        overflow."""
        n = self._scaled_integer(dividend, 2 * NUMBER_SCALE)
        d = self._scaled_integer(divisor, NUMBER_SCALE)
        return self._rounded_quotient(n, d)

    def integer_type(self) -> exp.DataType:
        return parsed_type("DECIMAL(38, 0)", "redshift")

