"""The compiler handles whatever the checker accepts (issue #11), and renders SQL
with sqlglot raising on any construct a dialect cannot express.

Long flat chains (`a + a + ...`, `*`, `-`, `and`, `or`) are checked iteratively,
so the checker accepts them at any length: the compiler must too, at the length
tests/test_checker.py pins (5000 terms).  Nesting is accepted by the checker up to
what fits in Python's default recursion limit; the compiler handles the deepest
definition the checker accepts.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from cli_project import run, write_project
from sqlglot import exp

from segdsl.check.checker import CheckedProject
from segdsl.compile import render as rendering
from segdsl.compile.api import CompileError, compile_membership, compile_segment
from segdsl.compile.dialects import DIALECTS as DIALECT_OBJECTS
from segdsl.project.model import DIALECTS
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
TERMS = 5000  # as tests/test_checker.py's DEPTH


def _checked(root: Path, segments: str) -> CheckedProject:
    write_project(root, segments)
    checked = load_workspace(root).checked
    assert checked is not None and checked.ok
    return checked


def _mixed(terms: int) -> str:
    ops = [" + ", " - ", " * "]
    return "age" + "".join(f"{ops[i % 3]}age" for i in range(terms - 1))


CHAINS = {
    "sum": "metric m = " + " + ".join(["age"] * TERMS),
    "difference": "metric m = " + " - ".join(["age"] * TERMS),
    "product": "metric m = " + " * ".join(["age"] * TERMS),
    "mixed": "metric m = " + _mixed(TERMS),
    "and": "segment s where " + " and ".join(["age > 1"] * TERMS),
    "or": "segment s where " + " or ".join(["age > 1"] * TERMS),
}


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("chain", list(CHAINS))
def test_long_flat_chains_compile(tmp_path: Path, chain: str, dialect: str) -> None:
    checked = _checked(tmp_path, CHAINS[chain] + "\n")
    text = compile_membership(checked, dialect)
    assert text.count("a__age") >= TERMS
    if chain in ("and", "or"):
        compile_segment(checked, "s", dialect)


def _nested(depth: int) -> str:
    return "metric m = " + "(1 + " * depth + "age" + ")" * depth


def _deepest_checked(root: Path) -> tuple[int, CheckedProject]:
    """The deepest `(1 + (1 + ... age))` the checker accepts, and its project."""
    def accepted(depth: int) -> CheckedProject | None:
        write_project(root, _nested(depth) + "\n")
        checked = load_workspace(root).checked
        return checked if checked is not None and checked.ok else None

    low, high = 1, 4000
    assert accepted(high) is None, "the checker no longer limits nesting: raise `high`"
    while low + 1 < high:  # accepted(low), not accepted(high)
        middle = (low + high) // 2
        if accepted(middle):
            low = middle
        else:
            high = middle
    checked = accepted(low)
    assert checked is not None
    return low, checked


@pytest.fixture(scope="module")
def deepest(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, CheckedProject]:
    return _deepest_checked(tmp_path_factory.mktemp("deep"))


@pytest.mark.parametrize("dialect", DIALECTS)
def test_deepest_nesting_the_checker_accepts_compiles(
    deepest: tuple[int, CheckedProject], dialect: str
) -> None:
    depth, checked = deepest
    assert depth >= 100
    text = compile_membership(checked, dialect)
    assert text.count("1 +") == depth


def _members(text: str) -> list[tuple[object, ...]]:
    con = duckdb.connect()
    con.execute("CREATE TABLE customers (customer_id VARCHAR, country VARCHAR, age BIGINT)")
    con.execute("CREATE TABLE orders (customer_id VARCHAR, ordered_at TIMESTAMP, "
                "amount DOUBLE)")
    con.execute("INSERT INTO customers VALUES ('c1', 'DE', 3), ('c2', NULL, NULL)")
    return sorted(con.sql(text).fetchall(), key=str)


def test_the_300_term_sum_of_the_issue_runs_on_duckdb(tmp_path: Path) -> None:
    # 300 terms stay below DuckDB's own max_expression_depth (1000); the compiled SQL
    # keeps the left-to-right order as written.
    checked = _checked(tmp_path, "metric m = " + " + ".join(["age"] * 300) + "\n"
                       "metric p = age" + " * 1" * 300 + "\n"
                       "metric d = " + _mixed(300) + "\n"
                       "metric n = (" + "(1 + " * 150 + "age" + ")" * 150 + ")\n")
    rows = _members(compile_membership(checked, "duckdb"))
    mixed = eval(_mixed(300).replace("age", "3"))  # same precedence as segdsl's
    assert rows == [("c1", 900, 3, mixed, 153), ("c2", None, None, None, None)]


def test_the_cli_compiles_a_300_term_sum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, "metric m = " + " + ".join(["age"] * 300) + "\n")
    for dialect in DIALECTS:
        result = run(["compile", "--all", "--dialect", dialect])
        assert result.exit_code == 0, result.output


# --------------------------------------------- unsupported constructs (issue #11)


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("project", ["tests/conformance", "examples/shop"])
def test_corpus_and_example_render_with_raising_on(project: str, dialect: str) -> None:
    # compile_* render with unsupported_level=RAISE: any construct a dialect cannot
    # express would fail here instead of producing approximate SQL.
    checked = load_workspace(REPO / project).checked
    assert checked is not None and checked.ok
    compile_membership(checked, dialect)
    for name in checked.segments:
        compile_segment(checked, name, dialect)


def test_an_unsupported_construct_is_an_error_not_a_warning() -> None:
    query = exp.select(exp.Pivot())  # PostgreSQL has no PIVOT
    with pytest.raises(CompileError, match=r"postgres SQL cannot express .*PIVOT"):
        rendering.render(query, DIALECT_OBJECTS["postgres"])


def test_without_room_for_a_large_stack_it_compiles_on_the_calling_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    checked = _checked(tmp_path, "metric m = age + 1\n")
    monkeypatch.setattr(threading.Thread, "start", refuse)
    assert '"a__age" + 1' in compile_membership(checked, "duckdb")


def test_deep_work_started_from_deep_work_runs_in_place() -> None:
    # The compiler's thread asking the printer (its own deep thread) must not wait
    # for the lock its caller holds; it already has the large stack.
    from segdsl.deep import run_deep

    def nested(depth: int) -> int:
        return 0 if depth == 0 else 1 + nested(depth - 1)

    def inner() -> int:
        return run_deep(lambda: nested(20_000), name="inner", recursion_limit=100_000)

    assert run_deep(inner, name="outer", recursion_limit=50_000) == 20_000


def test_dialect_objects_follow_the_registry() -> None:
    """compile/dialects/'s name -> Dialect mapping names exactly the registry's
    dialects, in its order, and each object answers to its own name (the registry is
    what `check`, segdsl.yml and `compile --dialect` accept)."""
    from segdsl.compile import api

    assert tuple(DIALECT_OBJECTS) == DIALECTS
    assert api.DIALECTS is DIALECTS
    assert all(DIALECT_OBJECTS[name].name == name for name in DIALECTS)
