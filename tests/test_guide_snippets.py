"""docs/guide.md works as written: every block of the page is checked or run.

The guide is where marketers copy definitions and commands from, so each fenced
block has a role, and a block without one fails the test (a misspelt info string
must not switch a check off):

* ``seg``: complete definitions that check clean (no error, no warning) against
  the example project, examples/shop, like the reference's examples.
* ``seg-extended``: definitions for data the example does not have; they check
  clean against the example's schema merged with the nearest ``yaml
  schema-addition`` block above them (which therefore loads as part of a schema).
* ``seg-error CODE``: a mistake; ``check`` fails with that code.
* ``yaml schema-excerpt``: a quotation of examples/shop/schema.yml; it must be in
  the schema as quoted.
* ``yaml schema-entities`` / ``seg-entities``: a whole schema with several entities
  (SPEC 11), which a merge into the example's cannot make, and definitions that
  check clean against it alone (the nearest such schema above them).
* ``seg path=FILE`` / ``yaml path=FILE``: files the reader is told to save; in the
  walk-through below they are written to FILE.
* ``csv PATH``, ``yaml project-lists``, ``seg-lists``: a static list file, the
  `lists:` of segdsl.yml naming it, and definitions that check clean with both
  (the file saved at PATH, the entry added to the example's segdsl.yml).
* ``sh``: commands; ``console``: ``$ command`` lines each followed by its output.

The walk-through follows the page from top to bottom in a copy of the example
project inside a fresh git repository (branch ``main``, as `diff --base main`
expects), starting from the repository's root as the reader does: files are
written when the page says to save them, every ``sh`` command must exit 0, and
every ``console`` command must exit 0 and print exactly what the page shows.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml
from cli_project import run
from doc_snippets import (
    EXAMPLE,
    REPO,
    Block,
    assert_checks_clean,
    assert_fails_with_code,
    check_snippet,
    copy_example,
    extend_schema,
    page_blocks,
    schema_example,
)

GUIDE = REPO / "docs" / "guide.md"
BLOCKS = page_blocks(GUIDE)

# The page has about this many blocks of each kind today; fewer means fences were
# renamed or the page was cut, and the tests would pass on almost nothing.
MIN_CLEAN = 25
MIN_EXTENDED = 3
MIN_ERRORS = 5
MIN_COMMANDS = 15

GIT_ENV = {"GIT_AUTHOR_NAME": "Guide", "GIT_AUTHOR_EMAIL": "guide@example.com",
           "GIT_COMMITTER_NAME": "Guide", "GIT_COMMITTER_EMAIL": "guide@example.com",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def role(block: Block) -> str:
    """What the test does with a block (see the module docstring); '' for none."""
    if block.kind in ("seg", "yaml") and block.option("path") is not None:
        return "file"
    if block.kind == "yaml" and block.args == ["project-lists"]:
        return "project-lists"
    if block.kind == "yaml":
        return block.args[0] if block.args in (["schema-addition"], ["schema-excerpt"],
                                               ["schema-entities"]) else ""
    if block.kind == "seg" and not block.args:
        return "seg"
    if block.kind in ("seg-extended", "seg-entities", "seg-error", "sh", "console",
                      "seg-lists"):
        return block.kind
    if block.kind == "csv" and len(block.args) == 1:
        return "list-file"
    return ""


def of_role(name: str) -> list[Block]:
    return [block for block in BLOCKS if role(block) == name]


def with_addition() -> list[tuple[Block, Block]]:
    """Each ``seg-extended`` block with the nearest schema addition above it."""
    pairs = []
    addition: Block | None = None
    for block in BLOCKS:
        if role(block) == "schema-addition":
            addition = block
        elif role(block) == "seg-extended":
            assert addition is not None, f"{block.where}: no ```yaml schema-addition above it"
            pairs.append((block, addition))
    return pairs


def with_entities() -> list[tuple[Block, Block]]:
    """Each ``seg-entities`` block with the nearest ``yaml schema-entities`` above it."""
    pairs = []
    schema: Block | None = None
    for block in BLOCKS:
        if role(block) == "schema-entities":
            schema = block
        elif role(block) == "seg-entities":
            assert schema is not None, f"{block.where}: no ```yaml schema-entities above it"
            pairs.append((block, schema))
    return pairs


def with_lists() -> list[tuple[Block, Block, Block]]:
    """Each ``seg-lists`` block with the nearest ``csv PATH`` (a static list file)
    and ``yaml project-lists`` (the `lists:` of segdsl.yml) above it."""
    found = []
    csv: Block | None = None
    lists: Block | None = None
    for block in BLOCKS:
        if role(block) == "list-file":
            csv = block
        elif role(block) == "project-lists":
            lists = block
        elif role(block) == "seg-lists":
            assert csv is not None and lists is not None, f"{block.where}: no list above it"
            found.append((block, csv, lists))
    return found


CLEAN = of_role("seg") + [b for b in of_role("file") if b.kind == "seg"]
ENTITIES = with_entities()
EXTENDED = with_addition()
ERRORS = of_role("seg-error")


def commands(block: Block) -> list[tuple[list[str], list[str]]]:
    """(argv, expected output lines) of each command of an ``sh`` or ``console`` block.

    ``sh`` lines are commands (a trailing ``\\`` continues one, ``#`` starts a
    comment) and their output is not shown; in ``console`` blocks a command starts
    with ``$ `` and the lines up to the next one are its output.
    """
    found: list[tuple[list[str], list[str]]] = []
    if block.kind == "sh":
        for line in block.body.replace("\\\n", " ").splitlines():
            argv = shlex.split(line, comments=True)
            if argv:
                found.append((argv, []))
        return found
    for line in block.body.splitlines():
        if line.startswith("$ "):
            found.append((shlex.split(line[2:], comments=True), []))
        else:
            assert found, f"{block.where}: output before the first '$ ' command"
            found[-1][1].append(line.rstrip())
    return found


@pytest.fixture(scope="module")
def example_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project without data/ (the checks read no database)."""
    return copy_example(tmp_path_factory.mktemp("shop") / "shop")


