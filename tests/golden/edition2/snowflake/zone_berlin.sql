WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."SIGNUP_AT" AS "a__signup_at",
    "e"."BIRTHDAY" AS "a__birthday"
  FROM "TZ"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time"
  FROM "TZ"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE('Europe/Berlin', 'UTC', CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE('Europe/Berlin', 'UTC', CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_2",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE('Europe/Berlin', 'UTC', CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE('Europe/Berlin', 'UTC', CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_3",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'WEEK',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'WEEK',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'WEEK',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) + INTERVAL '7 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) + INTERVAL '7 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) + INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) + INTERVAL '7 DAY'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) + INTERVAL '7 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) + INTERVAL '7 DAY'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) + INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_4",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) - INTERVAL '7 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'WEEK',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'WEEK',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'WEEK',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'WEEK',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'WEEK',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_5",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'MONTH',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'MONTH',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'MONTH',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) + INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_6",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CASE
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                  ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
                WHEN CAST(CONVERT_TIMEZONE(
                  'UTC',
                  'Europe/Berlin',
                  CAST(CONVERT_TIMEZONE(
                    'Europe/Berlin',
                    'UTC',
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                    ) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                THEN CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
                ELSE CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              END
            ) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CASE
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            WHEN CAST(CONVERT_TIMEZONE(
              'UTC',
              'Europe/Berlin',
              CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            THEN CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
            ELSE CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          END
        ) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CASE
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
                ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
              WHEN CAST(CONVERT_TIMEZONE(
                'UTC',
                'Europe/Berlin',
                CAST(CONVERT_TIMEZONE(
                  'Europe/Berlin',
                  'UTC',
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                  ) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
                'MONTH',
                CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              THEN CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ)
              ) AS TIMESTAMPNTZ)
              ELSE CAST(CONVERT_TIMEZONE(
                'Europe/Berlin',
                'UTC',
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
                ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
              ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            END
          ) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'MONTH',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(DATE_TRUNC(
              'MONTH',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
            ) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'MONTH',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(DATE_TRUNC(
            'MONTH',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_7",
    COUNT_IF("__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '1 DAY') AS "g__1_8",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_9",
    COUNT_IF("__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '7 DAY') AS "g__1_10",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_11",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_12",
    COUNT_IF(
      "__time" >= CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_13",
    COUNT_IF(
      "__time" < CASE
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        WHEN CAST(CONVERT_TIMEZONE(
          'UTC',
          'Europe/Berlin',
          CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
          ) AS TIMESTAMPNTZ)
        ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
        THEN CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY'
        ) AS TIMESTAMPNTZ)
        ELSE CAST(CONVERT_TIMEZONE(
          'Europe/Berlin',
          'UTC',
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
      END
    ) AS "g__1_14"
  FROM "ev__1"
  GROUP BY
    "__key"
), "scan__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time"
  FROM "TZ"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__signup_at",
    "entity"."a__birthday",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2",
    "agg__1"."g__1_3",
    "agg__1"."g__1_4",
    "agg__1"."g__1_5",
    "agg__1"."g__1_6",
    "agg__1"."g__1_7",
    "agg__1"."g__1_8",
    "agg__1"."g__1_9",
    "agg__1"."g__1_10",
    "agg__1"."g__1_11",
    "agg__1"."g__1_12",
    "agg__1"."g__1_13",
    "agg__1"."g__1_14"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "anch__1_1" AS (
  SELECT
    "s"."__key",
    COUNT_IF("__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '1 DAY') AS "x__1"
  FROM "scan__1" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at"
    FROM "base"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "layer__1" AS (
  SELECT
    "base".*,
    "anch__1_1"."x__1",
    COALESCE(
      (
        CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "g__1_1") AS TIMESTAMPNTZ) AS DATE) = CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) AS DATE)
      ),
      FALSE
    ) AS "d__z_bought_today",
    COALESCE(
      (
        CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) AS DATE) = CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS "d__z_signup_on_switch_day",
    COALESCE(
      (
        CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) AS DATE) < CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS "d__z_signup_before_switch_day",
    CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) AS DATE) AS "d__z_signup_day",
    COALESCE("g__1_2", 0) > 0 AS "d__z_bought_since_switch_day",
    COALESCE("g__1_3", 0) > 0 AS "d__z_bought_between_days",
    COALESCE("g__1_4", 0) > 0 AS "d__z_current_week",
    COALESCE("g__1_5", 0) > 0 AS "d__z_previous_week",
    COALESCE("g__1_6", 0) > 0 AS "d__z_current_month",
    COALESCE("g__1_7", 0) > 0 AS "d__z_previous_month",
    COALESCE("g__1_8", 0) > 0 AS "d__z_last_1_day",
    COALESCE("g__1_9", 0) > 0 AS "d__z_since_1_day_ago",
    COALESCE("g__1_10", 0) > 0 AS "d__z_last_7_days",
    COALESCE("g__1_11", 0) > 0 AS "d__z_since_7_days_ago",
    CAST(FLOOR(
      (
        DATE_PART(
          EPOCH_MICROSECOND,
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        ) / 1000000 - DATE_PART(
          EPOCH_MICROSECOND,
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ)
        ) / 1000000
      ) / 86400
    ) AS BIGINT) AS "d__z_days_since_signup",
    CAST(CASE
      WHEN "a__birthday" IS NULL
      THEN NULL
      WHEN DATEADD(
        YEAR,
        -(
          YEAR(
            CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) AS DATE)
          ) - YEAR("a__birthday")
        ),
        CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) AS DATE)
      ) >= "a__birthday"
      THEN YEAR(
        CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) AS DATE)
      ) - YEAR("a__birthday")
      ELSE YEAR(
        CAST(CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) AS DATE)
      ) - YEAR("a__birthday") - 1
    END AS BIGINT) AS "d__z_years_since_birthday",
    COALESCE(
      (
        CASE
          WHEN CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) + INTERVAL '1 DAY' - INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          THEN CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) + INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          WHEN CAST(CONVERT_TIMEZONE(
            'UTC',
            'Europe/Berlin',
            CAST(CONVERT_TIMEZONE(
              'Europe/Berlin',
              'UTC',
              CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
            ) AS TIMESTAMPNTZ)
          ) AS TIMESTAMPNTZ) = CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          THEN CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ)
          ELSE CAST(CONVERT_TIMEZONE(
            'Europe/Berlin',
            'UTC',
            CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ) + INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AS TIMESTAMPNTZ) + INTERVAL '1 DAY'
        END < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
      ),
      FALSE
    ) AS "d__z_day_after_signup_passed",
    COALESCE("g__1_12", 0) > 0 AS "d__z_last_1_month",
    CAST(FLOOR(
      (
        DATE_PART(
          EPOCH_MICROSECOND,
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "g__1_1") AS TIMESTAMPNTZ)
        ) / 1000000 - DATE_PART(
          EPOCH_MICROSECOND,
          CAST(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', "a__signup_at") AS TIMESTAMPNTZ)
        ) / 1000000
      ) / 86400
    ) AS BIGINT) AS "d__z_days_signup_to_last_purchase",
    (
      (
        CASE WHEN COALESCE("g__1_9", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE("g__1_13", 0) > 0 THEN 1 ELSE 0 END
      )
    ) >= 2 AS "d__z_bought_2_of_last_2_days",
    (
      COALESCE("g__1_13", 0) > 0 AND COALESCE("g__1_9", 0) = 0
    ) AS "d__z_stopped_in_last_day",
    (
      COALESCE("g__1_14", 0) > 0
      AND COALESCE("g__1_13", 0) = 0
      AND COALESCE("g__1_9", 0) > 0
    ) AS "d__z_restarted_in_last_day"
  FROM "base"
  LEFT JOIN "anch__1_1"
    ON "anch__1_1"."__key" = "base"."__key"
), "layer__2" AS (
  SELECT
    *,
    CAST(COALESCE("x__1", 0) AS BIGINT) AS "d__z_purchases_first_day"
  FROM "layer__1"
)
SELECT
  "__key" AS "CUSTOMER_ID",
  "d__z_bought_today" AS "Z_BOUGHT_TODAY",
  "d__z_signup_on_switch_day" AS "Z_SIGNUP_ON_SWITCH_DAY",
  "d__z_signup_before_switch_day" AS "Z_SIGNUP_BEFORE_SWITCH_DAY",
  "d__z_signup_day" AS "Z_SIGNUP_DAY",
  "d__z_bought_since_switch_day" AS "Z_BOUGHT_SINCE_SWITCH_DAY",
  "d__z_bought_between_days" AS "Z_BOUGHT_BETWEEN_DAYS",
  "d__z_current_week" AS "Z_CURRENT_WEEK",
  "d__z_previous_week" AS "Z_PREVIOUS_WEEK",
  "d__z_current_month" AS "Z_CURRENT_MONTH",
  "d__z_previous_month" AS "Z_PREVIOUS_MONTH",
  "d__z_last_1_day" AS "Z_LAST_1_DAY",
  "d__z_since_1_day_ago" AS "Z_SINCE_1_DAY_AGO",
  "d__z_last_7_days" AS "Z_LAST_7_DAYS",
  "d__z_since_7_days_ago" AS "Z_SINCE_7_DAYS_AGO",
  "d__z_days_since_signup" AS "Z_DAYS_SINCE_SIGNUP",
  "d__z_years_since_birthday" AS "Z_YEARS_SINCE_BIRTHDAY",
  "d__z_day_after_signup_passed" AS "Z_DAY_AFTER_SIGNUP_PASSED",
  "d__z_last_1_month" AS "Z_LAST_1_MONTH",
  "d__z_days_signup_to_last_purchase" AS "Z_DAYS_SIGNUP_TO_LAST_PURCHASE",
  "d__z_purchases_first_day" AS "Z_PURCHASES_FIRST_DAY",
  "d__z_bought_2_of_last_2_days" AS "Z_BOUGHT_2_OF_LAST_2_DAYS",
  "d__z_stopped_in_last_day" AS "Z_STOPPED_IN_LAST_DAY",
  "d__z_restarted_in_last_day" AS "Z_RESTARTED_IN_LAST_DAY"
FROM "layer__2"
