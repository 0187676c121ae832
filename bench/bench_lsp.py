"""Benchmark `segdsl lsp`: from a keystroke to its diagnostics, over stdio.

Generates a project of 1,000 segments (bench/gen_project.py: plus 318 metrics and
53 segmentations in 53 files), starts `python -m segdsl lsp` as an editor does
(tests/lsp_client.py speaks the protocol), opens one file and then types in it:
each round sends one `textDocument/didChange` (the whole text, alternately with
a misspelt name and fixed again) and waits for the `publishDiagnostics` of that
file.  The time between the two is what the user waits for; the median of the
rounds is the figure (goal: under 100 ms).  The first check after opening (every
file parsed) is reported separately.

Then, in process, where the time of one re-check goes: reading and listing the
files, parsing the changed file, checking the project (the parse cache keeps the
other files' ASTs), and the server's own work (grouping, converting).

    python bench/bench_lsp.py [--segments 1000] [--rounds 41]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gen_project import generate

from tests.lsp_client import LspClient

GOAL = 0.100


def _pick(project: Path) -> Path:
    files = sorted((project / "segments").glob("*.seg"))
    return files[len(files) // 2]


def over_stdio(project: Path, rounds: int) -> tuple[float, list[float]]:
    """The first check after opening, and the round trips of ``rounds`` changes."""
    path = _pick(project)
    text = path.read_text(encoding="utf-8")
    name = "days_since_last_order"
    assert name in text
    broken = text.replace(name, name[:-1], 1)
    client = LspClient(cwd=project)
    try:
        client.initialize(project)
        start = time.perf_counter()
        uri = client.open(path, text)
        assert client.diagnostics(uri, timeout=120) == []
        first = time.perf_counter() - start
        times = []
        for version in range(2, rounds + 2):
            new = broken if version % 2 == 0 else text
            start = time.perf_counter()
            client.change(uri, new, version)
            found = client.diagnostics(uri, timeout=60)
            times.append(time.perf_counter() - start)
            assert bool(found) == (new is broken), found
    finally:
        client.close()
    return first, times


def phases(project: Path, rounds: int) -> dict[str, float]:
    """Median seconds of each part of one re-check, in process."""
    from segdsl import workspace as workspace_module
    from segdsl.lsp import session as session_module
    from segdsl.lsp.session import Session
    from segdsl.workspace import ParseCache

    path = _pick(project)
    text = path.read_text(encoding="utf-8")
    session = Session()
    uri = path.as_uri()
    session.open(uri, text, 1)
    session.check({uri})
    gc.collect()
    gc.freeze()
    spent: dict[str, list[float]] = {"parse": [], "check": [], "load": [], "session": []}
    real_parse = ParseCache.source
    real_check = workspace_module.check_project
    real_load = session_module.load_workspace

    def parse(self: ParseCache, *args: object) -> object:
        began = time.perf_counter()
        found = real_parse(self, *args)  # type: ignore[arg-type]
        spent["parse"][-1] += time.perf_counter() - began
        return found

    def check(*args: object, **kwargs: object) -> object:
        began = time.perf_counter()
        found = real_check(*args, **kwargs)  # type: ignore[arg-type]
        spent["check"].append(time.perf_counter() - began)
        return found

    def load(*args: object, **kwargs: object) -> object:
        spent["parse"].append(0.0)
        began = time.perf_counter()
        found = real_load(*args, **kwargs)  # type: ignore[arg-type]
        spent["load"].append(time.perf_counter() - began)
        return found

    ParseCache.source = parse  # type: ignore[method-assign,assignment]
    workspace_module.check_project = check  # type: ignore[assignment]
    session_module.load_workspace = load  # type: ignore[assignment]
    try:
        for version in range(rounds):
            session.change(uri, text + f"\n# {version}\n", version + 2)
            began = time.perf_counter()
            session.check({uri})
            spent["session"].append(time.perf_counter() - began)
            gc.collect()
            gc.freeze()
    finally:
        ParseCache.source = real_parse  # type: ignore[method-assign]
        workspace_module.check_project = real_check
        session_module.load_workspace = real_load
        gc.unfreeze()
    parse_t = statistics.median(spent["parse"])
    check_t = statistics.median(spent["check"])
    load_t = statistics.median(spent["load"])
    return {
        "read + list + project + schema": load_t - parse_t - check_t,
        "parse the changed file": parse_t,
        "check the project": check_t,
        "server (group, convert)": statistics.median(spent["session"]) - load_t,
        "total": statistics.median(spent["session"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--segments", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=41)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = generate(Path(tmp) / "project", args.segments)
        files = len(list((project / "segments").glob("*.seg")))
        first, times = over_stdio(project, args.rounds)
        split = phases(project, args.rounds)
    median = statistics.median(times)
    print(f"{args.segments} segments in {files} files; {args.rounds} changes, each "
          "waited for\n")
    print("| first check after didOpen s | didChange -> publishDiagnostics median ms "
          "| min ms | p90 ms | max ms | goal ms | within goal |")
    print("|---:|---:|---:|---:|---:|---:|:---:|")
    p90 = sorted(times)[int(len(times) * 0.9) - 1]
    print(f"| {first:.2f} | {median * 1000:.0f} | {min(times) * 1000:.0f} | {p90 * 1000:.0f} "
          f"| {max(times) * 1000:.0f} | {GOAL * 1000:.0f} | "
          f"{'yes' if median <= GOAL else 'NO'} |")
    print("\none re-check in process, medians (ms):\n")
    print("| " + " | ".join(split) + " |")
    print("|" + "---:|" * len(split))
    print("| " + " | ".join(f"{value * 1000:.1f}" for value in split.values()) + " |")


if __name__ == "__main__":
    main()
