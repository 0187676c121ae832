"""Attaching comments to the nodes they belong to, as ruff's formatter does.

Each comment of a file is attached exactly once, to one node, as *leading* (printed
on its own lines before the node), *trailing* (after it; an end-of-line comment
stays at the end of the node's last line) or *dangling* (inside a node that has no
child there).  A formatter prints each comment next to its node, so comments move
with what they talk about (a ``title`` line with its comment when metadata is put in
order) and stay in order.

The rules, for a comment at offset ``p``:

* **End of a line of code** (something before it on its line).  Let ``T`` be the
  last code token before it; a ``,``, ``and`` or ``or`` that ends the line is
  skipped (``a and  # why`` talks about ``a``) unless another comment lies between.
  The comment trails the *outermost* node whose last token (parentheses included)
  is ``T``: ``where x > 1  # c`` trails the whole declaration, ``(a  # c`` trails
  ``a``.  When ``T`` ends no node (a keyword or punctuation of a node ``N``): if
  ``N`` has no child before the comment, the comment dangles on ``N`` (a header:
  ``segment vip  # c``, ``label:  # c``, ``(  # c``, ``not  # c``); otherwise it
  leads ``N``'s next child; when there is none, it is one of ``N``'s comments at
  its end: they dangle on ``N`` when ``N`` closes with a bracket of its own or has
  parentheses (``count(purchase  # c`` before ``)``), else trail the outermost
  node that ends where ``N`` ends (``x is  # c`` before ``set``: after ``set``).
* **On its own line.**  Let ``N`` be the smallest node whose extent holds it: the
  comment leads the first child of ``N`` after it, else trails the last child
  before it if nothing comes between them, else is one of ``N``'s comments at its
  end (see below).  Between declarations (``N`` is the file): a
  comment indented past column 1 right after a declaration (no column-1 comment
  between) trails that declaration; others lead the next declaration, and those
  after the last one belong to the file (``CommentMap.of(source)``).

"Children" are the nodes a reader sees as parts: a run of one connective is one
node with all its operands (``a and b and c`` has three children; a parenthesized
part is one operand), a declaration's children are its metadata items (``MetaText``,
``Tag``, ``Expectation``) in text order and then its condition or branches.  A
node's *extent* is its span widened by its own parentheses (found in the tokens).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from segdsl.syntax import ast
from segdsl.syntax.tokens import Token
from segdsl.syntax.walk import children as field_children

# Nodes that end with a bracket of their own, inside which dangling comments stay.
_BRACKETED = (ast.ListLit, ast.Call, ast.Aggregate)

# Tokens that end a line without ending the part it talks about.
_SEPARATORS = frozenset({",", "and", "or"})

_LEADING, _TRAILING, _DANGLING = 0, 1, 2


class _Root:
    """The file as the parent of its declarations."""

    __slots__ = ("declarations",)

    def __init__(self, declarations: tuple[ast.Declaration, ...]) -> None:
        self.declarations = declarations


def chain_operands(node: Any) -> list[Any]:
    """The operands of a run of one connective (``and`` or ``or``), left to right.

    A parenthesized operand is one operand, even of the same connective: ``(a and
    b) and c`` has two.  Iterative, because a long chain is a deep tree.
    """
    kind = type(node)
    operands: list[Any] = []
    pending = [node.right, node.left]
    while pending:
        part = pending.pop()
        if type(part) is kind and not part.parens:
            pending.append(part.right)
            pending.append(part.left)
        else:
            operands.append(part)
    return operands


def metadata_items(meta: ast.Metadata) -> list[Any]:
    """A declaration's metadata nodes in text order."""
    items: list[Any] = [m for m in (meta.title, meta.description, meta.owner) if m is not None]
    items += meta.tags
    items += meta.expectations
    items.sort(key=lambda item: item.span.start)
    return items


