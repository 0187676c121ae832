"""Everything that differs between target engines, in one place.

The compiler builds one sqlglot expression tree for all targets; sqlglot transpiles
most of it.  What sqlglot cannot (or must not) decide for us is asked of a
:class:`Dialect` here.  Each method's docstring names the engine quirk it hides.

Times: every instant is handled as a UTC value without time zone
(``TIMESTAMP`` in DuckDB and PostgreSQL, ``TIMESTAMP_NTZ`` in Snowflake), except in
BigQuery, whose ``TIMESTAMP`` is an absolute instant and whose functions default to
UTC.  Reading instants this way makes results independent of the session's
time zone.

The project's time zone (SPEC 11, ``TimeContext.zone``) is named in the SQL only
where a calendar notion needs it, through five methods every caller goes through:
:meth:`Dialect.to_date` (an instant's local day), :meth:`Dialect.to_instant` (a
date's local midnight), :meth:`Dialect.truncate` (a local period's start),
:meth:`Dialect.shift` (calendar steps on the local wall clock; durations exact)
and :meth:`Dialect.days_between` (whole days of local wall-clock difference).
Each converts instant -> local wall clock, works on the wall clock, and converts
back with one rule for times a daylight-saving switch skips or repeats
(:meth:`Dialect.from_wall_clock`).  In a UTC project they write exactly the SQL of
earlier releases.

Numbers: every ``number`` is an exact decimal with 9 places (docs/semantics.md,
"Exact numbers"); each dialect says how it reads, multiplies and divides them.

Longer than 400 lines on purpose: one class per engine, and every engine
difference in one file, so a reader compares the engines' quirks side by side.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import ClassVar

from sqlglot import exp

from segdsl.casefold import FOLD_FROM, FOLD_TO, folds_up_to
from segdsl.check import regex
from segdsl.numbers import NUMBER_SCALE
from segdsl.project.model import DIALECTS as DIALECT_NAMES
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import DEFAULT, TimeContext, Zoning

_INTERVAL_UNITS = {
    Unit.MINUTE: "MINUTE", Unit.HOUR: "HOUR", Unit.DAY: "DAY", Unit.WEEK: "DAY",
    Unit.MONTH: "MONTH", Unit.YEAR: "YEAR",
}


# A name Snowflake would store upper case when written without quotes.
_LOWER_NAME = re.compile(r"[a-z_][a-z0-9_$]*")


# The last code points of fold_case's TRANSLATE tiers: Latin-1 (57 foldings) and
# Latin up to Latin Extended-B (227), before the whole table (1454).
_FOLD_TIERS = (0xFF, 0x24F)


def _interval_amount(amount: int, unit: Unit) -> int:
    # Weeks are 7 days everywhere (SPEC 3.6); BigQuery has no WEEK interval for
    # timestamps, so weeks always go out as days.
    return amount * 7 if unit is Unit.WEEK else amount


class Dialect(ABC):
    """What every engine must state, and the little that is the same everywhere.

    A dialect object serves one compilation: it is made from its class with the
    compilation's :class:`~segdsl.timecontext.TimeContext` (the project's zone and
    each timestamp column's zoning), so no answer rests on a zone written into the
    class.  Every engine quirk is an abstract method or a class attribute that each
    engine class must set itself (``__init_subclass__`` refuses a class that
    inherits one), so a new engine cannot silently take DuckDB's behaviour.  What is
    implemented here is the same expression tree on every engine (sqlglot spells it
    per engine), each saying so.
    """

    # Class attributes every engine states itself (checked in __init_subclass__).
    name: ClassVar[str]
    sqlglot_name: ClassVar[str]
    # The type of an instant as the compiler handles it.
    instant: ClassVar[str]
    # Whether the engine may materialize the query's CTEs (None: its default).
    materialize_ctes: ClassVar[bool | None]
    # Whether the engine's `.` matches a line break, which segdsl's does not.
    dot_matches_newline: ClassVar[bool]
    # A ``number`` is an exact decimal with NUMBER_SCALE digits after the point on
    # every engine (docs/semantics.md, "Exact numbers"): BigQuery's NUMERIC, the
    # widest type every target computes exactly.  Doubles would make sums depend on
    # the order rows are added in, and ties at a ranking cut on the engine.
    number_type_sql: ClassVar[str]
    # Whether ``divide``/``multiply`` name their operands more than once, so the
    # compiler should hand them columns rather than whole expressions.
    exact_math_repeats_operands: ClassVar[bool]
    # Whether the value dictionaries (``dict__N``) are materialized (None: the
    # engine decides); they are small and read by the grouped pass's scan and by
    # each decoding or size check.
    materialize_dictionaries: ClassVar[bool | None]
    # Whether ``first``/``last`` of a property with few values is one aggregate over
    # value codes (``edge_from_codes``); otherwise ``edge_value``, or a ``tie__N``
    # CTE with window functions where that is None.
    packs_edge_codes: ClassVar[bool]
    # How many value codes a per-key bit set holds (``count_codes``); 0: the engine
    # has no bit aggregates, and ``count(distinct ...)`` is always a pass of its own.
    code_set_capacity: ClassVar[int]

    _STATED: ClassVar[tuple[str, ...]] = (
        "name", "sqlglot_name", "instant", "materialize_ctes",
        "dot_matches_newline", "number_type_sql", "exact_math_repeats_operands",
        "materialize_dictionaries", "packs_edge_codes", "code_set_capacity")

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        missing = [attribute for attribute in Dialect._STATED if attribute not in vars(cls)]
        if missing:
            raise TypeError(f"dialect {cls.__name__} must state {', '.join(missing)} "
                            f"itself (no engine inherits another's behaviour)")

    def __init__(self, context: TimeContext = DEFAULT) -> None:
        self.context = context

    def _zone(self) -> exp.Literal:
        """The project's zone as a literal (``'Europe/Berlin'``), wherever a calendar
        notion names it."""
        return exp.Literal.string(self.context.zone)

    @staticmethod
    def _utc() -> exp.Literal:
        """``'UTC'``: the zone of the instants the compiler handles (stored columns,
        the engine's current time), whatever the project's zone."""
        return exp.Literal.string("UTC")

    @property
    def zoned(self) -> bool:
        """The project's zone is not UTC, so calendar notions convert instants to
        local wall-clock time and back; in UTC they are the SQL of every earlier
        release."""
        return not self.context.is_utc

    def _wall_clock(self, value: dt.datetime) -> str:
        """An instant as UTC wall-clock time, ``2026-11-01 00:00:00`` (the as-of and
        timestamp literals: instants, whatever the project's zone)."""
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")

    # ---------------------------------------------------------------- names
    @abstractmethod
    def schema_identifier(self, name: str) -> exp.Identifier:
        """A table, column or output column name from the schema or the definitions,
        quoted so it is read exactly as written."""

    def table(self, qualified: str) -> exp.Table:
        """A table the schema names (``shop.orders``), each part spelled by
        :meth:`schema_identifier` (so the same code on every engine): the last part
        is the table, the one before its schema, anything before that its catalog
        (kept as one name: ``a.b.s.t`` is catalog ``"a.b"``).  Not
        ``exp.to_table``: that parses the name as SQL, so a part that needs quoting
        in one dialect (a keyword, a capital letter in Snowflake) would be misread."""
        parts = qualified.split(".")
        name = self.schema_identifier
        return exp.table_(name(parts[-1]),
                          db=name(parts[-2]) if len(parts) >= 2 else None,
                          catalog=name(".".join(parts[:-2])) if len(parts) >= 3 else None)

    def column(self, name: str, table_alias: str) -> exp.Column:
        """A column of a table the schema names (not of a CTE of the query), read
        through the quoted alias the query gives that table; the column's name
        spelled by :meth:`schema_identifier` (so the same code on every engine)."""
        return exp.Column(this=self.schema_identifier(name),
                          table=exp.to_identifier(table_alias, quoted=True))

    # ------------------------------------------------------------ literals
    def instant_type(self) -> exp.DataType:
        """Same everywhere: the engine's own ``instant`` type name, parsed."""
        return _parsed_type(self.instant, self.sqlglot_name)

    def date_type(self) -> exp.DataType:
        """Same everywhere: every engine has ``DATE``."""
        return _parsed_type("DATE", self.sqlglot_name)

    @abstractmethod
    def instant_literal(self, value: dt.datetime) -> exp.Expression:
        """An instant written in the SQL (the as-of, a time in a definition)."""

    def date_literal(self, value: dt.date) -> exp.Expression:
        """Same everywhere: ``CAST('2026-11-01' AS DATE)``."""
        return exp.cast(exp.Literal.string(value.isoformat()), self.date_type())

    @abstractmethod
    def now(self) -> exp.Expression:
        """The engine's current instant as the compiler handles instants."""

    def read_instant(self, column: exp.Expression, table: str, name: str) -> exp.Expression:
        """Same everywhere: the column ``name`` of ``table`` (as the schema names
        them) read as the compiler handles instants, by what the context knows of
        how the database stores it (:meth:`read_stored_instant`)."""
        return self.read_stored_instant(column, self.context.zoning(table, name))

    @abstractmethod
    def read_stored_instant(self, column: exp.Expression, zoning: Zoning) -> exp.Expression:
        """A ``timestamp`` column stored as ``zoning`` says, as the compiler handles
        instants: the cheapest read that is right for that storage, and for
        ``UNKNOWN`` one that is right for both."""

    # ------------------------------------------------------------- time math
    @abstractmethod
    def to_instant(self, value: exp.Expression) -> exp.Expression:
        """A date as the instant 00:00:00 of that day in the project's zone (SPEC 3.6,
        11).  Every date used as an instant goes through here."""

    @abstractmethod
    def to_date(self, value: exp.Expression) -> exp.Expression:
        """The calendar day of an instant in the project's zone (SPEC 11: ``date(t)``,
        ``today``, a timestamp compared with a date).  Every day of an instant goes
        through here."""

    @abstractmethod
    def shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
              duration: bool = False) -> exp.Expression:
        """``value + amount unit``: every calendar step of the compiler goes through
        here (``N days ago``, ``previous month``, the periods of regularity, ``t + 1
        month``), so each follows the project's zone (SPEC 11).

        A date (``is_date``) moves by whole days, weeks, months or years.  An instant
        moves by minutes or hours exactly; by months or years on the local calendar
        and wall clock (clamped to the end of the month in every engine:
        2026-03-31 - 1 month = 2026-02-28); by days or weeks on the local calendar
        too (a local day may have 23 or 25 hours) unless ``duration`` says the step
        is the length of a window (``in last 7 days``, ``within 2 days``), which is
        exact, N x 24 hours.  In UTC both are the same SQL."""

    def _is_exact(self, unit: Unit, duration: bool) -> bool:
        """Same everywhere: whether a step of an instant by ``unit`` is exact time
        rather than a step on the local wall clock (see :meth:`shift`)."""
        if not self.zoned or unit in (Unit.MINUTE, Unit.HOUR):
            return True
        return duration and unit in (Unit.DAY, Unit.WEEK)

    @abstractmethod
    def wall_clock(self, instant: exp.Expression) -> exp.Expression:
        """An instant as the project zone's local wall-clock time (a naive value of
        the engine's datetime type); only called in a project with a zone."""

    @abstractmethod
    def from_wall_clock(self, wall: exp.Expression) -> exp.Expression:
        """A local wall-clock time of the project's zone as an instant; only called
        in a project with a zone.  The rule for times a daylight-saving switch skips
        or repeats, the same on every engine and in the reference evaluator
        (docs/semantics.md, "Daylight saving"): the time is read with the UTC
        offset in force just before the switch, so a skipped 02:30 is 03:30 of the
        new offset and a repeated 02:30 its first occurrence (Python's ``fold=0``)."""

    def _first_reading(self, wall: exp.Expression, native: exp.Expression,
                       day_back: exp.Expression, day_on: Callable[[exp.Expression], exp.Expression]
                       ) -> exp.Expression:
        """Same tree everywhere: :meth:`from_wall_clock` built from an engine's own
        conversion (``native``: ``wall`` read in the zone by the engine's rule,
        which may pick the later of two readings) for engines whose rule is not the
        one segdsl states.

        ``early`` is ``wall`` read with the offset in force a day earlier
        (``day_back``: the wall clock 24 hours earlier, read natively, and
        ``day_on`` adds 24 exact hours back): within a switch that is the offset
        before it, so in a repeated hour ``early`` is the first reading and in a
        skipped one it moves forward.  Away from a switch ``early`` is the only
        reading, unless a switch lies in the day before ``wall``; then ``native``
        is.  So: ``early`` if it reads back as ``wall``, else ``native`` if that
        does, else (a skipped time, which no reading gives back) ``early``."""
        early = day_on(self.from_native_wall(day_back))
        return (exp.Case()
                .when(exp.EQ(this=self.wall_clock(early.copy()), expression=wall.copy()),
                      early.copy(), copy=False)
                .when(exp.EQ(this=self.wall_clock(native.copy()), expression=wall.copy()),
                      native.copy(), copy=False)
                .else_(early, copy=False))

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """A wall-clock time read in the project's zone by the engine's own rule
        (engines whose :meth:`from_wall_clock` corrects it override this)."""
        raise NotImplementedError(f"{self.name} reads wall-clock times natively")

    def _interval_shift(self, value: exp.Expression, amount: int, unit: Unit, *,
                        is_date: bool) -> exp.Expression:
        """``value +/- INTERVAL 'n' UNIT`` (DuckDB, PostgreSQL, Snowflake)."""
        interval = exp.Interval(this=exp.Literal.string(str(abs(_interval_amount(amount, unit)))),
                                unit=exp.var(_INTERVAL_UNITS[unit]))
        shifted: exp.Expression = (exp.Add if amount >= 0 else exp.Sub)(
            this=value, expression=interval)
        if is_date and unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            # DATE +/- INTERVAL is a TIMESTAMP in DuckDB and PostgreSQL (at
            # midnight: its date is the day, with no zone involved).
            return exp.cast(shifted, self.date_type())
        return shifted

    def _naive_shift(self, value: exp.Expression, amount: int, unit: Unit, *, is_date: bool,
                     duration: bool) -> exp.Expression:
        """:meth:`shift` where instants are naive UTC values (DuckDB, PostgreSQL,
        Snowflake): exact steps on the value itself, calendar steps on its local
        wall clock."""
        if is_date and unit not in (Unit.MINUTE, Unit.HOUR):
            return self._interval_shift(value, amount, unit, is_date=True)
        if not self.zoned:
            return self._interval_shift(value, amount, unit, is_date=is_date)
        instant = self.to_instant(value) if is_date else value
        if self._is_exact(unit, duration):
            return self._interval_shift(instant, amount, unit, is_date=False)
        wall = self._interval_shift(self.wall_clock(instant), amount, unit, is_date=False)
        return self.from_wall_clock(wall)

    def _naive_first_reading(self, wall: exp.Expression) -> exp.Expression:
        """:meth:`_first_reading` where wall-clock times and instants are naive
        timestamps (DuckDB, PostgreSQL, Snowflake)."""
        def day_on(instant: exp.Expression) -> exp.Expression:
            return self._interval_shift(instant, 1, Unit.DAY, is_date=False)

        day_back = self._interval_shift(wall.copy(), -1, Unit.DAY, is_date=False)
        return self._first_reading(wall, self.from_native_wall(wall.copy()), day_back, day_on)

    @abstractmethod
    def add_years(self, value: exp.Expression, years: exp.Expression) -> exp.Expression:
        """A date plus a computed number of years (clamped), for ``years_since``."""

    @abstractmethod
    def truncate(self, value: exp.Expression, period: Period) -> exp.Expression:
        """Start of the calendar period holding ``value``; weeks start on Monday (ISO)."""

    def _date_trunc(self, value: exp.Expression, period: Period) -> exp.Expression:
        """``CAST(DATE_TRUNC('UNIT', value) AS instant)`` (DuckDB, PostgreSQL,
        Snowflake: their WEEK starts on Monday); in a project with a zone, of the
        local wall clock, and the start read back as an instant."""
        # ``value`` may be the compiler's as-of node itself: copied here, once, and
        # the cast takes over the new node and the fresh type without copying again.
        local = self.wall_clock(value.copy()) if self.zoned else value.copy()
        truncated = exp.DateTrunc(  # type: ignore[no-untyped-call]
            this=local, unit=exp.var(period.value.upper()))
        start = exp.cast(truncated, self.instant_type(), copy=False)
        # In a zone: the period's first local midnight, as an instant.
        return self.from_wall_clock(start) if self.zoned else start

    @abstractmethod
    def epoch_seconds(self, value: exp.Expression) -> exp.Expression:
        """Seconds since 1970 as a number (fractions kept)."""

    @abstractmethod
    def wall_seconds(self, instant: exp.Expression) -> exp.Expression:
        """:meth:`epoch_seconds` of an instant's local wall-clock time read as if it
        were UTC (only called in a project with a zone), for :meth:`days_between`."""

    def days_between(self, start: exp.Expression, end: exp.Expression) -> exp.Expression:
        """Same tree everywhere: whole days from the instant ``start`` to ``end``,
        rounded down (SPEC 11: the floor of the local wall-clock difference in days,
        -1.5 days -> -2), as a BIGINT; NULL when either is.  ``days_since(t)`` is
        ``days_between(t, as_of)``; every count of days between two instants goes
        through here.  In UTC the difference of the instants' epoch seconds (the SQL
        of earlier releases); in a zone, of their wall clocks' (``wall_seconds``)."""
        if self.zoned:
            seconds = exp.Sub(this=self.wall_seconds(end), expression=self.wall_seconds(start))
        else:
            seconds = exp.Sub(this=self.epoch_seconds(end), expression=self.epoch_seconds(start))
        days = exp.Floor(this=exp.Div(this=exp.paren(seconds, copy=False),
                                      expression=exp.Literal.number(86400)))
        return exp.cast(days, "BIGINT", copy=False)

    # ------------------------------------------------------------ aggregates
    def edge_from_codes(self, code: exp.Expression, time: exp.Expression, values: str, *,
                        earliest: bool, condition: exp.Expression) -> exp.Expression:
        """``first``/``last`` of a property as one aggregate over the rows where
        ``condition`` holds, from ``code`` (the value's code in the dictionary CTE
        ``values``: ``value``, ``code`` 1..n in value order, 0 for not set); only
        called where the engine states ``packs_edge_codes``."""
        raise NotImplementedError(f"{self.name} does not pack edge codes")

    @abstractmethod
    def edge_value(self, value: exp.Expression, time: exp.Expression, *, earliest: bool,
                   condition: exp.Expression) -> exp.Expression | None:
        """``first``/``last`` of a property as one aggregate over the rows where
        ``condition`` holds, or None when the engine has no such aggregate and the
        compiler must find the edge time first (a ``tie__N`` CTE)."""

    def count_codes(self, code: exp.Expression, condition: exp.Expression) -> exp.Expression:
        """How many distinct codes 1..``code_set_capacity`` the rows where ``condition``
        holds have (code 0, not set, is not counted), as one aggregate; NULL for no
        rows.  Only called where ``code_set_capacity`` > 0."""
        raise NotImplementedError(f"{self.name} has no bit sets of codes")

    def greatest(self, value: exp.Expression, *, boolean: bool) -> exp.Expression:
        """The greatest of a group's values, ``true`` above ``false``: PostgreSQL has
        no ``max(boolean)`` (Snowflake documents none either), but every engine has a
        logical OR aggregate (``BOOL_OR``, ``LOGICAL_OR``, ``BOOLOR_AGG``), which
        sqlglot spells per engine: the same tree everywhere."""
        return exp.LogicalOr(this=value) if boolean else exp.Max(this=value)

    # ----------------------------------------------------------- static lists
    def key_text(self, value: exp.Expression) -> exp.Expression:
        """A key as text, to compare with a static list's keys (the schema does not
        type its key): ``CAST(value AS TEXT)``, the same tree on every engine
        (VARCHAR, TEXT, STRING by sqlglot)."""
        return exp.cast(value, exp.DataType.build("TEXT"), copy=False)

    def static_keys(self, keys: Sequence[str]) -> exp.Select:
        """A static list's keys as a one-column query: ``SELECT CAST(k AS TEXT) FROM
        UNNEST([...]) AS u(k)``, the same tree on every engine; sqlglot spells it
        (``ARRAY[...]`` on PostgreSQL, ``TABLE(FLATTEN(INPUT => [...]))`` on
        Snowflake, whose VALUES and IN lists stop at 16,384 items)."""
        array = exp.Array(expressions=[exp.Literal.string(key) for key in keys])
        unnest = exp.Unnest(expressions=[array], alias=exp.TableAlias(
            this=exp.to_identifier("u", quoted=True),
            columns=[exp.to_identifier("k", quoted=True)]))
        return exp.select(self.key_text(exp.column("k", quoted=True))).from_(unnest, copy=False)

    # --------------------------------------------------------------- strings
    @abstractmethod
    def text_order(self, value: exp.Expression) -> exp.Expression:
        """A string where its order matters (``<``, ``between``, ``min``/``max``):
        strings order by code point (SPEC 4.5)."""

    @abstractmethod
    def text_value(self, value: exp.Expression) -> exp.Expression:
        """A string picked by its order (``min``/``max``/``first``/``last``) as an
        ordinary string again, so ``lower``/``upper`` and comparisons of it act as on
        any other string."""

    @abstractmethod
    def regex_contains(self, value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
        """Whether a part of ``value`` matches ``pattern`` (not the whole string)."""

    def regex_pattern(self, pattern: str) -> str:
        """A pattern of the portable subset (check/regex.py) as the engine must read
        it to mean the same (each engine states ``dot_matches_newline``): RE2's ``.``
        (DuckDB, BigQuery) matches any character but a line break, as segdsl's does,
        so the text stays as written; elsewhere ``.`` becomes ``[^\\n]``."""
        if not self.dot_matches_newline:
            return pattern
        parsed = regex.parse(pattern)
        if isinstance(parsed, regex.Problem):  # pragma: no cover - the checker refused it
            raise ValueError(f"pattern outside the portable subset: {parsed.message}")
        return regex.replace_dots(pattern, parsed, "[^\n]")

    def contains(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """Literal substring test; no LIKE, so % and _ are ordinary characters.  Same
        tree everywhere: sqlglot spells ``STRPOS``/``INSTR``/``POSITION`` per engine."""
        return exp.GT(this=exp.StrPosition(this=value, substr=part),
                      expression=exp.Literal.number(0))

    def starts_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """Same tree everywhere: every engine has ``STARTS_WITH``/``STARTSWITH``."""
        return exp.StartsWith(this=value, expression=part)

    @abstractmethod
    def ends_with(self, value: exp.Expression, part: exp.Expression) -> exp.Expression:
        """Whether ``value`` ends with ``part``."""

    def fold_case(self, value: exp.Expression) -> exp.Expression:
        """``ignoring case``: Unicode simple case folding (segdsl/casefold.py,
        docs/semantics.md "Ignoring case"), the same tree on every engine.  No
        engine's ``LOWER`` folds that way, nor as another engine's does:

        * DuckDB: ``lower('İ')`` is ``i`` (simple folding keeps ``İ``); the long s
          U+017F, the final sigma U+03C2 and Cherokee small letters stay as they are.
        * PostgreSQL: ``lower`` follows the collation: under ``"C"`` it lowers ASCII
          only, under a libc or ICU locale what that library's Unicode version says.
        * BigQuery: ``LOWER('İ')`` is ``i̇`` (two characters: the full mapping).
        * Snowflake: ``LOWER`` follows the column's collation specification.

        ``TRANSLATE`` with the table replaces code point by code point on all four,
        whatever the collation, but DuckDB and PostgreSQL take some 200 us a row for
        the whole table (they walk it per call).  So text is folded by the cheapest
        exact tier it fits: printable ASCII by :meth:`lower_ascii` (every engine's
        ASCII lowering is the folding there), text up to U+00FF and up to U+024F
        (Latin) by a ``TRANSLATE`` of that part of the table, anything else by the
        whole table.  Each tier's test is a regular expression of a code point
        range, which every engine reads alike."""
        def only_up_to(last: str) -> exp.Expression:
            return self.regex_contains(value.copy(), exp.Literal.string(f"^[ -{last}]*$"))

        def translate(table: tuple[str, str]) -> exp.Expression:
            return exp.Translate(this=value.copy(), from_=exp.Literal.string(table[0]),
                                 to=exp.Literal.string(table[1]))

        tiers = [exp.If(this=only_up_to("~"), true=self.lower_ascii(value.copy()))]
        tiers += [exp.If(this=only_up_to(chr(last)), true=translate(folds_up_to(last)))
                  for last in _FOLD_TIERS]
        return exp.Case(ifs=tiers, default=translate((FOLD_FROM, FOLD_TO)))

    @abstractmethod
    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``value``, known to be printable ASCII, with A-Z lowered (and nothing else
        changed): the first tier of :meth:`fold_case`."""

    # ----------------------------------------------------------------- lists
    # A list is an array column without null elements (docs/semantics.md, "Lists").
    # Each test may be NULL for a missing list; the caller makes it a sure boolean.
    @abstractmethod
    def list_contains(self, values: exp.Expression, item: exp.Expression) -> exp.Expression:
        """Whether the list ``values`` has an element equal to ``item``."""

    @abstractmethod
    def list_contains_any(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """Whether ``values`` has at least one of ``items`` (literals, at least one)."""

    @abstractmethod
    def list_contains_all(self, values: exp.Expression, items: list[exp.Expression], *,
                          integer: bool) -> exp.Expression:
        """Whether ``values`` has every one of ``items`` (literals, at least one)."""

    @abstractmethod
    def list_length(self, values: exp.Expression) -> exp.Expression:
        """The number of elements, duplicates included; NULL for a missing list."""

    @abstractmethod
    def list_has_null(self, values: exp.Expression) -> exp.Expression:
        """Whether the list has a NULL element, which lists must not have: ``run``
        asks before it evaluates anything (engines/list_elements.py)."""

    # --------------------------------------------------------------- numbers
    def number_type(self) -> exp.DataType:
        """Same everywhere: the engine's own ``number_type_sql``, parsed."""
        return _parsed_type(self.number_type_sql, self.sqlglot_name)

    def to_number(self, value: exp.Expression) -> exp.Expression:
        """A value (a column of any numeric type, an integer) as the exact number type.
        A DOUBLE becomes the nearest value with 9 decimals (ties away from zero).
        Same everywhere: a cast to the engine's number type."""
        # In place (every caller hands over a node of its own): casting a copy
        # was a large part of compiling a big project.
        return exp.cast(value, self.number_type(), copy=False)

    def number_literal(self, value: Decimal) -> exp.Expression:
        """A literal with a point, exact: cast from its text, since BigQuery reads
        ``0.1`` as FLOAT64 (``0.1 + 0.2 = 0.3`` is false there).  Same everywhere."""
        return exp.cast(exp.Literal.string(format(value, "f")), self.number_type())

    @abstractmethod
    def int_div(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """Whole-number quotient of a non-negative integer by a positive one."""

    @abstractmethod
    def multiply(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """The product of two numbers rounded to 9 places, half away from zero."""

    def _rounded_product(self, left: exp.Expression, right: exp.Expression) -> exp.Expression:
        """``ROUND(left * right, 9)`` as a number: for engines that multiply decimals
        exactly (DuckDB: to 18 places; PostgreSQL), so ROUND is the only rounding."""
        product = exp.Mul(this=left, expression=right)
        return self.to_number(exp.Round(this=product, decimals=exp.Literal.number(NUMBER_SCALE)))

    @abstractmethod
    def divide(self, dividend: exp.Expression, divisor: exp.Expression) -> exp.Expression:
        """``dividend / divisor`` (numbers or integers) rounded to 9 places, half away
        from zero; NULL when the divisor is 0 (SPEC 3.4)."""

    def _scaled_integer(self, value: exp.Expression, scale: int) -> exp.Expression:
        """``value * 10^scale`` as an exact integer (value has at most 9 decimals)."""
        scaled = exp.Mul(this=self.to_number(value), expression=exp.Literal.number(10**scale))
        return exp.cast(exp.paren(scaled, copy=False), self.integer_type(), copy=False)

    @abstractmethod
    def integer_type(self) -> exp.DataType:
        """Wide enough for a number scaled to an integer twice over (10^38)."""

    def _rounded_quotient(self, n: exp.Expression, d: exp.Expression, *,
                          zero_divisor: bool = True) -> exp.Expression:
        """round(n / d) half away from zero, read as a number with 9 decimals (n is
        the dividend scaled by 10^18 and d the divisor by 10^9); NULL for d = 0
        unless ``zero_divisor`` is False (d is a non-zero constant).  For engines
        without an exact decimal quotient (DuckDB; Snowflake's products)."""
        two = exp.Literal.number(2)
        top = exp.Add(this=exp.Mul(this=two, expression=exp.Abs(this=n.copy())),
                      expression=exp.Abs(this=d.copy()))
        bottom = exp.Mul(this=two.copy(), expression=exp.Abs(this=d.copy()))
        magnitude = self.int_div(exp.paren(top, copy=False), exp.paren(bottom, copy=False))
        negative = exp.NEQ(
            this=exp.paren(exp.LT(this=n, expression=exp.Literal.number(0)), copy=False),
            expression=exp.paren(exp.LT(this=d.copy(), expression=exp.Literal.number(0)),
                                 copy=False))
        # Every node below is built here, so sqlglot's builders need not copy them.
        sign = exp.Case().when(negative, exp.Literal.number(-1), copy=False).else_(
            exp.Literal.number(1), copy=False)
        signed = exp.Mul(this=magnitude, expression=sign)
        whole = exp.cast(signed, _parsed_type("DECIMAL(38, 0)", self.sqlglot_name), copy=False)
        unit = exp.cast(exp.Literal.string("0.000000001"), self.number_type(), copy=False)
        value = self.to_number(exp.Mul(this=whole, expression=unit))
        if not zero_divisor:
            return value
        zero = exp.EQ(this=d, expression=exp.Literal.number(0))
        return exp.Case().when(zero, exp.null(), copy=False).else_(value, copy=False)


def _operand(value: exp.Expression) -> exp.Expression:
    """``value`` parenthesized when it is an operation: ``AT TIME ZONE`` binds
    tighter than ``+``/``-``, and sqlglot does not add the parentheses itself."""
    return exp.paren(value, copy=False) if isinstance(value, exp.Binary) else value


def _quoted(name: str) -> exp.Identifier:
    """A name quoted exactly as written (DuckDB, PostgreSQL, BigQuery)."""
    return exp.to_identifier(name, quoted=True)


def filtered(aggregate: exp.Expression, condition: exp.Expression) -> exp.Expression:
    """``AGG(...) FILTER (WHERE condition)``, or just the aggregate when the condition
    always holds.  sqlglot writes it as BigQuery's ``COUNTIF``/``AGG(IF(...))`` and
    Snowflake's ``COUNT_IF``/``AGG(IFF(...))``; a row whose condition is NULL counts
    as not matching everywhere."""
    if isinstance(condition, exp.Boolean) and condition.this is True:
        return aggregate
    return exp.Filter(this=aggregate, expression=exp.Where(this=condition))


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
        return _quoted(name)

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
        zoned = exp.AtTimeZone(this=_operand(wall), zone=self._zone())
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
        return _parsed_type("INT128", "duckdb")

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
                          _parsed_type("HUGEINT", "duckdb"))
        order: exp.Expression = exp.Neg(this=micros) if earliest else micros
        packed = exp.Add(this=exp.Mul(this=exp.paren(order, copy=False),
                                      expression=exp.Literal.number(_CODE_SPAN)),
                         expression=code)
        best = filtered(exp.Max(this=packed), condition)
        low_bits = exp.BitwiseAnd(this=exp.paren(best, copy=False),
                                  expression=exp.Literal.number(_CODE_SPAN - 1))
        code_of = exp.cast(low_bits, _parsed_type("BIGINT", "duckdb"))
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
        wide = _parsed_type("HUGEINT", "duckdb")
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
        return _quoted(name)

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
        zoned = exp.AtTimeZone(this=_operand(instant), zone=self._utc())
        return exp.AtTimeZone(this=zoned, zone=self._zone())

    def from_native_wall(self, wall: exp.Expression) -> exp.Expression:
        """``(wall AT TIME ZONE zone) AT TIME ZONE 'UTC'``: the engine reads a
        skipped time with the earlier offset (forward) but a repeated one as its
        later occurrence."""
        zoned = exp.AtTimeZone(this=_operand(wall), zone=self._zone())
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
        collation, under which ``upper('ä')`` is ``'ä'``."""
        return exp.Collate(this=value, expression=exp.to_identifier("default", quoted=True))

    def lower_ascii(self, value: exp.Expression) -> exp.Expression:
        """``lower(x COLLATE "C") COLLATE "default"``: under "C" PostgreSQL lowers A-Z
        only, whatever the database's or column's collation (a Turkish one would
        lower ``I`` to the dotless i, U+0131).  The result is an ordinary string
        again (as :meth:`text_value`'s): the other branches of the folding's CASE
        keep the value's collation, and two explicit ones would clash."""
        lowered = exp.Lower(this=exp.Collate(this=value,
                                             expression=exp.to_identifier("C", quoted=True)))
        return exp.Collate(this=lowered, expression=exp.to_identifier("default", quoted=True))

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
        wide = exp.cast(dividend, _parsed_type("NUMERIC(78, 40)", "postgres"))
        nonzero = exp.Nullif(this=self.to_number(divisor), expression=exp.Literal.number(0))
        quotient = exp.Div(this=wide, expression=nonzero)
        return self.to_number(exp.Round(this=quotient, decimals=exp.Literal.number(NUMBER_SCALE)))

    def integer_type(self) -> exp.DataType:
        """Not used by PostgreSQL's exact ``divide``; ``numeric`` holds 10^38."""
        return _parsed_type("NUMERIC(78, 0)", "postgres")


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
        return _quoted(name)

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
        count = exp.Literal.number(abs(_interval_amount(amount, unit)))
        interval = exp.Interval(this=count, unit=exp.var(_INTERVAL_UNITS[unit]))
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
        return _parsed_type("BIGNUMERIC", "bigquery")


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
        if _LOWER_NAME.fullmatch(name):
            return exp.to_identifier(name.upper(), quoted=True)
        return exp.to_identifier(name, quoted=True)

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
        return _parsed_type("NUMBER(38, 0)", "snowflake")


_TYPES: dict[tuple[str, str], exp.DataType] = {}


def _parsed_type(text: str, dialect: str) -> exp.DataType:
    """A fresh copy of the type ``text`` of ``dialect``, parsed once: parsing the
    type name anew for every cast was a large part of compiling a big project."""
    found = _TYPES.get((text, dialect))
    if found is None:
        found = _TYPES[(text, dialect)] = exp.DataType.build(text, dialect=dialect)
    return found.copy()


def _registry(dialects: tuple[type[Dialect], ...]) -> dict[str, type[Dialect]]:
    """Name -> Dialect class in the order of the registry (segdsl/project/model.py),
    which must name exactly the dialects implemented here.  The classes are the
    factories: ``DIALECTS[name](context)`` is one compilation's dialect."""
    by_name = {d.name: d for d in dialects}
    if set(by_name) != set(DIALECT_NAMES) or len(by_name) != len(dialects):
        raise RuntimeError(f"dialects implemented ({', '.join(by_name)}) differ from the "
                           f"registry in segdsl/project/model.py ({', '.join(DIALECT_NAMES)})")
    return {name: by_name[name] for name in DIALECT_NAMES}


DIALECTS: dict[str, type[Dialect]] = _registry((DuckDB, Postgres, BigQuery, Snowflake))
