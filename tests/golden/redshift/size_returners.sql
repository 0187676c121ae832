WITH "entity" AS (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."returned_at" AS "__time",
    "t"."reason" AS "reason"
  FROM "shop"."returns" AS "t"
  WHERE
    "t"."returned_at" < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
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
          "g__1_1" >= DATEADD(
            DAY,
            -7,
            CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
          )
          AND "g__1_1" < CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
        ),
        FALSE
      )
      AND COALESCE((
        POSITION('size' IN LOWER("tie__1")) > 0
      ), FALSE)
    ) AS "d__size_returners"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__size_returners"
