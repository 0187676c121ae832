"""segdsl.yml: finding the project, defaults, every YML diagnostic with its position
and hint, the segment and fixture file lists, and "no input ever raises"."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# The module, not its functions: pytest would collect a bare `test_files` as a test.
from segdsl.project import config as project_config
from segdsl.project.model import ProjectConfig

FILE = project_config.PROJECT_FILE


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder that is also the working directory, so diagnostics
    name the project file plainly as 'segdsl.yml'."""
    (tmp_path / "schema.yml").write_text("entity: c\ntable: t\nkey: k\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(root: Path, text: str) -> None:
    (root / FILE).write_text(text, encoding="utf-8")


def _touch(root: Path, *paths: str) -> None:
    for path in paths:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text("", encoding="utf-8")


def _one_problem(root: Path, text: str, code: str) -> tuple[int, int, str, str | None]:
    """Load ``text`` as the project file; it must give exactly one ``code`` problem.
    Returns its line, column, message and hint."""
    _write(root, text)
    config, problems = project_config.load_config(root)
    assert config is None
    assert [p.code for p in problems] == [code], problems
    span = problems[0].span
    assert span is not None and span.file == FILE
    return span.line, span.column, problems[0].message, problems[0].hint


# ------------------------------------------------------------------ finding it


def test_find_project_root_walks_upward(tmp_path: Path) -> None:
    _write(tmp_path, "")
    nested = tmp_path / "segments" / "deep"
    nested.mkdir(parents=True)
    assert project_config.find_project_root(nested) == tmp_path.resolve()


def test_find_project_root_from_a_file(tmp_path: Path) -> None:
    _write(tmp_path, "")
    _touch(tmp_path, "segments/a.seg")
    assert project_config.find_project_root(tmp_path / "segments" / "a.seg") == tmp_path.resolve()


def test_find_project_root_without_a_project(tmp_path: Path) -> None:
    assert project_config.find_project_root(tmp_path) is None


# ------------------------------------------------------------------ valid files


def test_empty_project_file_means_all_defaults(project: Path) -> None:
    _write(project, "# nothing to configure\n")
    config, problems = project_config.load_config(project)
    assert problems == []
    assert config == ProjectConfig(
        root=project, name=project.name, schema_path=project / "schema.yml",
        segments=("segments",), tests=("tests",), dialect="duckdb", database=None, file=FILE,
    )


def test_spec_example(project: Path) -> None:
    _write(project, """\
name: shop
schema: schema.yml          # default
segments: [segments]        # folders or globs, default [segments]
tests: [tests]              # default [tests]
dialect: duckdb             # default target of `compile`
database: data/shop.duckdb  # optional default for `run`
""")
    config, problems = project_config.load_config(project)
    assert problems == []
    assert config == ProjectConfig(
        root=project, name="shop", schema_path=project / "schema.yml",
        segments=("segments",), tests=("tests",), dialect="duckdb",
        database=str(project / "data" / "shop.duckdb"), file=FILE,
        database_at=f"{FILE}:6:11",
    )


def test_single_strings_and_urls(project: Path) -> None:
    _write(project, "segments: defs/**/*.seg\ntests: checks\ndialect: snowflake\n"
                    "database: postgresql://me@localhost/shop\n")
    config, problems = project_config.load_config(project)
    assert problems == []
    assert config is not None
    assert config.segments == ("defs/**/*.seg",)
    assert config.tests == ("checks",)
    assert config.dialect == "snowflake"
    assert config.database == "postgresql://me@localhost/shop"


def test_empty_values_mean_the_default(project: Path) -> None:
    _write(project, "name:\ndialect:\nsegments:\n")
    config, problems = project_config.load_config(project)
    assert problems == []
    assert config is not None
    assert (config.name, config.dialect, config.segments) == (project.name, "duckdb",
                                                              ("segments",))


# ------------------------------------------------------------------ diagnostics


def test_yml001_missing_project_file(project: Path) -> None:
    config, problems = project_config.load_config(project)
    assert config is None
    assert [p.code for p in problems] == ["YML001"]
    assert problems[0].message.startswith("cannot read the file")


def test_yml001_invalid_yaml(project: Path) -> None:
    line, column, message, _ = _one_problem(project, "name: shop\nsegments: [a, b\n", "YML001")
    assert (line, column) == (3, 1)
    assert message.startswith("invalid YAML")


def test_yml001_not_utf8(project: Path) -> None:
    (project / FILE).write_bytes(b"name: \xff\n")
    config, problems = project_config.load_config(project)
    assert config is None
    assert [p.code for p in problems] == ["YML001"]
    span = problems[0].span
    assert span is not None and (span.line, span.column) == (1, 7)


def test_yml003_unknown_key(project: Path) -> None:
    line, column, message, hint = _one_problem(project, "name: shop\ndialet: duckdb\n", "YML003")
    assert (line, column) == (2, 1)
    assert message == "unknown key 'dialet' in the project file"
    assert hint == ("did you mean 'dialect'? "
                    "allowed keys: name, schema, segments, tests, dialect, database, lists, "
                    "timezone")


def test_yml004_segments_entry_of_the_wrong_kind(project: Path) -> None:
    line, column, message, hint = _one_problem(project, "segments: [segments, {a: 1}]\n",
                                               "YML004")
    assert (line, column) == (1, 22)
    assert message == ("'segments' should list folders or file patterns, but an entry is "
                       "a mapping (key: value pairs)")
    assert hint == "for example: segments: [segments]"


def test_yml004_name_must_be_a_single_value(project: Path) -> None:
    line, column, _, _ = _one_problem(project, "name: [a, b]\n", "YML004")
    assert (line, column) == (1, 7)


def test_yml004_project_file_is_not_a_mapping(project: Path) -> None:
    line, column, _, _ = _one_problem(project, "- name\n", "YML004")
    assert (line, column) == (1, 1)


def test_yml006_duplicate_key(project: Path) -> None:
    line, column, message, _ = _one_problem(project, "name: a\nname: b\n", "YML006")
    assert (line, column) == (2, 1)
    assert message == "the key 'name' appears twice in the same mapping"


def test_yml009_unknown_dialect(project: Path) -> None:
    line, column, message, hint = _one_problem(project, "name: shop\ndialect: duckd\n", "YML009")
    assert (line, column) == (2, 10)
    assert message == "unknown dialect 'duckd'"
    assert hint == ("did you mean 'duckdb'? allowed dialects: duckdb, postgres, bigquery, "
                    "snowflake, mysql, spark, clickhouse, redshift, trino")


@pytest.mark.parametrize("written", ["spark", "databricks"])
def test_databricks_is_the_spark_dialect(project: Path, written: str) -> None:
    _write(project, f"name: shop\ndialect: {written}\n")
    config, problems = project_config.load_config(project)
    assert config is not None and config.dialect == "spark", problems


def test_timezone_defaults_to_utc_and_reads_an_iana_name(project: Path) -> None:
    _write(project, "name: shop\n")
    config, _ = project_config.load_config(project)
    assert config is not None and config.timezone == "UTC"
    _write(project, "name: shop\ntimezone: Europe/Berlin\n")
    config, problems = project_config.load_config(project)
    assert config is not None and config.timezone == "Europe/Berlin", problems


def test_yml009_unknown_timezone_with_did_you_mean(project: Path) -> None:
    line, column, message, hint = _one_problem(project, "name: shop\ntimezone: Europe/Berln\n",
                                               "YML009")
    assert (line, column) == (2, 11)
    assert message == "unknown time zone 'Europe/Berln'"
    assert hint is not None and hint.startswith("did you mean 'Europe/Berlin'?")


def test_yml009_timezone_case_is_a_certain_fix(project: Path) -> None:
    _write(project, "timezone: europe/berlin\n")
    _, problems = project_config.load_config(project)
    [problem] = problems
    assert problem.hint is not None and problem.hint.startswith("did you mean 'Europe/Berlin'?")
    assert [edit.new_text for edit in problem.edits] == ["Europe/Berlin"]


@pytest.mark.parametrize("name", ["../etc/passwd", "/etc/localtime", "Mars/Olympus", "   x"])
def test_yml009_timezone_that_is_no_zone_name(project: Path, name: str) -> None:
    _write(project, f"timezone: '{name}'\n")
    config, problems = project_config.load_config(project)
    assert config is None and [p.code for p in problems] == ["YML009"]


def test_yml009_dialect_alias_is_suggested(project: Path) -> None:
    _, _, _, hint = _one_problem(project, "dialect: postgresql\n", "YML009")
    assert hint is not None and hint.startswith("did you mean 'postgres'?")


def test_yml009_schema_file_missing(project: Path) -> None:
    line, column, message, hint = _one_problem(project, "schema: model/schema.yml\n", "YML009")
    assert (line, column) == (1, 9)
    assert message == "the schema file 'model/schema.yml' does not exist"
    assert hint == "the path is relative to the project folder (.)"


def test_all_problems_are_reported(project: Path) -> None:
    _write(project, "dialect: sqlite\nsegmnts: x\nschema: none.yml\n")
    config, problems = project_config.load_config(project)
    assert config is None
    assert sorted(p.code for p in problems) == ["YML003", "YML009", "YML009"]


# ------------------------------------------------------------------ file lists


def _config(root: Path, text: str) -> ProjectConfig:
    _write(root, text)
    config, problems = project_config.load_config(root)
    assert problems == [] and config is not None
    return config


def test_segment_files_from_folders_at_any_depth(project: Path) -> None:
    _touch(project, "segments/b.seg", "segments/a.seg", "segments/deep/er/c.seg",
           "segments/notes.txt", "segments/.hidden/x.seg", "segments/.draft.seg")
    config = _config(project, "")
    assert project_config.segment_files(config) == [
        project / "segments/a.seg", project / "segments/b.seg", project / "segments/deep/er/c.seg",
    ]


def test_segment_files_from_globs_are_deduplicated_and_sorted(project: Path) -> None:
    _touch(project, "segments/a.seg", "extra/z.seg", "extra/y.seg", "extra/README.md")
    config = _config(project, "segments: [extra/*, segments, 'segments/*.seg', missing]\n")
    assert project_config.segment_files(config) == [
        project / "extra/y.seg", project / "extra/z.seg", project / "segments/a.seg",
    ]


def test_recursive_glob(project: Path) -> None:
    _touch(project, "a/b/c/one.seg", "a/two.seg")
    config = _config(project, "segments: 'a/**/*.seg'\n")
    assert project_config.segment_files(config) == [project / "a/b/c/one.seg",
                                                    project / "a/two.seg"]


def test_test_files_take_yml_and_yaml(project: Path) -> None:
    _touch(project, "tests/one.yml", "tests/sub/two.yaml", "tests/data.csv")
    config = _config(project, "")
    assert project_config.test_files(config) == [project / "tests/one.yml",
                                                 project / "tests/sub/two.yaml"]


def test_no_folders_no_files(project: Path) -> None:
    config = _config(project, "")
    assert project_config.segment_files(config) == []
    assert project_config.test_files(config) == []


# ------------------------------------------------------------------ display paths


def test_display_path_is_relative_to_the_working_directory(project: Path) -> None:
    assert project_config.display_path(project / "segments" / "a.seg") == "segments/a.seg"


def test_display_path_outside_the_working_directory_is_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside = tmp_path / "work"
    inside.mkdir()
    monkeypatch.chdir(inside)
    outside = tmp_path / "other" / "schema.yml"
    assert project_config.display_path(outside) == outside.as_posix()


# ------------------------------------------------------------- never an exception


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / FILE).write_bytes(data)
        config, problems = project_config.load_config(Path(folder))
    assert (config is None) == any(p.is_error for p in problems)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / FILE).write_text(text, encoding="utf-8", errors="surrogatepass")
        config, problems = project_config.load_config(Path(folder))
    assert (config is None) == any(p.is_error for p in problems)
