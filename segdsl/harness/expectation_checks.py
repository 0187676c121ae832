"""A fixture case's ``expectations`` key: whether the segments' ``expect`` lines hold
on the case's rows (docs/language.md, "Expectations").

Two forms::

    expectations: hold                      # every expect line of every segment holds
    expectations: {vip: hold, tiny: violated}

``hold`` means every expect line of the segment holds; ``violated`` that at least
one does not.  The first form covers every segment that has expect lines, and a
project with none is an error (FIX016): a check of nothing would pass unnoticed.
Likewise a segment named in the mapping must have expect lines.  The runner
(harness/runner.py) measures the sizes on the case's membership table, the number
of its rows being the population, so this works on every engine the harness runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from segdsl.analysis.expectations import ExpectationResult, evaluate
from segdsl.check.checker import CheckedProject
from segdsl.codes import Code
from segdsl.diagnostics import Span
from segdsl.project.yamlpos import (
    MappingNode,
    Node,
    Problems,
    ScalarNode,
    describe,
    did_you_mean,
)
from segdsl.syntax import ast

WORDS = {"hold": True, "violated": False}
_FORMS = "write 'expectations: hold', or a mapping such as 'expectations: {vip: hold, " \
         "tiny: violated}'"


@dataclass(frozen=True, slots=True)
class ExpectationsCheck:
    """``segment: hold`` (``holds`` True) or ``segment: violated`` (False)."""

    segment: str
    holds: bool
    span: Span
    declaration: ast.SegmentDecl  # whose expect lines are judged


def read_expectations(node: Node, checked: CheckedProject, problems: Problems
                      ) -> tuple[ExpectationsCheck, ...]:
    """The checks a case's ``expectations`` value asks for (FIX015/FIX016/FIX006 when
    it is malformed; then none)."""
    with_lines = [name for name, decl in checked.segments.items() if decl.meta.expectations]
    if isinstance(node, ScalarNode) and not node.is_null:
        holds = WORDS.get(node.text)
        if holds is not True:
            problems.add(Code.FIX015, f"'expectations' should be 'hold' or a mapping from "
                         f"segment to hold/violated, not '{node.text}'", node.span,
                         hint=_FORMS)
            return ()
        if not with_lines:
            problems.add(Code.FIX016, "'expectations: hold' checks nothing: no segment of the "
                         "project has expect lines", node.span,
                         hint="add a line such as 'expect size >= 1' to a segment")
            return ()
        return tuple(ExpectationsCheck(name, True, node.span, checked.segments[name])
                     for name in with_lines)
    if not isinstance(node, MappingNode):
        problems.add(Code.FIX015, f"'expectations' should be 'hold' or a mapping from segment "
                     f"to hold/violated, but it is {describe(node)}", node.span, hint=_FORMS)
        return ()
    checks: list[ExpectationsCheck] = []
    failed = False  # (a key given twice is YML006 of the YAML reader)
    for entry in node.entries:
        name = entry.key_text
        if name is None:
            problems.add(Code.YML004, f"a key in 'expectations' is {describe(entry.key)}; keys "
                         "must be segment names", entry.key.span)
            failed = True
            continue
        if not _known_segment(name, entry.key.span, checked, with_lines, problems):
            failed = True
            continue
        value = entry.value
        holds = WORDS.get(value.text) if isinstance(value, ScalarNode) else None
        if holds is None:
            shown = f"'{value.text}'" if isinstance(value, ScalarNode) else describe(value)
            problems.add(Code.FIX015, f"the expectations of '{name}' should be 'hold' or "
                         f"'violated', not {shown}", value.span)
            failed = True
            continue
        checks.append(ExpectationsCheck(name, holds, entry.key.span, checked.segments[name]))
    return () if failed else tuple(checks)


def _known_segment(name: str, span: Span, checked: CheckedProject, with_lines: list[str],
                   problems: Problems) -> bool:
    decl = checked.segments.get(name)
    if decl is not None and decl.meta.expectations:
        return True
    if decl is not None:
        problems.add(Code.FIX016, f"the segment '{name}' has no expect lines to check", span,
                     hint="add a line such as 'expect size >= 1' to it, or leave it out here")
        return False
    guess = did_you_mean(name, with_lines)
    if guess is not None:
        hint = f"did you mean '{guess}'?"
    elif with_lines:
        hint = "segments with expect lines: " + ", ".join(with_lines)
    else:
        hint = "no segment of the project has expect lines"
    problems.add(Code.FIX006, f"'{name}' is not a segment of the project", span, hint=hint)
    return False


def compare_expectations(checks: Sequence[ExpectationsCheck], sizes: Mapping[str, int],
                         population: int) -> list[str]:
    """The failure lines of a case's expectation checks, given the measured sizes."""
    lines: list[str] = []
    for check in checks:
        if check.segment not in sizes:
            lines.append(f"expectations of {check.segment}: the result has no column "
                         f"'{check.segment}'")
            continue
        results = evaluate({check.segment: check.declaration},
                           {check.segment: sizes[check.segment]}, population)
        violated = [result for result in results if not result.holds]
        if check.holds:
            lines += [f"expected to hold: {result.message()}" for result in violated]
        elif not violated:
            shown = "; ".join(_held(result) for result in results)
            lines.append(f"segment '{check.segment}': expected a violated expectation, but "
                         f"all hold: {shown}")
    return lines


def _held(result: ExpectationResult) -> str:
    return f"{result.text} (measured {result.measured})"
