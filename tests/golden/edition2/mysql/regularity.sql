WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`
  FROM `conf`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`category` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `category`
  FROM `conf`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '7' DAY
        THEN 1
      END
    ) AS `g__1_1`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '7' DAY
        THEN 1
      END
    ) AS `g__1_2`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '21' DAY
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
        THEN 1
      END
    ) AS `g__1_3`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '28' DAY
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '21' DAY
        THEN 1
      END
    ) AS `g__1_4`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '1' MONTH
        THEN 1
      END
    ) AS `g__1_5`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' MONTH
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '1' MONTH
        THEN 1
      END
    ) AS `g__1_6`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' DAY
        THEN 1
      END
    ) AS `g__1_7`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '60' DAY
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' DAY
        THEN 1
      END
    ) AS `g__1_8`,
    COUNT(
      CASE
        WHEN `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' MONTH
        THEN 1
      END
    ) AS `g__1_9`,
    COUNT(
      CASE
        WHEN COALESCE((
          `category` = 'kids'
        ), FALSE)
        AND `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
        THEN 1
      END
    ) AS `g__1_10`,
    COUNT(
      CASE
        WHEN COALESCE((
          `category` = 'kids'
        ), FALSE)
        AND `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '28' DAY
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
        THEN 1
      END
    ) AS `g__1_11`,
    COUNT(
      CASE
        WHEN COALESCE((
          `category` = 'kids'
        ), FALSE)
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '28' DAY
        THEN 1
      END
    ) AS `g__1_12`
  FROM `ev__1`
  GROUP BY
    `__key`
), `ev__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`
  FROM `conf`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '3' DAY
    AND `t`.`occurred_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'email_open'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_open'
        AND `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '1' DAY
        THEN 1
      END
    ) AS `g__2_1`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_open'
        AND `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' DAY
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '1' DAY
        THEN 1
      END
    ) AS `g__2_2`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_open'
        AND `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '3' DAY
        AND `__time` < CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' DAY
        THEN 1
      END
    ) AS `g__2_3`
  FROM `ev__2`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`,
    `agg__1`.`g__1_3`,
    `agg__1`.`g__1_4`,
    `agg__1`.`g__1_5`,
    `agg__1`.`g__1_6`,
    `agg__1`.`g__1_7`,
    `agg__1`.`g__1_8`,
    `agg__1`.`g__1_9`,
    `agg__1`.`g__1_10`,
    `agg__1`.`g__1_11`,
    `agg__1`.`g__1_12`,
    `agg__2`.`g__2_1`,
    `agg__2`.`g__2_2`,
    `agg__2`.`g__2_3`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      (
        CASE WHEN COALESCE(`g__1_1`, 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE(`g__1_2`, 0) > 0 THEN 1 ELSE 0 END
      ) + (
        (
          CASE WHEN COALESCE(`g__1_3`, 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE(`g__1_4`, 0) > 0 THEN 1 ELSE 0 END
        )
      )
    ) >= 3 AS `d__reg_weekly_3_of_4`,
    (
      (
        CASE WHEN COALESCE(`g__1_5`, 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE(`g__1_6`, 0) > 0 THEN 1 ELSE 0 END
      )
    ) >= 2 AS `d__reg_monthly_2_of_2`,
    (
      (
        CASE WHEN COALESCE(`g__2_1`, 0) > 0 THEN 1 ELSE 0 END
      ) + (
        (
          CASE WHEN COALESCE(`g__2_2`, 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE(`g__2_3`, 0) > 0 THEN 1 ELSE 0 END
        )
      )
    ) >= 2 AS `d__reg_daily_opens_2_of_3`,
    NOT (
      (
        (
          CASE WHEN COALESCE(`g__1_1`, 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE(`g__1_2`, 0) > 0 THEN 1 ELSE 0 END
        ) + (
          (
            CASE WHEN COALESCE(`g__1_3`, 0) > 0 THEN 1 ELSE 0 END
          ) + (
            CASE WHEN COALESCE(`g__1_4`, 0) > 0 THEN 1 ELSE 0 END
          )
        )
      ) >= 3
    ) AS `d__reg_not_weekly`,
    (
      COALESCE(`g__1_8`, 0) > 0 AND COALESCE(`g__1_7`, 0) = 0
    ) AS `d__life_stopped_30_days`,
    (
      COALESCE(`g__1_6`, 0) > 0 AND COALESCE(`g__1_5`, 0) = 0
    ) AS `d__life_stopped_1_month`,
    NOT (
      (
        COALESCE(`g__1_6`, 0) > 0 AND COALESCE(`g__1_5`, 0) = 0
      )
    ) AS `d__life_not_stopped_1_month`,
    (
      COALESCE(`g__1_9`, 0) > 0
      AND COALESCE(`g__1_6`, 0) = 0
      AND COALESCE(`g__1_5`, 0) > 0
    ) AS `d__life_restarted_1_month`,
    (
      COALESCE(`g__1_12`, 0) > 0
      AND COALESCE(`g__1_11`, 0) = 0
      AND COALESCE(`g__1_10`, 0) > 0
    ) AS `d__life_restarted_kids_2_weeks`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`,
  `d__reg_weekly_3_of_4` AS `reg_weekly_3_of_4`,
  `d__reg_monthly_2_of_2` AS `reg_monthly_2_of_2`,
  `d__reg_daily_opens_2_of_3` AS `reg_daily_opens_2_of_3`,
  `d__reg_not_weekly` AS `reg_not_weekly`,
  `d__life_stopped_30_days` AS `life_stopped_30_days`,
  `d__life_stopped_1_month` AS `life_stopped_1_month`,
  `d__life_not_stopped_1_month` AS `life_not_stopped_1_month`,
  `d__life_restarted_1_month` AS `life_restarted_1_month`,
  `d__life_restarted_kids_2_weeks` AS `life_restarted_kids_2_weeks`
FROM `layer__1`
