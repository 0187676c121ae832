WITH "entity" AS (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."returned_at")) AT TIME ZONE 'UTC' AS "__time",
    "t"."reason" AS "reason"
  FROM "shop"."returns" AS "t"
  WHERE
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."returned_at")) AT TIME ZONE 'UTC' < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
), "agg__1" AS (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    (
      ARRAY_AGG(
        "reason" COLLATE "C" ORDER BY "__time" DESC NULLS LAST, "reason" COLLATE "C" DESC NULLS LAST
      )
    )[1] AS "g__1_2"
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
    (
      COALESCE(
        (
          "g__1_1" >= CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP) - INTERVAL '7 DAY'
          AND "g__1_1" < CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
        ),
        FALSE
      )
      AND COALESCE((
        POSITION('size' IN LOWER((
          "g__1_2" COLLATE "default"
        ))) > 0
      ), FALSE)
    ) AS "d__size_returners"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__size_returners"
