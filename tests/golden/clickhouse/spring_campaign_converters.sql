WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "scan__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    "t"."campaign" AS "campaign"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_click'
    )
), "scan__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "seq__1" AS MATERIALIZED (
  SELECT DISTINCT
    "a"."__key" AS "__key"
  FROM "scan__1" AS "a"
  JOIN "scan__2" AS "b"
    ON "b"."__key" = "a"."__key"
    AND "b"."__time" > "a"."__time"
    AND "b"."__time" <= "a"."__time" + INTERVAL '2' DAY
    AND "b"."__time" >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
  WHERE
    "a"."event_name" = 'email_click'
    AND COALESCE((
      startsWith("a"."campaign", 'spring26_')
    ), FALSE)
    AND "a"."__time" >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    NOT (
      "seq__1"."__key" IS NULL
    ) AS "seq__1"
  FROM "entity"
  LEFT JOIN "seq__1"
    ON "seq__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST("seq__1" AS Nullable(Bool)) AS "d__spring_campaign_converters"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__spring_campaign_converters"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
