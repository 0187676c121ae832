WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    MIN("__time") AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) / 1000000 - toUnixTimestamp64Micro(CAST("g__1_1" AS Nullable(DateTime64(6, 'UTC')))) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__days_since_last_order"
  FROM "base"
), "layer__2" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "d__days_since_last_order" < 90
      ), FALSE)
      AND COALESCE(
        (
          "g__1_2" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__active_customers"
  FROM "layer__1"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__2"
WHERE
  "d__active_customers"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
