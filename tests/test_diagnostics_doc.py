"""docs/diagnostics.md gives every diagnostic code an example that produces it and
the fix, and both are run.

The page's table is generated from ``segdsl/codes.py`` (tests/test_codes.py keeps it
equal); below its marker line each code has a hand-written section ``### CODE`` in
table order. A section holds at least one example (a block that must produce the
code and no other) and at least one fix (a block that must be clean), of the same
kind of file (the block roles are described in tests/doc_snippets.py):

=====================  =====================  ======================================
example                fix                    run as
=====================  =====================  ======================================
``seg-error CODE``     ``seg``                a segment file of examples/shop
``seg-warning CODE``   ``seg``                the same; ``check`` passes and warns
``yaml schema-error``  ``yaml schema-fix``    the whole schema.yml
``yaml project-error`` ``yaml project-fix``   the whole segdsl.yml of examples/shop
``yaml fixture-error`` ``yaml fixture-fix``   a fixture file run by ``segdsl test``
=====================  =====================  ======================================

A block with ``path=FILE`` is a file its section needs (a CSV file of rows), saved in
the project before the section's fixture blocks run. ``text explained CODE`` is an
example that cannot be run from a text block; the codes allowed one are exactly
``EXPLAINED``, so the list cannot grow unnoticed. A code in ``codes.RESERVED`` (never
produced any more) needs only a section saying so.

Where the example's diagnostics carry edits (the quick fix editors offer, listed by
``check --format json``), applying them must give the section's first fix, and the
section must say "quick fix"; where they carry none, it must not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from doc_snippets import (
    FIXTURE_SNIPPET,
    REPO,
    SNIPPET,
    Block,
    check_json,
    check_with_file,
    copy_example,
    page_blocks,
    reported_codes,
    run_fixture,
    schema_example,
)

from segdsl.codes import CODES, RESERVED, Code, Severity, generated_part
from segdsl.diagnostics import Span, TextEdit, apply_edits
from segdsl.format import FormatError, format_text

DOC = REPO / "docs" / "diagnostics.md"
TEXT = DOC.read_text(encoding="utf-8")
BLOCKS = page_blocks(DOC)

# Codes whose example is described, not run: SYN010 needs a definition nested about
# a thousand levels deep, which no reader could take in from a page.
# The static lists need a list file or a project with lists (docs: "LST"); EVT003
# needs two events giving one property different types, which the example's schema
# does not have. ENT003 and ENT004 need a schema with several entities, which
# examples/shop (where the page's segment examples run) does not have
# (tests/test_entities.py runs them).
EXPLAINED = frozenset({Code.SYN010, Code.LST001, Code.LST003, Code.LST004, Code.LST005,
                       Code.LST008, Code.EVT003, Code.ENT003, Code.ENT004})

# The role of an example -> the role its fix must have (None: any fix role).
FIX_ROLE: dict[str, str | None] = {
    "seg-error": "seg",
    "seg-warning": "seg",
    "schema-error": "schema-fix",
    "project-error": "project-fix",
    "fixture-error": "fixture-fix",
    "explained": None,
}
FIX_ROLES = frozenset(role for role in FIX_ROLE.values() if role is not None)
YAML_ROLES = frozenset({"schema-error", "schema-fix", "project-error", "project-fix",
                        "fixture-error", "fixture-fix"})
# Where a role's block is saved in the project copy (fixtures: see run_fixture).
SAVED_AS = {"seg": SNIPPET, "seg-error": SNIPPET, "seg-warning": SNIPPET,
            "schema-error": Path("schema.yml"), "schema-fix": Path("schema.yml"),
            "project-error": Path("segdsl.yml"), "project-fix": Path("segdsl.yml")}

QUICK_FIX = re.compile(r"quick\s+fix", re.IGNORECASE)
HEADING = re.compile(r"^(#{1,6}) (.*)$")


def role(block: Block) -> str:
    """What the test does with a block (see the module docstring); '' for none."""
    if block.option("path") is not None:
        return "file"
    if block.kind == "yaml" and len(block.args) >= 1 and block.args[0] in YAML_ROLES:
        return block.args[0]
    if block.kind == "text" and block.args[:1] == ["explained"]:
        return "explained"
    if block.kind in ("seg-error", "seg-warning"):
        return block.kind
    if block.kind == "seg" and not block.args:
        return "seg"
    return ""


def example_code(block: Block) -> str | None:
    """The code an example block names (None for a block that is no example)."""
    name = role(block)
    if name not in FIX_ROLE:
        return None
    words = block.args if name in ("seg-error", "seg-warning") else block.args[1:]
    assert len(words) == 1, f"{block.where}: write the code once after the kind"
    return words[0]


@dataclass(frozen=True)
class Section:
    """A ``### CODE`` section of the hand-written part: its prose and blocks."""

    code: str
    line: int
    prose: str
    blocks: tuple[Block, ...]

    def examples(self) -> list[Block]:
        return [b for b in self.blocks if role(b) in FIX_ROLE]

    def fixes(self) -> list[Block]:
        return [b for b in self.blocks if role(b) in FIX_ROLES]

    def files(self) -> list[Block]:
        return [b for b in self.blocks if role(b) == "file"]


