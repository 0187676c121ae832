"""MySQL's and MariaDB's answers to :class:`~segdsl.compile.dialects.base.Dialect`
(each method's docstring names the quirk it hides).

A little over 400 lines on purpose: every difference of the two servers from the
other engines is answered here, each next to the others (as base.py's ABC lists
them); split, the reasons would be spread over files.

One dialect for MariaDB 10.11+ and MySQL 8.0.17+: the SQL written here is accepted by
both (sqlglot's ``mysql`` dialect spells it), and every place where the two servers
read it differently is named in the method that handles it.  What the servers need
(docs/types.md, "MySQL and MariaDB"):

* the time-zone tables (``mysql.time_zone_name``) loaded, for a project with a
  ``timezone`` (``mysql_tzinfo_to_sql /usr/share/zoneinfo | mysql -u root mysql``):
  without them ``CONVERT_TZ`` returns NULL;
* a ``utf8mb4`` connection: the SQL names the collation ``utf8mb4_nopad_bin``, which a
  ``utf8mb3`` (``utf8``) connection refuses for its string literals.

Strings compare, order, group and deduplicate by code point on every engine (SPEC
4.5), but MySQL's and MariaDB's default collations ignore case and accents
(``'a' = 'A'``, ``'e' = 'é'``) and their ``_bin`` collations ignore trailing spaces
(PAD SPACE: ``'a' = 'a '``).  So every string a query reads from a table goes
through :meth:`MySQL.read_text`, which gives it a NO PAD binary collation
(``BINARY_COLLATION``: ``utf8mb4_nopad_bin`` on MariaDB, ``utf8mb4_0900_bin`` on
MySQL 8, each in an executable comment only that server reads): an explicit
collation wins over the literals' and other columns' own, so each comparison,
``GROUP BY``, ``DISTINCT``, ``MIN``/``MAX``, ranking ``ORDER BY`` and ``REGEXP`` on
it works on code points whatever the table's collation.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlglot import exp

from segdsl.casefold import FOLDS
from segdsl.check import regex
from segdsl.compile.dialects.base import FOLD_TIERS, Dialect, parsed_type, quoted_name
from segdsl.compile.dialects.mysql_fold import (
    CASE_COLLATION,
    PARSEABLE_CASE_COLLATION,
    caseless_pattern,
    fold_beyond_latin,
    replace,
)
from segdsl.numbers import NUMBER_SCALE
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning

# The collation that compares strings by code point, trailing spaces included, on
# both servers: a NO PAD binary collation, which each names its own way (MariaDB
# 10.2+ utf8mb4_nopad_bin, MySQL 8 utf8mb4_0900_bin).  Each name sits in an
# executable comment only its server reads: MariaDB runs `/*M!100202 ...*/` and skips
# MySQL's `/*!80000 ...*/` (it ignores MySQL-only versions 5.7 and up); MySQL reads
# `/*M! ...*/` as a comment and runs `/*!80000 ...*/`.
BINARY_COLLATION = "/*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */"
# The zone of instants, written as an offset: CONVERT_TZ reads an offset without the
# time-zone tables, so a UTC project needs none.
UTC_OFFSET = "+00:00"


def parseable(sql: str) -> str:
    """Compiled MySQL SQL as sqlglot can read it back: its tokenizer drops comments,
    executable ones too, which would leave ``COLLATE`` without a name, so each pair
    is replaced by MariaDB's name (the meaning is the same)."""
    for pair, name in _PARSEABLE.items():
        sql = sql.replace(pair, name)
    return sql


# What `parseable` writes for BINARY_COLLATION: a name the compiler never writes
# itself, so MySQL.read_back can put every pair back.
PARSEABLE_COLLATION = "utf8mb4_nopad_bin"
# Each pair of executable comments the compiler writes, and its MariaDB name.
_PARSEABLE = {BINARY_COLLATION: PARSEABLE_COLLATION,
              CASE_COLLATION: PARSEABLE_CASE_COLLATION}


