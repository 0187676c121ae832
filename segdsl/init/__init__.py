"""``segdsl init``: the starter project that ships inside the package.

The files under ``template/`` (segdsl.yml, schema.yml, segments/*.seg and a
fixture test) are package data: hatch puts every file of ``segdsl/`` into the
wheel, and a test checks that these are among them.  Their schema reads only
tables and columns that ``segdsl demo`` writes (segdsl/demo/), so the command
can fill ``data/`` with made-up customers and the new project passes ``check``,
``test`` and ``run --all`` at once.

This module copies the files and decides whether a folder may receive them; the
command (segdsl/cli/init_cmd.py) adds the data and the messages.  A folder that
holds anything at all is refused: ``init`` never overwrites or mixes with files
it did not write.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

__all__ = ["DATA_FILE", "InitError", "Target", "check_folder", "copy_template", "prepare",
           "template_files", "write_files"]

# Where the template's segdsl.yml points 'database' (relative to the project).
DATA_FILE = PurePosixPath("data/shop.duckdb")


class InitError(Exception):
    """A folder that cannot receive a new project; the message says why."""


@dataclass(frozen=True)
class Target:
    """The folder to fill, and the first folder ``prepare`` created (if any).

    ``created`` is what undoing removes as a whole; when the folder existed (empty)
    undoing removes its children instead and leaves the folder itself.
    """

    root: Path
    created: Path | None

    def undo(self) -> None:
        """Remove everything made so far (after a failure or Ctrl-C)."""
        if self.created is not None:
            shutil.rmtree(self.created, ignore_errors=True)
            return
        if not self.root.is_dir():
            return
        for child in self.root.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def template_files() -> list[tuple[PurePosixPath, bytes]]:
    """Every file of the template as (path relative to the project, content), sorted."""
    found: list[tuple[PurePosixPath, bytes]] = []

    def walk(node: Traversable, at: PurePosixPath) -> None:
        for child in node.iterdir():
            if child.name == "__pycache__" or child.name.startswith("."):
                continue
            if child.is_dir():
                walk(child, at / child.name)
            else:
                found.append((at / child.name, child.read_bytes()))

    walk(resources.files(__name__).joinpath("template"), PurePosixPath())
    return sorted(found)


def prepare(folder: Path) -> Target:
    """Check that ``folder`` may receive a project and create it if it is missing.

    Raises InitError, having written nothing, for a file, a folder that is not
    empty, or a place where a folder cannot be made or written.
    """
    missing = check_folder(folder)
    if missing is None:
        return Target(folder, None)
    try:
        folder.mkdir(parents=True)
    except OSError as error:
        raise InitError(f"cannot create {folder}: {error.strerror or error}") from None
    return Target(folder, missing)


def check_folder(folder: Path) -> Path | None:
    """Whether ``folder`` may receive a project, writing nothing: raises InitError
    if not; returns the first folder that would have to be created (None when
    ``folder`` exists, empty).  ``init --from-db`` asks before it reads the
    database, and creates the folder (:func:`prepare`) only after."""
    shown = str(folder)
    if folder.exists() or folder.is_symlink():
        if not folder.is_dir():
            raise InitError(f"{shown} is a file, not a folder; give a new or empty folder")
        try:
            entries = sorted(child.name for child in folder.iterdir())
        except OSError as error:
            raise InitError(f"cannot read {shown}: {error.strerror or error}") from None
        if entries:
            raise InitError(
                f"{shown} is not empty (it holds {entries[0]!r}"
                f"{f' and {len(entries) - 1} more' if len(entries) > 1 else ''}); "
                "segdsl init makes a project in a new or empty folder only"
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            raise InitError(f"cannot write to {shown}: permission denied")
        return None

    # The nearest existing ancestor must be a folder we may write to.
    ancestor = folder.absolute().parent
    missing = [folder.absolute()]
    while not ancestor.exists():
        missing.append(ancestor)
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise InitError(f"cannot create {shown}: {ancestor} is a file, not a folder")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise InitError(f"cannot create {shown}: {ancestor} is not writable")
    return missing[-1]


def copy_template(target: Target) -> list[PurePosixPath]:
    """Write the template's files into the (empty) target; returns their paths."""
    return write_files(target, template_files())


def write_files(target: Target, files: list[tuple[PurePosixPath, bytes]]
                ) -> list[PurePosixPath]:
    """Write ``files`` (path relative to the project, content) into the (empty)
    target; returns their paths."""
    written: list[PurePosixPath] = []
    for relative, content in files:
        path = target.root.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        # 'x': never replace a file, even one that appeared since prepare() looked.
        with path.open("xb") as handle:
            handle.write(content)
        written.append(relative)
    return written
