"""Stage 3 of compiling: the query as SQL text, and moving it to another as-of."""

from __future__ import annotations

import datetime as dt

from sqlglot import ErrorLevel, exp
from sqlglot.errors import UnsupportedError

from segdsl.compile.dialects import Dialect
from segdsl.compile.errors import CompileError
from segdsl.compile.parts import AS_OF_MARK, is_as_of

# A left operand of the same precedence parses the same without parentheses
# (`(a - b) + c` is `a - b + c` in every engine): the tree is unchanged, only its text.
_SAME_LEVEL: dict[type[object], tuple[type[object], ...]] = {
    exp.Add: (exp.Add, exp.Sub), exp.Sub: (exp.Add, exp.Sub),
    exp.Mul: (exp.Mul, exp.Div), exp.Div: (exp.Mul, exp.Div),
}


def unwrap_left_chains(query: exp.Expression) -> None:
    """Drop the parentheses around the left operand of ``+ -`` and ``* /`` when it
    is itself a ``+ -`` (``* /``) step.

    sqlglot writes a run of one operator without recursion (``Generator.binary``),
    but the parentheses the compiler puts around every step make it recurse once per
    term (a 300-term sum exhausted Python's stack) and re-indent the whole text at
    every level (quadratic time).  Order of evaluation stays left to right as
    written: nothing is re-associated.
    """
    for paren in list(query.find_all(exp.Paren)):
        parent, inner = paren.parent, paren.this
        same_level = _SAME_LEVEL.get(type(parent), ()) if parent is not None else ()
        if paren.arg_key == "this" and type(inner) in same_level:
            paren.replace(inner)


def render(query: exp.Expression, target: Dialect, *, pretty: bool = True,
           fresh: bool = False, unwrapped: bool = False) -> str:
    """The query's SQL text: identifiers quoted as the compiler's are.  A construct
    sqlglot cannot express in the target dialect raises instead of being written
    approximately (sqlglot's default only logs a warning and writes something that
    may mean another thing).

    ``fresh``: the tree was built for this call alone and is dropped after it, so
    sqlglot need not copy it before rendering (the copy of a large project's
    query was a good part of its rendering time).  ``unwrapped``: the caller ran
    :func:`unwrap_left_chains` on it already (a second walk of the tree finds nothing)."""
    if not unwrapped:
        unwrap_left_chains(query)
    if target.rewrites():
        # The engine needs the tree changed (MySQL's aggregates without FILTER):
        # on a copy unless the tree is the caller's to drop.
        query = target.rewrite(query if fresh else query.copy())
        fresh = True
    query = target.finish(query if fresh else query.copy())
    try:
        return query.sql(dialect=target.sqlglot_name, pretty=pretty, identify=True,
                         copy=False,
                         unsupported_level=ErrorLevel.RAISE)
    except UnsupportedError as error:
        raise CompileError(f"{target.name} SQL cannot express part of these definitions "
                           f"(a segdsl bug, please report it): {error}") from None


def with_as_of(tree: exp.Expression, target: Dialect, as_of: dt.datetime) -> exp.Expression:
    """A copy of ``tree`` (compiled at some instant) evaluated at ``as_of`` instead.

    The compiler writes the as-of once (``instant_literal``) and copies that node
    wherever it is needed; windows, days-since and replay bounds are computed from
    it in SQL, never in Python.  So swapping the marked nodes gives the query the
    compiler writes for ``as_of`` (tests/test_as_of_swap.py compares the texts).
    An instant written in a definition is not marked and stays as it is.
    """
    literal = target.instant_literal(as_of)
    literal.meta[AS_OF_MARK] = True

    def swap(node: exp.Expression) -> exp.Expression:
        return literal.copy() if is_as_of(node) else node

    return tree.transform(swap)
