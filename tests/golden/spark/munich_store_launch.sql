WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`,
    `e`.`country` AS `a__country`,
    `e`.`postal_code` AS `a__zip`,
    `e`.`city` AS `a__city`,
    `e`.`first_name` AS `a__first_name`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '2' YEAR
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(*) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '2' YEAR) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__country`,
    `entity`.`a__zip`,
    `entity`.`a__city`,
    `entity`.`a__first_name`,
    `agg__1`.`g__1_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE((
        UPPER(TRIM(`a__country`)) = 'DE'
      ), FALSE)
      AND (
        COALESCE((
          `a__zip` RLIKE '^8[0-5][0-9]{3}\\z'
        ), FALSE)
        OR COALESCE((
          LOWER(TRIM(`a__city`)) IN ('munich', 'muenchen')
        ), FALSE)
      )
      AND COALESCE(`g__1_1`, 0) > 0
      AND COALESCE((
        LENGTH(TRIM(`a__first_name`)) >= 2
      ), FALSE)
    ) AS `d__munich_store_launch`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__munich_store_launch`
