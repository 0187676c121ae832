WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key"
  FROM "CONF"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    "t"."CATEGORY" AS "category"
  FROM "CONF"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    COUNT_IF("__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '7 DAY') AS "g__1_1",
    COUNT_IF(
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
    ) AS "g__1_2",
    COUNT_IF(
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '21 DAY'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
    ) AS "g__1_3",
    COUNT_IF(
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '28 DAY'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '21 DAY'
    ) AS "g__1_4",
    COUNT_IF("__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '1 MONTH') AS "g__1_5",
    COUNT_IF(
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '2 MONTH'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
    ) AS "g__1_6",
    COUNT_IF("__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '30 DAY') AS "g__1_7",
    COUNT_IF(
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '60 DAY'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '30 DAY'
    ) AS "g__1_8",
    COUNT_IF("__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '2 MONTH') AS "g__1_9",
    COUNT_IF(
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
    ) AS "g__1_10",
    COUNT_IF(
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '28 DAY'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '14 DAY'
    ) AS "g__1_11",
    COUNT_IF(
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '28 DAY'
    ) AS "g__1_12"
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
    "t"."OCCURRED_AT" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '3 DAY'
    AND "t"."OCCURRED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'email_open'
    )
), "agg__2" AS (
  SELECT
    "__key",
    COUNT_IF(
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
    ) AS "g__2_1",
    COUNT_IF(
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
    ) AS "g__2_2",
    COUNT_IF(
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '3 DAY'
      AND "__time" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
    ) AS "g__2_3"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2",
    "agg__1"."g__1_3",
    "agg__1"."g__1_4",
    "agg__1"."g__1_5",
    "agg__1"."g__1_6",
    "agg__1"."g__1_7",
    "agg__1"."g__1_8",
    "agg__1"."g__1_9",
    "agg__1"."g__1_10",
    "agg__1"."g__1_11",
    "agg__1"."g__1_12",
    "agg__2"."g__2_1",
    "agg__2"."g__2_2",
    "agg__2"."g__2_3"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
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
    ) >= 3 AS "d__reg_weekly_3_of_4",
    (
      (
        CASE WHEN COALESCE("g__1_5", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE("g__1_6", 0) > 0 THEN 1 ELSE 0 END
      )
    ) >= 2 AS "d__reg_monthly_2_of_2",
    (
      (
        CASE WHEN COALESCE("g__2_1", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        (
          CASE WHEN COALESCE("g__2_2", 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE("g__2_3", 0) > 0 THEN 1 ELSE 0 END
        )
      )
    ) >= 2 AS "d__reg_daily_opens_2_of_3",
    NOT (
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
    ) AS "d__reg_not_weekly",
    (
      COALESCE("g__1_8", 0) > 0 AND COALESCE("g__1_7", 0) = 0
    ) AS "d__life_stopped_30_days",
    (
      COALESCE("g__1_6", 0) > 0 AND COALESCE("g__1_5", 0) = 0
    ) AS "d__life_stopped_1_month",
    NOT (
      (
        COALESCE("g__1_6", 0) > 0 AND COALESCE("g__1_5", 0) = 0
      )
    ) AS "d__life_not_stopped_1_month",
    (
      COALESCE("g__1_9", 0) > 0
      AND COALESCE("g__1_6", 0) = 0
      AND COALESCE("g__1_5", 0) > 0
    ) AS "d__life_restarted_1_month",
    (
      COALESCE("g__1_12", 0) > 0
      AND COALESCE("g__1_11", 0) = 0
      AND COALESCE("g__1_10", 0) > 0
    ) AS "d__life_restarted_kids_2_weeks"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID",
  "d__reg_weekly_3_of_4" AS "REG_WEEKLY_3_OF_4",
  "d__reg_monthly_2_of_2" AS "REG_MONTHLY_2_OF_2",
  "d__reg_daily_opens_2_of_3" AS "REG_DAILY_OPENS_2_OF_3",
  "d__reg_not_weekly" AS "REG_NOT_WEEKLY",
  "d__life_stopped_30_days" AS "LIFE_STOPPED_30_DAYS",
  "d__life_stopped_1_month" AS "LIFE_STOPPED_1_MONTH",
  "d__life_not_stopped_1_month" AS "LIFE_NOT_STOPPED_1_MONTH",
  "d__life_restarted_1_month" AS "LIFE_RESTARTED_1_MONTH",
  "d__life_restarted_kids_2_weeks" AS "LIFE_RESTARTED_KIDS_2_WEEKS"
FROM "layer__1"
