WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`channel` AS `channel`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    (
      MAX(
        STRUCT(
          -TIMESTAMPDIFF(
            MICROSECOND,
            CAST('1970-01-01 00:00:00' AS TIMESTAMP_NTZ),
            CAST(`__time` AS TIMESTAMP_NTZ)
          ) AS `t`,
          NOT `channel` IS NULL AS `n`,
          `channel` AS `v`
        )
      )
    ).`v` AS `g__1_1`,
    (
      MAX(STRUCT(`__time` AS `t`, NOT `channel` IS NULL AS `n`, `channel` AS `v`))
    ).`v` AS `g__1_2`
  FROM `ev__1`
  GROUP BY
    `__key`
), `ev__2` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    `t`.`duration_s` AS `duration_s`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ)
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
    AND (
      `t`.`event_name` = 'app_session'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    SUM(`duration_s`) FILTER(WHERE
      `event_name` = 'app_session'
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ)
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ) + INTERVAL '1' MONTH) AS `g__2_1`
  FROM `ev__2`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`,
    `agg__2`.`g__2_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE((
        `g__1_1` = 'store'
      ), FALSE)
      AND (
        COALESCE((
          `g__1_2` IN ('web', 'app')
        ), FALSE)
        OR COALESCE((
          COALESCE(`g__2_1`, 0) >= 1800
        ), FALSE)
      )
    ) AS `d__digital_adopters`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__digital_adopters`
