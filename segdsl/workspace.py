"""A project loaded and checked: the one entry point the CLI (and later a language
server, the compiler and the harness) use to get from a folder to checked definitions.

Stages run in order — project file, schema, segment files, checker — and each
stage's problems are collected; later stages still run where they can, so one run
reports as much as possible.  Problems that make it impossible to go on at all (no
project file, no schema file) raise :class:`WorkspaceError`, which the CLI turns
into exit status 2.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from segdsl.check.checker import CheckedProject, check_project
from segdsl.diagnostics import Diagnostic, has_errors
from segdsl.project import config as project_config
from segdsl.project.model import ProjectConfig, Schema
from segdsl.project.schema_loader import load_schema, parse_schema
from segdsl.project.sources import DISK, SourceReader
from segdsl.project.static_lists import load_static_lists
from segdsl.project.yamlpos import read_text
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_file, parse_read, read_source


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


class ParseCache:
    """What the previous load of a project read, for the next one to reuse.

    A language server loads the project again after every keystroke; parsing every
    file each time would cost ~0.5 s for 1,000 segments.  A file (or schema) whose
    text is unchanged gets its previous parse back: parsing is a pure function of
    the text and the display path, and the results are immutable.  Only what the
    last load used is kept, so deleted files do not linger.
    """

    def __init__(self) -> None:
        self._files: dict[str, tuple[str, ast.SourceFile]] = {}
        self._used: dict[str, tuple[str, ast.SourceFile]] = {}
        self._schema: tuple[str, str, Schema | None, list[Diagnostic]] | None = None

    def source(self, path: Path, display: str, reader: SourceReader) -> ast.SourceFile:
        text, problems, shown = read_source(path, display, reader)
        if text is None:
            return parse_read(display, text, problems, shown)
        known = self._files.get(display)
        parsed = known[1] if known is not None and known[0] == text else \
            parse_read(display, text, problems, shown)
        self._used[display] = (text, parsed)
        return parsed

    def schema(self, path: Path, display: str,
               reader: SourceReader) -> tuple[Schema | None, list[Diagnostic]]:
        text, problems = read_text(path, display, reader)
        if text is None:
            return None, problems
        known = self._schema
        if known is not None and known[0] == display and known[1] == text:
            return known[2], list(known[3])
        schema, found = parse_schema(text, display, partial=True)
        self._schema = (display, text, schema, list(found))
        return schema, found

    def finish(self) -> None:
        """Forget the files the last load did not read."""
        self._files, self._used = self._used, {}


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
                   paths: list[Path] | None = None, *, reader: SourceReader = DISK,
                   cache: ParseCache | None = None) -> Workspace:
    """Load, parse and check a project.

    ``paths`` limits which diagnostics are reported to those files (or folders), but
    the whole project is still read, because a segment may use names defined in
    files that are not listed.  Every file is read through ``reader`` (the disk by
    default; a language server passes an
    :class:`~segdsl.project.sources.OverlayReader` with the unsaved buffers), and
    with a ``cache`` unchanged files are not parsed again.
    """
    root = find_root(project_dir)
    config, diagnostics = project_config.load_config(root, reader)
    sources: dict[str, str] = {}
    _remember(sources, root / project_config.PROJECT_FILE, reader)
    if config is None:
        return Workspace(_fallback_config(root), None, [], None, diagnostics, sources,
                         config_ok=False)

    if not reader.is_file(config.schema_path):
        shown = project_config.display_path(config.schema_path)
        raise WorkspaceError(f"the schema file {shown} does not exist")
    # A partly valid schema still lets the segment files be checked, so one run
    # reports the problems of both.
    schema_display = project_config.display_path(config.schema_path)
    if cache is None:
        schema, schema_problems = load_schema(config.schema_path, schema_display,
                                              partial=True, reader=reader)
    else:
        schema, schema_problems = cache.schema(config.schema_path, schema_display, reader)
    diagnostics += schema_problems
    _remember(sources, config.schema_path, reader)

    files: list[ast.SourceFile] = []
    for path in project_config.segment_files(config, reader):
        display = project_config.display_path(path)
        parsed = (parse_file(path, display, reader) if cache is None
                  else cache.source(path, display, reader))
        files.append(parsed)
        sources[parsed.path] = parsed.text
        diagnostics += parsed.diagnostics

    if cache is not None:
        cache.finish()
    checked: CheckedProject | None = None
    if schema is not None:
        lists, list_problems = load_static_lists(config.lists, schema.key, reader)
        diagnostics += list_problems
        for source in config.lists:
            if source.path is not None:
                _remember(sources, source.path, reader)
        checked = check_project(schema, files, lists, timezone=config.timezone)
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


def _remember(sources: dict[str, str], path: Path, reader: SourceReader) -> None:
    """Keep a YAML file's text for showing its lines in diagnostics (best effort)."""
    try:
        text = reader.read_text(path)
    except UnicodeDecodeError as error:
        text = bytes(error.object).decode("utf-8", errors="replace")
    except OSError:
        return
    sources[project_config.display_path(path)] = text


def _fallback_config(root: Path) -> ProjectConfig:
    return ProjectConfig(root=root, name=root.name, schema_path=root / "schema.yml")
