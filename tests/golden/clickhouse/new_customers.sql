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
    MIN("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "agg__1"."g__1_1" AS "g__1_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE(
        (
          "g__1_1" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
          AND "g__1_1" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
        ),
        FALSE
      )
      AND COALESCE(
        (
          CAST("g__1_1" AS Nullable(Date32)) < CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__new_customers"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__new_customers"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
