"""What a ``--db`` value (or segdsl.yml's ``database``) is, and how to show it.

A ``--db`` value is a DuckDB file path or a URL whose scheme names a database
server.  :data:`BACKENDS` is the one table of those schemes: which dialect each
compiles to, which module opens it, which extra installs its driver and which
commands can use it (``spark:///path``, a Spark warehouse folder read by a local
Spark, is read-only, for the commands that evaluate definitions;
``bigquery://`` and ``snowflake://`` take those and ``materialize``; ``segdsl
test`` needs a scratch database).
``postgresql://`` and ``mysql://`` (or ``mariadb://``) take every command: read
only for ``run``, ``explain``, ``report``, ``diff``, ``changes`` and ``schema
infer``, a scratch database for ``segdsl test``, and both (with DuckDB files,
``snowflake://`` and ``bigquery://``) take ``materialize``, the one command that
writes (``writable``).
``databricks://`` (a workspace) is not one of them: it is refused as an unknown
scheme.

``chdb:`` names a folder rather than a server: a ClickHouse data folder that chdb
(ClickHouse in process) opens, read-only, for the reading commands and ``schema
infer``: ``chdb:///absolute/path`` or ``chdb:relative/path`` (relative to the
working directory for ``--db``, to the project for segdsl.yml's ``database``,
:func:`anchored`).  A ClickHouse server (``clickhouse://``) is not supported yet.
``spark:`` names a Spark warehouse folder the same way (``spark:///absolute/path``,
``spark:relative/path``, and also ``spark://relative/path``, :func:`folder_url_from`).
Adding a database is one row here plus its engine module.  Anything else written
as ``scheme://...`` is refused by name rather than taken for a file path.

Every message that shows a database, or passes on a driver's text about one, goes
through :func:`mask_secrets` (and :func:`scrub` for driver text), so no password
reaches a message, a log or a report.  A password can hide in three places of a
URL: after ``user:`` (even holding an unencoded ``/``, ``@`` or ``?``, which a
strict URL parser would read as the path, the host or the query), and in query
parameters such as ``password`` and ``sslpassword``.  libpq splits a malformed URL
at those characters and may echo a piece as a host or port name, so the pieces
count as secrets too.

Imported by the command line at start-up and by the project loader: no heavy
imports.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

MASK = "***"
# The commands that only read a database to evaluate definitions (through
# segdsl/engines/reader.py's open_reader).
READING = frozenset({"run", "explain", "report", "diff", "changes"})
# The commands that write to a user's database (segdsl/engines/writer.py): only
# backends marked ``writable`` take them, whatever their ``commands``.
WRITING = frozenset({"materialize"})


@dataclass(frozen=True, slots=True)
class Backend:
    """One kind of database server a ``--db`` URL can name.

    ``opener`` is the module whose ``READING`` (an
    :class:`~segdsl.engines.ReadingEngine`) opens it; it is imported only when such
    a URL is used, so no driver is loaded for the others.  ``commands`` are the
    commands that accept it (None: every command that takes a database).
    """

    name: str  # for messages: "PostgreSQL"
    schemes: tuple[str, ...]  # the first is the one shown in messages
    dialect: str  # the compiler's target (segdsl/compile/dialects)
    opener: str
    extra: str  # pip install 'segdsl[<extra>]' installs its driver
    commands: frozenset[str] | None = None
    writable: bool = False  # takes the WRITING commands

    def accepts(self, command: str | None) -> bool:
        if command in WRITING:
            return self.writable
        return self.commands is None or (command is not None and command in self.commands)


BACKENDS: tuple[Backend, ...] = (
    Backend("PostgreSQL", ("postgresql", "postgres"), "postgres",
            "segdsl.engines.postgres_engine", "postgres", writable=True),
    # Read for the reading commands, written by `materialize`
    # (segdsl/materialize/bigquery_target.py).
    Backend("BigQuery", ("bigquery",), "bigquery", "segdsl.engines.bigquery_engine",
            "bigquery", READING, writable=True),
    # Read for the reading commands, written by `materialize`
    # (segdsl/materialize/snowflake_target.py).
    Backend("Snowflake", ("snowflake",), "snowflake", "segdsl.engines.snowflake_engine",
            "snowflake", READING, writable=True),
    # Read-only for the reading commands (segdsl/engines/mysql_reader.py), a scratch
    # database of temporary tables for `segdsl test` (segdsl/engines/mysql_engine.py),
    # written by `materialize` (segdsl/materialize/mysql_target.py).
    Backend("MySQL/MariaDB", ("mysql", "mariadb"), "mysql", "segdsl.engines.mysql_reader",
            "mysql", writable=True),
    # A chdb data folder (ClickHouse in process), read-only: the reading commands
    # and `schema infer` (segdsl/engines/clickhouse_reader.py).
    Backend("ClickHouse (chdb)", ("chdb",), "clickhouse",
            "segdsl.engines.clickhouse_reader", "clickhouse",
            READING | {"schema infer", "init"}),
    # A Spark warehouse folder read by a local Spark (segdsl/engines/spark_reader.py);
    # a Databricks workspace (databricks://) is not connected yet.
    Backend("Spark", ("spark",), "spark", "segdsl.engines.spark_reader", "spark", READING),
)
POSTGRES_SCHEMES = BACKENDS[0].schemes
# The schemes whose URL names a folder on this machine rather than a server,
# written without the "//" when the path is relative (chdb:data/clickhouse).
FOLDER_SCHEMES = ("chdb", "spark")
MYSQL_SCHEMES = BACKENDS[3].schemes

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_FOLDER_SCHEME = re.compile(rf"({'|'.join(FOLDER_SCHEMES)}):", re.IGNORECASE)
# user:password@ inside a URL: the password runs to the last '@' before any space,
# so an unencoded '/', '@' or '?' in it is covered (over-masking is harmless).
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):(?P<secret>\S*)@")
# A parameter whose value is a secret: password=..., sslpassword=..., PGPASSWORD=...,
# and Snowflake's private_key_file_pwd=... and token=... (an OAuth token).
_SECRET_KEY = r"\w*pass(?:word)?\w*|\w*_pwd|\w*token"
# Such a parameter as a URL query parameter or in a key=value connection string
# ("host=h password=x"); quoted values included.
_PARAMETER = re.compile(
    rf"(?P<head>\b(?:{_SECRET_KEY})\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|[^&\s]*)",
    re.IGNORECASE,
)
# Pieces shorter than this are masked only where they stand alone (not inside
# longer words), so a one-letter password does not blank every 'a' of a message.
_SHORT = 4


def scheme(database: str) -> str | None:
    """The URL scheme of ``database`` (lower case), or None for a file path."""
    match = _SCHEME.match(database.strip()) or _FOLDER_SCHEME.match(database.strip())
    return match.group(1).lower() if match else None


def folder_path(database: str) -> str | None:
    """The folder a ``chdb:`` URL names, as written: ``chdb:///srv/ch`` ->
    ``/srv/ch``, ``chdb:data/ch`` -> ``data/ch``; ``chdb://host/x`` (a server, not
    a folder) -> ``//host/x``, which the engine refuses.  None for other values."""
    text = database.strip()
    match = _FOLDER_SCHEME.match(text)
    if match is None:
        return None
    path = text[match.end():]
    return path[2:] if path.startswith("///") else path


