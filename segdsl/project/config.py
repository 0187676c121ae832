"""The project file ``segdsl.yml`` (SPEC section 1): finding it, reading it, and
listing the segment and fixture files it points to.

Every key is optional; an empty project file means "all defaults".  An empty value
(``dialect:`` with nothing after it) also means the default, as in dbt.
"""

from __future__ import annotations

import os
from pathlib import Path

from segdsl.codes import Code
from segdsl.dburl import anchored, folder_url_from, scheme
from segdsl.diagnostics import Diagnostic, has_errors
from segdsl.project.list_config import read_lists
from segdsl.project.model import DIALECTS, ProjectConfig, dialect_named
from segdsl.project.sources import DISK, SourceReader, expand, is_dir, matches
from segdsl.project.yamlpos import (
    MappingEntry,
    Node,
    Problems,
    ScalarNode,
    SequenceNode,
    closest_choice,
    describe,
    load_yaml_file,
    replace_scalar,
)
from segdsl.timecontext import UTC, UnknownZoneError, zone_info

PROJECT_FILE = "segdsl.yml"
CONFIG_KEYS = ("name", "schema", "segments", "tests", "dialect", "database", "lists",
               "timezone")
DEFAULT_SCHEMA = "schema.yml"
SEGMENT_SUFFIXES = (".seg",)
TEST_SUFFIXES = (".yml", ".yaml")

# Other spellings of the dialects, for the did-you-mean hint.
_DIALECT_ALIASES = {"postgresql": "postgres", "pg": "postgres", "psql": "postgres",
                    "bq": "bigquery", "duck": "duckdb"}


def display_path(path: Path) -> str:
    """How a file is named in messages: relative to the working directory when it
    lies below it (what a user typed or can click), else absolute."""
    try:
        cwd = Path.cwd()
        absolute = Path(os.path.abspath(path))
        for candidate in (absolute, absolute.resolve()):
            if candidate.is_relative_to(cwd):
                return candidate.relative_to(cwd).as_posix()
        return absolute.as_posix()
    except (OSError, RuntimeError, ValueError):  # cwd removed, symlink loop
        return str(path)