def _headings() -> list[tuple[int, int, str]]:
    """(line, level, text) of every heading outside fenced blocks."""
    found, fenced = [], False
    for number, line in enumerate(TEXT.splitlines(), start=1):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := HEADING.match(line)):
            found.append((number, len(match.group(1)), match.group(2).strip()))
    return found


def _hand_written_start() -> int:
    """The line of the page right after the generated part."""
    part = generated_part(TEXT)
    assert part is not None, "docs/diagnostics.md has lost its marker line"
    return part.count("\n") + 1


def _sections() -> list[Section]:
    """The ``### CODE`` sections after the marker; a section ends at the next heading
    of level 2 or 3."""
    start = _hand_written_start()
    lines = TEXT.splitlines()
    heads = [(line, level, text) for line, level, text in _headings() if line >= start]
    sections = []
    for index, (line, level, text) in enumerate(heads):
        if level != 3:
            continue
        end = next((other for other, lvl, _ in heads[index + 1:] if lvl <= 3), len(lines) + 1)
        blocks = tuple(b for b in BLOCKS if line < b.line < end)
        prose = re.sub(r"^```.*?^```", "", "\n".join(lines[line:end - 1]),
                       flags=re.MULTILINE | re.DOTALL)
        sections.append(Section(text, line, prose, blocks))
    return sections


SECTIONS = _sections()
BY_CODE = {section.code: section for section in SECTIONS}
EXAMPLES = [(s, b) for s in SECTIONS for b in s.examples() if role(b) != "explained"]
FIXES = [(s, b) for s in SECTIONS for b in s.fixes()]


def _id(pair: tuple[Section, Block]) -> str:
    return f"{pair[0].code}-line{pair[1].line}"


# ------------------------------------------------------------------ the page's shape


def test_every_code_has_one_section_in_table_order() -> None:
    assert [section.code for section in SECTIONS] == list(CODES)


def test_every_block_has_a_role_and_a_section() -> None:
    start = _hand_written_start()
    in_sections = {block.line for section in SECTIONS for block in section.blocks}
    for block in BLOCKS:
        assert role(block), f"{block.where}: ```{block.info} is neither run nor explained"
        assert block.line > start and block.line in in_sections, (
            f"{block.where}: a block outside a code's section")


@pytest.mark.parametrize("code", list(CODES))
def test_section_has_an_example_and_a_fix(code: str) -> None:
    section = BY_CODE[code]
    where = f"docs/diagnostics.md:{section.line}: {code}"
    if code in RESERVED:
        assert re.search(r"no longer|never", section.prose), f"{where}: say it is not produced"
        return
    examples = section.examples()
    assert examples, f"{where}: no example (```seg-error {code} or the like)"
    assert section.fixes(), f"{where}: no fix block"
    for example in examples:
        assert example_code(example) == code, f"{example.where}: names another code"
        wanted = FIX_ROLE[role(example)]
        if wanted is not None:
            assert any(role(fix) == wanted for fix in section.fixes()), (
                f"{example.where}: a {role(example)} example needs a ```{wanted} fix")
        if role(example) in ("seg-error", "seg-warning"):
            warns = role(example) == "seg-warning"
            assert warns == (CODES[code].severity is Severity.WARNING), (
                f"{example.where}: a warning's example is ```seg-warning, an error's "
                "```seg-error")
    assert section.prose.count("**Fix:**") >= 1, f"{where}: no sentence on the fix"


def test_only_the_listed_codes_are_explained_instead_of_run() -> None:
    explained = {example_code(b) for s in SECTIONS for b in s.examples()
                 if role(b) == "explained"}
    assert explained == set(EXPLAINED)
    # An explained code still has a runnable fix, and no run example was missed.
    for code in EXPLAINED:
        assert BY_CODE[code].fixes()
    run = {example_code(block) for _, block in EXAMPLES}
    assert run == set(CODES) - set(EXPLAINED) - set(RESERVED)


def test_table_rows_link_to_their_sections() -> None:
    for code in CODES:
        assert f"| [`{code}`](#{code.lower()}) |" in TEXT, code


@pytest.mark.parametrize("block", [b for b in BLOCKS if role(b) == "seg-warning"],
                         ids=lambda b: f"line{b.line}")
def test_warning_examples_are_formatted(block: Block) -> None:
    # tests/test_fmt_stable.py holds ```seg and ```seg-error blocks to fmt's layout;
    # the warnings' blocks parse, so they are held to it here.
    try:
        assert format_text(block.body) == block.body, block.where
    except FormatError as error:  # pragma: no cover - the message is the point
        pytest.fail(f"{block.where}: {error}")


