"""Completion items for a :class:`~segdsl.lsp.context.Context`.

The context says what fits (an event, a property of the event in scope, an
attribute of ``account``, a value of ``loyalty_tier``, …); this module turns the
project's names into items.  All matching names are returned and the editor
filters them by what has been typed (``isIncomplete`` is false).
"""

from __future__ import annotations

from lsprotocol import types

from segdsl.check.functions import FUNCTIONS
from segdsl.diagnostics import Span
from segdsl.lsp.context import AGGREGATES, Context, Expect
from segdsl.lsp.knowledge import Knowledge
from segdsl.lsp.schema_docs import description
from segdsl.project.model import Field, Scalar
from segdsl.syntax import ast

Kind = types.CompletionItemKind

_UNITS = ("minutes", "hours", "days", "weeks", "months", "years",
          "minute", "hour", "day", "week", "month", "year")
_PERIODS = ("week", "month", "quarter", "year")
_AFTER_IN = ("last", "next", "current", "previous", "segment", "list", "top", "bottom",
             "at least")
_OPERATORS = ("and", "or", "not", "in", "is set", "is not set", "between", "contains",
              "contains any", "contains all",
              "starts with", "ends with", "matches", "since", "before", "with", "then",
              "within", "after", "ago", "ignoring case")
_LITERALS = ("true", "false", "today", "now")
_CONDITION_STARTS = ("has", "has no", "not", "in segment", "in list", "stopped", "restarted")

# Values first, then names, then keywords.
_VALUE, _NAME, _KEYWORD = "0", "1", "2"


def complete(context: Context, knowledge: Knowledge) -> list[types.CompletionItem]:
    """The items that fit ``context`` (none inside a comment or a new name)."""
    # In the scope of the declaration's entity, or of the members (SPEC 11).
    knowledge, context = knowledge.scoped(context)
    match context.expect:
        case Expect.DECLARATION:
            return _keywords(("segment", "metric", "segmentation", "event"))
        case Expect.META:
            # `for ENTITY` (SPEC 11) comes before the metadata; offered with it.
            words = ["for", "title", "description", "owner", "tags", "expect"]
            if context.declaration == "segment":
                words.append("where")
            return _keywords(words)
        case Expect.TAG:
            return [_item(tag, Kind.Text, "tag", sort=_NAME) for tag in knowledge.tags]
        case Expect.MEASURE:
            return _keywords(("size", "share"))
        case Expect.EVENT:
            items = _events(knowledge) + _keywords(("any",))
            if context.function is not None:  # `count(members …` (SPEC 11)
                items += _member_relations(knowledge)
            if context.function == "count":
                items += _keywords(("distinct",))
            return items
        case Expect.PROPERTY_OF:
            return _properties(knowledge, context.event)
        case Expect.RELATION_ATTR:
            return _relation_attributes(knowledge, context.relation)
        case Expect.SEGMENT:
            return _definitions(knowledge, ast.SegmentDecl)
        case Expect.STATIC_LIST:
            return [_item(name, Kind.Constant, f"list · {source.described}", sort=_NAME)
                    for name, source in knowledge.static_lists.items()]
        case Expect.VALUE:
            return _values(knowledge, context)
        case Expect.AFTER_IN:
            return _keywords(_AFTER_IN)
        case Expect.UNIT:
            return _keywords(_UNITS)
        case Expect.PERIOD:
            return _keywords(_PERIODS)
        case Expect.OPERATOR:
            return _keywords(_OPERATORS)
        case Expect.OPERAND:
            return _operands(knowledge, context)
    return []


def _operands(knowledge: Knowledge, context: Context) -> list[types.CompletionItem]:
    items = _values(knowledge, context) if context.subject is not None else []
    functions = [name for name, rule in FUNCTIONS.items()
                 if not (context.event and rule.ranks_customers)]
    if context.event is not None:
        items += _properties(knowledge, context.event)
    else:
        items += [_field_item(name, field, "attribute", knowledge)
                  for name, field in knowledge.attributes.items()]
        items += [_item(name, Kind.Module, f"relation · table {relation.table}",
                        _doc(knowledge, relation.span), _NAME)
                  for name, relation in knowledge.relations.items()]
        items += _member_relations(knowledge)
        items += _definitions(knowledge, ast.MetricDecl)
        items += _definitions(knowledge, ast.SegmentationDecl)
        items += [_item(name, Kind.Function, "aggregate", sort=_NAME) for name in AGGREGATES]
        items += _keywords(_CONDITION_STARTS)
    items += [_item(name, Kind.Function, FUNCTIONS[name].usage, sort=_NAME) for name in functions]
    items += _keywords(_LITERALS)
    return items


