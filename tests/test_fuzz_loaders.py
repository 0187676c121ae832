"""Fuzzing the loaders: mutated real files and hostile YAML never end in an exception.

Every text segdsl reads from disk -- ``.seg`` files, ``schema.yml``, ``segdsl.yml``
and fixture files -- must give either a result or diagnostics (SPEC 5: no input may
produce a traceback).  The unit tests of each loader already feed it random text of
its own shape; what this module adds:

* byte-level mutations of the real files of ``examples/shop`` and
  ``tests/conformance`` (deletions, duplications, splices between files, random
  bytes including NUL, invalid UTF-8, byte-order marks, CR and CRLF line ends, very
  long lines, deep nesting, huge numbers, YAML anchors, aliases, merge keys and
  tags), so the fuzzer starts from inputs that get deep into every loader;
* every position of every real YAML file replaced by a value of the wrong kind
  (exhaustively for the schemas and project files, at random for fixtures);
* mutated schemas checked against the real segment files, and mutated fixture files
  read against the real checked project, so the later stages see odd input too;
* the CLI (``check``, ``compile``, ``test``) run in process on fuzzed projects:
  exit status 0, 1 or 2, no traceback, and every diagnostic with a position says
  ``file:line:col``.

Example counts are small for CI (the whole module runs in well under a minute);
``SEGDSL_FUZZ_PROFILE=long`` (or ``SEGDSL_DIFF_PROFILE=long``) multiplies them by
20 (about ten minutes on one core) and tries every wrong kind at every position,
and ``SEGDSL_FUZZ_EXAMPLES=P`` scales them to P percent (``2000``: twenty times).
"""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segdsl.check.checker import CheckedProject, check_project
from segdsl.codes import CODES
from segdsl.diagnostics import Diagnostic, Span
from segdsl.harness.fixtures import load_fixture_file
from segdsl.project.config import display_path, load_config
from segdsl.project.model import Schema, StaticListSource
from segdsl.project.schema_loader import load_schema
from segdsl.project.static_lists import load_static_lists
from segdsl.syntax import ast
from segdsl.syntax.parser import parse_file
from tests.cli_project import run

REPO = Path(__file__).resolve().parents[1]
PROJECTS = (REPO / "examples" / "shop", REPO / "tests" / "conformance")


# -------------------------------------------------------------------- profiles


