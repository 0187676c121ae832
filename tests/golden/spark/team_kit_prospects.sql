WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`,
    `e`.`customer_type` AS `a__customer_type`,
    `r__account`.`industry` AS `r__account__industry`,
    `r__account`.`company` AS `r__account__company`,
    `r__account`.`contract_tier` AS `r__account__contract_tier`
  FROM `shop`.`customers` AS `e`
  LEFT JOIN `shop`.`accounts` AS `r__account`
    ON `r__account`.`account_id` = `e`.`account_id`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`items` AS `items`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'YEAR') AS TIMESTAMP_NTZ) - INTERVAL '1' YEAR
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        `items` >= 10
      ), FALSE)
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'YEAR') AS TIMESTAMP_NTZ) - INTERVAL '1' YEAR
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'YEAR') AS TIMESTAMP_NTZ)) AS `g__1_1`
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
        OR COALESCE((
          ENDSWITH(`r__account__company`, 'e.V.')
        ), FALSE)
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
