"""The CI integration as a user wires it up: the pre-commit hooks of
``.pre-commit-hooks.yaml`` and the GitHub Actions workflow of ``docs/ci/segdsl.yml``.

Both files are read as the tools read them and their commands are run as written,
through a ``segdsl`` executable on PATH, in a git repository holding a copy of the
example project: the hooks pass on it and fail on a broken segment; the workflow's
steps (all but checkout, setup and posting the comment, which need GitHub) pass on a
pull request that adds a segment, and the diff they leave names that segment.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "shop"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
WORKFLOW = ROOT / "docs" / "ci" / "segdsl.yml"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_SYSTEM": os.devnull,
}


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    """A folder with a ``segdsl`` executable running this checkout's package, as
    pip's console script would."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "segdsl"
    script.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m segdsl "$@"\n',
                      encoding="utf-8")
    script.chmod(0o755)
    return folder


def _env(bin_dir: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, **GIT_ENV, **extra}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("SEGDSL_DEBUG", None)
    return env


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env={**os.environ, **GIT_ENV}, check=True,
                   capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose root is a copy of the example project (no data)."""
    project = tmp_path / "repo"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("data"))
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "base")
    return project


def _hooks() -> list[dict[str, Any]]:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    return hooks


def _run_hook(hook: dict[str, Any], repo: Path, bin_dir: Path
              ) -> subprocess.CompletedProcess[str]:
    """Run a hook as ``pre-commit run --all-files`` does: its entry and args, in the
    repository's root, followed by the tracked files its ``files`` pattern matches
    unless ``pass_filenames: false``."""
    command = [*shlex.split(hook["entry"]), *hook.get("args", [])]
    if hook.get("pass_filenames", True):
        tracked = subprocess.run(["git", "ls-files"], cwd=repo, capture_output=True,
                                 text=True, check=True).stdout.split()
        command += [f for f in tracked if re.search(hook.get("files", ""), f)]
    return subprocess.run(command, cwd=repo, env=_env(bin_dir), capture_output=True,
                          text=True, timeout=300)


def _hook(name: str) -> dict[str, Any]:
    (hook,) = [h for h in _hooks() if h["id"] == name]
    return hook


def test_hooks_are_declared_as_pre_commit_reads_them() -> None:
    hooks = {hook["id"]: hook for hook in _hooks()}
    assert set(hooks) == {"segdsl-check", "segdsl-test", "segdsl-fmt"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert shlex.split(hook["entry"])[0] == "segdsl"
    # The project-wide hooks take no file names; fmt takes the changed .seg files.
    assert hooks["segdsl-check"]["pass_filenames"] is False
    assert hooks["segdsl-test"]["pass_filenames"] is False
    assert hooks["segdsl-fmt"].get("pass_filenames", True) is True
    assert shlex.split(hooks["segdsl-fmt"]["entry"]) == ["segdsl", "fmt", "--check"]
    check = re.compile(hooks["segdsl-check"]["files"])
    for path in ("segments/value.seg", "schema.yml", "shop/segdsl.yaml"):
        assert check.search(path), path
    for path in ("README.md", "tests/value.yml", "docs/schema.md"):
        assert not check.search(path), path
    fmt = re.compile(hooks["segdsl-fmt"]["files"])
    assert fmt.search("segments/value.seg")
    for path in ("schema.yml", "segdsl.yml", "tests/value.yml", "notes.seg.txt"):
        assert not fmt.search(path), path


def test_hooks_pass_on_the_example_and_fail_on_a_broken_segment(
        repo: Path, bin_dir: Path) -> None:
    for hook in _hooks():
        result = _run_hook(hook, repo, bin_dir)
        assert result.returncode == 0, (hook["id"], result.stdout, result.stderr)
    assert "0 failed" in _run_hook(_hook("segdsl-test"), repo, bin_dir).stdout

    broken = repo / "segments" / "value.seg"
    original = broken.read_text(encoding="utf-8")
    broken.write_text(original + "\nsegment oops\n  where revenue_356d > 1\n", encoding="utf-8")
    for hook in (_hook("segdsl-check"), _hook("segdsl-test")):
        result = _run_hook(hook, repo, bin_dir)
        assert result.returncode == 1, (hook["id"], result.stdout, result.stderr)
        assert "segments/value.seg:" in result.stderr + result.stdout
        assert "revenue_356d" in result.stderr + result.stdout
    # Well laid out, if wrong: the layout hook has nothing to say.
    assert _run_hook(_hook("segdsl-fmt"), repo, bin_dir).returncode == 0


def test_the_fmt_hook_fails_on_a_file_out_of_layout_and_changes_nothing(
        repo: Path, bin_dir: Path) -> None:
    changed = repo / "segments" / "value.seg"
    text = changed.read_text(encoding="utf-8") + "\nsegment   oops where vip and  is_subscribed\n"
    changed.write_text(text, encoding="utf-8")
    result = _run_hook(_hook("segdsl-fmt"), repo, bin_dir)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == "would reformat segments/value.seg\n"
    assert changed.read_text(encoding="utf-8") == text
    syntax_error = repo / "segments" / "broken.seg"
    syntax_error.write_text("segment b where x = = 1\n", encoding="utf-8")
    _git(repo, "add", "-A")
    result = _run_hook(_hook("segdsl-fmt"), repo, bin_dir)
    assert result.returncode == 1
    assert "segments/broken.seg:1:21: error[SYN001]" in result.stderr
    subprocess.run(["segdsl", "fmt"], cwd=repo, env=_env(bin_dir), capture_output=True,
                   check=False, timeout=300)
    syntax_error.unlink()
    _git(repo, "add", "-A")
    assert _run_hook(_hook("segdsl-fmt"), repo, bin_dir).returncode == 0


def _workflow_steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    steps = job["steps"]
    assert isinstance(steps, list)
    return steps


def test_workflow_runs_on_pull_requests_and_posts_the_diff() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # PyYAML reads the key `on` as the boolean True (YAML 1.1); GitHub reads "on".
    triggers = workflow.get("on", workflow.get(True))
    assert "pull_request" in triggers
    assert workflow["permissions"]["pull-requests"] == "write"
    steps = {step.get("name", step.get("uses")): step for step in _workflow_steps()}
    assert "--format github" in steps["Check definitions"]["run"]
    assert "segdsl diff" in steps["Membership diff"]["run"]
    assert "--body-file segdsl-diff.md" in steps["Post the diff on the pull request"]["run"]
    assert steps["actions/checkout@v4"]["with"]["fetch-depth"] == 0


@pytest.mark.parametrize("with_database", [False, True], ids=["definitions", "database"])
def test_workflow_steps_run_on_a_pull_request(repo: Path, bin_dir: Path,
                                              with_database: bool) -> None:
    """Every step that runs segdsl, as written, on a branch that adds a segment."""
    database = ""
    if with_database:
        subprocess.run(["segdsl", "demo", "--customers", "300"], cwd=repo,
                       env=_env(bin_dir), check=True, capture_output=True, timeout=300)
        database = str(repo / "data" / "shop.duckdb")
    _git(repo, "checkout", "-q", "-b", "feature")
    value = repo / "segments" / "value.seg"
    value.write_text(value.read_text(encoding="utf-8")
                     + "\nsegment big_spenders\n  where net_revenue_365d > 500\n",
                     encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "big_spenders")
    _git(repo, "update-ref", "refs/remotes/origin/main", "main")

    variables = {"SEGDSL_PROJECT": ".", "BASE_REF": "origin/main",
                 "SEGDSL_DIFF_DB": database}
    ran = []
    for step in _workflow_steps():
        if "run" not in step or step.get("id") == "comment" or "pip install" in step["run"]:
            continue
        result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=repo,
                                env=_env(bin_dir, **variables), capture_output=True,
                                text=True, timeout=600)
        assert result.returncode == 0, (step["name"], result.stdout, result.stderr)
        ran.append(step["name"])
    assert ran == ["Check definitions", "Fixture tests", "Membership diff"]
    report = (repo / "segdsl-diff.md").read_text(encoding="utf-8")
    assert "| added | segment | **big\\_spenders** |" in report
    # With a database, the customers who would enter (the demo's keys look like C000012).
    assert (re.search(r"C\d{6}", report) is not None) is with_database
