WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key"
  FROM "SHOP"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    CAST("t"."DISCOUNT" AS DECIMAL(38, 9)) AS "discount",
    CAST("t"."AMOUNT" AS DECIMAL(38, 9)) AS "amount"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '365 DAY'
    AND "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    COUNT_IF(
      COALESCE((
        "discount" < 0
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '365 DAY'
    ) AS "g__1_1",
    SUM(
      IFF(
        "__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '365 DAY',
        "discount",
        NULL
      )
    ) AS "g__1_2",
    SUM(
      IFF(
        "__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '365 DAY',
        "amount",
        NULL
      )
    ) AS "g__1_3",
    COUNT(
      IFF(
        "__time" >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) - INTERVAL '365 DAY',
        "amount",
        NULL
      )
    ) AS "g__1_4"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name",
    "t"."PAGE" AS "page"
  FROM "SHOP"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" >= CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
    AND "t"."OCCURRED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'page_view'
    )
), "agg__2" AS (
  SELECT
    "__key",
    COUNT_IF(
      "event_name" = 'page_view'
      AND COALESCE((
        STARTSWITH("page", '/sale')
      ), FALSE)
      AND "__time" >= CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
      AND "__time" < CAST(DATE_TRUNC('WEEK', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) + INTERVAL '7 DAY'
    ) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2",
    "agg__1"."g__1_3",
    "agg__1"."g__1_4",
    "agg__2"."g__2_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    CAST(COALESCE("g__1_3", 0) AS DECIMAL(38, 9)) AS "d__revenue_365d",
    CAST(ROUND(
      CAST(CASE
        WHEN CAST((
          CAST("g__1_4" AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(38, 0)) = 0
        THEN NULL
        ELSE CAST(CAST(CAST((
          2 * ABS(
            CAST((
              CAST("g__1_3" AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(38, 0))
          ) + ABS(CAST((
            CAST("g__1_4" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0))) - (
            2 * ABS(
              CAST((
                CAST("g__1_3" AS DECIMAL(38, 9)) * 1000000000000000000
              ) AS DECIMAL(38, 0))
            ) + ABS(CAST((
              CAST("g__1_4" AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(38, 0)))
          ) % (
            2 * ABS(CAST((
              CAST("g__1_4" AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(38, 0)))
          )
        ) / (
          2 * ABS(CAST((
            CAST("g__1_4" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)))
        ) AS DECIMAL(38, 0)) * CASE
          WHEN (
            CAST((
              CAST("g__1_3" AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(38, 0)) < 0
          ) <> (
            CAST((
              CAST("g__1_4" AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(38, 0)) < 0
          )
          THEN -1
          ELSE 1
        END AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
      END AS DECIMAL(38, 9)),
      2
    ) AS DECIMAL(38, 9)) AS "d__avg_order_value"
  FROM "base"
), "rank__2" AS (
  SELECT
    "__key",
    COUNT("d__avg_order_value") OVER () AS "w__d__avg_order_value__count",
    RANK() OVER (PARTITION BY "d__avg_order_value" IS NULL ORDER BY "d__avg_order_value" ASC) AS "w__d__avg_order_value__asc"
  FROM (
    SELECT
      "__key",
      "d__avg_order_value"
    FROM "layer__1"
  ) AS "v"
), "layer__2" AS (
  SELECT
    "layer__1".*,
    "rank__2"."w__d__avg_order_value__count",
    "rank__2"."w__d__avg_order_value__asc"
  FROM "layer__1"
  LEFT JOIN "rank__2"
    ON "rank__2"."__key" = "layer__1"."__key"
), "layer__3" AS (
  SELECT
    *,
    (
      COALESCE((
        COALESCE("g__1_1", 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE("g__1_2", 0)) >= (
            CAST(CAST(CAST((
              2 * ABS(
                CAST((
                  CAST('0.15' AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0)) * CAST((
                  CAST("d__revenue_365d" AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0))
              ) + ABS(1000000000) - (
                2 * ABS(
                  CAST((
                    CAST('0.15' AS DECIMAL(38, 9)) * 1000000000
                  ) AS DECIMAL(38, 0)) * CAST((
                    CAST("d__revenue_365d" AS DECIMAL(38, 9)) * 1000000000
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
                  CAST('0.15' AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0)) * CAST((
                  CAST("d__revenue_365d" AS DECIMAL(38, 9)) * 1000000000
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
      AND COALESCE(
        (
          NOT "d__avg_order_value" IS NULL
          AND (
            "w__d__avg_order_value__asc" - 1
          ) * 100 < 30 * "w__d__avg_order_value__count"
        ),
        FALSE
      )
      AND COALESCE("g__2_1", 0) > 0
    ) AS "d__bargain_hunters"
  FROM "layer__2"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__3"
WHERE
  "d__bargain_hunters"
