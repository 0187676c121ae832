WITH "entity" AS (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."ordered_at" AS "__time",
    CAST("t"."amount" AS DECIMAL(38, 9)) AS "amount"
  FROM "shop"."orders" AS "t"
  WHERE
    "t"."ordered_at" >= LEAST(
      DATEADD(
        MONTH,
        -3,
        CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
      ),
      CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
    )
    AND "t"."ordered_at" < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
), "agg__1" AS (
  SELECT
    "__key",
    SUM(
      CASE
        WHEN "__time" >= DATEADD(
          MONTH,
          -3,
          CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
        )
        AND "__time" < CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
        THEN "amount"
      END
    ) AS "g__1_1",
    SUM(
      CASE
        WHEN "__time" >= CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
        AND "__time" < DATEADD(
          MONTH,
          3,
          CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
        )
        THEN "amount"
      END
    ) AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    (
      COALESCE((
        COALESCE("g__1_1", 0) > 0
      ), FALSE)
      AND COALESCE(
        (
          COALESCE("g__1_2", 0) >= (
            CAST(CAST(CAST(CAST((
              2 * ABS(
                CAST((
                  CAST('1.5' AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0)) * CAST((
                  CAST(COALESCE("g__1_1", 0) AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0))
              ) + ABS(1000000000) - (
                2 * ABS(
                  CAST((
                    CAST('1.5' AS DECIMAL(38, 9)) * 1000000000
                  ) AS DECIMAL(38, 0)) * CAST((
                    CAST(COALESCE("g__1_1", 0) AS DECIMAL(38, 9)) * 1000000000
                  ) AS DECIMAL(38, 0))
                ) + ABS(1000000000)
              ) % (
                2 * ABS(1000000000)
              )
            ) AS DECIMAL(38, 0)) / CAST((
              2 * ABS(1000000000)
            ) AS DECIMAL(18, 0)) AS DECIMAL(38, 0)) * CASE
              WHEN (
                CAST((
                  CAST('1.5' AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0)) * CAST((
                  CAST(COALESCE("g__1_1", 0) AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0)) < 0
              ) <> (
                1000000000 < 0
              )
              THEN -1
              ELSE 1
            END AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
          )
        ),
        FALSE
      )
    ) AS "d__rising_spenders"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__rising_spenders"
