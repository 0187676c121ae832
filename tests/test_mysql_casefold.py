"""``ignoring case`` on MariaDB is segdsl's simple case folding for every character
that has a case, beyond U+024F too (segdsl/compile/dialects/mysql_fold.py): one
query over a table of all of them, so that a server whose case tables change (an
upgrade) is caught here.  Latin alone: tests/test_mysql.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from engine_targets import mysql_test_url
from sqlglot import exp

from segdsl.casefold import FOLDS, fold
from segdsl.compile.dialects.mysql import MySQL
from segdsl.compile.dialects.mysql_fold import (
    ESCAPE,
    ESCAPED,
    KEPT_FIRST,
    LOWER_MISSES,
    caseless_pattern,
)
from segdsl.engines.mysql_engine import MySQLEngine


def _cased() -> list[str]:
    """Every character of U+0001..U+1FFFF that has a case (Python's mappings, the
    folding table, the server's LOWER where it misses): nothing above has one."""
    codes = set(FOLDS) | set(FOLDS.values()) | set(LOWER_MISSES) | set(LOWER_MISSES.values())
    for code in range(1, 0x20000):
        char = chr(code)
        if not 0xD800 <= code <= 0xDFFF and (char.lower() != char or char.upper() != char):
            codes.add(code)
    return [chr(code) for code in sorted(codes)]


CASED = _cased()
# Each character alone (the tier its own code point picks) and among Greek
# capitals (the last tier for every one), and the stand-ins of the last tier in
# the text itself.
TEXTS = CASED + [f"\u0391B{char}\u03a3" for char in CASED] + [
    ESCAPE, ESCAPE + ESCAPED, ESCAPE + chr(KEPT_FIRST), "\u0130" + ESCAPE + chr(KEPT_FIRST),
    "\u0391\u0130\u0131I", "\u0391" + ESCAPE + "\u0130" + ESCAPE, "STRA\u1e9eE \u03a3\u03c2",
    "\u13a0\uab70\u13f8\u13f0", "\u0391 tab\t\u212a", ""]


@pytest.fixture(scope="module")
def engine() -> Iterator[MySQLEngine]:
    with MySQLEngine(mysql_test_url()) as opened:
        opened.query("CREATE TEMPORARY TABLE cased (n INT, c VARCHAR(20) "
                     "CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci)")
        for start in range(0, len(TEXTS), 2000):
            rows = [exp.Tuple(expressions=[exp.Literal.number(start + i), exp.Literal.string(t)])
                    for i, t in enumerate(TEXTS[start:start + 2000])]
            opened.query(exp.insert(exp.Values(expressions=rows), "cased").sql("mysql"))
        yield opened


def test_every_cased_character_folds_as_the_reference(engine: MySQLEngine) -> None:
    """The table's own collation ignores case (``utf8mb4_general_ci``): the
    folding reads the column as the compiler does (``read_text``)."""
    dialect = MySQL()
    folded = dialect.fold_case(dialect.read_text(exp.column("c")))
    _, rows = engine.query(exp.select("n", folded).from_("cased").sql("mysql"))
    found = {int(str(n)): value for n, value in rows}
    wrong = {TEXTS[n]: (value, fold(TEXTS[n])) for n, value in found.items()
             if value != fold(TEXTS[n])}
    assert len(found) == len(TEXTS)
    assert not wrong


def test_the_caseless_pattern_of_a_folding_matches_exactly_the_characters_folding_to_it(
        engine: MySQLEngine) -> None:
    """``Dialect.caseless_literal`` (a literal compared ignoring case): each cased
    character matches the whole-text pattern of its folding, and the pattern
    matches no other cased character -- in one string of all of them, behind a
    case-sensitive look-ahead that skips the characters of the same folding."""
    dialect = MySQL()
    patterns = []
    for n, char in enumerate(CASED):
        target = fold(char)
        same = "".join(f"\\x{{{ord(other):x}}}" for other in CASED if fold(other) == target)
        patterns.append(exp.Tuple(expressions=[
            exp.Literal.number(n),
            exp.Literal.string(caseless_pattern([target], start=True, end=True)),
            exp.Literal.string(f"(?=[^{same}])" + caseless_pattern([target], start=False,
                                                                   end=False))]))
    engine.query("CREATE TEMPORARY TABLE patterns (n INT, whole VARCHAR(200), "
                 "other VARCHAR(400)) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin")
    engine.query(exp.insert(exp.Values(expressions=patterns), "patterns").sql("mysql"))
    # The compiled test of a column against a literal, with the pattern from the table.
    own = dialect.regex_contains(dialect.read_text(exp.column("c", "t")), exp.column("whole", "p"))
    stray = exp.Anonymous(this="REGEXP_SUBSTR", expressions=[
        exp.Literal.string("".join(CASED)), exp.column("other", "p")])
    query = exp.select(exp.column("n", "t"), own, stray).from_("cased AS t").join(
        "patterns AS p", on=exp.column("n", "t").eq(exp.column("n", "p")))
    _, rows = engine.query(query.sql("mysql"))
    assert len(rows) == len(CASED)
    wrong = {CASED[int(str(n))]: (found, extra) for n, found, extra in rows
             if not found or extra}
    assert not wrong


# Texts with the pattern syntax of PCRE2 and of MariaDB's string literals in them.
_SYNTAX = ["a.b", "A*B", "(x)|[y]", "\\E\\Q", "\\", "$1^", "a\nb", "a\n", "?+{2}", "%_'\"",
           "\u03a3\u03c2.\u212a", "\u0130.", "", " ", "tab\t", "\u00c4\u00df#/"]


def test_caseless_literals_with_pattern_syntax_are_literal(engine: MySQLEngine) -> None:
    """Every ``Dialect.caseless_literal`` form (``=``, ``in``, ``starts with``,
    ``ends with``, ``contains``) on texts full of regular-expression syntax, against
    the reference's folding, in one query."""
    dialect = MySQL()
    forms = {(True, True): lambda v, p: v == p, (True, False): str.startswith,
             (False, True): str.endswith, (False, False): lambda v, p: p in v}
    tests, wanted = [], []
    for text in _SYNTAX:
        for literal in _SYNTAX:
            for (start, end), holds in forms.items():
                tests.append(dialect.caseless_literal(
                    exp.Literal.string(text), [fold(literal.upper())], start=start, end=end))
                wanted.append(holds(fold(text), fold(literal.upper())))
        tests.append(dialect.caseless_literal(exp.Literal.string(text), [
            fold(other) for other in ("A.B", "(X)|[Y]", "")], start=True, end=True))
        wanted.append(fold(text) in ("a.b", "(x)|[y]", ""))
    _, rows = engine.query(exp.select(*(
        exp.Coalesce(this=test, expressions=[exp.false()]) for test in tests if test is not None
    )).sql("mysql"))
    found = [bool(value) for value in rows[0]]
    assert len(found) == len(wanted)
    assert found == wanted
