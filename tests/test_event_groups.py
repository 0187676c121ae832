"""Groups of events, ``any event`` and named events (SPEC 11): parsing, checking
(EVT codes and the NAM codes they share), bindings, formatting, the compiled plan
and the reference evaluator's reading of them.  What they select is pinned by the
conformance cases (tests/conformance/tests/event_groups.yml) on every engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from segdsl.check.checker import CheckedProject, check_project
from segdsl.check.facts import EventSetPropertyRef, EventSetRef, PropertyRef
from segdsl.codes import Code
from segdsl.compile.api import compile_membership
from segdsl.diagnostics import Diagnostic
from segdsl.format.api import format_text
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_source
from segdsl.syntax.walk import iter_nodes

SCHEMA_YAML = """
entity: customer
table: shop.customers
key: customer_id
attributes:
  age: integer
events:
  purchase:
    table: shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
      category: {type: string, values: [running, kids]}
      note: string
  refund:
    table: shop.refunds
    key: customer_id
    time: refunded_at
    properties:
      amount: number
      category: {type: string, values: [kids, returns]}
      note: integer
  email_open:
    table: shop.events
    key: customer_id
    time: occurred_at
    where: {event_name: email_open}
    properties:
      campaign: string
  email_click:
    table: shop.events
    key: customer_id
    time: occurred_at
    where: {event_name: email_click}
    properties:
      campaign: string
