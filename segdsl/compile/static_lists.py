"""``in list NAME`` (SPEC 11): the customer's key is one of a static list's keys.

A list becomes a CTE joined into ``base`` by key (a :class:`~.plan.Joined` flag,
``lst__N``): the entity's keys found in the list, so the condition is
``lst__N.__key IS NOT NULL``, never NULL, and two uses of one list share the CTE.

* A CSV list's keys are written into the SQL as one array literal unnested
  (``Dialect.static_keys``).  Measured with 100,000 keys against 1,000,000
  customers on DuckDB: ``key IN (SELECT UNNEST([...]))`` 0.39 s, ``key IN
  ('a', ...)`` 1.0 s, a join to ``(VALUES ...)`` 0.83 s, each including parsing the
  1 MB of SQL (docs/performance.md).  The keys keep the file's order, so the SQL
  is the same for the same file.  An empty list is ``FALSE``, no CTE.
* A table list reads its column: ``key IN (SELECT column FROM table WHERE column IS
  NOT NULL)`` (without the ``IS NOT NULL`` a NULL in the column would make the
  ``IN`` unknown rather than false for a key not in the list).

The schema does not type its key, so keys are compared as text on both sides
(``Dialect.key_text``): an integer key 42 is in a list that holds ``42``.
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.compile.errors import CompileError
from segdsl.compile.parts import FALSE, KEY, col, cte_table
from segdsl.compile.translator import Translator
from segdsl.syntax import ast


def in_static_list(t: Translator, node: ast.InStaticList) -> exp.Expression:
    """The never-NULL flag of ``in list NAME``."""
    found = t.checked.static_lists.get(node.name)
    if found is None:  # pragma: no cover - the checker reports an unknown list
        raise CompileError(f"unknown list '{node.name}'")
    if found.keys is not None:
        if not found.keys:
            return FALSE
        members = t.d.static_keys(found.keys)
    else:
        source = found.source
        assert source.table is not None and source.column is not None
        column = exp.Column(this=t.d.schema_identifier(source.column),
                            table=exp.to_identifier("l", quoted=True))
        members = (exp.select(t.d.key_text(column.copy()))
                   .from_(t.d.table(source.table).as_("l", quoted=True, copy=False), copy=False)
                   .where(exp.Not(this=exp.Is(this=column, expression=exp.null())), copy=False))
    entity_key = col(KEY, "entity")
    query = (exp.select(entity_key.copy())
             .from_(cte_table("entity"), copy=False)
             .where(exp.In(this=t.d.key_text(entity_key), query=exp.paren(members, copy=False)),
                    copy=False))
    return col(t.plan.join("lst", query, t.key(query), is_flag=True))
