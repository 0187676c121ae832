"""Simple case folding beyond U+024F on MariaDB (and MySQL 8): ``LOWER`` corrected
where it is not the folding (``MySQL.fold_case``'s last tier).

Neither server has ``TRANSLATE``, and the whole folding table as nested ``REPLACE``
calls would be 1454 deep.  But ``LOWER`` under a UCA 14.0 collation
(``utf8mb4_uca1400_ai_ci``, MariaDB 10.10+) is simple case folding for all but 195
characters of U+0001..U+1FFFF (under the binary collation, whose case tables are
older, 760 differ), so the folding is that ``LOWER`` with these few corrected:

* ``PRE``: characters whose folding ``LOWER`` keeps (final sigma U+03C2 -> U+03C3, ``ϐ`` -> ``β``,
  the Cyrillic small letter variants U+1C80..U+1C88, ...) are replaced by it before
  ``LOWER``;
* ``POST``: Cherokee folds to its capitals, which ``LOWER`` makes small; the small
  letters ``LOWER`` leaves are replaced by the capitals after it;
* ``KEPT``: ``İ`` (U+0130) folds to itself but ``LOWER`` makes it ``i``, as it
  makes ``I``; it is kept through ``LOWER`` as a private-use pair (U+E000 U+E002),
  after every U+E000 of the text itself was escaped as U+E000 U+E001, so that no
  character of the text is mistaken for the stand-in.

``LOWER_MISSES`` is what MariaDB 10.11's ``LOWER`` gives where it is not the
folding, measured over every code point of U+0001..U+1FFFF (no character above
has a case); ``tests/test_mysql_casefold.py`` checks the whole construction against
``segdsl/casefold.py`` on the server for every character with a case, so a server
whose tables differ is caught.  MySQL 8 reads the collation's other name
(``utf8mb4_0900_ai_ci``, Unicode 9.0's tables): untested, and its ``LOWER`` misses
more (the Georgian Mtavruli letters U+1C90..U+1CBF, added in Unicode 11, at least).
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.casefold import FOLDS

# The collation whose LOWER the tier corrects, named for each server in executable
# comments as BINARY_COLLATION is (see mysql.py): MariaDB 10.10+'s UCA 14.0 one,
# MySQL 8's UCA 9.0 one.
CASE_COLLATION = "/*M!101000 utf8mb4_uca1400_ai_ci */ /*!80000 utf8mb4_0900_ai_ci */"
# What mysql.parseable writes for it (the meaning is MariaDB's).
PARSEABLE_CASE_COLLATION = "utf8mb4_uca1400_ai_ci"

# Runs (first, last, delta): LOWER under CASE_COLLATION maps each code point from
# `first` to `last` to itself plus `delta`, where simple folding maps it elsewhere
# (MariaDB 10.11.19, 195 characters).
_LOWER_MISS_RUNS = (
    (0x00B5, 0x00B5, 0), (0x0130, 0x0130, -199), (0x017F, 0x017F, 0),
    (0x0345, 0x0345, 0), (0x03C2, 0x03C2, 0), (0x03D0, 0x03D1, 0), (0x03D5, 0x03D6, 0),
    (0x03F0, 0x03F1, 0), (0x03F5, 0x03F5, 0), (0x13A0, 0x13EF, 38864),
    (0x13F0, 0x13F5, 8), (0x13F8, 0x13FD, 0), (0x1C80, 0x1C88, 0), (0x1E9B, 0x1E9B, 0),
    (0x1FBE, 0x1FBE, 0), (0xAB70, 0xABBF, 0),
)
LOWER_MISSES: dict[int, int] = {code: code + delta for first, last, delta in _LOWER_MISS_RUNS
                                for code in range(first, last + 1)}

ESCAPE, ESCAPED, KEPT_FIRST = "\ue000", "\ue001", 0xE002


def _lower(code: int) -> int:
    """The server's LOWER of one character, as measured (the folding elsewhere)."""
    return LOWER_MISSES.get(code, FOLDS.get(code, code))


def _corrections() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """PRE, POST and KEPT (the module's docstring) derived from LOWER_MISSES: a
    character goes before LOWER if LOWER keeps its folding, after it if everything
    LOWER maps to the same character folds alike, and through a stand-in otherwise."""
    lowered_from: dict[int, set[int]] = {}
    for code in set(FOLDS) | set(FOLDS.values()) | set(LOWER_MISSES):
        lowered_from.setdefault(_lower(code), set()).add(code)
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    kept: list[str] = []
    for code in sorted(LOWER_MISSES):
        target = FOLDS.get(code, code)
        if _lower(target) == target and target != code:
            pre[chr(code)] = chr(target)
        elif all(FOLDS.get(other, other) == target
                 for other in lowered_from[_lower(code)]):
            post[chr(_lower(code))] = chr(target)
        else:
            kept.append(chr(code))
    return pre, post, tuple(kept)


PRE, POST, KEPT = _corrections()


def replace(text: exp.Expression, source: str, target: str) -> exp.Expression:
    """``REPLACE(text, source, target)`` (every occurrence; neither server has
    ``TRANSLATE``)."""
    return exp.Anonymous(this="REPLACE", expressions=[
        text, exp.Literal.string(source), exp.Literal.string(target)])


def fold_beyond_latin(value: exp.Expression) -> exp.Expression:
    """``value`` (any text) simply case folded: the stand-ins, ``PRE``, ``LOWER``
    under ``CASE_COLLATION``, ``POST``, the stand-ins back (112 ``REPLACE``
    calls on MariaDB 10.11's tables, all in one expression)."""
    text = replace(value, ESCAPE, ESCAPE + ESCAPED)
    stand_ins = [(char, ESCAPE + chr(KEPT_FIRST + i)) for i, char in enumerate(KEPT)]
    for char, stand_in in stand_ins:
        text = replace(text, char, stand_in)
    for source, target in PRE.items():
        text = replace(text, source, target)
    text = exp.Lower(this=exp.Collate(this=text, expression=exp.var(CASE_COLLATION)))
    for source, target in POST.items():
        text = replace(text, source, target)
    for char, stand_in in stand_ins:
        text = replace(text, stand_in, char)
    return replace(text, ESCAPE + ESCAPED, ESCAPE)


def caseless_pattern(folded: list[str], *, start: bool, end: bool) -> str:
    """A PCRE2 pattern matching text whose simple case folding is one of
    ``folded`` (each already folded) -- all of it, its start, its end, or a part:
    ``(?i)`` with the text as literal characters (ASCII letters and digits and
    everything past ASCII as they are, the rest as ``\\x{..}``, which no PCRE2
    syntax reads otherwise).  Under ``(?i)`` in UTF mode PCRE2 matches a character
    with every character of its Unicode case-equivalence set, which on MariaDB
    10.11 is exactly those of the same simple case folding (``K``, ``k`` and the
    Kelvin sign; the three sigmas; ``ß`` and ``ẞ``; ``İ`` only itself), checked
    for every cased character by tests/test_mysql_casefold.py."""
    def literal(text: str) -> str:
        return "".join(char if char.isalnum() or not char.isascii()
                       else f"\\x{{{ord(char):x}}}" for char in text)

    body = "|".join(literal(text) for text in folded)
    if len(folded) > 1:
        body = f"(?:{body})"
    return "(?i)" + ("^" if start else "") + body + ("\\z" if end else "")
