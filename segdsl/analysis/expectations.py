"""Judging ``expect size …`` / ``expect share …`` lines against measured sizes.

A share is compared exactly: ``size / population`` as a fraction against the bound
in percent, with no rounding, so ``expect share <= 5%`` holds for 5 of 100 members
and fails for 5,000,001 of 100,000,000.  An empty population has a share of 0 %
(nothing to divide; every member count is 0 too).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from segdsl.syntax import ast

_COMPARE = {
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


@dataclass(frozen=True, slots=True)
class ExpectationResult:
    """One expectation of one segment, measured.

    ``text`` is the expectation as a person writes it (``share between 1% and
    30%``); ``measured`` the value it was judged on (``812`` or ``3.25%``, a share
    shown with two decimals, rounded half away from zero only for display).
    """

    segment: str
    text: str
    measured: str
    holds: bool
    file: str
    line: int
    column: int

    def message(self) -> str:
        """``FILE:LINE:COL: segment 'vip' expects size >= 1000, measured 812``."""
        return (f"{self.file}:{self.line}:{self.column}: segment '{self.segment}' "
                f"expects {self.text}, measured {self.measured}")


def share_percent(size: int, population: int) -> Fraction:
    """``size`` as an exact percentage of ``population`` (0 for an empty population)."""
    return Fraction(size * 100, population) if population else Fraction(0)


def holds(expectation: ast.Expectation, size: int, population: int) -> bool:
    """Whether ``expectation`` holds for a segment of ``size`` members."""
    measured = (Fraction(size) if expectation.measure is ast.Measure.SIZE
                else share_percent(size, population))
    bounds = [Fraction(bound.value) for bound in expectation.bounds]
    if expectation.op == "between":
        low, high = bounds
        return low <= measured <= high
    return bool(_COMPARE[expectation.op](measured, bounds[0]))


def expectation_text(expectation: ast.Expectation) -> str:
    """The expectation as written, normalized: ``size between 500 and 50000``."""
    written = [_bound_text(bound) for bound in expectation.bounds]
    if expectation.op == "between":
        return f"{expectation.measure.value} between {written[0]} and {written[1]}"
    return f"{expectation.measure.value} {expectation.op} {written[0]}"


def measured_text(expectation: ast.Expectation, size: int, population: int) -> str:
    if expectation.measure is ast.Measure.SIZE:
        return str(size)
    return percent_text(share_percent(size, population))


def percent_text(percent: Fraction) -> str:
    """``3.25%``: two decimals, rounded half away from zero, trailing zeros kept off."""
    scaled = abs(percent) * 100
    whole = int(scaled + Fraction(1, 2))
    value = Decimal(whole if percent >= 0 else -whole).scaleb(-2)
    text = format(value.normalize(), "f") if value else "0"
    return f"{text}%"


def evaluate(segments: Mapping[str, ast.SegmentDecl], sizes: Mapping[str, int],
             population: int, files: Mapping[str, str] | None = None
             ) -> list[ExpectationResult]:
    """Every expectation of every segment in ``sizes`` (in ``segments``' order).

    ``files`` maps a declaration's span file to the name to print (default: as is).
    """
    results: list[ExpectationResult] = []
    for name, declaration in segments.items():
        if name not in sizes:
            continue
        size = sizes[name]
        for expectation in declaration.meta.expectations:
            span = expectation.span
            file = (files or {}).get(span.file, span.file)
            results.append(ExpectationResult(
                segment=name,
                text=expectation_text(expectation),
                measured=measured_text(expectation, size, population),
                holds=holds(expectation, size, population),
                file=file, line=span.line, column=span.column,
            ))
    return results


def _bound_text(bound: ast.Bound) -> str:
    text = format(bound.value.normalize(), "f") if bound.value else "0"
    return f"{text}%" if bound.percent else text
