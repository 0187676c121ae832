"""Loading and checking one side of a diff.

A revision's files live in a temporary folder, so its diagnostics would name
files like ``/tmp/segdsl-diff-x1y2/segments/a.seg``.  They are renamed to git's
own notation, ``main:segments/a.seg`` (the ref, a colon, the path in the
repository), which the user can pass to ``git show``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from segdsl.check.checker import CheckedProject
from segdsl.diagnostics import Diagnostic, Span
from segdsl.workspace import Workspace, WorkspaceError, load_workspace


class SideError(Exception):
    """A side cannot be compared: ``status`` 1 (definition errors, ``report`` holds
    the rendered diagnostics) or 2 (the project cannot be loaded at all)."""

    def __init__(self, message: str, status: int, report: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.report = report


@dataclass(frozen=True)
class LoadedSide:
    workspace: Workspace
    checked: CheckedProject


def load_side(project: Path, what: str, temporary_root: Path | None = None,
              ref: str | None = None, *, color: bool = False) -> LoadedSide:
    """Load and check the project at ``project``; ``what`` names the side in
    messages ("the base revision main (1a2b3c)").  For a revision's copy,
    ``temporary_root`` and ``ref`` rename its files in diagnostics."""
    from segdsl import render

    try:
        workspace = load_workspace(project)
    except WorkspaceError as error:
        raise SideError(f"{what}: {_renamed(str(error), temporary_root, ref)}", 2) from None
    if workspace.ok and workspace.checked is not None:
        return LoadedSide(workspace, workspace.checked)
    diagnostics = workspace.diagnostics
    sources = workspace.sources
    if temporary_root is not None and ref is not None:
        diagnostics = [_rename(d, temporary_root, ref) for d in diagnostics]
        sources = {_renamed(name, temporary_root, ref): text for name, text in sources.items()}
    text = render.render_text(diagnostics, sources, color=color)
    raise SideError(f"{what} has definition errors (listed above); nothing was compared",
                    1, text)


def _renamed(text: str, root: Path | None, ref: str | None) -> str:
    if root is None or ref is None:
        return text
    for form in {str(root.resolve()), str(root)}:
        text = text.replace(form + "/", f"{ref}:").replace(form, f"{ref}:")
    return text


def _rename_span(span: Span, root: Path, ref: str) -> Span:
    return replace(span, file=_renamed(span.file, root, ref))


def _rename(diagnostic: Diagnostic, root: Path, ref: str) -> Diagnostic:
    span = None if diagnostic.span is None else _rename_span(diagnostic.span, root, ref)
    related = tuple((_rename_span(s, root, ref), label) for s, label in diagnostic.related)
    return replace(diagnostic, span=span, related=related,
                   message=_renamed(diagnostic.message, root, ref))
