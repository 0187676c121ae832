"""`segdsl diff` on a temporary git repository.

The repository holds a small project (in a sub-folder, as in a monorepo) and a
DuckDB database of known rows.  The base commit has a metric, three segments and
two segmentations; the head changes a segment (and its title), the metric, adds a
segment, removes one, re-formats a segmentation (no change), and leaves two
definitions unchanged that depend on changed ones.  Every count and member list
is worked out by hand below.  The same is run on PostgreSQL.

The user's working tree and index must be untouched: ``git status --porcelain``
and the index file's bytes are compared before and after every run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pytest
from cli_project import TINY_SCHEMA, run
from click.testing import Result

from segdsl.diff.definitions import Status, compare, flatten
from segdsl.diff.render import MEMBER_LIMIT, md
from segdsl.engines import Engine
from segdsl.engines.duckdb_engine import DuckDBEngine
from segdsl.project.schema_loader import parse_schema

AS_OF = "2026-11-01T00:00:00Z"
GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
           "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z",
           "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}

BASE_SEGMENTS = """\
metric total_spent = sum(purchase.amount)

segment germans
  title "Germans"
  where country = "DE"

segment old_one
  where age > 65

segment big_spenders
  where total_spent >= 120

segment big_german_spenders
  where in segment germans and total_spent > 0

segmentation spend_band
  high: total_spent > 100
  low: otherwise

segmentation age_band
  young: age < 30
  mid: age < 50
  senior: otherwise

segment adults
  where age >= 18
"""

HEAD_SEGMENTS = """\
# Only orders of 60 or more count now.
metric total_spent = sum(purchase.amount with amount >= 60)

segment germans
  title "German speakers"
  where country in ["DE", "AT"]

segment big_spenders
  where total_spent >= 120

segment big_german_spenders
  where in segment germans and total_spent > 0

segmentation spend_band
  high: total_spent > 100
  low: otherwise

# Re-formatted, with a comment: no change.
segmentation age_band
  young:  age < 30
  mid:    age < 50   # thirty to forty-nine
  senior: otherwise

segment adults
  where age >= 18

segment french
  where country = "FR"
"""

CUSTOMERS = [(1, "DE", 30), (2, "DE", 45), (3, "FR", 22), (4, "FR", 60), (5, "US", 35),
             (6, "US", 19), (7, "DE", 70), (8, "AT", 28)]
ORDERS = [(1, "2026-10-01T10:00:00", "100"), (1, "2026-10-02T10:00:00", "50"),
          (2, "2026-10-03T10:00:00", "20"), (3, "2026-10-04T10:00:00", "300"),
          (5, "2026-10-05T10:00:00", "10"), (7, "2026-10-06T10:00:00", "500"),
          (7, "2026-10-07T10:00:00", "600")]

# What the definitions give on those rows, worked out by hand.  The schema's key
# is text (keys are loaded as text), so members are strings in code-point order.
# total_spent, base: 1:150 2:20 3:300 5:10 7:1100; head (amount >= 60): 1:100 3:300 7:1100.
EXPECTED_SEGMENTS = {
    # germans: DE -> DE or AT.
    "germans": ("changed", [], 3, 4, ["8"], []),
    # uses the changed metric: customer 1 drops from 150 to 100.
    "big_spenders": ("dependent", ["total_spent"], 3, 2, [], ["1"]),
    # germans with total_spent > 0: base 1, 2, 7; head 1, 7 (8 has no orders, 2's
    # only order is under 60).
    "big_german_spenders": ("dependent", ["germans", "total_spent"], 3, 2, [], ["2"]),
    "french": ("added", [], None, 2, ["3", "4"], []),
    "old_one": ("removed", [], 1, None, [], ["7"]),
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          env={**os.environ, **GIT_ENV}, check=True)
    return done.stdout


def write_project(folder: Path, segments: str, schema: str = TINY_SCHEMA) -> None:
    (folder / "segments").mkdir(parents=True, exist_ok=True)
    (folder / "segdsl.yml").write_text("name: tiny\n", encoding="utf-8")
    (folder / "schema.yml").write_text(schema, encoding="utf-8")
    (folder / "segments" / "a.seg").write_text(segments, encoding="utf-8")


def new_duckdb(path: Path) -> DuckDBEngine:
    """A new DuckDB database file (DuckDBEngine opens only existing ones)."""
    duckdb.connect(str(path)).close()
    return DuckDBEngine(path)


def load_rows(engine: Engine) -> None:
    schema, problems = parse_schema(TINY_SCHEMA, "schema.yml")
    assert schema is not None, problems
    rows = {
        "customers": [{"customer_id": key, "country": country, "age": age}
                      for key, country, age in CUSTOMERS],
        "orders": [{"customer_id": key, "ordered_at": dt.datetime.fromisoformat(at),
                    "amount": Decimal(amount)} for key, at, amount in ORDERS],
    }
    engine.load_tables(schema, rows)


@dataclass
class Repo:
    root: Path
    project: Path
    database: Path
    base: str  # the base commit
    head: str  # a commit with the head definitions


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    """A repository with the project in ``shop/``: base committed, head committed
    on top, and the working tree set back to the base definitions (so head = the
    working tree shows the changes only when the test writes them)."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    project = root / "shop"
    write_project(project, BASE_SEGMENTS)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    base = git(root, "rev-parse", "HEAD").strip()
    write_project(project, HEAD_SEGMENTS)
    git(root, "commit", "-q", "-am", "head")
    head = git(root, "rev-parse", "HEAD").strip()
    git(root, "checkout", "-q", base)
    database = tmp_path / "data.duckdb"
    with new_duckdb(database) as engine:
        load_rows(engine)
    return Repo(root, project, database, base, head)


