"""The language server's state and answers, without the protocol's plumbing.

:class:`Session` holds the open documents and, per project folder, the last check
of that project (:class:`ProjectState`).  Every answer is computed from the
documents' current text; diagnostics from a check of the whole project with the
open buffers on top of the disk (an
:class:`~segdsl.project.sources.OverlayReader`), re-parsing only files whose text
changed (:class:`~segdsl.workspace.ParseCache`).  :mod:`segdsl.lsp.server`
connects it to pygls; tests call it directly too.

Files are named by URI towards the editor and by absolute path inside; a path
is compared after resolving symbolic links, so a file opened through a linked
folder is still the project's file.  A ``.seg`` file outside any project, or not
named by its project's ``segments``, gets its syntax checked alone.

(A little over 400 lines: every answer reads the same document and project
state; the wording of answers already lives in ``completion``, ``symbols`` and
``convert``, and what is left is the state and how each request finds it.)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls import uris

from segdsl.check.types import Type
from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span
from segdsl.format.api import FormatError, format_text
from segdsl.lsp import completion, symbols
from segdsl.lsp.context import Expect, analyze
from segdsl.lsp.convert import SOURCE, fix_title, to_diagnostic, to_range, to_text_edit
from segdsl.lsp.knowledge import Knowledge
from segdsl.lsp.positions import UTF16, Lines
from segdsl.project import config as project_config
from segdsl.project.sources import DISK, OverlayReader, SourceReader
from segdsl.syntax.parser import parse_source
from segdsl.workspace import ParseCache, Workspace, WorkspaceError, load_workspace


@dataclass
class Document:
    uri: str
    path: Path | None
    text: str
    version: int | None = None
    # The path with symbolic links resolved, to compare with the project's files.
    real: str | None = None


@dataclass
class FileResult:
    """One file's diagnostics after a check, with the text they point into."""

    path: Path
    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # The server's own notes, shown after the diagnostics.
    notes: list[types.Diagnostic] = field(default_factory=list)


@dataclass
class ProjectState:
    root: Path
    cache: ParseCache = field(default_factory=ParseCache)
    knowledge: Knowledge = field(default_factory=Knowledge)
    # Real path -> the file's result in the last check (every file of the project).
    files: dict[str, FileResult] = field(default_factory=dict)
    # Real paths of the project's segment files; None when the project file or the
    # schema could not be read, so the project has no list of files.
    segment_files: set[str] | None = None


@dataclass
class _Shown:
    """What was last published for a URI, and the diagnostics behind it (for quick
    fixes, valid while the text is the one they were computed on)."""

    diagnostics: list[types.Diagnostic]
    found: list[Diagnostic]
    text: str


