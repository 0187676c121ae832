"""Hints for the mistakes people new to segdsl make (issue #13).

Each case is a mistake seen when a marketer wrote a first `.seg` file; `check` must
point at the right place and name the fix in the hint.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_project import run, write_project

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
  tier: {type: string, values: [gold, silver]}
  age: integer
  last_purchase_at: timestamp
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
      category: string
"""

CASES = [
    ("segment a where count(purchase) > 3 in last 30 days\n", "SYN001", 1, 37,
     "put the window inside the parentheses: count(purchase in last 30 days) > 3"),
    ('segment a where has purchase in last 7 days with category = "kids"\n', "SYN001", 1, 45,
     'write the filter first: has purchase with category = "kids" in last 7 days'),
    ('segment a where has purchase with amount > 10 and category = "x"\n', "NAM001", 1, 51,
     'inside `with`, join conditions with parentheses: with (amount > 10 and category = "x")'),
    ('segment a where age > 3\n  title "x"\n', "SYN001", 2, 3,
     "move the 'title' line above 'where'"),
    ("segment a where age > 3 AND age < 5\n", "SYN001", 1, 25, "keywords are lowercase: and"),
    ("segment a where age > 3 OR age < 5\n", "SYN001", 1, 25, "keywords are lowercase: or"),
    ("Segment a where age > 3\n", "SYN001", 1, 1, "keywords are lowercase: segment"),
    ("segment a WHERE age > 3\n", "SYN001", 1, 11, "keywords are lowercase: where"),
    ("segment a where NOT has purchase\n", "SYN001", 1, 17, "keywords are lowercase: not"),
    ("segment a where country = DE\n", "NAM001", 1, 27, 'quote text values: country = "DE"'),
    ("segment a where tier = gold\n", "NAM001", 1, 24, 'quote text values: tier = "gold"'),
    ('segment a where country in ("DE", "AT")\n', "SYN001", 1, 28,
     'lists use square brackets: in ["DE", "AT"]'),
    ("segment lapsing-buyers where age > 3\n", "SYN001", 1, 16,
     "names may use letters a to z, digits and _: lapsing_buyers"),
    ("segment käufer where age > 3\n", "SYN002", 1, 10,
     "names may use letters a to z, digits and _: kaeufer"),
    ("segment a where last_purchase_at older than 30 days\n", "SYN001", 1, 34,
     "last_purchase_at < 30 days ago"),
    ("segment a where has purchase followed by has purchase\n", "SYN001", 1, 30,
     "has purchase then purchase within"),
    ("segment a where count(purchase in last 90 days within 30 days after signup_at) > 1\n",
     "SYN001", 1, 48, "write the anchored window first"),
    ("segment a where age > age%\n", "SYN001", 1, 26,
     "`%` follows a number (40% is 0.4), not a name"),
    ('segmentation s\n  "casual": otherwise\n', "SYN001", 2, 3,
     "labels are names, not strings: casual:"),
    ("segmentation s where age > 3\n  a: otherwise\n", "SYN001", 1, 16,
     "a segmentation has label lines, not where"),
    ("segment a where has (purchase) in last 7 days\n", "SYN001", 1, 30,
     "write one event without parentheses (purchase), or several: (purchase or …)"),
    ("segment a where has no any in last 7 days\n", "SYN001", 1, 28,
     "every event of the schema is `any event`"),
]


