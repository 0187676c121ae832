"""Write a segdsl project with exactly N segments, for the `check` benchmark.

The project reuses the example shop's schema and its definitions, copied as often
as needed with every name suffixed (``vip_17``, references renamed alike), so each
generated project checks clean and exercises the whole language. A copy that
needs only some segments takes them in dependency order, so no reference dangles.

    python bench/gen_project.py OUT_DIR --segments 1000
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "shop"
_DECLARATION = re.compile(r"^(metric|segment|segmentation)\s+([A-Za-z_]\w*)", re.MULTILINE)


def _declarations() -> list[tuple[str, str, str]]:
    """(kind, name, text) of every example declaration, in file order."""
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((EXAMPLE / "segments").glob("*.seg"))
    )
    starts = list(_DECLARATION.finditer(source))
    out = []
    for match, following in zip(starts, [*starts[1:], None], strict=True):
        end = following.start() if following else len(source)
        out.append((match.group(1), match.group(2), source[match.start() : end]))
    return out


def _dependency_order(decls: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    names = {name for _, name, _ in decls}
    uses = {
        name: {w for w in re.findall(r"[A-Za-z_]\w*", text) if w in names and w != name}
        for _, name, text in decls
    }
    by_name = {name: decl for decl in decls for name in [decl[1]]}
    ordered: list[tuple[str, str, str]] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for used in sorted(uses[name]):
            visit(used)
        ordered.append(by_name[name])

    for _, name, _ in decls:
        visit(name)
    return ordered


def generate(out: Path, segments: int) -> Path:
    if out.exists():
        shutil.rmtree(out)
    (out / "segments").mkdir(parents=True)
    shutil.copy(EXAMPLE / "schema.yml", out / "schema.yml")
    (out / "segdsl.yml").write_text("name: bench\n", encoding="utf-8")
    decls = _dependency_order(_declarations())
    rename = re.compile(r"\b(" + "|".join(re.escape(name) for _, name, _ in decls) + r")\b")
    written = 0
    copy = 0
    while written < segments:
        chosen: list[str] = []
        skipped: set[str] = set()
        for kind, name, text in decls:
            used = set(rename.findall(text)) - {name}
            if (kind == "segment" and written == segments) or used & skipped:
                skipped.add(name)
                continue
            written += kind == "segment"
            chosen.append(rename.sub(lambda m, c=copy: f"{m.group(1)}_{c}", text))
        (out / "segments" / f"copy_{copy:04d}.seg").write_text("\n".join(chosen), encoding="utf-8")
        copy += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--segments", type=int, default=1000)
    args = parser.parse_args()
    generate(args.out, args.segments)


if __name__ == "__main__":
    main()
