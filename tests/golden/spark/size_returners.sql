WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`returned_at` AS `__time`,
    `t`.`reason` AS `reason`
  FROM `shop`.`returns` AS `t`
  WHERE
    `t`.`returned_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    MAX(`__time`) AS `g__1_1`,
    (
      MAX(STRUCT(`__time` AS `t`, NOT `reason` IS NULL AS `n`, `reason` AS `v`))
    ).`v` AS `g__1_2`
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
      COALESCE(
        (
          `g__1_1` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ) - INTERVAL '7' DAY
          AND `g__1_1` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ)
        ),
        FALSE
      )
      AND COALESCE((
        LOCATE('size', LOWER(`g__1_2`)) > 0
      ), FALSE)
    ) AS `d__size_returners`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__size_returners`
