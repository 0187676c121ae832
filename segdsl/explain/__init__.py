"""``segdsl explain``: definitions in plain English or German sentences.

:func:`explain` is the entry point; the walk over the syntax tree is shared
(:mod:`segdsl.explain.walker`) and each language words it
(:mod:`segdsl.explain.english`, :mod:`segdsl.explain.german`).
"""

from __future__ import annotations

from typing import Any

from segdsl.check.checker import CheckedProject
from segdsl.explain.english import English
from segdsl.explain.german import German
from segdsl.explain.walker import Walker

LANGUAGES: dict[str, type[Walker[Any]]] = {"en": English, "de": German}


def explain(checked: CheckedProject, name: str, lang: str = "en") -> str:
    """The sentence(s) explaining the definition ``name`` (which must exist)."""
    return LANGUAGES[lang](checked).definition(name)
