"""Where a project's files come from: the disk, or the disk with editor buffers on top.

The loaders (:func:`segdsl.project.config.load_config`,
:func:`segdsl.project.schema_loader.load_schema`,
:func:`segdsl.syntax.parser.parse_file` and :func:`segdsl.workspace.load_workspace`)
read through a :class:`SourceReader`, so the language server can check what the
user sees in the editor, unsaved changes included (:class:`OverlayReader`), with
the same code that checks files on disk (:data:`DISK`, the default everywhere).

A reader answers three questions: a file's text, whether a file exists, and which
files a project's ``segments``/``tests`` entries name.  Decoding stays the
loaders' job in one respect: :meth:`SourceReader.read_text` raises the
:class:`UnicodeDecodeError` of bytes that are not UTF-8, which carries the bytes
(``error.object``) and the bad position, so the loader can point at the byte.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol


class SourceReader(Protocol):
    """Read access to a project's files."""

    def read_text(self, path: Path) -> str:
        """The file's text.  Raises :class:`OSError` when it cannot be read and
        :class:`UnicodeDecodeError` (whose ``object`` is the file's bytes) when it
        is not UTF-8."""
        ...

    def is_file(self, path: Path) -> bool:
        """Whether ``path`` names a readable file (never raises)."""
        ...

    def list_files(self, root: Path, entries: tuple[str, ...],
                   suffixes: tuple[str, ...]) -> list[Path]:
        """Every file with one of ``suffixes`` that ``entries`` (folders, searched at
        any depth, or globs relative to ``root``) name: sorted, once each."""
        ...


class DiskReader:
    """Files as they are on disk."""

    def read_text(self, path: Path) -> str:
        return path.read_bytes().decode("utf-8")

    def is_file(self, path: Path) -> bool:
        return is_file(path)

    def list_files(self, root: Path, entries: tuple[str, ...],
                   suffixes: tuple[str, ...]) -> list[Path]:
        return expand(root, entries, suffixes)


DISK = DiskReader()


class OverlayReader:
    """``base`` with some files' text replaced by ``overrides`` (path -> text):
    the unsaved buffers of an editor.

    An override may name a file that does not exist yet (a new buffer); it is
    listed when it has the right suffix and lies below a folder an entry names or
    matches an entry's pattern.  Paths are compared after resolving symbolic links,
    so a buffer opened through a linked folder still replaces the listed file.
    """

    def __init__(self, base: SourceReader, overrides: Mapping[Path, str]) -> None:
        self.base = base
        self._texts = {_real(path): text for path, text in overrides.items()}
        self._paths = {_real(path): Path(os.path.abspath(path)) for path in overrides}

    def read_text(self, path: Path) -> str:
        text = self._texts.get(_real(path))
        return self.base.read_text(path) if text is None else text

    def is_file(self, path: Path) -> bool:
        return _real(path) in self._texts or self.base.is_file(path)

    def list_files(self, root: Path, entries: tuple[str, ...],
                   suffixes: tuple[str, ...]) -> list[Path]:
        listed = self.base.list_files(root, entries, suffixes)
        known = {_real(path) for path in listed}
        for real, path in self._paths.items():
            if real not in known and path.name.endswith(suffixes) \
                    and not path.name.startswith(".") and _named_by(root, entries, path):
                listed.append(path)
        return sorted(listed)


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):  # a symlink loop, a NUL in the name
        return os.path.abspath(path)


def _named_by(root: Path, entries: tuple[str, ...], path: Path) -> bool:
    """Whether a file that may not exist yet is named by one of ``entries``.

    A folder entry names everything below it; a glob is matched against the path
    relative to ``root`` with :mod:`fnmatch` (whose ``*`` also crosses ``/``: a
    new buffer may be listed a little more generously than :mod:`glob` would)."""
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return False
    for entry in entries:
        folder = os.path.normpath(entry).replace(os.sep, "/")
        if folder == "." or relative.startswith(folder.rstrip("/") + "/"):
            return True
        if fnmatch.fnmatchcase(relative, entry.replace("**/", "*")):
            return True
    return False


# ---------------------------------------------------------------- the disk


# Path.is_file and is_dir raise OSError for a name the system refuses outright (too
# long: ENAMETOOLONG) on Python < 3.12; such a path names nothing that exists.
def is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def expand(root: Path, entries: tuple[str, ...], suffixes: tuple[str, ...]) -> list[Path]:
    """Each entry is a folder (searched at any depth) or a glob relative to ``root``.

    A glob may match folders (searched too) and files (kept when they have one of
    ``suffixes``).  Hidden files and folders are skipped, as globs skip them.
    """
    found: set[Path] = set()
    for entry in entries:
        for match in matches(root, entry):
            if is_dir(match):
                found.update(_walk(match, suffixes))
            elif is_file(match) and match.name.endswith(suffixes):
                found.add(match)
    return sorted(found)


def matches(root: Path, entry: str) -> list[Path]:
    """What one ``segments``/``tests`` entry names on disk: its folder, or its glob's
    matches."""
    target = root / entry
    if is_dir(target):
        return [target]
    try:
        # root_dir keeps glob characters in the project's own path literal.
        found = glob.glob(entry, root_dir=root, recursive=True)
    except (OSError, ValueError):
        return []
    return [Path(os.path.normpath(root / match)) for match in found]


def _walk(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    # os.walk does not follow symlinked folders, so a link cycle cannot loop.
    files: list[Path] = []
    for current, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(os.path.normpath(Path(current) / name)) for name in names
                  if name.endswith(suffixes) and not name.startswith(".")]
    return files
