"""The second edition's other forms in the batch benchmark (bench/bench_batch.py):
lists, ``ignoring case``, percentages, static lists and ``restarted``, each compiled
with ``compile_membership`` and timed side by side with the query an analyst would
write in DuckDB for the same members.

Like bench/bench_anchored.py the segments live here, not in bench/project, so that
the batch query of bench/project (``batch, all 14``) and the figures
docs/performance.md keeps for it stay as they were.  The data is bench/gen_data.py's,
unchanged; what the forms need and the shop data lacks is made here, in temporary
tables of the read-only connection, from the existing columns, deterministically:

* ``bench_customers``: ``shop.customers`` plus ``interests`` (a ``list<string>``:
  a missing list for customers without an e-mail, else 0 to 6 interests picked by
  a hash of the key), and the first name in three spellings, one per tier of
  ``Dialect.fold_case``: ``nick_ascii`` (``ANNA``, printable ASCII),
  ``nick_latin`` (``ÖANNA``, up to U+00FF) and ``nick_cyrillic`` (``ДANNA``,
  beyond U+024F: the whole folding table);
* ``bench_orders``: ``shop.orders`` plus ``labels`` (a ``list<string>``), read by
  the event ``labelled_purchase``;
* two CSV files of keys (every other customer, and the same plus 90,000 keys of no
  customer) for ``in list``, the second also as a table list (``bench_visitors``).

The schema is the shop's with those attributes, that event and ``bench_customers``
as the entity table; every hand-written query reads the same tables.

    python bench/bench_edition2.py [--size small|large] [--runs 5] [--threads N]
                                   [--db FILE] [--only 'FORM;FORM']
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from gen_data import AS_OF, SIZES, default_path, generate  # noqa: E402

from segdsl.check.checker import CheckedProject, check_project  # noqa: E402
from segdsl.compile.api import compile_membership  # noqa: E402
from segdsl.diagnostics import Span  # noqa: E402
from segdsl.project.model import EventType, Field, Schema, StaticListSource, ValueType  # noqa: E402
from segdsl.project.static_lists import StaticList  # noqa: E402
from segdsl.syntax.parser import parse_source  # noqa: E402

KEY = "customer_id"
AS_OF_SQL = "TIMESTAMP '2026-11-01'"
INTERESTS = ["running", "kids", "outdoor", "fitness", "casual", "yoga", "hiking", "tennis"]
LABELS = ["gift", "sale", "bulk", "express"]
# Keys of no customer added to the larger static list (customer keys are C + digits).
UNKNOWN_KEYS = 90_000

# The extra tables, from gen_data's columns only (hash() of a key and a salt picks).
SETUP = [
    f"""
    CREATE OR REPLACE TEMP TABLE bench_customers AS
    SELECT c.*,
        CASE WHEN c.email IS NULL THEN NULL ELSE list_filter(
            {INTERESTS}, lambda x, i: hash(c.customer_id || x) % 7 < 2) END AS interests,
        upper(strip_accents(coalesce(c.first_name, 'nobody'))) AS nick_ascii,
        'Ö' || upper(strip_accents(coalesce(c.first_name, 'nobody'))) AS nick_latin,
        'Д' || upper(strip_accents(coalesce(c.first_name, 'nobody'))) AS nick_cyrillic
    FROM shop.customers AS c
    """,
    f"""
    CREATE OR REPLACE TEMP TABLE bench_orders AS
    SELECT o.*,
        list_filter({LABELS}, lambda x, i: hash(o.customer_id || o.ordered_at::VARCHAR || x)
                                        % 5 = 0) AS labels
    FROM shop.orders AS o
    """,
    # page views (180,000 at size small) with the page in two spellings, for
    # `ignoring case` over many rows (the attribute cases read 20,000)
    """
    CREATE OR REPLACE TEMP TABLE bench_views AS
    SELECT customer_id, occurred_at, upper(page) AS page_ascii, 'Ö' || upper(page) AS page_latin
    FROM shop.events WHERE event_name = 'page_view'
    """,
]


@dataclass(frozen=True)
class Case:
    """Segments of one form and the hand-written query of the same members: the key
    and one boolean column per segment, over every customer."""

    form: str
    source: str
    reference: str
    lists: tuple[str, ...] = ()  # the static lists it uses

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(line.split()[1] for line in self.source.splitlines()
                     if line.startswith("segment "))


def _per_customer(columns: str, joins: str = "") -> str:
    return f"SELECT c.customer_id, {columns}\nFROM bench_customers AS c\n{joins}"


LISTS = Case("lists", """\
segment runners
  where interests contains "running"
segment outdoorsy
  where interests contains any ["outdoor", "hiking"]
