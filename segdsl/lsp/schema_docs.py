"""Descriptions of schema entries, read from the comments of ``schema.yml``.

The schema has no description key; people describe a column where they declare
it, in a comment (``country: string  # ISO code as typed at sign-up``) or in
comment lines right above it (``# One row per order.`` above ``purchase:``).
Hover shows that text.  Both are found from the entry's key span: the comment
that ends the key's line, and the block of full-line comments directly above it
at the same indentation.
"""

from __future__ import annotations

from segdsl.diagnostics import Span


def description(text: str, key: Span | None) -> str | None:
    """The comment text that describes the entry whose key is at ``key``."""
    if key is None:
        return None
    lines = text.split("\n")
    index = key.line - 1
    if index < 0 or index >= len(lines):
        return None
    line = lines[index].rstrip("\r")
    indent = len(line) - len(line.lstrip(" "))
    above: list[str] = []
    cursor = index - 1
    while cursor >= 0:
        previous = lines[cursor].rstrip("\r")
        stripped = previous.lstrip(" ")
        if not stripped.startswith("#") or len(previous) - len(stripped) != indent:
            break
        above.append(stripped[1:].strip())
        cursor -= 1
    parts = [" ".join(part for part in reversed(above) if part)]
    trailing = trailing_comment(line)
    if trailing:
        parts.append(trailing)
    found = "\n\n".join(part for part in parts if part)
    return found or None


def trailing_comment(line: str) -> str | None:
    """The text of a ``# comment`` ending a YAML line (a ``#`` inside quotes or
    not preceded by white space is not a comment)."""
    quote: str | None = None
    for position, char in enumerate(line):
        if quote is not None:
            if char == quote:
                quote = None
            continue
        if char in "\"'" and (position == 0 or line[position - 1] in " \t:[{,"):
            quote = char
        elif char == "#" and (position == 0 or line[position - 1] in " \t"):
            comment = line[position + 1:].strip()
            return comment or None
    return None
