"""Random schemas: which attributes, relations and events a project has.

A schema is drawn as a :class:`SchemaSpec` (plain data the other generators read)
and rendered to ``schema.yml`` text, which the real loader then parses, so the
tests go through the same path as a user's project.

Names come from fixed pools where each name always has the same type (a property
``amount`` is always a number), so that events sharing one physical table never
disagree about a column's type.  Every type of SPEC 2 is present in every schema
(one attribute per type, plus a string enum), so every comparison form can be
generated; extras, renamed columns (``column:``), a relation and shared event
tables vary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from hypothesis import strategies as st

from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema

TYPES = ("string", "integer", "number", "boolean", "date", "timestamp")
# SPEC 11 lists: never a value of the kinds above, so the generators meet them only
# where they ask for a list (definitions.py, Writer._list_test).
LISTS = ("list<string>", "list<integer>")

# Enum values with LIKE wildcards, case and a quote, so enum literals exercise
# string escaping too.
ENUM_VALUES = ("a", "B", "a_b", "50%", "it's")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # one of TYPES
    column: str
    values: tuple[str, ...] | None = None  # a string enum

    def yaml(self) -> str:
        if self.values is None and self.column == self.name:
            return self.type
        parts = [f"type: {self.type}"]
        if self.values is not None:
            parts.append("values: [" + ", ".join(json.dumps(v) for v in self.values) + "]")
        if self.column != self.name:
            parts.append(f"column: {self.column}")
        return "{" + ", ".join(parts) + "}"


@dataclass(frozen=True)
class RelationSpec:
    name: str
    table: str
    key: str
    via: str
    attributes: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class EventSpec:
    name: str
    table: str
    key: str
    time: str
    properties: tuple[FieldSpec, ...]
    where: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SchemaSpec:
    entity: str
    table: str
    key: str
    attributes: tuple[FieldSpec, ...]
    relations: tuple[RelationSpec, ...]
    events: tuple[EventSpec, ...]

    def yaml(self) -> str:
        lines = [f"entity: {self.entity}", f"table: {self.table}", f"key: {self.key}",
                 "attributes:"]
        lines += [f"  {f.name}: {f.yaml()}" for f in self.attributes]
        if self.relations:
            lines.append("relations:")
            for relation in self.relations:
                lines += [f"  {relation.name}:", f"    table: {relation.table}",
                          f"    key: {relation.key}", f"    via: {relation.via}",
                          "    attributes:"]
                lines += [f"      {f.name}: {f.yaml()}" for f in relation.attributes]
        if self.events:
            lines.append("events:")
            for event in self.events:
                lines += [f"  {event.name}:", f"    table: {event.table}",
                          f"    key: {event.key}", f"    time: {event.time}"]
                if event.where:
                    pairs = ", ".join(f"{c}: {json.dumps(v)}" for c, v in event.where)
                    lines.append(f"    where: {{{pairs}}}")
                lines.append("    properties:")
                lines += [f"      {f.name}: {f.yaml()}" for f in event.properties]
        return "\n".join(lines) + "\n"

    def model(self) -> Schema:
        schema, problems = parse_schema(self.yaml(), "schema.yml")
        assert schema is not None and not problems, (self.yaml(), problems)
        return schema

    def event(self, name: str) -> EventSpec:
        return next(e for e in self.events if e.name == name)


# name -> type; one pool per kind of field.
_ATTRIBUTES = {
    "string": ("email", "country"),
    "integer": ("age", "visits"),
    "number": ("score", "balance"),
    "boolean": ("vip", "opted_in"),
    "date": ("birthday", "renewal"),
    "timestamp": ("signup_at", "seen_at"),
}
_PROPERTIES = {
    "amount": "number", "qty": "integer", "sku": "string", "gift": "boolean",
    "ship_date": "date", "paid_at": "timestamp", "page": "string", "price": "number",
}


@st.composite
def _field(draw: st.DrawFn, name: str, type_: str) -> FieldSpec:
    # A column named differently from the attribute (SPEC 2 `column:`) now and then.
    column = name + "_c" if draw(st.integers(0, 4)) == 0 else name
    return FieldSpec(name, type_, column)


@st.composite
def schemas(draw: st.DrawFn) -> SchemaSpec:
    attributes: list[FieldSpec] = []
    for type_, names in _ATTRIBUTES.items():
        count = draw(st.integers(1, len(names)))
        attributes += [draw(_field(name, type_)) for name in names[:count]]
    attributes.append(FieldSpec("tier", "string", "tier",
                                draw(st.sampled_from([ENUM_VALUES[:3], ENUM_VALUES]))))
    if draw(st.integers(0, 2)) > 0:
        attributes.append(draw(_field("interests", "list<string>")))
    if draw(st.booleans()):
        attributes.append(draw(_field("lucky", "list<integer>")))
    prefix = draw(st.sampled_from(["", "d."]))
    key = draw(st.sampled_from(["customer_id", "id"]))

    relations: list[RelationSpec] = []
    if draw(st.booleans()):
        relations.append(RelationSpec(
            "account", f"{prefix}accounts", "account_id", "account_ref",
            (FieldSpec("industry", "string", "industry"),
             FieldSpec("employees", "integer", "employees"),
             FieldSpec("founded", "date", "founded_on")),
        ))

    events: list[EventSpec] = []
    event_key = draw(st.sampled_from(["customer_id", "cust"]))
    # `purchase` has its own table; the others share one table told apart by `kind`.
    names = draw(st.lists(st.sampled_from(["purchase", "visit", "click", "cart"]),
                          min_size=1, max_size=3, unique=True))
    for name in sorted(names, key=["purchase", "visit", "click", "cart"].index):
        if name == "purchase":
            props = draw(st.lists(st.sampled_from(
                ["amount", "qty", "sku", "gift", "ship_date", "paid_at"]),
                min_size=2, max_size=6, unique=True))
            fields = [FieldSpec(p, _PROPERTIES[p], p) for p in props]
            if draw(st.booleans()):
                fields.append(FieldSpec("category", "string", "category", ENUM_VALUES[:4]))
            if draw(st.booleans()):
                fields.append(FieldSpec("labels", "list<string>", "labels"))
            events.append(EventSpec(name, f"{prefix}orders", event_key, "ordered_at",
                                    tuple(fields)))
        else:
            props = draw(st.lists(st.sampled_from(["page", "price", "qty"]),
                                  min_size=1, max_size=3, unique=True))
            events.append(EventSpec(name, f"{prefix}events", event_key, "occurred_at",
                                    tuple(FieldSpec(p, _PROPERTIES[p], p) for p in props),
                                    (("kind", name),)))
    return SchemaSpec("customer", f"{prefix}customers", key, tuple(attributes),
                      tuple(relations), tuple(events))
