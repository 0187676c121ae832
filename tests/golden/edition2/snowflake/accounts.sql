WITH "entity" AS (
  SELECT
    "e"."ACCOUNT_ID" AS "__key",
    "e"."TIER" AS "a__tier"
  FROM "CRM"."ACCOUNTS" AS "e"
), "mem__1" AS (
  SELECT
    "m"."__VIA" AS "__key",
    COUNT(*) AS "mem__1_1",
    COUNT_IF("m"."__MF_1") AS "mem__1_2",
    SUM("m"."__MV_2") AS "mem__1_3",
    SUM(IFF("m"."__MF_3", "m"."__MV_2", NULL)) AS "mem__1_4",
    MIN("m"."__MV_2") AS "mem__1_5",
    MAX("m"."__MV_4") AS "mem__1_6",
    SUM("m"."__MV_5") AS "mem__1_7",
    COUNT("m"."__MV_5") AS "mem__1_8",
    SUM("m"."__MV_6") AS "mem__1_9",
    SUM("m"."__MV_7") AS "mem__1_10",
    SUM("m"."__MV_8") AS "mem__1_11",
    SUM("m"."__MC_9") AS "mem__1_12",
    MAX("m"."__MV_10") AS "mem__1_13",
    COUNT_IF("m"."__MF_11") AS "mem__1_14",
    COUNT_IF("m"."__MF_12") AS "mem__1_15",
    COUNT_IF("m"."__MF_13") AS "mem__1_16",
    SUM("m"."__MV_14") AS "mem__1_17",
    SUM("m"."__MV_15") AS "mem__1_18"
  FROM (
    WITH "entity" AS (
      SELECT
        "e"."CUSTOMER_ID" AS "__key",
        "e"."ROLE" AS "a__role",
        "e"."SEATS" AS "a__seats",
        "e"."COUNTRY" AS "a__country",
        CAST("e"."SPEND_LIMIT" AS DECIMAL(38, 9)) AS "a__spend_limit",
        "e"."SIGNUP_AT" AS "a__signup_at",
        "e"."ACCOUNT_ID" AS "a____via"
      FROM "CRM"."CUSTOMERS" AS "e"
    ), "ev__1" AS (
      SELECT
        "t"."CUSTOMER_ID" AS "__key",
        "t"."ORDERED_AT" AS "__time",
        CAST("t"."AMOUNT" AS DECIMAL(38, 9)) AS "amount"
      FROM "CRM"."ORDERS" AS "t"
      WHERE
        "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
    ), "agg__1" AS (
      SELECT
        "__key",
        COUNT_IF("__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '30 DAY') AS "g__1_1",
        SUM(
          IFF(
            "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '90 DAY',
            "amount",
            NULL
          )
        ) AS "g__1_2",
        SUM("amount") AS "g__1_3",
        COUNT(*) AS "g__1_4",
        MAX(
          IFF(
            "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '90 DAY',
            "amount",
            NULL
          )
        ) AS "g__1_5",
        MIN("__time") AS "g__1_6"
      FROM "ev__1"
      GROUP BY
        "__key"
    ), "ev__2" AS (
      SELECT
        "t"."CUSTOMER_ID" AS "__key",
        "t"."OCCURRED_AT" AS "__time",
        "t"."KIND" AS "kind"
      FROM "CRM"."EVENTS" AS "t"
      WHERE
        "t"."OCCURRED_AT" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
        AND "t"."OCCURRED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
        AND (
          "t"."KIND" = 'trial_start'
        )
    ), "agg__2" AS (
      SELECT
        "__key",
        COUNT_IF(
          "kind" = 'trial_start'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
        ) AS "g__2_1"
      FROM "ev__2"
      GROUP BY
        "__key"
    ), "scan__1" AS (
      SELECT
        "t"."CUSTOMER_ID" AS "__key",
        "t"."ORDERED_AT" AS "__time",
        CAST("t"."AMOUNT" AS DECIMAL(38, 9)) AS "amount"
      FROM "CRM"."ORDERS" AS "t"
      WHERE
        "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
    ), "base" AS (
      SELECT
        "entity"."__key",
        "entity"."a__role",
        "entity"."a__seats",
        "entity"."a__country",
        "entity"."a__spend_limit",
        "entity"."a__signup_at",
        "entity"."a____via",
        "agg__1"."g__1_1",
        "agg__1"."g__1_2",
        "agg__1"."g__1_3",
        "agg__1"."g__1_4",
        "agg__1"."g__1_5",
        "agg__1"."g__1_6",
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
          IFF("__time" >= "g__1_6" AND "__time" < "g__1_6" + INTERVAL '1 DAY', "amount", NULL)
        ) AS "x__2"
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
    ), "layer__1" AS (
      SELECT
        "base".*,
        "anch__1_1"."x__1",
        "anch__1_1"."x__2",
        COALESCE((
          "a__role" = 'admin'
        ), FALSE) AS "d____mf_1",
        CAST("a__seats" AS BIGINT) AS "d____mv_2",
        COALESCE((
          "a__role" = 'admin'
        ), FALSE) AS "d__admins",
        "a__country" AS "d____mv_4",
        CAST("a__spend_limit" AS DECIMAL(38, 9)) AS "d____mv_5",
        CAST(COALESCE("g__1_1", 0) AS BIGINT) AS "d____mv_6",
        CAST(COALESCE("g__1_2", 0) AS DECIMAL(38, 9)) AS "d____mv_7",
        CAST(COALESCE("g__1_3", 0) AS DECIMAL(38, 9)) AS "d____mv_8",
        CAST(COALESCE("g__1_4", 0) AS BIGINT) AS "d____mc_9",
        CAST("g__1_5" AS DECIMAL(38, 9)) AS "d____mv_10",
        CAST(COALESCE("g__1_1", 0) AS BIGINT) AS "d__orders_30d",
        COALESCE("g__2_1", 0) > 0 AS "d____mf_12",
        COALESCE("g__2_1", 0) > 0 AS "d__recent_trial"
      FROM "base"
      LEFT JOIN "anch__1_1"
        ON "anch__1_1"."__key" = "base"."__key"
    ), "layer__2" AS (
      SELECT
        *,
        "d__admins" AS "d____mf_3",
        COALESCE((
          "d__orders_30d" >= 1
        ), FALSE) AS "d____mf_11",
        "d__recent_trial" AS "d____mf_13",
        CAST(COALESCE("x__1", 0) AS BIGINT) AS "d____mv_14",
        CAST(COALESCE("x__2", 0) AS DECIMAL(38, 9)) AS "d____mv_15"
      FROM "layer__1"
    )
    SELECT
      "__key" AS "CUSTOMER_ID",
      "a____via" AS "__VIA",
      "d____mf_1" AS "__MF_1",
      "d____mv_2" AS "__MV_2",
      "d____mf_3" AS "__MF_3",
      "d____mv_4" AS "__MV_4",
      "d____mv_5" AS "__MV_5",
      "d____mv_6" AS "__MV_6",
      "d____mv_7" AS "__MV_7",
      "d____mv_8" AS "__MV_8",
      "d____mc_9" AS "__MC_9",
      "d____mv_10" AS "__MV_10",
      "d____mf_11" AS "__MF_11",
      "d____mf_12" AS "__MF_12",
      "d____mf_13" AS "__MF_13",
      "d____mv_14" AS "__MV_14",
      "d____mv_15" AS "__MV_15"
    FROM "layer__2"
  ) AS "m"
  WHERE
    NOT "m"."__VIA" IS NULL
  GROUP BY
    "m"."__VIA"
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__tier",
    "mem__1"."mem__1_1",
    "mem__1"."mem__1_2",
    "mem__1"."mem__1_3",
    "mem__1"."mem__1_4",
    "mem__1"."mem__1_5",
    "mem__1"."mem__1_6",
    "mem__1"."mem__1_7",
    "mem__1"."mem__1_8",
    "mem__1"."mem__1_9",
    "mem__1"."mem__1_10",
    "mem__1"."mem__1_11",
    "mem__1"."mem__1_12",
    "mem__1"."mem__1_13",
    "mem__1"."mem__1_14",
    "mem__1"."mem__1_15",
    "mem__1"."mem__1_16",
    "mem__1"."mem__1_17",
    "mem__1"."mem__1_18"
  FROM "entity"
  LEFT JOIN "mem__1"
    ON "mem__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    CAST(COALESCE("mem__1_1", 0) AS BIGINT) AS "d__member_count",
    CAST(COALESCE("mem__1_2", 0) AS BIGINT) AS "d__admin_count",
    CAST(COALESCE("mem__1_3", 0) AS BIGINT) AS "d__seats_total",
    CAST(COALESCE("mem__1_4", 0) AS BIGINT) AS "d__seats_of_admins",
    CAST("mem__1_5" AS BIGINT) AS "d__min_seats",
    "mem__1_6" AS "d__max_country",
    CAST(CASE
      WHEN CAST((
        CAST("mem__1_8" AS DECIMAL(38, 9)) * 1000000000
      ) AS DECIMAL(38, 0)) = 0
      THEN NULL
      ELSE CAST(CAST(CAST((
        2 * ABS(
          CAST((
            CAST("mem__1_7" AS DECIMAL(38, 9)) * 1000000000000000000
          ) AS DECIMAL(38, 0))
        ) + ABS(CAST((
          CAST("mem__1_8" AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(38, 0))) - (
          2 * ABS(
            CAST((
              CAST("mem__1_7" AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(38, 0))
          ) + ABS(CAST((
            CAST("mem__1_8" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)))
        ) % (
          2 * ABS(CAST((
            CAST("mem__1_8" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)))
        )
      ) / (
        2 * ABS(CAST((
          CAST("mem__1_8" AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(38, 0)))
      ) AS DECIMAL(38, 0)) * CASE
        WHEN (
          CAST((
            CAST("mem__1_7" AS DECIMAL(38, 9)) * 1000000000000000000
          ) AS DECIMAL(38, 0)) < 0
        ) <> (
          CAST((
            CAST("mem__1_8" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)) < 0
        )
        THEN -1
        ELSE 1
      END AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
    END AS DECIMAL(38, 9)) AS "d__avg_limit",
    CAST(COALESCE("mem__1_9", 0) AS BIGINT) AS "d__member_orders_30d",
    CAST(COALESCE("mem__1_10", 0) AS DECIMAL(38, 9)) AS "d__member_revenue_90d",
    CAST(CASE
      WHEN CAST((
        CAST("mem__1_12" AS DECIMAL(38, 9)) * 1000000000
      ) AS DECIMAL(38, 0)) = 0
      THEN NULL
      ELSE CAST(CAST(CAST((
        2 * ABS(
          CAST((
            CAST("mem__1_11" AS DECIMAL(38, 9)) * 1000000000000000000
          ) AS DECIMAL(38, 0))
        ) + ABS(CAST((
          CAST("mem__1_12" AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(38, 0))) - (
          2 * ABS(
            CAST((
              CAST("mem__1_11" AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(38, 0))
          ) + ABS(CAST((
            CAST("mem__1_12" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)))
        ) % (
          2 * ABS(CAST((
            CAST("mem__1_12" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)))
        )
      ) / (
        2 * ABS(CAST((
          CAST("mem__1_12" AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(38, 0)))
      ) AS DECIMAL(38, 0)) * CASE
        WHEN (
          CAST((
            CAST("mem__1_11" AS DECIMAL(38, 9)) * 1000000000000000000
          ) AS DECIMAL(38, 0)) < 0
        ) <> (
          CAST((
            CAST("mem__1_12" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)) < 0
        )
        THEN -1
        ELSE 1
      END AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
    END AS DECIMAL(38, 9)) AS "d__member_avg_order",
    CAST("mem__1_13" AS DECIMAL(38, 9)) AS "d__member_max_order",
    CAST(COALESCE("mem__1_14", 0) AS BIGINT) AS "d__buyers_30d",
    COALESCE((
      COALESCE("mem__1_15", 0) >= 3
    ), FALSE) AS "d__trialing_accounts",
    COALESCE((
      COALESCE("mem__1_16", 0) >= 3
    ), FALSE) AS "d__trialing_by_segment",
    COALESCE((
      COALESCE("mem__1_1", 0) = 0
    ), FALSE) AS "d__no_members",
    (
      COALESCE((
        "a__tier" = 'enterprise'
      ), FALSE)
      AND COALESCE((
        COALESCE("mem__1_3", 0) >= 10
      ), FALSE)
    ) AS "d__big_enterprise",
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
    CAST(COALESCE("mem__1_17", 0) AS BIGINT) AS "d__early_orders",
    CAST(COALESCE("mem__1_18", 0) AS DECIMAL(38, 9)) AS "d__first_day_spend"
  FROM "base"
)
SELECT
  "__key" AS "ACCOUNT_ID",
  "d__member_count" AS "MEMBER_COUNT",
  "d__admin_count" AS "ADMIN_COUNT",
  "d__seats_total" AS "SEATS_TOTAL",
  "d__seats_of_admins" AS "SEATS_OF_ADMINS",
  "d__min_seats" AS "MIN_SEATS",
  "d__max_country" AS "MAX_COUNTRY",
  "d__avg_limit" AS "AVG_LIMIT",
  "d__member_orders_30d" AS "MEMBER_ORDERS_30D",
  "d__member_revenue_90d" AS "MEMBER_REVENUE_90D",
  "d__member_avg_order" AS "MEMBER_AVG_ORDER",
  "d__member_max_order" AS "MEMBER_MAX_ORDER",
  "d__buyers_30d" AS "BUYERS_30D",
  "d__trialing_accounts" AS "TRIALING_ACCOUNTS",
  "d__trialing_by_segment" AS "TRIALING_BY_SEGMENT",
  "d__no_members" AS "NO_MEMBERS",
  "d__big_enterprise" AS "BIG_ENTERPRISE",
  "d__account_size" AS "ACCOUNT_SIZE",
  "d__early_orders" AS "EARLY_ORDERS",
  "d__first_day_spend" AS "FIRST_DAY_SPEND"
FROM "layer__1"
