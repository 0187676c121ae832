WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`amount` AS NUMERIC) AS `amount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= LEAST(
      TIMESTAMP(
        DATETIME_SUB(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), QUARTER, 'UTC'),
            'UTC'
          ),
          INTERVAL 3 MONTH
        ),
        'UTC'
      ),
      TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), QUARTER, 'UTC')
    )
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP)
), `agg__1` AS (
  SELECT
    `__key`,
    SUM(
      IF(
        `__time` >= TIMESTAMP(
          DATETIME_SUB(
            DATETIME(
              TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), QUARTER, 'UTC'),
              'UTC'
            ),
            INTERVAL 3 MONTH
          ),
          'UTC'
        )
        AND `__time` < TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), QUARTER, 'UTC'),
        `amount`,
        NULL
      )
    ) AS `g__1_1`,
    SUM(
      IF(
        `__time` >= TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), QUARTER, 'UTC')
        AND `__time` < TIMESTAMP(
          DATETIME_ADD(
            DATETIME(
              TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), QUARTER, 'UTC'),
              'UTC'
            ),
            INTERVAL 3 MONTH
          ),
          'UTC'
        ),
        `amount`,
        NULL
      )
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
            CAST('1.5' AS NUMERIC) * CAST(COALESCE(`g__1_1`, 0) AS NUMERIC)
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
