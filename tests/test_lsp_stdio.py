"""`segdsl lsp` as an editor uses it: `python -m segdsl lsp` in a subprocess,
framed JSON-RPC over its stdin and stdout (tests/lsp_client.py), on a copy of
the example project.  One server for the module; each test leaves the
documents it changed as they were on disk."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli_project import run
from tests.lsp_client import REPO, LspClient, LspError
from tests.missing_package import missing


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lsp") / "shop"
    shutil.copytree(REPO / "examples" / "shop", root)
    return root


@pytest.fixture(scope="module")
def server(shop: Path) -> Iterator[LspClient]:
    client = LspClient(cwd=shop)
    client.initialize(shop, {"workspace": {"didChangeWatchedFiles": {
        "dynamicRegistration": True}}})
    yield client
    assert client.close() == 0, client.stderr_text()


def _position(text: str, needle: str, shift: int = 0) -> dict[str, int]:
    offset = text.index(needle) + shift
    line = text.count("\n", 0, offset)
    return {"line": line, "character": offset - (text.rfind("\n", 0, offset) + 1)}


def _ask(server: LspClient, method: str, uri: str, position: dict[str, int]) -> Any:
    return server.request(method, {"textDocument": {"uri": uri}, "position": position})


def _labels(server: LspClient, uri: str, text: str, needle: str, shift: int = 0) -> list[str]:
    result = _ask(server, "textDocument/completion", uri, _position(text, needle, shift))
    assert result["isIncomplete"] is False
    return [item["label"] for item in result["items"]]


def test_the_capabilities(shop: Path) -> None:
    client = LspClient(cwd=shop)
    try:
        result = client.initialize(shop)
    finally:
        assert client.close() == 0
    capabilities = result["capabilities"]
    assert result["serverInfo"]["name"] == "segdsl"
    assert capabilities["textDocumentSync"]["change"] == 2  # incremental
    assert capabilities["completionProvider"]["triggerCharacters"] == [".", '"', "[", "(", ","]
    assert capabilities["hoverProvider"] is True
    assert capabilities["definitionProvider"] is True
    assert capabilities["codeActionProvider"] == {"codeActionKinds": ["quickfix"]}
    assert capabilities["documentFormattingProvider"] is True


def test_diagnostics_as_you_type(server: LspClient, shop: Path) -> None:
    path = shop / "segments" / "b2b.seg"
    text = path.read_text(encoding="utf-8")
    broken = text.replace('customer_type = "b2b"', 'customer_typ = "b2b"', 1)
    uri = server.open(path, broken)
    (diagnostic,) = server.diagnostics(uri)
    assert diagnostic["code"] == "NAM001"
    assert diagnostic["severity"] == 1
    assert diagnostic["range"] == {"start": _position(broken, "customer_typ "),
                                   "end": _position(broken, "customer_typ ", 12)}
    assert diagnostic["message"].startswith("unknown name 'customer_typ'")
    server.change(uri, text, 2)
    assert server.diagnostics(uri) == []
    # An incremental change, as editors send them: type the bad letter back in.
    start = _position(text, 'customer_type = "b2b"', 12)
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 3},
        "contentChanges": [{"range": {"start": start, "end": {**start, "character":
                                                               start["character"] + 1}},
                            "text": ""}]})
    message = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                              and m["params"]["uri"] == uri)
    assert message["params"]["version"] == 3
    assert [d["code"] for d in message["params"]["diagnostics"]] == ["NAM001"]
    server.change(uri, text, 4)
    assert server.diagnostics(uri) == []
    # Saving checks again (the disk may now hold what other files depend on).
    server.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert server.diagnostics(uri) == []


def test_problems_elsewhere_are_published_and_cleared(server: LspClient, shop: Path) -> None:
    server.settle()
    path = shop / "segments" / "lifecycle.seg"
    text = path.read_text(encoding="utf-8")
    renamed = text.replace("segment churned_customers", "segment churned", 1)
    uri = server.open(path, renamed)
    (diagnostic,) = server.diagnostics(uri)
    assert diagnostic["code"] == "NAM001"  # winback_targets uses the old name
    schema = shop / "schema.yml"
    schema_text = schema.read_text(encoding="utf-8")
    schema_uri = server.open(schema, schema_text.replace("age: integer", "age: integr"))
    (problem,) = server.diagnostics(schema_uri)
    assert problem["code"] == "YML005"
    assert "relatedInformation" not in problem
    server.change(schema_uri, schema_text, 2)
    assert server.diagnostics(schema_uri) == []
    server.change(uri, text, 2)
    assert server.diagnostics(uri) == []
    for closed in (uri, schema_uri):
        server.notify("textDocument/didClose", {"textDocument": {"uri": closed}})


def test_files_changed_on_disk_are_read_again(server: LspClient, shop: Path) -> None:
    # The server registered for file events (the client said it can); a file that
    # is not open changes on disk, as after a `git checkout`.
    server.settle()
    (registration,) = [r for r in server.server_requests
                       if r["method"] == "client/registerCapability"]
    (watch,) = registration["params"]["registrations"]
    assert watch["method"] == "workspace/didChangeWatchedFiles"
    assert {"globPattern": "**/*.seg"} in watch["registerOptions"]["watchers"]
    path = shop / "segments" / "engagement.seg"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("is_subscribed", "is_subscribd", 1), encoding="utf-8")
    try:
        server.notify("workspace/didChangeWatchedFiles", {"changes": [
            {"uri": path.as_uri(), "type": 2}]})
        assert [d["code"] for d in server.diagnostics(path.as_uri())] == ["NAM001"]
    finally:
        path.write_text(text, encoding="utf-8")
    server.notify("workspace/didChangeWatchedFiles", {"changes": [
        {"uri": path.as_uri(), "type": 2}]})
    assert server.diagnostics(path.as_uri()) == []


@pytest.fixture
def b2b(server: LspClient, shop: Path) -> Iterator[tuple[str, str]]:
    path = shop / "segments" / "b2b.seg"
    text = path.read_text(encoding="utf-8")
    server.settle()
    uri = server.open(path, text)
    yield uri, text
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    server.settle()


def test_completion(server: LspClient, b2b: tuple[str, str]) -> None:
    uri, text = b2b
    typed = text + ("\nsegment typed\n  where has purchase with category = \"kids\"\n"
                    "    and account.\n    and country = \n    and loyalty_tier = \n")
    server.change(uri, typed, 2)
    events = _labels(server, uri, typed, "has purchase with", 4)
    assert events[:4] == ["purchase", "return", "email_open", "email_click"]
    properties = _labels(server, uri, typed, "has purchase with category", 18)
    assert properties[:5] == ["amount", "category", "channel", "discount", "items"]
    assert "country" not in properties
    assert _labels(server, uri, typed, "and account.", 12) == [
        "company", "industry", "employees", "contract_tier", "renewal_date"]
    after_country = _labels(server, uri, typed, "country = ", 10)
    assert "country" in after_country and not any(x.startswith('"') for x in after_country)
    assert _labels(server, uri, typed, "loyalty_tier = ", 15)[:3] == [
        '"bronze"', '"silver"', '"gold"']


def test_hover_definition_and_nothing_there(server: LspClient, b2b: tuple[str, str],
                                            shop: Path) -> None:
    uri, text = b2b
    hover = _ask(server, "textDocument/hover", uri, _position(text, "items >= 10", 2))
    assert hover["contents"] == {
        "kind": "markdown",
        "value": "**items** · property of event `purchase` · `integer`\n\n"
                 "number of items in the order"}
    assert hover["range"] == {"start": _position(text, "items >= 10"),
                              "end": _position(text, "items >= 10", 5)}
    assert _ask(server, "textDocument/hover", uri, _position(text, "where", 1)) is None
    (location,) = _ask(server, "textDocument/definition", uri,
                       _position(text, "account.industry", 2))
    schema = (shop / "schema.yml").read_text(encoding="utf-8")
    assert location == {"uri": (shop / "schema.yml").as_uri(),
                        "range": {"start": _position(schema, "account:"),
                                  "end": _position(schema, "account:", 7)}}
    assert _ask(server, "textDocument/definition", uri, {"line": 0, "character": 0}) == []


def test_code_action_on_a_clean_file_is_empty(server: LspClient, b2b: tuple[str, str]) -> None:
    uri, _ = b2b
    result = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}},
        "context": {"diagnostics": []}})
    assert result == []


@pytest.mark.parametrize(("encodings", "chosen", "column"), [
    (None, "utf-16", 31), (["utf-32", "utf-16"], "utf-32", 30), (["utf-8"], "utf-8", 33)])
def test_positions_in_the_encoding_the_client_prefers(
        shop: Path, encodings: list[str] | None, chosen: str, column: int) -> None:
    # 🏃 is one character, two UTF-16 units and four UTF-8 bytes.
    client = LspClient(cwd=shop)
    try:
        capabilities = {"general": {"positionEncodings": encodings}} if encodings else {}
        result = client.initialize(shop, capabilities)
        assert result["capabilities"]["positionEncoding"] == chosen
        path = shop / "segments" / "b2b.seg"
        uri = client.open(path, 'segment emoji title "🏃" where agee > 1 and age > 2\n')
        (diagnostic,) = client.diagnostics(uri)
        assert diagnostic["range"] == {"start": {"line": 0, "character": column},
                                       "end": {"line": 0, "character": column + 4}}
        age = column + len("agee > 1 and ")
        hover = client.request("textDocument/hover", {
            "textDocument": {"uri": uri}, "position": {"line": 0, "character": age + 1}})
        assert hover["contents"]["value"].startswith("**age** · attribute")
        assert hover["range"]["start"] == {"line": 0, "character": age}
    finally:
        assert client.close() == 0


def test_the_server_survives_bad_requests(server: LspClient, shop: Path) -> None:
    server.settle()
    missing = (shop / "segments" / "nowhere.seg").as_uri()
    assert _ask(server, "textDocument/hover", missing, {"line": 0, "character": 0}) is None
    assert _ask(server, "textDocument/completion", missing,
                {"line": 5, "character": 99})["items"] == []
    # Positions past the end of a document, negative ones, a document that is not
    # a segment file, a URI that is no file.
    path = shop / "segments" / "geo_demo.seg"
    uri = server.open(path)
    server.diagnostics(uri)
    for position in ({"line": 999, "character": 0}, {"line": 0, "character": 9999}):
        _ask(server, "textDocument/hover", uri, position)
        _ask(server, "textDocument/completion", uri, position)
        _ask(server, "textDocument/definition", uri, position)
    odd = "untitled:Untitled-1"
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": odd, "languageId": "segdsl", "version": 1, "text": "segment x where has"}})
    _ask(server, "textDocument/completion", odd, {"line": 0, "character": 19})
    # Broken parameters get an error answer, not a dead server.
    with pytest.raises(LspError, match="failed"):
        server.request("textDocument/hover", {"textDocument": {"uri": uri}})
    # A frame whose body is not JSON, and a method nobody knows.
    server.send_raw(b"Content-Length: 5\r\n\r\n{nope")
    server.notify("segdsl/unknown", {"x": 1})
    assert _ask(server, "textDocument/hover", uri, _position(
        path.read_text(encoding="utf-8"), "zip", 1)) is not None
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    server.notify("textDocument/didClose", {"textDocument": {"uri": odd}})


# ---------------------------------------------------------- quick fixes


def test_quick_fix(server: LspClient, shop: Path) -> None:
    # The checker attaches the did-you-mean edit to the diagnostic; the server
    # offers it for the diagnostic's range.
    path = shop / "segments" / "b2b.seg"
    text = path.read_text(encoding="utf-8")
    broken = text.replace('customer_type = "b2b"', 'customer_typ = "b2b"', 1)
    server.settle()
    uri = server.open(path, broken)
    try:
        (diagnostic,) = server.diagnostics(uri)
        actions = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic], "only": ["quickfix"]}})
        assert actions == [{
            "title": "Change to 'customer_type'", "kind": "quickfix",
            "diagnostics": [diagnostic], "isPreferred": True,
            "edit": {"changes": {uri: [{"range": diagnostic["range"],
                                        "newText": "customer_type"}]}}}]
        refactor_only = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic], "only": ["refactor"]}})
        assert refactor_only == []
    finally:
        server.change(uri, text, 2)
        assert server.diagnostics(uri) == []
        server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})


# ------------------------------------------------------------ formatting


def test_formatting_is_fmt(server: LspClient, shop: Path) -> None:
    # The editor gets one edit replacing the whole text with what `segdsl fmt`
    # writes; nothing for a canonical file; nothing for a file that does not parse.
    path = shop / "segments" / "b2b.seg"
    text = path.read_text(encoding="utf-8")
    messy = text.replace("segment ", "SEGMENT_PLACEHOLDER", 1).replace(
        "SEGMENT_PLACEHOLDER", "segment   ", 1).replace("\n  ", "\n      ", 1)
    assert messy != text
    server.settle()
    uri = server.open(path, messy)
    try:
        params = {"textDocument": {"uri": uri},
                  "options": {"tabSize": 2, "insertSpaces": True}}
        (edit,) = server.request("textDocument/formatting", params)
        lines = messy.split("\n")
        assert edit["range"] == {"start": {"line": 0, "character": 0},
                                 "end": {"line": len(lines) - 1,
                                         "character": len(lines[-1])}}
        assert edit["newText"] == text
        server.change(uri, text, 2)
        assert server.request("textDocument/formatting", params) == []
        server.change(uri, text + "\nsegment broken where (\n", 3)
        assert server.request("textDocument/formatting", params) == []
    finally:
        server.change(uri, text, 4)
        server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})


# ----------------------------------------------------------- the command


def test_the_command_is_listed_and_documented() -> None:
    result = run(["lsp", "--help"])
    assert result.exit_code == 0
    assert "language server" in result.output
    assert "--stdio" in result.output


def test_without_pygls_the_command_says_how_to_install_it() -> None:
    with missing("pygls", fresh=["segdsl.lsp"], forgotten=["lsprotocol"]):
        result = run(["lsp"])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: the language server needs pygls 2")
    assert "pip install 'pygls>=2,<3'" in line


def test_a_session_ends_with_status_zero_and_stays_silent_on_stderr(shop: Path) -> None:
    client = LspClient(cwd=shop)
    client.initialize(shop)
    uri = client.open(shop / "segments" / "value.seg")
    assert client.diagnostics(uri) == []
    assert client.close() == 0
    assert "Traceback" not in client.stderr_text()


def test_the_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    # bench/bench_lsp.py's two measurements on 12 segments, 3 changes: the script
    # keeps working (its figures are in docs/performance.md, not asserted here).
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import bench_lsp
        from gen_project import generate
    finally:
        sys.path.remove(str(REPO / "bench"))
    project = generate(tmp_path / "tiny", 12)
    first, times = bench_lsp.over_stdio(project, 3)
    assert first > 0 and len(times) == 3
    split = bench_lsp.phases(project, 3)
    assert set(split) == {"read + list + project + schema", "parse the changed file",
                          "check the project", "server (group, convert)", "total"}
