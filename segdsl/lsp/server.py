"""``segdsl lsp``: the language server, over standard input and output (pygls).

This module only connects the protocol to :class:`~segdsl.lsp.session.Session`,
which holds the state and computes every answer.  Two rules:

* **The server never dies on input.**  Every handler is wrapped (:func:`_guard`):
  an unexpected exception is logged to the editor's output (``window/logMessage``,
  with the traceback) and the request gets an empty answer; the next keystroke is
  handled as if nothing happened.
* **Memory is settled after each check** (:func:`settle_memory`), so the garbage
  collector's passes do not grow with the project.
* **Checks are coalesced.**  A change marks its document; the check runs once the
  messages already read have been handled (``call_soon``), so a burst of changes
  costs one check of the project, not one per keystroke.  Checks run on the event
  loop's thread, so they never overlap and need no locks.

Document formatting is ``segdsl fmt``'s printer (:func:`segdsl.format.api.format_text`).
"""

from __future__ import annotations

import asyncio
import enum
import functools
import gc
import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from segdsl import __version__
from segdsl.lsp.session import Session

Result = TypeVar("Result")

# Characters after which editors ask for completion without a key press.
TRIGGERS = [".", '"', "[", "(", ","]
_WATCHED = ("**/*.seg", "**/segdsl.yml", "**/*.yml", "**/*.yaml")


class _Protocol(LanguageServerProtocol):
    """pygls drops a request whose parameters do not fit the protocol's types
    (a position without a line) after logging it, without an answer: the editor
    would wait for one forever.  This answers it with the error."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], error=types.ResponseError(
                    code=error.code, message=error.message))
            raise


class SegdslServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("segdsl", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=_Protocol)
        self.session = Session()
        self.pending: set[str] = set()
        self.scheduled = False
        self.settled = False  # memory was settled after a check before

    def schedule(self, uri: str) -> None:
        """Check ``uri``'s project soon (once for all changes read until then)."""
        self.pending.add(uri)
        if not self.scheduled:
            self.scheduled = True
            asyncio.get_running_loop().call_soon(self.flush)

    def flush(self) -> None:
        changed, self.pending, self.scheduled = self.pending, set(), False
        try:
            published = self.session.check(changed)
        except Exception:  # a bug: say so in the editor's log, keep serving
            self.log_error("checking", traceback.format_exc())
            return
        for params in published:
            self.text_document_publish_diagnostics(params)
        settle_memory(collect=self.settled)
        self.settled = True

    def log_error(self, what: str, details: str) -> None:
        message = f"segdsl: internal error while {what} (please report it):\n{details}"
        logging.getLogger("segdsl.lsp").error("%s", message)
        try:
            self.window_log_message(types.LogMessageParams(types.MessageType.Error, message))
        except Exception:  # the client is gone; the log above has it
            logging.getLogger("segdsl.lsp").debug("cannot send a log message", exc_info=True)

    def text_of(self, uri: str) -> str:
        return self.workspace.get_text_document(uri).source


Params = TypeVar("Params")


class _guard:  # lower case: used as a decorator, named like one
    """Wrap a handler: an exception is logged and answered with ``empty()``."""

    def __init__(self, what: str, empty: Callable[[], Any]) -> None:
        self.what = what
        self.empty = empty

    def __call__(self, handler: Callable[[SegdslServer, Params], Result]) -> Callable[
            [SegdslServer, Params], Result]:
        what, empty = self.what, self.empty

        @functools.wraps(handler)
        def guarded(server: SegdslServer, params: Params) -> Result:
            try:
                return handler(server, params)
            except Exception:
                server.log_error(what, traceback.format_exc())
                result: Result = empty()
                return result

        return guarded


