"""The compiler's public entry points.

Both functions take a :class:`~segdsl.check.checker.CheckedProject` without errors
and return SQL text for one target dialect.  ``as_of`` is an aware UTC datetime to
embed as a literal, or None to use the engine's current timestamp at run time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from segdsl.check.checker import CheckedProject

DIALECTS = ("duckdb", "postgres", "bigquery", "snowflake")


class CompileError(Exception):
    """A definition the compiler cannot translate (a bug or an unsupported case)."""


def compile_membership(
    checked: CheckedProject,
    dialect: str,
    as_of: dt.datetime | None = None,
    names: Sequence[str] | None = None,
) -> str:
    """One SELECT with the key column (named as the schema's key) and one column per
    definition in ``names`` (default: every segment, segmentation and metric, in file
    order), named as the definition: a boolean per segment, a string (or NULL) per
    segmentation, the value (or NULL when not set) per metric.  One row per entity
    row (SPEC 6)."""
    from segdsl.compile.sql import build_membership

    return build_membership(checked, dialect, as_of, names)


def compile_segment(
    checked: CheckedProject, name: str, dialect: str, as_of: dt.datetime | None = None
) -> str:
    """One SELECT with exactly one column, named as the schema's key, one row per
    member of segment ``name``, no duplicates (SPEC 6)."""
    from segdsl.compile.sql import build_segment

    return build_segment(checked, name, dialect, as_of)