class Session:
    def __init__(self, encoding: str = UTF16) -> None:
        self.encoding = encoding
        self.documents: dict[str, Document] = {}
        self.projects: dict[str, ProjectState] = {}
        self.shown: dict[str, _Shown] = {}
        # Real paths resolved during the current check (symbolic links do not
        # change while a check runs; between checks they may).
        self._reals: dict[Path, str] = {}

    # ------------------------------------------------------------ documents

    def open(self, uri: str, text: str, version: int | None = None) -> None:
        path = _path_of(uri)
        self.documents[uri] = Document(uri, path, text, version,
                                       _real(path) if path is not None else None)

    def change(self, uri: str, text: str, version: int | None = None) -> None:
        document = self.documents.get(uri)
        if document is None:
            self.open(uri, text, version)
        else:
            document.text, document.version = text, version

    def close(self, uri: str) -> None:
        self.documents.pop(uri, None)

    # -------------------------------------------------------------- checking

    def check(self, changed: set[str]) -> list[types.PublishDiagnosticsParams]:
        """Check the projects of the ``changed`` URIs; the diagnostics to publish:
        for every changed URI, and for every other file whose diagnostics differ
        from what was last published (so fixed files are cleared)."""
        self._reals = {}
        roots: dict[str, Path] = {}
        alone: list[str] = []
        for uri in sorted(changed):
            path = _path_of(uri)
            root = project_config.find_project_root(path.parent) if path else None
            if root is None:
                alone.append(uri)
            else:
                roots.setdefault(str(root), root)
        results: dict[str, tuple[str, FileResult]] = {}  # uri -> result
        for key, root in roots.items():
            state = self.projects.setdefault(key, ProjectState(root))
            self._check_project(state)
            for real, result in state.files.items():
                results[self._uri_for(real, result.path)] = (real, result)
        for uri in changed:
            if uri not in results:
                alone.append(uri)
        publish: list[types.PublishDiagnosticsParams] = []
        for uri, (_, result) in results.items():
            publish += self._publish(uri, result, force=uri in changed)
        for uri in dict.fromkeys(alone):
            publish += self._check_alone(uri)
        # Files that had problems but are no longer part of any checked project.
        checked_roots = [str(root) for root in roots.values()]
        for uri in list(self.shown):
            if uri in results or uri in alone:
                continue
            path = _path_of(uri)
            if path is not None and any(_below(path, root) for root in checked_roots):
                publish += self._publish(uri, FileResult(path, ""), force=False)
        return publish

    def _check_project(self, state: ProjectState) -> None:
        overrides = {doc.path: doc.text for doc in self.documents.values() if doc.path}
        reader = OverlayReader(DISK, overrides)
        files: dict[str, FileResult] = {}
        config_path = state.root / project_config.PROJECT_FILE
        try:
            workspace = load_workspace(state.root, reader=reader, cache=state.cache)
        except WorkspaceError as error:
            result = FileResult(config_path, _read(reader, config_path))
            span = Span.point(project_config.display_path(config_path), 1, 1)
            # The schema file named by default is missing (a named one that is
            # missing is the project file's own YML009).
            result.diagnostics.append(Diagnostic(Code.YML009, str(error), span))
            state.files = {self._real(config_path): result}
            state.segment_files = None
            return
        displays: dict[str, FileResult] = {}
        for display, text in workspace.sources.items():
            path = Path(os.path.abspath(display))
            displays[display] = files[self._real(path)] = FileResult(path, text)
        fallback = files.setdefault(self._real(config_path), FileResult(config_path, ""))
        for diagnostic in workspace.diagnostics:
            where = diagnostic.span
            if where is None:
                fallback.diagnostics.append(diagnostic)
                continue
            target = displays.get(where.file)
            if target is None:  # not expected: every file read is in sources
                path = Path(os.path.abspath(where.file))
                target = displays[where.file] = files.setdefault(
                    self._real(path), FileResult(path, _read(reader, path)))
            target.diagnostics.append(diagnostic)
        state.files = files
        state.segment_files = {self._real(Path(os.path.abspath(source.path)))
                               for source in workspace.files} if workspace.config_ok else None
        state.knowledge = _knowledge(workspace, state.knowledge)

    def _check_alone(self, uri: str) -> list[types.PublishDiagnosticsParams]:
        """A document outside the projects: its syntax, and why it is not checked."""
        document = self.documents.get(uri)
        path = _path_of(uri)
        if document is None or not uri.endswith(".seg"):
            return self._publish(uri, FileResult(path or Path(), ""), force=False)
        display = project_config.display_path(path) if path else uri
        parsed = parse_source(document.text, display)
        result = FileResult(path or Path(), document.text, list(parsed.diagnostics))
        root = project_config.find_project_root(path.parent) if path else None
        state = self.projects.get(str(root)) if root is not None else None
        if root is not None and state is not None and state.segment_files is not None:
            # A note of the server's, not a problem of the file: no code.
            result.notes.append(types.Diagnostic(
                range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                message="this file is not one of the project's segment files, so only its "
                f"syntax is checked\nhint: add its folder to 'segments' in "
                f"{root / project_config.PROJECT_FILE}",
                severity=types.DiagnosticSeverity.Information, source=SOURCE))
        return self._publish(uri, result, force=True)

    def _publish(self, uri: str, result: FileResult,
                 force: bool) -> list[types.PublishDiagnosticsParams]:
        found = sorted(result.diagnostics, key=Diagnostic.sort_key)
        converted = []
        if found:
            lines = Lines(result.text, self.encoding)
            converted = [to_diagnostic(d, lines, self._locate) for d in found]
        converted += result.notes
        before = self.shown.get(uri)
        if not converted and before is None and not force:
            return []
        if before is not None and before.diagnostics == converted and not force:
            before.found, before.text = found, result.text
            return []
        if converted:
            self.shown[uri] = _Shown(converted, found, result.text)
        else:
            self.shown.pop(uri, None)
        document = self.documents.get(uri)
        return [types.PublishDiagnosticsParams(
            uri=uri, diagnostics=converted, version=document.version if document else None)]

    def _real(self, path: Path) -> str:
        real = self._reals.get(path)
        if real is None:
            real = self._reals[path] = _real(path)
        return real

    def _locate(self, span: Span) -> types.Location | None:
        path = Path(os.path.abspath(span.file))
        real = self._real(path)
        text = self._text_of(real, path)
        return types.Location(self._uri_for(real, path), to_range(Lines(text, self.encoding),
                                                                  span))

    def _text_of(self, real: str, path: Path) -> str:
        for document in self.documents.values():
            if document.real == real:
                return document.text
        for state in self.projects.values():
            if real in state.files:
                return state.files[real].text
        return _read(DISK, path)

    def _uri_for(self, real: str, path: Path) -> str:
        for document in self.documents.values():
            if document.real == real:
                return document.uri
        return uris.from_fs_path(str(path)) or path.as_uri()

    # -------------------------------------------------------------- answers

    def knowledge_for(self, uri: str) -> Knowledge:
        """What is known where ``uri`` is: its project's last check, or the
        document's own definitions."""
        path = _path_of(uri)
        document = self.documents.get(uri)
        if path is not None:
            real = document.real if document is not None and document.real else _real(path)
            for state in self.projects.values():
                if real in state.files:
                    return state.knowledge
        if document is None:
            return Knowledge()
        parsed = parse_source(document.text, uri)
        return Knowledge.build(None, "", [parsed], {}, None)

    def completion(self, uri: str, line: int, character: int) -> list[types.CompletionItem]:
        document = self.documents.get(uri)
        if document is None or not uri.endswith(".seg"):
            return []
        lines = Lines(document.text, self.encoding)
        offset = lines.offset(line, character)
        context = analyze(document.text, offset)
        items = completion.complete(context, self.knowledge_for(uri))
        if context.expect is Expect.VALUE and context.in_string:
            # Replace the whole text string typed so far (and its closing quote).
            end = offset + 1 if document.text[offset:offset + 1] == '"' else offset
            start_line, start_char = lines.position(context.start)
            end_line, end_char = lines.position(end)
            where = types.Range(types.Position(start_line, start_char),
                                types.Position(end_line, end_char))
            for item in items:
                item.text_edit = types.TextEdit(where, item.label)
        return items

    def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        document = self.documents.get(uri)
        if document is None or not uri.endswith(".seg"):
            return None
        lines = Lines(document.text, self.encoding)
        knowledge = self.knowledge_for(uri)
        symbol = symbols.symbol_at(document.text, lines.offset(line, character), knowledge)
        if symbol is None:
            return None
        text = symbols.hover_text(symbol, knowledge)
        if text is None:
            return None
        (start_line, start_char), (end_line, end_char) = (
            lines.position(symbol.start), lines.position(symbol.end))
        return types.Hover(
            contents=types.MarkupContent(types.MarkupKind.Markdown, text),
            range=types.Range(types.Position(start_line, start_char),
                              types.Position(end_line, end_char)))

    def definition(self, uri: str, line: int, character: int) -> list[types.Location]:
        document = self.documents.get(uri)
        if document is None or not uri.endswith(".seg"):
            return []
        lines = Lines(document.text, self.encoding)
        knowledge = self.knowledge_for(uri)
        symbol = symbols.symbol_at(document.text, lines.offset(line, character), knowledge)
        span = symbols.definition_span(symbol, knowledge) if symbol else None
        if span is None:
            return []
        if knowledge.checked is None and knowledge.schema is None and span.file == uri:
            # A document outside any project: its own definitions, named by URI.
            return [types.Location(uri, to_range(lines, span))]
        location = self._locate(span)
        return [location] if location else []

    def code_actions(self, uri: str, where: types.Range) -> list[types.CodeAction]:
        """Quick fixes: the edits of the diagnostics that touch ``where``."""
        document = self.documents.get(uri)
        shown = self.shown.get(uri)
        if document is None or shown is None or shown.text != document.text:
            return []  # stale: the diagnostics were computed on other text
        actions = []
        # The server's notes come after the diagnostics and have no fixes.
        pairs = zip(shown.diagnostics[:len(shown.found)], shown.found, strict=True)
        for converted, found in pairs:
            if not found.edits or not _touches(converted.range, where):
                continue
            changes: dict[str, list[types.TextEdit]] = {}
            own_file = found.span.file if found.span is not None else None
            for edit in found.edits:
                # An edit names its file as diagnostics do; normally the diagnostic's.
                if edit.span.file == own_file:
                    target, text = uri, document.text
                else:
                    path = Path(os.path.abspath(edit.span.file))
                    real = _real(path)
                    target, text = self._uri_for(real, path), self._text_of(real, path)
                changes.setdefault(target, []).append(
                    to_text_edit(edit, Lines(text, self.encoding)))
            actions.append(types.CodeAction(
                title=fix_title(found), kind=types.CodeActionKind.QuickFix,
                diagnostics=[converted], is_preferred=True,
                edit=types.WorkspaceEdit(changes=changes)))
        return actions

    def formatting(self, uri: str) -> list[types.TextEdit]:
        """Document formatting through ``segdsl fmt``'s printer: one edit that
        replaces the whole text, or none when it is already canonical.  A text that
        does not parse is left alone (its diagnostics already say why), as ``fmt``
        leaves such a file."""
        document = self.documents.get(uri)
        if document is None:
            return []
        shown = str(document.path) if document.path is not None else uri
        try:
            formatted = format_text(document.text, shown)
        except FormatError:
            return []
        if formatted == document.text:
            return []
        lines = Lines(document.text, self.encoding)
        end_line, end_character = lines.position(len(document.text))
        whole = types.Range(types.Position(0, 0), types.Position(end_line, end_character))
        return [types.TextEdit(range=whole, new_text=formatted)]


