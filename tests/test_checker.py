"""The checker: one test per diagnostic code it produces (NAM*, TYP*, WRN*, SYN010),
each asserting code, position, message and hint, plus the cases that must stay clean.

Sources are written line by line with :func:`src`, so the column of the offending
construct can be read off the line: in ``"  where contry = ..."`` the name starts at
column 9.  Columns are 1-based and ``end_column`` is exclusive (one past the end).
"""

from __future__ import annotations

import pytest

from segdsl.check.checker import CheckedProject, check_project
from segdsl.diagnostics import Diagnostic, Severity
from segdsl.project.model import Schema
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax.parser import parse_source

# SPEC section 2's example, plus: `shipped_at` on purchase, the `add_to_cart` and
# `email_click` events on the shared events table, and one enum attribute on the
# `account` relation (`size`) so enum checks on relation attributes can be tested.
SCHEMA_YAML = """\
entity: customer
table: shop.customers
key: customer_id
attributes:
  email: string
  country: string
  age: integer
  lifetime_value: number
  signup_at: timestamp
  birthday: date
  is_subscribed: boolean
  plan: {type: string, values: [free, pro, enterprise]}
  zip: {type: string, column: postal_code}
  interests: list<string>
relations:
  account:
    table: shop.accounts
    key: account_id
    via: account_id
    attributes:
      industry: string
      employees: integer
      size: {type: string, values: [small, medium, large]}
events:
  purchase:
    table: shop.orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
      category: {type: string, values: [running, kids, outdoor, fitness, casual]}
      shipped_at: timestamp
  email_open:
    table: shop.events
    key: customer_id
    time: occurred_at
    where: {event_name: email_open}
    properties:
      campaign: string
  add_to_cart:
    table: shop.events
    key: customer_id
    time: occurred_at
    where: {event_name: add_to_cart}
    properties:
      product: string
      price: number
      category: {type: string, values: [running, kids, outdoor, fitness, casual]}
  email_click:
    table: shop.events
    key: customer_id
    time: occurred_at
    where: {event_name: email_click}
    properties:
      campaign: string
"""


def load_fixture_schema() -> Schema:
    schema, problems = parse_schema(SCHEMA_YAML, "schema.yml")
    assert problems == [], problems
    assert schema is not None
    return schema


SCHEMA = load_fixture_schema()

A, B, C = "segments/a.seg", "segments/b.seg", "segments/c.seg"
FILES = (A, B, C)

CATEGORIES = '"running", "kids", "outdoor", "fitness", "casual"'
WITH_HINT = ("inside `with`, names are properties of the event purchase; customer "
             "attributes, metrics and segments are not visible there")
FIXED_HINT = "use a date, a timestamp, today, now or `N days ago`"
NEXT_HINT = ("use `in last ...` for events; `in next` is for time values such as a "
             "renewal date")
DURATION_HINT = ("write `30 days ago` for a point in time, or add it to a time: "
                 "`signup_at + 30 days`")
GROUP_HINT = ("flags, non-capturing groups and look-arounds are read differently by the "
              "engines; use a plain group ( ), and lower(...) for case")
DEEP_HINT = "split it into smaller metrics or segments and combine them"
CYCLE_HINT = "a segment or metric cannot use itself, directly or through others"


def src(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def check(*sources: str) -> CheckedProject:
    """Parse each source as its own file (a.seg, b.seg, ...) and check them together."""
    files = [parse_source(text, FILES[i]) for i, text in enumerate(sources)]
    for parsed in files:
        assert parsed.diagnostics == (), parsed.diagnostics  # the input must be valid syntax
    return check_project(SCHEMA, files)


def diagnostics(*sources: str) -> list[Diagnostic]:
    return check(*sources).diagnostics


def only(*sources: str) -> Diagnostic:
    found = diagnostics(*sources)
    assert len(found) == 1, found
    return found[0]


def clean(*sources: str) -> None:
    found = diagnostics(*sources)
    assert found == [], found


def assert_diag(
    d: Diagnostic,
    code: str,
    line: int,
    column: int,
    end_column: int,
    *,
    message: str,
    hint: str | None,
    end_line: int | None = None,
    file: str = A,
    severity: Severity = Severity.ERROR,
) -> None:
    assert d.code == code, d
    assert d.span is not None, d
    assert (d.span.file, d.span.line, d.span.column) == (file, line, column), d
    assert (d.span.end_line, d.span.end_column) == (end_line or line, end_column), d
    assert d.message == message, d
    assert d.hint == hint, d
    assert d.severity is severity, d


# ====================================================================== names


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", '  where contry = "DE"'),
            (2, 9, 15), "unknown name 'contry'", "did you mean 'country'?",
            id="attribute-typo",
        ),
        pytest.param(
            src("segment s", "  where age > 1", "    and zzz > 1"),
            (3, 9, 12), "unknown name 'zzz'", None,
            id="no-suggestion",
        ),
        pytest.param(
            src("metric orders_30d = count(purchase)", "", "segment s", "  where order_30d > 1"),
            (4, 9, 18), "unknown name 'order_30d'", "did you mean 'orders_30d'?",
            id="metric-typo",
        ),
        pytest.param(
            src("segment s", "  where in segment lapsing_buyer",
                "segment lapsing_buyers", "  where age > 60"),
            (2, 20, 33), "unknown segment 'lapsing_buyer'", "did you mean 'lapsing_buyers'?",
            id="segment-typo",
        ),
        pytest.param(
            src("segment s", "  where not in segment nowhere"),
            (2, 24, 31), "unknown segment 'nowhere'", None,
            id="unknown-segment",
        ),
    ],
)
def test_nam001_unknown_name(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "NAM001", *position, message=message, hint=hint)


def test_nam002_name_defined_twice_across_files() -> None:
    first = src("# audiences", "segment vip", "  where lifetime_value > 1000")
    second = src("metric m = 1", "", "segment vip", "  where age > 1")
    result = check(first, second)
    d = result.diagnostics[0]
    assert len(result.diagnostics) == 1, result.diagnostics
    assert_diag(d, "NAM002", 3, 9, 12, file=B, message="the segment 'vip' is defined twice",
                hint="the first definition is at segments/a.seg:2:9")
    assert len(d.related) == 1
    related, label = d.related[0]
    assert (related.file, related.line, related.column, related.end_column) == (A, 2, 9, 12)
    assert label == "first defined here"
    # The first definition is the one that counts.
    assert result.segments["vip"].name_span.file == A


