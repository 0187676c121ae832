WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN COALESCE((
          `discount` < 0
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN 1
      END
    ) AS `g__1_1`,
    SUM(
      CASE
        WHEN `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN `discount`
      END
    ) AS `g__1_2`,
    SUM(
      CASE
        WHEN `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN `amount`
      END
    ) AS `g__1_3`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN `amount`
      END
    ) AS `g__1_4`
  FROM `ev__1`
  GROUP BY
    `__key`
), `ev__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    CAST(`t`.`page` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `page`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
      WEEKDAY(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE))
    ) DAY AS DATETIME(6))
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'page_view'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN `event_name` = 'page_view'
        AND COALESCE(
          (
            LEFT(`page`, CHAR_LENGTH('/sale')) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = '/sale' COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          ),
          FALSE
        )
        AND `__time` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          WEEKDAY(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE))
        ) DAY AS DATETIME(6))
        AND `__time` < CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          WEEKDAY(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE))
        ) DAY AS DATETIME(6)) + INTERVAL '7' DAY
        THEN 1
      END
    ) AS `g__2_1`
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
    `agg__2`.`g__2_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    CAST(COALESCE(`g__1_3`, 0) AS DECIMAL(38, 9)) AS `d__revenue_365d`,
    CAST(ROUND(
      CAST(CASE
        WHEN CAST(`g__1_4` AS DECIMAL(38, 9)) = 0
        THEN NULL
        ELSE CAST(CAST((
          2 * ABS(
            CAST((
              CAST(`g__1_3` AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(65, 0))
          ) + ABS(CAST((
            CAST(`g__1_4` AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(65, 0))) - (
            2 * ABS(
              CAST((
                CAST(`g__1_3` AS DECIMAL(38, 9)) * 1000000000000000000
              ) AS DECIMAL(65, 0))
            ) + ABS(CAST((
              CAST(`g__1_4` AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(65, 0)))
          ) % (
            2 * ABS(CAST((
              CAST(`g__1_4` AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(65, 0)))
          )
        ) / (
          2 * ABS(CAST((
            CAST(`g__1_4` AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(65, 0)))
        ) AS DECIMAL(65, 0)) * CASE
          WHEN (
            CAST(`g__1_3` AS DECIMAL(38, 9)) < 0
          ) <> (
            CAST(`g__1_4` AS DECIMAL(38, 9)) < 0
          )
          THEN -1
          ELSE 1
        END * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
      END AS DECIMAL(38, 9)),
      2
    ) AS DECIMAL(38, 9)) AS `d__avg_order_value`
  FROM `base`
), `rank__2` AS (
  SELECT
    `__key`,
    COUNT(`d__avg_order_value`) OVER () AS `w__d__avg_order_value__count`,
    RANK() OVER (
      PARTITION BY `d__avg_order_value` IS NULL
      ORDER BY CASE WHEN `d__avg_order_value` IS NULL THEN 1 ELSE 0 END, `d__avg_order_value` ASC
    ) AS `w__d__avg_order_value__asc`
  FROM (
    SELECT
      `__key`,
      `d__avg_order_value`
    FROM `layer__1`
  ) AS `v`
), `layer__2` AS (
  SELECT
    `layer__1`.*,
    `rank__2`.`w__d__avg_order_value__count`,
    `rank__2`.`w__d__avg_order_value__asc`
  FROM `layer__1`
  LEFT JOIN `rank__2`
    ON `rank__2`.`__key` = `layer__1`.`__key`
), `layer__3` AS (
  SELECT
    *,
    (
      COALESCE((
        COALESCE(`g__1_1`, 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE(`g__1_2`, 0)) >= (
            CAST(ROUND(CAST('0.15' AS DECIMAL(38, 9)) * `d__revenue_365d`, 9) AS DECIMAL(38, 9))
          )
        ),
        FALSE
      )
      AND COALESCE(
        (
          NOT `d__avg_order_value` IS NULL
          AND (
            `w__d__avg_order_value__asc` - 1
          ) * 100 < 30 * `w__d__avg_order_value__count`
        ),
        FALSE
      )
      AND COALESCE(`g__2_1`, 0) > 0
    ) AS `d__bargain_hunters`
  FROM `layer__2`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__3`
WHERE
  `d__bargain_hunters`
