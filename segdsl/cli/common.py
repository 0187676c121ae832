"""What the commands share: exit statuses, options, loading a checked project,
choosing a database.

Like :mod:`segdsl.cli.main`, this module imports only light modules at the top;
the heavy ones (duckdb, sqlglot) are imported inside the functions that need them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeVar

import click

from segdsl.dburl import mask_secrets, supported, unsupported_scheme
from segdsl.timeparse import parse_instant

if TYPE_CHECKING:
    from segdsl.check.checker import CheckedProject
    from segdsl.workspace import Workspace

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
# 128 + SIGPIPE, what a shell reports for a program killed by a closed pipe; not 1,
# which would claim the definitions have errors.
EXIT_BROKEN_PIPE = 141
# 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C; not click's 1,
# for the same reason.
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., object])


def fail(message: str, status: int = EXIT_USAGE) -> NoReturn:
    """Print ``error: message`` on stderr and exit (status 2 unless told).

    Every command's errors pass here, so passwords of any database URL or
    connection string in the message are masked here once more (segdsl/dburl.py).
    """
    fail_all((message,), status)


def fail_all(messages: Iterable[str], status: int = EXIT_USAGE) -> NoReturn:
    """Print each message as an ``error:`` line on stderr, then exit (status 2
    unless told): for problems that are best fixed together."""
    for message in messages:
        click.echo(f"error: {mask_secrets(message)}", err=True)
    click.get_current_context().exit(status)


def project_option(function: F) -> F:
    return click.option(
        "--project",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=None,
        # Eager: --as-of reads the project's time zone, whatever the options' order.
        is_eager=True,
        help="Project folder (holding segdsl.yml). Default: the nearest one upward.",
    )(function)


def _as_of_value(
    ctx: click.Context, _param: click.Parameter, value: str | None
) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return parse_instant(value, "--as-of", project_zone(ctx.params.get("project")))
    except ValueError as error:
        # One line ("error: --as-of '...' has no time zone; ..."), exit status 2; the
        # message already names the option, so click's "Invalid value" is not needed.
        fail(str(error))


def project_zone(project: Path | None) -> str:
    """The time zone of the project a command will load (``--project`` or the
    nearest one upward; SPEC 11), so that ``--as-of 2026-11-01`` is that zone's
    midnight.  UTC when there is no readable project: the command reports that
    itself when it loads the project."""
    from segdsl.project import config as project_config

    root = project if project is not None else project_config.find_project_root(Path.cwd())
    if root is None:
        return "UTC"
    config, _ = project_config.load_config(root)
    return config.timezone if config is not None else "UTC"


AS_OF_HELP = (
    "Evaluate at this instant: a date (2026-11-01, meaning 00:00 in the project's "
    "time zone) or a timestamp with its zone (2026-11-01T08:00:00Z). Default: the "
    "current time of the database when the SQL runs."
)


def as_of_option_with(help_text: str) -> Callable[[F], F]:
    """``--as-of TS``, parsed by segdsl/timeparse.py, described by ``help_text``."""

    def decorate(function: F) -> F:
        return click.option(
            "--as-of", "as_of", metavar="TS", callback=_as_of_value, help=help_text,
        )(function)

    return decorate


# compile and run: the instant the definitions are evaluated at.
as_of_option = as_of_option_with(AS_OF_HELP)


def db_option(function: F) -> F:
    return click.option(
        "--db",
        metavar="DB",
        default=None,
        help="The database to read: a DuckDB file path or a postgresql:// URL, "
        "mysql://USER@HOST[:PORT]/DATABASE (or mariadb://), "
        "bigquery://PROJECT[/DATASET], snowflake://USER@ACCOUNT/DATABASE[/SCHEMA], "
        "chdb:///FOLDER (a chdb data folder: ClickHouse in process) or "
        "spark:///path/to/warehouse (a Spark warehouse folder of parquet tables; other "
        "URL kinds are refused). Default: 'database' in segdsl.yml.",
    )(function)


def segment_and_all(function: F) -> F:
    """The ``(SEGMENT | --all)`` pair of ``compile`` and ``run``."""
    function = click.option(
        "--all", "all_definitions", is_flag=True,
        help="Every segment, segmentation and metric: one row per customer.",
    )(function)
    return click.argument("segment", required=False)(function)


def require_one_target(segment: str | None, all_definitions: bool) -> None:
    if segment is not None and all_definitions:
        raise click.UsageError("give either a SEGMENT or --all, not both")
    if segment is None and not all_definitions:
        raise click.UsageError("give a SEGMENT to select, or --all for every definition")


# ------------------------------------------------------------------ the project


def load_checked(project: Path | None) -> tuple[Workspace, CheckedProject]:
    """Load and check the project; exit 2 if it cannot be loaded, 1 on errors.

    Problems are printed as ``check`` prints them (text on stderr).  Warnings alone
    are printed too, and the command goes on.
    """
    from segdsl import render
    from segdsl.workspace import WorkspaceError, load_workspace

    try:
        workspace = load_workspace(project)
    except WorkspaceError as error:
        fail(str(error))
    if workspace.diagnostics:
        text = render.render_text(
            workspace.diagnostics, workspace.sources, color=render.should_color(sys.stderr)
        )
        click.echo(text, err=True, nl=False)
    if not workspace.ok or workspace.checked is None:
        click.get_current_context().exit(EXIT_PROBLEMS)
    return workspace, workspace.checked


def require_segment(checked: CheckedProject, name: str, command: str) -> None:
    """Exit 2 with a one-line message unless ``name`` is a segment."""
    if name in checked.segments:
        return
    if name in checked.metrics or name in checked.segmentations:
        kind = "metric" if name in checked.metrics else "segmentation"
        fail(
            f"'{name}' is a {kind}, not a segment; `segdsl {command} --all` "
            f"includes it as a column"
        )
    from segdsl.check.suggest import did_you_mean

    hint = did_you_mean(name, checked.segments)
    if not checked.segments:
        fail(f"no segment is called '{name}' (the project defines no segments)")
    fail(f"no segment is called '{name}'" + (f" ({hint})" if hint else ""))


# ------------------------------------------------------------------ databases


def choose_database(db: str | None, workspace: Workspace, command: str) -> str:
    """The database to use: ``--db`` (a path relative to the working directory),
    else segdsl.yml's ``database`` (already resolved against the project root).
    ``command`` ("run", "report on") says which kinds of URL it may be (segdsl/dburl.py)."""
    name = command.split()[0]
    if db is not None:
        if not db.strip():
            fail(f"--db is empty; give {supported(name)}")
        problem = unsupported_scheme(db, name)
        if problem is not None:
            fail(f"--db {problem}")
        return db
    config = workspace.config
    if config.database is None:
        fail(
            f"no database to {command} on: pass --db path/to/file.duckdb, "
            f"or set 'database' in {config.file}"
        )
    problem = unsupported_scheme(config.database, name)
    if problem is not None:
        fail(f"{config.database_at or config.file}: 'database' {problem}")
    return config.database


def check_out_path(out: Path, suffixes: tuple[str, ...] = ()) -> None:
    """Refuse an ``--out`` that cannot be written, before anything is read or
    queried (a long evaluation is not run for nothing): a wrong suffix (when
    ``suffixes`` are given), a folder, a missing or unwritable parent folder."""
    wanted = " or ".join(suffixes)
    if suffixes and out.suffix.lower() not in suffixes:
        fail(f"--out {out}: the file name must end in {wanted}")
    if out.is_dir():
        fail(f"--out {out} is a folder; give a file name" + (f" ending in {wanted}"
                                                               if suffixes else ""))
    folder = out.parent
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        fail(f"cannot write {out}: {folder} {problem}")
    if not os.access(folder, os.W_OK):
        fail(f"cannot write {out}: the folder {folder} is not writable")


def write_atomically(out: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``out`` and rename it: ``out`` is
    the old file or the complete new one, never a part (exit 2 if it cannot be
    written)."""
    with open_atomically(out) as stream:
        stream.write(text)


