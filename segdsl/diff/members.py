"""Members before and after: both revisions evaluated on one database at one as-of.

Which definitions are evaluated: every changed, added and removed segment and
segmentation, and every one that uses a changed definition, directly or through
others (a changed metric counts), on either side's dependency graph
(``CheckedProject.dependencies``).  Metrics are not evaluated themselves; the
segments that use them are.

Each side is compiled from its own checked project (its own schema, too) into
one membership query restricted to the definitions it has of those, and run
through :func:`segdsl.engines.reader.open_reader`, which first checks the tables
and columns that side reads.  Only rows in at least one evaluated segment or with a
label in at least one evaluated segmentation are fetched, so a large population
with small changed segments moves few rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from segdsl.check.checker import CheckedProject
from segdsl.diff.definitions import Change
from segdsl.diff.model import Key, LabelCount, SegmentationDiff, SegmentDiff

if TYPE_CHECKING:
    from segdsl.engines.reader import Reader
    from segdsl.project.model import Schema


class EvaluationError(Exception):
    """The database cannot be read for one side; ``messages`` are one line each."""

    def __init__(self, messages: Sequence[str], status: int = 2) -> None:
        super().__init__("; ".join(messages))
        self.messages = tuple(messages)
        self.status = status


@dataclass(frozen=True)
class Chosen:
    """A definition to evaluate: its status and the changed definitions it uses."""

    name: str
    kind: str  # segment or segmentation
    status: str
    because: tuple[str, ...]


# A side's rows: segment -> members, segmentation -> key -> label.
@dataclass
class SideRows:
    members: dict[str, set[Key]]
    labels: dict[str, dict[Key, str]]


def choose(base: CheckedProject, head: CheckedProject, changes: Sequence[Change]
           ) -> list[Chosen]:
    """The segments and segmentations to evaluate, in head's order then base's."""
    roots = {change.name for change in changes}
    status = {change.name: change.status.value for change in changes}
    because: dict[str, set[str]] = {}
    for side in (base, head):
        for name, used in _changed_uses(side, roots).items():
            because.setdefault(name, set()).update(used)
    chosen: list[Chosen] = []
    seen: set[str] = set()
    for side in (head, base):
        for kind, names in (("segment", side.segments), ("segmentation", side.segmentations)):
            for name in names:
                if name in seen or (name not in roots and name not in because):
                    continue
                seen.add(name)
                reasons = tuple(sorted(because.get(name, set()) - {name}))
                chosen.append(Chosen(name, kind, status.get(name, "dependent"), reasons))
    return chosen


def _changed_uses(side: CheckedProject, roots: set[str]) -> dict[str, set[str]]:
    """Each definition of ``side`` that uses (transitively) one of ``roots`` -> the
    roots it uses."""
    used_by: dict[str, set[str]] = {}
    for name, uses in side.dependencies.items():
        for used in uses:
            used_by.setdefault(used, set()).add(name)
    reached: dict[str, set[str]] = {}
    for root in roots:
        pending = list(used_by.get(root, ()))
        while pending:
            name = pending.pop()
            found = reached.setdefault(name, set())
            if root in found:
                continue
            found.add(root)
            pending.extend(used_by.get(name, ()))
    return reached


def evaluate_side(side: CheckedProject, chosen: Sequence[Chosen], database: str,
                  as_of: dt.datetime, label: str,
                  on_open: Callable[[Reader, Schema], None] | None = None,
                  ) -> SideRows:
    """Run one membership query per entity (SPEC 11; one for a single entity) for
    the chosen definitions ``side`` has: a view of one entity has only its own."""
    if not side.schema.entities:
        return _evaluate_entity(side, chosen, database, as_of, label, on_open)
    merged = SideRows({}, {})
    for index, entity in enumerate(side.schema.entity_names()):
        view = side.for_entity(entity)
        if index and not any(view.declaration(c.name) is not None for c in chosen):
            continue
        rows = _evaluate_entity(view, chosen, database, as_of, label,
                                on_open if index == 0 else None)
        merged.members.update(rows.members)
        merged.labels.update(rows.labels)
    return merged


def _evaluate_entity(side: CheckedProject, chosen: Sequence[Chosen], database: str,
                     as_of: dt.datetime, label: str,
                     on_open: Callable[[Reader, Schema], None] | None = None,
                     ) -> SideRows:
    """Run one membership query for the chosen definitions ``side`` has.

    ``on_open`` is called with the open reader and the schema read, before the
    query (``diff`` warns there about an as-of after the data).  A definition
    absent from ``side`` is absent from the result (not an empty set)."""
    from segdsl.check.usage import schema_read_by, table_lists_read_by
    from segdsl.compile.api import CompileError
    from segdsl.engines import EngineError
    from segdsl.engines.columns import LayoutError
    from segdsl.engines.reader import open_reader
    from segdsl.engines.results import result_kinds

    segments = [c.name for c in chosen if c.name in side.segments]
    segmentations = [c.name for c in chosen if c.name in side.segmentations]
    rows = SideRows({name: set() for name in segments}, {name: {} for name in segmentations})
    names = [*segments, *segmentations]
    # With nothing to evaluate the database is still opened and its entity table
    # checked, so a wrong --db is reported rather than silently unused.
    read = schema_read_by(side, names)
    try:
        with open_reader(database, side.schema, read,
                         table_lists_read_by(side, names)) as reader:
            if on_open is not None:
                on_open(reader, read)
            if not names:
                return rows
            try:
                sql = reader.membership_sql(side, as_of, names)
            except CompileError as error:
                raise EvaluationError([f"{label}: cannot compile for {reader.dialect}: "
                                       f"{error}"], status=1) from None
            columns, fetched = reader.query(_only_rows_in_something(
                sql, reader.dialect, segments, segmentations), result_kinds(side))
    except LayoutError as error:
        raise EvaluationError([f"{label}: {problem}" for problem in error.problems]) from None
    except EngineError as error:
        raise EvaluationError([f"{label}: {error.message}"]) from None
    position = {column: index for index, column in enumerate(columns)}
    key_at = position[side.schema.key]
    for row in fetched:
        key = _key(row[key_at])
        for name in segments:
            if row[position[name]] is True:
                rows.members[name].add(key)
        for name in segmentations:
            value = row[position[name]]
            if value is not None:
                rows.labels[name][key] = str(value)
    return rows


def _key(value: object) -> Key:
    return value if isinstance(value, int | str) else str(value)


def _only_rows_in_something(sql: str, dialect: str, segments: Iterable[str],
                            segmentations: Iterable[str]) -> str:
    """``SELECT * FROM (sql) AS "membership" WHERE s1 OR s2 OR g1 IS NOT NULL``."""
    from sqlglot import exp

    from segdsl.compile.api import read_compiled
    from segdsl.compile.dialects import DIALECTS

    inner = read_compiled(sql, dialect)  # MySQL's collations kept (Dialect.read_back)

    def column(name: str) -> exp.Column:
        return exp.column(exp.to_identifier(name, quoted=True))

    tests: list[exp.Expression] = [column(name) for name in segments]
    tests += [exp.Not(this=exp.Is(this=column(name), expression=exp.Null()))
              for name in segmentations]
    condition = tests[0]
    for test in tests[1:]:
        condition = exp.Or(this=condition, expression=test)
    query = (exp.select(exp.Star())
             .from_(inner.subquery(exp.to_identifier("membership", quoted=True)))
             .where(condition))
    # Written as the compiler writes it (Spark: segdsl's own generator).
    return query.sql(dialect=DIALECTS[dialect].sqlglot_name)


def compare_rows(chosen: Sequence[Chosen], base: CheckedProject, head: CheckedProject,
                 before: SideRows, after: SideRows
                 ) -> tuple[list[SegmentDiff], list[SegmentationDiff]]:
    segments: list[SegmentDiff] = []
    segmentations: list[SegmentationDiff] = []
    for item in chosen:
        if item.kind == "segment":
            old = before.members.get(item.name)
            new = after.members.get(item.name)
            old_set, new_set = old or set(), new or set()
            segments.append(SegmentDiff(
                item.name, item.status, item.because,
                None if old is None else len(old), None if new is None else len(new),
                tuple(sorted(new_set - old_set)), tuple(sorted(old_set - new_set)),
            ))
        else:
            old_labels = before.labels.get(item.name)
            new_labels = after.labels.get(item.name)
            segmentations.append(_segmentation(item, base, head, old_labels, new_labels))
    return segments, segmentations


def _segmentation(item: Chosen, base: CheckedProject, head: CheckedProject,
                  old: dict[Key, str] | None, new: dict[Key, str] | None
                  ) -> SegmentationDiff:
    order: list[str] = []
    for side in (head, base):
        declaration = side.segmentations.get(item.name)
        if declaration is not None:
            order.extend(b.label for b in declaration.branches if b.label not in order)
    labels = tuple(
        LabelCount(label,
                   None if old is None else sum(1 for v in old.values() if v == label),
                   None if new is None else sum(1 for v in new.values() if v == label))
        for label in order
    )
    old_map, new_map = old or {}, new or {}
    moved = sum(1 for key in old_map.keys() | new_map.keys()
                if old_map.get(key) != new_map.get(key))
    return SegmentationDiff(item.name, item.status, item.because, labels, moved)
