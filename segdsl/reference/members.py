"""Aggregates over an entity's members in the reference evaluator (SPEC 11).

Written from the rules in docs/semantics.md ("Several entities"), not from the
compiler: the members of a parent row are the member entity's rows whose ``via``
column equals the parent's key (as text, as keys are compared everywhere); each
member's filter and value are evaluated by an evaluator of the member entity (its
own rules, events before as-of, two-valued logic), and combined here:

* ``count``: the members whose filter holds (0 without members);
* ``sum``: the sum of their set values (0 without), ``min``/``max``/``avg`` of the
  set values (not set without);
* members' events: ``count``/``sum`` add up the members' counts/sums, ``min``/``max``
  the least/greatest, ``avg`` (``events_avg``) is the sum of their sums over the sum
  of their counts, not set when no member has such an event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from segdsl import numbers
from segdsl.check.facts import MembersRef
from segdsl.check.types import Kind
from segdsl.reference.aggregates import maximum, minimum, total
from segdsl.reference.scope import Scope

if TYPE_CHECKING:
    from segdsl.reference.evaluator import Evaluator

# (values present, all members' values) -> the combined value
_Combine = Callable[[list[object]], object]


def members_aggregate(parent: Evaluator, ref: MembersRef, scope: Scope) -> object:
    member = parent.member_evaluator(ref.entity)
    key = parent.tables.entities[scope.entity].get(parent.schema.key)
    chosen = [index for index in member.members_of(ref.members.via, key)
              if ref.filter is None or member.holds(ref.filter, Scope(index))]
    if ref.function == "count":
        return len(chosen)
    assert ref.value is not None
    values = [member.value(ref.value, Scope(index)) for index in chosen]
    present = [value for value in values if value is not None]
    integer = parent.checked.facts.type_of(ref.value) is not None and \
        parent.checked.facts.type_of(ref.value).kind is Kind.INTEGER  # type: ignore[union-attr]
    match ref.function:
        case "sum":
            return total(present, integer=integer)
        case "min":
            return minimum(present)
        case "max":
            return maximum(present)
        case "avg":
            if not present:
                return None
            return numbers.divide(total(present, integer=integer), len(present))
    # events_avg: the members' sums over their counts
    assert ref.count is not None
    counts = [member.value(ref.count, Scope(index)) for index in chosen]
    count = sum(int(c) for c in counts if isinstance(c, int))
    if count == 0:
        return None
    return numbers.divide(total(present, integer=integer), count)