"""

_schema, _problems = parse_schema(SCHEMA_YAML, "schema.yml")
assert _schema is not None and not _problems, _problems
SCHEMA = _schema


def check(text: str) -> CheckedProject:
    parsed = parse_source(text, "a.seg")
    assert parsed.diagnostics == (), parsed.diagnostics
    return check_project(SCHEMA, [parsed])


def only(text: str) -> Diagnostic:
    found = check(text).diagnostics
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- parsing


def test_groups_and_any_event_parse_where_an_event_stands() -> None:
    parsed = parse_source(
        "segment s where has (purchase or refund) with amount > 3 in last 7 days\n"
        "  and has no any event in last 7 days\n"
        "  and has purchase then (refund or email_click) within 2 days\n"
        "metric m = sum((purchase or refund).amount) + count(distinct (email_open or "
        "email_click).campaign) + count(any event)\n", "a.seg")
    assert parsed.diagnostics == ()
    groups = [n for n in iter_nodes(parsed.declarations[0]) if isinstance(n, ast.EventGroup)]
    assert [g.text for g in groups] == ["(purchase or refund)", "any event",
                                        "(refund or email_click)"]
    first = groups[0]
    assert [n.name for n in first.names] == ["purchase", "refund"]
    assert (first.span.column, first.span.end_column) == (21, 41)
    assert (first.names[1].span.column, first.names[1].span.end_column) == (34, 40)
    aggregates = [n for n in iter_nodes(parsed.declarations[1]) if isinstance(n, ast.Aggregate)]
    assert [(a.event, a.prop, a.distinct) for a in aggregates] == [
        ("(purchase or refund)", "amount", False),
        ("(email_open or email_click)", "campaign", True),
        ("any event", None, False)]


def test_named_event_declaration() -> None:
    parsed = parse_source("event big = purchase with amount >= 100 and category = \"kids\"\n"
                          "event engaged = (email_open or email_click)\n", "a.seg")
    assert parsed.diagnostics == ()
    big, engaged = parsed.declarations
    assert isinstance(big, ast.EventDecl) and isinstance(engaged, ast.EventDecl)
    assert big.name == "big" and big.base.event == "purchase"
    assert big.base.filter is not None and isinstance(big.base.filter.condition, ast.And)
    assert engaged.base.group is not None and engaged.base.filter is None


def test_a_syntax_error_costs_only_its_declaration() -> None:
    # Files are cut at lines that begin with `event`, as with the other declarations.
    parsed = parse_source("event big = purchase with\nevent ok = refund\n"
                          "segment s where has ok\n", "a.seg")
    assert [d.name for d in parsed.declarations] == ["ok", "s"]
    assert [d.code for d in parsed.diagnostics] == [Code.SYN006]


@pytest.mark.parametrize("text", ["segment s where has (purchase) in last 7 days",
                                  "segment s where has any in last 7 days",
                                  "metric event = 1", "metric any = 1"])
def test_bad_forms_and_reserved_words_are_syntax_errors(text: str) -> None:
    assert parse_source(text, "a.seg").diagnostics


def test_fmt_round_trips() -> None:
    text = ("event big = purchase with amount >= 100\n"
            "event engaged = (email_open or email_click)\n\n"
            "segment s\n  where has no any event in last 7 days\n"
            "    and count((purchase or refund) with amount > 3) > 1\n")
    assert format_text(text) == text


# --------------------------------------------------------------- checking


def test_clean_project_binds_sets_and_their_properties() -> None:
    checked = check("event big = purchase with amount >= 100\n"
                    "event huge = big with amount >= 1000\n"
                    "metric m = sum((purchase or refund).amount) + count(huge)\n"
                    "segment s where has (purchase or refund) with category = \"returns\"\n")
    assert checked.diagnostics == []
    huge = checked.event_sets["huge"]
    assert huge is not None
    assert [(m.event.name, len(m.filters)) for m in huge.members] == [("purchase", 2)]
    assert checked.event_uses["m"] == frozenset({"huge"})
    assert checked.event_uses["huge"] == frozenset({"big"})
    aggregate = next(n for n in iter_nodes(checked.metrics["m"]) if isinstance(n, ast.Aggregate))
    binding = checked.facts.binding_of(aggregate)
    assert isinstance(binding, EventSetPropertyRef)
    assert [m.event.name for m in binding.events.members] == ["purchase", "refund"]
    # The enum values of a group: the union of its events' (kids, returns, running).
    assert binding.events.scope.properties["category"].values == ("running", "kids", "returns")
    name = next(n for n in iter_nodes(checked.segments["s"]) if isinstance(n, ast.Name))
    assert isinstance(checked.facts.binding_of(name), PropertyRef)
    match = next(n for n in iter_nodes(checked.segments["s"]) if isinstance(n, ast.EventMatch))
    assert isinstance(checked.facts.binding_of(match), EventSetRef)


def test_any_event_is_every_schema_event_never_a_named_one() -> None:
    checked = check("event big = purchase with amount >= 100\nmetric m = count(any event)\n")
    aggregate = next(n for n in iter_nodes(checked.metrics["m"]) if isinstance(n, ast.Aggregate))
    binding = checked.facts.binding_of(aggregate)
    assert isinstance(binding, EventSetRef)
    assert [m.event.name for m in binding.members] == list(SCHEMA.events)
    assert all(not m.filters for m in binding.members)


def test_evt001_event_named_twice() -> None:
    d = only("segment s where has (purchase or refund or purchase)\n")
    assert d.code == Code.EVT001
    assert (d.span.line, d.span.column, d.span.end_column) == (1, 44, 52)
    assert d.message == "the event 'purchase' is named twice in this group"
    assert d.hint == "remove this `purchase`; it is named first at line 1, column 22"


def test_evt002_property_one_event_lacks() -> None:
    d = only("segment s where has (email_click or purchase) with campaign = \"x\"\n")
    assert d.code == Code.EVT002
    assert (d.span.column, d.span.end_column) == (52, 60)
    assert d.message == "purchase has no property 'campaign'"
    assert d.hint == ("a property of (email_click or purchase) must be one every event of it "
                      "has; shared properties: none")
    d = only("metric m = max((refund or email_open).amount)\n")
    assert d.code == Code.EVT002 and d.message == "email_open has no property 'amount'"


def test_evt003_property_of_different_types() -> None:
    d = only("metric m = count(distinct (purchase or refund).note)\n")
    assert d.code == Code.EVT003
    assert d.message == ("the events of (purchase or refund) give 'note' different types: "
                         "purchase.note is string, refund.note is integer")
    assert (d.span.column, d.span.end_column) == (48, 52)


def test_evt004_cycle_of_named_events() -> None:
    d = only("event a = b with amount > 1\nevent b = a\nsegment s where has a\n")
    assert d.code == Code.EVT004
    assert d.message == "named events are defined through each other in a cycle: a -> b -> a"
    assert (d.span.line, d.span.column) == (1, 7)


def test_evt005_and_name_clashes() -> None:
    d = only("event purchase = purchase with amount > 0\n")
    assert d.code == Code.EVT005
    assert d.message == "the named event 'purchase' has the name of an event of the schema"
    d = only("event age = purchase\n")
    assert d.code == Code.NAM003
    assert d.message == "the named event 'age' has the name of a schema attribute"
    d = only("event big = purchase\nmetric big = 1\n")
    assert d.code == Code.NAM003 and d.message == "the metric 'big' has the name of a named event"
    d = only("event big = purchase\nevent big = refund\n")
    assert d.code == Code.NAM002


def test_unknown_event_in_a_group_and_named_event_misuse() -> None:
    d = only("segment s where has (purchase or refnud)\n")
    assert d.code == Code.NAM005 and d.message == "unknown event 'refnud'"
    assert (d.span.column, d.span.end_column) == (34, 40)
    assert d.hint == "did you mean 'refund'?"
    d = only("event big = purchase\nsegment s where big > 1\n")
    assert d.code == Code.NAM009 and d.message == "'big' is an event, not a value"


def test_named_event_filter_and_use_filter_are_checked_in_the_scope() -> None:
    d = only("event big = purchase with campaign = \"x\"\n")
    assert d.code == Code.NAM006
    d = only("event money = (purchase or refund) with amount > 1\n"
             "segment s where has money with campaign = \"x\"\n")
    assert d.code == Code.NAM006 and d.message == "the event money has no property 'campaign'"
    d = only("event talk = (email_open or email_click)\n"
             "segment s where has (talk or refund) with campaign = \"x\"\n")
    assert d.code == Code.EVT002 and d.message == "refund has no property 'campaign'"


# ------------------------------------------------------- compiling, plan


def test_a_group_in_one_table_is_one_filtered_aggregate_of_its_pass() -> None:
    checked = check("metric m = count((email_open or email_click) in last 7 days)\n")
    sql = compile_membership(checked, "duckdb")
    assert sql.count('FROM "shop"."events"') == 1
    assert "UNION" not in sql


def test_a_group_across_tables_adds_the_tables_aggregates() -> None:
    checked = check("metric m = sum((purchase or refund).amount)\n")
    sql = compile_membership(checked, "duckdb")
    assert sql.count('FROM "shop"."orders"') == 1 and sql.count('FROM "shop"."refunds"') == 1
    assert "UNION" not in sql


def test_golden_schema_sql_is_untouched_by_plain_events(tmp_path: Path) -> None:
    # A plain event compiles as before (no set machinery): no OR of members.
    checked = check("metric m = count(purchase)\n")
    assert " OR " not in compile_membership(checked, "duckdb")


# ---------------------------------------------- editors, list, diff, usage


def _knowledge(text: str) -> tuple[object, str]:
    from segdsl.lsp.knowledge import Knowledge

    parsed = parse_source(text, "a.seg")
    checked = check_project(SCHEMA, [parsed])
    return Knowledge.build(SCHEMA, "", [parsed], checked.metric_types, checked), text


def _labels(text: str, offset: int) -> list[str]:
    from segdsl.lsp.completion import complete
    from segdsl.lsp.context import analyze
    from segdsl.lsp.knowledge import Knowledge

    knowledge, _ = _knowledge(text)
    assert isinstance(knowledge, Knowledge)
    return [item.label for item in complete(analyze(text, offset), knowledge)]


def test_completion_offers_named_events_and_group_properties() -> None:
    text = ("event big = purchase with amount >= 100\n"
            "segment s where has ")
    labels = _labels(text, len(text))
    assert {"purchase", "refund", "big", "any"} <= set(labels)
    text = "metric m = sum((purchase or refund)."
    assert set(_labels(text, len(text))) == {"amount", "category"}  # note: two types
    text = "event big = purchase with amount >= 100\nmetric m = sum(big."
    assert {"amount", "category", "note"} <= set(_labels(text, len(text)))
    text = "segment s where has (email_open or email_click) with "
    assert "campaign" in _labels(text, len(text))
    assert "event" in _labels("ev", 2)


def test_hover_and_definition_of_a_named_event() -> None:
    from segdsl.lsp.knowledge import Knowledge
    from segdsl.lsp.symbols import definition_span, hover_text, symbol_at

    text = "event big = purchase with amount >= 100\nsegment s where has big\n"
    knowledge, _ = _knowledge(text)
    assert isinstance(knowledge, Knowledge)
    symbol = symbol_at(text, text.rindex("big") + 1, knowledge)
    assert symbol is not None and symbol.kind == "definition"
    hover = hover_text(symbol, knowledge)
    assert hover is not None and "named event" in hover
    assert "purchase with amount >= 100" in hover
    span = definition_span(symbol, knowledge)
    assert span is not None and (span.line, span.column) == (1, 7)


def test_list_diff_and_usage_read_named_events() -> None:
    from segdsl.check.usage import schema_usage
    from segdsl.cli.list_cmd import listed_definitions
    from segdsl.diff.definitions import Status, compare

    base_text = ("event big = purchase with amount >= 100\n"
                 "segment s where has big with category = \"kids\"\n"
                 "segment t where age > 1\n")
    head_text = base_text.replace(">= 100", ">= 200")
    base, head = check(base_text), check(head_text)
    listed = listed_definitions(base, [parse_source(base_text, "a.seg")])
    assert [(item.kind, item.name) for item in listed] == [
        ("event", "big"), ("segment", "s"), ("segment", "t")]
    changes = {c.name: (c.kind, c.status, c.parts) for c in compare(base, head)}
    assert changes == {"big": ("event", Status.CHANGED, ("definition",)),
                       "s": ("segment", Status.CHANGED, ("definition",))}
    usage = schema_usage(base, ["s"])
    assert usage.events == {"purchase": {"amount", "category"}}
    usage = schema_usage(check("metric m = max((purchase or refund).amount)\n"), ["m"])
    assert usage.events == {"purchase": {"amount"}, "refund": {"amount"}}


def test_explain_reads_groups_and_named_events() -> None:
    from segdsl.explain import explain

    checked = check("event big = purchase with amount >= 100\n"
                    "segment s where has no any event in last 7 days\n"
                    "  and count((email_open or email_click)) >= 2\n")
    assert explain(checked, "big") == "'big' stands for purchases with 'amount' of at least 100."
    said = explain(checked, "s")
    assert "have no event in the last 7 days" in said
    assert "'email_open' or 'email_click' events" in said
    assert "'email_open'- oder 'email_click'-Ereignisse" in explain(checked, "s", "de")


def test_evt006_distinct_of_several_tables_in_an_anchored_window() -> None:
    d = only("metric m = count(distinct (purchase or refund).amount within 7 days after "
             "first(purchase))\n")
    assert d.code == Code.EVT006
    assert check("metric m = count(distinct (email_open or email_click).campaign within "
                 "7 days after first(purchase))\n").diagnostics == []
