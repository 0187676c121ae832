"""Fixture files (``tests/*.yml``, SPEC 8) -> typed test cases, with diagnostics.

A fixture file is checked against the checked project before anything runs, so a
typo in a column, a value of the wrong type or an expectation of a segment that
does not exist is reported at its line and column (``FIX*`` codes; YAML shape
problems use the ``YML*`` codes shared with the other YAML files) instead of
surfacing as a confusing database error or a silently failing case.

Decisions (also in the module's tests):

* Given rows are stored per physical table with column names as keys, ready for
  :meth:`segdsl.engines.Engine.load_tables`.  A row may use attribute/property
  names or column names (``zip`` or ``postal_code``); leaving a column out means
  NULL.  Event rows get their event's ``where`` values filled in.
* Keys are text: ``c1`` and ``1`` are the keys ``"c1"`` and ``"1"``, in rows and in
  expectations alike, so the comparison never depends on YAML's typing.
* Entity and relation rows need their key (not null) and must not repeat it: a
  repeated key would give a customer two rows.  Event rows need their key and time
  columns written out; ``null`` is allowed there to test events without a time.
* CSV files (a path in place of a row list, relative to the fixture file) have a
  header of row keys.  An empty unquoted cell is NULL; ``""`` is the empty string.
* A case with errors is still returned, with ``ok=False``: the runner reports it as
  failed without running it, so a broken case can never pass unnoticed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from segdsl.check.checker import CheckedProject
from segdsl.check.types import Kind
from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, has_errors
from segdsl.engines import schema_tables
from segdsl.harness.expectation_checks import ExpectationsCheck, read_expectations
from segdsl.numbers import NUMBER_SCALE
from segdsl.project.model import Scalar, Schema, ValueType
from segdsl.project.yamlpos import (
    Locator,
    MappingNode,
    Node,
    PlainValue,
    Problems,
    ScalarKind,
    ScalarNode,
    SequenceNode,
    closest_choice,
    convert_scalar,
    convert_text,
    describe,
    did_you_mean,
    gc_paused,
    load_yaml_file,
    parse_yaml,
    replace_scalar,
    resolve_core,
)
from segdsl.timeparse import TimeParseError, parse_instant

TOP_KEYS = ("cases",)
CASE_KEYS = ("name", "as_of", "given", "expect", "expectations")
# `expect` may be left out when the case has `expectations` (harness/expectation_checks.py).
CASE_REQUIRED = ("name", "given", "expect")

# A value in a given row or an expectation: None is NULL / "not set".  Given
# numbers are exact Decimals; expected ones may be floats, taken as the decimal
# they are written as (harness/runner.py compares exactly).
Value = PlainValue | Decimal | None

# Number columns are NUMERIC(38, 9) on every engine, as BigQuery's NUMERIC:
# NUMBER_SCALE digits after the point and 29 before it.
NUMBER_INTEGER_DIGITS = 38 - NUMBER_SCALE


# ------------------------------------------------------------------------ models


@dataclass(frozen=True, slots=True)
class SegmentExpectation:
    """``segment: [c1, c2]``: exactly these keys are members."""

    name: str
    members: frozenset[str]
    span: Span


@dataclass(frozen=True, slots=True)
class SegmentationExpectation:
    """``persona: {c1: casual, c2: null}``: the listed keys have these labels
    (None: no label); keys not listed are not checked."""

    name: str
    labels: Mapping[str, str | None]
    span: Span


@dataclass(frozen=True, slots=True)
class MetricExpectation:
    """``orders_30d: {c1: 1, c2: null}``: the listed keys have these values (None:
    not set).  ``kind`` is the metric's type, which decides how values compare."""

    name: str
    kind: Kind
    values: Mapping[str, Value]
    span: Span


Expectation = SegmentExpectation | SegmentationExpectation | MetricExpectation


@dataclass(frozen=True, slots=True)
class FixtureCase:
    name: str
    file: str  # display path of the fixture file
    span: Span  # the case's name (or the case itself when it has none)
    # None: evaluate "now" (the engine's current timestamp), as SPEC 4.1 allows.
    as_of: dt.datetime | None
    # Physical table ("shop.orders") -> rows as column -> value.
    tables: Mapping[str, tuple[Mapping[str, Value], ...]]
    expectations: tuple[Expectation, ...]
    # False when the case has errors; it is then reported as failed, never run.
    ok: bool = True
    # The `expectations` key: which segments' expect lines hold or are violated.
    expectation_checks: tuple[ExpectationsCheck, ...] = ()

    @property
    def names(self) -> list[str]:
        """The definitions the case evaluates, in the order written (each once)."""
        names = [expectation.name for expectation in self.expectations]
        names += [check.segment for check in self.expectation_checks]
        return list(dict.fromkeys(names))


