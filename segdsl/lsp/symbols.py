"""What a name in a segment file refers to, for hover and go-to-definition.

In a file unchanged since the last check, a name the checker bound means what the
checker found (lsp/bound.py).  Any other word's meaning comes from the same
reading of the text before it as completion (:func:`segdsl.lsp.context.analyze`
at the start of the word), so a half-written definition still gets hovers, and
``amount`` inside ``has purchase with …`` is the property of ``purchase`` while
``amount`` elsewhere is the customer attribute.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from segdsl.check.functions import FUNCTIONS
from segdsl.diagnostics import Span
from segdsl.lsp.context import AGGREGATES, Expect, analyze, word_at
from segdsl.lsp.knowledge import Knowledge
from segdsl.lsp.schema_docs import description
from segdsl.project.model import Field
from segdsl.syntax import ast


@dataclass(frozen=True, slots=True)
class Symbol:
    """``kind`` is attribute, relation, relation_attribute, event, property,
    definition, function or static_list; ``owner`` the relation or event of a member."""

    kind: str
    name: str
    owner: str | None
    # Where the word is in the text (character offsets).
    start: int
    end: int


def symbol_at(text: str, offset: int, knowledge: Knowledge) -> Symbol | None:
    """The symbol whose name is under (or just before) ``offset``."""
    found = word_at(text, offset)
    if found is None:
        return None
    start, end = found
    word = text[start:end]
    bound = knowledge.bound_at(text, start)
    if bound is not None and bound.end == end:  # the checker's own answer
        return Symbol(bound.kind, word, bound.owner, start, end)
    context = analyze(text, start)

    def make(kind: str, owner: str | None = None) -> Symbol:
        return Symbol(kind, word, owner, start, end)

    match context.expect:
        case Expect.EVENT:
            if word in knowledge.named_events:
                return make("definition")
            return make("event") if word in knowledge.events else None
        case Expect.PROPERTY_OF:
            event = knowledge.event_scope(context.event)
            return make("property", context.event) if event and word in event.properties \
                else None
        case Expect.RELATION_ATTR:
            relation = knowledge.relations.get(context.relation or "")
            return make("relation_attribute", context.relation) \
                if relation and word in relation.attributes else None
        case Expect.SEGMENT:
            return make("definition") if word in knowledge.declarations else None
        case Expect.STATIC_LIST:
            return make("static_list") if word in knowledge.static_lists else None
        case Expect.DECLARATION | Expect.META | Expect.TAG | Expect.MEASURE:
            return None
    if context.event is not None:
        event = knowledge.event_scope(context.event)
        if event is not None and word in event.properties:
            return make("property", context.event)
    if word in knowledge.declarations:
        return make("definition")
    if word in knowledge.attributes:
        return make("attribute")
    if word in knowledge.relations:
        return make("relation")
    if word in FUNCTIONS or word in AGGREGATES:
        return make("function")
    return None


def definition_span(symbol: Symbol, knowledge: Knowledge) -> Span | None:
    """Where the symbol is declared: a definition's name, or its key in the schema."""
    if symbol.kind == "definition":
        decl = knowledge.declarations.get(symbol.name)
        return decl.name_span if decl else None
    if symbol.kind == "function":
        return None
    if symbol.kind == "static_list":  # its entry under `lists:` in segdsl.yml
        source = knowledge.static_lists.get(symbol.name)
        return source.span if source else None
    if symbol.kind == "event":
        event = knowledge.events.get(symbol.name)
        return event.span if event else None
    if symbol.kind == "relation":
        relation = knowledge.relations.get(symbol.name)
        return relation.span if relation else None
    found = _field(symbol, knowledge)
    return found.span if found else None


def _static_list_text(name: str, knowledge: Knowledge) -> str | None:
    """``**fair** · static list · file `lists/fair.csv` · 3 keys``."""
    found = knowledge.checked.static_lists.get(name) if knowledge.checked else None
    if found is None:
        return None
    source = found.source
    where = (f"file `{source.file}`" if source.file is not None
             else f"table `{source.table}`, column `{source.column}`")
    count = "" if found.keys is None else f" · {len(found.keys):,} keys"
    return f"**{name}** · static list · {where}{count}"


