WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`,
    CAST(`e`.`score` AS DECIMAL(38, 9)) AS `a__score`
  FROM `conf`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`
  FROM `conf`.`events` AS `t`
  WHERE
    `t`.`occurred_at` < CAST('2026-04-01 00:00:00' AS TIMESTAMP_NTZ)
    AND (
      `t`.`event_name` = 'email_click' OR `t`.`event_name` = 'email_open'
    )
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'email_click') AS `g__1_1`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'email_open') AS `g__1_2`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__score`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    COALESCE((
      `a__score` > CAST('0.40' AS DECIMAL(38, 9))
    ), FALSE) AS `d__pct_score_above_40`,
    COALESCE((
      `a__score` >= CAST('0.12345' AS DECIMAL(38, 9))
    ), FALSE) AS `d__pct_score_at_least_precise`,
    COALESCE(
      (
        `a__score` IN (
          CAST('0.10' AS DECIMAL(38, 9)),
          CAST('0.20' AS DECIMAL(38, 9)),
          CAST('-0.05' AS DECIMAL(38, 9))
        )
      ),
      FALSE
    ) AS `d__pct_score_in_list`,
    COALESCE(
      (
        (
          CAST(`a__score` AS DECIMAL(37, 9)) + CAST(CAST('0.50' AS DECIMAL(38, 9)) AS DECIMAL(37, 9))
        ) >= 1
      ),
      FALSE
    ) AS `d__pct_score_plus_half`,
    COALESCE(
      (
        (
          CASE
            WHEN (
              CAST((
                CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) - (
                  CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            ) = 0
            THEN NULL
            ELSE CAST(CAST(CAST((
              CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
                  )
                ) + ABS(
                  (
                    CAST((
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                )
              ) AS DECIMAL(38, 0)) - CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
                  )
                ) + ABS(
                  (
                    CAST((
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                )
              ) AS DECIMAL(38, 0)) % CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                )
              ) AS DECIMAL(38, 0))
            ) / CAST((
              2 * ABS(
                (
                  CAST((
                    CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) - (
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                )
              )
            ) AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) * CASE
              WHEN (
                (
                  CAST((
                    CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) - (
                      CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                    CAST(COALESCE(`g__1_1`, 0) AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
                ) < 0
              ) <> (
                (
                  CAST((
                    CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) - (
                      CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST(COALESCE(`g__1_2`, 0) AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) < 0
              )
              THEN -1
              ELSE 1
            END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
          END
        ) >= CAST('0.50' AS DECIMAL(38, 9))
      ),
      FALSE
    ) AS `d__pct_click_rate`,
    CAST('0.50' AS DECIMAL(38, 9)) AS `d__pct_half`,
    CAST((
      CAST(CAST(CAST((
        CAST((
          2 * ABS(
            (
              CAST((
                CAST(`a__score` AS DECIMAL(38, 9)) - (
                  CAST(`a__score` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(`a__score` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            ) * (
              CAST((
                CAST('0.125' AS DECIMAL(38, 9)) - (
                  CAST('0.125' AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST('0.125' AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            )
          ) + ABS(1000000000)
        ) AS DECIMAL(38, 0)) - CAST((
          2 * ABS(
            (
              CAST((
                CAST(`a__score` AS DECIMAL(38, 9)) - (
                  CAST(`a__score` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(`a__score` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            ) * (
              CAST((
                CAST('0.125' AS DECIMAL(38, 9)) - (
                  CAST('0.125' AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST('0.125' AS DECIMAL(38, 9)) % 1
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
              CAST(`a__score` AS DECIMAL(38, 9)) - (
                CAST(`a__score` AS DECIMAL(38, 9)) % 1
              )
            ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
              CAST(`a__score` AS DECIMAL(38, 9)) % 1
            ) * 1000000000 AS DECIMAL(38, 0))
          ) * (
            CAST((
              CAST('0.125' AS DECIMAL(38, 9)) - (
                CAST('0.125' AS DECIMAL(38, 9)) % 1
              )
            ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
              CAST('0.125' AS DECIMAL(38, 9)) % 1
            ) * 1000000000 AS DECIMAL(38, 0))
          ) < 0
        ) <> (
          1000000000 < 0
        )
        THEN -1
        ELSE 1
      END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
    ) AS DECIMAL(38, 9)) AS `d__pct_score_share`,
    CAST((
      CAST(CAST('1.00' AS DECIMAL(38, 9)) AS DECIMAL(37, 9)) + CAST(1 AS DECIMAL(37, 9))
    ) AS DECIMAL(38, 9)) AS `d__pct_whole`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`,
  `d__pct_score_above_40` AS `pct_score_above_40`,
  `d__pct_score_at_least_precise` AS `pct_score_at_least_precise`,
  `d__pct_score_in_list` AS `pct_score_in_list`,
  `d__pct_score_plus_half` AS `pct_score_plus_half`,
  `d__pct_click_rate` AS `pct_click_rate`,
  `d__pct_half` AS `pct_half`,
  `d__pct_score_share` AS `pct_score_share`,
  `d__pct_whole` AS `pct_whole`
FROM `layer__1`
