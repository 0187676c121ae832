"""The table of diagnostic codes: its generated documentation is up to date, and no
code is dead (every code is asserted by some test)."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import tokenize
from pathlib import Path

from segdsl import codes
from segdsl.codes import CODES, RESERVED, Code, Severity, markdown_table
from segdsl.diagnostics import Diagnostic, Span, TextEdit

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "diagnostics.md"
TESTS = Path(__file__).resolve().parent
PACKAGE = ROOT / "segdsl"
REGENERATE = "python -m segdsl.codes --write docs/diagnostics.md"


def test_diagnostics_doc_is_generated_from_the_table() -> None:
    # The page's table part (down to the marker line) is generated; the sections
    # below it are written by hand (tests/test_diagnostics_doc.py runs them).
    assert DOC.is_file(), "docs/diagnostics.md is missing; restore it from git"
    written = codes.generated_part(DOC.read_text(encoding="utf-8"))
    assert written is not None, "docs/diagnostics.md has lost its marker line; restore it " \
        "with `git checkout docs/diagnostics.md` and run: " + REGENERATE
    assert written == markdown_table(), f"regenerate with: {REGENERATE}"


def test_regenerating_keeps_the_hand_written_sections(tmp_path: Path) -> None:
    page = tmp_path / "diagnostics.md"
    stale = markdown_table().replace("| error |", "| warning |", 1)
    page.write_text(stale + "\n## Hand-written\n\ntext\n", encoding="utf-8")
    assert codes.main(["--write", str(page)]) == 0
    assert page.read_text(encoding="utf-8") == markdown_table() + "\n## Hand-written\n\ntext\n"
    # Without the marker nothing is written: the hand-written part cannot be told apart.
    page.write_text("# truncated by `> docs/diagnostics.md`\n", encoding="utf-8")
    assert codes.main(["--write", str(page)]) == 2
    assert page.read_text(encoding="utf-8") == "# truncated by `> docs/diagnostics.md`\n"
    assert codes.main([]) == 2  # printing to stdout is no longer offered


def test_doc_lists_every_code_once_in_table_order() -> None:
    rows = re.findall(r"^\| \[`([A-Z]{3}\d{3})`\]\(#([a-z]{3}\d{3})\) \| (error|warning) \| "
                      r"(.+) \|$", markdown_table(), re.MULTILINE)
    assert [code for code, _, _, _ in rows] == list(CODES) == [code.value for code in Code]
    assert len(rows) == len(set(CODES))  # no code defined twice
    assert all(link == codes.anchor(code) == code.lower() for code, link, _, _ in rows)
    assert {code: severity for code, _, severity, _ in rows} == {
        code.value: code.severity.value for code in Code}
    assert markdown_table().endswith(codes.DOC_MARKER + "\n")


def test_codes_are_well_formed() -> None:
    for code, entry in CODES.items():
        assert re.fullmatch(r"[A-Z]{3}\d{3}", code), code
        assert entry.value == entry.name == code
        assert entry.summary and entry.summary == entry.summary.strip(), code
        assert codes.title(code) == entry.summary
    # Within each family (SYN, YML, NAM, ...) the numbers run 001, 002, ... without gaps.
    for prefix in {code[:3] for code in CODES}:
        numbers = sorted(int(code[3:]) for code in CODES if code.startswith(prefix))
        assert numbers == list(range(1, len(numbers) + 1)), prefix


def test_warnings_are_the_wrn_codes() -> None:
    # A warning does not fail `check`; only the WRN family is one (the docs and the
    # property tests of the checker say so too).
    for code in Code:
        expected = Severity.WARNING if code.startswith("WRN") else Severity.ERROR
        assert code.severity is expected, code


def test_a_code_is_its_own_text() -> None:
    assert Code.NAM001 == "NAM001" and hash(Code.NAM001) == hash("NAM001")
    assert f"{Code.NAM001}" == str(Code.NAM001) == "NAM001"
    assert json.dumps({"code": Code.WRN004}) == '{"code": "WRN004"}'
    assert {"NAM001": 1}[Code.NAM001] == 1 and {Code.NAM001: 1}["NAM001"] == 1
    assert codes.lookup("TYP002") is Code.TYP002
    assert codes.lookup("NAM999") is None


def test_diagnostic_severity_defaults_to_the_table() -> None:
    span = Span("a.seg", 1, 1, 1, 2, 0, 1)
    assert Diagnostic("NAM001", "m", span).severity is Severity.ERROR
    assert Diagnostic(Code.WRN001, "m", span).severity is Severity.WARNING
    assert not Diagnostic("WRN002", "m", span).is_error  # the text of a code works too
    # Given explicitly, the severity wins; an unknown code is an error, never a crash.
    assert Diagnostic(Code.WRN001, "m", span, Severity.ERROR).is_error
    assert Diagnostic("ZZZ001", "m", None).severity is Severity.ERROR
    # dataclasses.replace goes through the same __init__ and keeps every field.
    full = Diagnostic(Code.WRN003, "m", span, hint="h", related=((span, "n"),),
                      edits=(TextEdit(span, "x"),))
    assert dataclasses.replace(full, message="m2") == Diagnostic(
        Code.WRN003, "m2", span, Severity.WARNING, "h", ((span, "n"),), (TextEdit(span, "x"),))


def test_markdown_table_escapes_pipes() -> None:
    for line in markdown_table().splitlines():
        if line.startswith("| `"):
            # Exactly the four cell borders; a `|` inside a title is escaped.
            assert len(re.findall(r"(?<!\\)\|", line)) == 4, line


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


# Files allowed to name codes by string literals (none: every file uses Code.X).
LITERALS_ALLOWED: frozenset[str] = frozenset()
_FAMILIES = "|".join(sorted({code[:3] for code in CODES}))
# A string token whose whole text is a code: "NAM001", 'WRN004', r"FIX001", """SYN010""".
_CODE_LITERAL = re.compile(rf"""^[rRbBuUfF]*("|'|\"\"\"|\'\'\')(({_FAMILIES})\d{{3}})\1$""")


