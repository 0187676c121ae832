"""Every relative link in the documentation leads somewhere.

README.md, ARCHITECTURE.md, docs/*.md and the example's README link to each other
and to headings (``reference.md#42-missing-values-two-valued-logic``). A renamed
heading or a moved file breaks such a link silently on GitHub, so each relative
link must name a file or folder of the repository, and its ``#anchor`` (if any) a
heading of that Markdown file, slugged as GitHub does. The README is the page
people see first and the one packaged as the project's description: it may only
point inside the repository (no web addresses, no paths that leave it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from doc_snippets import REPO

PAGES = sorted([REPO / "README.md", REPO / "ARCHITECTURE.md",
                REPO / "examples" / "shop" / "README.md", *(REPO / "docs").glob("*.md")])

# Fenced blocks (``` or ~~~, of any length) hold examples, not links.
FENCED = re.compile(r"^(`{3,}|~{3,})[^\n]*\n.*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)
# [text](target) and ![alt](target), with an optional "title".
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def prose(text: str) -> str:
    """The text without fenced blocks, line numbers kept (blocks become blank lines)."""
    return FENCED.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: its text, lower case, punctuation dropped, '-' for spaces."""
    text = CODE_SPAN.sub(lambda m: m.group(0).strip("`").strip(), heading)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)   # a link reads as its text
    text = re.sub(r"[*]", "", text)                        # emphasis markers
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """The anchors of a Markdown page's headings; repeated ones get -1, -2 … as on GitHub."""
    seen: dict[str, int] = {}
    found = set()
    for match in HEADING.finditer(prose(page.read_text(encoding="utf-8"))):
        base = slug(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def links(page: Path) -> list[tuple[int, str]]:
    """(line, target) of every inline link outside code."""
    text = prose(page.read_text(encoding="utf-8"))
    text = CODE_SPAN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in LINK.finditer(text)]


def test_slugs_follow_github() -> None:
    assert slug("4.2 Missing values (two-valued logic)") == "42-missing-values-two-valued-logic"
    assert slug("8. Fixture tests (`tests/*.yml`)") == "8-fixture-tests-testsyml"
    assert slug("`segdsl report`: one HTML page") == "segdsl-report-one-html-page"
    assert slug("Bought more than 3 times in 30 days, but inactive for 7 days") == (
        "bought-more-than-3-times-in-30-days-but-inactive-for-7-days")
    assert slug("Regular expressions (`matches`)") == "regular-expressions-matches"


def test_the_pages_have_links() -> None:
    # Guards the patterns: a LINK that matched nothing would pass everything below.
    assert sum(len(links(page)) for page in PAGES) >= 100
    assert len(anchors(REPO / "docs" / "reference.md")) >= 20


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(REPO).as_posix() for p in PAGES])
def test_relative_links_resolve(page: Path) -> None:
    broken = []
    for line, target in links(page):
        where = f"{page.relative_to(REPO).as_posix()}:{line}: {target}"
        if SCHEME.match(target):
            if page == REPO / "README.md":
                broken.append(f"{where}: the README links only inside the repository")
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.is_relative_to(REPO):
            broken.append(f"{where}: outside the repository")
        elif not file.exists():
            broken.append(f"{where}: no such file")
        elif anchor and file.suffix == ".md" and anchor not in anchors(file):
            broken.append(f"{where}: no heading with that anchor in {file.name}")
        elif anchor and file.suffix != ".md":
            broken.append(f"{where}: an anchor into a file that is not Markdown")
    assert not broken, "\n".join(broken)
