"""`segdsl fmt` through its real output: exit statuses, what is printed, which files
change and how (docs/fmt.md)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_project import run, write_project

from segdsl.format import api

REPO = Path(__file__).resolve().parents[1]

UGLY = "segment a where country = \"DE\" and age>30   # adults\n"
PRETTY = 'segment a\n  where country = "DE"\n    and age > 30  # adults\n'
BROKEN = "segment b where age = = 1\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = write_project(tmp_path / "p", UGLY)
    monkeypatch.chdir(root)
    return root


def seg(root: Path, name: str = "a.seg") -> Path:
    return root / "segments" / name


# ------------------------------------------------------------------ --check


def test_check_lists_what_would_change_and_writes_nothing(project: Path) -> None:
    (project / "segments" / "z.seg").write_text(PRETTY.replace("segment a", "segment z"),
                                                encoding="utf-8")
    before = seg(project).stat().st_mtime_ns
    result = run(["fmt", "--check"])
    assert result.exit_code == 1
    assert result.stdout == "would reformat segments/a.seg\n"
    assert result.stderr == "1 file would be reformatted, 1 already formatted\n"
    assert seg(project).read_text(encoding="utf-8") == UGLY
    assert seg(project).stat().st_mtime_ns == before


def test_check_passes_on_a_formatted_project(project: Path) -> None:
    seg(project).write_text(PRETTY, encoding="utf-8")
    result = run(["fmt", "--check"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "0 files would be reformatted, 1 already formatted\n"


# ------------------------------------------------------------------- --diff


def test_diff_prints_a_unified_diff_and_writes_nothing(project: Path) -> None:
    result = run(["fmt", "--diff"])
    assert result.exit_code == 1
    assert result.stdout == (
        "--- segments/a.seg\n"
        "+++ segments/a.seg\n"
        "@@ -1 +1,3 @@\n"
        '-segment a where country = "DE" and age>30   # adults\n'
        "+segment a\n"
        '+  where country = "DE"\n'
        "+    and age > 30  # adults\n"
    )
    assert result.stderr == "1 file would be reformatted, 0 already formatted\n"
    assert seg(project).read_text(encoding="utf-8") == UGLY


def test_the_diff_applies_with_patch(project: Path) -> None:
    patch = subprocess.run(["which", "patch"], capture_output=True, check=False)
    if patch.returncode != 0:
        pytest.skip("no patch program")
    diff = run(["fmt", "--diff"]).stdout
    applied = subprocess.run(["patch", "-p0", "--quiet"], input=diff, text=True, cwd=project,
                             capture_output=True, check=False)
    assert applied.returncode == 0, applied.stderr
    assert seg(project).read_text(encoding="utf-8") == PRETTY


def test_diff_of_a_file_without_a_final_line_break(project: Path) -> None:
    seg(project).write_text(PRETTY.rstrip("\n"), encoding="utf-8")
    result = run(["fmt", "--diff"])
    assert result.exit_code == 1
    assert result.stdout.endswith(
        "-    and age > 30  # adults\n\\ No newline at end of file\n"
        "+    and age > 30  # adults\n")


# -------------------------------------------------------------- rewriting


def test_fmt_rewrites_files_and_a_second_run_changes_nothing(project: Path) -> None:
    result = run(["fmt"])
    assert result.exit_code == 0
    assert result.stdout == "reformatted segments/a.seg\n"
    assert result.stderr == "1 file reformatted, 0 unchanged\n"
    assert seg(project).read_text(encoding="utf-8") == PRETTY
    again = run(["fmt"])
    assert (again.exit_code, again.stdout) == (0, "")
    assert again.stderr == "0 files reformatted, 1 unchanged\n"


def test_a_broken_file_is_reported_and_left_alone(project: Path) -> None:
    seg(project, "b.seg").write_bytes(BROKEN.encode())
    result = run(["fmt"])
    assert result.exit_code == 1
    assert result.stdout == "reformatted segments/a.seg\n"
    assert "segments/b.seg:1:23: error[SYN001]: unexpected '='" in result.stderr
    assert "1 | segment b where age = = 1" in result.stderr
    assert result.stderr.endswith(
        "1 file reformatted, 0 unchanged, 1 file with errors left alone\n")
    assert seg(project, "b.seg").read_bytes() == BROKEN.encode()
    assert seg(project).read_text(encoding="utf-8") == PRETTY


@pytest.mark.parametrize("text", [
    "segment s where d = 2026-02-30\n",       # SYN005, found while building the tree
    "segment s\n  title \"a\"\n  title \"b\"\n  where x\n",  # a second title is dropped
    "segment s where x ; y\n",                # a character no token matches
])
def test_no_file_with_a_syntax_error_is_changed(project: Path, text: str) -> None:
    seg(project).write_text(text, encoding="utf-8")
    for args in (["fmt"], ["fmt", "--check"], ["fmt", "--diff"]):
        result = run(args)
        assert result.exit_code == 1
        assert "segments/a.seg:" in result.stderr
        assert "error[" in result.stderr
        assert result.stdout == ""
    assert seg(project).read_text(encoding="utf-8") == text


def test_a_file_that_is_not_utf8_is_reported_and_left_alone(project: Path) -> None:
    seg(project).write_bytes(b"segment a where x = \"\xff\"\n")
    result = run(["fmt"])
    assert result.exit_code == 1
    assert "segments/a.seg:1:22: error[SYN007]: the file is not UTF-8 text" in result.stderr
    assert seg(project).read_bytes() == b"segment a where x = \"\xff\"\n"


def test_an_unreadable_file_is_reported_and_the_others_formatted(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What a file without read permission does (simulated: the tests may run as root).
    seg(project, "b.seg").write_text(BROKEN, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "b.seg":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run(["fmt"])
    assert result.exit_code == 1
    assert "segments/b.seg:1:1: error[SYN007]: cannot read the file: Permission denied" in (
        result.stderr)
    assert result.stderr.endswith(
        "1 file reformatted, 0 unchanged, 1 file with errors left alone\n")
    assert seg(project).read_text(encoding="utf-8") == PRETTY


def test_line_endings_and_permissions_are_kept(project: Path) -> None:
    seg(project).write_bytes(UGLY.replace("\n", "\r\n").encode())
    os.chmod(seg(project), 0o640)
    assert run(["fmt"]).exit_code == 0
    assert seg(project).read_bytes() == PRETTY.replace("\n", "\r\n").encode()
    assert stat.S_IMODE(seg(project).stat().st_mode) == 0o640


def test_a_symbolic_link_stays_a_link(project: Path) -> None:
    target = project / "elsewhere.seg"
    target.write_text(UGLY, encoding="utf-8")
    seg(project).unlink()
    seg(project).symlink_to(target)
    assert run(["fmt", "segments/a.seg"]).exit_code == 0
    assert seg(project).is_symlink()
    assert target.read_text(encoding="utf-8") == PRETTY


def test_the_file_is_replaced_whole_or_not_at_all(project: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    result = run(["fmt"])
    assert result.exit_code == 2
    assert "error: cannot write segments/a.seg: No space left on device" in result.stderr
    assert seg(project).read_text(encoding="utf-8") == UGLY
    assert sorted(p.name for p in seg(project).parent.iterdir()) == ["a.seg"]


def test_a_folder_that_cannot_be_written(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What a folder without write permission does (simulated: the tests may run as
    # root, who may write anywhere): no temporary file can be made next to the file.
    import tempfile

    def refuse(*_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = run(["fmt"])
    assert result.exit_code == 2
    assert "error: cannot write segments/a.seg: Permission denied" in result.stderr
    assert result.stdout == ""
    assert seg(project).read_text(encoding="utf-8") == UGLY


def test_a_formatting_bug_leaves_the_file_alone(project: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "format_source", lambda *_: "metric changed = 1\n")
    result = run(["fmt"])
    assert result.exit_code == 3
    assert ("error: segments/a.seg: formatting would change the definitions or comments, so "
            "the file is left as it is (this is a bug in segdsl; please report it)"
            ) in result.stderr
    assert seg(project).read_text(encoding="utf-8") == UGLY


# ------------------------------------------------------------------ paths


def test_paths_may_be_files_or_folders(project: Path) -> None:
    nested = project / "more" / "deeper"
    nested.mkdir(parents=True)
    (nested / "n.seg").write_text(UGLY, encoding="utf-8")
    (project / "more" / ".hidden.seg").write_text(UGLY, encoding="utf-8")
    (project / "more" / "notes.txt").write_text("x", encoding="utf-8")
    result = run(["fmt", "--check", "more", "segments/a.seg"])
    assert result.exit_code == 1
    assert result.stdout == "would reformat more/deeper/n.seg\nwould reformat segments/a.seg\n"


def test_a_path_given_twice_is_formatted_once(project: Path) -> None:
    result = run(["fmt", "segments/a.seg", "segments", "segments/a.seg"])
    assert (result.exit_code, result.stdout) == (0, "reformatted segments/a.seg\n")


@pytest.mark.parametrize(("paths", "message"), [
    (["missing.seg"], "error: missing.seg does not exist\n"),
    (["schema.yml"], "error: schema.yml is not a .seg file\n"),
    (["empty"], "error: empty holds no .seg file\n"),
    (["missing.seg", "schema.yml"],
     "error: missing.seg does not exist\nerror: schema.yml is not a .seg file\n"),
])
def test_unusable_paths_are_usage_errors(project: Path, paths: list[str], message: str) -> None:
    (project / "empty").mkdir()
    result = run(["fmt", *paths])
    assert result.exit_code == 2
    assert result.stderr == message
    assert seg(project).read_text(encoding="utf-8") == UGLY


def test_files_outside_a_project_need_no_project(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "loose.seg").write_text(UGLY, encoding="utf-8")
    assert run(["fmt", "loose.seg"]).exit_code == 0
    assert (tmp_path / "loose.seg").read_text(encoding="utf-8") == PRETTY
    no_project = run(["fmt"])
    assert no_project.exit_code == 2
    assert no_project.stderr.startswith("error: no segdsl.yml found in ")


def test_the_project_option_and_the_project_files(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_project(tmp_path / "p", UGLY, config="name: p\nsegments: [defs]\n")
    (root / "defs").mkdir()
    (root / "defs" / "d.seg").write_text(UGLY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(["fmt", "--check", "--project", "p"])
    assert result.exit_code == 1
    assert result.stdout == "would reformat p/defs/d.seg\n"  # segments/ is not listed


def test_a_project_without_seg_files_or_with_a_broken_project_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_project(tmp_path / "p", UGLY)
    (root / "segments" / "a.seg").unlink()
    monkeypatch.chdir(root)
    empty = run(["fmt"])
    assert empty.exit_code == 2
    assert empty.stderr == ("error: the project has no .seg file (segments: segments); "
                            "nothing to format\n")
    (root / "segdsl.yml").write_text("name: [\n", encoding="utf-8")
    broken = run(["fmt"])
    assert broken.exit_code == 2
    assert "segdsl.yml:" in broken.stderr
    assert "error[YML001]" in broken.stderr


# ------------------------------------------------------------------ stdin


def test_standard_input_to_standard_output(project: Path) -> None:
    from click.testing import CliRunner

    from segdsl.cli.main import DEBUG_ENV, main

    runner = CliRunner()
    done = runner.invoke(main, ["fmt", "-"], input=UGLY, env={DEBUG_ENV: "1"})
    assert (done.exit_code, done.stdout, done.stderr) == (0, PRETTY, "")
    check = runner.invoke(main, ["fmt", "--check", "-"], input=UGLY)
    assert (check.exit_code, check.stdout) == (1, "would reformat <stdin>\n")
    clean = runner.invoke(main, ["fmt", "--check", "-"], input=PRETTY)
    assert (clean.exit_code, clean.stdout) == (0, "")
    diff = runner.invoke(main, ["fmt", "--diff", "-"], input=UGLY)
    assert diff.exit_code == 1
    assert diff.stdout.startswith("--- <stdin>\n+++ <stdin>\n")
    broken = runner.invoke(main, ["fmt", "-"], input=BROKEN)
    assert broken.exit_code == 1
    assert broken.stdout == ""
    assert "<stdin>:1:23: error[SYN001]" in broken.stderr
    mixed = runner.invoke(main, ["fmt", "-", "segments/a.seg"])
    assert mixed.exit_code == 2
    assert "cannot be combined" in mixed.stderr


# ------------------------------------------------------------ as a process


_IMPORT_PROBE = """
import json, sys
import segdsl.cli.main
try:
    segdsl.cli.main.main(["fmt", "--check"], prog_name="segdsl")
except SystemExit as exit:
    code = exit.code
heavy = sorted(m for m in sys.modules if m.partition(".")[0] in {"duckdb", "sqlglot"})
print(json.dumps({"heavy": heavy, "code": code}))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("SEGDSL_DEBUG", None)
    env["NO_COLOR"] = "1"
    return env


def test_as_a_process_with_no_heavy_imports(project: Path) -> None:
    seg(project, "b.seg").write_text(BROKEN, encoding="utf-8")
    probe = subprocess.run([sys.executable, "-c", _IMPORT_PROBE], cwd=project, env=_env(),
                           capture_output=True, text=True, timeout=120, check=False)
    report = json.loads(probe.stdout.splitlines()[-1])
    assert report == {"heavy": [], "code": 1}, probe.stderr
    done = subprocess.run([sys.executable, "-m", "segdsl", "fmt"], cwd=project, env=_env(),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stdout == "reformatted segments/a.seg\n"
    assert "segments/b.seg:1:23: error[SYN001]" in done.stderr
    assert "Traceback" not in done.stderr
    assert seg(project).read_text(encoding="utf-8") == PRETTY
