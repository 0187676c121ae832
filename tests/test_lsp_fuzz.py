"""The language server never dies on input.

* Mutated files of the example project and the conformance corpus (the mutations
  of tests/test_fuzz_loaders.py: deletions, splices, random bytes, odd line ends,
  deep nesting, huge lines, text that is not UTF-8 decoded with replacement or as
  lone surrogates) go through the server's session as an editor's changes; after
  each, completion, hover, definition and quick fixes at random positions.  Every
  published range must lie inside its document.
* The same over stdio, fewer of them, against `python -m segdsl lsp`.
* A handler whose work raises answers with an empty result and logs the error.

``SEGDSL_FUZZ_PROFILE=long`` multiplies the example counts by 20, as for the
loaders' fuzz tests.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from segdsl.lsp.positions import Lines
from segdsl.lsp.server import create_server
from segdsl.lsp.session import Session
from tests.lsp_client import REPO, LspClient
from tests.test_fuzz_loaders import (
    LARGE,
    SCHEMA_FILES,
    SEG_FILES,
    SPECIAL,
    _examples,
    contents,
    fuzz,
    mutated_file,
)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lsp-fuzz") / "shop"
    shutil.copytree(REPO / "examples" / "shop", root)
    return root


@pytest.fixture(scope="module")
def session() -> Session:
    return Session()


def _decode(data: bytes, how: str) -> str:
    return data.decode("utf-8", errors=how)


def _inside(text: str, where: types.Range) -> bool:
    lines = Lines(text)
    last = len(lines.starts) - 1
    start, end = where.start, where.end
    return (0 <= start.line <= last and 0 <= end.line <= last
            and (start.line, start.character) <= (end.line, end.character))


def _exercise(session: Session, uri: str, text: str, rng: random.Random) -> None:
    published = session.check({uri})
    for params in published:
        shown = session.documents.get(params.uri)
        if shown is not None:
            for diagnostic in params.diagnostics:
                assert _inside(shown.text, diagnostic.range), (diagnostic, params.uri)
    lines = Lines(text)
    for _ in range(6):
        line = rng.randint(-1, len(lines.starts) + 1)
        character = rng.randint(-1, 120)
        session.completion(uri, line, character)
        session.hover(uri, line, character)
        session.definition(uri, line, character)
        where = types.Range(types.Position(max(line, 0), 0),
                            types.Position(max(line, 0) + 1, 0))
        session.code_actions(uri, where)


@fuzz(60)
@given(mutated_file(SEG_FILES), st.sampled_from(["replace", "surrogateescape"]),
       st.integers(0, 2**32))
def test_mutated_segment_files_as_you_type(shop: Path, session: Session,
                                           found: tuple[Path, bytes], how: str,
                                           seed: int) -> None:
    source, data = found
    target = shop / "segments" / ("typed.seg" if "conformance" in source.parts
                                  else source.name)
    uri = target.as_uri()
    text = _decode(data, how)
    session.change(uri, text, 1)
    try:
        _exercise(session, uri, text, random.Random(seed))
    finally:
        session.close(uri)
        session.check({uri})


@fuzz(30)
@given(mutated_file(SCHEMA_FILES), st.integers(0, 2**32))
def test_mutated_schemas_while_a_segment_file_is_open(shop: Path, session: Session,
                                                      found: tuple[Path, bytes],
                                                      seed: int) -> None:
    _, data = found
    schema_uri = (shop / "schema.yml").as_uri()
    seg = shop / "segments" / "behavioural.seg"
    seg_uri, text = seg.as_uri(), seg.read_text(encoding="utf-8")
    session.open(seg_uri, text, 1)
    session.change(schema_uri, _decode(data, "replace"), 1)
    try:
        _exercise(session, seg_uri, text, random.Random(seed))
        session.hover(schema_uri, 3, 3)
        session.completion(schema_uri, 3, 3)
    finally:
        session.close(schema_uri)
        session.close(seg_uri)
        session.check({schema_uri, seg_uri})


@pytest.fixture(scope="module")
def server(shop: Path) -> Iterator[LspClient]:
    client = LspClient(cwd=shop)
    client.initialize(shop)
    yield client
    assert client.close() == 0, client.stderr_text()


def test_mutated_text_over_stdio(server: LspClient, shop: Path) -> None:
    rng = random.Random(13)
    path = shop / "segments" / "lifecycle.seg"
    uri = server.open(path)
    server.diagnostics(uri)
    texts = [_decode(_mutation(rng), "replace") for _ in range(_examples(15))]
    for version, text in enumerate(texts, start=2):
        server.change(uri, text, version)
        diagnostics = server.diagnostics(uri)
        for diagnostic in diagnostics:
            where = types.Range(
                types.Position(**diagnostic["range"]["start"]),
                types.Position(**diagnostic["range"]["end"]))
            assert _inside(text, where), diagnostic
        lines = Lines(text)
        for _ in range(4):
            position = {"line": rng.randint(0, len(lines.starts)),
                        "character": rng.randint(0, 100)}
            params: dict[str, Any] = {"textDocument": {"uri": uri}, "position": position}
            server.request("textDocument/completion", params)
            server.request("textDocument/hover", params)
            server.request("textDocument/definition", params)
    server.change(uri, path.read_text(encoding="utf-8"), len(texts) + 2)
    assert server.diagnostics(uri) == []
    assert "Traceback" not in server.stderr_text()


def _mutation(rng: random.Random) -> bytes:
    """A corpus file after one to three of the loaders' fuzz edits (seeded)."""
    data = bytearray(contents(rng.choice(SEG_FILES)))
    for _ in range(rng.randint(1, 3)):
        at = rng.randint(0, len(data))
        end = min(len(data), at + rng.choice([1, 8, 64, 4096]))
        operation = rng.choice(["delete", "duplicate", "special", "large", "truncate",
                                "bytes"])
        if operation == "delete":
            del data[at:end]
        elif operation == "duplicate":
            data[at:at] = data[at:end]
        elif operation == "special":
            data[at:end] = rng.choice(SPECIAL)
        elif operation == "large":
            data[at:at] = rng.choice(LARGE)
        elif operation == "truncate":
            del data[at:]
        else:
            data[at:at] = rng.randbytes(rng.randint(1, 12))
    return bytes(data)


def test_a_failing_handler_answers_empty_and_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    server = create_server()
    logged: list[str] = []
    monkeypatch.setattr(server, "log_error", lambda what, details: logged.append(what))

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    for name in ("completion", "hover", "definition", "code_actions", "check"):
        monkeypatch.setattr(server.session, name, boom)
    features = server.protocol.fm.features
    document = types.TextDocumentIdentifier("file:///x.seg")
    position = types.Position(0, 0)
    # pygls hands each handler the server itself (it sees the `ls` parameter).
    answer = features[types.TEXT_DOCUMENT_COMPLETION](
        types.CompletionParams(document, position))
    assert answer == types.CompletionList(is_incomplete=False, items=[])
    assert features[types.TEXT_DOCUMENT_HOVER](types.HoverParams(document, position)) is None
    assert features[types.TEXT_DOCUMENT_DEFINITION](
        types.DefinitionParams(document, position)) == []
    assert features[types.TEXT_DOCUMENT_CODE_ACTION](types.CodeActionParams(
        document, types.Range(position, position), types.CodeActionContext([]))) == []
    server.pending.add("file:///x.seg")
    server.flush()  # the check raises: logged, nothing published
    assert logged == ["completing", "hovering", "finding a definition",
                      "finding quick fixes", "checking"]