# ------------------------------------------------------------------- running them


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the example project without data (nothing here reads a database)."""
    return copy_example(tmp_path_factory.mktemp("shop") / "shop")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example with one neutral segment, for whole-schema examples."""
    return schema_example(tmp_path_factory.mktemp("tiny") / "shop")


def _project(name: str, shop: Path, tiny: Path) -> Path:
    return tiny if name.startswith("schema-") else shop


def _check(block: Block, shop: Path, tiny: Path) -> tuple[int, list[dict[str, Any]]]:
    name = role(block)
    return check_with_file(_project(name, shop, tiny), SAVED_AS[name], block.body,
                           encoding=block.option("encoding") or "utf-8")


def _with_files(section: Section, project: Path) -> list[Path]:
    """Save the section's files in ``project``; the paths, to remove afterwards."""
    saved = []
    for block in section.files():
        path = block.option("path")
        assert path is not None
        target = project / path
        assert not target.exists(), f"{block.where}: {path} is a file of the example"
        target.write_text(block.body, encoding="utf-8")
        saved.append(target)
    return saved


def _fixture(section: Section, block: Block, shop: Path) -> tuple[int, str]:
    saved = _with_files(section, shop)
    try:
        return run_fixture(shop, block.body)
    finally:
        for path in saved:
            path.unlink()


def _is(file: str, target: Path) -> bool:
    """``file`` as the CLI names it (relative to the working folder, or absolute)
    is ``target``."""
    return (Path.cwd() / file).resolve() == target.resolve()


def _edits(found: list[dict[str, Any]], target: Path) -> list[TextEdit]:
    """The edits of every diagnostic, as ``check --format json`` lists them."""
    edits = []
    for diagnostic in found:
        for edit in diagnostic["edits"]:
            assert _is(edit["file"], target), edit
            span = Span(edit["file"], edit["line"], edit["column"], edit["end_line"],
                        edit["end_column"], edit["start"], edit["end"])
            edits.append(TextEdit(span, edit["new_text"]))
    return edits


@pytest.mark.parametrize(("section", "block"), EXAMPLES, ids=[_id(p) for p in EXAMPLES])
def test_example_gives_its_code_and_no_other(section: Section, block: Block, shop: Path,
                                             tiny: Path) -> None:
    code = section.code
    name = role(block)
    if name == "fixture-error":
        status, output = _fixture(section, block, shop)
        assert status == 1, f"{block.where}: {output}"
        found = reported_codes(output)
        assert found and set(found) == {("error", code)}, f"{block.where}: {output}"
        assert f"{FIXTURE_SNIPPET.as_posix()}:" in output, output
        assert not QUICK_FIX.search(section.prose), (
            f"{block.where}: `segdsl test` offers no quick fix")
        return
    status, diagnostics = _check(block, shop, tiny)
    severity = CODES[code].severity
    assert status == (0 if severity is Severity.WARNING else 1), f"{block.where}: {diagnostics}"
    assert diagnostics, block.where
    target = _project(name, shop, tiny) / SAVED_AS[name]
    for diagnostic in diagnostics:
        assert (diagnostic["code"], diagnostic["severity"]) == (code, severity.value), (
            f"{block.where}: {diagnostic}")
        assert _is(diagnostic["file"], target), f"{block.where}: {diagnostic}"
    edits = _edits(diagnostics, target)
    if edits:
        fixed = apply_edits(block.body, edits)
        wanted = next(fix for fix in section.fixes() if role(fix) == FIX_ROLE[name])
        assert fixed == wanted.body, f"{block.where}: the quick fix gives\n{fixed}"
        assert QUICK_FIX.search(section.prose), (
            f"{block.where}: editors offer a quick fix here; say so")
    else:
        assert not QUICK_FIX.search(section.prose), (
            f"{block.where}: the section promises a quick fix, but there is none")


@pytest.mark.parametrize(("section", "block"), FIXES, ids=[_id(p) for p in FIXES])
def test_fix_is_clean(section: Section, block: Block, shop: Path, tiny: Path) -> None:
    if role(block) == "fixture-fix":
        status, output = _fixture(section, block, shop)
        assert status == 0, f"{block.where}: {output}"
        assert reported_codes(output) == [], f"{block.where}: {output}"
        assert re.search(r"^[1-9]\d* passed, 0 failed$", output, re.MULTILINE), output
        return
    status, diagnostics = _check(block, shop, tiny)
    assert (status, diagnostics) == (0, []), f"{block.where}: {diagnostics}"


def test_the_neutral_project_is_clean(tiny: Path) -> None:
    # A schema example's failure is then the schema's, not the project's.
    assert check_json(tiny) == (0, [])
