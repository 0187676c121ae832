"""The exact ``number`` rule shared by the compiler, the harness, the reference
evaluator and the output formats (docs/semantics.md, "Exact numbers").

A ``number`` is a decimal with ``NUMBER_SCALE`` digits after the point on every
engine; arithmetic that can produce more digits (``*`` of two numbers, ``/``,
``avg``) rounds to that scale, half away from zero.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from typing import Literal

# BigQuery's NUMERIC has 9 digits after the point, and every target computes
# decimals of that scale exactly.
NUMBER_SCALE = 9
_QUANTUM = Decimal(1).scaleb(-NUMBER_SCALE)
# Number columns are NUMERIC(38, 9) on every engine, as BigQuery's NUMERIC:
# NUMBER_SCALE digits after the point and 29 before it.
NUMBER_INTEGER_DIGITS = 38 - NUMBER_SCALE


def exact_number(value: int | float | Decimal) -> Decimal:
    """A number as the exact decimal it stands for: a float (YAML reads ``12.37`` as
    one) by its shortest text, ``12.37``, not its binary value 12.3699999…"""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def misfit(value: Decimal) -> Literal["places", "digits"] | None:
    """Why a finite decimal, as written, is no ``number``: more than 9 digits after
    the point (``"places"``; trailing zeros do not count) or more than 29 before it
    (``"digits"``); None when it fits.  Fixture values are checked so, since a
    number column would round them on the way in, or a result never equal them."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite: no nan or inf
    significant = "".join(map(str, digits)).rstrip("0")
    if not significant:  # zero, however written
        return None
    exponent += len(digits) - len(significant)
    if exponent < -NUMBER_SCALE:
        return "places"
    if len(significant) + exponent > NUMBER_INTEGER_DIGITS:
        return "digits"
    return None


def to_scale(value: Decimal) -> Decimal:
    """``value`` rounded to 9 places, half away from zero (Python's ROUND_HALF_UP
    rounds half away from zero, for negative numbers too)."""
    with localcontext() as context:
        context.prec = 80  # more than any 38-digit value needs: no rounding but ours
        return value.quantize(_QUANTUM, rounding=ROUND_HALF_UP)


def decimal_text(value: Decimal) -> str:
    """``840.920000000`` as ``840.92``, ``12.000000000`` as ``12``; never an exponent."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _rounded(value: Fraction) -> Decimal:
    """An exact fraction rounded to 9 places, half away from zero, by integers."""
    scaled = abs(value) * 10**NUMBER_SCALE
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    if 2 * rest >= scaled.denominator:
        whole += 1
    return Decimal(-whole if value < 0 else whole).scaleb(-NUMBER_SCALE)


def divide(dividend: int | Decimal, divisor: int | Decimal) -> Decimal | None:
    """``/``: the exact quotient rounded to 9 places; not set for a zero divisor."""
    if divisor == 0:
        return None
    return _rounded(Fraction(dividend) / Fraction(divisor))


def multiply(left: int | Decimal, right: int | Decimal) -> int | Decimal:
    """``*``: exact for integers (and an integer times a number, which keeps 9
    places); two numbers' product rounded to 9 places."""
    if isinstance(left, int) and isinstance(right, int):
        return left * right
    return _rounded(Fraction(left) * Fraction(right))


def add(left: int | Decimal, right: int | Decimal) -> int | Decimal:
    """``+``: exact (no context rounds it: 80 digits hold any 38-digit sum)."""
    with localcontext() as context:
        context.prec = 80
        return left + right
