WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."RETURNED_AT" AS "__time",
    "t"."REASON" AS "reason"
  FROM "SHOP"."RETURNS" AS "t"
  WHERE
    "t"."RETURNED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "tie__1" AS (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "reason" AS "__value",
      "__time",
      MAX("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__1"
    WHERE
      TRUE
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1",
    "tie__1"."v" AS "tie__1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "tie__1"
    ON "tie__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    (
      COALESCE(
        (
          "g__1_1" >= CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
          AND "g__1_1" < CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ),
        FALSE
      )
      AND COALESCE((
        CHARINDEX('size', LOWER("tie__1")) > 0
      ), FALSE)
    ) AS "d__size_returners"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__size_returners"
