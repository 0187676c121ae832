"""The report's charts: pygal charts rendered to inline SVG, with no script.

pygal draws on the server side, so a chart is plain SVG markup that the page carries
inline: no JavaScript library, no network request when the page is opened.  pygal
still adds a ``<script>`` holding its tooltip configuration (which would need its
JavaScript, never loaded here) and three comments with URLs and today's date;
:func:`_inline` removes them, and gives each chart a fixed id instead of pygal's
random one, so the same numbers give the same page byte for byte.

Every number shown *as text* on the page comes from the tables (exact, formatted by
:mod:`.page`); the charts draw floats, which only the eye reads.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

import pygal
from pygal.style import Style

_SVG = "http://www.w3.org/2000/svg"
ET.register_namespace("", _SVG)

# Colour-blind-safe palette (Okabe-Ito), repeated for long legends.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
           "#F0E442", "#000000")
_STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#333333",
    foreground_strong="#111111",
    foreground_subtle="#777777",
    opacity="0.9",
    opacity_hover="1",
    colors=PALETTE * 4,
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    label_font_size=12,
    major_label_font_size=12,
    value_font_size=11,
    legend_font_size=12,
    title_font_size=14,
)
# One bar's height in a horizontal bar chart, and the room for axes and title.
_BAR = 26
_FRAME = 90
# Long labels (attrition conditions) are cut for the chart; the table has them whole.
_LABEL_CHARS = 60


def _config(**options: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "style": _STYLE,
        "js": [],  # no tooltip script: it would be a request for pygal's JavaScript
        "disable_xml_declaration": True,
        "width": 800,
        "truncate_label": -1,  # never cut labels to "..." by width
        "truncate_legend": -1,
        "print_values": True,
        "value_formatter": value_label,
    }
    base.update(options)
    return base


def value_label(value: float) -> str:
    """A value as printed on a chart, for the eye only (the tables are exact):
    ``3,204``, ``1,009``, ``0.107``."""
    if value == int(value) or abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _inline(chart: Any, chart_id: str) -> str:
    """The chart as an SVG element to put in HTML: fixed id, no script, no comments."""
    chart.uuid = chart_id
    text: str = chart.render(is_unicode=True)
    root = ET.fromstring(text)  # the default parser drops comments
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == f"{{{_SVG}}}script":
                parent.remove(child)
    root.set("role", "img")
    svg = ET.tostring(root, encoding="unicode")
    # A fixed id is repeated in every CSS rule; nothing else in the markup is random.
    return re.sub(r"\s+$", "", svg)


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def horizontal_bars(chart_id: str, title: str, labels: Sequence[str],
                    values: Sequence[float | None], *, series: str = "customers",
                    highlight: int | None = None) -> str:
    """One bar per label, top to bottom in the given order; the bar at index
    ``highlight`` (a reference such as the population) in a second colour."""
    height = _FRAME + _BAR * max(len(labels), 1)
    chart = pygal.HorizontalBar(**_config(height=height, show_legend=False, title=title))
    bars: list[Any] = [
        {"value": value, "color": PALETTE[1]} if index == highlight else value
        for index, value in enumerate(values)
    ]
    # pygal draws the first horizontal bar at the bottom: reverse to read top-down.
    chart.x_labels = [_short(label) for label in reversed(labels)]
    chart.add(series, list(reversed(bars)))
    return _inline(chart, chart_id)


def lines(chart_id: str, title: str, x_labels: Sequence[str],
          series: Sequence[tuple[str, Sequence[int]]]) -> str:
    """One line per series over ``x_labels`` (history instants, oldest first)."""
    chart = pygal.Line(**_config(
        height=420, title=title, print_values=False, show_dots=len(x_labels) <= 60,
        x_label_rotation=30 if len(x_labels) > 6 else 0, legend_at_bottom=True,
        legend_at_bottom_columns=3, show_minor_x_labels=len(x_labels) <= 24,
        x_labels_major_every=max(1, len(x_labels) // 12), min_scale=2,
    ))
    chart.x_labels = list(x_labels)
    for name, values in series:
        chart.add(name, list(values))
    return _inline(chart, chart_id)
