"""Apache Spark's (and so Databricks') answers to
:class:`~segdsl.compile.dialects.base.Dialect` (each method's docstring names the
quirk it hides).

Spark SQL as Spark 3.4+ and 4 read it (the ``databricks`` dialect name is an
alias of this one: Databricks runs Spark's SQL engine).  Quirks handled here,
each where its docstring says:

* Times: instants are ``TIMESTAMP_NTZ`` values holding UTC.  Spark's
  ``TIMESTAMP`` (``TIMESTAMP_LTZ``) is read, cast and truncated through the
  session time zone (``spark.sql.session.timeZone``), so no step here goes
  through it: wall clocks are ``CONVERT_TIMEZONE`` with both zones named, epoch
  arithmetic is ``TIMESTAMPDIFF``/``TIMESTAMPADD`` on ``TIMESTAMP_NTZ`` (zone
  free), and periods are truncated as dates (``DATE_TRUNC`` of a
  ``TIMESTAMP_NTZ`` returns a session-zone ``TIMESTAMP``).
* Numbers are ``DECIMAL(38, 9)``.  Spark types a decimal product or quotient
  with more than 38 digits by cutting its scale (to 6 places with
  ``spark.sql.decimalOperations.allowPrecisionLoss``, Databricks' default, to
  fewer without), so ``multiply``/``divide`` work on scaled integers
  (``DECIMAL(38, 0)``, whose scale cannot be cut) and round themselves.
* ``/`` of integers is a DOUBLE: whole-number quotients subtract the remainder
  first, so the division is exact (``int_div``).
* ANSI mode (Spark 4's default) raises an error on overflow and on a bad cast
  instead of returning NULL; nothing here relies on either behaviour.
* Regular expressions are Java's (``RLIKE``): ``$`` also matches before a final
  line break and ``[`` nests inside a class, so patterns are rewritten from
  their parse (``regex_pattern``).
* Strings compare by code point (the default ``UTF8_BINARY`` collation).
* ``size(NULL)`` is -1 unless ANSI mode is on (``spark.sql.legacy.sizeOfNull``):
  ``list_length`` returns NULL for a missing list itself.
* NULL ordering: Spark sorts NULLs first in ascending order (DuckDB last);
  sqlglot writes the compiler's explicit ``NULLS LAST``.
* A sum or difference of two ``DECIMAL(38, 9)`` values is typed
  ``DECIMAL(38, 8)`` under ``allowPrecisionLoss`` (Spark reserves a digit for the
  carry), and a product with an integer ``DECIMAL(38, 6)``: ``add`` narrows the
  operands to ``DECIMAL(37, 9)`` first, ``multiply_integer`` works on scaled
  integers like ``multiply``.

About 400 lines: the ABC's answers, the sqlglot generator's Spark fixes and the
Java pattern writer belong to this one engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import ClassVar

from sqlglot import exp
from sqlglot.dialects.spark import Spark as SqlglotSpark
from sqlglot.generators.spark import SparkGenerator

from segdsl.check import regex
from segdsl.compile.dialects.base import Dialect, filtered, parsed_type, quoted_name
from segdsl.numbers import NUMBER_SCALE
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import Zoning

# Characters written with a backslash in a Java pattern: its metacharacters, and
# inside a class also ``&`` (``&&`` is an intersection) and ``-``.
_JAVA_META = frozenset("\\.[]()|*+?{}^$&-")
_EPOCH = "1970-01-01 00:00:00"


class SegdslSpark(SqlglotSpark):
    """sqlglot's Spark dialect, writing no parenthesis right after ``WHERE``.

    Spark reads ``WHERE`` as a table alias unless ANSI reserved keywords are
    enforced (``spark.sql.ansi.enforceReservedKeywords``, off by default), so
    ``FROM scan__1 WHERE (TRUE)`` or ``FROM t WHERE (flag)`` is the table ``t``
    aliased ``WHERE`` with a column named ``TRUE``: the query fails
    (ASSIGNMENT_ARITY_MISMATCH) or, worse, means something else.  A condition
    wrapped whole in parentheses is written without them (the same condition).
    And a ``WITH`` nested in a subquery stays there: sqlglot moves it to the top
    (as for Hive), where the CTE names of two entities' queries clash
    (DUPLICATED_CTE_NAMES); Spark 3+ reads nested ``WITH``.
    And ``${`` in a string literal is written ``\u0024{``: Spark substitutes
    ``${name}`` in the SQL text before parsing it (``spark.sql.variable.substitute``,
    on by default), so the text ``${x}`` would become empty.
    Registered with sqlglot as ``segdslspark``."""

    class Generator(SparkGenerator):
        EXPRESSIONS_WITHOUT_NESTED_CTES: ClassVar[set[type[exp.Expr]]] = set()

        def where_sql(self, expression: exp.Where) -> str:
            condition = expression.this
            while isinstance(condition, exp.Paren):
                condition = condition.this
            return f"{self.seg('WHERE')}{self.sep()}{self.indent(self.sql(condition))}"

        def escape_str(self, text: str, escape_backslash: bool = True,
                       delimiter: str | None = None, escaped_delimiter: str | None = None,
                       is_byte_string: bool = False, is_bytes: bool = False) -> str:
            escaped = super().escape_str(text, escape_backslash, delimiter, escaped_delimiter,
                                         is_byte_string, is_bytes)
            return escaped.replace("${", "\\u0024{")


class Spark(Dialect):
    name = "spark"
    sqlglot_name = "segdslspark"  # SegdslSpark above
    instant = "TIMESTAMP_NTZ"
    materialize_ctes = None  # Spark has no MATERIALIZED hint (it inlines CTEs)
    materialize_dictionaries = None
    packs_edge_codes = False  # value codes are measured and tested on DuckDB only
    code_set_capacity = 0
    # Java's `.` skips \n, \r, U+0085, U+2028 and U+2029; segdsl's only \n.
    dot_matches_newline = True
    number_type_sql = "DECIMAL(38, 9)"
    exact_math_repeats_operands = True

    def read_text(self, column: exp.Expression) -> exp.Expression:
        """Spark compares strings by code point (binary collation, its default)."""
        return column

    def schema_identifier(self, name: str) -> exp.Identifier:
        """Backquoted; Spark's catalog matches names without regard to case."""
        return quoted_name(name)

    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        """``CAST('...' AS TIMESTAMP_NTZ)``: the UTC wall clock, read without a zone."""
        return exp.cast(exp.Literal.string(self._wall_clock(value)), self.instant_type())

    def _epoch(self) -> exp.Expression:
        return exp.cast(exp.Literal.string(_EPOCH), self.instant_type())

    def now(self) -> exp.Expression:
        """``CURRENT_TIMESTAMP()`` is a session-zone ``TIMESTAMP``; its microseconds
        since 1970 (``UNIX_MICROS``, an instant's, zone free) added to the
        ``TIMESTAMP_NTZ`` epoch give UTC wall-clock time without the session zone
        (a plain cast to ``TIMESTAMP_NTZ`` would give the session zone's)."""
        return self._from_instant(exp.CurrentTimestamp())

    def _from_instant(self, value: exp.Expression) -> exp.Expression:
        micros = exp.Anonymous(this="UNIX_MICROS", expressions=[value])
        return exp.Anonymous(this="TIMESTAMPADD", expressions=[
            exp.var("MICROSECOND"), micros, self._epoch()])

    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """``TIMESTAMP_NTZ`` (NAIVE, and what UNKNOWN means here: the schema's
        ``timestamp`` maps to it, docs/types.md) holds UTC already; a ``TIMESTAMP``
        (ZONED: an instant shown in the session zone) becomes UTC wall-clock time
        as ``now`` does, whatever the session zone."""
        if zoning is Zoning.ZONED:
            return self._from_instant(column)
        return column

    def to_instant(self, value: exp.Expression) -> exp.Expression:
        """A ``DATE`` cast to ``TIMESTAMP_NTZ`` is its midnight, without a zone."""
        midnight = exp.cast(value, self.instant_type())
        return self.from_wall_clock(midnight) if self.zoned else midnight

    def to_date(self, value: exp.Expression) -> exp.Expression:
        """A ``TIMESTAMP_NTZ`` cast to ``DATE`` is its day, without a zone."""
        return exp.cast(self.wall_clock(value) if self.zoned else value, self.date_type())

    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """``value +/- INTERVAL 'n' UNIT``: on a ``TIMESTAMP_NTZ`` exact for days and
        less (no zone), and clamped to the end of the month for months and years
        (2026-03-31 - 1 month = 2026-02-28), as ``ADD_MONTHS``; a ``DATE`` stays a
        ``DATE``."""
        return self._naive_shift(value, amount, unit, is_date=is_date, duration=duration)

    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """``CONVERT_TIMEZONE('UTC', zone, ts)`` of a ``TIMESTAMP_NTZ``: both zones
        named, so the session zone is not read."""
        return exp.ConvertTimezone(source_tz=self._utc(), target_tz=self._zone(),
                                   timestamp=instant)

    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """``CONVERT_TIMEZONE(zone, 'UTC', wall)``: Spark reads a local time with
        java.time's rule, which is segdsl's (a skipped time with the offset before
        the switch, a repeated one as its first occurrence; checked by
        tests/conformance_zones on Spark), so no correction is needed."""
        return exp.ConvertTimezone(source_tz=self._zone(), target_tz=self._utc(),
                                   timestamp=wall)

    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """``ADD_MONTHS(d, 12 * n)`` clamps to the end of the month (Feb 29 + 1 year
        is Feb 28)."""
        months = exp.Mul(this=exp.Literal.number(12), expression=exp.paren(years, copy=False))
        return exp.Anonymous(this="ADD_MONTHS", expressions=[value, months])

    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """``TRUNC(CAST(t AS DATE), 'WEEK')`` (weeks start on Monday) cast back to
        ``TIMESTAMP_NTZ``: ``DATE_TRUNC`` of a ``TIMESTAMP_NTZ`` returns a
        session-zone ``TIMESTAMP``.  In a zone, of the local wall clock, and the
        period's first local midnight read back as an instant."""
        local = self.wall_clock(value.copy()) if self.zoned else value.copy()
        day = exp.cast(local, self.date_type(), copy=False)
        truncated = exp.Anonymous(this="TRUNC", expressions=[
            day, exp.Literal.string(period.value.upper())])
        start = exp.cast(truncated, self.instant_type(), copy=False)
        return self.from_wall_clock(start) if self.zoned else start

    def _micros(self, value: exp.Expression) -> exp.Expression:
        """Microseconds since 1970 of a ``TIMESTAMP_NTZ`` (``UNIX_MICROS`` would
        first read it in the session zone)."""
        return exp.Anonymous(this="TIMESTAMPDIFF", expressions=[
            exp.var("MICROSECOND"), self._epoch(),
            exp.cast(value, self.instant_type(), copy=False)])

    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """Microseconds since 1970 (zone free) divided: a DOUBLE, fractions kept."""
        return exp.Div(this=self._micros(value), expression=exp.Literal.number(1_000_000))

    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """The local ``TIMESTAMP_NTZ`` wall clock's epoch reads it as UTC."""
        return self.epoch_seconds(self.wall_clock(instant))

    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """``max`` of a struct ordered by (time, value is set, value), as DuckDB's:
        Spark orders structs field by field.  ``max_by`` would skip nothing but
        picks any row among ties.  For the earliest row the time is negated as
        microseconds since 1970."""
        order = exp.Neg(this=self._micros(time)) if earliest else time
        packed = exp.Struct(expressions=[
            exp.PropertyEQ(this=exp.to_identifier("t", quoted=True), expression=order),
            exp.PropertyEQ(this=exp.to_identifier("n", quoted=True),
                           expression=exp.Not(this=exp.Is(this=value.copy(),
                                                          expression=exp.Null()))),
            exp.PropertyEQ(this=exp.to_identifier("v", quoted=True), expression=value),
        ])
        return exp.Dot(this=exp.paren(filtered(exp.Max(this=packed), condition), copy=False),
                       expression=exp.to_identifier("v", quoted=True))

    def text_order(self, value: exp.Expression) -> exp.Expression:
        """Spark's default collation, ``UTF8_BINARY``, orders by UTF-8 bytes, which
        is code point order."""
        return value

    def text_value(self, value: exp.Expression) -> exp.Expression:
        """``text_order`` left the string as it was."""
        return value

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``LOWER`` lowers A-Z (on ASCII text no locale changes that)."""
        return exp.Lower(this=value)

    def regex_pattern(self, pattern: str) -> str:
        """The pattern rewritten from its parse for Java's regex engine, so that it
        means what segdsl's does (check/regex.py): ``.`` is ``[^\\n]`` (Java's
        also skips ``\\r`` and Unicode line separators), ``$`` is ``\\z`` (Java's
        ``$`` also matches before a final line break), classes escape every
        character Java reads specially there (``[`` nests a class, ``&&``
        intersects), and groups do not capture."""
        parsed = regex.parse(pattern)
        if isinstance(parsed, regex.Problem):  # pragma: no cover - the checker refused it
            raise ValueError(f"pattern outside the portable subset: {parsed.message}")
        return _java_alternatives(parsed.root)

    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """``RLIKE`` finds a match anywhere in the string (Java's ``find``)."""
        return exp.RegexpLike(this=value, expression=pattern)

    def static_keys(self, keys: Sequence[str]) -> exp.Select:
        """``SELECT CAST(k AS STRING) FROM (SELECT EXPLODE(ARRAY(...)) AS k)``: Spark
        has no ``UNNEST`` (sqlglot would write a table-valued ``EXPLODE`` with an
        alias list, which Spark refuses); ``EXPLODE`` of an empty array gives no rows."""
        array = exp.Array(expressions=[exp.Literal.string(key) for key in keys])
        exploded = exp.select(exp.alias_(exp.Explode(this=array), "k", quoted=True))
        source = exploded.subquery(exp.to_identifier("u", quoted=True), copy=False)
        return exp.select(self.key_text(exp.column("k", quoted=True))).from_(source, copy=False)

    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """``ENDSWITH(s, part)`` (Spark 3.3+)."""
        return exp.EndsWith(this=value, expression=part)

    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """``ARRAY_CONTAINS(l, v)``: NULL for a NULL list."""
        return exp.ArrayContains(this=values, expression=item)

    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``ARRAY_CONTAINS`` per value, joined by OR: ``ARRAYS_OVERLAP`` of
        ``ARRAY<BIGINT>`` and an array of INT literals needs matching element types."""
        return exp.paren(exp.or_(*(self.list_contains(values.copy(), item) for item in items),
                                 copy=False), copy=False)

    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """One ``ARRAY_CONTAINS`` per value, joined by AND."""
        return exp.paren(exp.and_(*(self.list_contains(values.copy(), item) for item in items),
                                  copy=False), copy=False)

    def list_length(self, values: exp.Expression) -> exp.Expression:
        """``SIZE(l)``, NULL for a NULL list by a ``CASE`` of its own: ``SIZE(NULL)``
        is -1 when ANSI mode is off (``spark.sql.legacy.sizeOfNull``)."""
        missing = exp.Is(this=values.copy(), expression=exp.Null())
        return exp.Case().when(missing, exp.null(), copy=False).else_(
            exp.Anonymous(this="SIZE", expressions=[values]), copy=False)

    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """``EXISTS(l, x -> x IS NULL)``, Spark's higher-order test of the elements."""
        element = exp.to_identifier("x")
        test = exp.Lambda(this=exp.Is(this=exp.column(element.copy()), expression=exp.Null()),
                          expressions=[element])
        return exp.Anonymous(this="EXISTS", expressions=[values, test])

    def add(self, left: exp.Expression, right: exp.Expression, *,
            subtract: bool = False) -> exp.Expression:
        """Both operands cast to ``DECIMAL(37, 9)`` first.  Spark types the sum of
        ``DECIMAL(p1, s)`` and ``DECIMAL(p2, s)`` as ``DECIMAL(max(p1, p2) + 1, s)``
        (a digit for the carry); past 38 digits it cuts the scale (to 8 places for
        two ``DECIMAL(38, 9)`` under ``allowPrecisionLoss``, the default) or, with
        that setting off, returns NULL on overflow.  Two ``DECIMAL(37, 9)`` sum to
        ``DECIMAL(38, 9)`` under either setting, every digit kept, with one
        operator and each operand named once (so nesting costs nothing).

        Range: the operands must lie below 10^28 in magnitude (their sum below
        2·10^28), a tenth of the ``DECIMAL(38, 9)`` range (10^29).  No exact sum
        with 9 places exists past that in Spark: any decimal ``+`` whose operands
        have 29 integer digits needs 39 digits and is cut.  An operand past
        10^28 is an overflow: an error in ANSI mode (Spark 4's default), NULL
        without it, as every other overflow of Spark's decimals.  Scaled integers
        (``DECIMAL(38, 0)``, as ``multiply``) would hold more, but turning their
        sum back into a number goes through a product, which is exact only below
        10^19 (``_scaled_down``): a smaller range, for more SQL."""
        narrow = parsed_type("DECIMAL(37, 9)", self.sqlglot_name)
        # exp.Cast itself, not exp.cast: sqlglot's builder returns an operand that is
        # a cast to any DECIMAL (a literal's DECIMAL(38, 9)) unchanged.
        return (exp.Sub if subtract else exp.Add)(
            this=exp.Cast(this=left, to=narrow),
            expression=exp.Cast(this=right, to=narrow.copy()))

    def multiply_integer(self, number: exp.Expression, integer: exp.Expression
                         ) -> exp.Expression:
        """Spark types ``DECIMAL(38, 9) * BIGINT`` as ``DECIMAL(38, 6)`` (the
        product needs 59 digits), so ``0.000000001 * 5`` would be 0.  On scaled
        integers instead, each operand named once: ``number * 10^9`` is a whole
        number, which Spark keeps exactly at the cut scale (below 10^23, 10^20
        with ``allowPrecisionLoss`` off), cast to ``DECIMAL(38, 0)``; its product
        with the integer is ``DECIMAL(38, 0)`` (exact, or an overflow), read back
        by ``_scaled_down`` (results below 10^19 in magnitude, as ``multiply``)."""
        scaled = exp.Mul(this=self.to_number(number),
                         expression=exp.Literal.number(10**NUMBER_SCALE))
        whole = exp.cast(exp.paren(scaled, copy=False), self.integer_type(), copy=False)
        return self._scaled_down(exp.Mul(this=whole, expression=integer))

    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``/`` is a DOUBLE for integers and rounds decimals to a cut scale, and
        ``DIV`` returns a BIGINT (overflowing for the scaled integers of
        ``divide``): the remainder is subtracted first, so the division is exact,
        on ``DECIMAL(38, 0)`` operands, and the quotient is cast back to one."""
        a = exp.cast(dividend, self.integer_type(), copy=False)
        b = exp.cast(divisor, self.integer_type(), copy=False)
        remainder = exp.Mod(this=a.copy(), expression=b.copy())
        exact = exp.Div(this=exp.paren(exp.Sub(this=a, expression=remainder), copy=False),
                        expression=b)
        return exp.cast(exact, self.integer_type())

    def _scaled_integer(self, value: exp.Expression, scale: int) -> exp.Expression:
        """``value * 10^scale`` as ``DECIMAL(38, 0)`` without a decimal product of
        more than 38 digits (whose scale Spark would cut): the fraction ``v % 1``
        (``DECIMAL(10, 9)``) and the whole part ``v - v % 1`` are scaled apart."""
        number = self.to_number(value)
        fraction = exp.paren(exp.Mod(this=number.copy(), expression=exp.Literal.number(1)),
                             copy=False)
        whole = exp.paren(exp.Sub(this=number, expression=fraction.copy()), copy=False)
        wide = self.integer_type
        whole_part = exp.Mul(this=exp.cast(whole, wide(), copy=False),
                             expression=exp.Literal.number(10**scale))
        fraction_part: exp.Expression = exp.cast(exp.Mul(
            this=fraction, expression=exp.Literal.number(10**NUMBER_SCALE)), wide(), copy=False)
        if scale > NUMBER_SCALE:
            fraction_part = exp.Mul(this=fraction_part,
                                    expression=exp.Literal.number(10**(scale - NUMBER_SCALE)))
        return exp.paren(exp.Add(this=whole_part, expression=fraction_part), copy=False)

    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """The product of the scaled integers, rounded: a ``DECIMAL(38, 9)`` product
        would be cut to 6 places before any rounding of ours."""
        product = exp.Mul(this=self._scaled_integer(left, NUMBER_SCALE),
                          expression=self._scaled_integer(right, NUMBER_SCALE))
        return self._rounded_quotient(product, exp.Literal.number(10**NUMBER_SCALE),
                                      zero_divisor=False)

    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """The quotient of the scaled integers, as DuckDB: Spark's decimal ``/`` keeps
        6 places at this width."""
        n = self._scaled_integer(dividend, 2 * NUMBER_SCALE)
        d = self._scaled_integer(divisor, NUMBER_SCALE)
        return self._rounded_quotient(n, d)

    def _scaled_down(self, whole: exp.Expression) -> exp.Expression:
        """The last step of :meth:`Dialect._rounded_quotient` (the integer quotient,
        rounded half away from zero, times 10^-9) as a product Spark keeps exact:
        ``DECIMAL(28, 0) * DECIMAL(9, 9)`` has 38 digits, so its scale is not cut
        (``DECIMAL(38, 0) * DECIMAL(38, 9)`` would be cut to 6 places).  Results are
        below 10^19 in magnitude (an overflow is an error in ANSI mode)."""
        integer = exp.cast(whole, parsed_type("DECIMAL(28, 0)", self.sqlglot_name), copy=False)
        unit = exp.cast(exp.Literal.string("0.000000001"),
                        parsed_type("DECIMAL(9, 9)", self.sqlglot_name), copy=False)
        return self.to_number(exp.Mul(this=integer, expression=unit))

    def integer_type(self) -> exp.DataType:
        """``DECIMAL(38, 0)``: holds 10^38 and, with scale 0, keeps every digit of a
        product or quotient whichever ``allowPrecisionLoss`` says."""
        return parsed_type("DECIMAL(38, 0)", self.sqlglot_name)


def _java_literal(char: str, *, in_class: bool) -> str:
    """One character as Java reads it literally."""
    special = _JAVA_META if in_class else _JAVA_META - {"&", "-"}
    if char in special:
        return "\\" + char
    if char == "\n":
        return "\\n"
    return char


def _java_alternatives(node: regex.Alternatives) -> str:
    return "|".join("".join(_java_node(item) for item in branch) for branch in node.branches)


def _java_node(node: regex.Node) -> str:
    if isinstance(node, regex.Literal):
        return _java_literal(node.char, in_class=False)
    if isinstance(node, regex.AnyChar):
        return "[^\\n]"
    if isinstance(node, regex.Anchor):
        return "^" if node.start else "\\z"
    if isinstance(node, regex.CharClass):
        parts = [_java_literal(first, in_class=True) if first == last else
                 f"{_java_literal(first, in_class=True)}-{_java_literal(last, in_class=True)}"
                 for first, last in node.ranges]
        return "[" + ("^" if node.negated else "") + "".join(parts) + "]"
    if isinstance(node, regex.Repeat):
        high = "" if node.high is None else str(node.high)
        bound = f"{{{node.low},{high}}}" if node.high != node.low else f"{{{node.low}}}"
        return _java_node(node.item) + bound
    return "(?:" + _java_alternatives(node) + ")"
