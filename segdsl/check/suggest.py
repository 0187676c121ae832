"""'Did you mean ...?' hints, and whether the guess is certain enough to apply."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

# How alike a name and a candidate must be (difflib's ratio) to be suggested.
CUTOFF = 0.7


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The closest candidate to a misspelt name.

    ``unique`` says no other candidate is as close: only then is replacing the name
    with ``name`` a machine-applicable fix (a tie is a guess between two).
    """

    name: str
    unique: bool

    @property
    def hint(self) -> str:
        return f"did you mean '{self.name}'?"


def closest(name: str, candidates: Iterable[str]) -> Suggestion | None:
    """The candidate most like ``name`` (difflib's ratio, at least :data:`CUTOFF`), else
    one that differs from it only in case; None when nothing is close.

    The same pick as ``difflib.get_close_matches(name, candidates, n=1)``: on a tie
    of ratios the greater string wins, but the suggestion is then not ``unique``.
    """
    pool = sorted(set(candidates))
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(name)
    scored: list[tuple[float, str]] = []
    for candidate in pool:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= CUTOFF and matcher.quick_ratio() >= CUTOFF
                and matcher.ratio() >= CUTOFF):
            scored.append((matcher.ratio(), candidate))
    if scored:
        best_score, best = max(scored)
        ties = sum(1 for score, _ in scored if score == best_score)
        return Suggestion(best, ties == 1)
    same_letters = [c for c in pool if c.lower() == name.lower()]
    if same_letters:
        return Suggestion(same_letters[-1], len(same_letters) == 1)
    return None


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    """``did you mean 'X'?`` for the closest candidate, or None."""
    found = closest(name, candidates)
    return None if found is None else found.hint


def one_of(values: Iterable[object], limit: int = 12) -> str:
    shown = [_show(v) for v in values]
    if len(shown) > limit:
        shown = [*shown[:limit], "…"]
    return ", ".join(shown)


def _show(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)


def article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"
