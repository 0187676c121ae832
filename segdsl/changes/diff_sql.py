"""Both sides joined on the key and their differences, in one statement.

``before`` and ``after`` are membership tables (the key column named as the
schema's key, one column per definition): two compiled memberships (the
evaluation) or two snapshots of the history table.  They are FULL JOINed on the
key inside the database (a customer only on one side is "not a member" / "no
label" on the other), and each definition's changes are one SELECT over that
join; the SELECTs are joined by ``UNION ALL`` and sorted by definition order,
then key (text keys by code point on every engine).  Only the change rows leave
the database, and narrow ones (:data:`WIRE`): the definition's index rather than
its name and kind, and for a segment whether the customer entered (TRUE) or left
(FALSE), since turning a million repeated strings into Python objects costs more
than the query (docs/performance.md).

::

    WITH "segdsl_joined" AS MATERIALIZED (
      SELECT COALESCE("b"."id", "a"."id") AS "k", "b"."vip" AS "o_0", "a"."vip" AS "n_0", ...
      FROM (<before>) AS "b" FULL OUTER JOIN (<after>) AS "a" ON "b"."id" = "a"."id")
    SELECT "i", "key", "entered", "from_label", "to_label" FROM (
      SELECT 0 AS "i", "k" AS "key", COALESCE("n_0", FALSE) AS "entered",
             NULL AS "from_label", NULL AS "to_label"
      FROM "segdsl_joined" WHERE COALESCE("o_0", FALSE) <> COALESCE("n_0", FALSE)
      UNION ALL
      SELECT 1, "k", NULL, "o_1", "n_1" FROM "segdsl_joined"
      WHERE "o_1" IS DISTINCT FROM "n_1") AS "c"
    ORDER BY "i", "key"
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlglot import exp

from segdsl.analysis.sqlparts import as_source, column
from segdsl.changes.history_table import SEGMENT

_JOINED = "segdsl_joined"
_KEY = "k"
# Engines where a CTE read by many SELECTs should be computed once, said explicitly.
_MATERIALIZED = frozenset({"duckdb", "postgres"})
# The columns of the statement's rows.
WIRE = ("i", "key", "entered", "from_label", "to_label")


def _null(kind: str) -> exp.Expression:
    return exp.cast(exp.null(), exp.DataType.build(kind))


def changes_query(before: exp.Query, after: exp.Query, key: str,
                  definitions: Sequence[tuple[str, str]], dialect: str, *,
                  collate_c: bool = False,
                  code_point_order: Callable[[exp.Expression], exp.Expression] | None = None
                  ) -> exp.Query:
    """The change rows (:data:`WIRE`) between ``before`` and ``after`` for
    ``definitions`` (``(name, kind)`` in output order; ``i`` indexes them).  With
    ``collate_c`` text keys are ordered by code point: ``COLLATE "C"``, or the
    engine's own ``code_point_order`` (MySQL has no collation "C")."""
    joined_key = exp.Coalesce(this=column(key, "b"), expressions=[column(key, "a")])
    items: list[exp.Expr] = [exp.alias_(joined_key, _KEY, quoted=True)]
    for index, (name, _) in enumerate(definitions):
        items.append(exp.alias_(column(name, "b"), f"o_{index}", quoted=True))
        items.append(exp.alias_(column(name, "a"), f"n_{index}", quoted=True))
    joined = exp.select(*items).from_(as_source(before, "b"), copy=False).join(
        as_source(after, "a"),
        on=exp.EQ(this=column(key, "b"), expression=column(key, "a")),
        join_type="FULL OUTER", copy=False)

    parts = [_changes_of(index, name, kind) for index, (name, kind) in enumerate(definitions)]
    union: exp.Query = parts[0] if parts else _nothing()
    for part in parts[1:]:
        union = exp.union(union, part, distinct=False, copy=False)

    order: exp.Expression = column("key")
    if collate_c and code_point_order is not None:
        order = code_point_order(order)
    elif collate_c:
        order = exp.Collate(this=order, expression=exp.to_identifier("C", quoted=True))
    outer = (exp.select(*(column(name) for name in WIRE))
             .from_(union.subquery(exp.to_identifier("c", quoted=True), copy=False), copy=False)
             .order_by(column("i"), order, copy=False))
    return outer.with_(exp.to_identifier(_JOINED, quoted=True), as_=joined,
                       materialized=True if dialect in _MATERIALIZED else None, copy=False)


def _changes_of(index: int, name: str, kind: str) -> exp.Select:
    old, new = column(f"o_{index}"), column(f"n_{index}")
    if kind == SEGMENT:
        was = exp.Coalesce(this=old, expressions=[exp.false()])
        now = exp.Coalesce(this=new, expressions=[exp.false()])
        entered: exp.Expression = now.copy()
        labels = [_null("text"), _null("text")]
        differs: exp.Expression = exp.NEQ(this=was, expression=now)
    else:
        entered = _null("boolean")
        labels = [old.copy(), new.copy()]
        differs = exp.NullSafeNEQ(this=old, expression=new)
    values = [exp.Literal.number(index), column(_KEY), entered, *labels]
    return (exp.select(*(exp.alias_(value, alias, quoted=True) for value, alias
                         in zip(values, WIRE, strict=True)))
            .from_(exp.Table(this=exp.to_identifier(_JOINED, quoted=True)))
            .where(differs, copy=False))


def _nothing() -> exp.Select:
    """No rows, with the columns of :data:`WIRE` (no definitions asked for)."""
    values = [exp.Literal.number(0), _null("text"), _null("boolean"), _null("text"),
              _null("text")]
    return (exp.select(*(exp.alias_(value, alias, quoted=True) for value, alias
                         in zip(values, WIRE, strict=True)))
            .where(exp.false()))
