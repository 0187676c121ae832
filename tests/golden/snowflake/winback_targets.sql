WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    CAST("e"."LIFETIME_VALUE" AS DECIMAL(38, 9)) AS "a__lifetime_value",
    "e"."IS_SUBSCRIBED" AS "a__is_subscribed",
    "e"."EMAIL" AS "a__email"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name"
  FROM "SHOP"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '90 DAY'
    AND "t"."OCCURRED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'email_open'
    )
), "agg__2" AS (
  SELECT
    "__key",
    COUNT_IF(
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '90 DAY'
    ) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__lifetime_value",
    "entity"."a__is_subscribed",
    "entity"."a__email",
    "agg__1"."g__1_1",
    "agg__2"."g__2_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    COALESCE(
      (
        "g__1_1" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '180 DAY'
      ),
      FALSE
    ) AS "d__churned_customers",
    CAST(FLOOR(
      (
        DATE_PART(EPOCH_MICROSECOND, CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) / 1000000 - DATE_PART(EPOCH_MICROSECOND, "g__1_1") / 1000000
      ) / 86400
    ) AS BIGINT) AS "d__days_since_last_order"
  FROM "base"
), "layer__2" AS (
  SELECT
    *,
    (
      "d__churned_customers"
      AND COALESCE((
        "d__days_since_last_order" <= 730
      ), FALSE)
      AND COALESCE((
        "a__lifetime_value" >= 150
      ), FALSE)
      AND COALESCE((
        "a__is_subscribed"
      ), FALSE)
      AND COALESCE("g__2_1", 0) > 0
      AND COALESCE((
        REGEXP_INSTR(LOWER("a__email"), '^[^@ ]+@[^@ ]+\\.[a-z]{2,}$') > 0
      ), FALSE)
    ) AS "d__winback_targets"
  FROM "layer__1"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__2"
WHERE
  "d__winback_targets"
