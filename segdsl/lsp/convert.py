"""segdsl's diagnostics and edits as the protocol's values.

A diagnostic keeps its code (``NAM001``), its severity and its span; the hint
becomes a second line of the message, as ``segdsl check`` prints it; ``related``
places (the first definition of a duplicate) become related information, which
editors show as links.  A diagnostic without a place is put on the first
character of the project file.
"""

from __future__ import annotations

from collections.abc import Callable

from lsprotocol import types

from segdsl.diagnostics import Diagnostic, Severity, Span, TextEdit
from segdsl.lsp.positions import Lines

SOURCE = "segdsl"

_SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error,
             Severity.WARNING: types.DiagnosticSeverity.Warning}


def to_range(lines: Lines, span: Span) -> types.Range:
    (line, character), (end_line, end_character) = lines.span(span)
    return types.Range(types.Position(line, character), types.Position(end_line, end_character))


def to_diagnostic(diagnostic: Diagnostic, lines: Lines,
                  locate: Callable[[Span], types.Location | None]) -> types.Diagnostic:
    """The protocol's diagnostic; ``locate`` turns a related span (maybe in another
    file) into a location."""
    message = diagnostic.message
    if diagnostic.hint:
        message += f"\nhint: {diagnostic.hint}"
    related = []
    for span, label in diagnostic.related:
        location = locate(span)
        if location is not None:
            related.append(types.DiagnosticRelatedInformation(location, label))
    where = to_range(lines, diagnostic.span) if diagnostic.span is not None else \
        types.Range(types.Position(0, 0), types.Position(0, 0))
    return types.Diagnostic(
        range=where, message=message, severity=_SEVERITY[diagnostic.severity],
        code=diagnostic.code, source=SOURCE, related_information=related or None,
    )


def to_text_edit(edit: TextEdit, lines: Lines) -> types.TextEdit:
    return types.TextEdit(range=to_range(lines, edit.span), new_text=edit.new_text)


def fix_title(diagnostic: Diagnostic) -> str:
    """What the quick fix does, in a few words."""
    edits = diagnostic.edits
    if len(edits) == 1:
        edit = edits[0]
        empty = (edit.span.line, edit.span.column) == (edit.span.end_line, edit.span.end_column)
        if not edit.new_text:
            return "Delete the text"
        if empty:
            return f"Insert {_shown(edit.new_text)}"
        return f"Change to {_shown(edit.new_text)}"
    if diagnostic.hint:
        return f"Fix: {diagnostic.hint.splitlines()[0]}"
    return f"Fix {diagnostic.code}"


def _shown(text: str) -> str:
    one_line = " ".join(text.split())
    return f"'{one_line[:60]}…'" if len(one_line) > 60 else f"'{one_line}'"
