"""What the tests of documentation examples share: fenced blocks and a checked copy.

docs/reference.md and docs/guide.md teach the language by example, and their
examples must stay valid as the language changes. A page's fenced blocks are read
here with their line and info string; a ``seg`` block is checked by writing it as
``segments/zz_snippet.seg`` into a copy of the example project (examples/shop,
without its data) and running ``segdsl check`` there.

An info string is a kind (its first word: ``seg``, ``seg-error``, ``yaml``, ``sh``
…) followed by words; ``key=value`` words are options (``path=segments/x.seg``).

docs/diagnostics.md shows mistakes in every kind of file a project has, so it also
uses (besides ``seg`` and ``seg-error CODE``):

* ``seg-warning CODE``: ``check`` passes (exit 0) and warns with CODE;
* ``yaml schema-error CODE`` / ``yaml schema-fix``: a whole ``schema.yml``, loaded in
  a copy of the example whose only segment reads no attribute
  (:func:`schema_example`);
* ``yaml project-error CODE`` / ``yaml project-fix``: a whole ``segdsl.yml`` in a
  copy of the example;
* ``yaml fixture-error CODE`` / ``yaml fixture-fix``: a fixture file saved as
  ``tests/zz_snippet.yml`` in a copy of the example and run with ``segdsl test``;
* ``text explained CODE``: a mistake that is described, not run.

A ``seg`` block may carry ``encoding=NAME``: it is saved in that encoding (to show
a file that is not UTF-8).
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from cli_project import run

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "shop"

# A fence opens with ``` and an info string, and closes with a bare ``` line.
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)

SNIPPET = Path("segments") / "zz_snippet.seg"
FIXTURE_SNIPPET = Path("tests") / "zz_snippet.yml"

# The one segment of a schema example's project: it reads nothing from the schema,
# so any schema that loads checks clean with it.
NEUTRAL_SEGMENT = "segment everyone\n  where true\n"

# "error[NAM001]" / "warning[WRN004]" in text output.
REPORTED = re.compile(r"\b(error|warning)\[([A-Z]{3}\d{3})\]")


@dataclass(frozen=True)
class Block:
    """One fenced block of a page: where it starts, its info string and its text."""

    page: str
    line: int
    info: str
    body: str
    words: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(self.info.split()))

    @property
    def kind(self) -> str:
        """The first word of the info string ('' for a plain fence)."""
        return self.words[0] if self.words else ""

    @property
    def args(self) -> list[str]:
        """The words after the kind that are not ``key=value`` options."""
        return [word for word in self.words[1:] if "=" not in word]

    def option(self, key: str) -> str | None:
        """The value of a ``key=value`` word of the info string, if there is one."""
        for word in self.words[1:]:
            name, sep, value = word.partition("=")
            if sep and name == key:
                return value
        return None

    @property
    def where(self) -> str:
        """``docs/page.md:LINE``, for assertion messages."""
        return f"{self.page}:{self.line}"


def page_blocks(page: Path) -> list[Block]:
    """Every fenced block of ``page`` in the order written."""
    text = page.read_text(encoding="utf-8")
    name = page.relative_to(REPO).as_posix()
    return [
        Block(name, text.count("\n", 0, match.start()) + 1, match.group(1).strip(), match.group(2))
        for match in FENCE.finditer(text)
    ]


def blocks_of_kind(page: Path, kind: str) -> list[Block]:
    """The blocks of ``page`` whose info string's first word is ``kind``."""
    return [block for block in page_blocks(page) if block.kind == kind]


def copy_example(root: Path) -> Path:
    """A copy of examples/shop at ``root`` (which must not exist), without data/."""
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("data"))
    return root


def extend_schema(project: Path, addition: str) -> None:
    """Merge the YAML mapping ``addition`` into the project's schema.yml.

    Mappings merge key by key (so an addition under ``attributes:`` adds attributes
    and keeps the others); anything else in the addition replaces what was there.
    """
    schema_file = project / "schema.yml"
    schema = yaml.safe_load(schema_file.read_text(encoding="utf-8"))
    extra = yaml.safe_load(addition)
    assert isinstance(extra, dict), f"a schema addition must be a YAML mapping: {addition!r}"
    schema_file.write_text(yaml.safe_dump(_merge(schema, extra), sort_keys=False),
                           encoding="utf-8")


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base.get(key), value) if key in base else value
        return merged
    return extra


def check_snippet(project: Path, body: str) -> tuple[int, str]:
    """``segdsl check`` of ``project`` with ``body`` added as one more .seg file."""
    snippet = project / SNIPPET
    snippet.write_text(body, encoding="utf-8")
    try:
        result = run(["check", "--project", str(project)])
    finally:
        snippet.unlink()
    return result.exit_code, result.output


def assert_checks_clean(project: Path, block: Block) -> None:
    """The block's definitions check with no error and no warning."""
    status, output = check_snippet(project, block.body)
    where = f"{block.where}: {output}"
    assert status == 0, where
    assert "error[" not in output and "warning[" not in output, where


def assert_fails_with_code(project: Path, block: Block) -> None:
    """A ``seg-error CODE`` block fails ``check`` with that code."""
    assert len(block.args) == 1, f"{block.where}: write ```seg-error CODE"
    status, output = check_snippet(project, block.body)
    assert status == 1, f"{block.where}: {output}"
    assert f"error[{block.args[0]}]" in output, f"{block.where}: {output}"


def schema_example(root: Path) -> Path:
    """A copy of examples/shop at ``root`` for whole-schema examples: its segments and
    fixture files are replaced by one segment that reads no attribute, so a
    cut-down ``schema.yml`` can be checked on its own."""
    project = copy_example(root)
    shutil.rmtree(project / "segments")
    shutil.rmtree(project / "tests")
    (project / "segments").mkdir()
    (project / "segments" / "everyone.seg").write_text(NEUTRAL_SEGMENT, encoding="utf-8")
    return project


def check_json(project: Path) -> tuple[int, list[dict[str, Any]]]:
    """Exit status and diagnostics of ``segdsl check --format json`` on ``project``."""
    result = run(["check", "--project", str(project), "--format", "json"])
    assert result.stderr == "", result.stderr
    found = json.loads(result.stdout)
    assert isinstance(found, list), result.stdout
    return result.exit_code, found


def check_with_file(project: Path, relative: Path, body: str,
                    encoding: str = "utf-8") -> tuple[int, list[dict[str, Any]]]:
    """:func:`check_json` with ``body`` saved as ``relative`` in ``project``; the file
    that was there before (if any) is put back afterwards."""
    target = project / relative
    before = target.read_bytes() if target.exists() else None
    target.write_bytes(body.encode(encoding))
    try:
        return check_json(project)
    finally:
        if before is None:
            target.unlink()
        else:
            target.write_bytes(before)


def run_fixture(project: Path, body: str) -> tuple[int, str]:
    """``segdsl test`` of ``body`` saved as the project's ``tests/zz_snippet.yml``."""
    snippet = project / FIXTURE_SNIPPET
    snippet.write_text(body, encoding="utf-8")
    try:
        result = run(["test", "--project", str(project), str(snippet)])
    finally:
        snippet.unlink()
    return result.exit_code, result.output


def reported_codes(output: str) -> list[tuple[str, str]]:
    """(severity, code) of every problem in ``segdsl``'s text output, in order."""
    return REPORTED.findall(output)
