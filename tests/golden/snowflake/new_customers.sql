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
    MIN("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    (
      COALESCE(
        (
          "g__1_1" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '30 DAY'
          AND "g__1_1" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
        ),
        FALSE
      )
      AND COALESCE(
        (
          CAST("g__1_1" AS DATE) < CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) AS DATE)
        ),
        FALSE
      )
    ) AS "d__new_customers"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__new_customers"