segment all_rounders
  where interests contains all ["running", "fitness", "yoga"]
segment broad
  where length(interests) >= 3
segment gift_buyers
  where count(labelled_purchase with labels contains "gift" in last 90 days) >= 2
""", _per_customer("""\
    coalesce(list_contains(c.interests, 'running'), false) AS runners,
    coalesce(list_has_any(c.interests, ['outdoor', 'hiking']), false) AS outdoorsy,
    coalesce(list_has_all(c.interests, ['running', 'fitness', 'yoga']), false)
        AS all_rounders,
    coalesce(len(c.interests) >= 3, false) AS broad,
    coalesce(o.gifts >= 2, false) AS gift_buyers""", f"""\
LEFT JOIN (SELECT customer_id, count(*) AS gifts FROM bench_orders
           WHERE ordered_at >= {AS_OF_SQL} - INTERVAL 90 DAY AND ordered_at < {AS_OF_SQL}
             AND list_contains(labels, 'gift')
           GROUP BY customer_id) AS o ON o.customer_id = c.customer_id"""))


def _case_folding(tier: str, column: str, value: str) -> Case:
    name = f"anna_{tier}"
    return Case(f"ignoring case, {tier}", f"""\
segment {name}
  where {column} = "{value}" ignoring case
""", _per_customer(f"coalesce(lower(c.{column}) = '{value.lower()}', false) AS {name}"))


FOLD_ASCII = _case_folding("ascii", "nick_ascii", "Anna")
FOLD_LATIN = _case_folding("latin", "nick_latin", "öAnna")
FOLD_CYRILLIC = _case_folding("cyrillic", "nick_cyrillic", "дAnna")


def _views_folding(tier: str, column: str, value: str) -> Case:
    name = f"sale_{tier}"
    return Case(f"ignoring case, page views, {tier}", f"""\
segment {name}
  where count(styled_view with {column} contains "{value}" ignoring case
              in last 180 days) >= 2
""", _per_customer(f"coalesce(v.n >= 2, false) AS {name}", f"""\
LEFT JOIN (SELECT customer_id, count(*) AS n FROM bench_views
           WHERE occurred_at >= {AS_OF_SQL} - INTERVAL 180 DAY AND occurred_at < {AS_OF_SQL}
             AND contains(lower({column}), '{value.lower()}')
           GROUP BY customer_id) AS v ON v.customer_id = c.customer_id"""))


VIEWS_ASCII = _views_folding("ascii", "page_ascii", "/Sale/R")
VIEWS_LATIN = _views_folding("latin", "page_latin", "ö/Sale/R")

# `25%` is the number 0.25 (the SQL is asserted equal to that of `0.25`).
PERCENTAGES = Case("percentages", """\
segment clickers
  where count(email_open in last 90 days) >= 4
    and count(email_click in last 90 days) >= 25% * count(email_open in last 90 days)
""", _per_customer("coalesce(e.opens >= 4 AND e.clicks >= 0.25 * e.opens, false) AS clickers",
                   f"""\
LEFT JOIN (SELECT customer_id,
                  count(*) FILTER (event_name = 'email_open') AS opens,
                  count(*) FILTER (event_name = 'email_click') AS clicks
           FROM shop.events
           WHERE occurred_at >= {AS_OF_SQL} - INTERVAL 90 DAY AND occurred_at < {AS_OF_SQL}
           GROUP BY customer_id) AS e ON e.customer_id = c.customer_id"""))


def _static_list(name: str) -> Case:
    return Case(f"static list, {name}", f"""\
segment on_{name}
  where in list {name}
""", _per_customer(
        f"c.customer_id IN (SELECT customer_id FROM read_csv('{{{name}}}', header = true, "
        f"columns = {{'customer_id': 'VARCHAR'}})) AS on_{name}"), lists=(name,))


LIST_10K = _static_list("visitors")
LIST_100K = _static_list("visitors_and_more")
# The same keys as a table list (`{table: ..., key: ...}`): read by the query, not
# written into it.
LIST_TABLE = Case("static list, table of 100,000", """\
segment on_visitors_table
  where in list visitors_table
""", _per_customer("c.customer_id IN (SELECT customer_id FROM bench_visitors)"
                   " AS on_visitors_table"), lists=("visitors_table",))

RESTARTED = Case("restarted", """\
segment back_buyers
  where restarted purchase in last 30 days
segment back_openers
  where restarted email_open with campaign = "newsletter" in last 14 days
""", _per_customer("""\
    coalesce(o.now > 0 AND o.gap = 0 AND o.before > 0, false) AS back_buyers,
    coalesce(e.now > 0 AND e.gap = 0 AND e.before > 0, false) AS back_openers""", f"""\
