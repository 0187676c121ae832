"""``segdsl init DIR`` (segdsl/init, segdsl/cli/init_cmd.py): the new project passes
check (with no warnings), test and run --all at once, run from inside DIR with no
options through the real command line; folders that cannot take a project are
refused with status 2 and nothing written; a failure half-way leaves nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner

from segdsl.cli.main import DEBUG_ENV, main
from segdsl.init import DATA_FILE, template_files

REPO = Path(__file__).resolve().parents[1]
SMALL = 800


def _segdsl(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(DEBUG_ENV, None)
    return subprocess.run([sys.executable, "-m", "segdsl", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    parent = tmp_path_factory.mktemp("init")
    made = _segdsl(["init", "starter", "--customers", str(SMALL)], cwd=parent)
    assert made.returncode == 0, made.stderr
    assert made.stdout == ""
    # What was made, and the next commands to try.
    for path, _ in template_files():
        assert f"  {path}" in made.stderr
    assert re.search(rf"  {DATA_FILE} +{SMALL} made-up customers, events up to 20", made.stderr)
    assert "cd starter\n" in made.stderr
    assert "segdsl run --all" in made.stderr
    return parent / "starter"


def test_init_writes_the_template_and_the_data(project: Path) -> None:
    files = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file())
    assert files == sorted([*(str(path) for path, _ in template_files()), str(DATA_FILE)])
    for path, content in template_files():
        assert project.joinpath(*path.parts).read_bytes() == content
    kinds = {path.parts[0] for path, _ in template_files() if len(path.parts) > 1}
    assert kinds == {"segments", "tests"}


def test_the_new_project_checks_with_no_problem_at_all(project: Path) -> None:
    checked = _segdsl(["check", "--format", "json"], cwd=project)
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout) == []  # no errors, and no warnings either
    text = _segdsl(["check"], cwd=project)
    assert text.returncode == 0
    assert "no problems found" in text.stderr


def test_the_fixture_tests_pass(project: Path) -> None:
    tested = _segdsl(["test"], cwd=project)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "0 failed" in tested.stdout
    assert "FAIL" not in tested.stdout


def test_run_all_prints_sizes_and_members_and_the_expectations_hold(project: Path) -> None:
    ran = _segdsl(["run", "--all", "--check-expectations"], cwd=project)
    assert ran.returncode == 0, ran.stderr
    header, *summary = ran.stdout.partition("\n\n")[0].splitlines()
    assert header.split() == ["definition", "members", "share"]
    sizes = {line.split()[0]: int(line.split()[1]) for line in summary}
    for name in ("new_customers", "active_customers", "churned_customers", "top_spenders",
                 "cart_abandoners", "newsletter_readers", "lifecycle_stage=active"):
        assert sizes[name] > 0, (name, ran.stdout[:2000])
    assert sizes["top_spenders"] < SMALL
    # One row per customer after the sizes.
    assert sum(1 for line in ran.stdout.splitlines() if line.startswith("C0")) == SMALL
    assert "expectations hold" in ran.stderr
    members = _segdsl(["run", "new_customers"], cwd=project)
    assert members.returncode == 0, members.stderr
    rows = [line for line in members.stdout.splitlines() if line.startswith("C0")]
    assert len(rows) == sizes["new_customers"]
    assert members.stdout.endswith(f"new_customers: {len(rows)} members\n")


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine\n")
    before = sorted(tmp_path.rglob("*"))
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == (f"error: {tmp_path} is not empty (it holds 'notes.txt'); "
                             "segdsl init makes a project in a new or empty folder only\n")
    assert sorted(tmp_path.rglob("*")) == before
    (tmp_path / ".git").mkdir()  # a hidden entry counts too
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 2


def test_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "segdsl.yml"
    file.write_text("name: x\n")
    result = CliRunner().invoke(main, ["init", str(file)])
    assert result.exit_code == 2
    assert result.stderr == (f"error: {file} is a file, not a folder; "
                             "give a new or empty folder\n")
    below = CliRunner().invoke(main, ["init", str(file / "sub")])
    assert below.exit_code == 2
    assert below.stderr == f"error: cannot create {file / 'sub'}: {file} is a file, not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["segdsl.yml"]


def test_an_unwritable_parent_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        if os.geteuid() == 0:  # root writes anywhere: make os.access answer as for a user
            real = os.access
            monkeypatch.setattr(os, "access", lambda p, m, **kw: Path(p) != locked
                                and real(p, m, **kw))
        result = CliRunner().invoke(main, ["init", str(locked / "a" / "b")])
        assert result.exit_code == 2
        assert result.stderr == (f"error: cannot create {locked / 'a' / 'b'}: "
                                 f"{locked} is not writable\n")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_a_failure_half_way_leaves_nothing(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import segdsl.cli.demo_cmd as demo_cmd

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo_cmd, "write_demo_database", full_disk)
    fresh = tmp_path / "new" / "project"
    result = CliRunner().invoke(main, ["init", str(fresh)])
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write {fresh}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []  # the folders init made are gone too
    empty = tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(main, ["init", str(empty)]).exit_code == 2
    assert list(empty.iterdir()) == []  # an existing folder stays, empty


def test_the_template_is_package_data() -> None:
    paths = [path for path, _ in template_files()]
    assert PurePosixPath("segdsl.yml") in paths
    assert PurePosixPath("schema.yml") in paths
    assert any(path.suffix == ".seg" for path in paths)
    assert any(path.parts[0] == "tests" for path in paths)


def test_the_wheel_and_the_sdist_ship_the_template(tmp_path: Path) -> None:
    # hatchling is the build backend (pyproject.toml); skipped where it is not installed.
    wheel_builder = pytest.importorskip("hatchling.builders.wheel")
    sdist_builder = pytest.importorskip("hatchling.builders.sdist")
    wheel = next(wheel_builder.WheelBuilder(str(REPO)).build(
        directory=str(tmp_path), versions=["standard"]))
    names = set(zipfile.ZipFile(wheel).namelist())
    sdist = next(sdist_builder.SdistBuilder(str(REPO)).build(
        directory=str(tmp_path), versions=["standard"]))
    with tarfile.open(sdist) as archive:
        packed = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for path, _ in template_files():
        assert f"segdsl/init/template/{path}" in names
        assert f"segdsl/init/template/{path}" in packed
    # init writes its data with the demo generator: every module of the package ships.
    for module in sorted((REPO / "segdsl" / "demo").glob("*.py")):
        assert f"segdsl/demo/{module.name}" in names
        assert f"segdsl/demo/{module.name}" in packed
