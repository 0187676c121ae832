WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."interests" AS "a__interests",
    "e"."lucky" AS "a__lucky_numbers"
  FROM "conf"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."labels" AS "labels"
  FROM "conf"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      COALESCE((
        has("labels", 'gift')
      ), FALSE)) AS "g__1_1",
    COUNT(*) FILTER(WHERE
      COALESCE((
        hasAny("labels", ['gift', 'sale'])
      ), FALSE)
      AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY) AS "g__1_2",
    COUNT(*) FILTER(WHERE
      COALESCE((
        length("labels") >= 2
      ), FALSE)) AS "g__1_3"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__interests" AS "a__interests",
    "entity"."a__lucky_numbers" AS "a__lucky_numbers",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2",
    "agg__1"."g__1_3" AS "g__1_3"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE((
      has("a__interests", 'running')
    ), FALSE) AS Nullable(Bool)) AS "d__lst_running",
    CAST(NOT (
      COALESCE((
        has("a__interests", 'running')
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__lst_not_running",
    CAST(COALESCE((
      hasAny("a__interests", ['yoga', 'running'])
    ), FALSE) AS Nullable(Bool)) AS "d__lst_any_yoga_or_running",
    CAST(COALESCE((
      hasAll("a__interests", ['yoga', 'running'])
    ), FALSE) AS Nullable(Bool)) AS "d__lst_all_yoga_and_running",
    CAST((
      COALESCE((
        has("a__interests", 'Käse')
      ), FALSE)
      OR COALESCE((
        has("a__interests", '日本')
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__lst_unicode",
    CAST(NOT (
      "a__interests" IS NULL
    ) AS Nullable(Bool)) AS "d__lst_is_set",
    CAST(COALESCE((
      length("a__interests") = 0
    ), FALSE) AS Nullable(Bool)) AS "d__lst_empty",
    CAST(COALESCE((
      has("a__lucky_numbers", 7)
    ), FALSE) AS Nullable(Bool)) AS "d__lst_lucky_seven",
    CAST(COALESCE((
      hasAny("a__lucky_numbers", [-1, 0])
    ), FALSE) AS Nullable(Bool)) AS "d__lst_lucky_any_negative",
    CAST(COALESCE((
      hasAll("a__lucky_numbers", [7, 7, 3])
    ), FALSE) AS Nullable(Bool)) AS "d__lst_lucky_all",
    CAST(COALESCE("g__1_1", 0) > 0 AS Nullable(Bool)) AS "d__lst_gift_purchase",
    CAST(COALESCE((
      COALESCE("g__1_2", 0) >= 2
    ), FALSE) AS Nullable(Bool)) AS "d__lst_two_labelled_purchases",
    CAST(COALESCE("g__1_3", 0) > 0 AS Nullable(Bool)) AS "d__lst_purchase_many_labels",
    CAST(length("a__interests") AS Nullable(Int64)) AS "d__lst_interest_count",
    CAST(length("a__lucky_numbers") AS Nullable(Int64)) AS "d__lst_lucky_count"
  FROM "base"
)
SELECT
  "__key" AS "customer_id",
  "d__lst_running" AS "lst_running",
  "d__lst_not_running" AS "lst_not_running",
  "d__lst_any_yoga_or_running" AS "lst_any_yoga_or_running",
  "d__lst_all_yoga_and_running" AS "lst_all_yoga_and_running",
  "d__lst_unicode" AS "lst_unicode",
  "d__lst_is_set" AS "lst_is_set",
  "d__lst_empty" AS "lst_empty",
  "d__lst_lucky_seven" AS "lst_lucky_seven",
  "d__lst_lucky_any_negative" AS "lst_lucky_any_negative",
  "d__lst_lucky_all" AS "lst_lucky_all",
  "d__lst_gift_purchase" AS "lst_gift_purchase",
  "d__lst_two_labelled_purchases" AS "lst_two_labelled_purchases",
  "d__lst_purchase_many_labels" AS "lst_purchase_many_labels",
  "d__lst_interest_count" AS "lst_interest_count",
  "d__lst_lucky_count" AS "lst_lucky_count"
FROM "layer__1"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
