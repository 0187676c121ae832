WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    "t"."CHANNEL" AS "channel"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "ev__2" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name",
    "t"."DURATION_S" AS "duration_s"
  FROM "SHOP"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" >= CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
    AND "t"."OCCURRED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'app_session'
    )
), "agg__2" AS (
  SELECT
    "__key",
    SUM(
      IFF(
        "event_name" = 'app_session'
        AND "__time" >= CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        AND "__time" < CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH',
        "duration_s",
        NULL
      )
    ) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "tie__1" AS (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "channel" AS "__value",
      "__time",
      MIN("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__1"
    WHERE
      TRUE
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "tie__2" AS (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "channel" AS "__value",
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
    "agg__2"."g__2_1",
    "tie__1"."v" AS "tie__1",
    "tie__2"."v" AS "tie__2"
  FROM "entity"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
  LEFT JOIN "tie__1"
    ON "tie__1"."__key" = "entity"."__key"
  LEFT JOIN "tie__2"
    ON "tie__2"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    (
      COALESCE((
        "tie__1" = 'store'
      ), FALSE)
      AND (
        COALESCE((
          "tie__2" IN ('web', 'app')
        ), FALSE)
        OR COALESCE((
          COALESCE("g__2_1", 0) >= 1800
        ), FALSE)
      )
    ) AS "d__digital_adopters"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__digital_adopters"
