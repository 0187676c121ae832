"""The report's numbers (segdsl/analysis) against an independent computation.

Every number :func:`segdsl.analysis.compute.measure` returns on DuckDB and on
PostgreSQL is recomputed here in plain Python from the membership table of the
reference evaluator (segdsl/reference: SPEC 4 over in-memory rows, no SQL, no
compiler): sizes, labels, overlap, KPI averages (exact fractions rounded half
away from zero here, not with segdsl/numbers.py), history at each instant and
transitions between the first and last one.  Attrition is checked by evaluating
each condition's *text* as a segment of its own, so the texts are checked too.

The data has a tie at a threshold (spent exactly 100 against ``spent > 100``),
ties in a ranking, a label nobody gets, a segment nobody is in, a segmentation
without ``otherwise`` (a "no label" row), metrics that are not set (customers
without orders or age), an average that needs rounding (1/3) and one that is
exactly half a unit in the last place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from engine_targets import postgres_test_url

from segdsl.analysis import compute
from segdsl.analysis.attrition import attrition, conditions
from segdsl.analysis.history import (
    history_batched,
    history_instants,
    history_per_instant,
    history_problem,
    transitions,
)
from segdsl.analysis.model import ReportData
from segdsl.check.checker import CheckedProject, check_project
from segdsl.engines import RowsByTable
from segdsl.engines.reader import Reader, open_reader
from segdsl.project.schema_loader import parse_schema
from segdsl.reference.evaluator import evaluate_membership
from segdsl.syntax.parser import parse_source

UTC = dt.UTC
AS_OF = dt.datetime(2026, 11, 1, tzinfo=UTC)

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
  age: integer
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""

SEGMENTS = """\
metric orders = count(purchase)
metric spent = sum(purchase.amount)
metric avg_amount = avg(purchase.amount)
metric age_years = age
metric home = country
metric is_adult = age >= 18

segment adults_de_recent
  title "Recent German adults"
  owner "crm"
  tags growth, de
  where age >= 18  # grown-ups only
    and country = "DE"
    and has purchase in last 30 days

segment dach_adults
  where (country = "DE" or country = "AT") and age >= 18

segment nobody
  where age > 200

segment big_spenders
  where spent in top 50%

segment buyers
  where has purchase

segmentation kind
  big: spent > 100
  small: orders > 0
  huge: spent > 10000

segmentation region
  dach: country in ["DE", "AT"]
  rest: otherwise
