"""Machine-applicable fixes: ``Diagnostic.edits`` and ``apply_edits``.

A fix is attached only where the hint's corrected text is certain.  Each case here
runs ``segdsl check --format json`` as a tool would, applies the listed edits by
their offsets and checks the result again: the problem must be gone (the file checks
clean).  Cases where the hint is a guess between equals, or needs words the checker
cannot know, must come without edits.  (The syntax mistakes of issue #13 are in
tests/test_hints.py.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from segdsl.check.suggest import closest
from segdsl.diagnostics import EditConflict, Span, TextEdit, apply_edits
from tests.cli_project import run, write_project

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
  age: integer
  tier: {type: string, values: [gold, silver]}
  signup_at: timestamp
  score_a1: integer
  score_a2: integer
relations:
  account:
    table: accounts
    key: account_id
    via: account_id
    attributes:
      industry: string
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
      category: {type: string, values: [running, kids]}
"""

BASE = """\
metric spend = sum(purchase.amount)
segment buyers where has purchase
segmentation persona
  big: spend > 100
  small: otherwise
"""


def _edit(start: int, end: int, new_text: str) -> TextEdit:
    return TextEdit(Span("a.seg", 1, start + 1, 1, end + 1, start, end), new_text)


# ------------------------------------------------------------------ apply_edits


def test_apply_edits_replaces_inserts_and_deletes_by_offset() -> None:
    text = "segment a where contry = DE;"
    edits = [_edit(16, 22, "country"), _edit(25, 25, '"'), _edit(27, 27, '"'),
             _edit(27, 28, "")]
    assert apply_edits(text, edits) == 'segment a where country = "DE"'
    # The order the edits come in does not matter: offsets are into the old text.
    assert apply_edits(text, reversed(edits)) == 'segment a where country = "DE"'
    assert apply_edits(text, []) == text


def test_insertions_at_both_ends_of_a_replaced_range_are_not_overlaps() -> None:
    assert apply_edits("abc", [_edit(1, 1, "("), _edit(1, 2, "B"), _edit(2, 2, ")")]) == "a(B)c"


@pytest.mark.parametrize("edits", [
    [_edit(0, 3, "x"), _edit(2, 4, "y")],  # overlapping ranges
    [_edit(1, 3, "x"), _edit(2, 2, "y")],  # an insertion inside a replaced range
    [_edit(2, 2, "x"), _edit(2, 2, "y")],  # two insertions at one place: order unknown
    [_edit(0, 5, "x"), _edit(1, 2, "y")],  # one range inside another
], ids=["overlap", "insert-inside", "two-inserts", "nested"])
def test_overlapping_edits_are_rejected(edits: list[TextEdit]) -> None:
    with pytest.raises(EditConflict, match="overlap"):
        apply_edits("abcdef", edits)


def test_an_edit_outside_the_text_is_rejected() -> None:
    with pytest.raises(EditConflict, match="outside"):
        apply_edits("abc", [_edit(2, 9, "x")])
    with pytest.raises(EditConflict):
        apply_edits("abc", [_edit(2, 1, "x")])


# --------------------------------------------------------------- suggestions


def test_a_suggestion_is_unique_only_without_an_equally_close_rival() -> None:
    found = closest("contry", ["country", "county_code", "age"])
    assert found is not None and (found.name, found.unique) == ("country", True)
    tie = closest("score_a", ["score_a1", "score_a2"])
    assert tie is not None and not tie.unique
    assert tie.name == "score_a2"  # the same pick as difflib.get_close_matches
    case_only = closest("Tier", ["tier"])
    assert case_only is not None and case_only.unique
    assert closest("zzz", ["country"]) is None


# ------------------------------------------------------------- through check


