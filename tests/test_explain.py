"""`segdsl explain`: sentences in English and German, every definition of the
example project and the conformance corpus, attrition against `segdsl run`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_project import run
from report_project import AS_OF, SHOP, membership_counts, shop_copy

from segdsl.check.checker import CheckedProject
from segdsl.explain import explain
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
CONFORMANCE = REPO / "tests" / "conformance"

SPEC_EXAMPLE = """\
metric orders_30d = count(purchase in last 30 days)

segment lapsing_buyers
  title "Frequent buyers gone quiet"
  where orders_30d > 3
    and has no purchase in last 7 days

segment vip
  where has email_open with campaign = "spring" in previous year
    and not in segment lapsing_buyers

segmentation tier
  gold: count(purchase) >= 10
  casual: otherwise
"""


def _checked(project: Path) -> CheckedProject:
    workspace = load_workspace(project)
    assert workspace.checked is not None and workspace.ok
    return workspace.checked


@pytest.fixture(scope="module")
def spec_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("explain") / "p"
    project.mkdir()
    (project / "segdsl.yml").write_text("name: p\n", encoding="utf-8")
    (project / "schema.yml").write_text(
        (SHOP / "schema.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / "segments").mkdir()
    (project / "segments" / "s.seg").write_text(SPEC_EXAMPLE, encoding="utf-8")
    return project


@pytest.mark.parametrize(("name", "lang", "sentence"), [
    ("lapsing_buyers", "en", "Customers who bought more than 3 times in the last 30 days "
     "and have not bought in the last 7 days."),
    ("lapsing_buyers", "de", "Kunden, die in den letzten 30 Tagen mehr als 3-mal gekauft "
     "und in den letzten 7 Tagen nichts gekauft haben."),
    ("vip", "en", "Customers who have at least one 'email_open' event with 'campaign' "
     "equal to \"spring\" in the previous year and are not in the segment "
     "'Frequent buyers gone quiet'."),
    ("vip", "de", "Kunden, die im letzten Kalenderjahr mindestens ein 'email_open'-Ereignis "
     "(mit 'campaign' gleich „spring“) haben und nicht im Segment "
     "„Frequent buyers gone quiet“ sind."),
    ("tier", "en", "gold: customers who bought at least 10 times; otherwise casual."),
    ("tier", "de", "gold: Kunden, die mindestens 10-mal gekauft haben; sonst casual."),
    ("orders_30d", "en", "'orders_30d' is the number of 'purchase' events in the last "
     "30 days, per customer."),
    ("orders_30d", "de", "'orders_30d' ist je Kunde die Anzahl der 'purchase'-Ereignisse "
     "in den letzten 30 Tagen."),
])
def test_sentences(spec_project: Path, name: str, lang: str, sentence: str) -> None:
    assert explain(_checked(spec_project), name, lang) == sentence
    result = run(["explain", name, "--lang", lang, "--project", str(spec_project)])
    assert result.exit_code == 0, result.output
    assert result.stdout == sentence + "\n"


_BAD = re.compile(r"\?|<|>|ast\.|Span\(|None|\{|\bNot\(|_attrition_")


@pytest.mark.parametrize("project", [SHOP, CONFORMANCE], ids=["shop", "conformance"])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_definition_is_explained(project: Path, lang: str) -> None:
    checked = _checked(project)
    names = [*checked.segments, *checked.segmentations, *checked.metrics]
    assert len(names) > 10
    for name in names:
        text = explain(checked, name, lang)
        # Regular expressions written in a segment may hold any character: drop
        # quoted strings before looking for leftovers.
        plain = re.sub(r'"[^"]*"|„[^“]*“', "", text)
        assert text.endswith("."), (name, text)
        assert not _BAD.search(plain), (name, text)


def test_unknown_name_exits_2_with_a_suggestion() -> None:
    result = run(["explain", "lapsing_customer", "--project", str(SHOP)])
    assert result.exit_code == 2
    assert "did you mean 'lapsing_customers'?" in result.stderr


def test_as_of_without_db_is_refused() -> None:
    result = run(["explain", "vip", "--project", str(SHOP), "--as-of", AS_OF])
    assert result.exit_code == 2


CHECKS = """
segment chk_repeat
  where count(purchase) >= 2