def test_nam002_name_defined_twice_in_one_file() -> None:
    d = only(src("metric m = 1", "metric n = 2", "metric m = 3"))
    assert_diag(d, "NAM002", 3, 8, 9, message="the metric 'm' is defined twice",
                hint="the first definition is at segments/a.seg:1:8")
    assert [(s.line, s.column) for s, _ in d.related] == [(1, 8)]


RENAME = "attributes, relations, metrics, segmentations and segments share one set of names; "


@pytest.mark.parametrize(
    ("sources", "position", "file", "message", "hint"),
    [
        pytest.param(
            (src("# a segment named like an attribute", "segment email", "  where age > 1"),),
            (2, 9, 14), A, "the segment 'email' has the name of a schema attribute",
            RENAME + "rename the segment", id="schema-attribute",
        ),
        pytest.param(
            (src("metric m = 1", "metric account = 2"),),
            (2, 8, 15), A, "the metric 'account' has the name of a schema relation",
            RENAME + "rename the metric", id="schema-relation",
        ),
        pytest.param(
            (src("segmentation plan", "  a: age > 1", "  b: otherwise"),),
            (1, 14, 18), A, "the segmentation 'plan' has the name of a schema attribute",
            RENAME + "rename the segmentation", id="segmentation-named-like-attribute",
        ),
        pytest.param(
            (src("segment top_buyers", "  where age > 1"),
             src("", "metric top_buyers = 1")),
            (2, 8, 18), B, "the metric 'top_buyers' has the name of a segment",
            "the first definition is at segments/a.seg:1:9", id="other-kind-across-files",
        ),
    ],
)
def test_nam003_name_taken_by_schema_or_other_kind(
    sources: tuple[str, ...], position: tuple[int, int, int], file: str, message: str,
    hint: str,
) -> None:
    assert_diag(only(*sources), "NAM003", *position, file=file, message=message, hint=hint)


def test_nam003_other_kind_points_at_first_definition() -> None:
    d = only(src("segment top_buyers", "  where age > 1"), src("", "metric top_buyers = 1"))
    assert [(s.file, s.line, s.column) for s, _ in d.related] == [(A, 1, 9)]


def test_event_names_are_a_separate_namespace() -> None:
    # Events are only named after `has` or inside aggregates (docs/language.md).
    clean(src("segment purchase", "  where has purchase"), src("metric email_open = 1"))


@pytest.mark.parametrize(
    ("sources", "position", "cycle"),
    [
        pytest.param(
            (src("segment a", "  where age > 1", "    and in segment a"),),
            (A, 1, 9, 10), "a -> a", id="length-1",
        ),
        pytest.param(
            (src("segment a", "  where in segment b"), src("segment b", "  where in segment a")),
            (A, 1, 9, 10), "a -> b -> a", id="length-2-two-files",
        ),
        pytest.param(
            (src("metric m = 1", "", "segment a", "  where in segment b"),
             src("segment c", "  where in segment a", "", "segment b", "  where in segment c")),
            (A, 3, 9, 10), "a -> b -> c -> a", id="length-3-two-files",
        ),
        pytest.param(
            (src("segment c", "  where in segment a"),
             src("segment a", "  where in segment b", "segment b", "  where in segment c")),
            (A, 1, 9, 10), "c -> a -> b -> c", id="starts-at-first-declaration",
        ),
        pytest.param(
            (src("metric x = y + 1", "metric y = x * 2"),),
            (A, 1, 8, 9), "x -> y -> x", id="metrics",
        ),
        pytest.param(
            (src("segmentation p", "  a: in segment s", "  b: otherwise"),
             src("segment s", '  where p = "b"')),
            (A, 1, 14, 15), "p -> s -> p", id="segmentation-and-segment",
        ),
    ],
)
def test_nam004_cycle(
    sources: tuple[str, ...], position: tuple[str, int, int, int], cycle: str
) -> None:
    file, line, column, end_column = position
    assert_diag(only(*sources), "NAM004", line, column, end_column, file=file,
                message=f"definitions depend on each other in a cycle: {cycle}", hint=CYCLE_HINT)


