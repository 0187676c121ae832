WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    toTimeZone("e"."signup_at", 'UTC') AS "a__signup_at",
    "e"."birthday" AS "a__birthday",
    "e"."renewal_date" AS "a__renewal_date"
  FROM "conf"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    "t"."category" AS "category",
    "t"."is_gift" AS "is_gift",
    "t"."sku" AS "sku"
  FROM "conf"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    MIN("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name"
  FROM "conf"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_open'
    )
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") FILTER(WHERE
      "event_name" = 'email_open') AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "scan__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    "t"."category" AS "category",
    "t"."is_gift" AS "is_gift",
    "t"."sku" AS "sku"
  FROM "conf"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "scan__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name"
  FROM "conf"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_click'
    )
), "scan__3" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    "t"."category" AS "category",
    "t"."is_gift" AS "is_gift",
    "t"."sku" AS "sku"
  FROM "conf"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__signup_at" AS "a__signup_at",
    "entity"."a__birthday" AS "a__birthday",
    "entity"."a__renewal_date" AS "a__renewal_date",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__2"."g__2_1" AS "g__2_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "anch__1_1" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(*) FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '30' DAY) AS "x__1",
    SUM("amount") FILTER(WHERE
      "__time" >= "g__1_1" AND "__time" < "g__1_1" + INTERVAL '1' DAY) AS "x__2",
    MIN("__time") FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '30' DAY) AS "x__6",
    MAX("__time") FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '30' DAY) AS "x__8",
    SUM("amount") FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7' DAY) AS "x__10",
    COUNT("amount") FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7' DAY) AS "x__11",
    MIN("sku") FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7' DAY) AS "x__12",
    COUNT(DISTINCT "sku") FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '7' DAY) AS "x__13",
    COUNT(*) FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '1' MONTH) AS "x__16"
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
), "anch__1_2" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_click'
      AND "__time" >= "g__2_1"
      AND "__time" < "g__2_1" + INTERVAL '2' HOUR) AS "x__3"
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
), "anch__1_3" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '365' DAY) AS "x__15"
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
), "layer__1" AS MATERIALIZED (
  SELECT
    "base".*
    EXCEPT ("__key"),
    "anch__1_1"."x__1" AS "x__1",
    "anch__1_1"."x__2" AS "x__2",
    "anch__1_1"."x__6" AS "x__6",
    "anch__1_1"."x__8" AS "x__8",
    "anch__1_1"."x__10" AS "x__10",
    "anch__1_1"."x__11" AS "x__11",
    "anch__1_1"."x__12" AS "x__12",
    "anch__1_1"."x__13" AS "x__13",
    "anch__1_1"."x__16" AS "x__16",
    "anch__1_2"."x__3" AS "x__3",
    "anch__1_3"."x__15" AS "x__15",
    CAST("a__birthday" AS Nullable(DateTime64(6, 'UTC'))) AS "at__1",
    CAST("a__renewal_date" AS Nullable(DateTime64(6, 'UTC'))) AS "at__2",
    "a__signup_at" + INTERVAL '7' DAY AS "at__3",
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(CAST("g__1_1" AS Nullable(DateTime64(6, 'UTC')))) / 1000000 - toUnixTimestamp64Micro(CAST("a__signup_at" AS Nullable(DateTime64(6, 'UTC')))) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__anc_signup_to_first_purchase",
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(CAST("a__renewal_date" AS Nullable(DateTime64(6, 'UTC')))) / 1000000 - toUnixTimestamp64Micro(CAST("a__birthday" AS Nullable(DateTime64(6, 'UTC')))) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__anc_birthday_to_renewal",
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(CAST("a__renewal_date" AS Nullable(DateTime64(6, 'UTC')))) / 1000000 - toUnixTimestamp64Micro(CAST("a__signup_at" AS Nullable(DateTime64(6, 'UTC')))) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__anc_signup_to_renewal",
    "base"."__key" AS "__key"
  FROM "base"
  LEFT JOIN "anch__1_1"
    ON "anch__1_1"."__key" = "base"."__key"
  LEFT JOIN "anch__1_2"
    ON "anch__1_2"."__key" = "base"."__key"
  LEFT JOIN "anch__1_3"
    ON "anch__1_3"."__key" = "base"."__key"
), "anch__2_1" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= "at__1"
      AND "__time" < "at__1" + INTERVAL '7' DAY) AS "x__4",
    MIN("__time") FILTER(WHERE
      "__time" >= "at__2" AND "__time" < "at__2" + INTERVAL '30' DAY) AS "x__5",
    MAX("category") FILTER(WHERE
      "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '30' DAY
      AND "__time" = "x__6") AS "x__7",
    MAX("is_gift") FILTER(WHERE
      "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '30' DAY
      AND "__time" = "x__8") AS "x__9",
    COUNT(*) FILTER(WHERE
      "__time" >= "at__3" AND "__time" < "at__3" + INTERVAL '7' DAY) AS "x__14"
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
), "layer__2" AS MATERIALIZED (
  SELECT
    "layer__1".*
    EXCEPT ("__key"),
    "anch__2_1"."x__4" AS "x__4",
    "anch__2_1"."x__5" AS "x__5",
    "anch__2_1"."x__7" AS "x__7",
    "anch__2_1"."x__9" AS "x__9",
    "anch__2_1"."x__14" AS "x__14",
    CAST(COALESCE("x__1", 0) AS Nullable(Int64)) AS "d__anc_purchases_30d_after_signup",
    CAST(COALESCE("x__1", 0) > 0 AS Nullable(Bool)) AS "d__anc_bought_within_30d_of_signup",
    CAST(COALESCE("x__1", 0) = 0 AS Nullable(Bool)) AS "d__anc_no_purchase_within_30d_of_signup",
    CAST(COALESCE("x__2", 0) AS Nullable(Decimal(38, 9))) AS "d__anc_first_day_spend",
    CAST(COALESCE("x__3", 0) > 0 AS Nullable(Bool)) AS "d__anc_clicked_within_2h_of_last_open",
    CAST(CASE
      WHEN CAST((
        CAST("x__11" AS Nullable(Decimal(38, 9))) * 1000000000
      ) AS Nullable(Int256)) = 0
      THEN NULL
      ELSE CAST(toDecimal128(
        intDivOrZero(
          (
            2 * ABS(
              CAST((
                CAST("x__10" AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256))
            ) + ABS(
              CAST((
                CAST("x__11" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          ),
          (
            2 * ABS(
              CAST((
                CAST("x__11" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          )
        ) * CASE
          WHEN (
            CAST((
              CAST("x__10" AS Nullable(Decimal(38, 9))) * 1000000000000000000
            ) AS Nullable(Int256)) < 0
          ) <> (
            CAST((
              CAST("x__11" AS Nullable(Decimal(38, 9))) * 1000000000
            ) AS Nullable(Int256)) < 0
          )
          THEN -1
          ELSE 1
        END,
        0
      ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
    END AS Nullable(Decimal(38, 9))) AS "d__anc_avg_first_week",
    "x__12" AS "d__anc_min_sku_first_week",
    CAST(COALESCE("x__13", 0) AS Nullable(Int64)) AS "d__anc_skus_first_week",
    CAST(COALESCE("x__15", 0) AS Nullable(Int64)) AS "d__anc_first_year_recently",
    CAST(COALESCE("x__16", 0) AS Nullable(Int64)) AS "d__anc_first_calendar_month",
    "layer__1"."__key" AS "__key"
  FROM "layer__1"
  LEFT JOIN "anch__2_1"
    ON "anch__2_1"."__key" = "layer__1"."__key"
), "layer__3" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE("x__4", 0) AS Nullable(Int64)) AS "d__anc_kids_in_birthday_week",
    "x__5" AS "d__anc_first_at_after_renewal",
    "x__7" AS "d__anc_first_category_after_signup",
    CAST("x__9" AS Nullable(Bool)) AS "d__anc_last_gift_after_signup",
    CAST(COALESCE("x__14", 0) AS Nullable(Int64)) AS "d__anc_second_week"
  FROM "layer__2"
)
SELECT
  "__key" AS "customer_id",
  "d__anc_purchases_30d_after_signup" AS "anc_purchases_30d_after_signup",
  "d__anc_bought_within_30d_of_signup" AS "anc_bought_within_30d_of_signup",
  "d__anc_no_purchase_within_30d_of_signup" AS "anc_no_purchase_within_30d_of_signup",
  "d__anc_first_day_spend" AS "anc_first_day_spend",
  "d__anc_clicked_within_2h_of_last_open" AS "anc_clicked_within_2h_of_last_open",
  "d__anc_kids_in_birthday_week" AS "anc_kids_in_birthday_week",
  "d__anc_first_at_after_renewal" AS "anc_first_at_after_renewal",
  "d__anc_first_category_after_signup" AS "anc_first_category_after_signup",
  "d__anc_last_gift_after_signup" AS "anc_last_gift_after_signup",
  "d__anc_avg_first_week" AS "anc_avg_first_week",
  "d__anc_min_sku_first_week" AS "anc_min_sku_first_week",
  "d__anc_skus_first_week" AS "anc_skus_first_week",
  "d__anc_second_week" AS "anc_second_week",
  "d__anc_first_year_recently" AS "anc_first_year_recently",
  "d__anc_signup_to_first_purchase" AS "anc_signup_to_first_purchase",
  "d__anc_birthday_to_renewal" AS "anc_birthday_to_renewal",
  "d__anc_signup_to_renewal" AS "anc_signup_to_renewal",
  "d__anc_first_calendar_month" AS "anc_first_calendar_month"
FROM "layer__3"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
