"""``export dbt``: the project's tables as dbt sources (``models/sources.yml``).

Every table the schema names (entity, relation and event tables of every entity)
and every table a static list reads becomes one table of a dbt source.  The source
is named after the table's schema part (``shop.orders`` -> source ``shop``, table
``orders``); a table named without a schema goes into the source ``segdsl``, read
from the dbt target's schema.  Names are spelled as the dialect's compiler spells
them (Snowflake's upper case for lower-case names) and quoted, so dbt reads exactly
the table the compiled SQL of ``segdsl compile`` reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlglot import exp

from segdsl.check.checker import CheckedProject
from segdsl.compile.dialects import Dialect
from segdsl.engines import schema_tables
from segdsl.export import jinja

# The source of tables written without a schema part.
UNQUALIFIED_SOURCE = "segdsl"


@dataclass(frozen=True, slots=True)
class Source:
    """One table of a dbt source, with the node the compiler builds for it."""

    qualified: str  # as the schema writes it: shop.orders
    source: str     # the dbt source's name
    name: str       # the table's name inside the source (as written)
    schema: str | None
    catalog: str | None
    node: exp.Table

    @property
    def key(self) -> tuple[str, str, str]:
        return jinja.table_key(self.node)


def project_tables(checked: CheckedProject) -> list[str]:
    """Every table the project reads, in the schema's order, static lists' last."""
    tables: dict[str, None] = {}
    schema = checked.whole.schema
    for entity in schema.entity_names():
        found = schema.for_entity(entity)
        if found is not None:
            tables.update(dict.fromkeys(schema_tables(found)))
    for listed in checked.whole.static_lists.values():
        if listed.keys is None and listed.source.table is not None:
            tables[listed.source.table] = None
    return list(tables)


def sources(checked: CheckedProject, target: Dialect) -> list[Source]:
    """One :class:`Source` per table of :func:`project_tables`."""
    found: list[Source] = []
    for qualified in project_tables(checked):
        parts = qualified.split(".")
        schema = parts[-2] if len(parts) >= 2 else None
        catalog = ".".join(parts[:-2]) if len(parts) >= 3 else None
        source = schema if schema is not None else UNQUALIFIED_SOURCE
        if catalog is not None:
            source = f"{catalog}_{schema}".replace(".", "_")
        found.append(Source(qualified, source, parts[-1], schema, catalog,
                            target.table(qualified)))
    return found


def source_nodes(found: list[Source]) -> dict[tuple[str, str, str], exp.Var]:
    """The Jinja call that replaces each table's node in a compiled query."""
    return {item.key: jinja.source(item.source, item.name) for item in found}


def sources_yml(found: list[Source], target: Dialect) -> dict[str, Any]:
    """The content of ``models/sources.yml``."""
    grouped: dict[str, dict[str, Any]] = {}
    for item in found:
        entry = grouped.get(item.source)
        if entry is None:
            entry = {"name": item.source}
            if item.catalog is not None:
                entry["database"] = target.schema_identifier(item.catalog).name
            entry["schema"] = (target.schema_identifier(item.schema).name
                               if item.schema is not None else "{{ target.schema }}")
            entry["quoting"] = {"database": True, "schema": True, "identifier": True}
            entry["tables"] = []
            grouped[item.source] = entry
        spelled = target.schema_identifier(item.name).name
        table: dict[str, Any] = {"name": item.name}
        if spelled != item.name:
            table["identifier"] = spelled
        table["description"] = f"Read by segdsl as '{item.qualified}' (schema.yml)."
        entry["tables"].append(table)
    return {"version": 2, "sources": list(grouped.values())}