def test_nam004_two_separate_cycles_are_reported_in_file_order() -> None:
    found = diagnostics(
        src("segment p", "  where in segment q", "segment x", "  where in segment x"),
        src("segment q", "  where in segment p"),
    )
    assert [(d.code, d.message.rsplit(": ", 1)[1]) for d in found] == [
        ("NAM004", "p -> q -> p"), ("NAM004", "x -> x"),
    ]


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", "  where has purchases"),
            (2, 13, 22), "unknown event 'purchases'", "did you mean 'purchase'?", id="has",
        ),
        pytest.param(
            src("metric m =", "  count(page_view in last 7 days)"),
            (2, 9, 18), "unknown event 'page_view'",
            'events: "purchase", "email_open", "add_to_cart", "email_click"', id="aggregate",
        ),
        pytest.param(
            src("segment s", "  where has purchase then no add_to_kart within 1 day"),
            (2, 30, 41), "unknown event 'add_to_kart'", "did you mean 'add_to_cart'?",
            id="sequence",
        ),
    ],
)
def test_nam005_unknown_event(
    source: str, position: tuple[int, int, int], message: str, hint: str
) -> None:
    assert_diag(only(source), "NAM005", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", "  where has purchase with age > 30"),
            (2, 27, 30), "the event purchase has no property 'age'", WITH_HINT,
            id="attribute-inside-with",
        ),
        pytest.param(
            src("metric big = 100", "segment s", "  where has purchase with amount > big"),
            (3, 36, 39), "the event purchase has no property 'big'", WITH_HINT,
            id="metric-inside-with",
        ),
        pytest.param(
            src("segment s", "  where has purchase with (account.industry = \"retail\")"),
            (2, 28, 44), "'account.industry' cannot be used inside `with`",
            "inside `with`, use the properties of purchase by their bare names",
            id="relation-attribute-inside-with",
        ),
        pytest.param(
            src("segment s", "  where has purchase with amout > 30"),
            (2, 27, 32), "the event purchase has no property 'amout'", "did you mean 'amount'?",
            id="unknown-property-typo",
        ),
        pytest.param(
            src("segment s", '  where has email_click with topic = "spring"'),
            (2, 30, 35), "the event email_click has no property 'topic'",
            'properties of email_click: "campaign"', id="unknown-property-listed",
        ),
        pytest.param(
            src("metric m =", "  sum(purchase.amout)"),
            (2, 16, 21), "the event purchase has no property 'amout'", "did you mean 'amount'?",
            id="aggregate-subject",
        ),
    ],
)
def test_nam006_unknown_event_property(
    source: str, position: tuple[int, int, int], message: str, hint: str
) -> None:
    assert_diag(only(source), "NAM006", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", '  where acount.industry = "retail"'),
            (2, 9, 15), "unknown relation 'acount'", "did you mean 'account'?",
            id="relation-typo",
        ),
        pytest.param(
            src("segment s", '  where account.industri = "retail"'),
            (2, 17, 25), "the relation account has no attribute 'industri'",
            "did you mean 'industry'?", id="attribute-typo",
        ),
        pytest.param(
            src("segment s", "  where account.revenue > 1"),
            (2, 17, 24), "the relation account has no attribute 'revenue'",
            'attributes of account: "industry", "employees", "size"', id="attribute-listed",
        ),
    ],
)
def test_nam007_unknown_relation_or_attribute(
    source: str, position: tuple[int, int, int], message: str, hint: str
) -> None:
    assert_diag(only(source), "NAM007", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", '  where lowr(email) = "x"'),
            (2, 9, 13), "unknown function 'lowr'", "did you mean 'lower'?", id="typo",
        ),
        pytest.param(
            src("metric m =", "  sqrt(age)"),
            (2, 3, 7), "unknown function 'sqrt'",
            "functions: lower, upper, trim, length, abs, round, coalesce, date, days_since, "
            "days_between, years_since, ntile", id="listed",
        ),
    ],
)
def test_nam008_unknown_function(
    source: str, position: tuple[int, int, int], message: str, hint: str
) -> None:
    assert_diag(only(source), "NAM008", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", "  where t > 1", "segment t", "  where age > 1"),
            (2, 9, 10), "'t' is a segment, not a value", "test membership with `in segment t`",
            id="segment-as-value",
        ),
        pytest.param(
            src("segment s", "  where purchase > 1"),
            (2, 9, 17), "'purchase' is an event, not a value",
            "use `has purchase` or an aggregate such as `count(purchase)`", id="event-as-value",
        ),
        pytest.param(
            src("segment s", "  where account is set"),
            (2, 9, 16), "'account' is a relation, not a value",
            "use one of its attributes, e.g. `account.industry`", id="relation-as-value",
        ),
        pytest.param(
            src("segment s", "  where purchase.amount > 3"),
            (2, 9, 24), "'purchase.amount' is an event property, not a customer value",
            "aggregate it, e.g. `sum(purchase.amount)` or `last(purchase.amount)`",
            id="event-property-as-value",
        ),
        pytest.param(
            src("metric m = count(purchase)", "segment s", "  where in segment m"),
            (3, 20, 21), "'m' is a metric, not a segment", None, id="in-segment-of-metric",
        ),
        pytest.param(
            src("segmentation p", "  a: age > 1", "  b: otherwise",
                "segment s", "  where not in segment p"),
            (5, 24, 25), "'p' is a segmentation, not a segment", None,
            id="in-segment-of-segmentation",
        ),
        pytest.param(
            src("segment s", "  where in segment email"),
            (2, 20, 25), "'email' is an attribute, not a segment", None,
            id="in-segment-of-attribute",
        ),
    ],
)
def test_nam009_wrong_kind_of_name(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "NAM009", *position, message=message, hint=hint)


# ====================================================================== types


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", '  where age > "30"'),
            (2, 9, 2, 19), "cannot compare an integer with a string",
            "write numbers without quotes",
            id="compare-number-with-quoted-number",
        ),
        pytest.param(
            src("segment s", '  where signup_at >= "2026-01-01"'),
            (2, 9, 2, 34), "cannot compare a timestamp with a string",
            "write dates without quotes: 2026-01-31", id="compare-time-with-quoted-date",
        ),
        pytest.param(
            src("segment s", "  where plan = 3"),
            (2, 9, 2, 17), "cannot compare a string with an integer", None,
            id="compare-text-attribute-with-number",
        ),
        pytest.param(
            src("segment s", "  where signup_at > 5"),
            (2, 9, 2, 22), "cannot compare a timestamp with an integer", None,
            id="compare-time-with-number",
        ),
        pytest.param(
            src("segment s", "  where is_subscribed > false"),
            (2, 9, 2, 30), "a boolean has no order; use = or !=", None, id="ordered-boolean",
        ),
        pytest.param(
            src("segment s", "  where age >", "    email"),
            (2, 9, 3, 10), "cannot compare an integer with a string", None, id="multi-line-span",
        ),
        pytest.param(
            src("metric m =", "  email + 1"),
            (2, 3, 2, 12), "cannot compute a string + an integer",
            "arithmetic works on numbers, and a time plus or minus a duration",
            id="arithmetic-text",
        ),
        pytest.param(
            src("metric m =", "  age * 2 days"),
            (2, 3, 2, 15), "cannot compute an integer * a duration",
            "arithmetic works on numbers, and a time plus or minus a duration",
            id="arithmetic-duration",
        ),
        pytest.param(
            src("segment s", '  where -email = "x"'),
            (2, 9, 2, 15), "cannot negate a string", None, id="negation",
        ),
        pytest.param(
            src("segment s", '  where age in [18, "21"]'),
            (2, 21, 2, 25), "the list holds a string but the value is an integer", None,
            id="list-item",
        ),
        pytest.param(
            src("segment s", '  where age between 18 and "30"'),
            (2, 9, 2, 32), "`between` on a number needs number bounds", None, id="between-bounds",
        ),
        pytest.param(
            src("segment s", '  where email between "a" and "b"'),
            (2, 9, 2, 14), "`between` works on numbers and times, not on a string", None,
            id="between-text",
        ),
        pytest.param(
            src("segment s", '  where age contains "1"'),
            (2, 9, 2, 12), "`contains` works on text, not on an integer", None,
            id="text-test-subject",
        ),
        pytest.param(
            src("segment s", "  where email ends with 3"),
            (2, 25, 2, 26), "`ends with` works on text, not on an integer", None,
            id="text-test-argument",
        ),
    ],
)
def test_typ001_incompatible_types(
    source: str, position: tuple[int, int, int, int], message: str, hint: str | None
) -> None:
    line, column, end_line, end_column = position
    assert_diag(only(source), "TYP001", line, column, end_column, end_line=end_line,
                message=message, hint=hint)


