"""Text functions and ``matches`` of the reference evaluator (SPEC 3.3, 3.4, 4.5).

Python's string methods differ from the SQL engines' in a few places the SPEC does
not settle; the choices here follow what the engines (DuckDB, PostgreSQL, BigQuery)
agree on, and docs/reference-evaluator.md lists them.
"""

from __future__ import annotations

import functools
import re

_WORD = "0-9A-Za-z_"
_SPACE = "\\t\\n\\f\\r "
# RE2's Perl classes are ASCII-only (Python's match any Unicode digit, letter or space).
_OUTSIDE_CLASS = {
    "d": "[0-9]", "D": "[^0-9]",
    "w": f"[{_WORD}]", "W": f"[^{_WORD}]",
    "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]",
    "b": f"(?:(?<=[{_WORD}])(?![{_WORD}])|(?<![{_WORD}])(?=[{_WORD}]))",
    "B": f"(?:(?<=[{_WORD}])(?=[{_WORD}])|(?<![{_WORD}])(?![{_WORD}]))",
}
_INSIDE_CLASS = {"d": "0-9", "w": _WORD, "s": _SPACE}
_MULTILINE = re.compile(r"\(\?[a-zA-Z]*m")


def upper(text: str) -> str:
    """Simple case mapping, one character to one character, as SQL engines do
    (Python's ``"ß".upper()`` is ``"SS"``; such characters stay as they are)."""
    return "".join(_one_to_one(char, char.upper()) for char in text)


def lower(text: str) -> str:
    """Simple case mapping, one character to one character (see :func:`upper`).
    The one character whose full lower case is longer is U+0130 (İ), whose simple
    lower case is "i" (Python's is "i" plus a combining dot)."""
    return "".join(_one_to_one(char, char.lower()) for char in text)


def _one_to_one(char: str, mapped: str) -> str:
    if len(mapped) == 1:
        return mapped
    return "i" if char == "\u0130" else char


def trim(text: str) -> str:
    """SQL's ``TRIM``: spaces at both ends, not tabs or line breaks."""
    return text.strip(" ")


def matches(text: str, pattern: str) -> bool:
    """``E matches S``: the RE2 pattern found anywhere in the text (SPEC 3.3)."""
    return _regex(pattern).search(text) is not None


@functools.lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(re2_to_python(pattern))


def re2_to_python(pattern: str) -> str:
    """A pattern of the RE2 subset the checker allows, as Python's ``re`` reads it
    with the same meaning: ``\\d \\w \\s \\b`` (and their negations) are ASCII in
    RE2, and RE2's ``$`` is the end of the text (Python's also matches before a
    final line break) unless multi-line mode is on."""
    keep_dollar = _MULTILINE.search(pattern) is not None
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escaped = pattern[i + 1]
            table = _INSIDE_CLASS if in_class else _OUTSIDE_CLASS
            out.append(table.get(escaped, char + escaped))
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            start = i + 1
            if pattern.startswith("^", start):
                start += 1
            if pattern.startswith("]", start):  # a leading `]` is a literal
                start += 1
            out.append(pattern[i:start])
            i = start
            continue
        if char == "]" and in_class:
            in_class = False
        elif char == "$" and not in_class and not keep_dollar:
            char = "\\Z"
        out.append(char)
        i += 1
    return "".join(out)
