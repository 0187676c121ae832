"""Database engines: where compiled SQL runs (fixture tests, ``segdsl run``).

This module holds what every engine shares and imports no database driver, so that
the fixture loader (and ``segdsl check``) can use :func:`schema_tables` without
pulling in DuckDB.  The engines themselves live in submodules
(:mod:`segdsl.engines.duckdb_engine`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self

from segdsl.project.model import Scalar, Schema, ValueType
from segdsl.timecontext import DEFAULT, TimeContext, Zoning

if TYPE_CHECKING:
    from sqlglot import exp

# A row to insert: column name -> Python value (None for NULL).  Timestamps are
# aware UTC datetimes or naive datetimes holding UTC.
Row = Mapping[str, object]
# Physical table name as written in the schema ("shop.orders") -> its rows.
RowsByTable = Mapping[str, Sequence[Row]]
# Physical table name -> column name -> column type, in a stable order.
TableLayout = dict[str, dict[str, ValueType]]


class EngineError(Exception):
    """A problem with the database: it cannot be opened, or a statement failed.

    The message is one line meant for the user (the CLI prints it and exits with
    status 2 for an unreachable database); the driver's multi-line text, with its
    SQL excerpt and carets, is cut down to its first line.
    """

    def __init__(self, message: str) -> None:
        first = message.strip().splitlines()[0] if message.strip() else "database error"
        super().__init__(first)

    @property
    def message(self) -> str:
        return str(self.args[0])


class ConnectionLost(EngineError):
    """The connection to the database server broke while in use (the server went
    away, or an administrator ended the session).

    A subclass so that callers running many statements (``segdsl test``) can stop
    at once with exit status 2 instead of reporting every later case as failed.
    """


class Engine(Protocol):
    """What the fixture runner and ``segdsl run`` need from a database."""

    def load_tables(self, schema: Schema, rows_by_table: RowsByTable) -> None:
        """Create every table the schema names and insert the given rows."""

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run one query: its column names and all its rows."""

    def close(self) -> None:
        """Release the connection (idempotent)."""


class Queries(Protocol):
    """Anything that runs one query and returns its column names and rows."""

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]: ...