def settle_memory(collect: bool = True) -> None:
    """Collect the garbage of a check, then freeze what is left.

    A server holds the parsed project for as long as it runs (hundreds of
    thousands of objects for 1,000 segments); each pass of the cyclic garbage
    collector over them took ~70 ms, landing in the middle of some later check.
    Frozen objects are skipped by the collector (and still freed when no longer
    referenced); the collection before freezing only walks what the last check
    made, ~1 ms, after its diagnostics are sent.  After the first check nothing
    is frozen yet, so a collection would walk everything (~70 ms, delaying the
    first keystroke): then the first check's few cycles are frozen instead.
    """
    if collect:
        gc.collect()
    gc.freeze()


def _none() -> None:
    return None


def create_server() -> SegdslServer:
    """A server with every feature registered (not started)."""
    server = SegdslServer()

    @server.feature(types.INITIALIZE)
    @_guard("initializing", _none)
    def initialize(ls: SegdslServer, params: types.InitializeParams) -> None:
        chosen = ls.workspace.position_encoding or types.PositionEncodingKind.Utf16
        # The enum's str() is its name, not its value ("utf-32").
        ls.session.encoding = chosen.value if isinstance(chosen, enum.Enum) else str(chosen)

    @server.feature(types.INITIALIZED)
    @_guard("registering file watchers", _none)
    def initialized(ls: SegdslServer, params: types.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace
        dynamic = watched and watched.did_change_watched_files and \
            watched.did_change_watched_files.dynamic_registration
        if dynamic:
            ls.client_register_capability(types.RegistrationParams([types.Registration(
                id="segdsl-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(
                    [types.FileSystemWatcher(glob_pattern=p) for p in _WATCHED]))]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @_guard("opening a document", _none)
    def did_open(ls: SegdslServer, params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        ls.session.open(document.uri, ls.text_of(document.uri), document.version)
        ls.schedule(document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @_guard("applying a change", _none)
    def did_change(ls: SegdslServer, params: types.DidChangeTextDocumentParams) -> None:
        document = params.text_document
        ls.session.change(document.uri, ls.text_of(document.uri), document.version)
        ls.schedule(document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    @_guard("saving a document", _none)
    def did_save(ls: SegdslServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @_guard("closing a document", _none)
    def did_close(ls: SegdslServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.session.close(params.text_document.uri)
        ls.schedule(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @_guard("reading changed files", _none)
    def files_changed(ls: SegdslServer, params: types.DidChangeWatchedFilesParams) -> None:
        for change in params.changes:
            if change.uri not in ls.session.documents:
                ls.schedule(change.uri)

    @server.feature(types.TEXT_DOCUMENT_COMPLETION,
                    types.CompletionOptions(trigger_characters=TRIGGERS))
    @_guard("completing", lambda: types.CompletionList(is_incomplete=False, items=[]))
    def complete(ls: SegdslServer, params: types.CompletionParams) -> types.CompletionList:
        position = params.position
        items = ls.session.completion(params.text_document.uri, position.line,
                                      position.character)
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @_guard("hovering", _none)
    def hover(ls: SegdslServer, params: types.HoverParams) -> types.Hover | None:
        position = params.position
        return ls.session.hover(params.text_document.uri, position.line, position.character)

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    @_guard("finding a definition", list)
    def definition(ls: SegdslServer, params: types.DefinitionParams) -> list[types.Location]:
        position = params.position
        return ls.session.definition(params.text_document.uri, position.line,
                                     position.character)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    @_guard("finding quick fixes", list)
    def code_action(ls: SegdslServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        only = params.context.only
        if only and not any(kind.startswith(types.CodeActionKind.QuickFix) or
                            types.CodeActionKind.QuickFix.startswith(kind) for kind in only):
            return []
        return ls.session.code_actions(params.text_document.uri, params.range)

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    @_guard("formatting", list)
    def formatting(ls: SegdslServer,
                   params: types.DocumentFormattingParams) -> list[types.TextEdit]:
        return ls.session.formatting(params.text_document.uri)

    return server


def serve() -> None:
    """Run the server on standard input and output until the editor says exit."""
    create_server().start_io()
