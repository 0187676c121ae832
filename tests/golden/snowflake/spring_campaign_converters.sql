WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "scan__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name",
    "t"."CAMPAIGN" AS "campaign"
  FROM "SHOP"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" >= CAST('2026-03-01 00:00:00' AS TIMESTAMPNTZ)
    AND "t"."OCCURRED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'email_click'
    )
), "scan__2" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" >= CAST('2026-03-01 00:00:00' AS TIMESTAMPNTZ)
    AND "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "seq__1" AS (
  SELECT DISTINCT
    "a"."__key"
  FROM "scan__1" AS "a"
  JOIN "scan__2" AS "b"
    ON "b"."__key" = "a"."__key"
    AND "b"."__time" > "a"."__time"
    AND "b"."__time" <= "a"."__time" + INTERVAL '2 DAY'
    AND "b"."__time" >= CAST('2026-03-01 00:00:00' AS TIMESTAMPNTZ)
  WHERE
    "a"."event_name" = 'email_click'
    AND COALESCE((
      STARTSWITH("a"."campaign", 'spring26_')
    ), FALSE)
    AND "a"."__time" >= CAST('2026-03-01 00:00:00' AS TIMESTAMPNTZ)
), "base" AS (
  SELECT
    "entity"."__key",
    NOT "seq__1"."__key" IS NULL AS "seq__1"
  FROM "entity"
  LEFT JOIN "seq__1"
    ON "seq__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    "seq__1" AS "d__spring_campaign_converters"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__spring_campaign_converters"
