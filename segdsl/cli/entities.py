"""``--entity NAME`` of ``run`` and ``compile`` (SPEC 11, several entities).

A membership table has one row per row of one entity, so ``--all`` evaluates one
entity's definitions: the one named with ``--entity``, else the default entity
(with a note on stderr naming the others).  ``SEGMENT`` is evaluated over its own
entity.  A single-entity project is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import click

from segdsl.cli.common import fail

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject

F = TypeVar("F", bound=Callable[..., object])


def entity_option(function: F) -> F:
    return click.option(
        "--entity",
        metavar="NAME",
        default=None,
        help="With several entities in schema.yml: evaluate --all for this entity "
        "(default: the default entity). SEGMENT is always evaluated for its own entity.",
    )(function)


def choose_entity(checked: CheckedProject, entity: str | None, segment: str | None,
                  ) -> CheckedProject:
    """The project as seen from the entity the command evaluates."""
    from segdsl.check.checker import suggest_entity

    schema = checked.schema
    names = schema.entity_names()
    if entity is not None and entity not in names:
        fail(f"no entity is called '{entity}' ({suggest_entity(entity, names)})")
    if segment is not None:
        own = checked.entity_of(segment) or schema.entity
        if entity is not None and entity != own:
            fail(f"the segment '{segment}' is about {own}, not {entity}; leave out --entity")
        return checked.for_entity(own)
    if entity is None:
        others = [name for name in names if name != schema.entity]
        if others:
            click.echo(f"note: the membership table of {schema.entity} (the default entity); "
                       f"for another use --entity ({', '.join(others)})", err=True)
        return checked.for_entity(schema.entity)
    return checked.for_entity(entity)