PLAN = 'allowed values of plan: "free", "pro", "enterprise"'
SIZES = 'allowed values of account.size: "small", "medium", "large"'
PURCHASE_CATEGORIES = f"allowed values of purchase.category: {CATEGORIES}"


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", '  where plan = "gold"'),
            (2, 16, 22), '"gold" is not an allowed value of plan', PLAN, id="attribute",
        ),
        pytest.param(
            src("segment s", '  where plan != "Pro"'),
            (2, 17, 22), '"Pro" is not an allowed value of plan',
            f"did you mean 'pro'? {PLAN}", id="attribute-did-you-mean",
        ),
        pytest.param(
            src("segment s", '  where "gold" = plan'),
            (2, 9, 15), '"gold" is not an allowed value of plan', PLAN, id="literal-on-the-left",
        ),
        pytest.param(
            src("segment s", '  where account.size = "huge"'),
            (2, 24, 30), '"huge" is not an allowed value of account.size', SIZES,
            id="relation-attribute",
        ),
        pytest.param(
            src("segment s", '  where has purchase with category = "kidz"'),
            (2, 38, 44), '"kidz" is not an allowed value of purchase.category',
            f"did you mean 'kids'? {PURCHASE_CATEGORIES}", id="event-property-in-has",
        ),
        pytest.param(
            src("metric m =", '  count(purchase with category in ["kids", "runing"])'),
            (2, 44, 52), '"runing" is not an allowed value of purchase.category',
            f"did you mean 'running'? {PURCHASE_CATEGORIES}", id="event-property-in-aggregate",
        ),
        pytest.param(
            src("segment s", '  where last(purchase.category) = "outdoors"'),
            (2, 35, 45), '"outdoors" is not an allowed value of purchase.category',
            f"did you mean 'outdoor'? {PURCHASE_CATEGORIES}", id="last-property",
        ),
        pytest.param(
            src("segment s", '  where first(purchase.category) in ["kids", "Kids"]'),
            (2, 46, 52), '"Kids" is not an allowed value of purchase.category',
            f"did you mean 'kids'? {PURCHASE_CATEGORIES}", id="first-property-in-list",
        ),
        pytest.param(
            src("segment s", '  where plan in ["free", "basic"]'),
            (2, 26, 33), '"basic" is not an allowed value of plan', PLAN, id="in-list",
        ),
        pytest.param(
            src("segment s", '  where plan not in ["free", "basic"]'),
            (2, 30, 37), '"basic" is not an allowed value of plan', PLAN, id="not-in-list",
        ),
    ],
)
def test_typ002_enum_value(
    source: str, position: tuple[int, int, int], message: str, hint: str
) -> None:
    assert_diag(only(source), "TYP002", *position, message=message, hint=hint)


PERSONA = src(
    "segmentation persona",
    '  title "Personas"',
    "  runner: count(purchase with category = \"running\") >= 3",
    "  kids: has purchase with category = \"kids\"",
    "  casual: otherwise",
)
LABELS = 'labels of segmentation persona: "runner", "kids", "casual"'


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", '  where persona = "kidz"'),
            (2, 19, 25), '"kidz" is not a label of segmentation persona',
            f"did you mean 'kids'? {LABELS}", id="did-you-mean",
        ),
        pytest.param(
            src("segment s", '  where persona != "family"'),
            (2, 20, 28), '"family" is not a label of segmentation persona', LABELS,
            id="no-suggestion",
        ),
        pytest.param(
            src("segment s", '  where persona in ["kids", "runners"]'),
            (2, 29, 38), '"runners" is not a label of segmentation persona',
            f"did you mean 'runner'? {LABELS}", id="in-list",
        ),
    ],
)
def test_typ003_segmentation_label(
    source: str, position: tuple[int, int, int], message: str, hint: str
) -> None:
    # The segmentation lives in another file (b.seg).
    assert_diag(only(source, PERSONA), "TYP003", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("metric m =", "  count(purchase.amount)"),
            (2, 3, 25), "count counts events, not property values",
            "write count(purchase) or count(distinct purchase.amount)", id="count-property",
        ),
        pytest.param(
            src("metric m =", "  count(distinct purchase)"),
            (2, 3, 27), "`distinct` only works as count(distinct EVENT.PROPERTY)",
            "e.g. count(distinct purchase.<property>)", id="distinct-event",
        ),
        pytest.param(
            src("metric m =", "  sum(purchase.category)"),
            (2, 16, 24), "sum needs a number, but purchase.category is a string", None,
            id="sum-text",
        ),
        pytest.param(
            src("metric m =", "  avg(purchase.shipped_at)"),
            (2, 16, 26), "avg needs a number, but purchase.shipped_at is a timestamp", None,
            id="avg-time",
        ),
        pytest.param(
            src("metric m =", "  max(purchase in last 7 days)"),
            (2, 3, 31), "max needs a property of the event", "e.g. max(purchase.amount)",
            id="max-event",
        ),
    ],
)
def test_typ004_aggregate_property_type(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "TYP004", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", "  where is_subscribed and age"),
            (2, 27, 30), "a condition is expected here, but this is an integer",
            "compare it with something, e.g. `> 0`", id="number",
        ),
        pytest.param(
            src("segment s", "  where not email"),
            (2, 13, 18), "a condition is expected here, but this is a string",
            'compare it with something, e.g. `= "value"`, or test `is set`', id="text",
        ),
        pytest.param(
            src("segment s", "  where last(purchase)"),
            (2, 9, 23), "a condition is expected here, but this is a timestamp",
            "test it with a window, e.g. `in last 30 days`, or compare it with a date",
            id="time",
        ),
        pytest.param(
            src("metric orders = count(purchase)", "segment s", "  where orders"),
            (3, 9, 15), "a condition is expected here, but this is an integer",
            "compare it with something, e.g. `> 0`", id="non-boolean-metric",
        ),
        pytest.param(
            src("segment s", "  where has purchase with (shipped_at)"),
            (2, 28, 38), "a condition is expected here, but this is a timestamp",
            "test it with a window, e.g. `in last 30 days`, or compare it with a date",
            id="property-inside-with",
        ),
        pytest.param(
            src("segmentation p", "  a: age > 1", "  b: otherwise", "segment s", "  where p"),
            (5, 9, 10), "a condition is expected here, but this is a string",
            'compare it with something, e.g. `= "value"`, or test `is set`', id="segmentation",
        ),
        pytest.param(
            src("segment s", "  where 3 days"),
            (2, 9, 15), "a condition is expected here, but this is a duration", None,
            id="duration",
        ),
    ],
)
def test_typ005_condition_expected(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "TYP005", *position, message=message, hint=hint)


