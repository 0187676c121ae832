WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`channel` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `channel`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `ev__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    `t`.`duration_s` AS `duration_s`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
      DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
    ) DAY AS DATETIME(6))
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'app_session'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    SUM(
      CASE
        WHEN `event_name` = 'app_session'
        AND `__time` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6))
        AND `__time` < CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFMONTH(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6)) + INTERVAL '1' MONTH
        THEN `duration_s`
      END
    ) AS `g__2_1`
  FROM `ev__2`
  GROUP BY
    `__key`
), `tie__1` AS (
  SELECT
    `__key`,
    MAX(`__value`) AS `v`
  FROM (
    SELECT
      `__key`,
      `channel` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__value`,
      `__time`,
      MIN(`__time`) OVER (PARTITION BY `__key`) AS `__edge`
    FROM `ev__1`
    WHERE
      TRUE
  ) AS `s`
  WHERE
    `__time` = `__edge`
  GROUP BY
    `__key`
), `tie__2` AS (
  SELECT
    `__key`,
    MAX(`__value`) AS `v`
  FROM (
    SELECT
      `__key`,
      `channel` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__value`,
      `__time`,
      MAX(`__time`) OVER (PARTITION BY `__key`) AS `__edge`
    FROM `ev__1`
    WHERE
      TRUE
  ) AS `s`
  WHERE
    `__time` = `__edge`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `agg__2`.`g__2_1`,
    `tie__1`.`v` AS `tie__1`,
    `tie__2`.`v` AS `tie__2`
  FROM `entity`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
  LEFT JOIN `tie__1`
    ON `tie__1`.`__key` = `entity`.`__key`
  LEFT JOIN `tie__2`
    ON `tie__2`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE((
        `tie__1` = 'store'
      ), FALSE)
      AND (
        COALESCE((
          `tie__2` IN ('web', 'app')
        ), FALSE)
        OR COALESCE((
          COALESCE(`g__2_1`, 0) >= 1800
        ), FALSE)
      )
    ) AS `d__digital_adopters`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__digital_adopters`
