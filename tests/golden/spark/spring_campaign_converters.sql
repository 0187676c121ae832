WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`
  FROM `shop`.`customers` AS `e`
), `scan__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    `t`.`campaign` AS `campaign`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
    AND (
      `t`.`event_name` = 'email_click'
    )
), `scan__2` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `seq__1` AS (
  SELECT DISTINCT
    `a`.`__key`
  FROM `scan__1` AS `a`
  JOIN `scan__2` AS `b`
    ON `b`.`__key` = `a`.`__key`
    AND `b`.`__time` > `a`.`__time`
    AND `b`.`__time` <= `a`.`__time` + INTERVAL '2' DAY
    AND `b`.`__time` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
  WHERE
    `a`.`event_name` = 'email_click'
    AND COALESCE((
      STARTSWITH(`a`.`campaign`, 'spring26_')
    ), FALSE)
    AND `a`.`__time` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
), `base` AS (
  SELECT
    `entity`.`__key`,
    NOT `seq__1`.`__key` IS NULL AS `seq__1`
  FROM `entity`
  LEFT JOIN `seq__1`
    ON `seq__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    `seq__1` AS `d__spring_campaign_converters`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__spring_campaign_converters`