def test_boolean_metric_alone_is_a_condition() -> None:
    result = check(
        src("segment s", "  where active", "    and not active_buyer"),
        src("metric active = has purchase in last 30 days",
            "metric active_buyer = count(purchase) > 3 and is_subscribed"),
    )
    assert result.diagnostics == []
    assert result.dependencies["s"] == {"active", "active_buyer"}


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", "  where age in last 3 days"),
            (2, 9, 12), "a time window needs a date or a timestamp, but this is an integer",
            "to test when something happened, use e.g. `has purchase in last 30 days` or "
            "`last(purchase) in last 30 days`", id="window-on-number",
        ),
        pytest.param(
            src("segment s", "  where signup_at between 1 and 2"),
            (2, 9, 34), "`between` on a time needs time bounds",
            "e.g. signup_at between 2026-01-01 and 2026-03-31", id="between-number-bounds",
        ),
        pytest.param(
            src("segment s", "  where signup_at since 5"),
            (2, 25, 26), "a window bound must be a date or a timestamp, not an integer", None,
            id="window-bound",
        ),
    ],
)
def test_typ006_window_on_non_time(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "TYP006", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position"),
    [
        pytest.param(src("segment s", "  where has purchase in next 3 days"), (2, 22, 36),
                     id="has"),
        pytest.param(src("metric m =", "  count(purchase in next 3 days)"), (2, 18, 32),
                     id="aggregate"),
        pytest.param(src("segment s", "  where has purchase then no purchase within 1 day",
                         "    in next 2 days"), (3, 5, 19), id="sequence"),
    ],
)
def test_typ007_in_next_on_events(source: str, position: tuple[int, int, int]) -> None:
    assert_diag(only(source), "TYP007", *position, hint=NEXT_HINT,
                message="events are never in the future: `in next` cannot select events")


def test_in_next_on_time_values_is_fine() -> None:
    clean(src(
        "segment s",
        "  where birthday in next 30 days",
        "    and signup_at not in next 1 day",
        "    and last(purchase) in next 2 hours",
    ))


@pytest.mark.parametrize(
    ("source", "position", "message"),
    [
        pytest.param(src("segment s", "  where email in top 10%"), (2, 9, 14),
                     "`top` ranks numbers, not a string", id="top-text"),
        pytest.param(src("segment s", "  where signup_at in bottom 10%"), (2, 9, 18),
                     "`bottom` ranks numbers, not a timestamp", id="bottom-time"),
        pytest.param(src("segment s", "  where is_subscribed not in top 5%"), (2, 9, 22),
                     "`top` ranks numbers, not a boolean", id="negated"),
    ],
)
def test_typ008_ranking_needs_number(
    source: str, position: tuple[int, int, int], message: str
) -> None:
    assert_diag(only(source), "TYP008", *position, message=message, hint=None)


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", '  where lower(email, 2) = "x"'),
            (2, 9, 24), "lower takes 1 argument, not 2", "usage: lower(text)", id="arity",
        ),
        pytest.param(
            src("metric m =", "  coalesce(age)"),
            (2, 3, 16), "coalesce takes at least 2 arguments, not 1",
            "usage: coalesce(value, value, ...)", id="arity-at-least",
        ),
        pytest.param(
            src("metric m =", "  abs(email)"),
            (2, 3, 13), "abs needs a number (got string)", "usage: abs(number)",
            id="argument-type",
        ),
        pytest.param(
            src("metric m =", "  coalesce(age, email)"),
            (2, 3, 23),
            "coalesce needs values of one type, not an integer and a string (got integer, "
            "string)", "usage: coalesce(value, value, ...)", id="coalesce-mixed",
        ),
        pytest.param(
            src("metric m =", "  ntile(lifetime_value, 0)"),
            (2, 25, 26), "argument 2 of ntile must be written as a whole number above 0",
            "usage: ntile(number, buckets)", id="ntile-zero",
        ),
        pytest.param(
            src("metric m =", "  ntile(lifetime_value, age)"),
            (2, 25, 28), "argument 2 of ntile must be written as a whole number above 0",
            "usage: ntile(number, buckets)", id="ntile-not-literal",
        ),
        pytest.param(
            src("metric m =", "  ntile(email, 4)"),
            (2, 3, 18), "ntile ranks numbers only (got string, integer)",
            "usage: ntile(number, buckets)", id="ntile-text",
        ),
        pytest.param(
            src("metric m =", "  round(lifetime_value, age)"),
            (2, 25, 28), "argument 2 of round must be written as a whole number",
            "usage: round(number[, places])", id="round-not-literal",
        ),
        pytest.param(
            src("metric m =", "  round(lifetime_value, 1.5)"),
            (2, 25, 28), "argument 2 of round must be written as a whole number",
            "usage: round(number[, places])", id="round-fraction",
        ),
        pytest.param(
            src("metric m =", "  years_since(email)"),
            (2, 3, 21), "years_since needs a date or a timestamp (got string)",
            "usage: years_since(date)", id="years-since-text",
        ),
    ],
)
def test_typ009_function_arguments(
    source: str, position: tuple[int, int, int], message: str, hint: str
) -> None:
    assert_diag(only(source), "TYP009", *position, message=message, hint=hint)


def test_function_results() -> None:
    result = check(src(
        "metric r0 = round(lifetime_value)",
        "metric r2 = round(lifetime_value, 2)",
        "metric n = ntile(lifetime_value, 10)",
        "metric d = date(signup_at)",
        "metric y = years_since(birthday)",
        "metric c = coalesce(age, lifetime_value)",
    ))
    assert result.diagnostics == []
    kinds = {name: typ.kind.value for name, typ in result.metric_types.items()}
    assert kinds == {"r0": "integer", "r2": "number", "n": "integer", "d": "date",
                     "y": "integer", "c": "number"}


@pytest.mark.parametrize(
    ("source", "position"),
    [
        pytest.param(src("segment s", "  where has purchase since signup_at"), (2, 28, 37),
                     id="has-since-attribute"),
        pytest.param(src("metric m =", "  count(purchase between signup_at and now)"),
                     (2, 26, 35), id="aggregate-between"),
        pytest.param(src("metric m =", "  count(purchase before signup_at + 3 days)"),
                     (2, 25, 43), id="attribute-plus-duration"),
        pytest.param(src("segment s", "  where has add_to_cart then no purchase within 1 day",
                         "    since birthday"), (3, 11, 19), id="sequence"),
    ],
)
def test_typ010_event_window_bound_not_fixed(
    source: str, position: tuple[int, int, int]
) -> None:
    assert_diag(only(source), "TYP010", *position, hint=FIXED_HINT,
                message="a window on events must start and end at fixed times")