def parts(node: Any) -> list[Any]:
    """The children of ``node`` in the sense of this module, in text order."""
    if isinstance(node, _Root):
        return list(node.declarations)
    if isinstance(node, ast.And | ast.Or):
        return chain_operands(node)
    if isinstance(node, ast.SegmentDecl):
        return [*metadata_items(node.meta), node.condition]
    if isinstance(node, ast.SegmentationDecl):
        return [*metadata_items(node.meta), *node.branches]
    return field_children(node)


class _Extents:
    """Extents of nodes: spans widened by the node's own parentheses."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.code = [t for t in tokens if t.type != "COMMENT"]
        self.starts = [t.start_pos for t in self.code]
        self.ends = [t.end_pos for t in self.code]

    def of(self, node: Any) -> tuple[int, int]:
        if isinstance(node, ast.EventFilter) and node.condition is not None:
            # The filter's span is its condition's, without the condition's parentheses.
            return self.of(node.condition)
        span = node.span
        parens = getattr(node, "parens", 0)
        if not parens:
            return span.start, span.end
        first = bisect.bisect_left(self.starts, span.start) - parens
        last = bisect.bisect_left(self.ends, span.end) + parens
        if first < 0 or last >= len(self.code):  # pragma: no cover - defensive
            return span.start, span.end
        return self.starts[first], self.ends[last]

    def token_before(self, offset: int) -> int:
        """Index in ``code`` of the last code token that ends at or before ``offset``."""
        return bisect.bisect_right(self.ends, offset) - 1


class _Attacher:
    def __init__(self, declarations: tuple[ast.Declaration, ...],
                 comments: tuple[ast.Comment, ...], tokens: Sequence[Token]) -> None:
        self.root = _Root(declarations)
        self.comments = comments
        self.comment_starts = [c.span.start for c in comments]
        self.extents = _Extents(tokens)
        self.found: dict[ast.NodeKey, tuple[list[ast.Comment], ...]] = {}
        self.file: list[ast.Comment] = []
        # Per node id: its parts and their extents (a chain is split once).
        self._parts: dict[int, tuple[list[Any], list[tuple[int, int]]]] = {}
        # Between declarations: the declaration before the current comment, and
        # whether indented comments still trail it (no column-1 comment came between).
        self._gap: tuple[int, bool] = (-1, True)

    def parts_of(self, node: Any) -> tuple[list[Any], list[tuple[int, int]]]:
        cached = self._parts.get(id(node))
        if cached is None:
            found = parts(node)
            cached = self._parts[id(node)] = (found, [self.extents.of(p) for p in found])
        return cached

    def has(self, node: Any, where: int) -> bool:
        lists = self.found.get(ast.node_key(node) or (object, -1, -1))
        return bool(lists and lists[where])

    def add(self, node: Any, where: int, comment: ast.Comment) -> None:
        key = ast.node_key(node)
        if key is None:  # pragma: no cover - every parsed node has a span
            self.file.append(comment)
            return
        lists = self.found.get(key)
        if lists is None:
            lists = self.found[key] = ([], [], [])
        lists[where].append(comment)

    def run(self) -> ast.CommentMap:
        for index, comment in enumerate(self.comments):
            if comment.own_line or not self.end_of_line(index, comment):
                self.own_line(comment)
        by_node = {key: ast.Attached(tuple(a), tuple(b), tuple(c))
                   for key, (a, b, c) in self.found.items()}
        return ast.CommentMap(by_node, ast.Attached(dangling=tuple(self.file)))

    # --------------------------------------------------------- end of a line
    def end_of_line(self, index: int, comment: ast.Comment) -> bool:
        """Attach a comment that ends a line of code; False when it cannot be (no
        code before it in any declaration), to be treated as on its own line."""
        extents = self.extents
        at = extents.token_before(comment.span.start)
        previous_comment = self.comment_starts[index - 1] if index else -1
        while (at > 0 and extents.code[at].value in _SEPARATORS
               and extents.ends[at - 1] > previous_comment):
            at -= 1
        if at < 0:
            return False
        token_start, token_end = extents.starts[at], extents.ends[at]
        node: Any = self.root
        path: list[tuple[Any, int]] = []  # the nodes descended into, with their ends
        while True:
            found, spans = self.parts_of(node)
            for part, (start, end) in zip(found, spans, strict=True):
                if start <= token_start and token_end <= end:
                    if end == token_end:
                        self.add(part, _TRAILING, comment)
                        return True
                    node = part
                    path.append((part, end))
                    break
            else:
                break
        if node is self.root:
            return False
        found, spans = self.parts_of(node)
        offset = comment.span.start
        following = next((p for p, (start, _) in zip(found, spans, strict=True)
                          if start >= offset), None)
        if following is not None and self.has(following, _LEADING):
            # After a comment that leads the next child: lead it too (keeps order).
            self.add(following, _LEADING, comment)
        elif not found or found[0] is following:
            if found or not self.at_end(path, comment):
                self.add(node, _DANGLING, comment)
        elif following is not None:
            self.add(following, _LEADING, comment)
        elif not self.at_end(path, comment):
            self.add(node, _DANGLING, comment)
        return True

    def at_end(self, path: list[tuple[Any, int]], comment: ast.Comment) -> bool:
        """Attach a comment that comes after every child of the last node of
        ``path`` as trailing the outermost node that ends where that one ends,
        unless the node closes with a bracket of its own (then it dangles inside:
        ``count(purchase  # c`` before ``)``).  A formatter prints it after the node,
        where it is found, and attached, again."""
        node, end = path[-1]
        if getattr(node, "parens", 0) or isinstance(node, _BRACKETED) or (
                isinstance(node, ast.EventFilter) and node.condition is None):
            return False
        outer = next(part for part, part_end in path if part_end == end)
        self.add(outer, _TRAILING, comment)
        return True

    # ----------------------------------------------------------- own line
    def own_line(self, comment: ast.Comment) -> None:
        offset = comment.span.start
        node: Any = self.root
        path: list[tuple[Any, int]] = []
        while True:
            found, spans = self.parts_of(node)
            inner = _containing(found, spans, offset)
            if inner is None:
                break
            node = inner
            path.append((node, self.extents.of(node)[1]))
        found, spans = self.parts_of(node)
        following = next((p for p, (start, _) in zip(found, spans, strict=True)
                          if start >= offset), None)
        before = [(p, end) for p, (_, end) in zip(found, spans, strict=True) if end <= offset]
        preceding = before[-1][0] if before else None
        if node is self.root:
            self.between_declarations(comment, preceding, following)
        elif following is not None:
            self.add(following, _LEADING, comment)
        elif before and self.extents.ends[self.extents.token_before(offset)] <= before[-1][1]:
            # Nothing between the last child and the comment: after that child.
            self.add(preceding, _TRAILING, comment)
        elif not self.at_end(path, comment):
            # After the node's own words that follow its last child (`x is set`).
            self.add(node, _DANGLING, comment)

    def between_declarations(self, comment: ast.Comment, preceding: Any, following: Any) -> None:
        if preceding is not None:
            gap, trailing = self._gap
            if gap != id(preceding):
                trailing = True
            trailing = trailing and comment.span.column > 1
            self._gap = (id(preceding), trailing)
            if trailing:
                self.add(preceding, _TRAILING, comment)
                return
        if following is not None:
            self.add(following, _LEADING, comment)
        else:
            self.file.append(comment)


def _containing(found: list[Any], spans: list[tuple[int, int]], offset: int) -> Any:
    """The part whose extent holds ``offset`` strictly inside, if any."""
    index = bisect.bisect_right(spans, (offset, offset)) - 1
    for candidate in (index, index + 1):
        if 0 <= candidate < len(found):
            start, end = spans[candidate]
            if start < offset < end:
                return found[candidate]
    return None


def attach(declarations: tuple[ast.Declaration, ...], comments: tuple[ast.Comment, ...],
           tokens: Sequence[Token]) -> ast.CommentMap:
    """Attach every comment of a parsed file to a node (see the module docstring)."""
    return _Attacher(declarations, comments, tokens).run()
