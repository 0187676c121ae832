"""The table of diagnostic codes: its generated documentation is up to date, and no
code is dead (every code is asserted by some test)."""

from __future__ import annotations

import re
from pathlib import Path

from segdsl import codes
from segdsl.codes import CODES, markdown_table

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "diagnostics.md"
TESTS = Path(__file__).resolve().parent
REGENERATE = "python -m segdsl.codes > docs/diagnostics.md"


def test_diagnostics_doc_is_generated_from_the_table() -> None:
    assert DOC.is_file(), f"docs/diagnostics.md is missing; create it with: {REGENERATE}"
    written = DOC.read_text(encoding="utf-8")
    if written != markdown_table():
        print(f"docs/diagnostics.md is out of date; regenerate it with:\n    {REGENERATE}")
    assert written == markdown_table(), f"regenerate with: {REGENERATE}"


def test_doc_lists_every_code_once_in_table_order() -> None:
    rows = re.findall(r"^\| `([A-Z]{3}\d{3})` \| (.+) \|$", markdown_table(), re.MULTILINE)
    assert [code for code, _ in rows] == list(CODES)
    assert len(rows) == len(codes._TABLE)  # no code defined twice


def test_codes_are_well_formed() -> None:
    for code, entry in CODES.items():
        assert re.fullmatch(r"[A-Z]{3}\d{3}", code), code
        assert entry.code == code
        assert entry.title and entry.title == entry.title.strip(), code
        assert codes.title(code) == entry.title
    # Within each family (SYN, YML, NAM, ...) the numbers run 001, 002, ... without gaps.
    for prefix in {code[:3] for code in CODES}:
        numbers = sorted(int(code[3:]) for code in CODES if code.startswith(prefix))
        assert numbers == list(range(1, len(numbers) + 1)), prefix


def test_markdown_table_escapes_pipes() -> None:
    for line in markdown_table().splitlines():
        if line.startswith("| `"):
            # Exactly the three cell borders; a `|` inside a title is escaped.
            assert len(re.findall(r"(?<!\\)\|", line)) == 3, line


def _test_sources() -> dict[str, str]:
    """Every text file of the tests folder (test modules and their data files), but
    not this file and not hypothesis' example database."""
    sources: dict[str, str] = {}
    for path in sorted(TESTS.rglob("*")):
        parts = path.relative_to(TESTS).parts
        if not path.is_file() or path.name == Path(__file__).name:
            continue
        if any(part.startswith(".") or part == "__pycache__" for part in parts):
            continue
        try:
            sources[path.relative_to(TESTS).as_posix()] = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary data files
    return sources


def test_every_code_is_produced_by_some_test() -> None:
    # grep the tests folder for each code: a code no test mentions is dead or untested.
    sources = _test_sources()
    assert any(name.startswith("test_") for name in sources), "no test files found"
    dead = [
        code for code in CODES
        if not any(re.search(rf"\b{code}\b", text) for text in sources.values())
    ]
    assert dead == [], f"codes no test mentions (dead or untested): {', '.join(dead)}"
