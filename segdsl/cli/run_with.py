"""``run --with email,country``: the attributes to show next to the key.

A campaign tool wants the members with what it needs to reach them (an e-mail
address, a country), so ``run`` can add attribute columns to its rows: customer
attributes (``email``) and relation attributes (``account.industry``), named as
written and placed right after the key (before the definitions' columns with
``--all``).  The names are checked here, against the schema, before the database
is opened: a name the schema lacks is a usage error (exit status 2, like an
unknown SEGMENT), with the closest name and the names there are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from segdsl.cli.common import fail

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject

# How many of the schema's attribute names an error lists.
_LISTED = 12


def attribute_names(checked: CheckedProject) -> list[str]:
    """Every name ``--with`` accepts, in schema order: attributes, then each
    relation's attributes as ``relation.attribute``."""
    schema = checked.schema
    names = list(schema.attributes)
    for relation in schema.relations.values():
        names += [f"{relation.name}.{attribute}" for attribute in relation.attributes]
    return names


def chosen_attributes(checked: CheckedProject, values: Iterable[str]) -> list[str]:
    """The ``--with`` values (each a comma-separated list; the option repeats) as
    attribute names in the order given; exits 2 naming the first bad one."""
    known = attribute_names(checked)
    chosen: list[str] = []
    for value in values:
        for part in value.split(","):
            name = part.strip()
            if not name:
                fail(f"--with '{value}' has an empty name; give attribute names separated "
                     "by commas, e.g. --with email,country")
            if name in chosen:
                fail(f"--with names '{name}' twice")
            if name not in known or name == checked.schema.key:
                fail(_unknown(checked, name, known))
            chosen.append(name)
    return chosen


def _unknown(checked: CheckedProject, name: str, known: list[str]) -> str:
    schema = checked.schema
    if name == schema.key:
        return (f"--with '{name}': the key {name} is always the first column; "
                "--with adds attributes after it")
    kind = ("segment" if name in checked.segments else
            "segmentation" if name in checked.segmentations else
            "metric" if name in checked.metrics else None)
    if kind is not None:
        return (f"--with '{name}': that is a {kind}, not an attribute; `segdsl run --all` "
                "includes every definition as a column")
    relation, dot, attribute = name.partition(".")
    if dot and relation in schema.relations:
        what = f"the relation '{relation}' has no attribute '{attribute}'"
        choices = [f"{relation}.{other}" for other in schema.relations[relation].attributes]
        noun = f"the attributes of {relation}"
    elif dot:
        what = f"the schema has no relation '{relation}'"
        choices = list(schema.relations)
        noun = "relations"
    else:
        what = f"the schema has no attribute '{name}'"
        choices = list(schema.attributes)
        noun = "attributes"
    from segdsl.check.suggest import did_you_mean

    hint = did_you_mean(name, known)
    listed = ", ".join(choices[:_LISTED]) + (", …" if len(choices) > _LISTED else "")
    return (f"--with: {what}" + (f" ({hint})" if hint else "")
            + (f"; {noun}: {listed}" if choices else f"; the schema declares no {noun}"))
