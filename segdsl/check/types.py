"""The types the checker gives expressions.

Schema types (:class:`~segdsl.project.model.ValueType`) plus the two that only
exist in the language (durations and lists) and ``ERROR``, the type of an
expression that already produced a diagnostic: anything is accepted where an
``ERROR`` meets it, so one mistake is reported once, not at every use.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from segdsl.project.model import Scalar, ValueType


class Kind(enum.StrEnum):
    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"
    TIMESTAMP = "timestamp"
    DURATION = "duration"
    # Array columns (SPEC 11, "Lists"): tested with `contains`, counted with `length`.
    LIST_STRING = "list<string>"
    LIST_INTEGER = "list<integer>"
    ERROR = "error"

    @property
    def is_numeric(self) -> bool:
        return self in (Kind.INTEGER, Kind.NUMBER)

    @property
    def is_time(self) -> bool:
        return self in (Kind.DATE, Kind.TIMESTAMP)

    @property
    def is_list(self) -> bool:
        return self in (Kind.LIST_STRING, Kind.LIST_INTEGER)

    @property
    def element(self) -> Kind:
        """The kind of a list's elements (a scalar kind is its own element)."""
        return {Kind.LIST_STRING: Kind.STRING, Kind.LIST_INTEGER: Kind.INTEGER}.get(self, self)

    @property
    def words(self) -> str:
        """How a message names the kind: 'a string', 'an integer'."""
        article = "an" if self.value[0] in "aeiou" else "a"
        return f"{article} {self.value}"


@dataclass(frozen=True, slots=True)
class Type:
    kind: Kind
    # Allowed values (an enum field, or the labels of a segmentation).
    values: tuple[Scalar, ...] | None = None
    # Where the allowed values come from, for messages: "plan", "segmentation persona".
    origin: str | None = None

    @property
    def is_error(self) -> bool:
        return self.kind is Kind.ERROR

    @property
    def is_numeric(self) -> bool:
        return self.kind.is_numeric

    @property
    def is_time(self) -> bool:
        return self.kind.is_time

    @property
    def is_boolean(self) -> bool:
        return self.kind is Kind.BOOLEAN

    @property
    def is_list(self) -> bool:
        return self.kind.is_list


ERROR = Type(Kind.ERROR)
STRING = Type(Kind.STRING)
INTEGER = Type(Kind.INTEGER)
NUMBER = Type(Kind.NUMBER)
BOOLEAN = Type(Kind.BOOLEAN)
DATE = Type(Kind.DATE)
TIMESTAMP = Type(Kind.TIMESTAMP)
DURATION = Type(Kind.DURATION)


def of_value_type(value_type: ValueType, values: tuple[Scalar, ...] | None = None,
                  origin: str | None = None) -> Type:
    return Type(Kind(value_type.value), values, origin if values else None)


def comparable(left: Type, right: Type) -> bool:
    """May ``left = right`` be written?  Numbers mix, dates mix with timestamps."""
    if left.is_error or right.is_error:
        return True
    if left.is_numeric and right.is_numeric:
        return True
    if left.is_time and right.is_time:
        return True
    # Lists are tested with `contains` and `length`, never compared whole
    # (docs/semantics.md, "Lists").
    return left.kind is right.kind and left.kind is not Kind.DURATION and not left.is_list


def ordered(kind: Kind) -> bool:
    """Kinds with a meaningful order for < <= > >= (booleans have none)."""
    return kind in (Kind.STRING, Kind.INTEGER, Kind.NUMBER, Kind.DATE, Kind.TIMESTAMP, Kind.ERROR)


def common(left: Type, right: Type) -> Type:
    """The type of a value that is either ``left`` or ``right`` (coalesce)."""
    if left.is_error:
        return right
    if right.is_error:
        return left
    if left.is_numeric and right.is_numeric:
        return INTEGER if left.kind is right.kind is Kind.INTEGER else NUMBER
    if left.is_time and right.is_time:
        return left if left.kind is right.kind else TIMESTAMP
    return Type(left.kind)
