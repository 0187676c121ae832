"""Everything people read or copy is already in the canonical layout.

Every ``.seg`` file in the repository (the example project, the starter project of
``segdsl init``, the conformance corpus, the benchmark project) and every ```` ```seg ````
block of the documentation (any ``docs/*.md`` and the README, so a page added later
is covered) is left unchanged by ``segdsl fmt``.  ```` ```seg-error ```` blocks that
parse are held to it too; those with a syntax error cannot be formatted.

After a change to the layout, reformat with ``segdsl fmt PATH`` and, for the docs,
``python tests/test_fmt_stable.py --write``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from segdsl.format import FormatError, format_text

REPO = Path(__file__).resolve().parents[1]
SEG_FILES = sorted(p for p in REPO.rglob("*.seg") if ".git" not in p.parts)
PAGES = sorted([*(REPO / "docs").glob("*.md"), REPO / "README.md"])

# A fence opens with ``` and an info string, and closes with a bare ``` line.
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
KINDS = ("seg", "seg-error")


def blocks(page: Path) -> list[tuple[int, str, re.Match[str]]]:
    """(line, body, match) of each seg or seg-error block of ``page``."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        if match.group(1).strip().split(" ")[0] in KINDS:
            found.append((text.count("\n", 0, match.start()) + 1, match.group(2), match))
    return found


def formatted_block(body: str) -> str | None:
    """The block formatted; None when it does not parse (a seg-error example)."""
    try:
        return format_text(body)
    except FormatError as error:
        assert not error.internal, error
        return None


BLOCKS = [(page, line, body) for page in PAGES for line, body, _ in blocks(page)]


@pytest.mark.parametrize("path", SEG_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_seg_file_is_formatted(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert format_text(text, str(path)) == text, "run: segdsl fmt " + str(path.relative_to(REPO))


@pytest.mark.parametrize(("page", "line", "body"), BLOCKS,
                         ids=[f"{p.name}:{line}" for p, line, _ in BLOCKS])
def test_documentation_block_is_formatted(page: Path, line: int, body: str) -> None:
    formatted = formatted_block(body)
    if formatted is None:
        assert body.count("\n") >= 1  # a seg-error block with a syntax error
        return
    assert formatted == body, f"{page.name}:{line}: run python tests/test_fmt_stable.py --write"


def test_the_documentation_has_seg_blocks() -> None:
    clean = [b for b in BLOCKS if formatted_block(b[2]) is not None]
    assert len(clean) >= 30


def _write() -> None:
    """Reformat every block of the documentation in place."""
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        out, position = [], 0
        for _, body, match in blocks(page):
            formatted = formatted_block(body)
            out.append(text[position:match.start(2)])
            out.append(body if formatted is None else formatted)
            position = match.end(2)
        out.append(text[position:])
        new = "".join(out)
        if new != text:
            page.write_text(new, encoding="utf-8")
            print(f"reformatted blocks in {page.relative_to(REPO)}")


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    _write()
