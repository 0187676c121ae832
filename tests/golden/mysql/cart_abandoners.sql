WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`preferred_channel` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__preferred_channel`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    CAST(`t`.`price` AS DECIMAL(38, 9)) AS `price`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'page_view'
    )
), `agg__1` AS (
  SELECT
    `__key`,
    MAX(CASE WHEN `event_name` = 'page_view' THEN `__time` END) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `scan__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    CAST(`t`.`price` AS DECIMAL(38, 9)) AS `price`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'add_to_cart'
    )
), `scan__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `seq__1` AS (
  SELECT DISTINCT
    `a`.`__key`
  FROM `scan__1` AS `a`
  WHERE
    `a`.`event_name` = 'add_to_cart'
    AND COALESCE((
      `a`.`price` >= 30
    ), FALSE)
    AND `a`.`__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
    AND `a`.`__time` + INTERVAL '1' DAY <= CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND NOT EXISTS(
      SELECT
        1
      FROM `scan__2` AS `b`
      WHERE
        `b`.`__key` = `a`.`__key`
        AND `b`.`__time` > `a`.`__time`
        AND `b`.`__time` <= `a`.`__time` + INTERVAL '1' DAY
        AND `b`.`__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '14' DAY
    )
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__preferred_channel`,
    `agg__1`.`g__1_1`,
    NOT `seq__1`.`__key` IS NULL AS `seq__1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `seq__1`
    ON `seq__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      `seq__1`
      AND NOT `a__preferred_channel` IS NULL
      AND NOT (
        COALESCE(
          (
            `g__1_1` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' MINUTE
          ),
          FALSE
        )
      )
    ) AS `d__cart_abandoners`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__cart_abandoners`
