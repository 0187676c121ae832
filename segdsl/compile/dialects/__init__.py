"""Everything that differs between target engines, in one place.

The compiler builds one sqlglot expression tree for all targets; sqlglot transpiles
most of it.  What sqlglot cannot (or must not) decide for us is asked of a
:class:`Dialect` here.  Each method's docstring names the engine quirk it hides.

Times: every instant is handled as a UTC value without time zone
(``TIMESTAMP`` in DuckDB and PostgreSQL, ``TIMESTAMP_NTZ`` in Snowflake), except in
BigQuery, whose ``TIMESTAMP`` is an absolute instant and whose functions default to
UTC.  Reading instants this way makes results independent of the session's
time zone.

The project's time zone (SPEC 11, ``TimeContext.zone``) is named in the SQL only
where a calendar notion needs it, through five methods every caller goes through:
:meth:`Dialect.to_date` (an instant's local day), :meth:`Dialect.to_instant` (a
date's local midnight), :meth:`Dialect.truncate` (a local period's start),
:meth:`Dialect.shift` (calendar steps on the local wall clock; durations exact)
and :meth:`Dialect.days_between` (whole days of local wall-clock difference).
Each converts instant -> local wall clock, works on the wall clock, and converts
back with one rule for times a daylight-saving switch skips or repeats
(:meth:`Dialect.from_wall_clock`).  In a UTC project they write exactly the SQL of
earlier releases.

Numbers: every ``number`` is an exact decimal with 9 places (docs/semantics.md,
"Exact numbers"); each dialect says how it reads, multiplies and divides them.

The package: base.py (the :class:`Dialect` ABC every engine states, shared helpers)
and one module per engine (duckdb.py, postgres.py, bigquery.py, snowflake.py,
mysql.py, spark.py, clickhouse.py, redshift.py, trino.py);
this module names them (``DIALECTS``, checked against the registry of
segdsl/project/model.py).
"""


from __future__ import annotations

from segdsl.compile.dialects.base import Dialect, filtered
from segdsl.compile.dialects.bigquery import BigQuery
from segdsl.compile.dialects.clickhouse import ClickHouse
from segdsl.compile.dialects.duckdb import DuckDB
from segdsl.compile.dialects.mysql import MySQL
from segdsl.compile.dialects.postgres import Postgres
from segdsl.compile.dialects.redshift import Redshift
from segdsl.compile.dialects.snowflake import Snowflake
from segdsl.compile.dialects.spark import Spark
from segdsl.compile.dialects.trino import Trino
from segdsl.project.model import DIALECTS as DIALECT_NAMES

__all__ = ["DIALECTS", "BigQuery", "ClickHouse", "Dialect", "DuckDB", "MySQL", "Postgres",
           "Redshift", "Snowflake", "Spark", "Trino", "filtered"]


def _registry(dialects: tuple[type[Dialect], ...]) -> dict[str, type[Dialect]]:
    """Name -> Dialect class in the order of the registry (segdsl/project/model.py),
    which must name exactly the dialects implemented here.  The classes are the
    factories: ``DIALECTS[name](context)`` is one compilation's dialect."""
    by_name = {d.name: d for d in dialects}
    if set(by_name) != set(DIALECT_NAMES) or len(by_name) != len(dialects):
        raise RuntimeError(f"dialects implemented ({', '.join(by_name)}) differ from the "
                           f"registry in segdsl/project/model.py ({', '.join(DIALECT_NAMES)})")
    return {name: by_name[name] for name in DIALECT_NAMES}


DIALECTS: dict[str, type[Dialect]] = _registry((DuckDB, Postgres, BigQuery, Snowflake, MySQL,
                                                Spark, ClickHouse, Redshift, Trino))
