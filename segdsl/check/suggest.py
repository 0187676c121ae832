"""'Did you mean ...?' hints."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(name, sorted(set(candidates)), n=1, cutoff=0.7)
    if not matches:
        lowered = {c.lower(): c for c in candidates}
        if name.lower() in lowered:
            matches = [lowered[name.lower()]]
    return f"did you mean '{matches[0]}'?" if matches else None


def one_of(values: Iterable[object], limit: int = 12) -> str:
    shown = [_show(v) for v in values]
    if len(shown) > limit:
        shown = [*shown[:limit], "…"]
    return ", ".join(shown)


def _show(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)