def test_fixed_event_window_bounds_are_fine() -> None:
    clean(src(
        "segment s",
        "  where has purchase since 2026-01-01",
        "    and has purchase before 2026-01-31T08:00:00Z",
        "    and has purchase since 30 days ago",
        "    and has purchase before today + 1 day",
        "    and has purchase between 2026-01-01 and now - 2 days",
        "    and count(email_open between 2025-12-01 and 2026-01-01) > 2",
        "    and has add_to_cart then purchase within 1 day between 2026-01-01 and today",
    ))


def test_windows_on_time_values_may_use_attributes() -> None:
    # Outside events, any time expression may be a bound (docs/language.md).
    clean(src("segment s", "  where last(purchase) since signup_at + 30 days",
              "    and first(purchase) between signup_at and signup_at + 1 month"))


@pytest.mark.parametrize(
    ("source", "position", "percent"),
    [
        pytest.param(src("segment s", "  where lifetime_value in top 0%"), (2, 31, 32), "0",
                     id="zero"),
        pytest.param(src("segment s", "  where lifetime_value in top 150%"), (2, 31, 34),
                     "150", id="above-100"),
        pytest.param(src("segment s", "  where age not in bottom 100.5%"), (2, 27, 32),
                     "100.5", id="negated-bottom"),
    ],
)
def test_typ011_percentage_out_of_range(
    source: str, position: tuple[int, int, int], percent: str
) -> None:
    assert_diag(only(source), "TYP011", *position,
                message=f"{percent}% is not a share of customers",
                hint="use a percentage above 0 and at most 100")


def test_percentages_in_range_are_fine() -> None:
    clean(src("segment s", "  where lifetime_value in top 100%", "    and age in bottom 0.5%"))


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(src("segment s", '  where email matches "^(?=a)"'), (2, 23, 31),
                     "`(?` groups are not portable (character 2 of the pattern)", GROUP_HINT,
                     id="look-ahead"),
        pytest.param(src("segment s", '  where email matches "(?i)vip"'), (2, 23, 32),
                     "`(?` groups are not portable (character 1 of the pattern)", GROUP_HINT,
                     id="flags"),
        pytest.param(src("segment s", '  where email matches "(a)\\\\1"'), (2, 23, 31),
                     "back-references are not portable (character 4 of the pattern)",
                     "RE2 (DuckDB, BigQuery) has none; repeat the text instead",
                     id="back-reference"),
        pytest.param(src("segment s", '  where email matches "a++"'), (2, 23, 28),
                     "a quantifier follows another quantifier (character 3 of the pattern)",
                     "non-greedy (`*?`) and possessive (`*+`) quantifiers are not portable, "
                     "and `matches` only asks whether the pattern is found: drop the second "
                     "one", id="possessive"),
        pytest.param(src("segment s", '  where email matches "a*?"'), (2, 23, 28),
                     "a quantifier follows another quantifier (character 3 of the pattern)",
                     "non-greedy (`*?`) and possessive (`*+`) quantifiers are not portable, "
                     "and `matches` only asks whether the pattern is found: drop the second "
                     "one", id="non-greedy"),
        # Issue 11: each of these gave different members on DuckDB and PostgreSQL.
        pytest.param(src("segment s", '  where email matches "\\\\bvip\\\\b"'), (2, 23, 34),
                     "`\\b` is not portable (character 1 of the pattern)",
                     "there is no portable word boundary (PostgreSQL reads \\b as a backspace); "
                     "write e.g. (^|[^A-Za-z0-9_])vip([^A-Za-z0-9_]|$)", id="word-boundary"),
        pytest.param(src("segment s", '  where email matches "^\\\\w+$"'), (2, 23, 31),
                     "`\\w` is not portable (character 2 of the pattern)",
                     "`\\w` differs between engines (PostgreSQL's matches `é`); write "
                     "[A-Za-z0-9_]", id="word-class"),
        pytest.param(src("segment s", '  where zip matches "\\\\d{5}"'), (2, 21, 29),
                     "`\\d` is not portable (character 1 of the pattern)",
                     "write [0-9] for a digit", id="digit-class"),
        pytest.param(src("segment s", '  where zip matches "[[:digit:]]"'), (2, 21, 34),
                     "[:class:], [.x.] and [=x=] are not portable (character 2 of the pattern)",
                     "write the ranges, e.g. [A-Za-z] for letters, [0-9] for digits",
                     id="posix-class"),
        pytest.param(src("segment s", '  where zip matches "[a\\\\]]"'), (2, 21, 29),
                     "a backslash inside [...] is not portable (character 3 of the pattern)",
                     "POSIX engines read it literally: put ] first and - first or last in the "
                     "brackets, and ^ anywhere but first", id="backslash-in-class"),
        pytest.param(src("segment s", '  where zip matches "a|"'), (2, 21, 25),
                     "an alternative is empty (character 3 of the pattern)",
                     "an empty pattern or alternative is read differently by the engines; "
                     "write what it should match, or `is set` for any text", id="empty-branch"),
        pytest.param(src("segment s", '  where zip matches "a{300}"'), (2, 21, 29),
                     "a repetition bound is above 255 (character 2 of the pattern)",
                     "PostgreSQL allows bounds up to 255", id="bound"),
        pytest.param(src("segment s", '  where email matches "(ab"'), (2, 23, 28),
                     "`(` is not closed (character 1 of the pattern)",
                     "write \\( for a literal parenthesis", id="invalid"),
        pytest.param(src("segment s", "  where email matches zip"), (2, 23, 26),
                     "the pattern of `matches` must be written as a text literal", None,
                     id="not-a-literal"),
    ],
)
def test_typ012_regular_expression(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "TYP012", *position, message=message, hint=hint)


def test_portable_patterns_are_fine() -> None:
    clean(src(
        "segment s",
        '  where zip matches "^8[0-5][0-9]{3}$"',
        '    and email matches "^[^@ ]+@[^@ ]+\\\\.[a-z]{2,}$"',
        '    and email matches "a+b*c?\\\\++(x|y{2,}|[]^-])\\\\$[à-ÿ].\\\\\\\\"',
        '    and email matches "(^|[^A-Za-z0-9_])vip([^A-Za-z0-9_]|$)"',
    ))


