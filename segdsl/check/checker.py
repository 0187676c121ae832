"""Checking a whole project: one namespace over all segment files (SPEC 1, 4.8).

Steps: collect declarations (duplicates, clashes with schema names) -> check each
declaration's expressions (types are inferred on demand, so a metric used before
its definition, or in another file, is fine) -> find cycles among definitions.
The result, :class:`CheckedProject`, is what the compiler consumes; its ``facts``
(check/facts.py) keep the type of every checked node and what every name refers
to, so later stages look them up rather than work them out again.

Longer than 400 lines on purpose: the project-level checker is one class that is
also the :class:`~segdsl.check.expressions.Resolver` the expression checker asks,
so declarations, the order of checking and name resolution share its state.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from segdsl.check import types as t
from segdsl.check.cycles import find_cycles
from segdsl.check.expectations import (
    check_segment_expectations,
    check_segmentation_expectations,
)
from segdsl.check.expressions import ExpressionChecker
from segdsl.check.facts import EventSetRef, Facts
from segdsl.check.lists import refused_value
from segdsl.check.suggest import closest
from segdsl.check.types import Type
from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, TextEdit
from segdsl.project.model import Schema
from segdsl.syntax import ast
from segdsl.syntax.walk import iter_nodes

if TYPE_CHECKING:  # reading list files is the workspace's job, not the checker's
    from segdsl.project.static_lists import StaticList

_D = TypeVar("_D", ast.MetricDecl, ast.SegmentDecl, ast.SegmentationDecl)


def _ignore(diagnostic: Diagnostic) -> None:
    """A report that drops what it is told."""


def suggest_entity(name: str, entities: Sequence[str]) -> str:
    guess = closest(name, list(entities))
    listed = f"entities: {', '.join(entities)}"
    return f"did you mean '{guess.name}'? {listed}" if guess is not None else listed


def rename_edits(span: Span, name: str, entities: Sequence[str]) -> tuple[TextEdit, ...]:
    guess = closest(name, list(entities))
    return (TextEdit(span, guess.name),) if guess is not None and guess.unique else ()


_KIND_WORDS = {
    ast.MetricDecl: "metric",
    ast.SegmentDecl: "segment",
    ast.SegmentationDecl: "segmentation",
    ast.EventDecl: "named event",
}


@dataclass
class CheckedProject:
    schema: Schema
    metrics: dict[str, ast.MetricDecl] = field(default_factory=dict)
    segments: dict[str, ast.SegmentDecl] = field(default_factory=dict)
    segmentations: dict[str, ast.SegmentationDecl] = field(default_factory=dict)
    metric_types: dict[str, Type] = field(default_factory=dict)
    # Named events (SPEC 11): their declarations and what each reads (None when
    # it has an error), and per definition or named event the named events it
    # uses directly.
    named_events: dict[str, ast.EventDecl] = field(default_factory=dict)
    event_sets: dict[str, EventSetRef | None] = field(default_factory=dict)
    event_uses: dict[str, frozenset[str]] = field(default_factory=dict)
    # Definition name -> names of the definitions it uses directly.
    dependencies: dict[str, frozenset[str]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # The type of every checked node and what every name refers to (check/facts.py).
    facts: Facts = field(default_factory=Facts)
    # The project's IANA time zone (segdsl.yml ``timezone:``, SPEC 11): the compiler
    # and the reference evaluator take days, midnights and calendar steps in it.
    timezone: str = "UTC"
    # For a view of one entity (for_entity): the whole project, whose other
    # entities' definitions member aggregates read.
    origin: CheckedProject | None = None

    @property
    def whole(self) -> CheckedProject:
        """The whole project (this one unless it is a view of one entity)."""
        return self.origin or self

    # The static lists of segdsl.yml by name, with their keys (SPEC 11).  A fixture
    # case that gives a list's keys runs on a copy with them replaced.
    static_lists: dict[str, StaticList] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(d.is_error for d in self.diagnostics)

    def declaration(self, name: str) -> ast.Declaration | None:
        """The metric, segment or segmentation ``name`` (named events are apart:
        ``named_events``)."""
        return self.metrics.get(name) or self.segments.get(name) or self.segmentations.get(name)

    def any_declaration(self, name: str) -> ast.Declaration | None:
        """A definition or named event called ``name``."""
        return self.declaration(name) or self.named_events.get(name)

    def entity_of(self, name: str) -> str | None:
        """The entity definition ``name`` is about (SPEC 11): its ``for``, else the
        schema's default entity; None when no definition has that name."""
        decl = self.declaration(name)
        if decl is None or isinstance(decl, ast.EventDecl):
            return None
        return decl.entity or self.schema.entity

    def for_entity(self, entity: str) -> CheckedProject:
        """The project as seen from one entity: its schema and only the definitions
        about it, so the compiler and the reference evaluator, which know one
        entity, evaluate it.  Facts are shared.  For the default entity of a
        single-entity schema this is the project itself."""
        schema = self.schema.for_entity(entity)
        if schema is None:
            raise KeyError(entity)
        if not self.schema.entities:
            return self

        def mine(names: dict[str, _D]) -> dict[str, _D]:
            return {n: d for n, d in names.items() if (d.entity or self.schema.entity) == entity}

        metrics = mine(self.metrics)
        view = CheckedProject(schema, metrics, mine(self.segments), mine(self.segmentations),
                              {n: self.metric_types[n] for n in metrics
                               if n in self.metric_types},
                              diagnostics=self.diagnostics, facts=self.facts,
                              static_lists=self.static_lists, timezone=self.timezone,
                              named_events=self.named_events, event_sets=self.event_sets,
                              event_uses=self.event_uses)
        view.dependencies = {
            name: frozenset(d for d in uses if view.declaration(d) is not None)
            for name, uses in self.dependencies.items() if view.declaration(name) is not None}
        view.origin = self
        return view

    def order(self) -> list[str]:
        """All definitions, each after the ones it uses (only meaningful without cycles).

        A depth-first search written iteratively, so a long chain of definitions
        (``s1`` uses ``s2`` uses ``s3`` ...) cannot exhaust Python's recursion limit.
        """
        done: list[str] = []
        seen: set[str] = set()
        for root in self.dependencies:
            if root in seen:
                continue
            seen.add(root)
            stack = [(root, iter(sorted(self.dependencies.get(root, ()))))]
            while stack:
                name, pending = stack[-1]
                dependency = next(pending, None)
                if dependency is None:
                    stack.pop()
                    done.append(name)
                elif dependency not in seen:
                    seen.add(dependency)
                    stack.append((dependency, iter(sorted(self.dependencies.get(dependency, ())))))
        return done


