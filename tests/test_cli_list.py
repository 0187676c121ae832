"""``segdsl list``: every definition with its kind, type, title, owner, tags and place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_project import run, write_project

SEGMENTS = """\
metric revenue = sum(purchase.amount)
metric orders = count(purchase)

segment adults
  title "Grown-ups"
  description "Customers of 18 and older."
  owner "crm-team"
  tags lifecycle, age
  expect size >= 1_000
  expect share between 1% and 30%
  where age >= 18

segmentation tier
  title "Spend tiers"
  big: revenue >= 100
  small: revenue > 0
  big: orders > 10
  none: otherwise

segment buyers
  where orders > 0
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_project(tmp_path, SEGMENTS)


def test_table_lists_every_definition_in_written_order(project: Path) -> None:
    result = run(["list"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "kind          name     type     title        owner     tags            location",
        "------------  -------  -------  -----------  --------  --------------  "
        "-----------------",
        "metric        revenue  number                                          "
        "segments/a.seg:1",
        "metric        orders   integer                                         "
        "segments/a.seg:2",
        "segment       adults   boolean  Grown-ups    crm-team  lifecycle, age  "
        "segments/a.seg:4",
        "segmentation  tier     string   Spend tiers                            "
        "segments/a.seg:13",
        "segment       buyers   boolean                                         "
        "segments/a.seg:20",
    ]


def test_json_has_every_field(project: Path) -> None:
    result = run(["list", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [(d["kind"], d["name"]) for d in listed] == [
        ("metric", "revenue"), ("metric", "orders"), ("segment", "adults"),
        ("segmentation", "tier"), ("segment", "buyers")]
    assert listed[2] == {
        "kind": "segment", "name": "adults", "title": "Grown-ups",
        "description": "Customers of 18 and older.", "owner": "crm-team",
        "tags": ["lifecycle", "age"], "type": "boolean", "labels": [],
        "expectations": ["size >= 1000", "share between 1% and 30%"],
        "file": "segments/a.seg", "line": 4, "column": 9,
    }
    # A label used in several branches is listed once, in order of first use.
    assert listed[3]["labels"] == ["big", "small", "none"]
    assert listed[0]["type"] == "number" and listed[0]["title"] is None
    assert listed[3]["expectations"] == [] and listed[4]["expectations"] == []


def test_definitions_with_errors_are_exit_1(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_project(tmp_path, "segment s\n  where agee > 1\n")
    result = run(["list"])
    assert result.exit_code == 1, result.output
    assert "error[NAM" in result.stderr
    assert result.stdout == ""


def test_outside_a_project_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(["list"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: no segdsl.yml found")
