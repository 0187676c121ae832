WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    CAST("t"."AMOUNT" AS DECIMAL(38, 9)) AS "amount"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" >= LEAST_IGNORE_NULLS(
      CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '3 MONTH',
      CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
    )
    AND "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    SUM(
      IFF(
        "__time" >= CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '3 MONTH'
        AND "__time" < CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ),
        "amount",
        NULL
      )
    ) AS "g__1_1",
    SUM(
      IFF(
        "__time" >= CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
        AND "__time" < CAST(DATE_TRUNC('QUARTER', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) + INTERVAL '3 MONTH',
        "amount",
        NULL
      )
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
            CAST(CAST(CAST((
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
            ) / (
              2 * ABS(1000000000)
            ) AS DECIMAL(38, 0)) * CASE
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
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__rising_spenders"
