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
    MIN(`__time`) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `agg__1`.`g__1_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE(
        (
          `g__1_1` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' DAY
          AND `g__1_1` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
        ),
        FALSE
      )
      AND COALESCE(
        (
          CAST(`g__1_1` AS DATE) < CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)
        ),
        FALSE
      )
    ) AS `d__new_customers`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__new_customers`