def snapshot(repo: Repo) -> tuple[str, bytes, dict[str, bytes]]:
    """What a diff must not change: git's view, the index file, every file."""
    status = git(repo.root, "status", "--porcelain", "--untracked-files=all")
    index = (repo.root / ".git" / "index").read_bytes()
    files = {str(p.relative_to(repo.root)): p.read_bytes()
             for p in repo.root.rglob("*") if p.is_file() and ".git" not in p.parts}
    return status, index, files


def diff(repo: Repo, *args: str) -> Result:
    before = snapshot(repo)
    result = run(["diff", "--project", str(repo.project), *args])
    assert snapshot(repo) == before
    return result


def diff_json(repo: Repo, *args: str) -> Any:
    result = diff(repo, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def segments_of(data: Any) -> dict[str, tuple[object, ...]]:
    members = data["members"]
    return {s["name"]: (s["status"], s["because"], s["before"], s["after"], s["entered"],
                        s["left"]) for s in members["segments"]}


def check_members(data: Any) -> None:
    assert segments_of(data) == {name: tuple(v) for name, v in EXPECTED_SEGMENTS.items()}
    members = data["members"]
    assert members["as_of"] == AS_OF and members["as_of_given"] is True
    # spend_band: base high 1, 3, 7; head high 3, 7 (1 now spent 100).
    assert members["segmentations"] == [{
        "name": "spend_band", "status": "dependent", "because": ["total_spent"],
        "labels": [{"label": "high", "before": 3, "after": 2},
                   {"label": "low", "before": 5, "after": 6}],
        "changed_label": 1,
    }]


# Head's segments, segmentations, then metrics, each in file order; removed last.
EXPECTED_DEFINITIONS = [
    {"name": "germans", "kind": "segment", "status": "changed",
     "changed": ["definition", "title"]},
    {"name": "french", "kind": "segment", "status": "added", "changed": []},
    {"name": "total_spent", "kind": "metric", "status": "changed", "changed": ["definition"]},
    {"name": "old_one", "kind": "segment", "status": "removed", "changed": []},
]


# ----------------------------------------------------------------- the changes


def test_head_ref_on_duckdb(repo: Repo) -> None:
    data = diff_json(repo, "--base", repo.base, "--head", repo.head, "--db",
                     str(repo.database), "--as-of", AS_OF)
    assert data["base"] == {"ref": repo.base, "commit": repo.base}
    assert data["head"] == {"ref": repo.head, "commit": repo.head}
    assert data["definitions"] == EXPECTED_DEFINITIONS
    assert data["schema_changed"] is False
    check_members(data)


def test_head_is_the_working_tree_by_default(repo: Repo) -> None:
    write_project(repo.project, HEAD_SEGMENTS)  # uncommitted
    data = diff_json(repo, "--base", "main~1", "--db", str(repo.database), "--as-of", AS_OF)
    assert data["head"] == {"ref": "working tree", "commit": None}
    check_members(data)
    # Against the head commit, the working tree has no change at all.
    same = diff_json(repo, "--base", repo.head, "--db", str(repo.database), "--as-of", AS_OF)
    assert same["definitions"] == []
    assert same["members"] == {"database": str(repo.database), "as_of": AS_OF,
                               "as_of_given": True, "segments": [], "segmentations": []}


def test_without_a_database_only_definitions(repo: Repo) -> None:
    data = diff_json(repo, "--base", repo.base, "--head", repo.head)
    assert data["members"] is None
    assert data["definitions"] == EXPECTED_DEFINITIONS


def test_no_as_of_means_now_once(repo: Repo) -> None:
    result = diff(repo, "--base", repo.base, "--head", repo.head, "--db", str(repo.database))
    assert result.exit_code == 0, result.output
    assert "(now, the same instant for both sides)" in result.stdout


def test_text_output(repo: Repo) -> None:
    result = diff(repo, "--base", repo.base, "--head", repo.head, "--db", str(repo.database),
                  "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert f"{repo.base[:12]}" in text
    assert "definitions: 1 added, 1 removed, 2 changed" in text
    assert "segment germans (changed): 3 -> 4 (+1)" in text
    assert "    entered (1): 8" in text
    assert "segment big_german_spenders (uses changed germans, total_spent): 3 -> 2 (-1)" in text
    assert "segment old_one (removed): 1 -> —" in text
    assert "segmentation spend_band (uses changed total_spent): 1 customer changed label" in text
    assert "    high: 3 -> 2 (-1)" in text
    assert f"members on {repo.database} at {AS_OF}:" in text


def test_markdown_output(repo: Repo, tmp_path: Path) -> None:
    out = tmp_path / "comment.md"
    result = diff(repo, "--base", repo.base, "--head", repo.head, "--db", str(repo.database),
                  "--as-of", AS_OF, "--format", "markdown", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"### segdsl diff: {repo.base} ({repo.base[:12]}) → ")
    assert "| changed | segment | **germans** | definition, title |" in text
    assert "| **germans** | changed | 3 | 4 | \\+1 | 1 | 0 |" not in text  # numbers unescaped
    assert "| **germans** | changed | 3 | 4 | +1 | 1 | 0 |" in text
    assert "| **big\\_spenders** | uses changed total\\_spent | 3 | 2 | -1 | 0 | 1 |" in text
    assert "<details><summary>Members of germans that changed</summary>" in text
    assert "- Entered (1): 8" in text
    assert "| high | 3 | 2 | -1 |" in text
    assert not list(tmp_path.glob(".comment.md.*"))


def test_formatting_and_comments_are_no_change(repo: Repo) -> None:
    reformatted = BASE_SEGMENTS.replace("segment germans\n", "# the DACH core\nsegment   germans\n")
    reformatted = reformatted.replace('  where country = "DE"', '  where\n    country = "DE"  ')
    write_project(repo.project, reformatted)
    data = diff_json(repo, "--base", repo.base, "--db", str(repo.database), "--as-of", AS_OF)
    assert data["definitions"] == []


def test_metadata_changes_say_what_changed(repo: Repo) -> None:
    changed = BASE_SEGMENTS.replace(
        '  title "Germans"\n', '  title "Germans"\n  owner "crm"\n  tags geo\n')
    write_project(repo.project, changed)
    data = diff_json(repo, "--base", repo.base)
    assert data["definitions"] == [{"name": "germans", "kind": "segment", "status": "changed",
                                    "changed": ["owner", "tags"]}]


def test_a_schema_change_counts_for_what_reads_it(repo: Repo) -> None:
    write_project(repo.project, BASE_SEGMENTS,
                  schema=TINY_SCHEMA.replace("age: integer", "age:\n    type: integer\n"
                                             "    column: age_years"))
    data = diff_json(repo, "--base", repo.base)
    assert data["schema_changed"] is True
    changed = {d["name"]: d["changed"] for d in data["definitions"]}
    assert changed == {"old_one": ["schema"], "age_band": ["schema"], "adults": ["schema"]}


def test_many_members_are_capped_in_text_not_in_json(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    write_project(root, 'segment everyone\n  where age > 100\n')
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    write_project(root, 'segment everyone\n  where age >= 0\n')
    database = tmp_path / "many.duckdb"
    schema, _ = parse_schema(TINY_SCHEMA, "schema.yml")
    assert schema is not None
    count = MEMBER_LIMIT + 5
    with new_duckdb(database) as engine:
        engine.load_tables(schema, {"customers": [{"customer_id": k, "country": "DE", "age": 1}
                                                  for k in range(count)]})
    args = ["diff", "--project", str(root), "--base", "main", "--db", str(database),
            "--as-of", AS_OF]
    text = run(args).stdout
    keys = sorted(str(k) for k in range(count))  # text keys: "10" before "2"
    shown = ", ".join(keys[:MEMBER_LIMIT])
    assert f"entered ({count}): {shown} … and 5 more" in text
    data = json.loads(run([*args, "--format", "json"]).stdout)
    assert data["members"]["segments"][0]["entered"] == keys


def test_project_at_the_repository_root_and_error_locations(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    write_project(root, "segment broken\n  where nonsense > 1\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "broken")
    write_project(root, "segment fine\n  where age > 1\n")
    result = run(["diff", "--project", str(root), "--base", "main"])
    assert result.exit_code == 1
    # Diagnostics name the file as git does: REF:PATH.
    assert "main:segments/a.seg:2:9" in result.stderr
    assert "error: the base revision main" in result.stderr
    assert "has definition errors" in result.stderr


# ------------------------------------------------------------------ bad input


def error_line(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) >= 1, result.output
    return lines[-1]


def test_a_ref_that_does_not_exist(repo: Repo) -> None:
    result = diff(repo, "--base", "no-such-branch")
    assert result.exit_code == 2
    assert error_line(result).startswith("error: --base 'no-such-branch': no such commit")
    result = diff(repo, "--base", "main", "--head", "nope~3")
    assert result.exit_code == 2
    assert "--head 'nope~3'" in error_line(result)
    result = diff(repo, "--base", "--upload-pack=x")
    assert result.exit_code == 2


def test_a_folder_outside_a_repository(tmp_path: Path) -> None:
    write_project(tmp_path / "loose", BASE_SEGMENTS)
    result = run(["diff", "--project", str(tmp_path / "loose"), "--base", "main"])
    assert result.exit_code == 2
    assert "is not inside a git repository" in error_line(result)


def test_a_revision_without_the_project(repo: Repo) -> None:
    (repo.root / "README").write_text("x", encoding="utf-8")
    git(repo.root, "checkout", "-q", "--orphan", "empty")
    git(repo.root, "rm", "-q", "-r", "--cached", ".")
    git(repo.root, "add", "README")
    git(repo.root, "commit", "-q", "-m", "nothing")
    git(repo.root, "checkout", "-q", "-f", repo.base)
    result = diff(repo, "--base", "empty")
    assert result.exit_code == 2
    assert "has no project at shop (no segdsl.yml there)" in error_line(result)


def test_a_database_without_the_tables(repo: Repo, tmp_path: Path) -> None:
    empty = tmp_path / "empty.duckdb"
    new_duckdb(empty).close()
    result = diff(repo, "--base", repo.base, "--head", repo.head, "--db", str(empty),
                  "--as-of", AS_OF)
    assert result.exit_code == 2
    assert error_line(result).startswith(f"error: base {repo.base}")
    assert "customers" in result.stderr
    assert result.stdout == ""
    missing = diff(repo, "--base", repo.base, "--db", str(tmp_path / "nope.duckdb"))
    assert missing.exit_code == 2
    assert "does not exist" in error_line(missing)


def test_an_as_of_in_the_future_warns(repo: Repo) -> None:
    result = diff(repo, "--base", repo.base, "--head", repo.head, "--db", str(repo.database),
                  "--as-of", "2999-01-01", "--format", "json")
    assert result.exit_code == 0
    assert "warning: --as-of 2999-01-01T00:00:00Z is in the future" in result.stderr
    assert json.loads(result.stdout)["members"]["as_of"] == "2999-01-01T00:00:00Z"


def test_an_output_path_that_cannot_be_written(repo: Repo, tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    for out, expected in ((tmp_path / "no" / "such" / "x.md", "does not exist"),
                          (tmp_path, "is a folder"), (a_file / "x.md", "is not a folder")):
        result = diff(repo, "--base", repo.base, "--out", str(out))
        assert result.exit_code == 2
        assert expected in error_line(result)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        # root writes into any folder, but not into sysfs.
        folder = locked if not os.access(locked, os.W_OK) else Path("/sys")
        result = diff(repo, "--base", repo.base, "--out", str(folder / "segdsl-x.md"))
        assert result.exit_code == 2
        assert error_line(result).startswith(f"error: cannot write {folder / 'segdsl-x.md'}")
        assert not (folder / "segdsl-x.md").exists()
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_side_with_definition_errors(repo: Repo) -> None:
    write_project(repo.project, BASE_SEGMENTS + "\nsegment bad\n  where agee > 3\n")
    result = diff(repo, "--base", repo.base)
    assert result.exit_code == 1
    assert "segments/a.seg" in result.stderr
    assert error_line(result) == ("error: the working tree has definition errors (listed "
                                  "above); nothing was compared")


# ------------------------------------------------------------------ unit level


def test_flatten_ignores_positions_only() -> None:
    from segdsl.syntax.parser import parse_source

    one = parse_source("segment a\n  where x = 1\n", "one.seg")
    two = parse_source("# c\n\nsegment a where\n    x   =   1\n", "two.seg")
    three = parse_source('segment a\n  where x = "1"\n', "three.seg")
    assert flatten(one.declarations) == flatten(two.declarations)
    assert flatten(one.declarations) != flatten(three.declarations)


def test_flatten_ignores_what_fmt_may_change() -> None:
    # Spellings (`1_000`, `1 days`) and redundant parentheses are layout, not
    # meaning: a reformatted definition is not a changed one.  Grouping that
    # changes the meaning still changes the tree.
    from segdsl.syntax.parser import parse_source

    def key(text: str) -> list[object]:
        return flatten(parse_source(text, "f.seg").declarations)

    plain = key("segment a\n  where count(purchase in last 1 day) > 1000 and x or y\n")
    assert key("segment a\n  where (count(purchase in last 1 days) > 1_000) and (x) or y\n") \
        == plain
    assert key("segment a\n  where count(purchase in last 1 day) > 1000 and (x or y)\n") \
        != plain


def test_compare_reports_a_kind_change() -> None:
    from segdsl.check.checker import check_project
    from segdsl.syntax.parser import parse_source

    schema, _ = parse_schema(TINY_SCHEMA, "schema.yml")
    assert schema is not None
    base = check_project(schema, [parse_source("metric x = 1\n", "a.seg")])
    head = check_project(schema, [parse_source("segment x\n  where age > 1\n", "a.seg")])
    [change] = compare(base, head)
    assert (change.name, change.kind, change.status, change.parts) == (
        "x", "segment", Status.CHANGED, ("kind", "definition"))


def test_markdown_escapes_data() -> None:
    assert md("a|b_c<d>") == "a\\|b\\_c&lt;d\\>"


# ------------------------------------------------------------------ PostgreSQL


@pytest.fixture
def postgres_url() -> Iterator[str]:
    from engine_targets import DB_SUFFIX, postgres_test_url, server_url, with_database
    from psycopg import sql

    postgres_test_url()  # skips (or fails under CI) without a server
    import psycopg

    name = "segdsl_test_diff" + DB_SUFFIX
    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = with_database(server_url(), name)
    from segdsl.engines.postgres_engine import PostgresEngine

    engine = PostgresEngine(url)
    try:
        load_rows(engine)
        engine.connection.commit()
    finally:
        engine.close()
    yield url
    with psycopg.connect(server_url(), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))


def test_head_ref_on_postgres(repo: Repo, postgres_url: str) -> None:
    data = diff_json(repo, "--base", repo.base, "--head", repo.head, "--db", postgres_url,
                     "--as-of", AS_OF)
    check_members(data)
    write_project(repo.project, HEAD_SEGMENTS)
    data = diff_json(repo, "--base", repo.base, "--db", postgres_url, "--as-of", AS_OF)
    check_members(data)


def test_postgres_without_the_tables(repo: Repo, postgres_url: str) -> None:
    from engine_targets import postgres_test_url

    result = diff(repo, "--base", repo.base, "--head", repo.head, "--db", postgres_test_url(),
                  "--as-of", AS_OF)
    assert result.exit_code == 2
    assert error_line(result).startswith(f"error: base {repo.base}")


def test_a_schema_outside_the_project_folder_is_read_from_the_revision(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "shared").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    (root / "shared" / "schema.yml").write_text(TINY_SCHEMA, encoding="utf-8")
    write_project(root / "shop", "segment a\n  where age > 1\n")
    (root / "shop" / "schema.yml").unlink()
    (root / "shop" / "segdsl.yml").write_text("name: tiny\nschema: ../shared/schema.yml\n",
                                              encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    # The working tree's schema renames the column: `a` reads another column now.
    (root / "shared" / "schema.yml").write_text(
        TINY_SCHEMA.replace("age: integer", "age:\n    type: integer\n    column: years"),
        encoding="utf-8")
    result = run(["diff", "--project", str(root / "shop"), "--base", "main",
                  "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["definitions"] == [{"name": "a", "kind": "segment", "status": "changed",
                                    "changed": ["schema"]}]
