WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`,
    `e`.`signup_at` AS `a__signup_at`,
    `e`.`birthday` AS `a__birthday`
  FROM `tz`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `tz`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP)
), `agg__1` AS (
  SELECT
    `__key`,
    MAX(`__time`) AS `g__1_1`,
    COUNTIF(`__time` >= TIMESTAMP(CAST('2026-03-29' AS DATE), 'Europe/Berlin')) AS `g__1_2`,
    COUNTIF(
      `__time` >= TIMESTAMP(CAST('2026-03-28' AS DATE), 'Europe/Berlin')
      AND `__time` < TIMESTAMP(DATE_ADD(CAST('2026-03-29' AS DATE), INTERVAL 1 DAY), 'Europe/Berlin')
    ) AS `g__1_3`,
    COUNTIF(
      `__time` >= TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), ISOWEEK, 'Europe/Berlin')
      AND `__time` < TIMESTAMP(
        DATETIME_ADD(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), ISOWEEK, 'Europe/Berlin'),
            'Europe/Berlin'
          ),
          INTERVAL 7 DAY
        ),
        'Europe/Berlin'
      )
    ) AS `g__1_4`,
    COUNTIF(
      `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), ISOWEEK, 'Europe/Berlin'),
            'Europe/Berlin'
          ),
          INTERVAL 7 DAY
        ),
        'Europe/Berlin'
      )
      AND `__time` < TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), ISOWEEK, 'Europe/Berlin')
    ) AS `g__1_5`,
    COUNTIF(
      `__time` >= TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'Europe/Berlin')
      AND `__time` < TIMESTAMP(
        DATETIME_ADD(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'Europe/Berlin'),
            'Europe/Berlin'
          ),
          INTERVAL 1 MONTH
        ),
        'Europe/Berlin'
      )
    ) AS `g__1_6`,
    COUNTIF(
      `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(
            TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'Europe/Berlin'),
            'Europe/Berlin'
          ),
          INTERVAL 1 MONTH
        ),
        'Europe/Berlin'
      )
      AND `__time` < TIMESTAMP_TRUNC(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), MONTH, 'Europe/Berlin')
    ) AS `g__1_7`,
    COUNTIF(
      `__time` >= TIMESTAMP_SUB(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), INTERVAL 1 DAY)
    ) AS `g__1_8`,
    COUNTIF(
      `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'),
          INTERVAL 1 DAY
        ),
        'Europe/Berlin'
      )
    ) AS `g__1_9`,
    COUNTIF(
      `__time` >= TIMESTAMP_SUB(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), INTERVAL 7 DAY)
    ) AS `g__1_10`,
    COUNTIF(
      `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'),
          INTERVAL 7 DAY
        ),
        'Europe/Berlin'
      )
    ) AS `g__1_11`,
    COUNTIF(
      `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'),
          INTERVAL 1 MONTH
        ),
        'Europe/Berlin'
      )
    ) AS `g__1_12`,
    COUNTIF(
      `__time` >= TIMESTAMP(
        DATETIME_SUB(
          DATETIME(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'),
          INTERVAL 2 DAY
        ),
        'Europe/Berlin'
      )
      AND `__time` < TIMESTAMP(
        DATETIME_SUB(
          DATETIME(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'),
          INTERVAL 1 DAY
        ),
        'Europe/Berlin'
      )
    ) AS `g__1_13`,
    COUNTIF(
      `__time` < TIMESTAMP(
        DATETIME_SUB(
          DATETIME(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'),
          INTERVAL 2 DAY
        ),
        'Europe/Berlin'
      )
    ) AS `g__1_14`
  FROM `ev__1`
  GROUP BY
    `__key`
), `scan__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `tz`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP)
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__signup_at`,
    `entity`.`a__birthday`,
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
    `agg__1`.`g__1_12`,
    `agg__1`.`g__1_13`,
    `agg__1`.`g__1_14`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `anch__1_1` AS (
  SELECT
    `s`.`__key`,
    COUNTIF(
      `__time` >= `a__signup_at`
      AND `__time` < TIMESTAMP_ADD(`a__signup_at`, INTERVAL 1 DAY)
    ) AS `x__1`
  FROM `scan__1` AS `s`
  JOIN (
    SELECT
      `__key` AS `__anchor_key`,
      `a__signup_at`
    FROM `base`
  ) AS `p`
    ON `s`.`__key` = `p`.`__anchor_key`
  GROUP BY
    `s`.`__key`
), `layer__1` AS (
  SELECT
    `base`.*,
    `anch__1_1`.`x__1`,
    COALESCE(
      (
        DATE(`g__1_1`, 'Europe/Berlin') = DATE(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin')
      ),
      FALSE
    ) AS `d__z_bought_today`,
    COALESCE((
      DATE(`a__signup_at`, 'Europe/Berlin') = CAST('2026-03-29' AS DATE)
    ), FALSE) AS `d__z_signup_on_switch_day`,
    COALESCE((
      DATE(`a__signup_at`, 'Europe/Berlin') < CAST('2026-03-29' AS DATE)
    ), FALSE) AS `d__z_signup_before_switch_day`,
    DATE(`a__signup_at`, 'Europe/Berlin') AS `d__z_signup_day`,
    COALESCE(`g__1_2`, 0) > 0 AS `d__z_bought_since_switch_day`,
    COALESCE(`g__1_3`, 0) > 0 AS `d__z_bought_between_days`,
    COALESCE(`g__1_4`, 0) > 0 AS `d__z_current_week`,
    COALESCE(`g__1_5`, 0) > 0 AS `d__z_previous_week`,
    COALESCE(`g__1_6`, 0) > 0 AS `d__z_current_month`,
    COALESCE(`g__1_7`, 0) > 0 AS `d__z_previous_month`,
    COALESCE(`g__1_8`, 0) > 0 AS `d__z_last_1_day`,
    COALESCE(`g__1_9`, 0) > 0 AS `d__z_since_1_day_ago`,
    COALESCE(`g__1_10`, 0) > 0 AS `d__z_last_7_days`,
    COALESCE(`g__1_11`, 0) > 0 AS `d__z_since_7_days_ago`,
    CAST(FLOOR(
      (
        UNIX_MICROS(
          TIMESTAMP(DATETIME(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'), 'UTC')
        ) / 1000000 - UNIX_MICROS(TIMESTAMP(DATETIME(`a__signup_at`, 'Europe/Berlin'), 'UTC')) / 1000000
      ) / 86400
    ) AS INT64) AS `d__z_days_since_signup`,
    CAST(CASE
      WHEN `a__birthday` IS NULL
      THEN NULL
      WHEN DATE_ADD(
        DATE(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin'),
        INTERVAL -(
          EXTRACT(YEAR FROM DATE(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin')) - EXTRACT(YEAR FROM `a__birthday`)
        ) YEAR
      ) >= `a__birthday`
      THEN EXTRACT(YEAR FROM DATE(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin')) - EXTRACT(YEAR FROM `a__birthday`)
      ELSE EXTRACT(YEAR FROM DATE(CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP), 'Europe/Berlin')) - EXTRACT(YEAR FROM `a__birthday`) - 1
    END AS INT64) AS `d__z_years_since_birthday`,
    COALESCE(
      (
        TIMESTAMP(
          DATETIME_ADD(DATETIME(`a__signup_at`, 'Europe/Berlin'), INTERVAL 1 DAY),
          'Europe/Berlin'
        ) < CAST('2026-04-01 00:00:00+00:00' AS TIMESTAMP)
      ),
      FALSE
    ) AS `d__z_day_after_signup_passed`,
    COALESCE(`g__1_12`, 0) > 0 AS `d__z_last_1_month`,
    CAST(FLOOR(
      (
        UNIX_MICROS(TIMESTAMP(DATETIME(`g__1_1`, 'Europe/Berlin'), 'UTC')) / 1000000 - UNIX_MICROS(TIMESTAMP(DATETIME(`a__signup_at`, 'Europe/Berlin'), 'UTC')) / 1000000
      ) / 86400
    ) AS INT64) AS `d__z_days_signup_to_last_purchase`,
    (
      (
        CASE WHEN COALESCE(`g__1_9`, 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE(`g__1_13`, 0) > 0 THEN 1 ELSE 0 END
      )
    ) >= 2 AS `d__z_bought_2_of_last_2_days`,
    (
      COALESCE(`g__1_13`, 0) > 0 AND COALESCE(`g__1_9`, 0) = 0
    ) AS `d__z_stopped_in_last_day`,
    (
      COALESCE(`g__1_14`, 0) > 0
      AND COALESCE(`g__1_13`, 0) = 0
      AND COALESCE(`g__1_9`, 0) > 0
    ) AS `d__z_restarted_in_last_day`
  FROM `base`
  LEFT JOIN `anch__1_1`
    ON `anch__1_1`.`__key` = `base`.`__key`
), `layer__2` AS (
  SELECT
    *,
    CAST(COALESCE(`x__1`, 0) AS INT64) AS `d__z_purchases_first_day`
  FROM `layer__1`
)
SELECT
  `__key` AS `customer_id`,
  `d__z_bought_today` AS `z_bought_today`,
  `d__z_signup_on_switch_day` AS `z_signup_on_switch_day`,
  `d__z_signup_before_switch_day` AS `z_signup_before_switch_day`,
  `d__z_signup_day` AS `z_signup_day`,
  `d__z_bought_since_switch_day` AS `z_bought_since_switch_day`,
  `d__z_bought_between_days` AS `z_bought_between_days`,
  `d__z_current_week` AS `z_current_week`,
  `d__z_previous_week` AS `z_previous_week`,
  `d__z_current_month` AS `z_current_month`,
  `d__z_previous_month` AS `z_previous_month`,
  `d__z_last_1_day` AS `z_last_1_day`,
  `d__z_since_1_day_ago` AS `z_since_1_day_ago`,
  `d__z_last_7_days` AS `z_last_7_days`,
  `d__z_since_7_days_ago` AS `z_since_7_days_ago`,
  `d__z_days_since_signup` AS `z_days_since_signup`,
  `d__z_years_since_birthday` AS `z_years_since_birthday`,
  `d__z_day_after_signup_passed` AS `z_day_after_signup_passed`,
  `d__z_last_1_month` AS `z_last_1_month`,
  `d__z_days_signup_to_last_purchase` AS `z_days_signup_to_last_purchase`,
  `d__z_purchases_first_day` AS `z_purchases_first_day`,
  `d__z_bought_2_of_last_2_days` AS `z_bought_2_of_last_2_days`,
  `d__z_stopped_in_last_day` AS `z_stopped_in_last_day`,
  `d__z_restarted_in_last_day` AS `z_restarted_in_last_day`
FROM `layer__2`
