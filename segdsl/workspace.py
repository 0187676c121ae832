"""A project loaded and checked: the one entry point the CLI (and later a language
server, the compiler and the harness) use to get from a folder to checked definitions.

Stages run in order — project file, schema, segment files, checker — and each
stage's problems are collected; later stages still run where they can, so one run
reports as much as possible.  Problems that make it impossible to go on at all (no
project file, no schema file) raise :class:`WorkspaceError`, which the CLI turns
into exit status 2.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from segdsl.check.checker import CheckedProject, check_project
from segdsl.diagnostics import Diagnostic, has_errors
from segdsl.project import config as project_config
from segdsl.project.model import ProjectConfig, Schema
from segdsl.project.schema_loader import load_schema
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_file


class WorkspaceError(Exception):
    """A problem that stops everything (exit status 2): no project, no schema file."""


@dataclass
class Workspace:
    config: ProjectConfig
    schema: Schema | None
    files: list[ast.SourceFile]
    checked: CheckedProject | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # Display path -> text, so diagnostics can show the offending line.
    sources: dict[str, str] = field(default_factory=dict)
    # False when segdsl.yml could not be read and ``config`` is a stand-in.
    config_ok: bool = True

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def find_root(project_dir: str | os.PathLike[str] | None) -> Path:
    if project_dir is not None:
        project_dir = Path(project_dir)
        if not (project_dir / project_config.PROJECT_FILE).is_file():
            raise WorkspaceError(
                f"no {project_config.PROJECT_FILE} in {project_dir} "
                "(is --project the right folder?)"
            )
        return project_dir
    root = project_config.find_project_root(Path.cwd())
    if root is None:
        raise WorkspaceError(
            f"no {project_config.PROJECT_FILE} found in {Path.cwd()} or any folder above it; "
            "run inside a segdsl project or pass --project DIR"
        )
    return root


def load_workspace(project_dir: str | os.PathLike[str] | None = None,
                   paths: list[Path] | None = None) -> Workspace:
    """Load, parse and check a project.

    ``paths`` limits which diagnostics are reported to those files (or folders), but
    the whole project is still read, because a segment may use names defined in
    files that are not listed.
    """
    root = find_root(project_dir)
    config, diagnostics = project_config.load_config(root)
    sources: dict[str, str] = {}
    _remember(sources, root / project_config.PROJECT_FILE)
    if config is None:
        return Workspace(_fallback_config(root), None, [], None, diagnostics, sources,
                         config_ok=False)

    if not config.schema_path.is_file():
        shown = project_config.display_path(config.schema_path)
        raise WorkspaceError(f"the schema file {shown} does not exist")
    # A partly valid schema still lets the segment files be checked, so one run
    # reports the problems of both.
    schema, schema_problems = load_schema(
        config.schema_path, project_config.display_path(config.schema_path), partial=True
    )
    diagnostics += schema_problems
    _remember(sources, config.schema_path)

    files: list[ast.SourceFile] = []
    for path in project_config.segment_files(config):
        parsed = parse_file(path, project_config.display_path(path))
        files.append(parsed)
        sources[parsed.path] = parsed.text
        diagnostics += parsed.diagnostics

    checked: CheckedProject | None = None
    if schema is not None:
        checked = check_project(schema, files)
        diagnostics += checked.diagnostics

    if paths:
        diagnostics = [d for d in diagnostics if d.span is None or _selected(d.span.file, paths)]
    diagnostics.sort(key=Diagnostic.sort_key)
    return Workspace(config, schema, files, checked, diagnostics, sources)


def scope_problems(workspace: Workspace, paths: list[Path]) -> list[str]:
    """Why a ``check`` of ``paths`` (all of the project when empty) would check
    nothing it was asked to: a ``segments`` folder that does not exist, a project
    without a ``.seg`` file, a named path that is not (and holds none of) the
    project's ``.seg`` files.  A silent pass in CI is worse than an error (SPEC 10).
    Empty when the project file itself has problems: those are reported instead."""
    config = workspace.config
    if not workspace.config_ok:
        return []
    problems: list[str] = []
    for entry in config.segments:
        if not project_config.entry_exists(config.root, entry):
            problems.append(
                f"the segments entry '{entry}' in {project_config.PROJECT_FILE} names no "
                "folder or file; create it or correct the entry")
    shown_entries = ", ".join(config.segments) or "none"
    if not workspace.files:
        problems.append(
            f"the project has no .seg file (segments: {shown_entries}); nothing would be "
            "checked")
        return problems
    project_files = [Path(f.path).resolve() for f in workspace.files]
    for path in paths:
        chosen = path.resolve()
        if not path.exists():
            problems.append(f"{path} does not exist")
        elif path.is_dir():
            if not any(chosen == f.parent or chosen in f.parents for f in project_files):
                problems.append(
                    f"{path} holds none of the project's .seg files (segments: "
                    f"{shown_entries})")
        elif chosen not in project_files:
            reason = ("is not a .seg file" if path.suffix != ".seg" else
                      f"is not one of the project's segment files (segments: {shown_entries}); "
                      f"add its folder to 'segments' in {project_config.PROJECT_FILE}")
            problems.append(f"{path} {reason}")
    return problems


def _selected(file: str, paths: list[Path]) -> bool:
    target = Path(file).resolve()
    for path in paths:
        chosen = path.resolve()
        if target == chosen or chosen in target.parents:
            return True
    return False


def _remember(sources: dict[str, str], path: Path) -> None:
    """Keep a YAML file's text for showing its lines in diagnostics (best effort)."""
    with contextlib.suppress(OSError):
        text = path.read_text(encoding="utf-8", errors="replace")
        sources[project_config.display_path(path)] = text


def _fallback_config(root: Path) -> ProjectConfig:
    return ProjectConfig(root=root, name=root.name, schema_path=root / "schema.yml")
