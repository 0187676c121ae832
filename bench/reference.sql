-- Hand-written reference for bench/project: the membership of its fourteen segments,
-- as an analyst who knows DuckDB would write it for one fixed as-of,
-- 2026-11-01 00:00:00 UTC (bench/gen_data.py's AS_OF; timestamps are naive UTC).
--
-- One grouped pass per event table, every aggregate with a FILTER clause and each
-- scan cut to the oldest window it needs; the two sequences read only the recent
-- orders; everything joined to the customers once.  It knows the schema as its
-- author would: enum properties (channel, category) are encoded as small integers.  Same semantics as SPEC §4:
-- windows are [as_of - N, as_of), events at or after as-of are ignored, count and
-- sum of no events are 0, comparisons with a missing value are false, first/last of
-- a property take the greatest value among events sharing the earliest/latest time,
-- and top P% is RANK() <= ceil(P * N / 100) among customers whose value is set.
--
-- Output: customer_id and one boolean per segment, one row per customer.
WITH orders AS (
    -- channel and category are enums in the schema, so first/last channel and the
    -- number of distinct categories are plain min/max/bit_or over small integer
    -- codes, all in this one pass (a value outside an enum would count as not set;
    -- the data has none).  Codes follow string order: app < store < web.
    SELECT
        customer_id,
        count(*) AS n_all,
        min(ordered_at) AS first_at,
        max(ordered_at) AS last_at,
        -- earliest/latest order's channel; ties -> the greatest channel (SPEC 4.3):
        -- time * 4 + code, where code 0 (not set) loses every tie
        ['app', 'store', 'web'][3 - (min(epoch_us(ordered_at) * 4 + 3 - CASE channel
            WHEN 'app' THEN 1 WHEN 'store' THEN 2 WHEN 'web' THEN 3 ELSE 0 END) % 4)::INT]
            AS first_channel,
        ['app', 'store', 'web'][(max(epoch_us(ordered_at) * 4 + CASE channel
            WHEN 'app' THEN 1 WHEN 'store' THEN 2 WHEN 'web' THEN 3 ELSE 0 END) % 4)::INT]
            AS last_channel,
        count(*) FILTER (ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 365 DAY) AS n_365,
        coalesce(sum(amount) FILTER (ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 365 DAY), 0)
            AS revenue_365,
        bit_count(bit_or(CASE category WHEN 'running' THEN 1 WHEN 'kids' THEN 2
                         WHEN 'outdoor' THEN 4 WHEN 'fitness' THEN 8 WHEN 'casual' THEN 16 END)
                  FILTER (ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 365 DAY))
            AS categories_365,
        count(*) FILTER (ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 90 DAY) AS n_90,
        avg(amount) FILTER (ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 90 DAY) AS avg_90,
        count(*) FILTER (ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 60 DAY) AS n_60,
        count(*) FILTER (ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 30 DAY) AS n_30,
        -- in how many of the last 4 weeks (each [as_of - i weeks, as_of - (i - 1)
        -- weeks)): a bit per week, the week's index being the whole weeks before as-of
        -- (CASE, not FILTER: DuckDB computes a filtered aggregate's argument for every
        -- row, and older orders would shift the bit out of range)
        bit_count(bit_or(CASE WHEN ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 28 DAY
            THEN 1 << floor((epoch(TIMESTAMP '2026-11-01') - epoch(ordered_at)) / 604800)::INTEGER
            END)) AS weeks_4
    FROM shop.orders
    WHERE ordered_at < TIMESTAMP '2026-11-01'
    GROUP BY customer_id
),
returns AS (
    SELECT customer_id, count(*) AS n_365, coalesce(sum(amount), 0) AS refunded_365
    FROM shop.returns
    WHERE returned_at >= TIMESTAMP '2026-11-01' - INTERVAL 365 DAY
      AND returned_at < TIMESTAMP '2026-11-01'
    GROUP BY customer_id
),
events AS (
    SELECT
        customer_id,
        count(*) FILTER (event_name = 'email_click') AS clicks_90,
        count(*) FILTER (event_name = 'email_open') AS opens_90,
        count(*) FILTER (event_name = 'email_open'
                         AND occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 30 DAY) AS opens_30,
        coalesce(sum(duration_s) FILTER (event_name = 'app_session'
                 AND occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 30 DAY), 0) AS app_s_30,
        count(*) FILTER (event_name = 'email_open'
                         AND occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 60 DAY
                         AND occurred_at < TIMESTAMP '2026-11-01' - INTERVAL 30 DAY)
            AS opens_30_60
    FROM shop.events
    WHERE occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 90 DAY
      AND occurred_at < TIMESTAMP '2026-11-01'
      AND event_name IN ('email_click', 'email_open', 'app_session')
    GROUP BY customer_id
),
-- Orders that can follow a cart of the last 14 days or a click of the last 90 days.
recent_orders AS (
    SELECT customer_id, ordered_at
    FROM shop.orders
    WHERE ordered_at > TIMESTAMP '2026-11-01' - INTERVAL 90 DAY
      AND ordered_at < TIMESTAMP '2026-11-01'
),
-- has add_to_cart with price >= 30 then no purchase within 1 day in last 14 days:
-- carts whose following day is over (a.time + 1 day <= as_of) with no order in it.
abandoned AS (
    SELECT DISTINCT a.customer_id
    FROM shop.events AS a
    WHERE a.event_name = 'add_to_cart'
      AND a.price >= 30
      AND a.occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 14 DAY
      AND a.occurred_at <= TIMESTAMP '2026-11-01' - INTERVAL 1 DAY
      AND NOT EXISTS (
          SELECT 1 FROM recent_orders AS b
          WHERE b.customer_id = a.customer_id
            AND b.ordered_at > a.occurred_at
            AND b.ordered_at <= a.occurred_at + INTERVAL 1 DAY)
),
-- has email_click then purchase within 2 days in last 90 days
converted AS (
    SELECT DISTINCT a.customer_id
    FROM shop.events AS a
    JOIN recent_orders AS b
      ON b.customer_id = a.customer_id
     AND b.ordered_at > a.occurred_at
     AND b.ordered_at <= a.occurred_at + INTERVAL 2 DAY
    WHERE a.event_name = 'email_click'
      AND a.occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 90 DAY
      AND a.occurred_at < TIMESTAMP '2026-11-01'
),
people AS (
    SELECT
        c.customer_id,
        coalesce(c.customer_type = 'b2b', false)
            AND coalesce(a.contract_tier IN ('premium', 'enterprise'), false)
            AND coalesce(a.employees >= 50, false)
            AND coalesce(o.n_365, 0) > 0 AS b2b_key_accounts,
        ab.customer_id IS NOT NULL AND c.preferred_channel IS NOT NULL AS cart_abandoners,
        cv.customer_id IS NOT NULL AS email_converters,
        coalesce(c.is_subscribed, false)
            AND ((coalesce(e.clicks_90 / nullif(e.opens_90, 0) >= 0.2, false)
                  AND coalesce(e.opens_30, 0) >= 2)
                 OR coalesce(e.app_s_30, 0) >= 3600) AS engaged_readers,
        coalesce(o.first_at >= TIMESTAMP '2026-11-01' - INTERVAL 30 DAY, false) AS new_customers,
        coalesce(o.n_all >= 2 AND o.last_at < TIMESTAMP '2026-11-01' - INTERVAL 180 DAY, false)
            AS lapsed_buyers,
        coalesce(o.first_channel = 'store' AND o.last_channel IN ('web', 'app'), false)
            AS store_to_web,
        coalesce(o.n_90 >= 3 AND o.avg_90 >= 50 AND o.n_30 > 0, false) AS frequent_buyers,
        coalesce(o.revenue_365 >= 1000 AND o.categories_365 >= 3, false) AS big_spenders,
        coalesce(o.revenue_365, 0) - coalesce(r.refunded_365, 0) AS net_revenue_365,
        coalesce(r.n_365 >= 3 AND r.refunded_365 >= 0.3 * coalesce(o.revenue_365, 0), false)
            AS serial_returners,
        coalesce(o.n_60, 0) = 0 AS no_order_60,
        coalesce(o.weeks_4 >= 3, false) AS weekly_buyers,
        coalesce(c.is_subscribed, false) AND coalesce(e.opens_30_60, 0) > 0
            AND coalesce(e.opens_30, 0) = 0 AS stopped_openers
    FROM shop.customers AS c
    LEFT JOIN shop.accounts AS a ON a.account_id = c.account_id
    LEFT JOIN orders AS o ON o.customer_id = c.customer_id
    LEFT JOIN returns AS r ON r.customer_id = c.customer_id
    LEFT JOIN events AS e ON e.customer_id = c.customer_id
    LEFT JOIN abandoned AS ab ON ab.customer_id = c.customer_id
    LEFT JOIN converted AS cv ON cv.customer_id = c.customer_id
),
ranked AS (
    SELECT
        *,
        -- net revenue is always set (sum of no events is 0), so every customer is ranked
        rank() OVER (ORDER BY net_revenue_365 DESC) <= (5 * count(*) OVER () + 99) // 100
            AS top_customers
    FROM people
)
SELECT
    customer_id,
    b2b_key_accounts,
    cart_abandoners,
    email_converters,
    engaged_readers,
    new_customers,
    lapsed_buyers,
    store_to_web,
    frequent_buyers,
    big_spenders,
    top_customers,
    serial_returners,
    top_customers AND no_order_60 AND NOT lapsed_buyers AS vip_at_risk,
    weekly_buyers,
    stopped_openers
FROM ranked
