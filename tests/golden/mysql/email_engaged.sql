WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `e`.`is_subscribed` AS `a__is_subscribed`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= LEAST(
      CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
        DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
      ) DAY AS DATETIME(6)) - INTERVAL '1' MONTH,
      CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '90' DAY
    )
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'email_open'
      OR CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'email_click'
    )
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_open'
        AND `__time` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6)) - INTERVAL '1' MONTH
        AND `__time` < CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6))
        THEN 1
      END
    ) AS `g__1_1`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_click'
        AND `__time` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6)) - INTERVAL '1' MONTH
        AND `__time` < CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6))
        THEN 1
      END
    ) AS `g__1_2`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_click'
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '90' DAY
        THEN 1
      END
    ) AS `g__1_3`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_open'
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '90' DAY
        THEN 1
      END
    ) AS `g__1_4`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__is_subscribed`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`,
    `agg__1`.`g__1_3`,
    `agg__1`.`g__1_4`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    CAST((
      CASE
        WHEN CAST(COALESCE(`g__1_4`, 0) AS DECIMAL(38, 9)) = 0
        THEN NULL
        ELSE CAST(CAST((
          2 * ABS(
            CAST((
              CAST(COALESCE(`g__1_3`, 0) AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(65, 0))
          ) + ABS(
            CAST((
              CAST(COALESCE(`g__1_4`, 0) AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(65, 0))
          ) - (
            2 * ABS(
              CAST((
                CAST(COALESCE(`g__1_3`, 0) AS DECIMAL(38, 9)) * 1000000000000000000
              ) AS DECIMAL(65, 0))
            ) + ABS(
              CAST((
                CAST(COALESCE(`g__1_4`, 0) AS DECIMAL(38, 9)) * 1000000000
              ) AS DECIMAL(65, 0))
            )
          ) % (
            2 * ABS(
              CAST((
                CAST(COALESCE(`g__1_4`, 0) AS DECIMAL(38, 9)) * 1000000000
              ) AS DECIMAL(65, 0))
            )
          )
        ) / (
          2 * ABS(
            CAST((
              CAST(COALESCE(`g__1_4`, 0) AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(65, 0))
          )
        ) AS DECIMAL(65, 0)) * CASE
          WHEN (
            CAST(COALESCE(`g__1_3`, 0) AS DECIMAL(38, 9)) < 0
          ) <> (
            CAST(COALESCE(`g__1_4`, 0) AS DECIMAL(38, 9)) < 0
          )
          THEN -1
          ELSE 1
        END * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
      END
    ) AS DECIMAL(38, 9)) AS `d__email_click_rate_90d`
  FROM `base`
), `layer__2` AS (
  SELECT
    *,
    (
      COALESCE((
        `a__is_subscribed`
      ), FALSE)
      AND COALESCE((
        (
          COALESCE(`g__1_1`, 0) + COALESCE(`g__1_2`, 0)
        ) >= 3
      ), FALSE)
      AND COALESCE((
        `d__email_click_rate_90d` >= CAST('0.2' AS DECIMAL(38, 9))
      ), FALSE)
    ) AS `d__email_engaged`
  FROM `layer__1`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__2`
WHERE
  `d__email_engaged`