class ServerEngine(Protocol):
    """What the reading commands (``run``, ``explain``, ``report``, ``diff``) and
    ``schema infer`` need from a database server opened read-only."""

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]: ...

    def stream(self, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
        """The column names and an iterator over the rows, never all held at once."""

    def table_columns(self, table: str) -> dict[str, str] | None:
        """One table's columns in order with the engine's type names; None if missing."""

    def check_tables(self, schema: Schema) -> Mapping[str, Mapping[str, str] | None]:
        """Raise a LayoutError unless the schema's tables and columns fit; what was found."""

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None: ...


@dataclass(frozen=True, slots=True)
class ReadingEngine:
    """How :func:`segdsl.engines.reader.open_reader` (and ``schema infer``'s
    catalog) opens one kind of server named in segdsl/dburl.py's ``BACKENDS``:
    each engine module holds one as ``READING``.

    ``collated_keys``: the key column types that sort by the database's collation
    rather than by code point, so the rows are ordered by ``code_point_order`` of
    the key (PostgreSQL's text with ``COLLATE "C"``, the default when None;
    MySQL's text as its bytes; BigQuery, Snowflake and ClickHouse compare text by
    code point already).  ``booleans_as_integers``: results hold conditions as 0/1
    (MySQL), so the reader decodes rows by the definitions' kinds
    (segdsl/engines/results.py).
    """

    label: str
    dialect: str
    connect: Callable[[str], ServerEngine]  # opens the URL read-only
    table_expression: Callable[[str], exp.Table]
    fits: Mapping[ValueType, frozenset[str]]
    key_fits: frozenset[str]
    zoning: Mapping[str, Zoning]
    collated_keys: frozenset[str] = frozenset()
    code_point_order: Callable[[exp.Expression], exp.Expression] | None = None
    booleans_as_integers: bool = False


class ClosesOnExit:
    """``with engine:`` closes the engine at the end of the block."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def where_value_type(value: Scalar) -> ValueType:
    """The column type implied by a ``where`` value (``event_name: email_open``)."""
    # bool before int: True is an int in Python.
    if isinstance(value, bool):
        return ValueType.BOOLEAN
    if isinstance(value, int):
        return ValueType.INTEGER
    if isinstance(value, float):
        return ValueType.NUMBER
    return ValueType.STRING


class Role(enum.IntEnum):
    """How the schema uses a column.  The order is the precedence of a column's one
    type in :func:`schema_tables` (the lowest wins)."""

    KEY = 0  # the entity key or an event key: text in fixture tables, any key type in run
    TIME = 1  # an event's time: always an instant
    DECLARED = 2  # an attribute, a property or a ``where`` value: its declared type
    LINK = 3  # a relation's ``via`` or ``key``: a key, text unless declared otherwise


@dataclass(frozen=True, slots=True)
class ColumnUse:
    """One use of a physical column by the schema, and the type that use needs."""

    table: str
    column: str
    wanted: ValueType
    role: Role
    # How the schema uses it, for messages: "integer", "the time of event 'purchase',
    # a timestamp".
    what: str


def column_uses(schema: Schema) -> list[ColumnUse]:
    """Every use of a column by the schema, in the schema's order (the key first).

    The one walk over the schema that says which columns it reads and how:
    :func:`schema_tables` (fixture tables), ``run``'s column check and the key
    columns (segdsl/engines/columns.py) are all read off it.
    """
    uses: list[ColumnUse] = []

    def add(table: str, column: str, wanted: ValueType, role: Role,
            what: str | None = None) -> None:
        uses.append(ColumnUse(table, column, wanted, role, what or str(wanted)))

    # With `entities:` (SPEC 11) every entity's tables, the default's first.
    for name in schema.entity_names():
        entity = schema.for_entity(name)
        if entity is not None:
            _entity_uses(schema, entity, add)
    return uses


def _entity_uses(schema: Schema, entity: Schema,
                 add: Callable[..., None]) -> None:
    """The columns one entity reads (see :func:`column_uses`)."""
    add(entity.table, entity.key, ValueType.STRING, Role.KEY)
    for field in entity.attributes.values():
        add(entity.table, field.column, field.type, Role.DECLARED)
    for relation in entity.relations.values():
        add(entity.table, relation.via, ValueType.STRING, Role.LINK)
        add(relation.table, relation.key, ValueType.STRING, Role.LINK)
        for field in relation.attributes.values():
            add(relation.table, field.column, field.type, Role.DECLARED)
    for event in entity.events.values():
        add(event.table, event.key, ValueType.STRING, Role.KEY)
        # A DATE column is not an event time: SPEC 2 makes the time an instant,
        # and a day would have to become one (which hour?) the same way on every
        # engine; a view that casts it says so explicitly.
        add(event.table, event.time, ValueType.TIMESTAMP, Role.TIME,
            f"the time of event '{event.name}', a timestamp")
        for column, value in event.where:
            add(event.table, column, where_value_type(value), Role.DECLARED)
        for field in event.properties.values():
            add(event.table, field.column, field.type, Role.DECLARED)
    for members in entity.members.values():
        member = schema.for_entity(members.entity)
        if member is not None:  # the member table's column holding this entity's key
            add(member.table, members.via, ValueType.STRING, Role.LINK)


def schema_tables(schema: Schema) -> TableLayout:
    """Every table the schema names, with the union of the columns it uses.

    Several events may share one table (told apart by ``where`` columns) and a
    table could in principle serve as entity, relation and event table at once, so
    columns are collected per physical table, in the schema's order (the key first).

    Types (the :class:`Role` order): the entity key and event key columns are always
    strings, since fixtures and exports treat keys as text and the two must join,
    and event time columns are always timestamps (a property declared on the time
    column does not make it a DATE: an event time is an instant, and ``segdsl run``
    refuses a DATE time column, segdsl/engines/columns.py).  Otherwise a type
    declared by an attribute, property or ``where`` value wins (the first one, if
    several disagree), and undeclared ``via``/relation key columns are strings.
    """
    tables: TableLayout = {}
    rank: dict[tuple[str, str], Role] = {}
    for use in column_uses(schema):
        columns = tables.setdefault(use.table, {})
        if use.column not in columns or use.role < rank[use.table, use.column]:
            columns[use.column] = use.wanted
            rank[use.table, use.column] = use.role
    return tables


def fixture_time_context(schema: Schema, zoning: Zoning) -> TimeContext:
    """The time context of the fixture tables an engine makes from ``schema`` (see
    :func:`schema_tables`) when it stores every timestamp column as ``zoning``:
    what ``run``'s column check would find in them (segdsl/timecontext.py)."""
    return DEFAULT.with_columns({
        (table, column): zoning
        for table, columns in schema_tables(schema).items()
        for column, kind in columns.items() if kind is ValueType.TIMESTAMP})