WITH_SCOPE_HINT = "inside `with`, compare the event's own properties"


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", "  where has purchase with (count(email_open) > 1)"),
            (2, 28, 45), "an aggregate cannot be used inside `with`", WITH_SCOPE_HINT,
            id="aggregate",
        ),
        pytest.param(
            src("metric m =", "  count(purchase with (has email_open))"),
            (2, 24, 38), "`has` cannot be used inside `with`", WITH_SCOPE_HINT, id="has",
        ),
        pytest.param(
            src("segment s", "  where has purchase with (amount in top 10%)"),
            (2, 28, 45), "ranking compares customers and cannot be used inside `with`", None,
            id="ranking",
        ),
        pytest.param(
            src("segment s", "  where has purchase with (ntile(amount, 4) = 1)"),
            (2, 28, 44), "ntile ranks customers and cannot be used inside `with`", None,
            id="ntile",
        ),
        pytest.param(
            src("segment s", "  where has purchase with (in segment t)",
                "segment t", "  where age > 1"),
            (2, 28, 40), "`in segment` cannot be used inside `with`", None, id="in-segment",
        ),
        pytest.param(
            src("segment s", "  where has purchase then email_open within 0 days"),
            (2, 45, 51), "`within` needs a duration above zero", None, id="within-zero",
        ),
    ],
)
def test_typ013_wrong_kind_of_expression(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "TYP013", *position, message=message, hint=hint)


@pytest.mark.parametrize(
    ("source", "position"),
    [
        pytest.param(src("segment s", "  where signup_at > 3 days"), (2, 21, 27),
                     id="compared"),
        pytest.param(src("segment s", "  where 3 days is set"), (2, 9, 15), id="is-set"),
        pytest.param(src("metric m =", "  30 days"), (2, 3, 10), id="metric"),
        pytest.param(src("segment s", "  where signup_at since 3 days"), (2, 25, 31),
                     id="window-bound"),
        pytest.param(src("metric m =", "  coalesce(1 day, 2 days)"), (2, 12, 17),
                     id="function-argument"),
    ],
)
def test_typ014_duration_alone(source: str, position: tuple[int, int, int]) -> None:
    found = diagnostics(source)
    assert found, "expected TYP014"
    assert_diag(found[0], "TYP014", *position, hint=DURATION_HINT,
                message="a duration is not a value on its own")
    assert {d.code for d in found} == {"TYP014"}, found


def test_time_arithmetic_with_durations_is_fine() -> None:
    result = check(src(
        "metric a = signup_at + 30 days",
        "metric b = birthday + 1 year",
        "metric c = birthday - 2 hours",
        "metric d = 3 days + birthday",
        "metric e = 30 days ago",
    ))
    assert result.diagnostics == []
    kinds = {name: typ.kind.value for name, typ in result.metric_types.items()}
    assert kinds == {"a": "timestamp", "b": "date", "c": "timestamp", "d": "date",
                     "e": "timestamp"}


# =================================================================== warnings


@pytest.mark.parametrize(
    ("source", "position", "message", "hint"),
    [
        pytest.param(
            src("segment s", "  where is_subscribed", "    and country in []"),
            (3, 9, 22), "nothing is in an empty list, so this is never true", None,
            id="empty-list",
        ),
        pytest.param(
            src("segment s", "  where age between 65 and 18"),
            (2, 9, 30), "the lower bound is above the upper bound, so this is never true",
            "write the smaller value first", id="between-reversed",
        ),
    ],
)
def test_wrn001_never_true(
    source: str, position: tuple[int, int, int], message: str, hint: str | None
) -> None:
    assert_diag(only(source), "WRN001", *position, message=message, hint=hint,
                severity=Severity.WARNING)


def test_negated_empty_list_and_between_are_not_warned() -> None:
    clean(src("segment s", "  where country not in []", "    and age not between 65 and 18"))


@pytest.mark.parametrize(
    ("source", "position"),
    [
        pytest.param(src("segment s", "  where has purchase with () in last 7 days"),
                     (2, 27, 29), id="has"),
        pytest.param(src("metric m =", "  count(email_open with ())"), (2, 25, 27),
                     id="aggregate"),
        pytest.param(src("segment s", "  where has purchase with ()",
                         "    then add_to_cart within 1 day"), (2, 27, 29), id="sequence"),
    ],
)
def test_wrn002_empty_with(source: str, position: tuple[int, int, int]) -> None:
    assert_diag(only(source), "WRN002", *position, severity=Severity.WARNING,
                message="this `with` filter is empty and filters nothing",
                hint="remove `with ()`, or write a condition inside the parentheses")


def test_wrn003_branch_after_otherwise() -> None:
    found = diagnostics(src(
        "segmentation tier",
        '  title "Tiers"',
        "  rich: lifetime_value > 1000",
        "  rest: otherwise",
        "  young: age < 25",
        "  other: otherwise",
    ))
    assert len(found) == 2, found
    assert_diag(found[0], "WRN003", 5, 3, 18, severity=Severity.WARNING,
                message="the branch 'young' comes after `otherwise` and is never reached",
                hint="move `rest: otherwise` to the end")
    assert_diag(found[1], "WRN003", 6, 3, 19, severity=Severity.WARNING,
                message="the branch 'other' comes after `otherwise` and is never reached",
                hint="move `rest: otherwise` to the end")


def test_a_label_may_be_used_in_several_branches() -> None:
    # docs/language.md: the first true branch wins, so a repeated label is an `or`.
    clean(src("segmentation p", "  a: age > 60", "  b: age > 30", "  a: is_subscribed",
              "  b: otherwise"))


# ================================================================ nesting depth

DEPTH = 5000


@pytest.mark.parametrize(
    ("source", "position", "kind", "name"),
    [
        pytest.param(
            src("segment ok", "  where age > 1", "", "segment deep",
                "  where age > " + "(1 + " * DEPTH + "5" + ")" * DEPTH),
            (4, 9, 13), "segment", "deep", id="right-nested-arithmetic",
        ),
        pytest.param(
            src("segment deep", "  where " + "not " * DEPTH + "is_subscribed"),
            (1, 9, 13), "segment", "deep", id="not-not-not",
        ),
        pytest.param(
            src("# a metric", "metric deep_m = " + "(1 + " * DEPTH + "age" + ")" * DEPTH),
            (2, 8, 14), "metric", "deep_m", id="metric",
        ),
        pytest.param(
            src("segmentation deep_p",
                "  a: age > " + "(1 + " * DEPTH + "5" + ")" * DEPTH, "  b: otherwise"),
            (1, 14, 20), "segmentation", "deep_p", id="segmentation",
        ),
    ],
)
def test_syn010_nested_too_deeply(
    source: str, position: tuple[int, int, int], kind: str, name: str
) -> None:
    assert_diag(only(source), "SYN010", *position, hint=DEEP_HINT,
                message=f"the {kind} '{name}' is nested too deeply to check")


