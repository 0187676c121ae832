"""The conformance corpus's compiled Snowflake SQL on fakesnow: the best offline
check of it there is, and an opt-in one.

Every case of tests/conformance runs as on the other engines (its tables loaded
through the Snowflake connector, the compiled membership SQL run by segdsl's
Snowflake engine, the case's expectations judged), on fakesnow
(tests/fakesnow_engine.py), which rewrites Snowflake SQL into DuckDB's with
sqlglot.  It catches compiled Snowflake SQL that does not parse, names a
function or form fakesnow does not know, or means something else once rewritten;
it cannot catch a difference between Snowflake and fakesnow's rewriting of it
(docs/warehouses.md).

About 1 to 2 s a case (90 to 125 s for the corpus measured), so it runs only with
``SEGDSL_FAKESNOW_CORPUS=1``; CI does not set it.  The known exceptions are
fakesnow's, each an ``xfail(strict=True)`` naming it, so a fakesnow release that
fixes one makes the test fail until the mark goes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from engine_targets import FAKESNOW, REPO, load_suite

from segdsl.harness.runner import run_fixture_cases

CORPUS = REPO / "tests" / "conformance"
ARRAYS = ("fakesnow stores an ARRAY column as DuckDB JSON, and its rewrite of a list's "
          "length is array_length(JSON), which DuckDB does not have")
FLATTEN = ("fakesnow casts a FLATTEN value to VARCHAR as JSON text ('\"c1\"') when the "
           "column is renamed by an alias (FLATTEN(...) AS u(seq, key, path, index, k, "
           "this)); Snowflake's CAST of a VARIANT string gives the string (c1)")
SUM_DOUBLE = ("fakesnow's numeric_agg_implicit_cast sums TRY_CAST(x AS DOUBLE) unless x is a "
              "CAST, so a 19-digit sum loses digits; Snowflake sums NUMBER(38, 9) exactly")
# tests/conformance/tests/<file>:<line> -> why fakesnow fails it.
KNOWN = {"lists.yml:8": ARRAYS, "lists.yml:36": ARRAYS, "lists.yml:53": ARRAYS,
         "static_lists.yml:8": FLATTEN, "static_lists.yml:33": FLATTEN,
         "numbers.yml:65": SUM_DOUBLE}

if os.environ.get("SEGDSL_FAKESNOW_CORPUS") != "1":
    pytest.skip("opt-in (about 2 minutes): SEGDSL_FAKESNOW_CORPUS=1",
                allow_module_level=True)


def _params() -> list[object]:
    params: list[object] = []
    for index, case in enumerate(load_suite(CORPUS).cases):
        where = f"{Path(case.file).name}:{case.span.line}"
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[where])] if where in KNOWN else []
        params.append(pytest.param(index, id=where, marks=marks))
    return params


@pytest.mark.parametrize("index", _params())
def test_case_passes_on_fakesnow(index: int) -> None:
    suite = load_suite(CORPUS)
    [result] = run_fixture_cases(suite.checked, [suite.cases[index]],
                                 sql_for=FAKESNOW.sql_for(), engine_factory=FAKESNOW.open())
    assert result.error is None, result.error
    assert result.passed, "\n".join(result.failures)


def test_every_known_exception_is_a_case() -> None:
    ids = {f"{Path(case.file).name}:{case.span.line}" for case in load_suite(CORPUS).cases}
    assert set(KNOWN) <= ids
