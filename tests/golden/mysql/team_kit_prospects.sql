WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`customer_type` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__customer_type`,
    CAST(`r__account`.`industry` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `r__account__industry`,
    CAST(`r__account`.`company` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `r__account__company`,
    CAST(`r__account`.`contract_tier` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `r__account__contract_tier`
  FROM `shop`.`customers` AS `e`
  LEFT JOIN `shop`.`accounts` AS `r__account`
    ON CAST(`r__account`.`account_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = CAST(`e`.`account_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`items` AS `items`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
      DAYOFYEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
    ) DAY AS DATETIME(6)) - INTERVAL '1' YEAR
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN COALESCE((
          `items` >= 10
        ), FALSE)
        AND `__time` >= CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFYEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6)) - INTERVAL '1' YEAR
        AND `__time` < CAST(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE) - INTERVAL (
          DAYOFYEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - 1
        ) DAY AS DATETIME(6))
        THEN 1
      END
    ) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__customer_type`,
    `entity`.`r__account__industry`,
    `entity`.`r__account__company`,
    `entity`.`r__account__contract_tier`,
    `agg__1`.`g__1_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE((
        `a__customer_type` = 'b2b'
      ), FALSE)
      AND (
        COALESCE(
          (
            `r__account__industry` IN ('sports_team', 'education', 'fitness_club')
          ),
          FALSE
        )
        OR COALESCE(
          (
            RIGHT(`r__account__company`, CHAR_LENGTH('e.V.')) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'e.V.' COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          ),
          FALSE
        )
      )
      AND `r__account__contract_tier` IS NULL
      AND COALESCE(`g__1_1`, 0) > 0
    ) AS `d__team_kit_prospects`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__team_kit_prospects`
