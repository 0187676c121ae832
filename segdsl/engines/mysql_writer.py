"""The MySQL/MariaDB connection ``segdsl materialize`` writes through
(segdsl/engines/writer.py); every other command reads through the read-only
:class:`~segdsl.engines.mysql_reader.MySQLReader`, which stays as it is.

The same session as the reader's (UTC time zone, ``utf8mb4``, autocommit) and the
same column check of the tables the definitions read, but not read-only: the
statements and their transactions are segdsl/materialize/mysql_target.py's.
"""

from __future__ import annotations

import contextlib
from typing import Any

from segdsl.engines.mysql_engine import MySQLEngine
from segdsl.engines.mysql_reader import MySQLReader


class MySQLWriter(MySQLReader):
    """One PyMySQL connection to ``url`` in autocommit mode, allowed to write."""

    def __init__(self, url: str) -> None:  # pylint: disable=super-init-not-called
        # MySQLReader.__init__ would make the session read-only: skipped on purpose,
        # the connection is MySQLEngine's (UTC, utf8mb4, autocommit).
        MySQLEngine.__init__(self, url)

    def execute(self, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        """One statement with ``%s`` parameters; its rows (none for DDL)."""
        return self._run(sql, parameters)

    def rollback(self) -> None:
        """Roll back an open transaction; a broken connection has none to undo."""
        connection = self._connection
        if connection is not None:
            with contextlib.suppress(self._pymysql.Error):
                connection.rollback()