def _examples(ci: int) -> int:
    """How many examples a test tries: ``ci`` normally, 20x in the long profile."""
    explicit = os.environ.get("SEGDSL_FUZZ_EXAMPLES")
    if explicit:
        return max(1, int(explicit) * ci // 100)
    long_run = "long" in (os.environ.get("SEGDSL_FUZZ_PROFILE", ""),
                          os.environ.get("SEGDSL_DIFF_PROFILE", ""))
    return ci * 20 if long_run else ci


# The exhaustive tests try every wrong kind at every position only in a long run.
LONG = _examples(1) > 1


def fuzz(ci_examples: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    # No deadline: the first example of a test pays for imports and caches.
    return settings(max_examples=_examples(ci_examples), deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example])


# ---------------------------------------------------------------------- corpus


def _files(pattern: str) -> tuple[Path, ...]:
    return tuple(sorted(path for project in PROJECTS for path in project.glob(pattern)))


SEG_FILES = _files("segments/**/*.seg")
SCHEMA_FILES = _files("schema.yml")
CONFIG_FILES = _files("segdsl.yml")
FIXTURE_FILES = _files("tests/*.yml")
ALL_FILES = SEG_FILES + SCHEMA_FILES + CONFIG_FILES + FIXTURE_FILES

SPEC_CONFIG = b"""\
name: shop
schema: schema.yml          # default
segments: [segments]        # folders or globs, default [segments]
tests: [tests]              # default [tests]
dialect: duckdb             # default target of `compile`
database: data/shop.duckdb  # optional default for `run`
timezone: Europe/Berlin     # the project's time zone (SPEC 11)
"""


@functools.cache
def contents(path: Path) -> bytes:
    return path.read_bytes()


# Pieces that hit the corners of decoding, YAML and the segment language.
SPECIAL = [
    b"\x00", b"\xff", b"\xfe", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80",
    b"\xef\xbb\xbf", b"\r", b"\r\n", b"\n\r", b"\t", b"\x0b", b"\x0c", b"\x1b", b"\x7f",
    "\u2028".encode(), "\u2029".encode(), "\u0085".encode(), "\ufffe".encode(),
    "e\u0301".encode(), "\u202e".encode(), "\U0001f600".encode(), b"\\", b"\\u0000",
    b'"', b"'", b"#", b":", b": ", b"- ", b"-", b"?", b"? ", b"|", b">", b"|-\n  x\n",
    b"&a ", b"*a", b"*a ", b"&a [1]\nb: *a\n", b"<<: *a\n", b"!!python/object:os.system ",
    b"!!python/object/apply:os.system [echo hi] ", b"!!binary ", b"!!set ", b"!!omap ",
    b"!!timestamp ", b"!!int ", b"!!float ", b"!!bool ", b"!!null ", b"!!str ",
    b"!custom ", b"!<tag:yaml.org,2002:str> ", b"%YAML 1.2\n---\n", b"%TAG ! tag:x,2000:\n",
    b"---\n", b"\n---\n", b"\n...\n", b"{", b"}", b"[", b"]", b"{}", b"[]", b",",
    b"9" * 400, b"-" + b"9" * 400, b"1e999999", b"-1e-999999", b"0x7fffffffffffffffff",
    b"0o777", b".inf", b"-.inf", b".nan", b"NaN", b"1_000_000_000_000_000_000_000",
    b"2026-02-30", b"2026-13-01T25:61:61Z", b"9999-12-31T23:59:59+14:00", b"0000-01-01",
    b"yes", b"no", b"on", b"off", b"~", b"null", b"true", b"True", b"FALSE",
    b"segment", b"metric", b"segmentation", b"where", b"has", b"then", b"within",
    b"in last", b"ago", b"top 5%", b"count(", b"(", b")", b"%", b"=", b"!=", b"..",
    b"$1", b"${x}", b"`", b";", b"--", b"/*", b"*/", b"'; DROP TABLE x; --",
]

BILLION_LAUGHS = b"""\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""

LARGE = [
    BILLION_LAUGHS,
    b"[" * 3000,
    b"[" * 3000 + b"]" * 3000,
    b"{a: " * 1000,
    b"{a: " * 150 + b"1" + b"}" * 150,
    b"- " * 500 + b"x",
    b"".join(b"  " * i + b"k%d:\n" % i for i in range(150)),
    b"x" * 70_000,
    b"# " + b"y" * 70_000,
    b'"' + b"z" * 70_000 + b'"',
    b"(" * 2000 + b"x" + b")" * 2000,
    b"not " * 2000,
    b" or x" * 2000,
    b"9" * 5000,
    b"\n" * 5000,
    b"segment s where " * 300,
]


@st.composite
def mutated(draw: st.DrawFn, base: bytes, donors: tuple[Path, ...] = ALL_FILES) -> bytes:
    """``base`` after one to five random byte-level edits."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 5))):
        size = len(data)
        at = draw(st.integers(0, size))
        end = draw(st.integers(at, min(size, at + draw(st.sampled_from([1, 8, 64, 4096])))))
        operation = draw(st.sampled_from([
            "delete", "duplicate", "splice", "special", "bytes", "large", "line_ends",
            "bom", "truncate", "swap_lines", "flip",
        ]))
        if operation == "delete":
            del data[at:end]
        elif operation == "duplicate":
            data[at:at] = data[at:end]
        elif operation == "splice":
            donor = contents(draw(st.sampled_from(donors)))
            start = draw(st.integers(0, len(donor)))
            data[at:at] = donor[start:start + draw(st.integers(0, 400))]
        elif operation == "special":
            data[at:end] = draw(st.sampled_from(SPECIAL))
        elif operation == "bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        elif operation == "large":
            data[at:at] = draw(st.sampled_from(LARGE))
        elif operation == "line_ends":
            data = bytearray(bytes(data).replace(b"\n", draw(st.sampled_from(
                [b"\r\n", b"\r", b"\n\n", "\u2028".encode(), b"\x85"]))))
        elif operation == "bom":
            data[0:0] = b"\xef\xbb\xbf"
        elif operation == "truncate":
            del data[at:]
        elif operation == "swap_lines":
            lines = bytes(data).split(b"\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
        elif size:  # flip one bit
            i = min(at, size - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


def mutated_file(files: tuple[Path, ...]) -> st.SearchStrategy[tuple[Path, bytes]]:
    """A real file and a mutation of its bytes."""
    return st.sampled_from(files).flatmap(
        lambda path: st.tuples(st.just(path), mutated(contents(path))))


# ------------------------------------------------------------ wrong YAML types

WRONG_VALUES: list[Any] = [
    None, True, False, 0, -1, 10**40, -(10**40), 1.5, 1e308, float("inf"), float("nan"),
    "", " ", "x y", "yes", "no", "null", "~", "2026-02-30", "2026-01-01T00:00:00+05:00",
    "2026-01-01", "c1", "'\"\\", "\u2028", "e\u0301\u202e\U0001f600", "a" * 300, "customer",
    "purchase", "string", "segment", "1_0", "0x10", [], [None], [1, [2, [3]]], ["a", "a"],
    {}, {"a": None}, {"type": "string"}, {"a": {"b": {"c": []}}}, {1: 2}, {None: "x"},
    {True: False}, {"": ""},
]

# Keys must be hashable to be dumped; YAML still gets every kind of scalar key.
WRONG_KEYS: list[Any] = [value for value in WRONG_VALUES if not isinstance(value, list | dict)]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every position in a YAML value, as a path of keys and indices."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(document, dict):
        return {key: (_replaced(item, rest, value) if key == head else item)
                for key, item in document.items()}
    return [_replaced(item, rest, value) if index == head else item
            for index, item in enumerate(document)]


def _rekeyed(document: Any, path: tuple[Any, ...], key: Any) -> Any:
    """The mapping entry at ``path`` with its key replaced by ``key``."""
    if len(path) == 1:
        if not isinstance(document, dict):
            return document
        return {(key if k == path[0] else k): v for k, v in document.items()}
    head, rest = path[0], path[1:]
    if isinstance(document, dict):
        return {k: (_rekeyed(v, rest, key) if k == head else v) for k, v in document.items()}
    return [_rekeyed(v, rest, key) if i == head else v for i, v in enumerate(document)]


@functools.cache
def yaml_document(path: Path) -> Any:
    return yaml.safe_load(contents(path))


def dump(document: Any, flow: bool | None = False, unicode: bool = True) -> bytes:
    return yaml.safe_dump(document, default_flow_style=flow, allow_unicode=unicode,
                          sort_keys=False).encode("utf-8")


@st.composite
def wrong_typed(draw: st.DrawFn, files: tuple[Path, ...]) -> bytes:
    """A real YAML file with some positions (values or keys) of the wrong kind."""
    document = yaml_document(draw(st.sampled_from(files)))
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(document))
        path = draw(st.sampled_from(paths))
        if path and draw(st.booleans()):
            document = _rekeyed(document, path, draw(st.sampled_from(WRONG_KEYS)))
        else:
            document = _replaced(document, path, draw(st.sampled_from(WRONG_VALUES)))
    return dump(document, draw(st.sampled_from([False, True, None])), draw(st.booleans()))


# ------------------------------------------------------------------ invariants


def assert_well_formed(diagnostics: list[Diagnostic] | tuple[Diagnostic, ...], text: bytes,
                       file: str | None = None, *, only: bool = True) -> None:
    """Codes are known, messages are set, and spans are sane; a span in ``file`` (the
    fuzzed one, whose bytes are ``text``) lies inside it, and with ``only`` every
    span is in ``file``."""
    lines = max(text.count(b"\n"), text.count(b"\r"), text.count("\u2028".encode())) + 1
    for d in diagnostics:
        assert d.code in CODES, d
        assert d.message.strip(), d
        span = d.span
        if span is None:
            continue
        if only and file is not None:
            assert span.file == file, d
        assert span.line >= 1 and span.column >= 1, d
        assert span.end_line >= span.line, d
        assert 0 <= span.start <= span.end, d
        if span.file == file:
            assert span.line <= lines + 1, (d, lines)
            assert span.start <= len(text) + 1, d


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@functools.cache
def project_files(project: Path) -> tuple[ast.SourceFile, ...]:
    return tuple(parse_file(path, path.name) for path in sorted(project.glob("segments/*.seg")))


@functools.cache
def project_schema(project: Path) -> Schema:
    schema, problems = load_schema(project / "schema.yml", "schema.yml")
    assert schema is not None, problems
    return schema


@functools.cache
def checked_project(project: Path) -> CheckedProject:
    config, problems = load_config(project)
    assert config is not None, problems
    lists, problems = load_static_lists(config.lists, project_schema(project).key)
    assert not problems, problems
    checked = check_project(project_schema(project), list(project_files(project)), lists)
    assert not checked.diagnostics, checked.diagnostics
    return checked


def project_of(path: Path) -> Path:
    return next(project for project in PROJECTS if path.is_relative_to(project))


# ---------------------------------------------------------------- .seg files


def _check_segment_bytes(path: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = _write(Path(folder), "m.seg", data)
        source = parse_file(target, "m.seg")
    assert_well_formed(source.diagnostics, data, "m.seg")
    # The other files of the project plus the mutated one: the checker too must cope.
    project = project_of(path)
    others = [f for f in project_files(project) if f.path != path.name]
    checked = check_project(project_schema(project), [*others, source])
    assert_well_formed(checked.diagnostics, data, "m.seg", only=False)


@fuzz(120)
@given(mutated_file(SEG_FILES))
def test_mutated_segment_files(case: tuple[Path, bytes]) -> None:
    _check_segment_bytes(*case)


@pytest.mark.parametrize("piece", LARGE, ids=lambda b: repr(b[:12]))
def test_large_pieces_in_a_segment_file(piece: bytes) -> None:
    path = SEG_FILES[0]
    _check_segment_bytes(path, piece)
    _check_segment_bytes(path, contents(path) + b"\n" + piece)
    _check_segment_bytes(path, b"segment big where " + piece + b"\n")


# ------------------------------------------------------------------ schemas


def _check_schema_bytes(data: bytes, projects: tuple[Path, ...] = PROJECTS) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = _write(Path(folder), "schema.yml", data)
        strict, strict_problems = load_schema(target, "schema.yml")
        schema, problems = load_schema(target, "schema.yml", partial=True)
    assert_well_formed(problems, data, "schema.yml")
    # A schema is returned exactly when the file has no errors (partial aside).
    assert (strict is None) == any(p.is_error for p in strict_problems)
    assert strict_problems == problems
    if schema is None:
        return
    # The segment files of both projects checked against whatever schema came out.
    for project in projects:
        checked = check_project(schema, list(project_files(project)))
        assert_well_formed(checked.diagnostics, b"")


@fuzz(150)
@given(mutated_file(SCHEMA_FILES))
def test_mutated_schemas(case: tuple[Path, bytes]) -> None:
    _check_schema_bytes(case[1])


@fuzz(100)
@given(wrong_typed(SCHEMA_FILES))
def test_schemas_with_wrong_types(data: bytes) -> None:
    _check_schema_bytes(data)


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.parent.name)
def test_every_position_of_a_schema_with_every_wrong_type(path: Path) -> None:
    document = yaml_document(path)
    paths = list(_paths(document))
    # The value pool cycles over the positions (all ~47 values at every position
    # would take a minute); every position still sees lists, mappings and nulls.
    # Checked against its own project's segments only, to keep the time down.
    own = (path.parent,)
    kinds: list[Any] = [None, [], {"a": None}] if LONG else [[]]
    for index, position in enumerate(paths):
        for value in [*kinds, WRONG_VALUES[index % len(WRONG_VALUES)]]:
            _check_schema_bytes(dump(_replaced(document, position, value)), own)
        if position:
            _check_schema_bytes(dump(_rekeyed(document, position,
                                              WRONG_KEYS[index % len(WRONG_KEYS)])), own)


# ------------------------------------------------------------- project files


def _check_config_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _write(root, "segdsl.yml", data)
        _write(root, "schema.yml", b"entity: c\ntable: t\nkey: k\n")
        config, problems = load_config(root)
        file = display_path(root / "segdsl.yml")
    assert_well_formed(problems, data, file)
    assert (config is None) == any(p.is_error for p in problems)


@fuzz(150)
@given(st.sampled_from([*CONFIG_FILES, None]).flatmap(
    lambda path: mutated(SPEC_CONFIG if path is None else contents(path))))
def test_mutated_project_files(data: bytes) -> None:
    _check_config_bytes(data)


# Zone names: real ones, near misses, paths, and odd text. Whatever the value,
# loading gives a config or a positioned diagnostic, never an exception.
ZONE_WORDS = st.one_of(
    st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "utc",
                     "Europe/Berln", "../../etc/passwd", "/etc/localtime", "Etc/GMT+5",
                     "Australia/Lord_Howe", "posixrules", "Factory", "\x00", "Europe/",
                     "Europe//Berlin", "~", "12", "[a]", "{b: c}"]),
    st.text(min_size=0, max_size=30))


