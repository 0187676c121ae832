WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."country" AS "a__country"
  FROM "conf"."customers" AS "e"
), "lst__1" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key"
  FROM "entity"
  WHERE
    CAST("entity"."__key" AS Nullable(String)) IN (
      SELECT
        CAST("k" AS Nullable(String))
      FROM (
        SELECT
          arrayJoin(CAST(['c1', 'c3', 'c99', 'c,5'] AS Array(String))) AS "k"
      ) AS "u"
    )
), "lst__2" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key"
  FROM "entity"
  WHERE
    CAST("entity"."__key" AS Nullable(String)) IN (
      SELECT
        CAST("l"."customer_id" AS Nullable(String))
      FROM "conf"."callback_requests" AS "l"
      WHERE
        NOT (
          "l"."customer_id" IS NULL
        )
    )
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__country" AS "a__country",
    NOT (
      "lst__1"."__key" IS NULL
    ) AS "lst__1",
    NOT (
      "lst__2"."__key" IS NULL
    ) AS "lst__2"
  FROM "entity"
  LEFT JOIN "lst__1"
    ON "lst__1"."__key" = "entity"."__key"
  LEFT JOIN "lst__2"
    ON "lst__2"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST("lst__1" AS Nullable(Bool)) AS "d__sl_fair",
    CAST(NOT (
      "lst__1"
    ) AS Nullable(Bool)) AS "d__sl_not_fair",
    CAST((
      "lst__1" AND COALESCE((
        "a__country" = 'DE'
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__sl_fair_de",
    CAST("lst__2" AS Nullable(Bool)) AS "d__sl_callbacks",
    CAST((
      "lst__1" OR "lst__2"
    ) AS Nullable(Bool)) AS "d__sl_fair_or_callbacks",
    CAST((
      "lst__1" AND NOT (
        "lst__2"
      )
    ) AS Nullable(Bool)) AS "d__sl_fair_not_callbacks",
    CASE WHEN "lst__1" THEN 'fair' WHEN "lst__2" THEN 'callback' ELSE 'other' END AS "d__sl_source"
  FROM "base"
)
SELECT
  "__key" AS "customer_id",
  "d__sl_fair" AS "sl_fair",
  "d__sl_not_fair" AS "sl_not_fair",
  "d__sl_fair_de" AS "sl_fair_de",
  "d__sl_callbacks" AS "sl_callbacks",
  "d__sl_fair_or_callbacks" AS "sl_fair_or_callbacks",
  "d__sl_fair_not_callbacks" AS "sl_fair_not_callbacks",
  "d__sl_source" AS "sl_source"
FROM "layer__1"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
