"""Text functions and ``matches`` of the reference evaluator (SPEC 3.3, 3.4, 4.5).

Python's string methods differ from the SQL engines' in a few places the SPEC does
not settle; the choices here follow what the engines (DuckDB, PostgreSQL, BigQuery)
agree on, and docs/reference-evaluator.md lists them.
"""

from __future__ import annotations

import functools
import re

from segdsl.casefold import fold
from segdsl.check import regex


def folded(value: object, ignoring_case: bool) -> object:
    """An operand of a test ``ignoring case``: text by Unicode simple case folding
    (segdsl/casefold.py's table, docs/semantics.md "Ignoring case"); anything else,
    and every operand of a test without ``ignoring case``, as it is."""
    return fold(value) if ignoring_case and isinstance(value, str) else value


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
    """``E matches S``: the pattern found anywhere in the text (SPEC 3.3), in the
    portable subset's meaning (segdsl/check/regex.py)."""
    return _regex(pattern).search(text) is not None


@functools.lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(to_python(pattern))


def to_python(pattern: str) -> str:
    """A pattern of the portable subset written for Python's ``re`` from its parse,
    every construct spelled out so that none of Python's own readings applies:
    ``.`` is ``[^\\n]``, ``^``/``$`` are ``\\A``/``\\Z`` (Python's ``$`` also
    matches before a final line break), every literal character is escaped, and
    class members are escaped one by one (``[[]`` and ``--`` mean other things to
    Python).  Case-sensitive; characters are code points."""
    parsed = regex.parse(pattern)
    if isinstance(parsed, regex.Problem):
        raise ValueError(f"pattern outside the portable subset: {parsed.message}")
    out: list[str] = []
    # Iterative over (node or text) so that nesting costs no Python recursion.
    pending: list[regex.Node | str] = [parsed.root]
    while pending:
        node = pending.pop()
        match node:
            case str():
                out.append(node)
            case regex.Literal(char=char):
                out.append(re.escape(char))
            case regex.AnyChar():
                out.append("[^\\n]")
            case regex.Anchor(start=start):
                out.append("\\A" if start else "\\Z")
            case regex.CharClass(negated=negated, ranges=ranges):
                members = "".join(re.escape(low) if low == high
                                  else f"{re.escape(low)}-{re.escape(high)}"
                                  for low, high in ranges)
                out.append(f"[{'^' if negated else ''}{members}]")
            case regex.Repeat(item=item, low=low, high=high):
                bound = f"{{{low},{'' if high is None else high}}}"
                pending.extend([bound, ")", item, "(?:"])
            case regex.Alternatives(branches=branches):
                parts: list[regex.Node | str] = ["(?:"]
                for index, branch in enumerate(branches):
                    if index:
                        parts.append("|")
                    parts.extend(branch)
                parts.append(")")
                pending.extend(reversed(parts))
    return "".join(out)
