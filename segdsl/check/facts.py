"""What the checker learned about each node: its type and what its name refers to.

The checker works out, for every expression it checks, a type, and for every
name-like node the thing the name means (an attribute, a relation's attribute,
an event, a property of an event, a metric, a segment, a segmentation).  Later
stages used to work both out again; :class:`Facts` keeps them, as sqlglot's
``qualify``/``annotate_types`` and PRQL's resolver keep theirs, so the compiler,
the reference evaluator, ``explain`` and the language server look them up.

Facts are keyed by node identity (``id(node)``): AST nodes compare by value, and
two equal nodes in different places (``age`` inside and outside ``with``) may mean
different things.  :class:`Facts` keeps the declarations it recorded alive, so an
id can never be reused by another node while the facts exist.  A node made after
the check (``explain`` builds a few, ``dataclasses.replace`` makes copies) has no
facts: :meth:`Facts.type_of` and :meth:`Facts.binding_of` return None for it, and
the caller falls back (``TypeOracle`` infers such a node's type with the
checker's rules).

What gets a binding:

* ``Name`` — :class:`AttributeRef`, :class:`MetricRef` or :class:`SegmentationRef`
  outside ``with``, :class:`PropertyRef` inside it;
* ``Member`` (``account.industry``) — :class:`RelationAttributeRef`;
* ``Aggregate`` — :class:`PropertyRef` when it names a property, else
  :class:`EventRef`; ``EventMatch`` (``has EVENT``, both sides of a sequence) —
  :class:`EventRef`; ``EventFilter`` (``with …``) — the :class:`EventRef` of the
  event whose properties its names are;
* ``InSegment`` — :class:`SegmentRef`;
* a group of events or a named event in place of an event (``Aggregate``,
  ``EventMatch``) — :class:`EventSetRef` (or :class:`EventSetPropertyRef` for an
  aggregate of a property); names inside its ``with`` get a :class:`PropertyRef`
  of its ``scope`` (each member reads its own event's property of that name).
* ``Aggregate`` over an entity's members (``count(members ...)``, SPEC 11) —
  :class:`MembersRef`.

Only names that resolved get one: a name the checker reported (unknown, or a
segment used as a value) has none.  Every expression node of a checked
declaration gets a type, except the list after ``in``/``not in``, which is not a
value (its items have their types).  A type is the one ``ExpressionChecker.infer``
returns for the node (so a bare duration is ``duration``), ``error`` where the
checker reported a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from segdsl.check.types import Type
from segdsl.project.model import EventType, Field, Members, Relation
from segdsl.syntax import ast


@dataclass(frozen=True, slots=True)
class AttributeRef:
    """An attribute of the entity (``age``)."""

    field: Field


@dataclass(frozen=True, slots=True)
class RelationAttributeRef:
    """An attribute of a relation (``account.industry``)."""

    relation: Relation
    field: Field


@dataclass(frozen=True, slots=True)
class EventRef:
    """An event (``has purchase``, ``count(purchase)``)."""

    event: EventType


@dataclass(frozen=True, slots=True)
class PropertyRef:
    """A property of an event (``amount`` inside ``with``, ``sum(purchase.amount)``)."""

    event: EventType
    field: Field


@dataclass(frozen=True, slots=True)
class EventMember:
    """One schema event of an :class:`EventSetRef`, with the conditions (in that
    event's scope) its named events put on it; all must hold."""

    event: EventType
    filters: tuple[ast.Expr, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class EventSetRef:
    """Several events at once (``(a or b)``, ``any event``) or a named event
    (``event big_purchase = purchase with amount >= 100``), SPEC 11.

    ``members`` are the schema events it reads, each with its named events'
    filters; an event may appear in two members (``(big_purchase or purchase)``):
    a row belongs to the set when it matches any member, so it counts once.
    ``scope`` is the event-like scope a ``with`` filter and ``.property`` are
    checked in: its properties are those every member has with one type
    (``properties`` of a made-up :class:`EventType` named ``label``, whose table
    is empty); a bound property is looked up by name in each member's event.
    ``decl`` is the declaration of a named event.
    """

    label: str
    members: tuple[EventMember, ...]
    scope: EventType
    decl: ast.EventDecl | None = None


@dataclass(frozen=True, slots=True, eq=False)
class EventSetPropertyRef:
    """A property of an :class:`EventSetRef` (``sum((purchase or refund).amount)``):
    ``field`` is the scope's field; each member reads its own event's field of
    that name."""

    events: EventSetRef
    field: Field


@dataclass(frozen=True, slots=True)
class MetricRef:
    decl: ast.MetricDecl


@dataclass(frozen=True, slots=True)
class SegmentRef:
    decl: ast.SegmentDecl


@dataclass(frozen=True, slots=True)
class SegmentationRef:
    decl: ast.SegmentationDecl


@dataclass(frozen=True, slots=True)
class MembersRef:
    """An aggregate over an entity's members (SPEC 11): ``count(members with C)``,
    ``sum(members.seats)``, ``sum(members.purchase.amount in last 90 days)``.

    The checker writes what is computed per member as expressions of the member
    entity, checked in its scope (so they have facts like any checked node):
    ``filter`` (which members count; None: all) and ``value`` (what is aggregated
    over them: an attribute's ``Name``, or for members' events an aggregate over
    one member's events; None for ``count(members)``).  ``count`` is the member-level
    event count an ``avg`` of members' events divides by.  ``function`` is how the
    per-member values combine: ``count`` (members), ``sum``, ``min``, ``max``,
    ``avg`` (of members' values) or ``events_avg`` (sum of sums / sum of counts).
    """

    members: Members
    entity: str  # the member entity
    function: str
    filter: ast.Expr | None = None
    value: ast.Expr | None = None
    count: ast.Expr | None = None


Binding = (AttributeRef | RelationAttributeRef | EventRef | PropertyRef | MetricRef
           | SegmentRef | SegmentationRef | EventSetRef | EventSetPropertyRef | MembersRef)


@dataclass(eq=False)
class Facts:
    """Types and bindings by node identity, filled by the checker.

    ``types`` and ``bindings`` map ``id(node)`` to the fact; only the checker
    writes them (through ``ExpressionChecker``), everyone else reads with
    :meth:`type_of` and :meth:`binding_of`.
    """

    types: dict[int, Type] = field(default_factory=dict)
    bindings: dict[int, Binding] = field(default_factory=dict)
    # The declarations whose nodes are recorded, kept alive so no recorded id is
    # ever reused by a new node (the ids would then answer for the wrong node).
    roots: list[ast.Declaration] = field(default_factory=list)
    # The checker's one binding per thing referred to (by id of the field, event
    # or declaration, which the binding keeps alive), shared by all its uses.
    shared: dict[int, Binding] = field(default_factory=dict)

    def type_of(self, node: object) -> Type | None:
        """The type the checker gave ``node``; None for a node it did not check."""
        return self.types.get(id(node))

    def binding_of(self, node: object) -> Binding | None:
        """What the name-like ``node`` refers to; None when it is not a name, did not
        resolve, or was not checked."""
        return self.bindings.get(id(node))