def _code_literals() -> dict[str, list[tuple[int, str]]]:
    """(line, code) of every string literal that is a code, per module of segdsl/."""
    found: dict[str, list[tuple[int, str]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            match = _CODE_LITERAL.match(token.string) if token.type == tokenize.STRING else None
            if match is not None:
                found.setdefault(name, []).append((token.start[0], match.group(2)))
    return found


def test_no_code_literals_outside_the_table() -> None:
    # Code elsewhere names a code as Code.NAM001: a typo is then a mypy error, and the
    # default severity comes from the one table.
    literals = _code_literals()
    assert "segdsl/codes.py" in literals  # the scan does see literals
    misplaced = {
        name: sites for name, sites in literals.items()
        if name != "segdsl/codes.py" and name not in LITERALS_ALLOWED
    }
    assert misplaced == {}, f"use Code.XXX000 instead of a string literal: {misplaced}"
    for name in LITERALS_ALLOWED:
        for line, code in literals.get(name, []):
            assert code in CODES, f"{name}:{line}: {code} is not in segdsl/codes.py"


def _codes_used() -> set[str]:
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "codes.py" and path.parent == PACKAGE:
            continue
        used |= set(re.findall(r"\bCode\.([A-Z]{3}\d{3})\b", path.read_text(encoding="utf-8")))
    for name in LITERALS_ALLOWED:
        used |= {code for _, code in _code_literals().get(name, [])}
    return used


def test_every_code_is_used_or_reserved() -> None:
    used = _codes_used()
    assert used <= set(CODES), used - set(CODES)
    unused = [code.value for code in Code if code not in used and code not in RESERVED]
    assert unused == [], f"codes nothing in segdsl/ produces (use them or list them in " \
        f"RESERVED with a reason): {', '.join(unused)}"
    for code, reason in RESERVED.items():
        assert code not in used, f"{code} is listed as reserved but is used"
        assert reason.strip(), code