def anchored(database: str, root: str) -> str:
    """``database`` with a relative folder (``chdb:data/ch``) made absolute against
    ``root`` (the project folder, for segdsl.yml's ``database``); anything else as
    it is."""
    import os

    path = folder_path(database)
    if path is None or not path or path.startswith("/") or os.path.isabs(path):
        return database
    found = scheme(database)
    return f"{found}://{os.path.join(root, path)}" if found else database


def backend(database: str) -> Backend | None:
    """The server ``database`` names, or None for a DuckDB file path (or a URL
    of a kind segdsl does not know: :func:`unsupported_scheme` refuses those)."""
    found = scheme(database)
    return next((entry for entry in BACKENDS if found in entry.schemes), None)


def folder_url_from(database: str, root: Path) -> str:
    """A ``spark://`` URL naming a relative folder (``spark://warehouse``) made
    absolute from ``root`` (segdsl.yml's folder, where a DuckDB file path is taken
    from too); any other value as it is."""
    if scheme(database) != "spark":
        return database
    parts = urlsplit(database.strip())
    folder = unquote(parts.netloc + parts.path)
    if not folder or os.path.isabs(folder) or folder.startswith("~") or parts.query:
        return database
    return f"{parts.scheme}://{quote(str(root / folder))}"


def is_postgres_url(database: str) -> bool:
    return scheme(database) in POSTGRES_SCHEMES


