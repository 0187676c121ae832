WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."INTERESTS" AS "a__interests",
    "e"."LUCKY" AS "a__lucky_numbers"
  FROM "CONF"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    "t"."LABELS" AS "labels"
  FROM "CONF"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    COUNT_IF(COALESCE((
      ARRAY_CONTAINS(CAST('gift' AS VARIANT), "labels")
    ), FALSE)) AS "g__1_1",
    COUNT_IF(
      COALESCE((
        ARRAYS_OVERLAP("labels", ['gift', 'sale'])
      ), FALSE)
      AND "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '30 DAY'
    ) AS "g__1_2",
    COUNT_IF(COALESCE((
      ARRAY_SIZE("labels") >= 2
    ), FALSE)) AS "g__1_3"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__interests",
    "entity"."a__lucky_numbers",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2",
    "agg__1"."g__1_3"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    COALESCE((
      ARRAY_CONTAINS(CAST('running' AS VARIANT), "a__interests")
    ), FALSE) AS "d__lst_running",
    NOT (
      COALESCE((
        ARRAY_CONTAINS(CAST('running' AS VARIANT), "a__interests")
      ), FALSE)
    ) AS "d__lst_not_running",
    COALESCE((
      ARRAYS_OVERLAP("a__interests", ['yoga', 'running'])
    ), FALSE) AS "d__lst_any_yoga_or_running",
    COALESCE(
      (
        (
          ARRAY_CONTAINS(CAST('yoga' AS VARIANT), "a__interests")
          AND ARRAY_CONTAINS(CAST('running' AS VARIANT), "a__interests")
        )
      ),
      FALSE
    ) AS "d__lst_all_yoga_and_running",
    (
      COALESCE((
        ARRAY_CONTAINS(CAST('Käse' AS VARIANT), "a__interests")
      ), FALSE)
      OR COALESCE((
        ARRAY_CONTAINS(CAST('日本' AS VARIANT), "a__interests")
      ), FALSE)
    ) AS "d__lst_unicode",
    NOT "a__interests" IS NULL AS "d__lst_is_set",
    COALESCE((
      ARRAY_SIZE("a__interests") = 0
    ), FALSE) AS "d__lst_empty",
    COALESCE((
      ARRAY_CONTAINS(CAST(7 AS VARIANT), "a__lucky_numbers")
    ), FALSE) AS "d__lst_lucky_seven",
    COALESCE((
      ARRAYS_OVERLAP("a__lucky_numbers", [-1, 0])
    ), FALSE) AS "d__lst_lucky_any_negative",
    COALESCE(
      (
        (
          ARRAY_CONTAINS(CAST(7 AS VARIANT), "a__lucky_numbers")
          AND ARRAY_CONTAINS(CAST(7 AS VARIANT), "a__lucky_numbers")
          AND ARRAY_CONTAINS(CAST(3 AS VARIANT), "a__lucky_numbers")
        )
      ),
      FALSE
    ) AS "d__lst_lucky_all",
    COALESCE("g__1_1", 0) > 0 AS "d__lst_gift_purchase",
    COALESCE((
      COALESCE("g__1_2", 0) >= 2
    ), FALSE) AS "d__lst_two_labelled_purchases",
    COALESCE("g__1_3", 0) > 0 AS "d__lst_purchase_many_labels",
    CAST(ARRAY_SIZE("a__interests") AS BIGINT) AS "d__lst_interest_count",
    CAST(ARRAY_SIZE("a__lucky_numbers") AS BIGINT) AS "d__lst_lucky_count"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID",
  "d__lst_running" AS "LST_RUNNING",
  "d__lst_not_running" AS "LST_NOT_RUNNING",
  "d__lst_any_yoga_or_running" AS "LST_ANY_YOGA_OR_RUNNING",
  "d__lst_all_yoga_and_running" AS "LST_ALL_YOGA_AND_RUNNING",
  "d__lst_unicode" AS "LST_UNICODE",
  "d__lst_is_set" AS "LST_IS_SET",
  "d__lst_empty" AS "LST_EMPTY",
  "d__lst_lucky_seven" AS "LST_LUCKY_SEVEN",
  "d__lst_lucky_any_negative" AS "LST_LUCKY_ANY_NEGATIVE",
  "d__lst_lucky_all" AS "LST_LUCKY_ALL",
  "d__lst_gift_purchase" AS "LST_GIFT_PURCHASE",
  "d__lst_two_labelled_purchases" AS "LST_TWO_LABELLED_PURCHASES",
  "d__lst_purchase_many_labels" AS "LST_PURCHASE_MANY_LABELS",
  "d__lst_interest_count" AS "LST_INTEREST_COUNT",
  "d__lst_lucky_count" AS "LST_LUCKY_COUNT"
FROM "layer__1"
