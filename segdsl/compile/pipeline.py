"""The compiler's stages, in order (see ARCHITECTURE.md):

1. **expressions** (expressions.py, with events.py, ranking.py, calls.py): the
   checked definitions -> sqlglot expressions, filling a :class:`~.plan.Plan`;
2. **assemble** (assemble.py): the plan -> one SELECT with CTEs;
3. **render** (render.py): the SELECT -> SQL text in the target dialect.

Every stage takes the :class:`~.dialects.Dialect` of the target; engine quirks live
there and nowhere else.  The public entry points are in api.py, which runs these
on a thread with a deep stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlglot import exp

from segdsl.check.checker import CheckedProject
from segdsl.compile import render as rendering
from segdsl.compile.assemble import Assembler
from segdsl.compile.dialects import DIALECTS, Dialect
from segdsl.compile.errors import CompileError
from segdsl.compile.expressions import ExpressionCompiler
from segdsl.compile.members import VIA, member_view
from segdsl.compile.plan import Output, Plan
from segdsl.timecontext import DEFAULT, TimeContext


def dialect(name: str, context: TimeContext = DEFAULT) -> Dialect:
    """The dialect ``name`` bound to one compilation's time context."""
    try:
        factory = DIALECTS[name]
    except KeyError:
        known = ", ".join(DIALECTS)
        raise CompileError(f"unknown dialect '{name}' (use one of {known})") from None
    return factory(context)


def default_names(checked: CheckedProject) -> list[str]:
    """The columns of `compile --all` (SPEC 6): segments, segmentations, metrics,
    each in the order of the files; with several entities, those of the
    project's (or the view's) entity."""
    names = [*checked.segments, *checked.segmentations, *checked.metrics]
    entity = checked.schema.entity
    return [name for name in names if checked.entity_of(name) in (entity, None)]


def entity_view(checked: CheckedProject, names: Sequence[str]) -> CheckedProject:
    """The view of the one entity ``names`` are about (SPEC 11: a query has one
    row per row of one entity); the project itself with a single entity."""
    if not checked.schema.entities:
        return checked
    entities = list(dict.fromkeys(e for e in map(checked.entity_of, names) if e is not None))
    if len(entities) > 1:
        raise CompileError(f"the definitions are about different entities ({', '.join(entities)}); "
                           "compile each entity's definitions apart (--entity NAME)")
    entity = entities[0] if entities else checked.schema.entity
    return checked if entity == checked.schema.entity and checked.origin else \
        checked.for_entity(entity)


def plan(checked: CheckedProject, target: Dialect, as_of: dt.datetime | None,
         names: Sequence[str] | None = None, *, attributes: Sequence[str] = (),
         segment_only: str | None = None) -> Plan:
    """Stage 1: the plan of a query with a column per definition in ``names``
    (default: every one, see :func:`default_names`) after the key and the chosen
    ``attributes``; with ``segment_only``, the keys of that segment's members."""
    chosen = list(names) if names is not None else default_names(checked)
    for name in chosen:
        if checked.declaration(name) is None:
            raise CompileError(f"no segment, segmentation or metric is called '{name}'")
    checked = entity_view(checked, chosen)
    compiler = ExpressionCompiler(checked, target, as_of)
    output = Output(checked.schema.key)
    output.definitions = {name: compiler.definition(name) for name in chosen}
    # Chosen attributes (``run --with``) are read like any attribute a definition
    # uses (entity columns, relations through their LEFT JOIN) and go out right
    # after the key.
    output.shown = {name: _shown_attribute(checked, compiler.plan, name)
                    for name in attributes}
    output.segment_only = segment_only
    compiler.plan.output = output
    # Member aggregates (SPEC 11): each relation's members are the member entity's
    # own membership query, with a hidden definition per member-level value.
    for members in compiler.plan.member_passes.values():
        view = member_view(checked, members)
        inner = plan(view, target, as_of, list(members.definitions), attributes=[VIA])
        members.query = assemble(view, target, inner)
    return compiler.plan


def segment_plan(checked: CheckedProject, target: Dialect, as_of: dt.datetime | None,
                 name: str, attributes: Sequence[str] = ()) -> Plan:
    """Stage 1 for one segment: the plan of the query of its members' keys."""
    if name not in checked.segments:
        raise CompileError(f"no segment is called '{name}'")
    return plan(checked, target, as_of, [name], attributes=attributes, segment_only=name)


def _shown_attribute(checked: CheckedProject, into: Plan, name: str) -> str:
    """The column of an attribute (``email``) or relation attribute
    (``account.industry``) shown in the output."""
    schema = checked.schema
    relation, dot, attribute = name.partition(".")
    if not dot:
        if name not in schema.attributes:
            raise CompileError(f"the schema has no attribute '{name}'")
        return into.attribute(name)
    found = schema.relations.get(relation)
    if found is None or attribute not in found.attributes:
        raise CompileError(f"the schema has no relation attribute '{name}'")
    return into.relation_column(relation, attribute)


def assemble(checked: CheckedProject, target: Dialect, planned: Plan) -> exp.Select:
    """Stage 2: the plan as one SELECT."""
    return Assembler(planned, planned.schema or checked.schema, target).query()


def membership_tree(checked: CheckedProject, dialect_name: str, as_of: dt.datetime | None,
                    names: Sequence[str] | None, attributes: Sequence[str] = (),
                    context: TimeContext = DEFAULT) -> exp.Expression:
    """The membership SELECT as a sqlglot expression, exactly what
    :func:`build_membership` renders."""
    target = dialect(dialect_name, context)
    query = assemble(checked, target, plan(checked, target, as_of, names,
                                           attributes=attributes))
    rendering.unwrap_left_chains(query)
    return query


def build_membership(checked: CheckedProject, dialect_name: str, as_of: dt.datetime | None,
                     names: Sequence[str] | None, attributes: Sequence[str] = (),
                     context: TimeContext = DEFAULT) -> str:
    """Stage 3 after 1 and 2: the membership query's SQL text."""
    tree = membership_tree(checked, dialect_name, as_of, names, attributes, context)
    return rendering.render(tree, dialect(dialect_name, context), fresh=True, unwrapped=True)


def build_segment(checked: CheckedProject, name: str, dialect_name: str,
                  as_of: dt.datetime | None, attributes: Sequence[str] = (),
                  context: TimeContext = DEFAULT) -> str:
    target = dialect(dialect_name, context)
    planned = segment_plan(checked, target, as_of, name, attributes)
    return rendering.render(assemble(checked, target, planned), target, fresh=True)


def with_as_of(tree: exp.Expression, dialect_name: str, as_of: dt.datetime,
               context: TimeContext = DEFAULT) -> exp.Expression:
    return rendering.with_as_of(tree, dialect(dialect_name, context), as_of)


def render(query: exp.Expression, dialect_name: str, *, pretty: bool = False) -> str:
    """A compiled query (or one built around compiled parts) as SQL text."""
    return rendering.render(query, dialect(dialect_name), pretty=pretty)
