"""``ignoring case`` on MariaDB: the folding of a column (``MySQL.fold_case``)
against a literal, before (text beyond U+024F lowered by ``LOWER`` alone, inexact)
and now (``LOWER`` corrected by ``REPLACE``, mysql_fold.py), and the caseless
regular expression a literal compiles to (``caseless_pattern``), side by side on
100,000 strings of one script each.  docs/performance.md, "ignoring case on
MariaDB".

    python bench/bench_mysql_casefold.py --url mysql://root@127.0.0.1/segdsl_bench --runs 7
"""

from __future__ import annotations

import argparse
import statistics
import time

from sqlglot import exp

from segdsl.casefold import fold
from segdsl.compile.dialects import mysql as mysql_dialect
from segdsl.compile.dialects.mysql import MySQL
from segdsl.compile.dialects.mysql_fold import caseless_pattern
from segdsl.engines.mysql_engine import MySQLEngine

# Per script: a name with a capital in front, and the literal compared with.
SCRIPTS = {
    "ascii": ("Anna", "ANNA"),
    "latin-1": ("Änna", "ÄNNA"),
    "greek": ("Άννα", "ΆΝΝΑ"),
    "cyrillic": ("Дanna", "ДANNA"),
    "cherokee": ("\u13a0\u13a1\u13a2", "\uab70\uab71\uab72"),
}
ROWS = 100_000


def _old_fold(dialect: MySQL, value: exp.Expression) -> exp.Expression:
    """The folding before mysql_fold: the same tiers, LOWER alone beyond U+024F."""
    saved = mysql_dialect.fold_beyond_latin
    mysql_dialect.fold_beyond_latin = lambda text: exp.Lower(this=text)
    try:
        return dialect.fold_case(value)
    finally:
        mysql_dialect.fold_beyond_latin = saved


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    dialect = MySQL()
    column = dialect.read_text(exp.column("c"))
    with MySQLEngine(arguments.url) as engine:
        print("| script | old fold s | new fold s | regex s | new / old | regex / old | rows |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for script, (name, literal) in SCRIPTS.items():
            engine.query("DROP TEMPORARY TABLE IF EXISTS bench_names")
            engine.query("CREATE TEMPORARY TABLE bench_names (n INT, c VARCHAR(40) "
                         "CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci)")
            for start in range(0, ROWS, 5000):
                rows = [exp.Tuple(expressions=[exp.Literal.number(i), exp.Literal.string(
                    f"{name}{i}")]) for i in range(start, start + 5000)]
                engine.query(exp.insert(exp.Values(expressions=rows), "bench_names")
                             .sql("mysql"))
            wanted = exp.Literal.string(fold(literal + "7"))
            tests = {
                "old": exp.EQ(this=_old_fold(dialect, column.copy()), expression=wanted),
                "new": exp.EQ(this=dialect.fold_case(column.copy()), expression=wanted.copy()),
                "regex": dialect.regex_contains(column.copy(), exp.Literal.string(
                    caseless_pattern([fold(literal + "7")], start=True, end=True))),
            }
            times: dict[str, list[float]] = {key: [] for key in tests}
            counts: dict[str, object] = {}
            for _ in range(arguments.runs):
                for key, test in tests.items():  # side by side, interleaved
                    sql = exp.select(exp.Count(this=exp.Star())).from_("bench_names").where(
                        test).sql("mysql")
                    began = time.perf_counter()
                    counts[key] = engine.query(sql)[1][0][0]
                    times[key].append(time.perf_counter() - began)
            old, new, rx = (statistics.median(times[key]) for key in ("old", "new", "regex"))
            print(f"| {script} | {old:.3f} | {new:.3f} | {rx:.3f} | {new / old:.2f} | "
                  f"{rx / old:.2f} | {counts['old']} / {counts['new']} / {counts['regex']} |")


if __name__ == "__main__":
    main()
