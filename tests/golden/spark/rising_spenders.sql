WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= LEAST(
      CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ) - INTERVAL '3' MONTH,
      CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ)
    )
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ) - INTERVAL '3' MONTH
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ)) AS `g__1_1`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ)
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ) + INTERVAL '3' MONTH) AS `g__1_2`
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
            CAST(CAST(CAST((
              CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) - (
                        CAST('1.5' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                ) + ABS(1000000000)
              ) AS DECIMAL(38, 0)) - CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) - (
                        CAST('1.5' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                ) + ABS(1000000000)
              ) AS DECIMAL(38, 0)) % CAST((
                2 * ABS(1000000000)
              ) AS DECIMAL(38, 0))
            ) / CAST((
              2 * ABS(1000000000)
            ) AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) * CASE
              WHEN (
                (
                  CAST((
                    CAST('1.5' AS DECIMAL(38, 9)) - (
                      CAST('1.5' AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST('1.5' AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) * (
                  CAST((
                    CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) - (
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) < 0
              ) <> (
                1000000000 < 0
              )
              THEN -1
              ELSE 1
            END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
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