def test_every_block_has_a_role() -> None:
    for block in BLOCKS:
        assert role(block), f"{block.where}: ```{block.info} is neither checked nor run"


def test_the_page_has_enough_checked_examples() -> None:
    assert len(CLEAN) >= MIN_CLEAN, [block.line for block in CLEAN]
    assert len(EXTENDED) >= MIN_EXTENDED
    assert len(ERRORS) >= MIN_ERRORS
    runnable = [c for b in BLOCKS if role(b) in ("sh", "console") for c in commands(b)]
    assert len(runnable) >= MIN_COMMANDS
    # The fixture example is run, not only shown.
    assert any(b.kind == "yaml" and role(b) == "file" for b in BLOCKS)
    assert any(argv[:2] == ["segdsl", "test"] for b in of_role("console")
               for argv, _ in commands(b))


def test_the_example_project_alone_is_clean(example_copy: Path) -> None:
    # Otherwise a failure below could be the example's, not the snippet's.
    result = run(["check", "--project", str(example_copy)])
    assert result.exit_code == 0, result.output
    assert "warning[" not in result.output


@pytest.mark.parametrize("block", CLEAN, ids=[f"line{block.line}" for block in CLEAN])
def test_example_checks_clean(example_copy: Path, block: Block) -> None:
    assert_checks_clean(example_copy, block)


@pytest.mark.parametrize(("block", "addition"), EXTENDED,
                         ids=[f"line{block.line}" for block, _ in EXTENDED])
