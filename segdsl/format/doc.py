"""A small pretty-printing document and the line breaker that lays it out.

The printer (:mod:`segdsl.format.printer`) turns the tree into a document: text,
line breaks and comments, nested in groups and indentation.  This module decides
where lines break, in the manner of Wadler's "prettier printer" (and of prettier
and ruff, which use the same idea):

* a :class:`Group` is printed on one line when it fits in the width (the rest of
  the line after it counted, up to the next line break), else each :data:`LINE`
  directly in it becomes a line break;
* a group that holds a comment or a :data:`HARD` break always breaks;
* :class:`Indent` adds to the indentation of the lines that start inside it;
  :class:`Align` indents them to the column where it starts (under the character
  after an opening parenthesis);
* a :class:`Comment` is printed where it stands: an end-of-line comment after two
  spaces, an own-line comment on a line of its own; whatever follows a comment
  starts on a new line.  Comments do not count towards the width.

A document is a ``str`` (no line breaks in it), a list of documents, or one of the
classes below.  Trailing spaces are never written.
"""

from __future__ import annotations

from typing import Union


class _Line:
    """A space, or a line break when the enclosing group breaks."""

    __slots__ = ()


class _Hard:
    """Always a line break."""

    __slots__ = ()


LINE = _Line()
HARD = _Hard()


class Group:
    __slots__ = ("breaks", "doc")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.breaks = _must_break(doc)


class Indent:
    __slots__ = ("by", "doc")

    def __init__(self, by: int, doc: Doc) -> None:
        self.by = by
        self.doc = doc


class Align:
    __slots__ = ("doc",)

    def __init__(self, doc: Doc) -> None:
        self.doc = doc


class Comment:
    """A comment, printed without the white space it may end in."""

    __slots__ = ("own_line", "text")

    def __init__(self, text: str, own_line: bool) -> None:
        self.text = text.rstrip()
        self.own_line = own_line


Doc = Union[str, list["Doc"], _Line, _Hard, Group, Indent, Align, Comment]  # noqa: UP007


def _must_break(doc: Doc) -> bool:
    """Whether ``doc`` holds a comment or a hard line break (groups inside included)."""
    pending: list[Doc] = [doc]
    while pending:
        part = pending.pop()
        if isinstance(part, str | _Line):
            continue
        if isinstance(part, list):
            pending.extend(part)
        elif isinstance(part, _Hard | Comment):
            return True
        elif isinstance(part, Group):
            if part.breaks:
                return True
        else:
            pending.append(part.doc)
    return False


_BREAK, _FLAT = True, False


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.column = 0
        self.code = False  # the current line holds more than its indentation
        self.pending = False  # a comment ended the line: break before more text

    def newline(self, indent: int) -> None:
        self.lines.append("".join(self.line).rstrip())
        self.line = [" " * indent]
        self.column = indent
        self.code = False
        self.pending = False

    def text(self, text: str, indent: int) -> None:
        if self.pending:
            if not text.strip(" "):
                return  # a space before the line break: the next text breaks the line,
                # at its own indentation
            self.newline(indent)
        if not self.code:
            text = text.lstrip(" ")
            if not text:
                return
        self.line.append(text)
        self.column += len(text)
        self.code = True

    def comment(self, comment: Comment, indent: int) -> None:
        if self.pending or (comment.own_line and self.code):
            self.newline(indent)
        if self.code:
            stripped = "".join(self.line).rstrip()
            self.line = [stripped, "  "]
            self.column = len(stripped) + 2
        self.line.append(comment.text)
        self.column += len(comment.text)
        self.code = True
        self.pending = True

    def result(self) -> str:
        lines = [*self.lines, "".join(self.line).rstrip()]
        return "\n".join(lines)


def _fits(first: tuple[int, bool, Doc], rest: list[tuple[int, bool, Doc]], room: int) -> bool:
    """Whether ``first`` (flat) and what follows it up to the next line break fit in
    ``room`` columns."""
    pending = [first]
    position = len(rest)
    while room >= 0:
        if not pending:
            if position == 0:
                return True
            position -= 1
            pending.append(rest[position])
        indent, mode, doc = pending.pop()
        if isinstance(doc, str):
            room -= len(doc)
        elif isinstance(doc, list):
            pending.extend((indent, mode, part) for part in reversed(doc))
        elif isinstance(doc, _Line):
            if mode is _BREAK:
                return True
            room -= 1
        elif isinstance(doc, _Hard | Comment):
            return True
        elif isinstance(doc, Group):
            pending.append((indent, _BREAK if doc.breaks else mode, doc.doc))
        else:
            pending.append((indent, mode, doc.doc))
    return False


def layout(doc: Doc, width: int) -> str:
    """The text of ``doc`` laid out in ``width`` columns (no final line break)."""
    writer = _Writer()
    stack: list[tuple[int, bool, Doc]] = [(0, _BREAK, doc)]
    while stack:
        indent, mode, part = stack.pop()
        if isinstance(part, str):
            writer.text(part, indent)
        elif isinstance(part, list):
            stack.extend((indent, mode, item) for item in reversed(part))
        elif isinstance(part, _Line):
            if mode is _BREAK:
                writer.newline(indent)
            else:
                writer.text(" ", indent)
        elif isinstance(part, _Hard):
            writer.newline(indent)
        elif isinstance(part, Comment):
            writer.comment(part, indent)
        elif isinstance(part, Group):
            # After a comment the group starts on a new line.
            column = indent if writer.pending else writer.column
            flat = not part.breaks and _fits((indent, _FLAT, part.doc), stack, width - column)
            stack.append((indent, _FLAT if flat else _BREAK, part.doc))
        elif isinstance(part, Indent):
            stack.append((indent + part.by, mode, part.doc))
        else:
            stack.append((writer.column, mode, part.doc))
    return writer.result()