@dataclass(frozen=True, slots=True)
class FixtureFile:
    path: str  # display path
    cases: tuple[FixtureCase, ...]
    # Display path -> text of every CSV file read, so diagnostics pointing into a
    # CSV file can show its line like any other source.
    sources: Mapping[str, str] = field(default_factory=dict)


# ----------------------------------------------------------------------- loading


def load_fixture_file(
    path: Path, display: str, checked: CheckedProject
) -> tuple[FixtureFile | None, list[Diagnostic]]:
    """Read and check one fixture file; ``display`` names it in diagnostics.

    Returns None only when the file cannot be read or parsed as YAML at all.  CSV
    paths are resolved against the file's folder.
    """
    root, problems = load_yaml_file(path, display)
    return _finish(root, problems, display, checked, path.parent)


def parse_fixtures(
    text: str, display: str, checked: CheckedProject, base_dir: Path
) -> tuple[FixtureFile | None, list[Diagnostic]]:
    """Check a fixture file given as text (same rules as :func:`load_fixture_file`);
    CSV paths are resolved against ``base_dir``."""
    root, problems = parse_yaml(text, display)
    return _finish(root, problems, display, checked, base_dir)


def _finish(
    root: Node | None,
    problems: list[Diagnostic],
    display: str,
    checked: CheckedProject,
    base_dir: Path,
) -> tuple[FixtureFile | None, list[Diagnostic]]:
    if root is None and has_errors(problems):
        return None, problems
    reader = _FixtureReader(display, checked, base_dir)
    reader.problems.items.extend(problems)
    if root is None:
        # An empty file: most likely a test being written; say what it needs.
        reader.problems.add(Code.YML002, "the fixture file has no 'cases'",
                            Span.point(display, 1, 1), hint=_CASES_HINT)
        return FixtureFile(display, ()), reader.problems.items
    with gc_paused():  # thousands of small rows: see gc_paused
        cases = reader.read(root)
    return FixtureFile(display, tuple(cases), reader.sources), reader.problems.items


_CASES_HINT = "a fixture file is a list of cases: 'cases:' then '- name: ...' with given and expect"


# ------------------------------------------------------------------ row targets


@dataclass(frozen=True, slots=True)
class _Target:
    """What a ``given`` name stands for and how its rows are read."""

    noun: str  # "customer", "purchase", "account": for "the purchase row ..."
    table: str
    types: Mapping[str, ValueType]  # every column of the physical table
    names: Mapping[str, str]  # accepted row key -> column
    fixed: Mapping[str, Scalar]  # `where` column -> value (events only)
    required: tuple[str, ...]  # columns every row must write out
    not_null: tuple[str, ...]  # required columns that must also have a value
    unique: str | None  # column whose values must not repeat (a key)


def _targets(schema: Schema) -> dict[str, _Target]:
    layout = schema_tables(schema)
    targets: dict[str, _Target] = {}

    entity_names = {schema.key: schema.key}
    for name, attribute in schema.attributes.items():
        entity_names.setdefault(attribute.column, attribute.column)
        entity_names[name] = attribute.column
    for relation in schema.relations.values():
        entity_names.setdefault(relation.via, relation.via)
    targets[schema.entity] = _Target(
        schema.entity, schema.table, layout[schema.table], _names_first(entity_names, schema),
        {}, (schema.key,), (schema.key,), schema.key,
    )

    for event in schema.events.values():
        names = {event.key: event.key, event.time: event.time}
        names.update({column: column for column, _ in event.where})
        for prop in event.properties.values():
            names.setdefault(prop.column, prop.column)
        # Property names win over column names when the two collide.
        names.update({name: prop.column for name, prop in event.properties.items()})
        targets.setdefault(event.name, _Target(
            event.name, event.table, layout[event.table], names, dict(event.where),
            (event.key, event.time), (), None,
        ))

    for relation in schema.relations.values():
        names = {relation.key: relation.key}
        for attribute in relation.attributes.values():
            names.setdefault(attribute.column, attribute.column)
        names.update({name: a.column for name, a in relation.attributes.items()})
        targets.setdefault(relation.name, _Target(
            relation.name, relation.table, layout[relation.table], names, {},
            (relation.key,), (relation.key,), relation.key,
        ))
    return targets


def _names_first(names: dict[str, str], schema: Schema) -> dict[str, str]:
    """Attribute names win over column names when the two collide."""
    names.update({name: attribute.column for name, attribute in schema.attributes.items()})
    return names


# ----------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class _Cell:
    """One value of a row, from YAML or from a CSV file, before conversion."""

    text: str | None  # None: NULL
    quoted: bool
    span: Span


@dataclass
class _RowsRead:
    rows: list[dict[str, Value]] = field(default_factory=list)
    # The span of each row's unique key (for duplicate reports), parallel to rows.
    key_spans: list[Span | None] = field(default_factory=list)


