"""tests/missing_package.py puts back what it hid: sys.modules and the parent
package's attribute for each module imported afresh (commit 4ee57cc: a test that
did not left `segdsl.engines.zetasql_engine` naming a copy made without zetasql)."""

from __future__ import annotations

import importlib
import sys

import pytest
from missing_package import missing


@pytest.mark.parametrize(("package", "module", "forgotten"), [
    ("zetasql", "segdsl.engines.zetasql_engine", []),
    ("pygls", "segdsl.lsp", ["lsprotocol"]),
])
@pytest.mark.parametrize("imported_before", [False, True])
def test_everything_is_put_back(package: str, module: str, forgotten: list[str],
                                imported_before: bool) -> None:
    parent_name, _, child = module.rpartition(".")
    parent = importlib.import_module(parent_name)
    if imported_before:
        importlib.import_module(module)
        _check_put_back(package, module, forgotten, parent, child)
        return
    # Not imported before: another test may have imported it, so it is taken out
    # (sys.modules and the parent's attribute) for this test and put back after.
    taken = sys.modules.pop(module, None)
    had_attribute = hasattr(parent, child)
    attribute = getattr(parent, child, None)
    if had_attribute:
        delattr(parent, child)
    try:
        _check_put_back(package, module, forgotten, parent, child)
    finally:
        if taken is not None:
            sys.modules[module] = taken
        if had_attribute:
            setattr(parent, child, attribute)


def _check_put_back(package: str, module: str, forgotten: list[str], parent: object,
                    child: str) -> None:
    before = sys.modules.get(module)
    package_before = sys.modules.get(package, "absent")
    attribute = getattr(parent, child, None)
    with missing(package, fresh=[module], forgotten=forgotten):
        with pytest.raises(ImportError):
            importlib.import_module(package)
        fresh = importlib.import_module(module)  # the modules import the package lazily
        assert fresh is not before
        assert getattr(parent, child) is fresh
    assert sys.modules.get(module) is before
    assert getattr(parent, child, None) is attribute
    assert sys.modules.get(package, "absent") is package_before
