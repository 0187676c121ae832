"""The checker's facts (segdsl/check/facts.py): the type of every checked node and
what every name refers to, kept in ``CheckedProject.facts`` for later stages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from segdsl.check import types as t
from segdsl.check.checker import CheckedProject, check_project
from segdsl.check.facts import (
    AttributeRef,
    EventRef,
    MetricRef,
    PropertyRef,
    RelationAttributeRef,
    SegmentationRef,
    SegmentRef,
)
from segdsl.check.oracle import TypeOracle
from segdsl.check.types import Kind
from segdsl.lsp.knowledge import Knowledge
from segdsl.lsp.symbols import symbol_at
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source
from segdsl.syntax.walk import iter_nodes
from segdsl.workspace import load_workspace

ROOT = Path(__file__).resolve().parent.parent

SCHEMA = """\
entity: customer
table: customers
key: id
attributes:
  age: integer
  country: string
relations:
  account:
    table: accounts
    key: id
    via: account_id
    attributes:
      industry: {type: string, values: [retail, education]}
events:
  purchase:
    table: orders
    key: customer_id
    time: at
    properties:
      amount: number
      items: integer
"""

SOURCE = """\
metric spend = sum(purchase.amount with items > 1 in last 30 days)
metric orders = count(purchase)
segment adults
  where age >= 18
segmentation tier
  big: spend > 100
  small: otherwise
segment b
  where account.industry = "retail" and tier = "big" and in segment adults
    and has purchase with (amount > 10 and items >= 2) in last 7 days
    and orders + 1 - 2 > 3 and -age < 0
