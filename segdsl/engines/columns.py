"""Does a database's table layout match the schema?  (Shared by the engines.)

``segdsl run`` checks the tables before it queries them, so a missing table, a
missing column or a column whose type contradicts ``schema.yml`` is reported as one
sentence naming the table, the column and the types, rather than as whatever the
database makes of the compiled SQL (often an error about an operator deep inside
a CTE).  Each engine passes the column types it found and which of its types fit
each schema type; docs/types.md is the table of those.
"""

from __future__ import annotations

from collections.abc import Mapping

from segdsl.engines import EngineError, schema_tables
from segdsl.project.model import Schema, ValueType

# Physical table name -> column name -> the engine's name of its type; None when
# the table does not exist.
FoundColumns = Mapping[str, Mapping[str, str] | None]


def key_columns(schema: Schema) -> set[tuple[str, str]]:
    """The (table, column) pairs that hold keys: they join, so any key type fits
    (text, integers, uuid) as long as the database can compare them."""
    keys = {(schema.table, schema.key)}
    for relation in schema.relations.values():
        keys.add((schema.table, relation.via))
        keys.add((relation.table, relation.key))
    for event in schema.events.values():
        keys.add((event.table, event.key))
    return keys


class LayoutError(EngineError):
    """Every mismatch between the schema's tables and the database, one sentence
    each (the message is the first, for callers that show one line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0])
        self.problems = tuple(problems)


def check_layout(
    schema: Schema,
    found: FoundColumns,
    fits: Mapping[ValueType, frozenset[str]],
    key_fits: frozenset[str],
    engine: str,
) -> None:
    """Raise :class:`LayoutError` listing every mismatch between the schema's
    tables and ``found`` (all of them, so one run shows everything to fix), each
    as a sentence naming the table, the column and the types.

    ``segdsl run`` passes the schema cut down to what the evaluated definitions
    read (segdsl/check/usage.py), so nothing else is checked.
    """
    keys = key_columns(schema)
    problems: list[str] = []
    for table, columns in schema_tables(schema).items():
        have = found.get(table)
        if have is None:
            problems.append(
                f"the {engine} database has no table '{table}', which {schema.file} names")
            continue
        for column, wanted in columns.items():
            actual = have.get(column)
            if actual is None:
                problems.append(f"the table '{table}' has no column '{column}', which "
                                f"{schema.file} names")
                continue
            accepted = key_fits if (table, column) in keys else fits[wanted]
            if actual.lower() not in accepted:
                what = "a key" if (table, column) in keys else str(wanted)
                problems.append(
                    f"the column '{column}' of '{table}' is {actual} in {engine}, but "
                    f"{schema.file} makes it {what}; {engine} types that fit: "
                    f"{', '.join(sorted(accepted))}")
    if problems:
        raise LayoutError(problems)