class _ProjectChecker:
    def __init__(self, schema: Schema, files: list[ast.SourceFile],
                 static_lists: dict[str, StaticList]) -> None:
        self.schema = schema
        self.result = CheckedProject(schema, static_lists=static_lists)
        self.files = files
        # The files' text, for hints that quote what the user wrote (built once: a
        # checker is made per declaration).
        self.texts = {source.path: source.text for source in files}
        # Named events being resolved, to find a cycle among them.
        self._resolving: list[str] = []
        # Declarations whose `for` names no entity (reported once, ENT002).
        self.unknown_entity: set[int] = set()

    # The Resolver protocol of segdsl.check.expressions ----------------------
    def metric_type(self, name: str) -> Type | None:
        decl = self.result.metrics.get(name)
        if decl is None:
            return None
        # Metrics are checked in dependency order before anything else (see run), so
        # a metric without a type yet is the back edge of a cycle, which find_cycles
        # reports; checking it here would recurse once per link of the cycle.
        return self.result.metric_types.get(name, t.ERROR)

    def segmentation_type(self, name: str) -> Type | None:
        decl = self.result.segmentations.get(name)
        return None if decl is None else segmentation_type(decl)

    def is_segment(self, name: str) -> bool:
        return name in self.result.segments

    def static_list_names(self) -> list[str]:
        return list(self.result.static_lists)

    def declared_kind(self, name: str) -> str | None:
        decl = self.result.declaration(name)
        return None if decl is None else _KIND_WORDS[type(decl)]

    def value_names(self) -> list[str]:
        # (The expression checker adds its own entity's attributes.)
        return [*self.result.metrics, *self.result.segmentations]

    def segment_names(self) -> list[str]:
        return list(self.result.segments)

    def declaration(self, name: str) -> ast.Declaration | None:
        return self.result.declaration(name)

    def is_named_event(self, name: str) -> bool:
        return name in self.result.named_events

    def named_event_names(self) -> list[str]:
        return list(self.result.named_events)

    def named_event(self, name: str) -> EventSetRef | None:
        """What the named event ``name`` reads, checked on first use (None when it
        has an error, reported once)."""
        if name in self.result.event_sets:
            return self.result.event_sets[name]
        decl = self.result.named_events[name]
        if name in self._resolving:
            path = " -> ".join([*self._resolving[self._resolving.index(name):], name])
            self.report(Diagnostic(
                Code.EVT004, f"named events are defined through each other in a cycle: {path}",
                decl.name_span, hint="a named event cannot stand for itself, directly or "
                "through others"))
            self.result.event_sets[name] = None
            return None
        self._resolving.append(name)
        checker = self._checker(decl)
        try:
            found = checker.named_event(decl)
        except RecursionError:
            self._too_deep(decl)
            found = None
        finally:
            self._resolving.pop()
        self.result.event_uses[name] = frozenset(checker.event_uses)
        # A cycle found deeper down already stored None for this name.
        if name not in self.result.event_sets:
            self.result.event_sets[name] = found
        return self.result.event_sets[name]

    def entity_of(self, name: str) -> str | None:
        return self.result.entity_of(name)

    def for_entity(self, entity: str) -> _ProjectChecker:
        # One namespace for every entity: whether a definition may be used in a
        # scope is the expression checker's question (ENT003), not a lookup miss.
        return self

    # ------------------------------------------------------------------------
    def report(self, diagnostic: Diagnostic) -> None:
        self.result.diagnostics.append(diagnostic)

    def run(self) -> CheckedProject:
        self._collect()
        # Metrics first, each after the metrics it uses: a metric's type is otherwise
        # inferred on first use, which recurses once per link of a chain of metrics.
        for name in self._metrics_in_dependency_order():
            self._check_metric(self.result.metrics[name])
        for decl in self._declarations():
            if decl.name in self.result.dependencies:
                continue
            match decl:
                case ast.MetricDecl():
                    self.metric_type(decl.name)
                case ast.SegmentDecl():
                    self._check_segment(decl)
                case ast.SegmentationDecl():
                    self._check_segmentation(decl)
                case ast.EventDecl():
                    self.named_event(decl.name)
        self._report_cycles()
        return self.result

    def _metrics_in_dependency_order(self) -> list[str]:
        metrics = self.result.metrics
        uses = {
            name: sorted({node.name for node in iter_nodes(decl.expr)
                          if isinstance(node, ast.Name) and node.name in metrics})
            for name, decl in metrics.items()
        }
        order: list[str] = []
        seen: set[str] = set()
        for root in metrics:
            if root in seen:
                continue
            seen.add(root)
            stack = [(root, iter(uses[root]))]
            while stack:  # iterative post-order depth-first search
                name, pending = stack[-1]
                child = next(pending, None)
                if child is None:
                    stack.pop()
                    order.append(name)
                elif child not in seen:
                    seen.add(child)
                    stack.append((child, iter(uses[child])))
        return order

    def _declarations(self) -> Iterator[ast.Declaration]:
        """The declarations that own their name (duplicates are left out)."""
        for source in self.files:
            for decl in source.declarations:
                if self.result.any_declaration(decl.name) is decl:
                    yield decl

    def _collect(self) -> None:
        for source in self.files:
            for decl in source.declarations:
                kind = _KIND_WORDS[type(decl)]
                if isinstance(decl, ast.EventDecl) and decl.name in self.schema.events:
                    self.report(Diagnostic(
                        Code.EVT005, f"the named event '{decl.name}' has the name of an event of "
                        "the schema", decl.name_span,
                        hint="a named event needs a name of its own, e.g. "
                        f"`{decl.name}_filtered`"))
                    continue
                schema = self._entity_schema(decl)
                schema_names = {
                    **{name: "attribute" for name in schema.attributes},
                    **{name: "relation" for name in [*schema.relations, *schema.members]},
                }
                if decl.name in schema_names:
                    self.report(Diagnostic(
                        Code.NAM003, f"the {kind} '{decl.name}' has the name of a schema "
                        f"{schema_names[decl.name]}", decl.name_span,
                        hint="attributes, relations, metrics, segmentations and segments share "
                        "one set of names; rename the " + kind,
                    ))
                    continue
                existing = self.result.any_declaration(decl.name)
                if existing is not None:
                    self._duplicate(decl, existing)
                    continue
                match decl:
                    case ast.MetricDecl():
                        self.result.metrics[decl.name] = decl
                    case ast.SegmentDecl():
                        self.result.segments[decl.name] = decl
                    case ast.SegmentationDecl():
                        self.result.segmentations[decl.name] = decl
                    case ast.EventDecl():
                        self.result.named_events[decl.name] = decl

    def _duplicate(self, decl: ast.Declaration, existing: ast.Declaration) -> None:
        first = existing.name_span
        new_kind, old_kind = _KIND_WORDS[type(decl)], _KIND_WORDS[type(existing)]
        code = Code.NAM002 if new_kind == old_kind else Code.NAM003
        message = (f"the {new_kind} '{decl.name}' is defined twice" if code == Code.NAM002
                   else f"the {new_kind} '{decl.name}' has the name of a {old_kind}")
        self.report(Diagnostic(
            code, message, decl.name_span,
            hint=f"the first definition is at {first.file}:{first.line}:{first.column}",
            related=((first, "first defined here"),),
        ))

    def _entity_schema(self, decl: ast.Declaration) -> Schema:
        """The schema of the entity ``decl`` is about (SPEC 11); an unknown ``for``
        entity is reported once (ENT002) and the default entity stands in."""
        if isinstance(decl, ast.EventDecl):
            return self._event_decl_schema(decl)
        if decl.entity is None:
            return self.schema
        found = self.schema.for_entity(decl.entity)
        if found is not None:
            return found
        if decl.entity_span is not None and id(decl) not in self.unknown_entity:
            self.unknown_entity.add(id(decl))
            entities = self.schema.entity_names()
            self.report(Diagnostic(
                Code.ENT002, f"unknown entity '{decl.entity}'", decl.entity_span,
                hint=suggest_entity(decl.entity, entities),
                edits=rename_edits(decl.entity_span, decl.entity, entities),
            ))
        return self.schema

    def _checker(self, decl: ast.Declaration) -> ExpressionChecker:
        self.result.facts.roots.append(decl)
        schema = self._entity_schema(decl)
        # A definition about an unknown entity is checked against the default one
        # silently: its one message is the unknown entity.
        report = self.report if id(decl) not in self.unknown_entity else _ignore
        return ExpressionChecker(schema, self, report, self.texts, self.result.facts)

    def _event_decl_schema(self, decl: ast.EventDecl) -> Schema:
        """A named event is about the entity whose schema declares the event(s) it
        filters (an event belongs to one entity); the default entity otherwise (a
        named event over another named event, or an unknown event, reported there)."""
        base = decl.base
        names = [base.event] if base.group is None else [n.name for n in base.group.names]
        for entity in self.schema.entity_names() if self.schema.entities else ():
            found = self.schema.for_entity(entity)
            if found is not None and any(name in found.events for name in names):
                return found
        return self.schema

    def _too_deep(self, decl: ast.Declaration) -> None:
        self.report(Diagnostic(
            Code.SYN010, f"the {_KIND_WORDS[type(decl)]} '{decl.name}' is nested too deeply to "
            "check", decl.name_span,
            hint="split it into smaller metrics or segments and combine them",
        ))

    def _check_metric(self, decl: ast.MetricDecl) -> None:
        checker = self._checker(decl)
        try:
            found = checker.value(decl.expr, None)
        except RecursionError:
            self._too_deep(decl)
            found = t.ERROR
        if found.is_list:  # a metric is one value per customer (docs/semantics.md, "Lists")
            found = refused_value(checker, found, decl.expr, "a metric")
        self.result.metric_types[decl.name] = found
        self.result.dependencies[decl.name] = frozenset(checker.dependencies)
        self.result.event_uses[decl.name] = frozenset(checker.event_uses)

    def _check_segment(self, decl: ast.SegmentDecl) -> None:
        check_segment_expectations(decl, self.report)
        checker = self._checker(decl)
        try:
            checker.condition(decl.condition)
        except RecursionError:
            self._too_deep(decl)
        self.result.dependencies[decl.name] = frozenset(checker.dependencies)
        self.result.event_uses[decl.name] = frozenset(checker.event_uses)

    def _check_segmentation(self, decl: ast.SegmentationDecl) -> None:
        check_segmentation_expectations(decl, self.report)
        checker = self._checker(decl)
        otherwise: ast.Branch | None = None
        for branch in decl.branches:
            if otherwise is not None:
                self.report(Diagnostic(
                    Code.WRN003, f"the branch '{branch.label}' comes after `otherwise` and is "
                    "never reached", branch.span,
                    hint=f"move `{otherwise.label}: otherwise` to the end",
                ))
            if branch.condition is None:
                otherwise = otherwise or branch
                continue
            try:
                checker.condition(branch.condition)
            except RecursionError:
                self._too_deep(decl)
                break
        self.result.dependencies[decl.name] = frozenset(checker.dependencies)
        self.result.event_uses[decl.name] = frozenset(checker.event_uses)

    def _report_cycles(self) -> None:
        for cycle in find_cycles(self.result.dependencies, order=list(self._names_in_order())):
            decl = self.result.declaration(cycle[0])
            if decl is None:  # pragma: no cover - cycles only contain declarations
                continue
            path = " -> ".join([*cycle, cycle[0]])
            self.report(Diagnostic(
                Code.NAM004, f"definitions depend on each other in a cycle: {path}", decl.name_span,
                hint="a segment or metric cannot use itself, directly or through others",
            ))

    def _names_in_order(self) -> Iterator[str]:
        for decl in self._declarations():
            yield decl.name


def segmentation_type(decl: ast.SegmentationDecl) -> Type:
    """A segmentation is a string whose allowed values are its labels (SPEC 3.2)."""
    labels = tuple(dict.fromkeys(b.label for b in decl.branches))
    return Type(t.Kind.STRING, labels, f"segmentation {decl.name}")


def check_project(schema: Schema, files: list[ast.SourceFile],
                  static_lists: dict[str, StaticList] | None = None, *,
                  timezone: str = "UTC") -> CheckedProject:
    """Check every declaration of every file against the schema (and the project's
    static lists, for `in list`); never raises.  ``timezone``: the project's (a name
    segdsl.yml's loader accepted)."""
    checked = _ProjectChecker(schema, files, static_lists or {}).run()
    checked.timezone = timezone
    return checked
