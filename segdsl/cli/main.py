"""The ``segdsl`` command group.

Start-up time matters (``segdsl check`` runs in editors' save hooks and in CI for
every push), so this module imports only click and the package itself.  The other
commands' modules are imported only when their command runs (or ``--help`` lists
them), and each command imports what it needs inside its function; ``check`` in
particular must never pull in duckdb or sqlglot (a test guards this).

Exit status (SPEC section 7): 0 success, 1 the definitions have errors, 2 bad usage
or a project that cannot be loaded at all, 3 an internal error (a bug).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from segdsl import __version__
from segdsl.cli.common import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    fail,
    fail_all,
)

__all__ = [
    "DEBUG_ENV", "EXIT_BROKEN_PIPE", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_USAGE", "main",
]

# Set to re-raise unexpected exceptions with their traceback instead of turning them
# into exit status 3 (for debugging and for the test suite).
DEBUG_ENV = "SEGDSL_DEBUG"

_PASSTHROUGH = (click.ClickException, click.exceptions.Exit, click.Abort)

# Commands that live in their own modules of segdsl.cli: name -> (module, attribute).
_LAZY_COMMANDS = {
    "compile": ("segdsl.cli.compile_cmd", "compile_command"),
    "run": ("segdsl.cli.run", "run_command"),
    "materialize": ("segdsl.cli.materialize_cmd", "materialize_command"),
    "test": ("segdsl.cli.testing", "test_command"),
    "demo": ("segdsl.cli.demo_cmd", "demo_command"),
    "list": ("segdsl.cli.list_cmd", "list_command"),
    "diff": ("segdsl.cli.diff_cmd", "diff_command"),
    "changes": ("segdsl.cli.changes_cmd", "changes_command"),
    "report": ("segdsl.cli.report_cmd", "report_command"),
    "init": ("segdsl.cli.init_cmd", "init_command"),
    "explain": ("segdsl.cli.explain_cmd", "explain_command"),
    "schema": ("segdsl.cli.schema_cmd", "schema_group"),
    "fmt": ("segdsl.cli.fmt_cmd", "fmt_command"),
    "lsp": ("segdsl.cli.lsp_cmd", "lsp_command"),
    "export": ("segdsl.cli.export_cmd", "export_group"),
}


class _GuardedGroup(click.Group):
    """A group that turns any unexpected exception in a command into exit status 3.

    Wrapping the group (not each command) covers every command added later.
    click's own exceptions pass through: they carry usage errors and exit codes.

    The commands of ``_LAZY_COMMANDS`` are imported when first asked for, so that
    ``segdsl check`` does not pay for loading them.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _LAZY_COMMANDS and cmd_name not in self.commands:
            module, attribute = _LAZY_COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except _PASSTHROUGH:
            raise
        except BrokenPipeError:
            # `segdsl check --format json | head`: the reader left, nothing to report.
            _silence_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)
        except KeyboardInterrupt:
            # Ctrl-C: the commands' cleanup (temporary --out files, rolled-back
            # transactions) has run on the way out; one line, not click's "Aborted!"
            # with status 1, which would claim the definitions have errors.
            click.echo("error: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except Exception as error:
            if os.environ.get(DEBUG_ENV):
                raise
            from segdsl.dburl import mask_secrets

            click.echo(
                f"internal error: {type(error).__name__}: {mask_secrets(str(error))} "
                "(this is a bug in segdsl; please report it)",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush does not fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _tolerate_unencodable_output() -> None:
    """Never crash on a character the terminal's encoding cannot show.

    Messages quote user text (names, strings) and file names; on a stream with a
    narrow encoding those become backslash escapes instead of a UnicodeEncodeError.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
                stream.reconfigure(errors="backslashreplace")


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector rarely, as mypy does.

    Parsing a big project makes hundreds of thousands of objects (tokens, spans, AST
    nodes) that reference counting frees; each pass of the collector walks every
    object still alive, which cost ~10 % of checking 1,000 segments.  The old
    thresholds come back afterwards.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@click.group(cls=_GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="segdsl", message="%(prog)s %(version)s")
def main() -> None:
    """segdsl: customer segments as code, checked and compiled to SQL.

    Exit status: 0 success; 1 the definitions have errors or a fixture test
    failed; 2 bad usage, no project, or an unusable database or output file; 3
    an internal error (a bug in segdsl); 130 interrupted; 141 a closed pipe.
    """
    _tolerate_unencodable_output()


# `compile`, `run`, `test` and `demo` live in their own modules of segdsl.cli (see
# _LAZY_COMMANDS); like `check`, they import their heavy modules inside the function.


@main.command()
@click.option(
    "--project",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Project folder (holding segdsl.yml). Default: the nearest one upward.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="text for people (stderr), json for tools (stdout), "
    "github for GitHub Actions annotations (stdout).",
)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def check(project: Path | None, output_format: str, paths: tuple[Path, ...]) -> None:
    """Check the project's schema and segment files.

    With PATHs (files or folders), only problems in those are reported; the whole
    project is still read, since a segment may use names defined elsewhere.
    """
    with _fewer_collections():
        # Imported here, not at the top: see the module docstring.
        from segdsl import render
        from segdsl.workspace import WorkspaceError, load_workspace, scope_problems

        try:
            workspace = load_workspace(project, list(paths) or None)
        except WorkspaceError as error:
            fail(str(error))
        # Never a silent pass: asked to check nothing, say so (SPEC 10).
        scope = scope_problems(workspace, list(paths))
        if scope:
            fail_all(scope)

    diagnostics = workspace.diagnostics
    if output_format == "json":
        click.echo(render.render_json(diagnostics), nl=False)
    elif output_format == "github":
        click.echo(render.render_github(diagnostics), nl=False)
        # Workflow commands are consumed by the runner; leave a readable line in the log.
        click.echo(render.summary(diagnostics), err=True)
    else:
        # The file count is only meaningful when the whole project was reported on.
        files_checked = None if paths else len(workspace.files)
        color = render.should_color(sys.stderr)
        text = render.render_text(
            diagnostics, workspace.sources, color=color, files_checked=files_checked
        )
        click.echo(text, err=True, nl=False)

    click.get_current_context().exit(EXIT_OK if workspace.ok else EXIT_PROBLEMS)
