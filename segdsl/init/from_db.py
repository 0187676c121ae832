"""``segdsl init DIR --from-db DB``: a starter project for the user's own tables.

The schema is the draft of ``segdsl schema infer`` (segdsl/infer/), so the
template's example segments (written for the demo shop) would not fit.  This
module writes the rest from the inferred schema instead:

* ``segdsl.yml`` pointing ``database`` at DB (a DuckDB path relative to the
  project, or the PostgreSQL URL without its password, which stays out of files);
* ``segments/starter.seg``: a few segments and a metric built from what the schema
  has (the first event: "had one in the last 30 days" and a 90-day count; the first
  numeric attribute: its top 10%; else the first attribute: "is set"; with neither,
  every customer), and a commented list of the schema's names to write more;
* ``tests/starter.yml``: a fixture case with three made-up customers whose expected
  members follow from the rules above, so ``segdsl test`` passes.

Names are segdsl names already (the draft guarantees it); the segments' names are
made so that they clash with no attribute, relation or each other.  The segment
text is checked against the schema before anything is written
(:func:`starter_files` raises :class:`AssertionError` if it does not check clean: a
bug, never the user's input).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from segdsl.project.model import EventType, Field, Scalar, Schema, ValueType

# The fixture case's instant, and its events 10 and 60 days before it.
AS_OF = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
RECENT_DAYS = 30
COUNT_DAYS = 90
TOP_PERCENT = 10

SEGMENTS_FILE = PurePosixPath("segments/starter.seg")
TESTS_FILE = PurePosixPath("tests/starter.yml")


@dataclass(frozen=True)
class StarterFile:
    """A file of the new project: where, what, and what it is for (for the listing)."""

    path: PurePosixPath
    text: str
    role: str


@dataclass
class _Definition:
    """One starter definition: its text, and what the fixture case expects of it."""

    name: str
    text: str
    expected: str  # the `expect:` value in YAML flow style


def database_setting(database: str, project: Path) -> tuple[str, bool]:
    """What segdsl.yml's ``database`` says: a DuckDB path relative to the project
    folder (absolute when there is no relative way, another drive), a chdb folder
    the same way (``chdb:../data/ch``), or the server's URL (PostgreSQL, MySQL)
    without a password.  The flag says a password was left out."""
    from segdsl.dburl import backend, folder_path, scheme, without_password

    folder = folder_path(database)
    if folder is None and backend(database) is not None:
        setting = without_password(database)
        return setting, setting != database
    target = os.path.abspath(database if folder is None else folder)
    try:
        path = Path(os.path.relpath(target, os.path.abspath(project))).as_posix()
    except ValueError:  # Windows: another drive
        path = Path(target).as_posix()
    return (path if folder is None else f"{scheme(database)}:{path}"), False


def starter_files(schema_text: str, schema: Schema, *, name: str, dialect: str,
                  database: str, source: str) -> list[StarterFile]:
    """Every file of the project, in the order they are listed.

    ``schema_text`` is the inferred draft and ``schema`` the same text loaded;
    ``database`` the value for segdsl.yml (:func:`database_setting`); ``source``
    the database as shown to people (masked).
    """
    definitions = _definitions(schema)
    segments = _segments_text(schema, definitions, source)
    _assert_checks(schema, segments)
    return [
        StarterFile(PurePosixPath("segdsl.yml"), _config_text(name, dialect, database),
                    "project file: schema, folders, dialect, database"),
        StarterFile(PurePosixPath("schema.yml"), schema_text,
                    f"drafted from {_tables(schema)}: review it"),
        StarterFile(SEGMENTS_FILE, segments,
                    "starter definitions: " + ", ".join(d.name for d in definitions)),
        StarterFile(TESTS_FILE, _fixture_text(schema, definitions),
                    "a fixture test: made-up rows and the expected members"),
    ]


# ------------------------------------------------------------------ definitions


def _definitions(schema: Schema) -> list[_Definition]:
    taken = {*schema.attributes, *schema.relations}

    def fresh(wanted: str) -> str:
        name, number = wanted, 2
        while name in taken:
            name, number = f"{wanted}_{number}", number + 1
        taken.add(name)
        return name

    found: list[_Definition] = []
    event = next(iter(schema.events.values()), None)
    if event is not None:
        recent = fresh(f"recent_{event.name}")
        found.append(_Definition(
            recent, f"segment {recent}\n"
            f'  title "Recent {event.name} (last {RECENT_DAYS} days)"\n'
            f"  where has {event.name} in last {RECENT_DAYS} days\n", "[c1]"))
        count = fresh(f"{event.name}_count_{COUNT_DAYS}d")
        found.append(_Definition(
            count, f"metric {count} = count({event.name} in last {COUNT_DAYS} days)\n",
            "{c1: 1, c2: 1, c3: 0}"))
    numeric = _first(schema, (ValueType.NUMBER, ValueType.INTEGER))
    if numeric is not None:
        top = fresh(f"top_{numeric.name}")
        found.append(_Definition(
            top, f"segment {top}\n"
            f'  title "Top {TOP_PERCENT}% by {numeric.name}"\n'
            f"  where {numeric.name} in top {TOP_PERCENT}%\n", "[c1]"))
    elif _single_valued(schema) is not None:
        attribute = _single_valued(schema)
        assert attribute is not None
        known = fresh(f"{attribute.name}_known")
        found.append(_Definition(
            known, f"segment {known}\n"
            f'  title "{attribute.name} is set"\n'
            f"  where {attribute.name} is set\n", "[c1]"))
    if not found:
        everyone = fresh(f"every_{schema.entity}")
        found.append(_Definition(
            everyone, f"segment {everyone}\n"
            f'  title "Every {schema.entity}"\n'
            "  where true\n", "[c1, c2, c3]"))
    return found


def _single_valued(schema: Schema) -> Field | None:
    """The first attribute that is not a list (a fixture cell of one is a scalar)."""
    return next((a for a in schema.attributes.values() if not a.type.is_list), None)


def _first(schema: Schema, types: tuple[ValueType, ...]) -> Field | None:
    """The first attribute of the first of ``types`` that has one."""
    for wanted in types:
        found = next((f for f in schema.attributes.values() if f.type is wanted), None)
        if found is not None:
            return found
    return None


def _segments_text(schema: Schema, definitions: list[_Definition], source: str) -> str:
    lines = [
        f"# Starter definitions for the {schema.entity} table of {source}, made by",
        "# `segdsl init --from-db` from schema.yml: edit them or replace them.",
        "#",
        "# The names this schema offers (docs/language.md shows what to write):",
    ]
    if schema.attributes:
        lines += _wrapped("attributes: ", [f"{name} ({field.type.value})"
                                           for name, field in schema.attributes.items()])
    for declared in schema.events.values():
        props = [f"{name} ({field.type.value})" for name, field in declared.properties.items()]
        lines += _wrapped(f"event {declared.name}" + (" with " if props else ""), props)
    event = next(iter(schema.events.values()), None)
    lines += ["#", "# For example:"]
    if event is not None:
        lines += [f"#   segment regular_{event.name}_customers",
                  f"#     where count({event.name} in last 90 days) >= 3"]
    else:
        lines += ["#   segment my_segment", "#     where <attribute> = <value>"]
    return "\n".join(lines) + "\n\n" + "\n".join(d.text for d in definitions)


def _wrapped(head: str, items: list[str]) -> list[str]:
    """``#   head a, b, c`` as comment lines of at most about 88 characters, broken
    only between items (never right after ``head``)."""
    lines = [f"#   {head}".rstrip()]
    for index, item in enumerate(items):
        piece = item + ("," if index < len(items) - 1 else "")
        if index and len(lines[-1]) + 1 + len(piece) > 88:
            lines.append(f"#     {piece}")
        else:
            lines[-1] += " " + piece
    return lines


def _assert_checks(schema: Schema, segments: str) -> None:
    """The starter must check clean against its schema (a bug if not)."""
    from segdsl.check.checker import check_project
    from segdsl.syntax.parser import parse_source

    parsed = parse_source(segments, str(SEGMENTS_FILE))
    checked = check_project(schema, [parsed])
    problems = [*parsed.diagnostics, *checked.diagnostics]
    assert not problems, f"the starter segments do not check: {problems}"


# ------------------------------------------------------------------ files


def _config_text(name: str, dialect: str, database: str) -> str:
    return (
        "# segdsl project file: marks the root of the project (made by\n"
        "# `segdsl init --from-db`). Commands run anywhere inside this folder find it\n"
        "# by looking upward.\n"
        f"name: {_yaml(name)}\n"
        "schema: schema.yml\n"
        "segments: [segments]\n"
        "tests: [tests]\n"
        f"dialect: {dialect}\n"
        "# The database `segdsl run` reads (a DuckDB path is relative to this folder).\n"
        f"database: {_yaml(database)}\n"
    )


def _tables(schema: Schema) -> str:
    tables = list(dict.fromkeys([schema.table, *(e.table for e in schema.events.values())]))
    return ", ".join(tables)


def _fixture_text(schema: Schema, definitions: list[_Definition]) -> str:
    """One case: c1 and c2 with an event 10 and 60 days before the as-of (c3 has
    none), c1 with the highest value of the numeric attribute (or the only one
    set), c2 with a lower one, c3 with none."""
    stamp = _instant(AS_OF)
    lines = [
        "# A fixture test of the starter definitions: three made-up "
        f"{schema.entity} rows, the",
        "# instant to evaluate at, and what each definition must give. `segdsl test`",
        "# runs it in an in-memory database; change it whenever you change a definition.",
        "",
        "cases:",
        "  - name: starter definitions",
        f"    as_of: {stamp}",
        "    given:",
        f"      {_yaml(schema.entity)}:",
    ]
    numeric = _first(schema, (ValueType.NUMBER, ValueType.INTEGER))
    shown = numeric or _single_valued(schema)
    values: dict[str, Scalar] = {}
    if numeric is not None:
        values = {"c1": 100, "c2": 50}
    elif shown is not None:
        values = {"c1": _sample(shown)}
    for key in ("c1", "c2", "c3"):
        row: dict[str, Scalar] = {schema.key: key}
        if shown is not None and key in values:
            row[shown.name] = values[key]
        lines.append(f"        - {_flow(row)}")
    event = next(iter(schema.events.values()), None)
    if event is not None:
        lines.append(f"      {_yaml(event.name)}:")
        for key, days in (("c1", 10), ("c2", 60)):
            when = _instant(AS_OF - dt.timedelta(days=days))
            lines.append(f"        - {_flow(_event_row(event, key, when))}"
                         f"   # {days} days before as_of")
    lines.append("    expect:")
    lines += [f"      {d.name}: {d.expected}" for d in definitions]
    return "\n".join(lines) + "\n"


def _event_row(event: EventType, key: str, when: str) -> dict[str, Scalar]:
    """An event row: its key and time columns (properties not set; an event's
    ``where`` columns are filled in by the fixture loader)."""
    return {event.key: key, event.time: when}


def _sample(field: Field) -> Scalar:
    """A value of ``field``'s type (one of its declared values if it has some)."""
    if field.values:
        return field.values[0]
    samples: dict[ValueType, Scalar] = {
        ValueType.STRING: "x",
        ValueType.BOOLEAN: True,
        ValueType.DATE: "2026-01-01",
        ValueType.TIMESTAMP: "2026-01-01T00:00:00Z",
        ValueType.INTEGER: 1,
        ValueType.NUMBER: 1,
    }
    return samples[field.type]


def _instant(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _flow(row: dict[str, Scalar]) -> str:
    """A YAML flow mapping; every key and text value quoted as JSON (valid YAML)."""
    return "{" + ", ".join(f"{_yaml(key)}: {_value(value)}" for key, value in row.items()) + "}"


def _value(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _yaml(text: str) -> str:
    """``text`` as a YAML string: quoted as JSON unless it is a plain name."""
    if text.replace("_", "a").isalnum() and text.isascii() and not text[:1].isdigit() \
            and text.lower() not in {"y", "n", "yes", "no", "on", "off", "true", "false",
                                     "null"}:
        return text
    return json.dumps(text, ensure_ascii=False)
