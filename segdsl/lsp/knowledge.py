"""What completion, hover and go-to-definition know about a project: the schema,
every definition, metric types and tags, and what the checker bound each name of
an unchanged file to, taken from the last check.

Built from a :class:`~segdsl.workspace.Workspace`; while the schema file is
broken (not even its entity can be read) the last schema that could be read is
kept, so completion does not go blank while the user edits ``schema.yml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from segdsl.check.checker import CheckedProject
from segdsl.check.event_sets import make_set
from segdsl.check.facts import EventMember
from segdsl.check.types import Type
from segdsl.lsp.bound import BoundWord, bound_words
from segdsl.lsp.context import Context, Expect, Subject
from segdsl.project.model import EventType, Field, Relation, Scalar, Schema, StaticListSource
from segdsl.syntax import ast


@dataclass
class Knowledge:
    schema: Schema | None = None
    # The schema file's text (for descriptions in its comments).
    schema_text: str = ""
    # Every definition by name; the first of duplicates wins, as in the checker.
    declarations: dict[str, ast.Declaration] = field(default_factory=dict)
    metric_types: dict[str, Type] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    # The checked project, for plain-English explanations and what its names are
    # bound to (None while the schema cannot be read).
    checked: CheckedProject | None = None
    # The files of that check, and their bound words by start offset (lsp/bound.py),
    # made when first asked for.
    files: list[ast.SourceFile] = field(default_factory=list)
    _bound: dict[str, dict[int, BoundWord]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, schema: Schema | None, schema_text: str, files: list[ast.SourceFile],
              metric_types: dict[str, Type], checked: CheckedProject | None) -> Knowledge:
        declarations: dict[str, ast.Declaration] = {}
        tags: dict[str, None] = {}
        for source in files:
            for decl in source.declarations:
                declarations.setdefault(decl.name, decl)
                if isinstance(decl, ast.SegmentDecl | ast.SegmentationDecl):
                    tags.update((tag.name, None) for tag in decl.meta.tags)
        return cls(schema, schema_text, declarations, dict(metric_types), sorted(tags), checked,
                   list(files))

    # ------------------------------------------------------------ entities (SPEC 11)

    def scoped(self, context: Context) -> tuple[Knowledge, Context]:
        """What is known in the scope of ``context``'s position: the schema of the
        entity its declaration is about (`for account`), or inside `count(members
        with …` of the member entity, with only the definitions about that entity;
        the context's event is dropped where it was the members' relation (its
        filter is in the member entity's scope, not an event's)."""
        schema = self.schema
        if schema is None or not schema.entities:
            return self, context
        scope = schema.for_entity(context.entity or schema.entity) or schema
        event = context.event
        for name, dotted in context.members:
            members = scope.members.get(name)
            member = schema.for_entity(members.entity) if members is not None else None
            if member is None:
                continue  # an event's aggregate: same entity
            scope = member
            if event == name and context.expect is not Expect.PROPERTY_OF:
                # `sum(members.purchase.amount with |`: the purchase's properties
                event = dotted if dotted in member.events else None
        # (A named event has no `for`: it is offered wherever events are.)
        declarations = {name: decl for name, decl in self.declarations.items()
                        if isinstance(decl, ast.EventDecl)
                        or (decl.entity or schema.entity) == scope.entity}
        subject = context.subject
        if subject is not None and subject.event == context.event:
            subject = replace(subject, event=event)
        return (replace(self, schema=scope, declarations=declarations),
                replace(context, event=event, subject=subject))

    # ------------------------------------------------------------ lookups

    def bound_at(self, text: str, start: int) -> BoundWord | None:
        """The checker's binding of the word starting at ``start`` of a document
        whose ``text`` is exactly a checked file's (else offsets would not match)."""
        if self.checked is None:
            return None
        for source in self.files:
            if source.text == text:
                words = self._bound.get(source.path)
                if words is None:
                    words = self._bound[source.path] = bound_words(source, self.checked.facts)
                found = words.get(start)
                if found is not None:
                    return found
        return None

    @property
    def static_lists(self) -> dict[str, StaticListSource]:
        """The lists of segdsl.yml's `lists:` by name (from the last check)."""
        if self.checked is None:
            return {}
        return {name: found.source for name, found in self.checked.static_lists.items()}

    @property
    def attributes(self) -> dict[str, Field]:
        return self.schema.attributes if self.schema else {}

    @property
    def relations(self) -> dict[str, Relation]:
        return self.schema.relations if self.schema else {}

    @property
    def events(self) -> dict[str, EventType]:
        return self.schema.events if self.schema else {}

    @property
    def named_events(self) -> dict[str, ast.EventDecl]:
        return {name: decl for name, decl in self.declarations.items()
                if isinstance(decl, ast.EventDecl)}

    def event_scope(self, name: str | None) -> EventType | None:
        """What names a property of ``name``: an event of the schema, a named event,
        a group as written (``(a or b)``) or ``any event`` (SPEC 11)."""
        if not name:
            return None
        found = self.events.get(name)
        if found is not None:
            return found
        if self.checked is not None:
            named = self.checked.event_sets.get(name)
            if named is not None:
                return named.scope
        if name == "any event":
            members = tuple(EventMember(e) for e in self.events.values())
        elif name.startswith("(") and name.endswith(")"):
            parts = [self.event_scope(part.strip()) for part in name[1:-1].split(" or ")]
            if any(part is None for part in parts):
                return None
            members = tuple(EventMember(p) for p in parts if p is not None)
        else:
            return None
        return make_set(name, members).scope

    def of_kind(self, kind: type) -> list[str]:
        return [name for name, decl in self.declarations.items() if isinstance(decl, kind)]

    def field_of(self, subject: Subject) -> Field | None:
        """The schema field a comparison's left side names, if any."""
        if subject.base is not None:
            relation = self.relations.get(subject.base)
            return relation.attributes.get(subject.name) if relation else None
        if subject.event is not None:
            event = self.event_scope(subject.event)
            return event.properties.get(subject.name) if event else None
        return self.attributes.get(subject.name)

    def values_of(self, subject: Subject) -> tuple[Scalar, ...]:
        """The values a comparison with ``subject`` may use: an enum's values or a
        segmentation's labels (empty when it has neither)."""
        found = self.field_of(subject)
        if found is not None:
            return found.values or ()
        decl = self.declarations.get(subject.name)
        if subject.base is None and subject.event is None \
                and isinstance(decl, ast.SegmentationDecl):
            return tuple(dict.fromkeys(branch.label for branch in decl.branches))
        return ()
