WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."COUNTRY" AS "a__country",
    "e"."POSTAL_CODE" AS "a__zip",
    "e"."CITY" AS "a__city",
    "e"."FIRST_NAME" AS "a__first_name"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '2 YEAR'
    AND "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    COUNT_IF("__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '2 YEAR') AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__country",
    "entity"."a__zip",
    "entity"."a__city",
    "entity"."a__first_name",
    "agg__1"."g__1_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    (
      COALESCE((
        UPPER(TRIM("a__country")) = 'DE'
      ), FALSE)
      AND (
        COALESCE((
          REGEXP_INSTR("a__zip", '^8[0-5][0-9]{3}$') > 0
        ), FALSE)
        OR COALESCE((
          LOWER(TRIM("a__city")) IN ('munich', 'muenchen')
        ), FALSE)
      )
      AND COALESCE("g__1_1", 0) > 0
      AND COALESCE((
        LENGTH(TRIM("a__first_name")) >= 2
      ), FALSE)
    ) AS "d__munich_store_launch"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__munich_store_launch"
