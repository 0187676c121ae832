WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    MAX(`__time`) AS `g__1_1`,
    MIN(`__time`) AS `g__1_2`
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
    CAST(FLOOR(
      (
        TIMESTAMPDIFF(
          MICROSECOND,
          CAST('1970-01-01 00:00:00' AS TIMESTAMP_NTZ),
          CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
        ) / 1000000 - TIMESTAMPDIFF(
          MICROSECOND,
          CAST('1970-01-01 00:00:00' AS TIMESTAMP_NTZ),
          CAST(`g__1_1` AS TIMESTAMP_NTZ)
        ) / 1000000
      ) / 86400
    ) AS BIGINT) AS `d__days_since_last_order`
  FROM `base`
), `layer__2` AS (
  SELECT
    *,
    (
      COALESCE((
        `d__days_since_last_order` < 90
      ), FALSE)
      AND COALESCE(
        (
          `g__1_2` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '30' DAY
        ),
        FALSE
      )
    ) AS `d__active_customers`
  FROM `layer__1`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__2`
WHERE
  `d__active_customers`
