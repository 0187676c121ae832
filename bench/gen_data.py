"""Deterministic benchmark data for the example shop schema, generated inside DuckDB.

Writes a DuckDB file with the five tables of ``examples/shop/schema.yml``
(``shop.customers``, ``shop.accounts``, ``shop.orders``, ``shop.returns``,
``shop.events``, with the columns and types of ``segdsl.demo.TABLES``).  Every row
is computed by SQL over ``range()``; the only source of randomness is DuckDB's
``hash()`` of (row, salt, seed) packed into one integer, so the same seed (and
DuckDB version) gives the same rows.  Event tables are stored in time order, as
an append-only event log would be.

Sizes (``--customers N`` overrides the customer count and scales the rest):

| size  | customers | orders     | events     | returns      | accounts |
|-------|-----------|------------|------------|--------------|----------|
| small | 20,000    | 200,000    | 400,000    | about 8 %    | 150      |
| large | 1,000,000 | 10,000,000 | 20,000,000 | of orders    | 7,500    |

Shape of the data, relative to the fixed as-of ``2026-11-01T00:00:00Z``:

* customers sign up over the 900 days before as-of; 45 % are still active, the
  others stopped buying some (exponentially distributed) time after sign-up;
* orders and events are spread over each customer's active period with a skew
  (a few customers order very often, 15 % never order), so frequency, spend,
  ranking, lapsing and sequence segments all have members;
* order amounts and partial refunds are not rounded to cents (``--cents`` rounds
  them).  Sums of cents stored as DOUBLE land exactly on round thresholds
  (``sum(...) >= 1000`` with a true total of 1000.00, ``avg(...) >= 50``), and then
  whether the customer is a member depends on the order in which the floating-point
  additions happen, which differs between runs of one query on several threads;
  unrounded amounts keep the benchmark's equality check meaningful;
* a little noise the semantics must handle: 0.3 % of orders and events lie after
  as-of (ignored), 0.1 % belong to no customer, some amounts, categories,
  countries, tiers and channels are not set, and a few B2B customers have a
  dangling or missing account.

    python bench/gen_data.py --size small|large [--seed 7] [--customers N] [--cents]
                             [--out FILE]

The default output is ``bench/data/<size>.duckdb`` (git-ignored).  The file is
written under a temporary name and renamed into place.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from segdsl.demo import TABLES  # noqa: E402  (the repository root is on the path now)

AS_OF = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
AS_OF_TEXT = "2026-11-01T00:00:00Z"
DEFAULT_SEED = 7

# Per customer: orders and events on average; accounts per B2B customer.
ORDERS_PER_CUSTOMER = 10
EVENTS_PER_CUSTOMER = 20
B2B_SHARE = 0.03
CUSTOMERS_PER_ACCOUNT = 4
# A prime larger than any customer count used here: position -> customer is the
# bijection (pos * PRIME + 13) mod N, so the busiest customers are spread over the ids.
PRIME = 1_000_003


@dataclass(frozen=True)
class Size:
    customers: int
    orders: int
    events: int

    @property
    def accounts(self) -> int:
        return max(1, round(self.customers * B2B_SHARE / CUSTOMERS_PER_ACCOUNT))


SIZES: dict[str, Size] = {
    "small": Size(20_000, 200_000, 400_000),
    "large": Size(1_000_000, 10_000_000, 20_000_000),
}


def size_for(customers: int) -> Size:
    return Size(customers, customers * ORDERS_PER_CUSTOMER, customers * EVENTS_PER_CUSTOMER)


def default_path(size: str) -> Path:
    return HERE / "data" / f"{size}.duckdb"


def _as_of_micros() -> int:
    return int(AS_OF.timestamp()) * 1_000_000


def _statements(size: Size, cents: bool = False) -> list[str]:
    """The SQL that fills the tables, in order (run inside the attached database)."""
    n = size.customers
    if n >= PRIME:
        raise ValueError(f"at most {PRIME - 1} customers")
    as_of = _as_of_micros()
    day = 86_400_000_000
    width = max(7, len(str(n)))
    # u(i, salt): uniform in [0, 1); z(i, salt): standard normal (macros, see generate).
    def money(expression: str) -> str:
        return f"round({expression}, 2)" if cents else expression

    return [
        # ---- customer parameters: sign-up and the end of their buying period --------
        f"""
        CREATE TEMP TABLE cp AS
        SELECT
            i AS c,
            'C' || lpad(i::VARCHAR, {width}, '0') AS customer_id,
            u(i, 1) * 900 AS signup_days,
            CASE WHEN u(i, 2) < 0.45 THEN 0.0
                 ELSE greatest(0.0, signup_days + ln(1 - u(i, 3)) * 250) END AS end_days,
            u(i, 4) < {B2B_SHARE} AS b2b,
            CASE WHEN u(i, 5) < 0.1 THEN 0.35 ELSE 0.05 END AS return_rate
        FROM range({n}) r(i)
        """,
        # ---- orders (kept with their row number for the returns) --------------------
        f"""
        CREATE TEMP TABLE o AS
        WITH picked AS (
            SELECT o AS i,
                   ((floor(0.85 * {n} * pow(u(o, 10), 1.5))::BIGINT * {PRIME} + 13) % {n})
                       AS c
            FROM range({size.orders}) r(o)
        )
        SELECT
            p.i,
            CASE WHEN u(p.i, 13) < 0.001 THEN 'X' || p.i::VARCHAR ELSE cp.customer_id END
                AS customer_id,
            make_timestamp(CASE
                WHEN u(p.i, 12) < 0.003 THEN {as_of} + (u(p.i, 14) * 20 * {day})::BIGINT
                ELSE {as_of} - ((cp.end_days + u(p.i, 11) * (cp.signup_days - cp.end_days))
                                * {day})::BIGINT
            END // 1000000 * 1000000) AS ordered_at,
            CASE WHEN u(p.i, 15) < 0.002 THEN NULL
                 ELSE {money('exp(3.7 + 0.75 * z(p.i, 16))')} END AS amount,
            CASE WHEN u(p.i, 17) < 0.01 THEN NULL
                 ELSE ['running', 'running', 'kids', 'outdoor', 'outdoor', 'fitness',
                       'fitness', 'casual', 'casual', 'casual'][1 + floor(u(p.i, 18) * 10)::INT]
            END AS category,
            CASE WHEN u(p.i, 19) < 0.15 + 0.35 * (ordered_at < TIMESTAMP '2025-06-01')::INT
                 THEN 'store'
                 WHEN u(p.i, 20) < 0.6 THEN 'web' ELSE 'app' END AS channel,
            CASE WHEN u(p.i, 21) < 0.3
                 THEN -round(coalesce(amount, 0) * (0.05 + 0.25 * u(p.i, 22)), 2)
                 ELSE 0.0 END AS discount,
            (CASE WHEN cp.b2b THEN 10 ELSE 1 END
             + floor(-ln(1 - u(p.i, 23)) * CASE WHEN cp.b2b THEN 15 ELSE 1.2 END))::BIGINT
                AS items,
            cp.return_rate
        FROM picked p JOIN cp ON cp.c = p.c
        """,
        """
        INSERT INTO shop.orders
        SELECT customer_id, ordered_at, amount, category, channel, discount, items
        FROM o ORDER BY ordered_at, i
        """,
        f"""
        INSERT INTO shop.returns
        SELECT
            customer_id,
            make_timestamp(epoch_us(ordered_at)
                           + ((1 + u(i, 31) * 29) * {day})::BIGINT // 1000000 * 1000000)
                AS returned_at,
            CASE WHEN u(i, 32) < 0.75 THEN amount
                 ELSE {money('amount * (0.2 + 0.6 * u(i, 33))')} END AS amount,
            ['too small', 'size too big', 'wrong size', 'damaged on arrival',
             'changed my mind', 'colour differs from the photo', NULL]
                [1 + floor(u(i, 34) * 7)::INT] AS reason
        FROM o
        WHERE u(i, 30) < return_rate
        ORDER BY returned_at, i
        """,
        # ---- events -----------------------------------------------------------------
        f"""
        INSERT INTO shop.events
        WITH picked AS (
            SELECT e AS i,
                   ((floor(0.95 * {n} * pow(u(e, 40), 1.5))::BIGINT * {PRIME} + 13) % {n})
                       AS c,
                   u(e, 42) AS kind
            FROM range({size.events}) r(e)
        ), named AS (
            SELECT p.i,
                CASE WHEN u(p.i, 43) < 0.001 THEN 'X' || p.i::VARCHAR ELSE cp.customer_id END
                    AS customer_id,
                make_timestamp(CASE
                    WHEN u(p.i, 44) < 0.003 THEN {as_of} + (u(p.i, 45) * 20 * {day})::BIGINT
                    ELSE {as_of} - (u(p.i, 41) * cp.signup_days * {day})::BIGINT
                END // 1000000 * 1000000) AS occurred_at,
                CASE WHEN kind < 0.45 THEN 'page_view'
                     WHEN kind < 0.65 THEN 'email_open'
                     WHEN kind < 0.70 THEN 'email_click'
                     WHEN kind < 0.82 THEN 'add_to_cart'
                     ELSE 'app_session' END AS event_name
            FROM picked p JOIN cp ON cp.c = p.c
        )
        SELECT
            customer_id,
            occurred_at,
            event_name,
            CASE WHEN event_name IN ('email_open', 'email_click')
                 THEN ['spring26_running', 'spring26_outdoor', 'summer26_kids',
                       'autumn26_fitness', 'winter25_casual', 'newsletter']
                      [1 + floor(u(i, 46) * 6)::INT] END AS campaign,
            CASE WHEN event_name = 'add_to_cart'
                 THEN 'SKU-' || lpad(floor(u(i, 47) * 5000)::BIGINT::VARCHAR, 5, '0') END
                AS product,
            CASE WHEN event_name = 'add_to_cart'
                 THEN ['running', 'kids', 'outdoor', 'fitness', 'casual']
                      [1 + floor(u(i, 48) * 5)::INT] END AS category,
            CASE WHEN event_name = 'add_to_cart'
                 THEN round(exp(3.5 + 0.8 * z(i, 49)), 2) END AS price,
            CASE WHEN event_name = 'page_view'
                 THEN ['/', '/sale', '/sale/running-shoes', '/running', '/kids',
                       '/outdoor/tents', '/account', '/cart'][1 + floor(u(i, 50) * 8)::INT]
                 END AS page,
            CASE WHEN event_name = 'app_session'
                 THEN (10 + floor(-ln(1 - u(i, 51)) * 300))::BIGINT END AS duration_s
        FROM named
        ORDER BY occurred_at, i
        """,
        # ---- accounts ---------------------------------------------------------------
        f"""
        INSERT INTO shop.accounts
        SELECT
            'A' || lpad(j::VARCHAR, 7, '0') AS account_id,
            ['Nordlicht', 'Alpen', 'Isar', 'Rhein', 'Blau-Weiss', 'Phoenix', 'Linde',
             'Adler'][1 + floor(u(j, 60) * 8)::INT]
             || ' ' || j::VARCHAR
             || [' GmbH', ' AG', ' e.V.', ' Schule', ' Fitness'][1 + floor(u(j, 61) * 5)::INT]
                AS company,
            CASE WHEN u(j, 62) < 0.05 THEN NULL
                 ELSE ['education', 'fitness_club', 'retail', 'corporate', 'sports_team']
                      [1 + floor(u(j, 63) * 5)::INT] END AS industry,
            (1 + floor(exp(u(j, 64) * 8)))::BIGINT AS employees,
            CASE WHEN u(j, 65) < 0.35 THEN NULL
                 ELSE ['starter', 'standard', 'premium', 'enterprise']
                      [1 + floor(u(j, 66) * 4)::INT] END AS contract_tier,
            DATE '2026-11-01' + (floor(u(j, 67) * 400) - 30)::INT AS renewal_date
        FROM range({size.accounts}) r(j)
        """,
        # ---- customers (lifetime value from their orders and returns) ---------------
        f"""
        INSERT INTO shop.customers
        WITH spent AS (
            SELECT customer_id, sum(amount) AS paid FROM shop.orders
            WHERE ordered_at < make_timestamp({as_of}) GROUP BY ALL
        ), refunded AS (
            SELECT customer_id, sum(amount) AS refunded FROM shop.returns
            WHERE returned_at < make_timestamp({as_of}) GROUP BY ALL
        ), named AS (
            SELECT cp.*,
                ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannah', 'Jonas',
                 'Lea', 'Lukas', 'Mia', 'Noah', 'Paul', 'Sophie', 'Tim', 'Zoe', 'Élodie',
                 'Luca', 'Marie'][1 + floor(u(c, 70) * 20)::INT] AS given,
                CASE WHEN u(c, 71) < 0.02 THEN NULL
                     ELSE ['DE', 'DE', 'DE', 'DE', 'AT', 'CH', 'FR', 'NL', 'US', 'de ']
                          [1 + floor(u(c, 72) * 10)::INT] END AS country
            FROM cp
        )
        SELECT
            named.customer_id,
            CASE WHEN u(c, 73) < 0.03 THEN NULL
                 WHEN u(c, 74) < 0.03 THEN lower(given) || ' at example'
                 ELSE lower(given) || '.' || c::VARCHAR || '@example.com' END AS email,
            CASE WHEN u(c, 75) < 0.02 THEN NULL ELSE given END AS first_name,
            country,
            CASE upper(trim(country))
                WHEN 'DE' THEN ['Berlin', 'Munich', 'Hamburg', 'Köln', 'München']
                               [1 + floor(u(c, 76) * 5)::INT]
                WHEN 'AT' THEN 'Wien' WHEN 'CH' THEN 'Zürich' WHEN 'FR' THEN 'Paris'
                WHEN 'NL' THEN 'Amsterdam' WHEN 'US' THEN 'Boston' END AS city,
            CASE WHEN u(c, 77) < 0.1 THEN NULL
                 ELSE lpad(floor(u(c, 78) * 99999)::BIGINT::VARCHAR, 5, '0') END
                AS postal_code,
            CASE WHEN u(c, 79) < 0.4 THEN NULL ELSE (16 + floor(u(c, 80) * 65))::BIGINT END
                AS age,
            CASE WHEN u(c, 81) < 0.5 THEN NULL
                 ELSE DATE '1945-01-01' + floor(u(c, 82) * 22000)::INT END AS birthday,
            make_timestamp({as_of} - (signup_days * {day})::BIGINT // 1000000 * 1000000)
                AS signup_at,
            u(c, 83) < 0.6 AS is_subscribed,
            CASE WHEN b2b OR u(c, 84) < 0.5 THEN NULL
                 ELSE ['bronze', 'bronze', 'bronze', 'silver', 'silver', 'gold']
                      [1 + floor(u(c, 85) * 6)::INT] END AS loyalty_tier,
            CASE WHEN b2b THEN 'b2b' WHEN u(c, 86) < 0.01 THEN NULL ELSE 'b2c' END
                AS customer_type,
            round(greatest(0, coalesce(paid, 0) - coalesce(refunded, 0)
                              + u(c, 87) * 200), 2) AS lifetime_value,
            CASE WHEN u(c, 88) < 0.3 THEN NULL
                 ELSE ['email', 'email', 'sms', 'app'][1 + floor(u(c, 89) * 4)::INT] END
                AS preferred_channel,
            CASE WHEN NOT b2b THEN NULL
                 WHEN u(c, 90) < 0.02 THEN NULL
                 WHEN u(c, 91) < 0.02 THEN 'A9999999'
                 ELSE 'A' || lpad(floor(u(c, 92) * {size.accounts})::BIGINT::VARCHAR, 7, '0')
                 END
                AS account_id
        FROM named
        LEFT JOIN spent ON spent.customer_id = named.customer_id
        LEFT JOIN refunded ON refunded.customer_id = named.customer_id
        ORDER BY c
        """,
    ]


def _seed_offset(seed: int) -> int:
    """The seed's place in the hashed BIGINT: above row * 4096 + salt (salt < 4096)."""
    if not 0 <= seed < 1 << 22:
        raise ValueError("the seed must be between 0 and 4194303")
    return int(seed) << 40


def generate(path: Path, size: Size, seed: int = DEFAULT_SEED, threads: int | None = None,
             cents: bool = False) -> Path:
    """Write the database to ``path`` (replacing it) and return the path."""
    if size.customers < 1:
        raise ValueError("at least one customer")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
        leftover.unlink(missing_ok=True)
    con = duckdb.connect(":memory:")
    try:
        if threads is not None:
            con.execute(f"SET threads = {int(threads)}")
        con.execute("SET preserve_insertion_order = true")
        # hash() of one BIGINT is a good mixer (a murmur finaliser), but hash(a, b, c)
        # combines the parts so weakly that u(i, 10) and u(i, 11) would correlate at
        # 0.98; so row, salt and seed are packed into one BIGINT first.
        con.execute(f"CREATE TEMP MACRO u(i, salt) AS "
                    f"(hash(i * 4096 + salt + {_seed_offset(seed)}) >> 11) "
                    f"/ 9007199254740992.0")
        con.execute("CREATE TEMP MACRO z(i, salt) AS "
                    "sqrt(-2 * ln(1 - u(i, salt))) * cos(2 * pi() * u(i, salt + 1000))")
        # A catalog of our own: a file called shop.duckdb would clash with schema shop.
        con.execute("ATTACH ? AS bench_data", [str(temporary)])
        con.execute("USE bench_data")
        con.execute("CREATE SCHEMA shop")
        for table, columns in TABLES.items():
            ddl = ", ".join(f"{name} {kind}" for name, kind in columns)
            con.execute(f"CREATE TABLE {table} ({ddl})")
        for statement in _statements(size, cents):
            con.execute(statement)
        con.execute("USE memory")
        con.execute("DETACH bench_data")
    finally:
        con.close()
    os.replace(temporary, path)
    for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
        leftover.unlink(missing_ok=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--customers", type=int, default=None,
                        help="override the customer count (orders and events scale with it)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--cents", action="store_true",
                        help="round order and refund amounts to cents (see the module doc)")
    parser.add_argument("--out", type=Path, default=None,
                        help="database file (default: bench/data/<size>.duckdb)")
    args = parser.parse_args()
    size = SIZES[args.size] if args.customers is None else size_for(args.customers)
    if size.customers < 1:
        parser.error("--customers must be at least 1")
    out = args.out or default_path(args.size)
    start = time.perf_counter()
    generate(out, size, args.seed, args.threads, args.cents)
    counts = row_counts(out)
    print(f"wrote {out} in {time.perf_counter() - start:.1f} s (seed {args.seed}, "
          f"as of {AS_OF_TEXT}): "
          + ", ".join(f"{table} {count:,}" for table, count in counts.items()))


def row_counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for table in TABLES:
            row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out
    finally:
        con.close()


if __name__ == "__main__":
    main()