def test_syn010_other_definitions_are_still_checked() -> None:
    found = diagnostics(src(
        "segment deep", "  where " + "not " * DEPTH + "is_subscribed",
        "segment typo", "  where contry = \"DE\"",
    ))
    assert [(d.code, d.span.line if d.span else 0) for d in found] == [
        ("SYN010", 1), ("NAM001", 4),
    ]


def test_long_flat_chains_are_not_too_deep() -> None:
    terms = " + ".join(["age"] * DEPTH)
    conjuncts = " and ".join(["is_subscribed"] * DEPTH)
    clean(src(f"metric total = {terms}", f"segment s where {conjuncts}",
              "segment t where age > " + "- " * DEPTH + "1"))


def test_long_chain_of_metrics_is_not_too_deep() -> None:
    chain = [f"metric m{i} = m{i + 1} + 1" for i in range(400)]
    clean(src(*chain, "metric m400 = age"))


def _metric_ring(size: int) -> str:
    return src(*[f"metric m{i} = m{(i + 1) % size} + 1" for i in range(size)])


def test_nam004_long_cycle_of_metrics() -> None:
    d = only(_metric_ring(100))
    path = " -> ".join([*(f"m{i}" for i in range(100)), "m0"])
    assert_diag(d, "NAM004", 1, 8, 10, hint=CYCLE_HINT,
                message=f"definitions depend on each other in a cycle: {path}")


def test_nam004_very_long_cycle_of_metrics() -> None:
    found = diagnostics(_metric_ring(400))
    assert [d.code for d in found] == ["NAM004"], found
    assert found[0].message.endswith("m398 -> m399 -> m0")


def test_syn010_blames_the_deep_definition() -> None:
    metric = "metric m = " + "(1 + " * 40 + "age" + ")" * 40

    def check_at(depth: int) -> list[Diagnostic]:
        segment = "segment s\n  where age > " + "(1 + " * depth + "m" + ")" * depth
        return diagnostics(src(segment, metric))

    # The shallowest segment that is too deep to check: there the recursion limit is
    # reached while the metric at its bottom is being checked.
    low, high = 1, 3000
    if not check_at(high):
        return  # the checker no longer recurses per level
    while low < high:
        middle = (low + high) // 2
        if check_at(middle):
            high = middle
        else:
            low = middle + 1
    found = check_at(low)
    assert [(d.code, d.message) for d in found] == [
        ("SYN010", "the segment 's' is nested too deeply to check"),
    ]


# ============================================================ things that are fine


def test_metrics_used_before_definition_and_across_files() -> None:
    result = check(
        src("segment big_spenders", "  where revenue > 100", "    and orders_30d >= 2"),
        src("metric revenue = sum(purchase.amount in last 365 days) + bonus",
            "metric bonus = 10"),
        src("metric orders_30d = count(purchase in last 30 days)"),
    )
    assert result.diagnostics == []
    assert result.dependencies == {
        "big_spenders": {"revenue", "orders_30d"},
        "revenue": {"bonus"},
        "bonus": frozenset(),
        "orders_30d": frozenset(),
    }
    assert result.metric_types["revenue"].kind.value == "number"
    assert result.order().index("bonus") < result.order().index("revenue")


def test_valid_enum_and_label_literals_are_fine() -> None:
    clean(
        src(
            "segment s",
            '  where plan in ["free", "pro"]',
            '    and account.size != "large"',
            '    and has purchase with category = "kids"',
            '    and last(add_to_cart.category) = "running"',
            '    and persona in ["kids", "casual"]',
            '    and plan = lower("PRO")',  # not a literal: nothing to check
        ),
        PERSONA,
    )


def test_one_mistake_is_reported_once() -> None:
    # An unknown name makes its expression an error type; no follow-up TYP001/TYP005.
    found = diagnostics(src("segment s", "  where agee + 1 > \"x\"", "    and agee",
                            "    and agee in last 3 days"))
    assert [d.code for d in found] == ["NAM001", "NAM001", "NAM001"]


def test_parenthesized_window_on_a_property_inside_an_aggregate() -> None:
    clean(src("metric m =", "  count(purchase with (shipped_at in last 7 days))"))


def test_parenthesized_window_on_a_property_inside_has() -> None:
    clean(src("segment s", "  where has purchase with (shipped_at in last 7 days)"))


def test_order_puts_each_definition_after_the_ones_it_uses() -> None:
    result = check(
        src("segment vip", "  where revenue > 100 and not in segment lapsing"),
        src("segment lapsing", "  where orders < 1", "metric orders = count(purchase)",
            "metric revenue = sum(purchase.amount) + orders"),
    )
    assert result.diagnostics == []
    order = result.order()
    assert sorted(order) == ["lapsing", "orders", "revenue", "vip"]
    for name, uses in result.dependencies.items():
        assert all(order.index(used) < order.index(name) for used in uses), (name, order)


def test_order_of_a_long_chain_of_segments() -> None:
    # Segments are checked one by one, so a long `in segment` chain is fine; the
    # compilation order must not recurse once per link either.
    chain = [f"segment s{i} where in segment s{i + 1}" for i in range(DEPTH)]
    result = check(src(*chain, f"segment s{DEPTH} where age > 1"))
    assert result.diagnostics == []
    assert result.order() == [f"s{i}" for i in range(DEPTH, -1, -1)]


def test_num001_a_literal_with_more_than_9_places() -> None:
    # Numbers are exact decimals with 9 places on every engine (docs/semantics.md).
    assert_diag(only(src("segment s", "  where lifetime_value > 0.1234567891")), "NUM001",
                2, 26, 38, message="0.1234567891 has more than 9 digits after the point",
                hint="numbers are exact to 9 places; write 0.123456789")


def test_literals_with_9_places_are_fine() -> None:
    clean(src("segment s", "  where lifetime_value > 0.123456789 and age > 1_000"))
