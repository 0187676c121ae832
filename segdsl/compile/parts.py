"""Small sqlglot builders every stage of the compiler shares.

Each builds a node without copying its arguments: sqlglot's own builders copy by
default, which made building a large project's query quadratic.
"""

from __future__ import annotations

from decimal import Decimal

from sqlglot import exp

from segdsl.project.model import Scalar

KEY = "__key"
TIME = "__time"
# The meta key marking the as-of literal (see render.with_as_of).
AS_OF_MARK = "segdsl_as_of"
FALSE = exp.false()


def ident(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def col(name: str, table: str | None = None) -> exp.Column:
    return exp.Column(this=ident(name), table=ident(table) if table else None)


def alias(expression: exp.Expression, name: str) -> exp.Expression:
    """``expression AS "name"``, taking ``expression`` over rather than copying it."""
    return exp.Alias(this=expression, alias=ident(name))


def cte_table(name: str, alias_name: str | None = None) -> exp.Table:
    """A CTE of the compiled query, by its (quoted) name."""
    table = exp.Table(this=ident(name))
    if alias_name is not None:
        table.set("alias", exp.TableAlias(this=ident(alias_name)))
    return table


def and_(*parts: exp.Expression) -> exp.Expression:
    """The conjunction of ``parts``, leaving out literal TRUEs (TRUE if none is left)."""
    result = [p for p in parts
              if p is not None and not (isinstance(p, exp.Boolean) and p.this is True)]
    if not result:
        return exp.true()
    out = result[0]
    for part in result[1:]:
        out = exp.And(this=out, expression=part)
    return out


def sure(condition: exp.Expression) -> exp.Expression:
    """A condition that is never NULL: unknown becomes false (SPEC 4.2)."""
    return exp.Coalesce(this=exp.paren(condition, copy=False), expressions=[FALSE])


def negate(condition: exp.Expression, negated: bool) -> exp.Expression:
    return exp.Not(this=condition) if negated else condition


def literal(value: Scalar) -> exp.Expression:
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float):
        return exp.Literal.number(value)
    return exp.Literal.string(value)


def number(value: Decimal) -> exp.Expression:
    """An exact number literal (a negative one as ``-n``, as every engine parses it)."""
    text = format(value, "f")
    literal_ = exp.Literal.number(text.lstrip("-"))
    return exp.Neg(this=literal_) if text.startswith("-") else literal_


def is_cheap(compiled: exp.Expression) -> bool:
    """A column or a literal (perhaps cast, negated or defaulted): cheap to repeat."""
    while isinstance(compiled, exp.Paren | exp.Neg | exp.Cast | exp.Coalesce):
        if isinstance(compiled, exp.Coalesce) and not all(
                isinstance(e, exp.Literal) for e in compiled.expressions):
            return False
        compiled = compiled.this
    return isinstance(compiled, exp.Column | exp.Literal)


def is_null(value: exp.Expression) -> exp.Expression:
    return exp.Is(this=value, expression=exp.null())


def is_set(value: exp.Expression) -> exp.Expression:
    return exp.Not(this=exp.Is(this=value, expression=exp.null()))


def zero_if_null(value: exp.Expression) -> exp.Expression:
    """``COALESCE(value, 0)``: no events count and sum to 0, not "not set" (SPEC 4.3)."""
    return exp.Coalesce(this=value, expressions=[exp.Literal.number(0)])


class TreeKey:
    """An expression as a dictionary key, equal to another exactly when the two trees
    are the same (node types and arguments; the as-of mark and other metadata
    aside): the key that deduplicates aggregates, hidden values, filters, scan
    ranges and joined CTEs.

    It replaced the SQL text as that key: rendering every candidate was a quarter
    of the time of compiling a large project, while sqlglot's structural hash is
    cached on each node (and cleared when a node changes).  sqlglot's own ``==``
    compares hashes only, so equal hashes are confirmed by :func:`same_tree`: a
    collision can never merge two different aggregates.
    """

    __slots__ = ("_hash", "tree")

    def __init__(self, tree: exp.Expression) -> None:
        self.tree = tree
        self._hash = hash(tree)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, TreeKey) and self._hash == other._hash
                and same_tree(self.tree, other.tree))


def same_tree(left: exp.Expression, right: exp.Expression) -> bool:
    """Whether two trees have the same node types and arguments (iterative: trees
    can be deeper than Python's recursion limit)."""
    pending: list[tuple[object, object]] = [(left, right)]
    while pending:
        a, b = pending.pop()
        if a is b:
            continue
        if isinstance(a, exp.Expression):
            if type(a) is not type(b):
                return False
            assert isinstance(b, exp.Expression)
            a_args = {k: v for k, v in a.args.items() if v is not None}
            b_args = {k: v for k, v in b.args.items() if v is not None}
            if a_args.keys() != b_args.keys():
                return False
            pending.extend((a_args[k], b_args[k]) for k in a_args)
        elif isinstance(a, list):
            if not isinstance(b, list) or len(a) != len(b):
                return False
            pending.extend(zip(a, b, strict=True))
        elif isinstance(b, exp.Expression | list) or type(a) is not type(b) or a != b:
            return False
    return True


def is_as_of(node: exp.Expression) -> bool:
    """Whether ``node`` is (a copy of) the compiler's as-of literal."""
    marks = node._meta  # not .meta: that would give every node a dict
    return bool(marks and marks.get(AS_OF_MARK))