def is_mysql_url(database: str) -> bool:
    return scheme(database) in MYSQL_SCHEMES


def supported(command: str | None = None) -> str:
    """What ``command`` takes as a database, for messages: "a DuckDB database file
    path or a postgresql:// URL"."""
    urls = [f"{entry.schemes[0]}://" for entry in BACKENDS if entry.accepts(command)]
    listed = urls[0] if len(urls) == 1 else f"{', '.join(urls[:-1])} or {urls[-1]}"
    return f"a DuckDB database file path or a {listed} URL"


def unsupported_scheme(database: str, command: str | None = None) -> str | None:
    """Why ``database`` cannot be used by ``command``, when it is a URL of a kind
    segdsl does not know (``mysql://...``) or one this command cannot use
    (``segdsl test`` on ``bigquery://``); None for usable URLs and file paths.

    ``command`` None means a command every backend would have to support (only
    the ones without a ``commands`` restriction qualify)."""
    found = scheme(database)
    if found is None:
        return None
    shown = mask_secrets(database.strip())
    entry = backend(database)
    if entry is None:
        return f"{shown} is a {found}:// URL, which segdsl cannot use; give {supported(command)}"
    if entry.accepts(command):
        return None
    what = f"`segdsl {command}`" if command is not None else "this command"
    if command in WRITING:
        why = f"segdsl never writes to {entry.name}"
    else:
        why = f"{entry.name} works only with {', '.join(sorted(entry.commands or ()))}"
    return (f"{shown} is a {found}:// URL, which {what} cannot use ({why}); "
            f"give {supported(command)}")


def mask_secrets(text: str) -> str:
    """``text`` with every password of a URL or connection string in it replaced
    by ``***``."""
    text = _USERINFO.sub(lambda m: f"{m['head']}:{MASK}@", text)
    return _PARAMETER.sub(lambda m: f"{m['head']}{MASK}", text)


def without_password(database: str) -> str:
    """``database`` with its passwords taken out rather than masked (for a file
    that may be shared, such as segdsl.yml): ``user:secret@`` becomes ``user@`` and
    ``password=``-like query parameters are dropped.  libpq then finds the password
    where it looks anyway (``PGPASSWORD``, ``~/.pgpass``)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    text = _USERINFO.sub(lambda m: f"{m['head']}@", database.strip())
    parts = urlsplit(text)
    if not parts.query:
        return text
    kept = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not re.fullmatch(_SECRET_KEY, key, re.IGNORECASE)]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def scrub(message: str, database: str) -> str:
    """A driver's ``message`` about ``database`` with every secret of that URL (and
    the pieces a driver might make of it) masked, and any URL in it masked."""
    for secret in sorted(_secrets(database), key=len, reverse=True):
        if len(secret) >= _SHORT:
            message = message.replace(secret, MASK)
        else:
            message = re.sub(rf"(?<![\w.-]){re.escape(secret)}(?![\w.-])", MASK, message)
    return mask_secrets(message)


def _secrets(database: str) -> set[str]:
    found: set[str] = set()
    for pattern in (_USERINFO, _PARAMETER):
        for match in pattern.finditer(database):
            secret = match["secret"].strip("'")
            found.update({secret, unquote(secret)})
            found.update(re.split(r"[/@?:&#]", secret))
    found.discard("")
    return found
