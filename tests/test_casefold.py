"""Unicode simple case folding (segdsl/casefold.py): the stored table is the
Unicode Character Database's, and every engine applies the compiler's folding
expression exactly as Python's reference does, whatever the collation."""

from __future__ import annotations

import unicodedata

import duckdb
import pytest
from engine_targets import postgres_test_url, zetasql_problem
from sqlglot import exp

from segdsl import casefold
from segdsl.compile.dialects import DIALECTS
from segdsl.timecontext import DEFAULT

# Characters whose folding engines' LOWER gets differently from simple folding, and
# some whose folding is plain: each with its simple folding (CaseFolding.txt C + S).
KNOWN = {
    "A": "a", "ß": "ß", "\u1e9e": "ß", "\u0130": "\u0130", "\u0131": "\u0131",
    "\u03a3": "\u03c3", "\u03c2": "\u03c3", "\u03c3": "\u03c3",
    "\u212a": "k", "\u2126": "ω", "\u017f": "s",
    "\ufb01": "\ufb01", "\u01c4": "\u01c6", "\u01c5": "\u01c6", "\u01c6": "\u01c6",
    "\uab70": "\u13a0", "\u13f8": "\u13f0", "\u0345": "\u03b9", "\u1f88": "\u1f80",
    "µ": "μ", "\u1c80": "в", "Ä": "ä", "1": "1", "@": "@",
}


def _simple_folding(char: str) -> str:
    """CaseFolding.txt C + S from what Python has: its casefold is C + F (full), so a
    one-character casefold is the C mapping; where it is longer (F), the S mapping
    is the simple lower case, except for U+0130, which folds only with status T."""
    folded = char.casefold()
    if len(folded) == 1:
        return folded
    lower = char.lower()
    return lower if len(lower) == 1 and char != "\u0130" else char


@pytest.mark.skipif(unicodedata.unidata_version != casefold.UNICODE_VERSION,
                    reason="Python's Unicode version is not the table's")
def test_the_table_is_unicode_simple_case_folding() -> None:
    derived = {}
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = ord(_simple_folding(chr(code)))
        if folded != code:
            derived[code] = folded
    assert derived == casefold.FOLDS
    assert len(casefold.FOLDS) == 1454


@pytest.mark.parametrize(("char", "folded"), KNOWN.items())
def test_known_foldings(char: str, folded: str) -> None:
    assert casefold.fold(char) == folded


def test_folding_is_one_to_one_per_character_and_idempotent() -> None:
    assert len(casefold.FOLD_FROM) == len(casefold.FOLD_TO) == len(set(casefold.FOLD_FROM))
    assert not set(casefold.FOLDS.values()) & set(casefold.FOLDS)
    assert casefold.fold("STRA\u1e9eE \u039f\u0394\u039f\u03a3 \u01c5") == (
        "stra\u00dfe \u03bf\u03b4\u03bf\u03c3 \u01c6")


# Every character folding changes and every result, alone (each tier of the
# compiled folding sees its own part of the table: ASCII, Latin-1, Latin, the rest),
# the characters folding keeps on purpose, and text of each tier and mixed tiers.
_SAMPLES = sorted({*casefold.FOLD_FROM, *casefold.FOLD_TO, *KNOWN, "ßİıﬁ",
                   "", "Hello WORLD@x.COM", "Straße ÄÖÜ µ ÿ", "İSTANBUL ŁÓDŹ ǅ",
                   "\u039f\u0394\u039f\u03a3 \u212a", "tab\there", "A\u0301", "\u017f and \u017fS"})


def _fold_sql(dialect: str) -> str:
    """The compiled folding of column c of a table t of the samples."""
    folded = DIALECTS[dialect](DEFAULT).fold_case(exp.column("c"))
    return exp.select("c", folded.as_("folded")).from_("t").sql(DIALECTS[dialect].sqlglot_name)


def _wrong(rows: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    assert len(rows) == len(_SAMPLES)
    return [(text, found, casefold.fold(text)) for text, found in rows
            if found != casefold.fold(text)]


def test_duckdb_folds_as_the_reference() -> None:
    connection = duckdb.connect()
    connection.execute("CREATE TABLE t AS SELECT unnest(?::VARCHAR[]) AS c", [_SAMPLES])
    assert _wrong(connection.execute(_fold_sql("duckdb")).fetchall()) == []


def test_postgres_folds_as_the_reference_under_every_collation() -> None:
    """The column's collation (a Turkish one lowers I to dotless i), and a value
    with an explicit collation (a string picked by max, Dialect.text_value)."""
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(postgres_test_url()) as connection:
        wanted = ["C", "default", "tr-TR-x-icu", "en-US-x-icu", "tr_TR", "de_DE.utf8"]
        names = {row[0] for row in connection.execute(
            "SELECT collname FROM pg_collation WHERE collname = ANY(%s)", [wanted])}
        for collation in sorted(names | {"C", "default"}):
            connection.execute("DROP TABLE IF EXISTS t")
            connection.execute(f'CREATE TEMPORARY TABLE t (c text COLLATE "{collation}")')
            connection.execute("INSERT INTO t SELECT unnest(%s::text[])", [_SAMPLES])
            rows = connection.execute(_fold_sql("postgres")).fetchall()
            assert _wrong(rows) == [], collation
        explicit = DIALECTS["postgres"](DEFAULT).text_value(exp.column("c"))
        folded = DIALECTS["postgres"](DEFAULT).fold_case(explicit)
        rows = connection.execute(
            exp.select("c", folded.as_("f")).from_("t").sql("postgres")).fetchall()
        assert _wrong(rows) == []


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake",
                                     "redshift", "trino"])
def test_lower_only_for_ascii_and_translate_for_the_rest(dialect: str) -> None:
    sql = _fold_sql(dialect)
    assert sql.count("TRANSLATE(") == 3
    assert sql.upper().count("LOWER(") == 1
    assert casefold.FOLD_FROM in sql


def test_bigquery_folds_as_the_reference() -> None:
    """On ZetaSQL, BigQuery's own analyzer and reference evaluator."""
    problem = zetasql_problem()
    if problem is not None:
        pytest.skip(problem)
    from segdsl.engines.zetasql_engine import ZetaSQLEngine

    folded = DIALECTS["bigquery"](DEFAULT).fold_case(exp.column("c"))
    samples = exp.Unnest(expressions=[exp.Array(
        expressions=[exp.Literal.string(text) for text in _SAMPLES])],
        alias=exp.TableAlias(columns=[exp.to_identifier("c")]))
    query = exp.select("c", folded.as_("folded")).from_(samples).sql("bigquery")
    with ZetaSQLEngine() as engine:
        _, rows = engine.query(query)
    assert _wrong([(str(text), str(found)) for text, found in rows]) == []