class _FixtureReader:
    def __init__(self, display: str, checked: CheckedProject, base_dir: Path) -> None:
        self.display = display
        self.checked = checked
        self.schema = checked.schema
        self.base_dir = base_dir
        self.problems = Problems()
        self.targets = _targets(self.schema)
        self.sources: dict[str, str] = {}

    def _errors(self) -> int:
        return sum(1 for d in self.problems.items if d.is_error)

    # ------------------------------------------------------------------ file

    def read(self, root: Node) -> list[FixtureCase]:
        top = self.problems.mapping(root, "a fixture file", null_ok=False, hint=_CASES_HINT)
        if top is None:
            return []
        known = self.problems.keys(top, allowed=TOP_KEYS, required=TOP_KEYS,
                                   what="the fixture file", at=_start(top.span))
        entry = known.get("cases")
        if entry is None:
            return []
        node = entry.value
        if isinstance(node, ScalarNode) and node.is_null:
            return []
        if not isinstance(node, SequenceNode):
            self.problems.add(Code.YML004, f"'cases' should be a list of test cases, but it is "
                              f"{describe(node)}", node.span, hint=_CASES_HINT)
            return []
        cases: list[FixtureCase] = []
        seen: dict[str, Span] = {}
        for item in node.items:
            case = self._case(item)
            if case is None:
                continue
            first = seen.get(case.name)
            if first is not None:
                self.problems.add(
                    Code.FIX013, f"a test case named '{case.name}' is already in this file",
                    case.span, hint="give every case its own name, so a failure says which one",
                    related=((first, "first case with this name"),),
                )
                case = dataclasses.replace(case, ok=False)
            else:
                seen[case.name] = case.span
            cases.append(case)
        return cases

    # ------------------------------------------------------------------ case

    def _case(self, node: Node) -> FixtureCase | None:
        before = self._errors()
        mapping = self.problems.mapping(node, "a test case", null_ok=False,
                                        hint="write '- name: ...' with given and expect")
        if mapping is None:
            return None
        required: tuple[str, ...] = CASE_REQUIRED
        if any(entry.key_text == "expectations" for entry in mapping.entries):
            required = tuple(key for key in required if key != "expect")
        known = self.problems.keys(mapping, allowed=CASE_KEYS, required=required,
                                   what="a test case", at=_start(mapping.span))
        name_entry = known.get("name")
        name = None if name_entry is None else self.problems.text(name_entry.value, "'name'")
        span = name_entry.value.span if name_entry is not None else _start(mapping.span)

        as_of = None
        if "as_of" in known:
            as_of = self._as_of(known["as_of"].value)

        tables: dict[str, list[dict[str, Value]]] = {}
        # None: the keys are unknown, so expected keys are not checked against them
        # (a missing or broken 'given' is reported already).
        entity_keys: dict[str, Span] | None = None
        if "given" in known:
            entity_keys = self._given(known["given"].value, tables)
        expectations: tuple[Expectation, ...] = ()
        if "expect" in known:
            expectations = self._expect(known["expect"].value, entity_keys)
        checks: tuple[ExpectationsCheck, ...] = ()
        if "expectations" in known:
            checks = read_expectations(known["expectations"].value, self.checked, self.problems)
        return FixtureCase(
            name=name if name is not None else f"case at line {span.line}",
            file=self.display,
            span=span,
            as_of=as_of,
            tables={table: tuple(rows) for table, rows in tables.items()},
            expectations=expectations,
            ok=self._errors() == before,
            expectation_checks=checks,
        )

    def _as_of(self, node: Node) -> dt.datetime | None:
        if isinstance(node, ScalarNode):
            try:
                return parse_instant(node.text, "as_of")
            except TimeParseError as error:
                self.problems.add(Code.FIX001, error.problem, node.span, hint=error.hint)
                return None
        self.problems.add(
            Code.FIX001, f"as_of should be a date or a UTC timestamp, not {describe(node)}",
            node.span,
            hint="write a date (2026-11-01, meaning 00:00:00Z) or a UTC timestamp "
                 "(2026-11-01T08:00:00Z)",
        )
        return None

    # ----------------------------------------------------------------- given

    def _given(
        self, node: Node, tables: dict[str, list[dict[str, Value]]]
    ) -> dict[str, Span] | None:
        """Read the given rows into ``tables``; returns the entity keys (with the
        span of each), or None when they could not all be read."""
        mapping = self.problems.mapping(node, "'given'", hint=(
            f"one list of rows per table, e.g. '{self.schema.entity}: [{{{self.schema.key}: c1}}]'"
        ))
        entity_keys: dict[str, Span] | None = {}
        if mapping is None:
            return None
        entity_seen = False
        for entry in mapping.entries:
            key = entry.key_text
            if key is None:
                self.problems.add(Code.YML004, f"a key in 'given' is {describe(entry.key)}; "
                                  "keys must be table names", entry.key.span)
                continue
            target = self.targets.get(key)
            if target is None:
                self._unknown_table(key, entry.key.span)
                continue
            before = self._errors()
            read = self._rows(target, entry.value)
            tables.setdefault(target.table, []).extend(read.rows)
            self._check_unique(target, read)
            if key == self.schema.entity:
                entity_seen = True
                if self._errors() != before or entity_keys is None:
                    entity_keys = None
                else:
                    entity_keys = {
                        str(row[self.schema.key]): span
                        for row, span in zip(read.rows, read.key_spans, strict=True)
                        if span is not None
                    }
        if not entity_seen:
            return {}
        return entity_keys

    def _unknown_table(self, key: str, span: Span) -> None:
        choices = [self.schema.entity, *self.schema.events, *self.schema.relations]
        guess = did_you_mean(key, choices)
        if key == self.schema.table or key in (t.table for t in self.targets.values()):
            hint = ("rows are given by entity, event or relation name, not by table name: "
                    + ", ".join(choices))
        elif guess is not None:
            hint = f"did you mean '{guess}'?"
        else:
            hint = "rows can be given for: " + ", ".join(choices)
        self.problems.add(
            Code.FIX002, f"'{key}' is not the entity ('{self.schema.entity}'), an event or a "
            "relation of the schema", span, hint=hint,
        )

    def _rows(self, target: _Target, node: Node) -> _RowsRead:
        if isinstance(node, ScalarNode) and node.is_null:
            return _RowsRead()
        if isinstance(node, ScalarNode):
            return self._csv_rows(target, node)
        if not isinstance(node, SequenceNode):
            self.problems.add(
                Code.YML004, f"the {target.noun} rows should be a list of rows or the path of a "
                f"CSV file, but they are {describe(node)}", node.span,
                hint=f"write one row per line: '- {{{_example_key(target)}: ...}}'",
            )
            return _RowsRead()
        read = _RowsRead()
        for item in node.items:
            if not isinstance(item, MappingNode):
                self.problems.add(
                    Code.YML004, f"a {target.noun} row should be a mapping of columns to values, "
                    f"but it is {describe(item)}", item.span,
                    hint=f"write '{{{_example_key(target)}: ...}}'",
                )
                continue
            cells: list[tuple[str, Span, _Cell]] = []
            for entry in item.entries:
                if entry.key_text is None:
                    self.problems.add(Code.YML004, f"a key in a {target.noun} row is "
                                      f"{describe(entry.key)}; keys must be column names",
                                      entry.key.span)
                    continue
                value = entry.value
                if not isinstance(value, ScalarNode):
                    self.problems.add(
                        Code.FIX004, f"the value of '{entry.key_text}' should be a single value, "
                        f"but it is {describe(value)}", value.span,
                    )
                    continue
                text = None if value.is_null else value.text
                cells.append((entry.key_text, entry.key.span, _Cell(text, value.quoted,
                                                                    value.span)))
            self._add_row(target, cells, _start(item.span), read)
        return read

    def _add_row(
        self, target: _Target, cells: list[tuple[str, Span, _Cell]], at: Span, read: _RowsRead
    ) -> None:
        """Convert one row's cells; the row is kept only when it has no errors."""
        before = self._errors()
        row: dict[str, Value] = {}
        given_at: dict[str, tuple[str, Span]] = {}
        key_span: Span | None = None
        for key, key_span_, cell in cells:
            column = self._column(target, key, key_span_)
            if column is None:
                continue
            if column in given_at:
                first_key, first_span = given_at[column]
                self.problems.add(
                    Code.FIX003, f"'{key}' and '{first_key}' both give the column '{column}'",
                    key_span_, hint="keep one of them",
                    related=((first_span, "first given here"),),
                )
                continue
            given_at[column] = (key, key_span_)
            value = self._convert(target, column, key, cell)
            if column in target.not_null and value is None and cell.text is None:
                self.problems.add(
                    Code.FIX010, f"the key '{key}' of this {target.noun} row is empty", cell.span,
                    hint=f"every {target.noun} row needs a key",
                )
                continue
            row[column] = value
            if column == target.unique:
                key_span = cell.span
        for column in target.required:
            if column not in given_at:
                self.problems.add(
                    Code.FIX010, f"this {target.noun} row has no '{column}'", at,
                    hint=_required_hint(target, column),
                )
        for column, fixed in target.fixed.items():
            row.setdefault(column, fixed)
        if self._errors() == before:
            read.rows.append(row)
            read.key_spans.append(key_span)

    def _column(self, target: _Target, key: str, span: Span) -> str | None:
        column = target.names.get(key)
        if column is not None:
            return column
        guess = did_you_mean(key, target.names)
        listed = f"{target.noun} rows take: {_listing(target.names)}"
        self.problems.add(
            Code.FIX003, f"'{key}' is not a column of {target.noun} rows (table '{target.table}')",
            span,
            hint=f"did you mean '{guess}'? {listed}" if guess else listed,
        )
        return None

    def _convert(self, target: _Target, column: str, key: str, cell: _Cell) -> Value:
        """The cell's value for ``column``; reports FIX004/FIX012 (returning None)."""
        if cell.text is None:
            return None
        kind = target.types[column]
        value: Value = convert_text(cell.text, _scalar_kind(kind))
        if value is None:
            self.problems.add(
                Code.FIX004, f"'{cell.text}' is not {_type_words(kind)} (the type of '{key}')",
                cell.span, hint=_timestamp_hint(cell.text) if kind is ValueType.TIMESTAMP
                else _type_hint(kind),
            )
            return None
        if kind is ValueType.NUMBER:
            value = self._exact_number(cell, key)
            if value is None:
                return None
        if column in target.fixed and value != target.fixed[column]:
            self.problems.add(
                Code.FIX012, f"this {target.noun} row has {column} = {_show(value)}, but "
                f"{target.noun} events are the rows with {column} = "
                f"{_show(target.fixed[column])}", cell.span,
                hint=f"leave '{column}' out: it is filled in for {target.noun} rows",
            )
            return None
        return value

    def _exact_number(self, cell: _Cell, key: str) -> Decimal | None:
        """A number cell as the exact Decimal its text says (never through a float:
        "12.37" is 12.37), or FIX014 when a number column cannot hold it.

        Number columns are NUMERIC(38, 9) on every engine (docs/types.md), so a
        value with more than 9 digits after the point would be rounded on the way
        in, and the case would test another value than the one written.
        """
        assert cell.text is not None
        value = Decimal(cell.text.strip())  # the text matched the number syntax already
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)  # finite: the syntax has no nan or inf
        significant = "".join(map(str, digits)).rstrip("0")
        if not significant:  # zero, however written
            return value
        exponent += len(digits) - len(significant)
        if exponent < -NUMBER_SCALE:
            self.problems.add(
                Code.FIX014, f"'{cell.text}' has more than {NUMBER_SCALE} digits after the point "
                f"(the type of '{key}' is number, which keeps {NUMBER_SCALE})", cell.span,
                hint=f"round it to {NUMBER_SCALE} decimal places",
            )
            return None
        if len(significant) + exponent > NUMBER_INTEGER_DIGITS:
            self.problems.add(
                Code.FIX014, f"'{cell.text}' is too large for a number (the type of '{key}'; "
                f"at most {NUMBER_INTEGER_DIGITS} digits before the point)", cell.span,
            )
            return None
        return value

    def _check_unique(self, target: _Target, read: _RowsRead) -> None:
        if target.unique is None:
            return
        seen: dict[str, Span] = {}
        for row, span in zip(read.rows, read.key_spans, strict=True):
            value = row.get(target.unique)
            if value is None or span is None:
                continue
            key = str(value)
            if key in seen:
                self.problems.add(
                    Code.FIX009, f"the {target.noun} key '{key}' is given twice", span,
                    hint=f"every {target.noun} row needs its own {target.unique}",
                    related=((seen[key], "first given here"),),
                )
            else:
                seen[key] = span

    # ------------------------------------------------------------------- CSV

    def _csv_rows(self, target: _Target, node: ScalarNode) -> _RowsRead:
        relative = node.text.strip()
        path = self.base_dir / relative
        display = os.path.normpath(os.path.join(os.path.dirname(self.display), relative))
        text = self._read_csv_text(path, display, node.span, target)
        if text is None:
            return _RowsRead()
        self.sources[display] = text
        locator = Locator(text, display)
        records, problem = _parse_csv(text)
        if problem is not None:
            offset, message = problem
            self.problems.add(Code.FIX005, f"{display} is not valid CSV: {message}",
                              locator.point(offset))
            return _RowsRead()
        if not records:
            self.problems.add(Code.FIX005, f"{display} is empty; it needs a header line",
                              locator.point(0), hint=f"start with a header such as "
                              f"'{_example_key(target)},...'")
            return _RowsRead()
        header, *body = records
        columns = self._csv_header(target, header, locator, display)
        read = _RowsRead()
        if columns is None:
            return read
        for record in body:
            first = record[0]
            at = locator.point(first.start)
            if len(record) != len(header):
                self.problems.add(
                    Code.FIX005, f"this row of {display} has {len(record)} values, but the header "
                    f"has {len(header)} columns", at,
                    hint="every row needs one value per header column (an empty value is NULL)",
                )
                continue
            cells = [
                (name, span, _Cell(None if c.text == "" and not c.quoted else c.text, c.quoted,
                                   locator.span(c.start, max(c.end, c.start + 1))))
                for (name, span), c in zip(columns, record, strict=True)
            ]
            self._add_row(target, cells, at, read)
        return read

    def _read_csv_text(
        self, path: Path, display: str, span: Span, target: _Target
    ) -> str | None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.problems.add(
                Code.FIX005, f"the CSV file {display} does not exist", span,
                hint=f"the path is relative to the fixture file; or give the {target.noun} "
                     "rows as a list",
            )
            return None
        except IsADirectoryError:
            self.problems.add(Code.FIX005, f"{display} is a folder, not a CSV file", span)
            return None
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            self.problems.add(Code.FIX005, f"cannot read the CSV file {display}: {reason}", span)
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            before = data[: error.start].decode("utf-8", errors="replace")
            locator = Locator(before, display)
            self.problems.add(
                Code.FIX005, f"{display} is not UTF-8 text (byte 0x{data[error.start]:02x})",
                locator.point(len(before)), hint="save the file with UTF-8 encoding",
            )
            return None
        # Spreadsheet programs start UTF-8 CSV files with a byte-order mark.  It is
        # replaced by a space (not removed) so offsets still match the file.
        return " " + text[1:] if text.startswith("\ufeff") else text

    def _csv_header(
        self, target: _Target, header: list[_CsvField], locator: Locator, display: str
    ) -> list[tuple[str, Span]] | None:
        before = self._errors()
        columns: list[tuple[str, Span]] = []
        seen: dict[str, tuple[str, Span]] = {}
        for item in header:
            name = item.text.strip()
            span = locator.span(item.start, max(item.end, item.start + 1))
            if not name:
                self.problems.add(Code.FIX005, f"the header of {display} has an empty column name",
                                  span, hint="name every column of the header line")
                continue
            column = self._column(target, name, span)
            if column is None:
                continue
            if column in seen:
                self.problems.add(
                    Code.FIX005, f"the header of {display} gives the column '{column}' twice",
                    span, related=((seen[column][1], "first given here"),),
                )
                continue
            seen[column] = (name, span)
            columns.append((name, span))
        for column in target.required:
            if column not in seen:
                self.problems.add(
                    Code.FIX010, f"the header of {display} has no '{column}'",
                    locator.span(header[0].start, header[-1].end),
                    hint=_required_hint(target, column),
                )
        return columns if self._errors() == before else None

    # ---------------------------------------------------------------- expect

    def _expect(self, node: Node, entity_keys: dict[str, Span] | None) -> tuple[Expectation, ...]:
        mapping = self.problems.mapping(
            node, "'expect'", hint="one entry per segment, segmentation or metric to check",
        )
        if mapping is None:
            return ()
        expectations: list[Expectation] = []
        for entry in mapping.entries:
            name = entry.key_text
            if name is None:
                self.problems.add(Code.YML004, f"a key in 'expect' is {describe(entry.key)}; "
                                  "keys must be definition names", entry.key.span)
                continue
            expectation: Expectation | None
            if name in self.checked.segments:
                expectation = self._segment(name, entry.key.span, entry.value, entity_keys)
            elif name in self.checked.segmentations:
                expectation = self._segmentation(name, entry.key.span, entry.value, entity_keys)
            elif name in self.checked.metrics:
                expectation = self._metric(name, entry.key.span, entry.value, entity_keys)
            else:
                self._unknown_definition(name, entry.key.span)
                continue
            if expectation is not None:
                expectations.append(expectation)
        return tuple(expectations)

    def _unknown_definition(self, name: str, span: Span) -> None:
        choices = [*self.checked.segments, *self.checked.segmentations, *self.checked.metrics]
        guess = did_you_mean(name, choices)
        if name in self.schema.attributes or name in self.schema.events:
            hint = "only segments, segmentations and metrics can be expected; define a metric " \
                   f"for '{name}' to test it"
        elif guess is not None:
            hint = f"did you mean '{guess}'?"
        else:
            hint = f"defined: {_listing(choices)}" if choices else "the project defines nothing"
        self.problems.add(
            Code.FIX006, f"'{name}' is not a segment, segmentation or metric of the project",
            span, hint=hint,
        )

    def _segment(
        self, name: str, span: Span, node: Node, entity_keys: dict[str, Span] | None
    ) -> SegmentExpectation | None:
        if not isinstance(node, SequenceNode):
            self.problems.add(
                Code.FIX008, f"the expected members of segment '{name}' should be a list of "
                f"{self.schema.entity} keys, but they are {describe(node)}", node.span,
                hint=f"write '{name}: [c1, c2]', or '{name}: []' for no members",
            )
            return None
        before = self._errors()
        members: dict[str, Span] = {}
        for item in node.items:
            if not isinstance(item, ScalarNode) or item.is_null:
                self.problems.add(
                    Code.FIX008, f"a member of segment '{name}' should be a {self.schema.entity} "
                    f"key, but it is {describe(item)}", item.span,
                )
                continue
            key = item.text
            if key in members:
                self.problems.add(
                    Code.FIX009, f"the key '{key}' is listed twice for segment '{name}'",
                    item.span, related=((members[key], "first listed here"),),
                )
                continue
            members[key] = item.span
            self._known_key(key, item.span, entity_keys)
        if self._errors() != before:
            return None
        return SegmentExpectation(name, frozenset(members), span)

    def _segmentation(
        self, name: str, span: Span, node: Node, entity_keys: dict[str, Span] | None
    ) -> SegmentationExpectation | None:
        mapping = self._key_mapping(name, "segmentation", "casual", node)
        if mapping is None:
            return None
        decl = self.checked.segmentations[name]
        allowed = list(dict.fromkeys(branch.label for branch in decl.branches))
        before = self._errors()
        labels: dict[str, str | None] = {}
        for key, key_span, value in _keyed(mapping):
            self._known_key(key, key_span, entity_keys)
            if not isinstance(value, ScalarNode):
                self.problems.add(Code.FIX008, f"the label of '{key}' should be a single label "
                                  f"(or null), but it is {describe(value)}", value.span)
                continue
            if value.is_null:
                labels[key] = None
                continue
            if value.text not in allowed:
                guess = closest_choice(value.text, allowed)
                listed = f"labels of '{name}': {', '.join(allowed)}; null means no label"
                self.problems.add(
                    Code.FIX007, f"'{value.text}' is not a label of segmentation '{name}'",
                    value.span, hint=f"did you mean '{guess[0]}'? {listed}" if guess else listed,
                    edits=replace_scalar(value, guess[0]) if guess and guess[1] else (),
                )
                continue
            labels[key] = value.text
        if self._errors() != before:
            return None
        return SegmentationExpectation(name, labels, span)

    def _metric(
        self, name: str, span: Span, node: Node, entity_keys: dict[str, Span] | None
    ) -> MetricExpectation | None:
        mapping = self._key_mapping(name, "metric", "1", node)
        if mapping is None:
            return None
        metric_type = self.checked.metric_types.get(name)
        kind = metric_type.kind if metric_type is not None else Kind.ERROR
        before = self._errors()
        values: dict[str, Value] = {}
        for key, key_span, value in _keyed(mapping):
            self._known_key(key, key_span, entity_keys)
            if not isinstance(value, ScalarNode):
                self.problems.add(Code.FIX008, f"the value of '{key}' should be a single value "
                                  f"(or null), but it is {describe(value)}", value.span)
                continue
            if value.is_null:
                values[key] = None
                continue
            converted = _metric_value(value, kind)
            if converted is None:
                self.problems.add(
                    Code.FIX004, f"'{value.text}' is not {_type_words(kind)}, the type of metric "
                    f"'{name}'", value.span, hint=_kind_hint(kind),
                )
                continue
            values[key] = converted
        if self._errors() != before:
            return None
        return MetricExpectation(name, kind, values, span)

    def _key_mapping(self, name: str, noun: str, example: str, node: Node) -> MappingNode | None:
        if isinstance(node, MappingNode):
            return node
        self.problems.add(
            Code.FIX008, f"the expectation of {noun} '{name}' should be a mapping from "
            f"{self.schema.entity} key to expected value, but it is {describe(node)}", node.span,
            hint=f"write '{name}: {{c1: {example}, c2: null}}' (null: not set)",
        )
        return None

    def _known_key(self, key: str, span: Span, entity_keys: dict[str, Span] | None) -> None:
        if entity_keys is None or key in entity_keys:
            return
        guess = did_you_mean(key, entity_keys)
        if guess is not None:
            hint = f"did you mean '{guess}'?"
        elif entity_keys:
            hint = f"the given {self.schema.entity} keys: {_listing(entity_keys)}"
        else:
            hint = f"add {self.schema.entity} rows under 'given'"
        self.problems.add(
            Code.FIX011, f"'{key}' is not the key of a given {self.schema.entity} row", span,
            hint=hint,
        )