def _field(symbol: Symbol, knowledge: Knowledge) -> Field | None:
    if symbol.kind == "attribute":
        return knowledge.attributes.get(symbol.name)
    if symbol.kind == "relation_attribute":
        relation = knowledge.relations.get(symbol.owner or "")
        return relation.attributes.get(symbol.name) if relation else None
    if symbol.kind == "property":
        event = knowledge.event_scope(symbol.owner)
        return event.properties.get(symbol.name) if event else None
    return None


def hover_text(symbol: Symbol, knowledge: Knowledge) -> str | None:
    """Markdown describing the symbol: its kind and type, and what the schema's
    comments or the definition's metadata say about it."""
    name = symbol.name
    if symbol.kind == "definition":
        decl = knowledge.declarations.get(name)
        return _definition_text(decl, knowledge) if decl else None
    if symbol.kind == "function":
        rule = FUNCTIONS.get(name)
        usage = rule.usage if rule else f"{name}(EVENT[.property] [with …] [window])"
        return f"**{name}** · {'function' if rule else 'aggregate'}\n\n`{usage}`"
    if symbol.kind == "static_list":
        return _static_list_text(name, knowledge)
    if symbol.kind == "event":
        event = knowledge.events[name]
        lines = [f"**{name}** · event · table `{event.table}`"]
        _add(lines, description(knowledge.schema_text, event.span))
        props = ", ".join(f"`{p}` ({f.type.value})" for p, f in event.properties.items())
        _add(lines, f"properties: {props}" if props else None)
        return "\n\n".join(lines)
    if symbol.kind == "relation":
        relation = knowledge.relations[name]
        lines = [f"**{name}** · relation · table `{relation.table}`"]
        _add(lines, description(knowledge.schema_text, relation.span))
        attrs = ", ".join(f"`{a}` ({f.type.value})" for a, f in relation.attributes.items())
        _add(lines, f"attributes: {attrs}" if attrs else None)
        return "\n\n".join(lines)
    found = _field(symbol, knowledge)
    if found is None:
        return None
    what = {"attribute": "attribute",
            "relation_attribute": f"attribute of relation `{symbol.owner}`",
            "property": f"property of event `{symbol.owner}`"}[symbol.kind]
    lines = [f"**{name}** · {what} · `{found.type.value}`"]
    _add(lines, description(knowledge.schema_text, found.span))
    details = []
    if found.column != name:
        details.append(f"column `{found.column}`")
    if found.values:
        details.append("values: " + ", ".join(f"`{v}`" for v in found.values))
    _add(lines, " · ".join(details) or None)
    return "\n\n".join(lines)


def _definition_text(decl: ast.Declaration, knowledge: Knowledge) -> str:
    if isinstance(decl, ast.MetricDecl):
        found = knowledge.metric_types.get(decl.name)
        head = f"**{decl.name}** · metric" + (f" · `{found.kind.value}`" if found else "")
        lines = [head]
    elif isinstance(decl, ast.EventDecl):
        from segdsl.format.api import print_node

        lines = [f"**{decl.name}** · named event", f"`{print_node(decl)}`"]
    else:
        kind = "segment" if isinstance(decl, ast.SegmentDecl) else "segmentation"
        title = f" — {decl.meta.title.value}" if decl.meta.title else ""
        lines = [f"**{decl.name}** · {kind}{title}"]
        _add(lines, decl.meta.description.value if decl.meta.description else None)
        if isinstance(decl, ast.SegmentationDecl):
            labels = ", ".join(f"`{label}`" for label in dict.fromkeys(
                branch.label for branch in decl.branches))
            _add(lines, f"labels: {labels}")
        extra = []
        if decl.meta.owner:
            extra.append(f"owner: {decl.meta.owner.value}")
        if decl.meta.tags:
            extra.append("tags: " + ", ".join(tag.name for tag in decl.meta.tags))
        _add(lines, " · ".join(extra) or None)
    _add(lines, _explained(decl.name, knowledge))
    return "\n\n".join(lines)


def _explained(name: str, knowledge: Knowledge) -> str | None:
    """The definition in plain English (``segdsl explain``), when the project
    checks well enough to explain it."""
    checked = knowledge.checked
    if checked is None or checked.declaration(name) is None:
        return None
    # Explaining a definition that has errors may meet what the checker already
    # reported; the hover then simply goes without the sentence.
    with contextlib.suppress(Exception):
        from segdsl.explain import explain

        return explain(checked, name).strip().replace("*", "\\*")
    return None


def _add(lines: list[str], text: str | None) -> None:
    if text:
        lines.append(text)
