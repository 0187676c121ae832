"""Every example in docs/reference.md checks as the page says it does.

The reference is how users learn the language, so its examples must stay valid as
the language changes. Each fenced block with the info string ``seg`` is a complete
set of declarations: written as ``segments/zz_snippet.seg`` into a copy of the
example project (examples/shop, without its data), it must pass ``segdsl check``
with no error and no warning. A block ``seg-error CODE`` shows a mistake: it must
fail with that code. Other blocks (``seg-fragment``, plain) are not checked.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from cli_project import run

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "docs" / "reference.md"
EXAMPLE = REPO / "examples" / "shop"

# A fence opens with ``` and an info string, and closes with a bare ``` line.
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)

# The page has this many checked blocks today; fewer means the fences were renamed
# or the page was cut, and the test would otherwise pass on almost nothing.
MIN_CLEAN = 25
MIN_ERROR = 10


def blocks(kind: str) -> list[tuple[int, str, str]]:
    """(line, info string, body) of each block whose info string's first word is ``kind``."""
    text = REFERENCE.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        info = match.group(1).strip()
        if info.split(" ")[0] == kind:
            line = text.count("\n", 0, match.start()) + 1
            found.append((line, info, match.group(2)))
    return found


CLEAN = blocks("seg")
ERRORS = blocks("seg-error")


@pytest.fixture(scope="module")
def example_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project without data/ (nothing here reads a database)."""
    root = tmp_path_factory.mktemp("shop") / "shop"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("data"))
    return root


def check_snippet(project: Path, body: str) -> tuple[int, str]:
    snippet = project / "segments" / "zz_snippet.seg"
    snippet.write_text(body, encoding="utf-8")
    try:
        result = run(["check", "--project", str(project)])
    finally:
        snippet.unlink()
    return result.exit_code, result.output


def test_the_page_has_enough_checked_examples() -> None:
    assert len(CLEAN) >= MIN_CLEAN, [line for line, _, _ in CLEAN]
    assert len(ERRORS) >= MIN_ERROR


def test_the_example_project_alone_is_clean(example_copy: Path) -> None:
    # Otherwise a failure below could be the example's, not the snippet's.
    result = run(["check", "--project", str(example_copy)])
    assert result.exit_code == 0, result.output
    assert "warning[" not in result.output


@pytest.mark.parametrize(("line", "info", "body"), CLEAN, ids=[f"line{c[0]}" for c in CLEAN])
def test_example_checks_clean(example_copy: Path, line: int, info: str, body: str) -> None:
    status, output = check_snippet(example_copy, body)
    where = f"docs/reference.md:{line}: {output}"
    assert status == 0, where
    assert "error[" not in output and "warning[" not in output, where


@pytest.mark.parametrize(("line", "info", "body"), ERRORS, ids=[f"line{c[0]}" for c in ERRORS])
def test_mistake_is_reported_with_its_code(example_copy: Path, line: int, info: str,
                                           body: str) -> None:
    words = info.split(" ")
    assert len(words) == 2, f"docs/reference.md:{line}: write ```seg-error CODE"
    status, output = check_snippet(example_copy, body)
    assert status == 1, f"docs/reference.md:{line}: {output}"
    assert f"error[{words[1]}]" in output, f"docs/reference.md:{line}: {output}"
