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
from segdsl.compile.dialects.mysql_fold import ESCAPE, ESCAPED, KEPT_FIRST, LOWER_MISSES
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
