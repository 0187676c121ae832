"""A project as it was at a git revision, read with git itself.

``segdsl diff`` compares the project at two revisions, and must never touch the
user's working tree or index: no checkout, no stash, no ``git status`` (which may
rewrite the index's stat cache).  So a revision's files are listed with ``git
ls-tree`` and their contents read with one ``git cat-file --batch``, then written
into a temporary folder that mirrors the repository's layout (the project folder at
the same path below the temporary root as below the repository root), so that
relative paths in ``segdsl.yml`` (``schema: ../shared/schema.yml``) still resolve.
Paths that ``segdsl.yml`` names outside the project folder are read from the same
revision too.

``git archive`` would be shorter but applies ``export-ignore`` and
``export-subst`` attributes, so the files it writes are not always the committed
ones.

Everything that goes wrong is a :class:`RevisionError` with a one-line message
(exit status 2 in the CLI), or a :class:`MissingProject` when the revision has no
project folder at that path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# git never asks for credentials or opens an editor; pathspecs are literal paths
# (a folder named `a*` is that folder); optional locks are not taken, so a
# concurrent git command in the user's repository is never disturbed.
_GIT_ENV = {"GIT_TERMINAL_PROMPT": "0", "GIT_LITERAL_PATHSPECS": "1",
            "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
# A file the project needs; its absence at a revision means "no project there".
_PROJECT_FILE = "segdsl.yml"
_REGULAR_MODES = ("100644", "100755")
_SYMLINK_MODE = "120000"


class RevisionError(Exception):
    """git is missing, the folder is not in a repository, a ref does not exist."""


class MissingProject(RevisionError):
    """The revision exists but has no project folder (no segdsl.yml) at that path."""


@dataclass(frozen=True)
class Repository:
    """The git repository holding a project folder."""

    root: Path
    # The project folder relative to ``root``, POSIX style; "" at the root.
    prefix: str


@dataclass(frozen=True)
class Revision:
    """A ref as the user wrote it and the commit it names."""

    ref: str
    commit: str

    @property
    def short(self) -> str:
        return self.commit[:12]


def _git(repository: Path, *args: str, stdin: bytes | None = None) -> bytes:
    """Run ``git -C repository ARGS``; its stdout, or RevisionError with git's
    first line of complaint."""
    environment = {**os.environ, **_GIT_ENV}
    try:
        done = subprocess.run(
            ["git", "-C", str(repository), *args], input=stdin, capture_output=True,
            env=environment, check=False,
        )
    except FileNotFoundError:
        raise RevisionError("git is not installed (or not on PATH); segdsl diff reads "
                            "revisions with git") from None
    except OSError as error:
        raise RevisionError(f"cannot run git: {error.strerror or error}") from None
    if done.returncode != 0:
        text = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = text[0] if text else f"git exited with status {done.returncode}"
        raise RevisionError(reason.removeprefix("fatal: "))
    return done.stdout


def find_repository(project: Path) -> Repository:
    """The repository ``project`` lies in; RevisionError when it lies in none."""
    try:
        root = _git(project, "rev-parse", "--show-toplevel").decode().strip()
        prefix = _git(project, "rev-parse", "--show-prefix").decode().strip()
    except RevisionError as error:
        if "not a git repository" in str(error):
            raise RevisionError(f"{project} is not inside a git repository; segdsl diff "
                                "compares revisions of a project kept in git") from None
        raise
    return Repository(Path(root), prefix.rstrip("/"))


def resolve(repository: Repository, ref: str, option: str) -> Revision:
    """The commit ``ref`` names; RevisionError naming ``option`` when there is none."""
    if not ref.strip() or ref.startswith("-"):
        raise RevisionError(f"{option} '{ref}' is not a git ref")
    try:
        out = _git(repository.root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except RevisionError:
        out = b""
    commit = out.decode().strip()
    if not commit:
        raise RevisionError(f"{option} '{ref}': no such commit, branch or tag in "
                            f"{repository.root}")
    return Revision(ref, commit)


@dataclass(frozen=True)
class Copy:
    """A revision's files in a temporary folder: ``root`` stands for the
    repository root, ``project`` for the project folder below it."""

    root: Path
    project: Path


@contextmanager
def checked_out(repository: Repository, revision: Revision) -> Iterator[Copy]:
    """A temporary copy of the project folder at ``revision`` (at
    ``repository.prefix`` below a temporary root).  The copy is removed when the
    block ends; nothing of the user's repository is written."""
    temporary = Path(tempfile.mkdtemp(prefix="segdsl-diff-"))
    try:
        project = temporary / repository.prefix if repository.prefix else temporary
        if not _exists(repository, revision, _join(repository.prefix, _PROJECT_FILE)):
            where = repository.prefix or "the repository root"
            raise MissingProject(f"{revision.ref} ({revision.short}) has no project at "
                                 f"{where} (no {_PROJECT_FILE} there)")
        _extract(repository, revision, repository.prefix, temporary)
        for outside in _outside_paths(project, temporary, repository.prefix):
            _extract(repository, revision, outside, temporary)
        yield Copy(temporary, project)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


