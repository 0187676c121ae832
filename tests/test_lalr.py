"""The lean LALR parser (segdsl/syntax/lalr.py) builds exactly what Lark builds, and its
cached tables are used only when they fit; a damaged cache file is ignored."""

from __future__ import annotations

import marshal
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from test_parser_properties import (
    SETTINGS,
    VALID_FILE,
    declaration_soup,
    mutated_file,
    token_text,
    valid_file,
)

from segdsl.syntax import ast, grammar, lalr
from segdsl.syntax import parser as parser_module
from segdsl.syntax.parser import parse_source

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "examples" / "shop" / "segments").glob("*.seg"))


def lark_only(text: str) -> ast.SourceFile:
    """What parse_source returned when Lark parsed every chunk."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser_module, "_parse_chunk", parser_module._parse_chunk_with_lark)
        return parse_source(text, "f.seg")


def lean_only(text: str) -> tuple[ast.SourceFile, int]:
    """parse_source as shipped, and how many chunks went to Lark."""
    fallbacks = []
    original = parser_module._parse_chunk_with_lark

    def spy(*args: object) -> object:
        fallbacks.append(args)
        return original(*args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser_module, "_parse_chunk_with_lark", spy)
        return parse_source(text, "f.seg"), len(fallbacks)


# ------------------------------------------------------------ same AST as Lark


def _tokens(source: ast.SourceFile) -> list[tuple[object, ...]]:
    return [(t.type, t.value, t.start_pos, t.end_pos, t.line, t.column, t.end_line,
             t.end_column) for t in source.tokens]


def _attached(source: ast.SourceFile) -> list[tuple[object, ...]]:
    from segdsl.syntax.comments import parts

    found: list[tuple[object, ...]] = []
    stack: list[object] = list(source.declarations)
    while stack:
        node = stack.pop()
        attached = source.attached.of(node)
        found.append((ast.node_key(node), attached.leading, attached.trailing,
                      attached.dangling))
        stack.extend(parts(node))
    return [*found, source.attached.of(source).dangling]


def same(text: str, source: ast.SourceFile) -> bool:
    """Whether ``source`` equals what Lark builds, tokens and attached comments (which
    ``==`` does not compare) and layout fields (parens, spellings) included."""
    from segdsl.format.verify import tree_key

    lark = lark_only(text)
    return (source == lark and _tokens(source) == _tokens(lark)
            and _attached(source) == _attached(lark)
            and tree_key(source.declarations) == tree_key(lark.declarations)
            and [(n.text, n.parens) for n in _literals(source)]
            == [(n.text, n.parens) for n in _literals(lark)])


def _literals(source: ast.SourceFile) -> list[ast.NumberLit | ast.StringLit]:
    from segdsl.syntax.walk import iter_nodes

    return [n for d in source.declarations for n in iter_nodes(d)
            if isinstance(n, ast.NumberLit | ast.StringLit)]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_same_ast_as_lark_on_the_examples(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    source, fallbacks = lean_only(text)
    assert fallbacks == 0
    assert source.declarations
    assert same(text, source)  # spans, comments, tokens and diagnostics included


def test_same_ast_as_lark_on_the_property_tests_file() -> None:
    source, fallbacks = lean_only(VALID_FILE)
    assert fallbacks == 0
    assert same(VALID_FILE, source)


@pytest.mark.parametrize("text", [
    "",
    "# only a comment\n",
    "metric m = count(purchase with is_gift in last 7 days)\n",
    "metric m = count(purchase with amount between 10 and 20)\n",
    "metric m = count(purchase with (shipped_at in last 7 days))\n",
    "metric m = f() + g(a, b, c) + count(purchase with ())\n",
    "segment s where x in [] and y in [1, -2, \"a\"] and z in [2026-01-01]\n",
    "segment s\n  tags a, b, c\n  title \"t\\q\"\n  where d = 2026-02-30 and e = 1.5 days ago\n",
    "segmentation p\n  a: x > 1 # one\n  b: otherwise\n",
    "segment s\n  expect size >= 1_000\n  expect share between 0.5% and 30%\n"
    "  expect size < -2\n  expect sise = 3%\n  expect share != 5\n  where x\n",
    "\ufeffmetric m = 1\r\nmetric n = 2 # crlf\r\n",
    "segment s where ((a)) and (b or (c)) and count(p with (x) in last 1 days)\n",
    "segment s  # h\n  # t\n  title \"t\"  # on t\n  where a  # a\n    and b\n  # after\n# end\n",
])
def test_same_ast_as_lark_on_edge_cases(text: str) -> None:
    source, fallbacks = lean_only(text)
    assert fallbacks == 0
    assert same(text, source)


@SETTINGS
@given(valid_file())
def test_same_ast_as_lark_on_valid_files(generated: tuple[str, list[str]]) -> None:
    text, _ = generated
    source, fallbacks = lean_only(text)
    assert fallbacks == 0
    assert same(text, source)


@SETTINGS
@given(mutated_file())
def test_same_result_as_lark_on_mutated_files(text: str) -> None:
    assert same(text, lean_only(text)[0])


@SETTINGS
@given(token_text() | declaration_soup())
def test_same_result_as_lark_on_token_soup(text: str) -> None:
    assert same(text, lean_only(text)[0])


def test_a_syntax_error_is_described_by_lark() -> None:
    text = "segment a where x = 1\nsegment b where y = = 2\n"
    source, fallbacks = lean_only(text)
    assert fallbacks == 1
    assert [d.name for d in source.declarations] == ["a"]
    assert [d.code for d in source.diagnostics] == ["SYN001"]
    assert same(text, source)


# ------------------------------------------------------------------ the cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh user cache folder; the parser is loaded anew in it (and after the test)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lalr.parser.cache_clear()
    yield tmp_path / "segdsl" / lalr.CACHE_FILE
    lalr.parser.cache_clear()


def _parses(parser: lalr.Parser) -> bool:
    with parser_module.building(parser_module.Offsets("t.seg")):
        declarations = parser.parse("metric m = count(x in last 3 days)\n", [])
    return [d.name for d in declarations] == ["m"]


def test_the_tables_are_cached_and_reused(cache_home: Path) -> None:
    first = lalr.parser()
    assert _parses(first)
    assert cache_home.is_file()
    data = lalr._read(cache_home, lalr._key())
    assert data is not None
    assert data == lalr.build_data()
    lalr.parser.cache_clear()
    written = cache_home.stat().st_mtime_ns
    assert _parses(lalr.parser())
    assert cache_home.stat().st_mtime_ns == written  # read, not written again


def _framed(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(4, "little") + payload


@pytest.mark.parametrize("content", [
    b"",
    b"garbage",
    b"\x00\x00\x00\x00" + b"\xff" * 40,
    _framed(b"\xff\xfe not marshal"),
    _framed(marshal.dumps([1, 2, 3])),
    _framed(marshal.dumps({"key": "another grammar"})),
], ids=["empty", "garbage", "bad-checksum", "not-marshal", "not-a-dict", "stale-key"])
def test_a_damaged_or_stale_cache_file_is_ignored(cache_home: Path, content: bytes) -> None:
    cache_home.parent.mkdir(parents=True, exist_ok=True)
    cache_home.write_bytes(content)
    assert _parses(lalr.parser())
    assert lalr._read(cache_home, lalr._key()) is not None  # written again, whole


def test_cached_tables_that_do_not_make_a_parser_are_rebuilt(cache_home: Path) -> None:
    data = lalr.build_data()
    data["rules"] = None
    cache_home.parent.mkdir(parents=True, exist_ok=True)
    cache_home.write_bytes(_framed(marshal.dumps(data)))
    assert _parses(lalr.parser())


def test_flipped_bits_are_caught_by_the_checksum(cache_home: Path) -> None:
    lalr.parser()
    raw = bytearray(cache_home.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    cache_home.write_bytes(bytes(raw))
    assert lalr._read(cache_home, lalr._key()) is None
    lalr.parser.cache_clear()
    assert _parses(lalr.parser())


def test_no_cache_folder_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    lalr.parser.cache_clear()
    try:
        assert _parses(lalr.parser())
    finally:
        lalr.parser.cache_clear()


def test_the_key_reads_the_grammar_lark_uses() -> None:
    assert lalr.grammar_file() == grammar.grammar_path()
    assert lalr._key()[-1] == grammar.grammar_text()


_PROBE = """
import sys
from segdsl.syntax.parser import parse_source
source = parse_source("segment s where has purchase in last 7 days # c\\n", "t.seg")
assert not source.diagnostics and source.comments, source
print(sorted({m.partition(".")[0] for m in sys.modules} & {"lark"}))
"""


def test_a_warm_parse_does_not_import_lark(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(tmp_path), "PATH": ""}
    runs = [
        subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                       text=True, timeout=120, check=True).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["['lark']", "[]"]  # the first run builds the cached tables with Lark
