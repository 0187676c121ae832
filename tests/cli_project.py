"""What the CLI tests share: a tiny project on disk and an in-process CLI run.

In-process runs set SEGDSL_DEBUG and catch_exceptions=False, so a bug surfaces as a
traceback in the test instead of a quiet exit status 3.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from segdsl.cli.main import DEBUG_ENV, main

TINY_SCHEMA = """\
entity: customer
table: customers
key: customer_id
attributes:
  country: string
  age: integer
events:
  purchase:
    table: orders
    key: customer_id
    time: ordered_at
    properties:
      amount: number
"""


def write_project(root: Path, segments: str, config: str = "name: tiny\n",
                  schema: str = TINY_SCHEMA) -> Path:
    """segdsl.yml, schema.yml and segments/a.seg under ``root``."""
    (root / "segments").mkdir(parents=True, exist_ok=True)
    (root / "segdsl.yml").write_text(config, encoding="utf-8")
    (root / "schema.yml").write_text(schema, encoding="utf-8")
    (root / "segments" / "a.seg").write_text(segments, encoding="utf-8")
    return root


def run(args: list[str]) -> Result:
    """``segdsl ARGS`` in process; never an internal error or a traceback."""
    result = CliRunner().invoke(main, args, env={DEBUG_ENV: "1"}, catch_exceptions=False)
    assert "internal error:" not in result.output
    assert "Traceback" not in result.output
    return result
