"""The report page in a real browser (headless Chromium through Playwright): it
shows every section, draws its charts, makes no network request, and on the example
project shows the numbers `segdsl run --all` counts.

The browser is the system's Chromium (``/usr/bin/chromium``, or ``SEGDSL_CHROMIUM``);
without it these tests are skipped, and under CI=true they fail (.ci/run installs
it).
"""

from __future__ import annotations

import base64
import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from engine_targets import unavailable
from report_sample import POPULATION, sample

from segdsl.report.page import render_page

SECTIONS = ("summary", "segments", "segmentations", "overlap", "kpis", "attrition", "history",
            "transitions")


def chromium_path() -> str | None:
    for candidate in (os.environ.get("SEGDSL_CHROMIUM"), "/usr/bin/chromium",
                      shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if importlib.util.find_spec("playwright") is None:
        unavailable("playwright is not installed (pip install 'segdsl[test]')")
    executable = chromium_path()
    if executable is None:
        unavailable("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


class Opened:
    """A page opened from a file, with every request it made."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.route("**/*", self._route)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url, wait_until="load")

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.page.close()


def distinct_colors(browser: Any, png: bytes) -> tuple[int, float]:
    """(distinct colours, share of pixels that are not white) of a PNG, decoded by
    the browser itself into a canvas: no image library needed."""
    page = browser.new_page()
    try:
        result: list[float] = page.evaluate(
            """async (data) => {
                const image = new Image();
                image.src = "data:image/png;base64," + data;
                await image.decode();
                const canvas = document.createElement("canvas");
                canvas.width = image.width; canvas.height = image.height;
                const context = canvas.getContext("2d");
                context.drawImage(image, 0, 0);
                const pixels = context.getImageData(0, 0, image.width, image.height).data;
                const colours = new Set();
                let inked = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                    const rgb = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
                    colours.add(rgb);
                    if (rgb !== 0xffffff) inked++;
                }
                return [colours.size, inked / (pixels.length / 4)];
            }""",
            base64.b64encode(png).decode("ascii"),
        )
    finally:
        page.close()
    return int(result[0]), float(result[1])


def check_sections_and_no_network(opened: Opened) -> None:
    page = opened.page
    for section in SECTIONS:
        assert page.locator(f"#{section}").is_visible(), section
    # the page itself is the only thing loaded, and nothing else was even tried
    assert opened.requests == [opened.url]
    assert opened.blocked == []
    assert page.evaluate("performance.getEntriesByType('resource').length") == 0
    assert page.locator("script").count() == 0


def check_screenshot(browser: Any, opened: Opened) -> None:
    shot = opened.page.screenshot(full_page=False)
    colours, inked = distinct_colors(browser, shot)
    assert colours >= 20 and inked > 0.03, (colours, inked)
    chart = opened.page.locator("#segments figure svg")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    colours, inked = distinct_colors(browser, chart.screenshot())
    assert colours >= 5 and inked > 0.05, (colours, inked)  # bars, axes, labels


def test_sample_page_in_the_browser(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "sample.html"
    path.write_text(render_page(sample()), encoding="utf-8")
    opened = Opened(browser, path)
    try:
        check_sections_and_no_network(opened)
        check_screenshot(browser, opened)
        page = opened.page
        assert page.locator("#population").get_attribute("data-size") == str(POPULATION)
        # the title with a script tag is text on the page, and ran nothing
        assert page.locator("#segment-vip td").nth(1).inner_text() == \
            "Very important <script>alert(1)</script>"
        labels = page.eval_on_selector_all(
            "table[data-segmentation=persona] tr[data-label]",
            "rows => rows.map(r => [r.dataset.label, r.dataset.size])")
        assert labels == [["zeta_first", "700"], ["alpha_empty", "0"], ["casual", "500"],
                          ["", "34"]]
    finally:
        opened.close()


# ------------------------------------------------------------------ the example project

def test_example_project_page(browser: Any, tmp_path: Path) -> None:
    from cli_project import run
    from report_project import AS_OF, membership_counts, shop_copy

    project = shop_copy(tmp_path)
    out = tmp_path / "shop.html"
    result = run(["report", "--project", str(project), "--as-of", AS_OF, "--history", "6",
                  "months", "--every", "month", "--out", str(out)])
    assert result.exit_code == 0, result.output
    opened = Opened(browser, out)
    try:
        check_sections_and_no_network(opened)
        check_screenshot(browser, opened)
        page = opened.page
        population = int(page.locator("#population").get_attribute("data-size") or "-1")
        segments = dict(page.eval_on_selector_all(
            "#segments-table tr[data-segment]",
            "rows => rows.map(r => [r.dataset.segment, Number(r.dataset.size)])"))
        labels = page.eval_on_selector_all(
            "table[data-segmentation] tr[data-label]",
            "rows => rows.map(r => [r.closest('table').dataset.segmentation, r.dataset.label,"
            " Number(r.dataset.size)])")
        run_population, run_segments, run_labels = membership_counts(project)
        assert population == run_population
        assert segments == run_segments
        for segmentation, label, size in labels:
            assert run_labels[segmentation][label] == size, (segmentation, label)
        shown = {(segmentation, label) for segmentation, label, _ in labels}
        for segmentation, counts in run_labels.items():
            assert {(segmentation, label) for label in counts} <= shown
        assert page.locator("#history-note").is_visible()
        # no `materialize --snapshot` here: replayed, and the page says why
        assert page.locator("#history-note").inner_text().startswith(
            "History replayed from events; attributes as they are now (there is no "
            "history table segdsl_membership_history).")
        assert page.locator("#history svg").count() >= 1
        assert page.locator("table[data-transitions]").count() == len(run_labels)
    finally:
        opened.close()
