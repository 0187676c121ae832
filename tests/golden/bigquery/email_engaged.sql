WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`,
    `e`.`is_subscribed` AS `a__is_subscribed`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= LEAST(
      TIMESTAMP(
        DATETIME_SUB(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'UTC'),
            'UTC'
          ),
          INTERVAL 1 MONTH
        ),
        'UTC'
      ),
      TIMESTAMP_SUB(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), INTERVAL 90 DAY)
    )
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP)
    AND (
      `t`.`event_name` = 'email_open' OR `t`.`event_name` = 'email_click'
    )
), `agg__1` AS (
  SELECT
    `__key`,
    COUNTIF(
      `event_name` = 'email_open'
      AND `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'UTC'),
            'UTC'
          ),
          INTERVAL 1 MONTH
        ),
        'UTC'
      )
      AND `__time` < TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'UTC')
    ) AS `g__1_1`,
    COUNTIF(
      `event_name` = 'email_click'
      AND `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'UTC'),
            'UTC'
          ),
          INTERVAL 1 MONTH
        ),
        'UTC'
      )
      AND `__time` < TIMESTAMP_TRUNC(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'UTC')
    ) AS `g__1_2`,
    COUNTIF(
      `event_name` = 'email_click'
      AND `__time` >= TIMESTAMP_SUB(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), INTERVAL 90 DAY)
    ) AS `g__1_3`,
    COUNTIF(
      `event_name` = 'email_open'
      AND `__time` >= TIMESTAMP_SUB(CAST('2026-11-01 00:00:00+00:00' AS TIMESTAMP), INTERVAL 90 DAY)
    ) AS `g__1_4`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__is_subscribed`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`,
    `agg__1`.`g__1_3`,
    `agg__1`.`g__1_4`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    CAST((
      CAST(COALESCE(`g__1_3`, 0) AS NUMERIC) / NULLIF(CAST(COALESCE(`g__1_4`, 0) AS NUMERIC), 0)
    ) AS NUMERIC) AS `d__email_click_rate_90d`
  FROM `base`
), `layer__2` AS (
  SELECT
    *,
    (
      COALESCE((
        `a__is_subscribed`
      ), FALSE)
      AND COALESCE((
        (
          COALESCE(`g__1_1`, 0) + COALESCE(`g__1_2`, 0)
        ) >= 3
      ), FALSE)
      AND COALESCE((
        `d__email_click_rate_90d` >= CAST('0.2' AS NUMERIC)
      ), FALSE)
    ) AS `d__email_engaged`
  FROM `layer__1`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__2`
WHERE
  `d__email_engaged`
