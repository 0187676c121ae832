"""Unicode simple case folding (segdsl/casefold.py): the stored table is the
Unicode Character Database's, and every engine applies the compiler's folding
expression exactly as Python's reference does, whatever the collation."""

from __future__ import annotations

import unicodedata

import duckdb
import pytest
from engine_targets import postgres_test_url
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


# Every character folding changes, the ones it keeps on purpose, and text around them.
_SAMPLE = (casefold.FOLD_FROM + casefold.FOLD_TO + "ßİıﬁ ǅ x" + "".join(KNOWN))


def _fold_sql(dialect: str, collation: str | None = None) -> str:
    value: exp.Expression = exp.Literal.string(_SAMPLE)
    if collation is not None:
        value = exp.Collate(this=value, expression=exp.to_identifier(collation, quoted=True))
    folded = DIALECTS[dialect](DEFAULT).fold_case(value)
    return exp.select(folded.as_("folded")).sql(DIALECTS[dialect].sqlglot_name)


def test_duckdb_folds_as_the_reference() -> None:
    [(found,)] = duckdb.connect().execute(_fold_sql("duckdb")).fetchall()
    assert found == casefold.fold(_SAMPLE)


def test_postgres_folds_as_the_reference_under_every_collation() -> None:
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(postgres_test_url()) as connection:
        wanted = ["C", "default", "tr-TR-x-icu", "en-US-x-icu", "tr_TR", "de_DE.utf8"]
        names = {row[0] for row in connection.execute(
            "SELECT collname FROM pg_collation WHERE collname = ANY(%s)", [wanted])}
        names |= {"C", "default"}
        for collation in sorted(names):
            [(found,)] = connection.execute(_fold_sql("postgres", collation)).fetchall()
            assert found == casefold.fold(_SAMPLE), collation


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "bigquery", "snowflake"])
def test_the_folding_is_one_translate_and_no_lower(dialect: str) -> None:
    sql = _fold_sql(dialect)
    assert sql.count("TRANSLATE(") == 1
    assert "LOWER(" not in sql.upper()
