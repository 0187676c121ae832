"""Running code as if a package were not installed, then putting everything back.

Shared by the tests of the clear "pip install ..." errors (tests/test_cli_test.py's
engines without zetasql or chdb, tests/test_lsp_stdio.py's server without pygls).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from types import ModuleType


@contextlib.contextmanager
def missing(package: str, *, fresh: Sequence[str], forgotten: Sequence[str] = ()
            ) -> Iterator[None]:
    """Within the block ``import package`` raises ImportError (None in
    ``sys.modules``) and the modules ``fresh`` (and their submodules) are imported
    afresh, so they meet the missing package; ``forgotten``: other top-level
    packages to import afresh too (lsprotocol, which pygls brings).

    Afterwards ``sys.modules`` is as it was, and so is each parent package's
    attribute naming a submodule: a fresh import sets it on the parent, and
    ``from segdsl.engines import zetasql_engine`` reads that attribute without
    looking at ``sys.modules`` (a later test would get the copy made without the
    package).
    """
    tops = {package, *forgotten}

    def ours(name: str) -> bool:
        return name.split(".")[0] in tops or any(
            name == module or name.startswith(module + ".") for module in fresh)

    saved: dict[str, ModuleType | None] = {
        name: module for name, module in sys.modules.items() if ours(name)}
    for name in saved:
        del sys.modules[name]
    sys.modules[package] = None  # type: ignore[assignment]
    made: set[str] = set()
    try:
        yield
    finally:
        made = {name for name in sys.modules if ours(name)}
        for name in made:
            del sys.modules[name]
        sys.modules.update(saved)
        for name in made | set(saved):
            _restore_attribute(name, saved.get(name))


def _restore_attribute(name: str, module: ModuleType | None) -> None:
    """The parent package's attribute ``child`` of module ``name`` as it was:
    ``module`` (imported before), or none (imported only within the block)."""
    parent_name, _, child = name.rpartition(".")
    parent = sys.modules.get(parent_name) if parent_name else None
    if parent is None:
        return
    if module is not None:
        setattr(parent, child, module)
    elif isinstance(getattr(parent, child, None), ModuleType):
        delattr(parent, child)