def _exists(repository: Repository, revision: Revision, path: str) -> bool:
    try:
        _git(repository.root, "cat-file", "-e", f"{revision.commit}:{path}")
    except RevisionError:
        return False
    return True


def _extract(repository: Repository, revision: Revision, path: str, target: Path) -> None:
    """Write every file under ``path`` (repository-relative) at ``revision`` below
    ``target``, at its repository-relative path."""
    spec = ["--", path] if path else []
    listing = _git(repository.root, "ls-tree", "-r", "-z", "--full-tree", revision.commit, *spec)
    entries: list[tuple[str, str, str]] = []  # (mode, object id, path)
    for record in listing.split(b"\0"):
        if not record:
            continue
        header, _, raw_path = record.partition(b"\t")
        mode, kind, object_id = header.decode().split(" ")
        if kind == "blob" and (mode in _REGULAR_MODES or mode == _SYMLINK_MODE):
            entries.append((mode, object_id, raw_path.decode("utf-8", "surrogateescape")))
    if not entries:
        return
    batch = _git(repository.root, "cat-file", "--batch",
                 stdin="".join(f"{object_id}\n" for _, object_id, _ in entries).encode())
    position = 0
    root = target.resolve()
    for mode, _, name in entries:
        header_end = batch.index(b"\n", position)
        _, _, size = batch[position:header_end].decode().split(" ")
        start = header_end + 1
        content = batch[start:start + int(size)]
        position = start + int(size) + 1  # the newline after each object
        destination = target.joinpath(*name.split("/"))
        if not destination.resolve().is_relative_to(root):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        if mode == _SYMLINK_MODE:
            link = content.decode("utf-8", "surrogateescape")
            # Only links that stay inside the copy; others would read the live disk.
            if not os.path.isabs(link) and (destination.parent / link).resolve() \
                    .is_relative_to(root):
                destination.symlink_to(link)
            continue
        destination.write_bytes(content)
        if mode == "100755":
            destination.chmod(0o755)


def _outside_paths(project: Path, root: Path, prefix: str) -> list[str]:
    """Repository-relative paths that segdsl.yml names outside the project folder
    (its schema file, segments folders), so they are read from the same revision.
    A glob entry contributes the folder before its first wildcard.

    segdsl.yml is read as plain YAML here, not with the project loader, which
    refuses a schema path that does not exist yet (it is what is fetched here);
    whatever is malformed is left for the loader to report."""
    import yaml

    try:
        data = yaml.safe_load((project / _PROJECT_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    if not isinstance(data, dict):
        return []
    named: list[str] = []
    for key in ("schema", "segments"):
        value = data.get(key)
        values = value if isinstance(value, list) else [value]
        named.extend(item for item in values if isinstance(item, str) and item.strip())
    found: list[str] = []
    resolved_root = Path(os.path.abspath(root))
    for entry in named:
        parts = Path(os.path.normpath(os.path.abspath(project / entry))).parts
        fixed = []
        for part in parts:
            if any(char in part for char in "*?["):
                break
            fixed.append(part)
        candidate = Path(*fixed)
        if not candidate.is_relative_to(resolved_root):
            continue  # outside the repository: nothing git can give
        relative = candidate.relative_to(resolved_root).as_posix()
        inside = not prefix or relative == prefix or relative.startswith(prefix + "/")
        if not inside and relative != ".":
            found.append(relative)
    return found
