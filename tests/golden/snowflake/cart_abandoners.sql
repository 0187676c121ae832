WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."PREFERRED_CHANNEL" AS "a__preferred_channel"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name",
    CAST("t"."PRICE" AS DECIMAL(38, 9)) AS "price"
  FROM "SHOP"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'page_view'
    )
), "agg__1" AS (
  SELECT
    "__key",
    MAX(IFF("event_name" = 'page_view', "__time", NULL)) AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "scan__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name",
    CAST("t"."PRICE" AS DECIMAL(38, 9)) AS "price"
  FROM "SHOP"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
    AND "t"."OCCURRED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'add_to_cart'
    )
), "scan__2" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
    AND "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "seq__1" AS (
  SELECT DISTINCT
    "a"."__key"
  FROM "scan__1" AS "a"
  WHERE
    "a"."event_name" = 'add_to_cart'
    AND COALESCE((
      "a"."price" >= 30
    ), FALSE)
    AND "a"."__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
    AND "a"."__time" + INTERVAL '1 DAY' <= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
    AND NOT EXISTS(
      SELECT
        1
      FROM "scan__2" AS "b"
      WHERE
        "b"."__key" = "a"."__key"
        AND "b"."__time" > "a"."__time"
        AND "b"."__time" <= "a"."__time" + INTERVAL '1 DAY'
        AND "b"."__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
    )
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__preferred_channel",
    "agg__1"."g__1_1",
    NOT "seq__1"."__key" IS NULL AS "seq__1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "seq__1"
    ON "seq__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    (
      "seq__1"
      AND NOT "a__preferred_channel" IS NULL
      AND NOT (
        COALESCE(
          (
            "g__1_1" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '30 MINUTE'
          ),
          FALSE
        )
      )
    ) AS "d__cart_abandoners"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__cart_abandoners"