@fuzz(100)
@given(ZONE_WORDS)
def test_project_files_with_any_timezone(zone: str) -> None:
    text = f"name: shop\ntimezone: {json.dumps(zone)}\n".encode()
    _check_config_bytes(text)


@pytest.mark.parametrize("path", CONFIG_FILES, ids=lambda p: p.parent.name)
def test_every_position_of_a_project_file_with_every_wrong_type(path: Path) -> None:
    document = yaml_document(path)
    for position in _paths(document):
        for value in WRONG_VALUES:
            _check_config_bytes(dump(_replaced(document, position, value)))
        for key in WRONG_KEYS if position else ():
            _check_config_bytes(dump(_rekeyed(document, position, key)))


# ------------------------------------------------------- static list files

LIST_FILES = tuple(sorted((REPO / "tests" / "conformance" / "lists").glob("*.csv")))


def _check_list_bytes(data: bytes) -> None:
    """A list file (SPEC 11) as the workspace reads it: problems at sane places in
    the file, keys only when there is none, each key once, never a traceback."""
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), "fair.csv", data)
        source = StaticListSource("fair", Span("segdsl.yml", 1, 1, 1, 2, 0, 1), file="fair.csv",
                                  path=path)
        lists, problems = load_static_lists([source], "customer_id")
        file = display_path(path)
    assert_well_formed(problems, data, file, only=False)
    keys = lists["fair"].keys
    assert keys is not None
    assert not keys or not problems
    assert len(set(keys)) == len(keys)
    assert all(key and key.strip() == key for key in keys)


