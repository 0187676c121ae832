WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`returned_at` AS `__time`,
    CAST(`t`.`reason` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `reason`
  FROM `shop`.`returns` AS `t`
  WHERE
    `t`.`returned_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    MAX(`__time`) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `tie__1` AS (
  SELECT
    `__key`,
    MAX(`__value`) AS `v`
  FROM (
    SELECT
      `__key`,
      `reason` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__value`,
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
    `agg__1`.`g__1_1`,
    `tie__1`.`v` AS `tie__1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `tie__1`
    ON `tie__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE(
        (
          `g__1_1` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
            WEEKDAY(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE))
          ) DAY AS DATETIME(6)) - INTERVAL '7' DAY
          AND `g__1_1` < CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
            WEEKDAY(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE))
          ) DAY AS DATETIME(6))
        ),
        FALSE
      )
      AND COALESCE(
        (
          LOCATE(
            'size' COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            LOWER(`tie__1`) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          ) > 0
        ),
        FALSE
      )
    ) AS `d__size_returners`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__size_returners`
