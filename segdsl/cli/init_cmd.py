"""``segdsl init DIR``: a new project that works at once.

Copies the starter of segdsl/init/template into DIR (new or empty), then writes
made-up customers to DIR/data/shop.duckdb with the generator of ``segdsl demo``,
so that ``segdsl check``, ``segdsl test`` and ``segdsl run --all``, run inside
DIR, pass with no options.  On any failure (or Ctrl-C) everything written so far
is removed again: either a whole project or nothing.

With ``--from-db DB --table T`` the project is made for the user's own tables
instead: schema.yml is drafted from DB by the code of ``segdsl schema infer``,
segdsl.yml points ``database`` at DB, and starter segments and a fixture test are
written for that schema (segdsl/init/from_db.py); no demo data.  The folder is
checked and the database read before anything is written, so an unreachable
database or a missing table leaves nothing behind.
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
@click.option(
    "--from-db", "from_db", metavar="DB", default=None,
    help="Start from your own database (a DuckDB file path, a postgresql:// or mysql:// "
    "URL or a chdb:///FOLDER) "
    "instead of made-up data: schema.yml is drafted from it as `segdsl schema infer` "
    "does, segdsl.yml points at it, and starter segments and a fixture test fit it. "
    "Needs --table.",
)
@click.option("--table", metavar="T", default=None,
              help="With --from-db: the entity table (one row per member), e.g. "
              "shop.customers.")
@click.option("--events", "events", metavar="T:TIME", multiple=True,
              help="With --from-db: an event table and its timestamp column, e.g. "
              "shop.orders:ordered_at (repeatable).")
@click.option("--entity", metavar="NAME", default=None,
              help="With --from-db: what a member is (default: the table's name "
              "without a trailing s).")
def init_command(folder: Path, customers: int, seed: int, from_db: str | None,
                 table: str | None, events: tuple[str, ...], entity: str | None) -> None:
    """Create a project in DIR (a new or empty folder): segdsl.yml, schema.yml,
    example segments and a segmentation, metrics, a fixture test, and a DuckDB
    file of made-up customers whose history ends now.

    With --from-db DB --table T: a project for your own tables instead, with
    schema.yml drafted from DB, segdsl.yml pointing at DB, and starter segments
    and a fixture test that fit the drafted schema.

    Then `cd DIR` and try `segdsl check`, `segdsl test` and `segdsl run --all`.
    """
    if from_db is not None or table is not None or events or entity is not None:
        _init_from_db(folder, from_db, table, events, entity)
        return
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


def _init_from_db(folder: Path, database: str | None, table: str | None,
                  events: tuple[str, ...], entity: str | None) -> None:
    """``init DIR --from-db DB --table T``: check the folder, read the database,
    then write the project (or nothing)."""
    from click.core import ParameterSource

    context = click.get_current_context()
    if database is None:
        raise click.UsageError("--table, --events and --entity go with --from-db DB")
    if table is None:
        raise click.UsageError("--from-db needs --table T, the entity table")
    for option in ("customers", "seed"):
        if context.get_parameter_source(option) is not ParameterSource.DEFAULT:
            raise click.UsageError(f"--{option} makes demo data; --from-db uses your "
                                   "database instead")
    from segdsl.dburl import backend, mask_secrets, unsupported_scheme

    if not database.strip():
        fail("--from-db is empty; give a DuckDB database file or a postgresql:// or "
             "mysql:// URL")
    problem = unsupported_scheme(database, "init")
    if problem is not None:
        fail(f"--from-db {problem}")

    from segdsl.engines import EngineError
    from segdsl.engines.catalog import open_catalog
    from segdsl.infer import InferError
    from segdsl.infer.draft import infer_schema, parse_event
    from segdsl.init import InitError, check_folder, prepare, write_files
    from segdsl.init.from_db import database_setting, starter_files
    from segdsl.project.schema_loader import parse_schema

    # Nothing is written before the folder is known to be usable and the database
    # has answered.
    try:
        check_folder(folder)
    except InitError as error:
        fail(str(error))
    shown = mask_secrets(database)
    try:
        specs = [parse_event(text) for text in events]
        with open_catalog(database, [table, *(spec.table for spec in specs)]) as catalog:
            schema_text = infer_schema(catalog, shown, table, specs, entity)
    except (EngineError, InferError) as error:
        fail(str(error))
    schema, problems = parse_schema(schema_text, "schema.yml")
    if schema is None:  # the draft always loads (segdsl/infer/draft.py): a bug
        raise AssertionError(f"the drafted schema does not load: {problems}")
    setting, password_left_out = database_setting(database, folder)
    server = backend(database)
    dialect = "duckdb" if server is None else server.dialect
    files = starter_files(schema_text, schema, name=_project_name(folder), dialect=dialect,
                          database=setting, source=shown)

    try:
        target = prepare(folder)
    except InitError as error:
        fail(str(error))
    try:
        write_files(target, [(file.path, file.text.encode("utf-8")) for file in files])
    except OSError as error:
        target.undo()
        fail(f"cannot write {folder}: {error.strerror or error}")
    except BaseException:  # Ctrl-C or a bug: leave nothing half made
        target.undo()
        raise

    width = max(len(str(file.path)) for file in files)
    lines = [f"created a segdsl project in {folder} for {shown}:"]
    lines += [f"  {file.path!s:<{width}}  {file.role}" for file in files]
    segments = [line.split()[1] for line in files[2].text.splitlines()
                if line.startswith("segment ")]
    lines += [
        "next:",
        f"  cd {shlex.quote(str(folder))}",
        "  segdsl check                 # read the definitions, report problems",
        "  segdsl test                  # run the fixture test",
        "  segdsl run --all             # size and share of every segment",
        f"  segdsl run {segments[0]:<17} # the members of one segment",
        "Review schema.yml (the types, the key, the values in comments), then write "
        "your own segments.",
    ]
    if password_left_out:
        where = ("MySQL with the MYSQL_PWD environment variable" if dialect == "mysql" else
                 "PostgreSQL with PGPASSWORD or ~/.pgpass")
        lines.append(f"The password of --from-db is not written to segdsl.yml: give it "
                     f"to {where}.")
    click.echo("\n".join(lines), err=True)


def _project_name(folder: Path) -> str:
    """The project's name: the folder's name (``starter`` when it has none)."""
    name = folder.absolute().name.strip()
    return name or "starter"