# ------------------------------------------------------------------------ CSV


@dataclass(frozen=True, slots=True)
class _CsvField:
    text: str
    quoted: bool
    start: int  # offsets of the field in the file, quotes included
    end: int


def _parse_csv(text: str) -> tuple[list[list[_CsvField]], tuple[int, str] | None]:
    """RFC 4180 CSV with the offset of every field, so that problems point at the
    exact cell (Python's ``csv`` module only tells the line).

    Records end at ``\\n`` or ``\\r\\n`` outside quotes; blank lines are skipped.
    Returns the records, or a problem as (offset, message).
    """
    records: list[list[_CsvField]] = []
    record: list[_CsvField] = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        if line_start and text[i] in "\r\n":  # a blank line
            i += 2 if text.startswith("\r\n", i) else 1
            continue
        line_start = False
        start = i
        if text[i] == '"':
            parts: list[str] = []
            i += 1
            while True:
                close = text.find('"', i)
                if close < 0:
                    return records, (start, "a quoted value is never closed")
                parts.append(text[i:close])
                if text.startswith('""', close):
                    parts.append('"')
                    i = close + 2
                    continue
                i = close + 1
                break
            if i < n and text[i] not in ",\r\n":
                return records, (i, 'unexpected text after a closing quote (write "" for a '
                                 "quote inside a quoted value)")
            record.append(_CsvField("".join(parts), True, start, i))
        else:
            while i < n and text[i] not in ",\r\n":
                i += 1
            record.append(_CsvField(text[start:i], False, start, i))
        if i < n and text[i] == ",":
            i += 1
            if i == n:  # a comma ending the text: one more, empty, field
                record.append(_CsvField("", False, i, i))
            continue
        # End of the record (a line break or the end of the text).
        records.append(record)
        record = []
        line_start = True
        if i < n:
            i += 2 if text.startswith("\r\n", i) else 1
    if record:
        records.append(record)
    return records, None


