WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    MAX(`__time`) AS `g__1_1`,
    MIN(`__time`) AS `g__1_2`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    CAST(FLOOR(
      (
        CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', CAST('2026-11-01 00:00:00' AS DATETIME(6))) AS DECIMAL(30, 6)) / 1000000 - CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', `g__1_1`) AS DECIMAL(30, 6)) / 1000000
      ) / 86400
    ) AS SIGNED) AS `d__days_since_last_order`
  FROM `base`
), `layer__2` AS (
  SELECT
    *,
    (
      COALESCE((
        `d__days_since_last_order` < 90
      ), FALSE)
      AND COALESCE(
        (
          `g__1_2` < CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' DAY
        ),
        FALSE
      )
    ) AS `d__active_customers`
  FROM `layer__1`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__2`
WHERE
  `d__active_customers`
