"""Checking ``expect size …`` / ``expect share …`` lines (docs/language.md, "Expectations").

An expectation is judged after a run, against a measured size; these checks catch
the lines that could never be judged sensibly, before any data is read:

* a size is a count of members: a whole number of 0 or more, without ``%`` (EXP003);
* a share is a percentage of the population: written with ``%`` (EXP004), from
  0 % to 100 % (EXP005);
* ``between LOW and HIGH`` needs LOW <= HIGH (EXP006);
* a bound that no measurement can meet (``size < 0``, ``share > 100%``,
  ``share < 0%``) is an error (EXP007), one that every measurement meets
  (``size >= 0``, ``share <= 100%``) a warning (WRN004): it checks nothing;
* only segments have a size, so a segmentation's expectation is an error (EXP002).

Every message points at the bound it is about (the caret under it), or at the
whole ``expect`` line when it is about the line.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from segdsl.codes import Code
from segdsl.diagnostics import Diagnostic, Span, TextEdit
from segdsl.syntax import ast

Report = Callable[[Diagnostic], None]

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


def check_segment_expectations(decl: ast.SegmentDecl, report: Report) -> None:
    for expectation in decl.meta.expectations:
        _check(decl.name, expectation, report)


def check_segmentation_expectations(decl: ast.SegmentationDecl, report: Report) -> None:
    for expectation in decl.meta.expectations:
        report(Diagnostic(
            Code.EXP002, f"the segmentation '{decl.name}' cannot have an expectation: only "
            "segments have a size", expectation.span,
            hint="define a segment for the label (`in segment` or `where "
            f"{decl.name} = \"LABEL\"`) and put the expect line there",
        ))


def _check(segment: str, expectation: ast.Expectation, report: Report) -> None:
    bad_bound = False
    for bound in expectation.bounds:
        problem = (_size_bound(bound) if expectation.measure is ast.Measure.SIZE
                   else _share_bound(bound))
        if problem is not None:
            report(problem)
            bad_bound = True
    if bad_bound:
        return
    values = [bound.value for bound in expectation.bounds]
    if expectation.op == "between":
        low, high = expectation.bounds
        if low.value > high.value:
            report(Diagnostic(
                Code.EXP006, f"segment '{segment}': the first bound of `between` is above the "
                "second, so this never holds", low.span.cover(high.span),
                hint=f"write `between {_text(high)} and {_text(low)}`",
                edits=(TextEdit(low.span, _text(high)), TextEdit(high.span, _text(low))),
            ))
            return
    bound = expectation.bounds[-1] if expectation.op != "between" else expectation.bounds[0]
    top = _HUNDRED if expectation.measure is ast.Measure.SHARE else None
    never = ((expectation.op == "<" and values[0] == _ZERO)
             or (expectation.op == ">" and top is not None and values[0] == top))
    if never:
        measure = expectation.measure.value
        reason = (f"a {measure} is never below {_text(bound)}" if expectation.op == "<"
                  else f"a share is never above {_text(bound)}")
        report(Diagnostic(
            Code.EXP007, f"segment '{segment}': `expect {measure} {expectation.op} "
            f"{_text(bound)}` can never hold: {reason}", bound.span,
        ))
        return
    always = (
        (expectation.op == ">=" and values[0] == _ZERO)
        or (expectation.op == "<=" and top is not None and values[0] == top)
        or (expectation.op == "between" and top is not None
            and values[0] == _ZERO and values[1] == top)
    )
    if always:
        report(Diagnostic(
            Code.WRN004, f"segment '{segment}': this expectation always holds, so it checks "
            "nothing", expectation.span,
            hint="tighten the bound, or remove the line",
        ))


def _size_bound(bound: ast.Bound) -> Diagnostic | None:
    if bound.percent:
        return Diagnostic(
            Code.EXP003, f"a size is a number of members, not a percentage: {_text(bound)}",
            bound.span,
            hint=f"write `expect share ... {_text(bound)}` for a percentage of all "
            "customers, or a count such as `expect size >= 1000`",
        )
    if bound.value < 0:
        return Diagnostic(Code.EXP003, f"a size is never negative: {_text(bound)}", bound.span,
                          hint="a size bound is a whole number of 0 or more")
    if bound.value != bound.value.to_integral_value():
        return Diagnostic(Code.EXP003, f"a size is a whole number of members, not {_text(bound)}",
                          bound.span, hint="a size bound is a whole number of 0 or more")
    return None


def _share_bound(bound: ast.Bound) -> Diagnostic | None:
    if not bound.percent:
        value = bound.value
        hint = f"write `{_number(value)}%`"
        if _ZERO < abs(value) < 1:
            hint += f", or `{_number(value * 100)}%` if {_number(value)} is a fraction"
        # Adding the `%` is the fix when there is no second reading and the result is
        # a share (`150` becomes `150%`, which is wrong in another way).
        certain = not _ZERO < abs(value) < 1 and _ZERO <= value <= _HUNDRED
        end = Span(bound.span.file, bound.span.end_line, bound.span.end_column,
                   bound.span.end_line, bound.span.end_column, bound.span.end, bound.span.end)
        return Diagnostic(Code.EXP004, f"a share is a percentage and needs `%`: {_number(value)}",
                          bound.span, hint=hint, edits=(TextEdit(end, "%"),) if certain else ())
    if not _ZERO <= bound.value <= _HUNDRED:
        return Diagnostic(Code.EXP005, f"a share is from 0% to 100%, not {_text(bound)}",
                          bound.span)
    return None


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


def _text(bound: ast.Bound) -> str:
    return _number(bound.value) + ("%" if bound.percent else "")