segment chk_window
  where last(purchase) between 180 days ago and 90 days ago
"""


def test_attrition_matches_run(tmp_path: Path) -> None:
    project = shop_copy(tmp_path, customers=300)
    (project / "segments" / "zz_checks.seg").write_text(CHECKS, encoding="utf-8")
    database = str(project / "data" / "shop.duckdb")
    result = run(["explain", "lapsing_customers", "--project", str(project),
                  "--db", database, "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    population, sizes, _ = membership_counts(project)
    lines = result.stdout.splitlines()
    assert f"  population: {population:,}" in lines
    steps = [line for line in lines if line.startswith(("  where ", "  and "))]
    assert steps[0].endswith(f"{sizes['chk_repeat']:,} remain, {sizes['chk_repeat']:,} alone")
    assert steps[1].endswith(f"{sizes['lapsing_customers']:,} remain, "
                             f"{sizes['chk_window']:,} alone")
    assert sizes["chk_repeat"] > sizes["lapsing_customers"] > 0
    german = run(["explain", "lapsing_customers", "--lang", "de", "--project", str(project),
                  "--db", database, "--as-of", AS_OF])
    assert german.exit_code == 0, german.output
    assert "Grundgesamtheit:" in german.stdout
    metric = run(["explain", "orders_30d", "--project", str(project), "--db", database])
    assert metric.exit_code == 0
    assert "segments only" in metric.stdout


# ------------------------------------------------------------------ --all


@pytest.mark.parametrize("lang", ["en", "de"])
def test_all_explains_every_definition_in_written_order(lang: str) -> None:
    workspace = load_workspace(SHOP)
    checked = workspace.checked
    assert checked is not None
    declarations = [decl for source in workspace.files for decl in source.declarations]
    result = run(["explain", "--all", "--lang", lang, "--project", str(SHOP)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert len(blocks) == len(declarations) == 26
    words = {"en": ("segment", "segmentation", "metric"),
             "de": ("Segment", "Segmentierung", "Metrik")}[lang]
    kinds = dict(zip(("segment", "segmentation", "metric"), words, strict=True))
    for block, decl in zip(blocks, declarations, strict=True):
        heading, sentence = block.split("\n")
        kind = ("segment" if decl.name in checked.segments else
                "segmentation" if decl.name in checked.segmentations else "metric")
        span = decl.name_span
        assert heading == f"{kinds[kind]} {decl.name} ({span.file}:{span.line})"
        assert sentence == explain(checked, decl.name, lang)


@pytest.mark.parametrize(("args", "message"), [
    (["vip", "--all"], "either a NAME or --all"),
    ([], "give a NAME to explain, or --all"),
    (["--all", "--as-of", AS_OF], "--as-of needs --db"),
])
def test_name_or_all_exit_2(args: list[str], message: str) -> None:
    result = run(["explain", "--project", str(SHOP), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_all_with_db_follows_each_segment_with_its_attrition(tmp_path: Path) -> None:
    project = shop_copy(tmp_path, customers=200)
    database = str(project / "data" / "shop.duckdb")
    result = run(["explain", "--all", "--project", str(project), "--db", database,
                  "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    blocks = {block.split(" (")[0]: block
              for block in result.stdout.rstrip("\n").split("\n\n")}
    assert len(blocks) == 26
    _, sizes, _ = membership_counts(project)
    for name, size in sizes.items():
        block = blocks[f"segment {name}"]
        single = run(["explain", name, "--project", str(project), "--db", database,
                      "--as-of", AS_OF])
        assert single.exit_code == 0, single.output
        # The same attrition as `explain NAME --db`, ending at the segment's size.
        attrition = single.stdout.split("\n\n", 1)[1]
        assert block.endswith(attrition.rstrip("\n")), name
        assert f"): {size:,} remain, " in block.splitlines()[-1], name
    assert "Attrition" not in blocks["metric orders_30d"]
    assert "Attrition" not in blocks["segmentation persona"]


def test_all_with_db_checks_the_database_before_printing(tmp_path: Path) -> None:
    result = run(["explain", "--all", "--project", str(SHOP), "--db",
                  str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
