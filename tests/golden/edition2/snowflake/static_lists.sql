WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."COUNTRY" AS "a__country"
  FROM "CONF"."CUSTOMERS" AS "e"
), "lst__1" AS (
  SELECT
    "entity"."__key"
  FROM "entity"
  WHERE
    CAST("entity"."__key" AS VARCHAR) IN (
      SELECT
        CAST("u"."k" AS VARCHAR)
      FROM TABLE(FLATTEN(INPUT => ['c1', 'c3', 'c99', 'c,5'])) AS "u"("seq", "key", "path", "index", "k", "this")
    )
), "lst__2" AS (
  SELECT
    "entity"."__key"
  FROM "entity"
  WHERE
    CAST("entity"."__key" AS VARCHAR) IN (
      SELECT
        CAST("l"."CUSTOMER_ID" AS VARCHAR)
      FROM "CONF"."CALLBACK_REQUESTS" AS "l"
      WHERE
        NOT "l"."CUSTOMER_ID" IS NULL
    )
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__country",
    NOT "lst__1"."__key" IS NULL AS "lst__1",
    NOT "lst__2"."__key" IS NULL AS "lst__2"
  FROM "entity"
  LEFT JOIN "lst__1"
    ON "lst__1"."__key" = "entity"."__key"
  LEFT JOIN "lst__2"
    ON "lst__2"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    "lst__1" AS "d__sl_fair",
    NOT (
      "lst__1"
    ) AS "d__sl_not_fair",
    (
      "lst__1" AND COALESCE((
        "a__country" = 'DE'
      ), FALSE)
    ) AS "d__sl_fair_de",
    "lst__2" AS "d__sl_callbacks",
    (
      "lst__1" OR "lst__2"
    ) AS "d__sl_fair_or_callbacks",
    (
      "lst__1" AND NOT (
        "lst__2"
      )
    ) AS "d__sl_fair_not_callbacks",
    CASE WHEN "lst__1" THEN 'fair' WHEN "lst__2" THEN 'callback' ELSE 'other' END AS "d__sl_source"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID",
  "d__sl_fair" AS "SL_FAIR",
  "d__sl_not_fair" AS "SL_NOT_FAIR",
  "d__sl_fair_de" AS "SL_FAIR_DE",
  "d__sl_callbacks" AS "SL_CALLBACKS",
  "d__sl_fair_or_callbacks" AS "SL_FAIR_OR_CALLBACKS",
  "d__sl_fair_not_callbacks" AS "SL_FAIR_NOT_CALLBACKS",
  "d__sl_source" AS "SL_SOURCE"
FROM "layer__1"
