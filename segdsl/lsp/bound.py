"""The words of a checked file by position, with what the checker bound them to.

Hover and go-to-definition read the text before the cursor (``context.py``), which
works on half-written lines.  Where the document is exactly the text of the last
check, the checker already knows what every name means (``CheckedProject.facts``,
check/facts.py); :func:`bound_words` lays those bindings out by the offset where
each word starts, so :mod:`segdsl.lsp.symbols` asks them first and reads the text
only for words the checker did not bind (a name it reported, a function, a
definition's own name, anything in a file that has changed since).
"""

from __future__ import annotations

from dataclasses import dataclass

from segdsl.check.facts import (
    AttributeRef,
    Binding,
    EventRef,
    EventSetPropertyRef,
    EventSetRef,
    Facts,
    MetricRef,
    PropertyRef,
    RelationAttributeRef,
    SegmentationRef,
    SegmentRef,
)
from segdsl.diagnostics import Span
from segdsl.syntax import ast
from segdsl.syntax.walk import iter_nodes


@dataclass(frozen=True, slots=True)
class BoundWord:
    """A word the checker bound: ``kind`` and ``owner`` as in ``symbols.Symbol``."""

    kind: str
    owner: str | None
    end: int


def bound_words(source: ast.SourceFile, facts: Facts) -> dict[int, BoundWord]:
    """Start offset -> bound word, for every bound name of ``source``'s declarations."""
    words: dict[int, BoundWord] = {}
    for decl in source.declarations:
        for node in iter_nodes(decl):
            binding = facts.binding_of(node)
            if binding is not None:
                for span, kind, owner in _words(node, binding):
                    words[span.start] = BoundWord(kind, owner, span.end)
    return words


def _words(node: object, binding: Binding) -> list[tuple[Span, str, str | None]]:
    """The words of one bound node: a relation attribute is two (``account``,
    ``industry``), an aggregate of a property too (``purchase``, ``amount``)."""
    match node, binding:
        case ast.Name(span=span), AttributeRef():
            return [(span, "attribute", None)]
        case ast.Name(span=span), PropertyRef(event=event):
            return [(span, "property", event.name)]
        case ast.Name(span=span), MetricRef() | SegmentationRef() | SegmentRef():
            return [(span, "definition", None)]
        case ast.InSegment(name_span=span), SegmentRef():
            return [(span, "definition", None)]
        case ast.Member(base_span=base, name_span=name), RelationAttributeRef(relation=rel):
            return [(base, "relation", None), (name, "relation_attribute", rel.name)]
        case ast.Aggregate(event_span=span, prop_span=prop), PropertyRef(event=event) \
                if prop is not None:
            return [(span, "event", None), (prop, "property", event.name)]
        case ast.Aggregate(event_span=span) | ast.EventMatch(event_span=span), EventRef():
            return [(span, "event", None)]
        case ast.Aggregate() | ast.EventMatch(), EventSetRef() | EventSetPropertyRef():
            return _set_words(node, binding)
    return []  # an EventFilter's binding names no word of its own


def _set_words(node: ast.Aggregate | ast.EventMatch,
               binding: EventSetRef | EventSetPropertyRef) -> list[tuple[Span, str, str | None]]:
    """A group's or named event's words (SPEC 11): a named event is a definition,
    a group's names events (or named events, which the text reading finds)."""
    events = binding if isinstance(binding, EventSetRef) else binding.events
    words: list[tuple[Span, str, str | None]] = []
    if node.group is None:
        words.append((node.event_span, "definition", None))
    if isinstance(node, ast.Aggregate) and node.prop_span is not None:
        words.append((node.prop_span, "property", events.label))
    return words
