WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."account_id" AS "__key",
    "e"."tier" AS "a__tier"
  FROM "crm"."accounts" AS "e"
), "mem__1" AS MATERIALIZED (
  SELECT
    "m"."__via" AS "__key",
    COUNT(*) AS "mem__1_1",
    COUNT(*) FILTER(WHERE
      "m"."__mf_1") AS "mem__1_2",
    SUM("m"."__mv_2") AS "mem__1_3",
    SUM("m"."__mv_2") FILTER(WHERE
      "m"."__mf_3") AS "mem__1_4",
    MIN("m"."__mv_2") AS "mem__1_5",
    MAX("m"."__mv_4") AS "mem__1_6",
    SUM("m"."__mv_5") AS "mem__1_7",
    COUNT("m"."__mv_5") AS "mem__1_8",
    SUM("m"."__mv_6") AS "mem__1_9",
    SUM("m"."__mv_7") AS "mem__1_10",
    SUM("m"."__mv_8") AS "mem__1_11",
    SUM("m"."__mc_9") AS "mem__1_12",
    MAX("m"."__mv_10") AS "mem__1_13",
    COUNT(*) FILTER(WHERE
      "m"."__mf_11") AS "mem__1_14",
    COUNT(*) FILTER(WHERE
      "m"."__mf_12") AS "mem__1_15",
    COUNT(*) FILTER(WHERE
      "m"."__mf_13") AS "mem__1_16",
    SUM("m"."__mv_14") AS "mem__1_17",
    SUM("m"."__mv_15") AS "mem__1_18"
  FROM (
    WITH "entity" AS MATERIALIZED (
      SELECT
        "e"."customer_id" AS "__key",
        "e"."role" AS "a__role",
        "e"."seats" AS "a__seats",
        "e"."country" AS "a__country",
        CAST(toString(
          CASE
            WHEN ABS("e"."spend_limit") < 1000000
            THEN ROUND("e"."spend_limit", 9)
            ELSE "e"."spend_limit"
          END
        ) AS Nullable(Decimal(38, 9))) AS "a__spend_limit",
        toTimeZone("e"."signup_at", 'UTC') AS "a__signup_at",
        "e"."account_id" AS "a____via"
      FROM "crm"."customers" AS "e"
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
        ) AS Nullable(Decimal(38, 9))) AS "amount"
      FROM "crm"."orders" AS "t"
      WHERE
        toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    ), "agg__1" AS MATERIALIZED (
      SELECT
        "__key",
        COUNT(*) FILTER(WHERE
          "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY) AS "g__1_1",
        SUM("amount") FILTER(WHERE
          "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY) AS "g__1_2",
        SUM("amount") AS "g__1_3",
        COUNT(*) AS "g__1_4",
        MAX("amount") FILTER(WHERE
          "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY) AS "g__1_5",
        MIN("__time") AS "g__1_6"
      FROM "ev__1"
      GROUP BY
        "__key"
    ), "ev__2" AS MATERIALIZED (
      SELECT
        "t"."customer_id" AS "__key",
        toTimeZone("t"."occurred_at", 'UTC') AS "__time",
        "t"."kind" AS "kind"
      FROM "crm"."events" AS "t"
      WHERE
        toTimeZone("t"."occurred_at", 'UTC') >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
        AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
        AND (
          "t"."kind" = 'trial_start'
        )
    ), "agg__2" AS MATERIALIZED (
      SELECT
        "__key",
        COUNT(*) FILTER(WHERE
          "kind" = 'trial_start'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY) AS "g__2_1"
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
        ) AS Nullable(Decimal(38, 9))) AS "amount"
      FROM "crm"."orders" AS "t"
      WHERE
        toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    ), "base" AS MATERIALIZED (
      SELECT
        "entity"."__key" AS "__key",
        "entity"."a__role" AS "a__role",
        "entity"."a__seats" AS "a__seats",
        "entity"."a__country" AS "a__country",
        "entity"."a__spend_limit" AS "a__spend_limit",
        "entity"."a__signup_at" AS "a__signup_at",
        "entity"."a____via" AS "a____via",
        "agg__1"."g__1_1" AS "g__1_1",
        "agg__1"."g__1_2" AS "g__1_2",
        "agg__1"."g__1_3" AS "g__1_3",
        "agg__1"."g__1_4" AS "g__1_4",
        "agg__1"."g__1_5" AS "g__1_5",
        "agg__1"."g__1_6" AS "g__1_6",
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
          "__time" >= "g__1_6" AND "__time" < "g__1_6" + INTERVAL '1' DAY) AS "x__2"
      FROM "scan__1" AS "s"
      JOIN (
        SELECT
          "__key" AS "__anchor_key",
          "a__signup_at",
          "g__1_6"
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
        CAST(COALESCE((
          "a__role" = 'admin'
        ), FALSE) AS Nullable(Bool)) AS "d____mf_1",
        CAST("a__seats" AS Nullable(Int64)) AS "d____mv_2",
        CAST(COALESCE((
          "a__role" = 'admin'
        ), FALSE) AS Nullable(Bool)) AS "d__admins",
        "a__country" AS "d____mv_4",
        CAST("a__spend_limit" AS Nullable(Decimal(38, 9))) AS "d____mv_5",
        CAST(COALESCE("g__1_1", 0) AS Nullable(Int64)) AS "d____mv_6",
        CAST(COALESCE("g__1_2", 0) AS Nullable(Decimal(38, 9))) AS "d____mv_7",
        CAST(COALESCE("g__1_3", 0) AS Nullable(Decimal(38, 9))) AS "d____mv_8",
        CAST(COALESCE("g__1_4", 0) AS Nullable(Int64)) AS "d____mc_9",
        CAST("g__1_5" AS Nullable(Decimal(38, 9))) AS "d____mv_10",
        CAST(COALESCE("g__1_1", 0) AS Nullable(Int64)) AS "d__orders_30d",
        CAST(COALESCE("g__2_1", 0) > 0 AS Nullable(Bool)) AS "d____mf_12",
        CAST(COALESCE("g__2_1", 0) > 0 AS Nullable(Bool)) AS "d__recent_trial",
        "base"."__key" AS "__key"
      FROM "base"
      LEFT JOIN "anch__1_1"
        ON "anch__1_1"."__key" = "base"."__key"
    ), "layer__2" AS MATERIALIZED (
      SELECT
        *,
        CAST("d__admins" AS Nullable(Bool)) AS "d____mf_3",
        CAST(COALESCE((
          "d__orders_30d" >= 1
        ), FALSE) AS Nullable(Bool)) AS "d____mf_11",
        CAST("d__recent_trial" AS Nullable(Bool)) AS "d____mf_13",
        CAST(COALESCE("x__1", 0) AS Nullable(Int64)) AS "d____mv_14",
        CAST(COALESCE("x__2", 0) AS Nullable(Decimal(38, 9))) AS "d____mv_15"
      FROM "layer__1"
    )
    SELECT
      "__key" AS "customer_id",
      "a____via" AS "__via",
      "d____mf_1" AS "__mf_1",
      "d____mv_2" AS "__mv_2",
      "d____mf_3" AS "__mf_3",
      "d____mv_4" AS "__mv_4",
      "d____mv_5" AS "__mv_5",
      "d____mv_6" AS "__mv_6",
      "d____mv_7" AS "__mv_7",
      "d____mv_8" AS "__mv_8",
      "d____mc_9" AS "__mc_9",
      "d____mv_10" AS "__mv_10",
      "d____mf_11" AS "__mf_11",
      "d____mf_12" AS "__mf_12",
      "d____mf_13" AS "__mf_13",
      "d____mv_14" AS "__mv_14",
      "d____mv_15" AS "__mv_15"
    FROM "layer__2"
  ) AS "m"
  WHERE
    NOT (
      "m"."__via" IS NULL
    )
  GROUP BY
    "m"."__via"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__tier" AS "a__tier",
    "mem__1"."mem__1_1" AS "mem__1_1",
    "mem__1"."mem__1_2" AS "mem__1_2",
    "mem__1"."mem__1_3" AS "mem__1_3",
    "mem__1"."mem__1_4" AS "mem__1_4",
    "mem__1"."mem__1_5" AS "mem__1_5",
    "mem__1"."mem__1_6" AS "mem__1_6",
    "mem__1"."mem__1_7" AS "mem__1_7",
    "mem__1"."mem__1_8" AS "mem__1_8",
    "mem__1"."mem__1_9" AS "mem__1_9",
    "mem__1"."mem__1_10" AS "mem__1_10",
    "mem__1"."mem__1_11" AS "mem__1_11",
    "mem__1"."mem__1_12" AS "mem__1_12",
    "mem__1"."mem__1_13" AS "mem__1_13",
    "mem__1"."mem__1_14" AS "mem__1_14",
    "mem__1"."mem__1_15" AS "mem__1_15",
    "mem__1"."mem__1_16" AS "mem__1_16",
    "mem__1"."mem__1_17" AS "mem__1_17",
    "mem__1"."mem__1_18" AS "mem__1_18"
  FROM "entity"
  LEFT JOIN "mem__1"
    ON "mem__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE("mem__1_1", 0) AS Nullable(Int64)) AS "d__member_count",
    CAST(COALESCE("mem__1_2", 0) AS Nullable(Int64)) AS "d__admin_count",
    CAST(COALESCE("mem__1_3", 0) AS Nullable(Int64)) AS "d__seats_total",
    CAST(COALESCE("mem__1_4", 0) AS Nullable(Int64)) AS "d__seats_of_admins",
    CAST("mem__1_5" AS Nullable(Int64)) AS "d__min_seats",
    "mem__1_6" AS "d__max_country",
    CAST(CASE
      WHEN CAST((
        CAST("mem__1_8" AS Nullable(Decimal(38, 9))) * 1000000000
      ) AS Nullable(Int256)) = 0
      THEN NULL
      ELSE CAST(toDecimal128(
        intDivOrZero(
          (
            2 * ABS(
              CAST((
                CAST("mem__1_7" AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256))
            ) + ABS(
              CAST((
                CAST("mem__1_8" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          ),
          (
            2 * ABS(
              CAST((
                CAST("mem__1_8" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          )
        ) * CASE
          WHEN (
            CAST((
              CAST("mem__1_7" AS Nullable(Decimal(38, 9))) * 1000000000000000000
            ) AS Nullable(Int256)) < 0
          ) <> (
            CAST((
              CAST("mem__1_8" AS Nullable(Decimal(38, 9))) * 1000000000
            ) AS Nullable(Int256)) < 0
          )
          THEN -1
          ELSE 1
        END,
        0
      ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
    END AS Nullable(Decimal(38, 9))) AS "d__avg_limit",
    CAST(COALESCE("mem__1_9", 0) AS Nullable(Int64)) AS "d__member_orders_30d",
    CAST(COALESCE("mem__1_10", 0) AS Nullable(Decimal(38, 9))) AS "d__member_revenue_90d",
    CAST(CASE
      WHEN CAST((
        CAST("mem__1_12" AS Nullable(Decimal(38, 9))) * 1000000000
      ) AS Nullable(Int256)) = 0
      THEN NULL
      ELSE CAST(toDecimal128(
        intDivOrZero(
          (
            2 * ABS(
              CAST((
                CAST("mem__1_11" AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256))
            ) + ABS(
              CAST((
                CAST("mem__1_12" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          ),
          (
            2 * ABS(
              CAST((
                CAST("mem__1_12" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          )
        ) * CASE
          WHEN (
            CAST((
              CAST("mem__1_11" AS Nullable(Decimal(38, 9))) * 1000000000000000000
            ) AS Nullable(Int256)) < 0
          ) <> (
            CAST((
              CAST("mem__1_12" AS Nullable(Decimal(38, 9))) * 1000000000
            ) AS Nullable(Int256)) < 0
          )
          THEN -1
          ELSE 1
        END,
        0
      ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
    END AS Nullable(Decimal(38, 9))) AS "d__member_avg_order",
    CAST("mem__1_13" AS Nullable(Decimal(38, 9))) AS "d__member_max_order",
    CAST(COALESCE("mem__1_14", 0) AS Nullable(Int64)) AS "d__buyers_30d",
    CAST(COALESCE((
      COALESCE("mem__1_15", 0) >= 3
    ), FALSE) AS Nullable(Bool)) AS "d__trialing_accounts",
    CAST(COALESCE((
      COALESCE("mem__1_16", 0) >= 3
    ), FALSE) AS Nullable(Bool)) AS "d__trialing_by_segment",
    CAST(COALESCE((
      COALESCE("mem__1_1", 0) = 0
    ), FALSE) AS Nullable(Bool)) AS "d__no_members",
    CAST((
      COALESCE((
        "a__tier" = 'enterprise'
      ), FALSE)
      AND COALESCE((
        COALESCE("mem__1_3", 0) >= 10
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__big_enterprise",
    CASE
      WHEN COALESCE((
        COALESCE("mem__1_1", 0) >= 3
      ), FALSE)
      THEN 'large'
      WHEN COALESCE((
        COALESCE("mem__1_1", 0) >= 1
      ), FALSE)
      THEN 'small'
      ELSE 'empty'
    END AS "d__account_size",
    CAST(COALESCE("mem__1_17", 0) AS Nullable(Int64)) AS "d__early_orders",
    CAST(COALESCE("mem__1_18", 0) AS Nullable(Decimal(38, 9))) AS "d__first_day_spend"
  FROM "base"
)
SELECT
  "__key" AS "account_id",
  "d__member_count" AS "member_count",
  "d__admin_count" AS "admin_count",
  "d__seats_total" AS "seats_total",
  "d__seats_of_admins" AS "seats_of_admins",
  "d__min_seats" AS "min_seats",
  "d__max_country" AS "max_country",
  "d__avg_limit" AS "avg_limit",
  "d__member_orders_30d" AS "member_orders_30d",
  "d__member_revenue_90d" AS "member_revenue_90d",
  "d__member_avg_order" AS "member_avg_order",
  "d__member_max_order" AS "member_max_order",
  "d__buyers_30d" AS "buyers_30d",
  "d__trialing_accounts" AS "trialing_accounts",
  "d__trialing_by_segment" AS "trialing_by_segment",
  "d__no_members" AS "no_members",
  "d__big_enterprise" AS "big_enterprise",
  "d__account_size" AS "account_size",
  "d__early_orders" AS "early_orders",
  "d__first_day_spend" AS "first_day_spend"
FROM "layer__1"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
