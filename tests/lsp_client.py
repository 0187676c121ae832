"""A small language-server client: starts ``python -m segdsl lsp`` and speaks
framed JSON-RPC over its stdin and stdout, as an editor does.

Used by tests/test_lsp_*.py and bench/bench_lsp.py.  Messages are plain JSON
(dicts), so the tests see exactly what an editor would receive.  Requests the
server sends to the client (``client/registerCapability``) are answered with
``null``, as a client without those capabilities would.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

Message = dict[str, Any]


class LspError(AssertionError):
    """The server answered with an error, closed the connection, or was too slow."""


class LspClient:
    def __init__(self, cwd: Path | None = None, env: dict[str, str] | None = None,
                 command: list[str] | None = None) -> None:
        environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
        self.process = subprocess.Popen(
            command or [sys.executable, "-m", "segdsl", "lsp"], cwd=cwd or REPO,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=environment)
        self.messages: queue.Queue[Message | None] = queue.Queue()
        self.notifications: list[Message] = []
        # Requests the server sent to the client (answered with null).
        self.server_requests: list[Message] = []
        self.stderr: list[bytes] = []
        self._next_id = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    # ------------------------------------------------------------- transport

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    if line in (b"\r\n", b"\n"):
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                if length is None:
                    continue
                message = json.loads(stream.read(length).decode("utf-8"))
                if "method" in message and "id" in message:  # a request to the client
                    self.server_requests.append(message)
                    self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                    continue
                self.messages.put(message)
        finally:
            self.messages.put(None)

    def _read_stderr(self) -> None:
        stream = self.process.stderr
        assert stream is not None
        for line in stream:
            self.stderr.append(line)

    def send(self, message: Message) -> None:
        body = json.dumps(message).encode("utf-8")
        with self._lock:
            stdin = self.process.stdin
            assert stdin is not None
            stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            stdin.flush()

    def send_raw(self, data: bytes) -> None:
        """Bytes as they are: for feeding the server broken frames."""
        with self._lock:
            stdin = self.process.stdin
            assert stdin is not None
            stdin.write(data)
            stdin.flush()

    def _next(self, deadline: float) -> Message:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LspError("no answer from the server in time; stderr:\n" + self.stderr_text())
        try:
            message = self.messages.get(timeout=remaining)
        except queue.Empty:
            raise LspError("no answer from the server in time; stderr:\n"
                           + self.stderr_text()) from None
        if message is None:
            self.messages.put(None)
            raise LspError("the server closed its output; stderr:\n" + self.stderr_text())
        return message

    def stderr_text(self) -> str:
        return b"".join(self.stderr).decode("utf-8", "replace")

    # ---------------------------------------------------------------- calls

    def request(self, method: str, params: Any, timeout: float = 30.0) -> Any:
        """Send a request and wait for its answer (notifications are kept)."""
        self._next_id += 1
        ident = self._next_id
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline)
            if message.get("id") == ident and "method" not in message:
                if "error" in message:
                    raise LspError(f"{method} failed: {message['error']}")
                return message.get("result")
            if "method" in message and "id" not in message:
                self.notifications.append(message)

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, predicate: Callable[[Message], bool], timeout: float = 30.0) -> Message:
        """The first notification (kept or arriving) that ``predicate`` accepts;
        it is removed from the kept ones."""
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.notifications):
                if predicate(message):
                    return self.notifications.pop(index)
            message = self._next(deadline)
            if "method" in message and "id" not in message:
                self.notifications.append(message)

    def diagnostics(self, uri: str, timeout: float = 30.0) -> list[Message]:
        """The next diagnostics published for ``uri``."""
        message = self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"]["uri"] == uri, timeout)
        return list(message["params"]["diagnostics"])

    def settle(self) -> None:
        """Wait until the server has handled everything sent so far, then forget the
        notifications it sent.  The server checks after handling a message and
        before reading the next, so once a request is answered every check of
        earlier changes has published."""
        self.request("textDocument/hover", {
            "textDocument": {"uri": "file:///segdsl-settle.seg"},
            "position": {"line": 0, "character": 0}})
        self.notifications.clear()

    # ------------------------------------------------------------ lifecycle

    def initialize(self, root: Path, capabilities: dict[str, Any] | None = None) -> Any:
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(),
            "capabilities": capabilities or {},
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
        })
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str | None = None, version: int = 1) -> str:
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "segdsl", "version": version,
            "text": path.read_text(encoding="utf-8") if text is None else text}})
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        """Replace the whole text (a change without a range)."""
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}]})

    def close(self, timeout: float = 30.0) -> int:
        """shutdown, exit, and the exit status."""
        if self.process.poll() is None:
            try:
                self.request("shutdown", None, timeout)
                self.notify("exit", None)
            except (LspError, OSError):
                self.process.kill()
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()
