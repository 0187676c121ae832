"""``segdsl materialize`` on MySQL/MariaDB: what differs from DuckDB and PostgreSQL.

MySQL's DDL commits on its own (``CREATE``, ``ALTER``, ``RENAME``, ``DROP``), so
the job cannot be one transaction here.  Instead:

* The membership table is built under another name, ``<table>__new``, with
  ``CREATE TABLE ... (typed columns) AS <compiled SELECT>`` (the compiled MySQL
  SQL, collations in their executable comments), then swapped in with one
  ``RENAME TABLE t TO t__old, t__new TO t``, which MySQL and MariaDB do
  atomically: a concurrent reader sees the old table or the new one, whole,
  never a missing or half-filled one; ``t__old`` is dropped after.  A failure
  before the RENAME leaves the previous table as it was (a ``__new`` left over is
  dropped by the next run).  With several entities each table is swapped by its
  own RENAME.
* With ``--snapshot`` the history's DDL (``CREATE TABLE`` the first time, ``ADD
  COLUMN`` for a definition added) runs first, then ``DELETE`` of that as-of and
  ``INSERT ... SELECT`` from the new membership table in one InnoDB transaction
  (:meth:`MySQLTarget.together`).  A failure between the RENAME and that COMMIT
  leaves the new membership table without its snapshot (and perhaps a history
  column holding NULL): running again at the same ``--as-of`` writes it.
* ``segdsl_as_of`` is ``DATETIME(6)`` holding UTC (MySQL has no zoned type; the
  session's zone is UTC), the primary key ``(segdsl_as_of, key)``.
* Stored types (docs/materialize.md): conditions come out of MySQL as integers
  (``int(1)``), so segments and boolean metrics are stored ``tinyint(1)`` (MySQL's
  ``BOOLEAN``, 0/1); segmentation labels as ``text`` in a binary collation (the
  compiled ``CASE`` gets a width from the labels of the day, ``varchar(18)``,
  which would not fit a longer label later); everything else as MySQL derives it
  from the compiled SELECT (the key keeps its binary collation, metrics their
  ``bigint``/``decimal(38,9)``).
* Runs on one database are serialized with ``GET_LOCK`` (a session lock).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlglot import exp

from segdsl.compile.api import render_sql
from segdsl.engines import EngineError
from segdsl.materialize.layout import Column
from segdsl.materialize.statements import engine_type, identifier

if TYPE_CHECKING:
    from segdsl.engines.mysql_writer import MySQLWriter

DIALECT = "mysql"
NEW_SUFFIX = "__new"
OLD_SUFFIX = "__old"
BOOLEAN_TYPE = "tinyint(1)"
LABEL_TYPE = "text"
# A temporary table (this session's only; CREATE TEMPORARY does not commit) the
# compiled SELECT's columns are read from, made with LIMIT 0 (not run).
_PROBE = "segdsl_materialize_probe"
_TEXT_COLLATION = "utf8mb4_bin"  # labels when the key has no collation of its own
_LOCK_WAIT_SECONDS = 600


class MySQLTarget:
    """The job's statements on the writer's autocommit MySQL connection."""

    dialect = DIALECT
    label = "MySQL/MariaDB"
    zoned_type = "DATETIME(6)"
    as_of_naive = True  # DATETIME holds UTC: its literal has no offset
    as_of_types = frozenset({"datetime(6)"})

    def __init__(self, engine: MySQLWriter, booleans: frozenset[str] = frozenset(),
                 labels: frozenset[str] = frozenset()) -> None:
        self.engine = engine
        self.booleans = booleans  # the output columns that are conditions
        self.labels = labels  # the segmentations' columns
        self._schema = ""  # the database written, known from lock()

    def current_schema(self) -> str:
        found = self._fetch("SELECT DATABASE()", ())
        if not found or found[0][0] is None:
            raise EngineError("MySQL/MariaDB: the URL names no database; give --schema "
                              "(the database to write to)")
        return str(found[0][0])

    def schema_exists(self, schema: str) -> bool:
        return bool(self._fetch("SELECT 1 FROM INFORMATION_SCHEMA.SCHEMATA "
                                "WHERE SCHEMA_NAME = %s", (schema,)))

    def describe(self, query: exp.Expression) -> list[Column]:
        """The columns the membership table gets: the compiled SELECT's as MySQL
        derives them (read from a temporary table made with ``LIMIT 0``), but the
        stored types of module docstring for conditions and labels."""
        # Qualified: the URL need not name a database (a temporary table may be).
        probe = exp.Table(this=identifier(_PROBE), db=identifier(self._schema))
        self.run(exp.Drop(tables=[probe.copy()], kind="TABLE", exists=True, temporary=True))
        empty = exp.select(exp.Star()).from_(
            exp.Subquery(this=query, alias=exp.TableAlias(this=identifier("q")))).limit(0)
        self.run(exp.Create(kind="TABLE", this=probe.copy(), expression=empty,
                            properties=exp.Properties(expressions=[exp.TemporaryProperty()])))
        found = self._show_columns(probe)
        self.run(exp.Drop(tables=[probe], kind="TABLE", exists=True, temporary=True))
        collation = next((_collation_of(column.type) for column in found[:1]
                          if _collation_of(column.type)), _TEXT_COLLATION)
        columns: list[Column] = []
        for column in found:
            kind = column.type
            if column.name in self.booleans:
                kind = BOOLEAN_TYPE
            elif column.name in self.labels:
                kind = f"{LABEL_TYPE} CHARACTER SET utf8mb4 COLLATE {collation}"
            columns.append(Column(column.name, kind))
        return columns

    def columns(self, table: exp.Table) -> list[Column] | None:
        if not self._fetch("SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = %s "
                           "AND TABLE_NAME = %s", (table.db, table.name)):
            return None
        return self._show_columns(table)

    def begin(self) -> None:
        """Nothing: DDL commits on its own; see :meth:`together`."""

    def lock(self, schema: str) -> None:
        """One materialize per database at a time (released when the session ends)."""
        self._schema = schema
        # GET_LOCK names are at most 64 characters: a database name may be 64.
        name = "segdsl materialize " + hashlib.sha256(schema.encode()).hexdigest()[:40]
        found = self._fetch("SELECT GET_LOCK(%s, %s)", (name, _LOCK_WAIT_SECONDS))
        if not found or found[0][0] != 1:
            raise EngineError(f"MySQL/MariaDB: another segdsl materialize on {schema} did "
                              f"not finish within {_LOCK_WAIT_SECONDS} seconds")

    def commit(self) -> None:
        """Nothing left: each part committed as it went."""

    def rollback(self) -> None:
        # A failed `together` rolled back already; a lost connection has nothing.
        self.engine.rollback()

    def replace_membership(self, table: exp.Table, query: exp.Expression,
                           columns: list[Column]) -> list[exp.Expression]:
        """Build ``table__new``, swap it in with one RENAME, drop ``table__old``."""
        new, old = _beside(table, NEW_SUFFIX), _beside(table, OLD_SUFFIX)
        definitions: list[exp.Expression] = [
            exp.ColumnDef(this=identifier(column.name), kind=engine_type(column.type))
            for column in columns]
        pairs = [(new, table)]
        if self.columns(table) is not None:
            pairs.insert(0, (table, old))
        return [
            exp.Drop(tables=[new.copy()], kind="TABLE", exists=True),
            exp.Drop(tables=[old.copy()], kind="TABLE", exists=True),
            # Columns named in the definition take the values of the SELECT's
            # column of that name, converted to the stored type.
            exp.Create(kind="TABLE", this=exp.Schema(this=new, expressions=definitions),
                       expression=query),
            rename_tables(pairs),
            exp.Drop(tables=[old], kind="TABLE", exists=True),
        ]

    def together(self, statements: Sequence[exp.Expression]) -> None:
        """``statements`` (DML only) in one InnoDB transaction."""
        self._fetch("START TRANSACTION", ())
        try:
            for statement in statements:
                self.run(statement)
            self._fetch("COMMIT", ())
        except BaseException:
            self.rollback()
            raise

    def run(self, statement: exp.Expression) -> None:
        self.engine.query(render_sql(statement, DIALECT))

    def count(self, query: exp.Expression) -> int:
        _, rows = self.engine.query(render_sql(query, DIALECT))
        return int(str(rows[0][0])) if rows else 0

    def _show_columns(self, table: exp.Table) -> list[Column]:
        """Each column with its type as MySQL spells it, a text column's with its
        character set and collation (a binary key must stay binary)."""
        rows = self.engine.query(f"SHOW FULL COLUMNS FROM {table.sql(dialect=DIALECT)}")[1]
        columns: list[Column] = []
        for row in rows:
            name, kind, collation = (_text(value) for value in row[:3])
            if row[2] is not None:
                charset = collation.split("_", 1)[0]
                kind = f"{kind} CHARACTER SET {charset} COLLATE {collation}"
            columns.append(Column(name, kind))
        return columns

    def _fetch(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[Any, ...]]:
        return self.engine.execute(sql, parameters)


def rename_tables(pairs: Sequence[tuple[exp.Table, exp.Table]]) -> exp.Command:
    """``RENAME TABLE a TO b, c TO d``: one atomic statement (sqlglot has no node
    for it; the names are rendered, quoted, by sqlglot)."""
    text = ", ".join(f"{source.sql(dialect=DIALECT)} TO {target.sql(dialect=DIALECT)}"
                     for source, target in pairs)
    return exp.Command(this="RENAME", expression=exp.Literal.string(f"TABLE {text}"))


def _beside(table: exp.Table, suffix: str) -> exp.Table:
    beside = table.copy()
    beside.set("this", identifier(table.name + suffix))
    return beside


def _collation_of(spelling: str) -> str | None:
    words = spelling.split()
    return words[-1] if len(words) > 2 and words[-2].upper() == "COLLATE" else None


def _text(value: object) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)
