"""Every example in docs/reference.md checks as the page says it does.

The reference is how users learn the language, so its examples must stay valid as
the language changes. Each fenced block with the info string ``seg`` is a complete
set of declarations: written as ``segments/zz_snippet.seg`` into a copy of the
example project (examples/shop, without its data), it must pass ``segdsl check``
with no error and no warning. A block ``seg-error CODE`` shows a mistake: it must
fail with that code. Other blocks (``seg-fragment``, plain) are not checked.
(The reading of blocks and the check are shared with docs/guide.md's test, in
tests/doc_snippets.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_project import run
from doc_snippets import (
    REPO,
    Block,
    assert_checks_clean,
    assert_fails_with_code,
    blocks_of_kind,
    copy_example,
)

REFERENCE = REPO / "docs" / "reference.md"

# The page has this many checked blocks today; fewer means the fences were renamed
# or the page was cut, and the test would otherwise pass on almost nothing.
MIN_CLEAN = 25
MIN_ERROR = 10

CLEAN = blocks_of_kind(REFERENCE, "seg")
ERRORS = blocks_of_kind(REFERENCE, "seg-error")


@pytest.fixture(scope="module")
def example_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project without data/ (nothing here reads a database)."""
    return copy_example(tmp_path_factory.mktemp("shop") / "shop")


def test_the_page_has_enough_checked_examples() -> None:
    assert len(CLEAN) >= MIN_CLEAN, [block.line for block in CLEAN]
    assert len(ERRORS) >= MIN_ERROR


def test_the_example_project_alone_is_clean(example_copy: Path) -> None:
    # Otherwise a failure below could be the example's, not the snippet's.
    result = run(["check", "--project", str(example_copy)])
    assert result.exit_code == 0, result.output
    assert "warning[" not in result.output


@pytest.mark.parametrize("block", CLEAN, ids=[f"line{block.line}" for block in CLEAN])
def test_example_checks_clean(example_copy: Path, block: Block) -> None:
    assert_checks_clean(example_copy, block)


@pytest.mark.parametrize("block", ERRORS, ids=[f"line{block.line}" for block in ERRORS])
def test_mistake_is_reported_with_its_code(example_copy: Path, block: Block) -> None:
    assert_fails_with_code(example_copy, block)