# ------------------------------------------------------------------- helpers


def _keyed(mapping: MappingNode) -> Iterator[tuple[str, Span, Node]]:
    """Entries of a key -> value mapping whose key is a plain value."""
    for entry in mapping.entries:
        if entry.key_text is not None:
            yield entry.key_text, entry.key.span, entry.value


_SCALAR_KINDS: dict[str, ScalarKind] = {
    "string": "string", "integer": "integer", "number": "number",
    "boolean": "boolean", "date": "date", "timestamp": "timestamp",
}


def _scalar_kind(kind: ValueType | Kind) -> ScalarKind:
    return _SCALAR_KINDS.get(kind.value, "string")


def _metric_value(node: ScalarNode, kind: Kind) -> PlainValue | None:
    """An expected metric value; integers stay exact, so large counts compare exactly."""
    if kind.is_numeric:
        exact = convert_scalar(node, "integer")
        return exact if exact is not None else convert_scalar(node, "number")
    if kind.value in _SCALAR_KINDS:
        return convert_scalar(node, _SCALAR_KINDS[kind.value])
    # A metric whose type is unknown (its definition has errors): take YAML's view.
    return resolve_core(node)


def _type_words(kind: ValueType | Kind) -> str:
    return {
        "string": "a text", "integer": "an integer", "number": "a number",
        "boolean": "true or false", "date": "a date", "timestamp": "a UTC timestamp",
    }.get(kind.value, f"a {kind.value}")