def _knowledge(workspace: Workspace, previous: Knowledge) -> Knowledge:
    schema = workspace.schema or previous.schema
    schema_display = project_config.display_path(workspace.config.schema_path)
    schema_text = workspace.sources.get(schema_display, "") if workspace.schema \
        else previous.schema_text
    checked = workspace.checked
    metric_types: dict[str, Type] = dict(checked.metric_types) if checked else {}
    return Knowledge.build(schema, schema_text, workspace.files, metric_types, checked)


def _touches(a: types.Range, b: types.Range) -> bool:
    start_a, end_a = (a.start.line, a.start.character), (a.end.line, a.end.character)
    start_b, end_b = (b.start.line, b.start.character), (b.end.line, b.end.character)
    return start_a <= end_b and start_b <= end_a


def _path_of(uri: str) -> Path | None:
    if not uri.startswith("file:"):
        return None
    path = uris.to_fs_path(uri)
    return Path(os.path.abspath(path)) if path else None


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.path.abspath(path)


def _below(path: Path, root: str) -> bool:
    real = _real(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _read(reader: SourceReader, path: Path) -> str:
    try:
        return reader.read_text(path)
    except UnicodeDecodeError as error:
        return bytes(error.object).decode("utf-8", errors="replace")
    except OSError:
        return ""