def _values(knowledge: Knowledge, context: Context) -> list[types.CompletionItem]:
    if context.subject is None:
        return []
    items = []
    for value in knowledge.values_of(context.subject):
        written = _literal(value)
        item = _item(written, Kind.EnumMember, f"value of {context.subject.name}", sort=_VALUE)
        if context.in_string and not isinstance(value, str):
            continue
        item.filter_text = written
        items.append(item)
    return items


def _literal(value: Scalar) -> str:
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
            .replace("\t", "\\t")
        return f'"{escaped}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _events(knowledge: Knowledge) -> list[types.CompletionItem]:
    """The schema's events and the named events (SPEC 11)."""
    return [*(_item(name, Kind.Event, f"event · table {event.table}",
                    _doc(knowledge, event.span), _NAME)
              for name, event in knowledge.events.items()),
            *(_item(name, Kind.Event, "named event", sort=_NAME)
              for name in knowledge.named_events)]


def _properties(knowledge: Knowledge, event_name: str | None) -> list[types.CompletionItem]:
    event = knowledge.event_scope(event_name)
    if event is None:
        return _member_words(knowledge, event_name or "")
    return [_field_item(name, field, f"property of {event.name}", knowledge, Kind.Property)
            for name, field in event.properties.items()]


def _member_relations(knowledge: Knowledge) -> list[types.CompletionItem]:
    """The one-to-many relations of the entity in scope (`members`, SPEC 11)."""
    members = knowledge.schema.members if knowledge.schema is not None else {}
    return [_item(name, Kind.Module, f"members · {found.entity} rows by {found.via}",
                  _doc(knowledge, found.span), _NAME)
            for name, found in members.items()]


def _member_words(knowledge: Knowledge, name: str) -> list[types.CompletionItem]:
    """``count(members.|``: the member entity's attributes and events (SPEC 11)."""
    schema = knowledge.schema
    if schema is None:
        return []
    for entity in schema.entity_names():
        owner = schema.for_entity(entity)
        members = owner.members.get(name) if owner is not None else None
        member = schema.for_entity(members.entity) if members is not None else None
        if member is not None:
            items = [_field_item(attribute, field, f"attribute of {member.entity}", knowledge)
                     for attribute, field in member.attributes.items()]
            items += [_item(event_name, Kind.Event, f"event of {member.entity}",
                            _doc(knowledge, event.span), _NAME)
                      for event_name, event in member.events.items()]
            return items
    return []


def _relation_attributes(knowledge: Knowledge,
                         relation_name: str | None) -> list[types.CompletionItem]:
    relation = knowledge.relations.get(relation_name or "")
    if relation is None:
        return []
    return [_field_item(name, field, f"attribute of {relation.name}", knowledge)
            for name, field in relation.attributes.items()]


def _definitions(knowledge: Knowledge, kind: type) -> list[types.CompletionItem]:
    items = []
    for name in knowledge.of_kind(kind):
        decl = knowledge.declarations[name]
        if isinstance(decl, ast.MetricDecl):
            found = knowledge.metric_types.get(name)
            detail = f"metric · {found.kind.value}" if found else "metric"
            items.append(_item(name, Kind.Variable, detail, sort=_NAME))
            continue
        if isinstance(decl, ast.EventDecl):
            continue  # named events are offered where an event is (_events)
        word = "segment" if isinstance(decl, ast.SegmentDecl) else "segmentation"
        title = f" · {decl.meta.title.value}" if decl.meta.title else ""
        documentation = decl.meta.description.value if decl.meta.description else None
        items.append(_item(name, Kind.Class if word == "segment" else Kind.Enum,
                           word + title, documentation, _NAME))
    return items


def _field_item(name: str, field: Field, what: str, knowledge: Knowledge,
                kind: types.CompletionItemKind = Kind.Field) -> types.CompletionItem:
    return _item(name, kind, f"{what} · {field.type.value}", _doc(knowledge, field.span), _NAME)


def _doc(knowledge: Knowledge, span: Span | None) -> str | None:
    return description(knowledge.schema_text, span)


def _keywords(words: tuple[str, ...] | list[str]) -> list[types.CompletionItem]:
    return [_item(word, Kind.Keyword, None, sort=_KEYWORD) for word in words]


def _item(label: str, kind: types.CompletionItemKind, detail: str | None,
          documentation: str | None = None, sort: str = _NAME) -> types.CompletionItem:
    return types.CompletionItem(
        label=label, kind=kind, detail=detail, sort_text=sort + label,
        documentation=types.MarkupContent(types.MarkupKind.Markdown, documentation)
        if documentation else None,
    )
