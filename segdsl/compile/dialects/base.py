"""What every engine must state (the :class:`Dialect` ABC) and the little that is
the same everywhere: shared helpers of the per-engine modules.

Longer than 400 lines on purpose: the ABC is the one list of every engine
difference, each method's contract next to the others (the engines' answers are
in duckdb.py, postgres.py, bigquery.py, snowflake.py, spark.py, clickhouse.py, redshift.py
and trino.py).
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
from segdsl.syntax.ast import Period, Unit
from segdsl.timecontext import DEFAULT, TimeContext, Zoning

INTERVAL_UNITS = {
    Unit.MINUTE: "MINUTE", Unit.HOUR: "HOUR", Unit.DAY: "DAY", Unit.WEEK: "DAY",
    Unit.MONTH: "MONTH", Unit.YEAR: "YEAR",
}


# A name Snowflake would store upper case when written without quotes.
LOWER_NAME = re.compile(r"[a-z_][a-z0-9_$]*")


# The last code points of fold_case's TRANSLATE tiers: Latin-1 (57 foldings) and
# Latin up to Latin Extended-B (227), before the whole table (1454).
FOLD_TIERS = (0xFF, 0x24F)


def interval_amount(amount: int, unit: Unit) -> int:
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

    @classmethod
    def read_back(cls, sql: str) -> exp.Expression:
        """Compiled SQL of this dialect parsed again into the tree it was rendered
        from, for the commands that wrap it in a query of their own (``run``'s
        ordering, ``diff``'s filter).  Same everywhere but where sqlglot's parser
        loses part of what the compiler wrote (MySQL's executable comments)."""
        import sqlglot

        tree = sqlglot.parse_one(sql, read=cls.sqlglot_name)
        if not isinstance(tree, exp.Expression):  # pragma: no cover - sqlglot's typing
            raise TypeError(f"not an expression: {type(tree).__name__}")
        return tree

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

    @abstractmethod
    def read_text(self, column: exp.Expression) -> exp.Expression:
        """A string (or key) column of a table the schema names, as the compiler
        compares strings: by code point (SPEC 4.5), whatever the column's collation.
        Every string the query reads from a table goes through here (keys, string
        attributes and properties, ``where`` columns)."""

    @classmethod
    def rewrite(cls, query: exp.Expression) -> exp.Expression:
        """The finished query as the engine must receive it, just before sqlglot
        writes it (in place): the tree as built on every engine but MySQL (the
        compiler's constructs sqlglot spells for each of them itself).  A class
        method, so that a dialect class renders as its objects do."""
        return query

    @classmethod
    def rewrites(cls) -> bool:
        """Same everywhere: whether the engine's :meth:`rewrite` changes anything
        (so the renderer copies a tree it does not own only then)."""
        return cls.rewrite.__func__ is not Dialect.rewrite.__func__  # type: ignore[attr-defined]

    def column(self, name: str, table_alias: str) -> exp.Column:
        """A column of a table the schema names (not of a CTE of the query), read
        through the quoted alias the query gives that table; the column's name
        spelled by :meth:`schema_identifier` (so the same code on every engine)."""
        return exp.Column(this=self.schema_identifier(name),
                          table=exp.to_identifier(table_alias, quoted=True))

    # ------------------------------------------------------------ literals
    def instant_type(self) -> exp.DataType:
        """Same everywhere: the engine's own ``instant`` type name, parsed."""
        return parsed_type(self.instant, self.sqlglot_name)

    def date_type(self) -> exp.DataType:
        """Same everywhere: every engine has ``DATE``."""
        return parsed_type("DATE", self.sqlglot_name)

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
        interval = exp.Interval(this=exp.Literal.string(str(abs(interval_amount(amount, unit)))),
                                unit=exp.var(INTERVAL_UNITS[unit]))
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

    def caseless_literal(self, value: exp.Expression, folded: Sequence[str], *,
                         start: bool, end: bool) -> exp.Expression | None:
        """``value ignoring case`` against text literals (``folded``, each already
        folded by the compiler): whether the value's folding is one of them (``start``
        and ``end``), starts with one, ends with one, or contains one (neither), in
        one test of the engine's own; or None, and the value is folded with
        :meth:`fold_case` and compared.  None here: only MySQL/MariaDB has a test that
        is exact and cheaper than its folding (a caseless regular expression)."""
        return None

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
                  for last in FOLD_TIERS]
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
        return parsed_type(self.number_type_sql, self.sqlglot_name)

    def to_number(self, value: exp.Expression) -> exp.Expression:
        """A value (a column of any numeric type, an integer) as the exact number type.
        A DOUBLE becomes the nearest value with 9 decimals (ties away from zero).
        Same everywhere: a cast to the engine's number type."""
        # In place (every caller hands over a node of its own): casting a copy
        # was a large part of compiling a big project.
        return exp.cast(value, self.number_type(), copy=False)

    def read_number(self, column: exp.Expression) -> exp.Expression:
        """A stored ``number`` column (any numeric type of the engine) as the exact
        number type: a double as the 9-place decimal nearest to it (docs/semantics.md,
        "Exact numbers").  Same everywhere but ClickHouse: :meth:`to_number`."""
        return self.to_number(column)

    def number_literal(self, value: Decimal) -> exp.Expression:
        """A literal with a point, exact: cast from its text, since BigQuery reads
        ``0.1`` as FLOAT64 (``0.1 + 0.2 = 0.3`` is false there).  Same everywhere."""
        return exp.cast(exp.Literal.string(format(value, "f")), self.number_type())

    def add(self, left: exp.Expression, right: exp.Expression, *,
            subtract: bool = False) -> exp.Expression:
        """``left + right`` (``left - right`` when ``subtract``) where the result is a
        number (either side a number, the other a number or an integer): exact, as
        docs/semantics.md promises.  Same everywhere but Spark, whose decimal sum
        type reserves a digit for the carry and so cuts the 9th place (its
        override): the plain operator, a decimal sum with the operands' scale."""
        return (exp.Sub if subtract else exp.Add)(this=left, expression=right)

    def multiply_integer(self, number: exp.Expression, integer: exp.Expression
                         ) -> exp.Expression:
        """``number * integer``: exact (a multiple of 10^-9), so no rounding.  Same
        everywhere but Spark (its override: Spark types the decimal product with
        fewer places): the plain operator."""
        return exp.Mul(this=number, expression=integer)

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
        value = self._scaled_down(exp.Mul(this=magnitude, expression=sign))
        if not zero_divisor:
            return value
        zero = exp.EQ(this=d, expression=exp.Literal.number(0))
        return exp.Case().when(zero, exp.null(), copy=False).else_(value, copy=False)

    def _scaled_down(self, whole: exp.Expression) -> exp.Expression:
        """An integer count of 10^-9 as a number: ``DECIMAL(38, 0)`` times the
        number type's 0.000000001 (Spark narrows both, see its override)."""
        integer = exp.cast(whole, parsed_type("DECIMAL(38, 0)", self.sqlglot_name), copy=False)
        unit = exp.cast(exp.Literal.string("0.000000001"), self.number_type(), copy=False)
        return self.to_number(exp.Mul(this=integer, expression=unit))


    def boolean(self, value: exp.Expression) -> exp.Expression:
        """A segment's or boolean metric's value as the engine's boolean type, which
        a client reads as ``True``/``False``.  Same everywhere but ClickHouse: a
        condition is a ``BOOLEAN`` already."""
        return value

    # ------------------------------------------------------------- the query
    @classmethod
    def finish(cls, query: exp.Expression) -> exp.Expression:
        """The whole query as the engine must receive it, just before it is
        written (render.py): nothing to change on most engines.  ClickHouse's
        overrides it to write its settings into the query (clickhouse.py).  A class
        method: it needs no compilation's context (render takes a class too)."""
        return query


def sql_operand(value: exp.Expression) -> exp.Expression:
    """``value`` parenthesized when it is an operation: ``AT TIME ZONE`` binds
    tighter than ``+``/``-``, and sqlglot does not add the parentheses itself."""
    return exp.paren(value, copy=False) if isinstance(value, exp.Binary) else value


def quoted_name(name: str) -> exp.Identifier:
    """A name quoted exactly as written (DuckDB, PostgreSQL, BigQuery)."""
    return exp.to_identifier(name, quoted=True)


def filtered(aggregate: exp.Expression, condition: exp.Expression) -> exp.Expression:
    """``AGG(...) FILTER (WHERE condition)``, or just the aggregate when the condition
    always holds.  sqlglot writes it as BigQuery's ``COUNTIF``/``AGG(IF(...))`` and
    Snowflake's ``COUNT_IF``/``AGG(IFF(...))``, and redshift.py's ``RedshiftSql`` as
    ``AGG(CASE WHEN ...)``; a row whose condition is NULL counts as not matching
    everywhere."""
    if isinstance(condition, exp.Boolean) and condition.this is True:
        return aggregate
    return exp.Filter(this=aggregate, expression=exp.Where(this=condition))


_TYPES: dict[tuple[str, str], exp.DataType] = {}


def parsed_type(text: str, dialect: str) -> exp.DataType:
    """A fresh copy of the type ``text`` of ``dialect``, parsed once: parsing the
    type name anew for every cast was a large part of compiling a big project."""
    found = _TYPES.get((text, dialect))
    if found is None:
        found = _TYPES[(text, dialect)] = exp.DataType.build(text, dialect=dialect)
    return found.copy()
