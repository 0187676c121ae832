"""The layout ``segdsl materialize`` writes (docs/materialize.md) and the checks
of a history table against it.  Plain data, no SQL and no database.

Names: the default entity's membership table is ``segdsl_membership`` and its
history ``segdsl_membership_history``; another entity E (schema ``entities:``)
gets ``segdsl_membership_E`` and ``segdsl_membership_E_history``.  ``segdsl
changes`` reads exactly these names, so they are part of the interface.

A history table is ``segdsl_as_of`` (the snapshot's instant, a zoned timestamp)
followed by the membership table's columns with the same names and types; a
definition added later is a column added to it (earlier snapshots hold NULL), a
definition removed keeps its column (later snapshots hold NULL).  A column whose
type no longer fits is an error: nothing is written, nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MEMBERSHIP = "segdsl_membership"
HISTORY_SUFFIX = "_history"
AS_OF_COLUMN = "segdsl_as_of"


class MaterializeError(Exception):
    """A reason not to write (the layout found does not fit); one line each."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(problems[0] if problems else "cannot materialize")
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class Column:
    """A column and its type as the engine spells it (``DECIMAL(38,9)``,
    ``numeric(38,9)``, ``boolean``)."""

    name: str
    type: str


@dataclass(frozen=True, slots=True)
class TableNames:
    """The two tables of one entity, unqualified."""

    membership: str
    history: str


def table_names(entity: str, default_entity: str) -> TableNames:
    """``segdsl_membership[_E]`` and its ``_history``."""
    membership = MEMBERSHIP if entity == default_entity else f"{MEMBERSHIP}_{entity}"
    return TableNames(membership, membership + HISTORY_SUFFIX)


def fits(stored: str, wanted: str) -> bool:
    """Whether a column of type ``stored`` takes the values of type ``wanted``
    unchanged: the same type, or the same type without modifiers (``numeric``
    takes ``numeric(38,9)``).  Anything else is refused rather than cast."""
    stored_norm, wanted_norm = _normal(stored), _normal(wanted)
    if stored_norm == wanted_norm:
        return True
    return "(" not in stored_norm and wanted_norm.split("(", 1)[0] == stored_norm


def _normal(type_name: str) -> str:
    return "".join(type_name.lower().split())


def history_additions(membership: Sequence[Column], history: Sequence[Column], key: str,
                      as_of_types: frozenset[str], table: str) -> list[Column]:
    """The columns to add to the history table ``table`` (found with ``history``'s
    columns) so it takes a snapshot of ``membership``; raises
    :class:`MaterializeError` listing every column that does not fit."""
    found = {column.name: column.type for column in history}
    problems: list[str] = []
    as_of = found.get(AS_OF_COLUMN)
    if as_of is None:
        problems.append(f"the history table {table} has no column {AS_OF_COLUMN}; it is not "
                        "a segdsl history table (rename it, or give another --schema)")
    elif _normal(as_of) not in as_of_types:
        problems.append(f"the column {AS_OF_COLUMN} of {table} is {as_of}, not a timestamp "
                        "with time zone; it was changed by hand")
    additions: list[Column] = []
    for column in membership:
        stored = found.get(column.name)
        if stored is None:
            if column.name == key:
                problems.append(f"the history table {table} has no key column {key}; it "
                                "was changed by hand or made for another entity")
            additions.append(column)
        elif not fits(stored, column.type):
            problems.append(
                f"the column {column.name} of {table} is {stored}, but the membership "
                f"table's is {column.type} (its definition changed kind, or the column was "
                "changed by hand); rename or drop that column of the history table, "
                "nothing was written")
    if problems:
        raise MaterializeError(problems)
    return additions
