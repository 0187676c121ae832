"""The compiler's public entry points.

Both functions take a :class:`~segdsl.check.checker.CheckedProject` without errors
and return SQL text for one target dialect.  ``as_of`` is an aware UTC datetime to
embed as a literal, or None to use the engine's current timestamp at run time.
``context`` (:class:`~segdsl.timecontext.TimeContext`) is the project's zone and
what is known of how each timestamp column is stored; a command with a database
open passes what its column check found (``Reader.time_context``), so the SQL
reads each column the cheapest correct way.  Without one, every column's zoning
is unknown and the SQL is right for either kind.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from segdsl.check.checker import CheckedProject
from segdsl.compile.errors import CompileError as CompileError  # (re-exported)
from segdsl.deep import run_deep
from segdsl.project.model import DIALECTS as DIALECTS  # (re-exported: the registry)
from segdsl.timecontext import DEFAULT, TimeContext

if TYPE_CHECKING:  # sqlglot is imported lazily (`check` must not load it)
    from sqlglot import exp

    from segdsl.compile.plan import Plan

# Compiling and rendering recurse once per nesting level of a definition (and
# sqlglot once per change of operator in a long `a + b - c ...`).  The checker
# accepts what fits in Python's default recursion limit while checking, and the
# compiler needs more frames per level than the checker, so it runs in a thread with
# its own large stack and a raised limit.  The stack is virtual memory: only the
# pages a deep definition touches are used.  (Raising the limit on the main thread
# instead could overflow its C stack, which ends the process without a message.)
_RECURSION_LIMIT = 200_000
T = TypeVar("T")


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector run less often while compiling.

    Building a large project's query makes hundreds of thousands of sqlglot nodes,
    each with a parent reference (a cycle), and every few hundred allocations the
    collector walks the young ones, every tenth of those walks the older ones, the
    checked project included: a third of the CPU time of compiling 1,000 segments
    (bench/bench_compile.py; docs/performance.md).  Raising the first threshold
    keeps collections (the garbage of a compilation is still freed, and memory
    stays bounded: ~50 MB more at 1,000 segments) but makes them rare.  The old
    thresholds come back afterwards, also when compiling fails.
    """
    old = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def with_deep_stack(build: Callable[[], T]) -> T:
    """``build()`` on a thread with a large stack; its result or its exception.

    Also for whoever parses or renders compiled SQL again (segdsl/analysis wraps
    the membership query in aggregates): sqlglot recurses as deeply as the compiler.
    """
    try:
        with _fewer_collections():
            return run_deep(build, name="segdsl-compile", recursion_limit=_RECURSION_LIMIT)
    except RecursionError:
        raise CompileError("a definition is nested too deeply to compile; split it into "
                           "smaller metrics or segments") from None


def in_project_zone(checked: CheckedProject, context: TimeContext) -> TimeContext:
    """``context`` (the column zonings a caller found) in the checked project's time
    zone: every compilation takes its zone from the project (SPEC 11)."""
    return context.with_zone(checked.timezone)


def compile_membership(
    checked: CheckedProject,
    dialect: str,
    as_of: dt.datetime | None = None,
    names: Sequence[str] | None = None,
    attributes: Sequence[str] = (),
    *,
    context: TimeContext = DEFAULT,
) -> str:
    """One SELECT with the key column (named as the schema's key) and one column per
    definition in ``names`` (default: every segment, segmentation and metric, in file
    order), named as the definition: a boolean per segment, a string (or NULL) per
    segmentation, the value (or NULL when not set) per metric.  One row per entity
    row (SPEC 6).

    ``attributes`` (``run --with``): attributes (``email``) and relation attributes
    (``account.industry``) to show between the key and the definitions, each
    column named as given; a name the schema lacks raises :class:`CompileError`.
    """
    from segdsl.compile.pipeline import build_membership

    context = in_project_zone(checked, context)
    return with_deep_stack(lambda: build_membership(checked, dialect, as_of, names,
                                                    attributes, context))


