"""What the tests of documentation examples share: fenced blocks and a checked copy.

docs/reference.md and docs/guide.md teach the language by example, and their
examples must stay valid as the language changes. A page's fenced blocks are read
here with their line and info string; a ``seg`` block is checked by writing it as
``segments/zz_snippet.seg`` into a copy of the example project (examples/shop,
without its data) and running ``segdsl check`` there.

An info string is a kind (its first word: ``seg``, ``seg-error``, ``yaml``, ``sh``
…) followed by words; ``key=value`` words are options (``path=segments/x.seg``).
"""

from __future__ import annotations

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
