"""The report page built from hand-made numbers (no database): sections, numbers,
order of labels, escaping, and that the page refers to nothing outside itself."""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction

import pytest
from report_dom import Node, parse
from report_sample import AS_OF, POPULATION, sample

from segdsl.analysis.model import Kpis, Overlap
from segdsl.report.page import (
    HISTORY_NOTE,
    SNAPSHOT_NOTE,
    average_text,
    exact_average_text,
    render_page,
)

SECTIONS = ("summary", "segments", "segmentations", "overlap", "kpis", "attrition", "history",
            "transitions")


@pytest.fixture(scope="module")
def html() -> str:
    return render_page(sample())


@pytest.fixture(scope="module")
def dom(html: str) -> Node:
    return parse(html)


def test_every_section_is_there_with_its_charts(dom: Node) -> None:
    for section in SECTIONS:
        dom.one(id=section)
    for section in ("segments", "segmentations", "kpis", "attrition", "history"):
        assert dom.one(id=section).find_all("svg"), section
    # one chart per KPI metric, per segment's attrition, and history: segments + persona
    assert len(dom.one(id="kpis").find_all("svg")) == 2
    assert len(dom.one(id="attrition").find_all("svg")) == 2
    assert len(dom.one(id="history").find_all("svg")) == 2


def test_header_names_the_run(dom: Node) -> None:
    assert dom.one(id="project").text() == "shop"
    assert dom.one(id="database").text() == "postgresql://report:***@db/shop"
    assert dom.one(id="dialect").text() == "postgres"
    assert dom.one(id="as-of").attrs["data-as-of"] == "2026-11-01T08:00:00Z"
    population = dom.one(id="population")
    assert population.attrs["data-size"] == str(POPULATION)
    assert population.text() == "1,234 customers"
    assert dom.one(id="expectations").attrs["data-failed"] == "1"
    assert "--as-of is 40 days after the latest event" in dom.one(id="summary").text()


def test_segments_sizes_shares_owners_and_expectations(dom: Node) -> None:
    rows = dom.one(id="segments-table").find_all("tr", data_segment=None)
    assert [row.attrs["data-segment"] for row in rows] == ["vip", "quiet", "lapsing"]
    assert [row.attrs["data-size"] for row in rows] == ["62", "0", "300"]
    vip = rows[0]
    cells = [cell.text().strip() for cell in vip.find_all("td")]
    assert cells[2:6] == ["62", "5.02%", "crm & co", "valuevip"]
    assert Fraction(vip.attrs["data-share"]) == Fraction(62 * 100, POPULATION)
    expectations = vip.find_all("div", data_holds=None)
    assert [e.attrs["data-holds"] for e in expectations] == ["false", "true"]
    assert expectations[0].text().startswith("✗ share <= 5%")
    assert "measured 5.02%" in expectations[0].text()
    assert expectations[1].text().startswith("✓ size >= 10")


def test_labels_in_definition_order_with_empty_and_no_label_rows(dom: Node) -> None:
    table = dom.one("table", data_segmentation="persona")
    rows = table.find_all("tr", data_label=None)
    assert [row.attrs["data-label"] for row in rows] == ["zeta_first", "alpha_empty", "casual", ""]
    assert [row.attrs["data-size"] for row in rows] == ["700", "0", "500", "34"]
    assert rows[1].find_all("td")[1].text() == "0"
    assert rows[3].find_all("td")[0].text() == "(no label)"
    # the chart lists the same labels, empty ones included
    chart_text = dom.one(id="segmentations").one("svg").text()
    for label in ("zeta_first", "alpha_empty", "casual", "(no label)"):
        assert label in chart_text


def test_overlap_counts_and_exact_jaccard(dom: Node) -> None:
    cell = dom.one("td", data_row="vip", data_col="lapsing")
    assert cell.attrs["data-count"] == "10"
    assert Fraction(cell.attrs["data-jaccard"]) == Fraction(10, 62 + 300 - 10)
    assert cell.text() == "102.84%"  # the count, then the Jaccard index
    assert dom.one("td", data_row="vip", data_col="vip").attrs["data-jaccard"] == "1"
    # two empty segments: no Jaccard index at all
    assert dom.one("td", data_row="quiet", data_col="quiet").attrs["data-jaccard"] == ""


def test_kpis_beside_the_population(dom: Node) -> None:
    table = dom.one(id="kpi-table")
    rows = table.find_all("tr", data_group=None)
    assert [row.attrs["data-kind"] for row in rows] == (
        ["population"] + ["segment"] * 3 + ["label"] * 4)
    assert [row.attrs["data-group"] for row in rows][4:] == [
        "persona = zeta_first", "persona = alpha_empty", "persona = casual",
        "persona: (no label)"]

    def cell(group: str, metric: str) -> Node:
        return table.one("tr", data_group=group).one("td", data_metric=metric)

    assert cell("(all)", "revenue_365d").text() == "120.5"
    assert cell("vip", "revenue_365d").text() == "900.12"
    assert "above" in cell("vip", "revenue_365d").attrs["class"]
    assert "below" in cell("lapsing", "revenue_365d").attrs["class"]
    assert cell("vip", "click_rate").text() == "not set"
    assert cell("vip", "click_rate").attrs["data-counted"] == "0"
    assert cell("lapsing", "revenue_365d").attrs["data-average"] == "40.000000000"


