"""The keys of the static lists (SPEC 11): ``lists:`` entries -> :class:`StaticList`.

A CSV list is read whole when the project is loaded, by ``check`` too: its header
must be one column named as the schema's key, and every key is checked (empty,
spaces around it, listed twice), each problem at its line and column.  Reading is
the ``csv`` module's (quoting, CRLF, a leading byte-order mark is skipped), with
offsets from ``harness.fixtures.csv_records``; 100,000 keys take about a tenth of
a second, so ``check`` stays fast without a header-only mode (docs/reference.md,
"Static lists").

Keys are text, as written (the schema does not type its key; the compiled SQL
compares the key's text with them, so an integer key 42 is in a list holding
``42``).  A table list has no keys here: the database holds them, and ``run``
checks its table and column before the query (engines/columns.py).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span
from segdsl.harness.fixtures.csv_records import CsvField, parse_csv
from segdsl.project.model import StaticListSource
from segdsl.project.sources import DISK, SourceReader
from segdsl.project.yamlpos import Locator

_BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class StaticList:
    """A static list: its source and, for a CSV list (or a fixture's `lists:`), its
    keys in the order written (None: a table list, read by the query)."""

    source: StaticListSource
    keys: tuple[str, ...] | None

    @property
    def name(self) -> str:
        return self.source.name


StaticLists = dict[str, StaticList]


def load_static_lists(sources: Iterable[StaticListSource], key: str,
                      reader: SourceReader = DISK) -> tuple[StaticLists, list[Diagnostic]]:
    """Every list with its keys (a file with problems gives no keys, and its
    problems, named as every project file is: ``config.display_path``)."""
    from segdsl.project.config import display_path

    found: StaticLists = {}
    problems: list[Diagnostic] = []
    for source in sources:
        if source.path is None:
            found[source.name] = StaticList(source, None)
            continue
        shown = display_path(source.path)
        keys, trouble = _read_file(source, shown, key, reader)
        problems += trouble
        found[source.name] = StaticList(source, keys)
    return found, problems


def _read_file(source: StaticListSource, shown: str, key: str, reader: SourceReader
               ) -> tuple[tuple[str, ...], list[Diagnostic]]:
    assert source.path is not None
    try:
        text = reader.read_text(source.path)
    except UnicodeDecodeError:
        return (), [Diagnostic(Code.LST002, f"the list file {shown} is not UTF-8 text",
                               source.span, hint="save the file with UTF-8 encoding")]
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        return (), [Diagnostic(Code.LST002, f"cannot read the list file {shown}: {reason}",
                               source.span)]
    return parse_list(text, shown, key, source.name)


def parse_list(text: str, shown: str, key: str, name: str
               ) -> tuple[tuple[str, ...], list[Diagnostic]]:
    """A list file's keys, or its problems (then no keys: a list read half is not
    the list the user meant).

    A sound file is read by the ``csv`` module alone (0.1 s for 100,000 keys);
    only a file with a problem is read again with every cell's position
    (``csv_records``, ten times slower), to say where the problem is.
    """
    keys = _sound_keys(text[1:] if text.startswith(_BOM) else text, key)
    if keys is not None:
        return keys, []
    return _placed_problems(text, shown, key, name)


def _sound_keys(text: str, key: str) -> tuple[str, ...] | None:
    """The keys of a file without problems; None when it has one."""
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(max(limit, len(text)))
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), strict=True) if row]
    except csv.Error:
        return None
    finally:
        csv.field_size_limit(limit)
    if not rows or rows[0] != [key]:
        return None
    keys = [row[0] for row in rows[1:] if len(row) == 1]
    if len(keys) != len(rows) - 1 or len(set(keys)) != len(keys):
        return None
    if any(not value or value.strip() != value for value in keys):
        return None
    return tuple(keys)


def _placed_problems(text: str, shown: str, key: str, name: str
                     ) -> tuple[tuple[str, ...], list[Diagnostic]]:
    """:func:`parse_list` of a file with a problem: each at its line and column."""
    skip = 1 if text.startswith(_BOM) else 0
    locator = Locator(text, shown)
    records, broken = parse_csv(text[skip:])
    problems: list[Diagnostic] = []

    def at(field: CsvField) -> Span:
        return locator.span(field.start + skip, field.end + skip)

    if broken is not None:
        offset, message = broken
        problems.append(Diagnostic(Code.LST003, f"the list file cannot be read: {message}",
                                   locator.point(offset + skip)))
        return (), problems
    if not records:
        problems.append(Diagnostic(
            Code.LST003, f"the list file of '{name}' is empty", locator.point(0),
            hint=f"its first line is the column name '{key}', then one key per line"))
        return (), problems
    header = records[0]
    if len(header) != 1 or header[0].text.strip() != key:
        written = ", ".join(repr(cell.text) for cell in header)
        problems.append(Diagnostic(
            Code.LST003, f"the list file's header should be the one column '{key}' "
            f"(the schema's key), but it is {written}", at(header[0]),
            hint=f"write '{key}' on the first line, then one key per line"))
        return (), problems
    first_line: dict[str, int] = {}
    keys: list[str] = []
    for record in records[1:]:
        cell = record[0]
        if len(record) != 1:
            problems.append(Diagnostic(
                Code.LST003, f"a row has {len(record)} values; a list file has one column "
                f"('{key}')", at(record[1]),
                hint="quote a key that holds a comma: \"a,b\""))
            continue
        value = cell.text
        if not value or value.strip() != value:
            message = (f"an empty key in the list '{name}'" if not value.strip() else
                       f"the key '{value}' of the list '{name}' has spaces around it")
            problems.append(Diagnostic(
                Code.LST005, message, at(cell),
                hint="remove the line" if not value.strip() else f"write '{value.strip()}'"))
            continue
        place = at(cell)
        if value in first_line:
            problems.append(Diagnostic(
                Code.LST004, f"the key '{value}' is listed twice in the list '{name}' "
                f"(first on line {first_line[value]})", place,
                hint="remove one of the lines"))
            continue
        first_line[value] = place.line
        keys.append(value)
    if problems:
        return (), problems
    return tuple(keys), problems
