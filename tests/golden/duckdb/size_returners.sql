WITH "entity" AS NOT MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS NOT MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."returned_at" AS "__time",
    "t"."reason" AS "reason"
  FROM "shop"."returns" AS "t"
  WHERE
    "t"."returned_at" < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
), "agg__1" AS NOT MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    STRUCT_EXTRACT(MAX({'t': "__time", 'n': NOT "reason" IS NULL, 'v': "reason"}), 'v') AS "g__1_2"
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
      COALESCE(
        (
          "g__1_1" >= CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP) - INTERVAL '7' DAY
          AND "g__1_1" < CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
        ),
        FALSE
      )
      AND COALESCE((
        STRPOS(LOWER("g__1_2"), 'size') > 0
      ), FALSE)
    ) AS "d__size_returners"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__size_returners"
