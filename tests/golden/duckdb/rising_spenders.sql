WITH "entity" AS NOT MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS NOT MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."ordered_at" AS "__time",
    CAST("t"."amount" AS DECIMAL(38, 9)) AS "amount"
  FROM "shop"."orders" AS "t"
  WHERE
    "t"."ordered_at" >= LEAST(
      CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP) - INTERVAL '3' MONTH,
      CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
    )
    AND "t"."ordered_at" < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
), "agg__1" AS NOT MATERIALIZED (
  SELECT
    "__key",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP) - INTERVAL '3' MONTH
      AND "__time" < CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)) AS "g__1_1",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
      AND "__time" < CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP) + INTERVAL '3' MONTH) AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS NOT MATERIALIZED (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS NOT MATERIALIZED (
  SELECT
    *,
    (
      COALESCE((
        COALESCE("g__1_1", 0) > 0
      ), FALSE)
      AND COALESCE(
        (
          COALESCE("g__1_2", 0) >= (
            CAST(ROUND(CAST('1.5' AS DECIMAL(38, 9)) * COALESCE("g__1_1", 0), 9) AS DECIMAL(38, 9))
          )
        ),
        FALSE
      )
    ) AS "d__rising_spenders"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__rising_spenders"
