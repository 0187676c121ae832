WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    MIN("__time") AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    CAST(FLOOR(
      (
        DATE_PART(EPOCH_MICROSECOND, CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) / 1000000 - DATE_PART(EPOCH_MICROSECOND, "g__1_1") / 1000000
      ) / 86400
    ) AS BIGINT) AS "d__days_since_last_order"
  FROM "base"
), "layer__2" AS (
  SELECT
    *,
    (
      COALESCE((
        "d__days_since_last_order" < 90
      ), FALSE)
      AND COALESCE(
        (
          "g__1_2" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '30 DAY'
        ),
        FALSE
      )
    ) AS "d__active_customers"
  FROM "layer__1"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__2"
WHERE
  "d__active_customers"
