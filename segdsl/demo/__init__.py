"""Deterministic demo data for the example project ``examples/shop``.

``generate_shop_database`` writes a DuckDB database with the five tables that
``examples/shop/schema.yml`` names (``shop.customers``, ``shop.accounts``,
``shop.orders``, ``shop.returns`` and ``shop.events``), filled with made-up but
plausible customers of a sport retailer.  The data is a pure function of
``(customers, seed, as_of)``: the only source of randomness is one
``random.Random(seed)``, nothing iterates over a set or reads the clock, so the same
arguments give the same rows, byte for byte.

Every event lies in the two and a half years before ``as_of`` (the account renewal
dates, which are contract dates and not events, lie after it).  Most customers are
ordinary: they sign up, buy now and then at their own pace, stop after a while,
open some newsletters and browse.  On top of that the generator *plants* customers
for each example segment, a few percent each, with histories built to match the
segment's definition relative to ``as_of``, and a few look-alikes that miss exactly
one condition (a bouncing e-mail address, a cheap cart, a return for another reason)
so that every segment both includes and leaves out someone.  The planted histories
respect calendar windows (``previous week``, ``current quarter`` ...) of ``as_of``;
run the segments with ``--as-of`` set to the instant the data was generated for (or
soon after it), since ``current week`` moves on.

Segments with a fixed date get members only when that date lies inside the
generated history: ``spring_campaign_converters`` (clicks since 2026-03-01) for an
``as_of`` from early March 2026 to November 2028, ``back_to_school_families``
(August/September 2025) from September 2025 to March 2028.  Segments over the
current week, month or quarter need some of that period to have passed: at Monday
00:00 the current week is empty, so ``bargain_hunters`` is too.

``python -m segdsl.demo [PATH] [--customers N] [--seed S] [--as-of TS]`` runs it
from a shell; ``segdsl demo`` is the command users are told about.

The package keeps what is generic apart from what is the shop's:

- ``shop_data``: the shop itself, as data: the tables written, places, names,
  e-mail domains, categories, prices, products, pages, return reasons, newsletter
  themes, the shares of planted roles and of B2B account kinds.
- ``clock``: time handling (as_of and the calendar periods around it);
  ``campaigns``: the newsletter calendar; ``formats``: how the shop writes
  postcodes and product page URLs.
- ``rows``: the rows under construction (customers, orders, accounts, events).
- ``builder``: the random streams and the ordinary life of a customer (a person,
  orders, browsing, newsletters), drawing from ``shop_data``.
- ``roles``, ``accounts``, ``overlays``: the planted histories for the example's
  segments, the B2B accounts and the changes made once the histories are known.
- ``generate``: the entry point, ``generate_shop_database``; ``write``: the tables
  into DuckDB; ``command``: ``python -m segdsl.demo``.

The order of random draws is part of the output: the same seed must give the same
rows, which tests/test_demo.py pins by hashing a generated database.
"""

from __future__ import annotations

from segdsl.demo.clock import HISTORY
from segdsl.demo.command import main
from segdsl.demo.generate import generate_shop_database
from segdsl.demo.shop_data import CATEGORIES, TABLES

__all__ = ["CATEGORIES", "HISTORY", "TABLES", "generate_shop_database", "main"]
