"""ClickHouse's answers to :class:`~segdsl.compile.dialects.base.Dialect` (each
method's docstring names the quirk it hides; tested through chdb, ClickHouse in
process, segdsl/engines/clickhouse_engine.py).

What holds for the whole query rather than one method:

* **NULLs from outer joins and empty aggregates.**  ClickHouse fills the columns
  of a ``LEFT JOIN``'s missing right row with their types' defaults (0, ``''``,
  1970-01-01) unless ``join_use_nulls = 1``, and ``sum``/``min``/``max`` over no
  rows (or none a ``FILTER`` keeps) give 0 unless
  ``aggregate_functions_null_for_empty = 1``.  segdsl's semantics need NULL in
  both places (a customer without orders has no ``last_order``), and the user's
  server may run with other defaults, so :meth:`ClickHouse.finish` writes both
  settings into the query itself (``SETTINGS ...`` of the outermost ``SELECT``,
  which ClickHouse applies to every subquery and CTE of it).
* **Nullable casts.**  ``CAST(NULL AS Decimal(38, 9))`` is an error in ClickHouse;
  every cast of the tree is ``CAST(x AS Nullable(T))`` (sqlglot wraps the
  generic types, :func:`nullable` the ClickHouse ones), so a missing value stays
  NULL.
* **Bytes, not characters.**  ClickHouse's ``lower``, ``upper`` and ``length``
  work on bytes (``lower('Ä')`` is ``'Ä'``, ``length('ä')`` is 2) and
  ``translate`` on ASCII; :meth:`ClickHouse.finish` turns the language's
  ``lower``/``upper`` into ``lowerUTF8``/``upperUTF8`` (sqlglot writes ``length``
  as ``CHAR_LENGTH``, ClickHouse's ``lengthUTF8``), and :meth:`fold_case` uses
  ``translateUTF8``.  Strings compare byte by byte, which for UTF-8 is code-point
  order (SPEC 4.5).
* **NULL ordering.**  ClickHouse sorts NULLs last in both directions unless told
  otherwise; sqlglot knows that and writes ``NULLS FIRST`` where the tree asks for
  it, leaving out a ``NULLS LAST`` that is the default.
* **CTEs are substituted, not shared.**  ClickHouse inlines a CTE at each
  reference, so the grouped pass of an event table that several layers read was
  computed again (and ``shop.orders`` read 12 times by the example's batch).
  Every CTE is therefore written ``AS MATERIALIZED`` and the query enables
  ``enable_materialized_cte`` (:data:`QUERY_SETTINGS`): a CTE read more than once
  runs once into an in-memory table, one read once is still inlined.
* **Window functions and ties.**  ``rank()``, ``row_number()`` and aggregates
  ``OVER (...)`` are standard (ties share a rank, the next rank skips).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlglot import exp

from segdsl.compile.dialects.base import Dialect, parsed_type, quoted_name
from segdsl.compile.parts import KEY
from segdsl.numbers import NUMBER_SCALE
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning

# The settings every compiled query carries (see the module's docstring).
QUERY_SETTINGS = (("join_use_nulls", 1), ("aggregate_functions_null_for_empty", 1),
                  ("enable_materialized_cte", 1))


class ClickHouse(Dialect):
    """Instants are ``DateTime64(6, 'UTC')``: ClickHouse stores every
    ``DateTime``/``DateTime64`` as an absolute instant and its type names the zone
    its functions (``toDate``, ``toStartOfMonth``, ``+ INTERVAL 1 MONTH``) read the
    calendar in; with ``'UTC'`` in the type those functions never read the
    server's or session's ``timezone`` setting.  A wall-clock time of the project's
    zone is a ``DateTime64(6, 'UTC')`` whose UTC reading is that wall clock (as the
    naive timestamps of DuckDB)."""

    name = "clickhouse"
    sqlglot_name = "clickhouse"
    instant = "DateTime64(6, 'UTC')"
    # Every CTE ``AS MATERIALIZED`` (see the module's docstring); a temporary
    # in-memory table, which ``readonly = 1`` (the warehouse reader) allows.
    materialize_ctes = True
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    # ClickHouse's `match` is RE2, but it compiles patterns with `.` matching a line
    # break (``match('a\nb', 'a.b')`` is 1); `[^\n]` is segdsl's `.`.
    dot_matches_newline = True
    number_type_sql = "Decimal(38, 9)"
    exact_math_repeats_operands = True

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """ClickHouse compares strings as bytes: UTF-8 byte order is code-point order."""
        return column

    def instant_type(self) -> exp.DataType:
        """``Nullable(DateTime64(6, 'UTC'))``: see :func:`nullable`."""
        return nullable(self.instant)

    def date_type(self) -> exp.DataType:
        """``Nullable(Date32)``: ``Date`` starts in 1970 and stops in 2149."""
        return nullable("Date32")

    def number_type(self) -> exp.DataType:
        """``Nullable(Decimal(38, 9))``: see :func:`nullable`."""
        return nullable(self.number_type_sql)

    def read_number(self, column: exp.Expression) -> exp.Expression:
        """ClickHouse's cast of a ``Float64`` to ``Decimal`` truncates where segdsl
        rounds (``2/3`` would read as ``0.666666666``, ``224.55999999999997`` as
        ``224.559999999``) and invents digits past a double's precision.  So a stored
        number is cast from its text: below 10^6 rounded to 9 places first (there the
        scaled double ``x * 10^9`` is below 2^53, so ``round`` is exact enough and the
        shortest text of the rounded double has at most 9 decimals); above, the
        shortest text of the double itself (at least 15 significant digits, as the
        rule promises).  A ``Decimal`` or integer column reads the same either way."""
        rounded = exp.Round(this=column.copy(), decimals=exp.Literal.number(NUMBER_SCALE))
        small = exp.LT(this=exp.Abs(this=column.copy()), expression=exp.Literal.number(10**6))
        text = exp.Anonymous(this="toString",
                             expressions=[exp.If(this=small, true=rounded, false=column)])
        return self.to_number(text)

    def schema_identifier(self, name: str) -> exp.Identifier:
        """Names are case-sensitive and quoted as written (a schema's
        ``shop.orders`` is table ``orders`` of database ``shop``)."""
        return quoted_name(name)

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        """``CAST('2026-11-01 00:00:00' AS DateTime64(6, 'UTC'))``: the text is read
        in the type's zone, UTC, whatever the session's."""
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def now(self) -> exp.Expression:
        """``now64(6, 'UTC')``."""
        return exp.Anonymous(this="now64", expressions=[exp.Literal.number(6), self._utc()])

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """A ``DateTime64(6, 'UTC')`` column (what segdsl's fixture tables hold) is
        read bare.  Any other ``DateTime``/``DateTime64`` is an instant too, but its
        type names another zone for the calendar functions: ``toTimeZone(col,
        'UTC')`` keeps the instant and names UTC (UNKNOWN: the read right for all)."""
        if zoning is Zoning.UNKNOWN:
            return exp.Anonymous(this="toTimeZone", expressions=[column, self._utc()])
        return column

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        midnight = exp.cast(value, self.instant_type())
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def to_date(self, value: exp.Expression) -> exp.Expression:
        """The cast reads the day in the value's type zone, UTC: of the wall clock in
        a zoned project."""
        return exp.cast(self.wall_clock(value) if self.zoned else value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """``value +/- INTERVAL 'n' UNIT``: month steps clamp to the end of the month
        (``addMonths``: 2026-03-31 - 1 month = 2026-02-28), on the UTC calendar of
        the ``DateTime64(6, 'UTC')`` (the wall clock, in a zoned project)."""
        return self._naive_shift(value, amount, unit, is_date=is_date, duration=duration)

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``addSeconds(ts, timeZoneOffset(toTimeZone(ts, zone)))``: the instant moved
        by the zone's UTC offset at that instant, so its UTC reading is the local
        wall clock (no string round trip)."""
        offset = exp.Anonymous(this="timeZoneOffset", expressions=[
            exp.Anonymous(this="toTimeZone", expressions=[instant.copy(), self._zone()])])
        return exp.Anonymous(this="addSeconds", expressions=[instant, offset])

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """``toTimeZone(toDateTime64(toString(wall), 6, zone), 'UTC')``: the wall
        clock's text read in the zone by ClickHouse's rule (a skipped time moves
        forward; which occurrence of a repeated one it takes is not documented, so
        :meth:`from_wall_clock` checks it)."""
        text = exp.Anonymous(this="toString", expressions=[wall])
        zoned = exp.Anonymous(this="toDateTime64", expressions=[
            text, exp.Literal.number(6), self._zone()])
        return exp.Anonymous(this="toTimeZone", expressions=[zoned, self._utc()])

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """The engine's reading, checked and corrected (:meth:`Dialect._first_reading`)."""
        return self._naive_first_reading(wall)

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``addYears(d, n)`` clamps to the end of the month (29 February - 1 year is
        28 February)."""
        return exp.Anonymous(this="addYears", expressions=[value, years])

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """``dateTrunc('WEEK', x)`` starts weeks on Monday (``toMonday``); it gives a
        ``Date32`` for days and longer, cast back to the instant type (midnight UTC
        of the wall clock's day)."""
        return self._date_trunc(value, period)

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """``toUnixTimestamp64Micro(x) / 1000000``: ``/`` is always a Float64 division
        in ClickHouse (fractions kept)."""
        micros = exp.Anonymous(this="toUnixTimestamp64Micro", expressions=[
            exp.cast(value, self.instant_type())])
        return exp.Div(this=micros, expression=exp.Literal.number(1_000_000))

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """The wall clock's UTC reading is the local one."""
        return self.epoch_seconds(self.wall_clock(instant))

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """``groupArray`` takes no ``ORDER BY`` and ``argMax`` skips NULL values, so
        no single aggregate picks the edge row as SPEC 4.3 says: the tie CTE does."""
        return None

    def boolean(self, value: exp.Expression) -> exp.Expression:
        """``CAST(x AS Bool)``: a comparison, ``AND`` or ``IN`` gives a ``UInt8`` 0/1
        in ClickHouse, which a client reads as an integer."""
        return exp.cast(value, nullable("Bool"), copy=False)

    def greatest(self, value: exp.Expression, *, boolean: bool) -> exp.Expression:
        """``max``, also of a ``Bool`` (``true`` above ``false``): ClickHouse has no
        ``LOGICAL_OR`` aggregate, which sqlglot would write."""
        return exp.Max(this=value)

    def static_keys(self, keys: Sequence[str]) -> exp.Select:
        """``SELECT CAST(k AS String) FROM (SELECT arrayJoin([...]) AS k)``:
        ClickHouse has no ``UNNEST`` table function; ``arrayJoin`` makes a row per
        element."""
        array = exp.cast(exp.Array(expressions=[exp.Literal.string(key) for key in keys]),
                         parsed_type("Array(String)", "clickhouse"), copy=False)
        rows = exp.select(exp.alias_(exp.Anonymous(this="arrayJoin", expressions=[array]), "k",
                                     quoted=True))
        return exp.select(self.key_text(exp.column("k", quoted=True))).from_(
            rows.subquery(exp.to_identifier("u", quoted=True)), copy=False)

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """Strings compare as bytes: UTF-8 byte order is code-point order."""
        return value

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``text_order`` left the string as it was."""
        return value

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``lower`` lowers the ASCII bytes A-Z only: exactly this tier."""
        return exp.Anonymous(this="lower", expressions=[value])

    def fold_case(self, value: exp.Expression) -> exp.Expression:
        """The shared tiers (:meth:`Dialect.fold_case`) with ``translateUTF8``:
        ClickHouse's ``translate`` replaces bytes, not characters."""
        folded = super().fold_case(value)
        for node in list(folded.find_all(exp.Translate)):
            node.replace(exp.Anonymous(this="translateUTF8", expressions=[
                node.this, node.args["from_"], node.args["to"]]))
        return folded

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``match(s, pattern)`` finds a match anywhere in the string (RE2)."""
        return exp.RegexpLike(this=value, expression=pattern)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        return exp.EndsWith(this=value, expression=part)

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``has(l, v)``.  An ``Array`` column is never NULL in ClickHouse (an
        ``Array`` cannot be ``Nullable``): a missing list is stored empty."""
        return exp.Anonymous(this="has", expressions=[values, item])

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``hasAny(l, [..])``."""
        return exp.Anonymous(this="hasAny", expressions=[values, exp.Array(expressions=items)])

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``hasAll(l, [..])``."""
        return exp.Anonymous(this="hasAll", expressions=[values, exp.Array(expressions=items)])

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``length(l)``: the number of elements, duplicates included."""
        return exp.Anonymous(this="length", expressions=[values])

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``has(l, NULL)`` finds a NULL element of an ``Array(Nullable(...))``."""
        return exp.Anonymous(this="has", expressions=[values, exp.null()])

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``intDiv(a, b)``: ``/`` is a Float64 division in ClickHouse, whatever the
        operands (sqlglot would write ``a // b`` as a cast of that float)."""
        return exp.Anonymous(this="intDivOrZero", expressions=[dividend, divisor])

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """``Decimal(38, 9) * Decimal(38, 9)`` is a ``Decimal(38, 18)`` whose overflow
        ClickHouse does not report (it wraps around): the operands are widened to
        ``Decimal(76, 9)`` (``Decimal256``, product scale 18, exact), rounded to 9
        places half away from zero, and cast back, which reports an overflow."""
        wide = nullable("Decimal(76, 9)")
        product = exp.Mul(this=exp.cast(left, wide, copy=False),
                          expression=exp.cast(right, wide.copy(), copy=False))
        return self.to_number(exp.Round(this=product, decimals=exp.Literal.number(NUMBER_SCALE)))

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """ClickHouse's decimal ``/`` truncates to the dividend's scale: the quotient
        of the scaled integers (Int256), rounded half away from zero, as DuckDB."""
        quotient = self._rounded_quotient(self._wide_integer(dividend, 2 * NUMBER_SCALE),
                                          self._wide_integer(divisor, NUMBER_SCALE))
        # ClickHouse cannot CAST an Int256 to a Decimal (no such conversion), but
        # toDecimal128(x, 0) converts it (and reports an overflow).
        whole = parsed_type("DECIMAL(38, 0)", "clickhouse")
        for cast in list(quotient.find_all(exp.Cast)):
            if cast.to == whole:
                cast.replace(exp.Anonymous(this="toDecimal128", expressions=[
                    cast.this, exp.Literal.number(0)]))
        return quotient

    def _wide_integer(self, value: exp.Expression, scale: int) -> exp.Expression:
        """``value * 10^scale`` as an ``Int256``, scaled as a ``Decimal(76, 9)``: a
        ``Decimal(38, 9)`` times an integer stays ``Decimal(38, 9)`` and would wrap
        around unreported."""
        wide = exp.cast(self.to_number(value), nullable("Decimal(76, 9)"), copy=False)
        scaled = exp.Mul(this=wide, expression=exp.Literal.number(10**scale))
        return exp.cast(exp.paren(scaled, copy=False), self.integer_type(), copy=False)

    def integer_type(self) -> exp.DataType:
        """``Int256``: 10^38 scaled twice over fits (Int128 stops at 1.7 * 10^38)."""
        return nullable("Int256")

    @classmethod
    def finish(cls, query: exp.Expression) -> exp.Expression:
        """The settings of :data:`QUERY_SETTINGS` on the outermost query, and the
        language's ``lower``/``upper`` as ``lowerUTF8``/``upperUTF8`` (see the
        module's docstring)."""
        for node in list(query.find_all(exp.Lower, exp.Upper, exp.Select)):
            if isinstance(node, exp.Select):
                _name_qualified_columns(node)
                continue
            name = "lowerUTF8" if isinstance(node, exp.Lower) else "upperUTF8"
            node.replace(exp.Anonymous(this=name, expressions=[node.this]))
        if isinstance(query, exp.Query):
            query.set("settings", [
                exp.EQ(this=exp.var(setting), expression=exp.Literal.number(value))
                for setting, value in QUERY_SETTINGS])
        return query


def _name_qualified_columns(select: exp.Select) -> None:
    """``t.c`` in a select list as ``t.c AS c``: ClickHouse names the column of a
    join ``t.c`` where another table of the join has a ``c`` too, so a later
    ``SELECT c FROM`` that CTE would not find it (it reads as a correlated
    reference instead)."""
    for item in list(select.expressions):
        if not isinstance(item, exp.Column) or not item.table:
            continue
        if not isinstance(item.this, exp.Star):
            item.replace(exp.alias_(item.copy(), item.this.copy(), copy=False))
        elif select.args.get("joins"):
            # ``layer.*`` joined to narrow CTEs: with two or more joins ClickHouse
            # names the key ``layer.__key`` (every CTE of the join has one); the
            # other columns' names are unique.
            table = exp.to_identifier(item.table, quoted=True)
            key = exp.Column(this=exp.to_identifier(KEY, quoted=True), table=table)
            item.this.set("except_", [exp.column(KEY, quoted=True)])
            select.select(exp.alias_(key, KEY, quoted=True), copy=False)


def nullable(text: str) -> exp.DataType:
    """The ClickHouse type ``text`` written as ``Nullable(...)`` in a cast:
    ``CAST(NULL AS Decimal(38, 9))`` is an error in ClickHouse, so every cast the
    compiler writes keeps a missing value NULL.  (sqlglot wraps the types of other
    dialects itself, but takes a type parsed as ClickHouse's literally.)"""
    kind = parsed_type(text, "clickhouse")
    kind.set("nullable", True)
    return kind