LEFT JOIN (SELECT customer_id,
                  count(*) FILTER (ordered_at >= {AS_OF_SQL} - INTERVAL 30 DAY) AS now,
                  count(*) FILTER (ordered_at >= {AS_OF_SQL} - INTERVAL 60 DAY
                                   AND ordered_at < {AS_OF_SQL} - INTERVAL 30 DAY) AS gap,
                  count(*) FILTER (ordered_at < {AS_OF_SQL} - INTERVAL 60 DAY) AS before
           FROM shop.orders WHERE ordered_at < {AS_OF_SQL}
           GROUP BY customer_id) AS o ON o.customer_id = c.customer_id
LEFT JOIN (SELECT customer_id,
                  count(*) FILTER (occurred_at >= {AS_OF_SQL} - INTERVAL 14 DAY) AS now,
                  count(*) FILTER (occurred_at >= {AS_OF_SQL} - INTERVAL 28 DAY
                                   AND occurred_at < {AS_OF_SQL} - INTERVAL 14 DAY) AS gap,
                  count(*) FILTER (occurred_at < {AS_OF_SQL} - INTERVAL 28 DAY) AS before
           FROM shop.events
           WHERE occurred_at < {AS_OF_SQL} AND event_name = 'email_open'
             AND campaign = 'newsletter'
           GROUP BY customer_id) AS e ON e.customer_id = c.customer_id"""))

CASES = (LISTS, FOLD_ASCII, FOLD_LATIN, FOLD_CYRILLIC, VIEWS_ASCII, VIEWS_LATIN, PERCENTAGES,
         LIST_10K, LIST_100K, LIST_TABLE, RESTARTED)


# --------------------------------------------------------------------------------
# The schema, the tables and the lists
# --------------------------------------------------------------------------------


def schema(base: Schema) -> Schema:
    """The shop's schema with the attributes and the event the forms need."""
    attributes = dict(base.attributes)
    attributes["interests"] = Field("interests", ValueType.LIST_STRING, "interests")
    for column in ("nick_ascii", "nick_latin", "nick_cyrillic"):
        attributes[column] = Field(column, ValueType.STRING, column)
    purchase = base.events["purchase"]
    labelled = replace(purchase, name="labelled_purchase", table="bench_orders",
                       properties={**purchase.properties,
                                   "labels": Field("labels", ValueType.LIST_STRING, "labels")})
    views = EventType("styled_view", "bench_views", KEY, "occurred_at",
                      {c: Field(c, ValueType.STRING, c) for c in ("page_ascii", "page_latin")})
    return replace(base, table="bench_customers", attributes=attributes,
                   events={**base.events, "labelled_purchase": labelled,
                           "styled_view": views})


@dataclass(frozen=True)
class Prepared:
    """The connection with the extra tables, and the static lists' files and keys."""

    con: duckdb.DuckDBPyConnection
    files: dict[str, Path]
    lists: dict[str, StaticList]


def prepare(con: duckdb.DuckDBPyConnection, folder: Path) -> Prepared:
    """Create the temporary tables and write the lists' CSV files into ``folder``."""
    for statement in SETUP:
        con.execute(statement)
    customers = [row[0] for row in con.execute(
        "SELECT customer_id FROM shop.customers ORDER BY customer_id").fetchall()]
    keys = {"visitors": customers[::2],
            "visitors_and_more": customers[::2] + [f"V{i:07d}" for i in range(UNKNOWN_KEYS)]}
    files: dict[str, Path] = {}
    lists: dict[str, StaticList] = {}
    for name, listed in keys.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([KEY])
            writer.writerows([k] for k in listed)
        source = StaticListSource(name, Span.point("segdsl.yml", 1, 1), f"{name}.csv", path)
        lists[name] = StaticList(source, tuple(listed))
        files[name] = path
    con.execute("CREATE OR REPLACE TEMP TABLE bench_visitors AS SELECT * FROM read_csv(?, "
                "header = true, columns = {'customer_id': 'VARCHAR'})",
                [str(files["visitors_and_more"])])
    table = StaticListSource("visitors_table", Span.point("segdsl.yml", 1, 1),
                             table="bench_visitors", column=KEY)
    lists[table.name] = StaticList(table, None)
    return Prepared(con, files, lists)


def compiled(checked: CheckedProject, prepared: Prepared, case: Case) -> str:
    """The case's segments compiled together (one query), as ``compile --all`` would."""
    lists = {name: prepared.lists[name] for name in case.lists}
    project = check_project(schema(checked.schema),
                            [parse_source(case.source, "edition2.seg")], lists)
    if not project.ok:
        sys.exit(f"the bench segments of {case.form} do not check: {project.diagnostics}")
    return compile_membership(project, "duckdb", AS_OF, list(case.names))


