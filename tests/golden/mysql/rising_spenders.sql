WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= LEAST(
      CAST(MAKEDATE(YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)), 1) + INTERVAL (
        3 * (
          QUARTER(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        )
      ) MONTH AS DATETIME(6)) - INTERVAL '3' MONTH,
      CAST(MAKEDATE(YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)), 1) + INTERVAL (
        3 * (
          QUARTER(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        )
      ) MONTH AS DATETIME(6))
    )
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    SUM(
      CASE
        WHEN `__time` >= CAST(MAKEDATE(YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)), 1) + INTERVAL (
          3 * (
            QUARTER(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
          )
        ) MONTH AS DATETIME(6)) - INTERVAL '3' MONTH
        AND `__time` < CAST(MAKEDATE(YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)), 1) + INTERVAL (
          3 * (
            QUARTER(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
          )
        ) MONTH AS DATETIME(6))
        THEN `amount`
      END
    ) AS `g__1_1`,
    SUM(
      CASE
        WHEN `__time` >= CAST(MAKEDATE(YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)), 1) + INTERVAL (
          3 * (
            QUARTER(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
          )
        ) MONTH AS DATETIME(6))
        AND `__time` < CAST(MAKEDATE(YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)), 1) + INTERVAL (
          3 * (
            QUARTER(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
          )
        ) MONTH AS DATETIME(6)) + INTERVAL '3' MONTH
        THEN `amount`
      END
    ) AS `g__1_2`
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
    (
      COALESCE((
        COALESCE(`g__1_1`, 0) > 0
      ), FALSE)
      AND COALESCE(
        (
          COALESCE(`g__1_2`, 0) >= (
            CAST(ROUND(CAST('1.5' AS DECIMAL(38, 9)) * COALESCE(`g__1_1`, 0), 9) AS DECIMAL(38, 9))
          )
        ),
        FALSE
      )
    ) AS `d__rising_spenders`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__rising_spenders`
