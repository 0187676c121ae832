"""Loading a project through a reader: unsaved editor buffers (OverlayReader) are
checked with the same code as files on disk, and the parse cache reuses exactly the
files whose text did not change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from segdsl.project import config as project_config
from segdsl.project.sources import DISK, OverlayReader
from segdsl.workspace import ParseCache, load_workspace
from tests.cli_project import write_project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    root = write_project(tmp_path, "segment a where country = \"DE\"\n")
    (root / "segments" / "b.seg").write_text("segment b where age > 3\n", encoding="utf-8")
    return root


def _codes(root: Path, reader: OverlayReader | None = None,
           cache: ParseCache | None = None) -> list[tuple[str, str, int]]:
    workspace = load_workspace(root, reader=reader or DISK, cache=cache)
    return [(d.code, d.span.file if d.span else "", d.span.line if d.span else 0)
            for d in workspace.diagnostics]


def test_the_disk_reader_is_the_default(project: Path) -> None:
    assert _codes(project) == []


def test_an_overlay_replaces_the_text_of_a_file_on_disk(project: Path) -> None:
    reader = OverlayReader(DISK, {project / "segments" / "b.seg":
                                  "segment b where agee > 3\n"})
    assert _codes(project, reader) == [("NAM001", "segments/b.seg", 1)]
    # The disk is untouched.
    assert _codes(project) == []


def test_an_overlay_of_a_new_file_is_listed_when_the_entries_name_it(project: Path) -> None:
    new = project / "segments" / "deep" / "new.seg"
    reader = OverlayReader(DISK, {new: "segment n where in segment missing\n"})
    assert _codes(project, reader) == [("NAM001", "segments/deep/new.seg", 1)]
    outside = project / "elsewhere" / "new.seg"
    not_seg = project / "segments" / "notes.txt"
    hidden = project / "segments" / ".draft.seg"
    reader = OverlayReader(DISK, {outside: "nonsense", not_seg: "nonsense", hidden: "x"})
    assert _codes(project, reader) == []


def test_an_overlay_of_a_new_file_matches_glob_entries(project: Path) -> None:
    (project / "segdsl.yml").write_text("segments: ['defs/**/*.seg', 'one.seg']\n",
                                        encoding="utf-8")
    reader = OverlayReader(DISK, {project / "defs" / "x" / "a.seg": "segment a where",
                                  project / "one.seg": "segment b where true\n",
                                  project / "two.seg": "segment c where"})
    config, _ = project_config.load_config(project, reader)
    assert config is not None
    listed = project_config.segment_files(config, reader)
    assert [p.relative_to(project).as_posix() for p in listed] == ["defs/x/a.seg", "one.seg"]


def test_an_overlay_is_found_through_a_symbolic_link(project: Path, tmp_path: Path) -> None:
    link = tmp_path.parent / f"{tmp_path.name}-link"
    os.symlink(project, link)
    try:
        reader = OverlayReader(DISK, {link / "segments" / "a.seg": "segment a where zz\n"})
        # Listed once, under the project's own path, with the buffer's text.
        assert _codes(project, reader) == [("NAM001", "segments/a.seg", 1)]
    finally:
        link.unlink()


def test_an_overlay_of_the_schema_and_the_project_file(project: Path) -> None:
    reader = OverlayReader(DISK, {project / "schema.yml": "entity: customer\ntable: t\n"})
    # Without its key the schema cannot be used, so the segments go unchecked.
    assert _codes(project, reader) == [("YML002", "schema.yml", 1)]
    reader = OverlayReader(DISK, {project / "segdsl.yml": "dialect: duck\n"})
    workspace = load_workspace(project, reader=reader)
    assert [d.code for d in workspace.diagnostics] == ["YML009"]
    assert workspace.sources["segdsl.yml"] == "dialect: duck\n"


def test_unreadable_bytes_still_point_at_the_byte(project: Path) -> None:
    (project / "segments" / "b.seg").write_bytes(b"segment b where age > 3 # \xff\n")
    (project / "schema.yml").write_bytes((project / "schema.yml").read_bytes() + b"# \xfe\n")
    workspace = load_workspace(project)
    found = {(d.code, d.span.file, d.span.line, d.span.column)
             for d in workspace.diagnostics if d.span}
    assert ("SYN007", "segments/b.seg", 1, 27) in found
    assert ("YML001", "schema.yml", 14, 3) in found


def test_the_cache_reparses_only_changed_files(project: Path) -> None:
    cache = ParseCache()
    first = load_workspace(project, cache=cache)
    a, b = first.files
    reader = OverlayReader(DISK, {project / "segments" / "b.seg": "segment b where age > 4\n"})
    second = load_workspace(project, reader=reader, cache=cache)
    assert second.files[0] is a
    assert second.files[1] is not b
    assert second.checked is not None and second.checked.segments.keys() == {"a", "b"}
    # Back to the disk's text: parsed again (only the last load's files are kept).
    third = load_workspace(project, cache=cache)
    assert third.files[0] is a and third.files[1] is not b
    assert third.files[1] == b


def test_the_cache_follows_a_changed_schema(project: Path) -> None:
    cache = ParseCache()
    assert _codes(project, cache=cache) == []
    schema = (project / "schema.yml").read_text(encoding="utf-8")
    reader = OverlayReader(DISK, {project / "schema.yml": schema.replace("age:", "aged:")})
    assert _codes(project, reader, cache) == [("NAM001", "segments/b.seg", 1)]
    assert _codes(project, cache=cache) == []
    workspace = load_workspace(project, reader=reader, cache=cache)
    again = load_workspace(project, reader=reader, cache=cache)
    assert again.schema is workspace.schema