"""


def _checked() -> tuple[CheckedProject, ast.SourceFile]:
    schema, problems = parse_schema(SCHEMA, "schema.yml")
    assert schema is not None and not problems
    source = parse_source(SOURCE, "a.seg")
    assert not source.diagnostics
    checked = check_project(schema, [source])
    assert checked.ok, checked.diagnostics
    return checked, source


def _nodes(root: Any, kind: type) -> list[Any]:
    return [node for node in iter_nodes(root) if isinstance(node, kind)]


def _named(root: Any, name: str) -> Any:
    found = [node for node in _nodes(root, ast.Name) if node.name == name]
    assert len(found) == 1, (name, found)
    return found[0]


def test_bindings_of_names() -> None:
    checked, _ = _checked()
    facts, schema = checked.facts, checked.schema
    b = checked.segments["b"].condition

    age = _nodes(checked.segments["adults"].condition, ast.Name)[0]
    assert facts.binding_of(age) == AttributeRef(schema.attributes["age"])
    assert facts.type_of(age) == t.of_value_type(schema.attributes["age"].type, None, "age")

    (member,) = _nodes(b, ast.Member)
    relation = schema.relations["account"]
    assert facts.binding_of(member) == RelationAttributeRef(relation,
                                                            relation.attributes["industry"])
    found = facts.type_of(member)
    assert found is not None and found.kind is Kind.STRING
    assert found.values == ("retail", "education")

    tier = _named(b, "tier")
    assert facts.binding_of(tier) == SegmentationRef(checked.segmentations["tier"])
    assert facts.type_of(tier) == t.Type(Kind.STRING, ("big", "small"), "segmentation tier")

    (in_segment,) = _nodes(b, ast.InSegment)
    assert facts.binding_of(in_segment) == SegmentRef(checked.segments["adults"])
    assert facts.type_of(in_segment) == t.BOOLEAN

    orders = _named(b, "orders")
    assert facts.binding_of(orders) == MetricRef(checked.metrics["orders"])
    assert facts.type_of(orders) == t.INTEGER
    spend = _named(checked.segmentations["tier"], "spend")
    assert facts.binding_of(spend) == MetricRef(checked.metrics["spend"])
    assert facts.type_of(spend) == t.NUMBER


def test_properties_inside_with_and_events() -> None:
    checked, _ = _checked()
    facts, purchase = checked.facts, checked.schema.events["purchase"]
    b = checked.segments["b"].condition
    (has,) = _nodes(b, ast.HasEvent)
    assert facts.binding_of(has.match) == EventRef(purchase)
    assert has.match.filter is not None
    assert facts.binding_of(has.match.filter) == EventRef(purchase)
    amount, items = _named(has, "amount"), _named(has, "items")
    assert facts.binding_of(amount) == PropertyRef(purchase, purchase.properties["amount"])
    assert facts.binding_of(items) == PropertyRef(purchase, purchase.properties["items"])
    assert facts.type_of(amount) == t.of_value_type(purchase.properties["amount"].type, None,
                                                    "purchase.amount")
    assert facts.type_of(items) == t.of_value_type(purchase.properties["items"].type, None,
                                                   "purchase.items")
    # Literals are typed too; a literal is bound to nothing.
    ten = next(n for n in _nodes(has, ast.NumberLit) if n.value == 10)
    assert facts.type_of(ten) == t.INTEGER and facts.binding_of(ten) is None


def test_aggregates_and_windows() -> None:
    checked, _ = _checked()
    facts, purchase = checked.facts, checked.schema.events["purchase"]
    spend = checked.metrics["spend"].expr
    assert isinstance(spend, ast.Aggregate)
    assert facts.binding_of(spend) == PropertyRef(purchase, purchase.properties["amount"])
    assert facts.type_of(spend) == t.NUMBER
    assert isinstance(spend.window, ast.LastWindow)
    assert facts.type_of(spend.window.duration) == t.DURATION
    count = checked.metrics["orders"].expr
    assert facts.binding_of(count) == EventRef(purchase)
    assert facts.type_of(count) == t.INTEGER
    assert checked.metric_types == {"spend": t.NUMBER, "orders": t.INTEGER}


def test_chains_and_spines_are_typed_node_by_node() -> None:
    checked, _ = _checked()
    facts = checked.facts
    b = checked.segments["b"].condition
    for node in _nodes(b, ast.And):
        assert facts.type_of(node) == t.BOOLEAN  # the inner `and`s of the chain too
    sums = _nodes(b, ast.Arith)
    assert len(sums) == 2 and all(facts.type_of(node) == t.INTEGER for node in sums)
    (neg,) = _nodes(b, ast.Neg)
    assert facts.type_of(neg) == t.INTEGER


def test_equal_nodes_in_different_places_have_their_own_facts() -> None:
    """`amount` inside `with` and `amount` elsewhere compare equal only if at the same
    place; facts are by identity, so a copy made later has none."""
    import dataclasses

    checked, _ = _checked()
    age = _nodes(checked.segments["adults"].condition, ast.Name)[0]
    copy = dataclasses.replace(age)
    assert copy == age and copy is not age
    assert checked.facts.type_of(copy) is None and checked.facts.binding_of(copy) is None
    # The oracle answers a copy by inference, the same as the checker's answer.
    assert TypeOracle(checked).of(copy) == checked.facts.type_of(age)


def test_every_node_of_the_example_has_a_type() -> None:
    workspace = load_workspace(ROOT / "examples" / "shop")
    checked = workspace.checked
    assert checked is not None and checked.ok
    oracle = TypeOracle(checked)
    seen = 0
    for name in [*checked.metrics, *checked.segments, *checked.segmentations]:
        decl = checked.declaration(name)
        lists = {id(node.items) for node in _nodes(decl, ast.InList)}
        for node in iter_nodes(decl):
            if not isinstance(node, ast.Expr) or id(node) in lists:
                continue  # a list after `in` is not a value (facts.py)
            found = checked.facts.type_of(node)
            assert found is not None, (name, node)
            assert not found.is_error, (name, node)
            # Inference from scratch agrees with what the checker recorded.
            assert oracle._checker.infer(node, None) == found or _inside_with(decl, node)
            seen += 1
        if isinstance(decl, ast.MetricDecl):
            assert checked.facts.type_of(decl.expr) == checked.metric_types[name]
    assert seen > 300


def _inside_with(decl: Any, node: Any) -> bool:
    return any(node is inner for f in _nodes(decl, ast.EventFilter) if f.condition
               for inner in iter_nodes(f.condition))


def test_names_of_the_example_are_bound() -> None:
    """Every name outside a list, member, aggregate, `has` and `in segment` of the
    example resolves to something."""
    workspace = load_workspace(ROOT / "examples" / "shop")
    checked = workspace.checked
    assert checked is not None
    for decl in checked.facts.roots:
        for node in iter_nodes(decl):
            if isinstance(node, ast.Name | ast.Member | ast.Aggregate | ast.EventMatch
                          | ast.InSegment | ast.EventFilter):
                assert checked.facts.binding_of(node) is not None, (decl.name, node)


def test_language_server_reads_bindings_of_an_unchanged_file() -> None:
    checked, source = _checked()
    knowledge = Knowledge.build(checked.schema, SCHEMA, [source], checked.metric_types, checked)

    def at(word: str, nth: int = 0) -> tuple[str, str | None] | None:
        start = -1
        for _ in range(nth + 1):
            start = SOURCE.index(word, start + 1)
        symbol = symbol_at(SOURCE, start + 1, knowledge)
        return None if symbol is None else (symbol.kind, symbol.owner)

    assert knowledge.bound_at(SOURCE, SOURCE.index("industry")) is not None
    assert at("industry") == ("relation_attribute", "account")
    assert at("account.") == ("relation", None)
    assert at("amount", 1) == ("property", "purchase")  # inside `with`
    assert at("amount") == ("property", "purchase")  # sum(purchase.amount)
    assert at("purchase", 2) == ("event", None)  # has purchase
    assert at("tier", 1) == ("definition", None)
    # A changed text is read as text (no binding applies to its offsets).
    changed = " " + SOURCE
    assert knowledge.bound_at(changed, changed.index("industry")) is None
