"""Typed models of a project (``segdsl.yml``) and its customer schema (``schema.yml``).

These are plain immutable values: loading and validation live in
:mod:`segdsl.project.schema_loader` and :mod:`segdsl.project.config`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from segdsl.diagnostics import Span

Scalar = str | int | float | bool


class ValueType(enum.StrEnum):
    """The column types a schema may declare (SPEC section 2)."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"
    TIMESTAMP = "timestamp"
    # An array column (SPEC 11, "Lists"): elements are never null; enum-valued
    # lists do not exist (docs/types.md, "Lists").
    LIST_STRING = "list<string>"
    LIST_INTEGER = "list<integer>"

    @property
    def is_numeric(self) -> bool:
        return self in (ValueType.INTEGER, ValueType.NUMBER)

    @property
    def is_time(self) -> bool:
        return self in (ValueType.DATE, ValueType.TIMESTAMP)

    @property
    def is_list(self) -> bool:
        return self in (ValueType.LIST_STRING, ValueType.LIST_INTEGER)

    @property
    def element(self) -> ValueType:
        """The type of a list's elements (a scalar type is its own element)."""
        return {ValueType.LIST_STRING: ValueType.STRING,
                ValueType.LIST_INTEGER: ValueType.INTEGER}.get(self, self)


@dataclass(frozen=True, slots=True)
class Field:
    """An attribute of the entity or a relation, or a property of an event."""

    name: str
    type: ValueType
    column: str
    # Allowed values of an enum field, already converted to the field's type.
    values: tuple[Scalar, ...] | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A many-to-one table reached through a column of the entity table."""

    name: str
    table: str
    key: str  # key column of the related table
    via: str  # column of the entity table holding the related key
    attributes: dict[str, Field]
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Members:
    """A one-to-many relation (SPEC 11, several entities): the rows of another
    entity whose ``via`` column holds this entity's key, aggregated over as a
    whole (``count(members with ...)``, ``sum(members.seats)``)."""

    name: str
    entity: str  # the member entity's name (a key of Schema.entities)
    via: str  # column of the member entity's table holding this entity's key
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class EventType:
    """A kind of event: rows of ``table`` (optionally only those matching ``where``)."""

    name: str
    table: str
    key: str  # column holding the entity key
    time: str  # event time column (an instant, read as UTC)
    properties: dict[str, Field]
    where: tuple[tuple[str, Scalar], ...] = ()
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Schema:
    entity: str
    table: str
    key: str
    attributes: dict[str, Field]
    relations: dict[str, Relation] = field(default_factory=dict)
    events: dict[str, EventType] = field(default_factory=dict)
    file: str = "schema.yml"
    # Names declared in the file but left out because their declaration has an error
    # ("age", "account", "account.industry", "purchase.amount").  Only a schema loaded
    # with ``partial=True`` has any; the checker stays silent about uses of them,
    # since the schema's own diagnostic already says what is wrong.
    broken: frozenset[str] = frozenset()
    # One-to-many relations to other entities (only with ``entities:``).
    members: dict[str, Members] = field(default_factory=dict)
    # With ``entities:`` (SPEC 11): every entity's schema by name, this one (the
    # default entity) included; all of them share this one dict.  Empty for the
    # single-entity form.  Left out of ``==`` and ``repr`` since it holds itself.
    # (``back_reference``: walks over a schema's fields, syntax/keys.py, skip it.)
    entities: dict[str, Schema] = field(default_factory=dict, compare=False, repr=False,
                                        metadata={"back_reference": True})
    # Where the entity is declared (its name under ``entities:``), for messages.
    span: Span | None = field(default=None, compare=False)

    def entity_names(self) -> tuple[str, ...]:
        """The entities of the project, the default first."""
        if not self.entities:
            return (self.entity,)
        return (self.entity, *[name for name in self.entities if name != self.entity])

    def for_entity(self, name: str) -> Schema | None:
        """The schema of entity ``name`` (None when there is none)."""
        if not self.entities:
            return self if name == self.entity else None
        return self.entities.get(name)

    @property
    def several(self) -> bool:
        """Whether the schema declares ``entities:`` with more than one entity."""
        return len(self.entities) > 1


# The one registry of target dialects: segdsl.yml's `dialect`, `compile --dialect`
# and the compiler's name -> Dialect mapping (segdsl/compile/dialects/__init__.py, built from
# and checked against this tuple) all read it.  It lives here, not in compile/, so
# `check` can validate a config without importing sqlglot.  (The engines that can
# run fixtures, segdsl/cli/testing.py's ENGINES, are a different list.)
DIALECTS: tuple[str, ...] = ("duckdb", "postgres", "bigquery", "snowflake", "mysql",
                             "spark", "clickhouse", "redshift", "trino")
# Other names accepted wherever a dialect is named (segdsl.yml, ``compile
# --dialect``): Databricks runs Spark's SQL engine, so its SQL is Spark's.
DIALECT_ALIASES: dict[str, str] = {"databricks": "spark"}


def dialect_named(written: str) -> str | None:
    """The dialect ``written`` names (a registered name or an alias), else None."""
    if written in DIALECTS:
        return written
    return DIALECT_ALIASES.get(written)


@dataclass(frozen=True, slots=True)
class StaticListSource:
    """Where a static list's keys come from (``lists:`` in segdsl.yml, SPEC 11):
    a CSV file of one column named as the schema's key (``path``), or a column of a
    table in the user's database (``table`` and ``column``)."""

    name: str
    span: Span  # the name in segdsl.yml
    file: str | None = None  # the path as written, relative to the project root
    path: Path | None = None
    table: str | None = None
    column: str | None = None

    @property
    def described(self) -> str:
        """How messages and ``explain`` name the source: ``file lists/fair.csv``."""
        if self.file is not None:
            return f"file {self.file}"
        return f"table {self.table}, column {self.column}"


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    """The settings of ``segdsl.yml`` with defaults filled in and paths resolved."""

    root: Path
    name: str
    schema_path: Path
    segments: tuple[str, ...] = ("segments",)
    tests: tuple[str, ...] = ("tests",)
    dialect: str = "duckdb"
    # A DuckDB path (resolved against root) or a server URL (postgresql://,
    # mysql://, ...: segdsl/dburl.py), as written.
    database: str | None = None
    # The IANA zone of calendar notions (SPEC 11, segdsl/timecontext.py).
    timezone: str = "UTC"
    file: str = "segdsl.yml"
    # Where ``database`` is written ("segdsl.yml:7:11"), for messages about it.
    database_at: str | None = None
    # `lists:`: the static lists, by name (SPEC 11; project/static_lists.py reads them).
    lists: tuple[StaticListSource, ...] = ()
