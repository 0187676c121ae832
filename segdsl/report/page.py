"""The report page: :class:`~segdsl.analysis.model.ReportData` as one HTML file.

The page is a jinja2 template (``templates/report.html.j2``) with autoescaping on,
so text from the project (titles, owners, conditions as written) can never become
markup.  Charts are inline SVG from :mod:`.charts`; heat-coloured tables (overlap,
transitions) get their colours here.  The page loads nothing: no script, no font,
no stylesheet from elsewhere.

Numbers are shown one way everywhere: counts with thousands separators, shares with
:func:`segdsl.analysis.expectations.percent_text`, averages with 2 decimals (4
below 1) and the exact 9-place value in their tooltip.  The raw values
sit in ``data-`` attributes (``data-size="1234"``) so tools and tests read them
from the DOM without parsing the display text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import jinja2
from markupsafe import Markup

from segdsl import __version__
from segdsl.analysis.expectations import percent_text, share_percent
from segdsl.analysis.model import Attrition, Kpis, Overlap, ReportData, Transition
from segdsl.explain.parts import plural
from segdsl.numbers import decimal_text
from segdsl.report import charts
from segdsl.timeparse import format_instant

NO_LABEL = "(no label)"
NOT_SET = "not set"
HISTORY_NOTE = ("Events are replayed at each past as-of; attributes (e.g. country, age) "
                "are today's values.")
SNAPSHOT_NOTE = ("The sizes each snapshot of `segdsl materialize --snapshot` held: "
                 "attribute changes and customers since deleted are included.")


def history_note(source: str) -> str:
    """The note above the history: where its numbers come from (``source``:
    ReportData.history_source) and what that means."""
    if source.startswith("from "):
        return f"History {source}. {SNAPSHOT_NOTE}"
    if not source:
        return HISTORY_NOTE
    return f"History {source}. {HISTORY_NOTE}"


# ------------------------------------------------------------------ formatting


def count_text(value: int) -> str:
    """``12,345``."""
    return f"{value:,}"


def share_text(value: Fraction) -> str:
    """A percentage as every share on the page is shown: ``3.25%``."""
    return percent_text(value)


def average_text(value: Decimal | None) -> str:
    """An average for reading: 2 decimals (4 below 1, so 0.0182 is not shown as 0),
    rounded half away from zero, thousands separated, trailing zeros trimmed
    (``1,082.85``); ``not set`` for None.  The exact 9-place value is in the cell's
    ``data-average`` and its tooltip (:func:`exact_average_text`)."""
    if value is None:
        return NOT_SET
    places = Decimal("0.01") if abs(value) >= 1 else Decimal("0.0001")
    rounded = value.quantize(places, rounding=ROUND_HALF_UP)  # ties away from zero
    if not rounded:
        rounded = Decimal(0)  # never "-0"
    text = f"{rounded:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def exact_average_text(value: Decimal | None) -> str:
    """The exact average, trailing zeros trimmed (``840.92``); ``not set`` for None."""
    return NOT_SET if value is None else decimal_text(value)


def label_text(label: str | None) -> str:
    return NO_LABEL if label is None else label


def fraction_attr(value: Fraction | None) -> str:
    """An exact fraction for a data attribute: ``3/7``, ``1``, or empty for None."""
    return "" if value is None else str(value)


def heat(weight: Fraction | float | None) -> str:
    """A background from white (0) to a strong blue (1) for heat-coloured cells."""
    if weight is None:
        return "#f4f4f4"
    w = min(max(float(weight), 0.0), 1.0)
    start, end = (255, 255, 255), (8, 81, 156)
    r, g, b = (round(s + (e - s) * w) for s, e in zip(start, end, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def ink(weight: Fraction | float | None) -> str:
    """Text colour readable on :func:`heat`'s background."""
    return "#ffffff" if weight is not None and float(weight) > 0.55 else "#111111"


# ------------------------------------------------------------------ cells and charts


@dataclass(frozen=True, slots=True)
class Cell:
    row: str
    col: str
    count: int
    exact: str  # a fraction for the data attribute ("3/7"), or ""
    text: str  # the fraction shown (Jaccard, share of the row)
    background: str
    color: str


def overlap_cells(overlap: Overlap) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for i, row in enumerate(overlap.segments):
        cells: list[Cell] = []
        for j, col in enumerate(overlap.segments):
            jaccard = overlap.jaccard(i, j)
            cells.append(Cell(
                row=row, col=col, count=overlap.counts[i][j], exact=fraction_attr(jaccard),
                text="n/a" if jaccard is None else percent_text(jaccard * 100),
                background=heat(jaccard), color=ink(jaccard),
            ))
        rows.append(cells)
    return rows