@fuzz(150)
@given(st.sampled_from(LIST_FILES).flatmap(lambda path: mutated(contents(path))))
def test_mutated_list_files(data: bytes) -> None:
    _check_list_bytes(data)


@fuzz(100)
@given(st.lists(st.sampled_from(["customer_id", "c1", "c2", '"c,3"', " c4", '""', "", "a,b",
                                 '"open', "\ufeff", "x\x00y"]), max_size=8),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_generated_list_files(lines: list[str], end: str) -> None:
    _check_list_bytes(end.join(lines).encode("utf-8"))


# ------------------------------------------------------------------ fixtures


def _check_fixture_bytes(path: Path, data: bytes) -> None:
    checked = checked_project(project_of(path))
    with tempfile.TemporaryDirectory() as folder:
        target = _write(Path(folder), "t.yml", data)
        # A CSV file next to it, so that mutated paths may name something real.
        _write(Path(folder), "rows.csv", b"customer_id,country\nc1,DE\n\"c2\",\n")
        fixture, problems = load_fixture_file(target, "t.yml", checked)
    assert_well_formed(problems, data, "t.yml", only=False)
    assert fixture is not None or any(p.is_error for p in problems)
    if fixture is not None:
        errors = any(p.is_error for p in problems)
        # A case with errors is never reported ok (it would pass unnoticed).
        assert errors or all(case.ok for case in fixture.cases)


@fuzz(150)
@given(mutated_file(FIXTURE_FILES))
def test_mutated_fixture_files(case: tuple[Path, bytes]) -> None:
    _check_fixture_bytes(*case)


@fuzz(100)
@given(st.sampled_from(FIXTURE_FILES).flatmap(
    lambda path: st.tuples(st.just(path), wrong_typed((path,)))))
def test_fixture_files_with_wrong_types(case: tuple[Path, bytes]) -> None:
    _check_fixture_bytes(*case)


def test_every_position_of_a_fixture_file_with_a_wrong_type() -> None:
    path = REPO / "tests" / "conformance" / "tests" / "strings.yml"
    document = yaml_document(path)
    for index, position in enumerate(_paths(document)):
        kinds: list[Any] = [None, [], {"a": None}] if LONG else []
        for value in (*kinds, WRONG_VALUES[index % len(WRONG_VALUES)]):
            _check_fixture_bytes(path, dump(_replaced(document, position, value)))


# ------------------------------------------------------------------- the CLI

CLI_SCHEMA = contents(REPO / "tests" / "conformance" / "schema.yml")
CLI_SEGMENTS = contents(REPO / "tests" / "conformance" / "segments" / "strings.seg")
# Without the one expectation of a metric defined in another file of the corpus.
CLI_FIXTURE = re.sub(rb"\n *fn_\w+: .*", b"",
                     contents(REPO / "tests" / "conformance" / "tests" / "strings.yml"))
CLI_CONFIG = b"name: fuzz\ndialect: duckdb\n"
# A diagnostic line of the text format: "FILE:LINE:COL: error[CODE]: ..." or, for a
# problem with no place in a file, "error[CODE]: ...".
_DIAGNOSTIC = re.compile(r"(?:error|warning)\[[A-Z]+[0-9]+\]")
_LOCATED = re.compile(r"^\S.*:[0-9]+:[0-9]+: (?:error|warning)\[[A-Z]+[0-9]+\]: ")
# Diagnostics that are about the project as a whole, never about a place in a file.
_UNPLACED_OK: frozenset[str] = frozenset()


def _check_output(output: str) -> None:
    assert "Traceback" not in output
    for line in output.splitlines():
        if _DIAGNOSTIC.search(line) and not line.startswith((" ", "|")):
            # Lines like "  = note: ..." carry no header; headers carry a location.
            if line.lstrip().startswith(("error[", "warning[")):
                code = line.split("[", 1)[1].split("]", 1)[0]
                assert code in _UNPLACED_OK, f"diagnostic without a position: {line!r}"
            else:
                assert _LOCATED.match(line), line


def _run_cli(root: Path, with_compile: bool) -> None:
    project = ["--project", str(root)]
    result = run(["check", *project])
    assert result.exit_code in (0, 1, 2), result.output
    _check_output(result.output)
    as_json = run(["check", "--format", "json", *project])
    assert as_json.exit_code == result.exit_code
    if as_json.exit_code != 2:
        for item in json.loads(as_json.stdout):
            assert item["code"] in CODES
            assert item["file"] and item["line"] >= 1 and item["column"] >= 1, item
    if with_compile:
        for arguments in (["compile", "--all"], ["compile", "str_eq_exact", "--dialect",
                                                 "postgres"]):
            compiled = run([*arguments, *project])
            assert compiled.exit_code in (0, 1, 2), compiled.output
            _check_output(compiled.output)
    tested = run(["test", *project])
    assert tested.exit_code in (0, 1, 2), tested.output
    _check_output(tested.output)


@st.composite
def fuzzed_project(draw: st.DrawFn) -> dict[str, bytes]:
    files = {"segdsl.yml": CLI_CONFIG, "schema.yml": CLI_SCHEMA,
             "segments/a.seg": CLI_SEGMENTS, "tests/t.yml": CLI_FIXTURE}
    for name in draw(st.lists(st.sampled_from(sorted(files)), min_size=1, max_size=2,
                              unique=True)):
        if name.endswith(".yml") and draw(st.booleans()):
            source = {"segdsl.yml": CONFIG_FILES, "schema.yml": SCHEMA_FILES,
                      "tests/t.yml": FIXTURE_FILES}[name]
            files[name] = draw(wrong_typed(source)) if name != "tests/t.yml" else draw(
                wrong_typed((REPO / "tests" / "conformance" / "tests" / "strings.yml",)))
        else:
            files[name] = draw(mutated(files[name]))
    return files


@fuzz(25)
@given(fuzzed_project())
def test_cli_on_fuzzed_projects(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, data in files.items():
            _write(root, name, data)
        _run_cli(root, with_compile=True)


def test_cli_on_the_unmodified_project() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, data in {"segdsl.yml": CLI_CONFIG, "schema.yml": CLI_SCHEMA,
                           "segments/a.seg": CLI_SEGMENTS, "tests/t.yml": CLI_FIXTURE}.items():
            _write(root, name, data)
        _run_cli(root, with_compile=True)
        assert run(["test", "--project", str(root)]).exit_code == 0


# ------------------------------------------------------- regressions found here


@pytest.mark.parametrize("key", ["schema", "segments", "tests"])
@pytest.mark.parametrize("written", ["a" * 300, "/" + "b" * 5000, "**/" + "c" * 300])
def test_overlong_paths_in_the_project_file(key: str, written: str) -> None:
    # Found by the fuzzer: Path.is_file() raised OSError (ENAMETOOLONG) on Python 3.11.
    from segdsl.project.config import segment_files, test_files

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _write(root, "segdsl.yml", f"{key}: '{written}'\n".encode())
        _write(root, "schema.yml", b"entity: c\ntable: t\nkey: k\n")
        config, problems = load_config(root)
        if key == "schema":
            assert config is None and [p.code for p in problems] == ["YML009"]
            assert "does not exist" in problems[0].message
        else:
            assert config is not None and problems == []
            assert segment_files(config) == [] and test_files(config) == []
