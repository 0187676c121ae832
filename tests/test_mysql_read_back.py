"""Compiled MySQL SQL parsed back keeps its meaning (``Dialect.read_back``).

``run`` (its ORDER BY) and ``diff --db`` (its filter) wrap compiled SQL in a query of
their own, so they parse it again with sqlglot, whose tokenizer drops comments, the
executable ones holding MySQL's binary collation too.  Read back through
``read_compiled`` and rendered as the compiler renders, every membership query and
every segment query of the corpus must be the compiled text exactly: nothing lost,
nothing changed.  (tests/test_mysql_run.py proves it on MariaDB: a case-sensitive
comparison stays case-sensitive through ``run`` and ``diff``.)
"""

from __future__ import annotations

import pytest
import sqlglot
from test_compile_only_targets import AS_OF, PROJECTS, _checked

from segdsl.compile.api import compile_membership, compile_segment, read_compiled, render_sql
from segdsl.compile.dialects.mysql import BINARY_COLLATION, parseable
from segdsl.compile.pipeline import default_names


def _round_trip(sql: str) -> str:
    return render_sql(read_compiled(sql, "mysql"), "mysql", pretty=True)


@pytest.mark.parametrize("project", list(PROJECTS))
def test_every_membership_query_reads_back_exactly(project: str) -> None:
    checked = _checked(project)
    for entity in checked.schema.entity_names():
        view = checked.for_entity(entity)
        sql = compile_membership(view, "mysql", AS_OF, default_names(view))
        assert BINARY_COLLATION in sql
        assert _round_trip(sql) == sql


def test_every_segment_query_reads_back_exactly() -> None:
    checked = _checked("conformance")
    for name in checked.segments:
        sql = compile_segment(checked, name, "mysql", AS_OF)
        assert _round_trip(sql) == sql, name


def test_a_plain_parse_would_lose_mysqls_collation() -> None:
    """Why ``read_back`` exists: sqlglot alone keeps MariaDB's name only (MySQL 8
    has no ``utf8mb4_nopad_bin``), or fails on the bare ``COLLATE``."""
    checked = _checked("shop")
    sql = compile_segment(checked, "vip", "mysql", AS_OF)
    plain = sqlglot.parse_one(parseable(sql), read="mysql").sql(dialect="mysql")
    assert "utf8mb4_0900_bin" not in plain
    assert "utf8mb4_0900_bin" in _round_trip(sql)