def _check_json(root: Path) -> tuple[int, list[dict[str, object]]]:
    result = run(["check", "--project", str(root), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    problems: list[dict[str, object]] = json.loads(result.output)
    return result.exit_code, problems


def _edits(problem: dict[str, object]) -> list[dict[str, object]]:
    edits = problem["edits"]
    assert isinstance(edits, list), problem
    return edits


def _apply(text: str, edits: list[dict[str, object]]) -> str:
    """Apply edits read from the JSON output (each one's file is the checked file)."""
    return apply_edits(text, [
        TextEdit(Span(str(e["file"]), int(str(e["line"])), int(str(e["column"])),
                      int(str(e["end_line"])), int(str(e["end_column"])),
                      int(str(e["start"])), int(str(e["end"]))), str(e["new_text"]))
        for e in edits
    ])


# (the declaration with one mistake, its code, the declaration as the fix writes it)
FIXABLE = [
    ('segment s where contry = "DE"', "NAM001", 'segment s where country = "DE"'),
    ("segment s where in segment buyer", "NAM001", "segment s where in segment buyers"),
    ("segment s where spnd > 10", "NAM001", "segment s where spend > 10"),
    ("segment s where has purchse", "NAM005", "segment s where has purchase"),
    ("segment s where count(purchses) > 2", "NAM005", "segment s where count(purchase) > 2"),
    ("segment s where sum(purchase.amout) > 2", "NAM006",
     "segment s where sum(purchase.amount) > 2"),
    ("segment s where has purchase with amout > 2", "NAM006",
     "segment s where has purchase with amount > 2"),
    ('segment s where acount.industry = "x"', "NAM007", 'segment s where account.industry = "x"'),
    ('segment s where account.industy = "x"', "NAM007", 'segment s where account.industry = "x"'),
    ('segment s where lowr(country) = "de"', "NAM008", 'segment s where lower(country) = "de"'),
    ('segment s where tier = "gld"', "TYP002", 'segment s where tier = "gold"'),
    ('segment s where tier in ["gold", "slver"]', "TYP002",
     'segment s where tier in ["gold", "silver"]'),
    ('segment s where has purchase with category = "kid"', "TYP002",
     'segment s where has purchase with category = "kids"'),
    ('segment s where persona = "smal"', "TYP003", 'segment s where persona = "small"'),
    ("segment s where country = DE", "NAM001", 'segment s where country = "DE"'),
    ('segment s where has purchase with amount > 1 and category = "kids"', "NAM001",
     'segment s where has purchase with (amount > 1 and category = "kids")'),
    ('segment s where has purchase with (amount > 1) and category = "kids"', "NAM001",
     'segment s where has purchase with ((amount > 1) and category = "kids")'),
    ("segment s where age > 1.0000000001", "NUM001", "segment s where age > 1.000000000"),
    ("segment s where age > 0.0000000001", "NUM001", "segment s where age > 0.000000000"),
    ('segment s where age > "30"', "TYP001", "segment s where age > 30"),
    ('segment s where signup_at > "2026-01-31"', "TYP001",
     "segment s where signup_at > 2026-01-31"),
    ("segment s where has purchase with ()", "WRN002", "segment s where has purchase"),
    ("segment s where count(purchase with ( )) > 1", "WRN002",
     "segment s where count(purchase) > 1"),
    ("segment s\n  expect share > 5\n  where age > 3", "EXP004",
     "segment s\n  expect share > 5%\n  where age > 3"),
    ("segment s\n  expect size between 50 and 10\n  where age > 3", "EXP006",
     "segment s\n  expect size between 10 and 50\n  where age > 3"),
    ("segment s\n  expect share between 20% and 5.0%\n  where age > 3", "EXP006",
     "segment s\n  expect share between 5% and 20%\n  where age > 3"),
]


@pytest.mark.parametrize(("declaration", "code", "fixed"), FIXABLE,
                         ids=[f"{case[1]}:{case[0]}" for case in FIXABLE])
def test_the_fix_applies_and_the_file_checks_clean(
    tmp_path: Path, declaration: str, code: str, fixed: str
) -> None:
    source = BASE + declaration + "\n"
    write_project(tmp_path, source, schema=SCHEMA)
    _, problems = _check_json(tmp_path)
    assert [p["code"] for p in problems] == [code], problems
    edits = _edits(problems[0])
    assert edits, problems[0]
    assert _apply(source, edits) == BASE + fixed + "\n"
    (tmp_path / "segments" / "a.seg").write_text(_apply(source, edits), encoding="utf-8")
    assert _check_json(tmp_path) == (0, [])


# (the declaration, its code): the hint is a guess or a choice, so no edits.
NOT_FIXABLE = [
    ("segment s where score_a > 1", "NAM001"),  # score_a1 and score_a2 are as close
    ("segment s where zzz > 1", "NAM001"),  # no suggestion at all
    ("segment s where country = spnd", "NAM001"),  # a bare word that looks like a metric
    ('segment s where has purchase with amount > 1 and (category = "x" or age > 3)', "NAM001"),
    ('segment s where tier = "platinum"', "TYP002"),
    ('segment s where age > "thirty"', "TYP001"),
    ('segment s where signup_at > "2026-02-30"', "TYP001"),  # no such day
    ("segment s where has purchase with country = 1", "NAM006"),  # an attribute, not a typo
    ("segment s\n  expect share > 0.05\n  where age > 3", "EXP004"),  # 0.05% or 5%?
    ("segment s\n  expect share > 150\n  where age > 3", "EXP004"),  # 150% is no share
    ("segment s\n  expect size >= 0\n  where age > 3", "WRN004"),  # tighten or remove
]


@pytest.mark.parametrize(("declaration", "code"), NOT_FIXABLE,
                         ids=[f"{case[1]}:{case[0]}" for case in NOT_FIXABLE])
def test_a_hint_that_is_a_guess_has_no_edits(tmp_path: Path, declaration: str, code: str) -> None:
    write_project(tmp_path, BASE + declaration + "\n", schema=SCHEMA)
    _, problems = _check_json(tmp_path)
    assert problems and problems[0]["code"] == code, problems
    assert problems[0]["edits"] == []


SYNTAX_FIXABLE = [
    ("segment s where age > 3 && age < 5", "segment s where age > 3 and age < 5"),
    ("segment s where age > 3||age < 5", "segment s where age > 3 or age < 5"),
    ("segment s where age > 3 & age < 5", "segment s where age > 3 and age < 5"),
    ("segment s where country = 'DE'", 'segment s where country = "DE"'),
    ('segment s where country in {"DE", "AT"}', 'segment s where country in ["DE", "AT"]'),
    ("segment s where age > 3;", "segment s where age > 3"),
    ("segment s where count(purchase) > 3 since 30 days ago",
     "segment s where count(purchase since 30 days ago) > 3"),
    ('segment s where has purchase in last 7 days with category = "kids" and age > 3',
     'segment s where has purchase with category = "kids" in last 7 days and age > 3'),
    ('segment s where (has no purchase in last 7 days with category = "kids")',
     'segment s where (has no purchase with category = "kids" in last 7 days)'),
    ('segmentation t\n  "Big spenders!": age > 3\n  other: otherwise',
     "segmentation t\n  big_spenders: age > 3\n  other: otherwise"),
]


@pytest.mark.parametrize(("declaration", "fixed"), SYNTAX_FIXABLE,
                         ids=[case[0] for case in SYNTAX_FIXABLE])
def test_syntax_fix_applies_and_the_file_checks_clean(
    tmp_path: Path, declaration: str, fixed: str
) -> None:
    source = BASE + declaration + "\n"
    write_project(tmp_path, source, schema=SCHEMA)
    _, problems = _check_json(tmp_path)
    assert [p["code"] for p in problems] in (["SYN001"], ["SYN002"]), problems
    assert _apply(source, _edits(problems[0])) == BASE + fixed + "\n"
    (tmp_path / "segments" / "a.seg").write_text(BASE + fixed + "\n", encoding="utf-8")
    assert _check_json(tmp_path) == (0, [])


SYNTAX_NOT_FIXABLE = [
    "segment s where age > 3 ! age < 5",  # `not` or `!=`?
    'segment s where has purchase in last 7 days with amount between 1 and 3',  # own `and`
    "segment s where count(purchase in last 7 days) > 3 in last 30 days",  # two windows
    "segment s where count(purchase) > 3 since today - 7 days",  # the window goes on
    "segment s where last_purchase_at older than 30 days and age > 3",
    "segment s where country = 'D\"E'",
    'segmentation t\n  "count": age > 3\n  other: otherwise',  # `count` is a keyword
]


@pytest.mark.parametrize("declaration", SYNTAX_NOT_FIXABLE)
def test_syntax_hint_that_is_a_guess_has_no_edits(tmp_path: Path, declaration: str) -> None:
    write_project(tmp_path, BASE + declaration + "\n", schema=SCHEMA)
    _, problems = _check_json(tmp_path)
    assert problems and problems[0]["code"] in ("SYN001", "SYN002"), problems
    assert problems[0]["edits"] == []


# ----------------------------------------------------------------------- YAML


@pytest.mark.parametrize(("wrong", "right"), [
    ("atributes:", "attributes:"),  # YML003, an unknown key
    ("  age: intger", "  age: integer"),  # YML005, an unknown type
    ("  age: int", "  age: integer"),  # YML005, a type from SQL
])
def test_schema_typo_fix_applies(tmp_path: Path, wrong: str, right: str) -> None:
    schema = SCHEMA.replace("attributes:", "atributes:", 1) if wrong == "atributes:" \
        else SCHEMA.replace("  age: integer", wrong)
    write_project(tmp_path, BASE, schema=schema)
    _, problems = _check_json(tmp_path)
    assert problems and problems[0]["code"] in ("YML003", "YML005"), problems
    fixed = _apply(schema, _edits(problems[0]))
    assert right in fixed and fixed.count("\n") == schema.count("\n")
    (tmp_path / "schema.yml").write_text(fixed, encoding="utf-8")
    assert _check_json(tmp_path) == (0, [])


def test_quoted_yaml_value_gets_no_edit(tmp_path: Path) -> None:
    # Its span holds quotes the text does not: replacing it would be a guess.
    write_project(tmp_path, BASE, schema=SCHEMA.replace("  age: integer", '  age: "intger"'))
    _, problems = _check_json(tmp_path)
    assert problems[0]["code"] == "YML005" and problems[0]["edits"] == []


def test_dialect_typo_fix_applies(tmp_path: Path) -> None:
    config = "name: tiny\ndialect: postgresql\n"
    write_project(tmp_path, BASE, config=config, schema=SCHEMA)
    _, problems = _check_json(tmp_path)
    assert problems and problems[0]["code"] == "YML009", problems
    fixed = _apply(config, _edits(problems[0]))
    assert fixed == "name: tiny\ndialect: postgres\n"
