"""What a ``--db`` value (or segdsl.yml's ``database``) is, and how to show it.

Two kinds of database are supported: a DuckDB file path and a ``postgresql://``
(or ``postgres://``) URL; ``segdsl test`` also takes a ``mysql://`` (or
``mariadb://``) URL of a scratch database (``unsupported_scheme(..., mysql=True)``).
Anything else written as ``scheme://...`` is refused by name rather than taken for
a file path.

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

import re
from urllib.parse import unquote

POSTGRES_SCHEMES = ("postgresql", "postgres")
MYSQL_SCHEMES = ("mysql", "mariadb")
SUPPORTED = "a DuckDB database file path or a postgresql:// URL"
MASK = "***"

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
# user:password@ inside a URL: the password runs to the last '@' before any space,
# so an unencoded '/', '@' or '?' in it is covered (over-masking is harmless).
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):(?P<secret>\S*)@")
# password=..., sslpassword=..., PGPASSWORD=... as a URL query parameter or in a
# key=value connection string ("host=h password=x"); quoted values included.
_PARAMETER = re.compile(
    r"(?P<head>\b\w*pass(?:word)?\w*\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|[^&\s]*)",
    re.IGNORECASE,
)
# Pieces shorter than this are masked only where they stand alone (not inside
# longer words), so a one-letter password does not blank every 'a' of a message.
_SHORT = 4


def scheme(database: str) -> str | None:
    """The URL scheme of ``database`` (lower case), or None for a file path."""
    match = _SCHEME.match(database.strip())
    return match.group(1).lower() if match else None


def is_postgres_url(database: str) -> bool:
    return scheme(database) in POSTGRES_SCHEMES


def is_mysql_url(database: str) -> bool:
    return scheme(database) in MYSQL_SCHEMES


def unsupported_scheme(database: str, *, mysql: bool = False) -> str | None:
    """Why ``database`` cannot be used, when it is a URL of another kind
    (``mysql://...`` unless ``mysql`` says the caller takes it: ``segdsl test``);
    None for PostgreSQL URLs and file paths."""
    found = scheme(database)
    if found is None or found in POSTGRES_SCHEMES or (mysql and found in MYSQL_SCHEMES):
        return None
    return (f"{mask_secrets(database.strip())} is a {found}:// URL, which segdsl cannot use; "
            f"give {SUPPORTED}")


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
            if not re.fullmatch(r"\w*pass(?:word)?\w*", key, re.IGNORECASE)]
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
