"""Benchmark how the batch query grows with the number of segments (issue 14:
48 segments within 2x the 12-segment batch).

The bench project (bench/project, 12 segments and 4 metrics) is copied in
variants: variant ``k`` renames every definition (``big_spenders_v2``) and
lengthens every window and ``within`` written in days by ``k`` days (30 days ->
32 days), so each variant needs aggregates, rankings, sequences and distinct
counts of its own, as a real project's near-duplicate segments do, over about
as many rows as the original (scaling the windows instead would measure longer
windows, not more segments).  ``--variants 1,4`` times 12 and 48
segments side by side on one DuckDB connection (the order rotates from round to
round), the median of N rounds, each query wrapped as ``SELECT count(*),
count_if(seg) ... FROM (q)`` so every column is computed and no rows travel.

    python bench/bench_scale.py --db FILE [--variants 1,4] [--runs 3] [--threads N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from bench_batch import _quote, connect, time_side_by_side  # noqa: E402
from gen_data import AS_OF  # noqa: E402

from segdsl.check.checker import CheckedProject  # noqa: E402
from segdsl.compile.api import compile_membership  # noqa: E402
from segdsl.workspace import load_workspace  # noqa: E402

PROJECT = HERE / "project"
SCHEMA = (HERE.parent / "examples" / "shop" / "schema.yml").resolve()
_DECLARED = re.compile(r"^(?:segment|metric)\s+(\w+)", re.MULTILINE)
_DURATION = re.compile(r"\b(\d+) (day|days)\b")


def variant_text(text: str, names: list[str], k: int) -> str:
    """The definitions of ``text`` as variant ``k`` (0: unchanged)."""
    if k == 0:
        return text
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"\b{name}\b", f"{name}_v{k}", text)
    return _DURATION.sub(lambda m: f"{int(m.group(1)) + k} days", text)


def write_project(folder: Path, variants: int) -> Path:
    sources = sorted((PROJECT / "segments").glob("*.seg"))
    texts = [path.read_text(encoding="utf-8") for path in sources]
    names = [name for text in texts for name in _DECLARED.findall(text)]
    (folder / "segments").mkdir(parents=True)
    (folder / "segdsl.yml").write_text(
        f"name: scale\nschema: {SCHEMA}\nsegments: [segments]\ndialect: duckdb\n",
        encoding="utf-8")
    for k in range(variants):
        for path, text in zip(sources, texts, strict=True):
            target = folder / "segments" / f"{path.stem}_v{k}.seg"
            target.write_text(variant_text(text, names, k), encoding="utf-8")
    return folder


def load(folder: Path) -> CheckedProject:
    workspace = load_workspace(folder)
    if workspace.checked is None or not workspace.ok:
        sys.exit(f"the generated project in {folder} does not check clean: "
                 f"{[d.message for d in workspace.diagnostics][:3]}")
    return workspace.checked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--variants", default="1,4")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    counts = [int(v) for v in args.variants.split(",")]
    timed: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for variants in counts:
            checked = load(write_project(Path(tmp) / f"v{variants}", variants))
            segments = list(checked.segments)
            sql = compile_membership(checked, "duckdb", AS_OF, segments)
            flags = ", ".join(f"count_if({_quote(s)})" for s in segments)
            timed[f"{len(segments)} segments"] = [f"SELECT count(*), {flags} FROM ({sql}) AS q"]
    con = connect(args.db, args.threads)
    times = time_side_by_side(con, timed, args.runs)
    first = statistics.median(times[next(iter(timed))])
    print(f"| segments | median s | min s | max s | / {next(iter(timed))} |  "
          f"({args.db.name}, {args.threads} threads, median of {args.runs})")
    print("|---|---:|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.2f} | {min(values):.2f} | {max(values):.2f} | "
              f"{median / first:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
