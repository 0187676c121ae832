WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`lifetime_value` AS DECIMAL(38, 9)) AS `a__lifetime_value`,
    `e`.`is_subscribed` AS `a__is_subscribed`,
    CAST(`e`.`email` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__email`
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
    MAX(`__time`) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `ev__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '90' DAY
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'email_open'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_open'
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '90' DAY
        THEN 1
      END
    ) AS `g__2_1`
  FROM `ev__2`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__lifetime_value`,
    `entity`.`a__is_subscribed`,
    `entity`.`a__email`,
    `agg__1`.`g__1_1`,
    `agg__2`.`g__2_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    COALESCE(
      (
        `g__1_1` < CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '180' DAY
      ),
      FALSE
    ) AS `d__churned_customers`,
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
      `d__churned_customers`
      AND COALESCE((
        `d__days_since_last_order` <= 730
      ), FALSE)
      AND COALESCE((
        `a__lifetime_value` >= 150
      ), FALSE)
      AND COALESCE((
        `a__is_subscribed`
      ), FALSE)
      AND COALESCE(`g__2_1`, 0) > 0
      AND COALESCE(
        (
          REGEXP_INSTR(
            LOWER(`a__email`) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[^@ ]+@[^@ ]+\\.[a-z]{2,}\\z'
          ) > 0
        ),
        FALSE
      )
    ) AS `d__winback_targets`
  FROM `layer__1`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__2`
WHERE
  `d__winback_targets`
