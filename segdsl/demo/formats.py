"""How the shop writes postcodes and product page URLs."""

from __future__ import annotations

import random


def make_postcode(rng: random.Random, country: str, number: int) -> str:
    """Postcode ``number`` written the way ``country`` writes postcodes (a few
    countries add letters, drawn from ``rng``)."""
    if country in ("DE", "FR", "IT", "ES"):
        return f"{number:05d}"
    if country == "NL":
        return f"{number:04d} {chr(65 + rng.randrange(26))}{chr(65 + rng.randrange(26))}"
    if country == "PL":
        return f"{number // 1000:02d}-{number % 1000:03d}"
    if country == "GB":
        area = rng.choice(["SW1A", "E1", "N7", "M1", "M14", "SE10", "W2"])
        letters = chr(65 + rng.randrange(26)) + chr(65 + rng.randrange(26))
        return f"{area} {rng.randint(1, 9)}{letters}"
    return f"{number:04d}"


def product_page(product: str) -> str:
    """The shop's URL path of a product page."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in product.lower()).strip("-")
    return f"/p/{slug}"

