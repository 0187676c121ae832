"""Where the reference evaluator evaluates an expression (SPEC 3.5), shared by
reference/evaluator.py and the modules of its rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from segdsl.project.model import EventType


@dataclass(frozen=True, slots=True)
class Scope:
    """Where an expression is evaluated: for the entity row ``entity``, and inside
    ``with`` for one event, whose properties are then the only names (SPEC 3.5)."""

    entity: int
    event: EventType | None = None
    row: Mapping[str, object] | None = None


# Event windows have fixed bounds (checked): they are evaluated without a customer.
NO_CUSTOMER = Scope(-1)