def test_extended_example_checks_against_its_addition(tmp_path: Path, block: Block,
                                                      addition: Block) -> None:
    project = copy_example(tmp_path / "shop")
    extend_schema(project, addition.body)
    assert_checks_clean(project, block)
    # Against the example alone it fails: the block is marked extended for a reason.
    status, output = check_snippet(copy_example(tmp_path / "plain"), block.body)
    assert status == 1 and "error[" in output, block.where


@pytest.mark.parametrize("block", ERRORS, ids=[f"line{block.line}" for block in ERRORS])
def test_mistake_is_reported_with_its_code(example_copy: Path, block: Block) -> None:
    assert_fails_with_code(example_copy, block)


def is_within(part: object, whole: object) -> bool:
    """``part`` is ``whole`` with some mapping keys left out, at any depth."""
    if isinstance(part, dict):
        return isinstance(whole, dict) and all(
            key in whole and is_within(value, whole[key]) for key, value in part.items())
    return part == whole


@pytest.mark.parametrize("block", of_role("schema-excerpt"),
                         ids=[f"line{b.line}" for b in of_role("schema-excerpt")])
def test_schema_excerpt_quotes_the_example(block: Block) -> None:
    schema = yaml.safe_load((EXAMPLE / "schema.yml").read_text(encoding="utf-8"))
    assert is_within(yaml.safe_load(block.body), schema), block.where


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                   env={**os.environ, **GIT_ENV}, check=True)


def test_walk_through_the_guide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    copy_example(repo / "examples" / "shop")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "the example project")
    cwd = repo
    saved: list[str] = []
    ran: list[str] = []
    for block in BLOCKS:
        if role(block) == "file":
            path = block.option("path")
            assert path is not None
            target = cwd / path
            assert target.parent.is_dir() and not target.exists(), block.where
            target.write_text(block.body, encoding="utf-8")
            saved.append(path)
            continue
        if role(block) not in ("sh", "console"):
            continue
        for argv, expected in commands(block):
            where = f"{block.where}: {shlex.join(argv)}"
            if argv[0] == "cd":
                assert len(argv) == 2, where
                cwd = (cwd / argv[1]).resolve()
                assert cwd.is_dir() and cwd.is_relative_to(repo), where
                continue
            assert argv[0] == "segdsl", f"{where}: the guide's commands run segdsl only"
            monkeypatch.chdir(cwd)
            result = run(argv[1:])
            assert result.exit_code == 0, f"{where}\n{result.output}"
            if block.kind == "console":
                shown = [line.rstrip() for line in result.output.rstrip("\n").split("\n")]
                assert shown == expected, where
            ran.append(argv[1])
    # The page's own files were saved and the commands got as far as a diff.
    assert "tests/quiet_regulars.yml" in saved and "segments/quiet_regulars.seg" in saved
    assert {"demo", "check", "run", "test", "explain", "report", "diff"} <= set(ran)


@pytest.mark.parametrize(("block", "schema"), ENTITIES,
                         ids=[f"line{block.line}" for block, _ in ENTITIES])
def test_entities_example_checks_clean(tmp_path: Path, block: Block, schema: Block) -> None:
    project = schema_example(tmp_path / "shop")
    (project / "schema.yml").write_text(schema.body, encoding="utf-8")
    assert_checks_clean(project, block)


@pytest.mark.parametrize(("block", "csv", "lists"), with_lists(),
                         ids=[f"line{block.line}" for block, _, _ in with_lists()])
def test_list_example_checks_with_its_list(tmp_path: Path, block: Block, csv: Block,
                                           lists: Block) -> None:
    """A ``seg-lists`` block checks clean once its list file is saved where the
    ``csv`` block says and the ``project-lists`` block is added to segdsl.yml."""
    project = copy_example(tmp_path / "shop")
    target = project / csv.args[0]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(csv.body, encoding="utf-8")
    config = project / "segdsl.yml"
    config.write_text(config.read_text(encoding="utf-8") + lists.body, encoding="utf-8")
    assert yaml.safe_load(lists.body)["lists"], lists.where
    assert_checks_clean(project, block)
