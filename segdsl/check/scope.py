"""The event scope of a ``with`` filter (SPEC 3.5), shared by the expression
checker's modules (check/expressions.py and the rules it hands nodes to)."""

from __future__ import annotations

from dataclasses import dataclass

from segdsl.check.facts import EventSetRef
from segdsl.project.model import EventType


@dataclass(frozen=True, slots=True)
class EventScope:
    """Inside ``with``: the event whose properties bare names refer to (for a group
    of events or a named event, its made-up scope, and the set itself in ``events``,
    so a missing property can be explained per member)."""

    event: EventType
    events: EventSetRef | None = None
