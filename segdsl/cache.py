"""The user's own cache folder for segdsl (``$XDG_CACHE_HOME/segdsl`` or
``~/.cache/segdsl``).

What lives there is executable in effect (Lark's parser cache is a pickle, the
ZetaSQL module cache is machine code), so it must be a folder only the user can
write, never the shared temp folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path | None:
    """The folder, made if needed; None when there is none to be had (no home
    folder, a read-only file system): callers then do without caching."""
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "segdsl"
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):
        return None
    return folder