def transition_cells(transition: Transition) -> list[list[Cell]]:
    """Each cell shaded by its share of its row (where the row's customers went)."""
    rows: list[list[Cell]] = []
    for i, source in enumerate(transition.labels):
        total = sum(transition.counts[i])
        cells: list[Cell] = []
        for j, target in enumerate(transition.labels):
            count = transition.counts[i][j]
            part = Fraction(count, total) if total else None
            cells.append(Cell(
                row=source or "", col=target or "", count=count, exact=fraction_attr(part),
                text="" if part is None else percent_text(part * 100),
                background=heat(part), color=ink(part),
            ))
        rows.append(cells)
    return rows


def _svg(markup: str) -> Markup:
    # The SVG is built by pygal from names and numbers, its text escaped by the XML
    # serializer; it is the only markup the template takes unescaped.
    return Markup(markup)


def _as_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def instant_labels(instants: Sequence[dt.datetime]) -> list[str]:
    """Axis labels for history instants: their dates when all share one time of day
    (as ``--every`` steps do), else the full instants."""
    if len({instant.timetz() for instant in instants}) <= 1:
        return [instant.date().isoformat() for instant in instants]
    return [format_instant(instant) for instant in instants]


def kpi_charts(kpis: Kpis) -> list[Markup]:
    groups = [kpis.population, *kpis.segments, *kpis.labels]
    return [
        _svg(charts.horizontal_bars(
            f"kpi-chart-{k}", f"average {metric}", [group.name for group in groups],
            [_as_float(group.averages[k]) for group in groups], series=metric, highlight=0))
        for k, metric in enumerate(kpis.metrics)
    ]


def attrition_chart(attrition: Attrition, rows: str = "customers") -> Markup:
    labels = ["population"] + [f"{n}. {step.condition}"
                               for n, step in enumerate(attrition.steps, 1)]
    values: list[float | None] = [float(attrition.population)]
    values += [float(step.remaining) for step in attrition.steps]
    return _svg(charts.horizontal_bars(f"attrition-chart-{attrition.segment}",
                                       f"{attrition.segment}: {rows} remaining",
                                       labels, values))


def history_charts(data: ReportData) -> list[Markup]:
    if not data.history:
        return []
    instants = instant_labels([point.as_of for point in data.history])
    found = [
        _svg(charts.lines("history-chart-segments", "segment sizes", instants,
                          [(s.definition.name, [p.segments.get(s.definition.name, 0)
                                                for p in data.history])
                           for s in data.segments]))
    ] if data.segments else []
    for sizes in data.segmentations:
        name = sizes.definition.name
        series = [(label_text(label.label),
                   [p.labels.get(name, {}).get(label.label, 0) for p in data.history])
                  for label in sizes.labels]
        found.append(_svg(charts.lines(f"history-chart-{name}", f"{name}: label sizes",
                                       instants, series)))
    return found


# ------------------------------------------------------------------ the page


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("segdsl.report", "templates"),
        autoescape=True,  # every {{ }} is escaped, whatever the template file's name
        undefined=jinja2.StrictUndefined,  # a misspelt name is an error, not ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        count=count_text, share=share_text, average=average_text,
        exact_average=exact_average_text, label=label_text,
        instant=format_instant,
    )
    environment.globals.update(kpi_relation=kpi_relation, share_of=share_percent)
    return environment


def render_page(data: ReportData) -> str:
    """The whole HTML page for ``data``."""
    segment_chart = (_svg(charts.horizontal_bars(
        "segments-chart", "segment sizes", [s.definition.name for s in data.segments],
        [float(s.size) for s in data.segments])) if data.segments else None)
    segmentation_charts = {
        sizes.definition.name: _svg(charts.horizontal_bars(
            f"segmentation-chart-{sizes.definition.name}", f"{sizes.definition.name}: label sizes",
            [label_text(label.label) for label in sizes.labels],
            [float(label.size) for label in sizes.labels]))
        for sizes in data.segmentations
    }
    template = _environment().get_template("report.html.j2")
    rows = plural(data.entity)  # what is counted: "customers", "accounts" (SPEC 11)
    return template.render(
        data=data,
        rows=rows,
        Rows=rows[:1].upper() + rows[1:],
        version=__version__,
        failed_expectations=sum(not e.holds for s in data.segments for e in s.expectations),
        segment_chart=segment_chart,
        segmentation_charts=segmentation_charts,
        overlap=overlap_cells(data.overlap),
        kpi_charts=kpi_charts(data.kpis),
        kpi_groups=[data.kpis.population, *data.kpis.segments, *data.kpis.labels],
        attrition=[(a, attrition_chart(a, rows)) for a in data.attrition],
        history_charts=history_charts(data),
        history_note=history_note(data.history_source),
        transitions=[(t, transition_cells(t)) for t in data.transitions],
        NO_LABEL=NO_LABEL,
    )


def kpi_relation(value: Decimal | None, population: Decimal | None) -> str:
    """``above``/``below``/``same`` the population's average (for colouring)."""
    if value is None or population is None or value == population:
        return "same"
    return "above" if value > population else "below"
