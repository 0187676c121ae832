WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "conf"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."category" AS "category"
  FROM "conf"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY) AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY) AS "g__1_2",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '21' DAY
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY) AS "g__1_3",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '28' DAY
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '21' DAY) AS "g__1_4",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' MONTH) AS "g__1_5",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' MONTH
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' MONTH) AS "g__1_6",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY) AS "g__1_7",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '60' DAY
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY) AS "g__1_8",
    COUNT(*) FILTER(WHERE
      "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' MONTH) AS "g__1_9",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY) AS "g__1_10",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '28' DAY
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY) AS "g__1_11",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '28' DAY) AS "g__1_12"
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
    toTimeZone("t"."occurred_at", 'UTC') >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '3' DAY
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_open'
    )
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY) AS "g__2_1",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' DAY
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY) AS "g__2_2",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '3' DAY
      AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' DAY) AS "g__2_3"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2",
    "agg__1"."g__1_3" AS "g__1_3",
    "agg__1"."g__1_4" AS "g__1_4",
    "agg__1"."g__1_5" AS "g__1_5",
    "agg__1"."g__1_6" AS "g__1_6",
    "agg__1"."g__1_7" AS "g__1_7",
    "agg__1"."g__1_8" AS "g__1_8",
    "agg__1"."g__1_9" AS "g__1_9",
    "agg__1"."g__1_10" AS "g__1_10",
    "agg__1"."g__1_11" AS "g__1_11",
    "agg__1"."g__1_12" AS "g__1_12",
    "agg__2"."g__2_1" AS "g__2_1",
    "agg__2"."g__2_2" AS "g__2_2",
    "agg__2"."g__2_3" AS "g__2_3"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      (
        CASE WHEN COALESCE("g__1_1", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE("g__1_2", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        (
          CASE WHEN COALESCE("g__1_3", 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE("g__1_4", 0) > 0 THEN 1 ELSE 0 END
        )
      )
    ) >= 3 AS Nullable(Bool)) AS "d__reg_weekly_3_of_4",
    CAST((
      (
        CASE WHEN COALESCE("g__1_5", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE("g__1_6", 0) > 0 THEN 1 ELSE 0 END
      )
    ) >= 2 AS Nullable(Bool)) AS "d__reg_monthly_2_of_2",
    CAST((
      (
        CASE WHEN COALESCE("g__2_1", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        (
          CASE WHEN COALESCE("g__2_2", 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE("g__2_3", 0) > 0 THEN 1 ELSE 0 END
        )
      )
    ) >= 2 AS Nullable(Bool)) AS "d__reg_daily_opens_2_of_3",
    CAST(NOT (
      (
        (
          CASE WHEN COALESCE("g__1_1", 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE("g__1_2", 0) > 0 THEN 1 ELSE 0 END
        ) + (
          (
            CASE WHEN COALESCE("g__1_3", 0) > 0 THEN 1 ELSE 0 END
          ) + (
            CASE WHEN COALESCE("g__1_4", 0) > 0 THEN 1 ELSE 0 END
          )
        )
      ) >= 3
    ) AS Nullable(Bool)) AS "d__reg_not_weekly",
    CAST((
      COALESCE("g__1_8", 0) > 0 AND COALESCE("g__1_7", 0) = 0
    ) AS Nullable(Bool)) AS "d__life_stopped_30_days",
    CAST((
      COALESCE("g__1_6", 0) > 0 AND COALESCE("g__1_5", 0) = 0
    ) AS Nullable(Bool)) AS "d__life_stopped_1_month",
    CAST(NOT (
      (
        COALESCE("g__1_6", 0) > 0 AND COALESCE("g__1_5", 0) = 0
      )
    ) AS Nullable(Bool)) AS "d__life_not_stopped_1_month",
    CAST((
      COALESCE("g__1_9", 0) > 0
      AND COALESCE("g__1_6", 0) = 0
      AND COALESCE("g__1_5", 0) > 0
    ) AS Nullable(Bool)) AS "d__life_restarted_1_month",
    CAST((
      COALESCE("g__1_12", 0) > 0
      AND COALESCE("g__1_11", 0) = 0
      AND COALESCE("g__1_10", 0) > 0
    ) AS Nullable(Bool)) AS "d__life_restarted_kids_2_weeks"
  FROM "base"
)
SELECT
  "__key" AS "customer_id",
  "d__reg_weekly_3_of_4" AS "reg_weekly_3_of_4",
  "d__reg_monthly_2_of_2" AS "reg_monthly_2_of_2",
  "d__reg_daily_opens_2_of_3" AS "reg_daily_opens_2_of_3",
  "d__reg_not_weekly" AS "reg_not_weekly",
  "d__life_stopped_30_days" AS "life_stopped_30_days",
  "d__life_stopped_1_month" AS "life_stopped_1_month",
  "d__life_not_stopped_1_month" AS "life_not_stopped_1_month",
  "d__life_restarted_1_month" AS "life_restarted_1_month",
  "d__life_restarted_kids_2_weeks" AS "life_restarted_kids_2_weeks"
FROM "layer__1"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
