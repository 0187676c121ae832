"""``segdsl test``: run the fixture tests (SPEC 8) on a fresh database per case.

Problems in fixture files are printed like ``check``'s (text on stderr); results
go to stdout, one line per case, failures indented under their case, and last the
line ``N passed, N failed``.  Exit status 1 when a case failed or a fixture file or
definition has errors, 0 otherwise (also when there are no fixture files: a note
says so on stderr).

Cases never run on the project's ``database``: that is real data, and a case needs
empty tables.  They run in DuckDB in memory unless ``--db`` says otherwise.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from segdsl.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    db_option,
    fail,
    is_postgres_url,
    load_checked,
    project_option,
)

if TYPE_CHECKING:
    from segdsl.diagnostics import Diagnostic


@click.command("test", short_help="Run the fixture tests.")
@project_option
@db_option
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def test_command(project: Path | None, db: str | None, paths: tuple[Path, ...]) -> None:
    """Run the fixture tests: the project's `tests` folders (segdsl.yml), or only
    the files and folders given as PATHs.

    Each case runs in a fresh in-memory DuckDB database.
    """
    if db is not None:
        _check_db(db)
    workspace, checked = load_checked(project)

    from segdsl import render
    from segdsl.harness.fixtures import FixtureCase, load_fixture_file
    from segdsl.harness.runner import format_results, run_fixture_cases
    from segdsl.project import config as project_config

    files = _fixture_files(paths) if paths else project_config.test_files(workspace.config)
    if not files:
        where = ", ".join(workspace.config.tests) if not paths else "the given paths"
        click.echo(f"note: no fixture files (.yml) found in {where}", err=True)

    diagnostics: list[Diagnostic] = []
    sources = dict(workspace.sources)
    cases: list[FixtureCase] = []
    unreadable = False
    for path in files:
        display = project_config.display_path(path)
        fixture, problems = load_fixture_file(path, display, checked)
        diagnostics += problems
        with contextlib.suppress(OSError):
            sources[display] = path.read_text(encoding="utf-8", errors="replace")
        if fixture is None:
            unreadable = True
            continue
        sources.update(fixture.sources)
        cases += fixture.cases

    if diagnostics:
        text = render.render_text(diagnostics, sources, color=render.should_color(sys.stderr))
        click.echo(text, err=True, nl=False)

    results = run_fixture_cases(checked, cases)
    click.echo(format_results(results), nl=False)
    failed = unreadable or any(d.is_error for d in diagnostics) or not all(
        result.passed for result in results
    )
    click.get_current_context().exit(EXIT_PROBLEMS if failed else EXIT_OK)


def _check_db(db: str) -> None:
    if is_postgres_url(db):
        fail(
            "PostgreSQL support is not available yet; fixture tests run in DuckDB in "
            "memory (leave out --db)"
        )
    if db.strip() != ":memory:":
        fail(
            f"--db {db}: fixture tests need a fresh, empty database for every case, so "
            "they run in DuckDB in memory (leave out --db, or pass --db :memory:)"
        )


def _fixture_files(paths: tuple[Path, ...]) -> list[Path]:
    """The given files, and the fixture files (.yml, .yaml) at any depth inside the
    given folders (hidden ones skipped), sorted, each once."""
    from segdsl.project.config import TEST_SUFFIXES

    found: set[Path] = set()
    for path in paths:
        if not path.is_dir():
            found.add(path)
            continue
        # os.walk does not follow symlinked folders, so a link cycle cannot loop.
        for current, folders, names in os.walk(path):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            found.update(
                Path(current) / name for name in names
                if name.endswith(TEST_SUFFIXES) and not name.startswith(".")
            )
    return sorted(found)