@contextlib.contextmanager
def open_atomically(out: Path) -> Iterator[TextIO]:
    """A text stream (UTF-8, no newline translation) to a temporary file beside
    ``out``, renamed over ``out`` when the block ends normally, so output can be
    written as it is produced and ``out`` is still the old file or the complete
    new one, never a part.  If the block fails (any exception, Ctrl-C included)
    the temporary file is removed and ``out`` left as it was; an ``OSError``
    (writing, renaming) exits with status 2."""
    staging: Path | None = None
    try:
        handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        staging = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(staging, out)
        staging = None
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}")
    finally:
        if staging is not None:
            with contextlib.suppress(OSError):
                staging.unlink()


class database_errors:
    """``with database_errors("the project"):`` turns what can go wrong while
    reading a user's database into an exit: the database does not fit the schema
    (``LayoutError``: every problem listed, status 2), the database refuses
    (``EngineError``: its one-line message, status 2), the compiler cannot express
    something in that dialect (``CompileError``: status 1, naming ``compiling``).

    A class rather than ``contextlib.contextmanager``: its ``__exit__`` is typed
    to never swallow an exception, so mypy knows a ``return`` inside the block is
    the only way out of it.
    """

    def __init__(self, compiling: str = "the project for this database") -> None:
        self.compiling = compiling

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: object) -> None:
        if error is None:
            return
        # Imported only when something failed: these modules pull in sqlglot.
        from segdsl.compile.api import CompileError
        from segdsl.engines import EngineError
        from segdsl.engines.columns import LayoutError

        if isinstance(error, LayoutError):
            fail_all(error.problems)
        if isinstance(error, EngineError):
            fail(error.message)
        if isinstance(error, CompileError):
            fail(f"cannot compile {self.compiling}: {error}", EXIT_PROBLEMS)
