WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        `discount` < 0
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_1`,
    SUM(`discount`) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_2`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_3`,
    COUNT(`amount`) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_4`
  FROM `ev__1`
  GROUP BY
    `__key`
), `ev__2` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    `t`.`page` AS `page`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ)
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
    AND (
      `t`.`event_name` = 'page_view'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'page_view'
      AND COALESCE((
        STARTSWITH(`page`, '/sale')
      ), FALSE)
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ)
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ) + INTERVAL '7' DAY) AS `g__2_1`
  FROM `ev__2`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`,
    `agg__1`.`g__1_3`,
    `agg__1`.`g__1_4`,
    `agg__2`.`g__2_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    CAST(COALESCE(`g__1_3`, 0) AS DECIMAL(38, 9)) AS `d__revenue_365d`,
    CAST(ROUND(
      CAST(CASE
        WHEN (
          CAST((
            CAST(`g__1_4` AS DECIMAL(38, 9)) - (
              CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
            )
          ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
            CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
          ) * 1000000000 AS DECIMAL(38, 0))
        ) = 0
        THEN NULL
        ELSE CAST(CAST(CAST((
          CAST((
            2 * ABS(
              (
                CAST((
                  CAST(`g__1_3` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_3` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                  CAST(`g__1_3` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
              )
            ) + ABS(
              (
                CAST((
                  CAST(`g__1_4` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0)) - CAST((
            2 * ABS(
              (
                CAST((
                  CAST(`g__1_3` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_3` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                  CAST(`g__1_3` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
              )
            ) + ABS(
              (
                CAST((
                  CAST(`g__1_4` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0)) % CAST((
            2 * ABS(
              (
                CAST((
                  CAST(`g__1_4` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0))
        ) / CAST((
          2 * ABS(
            (
              CAST((
                CAST(`g__1_4` AS DECIMAL(38, 9)) - (
                  CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            )
          )
        ) AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) * CASE
          WHEN (
            (
              CAST((
                CAST(`g__1_3` AS DECIMAL(38, 9)) - (
                  CAST(`g__1_3` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                CAST(`g__1_3` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
            ) < 0
          ) <> (
            (
              CAST((
                CAST(`g__1_4` AS DECIMAL(38, 9)) - (
                  CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(`g__1_4` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            ) < 0
          )
          THEN -1
          ELSE 1
        END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
      END AS DECIMAL(38, 9)),
      2
    ) AS DECIMAL(38, 9)) AS `d__avg_order_value`
  FROM `base`
), `rank__2` AS (
  SELECT
    `__key`,
    COUNT(`d__avg_order_value`) OVER () AS `w__d__avg_order_value__count`,
    RANK() OVER (
      PARTITION BY `d__avg_order_value` IS NULL
      ORDER BY `d__avg_order_value` ASC NULLS LAST
    ) AS `w__d__avg_order_value__asc`
  FROM (
    SELECT
      `__key`,
      `d__avg_order_value`
    FROM `layer__1`
  ) AS `v`
), `layer__2` AS (
  SELECT
    `layer__1`.*,
    `rank__2`.`w__d__avg_order_value__count`,
    `rank__2`.`w__d__avg_order_value__asc`
  FROM `layer__1`
  LEFT JOIN `rank__2`
    ON `rank__2`.`__key` = `layer__1`.`__key`
), `layer__3` AS (
  SELECT
    *,
    (
      COALESCE((
        COALESCE(`g__1_1`, 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE(`g__1_2`, 0)) >= (
            CAST(CAST(CAST((
              CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) - (
                        CAST('0.15' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) - (
                        CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                ) + ABS(1000000000)
              ) AS DECIMAL(38, 0)) - CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) - (
                        CAST('0.15' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) - (
                        CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
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
                    CAST('0.15' AS DECIMAL(38, 9)) - (
                      CAST('0.15' AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST('0.15' AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) * (
                  CAST((
                    CAST(`d__revenue_365d` AS DECIMAL(38, 9)) - (
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
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
      AND COALESCE(
        (
          NOT `d__avg_order_value` IS NULL
          AND (
            `w__d__avg_order_value__asc` - 1
          ) * 100 < 30 * `w__d__avg_order_value__count`
        ),
        FALSE
      )
      AND COALESCE(`g__2_1`, 0) > 0
    ) AS `d__bargain_hunters`
  FROM `layer__2`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__3`
WHERE
  `d__bargain_hunters`
