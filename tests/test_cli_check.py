"""`segdsl check` end to end: exit codes, output streams and formats (SPEC section 7).

In-process runs set SEGDSL_DEBUG and catch_exceptions=False, so a bug surfaces
as a real traceback in the test instead of a quiet exit status 3.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from cli_project import run
from click.testing import CliRunner

from segdsl.cli.main import DEBUG_ENV, main
from segdsl.diagnostics import Diagnostic, Severity, Span

REPO = Path(__file__).resolve().parents[1]

SCHEMA = (
    "entity: customer\n"
    "table: customers\n"
    "key: customer_id\n"
    "attributes:\n"
    "  country: string\n"
    "  age: integer\n"
)
CLEAN = "segment adults\n  where age >= 18\n"
# `>=` with nothing after it: a syntax error on line 2.
BROKEN = "segment adults\n  where age >= \n"
# A name error in a second file, for PATH filtering.
UNKNOWN_NAME = "segment old\n  where agee >= 65\n"

SYNTAX_ERROR = re.compile(r"^segments/a\.seg:2:\d+: error\[SYN\d{3}\]: ", re.MULTILINE)


def make_project(
    root: Path,
    segments: dict[str, str] | None = None,
    *,
    config: str = "name: tiny\n",
    schema: str | None = SCHEMA,
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "segdsl.yml").write_text(config, encoding="utf-8")
    if schema is not None:
        (root / "schema.yml").write_text(schema, encoding="utf-8")
    for name, text in (segments if segments is not None else {"a.seg": CLEAN}).items():
        path = root / "segments" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean tiny project, which is also the working directory."""
    monkeypatch.chdir(tmp_path)
    return make_project(tmp_path)


# ---------------------------------------------------------------- exit status 0/1


def test_clean_project_exits_0(project: Path) -> None:
    result = run(["check"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "checked 1 file: no problems found\n"


def test_project_option_from_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path / "proj")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run(["check", "--project", str(root)])
    assert result.exit_code == 0, result.output


def test_project_found_upward_from_a_subfolder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "segments")
    assert run(["check"]).exit_code == 0


def test_syntax_error_exits_1_with_location(project: Path) -> None:
    (project / "segments" / "a.seg").write_text(BROKEN, encoding="utf-8")
    result = run(["check"])
    assert result.exit_code == 1, result.output
    assert result.stdout == "", "text diagnostics go to stderr"
    assert SYNTAX_ERROR.search(result.stderr), result.stderr
    assert " 2 |   where age >=" in result.stderr
    assert "^" in result.stderr
    assert result.stderr.rstrip().endswith("error")  # "... 1 error"
    assert "\x1b[" not in result.stderr, "no color when not a terminal"


