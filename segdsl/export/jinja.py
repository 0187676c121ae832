"""The one place ``export dbt`` writes Jinja into SQL.

dbt models are SQL templates: a table is named ``{{ source('shop', 'orders') }}``
and a model ``{{ ref('vip') }}``, and the as-of comes from a macro.  The compiler
builds sqlglot trees with physical table names and a marked as-of node; this module
swaps those *nodes* for ``exp.Var`` nodes holding the Jinja call (sqlglot writes a
``Var``'s text as it is, in every dialect), so no SQL text is edited and nothing
else of the query changes.  Only names segdsl controls (source, table and model
names, checked identifiers) go inside the calls, each as a Jinja string literal
escaped here.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlglot import exp

from segdsl.compile.parts import is_as_of

# The macro (macros/segdsl_as_of.sql) that writes the as-of instant.
AS_OF_MACRO = "segdsl_as_of"


def _string(value: str) -> str:
    """``value`` as a Jinja string literal (single quotes, backslash escapes)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def call(function: str, *arguments: str) -> exp.Var:
    """``{{ function('a', 'b') }}`` as a node sqlglot writes verbatim."""
    return exp.Var(this="{{ " + function + "(" + ", ".join(map(_string, arguments)) + ") }}")


def source(source_name: str, table: str) -> exp.Var:
    return call("source", source_name, table)


def ref(model: str) -> exp.Var:
    return call("ref", model)


def table_key(table: exp.Table) -> tuple[str, str, str]:
    """(catalog, schema, table) of a table node, as spelled (empty when absent)."""
    return (table.catalog, table.db, table.name)


def with_sources(tree: exp.Expression,
                 sources: Mapping[tuple[str, str, str], exp.Var]) -> exp.Expression:
    """``tree`` with every table the schema names (keyed by :func:`table_key` of the
    node the compiler builds for it) read through its dbt source, alias kept.
    A table node of the query's own CTEs never has a key in ``sources`` (the
    caller checks that no CTE shares an unqualified table's name)."""

    def swap(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Table) and not isinstance(node.this, exp.Var):
            found = sources.get(table_key(node))
            if found is not None:
                replaced = exp.Table(this=found.copy())
                if node.args.get("alias") is not None:
                    replaced.set("alias", node.args["alias"].copy())
                return replaced
        return node

    # A copy: the compiler shares some nodes between places of the tree, and an
    # in-place transform would swap only the last place of each shared node.
    return tree.transform(swap)


def with_as_of_macro(tree: exp.Expression) -> exp.Expression:
    """``tree`` with every use of the as-of (the compiler's marked node) written as
    ``{{ segdsl_as_of() }}`` (on a copy, as :func:`with_sources`)."""
    macro = call(AS_OF_MACRO)
    return tree.transform(lambda node: macro.copy() if is_as_of(node) else node)


def templated_literal(literal: exp.Expression, sample: str, variable: str) -> exp.Expression:
    """The dialect's literal for one instant (built for a sample instant whose
    text is ``sample``) with that text replaced by the Jinja variable ``variable``:
    ``CAST('{{ as_of_text }}' AS TIMESTAMP)``, the as-of macro's body."""

    def swap(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Literal) and node.is_string and sample in node.this:
            return exp.Literal.string(node.this.replace(sample, "{{ " + variable + " }}"))
        return node

    return literal.transform(swap)
