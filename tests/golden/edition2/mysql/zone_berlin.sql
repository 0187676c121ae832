WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `e`.`signup_at` AS `a__signup_at`,
    `e`.`birthday` AS `a__birthday`
  FROM `tz`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `tz`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    MAX(`__time`) AS `g__1_1`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST('2026-03-29' AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST('2026-03-29' AS DATE) AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST('2026-03-29' AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST(CAST('2026-03-29' AS DATE) AS DATETIME(6)), 'Europe/Berlin', '+00:00') AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST('2026-03-29' AS DATE) AS DATETIME(6))
          THEN CAST(CONVERT_TZ(CAST(CAST('2026-03-29' AS DATE) AS DATETIME(6)), 'Europe/Berlin', '+00:00') AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CAST('2026-03-29' AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_2`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST('2026-03-28' AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST('2026-03-28' AS DATE) AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST('2026-03-28' AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST(CAST('2026-03-28' AS DATE) AS DATETIME(6)), 'Europe/Berlin', '+00:00') AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST('2026-03-28' AS DATE) AS DATETIME(6))
          THEN CAST(CONVERT_TZ(CAST(CAST('2026-03-28' AS DATE) AS DATETIME(6)), 'Europe/Berlin', '+00:00') AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CAST('2026-03-28' AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        AND `__time` < CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6)),
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6)),
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1' DAY AS DATE) AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_3`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            WEEKDAY(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            )
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              WEEKDAY(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              )
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6)),
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            WEEKDAY(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            )
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              WEEKDAY(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              )
            ) DAY AS DATETIME(6)),
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              WEEKDAY(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              )
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        AND `__time` < CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) + INTERVAL '7' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) + INTERVAL '7' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) + INTERVAL '7' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) + INTERVAL '7' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) + INTERVAL '7' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) + INTERVAL '7' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) + INTERVAL '7' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_4`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) - INTERVAL '7' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) - INTERVAL '7' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) - INTERVAL '7' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        WEEKDAY(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        )
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) - INTERVAL '7' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) - INTERVAL '7' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) - INTERVAL '7' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      WEEKDAY(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      )
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  WEEKDAY(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  )
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    WEEKDAY(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    )
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) - INTERVAL '7' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        AND `__time` < CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            WEEKDAY(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            )
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              WEEKDAY(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              )
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                WEEKDAY(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                )
              ) DAY AS DATETIME(6)),
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            WEEKDAY(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            )
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              WEEKDAY(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              )
            ) DAY AS DATETIME(6)),
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              WEEKDAY(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              )
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_5`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            DAYOFMONTH(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            ) - 1
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              DAYOFMONTH(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              ) - 1
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6)),
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            DAYOFMONTH(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            ) - 1
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              DAYOFMONTH(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              ) - 1
            ) DAY AS DATETIME(6)),
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              DAYOFMONTH(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              ) - 1
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        AND `__time` < CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) + INTERVAL '1' MONTH - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) + INTERVAL '1' MONTH
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) + INTERVAL '1' MONTH - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) + INTERVAL '1' MONTH,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) + INTERVAL '1' MONTH
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) + INTERVAL '1' MONTH,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) + INTERVAL '1' MONTH - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_6`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) - INTERVAL '1' MONTH - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) - INTERVAL '1' MONTH
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) - INTERVAL '1' MONTH - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(
                CASE
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)) + INTERVAL '1' DAY,
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                  WHEN CAST(CONVERT_TZ(
                    CAST(CONVERT_TZ(
                      CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                        DAYOFMONTH(
                          CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                        ) - 1
                      ) DAY AS DATETIME(6)),
                      'Europe/Berlin',
                      '+00:00'
                    ) AS DATETIME(6)),
                    '+00:00',
                    'Europe/Berlin'
                  ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6))
                  THEN CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6))
                  ELSE CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY
                END,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) - INTERVAL '1' MONTH,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(
            CASE
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY,
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
              WHEN CAST(CONVERT_TZ(
                CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)),
                '+00:00',
                'Europe/Berlin'
              ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6))
              THEN CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)),
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6))
              ELSE CAST(CONVERT_TZ(
                CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                'Europe/Berlin',
                '+00:00'
              ) AS DATETIME(6)) + INTERVAL '1' DAY
            END,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) - INTERVAL '1' MONTH
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) - INTERVAL '1' MONTH,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CASE
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)) + INTERVAL '1' DAY,
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
                WHEN CAST(CONVERT_TZ(
                  CAST(CONVERT_TZ(
                    CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                      DAYOFMONTH(
                        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                      ) - 1
                    ) DAY AS DATETIME(6)),
                    'Europe/Berlin',
                    '+00:00'
                  ) AS DATETIME(6)),
                  '+00:00',
                  'Europe/Berlin'
                ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                  DAYOFMONTH(
                    CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                  ) - 1
                ) DAY AS DATETIME(6))
                THEN CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)),
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6))
                ELSE CAST(CONVERT_TZ(
                  CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                    DAYOFMONTH(
                      CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                    ) - 1
                  ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
                  'Europe/Berlin',
                  '+00:00'
                ) AS DATETIME(6)) + INTERVAL '1' DAY
              END,
              '+00:00',
              'Europe/Berlin'
            ) AS DATETIME(6)) - INTERVAL '1' MONTH - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        AND `__time` < CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            DAYOFMONTH(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            ) - 1
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              DAYOFMONTH(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              ) - 1
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
                DAYOFMONTH(
                  CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
                ) - 1
              ) DAY AS DATETIME(6)),
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
            DAYOFMONTH(
              CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
            ) - 1
          ) DAY AS DATETIME(6))
          THEN CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              DAYOFMONTH(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              ) - 1
            ) DAY AS DATETIME(6)),
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) - INTERVAL (
              DAYOFMONTH(
                CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
              ) - 1
            ) DAY AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_7`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '1' DAY
        THEN 1
      END
    ) AS `g__1_8`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_9`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '7' DAY
        THEN 1
      END
    ) AS `g__1_10`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '7' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '7' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '7' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '7' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '7' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '7' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '7' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_11`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' MONTH - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' MONTH
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' MONTH - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' MONTH,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' MONTH
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' MONTH,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' MONTH - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_12`,
    COUNT(
      CASE
        WHEN `__time` >= CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        AND `__time` < CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '1' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_13`,
    COUNT(
      CASE
        WHEN `__time` < CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) - INTERVAL '2' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END
        THEN 1
      END
    ) AS `g__1_14`
  FROM `ev__1`
  GROUP BY
    `__key`
), `scan__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `tz`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
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
    COUNT(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '1' DAY
        THEN 1
      END
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
        CAST(CAST(CONVERT_TZ(`g__1_1`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) = CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
      ),
      FALSE
    ) AS `d__z_bought_today`,
    COALESCE(
      (
        CAST(CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) = CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS `d__z_signup_on_switch_day`,
    COALESCE(
      (
        CAST(CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) < CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS `d__z_signup_before_switch_day`,
    CAST(CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE) AS `d__z_signup_day`,
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
        CAST(TIMESTAMPDIFF(
          MICROSECOND,
          '1970-01-01 00:00:00',
          CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6))
        ) AS DECIMAL(30, 6)) / 1000000 - CAST(TIMESTAMPDIFF(
          MICROSECOND,
          '1970-01-01 00:00:00',
          CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6))
        ) AS DECIMAL(30, 6)) / 1000000
      ) / 86400
    ) AS SIGNED) AS `d__z_days_since_signup`,
    CAST(CASE
      WHEN `a__birthday` IS NULL
      THEN NULL
      WHEN DATE_ADD(
        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE),
        INTERVAL -(
          YEAR(
            CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
          ) - YEAR(`a__birthday`)
        ) YEAR
      ) >= `a__birthday`
      THEN YEAR(
        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
      ) - YEAR(`a__birthday`)
      ELSE YEAR(
        CAST(CAST(CONVERT_TZ(CAST('2026-04-01 00:00:00' AS DATETIME(6)), '+00:00', 'Europe/Berlin') AS DATETIME(6)) AS DATE)
      ) - YEAR(`a__birthday`) - 1
    END AS SIGNED) AS `d__z_years_since_birthday`,
    COALESCE(
      (
        CASE
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) + INTERVAL '1' DAY - INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)) + INTERVAL '1' DAY,
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) + INTERVAL '1' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) + INTERVAL '1' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
          WHEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(
              CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) + INTERVAL '1' DAY,
              'Europe/Berlin',
              '+00:00'
            ) AS DATETIME(6)),
            '+00:00',
            'Europe/Berlin'
          ) AS DATETIME(6)) = CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) + INTERVAL '1' DAY
          THEN CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) + INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6))
          ELSE CAST(CONVERT_TZ(
            CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6)) + INTERVAL '1' DAY - INTERVAL '1' DAY,
            'Europe/Berlin',
            '+00:00'
          ) AS DATETIME(6)) + INTERVAL '1' DAY
        END < CAST('2026-04-01 00:00:00' AS DATETIME(6))
      ),
      FALSE
    ) AS `d__z_day_after_signup_passed`,
    COALESCE(`g__1_12`, 0) > 0 AS `d__z_last_1_month`,
    CAST(FLOOR(
      (
        CAST(TIMESTAMPDIFF(
          MICROSECOND,
          '1970-01-01 00:00:00',
          CAST(CONVERT_TZ(`g__1_1`, '+00:00', 'Europe/Berlin') AS DATETIME(6))
        ) AS DECIMAL(30, 6)) / 1000000 - CAST(TIMESTAMPDIFF(
          MICROSECOND,
          '1970-01-01 00:00:00',
          CAST(CONVERT_TZ(`a__signup_at`, '+00:00', 'Europe/Berlin') AS DATETIME(6))
        ) AS DECIMAL(30, 6)) / 1000000
      ) / 86400
    ) AS SIGNED) AS `d__z_days_signup_to_last_purchase`,
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
    CAST(COALESCE(`x__1`, 0) AS SIGNED) AS `d__z_purchases_first_day`
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
