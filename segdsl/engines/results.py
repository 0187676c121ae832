"""Result values made what the definitions' kinds say they are, for engines whose
results lose the kind on the way (MySQL/MariaDB).

MySQL and MariaDB have no boolean type in results: a condition (a segment, a
boolean metric, a ``BOOLEAN`` column, which is ``TINYINT(1)``) comes back as the
integer 0 or 1; ``SUM`` of integers is a ``DECIMAL``; a JSON array column comes
back as its text.  ``run`` must print ``true``/``false``, ``5`` and ``["a","b"]``
exactly as on DuckDB, and ``diff`` and the fixture tests compare booleans, so the
rows of such an engine are decoded by :func:`result_kinds` (what each output
column of the membership table, or of ``run --with``, holds).  Engines whose
results keep their types never decode.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from segdsl.check.types import Kind

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject

# Output column name -> the kind its values are.
ResultKinds = Mapping[str, Kind]


def result_kinds(checked: CheckedProject, attributes: Iterable[str] = ()) -> dict[str, Kind]:
    """The kind of every output column ``checked`` can produce: segments are
    booleans, metrics their kind, and each ``run --with`` attribute (``email``,
    ``account.industry``) its declared type.  Segmentations are text and keys are
    what the table holds, so neither needs decoding."""
    kinds: dict[str, Kind] = {name: Kind.BOOLEAN for name in checked.segments}
    kinds.update({name: kind.kind for name, kind in checked.metric_types.items()})
    schema = checked.schema
    for name in attributes:
        relation, dot, attribute = name.partition(".")
        field = (schema.relations[relation].attributes.get(attribute)
                 if dot and relation in schema.relations else schema.attributes.get(name))
        if field is not None:
            kinds[name] = Kind(field.type.value)
    return kinds


def decode_rows(columns: Sequence[str], rows: Iterable[tuple[object, ...]],
                kinds: ResultKinds) -> Iterator[tuple[object, ...]]:
    """``rows`` with the values of the columns ``kinds`` names made that kind
    (NULL stays NULL); lazily, so a stream stays a stream."""
    decoders = [(index, _DECODERS[kinds[name]]) for index, name in enumerate(columns)
                if name in kinds and kinds[name] in _DECODERS]
    if not decoders:
        yield from rows
        return
    for row in rows:
        values = list(row)
        for index, decode in decoders:
            if values[index] is not None:
                values[index] = decode(values[index])
        yield tuple(values)


def _boolean(value: object) -> object:
    return bool(value) if isinstance(value, int | Decimal) else value


def _integer(value: object) -> object:
    """``SUM`` of integers is a DECIMAL on MySQL; an integral one is an int."""
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value


def _list(value: object) -> object:
    """A JSON array's text (MySQL has no arrays) as the list DuckDB returns."""
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    if isinstance(value, str):
        parsed = json.loads(value)
        return parsed if isinstance(parsed, list) else value
    return value


_DECODERS = {Kind.BOOLEAN: _boolean, Kind.INTEGER: _integer,
             Kind.LIST_STRING: _list, Kind.LIST_INTEGER: _list}
