"""``segdsl compile --plan`` as a user sees it: the real command's output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli_project import write_project

SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
  visit:
    table: visits
    key: customer_id
    time: visited_at
"""
SEGMENTS = """\
metric spend = sum(purchase.amount in last 365 days)
segment german_buyers
  where country = "DE" and has purchase in last 30 days
segment big_spenders
  where spend in top 10%
segment browsed_then_bought
  where has visit then purchase within 2 days in last 30 days
"""


def _segdsl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "segdsl", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_the_plan_of_the_membership_table(tmp_path: Path) -> None:
    write_project(tmp_path, SEGMENTS, "name: plan\n", SCHEMA)
    done = _segdsl("compile", "--all", "--plan", "--project", str(tmp_path),
                   "--as-of", "2026-11-01")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    lines = text.splitlines()
    assert lines[0] == "plan for duckdb, as of 2026-11-01 00:00:00+00:00"
    assert "entity customers (key customer_id)" in lines
    assert "  a__country: attribute country" in lines
    assert "event table orders (key customer_id, time ordered_at)" in lines
    assert "  grouped pass agg__1, by key:" in lines
    assert any(line.startswith("    g__1_1 = COUNT(*) FILTER(WHERE") for line in lines)
    assert any(line.startswith("  scan__1: visits, from ") for line in lines)
    assert "  seq__1: sequence (member when the key is present)" in lines
    assert "    d__spend: definition spend" in lines
    assert any(line.startswith("    d__big_spenders: definition big_spenders (uses ")
               for line in lines)
    assert lines[-5:] == ["output: customer_id, then one column per definition",
                          "  german_buyers <- d__german_buyers",
                          "  big_spenders <- d__big_spenders",
                          "  browsed_then_bought <- d__browsed_then_bought",
                          "  spend <- d__spend"]
    assert "SELECT" not in text  # a plan, not the query


def test_the_plan_of_one_segment_on_another_dialect(tmp_path: Path) -> None:
    write_project(tmp_path, SEGMENTS, "name: plan\n", SCHEMA)
    done = _segdsl("compile", "german_buyers", "--plan", "--dialect", "bigquery",
                   "--project", str(tmp_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "plan for bigquery, as of the database's current time"
    assert any(line.startswith("    g__1_1 = COUNTIF(") for line in lines)
    assert "visits" not in done.stdout  # only what the segment reads
    assert lines[-1] == "output: customer_id of the rows where d__german_buyers is true"


def test_an_unknown_segment_is_an_error(tmp_path: Path) -> None:
    write_project(tmp_path, SEGMENTS, "name: plan\n", SCHEMA)
    done = _segdsl("compile", "nobody", "--plan", "--project", str(tmp_path))
    assert done.returncode != 0
    assert "nobody" in done.stderr and "Traceback" not in done.stderr