def test_attrition_steps(dom: Node) -> None:
    table = dom.one("table", data_attrition="vip")
    rows = table.find_all("tr", data_step=None)
    assert [(r.attrs["data-step"], r.attrs["data-remaining"]) for r in rows] == [
        ("0", str(POPULATION)), ("1", "70"), ("2", "62")]
    assert rows[2].attrs["data-alone"] == "900"
    assert 'country = "<b>DE</b>"' in rows[2].text()  # shown as written, not as markup


def test_history_and_transitions(dom: Node) -> None:
    assert dom.one(id="history-note").text() == HISTORY_NOTE
    rows = dom.one(id="history-table").find_all("tr", data_as_of=None)
    assert [r.attrs["data-as-of"] for r in rows] == [
        "2026-09-02T08:00:00Z", "2026-10-02T08:00:00Z", "2026-11-01T08:00:00Z"]
    assert rows[-1].one("td", data_segment="lapsing").attrs["data-size"] == "300"
    matrix = dom.one("table", data_transitions="persona")
    assert matrix.one("td", data_from="casual", data_to="zeta_first").attrs["data-count"] == "12"
    assert matrix.one("td", data_from="", data_to="").attrs["data-count"] == "34"
    assert [th.text() for th in matrix.one("thead").find_all("th")][1:] == [
        "zeta_first", "alpha_empty", "casual", "(no label)"]


def test_the_history_note_says_where_the_numbers_come_from() -> None:
    snapshots = "from 3 snapshots in marts.segdsl_membership_history"
    dom = parse(render_page(dataclasses.replace(sample(), history_source=snapshots)))
    note = dom.one(id="history-note").text()
    assert note == f"History {snapshots}. {SNAPSHOT_NOTE}"
    assert "today's values" not in note
    replayed = ("replayed from events; attributes as they are now (there is no history "
                "table segdsl_membership_history)")
    dom = parse(render_page(dataclasses.replace(sample(), history_source=replayed)))
    assert dom.one(id="history-note").text() == f"History {replayed}. {HISTORY_NOTE}"


def test_without_history_the_sections_say_how_to_get_them() -> None:
    dom = parse(render_page(sample(history=False)))
    assert "--history 12 months --every month" in dom.one(id="history").text()
    assert not dom.find_all(id="history-note")
    assert "Not measured" in dom.one(id="transitions").text()


def test_project_text_is_escaped(html: str, dom: Node) -> None:
    assert "<script" not in html.lower()  # not from the title, and no chart script
    assert "<b>" not in html
    row = dom.one(id="segments-table").one("tr", data_segment="vip")
    assert row.find_all("td")[1].text() == "Very important <script>alert(1)</script>"
    assert not dom.find_all("b")
    assert "&lt;script&gt;" in html


def test_the_page_refers_to_nothing_outside_itself(html: str) -> None:
    assert not re.search(r"<(link|img|iframe|object|embed|script)\b", html, re.IGNORECASE)
    assert not re.search(r"\b(src|srcset|xlink:href)\s*=", html, re.IGNORECASE)
    assert not re.search(r"url\(|@import", html, re.IGNORECASE)
    hrefs = re.findall(r'\bhref\s*=\s*"([^"]*)"', html)
    assert hrefs and all(h.startswith("#") for h in hrefs)
    # URLs only as XML namespace names, which are never fetched
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) <= {"http://www.w3.org/2000/svg"}
    assert "<!--" not in html  # pygal's comments (with its URL and today's date) are gone


def test_same_numbers_same_page() -> None:
    assert render_page(sample()) == render_page(sample())


def test_a_project_with_nothing_to_show() -> None:
    data = dataclasses.replace(
        sample(history=False), segments=(), segmentations=(), overlap=Overlap((), ()),
        kpis=Kpis((), sample().kpis.population, (), ()), attrition=(), warnings=(),
    )
    dom = parse(render_page(data))
    for section in SECTIONS:
        dom.one(id=section)
    assert "no segments" in dom.one(id="segments").text()
    assert "no segmentations" in dom.one(id="segmentations").text()
    assert "No numeric metric" in dom.one(id="kpis").text()
    assert not dom.find_all("svg")


@pytest.mark.parametrize(("value", "text"), [
    (None, "not set"), ("840.920000000", "840.92"), ("12.000000000", "12"),
    ("0E-9", "0"), ("-0.500000000", "-0.5"), ("1000000.000000001", "1,000,000"),
    ("1082.845000000", "1,082.85"), ("-1082.845000000", "-1,082.85"),
    ("0.018181818", "0.0182"), ("0.249800000", "0.2498"), ("-0.000040000", "0"),
    ("0.000050000", "0.0001"),
])
def test_averages_are_rounded_for_reading(value: str | None, text: str) -> None:
    from decimal import Decimal

    assert average_text(None if value is None else Decimal(value)) == text


@pytest.mark.parametrize(("value", "text"), [
    (None, "not set"), ("840.920000000", "840.92"), ("1000000.000000001", "1000000.000000001"),
])
def test_exact_averages_are_in_the_tooltip(value: str | None, text: str) -> None:
    from decimal import Decimal

    assert exact_average_text(None if value is None else Decimal(value)) == text


def test_as_of_is_shown(dom: Node) -> None:
    assert AS_OF.isoformat().replace("+00:00", "Z") in dom.one(id="summary").text()
