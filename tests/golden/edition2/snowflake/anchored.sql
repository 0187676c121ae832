WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."SIGNUP_AT" AS "a__signup_at",
    "e"."BIRTHDAY" AS "a__birthday",
    "e"."RENEWAL_DATE" AS "a__renewal_date"
  FROM "CONF"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    CAST("t"."AMOUNT" AS DECIMAL(38, 9)) AS "amount",
    "t"."CATEGORY" AS "category",
    "t"."IS_GIFT" AS "is_gift",
    "t"."SKU" AS "sku"
  FROM "CONF"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    MIN("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name"
  FROM "CONF"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'email_open'
    )
), "agg__2" AS (
  SELECT
    "__key",
    MAX(IFF("event_name" = 'email_open', "__time", NULL)) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "scan__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    CAST("t"."AMOUNT" AS DECIMAL(38, 9)) AS "amount",
    "t"."CATEGORY" AS "category",
    "t"."IS_GIFT" AS "is_gift",
    "t"."SKU" AS "sku"
  FROM "CONF"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
), "scan__2" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name"
  FROM "CONF"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'email_click'
    )
), "scan__3" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    CAST("t"."AMOUNT" AS DECIMAL(38, 9)) AS "amount",
    "t"."CATEGORY" AS "category",
    "t"."IS_GIFT" AS "is_gift",
    "t"."SKU" AS "sku"
  FROM "CONF"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
    AND "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__signup_at",
    "entity"."a__birthday",
    "entity"."a__renewal_date",
    "agg__1"."g__1_1",
    "agg__2"."g__2_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "anch__1_1" AS (
  SELECT
    "s"."__key",
    COUNT_IF("__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '30 DAY') AS "x__1",
    SUM(
      IFF("__time" >= "g__1_1" AND "__time" < "g__1_1" + INTERVAL '1 DAY', "amount", NULL)
    ) AS "x__2",
    MIN(
      IFF(
        "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '30 DAY',
        "__time",
        NULL
      )
    ) AS "x__6",
    MAX(
      IFF(
        "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '30 DAY',
        "__time",
        NULL
      )
    ) AS "x__8",
    SUM(
      IFF(
        "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7 DAY',
        "amount",
        NULL
      )
    ) AS "x__10",
    COUNT(
      IFF(
        "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7 DAY',
        "amount",
        NULL
      )
    ) AS "x__11",
    MIN(
      IFF(
        "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7 DAY',
        "sku",
        NULL
      )
    ) AS "x__12",
    COUNT(
      DISTINCT IFF(
        "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7 DAY',
        "sku",
        NULL
      )
    ) AS "x__13",
    COUNT_IF("__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '1 MONTH') AS "x__16"
  FROM "scan__1" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at",
      "g__1_1"
    FROM "base"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "anch__1_2" AS (
  SELECT
    "s"."__key",
    COUNT_IF(
      "event_name" = 'email_click'
      AND "__time" >= "g__2_1"
      AND "__time" < "g__2_1" + INTERVAL '2 HOUR'
    ) AS "x__3"
  FROM "scan__2" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "g__2_1"
    FROM "base"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "anch__1_3" AS (
  SELECT
    "s"."__key",
    COUNT_IF(
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '365 DAY'
    ) AS "x__15"
  FROM "scan__3" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at"
    FROM "base"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "layer__1" AS (
  SELECT
    "base".*,
    "anch__1_1"."x__1",
    "anch__1_1"."x__2",
    "anch__1_1"."x__6",
    "anch__1_1"."x__8",
    "anch__1_1"."x__10",
    "anch__1_1"."x__11",
    "anch__1_1"."x__12",
    "anch__1_1"."x__13",
    "anch__1_1"."x__16",
    "anch__1_2"."x__3",
    "anch__1_3"."x__15",
    CAST("a__birthday" AS TIMESTAMPNTZ) AS "at__1",
    CAST("a__renewal_date" AS TIMESTAMPNTZ) AS "at__2",
    "a__signup_at" + INTERVAL '7 DAY' AS "at__3",
    CAST(FLOOR(
      (
        DATE_PART(EPOCH_MICROSECOND, "g__1_1") / 1000000 - DATE_PART(EPOCH_MICROSECOND, "a__signup_at") / 1000000
      ) / 86400
    ) AS BIGINT) AS "d__anc_signup_to_first_purchase",
    CAST(FLOOR(
      (
        DATE_PART(EPOCH_MICROSECOND, CAST("a__renewal_date" AS TIMESTAMPNTZ)) / 1000000 - DATE_PART(EPOCH_MICROSECOND, CAST("a__birthday" AS TIMESTAMPNTZ)) / 1000000
      ) / 86400
    ) AS BIGINT) AS "d__anc_birthday_to_renewal",
    CAST(FLOOR(
      (
        DATE_PART(EPOCH_MICROSECOND, CAST("a__renewal_date" AS TIMESTAMPNTZ)) / 1000000 - DATE_PART(EPOCH_MICROSECOND, "a__signup_at") / 1000000
      ) / 86400
    ) AS BIGINT) AS "d__anc_signup_to_renewal"
  FROM "base"
  LEFT JOIN "anch__1_1"
    ON "anch__1_1"."__key" = "base"."__key"
  LEFT JOIN "anch__1_2"
    ON "anch__1_2"."__key" = "base"."__key"
  LEFT JOIN "anch__1_3"
    ON "anch__1_3"."__key" = "base"."__key"
), "anch__2_1" AS (
  SELECT
    "s"."__key",
    COUNT_IF(
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= "at__1"
      AND "__time" < "at__1" + INTERVAL '7 DAY'
    ) AS "x__4",
    MIN(
      IFF("__time" >= "at__2" AND "__time" < "at__2" + INTERVAL '30 DAY', "__time", NULL)
    ) AS "x__5",
    MAX(
      IFF(
        "__time" >= "a__signup_at"
        AND "__time" < "a__signup_at" + INTERVAL '30 DAY'
        AND "__time" = "x__6",
        "category",
        NULL
      )
    ) AS "x__7",
    BOOLOR_AGG(
      IFF(
        "__time" >= "a__signup_at"
        AND "__time" < "a__signup_at" + INTERVAL '30 DAY'
        AND "__time" = "x__8",
        "is_gift",
        NULL
      )
    ) AS "x__9",
    COUNT_IF("__time" >= "at__3" AND "__time" < "at__3" + INTERVAL '7 DAY') AS "x__14"
  FROM "scan__1" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "at__1",
      "at__2",
      "a__signup_at",
      "x__6",
      "x__8",
      "at__3"
    FROM "layer__1"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "layer__2" AS (
  SELECT
    "layer__1".*,
    "anch__2_1"."x__4",
    "anch__2_1"."x__5",
    "anch__2_1"."x__7",
    "anch__2_1"."x__9",
    "anch__2_1"."x__14",
    CAST(COALESCE("x__1", 0) AS BIGINT) AS "d__anc_purchases_30d_after_signup",
    COALESCE("x__1", 0) > 0 AS "d__anc_bought_within_30d_of_signup",
    COALESCE("x__1", 0) = 0 AS "d__anc_no_purchase_within_30d_of_signup",
    CAST(COALESCE("x__2", 0) AS DECIMAL(38, 9)) AS "d__anc_first_day_spend",
    COALESCE("x__3", 0) > 0 AS "d__anc_clicked_within_2h_of_last_open",
    CAST(CASE
      WHEN CAST((
        CAST("x__11" AS DECIMAL(38, 9)) * 1000000000
      ) AS DECIMAL(38, 0)) = 0
      THEN NULL
      ELSE CAST(CAST(CAST((
        2 * ABS(
          CAST((
            CAST("x__10" AS DECIMAL(38, 9)) * 1000000000000000000
          ) AS DECIMAL(38, 0))
        ) + ABS(CAST((
          CAST("x__11" AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(38, 0))) - (
          2 * ABS(
            CAST((
              CAST("x__10" AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(38, 0))
          ) + ABS(CAST((
            CAST("x__11" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)))
        ) % (
          2 * ABS(CAST((
            CAST("x__11" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)))
        )
      ) / (
        2 * ABS(CAST((
          CAST("x__11" AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(38, 0)))
      ) AS DECIMAL(38, 0)) * CASE
        WHEN (
          CAST((
            CAST("x__10" AS DECIMAL(38, 9)) * 1000000000000000000
          ) AS DECIMAL(38, 0)) < 0
        ) <> (
          CAST((
            CAST("x__11" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)) < 0
        )
        THEN -1
        ELSE 1
      END AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
    END AS DECIMAL(38, 9)) AS "d__anc_avg_first_week",
    "x__12" AS "d__anc_min_sku_first_week",
    CAST(COALESCE("x__13", 0) AS BIGINT) AS "d__anc_skus_first_week",
    CAST(COALESCE("x__15", 0) AS BIGINT) AS "d__anc_first_year_recently",
    CAST(COALESCE("x__16", 0) AS BIGINT) AS "d__anc_first_calendar_month"
  FROM "layer__1"
  LEFT JOIN "anch__2_1"
    ON "anch__2_1"."__key" = "layer__1"."__key"
), "layer__3" AS (
  SELECT
    *,
    CAST(COALESCE("x__4", 0) AS BIGINT) AS "d__anc_kids_in_birthday_week",
    "x__5" AS "d__anc_first_at_after_renewal",
    "x__7" AS "d__anc_first_category_after_signup",
    "x__9" AS "d__anc_last_gift_after_signup",
    CAST(COALESCE("x__14", 0) AS BIGINT) AS "d__anc_second_week"
  FROM "layer__2"
)
SELECT
  "__key" AS "CUSTOMER_ID",
  "d__anc_purchases_30d_after_signup" AS "ANC_PURCHASES_30D_AFTER_SIGNUP",
  "d__anc_bought_within_30d_of_signup" AS "ANC_BOUGHT_WITHIN_30D_OF_SIGNUP",
  "d__anc_no_purchase_within_30d_of_signup" AS "ANC_NO_PURCHASE_WITHIN_30D_OF_SIGNUP",
  "d__anc_first_day_spend" AS "ANC_FIRST_DAY_SPEND",
  "d__anc_clicked_within_2h_of_last_open" AS "ANC_CLICKED_WITHIN_2H_OF_LAST_OPEN",
  "d__anc_kids_in_birthday_week" AS "ANC_KIDS_IN_BIRTHDAY_WEEK",
  "d__anc_first_at_after_renewal" AS "ANC_FIRST_AT_AFTER_RENEWAL",
  "d__anc_first_category_after_signup" AS "ANC_FIRST_CATEGORY_AFTER_SIGNUP",
  "d__anc_last_gift_after_signup" AS "ANC_LAST_GIFT_AFTER_SIGNUP",
  "d__anc_avg_first_week" AS "ANC_AVG_FIRST_WEEK",
  "d__anc_min_sku_first_week" AS "ANC_MIN_SKU_FIRST_WEEK",
  "d__anc_skus_first_week" AS "ANC_SKUS_FIRST_WEEK",
  "d__anc_second_week" AS "ANC_SECOND_WEEK",
  "d__anc_first_year_recently" AS "ANC_FIRST_YEAR_RECENTLY",
  "d__anc_signup_to_first_purchase" AS "ANC_SIGNUP_TO_FIRST_PURCHASE",
  "d__anc_birthday_to_renewal" AS "ANC_BIRTHDAY_TO_RENEWAL",
  "d__anc_signup_to_renewal" AS "ANC_SIGNUP_TO_RENEWAL",
  "d__anc_first_calendar_month" AS "ANC_FIRST_CALENDAR_MONTH"
FROM "layer__3"
