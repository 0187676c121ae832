WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`loyalty_tier` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__loyalty_tier`,
    CAST(`e`.`lifetime_value` AS DECIMAL(38, 9)) AS `a__lifetime_value`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
      DAYOFYEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
    ) DAY AS DATETIME(6))
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    SUM(
      CASE
        WHEN `__time` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFYEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6))
        AND `__time` < CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFYEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6)) + INTERVAL '1' YEAR
        THEN `amount`
      END
    ) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__loyalty_tier`,
    `entity`.`a__lifetime_value`,
    `agg__1`.`g__1_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    `a__lifetime_value` AS `v__1`
  FROM `base`
), `rank__2` AS (
  SELECT
    `__key`,
    COUNT(`v__1`) OVER () AS `w__v__1__count`,
    RANK() OVER (
      PARTITION BY `v__1` IS NULL
      ORDER BY CASE WHEN `v__1` IS NULL THEN 1 ELSE 0 END, `v__1` ASC
    ) AS `w__v__1__asc`
  FROM (
    SELECT
      `__key`,
      `v__1`
    FROM `layer__1`
  ) AS `v`
), `layer__2` AS (
  SELECT
    `layer__1`.*,
    `rank__2`.`w__v__1__count`,
    `rank__2`.`w__v__1__asc`
  FROM `layer__1`
  LEFT JOIN `rank__2`
    ON `rank__2`.`__key` = `layer__1`.`__key`
), `layer__3` AS (
  SELECT
    *,
    (
      COALESCE((
        `a__loyalty_tier` IN ('bronze', 'silver')
      ), FALSE)
      AND (
        COALESCE(
          (
            CASE
              WHEN `v__1` IS NULL
              THEN NULL
              ELSE (
                (
                  `w__v__1__asc` - 1
                ) * 10
              ) DIV `w__v__1__count` + 1
            END = 10
          ),
          FALSE
        )
        OR COALESCE((
          COALESCE(`g__1_1`, 0) >= 1000
        ), FALSE)
      )
    ) AS `d__tier_upgrade_candidates`
  FROM `layer__2`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__3`
WHERE
  `d__tier_upgrade_candidates`
