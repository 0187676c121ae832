"""Writing an exported folder whole or not at all.

The files go to a new folder next to ``--out`` first; only when all of them are
written is it renamed to ``--out``.  An existing ``--out`` is replaced only when it
is empty or holds a previous export (the marker file segdsl writes): then it is
renamed aside, the new folder renamed in, and the old one deleted.  Any other
folder (a user's dbt project, a home directory) is refused, never written into.
An interrupted export leaves ``--out`` as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path


class ExportRefused(Exception):
    """``--out`` cannot be (re)placed; the message says why."""


def check_target(out: Path, marker: str) -> None:
    """Raise :class:`ExportRefused` unless ``out`` may be replaced by an export."""
    if out.exists() and not out.is_dir():
        raise ExportRefused(f"--out {out} is a file; give a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / marker).is_file():
        raise ExportRefused(f"--out {out} is not empty and was not written by segdsl "
                            f"(no {marker} in it); give a new or empty folder")
    parent = out.absolute().parent
    if not parent.is_dir():
        raise ExportRefused(f"cannot write {out}: {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ExportRefused(f"cannot write {out}: the folder {parent} is not writable")


def _umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_tree(out: Path, files: Mapping[str, str], marker: str) -> None:
    """Replace ``out`` by a folder holding ``files`` (relative path -> text)."""
    check_target(out, marker)
    parent = out.absolute().parent
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=parent))
    try:
        # mkdtemp makes a private folder (0700); the export is an ordinary one.
        os.chmod(staging, 0o777 & ~_umask())
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=parent))
            os.replace(out, old / out.name)
            try:
                os.replace(staging, out)
            except OSError:
                os.replace(old / out.name, out)  # put the previous export back
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