# The characters up to U+024F whose simple case folding MariaDB's LOWER does not
# give (the micro sign, the long s, and Latin Extended-B letters added to Unicode
# after MariaDB's case tables), mapped to their folding before LOWER (MySQL.fold_case).
_LATIN_MISSES = (0x00B5, 0x017F, 0x0220, 0x023A, 0x023B, 0x023D, 0x023E, 0x0241, 0x0243,
                 0x0244, 0x0245, 0x0246, 0x0248, 0x024A, 0x024C, 0x024E)
LATIN_EXCEPTIONS = tuple((chr(code), chr(FOLDS[code])) for code in _LATIN_MISSES)
# U+0130 folds to itself but LOWER makes it `i`; a private-use stand-in keeps it.
DOTTED_I, KEEP_DOTTED_I = "\u0130", "\ue000"

# The widest exact decimal on both servers.
WIDE_INTEGER = "DECIMAL(65, 0)"


class MySQL(Dialect):
    name = "mysql"
    sqlglot_name = "mysql"
    # DATETIME holds a wall-clock time without zone (read as UTC, as DuckDB's
    # TIMESTAMP); TIMESTAMP would be converted through the session's zone.
    instant = "DATETIME(6)"
    # Neither server has a MATERIALIZED hint (both decide themselves).
    materialize_ctes = None
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    # MariaDB's PCRE2 and MySQL's ICU skip \n at `.` by default, but ICU also skips
    # \r, U+0085, U+2028 and U+2029; `[^\n]` is RE2's `.` on both.
    dot_matches_newline = True
    number_type_sql = "DECIMAL(38, 9)"
    exact_math_repeats_operands = True

    @classmethod
    def read_back(cls, sql: str) -> exp.Expression:
        """sqlglot drops comments, executable ones too, so compiled SQL is parsed
        :func:`parseable` (MariaDB's name alone) and every such ``COLLATE`` gets
        ``BINARY_COLLATION`` back in the tree: rendered again, the SQL compares by
        code point on MySQL 8 as well as on MariaDB (``COLLATE`` binds the name, so
        no string literal is touched)."""
        import sqlglot

        tree = sqlglot.parse_one(parseable(sql), read=cls.sqlglot_name)
        if not isinstance(tree, exp.Expression):  # pragma: no cover - sqlglot's typing
            raise TypeError(f"not an expression: {type(tree).__name__}")
        pairs = {name: pair for pair, name in _PARSEABLE.items()}
        for collate in tree.find_all(exp.Collate):
            name = collate.expression
            if isinstance(name, exp.Var | exp.Identifier | exp.Column) and \
                    name.name in pairs:
                collate.set("expression", exp.var(pairs[name.name]))
        return tree

    # ------------------------------------------------------------------ names
    def schema_identifier(self, name: str) -> exp.Identifier:
        """Backquoted by sqlglot; MySQL keeps the case of table names as the
        server's ``lower_case_table_names`` says, column names are never case
        sensitive."""
        return quoted_name(name)

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """``CAST(col AS CHAR CHARACTER SET utf8mb4) COLLATE <binary>``: the column
        compared by code point whatever its collation (see the module's docstring,
        and ``BINARY_COLLATION``); the conversion first, since a ``latin1`` or
        ``utf8mb3`` column refuses a ``utf8mb4`` collation, and it makes a key of
        another type (an integer) text, as keys are compared."""
        utf8mb4 = exp.DataType(this=exp.DataType.Type.CHARACTER_SET, kind=exp.var("utf8mb4"))
        return self._binary(exp.Cast(this=column, to=utf8mb4))

    @staticmethod
    def _binary(value: exp.Expression) -> exp.Expression:
        return exp.Collate(this=value, expression=exp.var(BINARY_COLLATION))

    @classmethod
    def rewrite(cls, query: exp.Expression) -> exp.Expression:
        """Neither server has ``AGG(...) FILTER (WHERE c)``: the condition moves
        into the aggregate as ``AGG(CASE WHEN c THEN x END)`` (``COUNT(*)`` counts
        ``CASE WHEN c THEN 1 END``), which skips the same rows (a CASE without ELSE
        is NULL, which every aggregate ignores)."""
        def unfilter(node: exp.Expression) -> exp.Expression:
            if not isinstance(node, exp.Filter):
                return node
            aggregate: exp.Expression = node.this
            condition: exp.Expression = node.expression.this
            holder = aggregate.this if isinstance(aggregate.this, exp.Distinct) else aggregate
            key = "expressions" if holder is not aggregate else "this"
            values = holder.args.get(key)
            value = values[0] if isinstance(values, list) else values
            if value is None or isinstance(value, exp.Star):
                value = exp.Literal.number(1)
            guarded = exp.Case().when(condition, value, copy=False)
            holder.set(key, [guarded] if key == "expressions" else guarded)
            return aggregate

        rewritten: exp.Expression = query.transform(unfilter, copy=False)
        return rewritten

    # ---------------------------------------------------------------- literals
    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def now(self) -> exp.Expression:
        """``UTC_TIMESTAMP(6)``: the current UTC time, whatever the session's zone
        (``NOW()`` is the session's wall clock)."""
        return exp.Anonymous(this="UTC_TIMESTAMP", expressions=[exp.Literal.number(6)])

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """A ``DATETIME`` (NAIVE, and what UNKNOWN means here: the schema's
        ``timestamp`` is a ``DATETIME(6)`` column, docs/types.md) holds UTC already.
        A ``TIMESTAMP`` column (ZONED) is shown in the session's time zone, which
        segdsl's engine sets to UTC; compiled SQL run elsewhere must do the same
        (``SET time_zone = '+00:00'``), as an offset has no repeated hour to lose."""
        return column

    # ---------------------------------------------------------------- time math
    def to_instant(self, value: exp.Expression) -> exp.Expression:
        midnight = exp.cast(value, self.instant_type())
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def to_date(self, value: exp.Expression) -> exp.Expression:
        return exp.cast(self.wall_clock(value) if self.zoned else value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """``value + INTERVAL 'n' UNIT``: both servers clamp a month or year step to
        the end of the month (``'2026-03-31' - INTERVAL 1 MONTH`` is 2026-02-28),
        and a ``DATE`` plus days stays a ``DATE``."""
        return self._naive_shift(value, amount, unit, is_date=is_date, duration=duration)

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``CONVERT_TZ(ts, '+00:00', zone)``: reads no session setting, but needs
        the server's time-zone tables (NULL without them; the engine checks)."""
        return exp.cast(exp.Anonymous(this="CONVERT_TZ", expressions=[
            instant, exp.Literal.string(UTC_OFFSET), self._zone()]), self.instant_type())

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """``CONVERT_TZ(wall, zone, '+00:00')``; the servers' rule for a repeated
        time is not the one segdsl states, so :meth:`from_wall_clock` corrects it."""
        return exp.cast(exp.Anonymous(this="CONVERT_TZ", expressions=[
            wall, self._zone(), exp.Literal.string(UTC_OFFSET)]), self.instant_type())

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """The engine's reading, checked and corrected (:meth:`Dialect._first_reading`)."""
        return self._naive_first_reading(wall)

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``DATE_ADD(d, INTERVAL n YEAR)`` clamps Feb 29 to Feb 28."""
        return exp.DateAdd(this=value, expression=years, unit=exp.var("YEAR"))

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """Neither server has ``DATE_TRUNC``: the period's first day is built from
        the day (``DATE(x)``) by stepping back ``WEEKDAY`` days (0 is Monday, ISO),
        ``DAYOFMONTH - 1`` days, ``DAYOFYEAR - 1`` days, or to the quarter's month
        with ``MAKEDATE(YEAR(x), 1) + INTERVAL 3 * (QUARTER - 1) MONTH``; in a
        project with a zone, of the local wall clock, read back as an instant."""
        local = self.wall_clock(value.copy()) if self.zoned else value.copy()
        day = exp.cast(local, self.date_type())

        def back(function: str, minus: int) -> exp.Expression:
            count: exp.Expression = exp.Anonymous(this=function, expressions=[day.copy()])
            if minus:
                count = exp.Sub(this=count, expression=exp.Literal.number(minus))
            return exp.Sub(this=day.copy(), expression=exp.Interval(
                this=exp.paren(count, copy=False), unit=exp.var("DAY")))

        start: exp.Expression
        if period is Period.WEEK:
            start = back("WEEKDAY", 0)
        elif period is Period.MONTH:
            start = back("DAYOFMONTH", 1)
        elif period is Period.YEAR:
            start = back("DAYOFYEAR", 1)
        else:
            year = exp.Anonymous(this="MAKEDATE", expressions=[
                exp.Anonymous(this="YEAR", expressions=[day.copy()]), exp.Literal.number(1)])
            months = exp.Mul(this=exp.Literal.number(3), expression=exp.paren(exp.Sub(
                this=exp.Anonymous(this="QUARTER", expressions=[day.copy()]),
                expression=exp.Literal.number(1)), copy=False))
            start = exp.Add(this=year, expression=exp.Interval(
                this=exp.paren(months, copy=False), unit=exp.var("MONTH")))
        midnight = exp.cast(start, self.instant_type(), copy=False)
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """``TIMESTAMPDIFF(MICROSECOND, '1970-01-01', x) / 1000000`` as a decimal
        with 6 places (``UNIX_TIMESTAMP`` reads the session's zone).  The division
        keeps the dividend's 6 places plus ``div_precision_increment`` (4 by
        default), so it is exact."""
        micros = exp.Anonymous(this="TIMESTAMPDIFF", expressions=[
            exp.var("MICROSECOND"), exp.Literal.string("1970-01-01 00:00:00"), value])
        exact = exp.cast(micros, parsed_type("DECIMAL(30, 6)", "mysql"))
        return exp.Div(this=exact, expression=exp.Literal.number(1_000_000))

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """The epoch of the wall clock's ``DATETIME`` reads it as UTC."""
        return self.epoch_seconds(self.wall_clock(instant))

    # ---------------------------------------------------------------- aggregates
    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """No single-aggregate form (no ``ARRAY_AGG``/``arg_max``): the tie CTE finds
        the edge with window functions, which both servers have."""
        return None

    def key_text(self, value: exp.Expression) -> exp.Expression:
        """A key as text compared by code point (:meth:`read_text`)."""
        return self.read_text(value)

    def static_keys(self, keys: Sequence[str]) -> exp.Select:
        """Neither server has ``UNNEST``: the keys come from ``JSON_TABLE`` over a
        JSON array literal (MariaDB 10.6+, MySQL 8), one statement however many."""
        column = exp.to_identifier("k", quoted=True)
        definition = exp.JSONColumnDef(this=column.copy(), kind=parsed_type(
            "VARCHAR(4000)", "mysql"), path=exp.Literal.string("$"))
        table = exp.JSONTable(
            this=exp.Literal.string(json.dumps(list(keys), ensure_ascii=False)),
            path=exp.Literal.string("$[*]"),
            schema=exp.JSONSchema(expressions=[definition]))
        source = exp.Table(this=table, alias=exp.TableAlias(
            this=exp.to_identifier("u", quoted=True)))
        return exp.select(self.key_text(exp.Column(this=column))).from_(source, copy=False)

    # ---------------------------------------------------------------- strings
    def text_order(self, value: exp.Expression) -> exp.Expression:
        """``COLLATE utf8mb4_nopad_bin``: code point order (a value read from a table is
        binary already; a literal or a computed string is made so here)."""
        return self._binary(value)

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """The value stays ``utf8mb4_nopad_bin``, an ordinary (non-binary) string whose
        ``LOWER``/``UPPER`` work and whose comparisons stay exact."""
        return value

    def regex_pattern(self, pattern: str) -> str:
        """Besides ``.`` (see ``dot_matches_newline``), ``$``: PCRE2 and ICU let it
        match before a final line break too (``'abc\\n' REGEXP 'abc$'`` holds), so
        it is written ``\\z``, the very end, on both."""
        parsed = regex.parse(pattern)
        if isinstance(parsed, regex.Problem):  # pragma: no cover - the checker refused it
            raise ValueError(f"pattern outside the portable subset: {parsed.message}")
        swaps = {offset: "[^\n]" for offset in parsed.dots}
        swaps.update({offset: "\\z" for offset in parsed.ends})
        return "".join(swaps.get(i, char) for i, char in enumerate(pattern))

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``REGEXP_INSTR(x COLLATE <binary>, p) > 0``: MariaDB has no
        ``REGEXP_LIKE``, and both servers match case-insensitively under a ``_ci``
        collation."""
        return exp.GT(this=exp.RegexpInstr(this=self._binary(value), expression=pattern),
                      expression=exp.Literal.number(0))

    def contains(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """``LOCATE`` follows the collation: both sides binary, so it is exact."""
        return super().contains(self._binary(value), self._binary(part))

    def starts_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """No ``STARTS_WITH``: ``LEFT(x, CHAR_LENGTH(p)) = p`` under the binary
        collation."""
        head = exp.Left(this=value, expression=exp.Length(this=part.copy()))
        return exp.EQ(this=self._binary(head), expression=self._binary(part))

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """No ``ENDS_WITH``: ``RIGHT(x, CHAR_LENGTH(p)) = p`` (sqlglot writes
        ``CHAR_LENGTH``: ``LENGTH`` counts bytes) under the binary collation."""
        tail = exp.Right(this=value, expression=exp.Length(this=part.copy()))
        return exp.EQ(this=self._binary(tail), expression=self._binary(part))

    def fold_case(self, value: exp.Expression) -> exp.Expression:
        """Neither server has ``TRANSLATE``, and the folding table as nested
        ``REPLACE`` calls would be hundreds deep in every use.  So, by tiers as on
        every engine (:meth:`Dialect.fold_case`): printable ASCII by
        :meth:`lower_ascii`; text up to U+024F (Latin) by ``LOWER`` under the binary
        collation, which there is simple case folding but for ``LATIN_EXCEPTIONS``
        (checked on MariaDB for every character of the range; where MySQL 8's
        newer tables already lower one, mapping it first changes nothing): those
        are mapped to their folding by ``REPLACE`` before ``LOWER``, and ``İ``
        (U+0130, which folding keeps and ``LOWER`` makes ``i``) is kept by a
        stand-in beyond U+024F, which the tier's text cannot hold.  Text beyond
        Latin by ``LOWER`` under a UCA 14.0 collation, corrected where it is not
        the folding (:func:`~segdsl.compile.dialects.mysql_fold.fold_beyond_latin`,
        112 ``REPLACE`` calls), made binary again for the comparison."""
        def only_up_to(last: str) -> exp.Expression:
            return self.regex_contains(value.copy(), exp.Literal.string(f"^[ -{last}]*\\z"))

        latin: exp.Expression = value.copy()
        for source, target in LATIN_EXCEPTIONS:
            latin = replace(latin, source, target)
        latin = replace(latin, DOTTED_I, KEEP_DOTTED_I)
        latin = replace(exp.Lower(this=self._binary(latin)), KEEP_DOTTED_I, DOTTED_I)
        tiers = [exp.If(this=only_up_to("~"), true=self.lower_ascii(value.copy())),
                 exp.If(this=only_up_to(chr(FOLD_TIERS[-1])), true=latin)]
        return exp.Case(ifs=tiers, default=self._binary(fold_beyond_latin(value.copy())))

    def caseless_literal(self, value: exp.Expression, folded: Sequence[str], *,
                         start: bool, end: bool) -> exp.Expression | None:
        """A caseless regular expression (:func:`~segdsl.compile.dialects.mysql_fold.
        caseless_pattern`) instead of the folding: exact on MariaDB, one pass over the
        text whatever its script, and faster than even the ASCII tier's test plus
        ``LOWER`` (docs/performance.md, "ignoring case on MariaDB").  MySQL 8 matches
        with ICU, whose caseless matching is untested here."""
        return self.regex_contains(value, exp.Literal.string(
            caseless_pattern(list(folded), start=start, end=end)))

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``LOWER`` lowers A-Z under every collation but a Turkish one, which
        ``utf8mb4_nopad_bin`` is not."""
        return exp.Lower(this=self._binary(value))

    # ------------------------------------------------------------------ lists
    # A list is a JSON array column (docs/types.md): neither server has arrays.
    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``JSON_CONTAINS(l, JSON_ARRAY(v))``: ``JSON_ARRAY`` makes the JSON value of
        a string or a number; JSON strings compare exactly; NULL for a NULL list."""
        return exp.Anonymous(this="JSON_CONTAINS", expressions=[
            values, exp.Anonymous(this="JSON_ARRAY", expressions=[item])])

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``JSON_OVERLAPS(l, JSON_ARRAY(..))`` (MariaDB 10.9+, MySQL 8.0.17+)."""
        return exp.Anonymous(this="JSON_OVERLAPS", expressions=[
            values, exp.Anonymous(this="JSON_ARRAY", expressions=items)])

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """``JSON_CONTAINS(l, JSON_ARRAY(..))``: every element of the second is in l."""
        return exp.Anonymous(this="JSON_CONTAINS", expressions=[
            values, exp.Anonymous(this="JSON_ARRAY", expressions=items)])

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``JSON_LENGTH(l)``: 0 for ``[]``, NULL for a NULL list."""
        return exp.Anonymous(this="JSON_LENGTH", expressions=[values])

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``JSON_CONTAINS(l, '[null]')``: a JSON null element."""
        return exp.Anonymous(this="JSON_CONTAINS", expressions=[
            values, exp.Literal.string("[null]")])

    # ---------------------------------------------------------------- numbers
    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``a DIV b``: integer division (``/`` gives a decimal with
        ``div_precision_increment`` places, rounded)."""
        return exp.IntDiv(this=dividend, expression=divisor)

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """Both servers multiply ``DECIMAL`` exactly (the scales add up, 18 places
        here), so ROUND (half away from zero on decimals) is the only rounding."""
        return self._rounded_product(left, right)

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``/`` keeps the dividend's places plus ``div_precision_increment`` (4 by
        default, a session setting) and rounds there, so rounding that to 9 places
        would round twice.  Instead the exact rounded quotient of the scaled
        integers N = |dividend| * 10^18 and D = |divisor| * 10^9: round(N / D) is
        floor((2N + D) / 2D), and floor(x / y) = (x - MOD(x, y)) / y exactly
        (``MOD`` of decimals is exact, and so is a quotient with no remainder),
        within ``DECIMAL(65, 0)`` for every ``DECIMAL(38, 9)``.  (``DIV`` would
        stop at BIGINT.)  NULL for a zero divisor."""
        n = exp.Abs(this=self._scaled_integer(dividend.copy(), 2 * NUMBER_SCALE))
        d = exp.Abs(this=self._scaled_integer(divisor.copy(), NUMBER_SCALE))
        two = exp.Literal.number(2)
        top = exp.paren(exp.Add(this=exp.Mul(this=two, expression=n),
                                expression=d.copy()), copy=False)
        bottom = exp.paren(exp.Mul(this=two.copy(), expression=d.copy()), copy=False)
        remainder = exp.Mod(this=top.copy(), expression=bottom.copy())
        whole = exp.Div(this=exp.paren(exp.Sub(this=top, expression=remainder), copy=False),
                        expression=bottom)
        negative = exp.NEQ(
            this=exp.paren(exp.LT(this=self.to_number(dividend),
                                  expression=exp.Literal.number(0)), copy=False),
            expression=exp.paren(exp.LT(this=self.to_number(divisor.copy()),
                                        expression=exp.Literal.number(0)), copy=False))
        sign = exp.Case().when(negative, exp.Literal.number(-1), copy=False).else_(
            exp.Literal.number(1), copy=False)
        unit = exp.cast(exp.Literal.string("0.000000001"), self.number_type())
        value = self.to_number(exp.Mul(this=exp.Mul(this=exp.cast(whole, self.integer_type()),
                                                    expression=sign), expression=unit))
        zero = exp.EQ(this=self.to_number(divisor), expression=exp.Literal.number(0))
        return exp.Case().when(zero, exp.null(), copy=False).else_(value, copy=False)

    def integer_type(self) -> exp.DataType:
        """``DECIMAL(65, 0)``: the widest exact integer (``SIGNED`` is BIGINT)."""
        return parsed_type(WIDE_INTEGER, "mysql")