def find_project_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``segdsl.yml``."""
    try:
        here = start.resolve()
        if here.is_file():
            here = here.parent
        for folder in (here, *here.parents):
            if (folder / PROJECT_FILE).is_file():
                return folder
    except (OSError, RuntimeError):
        return None
    return None


def load_config(
    root: Path, reader: SourceReader = DISK
) -> tuple[ProjectConfig | None, list[Diagnostic]]:
    """Read ``root/segdsl.yml`` with defaults filled in; None when it has errors."""
    root = Path(os.path.abspath(root))
    path = root / PROJECT_FILE
    file = display_path(path)
    node, problems = load_yaml_file(path, file, reader)
    if has_errors(problems) and node is None:
        return None, problems
    config_reader = _ConfigReader(root, file, reader)
    config_reader.problems.items.extend(problems)
    config = config_reader.read(node)
    diagnostics = config_reader.problems.items
    return (None if has_errors(diagnostics) else config), diagnostics


class _ConfigReader:
    def __init__(self, root: Path, file: str, sources: SourceReader) -> None:
        self.root = root
        self.file = file
        self.sources = sources
        self.problems = Problems()

    def read(self, node: Node | None) -> ProjectConfig | None:
        if node is None:  # an empty file: all defaults
            return ProjectConfig(root=self.root, name=self.root.name,
                                 schema_path=self.root / DEFAULT_SCHEMA, file=self.file)
        top = self.problems.mapping(node, "the project file", null_ok=True)
        if top is None:
            return None
        known = self.problems.keys(top, allowed=CONFIG_KEYS, what="the project file")
        return ProjectConfig(
            root=self.root,
            name=self._text(known.get("name")) or self.root.name,
            schema_path=self._schema(known.get("schema")),
            segments=self._paths(known.get("segments"), ("segments",)),
            tests=self._paths(known.get("tests"), ("tests",)),
            dialect=self._dialect(known.get("dialect")),
            database=self._database(known.get("database")),
            timezone=self._timezone(known.get("timezone")),
            file=self.file,
            database_at=_where(known.get("database")),
            lists=read_lists(known.get("lists"), self.root, self.sources, self.problems),
        )

    def _text(self, entry: MappingEntry | None) -> str | None:
        """The value as text; None when the key is missing or left empty."""
        if entry is None or _is_empty(entry.value):
            return None
        return self.problems.text(entry.value, f"'{entry.key_text}'")

    def _schema(self, entry: MappingEntry | None) -> Path:
        written = self._text(entry)
        if entry is None or written is None:
            # A missing default schema file is reported by whoever loads it.
            return self.root / DEFAULT_SCHEMA
        path = self.root / written
        if not self.sources.is_file(path):
            problem = "is a folder, not a file" if is_dir(path) else "does not exist"
            self.problems.add(
                Code.YML009, f"the schema file '{written}' {problem}", entry.value.span,
                hint=f"the path is relative to the project folder ({display_path(self.root)})",
            )
        return path

    def _paths(self, entry: MappingEntry | None, default: tuple[str, ...]) -> tuple[str, ...]:
        """A folder or glob, or a list of them."""
        if entry is None or _is_empty(entry.value):
            return default
        what = f"'{entry.key_text}'"
        value = entry.value
        items = value.items if isinstance(value, SequenceNode) else (value,)
        paths: list[str] = []
        for item in items:
            if isinstance(item, ScalarNode) and not item.is_null and item.text.strip():
                paths.append(item.text)
            else:
                self.problems.add(
                    Code.YML004, f"{what} should list folders or file patterns, but an entry is "
                    f"{describe(item)}", item.span,
                    hint=f"for example: {entry.key_text}: [{default[0]}]",
                )
        return tuple(paths)

    def _dialect(self, entry: MappingEntry | None) -> str:
        written = self._text(entry)
        if entry is None or written is None:
            return "duckdb"
        named = dialect_named(written)  # `databricks` is `spark` (model.DIALECT_ALIASES)
        if named is not None:
            return named
        alias = _DIALECT_ALIASES.get(written.lower())
        found = (alias, True) if alias else closest_choice(written, DIALECTS)
        listed = f"allowed dialects: {', '.join(DIALECTS)}"
        self.problems.add(
            Code.YML009, f"unknown dialect '{written}'", entry.value.span,
            hint=f"did you mean '{found[0]}'? {listed}" if found else listed,
            edits=replace_scalar(entry.value, found[0]) if found and found[1] else (),
        )
        return "duckdb"

    def _timezone(self, entry: MappingEntry | None) -> str:
        """An IANA zone name (SPEC 11: default UTC); a name Python's zone database
        does not know is an error with the closest name as the hint."""
        written = self._text(entry)
        if entry is None or written is None:
            return UTC
        try:
            zone_info(written)
        except UnknownZoneError:
            from zoneinfo import available_timezones

            known = available_timezones()
            found = closest_choice(written, sorted(known | {UTC}))
            example = "IANA names such as Europe/Berlin, America/New_York or UTC"
            if not known:
                # No zone database at all: name the cause, not the spelling.
                found, example = None, "Python finds no time zone database here: pip install tzdata"
            self.problems.add(
                Code.YML009, f"unknown time zone '{written}'", entry.value.span,
                hint=f"did you mean '{found[0]}'? {example}" if found else f"use {example}",
                edits=replace_scalar(entry.value, found[0]) if found and found[1] else (),
            )
            return UTC
        return written

    def _database(self, entry: MappingEntry | None) -> str | None:
        written = self._text(entry)
        if written is None:
            return None
        # Any URL is kept as written: the commands that use the database refuse an
        # unsupported kind (mysql://...) with exit status 2, as they do --db.  A
        # relative folder (chdb:data/ch, spark:warehouse, spark://warehouse) is the
        # project's, like a DuckDB file.
        if scheme(written) is not None:
            return folder_url_from(anchored(written, str(self.root)), self.root)
        if written == ":memory:":
            return written
        # A DuckDB file: relative to the project, not to wherever segdsl is run.
        return str(self.root / written)


def _where(entry: MappingEntry | None) -> str | None:
    if entry is None:
        return None
    span = entry.value.span
    return f"{span.file}:{span.line}:{span.column}"


def _is_empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.is_null


# -------------------------------------------------------------------- file lists


def segment_files(config: ProjectConfig, reader: SourceReader = DISK) -> list[Path]:
    """Every ``.seg`` file the project's ``segments`` entries name, sorted, once each."""
    return reader.list_files(config.root, config.segments, SEGMENT_SUFFIXES)


def test_files(config: ProjectConfig) -> list[Path]:
    """Every ``.yml``/``.yaml`` file the project's ``tests`` entries name."""
    return expand(config.root, config.tests, TEST_SUFFIXES)


def entry_exists(root: Path, entry: str) -> bool:
    """Whether a ``segments``/``tests`` entry names an existing folder, file or glob match."""
    return bool(matches(root, entry))
