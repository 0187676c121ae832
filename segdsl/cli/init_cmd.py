"""``segdsl init DIR``: a new project that works at once.

Copies the starter of segdsl/init/template into DIR (new or empty), then writes
made-up customers to DIR/data/shop.duckdb with the generator of ``segdsl demo``,
so that ``segdsl check``, ``segdsl test`` and ``segdsl run --all``, run inside
DIR, pass with no options.  On any failure (or Ctrl-C) everything written so far
is removed again: either a whole project or nothing.
"""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path

import click

from segdsl.cli.common import fail

# What each file of the starter is for, shown in the listing of what was made.
_ROLES = {
    "segdsl.yml": "project file: schema, folders, dialect, database",
    "schema.yml": "the customer table, its attributes and events",
    "segments/lifecycle.seg": "lifecycle segments and the segmentation lifecycle_stage",
    "segments/value.seg": "a value segment (top spenders)",
    "segments/behavioural.seg": "behavioural segments (carts, e-mails)",
    "segments/metrics.seg": "metrics: per-customer values",
    "tests/starter.yml": "fixture tests: made-up rows and the expected members",
}


@click.command("init", short_help="Create a new project that passes check, test and run.")
@click.argument("folder", metavar="DIR", type=click.Path(path_type=Path))
@click.option(
    "--customers", type=click.IntRange(min=1), default=5000, show_default=True,
    help="How many made-up customers to write to data/shop.duckdb.",
)
@click.option(
    "--seed", type=int, default=7, show_default=True,
    help="Random seed of the made-up data.",
)
def init_command(folder: Path, customers: int, seed: int) -> None:
    """Create a project in DIR (a new or empty folder): segdsl.yml, schema.yml,
    example segments and a segmentation, metrics, a fixture test, and a DuckDB
    file of made-up customers whose history ends now.

    Then `cd DIR` and try `segdsl check`, `segdsl test` and `segdsl run --all`.
    """
    from segdsl.init import DATA_FILE, InitError, copy_template, prepare

    try:
        target = prepare(folder)
    except InitError as error:
        fail(str(error))

    import duckdb

    from segdsl import demo
    from segdsl.cli.demo_cmd import write_demo_database
    from segdsl.timeparse import format_instant

    instant = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        written = copy_template(target)
        write_demo_database(demo.generate_shop_database, target.root.joinpath(*DATA_FILE.parts),
                            customers, seed, instant)
    except (OSError, duckdb.Error) as error:
        target.undo()
        text = (getattr(error, "strerror", None) or str(error)).strip()
        fail(f"cannot write {folder}: {text.splitlines()[0] if text else type(error).__name__}")
    except BaseException:  # Ctrl-C or a bug: leave nothing half made
        target.undo()
        raise

    lines = [f"created a segdsl project in {folder}:"]
    width = max(len(str(path)) for path in [*written, DATA_FILE])
    for path in written:
        role = _ROLES.get(str(path), "")
        lines.append(f"  {path!s:<{width}}  {role}".rstrip())
    lines.append(f"  {DATA_FILE!s:<{width}}  {customers} made-up customers, "
                 f"events up to {format_instant(instant)}")
    lines += [
        "next:",
        f"  cd {shlex.quote(str(folder))}",
        "  segdsl check                 # read the definitions, report problems",
        "  segdsl test                  # run the fixture tests",
        "  segdsl run --all             # size and share of every segment and label",
        "  segdsl run new_customers     # the members of one segment",
        "  segdsl compile new_customers # the SQL behind it",
        "Edit schema.yml to point at your own tables, and 'database' in segdsl.yml at "
        "your database.",
    ]
    click.echo("\n".join(lines), err=True)
