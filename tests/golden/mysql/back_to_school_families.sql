WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`customer_type` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__customer_type`,
    `e`.`is_subscribed` AS `a__is_subscribed`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`category` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `category`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= LEAST(
      CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '6' MONTH,
      CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' YEAR,
      CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY,
      CAST(CAST('2025-08-01' AS DATE) AS DATETIME(6)),
      CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' DAY
    )
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN COALESCE((
          `category` = 'running'
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '6' MONTH
        THEN 1
      END
    ) AS `g__1_1`,
    MIN(
      CASE
        WHEN COALESCE((
          `category` = 'running'
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '6' MONTH
        THEN `amount`
      END
    ) AS `g__1_2`,
    MAX(
      CASE
        WHEN COALESCE((
          `category` = 'outdoor'
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' YEAR
        THEN `amount`
      END
    ) AS `g__1_3`,
    SUM(
      CASE
        WHEN COALESCE((
          `category` = 'kids'
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN `amount`
      END
    ) AS `g__1_4`,
    COUNT(
      CASE
        WHEN COALESCE((
          `category` = 'fitness'
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN 1
      END
    ) AS `g__1_5`,
    COUNT(
      CASE
        WHEN COALESCE((
          `discount` < 0
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN 1
      END
    ) AS `g__1_6`,
    SUM(
      CASE
        WHEN `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN `discount`
      END
    ) AS `g__1_7`,
    SUM(
      CASE
        WHEN `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN `amount`
      END
    ) AS `g__1_8`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
        THEN `amount`
      END
    ) AS `g__1_9`,
    COUNT(
      CASE
        WHEN (
          COALESCE((
            `category` = 'kids'
          ), FALSE)
          AND COALESCE((
            `amount` >= 50
          ), FALSE)
        )
        AND `__time` >= CAST(CAST('2025-08-01' AS DATE) AS DATETIME(6))
        AND `__time` < CAST(CAST(CAST('2025-09-15' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6))
        THEN 1
      END
    ) AS `g__1_10`,
    COUNT(
      CASE
        WHEN COALESCE((
          `category` = 'kids'
        ), FALSE)
        AND `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' DAY
        THEN 1
      END
    ) AS `g__1_11`
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
), `scan__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`category` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `category`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `dst__1` AS (
  SELECT
    `__key`,
    COUNT(*) AS `v`
  FROM (
    SELECT DISTINCT
      `__key`,
      `category` AS `__value`
    FROM `scan__1` AS `s`
    WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '365' DAY
      AND NOT `category` IS NULL
  ) AS `d`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__customer_type`,
    `entity`.`a__is_subscribed`,
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
    `agg__2`.`g__2_1`,
    `dst__1`.`v` AS `dst__1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
  LEFT JOIN `dst__1`
    ON `dst__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    CAST(COALESCE(`g__1_8`, 0) AS DECIMAL(38, 9)) AS `d__revenue_365d`,
    CAST(ROUND(
      CAST(CASE
        WHEN CAST(`g__1_9` AS DECIMAL(38, 9)) = 0
        THEN NULL
        ELSE CAST(CAST((
          2 * ABS(
            CAST((
              CAST(`g__1_8` AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(65, 0))
          ) + ABS(CAST((
            CAST(`g__1_9` AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(65, 0))) - (
            2 * ABS(
              CAST((
                CAST(`g__1_8` AS DECIMAL(38, 9)) * 1000000000000000000
              ) AS DECIMAL(65, 0))
            ) + ABS(CAST((
              CAST(`g__1_9` AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(65, 0)))
          ) % (
            2 * ABS(CAST((
              CAST(`g__1_9` AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(65, 0)))
          )
        ) / (
          2 * ABS(CAST((
            CAST(`g__1_9` AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(65, 0)))
        ) AS DECIMAL(65, 0)) * CASE
          WHEN (
            CAST(`g__1_8` AS DECIMAL(38, 9)) < 0
          ) <> (
            CAST(`g__1_9` AS DECIMAL(38, 9)) < 0
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
        COALESCE(`g__1_6`, 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE(`g__1_7`, 0)) >= (
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
), `layer__4` AS (
  SELECT
    *,
    CASE
      WHEN COALESCE((
        `a__customer_type` = 'b2b'
      ), FALSE)
      THEN 'team_buyer'
      WHEN (
        COALESCE((
          COALESCE(`g__1_1`, 0) >= 2
        ), FALSE)
        AND COALESCE((
          `g__1_2` >= 90
        ), FALSE)
      )
      THEN 'performance_runner'
      WHEN COALESCE((
        `g__1_3` >= 250
      ), FALSE)
      THEN 'outdoor_explorer'
      WHEN COALESCE((
        COALESCE(`g__1_4`, 0) >= 100
      ), FALSE)
      THEN 'kids_family'
      WHEN COALESCE((
        COALESCE(`g__1_5`, 0) >= 2
      ), FALSE)
      THEN 'fitness_fan'
      WHEN `d__bargain_hunters`
      THEN 'bargain_hunter'
      WHEN COALESCE((
        COALESCE(`dst__1`, 0) >= 3
      ), FALSE)
      THEN 'all_rounder'
      ELSE 'casual'
    END AS `d__persona`
  FROM `layer__3`
), `layer__5` AS (
  SELECT
    *,
    (
      COALESCE((
        `d__persona` = 'kids_family'
      ), FALSE)
      AND COALESCE((
        `a__is_subscribed`
      ), FALSE)
      AND COALESCE(`g__1_10`, 0) > 0
      AND COALESCE(`g__1_11`, 0) = 0
    ) AS `d__back_to_school_families`
  FROM `layer__4`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__5`
WHERE
  `d__back_to_school_families`