"""

CUSTOMERS: list[dict[str, object]] = [
    {"customer_id": "c1", "country": "DE", "age": 30},
    {"customer_id": "c2", "country": "DE", "age": 17},
    {"customer_id": "c3", "country": "AT", "age": 45},
    {"customer_id": "c4", "country": "FR", "age": 30},
    {"customer_id": "c5", "country": None, "age": None},
    {"customer_id": "c6", "country": "DE", "age": 70},
    {"customer_id": "c7", "country": "AT", "age": 18},
    {"customer_id": "c8", "country": "FR", "age": 25},
]


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


ORDERS: list[dict[str, object]] = [
    {"customer_id": "c1", "ordered_at": _at("2026-10-20T10:00:00"), "amount": Decimal("50.5")},
    {"customer_id": "c1", "ordered_at": _at("2026-10-25T10:00:00"), "amount": Decimal("49.5")},
    {"customer_id": "c2", "ordered_at": _at("2026-06-01T00:00:00"),
     "amount": Decimal("10.000000001")},
    {"customer_id": "c3", "ordered_at": _at("2026-10-30T00:00:00"), "amount": Decimal("200")},
    {"customer_id": "c3", "ordered_at": _at("2026-03-01T00:00:00"),
     "amount": Decimal("0.000000001")},
    {"customer_id": "c4", "ordered_at": _at("2026-01-15T00:00:00"), "amount": Decimal("5")},
    {"customer_id": "c6", "ordered_at": _at("2026-10-31T00:00:00"),
     "amount": Decimal("120.333333333")},
    {"customer_id": "c7", "ordered_at": _at("2026-12-01T00:00:00"), "amount": Decimal("1000")},
    {"customer_id": "c7", "ordered_at": _at("2026-04-01T00:00:00"), "amount": Decimal("3")},
    {"customer_id": "x9", "ordered_at": _at("2026-10-01T00:00:00"), "amount": Decimal("7")},
]
TABLES: RowsByTable = {"customers": CUSTOMERS, "orders": ORDERS}
FILE = "segments/a.seg"
HISTORY = [dt.datetime(2026, month, 1, tzinfo=UTC) for month in (5, 6, 7, 8, 9, 10, 11)]


def _checked(segments: str = SEGMENTS) -> CheckedProject:
    schema, problems = parse_schema(SCHEMA, "schema.yml")
    assert schema is not None and not problems, problems
    checked = check_project(schema, [parse_source(segments, FILE)])
    assert checked.ok, checked.diagnostics
    return checked


CHECKED = _checked()


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def reader(request: pytest.FixtureRequest) -> Iterator[Reader]:
    """The test rows in an in-memory DuckDB or in a PostgreSQL transaction that is
    rolled back at the end (nothing is left on the server)."""
    if request.param == "duckdb":
        from segdsl.engines.duckdb_engine import DuckDBEngine
        from segdsl.engines.duckdb_engine import table_expression as duck_table

        duck = DuckDBEngine()
        duck.load_tables(CHECKED.schema, TABLES)
        yield Reader(duck, "duckdb", False, duck_table)
        duck.close()
        return
    url = postgres_test_url()
    from segdsl.engines.postgres_engine import PostgresEngine
    from segdsl.engines.postgres_engine import table_expression as pg_table

    postgres = PostgresEngine(url)
    postgres.load_tables(CHECKED.schema, TABLES)
    yield Reader(postgres, "postgres", True, pg_table)
    postgres.close()


# ------------------------------------------------------------- independent


def _members(as_of: dt.datetime, checked: CheckedProject = CHECKED) -> list[dict[str, object]]:
    columns, rows = evaluate_membership(checked, checked.schema, TABLES, as_of)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _labels(checked: CheckedProject, segmentation: str) -> list[str | None]:
    decl = checked.segmentations[segmentation]
    labels: list[str | None] = list(dict.fromkeys(b.label for b in decl.branches))
    if all(b.condition is not None for b in decl.branches):
        labels.append(None)
    return labels


def _average(values: Sequence[object]) -> Decimal | None:
    """The exact mean rounded half away from zero to 9 places, by Decimal."""
    present = [Fraction(Decimal(str(v))) for v in values if v is not None]
    if not present:
        return None
    mean = sum(present, Fraction(0)) / len(present)
    exact = Decimal(mean.numerator) / Decimal(mean.denominator)
    sign = -1 if mean < 0 else 1
    return (abs(exact).quantize(Decimal("1e-9"), rounding=ROUND_HALF_UP)) * sign


@pytest.fixture(scope="module")
def report(reader: Reader) -> ReportData:
    return compute.measure(reader, CHECKED, project="tiny", database="mem", as_of=AS_OF,
                           history=HISTORY,
                           now=dt.datetime(2027, 1, 1, tzinfo=UTC))


# ------------------------------------------------------------------- tests


def test_sizes_and_labels(report: ReportData) -> None:
    members = _members(AS_OF)
    assert report.population == len(members) == 8
    assert [s.definition.name for s in report.segments] == list(CHECKED.segments)
    for segment in report.segments:
        expected = sum(1 for row in members if row[segment.definition.name] is True)
        assert segment.size == expected, segment.definition.name
        assert isinstance(segment.size, int)
    sizes = {s.definition.name: s.size for s in report.segments}
    assert sizes["nobody"] == 0  # an empty segment is listed
    assert sizes["adults_de_recent"] == 2  # c1 and c6
    for segmentation in report.segmentations:
        name = segmentation.definition.name
        labels = _labels(CHECKED, name)
        assert [row.label for row in segmentation.labels] == labels
        for row in segmentation.labels:
            assert row.size == sum(1 for m in members if m[name] == row.label), (name, row)
    kind = {row.label: row.size for row in report.segmentations[0].labels}
    assert kind["huge"] == 0  # an empty label is kept
    assert kind["big"] == 2  # c3 (200) and c6 (120.33); c1 spent exactly 100
    assert kind[None] == 2  # c5 and c8 never bought: no label


def test_definitions_carry_metadata(report: ReportData) -> None:
    first = report.segments[0].definition
    assert (first.title, first.owner, first.tags) == ("Recent German adults", "crm",
                                                      ("growth", "de"))
    assert (first.file, first.line) == (FILE, 8)
    assert report.dialect in ("duckdb", "postgres")
    assert report.as_of == AS_OF and report.warnings == ()


def test_overlap_matrix(report: ReportData) -> None:
    members = _members(AS_OF)
    names = list(CHECKED.segments)
    assert report.overlap.segments == tuple(names)
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            both = sum(1 for row in members if row[a] is True and row[b] is True)
            assert report.overlap.counts[i][j] == both, (a, b)


def test_kpis_are_exact_averages(report: ReportData) -> None:
    members = _members(AS_OF)
    numeric = ["orders", "spent", "avg_amount", "age_years"]
    assert report.kpis.metrics == tuple(numeric)  # home (text) and is_adult are not KPIs

    def expect(group: list[dict[str, object]]) -> tuple[tuple[Decimal | None, ...],
                                                        tuple[int, ...]]:
        return (tuple(_average([row[m] for row in group]) for m in numeric),
                tuple(sum(1 for row in group if row[m] is not None) for m in numeric))

    population = report.kpis.population
    assert (population.averages, population.counted) == expect(members)
    assert population.size == 8
    for group, name in zip(report.kpis.segments, CHECKED.segments, strict=True):
        chosen = [row for row in members if row[name] is True]
        assert group.name == name and group.size == len(chosen)
        assert (group.averages, group.counted) == expect(chosen), name
    expected_labels = [(s, label) for s in CHECKED.segmentations for label in _labels(CHECKED, s)]
    assert len(report.kpis.labels) == len(expected_labels)
    for group, (segmentation, label) in zip(report.kpis.labels, expected_labels, strict=True):
        chosen = [row for row in members if row[segmentation] == label]
        assert group.segmentation == segmentation
        assert group.name == (f"{segmentation} = {label}" if label is not None
                              else f"{segmentation}: (no label)")
        assert (group.averages, group.counted) == expect(chosen), group.name
    nobody = report.kpis.segments[list(CHECKED.segments).index("nobody")]
    assert nobody.averages == (None, None, None, None) and nobody.counted == (0, 0, 0, 0)


def test_kpi_rounding_in_the_last_place(reader: Reader) -> None:
    """c3's orders average (200 + 0.000000001) / 2 = 100.0000000005: half a unit in the
    last place, rounded away from zero; region = rest (c4, c5, c8) has avg orders 1/3."""
    data = compute.measure(reader, CHECKED, project="tiny", database="mem", as_of=AS_OF,
                           kpis=["avg_amount", "orders"])
    assert data.kpis.metrics == ("avg_amount", "orders")
    rows = {group.name: group for group in data.kpis.labels}
    assert rows["region = rest"].averages[1] == Decimal("0.333333333")
    assert rows["region = rest"].counted == (1, 3)
    big = rows["kind = big"]  # c3 (100.0000000005 -> ...001) and c6 (120.333333333)
    assert big.averages[0] == _average([Decimal("100.000000001"), Decimal("120.333333333")])
    c3_alone = _average([Decimal("200"), Decimal("0.000000001")])
    assert c3_alone == Decimal("100.000000001")


def test_attrition_against_each_condition_evaluated_alone(reader: Reader,
                                                          report: ReportData) -> None:
    """Each step's text, written as a segment of its own and evaluated by the
    reference evaluator, gives the same `alone`; the running AND gives `remaining`."""
    members = _members(AS_OF)
    assert [a.segment for a in report.attrition] == list(CHECKED.segments)
    extra = []
    for attr in report.attrition:
        assert attr.population == 8
        for index, step in enumerate(attr.steps):
            extra.append(f"segment check__{attr.segment}__{index}\n  where {step.condition}\n")
    checked = _checked(SEGMENTS + "\n" + "\n".join(extra))
    alone = _members(AS_OF, checked)
    for attr in report.attrition:
        remaining = list(alone)
        for index, step in enumerate(attr.steps):
            name = f"check__{attr.segment}__{index}"
            assert step.alone == sum(1 for row in alone if row[name] is True), step
            remaining = [row for row in remaining if row[name] is True]
            assert step.remaining == len(remaining), step
        size = sum(1 for row in members if row[attr.segment] is True)
        assert attr.steps[-1].remaining == size
    first = report.attrition[0]
    assert [(s.condition, s.line) for s in first.steps] == [
        ("age >= 18", 12), ('country = "DE"', 13), ("has purchase in last 30 days", 14)]
    assert [(s.remaining, s.alone) for s in first.steps] == [(6, 6), (2, 3), (2, 3)]
    grouped = report.attrition[1]
    assert [s.condition for s in grouped.steps] == ['(country = "DE" or country = "AT")',
                                                    "age >= 18"]
    single = report.attrition[2]
    assert len(single.steps) == 1 and single.steps[0].remaining == 0
    # usable alone, for `explain --db`
    assert attrition(reader, CHECKED, "adults_de_recent", AS_OF) == first


def test_history_per_instant_and_batched(reader: Reader, report: ReportData) -> None:
    assert [point.as_of for point in report.history] == HISTORY
    for point in report.history:
        members = _members(point.as_of)
        assert point.population == len(members)
        for name, size in point.segments.items():
            assert size == sum(1 for row in members if row[name] is True), (point.as_of, name)
        for segmentation, labels in point.labels.items():
            assert list(labels) == _labels(CHECKED, segmentation)
            for label, size in labels.items():
                assert size == sum(1 for row in members if row[segmentation] == label)
    assert history_per_instant(reader, CHECKED, HISTORY) == list(report.history)
    assert history_batched(reader, CHECKED, HISTORY) == list(report.history)
    assert report.history[0].segments["buyers"] == 3  # c3, c4, c7 before May
    assert report.history[-1].segments["buyers"] == 6


def test_transitions(reader: Reader, report: ReportData) -> None:
    first, last = _members(HISTORY[0]), _members(HISTORY[-1])
    assert [t.segmentation for t in report.transitions] == list(CHECKED.segmentations)
    for transition in report.transitions:
        name = transition.segmentation
        labels = _labels(CHECKED, name)
        assert transition.labels == tuple(labels)
        assert (transition.first, transition.last) == (HISTORY[0], HISTORY[-1])
        after = {row["customer_id"]: row[name] for row in last}
        for i, source in enumerate(labels):
            for j, target in enumerate(labels):
                moved = sum(1 for row in first
                            if row[name] == source and after[row["customer_id"]] == target)
                assert transition.counts[i][j] == moved, (name, source, target)
        assert sum(map(sum, transition.counts)) == 8
    kind = report.transitions[0]
    none_index = kind.labels.index(None)
    small, big = kind.labels.index("small"), kind.labels.index("big")
    assert kind.counts[none_index][big] == 1  # c6 bought first after May (120.33)
    assert kind.counts[none_index][small] == 2  # c2 (June) and c1 (exactly 100, not above)
    assert kind.counts[small][big] == 1  # c3's 200 came in October
    assert transitions(reader, CHECKED, HISTORY[0], HISTORY[-1]) == list(report.transitions)


def test_progress_is_called_once_per_counted_step(reader: Reader) -> None:
    for strategy, history in (("batched", HISTORY), ("per_instant", HISTORY), ("batched", [])):
        seen: list[str] = []
        compute.measure(reader, CHECKED, project="p", database="d", as_of=AS_OF,
                        history=history, progress=seen.append, history_strategy=strategy)
        assert len(seen) == compute.count_steps(CHECKED, history, history_strategy=strategy)
        assert len(set(seen)) == len(seen)
    assert compute.count_steps(CHECKED, HISTORY, history_strategy="per_instant") == 4 + 7 + 1


def test_future_as_of_warns(reader: Reader) -> None:
    data = compute.measure(reader, CHECKED, project="p", database="d", as_of=AS_OF,
                           kpis=[], now=dt.datetime(2026, 10, 1, tzinfo=UTC))
    assert len(data.warnings) == 1 and "in the future" in data.warnings[0]
    assert data.kpis.metrics == ()


def test_history_problem(reader: Reader) -> None:
    assert history_problem(reader, CHECKED, HISTORY) is None
    early = history_instants(AS_OF, 2, "years", "month")
    problem = history_problem(reader, CHECKED, early)
    assert problem is not None
    assert problem.startswith("--history reaches back to 2024-11-01T00:00:00Z")
    assert "2026-01-15T00:00:00Z in orders" in problem
    # an instant at the earliest event sees nothing either (events before it count)
    assert history_problem(reader, CHECKED, [_at("2026-01-15T00:00:00")]) is not None
    assert history_problem(reader, CHECKED, [_at("2026-01-15T00:00:01")]) is None


def test_open_reader_on_a_duckdb_file(tmp_path: Path) -> None:
    import duckdb

    from segdsl.check.usage import schema_read_by
    from segdsl.compile.pipeline import default_names
    from segdsl.engines.duckdb_engine import DuckDBEngine

    path = tmp_path / "tiny.duckdb"
    duckdb.connect(str(path)).close()
    engine = DuckDBEngine(str(path))
    engine.load_tables(CHECKED.schema, TABLES)
    engine.close()
    read = schema_read_by(CHECKED, default_names(CHECKED))
    with open_reader(str(path), CHECKED.schema, read) as file_reader:
        data = compute.measure(file_reader, CHECKED, project="p", database=str(path),
                               as_of=AS_OF)
    assert data.population == 8 and data.history == () and data.transitions == ()


# ------------------------------------------------------------ without a db


def test_validate_kpis() -> None:
    assert compute.validate_kpis(CHECKED, ["spent", "orders"]) == []
    assert compute.validate_kpis(CHECKED, ["spnet", "home", "nobody", "zzz"]) == [
        "--kpi spnet: no metric named 'spnet' (did you mean 'spent'?)",
        "--kpi home: the metric 'home' is a string; a KPI must be an integer or a number",
        "--kpi nobody: 'nobody' is a segment, not a metric",
        "--kpi zzz: no metric named 'zzz'",
    ]


def test_history_instants() -> None:
    march = dt.datetime(2026, 3, 31, 8, 0, tzinfo=UTC)
    assert history_instants(march, 3, "months", "month") == [
        dt.datetime(2025, 12, 31, 8, tzinfo=UTC), dt.datetime(2026, 1, 31, 8, tzinfo=UTC),
        dt.datetime(2026, 2, 28, 8, tzinfo=UTC), march]
    assert history_instants(march, 2, "week", "days")[0] == march - dt.timedelta(days=14)
    assert len(history_instants(march, 2, "week", "days")) == 15
    assert history_instants(march, 1, "year", "year") == [march.replace(year=2025), march]
    for args, message in (((0, "days", "day"), "at least 1"),
                          ((3, "days", "week"), "longer than --history"),
                          ((3, "fortnights", "day"), "not a time unit"),
                          ((5, "years", "minute"), "more than 1000 instants")):
        with pytest.raises(ValueError, match=message):
            history_instants(march, *args)


def test_condition_texts_are_printed_as_fmt_writes_them() -> None:
    text = ('segment s\n  where country = "a  #b" # note\n'
            '    and (age > 1 and age < 5)   and not (age = 3 or age = 4)\n'
            '    and ((age >= 2))   and count(purchase   in last 30   days) > 1_000\n')
    decl = _checked(text).segments["s"]
    assert [c.text for c in conditions(decl)] == [
        'country = "a  #b"', "(age > 1 and age < 5)", "not (age = 3 or age = 4)",
        "((age >= 2))", "count(purchase in last 30 days) > 1_000"]
    assert [c.line for c in conditions(decl)] == [2, 3, 3, 4, 4]
    # Parentheses around the whole condition group it against nothing: split.
    whole = _checked("segment s\n  where (age > 1 and age < 5)\n").segments["s"]
    assert [c.text for c in conditions(whole)] == ["age > 1", "age < 5"]
