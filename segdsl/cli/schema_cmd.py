"""``segdsl schema infer``: draft a schema.yml from a database's tables.

The draft is computed completely before anything is written: it goes to stdout,
or with ``--out`` to a temporary file next to the target that is renamed over it,
so a failure never leaves a half-written schema behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import click

from segdsl.cli.common import check_out_path, fail
from segdsl.dburl import mask_secrets, unsupported_scheme


@click.group("schema")
def schema_group() -> None:
    """Work with schema.yml."""


@schema_group.command("infer")
@click.option("--db", "database", metavar="DB", required=True,
              help="The database to read: a DuckDB file path, a postgresql:// or mysql://"
              " URL or a chdb:///FOLDER (a chdb data folder).")
@click.option("--table", metavar="T", required=True,
              help="The entity table (one row per member), e.g. shop.customers.")
@click.option("--events", "events", metavar="T:TIME", multiple=True,
              help="An event table and its timestamp column, e.g. shop.orders:ordered_at "
              "(repeatable).")
@click.option("--entity", metavar="NAME", default=None,
              help="What a member is (default: the table's name without a trailing s).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Write the draft to this file instead of printing it.")
def infer_command(database: str, table: str, events: tuple[str, ...], entity: str | None,
                  out: Path | None) -> None:
    """Print a draft schema.yml read from the database's own tables: types from the
    column types, the key checked on the data, few-valued text columns' values in
    comments. Review it before use."""
    from segdsl.engines import EngineError
    from segdsl.engines.catalog import open_catalog
    from segdsl.infer import InferError
    from segdsl.infer.draft import infer_schema, parse_event

    if not database.strip():
        fail("--db is empty; give a DuckDB database file or a postgresql:// or mysql:// URL")
    problem = unsupported_scheme(database, "schema infer")
    if problem is not None:
        fail(f"--db {problem}")
    if out is not None:
        check_out_path(out)
    try:
        specs = [parse_event(text) for text in events]
        tables = [table, *(spec.table for spec in specs)]
        with open_catalog(database, tables) as catalog:
            text = infer_schema(catalog, mask_secrets(database), table, specs, entity)
    except (EngineError, InferError) as error:
        fail(str(error))
    if out is None:
        click.echo(text, nl=False)
        return
    _write_atomically(out, text)
    click.echo(f"wrote {out}", err=True)


def _write_atomically(out: Path, text: str) -> None:
    """``text`` into ``out`` through a temporary file renamed over it."""
    name = ""
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=out.parent or Path("."),
                                         prefix=f".{out.name}.", suffix=".tmp",
                                         delete=False) as handle:
            name = handle.name
            handle.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(name, 0o666 & ~mask)  # NamedTemporaryFile is 0600; a schema is not secret
        os.replace(name, out)
    except OSError as error:
        if name:
            with contextlib.suppress(OSError):
                os.unlink(name)
        fail(f"cannot write {out}: {error.strerror or error}")
