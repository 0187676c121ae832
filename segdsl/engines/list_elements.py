"""``run`` refuses a list column with a NULL element (SPEC 11: lists hold no nulls).

``contains``, ``length`` and the rest are defined on lists without NULL elements
(docs/semantics.md, "Lists"); engines disagree on what a NULL element would do
(``length`` counts it everywhere, ``contains any`` may or may not match it), so a
database holding one is an error before anything is evaluated, as a column of the
wrong type is.  One query per table with list columns among those the evaluated
definitions read; the message names the first such row's key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from sqlglot import exp

from segdsl.compile.dialects import DIALECTS
from segdsl.engines import EngineError
from segdsl.project.model import Schema


class _Queries(Protocol):
    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]: ...


def list_columns(schema: Schema) -> Iterator[tuple[str, str, str, str]]:
    """(table, key column, list column, the name the schema gives it) of every list
    attribute, relation attribute and event property."""
    for field in schema.attributes.values():
        if field.type.is_list:
            yield schema.table, schema.key, field.column, field.name
    for relation in schema.relations.values():
        for field in relation.attributes.values():
            if field.type.is_list:
                yield relation.table, relation.key, field.column, f"{relation.name}.{field.name}"
    for event in schema.events.values():
        for field in event.properties.values():
            if field.type.is_list:
                yield event.table, event.key, field.column, f"{event.name}.{field.name}"


def check_list_elements(engine: _Queries, read: Schema, dialect: str,
                        table_expression: Callable[[str], exp.Table]) -> None:
    """Raise :class:`EngineError` naming the first list column of ``read`` that holds
    a NULL element (with the key of a row that has one)."""
    d = DIALECTS[dialect]()
    for table, key, column, name in dict.fromkeys(list_columns(read)):
        has_null = d.list_has_null(exp.column(exp.to_identifier(column, quoted=True)))
        query = (exp.select(exp.Min(this=exp.column(exp.to_identifier(key, quoted=True))))
                 .from_(table_expression(table)).where(has_null))
        _, rows = engine.query(query.sql(dialect=d.sqlglot_name))
        if rows and rows[0][0] is not None:
            raise EngineError(
                f"the list column '{column}' of '{table}' ({name}) has a NULL "
                f"element (for example in the row with {key} = {rows[0][0]}); lists hold no "
                "nulls: leave them out in a view")