def membership_expression(
    checked: CheckedProject,
    dialect: str,
    as_of: dt.datetime | None = None,
    names: Sequence[str] | None = None,
    *,
    context: TimeContext = DEFAULT,
) -> exp.Expression:
    """The SELECT of :func:`compile_membership` as a sqlglot expression, to build
    on without rendering and parsing it again.  Render it (or a query holding it)
    with :func:`render_sql`; move it to another as-of with :func:`at_as_of`."""
    from segdsl.compile.pipeline import membership_tree

    context = in_project_zone(checked, context)
    return with_deep_stack(lambda: membership_tree(checked, dialect, as_of, names,
                                                   context=context))


def at_as_of(expression: exp.Expression, dialect: str, as_of: dt.datetime, *,
             context: TimeContext = DEFAULT) -> exp.Expression:
    """A copy of a :func:`membership_expression` compiled at one as-of, at ``as_of``
    instead: the same as compiling again at ``as_of``, without compiling.  Pass the
    ``context`` it was compiled with (the as-of literal is written in its zone)."""
    from segdsl.compile.pipeline import with_as_of

    return with_deep_stack(lambda: with_as_of(expression, dialect, as_of, context))


def render_sql(expression: exp.Expression, dialect: str, *, pretty: bool = False) -> str:
    """SQL text of a compiled expression (or a query built around one)."""
    from segdsl.compile.pipeline import render

    return with_deep_stack(lambda: render(expression, dialect, pretty=pretty))


def read_compiled(sql: str, dialect: str) -> exp.Query:
    """Compiled SQL of ``dialect`` parsed back into a query, with exactly the
    meaning it was compiled with (``Dialect.read_back``), to wrap in another."""
    from sqlglot import exp

    from segdsl.compile.dialects import DIALECTS

    tree = with_deep_stack(lambda: DIALECTS[dialect].read_back(sql))
    if not isinstance(tree, exp.Query):
        raise TypeError(f"compiled {dialect} SQL is not a query: {type(tree).__name__}")
    return tree


def compile_segment(
    checked: CheckedProject, name: str, dialect: str, as_of: dt.datetime | None = None,
    attributes: Sequence[str] = (), *, context: TimeContext = DEFAULT,
) -> str:
    """One SELECT with exactly one column, named as the schema's key, one row per
    member of segment ``name``, no duplicates (SPEC 6).

    With ``attributes`` (see :func:`compile_membership`) their columns follow the key.
    """
    from segdsl.compile.pipeline import build_segment

    context = in_project_zone(checked, context)
    return with_deep_stack(lambda: build_segment(checked, name, dialect, as_of, attributes,
                                                 context))


def segment_expression(
    checked: CheckedProject, name: str, dialect: str, as_of: dt.datetime | None = None,
    *, context: TimeContext = DEFAULT,
) -> exp.Expression:
    """The SELECT of :func:`compile_segment` as a sqlglot expression (for callers
    that change nodes before rendering it, such as ``export dbt``)."""
    from segdsl.compile.pipeline import assemble, segment_plan
    from segdsl.compile.pipeline import dialect as target

    context = in_project_zone(checked, context)

    def build() -> exp.Expression:
        zoned = target(dialect, context)
        return assemble(checked, zoned, segment_plan(checked, zoned, as_of, name))

    return with_deep_stack(build)


def compile_plan(
    checked: CheckedProject, dialect: str, as_of: dt.datetime | None = None,
    names: Sequence[str] | None = None, segment: str | None = None,
    *, context: TimeContext = DEFAULT,
) -> Plan:
    """The plan of the query :func:`compile_membership` (or, with ``segment``,
    :func:`compile_segment`) would build: what it reads and computes, as data."""
    from segdsl.compile.pipeline import dialect as target
    from segdsl.compile.pipeline import plan, segment_plan

    context = in_project_zone(checked, context)

    def build() -> Plan:
        if segment is not None:
            return segment_plan(checked, target(dialect, context), as_of, segment)
        return plan(checked, target(dialect, context), as_of, names)

    return with_deep_stack(build)


def describe_plan(checked: CheckedProject, dialect: str, as_of: dt.datetime | None = None,
                  segment: str | None = None) -> str:
    """:func:`compile_plan` as text for people (``segdsl compile --plan``)."""
    from segdsl.compile.pipeline import dialect as target
    from segdsl.compile.plan_text import describe

    planned = compile_plan(checked, dialect, as_of, segment=segment)
    zoned = target(dialect, in_project_zone(checked, DEFAULT))
    return with_deep_stack(lambda: describe(planned, zoned))