def _problems(tmp_path: Path, source: str) -> list[dict[str, object]]:
    write_project(tmp_path, source, schema=SCHEMA)
    result = run(["check", "--project", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1, result.output
    problems: list[dict[str, object]] = json.loads(result.output)
    return problems


@pytest.mark.parametrize(("source", "code", "line", "column", "fix"), CASES,
                         ids=[case[0].split("\n")[0] for case in CASES])
def test_mistake_gets_a_hint_naming_the_fix(
    tmp_path: Path, source: str, code: str, line: int, column: int, fix: str
) -> None:
    problems = _problems(tmp_path, source)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem["code"], problem["line"], problem["column"]) == (code, line, column)
    assert fix in str(problem["hint"])


# The text each mistake becomes with the fix of `check --format json` applied (its
# `edits`), or None where the hint offers a choice or cannot know the words.
FIXED = {
    "segment a where count(purchase) > 3 in last 30 days\n":
        "segment a where count(purchase in last 30 days) > 3\n",
    'segment a where has purchase in last 7 days with category = "kids"\n':
        'segment a where has purchase with category = "kids" in last 7 days\n',
    'segment a where has purchase with amount > 10 and category = "x"\n':
        'segment a where has purchase with (amount > 10 and category = "x")\n',
    'segment a where age > 3\n  title "x"\n': None,
    "segment a where age > 3 AND age < 5\n": "segment a where age > 3 and age < 5\n",
    "segment a where age > 3 OR age < 5\n": "segment a where age > 3 or age < 5\n",
    "Segment a where age > 3\n": "segment a where age > 3\n",
    "segment a WHERE age > 3\n": "segment a where age > 3\n",
    "segment a where NOT has purchase\n": "segment a where not has purchase\n",
    "segment a where country = DE\n": 'segment a where country = "DE"\n',
    "segment a where tier = gold\n": 'segment a where tier = "gold"\n',
    'segment a where country in ("DE", "AT")\n': 'segment a where country in ["DE", "AT"]\n',
    "segment lapsing-buyers where age > 3\n": "segment lapsing_buyers where age > 3\n",
    "segment käufer where age > 3\n": "segment kaeufer where age > 3\n",
    "segment a where last_purchase_at older than 30 days\n":
        "segment a where last_purchase_at < 30 days ago\n",
    "segment a where has purchase followed by has purchase\n": None,
    "segment a where count(purchase in last 90 days within 30 days after signup_at) > 1\n":
        None,
    "segment a where age > age%\n": None,
    'segmentation s\n  "casual": otherwise\n': "segmentation s\n  casual: otherwise\n",
    "segmentation s where age > 3\n  a: otherwise\n": None,
    "segment a where has (purchase) in last 7 days\n": None,
    "segment a where has no any in last 7 days\n":
        "segment a where has no any event in last 7 days\n",
}


def _apply_json_edits(text: str, edits: list[dict[str, object]]) -> str:
    """Apply edits as a tool reading the JSON would: by their character offsets."""
    for edit in sorted(edits, key=lambda e: (int(str(e["start"])), int(str(e["end"]))),
                       reverse=True):
        start, end = int(str(edit["start"])), int(str(edit["end"]))
        text = text[:start] + str(edit["new_text"]) + text[end:]
    return text


def test_every_mistake_says_whether_it_has_a_fix() -> None:
    assert list(FIXED) == [case[0] for case in CASES]


@pytest.mark.parametrize("source", list(FIXED), ids=[s.split("\n")[0] for s in FIXED])
def test_the_fix_in_the_json_output_makes_the_file_check_clean(
    tmp_path: Path, source: str
) -> None:
    (problem,) = _problems(tmp_path, source)
    edits = problem["edits"]
    assert isinstance(edits, list)
    if FIXED[source] is None:
        assert edits == []
        return
    assert edits, "the hint states the corrected text, so it is offered as edits"
    for edit in edits:
        # The line/column range and the offsets name the same characters.
        before = source[: edit["start"]]
        assert edit["line"] == before.count("\n") + 1
        assert edit["column"] == len(before.rsplit("\n", 1)[-1]) + 1
        assert edit["file"] == problem["file"]
    fixed = _apply_json_edits(source, edits)
    assert fixed == FIXED[source]
    (tmp_path / "segments" / "a.seg").write_text(fixed, encoding="utf-8")
    result = run(["check", "--project", str(tmp_path), "--format", "json"])
    assert (result.exit_code, json.loads(result.output)) == (0, [])


def test_unknown_name_after_with_that_is_no_property_gets_no_filter_hint(tmp_path: Path) -> None:
    source = 'segment a where has purchase with amount > 10 and colour = "x"\n'
    problems = _problems(tmp_path, source)
    assert problems[0]["code"] == "NAM001"
    assert "with (" not in str(problems[0]["hint"])


def test_unknown_name_compared_with_a_number_is_not_told_to_quote(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "segment a where age = DE\n")
    assert problems[0]["code"] == "NAM001"
    assert "quote" not in str(problems[0]["hint"])


def test_a_keyword_is_blamed_as_a_name_only_where_a_name_belongs(tmp_path: Path) -> None:
    blamed = _problems(tmp_path, "segment title where age > 3\n")[0]
    assert "reserved word" in str(blamed["hint"])
    not_blamed = _problems(tmp_path, "segment a where age > 3 contains\n")[0]
    assert "reserved word" not in str(not_blamed.get("hint"))


def test_expected_words_are_listed_whole(tmp_path: Path) -> None:
    problem = _problems(tmp_path, "segment a where age > 3 )\n")[0]
    assert "…" not in str(problem["message"])
    assert "the end of the definition" in str(problem["message"])


def test_a_very_long_name_before_a_mistake_is_still_reported() -> None:
    """The hints look back a bounded distance (hints.LOOK_BACK): their end-anchored
    patterns were quadratic in a long run of letters before the mistake."""
    from segdsl.syntax.parser import parse_source

    for tail in ("(", " > ", "."):
        text = "segment s\n  where " + "a" * 50_000 + tail + " AND x > 1\n"
        source = parse_source(text, "a.seg")
        assert [d.code for d in source.diagnostics][:1] == ["SYN001"]
