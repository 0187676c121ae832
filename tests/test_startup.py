"""What `segdsl check` does to start quickly keeps the behaviour it replaces."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from click.testing import CliRunner

from segdsl.cli.main import main
from segdsl.project import yamlpos

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "shop"

# The printable set of YAML 1.1 (section 5.1) as PyYAML writes it.
_PRINTABLE = re.compile(
    r"[\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]"
)


def test_not_printable_is_the_complement_of_yaml_printable() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert (yamlpos._NOT_PRINTABLE.match(char) is None) == bool(_PRINTABLE.match(char)), code


def test_commands_loaded_on_demand_are_listed_and_run() -> None:
    runner = CliRunner()
    listing = runner.invoke(main, ["--help"])
    assert listing.exit_code == 0
    lines = listing.output.split("Commands:", 1)[1].strip().splitlines()
    assert [line.split()[0] for line in lines] == [
        "changes", "check", "compile", "demo", "diff", "explain", "export", "fmt", "init",
        "list", "lsp", "materialize", "report", "run", "schema", "test"]
    for name in ("changes", "compile", "demo", "diff", "explain", "export", "fmt", "init",
                 "lsp", "materialize", "report", "run", "schema", "test"):
        shown = runner.invoke(main, [name, "--help"])
        assert shown.exit_code == 0, shown.output
        assert shown.output.startswith(f"Usage: main {name} ")
    unknown = runner.invoke(main, ["nope"])
    assert unknown.exit_code == 2
    assert "No such command 'nope'" in unknown.output


def test_check_gives_the_garbage_collector_its_thresholds_back() -> None:
    before = gc.get_threshold()
    result = CliRunner().invoke(main, ["check", "--project", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert gc.get_threshold() == before