def test_latin1_byte_shows_its_line_and_column(project: Path) -> None:
    """Issue #11.3: the SYN007 excerpt showed an empty line with the caret at
    column 1; now the line with the bad byte (as a replacement character) and the
    caret under it.  "é" before it is valid UTF-8 and counts as one column."""
    (project / "segments" / "a.seg").write_bytes(
        b'segment adults\n  where country = "\xc3\xa9caf\xe9"\n')
    result = run(["check"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == ("segments/a.seg:2:24: error[SYN007]: the file is not UTF-8 text "
                        "(byte 0xe9)")
    assert lines[1] == ' 2 |   where country = "écaf\ufffd"'
    assert lines[2] == "   |" + " " * 24 + "^"


def test_json_format(project: Path) -> None:
    clean = run(["check", "--format", "json"])
    assert clean.exit_code == 0
    assert json.loads(clean.stdout) == []

    (project / "segments" / "a.seg").write_text(BROKEN, encoding="utf-8")
    result = run(["check", "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr == "", "json mode keeps stderr quiet"
    items = json.loads(result.stdout)
    assert items, "the syntax error is reported"
    for item in items:
        assert set(item) == {
            "file", "line", "column", "end_line", "end_column",
            "severity", "code", "message", "hint", "edits",
        }
    first = items[0]
    assert first["file"] == "segments/a.seg"
    assert first["line"] == 2
    assert first["severity"] == "error"
    assert first["code"].startswith("SYN")


def test_github_format(project: Path) -> None:
    (project / "segments" / "a.seg").write_text(BROKEN, encoding="utf-8")
    result = run(["check", "--format", "github"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines
    assert re.match(
        r"^::error file=segments/a\.seg,line=2,col=\d+,endLine=\d+,endColumn=\d+,title=SYN\d{3}::",
        lines[0],
    ), lines[0]
    assert result.stderr.strip() == "1 error"


def test_paths_limit_what_is_reported(project: Path) -> None:
    (project / "segments" / "b.seg").write_text(UNKNOWN_NAME, encoding="utf-8")
    everything = run(["check", "--format", "json"])
    assert everything.exit_code == 1
    assert {d["file"] for d in json.loads(everything.stdout)} == {"segments/b.seg"}

    only_a = run(["check", "--format", "json", "segments/a.seg"])
    assert only_a.exit_code == 0
    assert json.loads(only_a.stdout) == []

    folder = run(["check", "segments"])
    assert folder.exit_code == 1
    assert "segments/b.seg:2:" in folder.stderr


# ------------------------------------------------------------------ exit status 2


def test_no_project_file_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(["check"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no segdsl.yml found")
    assert result.stderr.count("\n") == 1, "one line"


def test_project_option_without_project_file_exits_2(tmp_path: Path) -> None:
    result = run(["check", "--project", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no segdsl.yml in ")


def test_project_option_that_does_not_exist_exits_2(tmp_path: Path) -> None:
    result = run(["check", "--project", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_missing_schema_file_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, schema=None)
    result = run(["check"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: the schema file ")
    assert "schema.yml does not exist" in result.stderr


def test_nonexistent_path_exits_2(project: Path) -> None:
    result = run(["check", "segments/nope.seg"])
    assert result.exit_code == 2
    assert "segments/nope.seg" in result.stderr
    assert "does not exist" in result.stderr


def test_unknown_format_exits_2(project: Path) -> None:
    result = run(["check", "--format", "xml"])
    assert result.exit_code == 2


def test_unknown_command_exits_2() -> None:
    assert run(["frobnicate"]).exit_code == 2


# ----------------------------------------------------------------------- misc


def test_version() -> None:
    result = run(["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "segdsl 0.1.0"


def test_help_lists_check() -> None:
    result = run(["--help"])
    assert result.exit_code == 0
    assert "check" in result.stdout


def _fake_workspace(diagnostics: list[Diagnostic]) -> SimpleNamespace:
    return SimpleNamespace(
        diagnostics=diagnostics,
        sources={"segments/a.seg": CLEAN},
        files=[object()],
        ok=not any(d.is_error for d in diagnostics),
    )


def test_warnings_alone_exit_0(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warning = Diagnostic(
        "WRN001", "a condition that can never be true",
        Span("segments/a.seg", 2, 9, 2, 18), Severity.WARNING,
    )
    monkeypatch.setattr(
        "segdsl.workspace.load_workspace", lambda *args: _fake_workspace([warning])
    )
    monkeypatch.setattr("segdsl.workspace.scope_problems", lambda *args: [])
    result = run(["check"])
    assert result.exit_code == 0, result.output
    assert "segments/a.seg:2:9: warning[WRN001]: " in result.stderr
    assert result.stderr.endswith("checked 1 file: 1 warning\n")


def test_unexpected_exception_is_an_internal_error_exit_3(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("segdsl.workspace.load_workspace", explode)
    result = CliRunner().invoke(main, ["check"], env={DEBUG_ENV: ""})
    assert result.exit_code == 3
    assert result.stderr == (
        "internal error: RuntimeError: boom (this is a bug in segdsl; please report it)\n"
    )
    assert "Traceback" not in result.output

    # With the debug switch the real exception comes through, traceback and all.
    with pytest.raises(RuntimeError, match="boom"):
        CliRunner().invoke(main, ["check"], env={DEBUG_ENV: "1"}, catch_exceptions=False)


# ---------------------------------------------------------------- subprocesses


def _subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    env["NO_COLOR"] = "1"
    return env


def test_python_dash_m_segdsl_check(tmp_path: Path) -> None:
    make_project(tmp_path)
    clean = subprocess.run(
        [sys.executable, "-m", "segdsl", "check"],
        cwd=tmp_path, env=_subprocess_env(), capture_output=True, text=True, timeout=120,
    )
    assert clean.returncode == 0, clean.stderr
    assert clean.stderr == "checked 1 file: no problems found\n"

    (tmp_path / "segments" / "a.seg").write_text(BROKEN, encoding="utf-8")
    broken = subprocess.run(
        [sys.executable, "-m", "segdsl", "check"],
        cwd=tmp_path, env=_subprocess_env(), capture_output=True, text=True, timeout=120,
    )
    assert broken.returncode == 1, broken.stderr
    assert SYNTAX_ERROR.search(broken.stderr), broken.stderr
    assert "Traceback" not in broken.stderr


_IMPORT_PROBE = """
import json, sys
heavy = {"duckdb", "sqlglot", "pygls", "lsprotocol"}  # pygls: only `segdsl lsp` needs it

def loaded():
    return sorted(m for m in sys.modules if m.partition(".")[0] in heavy)

import segdsl.cli.main
after_import = loaded()
try:
    segdsl.cli.main.main(["check", "--project", sys.argv[1]], prog_name="segdsl")
except SystemExit as exit:
    code = exit.code
print(json.dumps({"after_import": after_import, "after_check": loaded(), "code": code}))
"""


def test_check_does_not_import_duckdb_or_sqlglot(tmp_path: Path) -> None:
    # Both a clean file and one with errors, so the checker's error paths run too.
    root = make_project(tmp_path, {"a.seg": CLEAN, "b.seg": UNKNOWN_NAME, "c.seg": BROKEN})
    probe = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE, str(root)],
        cwd=tmp_path, env=_subprocess_env(), capture_output=True, text=True, timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    assert report["code"] == 1, probe.stderr
    assert report["after_import"] == []
    assert report["after_check"] == []


def test_closed_stdout_is_not_an_internal_error(tmp_path: Path) -> None:
    # `segdsl check --format json | head`: the reader may leave before we are done.
    # Closing our end of the pipe before the child writes makes that deterministic.
    make_project(tmp_path, {"a.seg": BROKEN})
    child = subprocess.Popen(
        [sys.executable, "-m", "segdsl", "check", "--format", "json"],
        cwd=tmp_path, env=_subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    stderr = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=120) == 141, stderr
    assert stderr == ""


# ------------------------------------------------- never a silent pass (SPEC 10)


def _errors(result_stderr: str) -> list[str]:
    return [line for line in result_stderr.splitlines() if line.startswith("error: ")]


def test_a_named_file_outside_the_segments_folders_is_exit_2(project: Path) -> None:
    # A draft with a typo used to print "no problems found" and exit 0.
    (project / "drafts").mkdir()
    (project / "drafts" / "new.seg").write_text("segment s\n  where agee > 1\n",
                                                encoding="utf-8")
    result = run(["check", "drafts/new.seg"])
    assert result.exit_code == 2, result.output
    assert _errors(result.stderr) == [
        "error: drafts/new.seg is not one of the project's segment files (segments: "
        "segments); add its folder to 'segments' in segdsl.yml"]


def test_a_named_path_that_is_no_segment_file_is_exit_2(project: Path) -> None:
    result = run(["check", "schema.yml"])
    assert result.exit_code == 2, result.output
    assert _errors(result.stderr) == ["error: schema.yml is not a .seg file"]


def test_a_named_path_that_does_not_exist_is_exit_2(project: Path) -> None:
    result = run(["check", "segments/nope.seg"])
    assert result.exit_code == 2, result.output
    assert "'segments/nope.seg' does not exist" in result.stderr


def test_a_named_folder_without_segment_files_is_exit_2(project: Path) -> None:
    (project / "empty").mkdir()
    result = run(["check", "empty"])
    assert result.exit_code == 2, result.output
    assert _errors(result.stderr) == [
        "error: empty holds none of the project's .seg files (segments: segments)"]


def test_named_files_and_folders_of_the_project_are_checked(project: Path) -> None:
    for named in (["segments/a.seg"], ["segments"], ["segments/a.seg", "segments"]):
        result = run(["check", *named])
        assert result.exit_code == 0, result.output
        assert "no problems found" in result.stderr


def test_a_project_without_segment_files_is_exit_2(project: Path) -> None:
    (project / "segments" / "a.seg").unlink()
    result = run(["check"])
    assert result.exit_code == 2, result.output
    assert _errors(result.stderr) == [
        "error: the project has no .seg file (segments: segments); nothing would be checked"]


def test_a_segments_entry_that_does_not_exist_is_exit_2(project: Path) -> None:
    (project / "segdsl.yml").write_text("name: tiny\nsegments: [segments, drafts]\n",
                                        encoding="utf-8")
    result = run(["check"])
    assert result.exit_code == 2, result.output
    assert _errors(result.stderr) == [
        "error: the segments entry 'drafts' in segdsl.yml names no folder or file; "
        "create it or correct the entry"]


def test_a_broken_project_file_reports_its_own_problem(project: Path) -> None:
    (project / "segdsl.yml").write_text("name: tiny\nsegments: {a: 1}\n", encoding="utf-8")
    result = run(["check"])
    assert result.exit_code == 1, result.output
    assert "error[YML004]" in result.stderr
    assert _errors(result.stderr) == []
