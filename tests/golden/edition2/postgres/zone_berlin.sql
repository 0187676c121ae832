WITH "entity" AS (
  SELECT
    "e"."customer_id" AS "__key",
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "e"."signup_at")) AT TIME ZONE 'UTC' AS "a__signup_at",
    "e"."birthday" AS "a__birthday"
  FROM "tz"."customers" AS "e"
), "ev__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."ordered_at")) AT TIME ZONE 'UTC' AS "__time"
  FROM "tz"."orders" AS "t"
  WHERE
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."ordered_at")) AT TIME ZONE 'UTC' < CAST('2026-04-01 00:00:00' AS TIMESTAMP)
), "agg__1" AS (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP)
        THEN (
          CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP)
        THEN CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_2",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP)
        THEN (
          CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP)
        THEN CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN (
          (
            CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMP)
        THEN (
          CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMP)
        THEN CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST(CAST(CAST('2026-03-29' AS DATE) + INTERVAL '1 DAY' AS DATE) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_3",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN (
          CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN (
          (
            CASE
              WHEN (
                (
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                  ) AS TIMESTAMP) - INTERVAL '1 DAY'
                ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              WHEN CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
              ELSE (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '7 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '7 DAY'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '7 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '7 DAY'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '7 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_4",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CASE
              WHEN (
                (
                  CAST(DATE_TRUNC(
                    'WEEK',
                    CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                  ) AS TIMESTAMP) - INTERVAL '1 DAY'
                ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              WHEN CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
              ELSE (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'WEEK',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN (
          (
            CAST(DATE_TRUNC(
              'WEEK',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN (
          CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN CAST(DATE_TRUNC(
          'WEEK',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST(DATE_TRUNC(
            'WEEK',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_5",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN (
          CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN (
          (
            CASE
              WHEN (
                (
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                  ) AS TIMESTAMP) - INTERVAL '1 DAY'
                ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              WHEN CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
              ELSE (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 MONTH' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 MONTH'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 MONTH'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 MONTH'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 MONTH'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_6",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CASE
              WHEN (
                (
                  CAST(DATE_TRUNC(
                    'MONTH',
                    CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                  ) AS TIMESTAMP) - INTERVAL '1 DAY'
                ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
              WHEN CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP)
              THEN CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
              ELSE (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CASE
          WHEN (
            (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP)
          THEN CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        THEN (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CASE
            WHEN (
              (
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
                ) AS TIMESTAMP) - INTERVAL '1 DAY'
              ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
            WHEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP)
            THEN CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
            ELSE (
              CAST(DATE_TRUNC(
                'MONTH',
                CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
              ) AS TIMESTAMP) - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          END AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN (
          (
            CAST(DATE_TRUNC(
              'MONTH',
              CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
            ) AS TIMESTAMP) - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN (
          CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP)
        THEN CAST(DATE_TRUNC(
          'MONTH',
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
        ) AS TIMESTAMP) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST(DATE_TRUNC(
            'MONTH',
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin'
          ) AS TIMESTAMP) - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_7",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMP) - INTERVAL '1 DAY') AS "g__1_8",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_9",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS TIMESTAMP) - INTERVAL '7 DAY') AS "g__1_10",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '7 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_11",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 MONTH' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_12",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN (
          (
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END
      AND "__time" < CASE
        WHEN (
          (
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '1 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_13",
    COUNT(*) FILTER(WHERE
      "__time" < CASE
        WHEN (
          (
            CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        WHEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        THEN (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
        ELSE (
          CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' - INTERVAL '2 DAY' - INTERVAL '1 DAY'
        ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
      END) AS "g__1_14"
  FROM "ev__1"
  GROUP BY
    "__key"
), "scan__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."ordered_at")) AT TIME ZONE 'UTC' AS "__time"
  FROM "tz"."orders" AS "t"
  WHERE
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."ordered_at")) AT TIME ZONE 'UTC' < CAST('2026-04-01 00:00:00' AS TIMESTAMP)
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
    COUNT(*) FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '1 DAY') AS "x__1"
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
        CAST("g__1_1" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE) = CAST(CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE)
      ),
      FALSE
    ) AS "d__z_bought_today",
    COALESCE(
      (
        CAST("a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE) = CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS "d__z_signup_on_switch_day",
    COALESCE(
      (
        CAST("a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE) < CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS "d__z_signup_before_switch_day",
    CAST("a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE) AS "d__z_signup_day",
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
      CAST((
        EXTRACT(EPOCH FROM CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin') - EXTRACT(EPOCH FROM "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin')
      ) AS DOUBLE PRECISION) / 86400
    ) AS BIGINT) AS "d__z_days_since_signup",
    CAST(CASE
      WHEN "a__birthday" IS NULL
      THEN NULL
      WHEN CAST(CAST(CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE) + MAKE_INTERVAL(
        years => CAST(-(
          EXTRACT(YEAR FROM CAST(CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE)) - EXTRACT(YEAR FROM "a__birthday")
        ) AS INT)
      ) AS DATE) >= "a__birthday"
      THEN EXTRACT(YEAR FROM CAST(CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE)) - EXTRACT(YEAR FROM "a__birthday")
      ELSE EXTRACT(YEAR FROM CAST(CAST('2026-04-01 00:00:00' AS TIMESTAMP) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' AS DATE)) - EXTRACT(YEAR FROM "a__birthday") - 1
    END AS BIGINT) AS "d__z_years_since_birthday",
    COALESCE(
      (
        CASE
          WHEN (
            (
              "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 DAY' - INTERVAL '1 DAY'
            ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 DAY'
          THEN (
            "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
          WHEN (
            "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' = "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 DAY'
          THEN (
            "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC'
          ELSE (
            "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 DAY' - INTERVAL '1 DAY'
          ) AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC' + INTERVAL '1 DAY'
        END < CAST('2026-04-01 00:00:00' AS TIMESTAMP)
      ),
      FALSE
    ) AS "d__z_day_after_signup_passed",
    COALESCE("g__1_12", 0) > 0 AS "d__z_last_1_month",
    CAST(FLOOR(
      CAST((
        EXTRACT(EPOCH FROM "g__1_1" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin') - EXTRACT(EPOCH FROM "a__signup_at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin')
      ) AS DOUBLE PRECISION) / 86400
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
  "__key" AS "customer_id",
  "d__z_bought_today" AS "z_bought_today",
  "d__z_signup_on_switch_day" AS "z_signup_on_switch_day",
  "d__z_signup_before_switch_day" AS "z_signup_before_switch_day",
  "d__z_signup_day" AS "z_signup_day",
  "d__z_bought_since_switch_day" AS "z_bought_since_switch_day",
  "d__z_bought_between_days" AS "z_bought_between_days",
  "d__z_current_week" AS "z_current_week",
  "d__z_previous_week" AS "z_previous_week",
  "d__z_current_month" AS "z_current_month",
  "d__z_previous_month" AS "z_previous_month",
  "d__z_last_1_day" AS "z_last_1_day",
  "d__z_since_1_day_ago" AS "z_since_1_day_ago",
  "d__z_last_7_days" AS "z_last_7_days",
  "d__z_since_7_days_ago" AS "z_since_7_days_ago",
  "d__z_days_since_signup" AS "z_days_since_signup",
  "d__z_years_since_birthday" AS "z_years_since_birthday",
  "d__z_day_after_signup_passed" AS "z_day_after_signup_passed",
  "d__z_last_1_month" AS "z_last_1_month",
  "d__z_days_signup_to_last_purchase" AS "z_days_signup_to_last_purchase",
  "d__z_purchases_first_day" AS "z_purchases_first_day",
  "d__z_bought_2_of_last_2_days" AS "z_bought_2_of_last_2_days",
  "d__z_stopped_in_last_day" AS "z_stopped_in_last_day",
  "d__z_restarted_in_last_day" AS "z_restarted_in_last_day"
FROM "layer__2"
