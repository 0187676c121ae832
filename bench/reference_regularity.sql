-- Hand-written reference for the two regularity and lifecycle segments of
-- bench/project (segments/regularity.seg) alone, as an analyst would write them in
-- DuckDB for the as-of 2026-11-01 00:00:00 UTC (timestamps are naive UTC):
--
--   weekly_buyers:   has purchase in at least 3 of the last 4 weeks
--   stopped_openers: is_subscribed and stopped email_open in last 30 days
--
-- Used by `python bench/bench_batch.py --only weekly_buyers,stopped_openers
-- --reference bench/reference_regularity.sql`; bench/reference.sql has the same two
-- columns among the fourteen.
WITH orders AS (
    -- one bit per week: week i (0-based) is [as_of - (i + 1) weeks, as_of - i weeks)
    SELECT
        customer_id,
        bit_count(bit_or(1 << floor((epoch(TIMESTAMP '2026-11-01') - epoch(ordered_at))
                                    / 604800)::INTEGER)) AS weeks_4
    FROM shop.orders
    WHERE ordered_at >= TIMESTAMP '2026-11-01' - INTERVAL 28 DAY
      AND ordered_at < TIMESTAMP '2026-11-01'
    GROUP BY customer_id
),
opens AS (
    SELECT
        customer_id,
        count(*) FILTER (occurred_at < TIMESTAMP '2026-11-01' - INTERVAL 30 DAY) AS before_30,
        count(*) FILTER (occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 30 DAY) AS last_30
    FROM shop.events
    WHERE event_name = 'email_open'
      AND occurred_at >= TIMESTAMP '2026-11-01' - INTERVAL 60 DAY
      AND occurred_at < TIMESTAMP '2026-11-01'
    GROUP BY customer_id
)
SELECT
    c.customer_id,
    coalesce(o.weeks_4 >= 3, false) AS weekly_buyers,
    coalesce(c.is_subscribed, false) AND coalesce(e.before_30, 0) > 0
        AND coalesce(e.last_30, 0) = 0 AS stopped_openers
FROM shop.customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
LEFT JOIN opens AS e ON e.customer_id = c.customer_id
