"""Write a segdsl project with N segments, for the `check` benchmark.

The project reuses the example shop's schema and cycles through its segment and
metric definitions, renaming each copy (``vip_17``) and its references, so every
generated file checks clean and exercises the whole language.

    python bench/gen_project.py OUT_DIR --segments 1000
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "shop"
_DECL = re.compile(r"^(metric|segment|segmentation)\s+([A-Za-z_]\w*)", re.MULTILINE)


def generate(out: Path, segments: int) -> Path:
    if out.exists():
        shutil.rmtree(out)
    (out / "segments").mkdir(parents=True)
    shutil.copy(EXAMPLE / "schema.yml", out / "schema.yml")
    (out / "segdsl.yml").write_text("name: bench\n", encoding="utf-8")
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((EXAMPLE / "segments").glob("*.seg"))
    )
    names = [m.group(2) for m in _DECL.finditer(source)]
    per_copy = sum(1 for m in _DECL.finditer(source) if m.group(1) == "segment")
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    copies = max(1, -(-segments // per_copy))
    written = 0
    for copy in range(copies):
        text = pattern.sub(lambda m, c=copy: f"{m.group(1)}_{c}", source)
        # Split the copy into one file per declaration block to mimic a real repo.
        (out / "segments" / f"copy_{copy:04d}.seg").write_text(text, encoding="utf-8")
        written += per_copy
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--segments", type=int, default=1000)
    args = parser.parse_args()
    generate(args.out, args.segments)


if __name__ == "__main__":
    main()