def _timestamp_hint(text: str) -> str | None:
    """Why the shared reader refuses ``text`` (no zone, not UTC: with the instant
    converted), so a cell gets the same words as ``--as-of``."""
    try:
        parse_instant(text, "timestamp")
    except TimeParseError as error:
        if error.zone:
            return f"{error.problem}; {error.hint}"
    return _type_hint(ValueType.TIMESTAMP)


def _type_hint(kind: ValueType) -> str | None:
    return _kind_hint(Kind(kind.value))


def _kind_hint(kind: Kind) -> str | None:
    return {
        Kind.INTEGER: "write a whole number such as 42, or null",
        Kind.NUMBER: "write a number such as 3.5, or null",
        Kind.BOOLEAN: "write true or false, or null",
        Kind.DATE: "write a date such as 2026-01-31, or null",
        Kind.TIMESTAMP: "write a UTC timestamp such as 2026-01-31T08:00:00Z (or a date, "
                        "meaning its midnight UTC), or null",
    }.get(kind)


def _required_hint(target: _Target, column: str) -> str:
    if target.unique == column:
        return f"every {target.noun} row needs its key: add '{column}: ...'"
    return (f"every {target.noun} row needs '{column}' (write '{column}: null' for an event "
            "without one)")


def _example_key(target: _Target) -> str:
    return target.required[0] if target.required else next(iter(target.names), "column")


def _listing(names: Mapping[str, object] | list[str], limit: int = 15) -> str:
    shown = list(names)
    if len(shown) > limit:
        return ", ".join(shown[:limit]) + ", …"
    return ", ".join(shown)


def _show(value: object) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _start(span: Span) -> Span:
    """The first character of a span, for problems about a whole block."""
    return Span(span.file, span.line, span.column, span.line, span.column + 1,
                span.start, span.start + 1)


__all__ = [
    "Expectation",
    "FixtureCase",
    "FixtureFile",
    "MetricExpectation",
    "SegmentExpectation",
    "SegmentationExpectation",
    "Value",
    "load_fixture_file",
    "parse_fixtures",
]
