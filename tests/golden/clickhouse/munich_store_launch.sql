WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."country" AS "a__country",
    "e"."postal_code" AS "a__zip",
    "e"."city" AS "a__city",
    "e"."first_name" AS "a__first_name"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' YEAR
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' YEAR) AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__country" AS "a__country",
    "entity"."a__zip" AS "a__zip",
    "entity"."a__city" AS "a__city",
    "entity"."a__first_name" AS "a__first_name",
    "agg__1"."g__1_1" AS "g__1_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        upperUTF8(TRIM("a__country")) = 'DE'
      ), FALSE)
      AND (
        COALESCE((
          match("a__zip", '^8[0-5][0-9]{3}$')
        ), FALSE)
        OR COALESCE((
          lowerUTF8(TRIM("a__city")) IN ('munich', 'muenchen')
        ), FALSE)
      )
      AND COALESCE("g__1_1", 0) > 0
      AND COALESCE((
        CHAR_LENGTH(TRIM("a__first_name")) >= 2
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__munich_store_launch"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__munich_store_launch"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
