"""``segdsl fmt``: rewrite segment files in the canonical layout (docs/fmt.md).

Syntax only: no schema is read, and nothing heavier than the parser is imported
(no duckdb, no sqlglot).  A file that does not parse is reported with its
diagnostics and never touched; a file is rewritten through a temporary file in
its folder renamed over it, so it is never seen half written.

Exit status: 0 every file is (now) formatted; 1 a file has syntax errors, or with
``--check``/``--diff`` a file would change; 2 a path or the project is unusable or
a file cannot be written; 3 formatting would have changed a definition (a bug;
the file is left alone).
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import click

from segdsl.cli.common import EXIT_INTERNAL, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, fail_all
from segdsl.diagnostics import Diagnostic, Span

STDIN = "-"


@dataclass
class _Outcome:
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    internal: list[str] = field(default_factory=list)  # "PATH: message" lines
    unwritable: list[str] = field(default_factory=list)


@click.command("fmt")
@click.option("--check", "check_only", is_flag=True,
              help="Write nothing; list the files that would change and exit 1 if any.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Write nothing; print what would change as a unified diff and exit 1 "
              "if anything would.")
@click.option(
    "--project",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Project folder (holding segdsl.yml) whose .seg files to format when no PATH "
    "is given. Default: the nearest one upward.",
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def fmt_command(check_only: bool, show_diff: bool, project: Path | None,
                paths: tuple[Path, ...]) -> None:
    """Format segment files in the canonical layout (docs/fmt.md).

    PATHs are .seg files or folders (searched at any depth); '-' formats standard
    input to standard output. Without PATHs, every .seg file of the project.
    Comments are kept; a file with syntax errors is reported and left alone.
    """
    from segdsl.project.config import display_path

    if any(str(p) == STDIN for p in paths):
        if len(paths) > 1:
            fail("'-' (standard input) cannot be combined with other paths")
        _format_stdin(check_only, show_diff)
        return
    files = _files(project, paths)
    outcome = _Outcome()
    write = not (check_only or show_diff)
    for path in files:
        _format_file(path, display_path(path), write, show_diff, outcome)
    _report(outcome, write, show_diff)


# ------------------------------------------------------------------ files


def _files(project: Path | None, paths: tuple[Path, ...]) -> list[Path]:
    """The .seg files to format; exit 2 for a path that is missing, not a .seg file
    or a folder without one, and for a project that cannot be found or read."""
    if not paths:
        return _project_files(project)
    problems: list[str] = []
    found: dict[Path, None] = {}
    for path in paths:
        if not path.exists():
            problems.append(f"{path} does not exist")
        elif path.is_dir():
            inside = _walk(path)
            if not inside:
                problems.append(f"{path} holds no .seg file")
            found.update(dict.fromkeys(inside))
        elif path.suffix != ".seg":
            problems.append(f"{path} is not a .seg file")
        else:
            found[path] = None
    if problems:
        fail_all(problems)
    return list(found)


def _walk(folder: Path) -> list[Path]:
    # As the project's file lists: hidden files and folders are skipped, and
    # os.walk does not follow symlinked folders, so a link cycle cannot loop.
    files: list[Path] = []
    for current, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files += [Path(current) / name for name in sorted(names)
                  if name.endswith(".seg") and not name.startswith(".")]
    return files


def _project_files(project: Path | None) -> list[Path]:
    from segdsl import render
    from segdsl.project import config as project_config

    root = project if project is not None else project_config.find_project_root(Path.cwd())
    if root is None:
        fail(f"no {project_config.PROJECT_FILE} found in {Path.cwd()} or any folder above "
             "it; run inside a segdsl project, pass --project DIR, or name the files to "
             "format")
    if not (root / project_config.PROJECT_FILE).is_file():
        fail(f"no {project_config.PROJECT_FILE} in {root} (is --project the right folder?)")
    config, problems = project_config.load_config(root)
    if config is None:
        sources = {}
        with contextlib.suppress(OSError, UnicodeDecodeError):
            path = root / project_config.PROJECT_FILE
            shown = project_config.display_path(path)
            sources[shown] = path.read_text(encoding="utf-8")
        click.echo(render.render_text(problems, sources), err=True, nl=False)
        click.get_current_context().exit(EXIT_USAGE)
    files = project_config.segment_files(config)
    if not files:
        entries = ", ".join(config.segments) or "none"
        fail(f"the project has no .seg file (segments: {entries}); nothing to format")
    return files


# ------------------------------------------------------------- formatting


def _format_file(path: Path, shown: str, write: bool, show_diff: bool,
                 outcome: _Outcome) -> None:
    from segdsl.format import FormatError, format_text
    from segdsl.syntax.parser import read_source

    text, problems, displayed = read_source(path, shown)
    outcome.sources[shown] = displayed
    if text is None:
        # An unreadable file has no position: name it at its start.
        outcome.diagnostics += [
            p if p.span is not None else replace(p, span=Span.point(shown, 1, 1))
            for p in problems]
        return
    try:
        formatted = format_text(text, shown)
    except FormatError as error:
        if error.internal:
            outcome.internal.append(f"{shown}: {error}")
        else:
            outcome.diagnostics += error.diagnostics
        return
    if formatted == text:
        outcome.unchanged += 1
        return
    outcome.changed.append(shown)
    if show_diff:
        click.echo(_diff(text, formatted, shown), nl=False)
    if write:
        try:
            _replace(path, formatted)
        except OSError as error:
            outcome.changed.pop()
            reason = error.strerror or type(error).__name__
            outcome.unwritable.append(f"cannot write {shown}: {reason}")


def _format_stdin(check_only: bool, show_diff: bool) -> None:
    from segdsl import render
    from segdsl.format import FormatError, format_text

    shown = "<stdin>"
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fail("standard input is not UTF-8 text", EXIT_PROBLEMS)
    try:
        formatted = format_text(text, shown)
    except FormatError as error:
        if error.internal:
            fail(f"{shown}: {error}", EXIT_INTERNAL)
        click.echo(render.render_text(error.diagnostics, {shown: text}), err=True, nl=False)
        click.get_current_context().exit(EXIT_PROBLEMS)
    changed = formatted != text
    if show_diff:
        click.echo(_diff(text, formatted, shown), nl=False)
    elif check_only:
        if changed:
            click.echo(f"would reformat {shown}")
    else:
        sys.stdout.write(formatted)
        sys.stdout.flush()
    if changed and (check_only or show_diff):
        click.get_current_context().exit(EXIT_PROBLEMS)


def _diff(before: str, after: str, shown: str) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True),
                                 after.splitlines(keepends=True), shown, shown)
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
    return text


def _replace(path: Path, text: str) -> None:
    """Write ``text`` over ``path`` atomically: a temporary file in the same folder,
    renamed over the file (the target of a symbolic link, which stays a link)."""
    target = path.resolve()
    mode = stat.S_IMODE(target.stat().st_mode)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# ---------------------------------------------------------------- report


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _report(outcome: _Outcome, write: bool, show_diff: bool) -> None:
    from segdsl import render

    changed = len(outcome.changed)
    if write:
        for shown in outcome.changed:
            click.echo(f"reformatted {shown}")
    elif not show_diff:
        for shown in outcome.changed:
            click.echo(f"would reformat {shown}")
    if outcome.diagnostics:
        color = render.should_color(sys.stderr)
        click.echo(render.render_text(outcome.diagnostics, outcome.sources, color=color),
                   err=True, nl=False)
    for line in [*outcome.unwritable, *outcome.internal]:
        click.echo(f"error: {line}", err=True)
    if write:
        summary = f"{_plural(changed, 'file')} reformatted, {outcome.unchanged} unchanged"
    else:
        summary = (f"{_plural(changed, 'file')} would be reformatted, "
                   f"{outcome.unchanged} already formatted")
    broken = len({d.span.file for d in outcome.diagnostics if d.span is not None})
    if broken:
        summary += f", {_plural(broken, 'file')} with errors left alone"
    click.echo(summary, err=True)
    if outcome.internal:
        status = EXIT_INTERNAL
    elif outcome.unwritable:
        status = EXIT_USAGE
    elif outcome.diagnostics or (changed and not write):
        status = EXIT_PROBLEMS
    else:
        status = EXIT_OK
    click.get_current_context().exit(status)
