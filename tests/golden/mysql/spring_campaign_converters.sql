WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`
  FROM `shop`.`customers` AS `e`
), `scan__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    CAST(`t`.`campaign` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `campaign`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST('2026-03-01 00:00:00' AS DATETIME(6))
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'email_click'
    )
), `scan__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-03-01 00:00:00' AS DATETIME(6))
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `seq__1` AS (
  SELECT DISTINCT
    `a`.`__key`
  FROM `scan__1` AS `a`
  JOIN `scan__2` AS `b`
    ON `b`.`__key` = `a`.`__key`
    AND `b`.`__time` > `a`.`__time`
    AND `b`.`__time` <= `a`.`__time` + INTERVAL '2' DAY
    AND `b`.`__time` >= CAST('2026-03-01 00:00:00' AS DATETIME(6))
  WHERE
    `a`.`event_name` = 'email_click'
    AND COALESCE(
      (
        LEFT(`a`.`campaign`, CHAR_LENGTH('spring26_')) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'spring26_' COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
      ),
      FALSE
    )
    AND `a`.`__time` >= CAST('2026-03-01 00:00:00' AS DATETIME(6))
), `base` AS (
  SELECT
    `entity`.`__key`,
    NOT `seq__1`.`__key` IS NULL AS `seq__1`
  FROM `entity`
  LEFT JOIN `seq__1`
    ON `seq__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    `seq__1` AS `d__spring_campaign_converters`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__spring_campaign_converters`