def hand_written(prepared: Prepared, case: Case) -> str:
    sql = case.reference
    for name, path in prepared.files.items():
        sql = sql.replace("{" + name + "}", str(path).replace("'", "''"))
    return sql


def differences(con: duckdb.DuckDBPyConnection, case: Case, batch: str, reference: str
                ) -> list[str]:
    """Members in one query and not in the other, per segment (empty when they agree)."""
    found = []
    for name in case.names:
        members = {"compiled": f'SELECT {KEY} FROM ({batch}) AS q WHERE "{name}"',
                   "hand-written": f'SELECT {KEY} FROM ({reference}) AS q WHERE "{name}"'}
        for a, b in (("compiled", "hand-written"), ("hand-written", "compiled")):
            extra = con.execute(f"SELECT count(*) FROM ({members[a]} EXCEPT {members[b]})"
                                ).fetchone()
            if extra and extra[0]:
                found.append(f"{name}: {extra[0]} members in {a} but not in {b}")
    return found


def timed(case: Case, batch: str, reference: str) -> dict[str, list[str]]:
    counts = ", ".join(f'count_if("{name}")' for name in case.names)
    table = f"SELECT count(*), {counts} FROM ({{}}) AS q"
    return {"compiled": [table.format(batch)], "hand-written": [table.format(reference)]}


@dataclass(frozen=True)
class Result:
    form: str
    members: tuple[int, ...]
    compiled_s: float
    hand_written_s: float
    problems: list[str]

    @property
    def ratio(self) -> float:
        return self.compiled_s / self.hand_written_s


def measure(checked: CheckedProject, prepared: Prepared, case: Case, runs: int) -> Result:
    import bench_batch

    batch = compiled(checked, prepared, case)
    reference = hand_written(prepared, case)
    problems = differences(prepared.con, case, batch, reference)
    statements = timed(case, batch, reference)
    row = prepared.con.execute(statements["compiled"][0]).fetchone()
    assert row is not None
    times = bench_batch.time_side_by_side(prepared.con, statements, runs)
    return Result(case.form, tuple(int(v) for v in row),
                  statistics.median(times["compiled"]),
                  statistics.median(times["hand-written"]), problems)


def percentages_are_free(checked: CheckedProject, prepared: Prepared) -> bool:
    """Whether `25%` compiles to exactly the SQL of `0.25`."""
    written = replace(PERCENTAGES, source=PERCENTAGES.source.replace("25%", "0.25"))
    return compiled(checked, prepared, PERCENTAGES) == compiled(checked, prepared, written)


def report(checked: CheckedProject, con: duckdb.DuckDBPyConnection, runs: int,
           cases: tuple[Case, ...] = CASES, out: Callable[[str], None] = print
           ) -> list[str]:
    """Measure every case on ``con`` (the tables are made on it) and print a table;
    returns the problems (members that differ, or percentages that are not free)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        prepared = prepare(con, Path(folder))
        if not percentages_are_free(checked, prepared):
            problems.append("percentages: `25%` does not compile to the SQL of `0.25`")
        out("\n| form | segments (members) | compiled s | hand-written s | ratio |")
        out("|---|---|---:|---:|---:|")
        for case in cases:
            result = measure(checked, prepared, case, runs)
            members = ", ".join(f"{n} {m:,}" for n, m in
                                zip(case.names, result.members[1:], strict=True))
            out(f"| {case.form} | {members} | {result.compiled_s:.3f} | "
                f"{result.hand_written_s:.3f} | {result.ratio:.2f} |")
            problems += result.problems
    for problem in problems:
        out(f"* {problem}")
    return problems


def main(argv: list[str] | None = None) -> int:
    import bench_batch

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--db", type=Path, default=None,
                        help="database file (default bench/data/<size>.duckdb)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", default="",
                        help="semicolon-separated forms (a prefix of the form's name, "
                        "e.g. 'lists;ignoring case, page')")
    args = parser.parse_args(argv)
    database = args.db or default_path(args.size)
    if not database.exists():
        if args.db is not None:
            parser.error(f"--db {database}: no such file")
        generate(database, SIZES[args.size])
    wanted = [w.strip() for w in args.only.split(";") if w.strip()]
    cases = tuple(c for c in CASES if not wanted or any(c.form.startswith(w) for w in wanted))
    con = bench_batch.connect(database, args.threads)
    print(f"size {args.size if args.db is None else database.name}, DuckDB "
          f"{duckdb.__version__}, threads {args.threads}, median of {args.runs} runs, side by side")
    problems = report(bench_batch.load_project(), con, args.runs, cases)
    con.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
