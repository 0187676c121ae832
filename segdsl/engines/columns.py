"""Does a database's table layout match the schema?  (Shared by the engines.)

``segdsl run`` checks the tables before it queries them, so a missing table, a
missing column or a column whose type contradicts ``schema.yml`` is reported as one
sentence naming the table, the column and the types, rather than as whatever the
database makes of the compiled SQL (often an error about an operator deep inside
a CTE).  Each engine passes the column types it found and which of its types fit
each schema type; docs/types.md is the table of those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from segdsl.engines import ColumnUse, EngineError, Role, column_uses, schema_tables
from segdsl.project.model import Schema, StaticListSource, ValueType

# Physical table name -> column name -> the engine's name of its type; None when
# the table does not exist.
FoundColumns = Mapping[str, Mapping[str, str] | None]


def key_columns(schema: Schema) -> set[tuple[str, str]]:
    """The (table, column) pairs that hold keys: they join, so any key type fits
    (text, integers, uuid) as long as the database can compare them."""
    return {(use.table, use.column) for use in column_uses(schema)
            if use.role in (Role.KEY, Role.LINK)}


class LayoutError(EngineError):
    """Every mismatch between the schema's tables and the database, one sentence
    each (the message is the first, for callers that show one line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0])
        self.problems = tuple(problems)


def uses_by_column(schema: Schema) -> dict[tuple[str, str], list[ColumnUse]]:
    """Each (table, column)'s distinct uses, key columns aside.

    One column can have several uses (an event's time column declared again as a
    property, a column shared by events), and each must fit the column's type:
    checking only one type per column made the verdict depend on the order of
    the declarations (``time: ordered_at`` plus a ``date`` property on
    ``ordered_at`` accepted a DATE column as the event time).
    """
    found: dict[tuple[str, str], list[ColumnUse]] = {}
    for use in column_uses(schema):
        if use.role in (Role.KEY, Role.LINK):
            continue
        same = found.setdefault((use.table, use.column), [])
        if all((other.wanted, other.what) != (use.wanted, use.what) for other in same):
            same.append(use)
    return found


def check_layout(
    schema: Schema,
    found: FoundColumns,
    fits: Mapping[ValueType, frozenset[str]],
    key_fits: frozenset[str],
    engine: str,
    missing: Callable[[str], str] | None = None,
) -> None:
    """Raise :class:`LayoutError` listing every mismatch between the schema's
    tables and ``found`` (all of them, so one run shows everything to fix), each
    as a sentence naming the table, the column and the types.

    ``segdsl run`` passes the schema cut down to what the evaluated definitions
    read (segdsl/check/usage.py), so nothing else is checked.  Every use of a
    column is checked (:func:`uses_by_column`); a key column only as a key, since
    keys may be text, integers or UUIDs whatever else declares them.
    ``missing`` says why a table is missing, when the engine knows better than
    "the database has no table" (a Spark warehouse folder names the folder).
    """
    keys = key_columns(schema)
    uses = uses_by_column(schema)
    problems: list[str] = []
    for table, columns in schema_tables(schema).items():
        have = found.get(table)
        if have is None:
            problems.append(missing(table) if missing is not None else
                            f"the {engine} database has no table '{table}', which "
                            f"{schema.file} names")
            continue
        for column in columns:
            actual = have.get(column)
            if actual is None:
                problems.append(f"the table '{table}' has no column '{column}', which "
                                f"{schema.file} names")
                continue
            checks = ([(key_fits, "a key")] if (table, column) in keys else
                      [(fits[use.wanted], use.what) for use in uses.get((table, column), [])])
            for accepted, what in checks:
                if actual.lower() not in accepted:
                    problems.append(
                        f"the column '{column}' of '{table}' is {actual} in {engine}, but "
                        f"{schema.file} makes it {what}; {engine} types that fit: "
                        f"{', '.join(sorted(accepted))}")
    if problems:
        raise LayoutError(problems)


def check_list_tables(columns_of: Callable[[str], Mapping[str, str] | None],
                      lists: Iterable[StaticListSource], engine: str) -> None:
    """Raise :class:`LayoutError` when a table list's table or key column is missing
    (any column type fits: keys are compared as text, docs/reference.md)."""
    problems: list[str] = []
    for source in lists:
        assert source.table is not None and source.column is not None
        have = columns_of(source.table)
        if have is None:
            problems.append(f"{engine}: the table {source.table} of the list '{source.name}' "
                            "does not exist")
        elif source.column not in have:
            problems.append(f"{engine}: the table {source.table} of the list '{source.name}' "
                            f"has no column {source.column} (it has: {', '.join(have)})")
    if problems:
        raise LayoutError(problems)
