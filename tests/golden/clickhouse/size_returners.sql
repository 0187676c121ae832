WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."returned_at", 'UTC') AS "__time",
    "t"."reason" AS "reason"
  FROM "shop"."returns" AS "t"
  WHERE
    toTimeZone("t"."returned_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "tie__1" AS MATERIALIZED (
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
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "agg__1"."g__1_1" AS "g__1_1",
    "tie__1"."v" AS "tie__1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "tie__1"
    ON "tie__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE(
        (
          "g__1_1" >= CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
          AND "g__1_1" < CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
        ),
        FALSE
      )
      AND COALESCE((
        POSITION(lowerUTF8("tie__1"), 'size') > 0
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__size_returners"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__size_returners"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
