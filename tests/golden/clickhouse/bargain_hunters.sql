WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."discount") < 1000000
        THEN ROUND("t"."discount", 9)
        ELSE "t"."discount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "discount",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "discount" < 0
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_1",
    SUM("discount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_2",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_3",
    COUNT("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_4"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    "t"."page" AS "page"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') >= CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'page_view'
    )
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      "event_name" = 'page_view'
      AND COALESCE((
        startsWith("page", '/sale')
      ), FALSE)
      AND "__time" >= CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '7' DAY) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2",
    "agg__1"."g__1_3" AS "g__1_3",
    "agg__1"."g__1_4" AS "g__1_4",
    "agg__2"."g__2_1" AS "g__2_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE("g__1_3", 0) AS Nullable(Decimal(38, 9))) AS "d__revenue_365d",
    CAST(ROUND(
      CAST(CASE
        WHEN CAST((
          CAST("g__1_4" AS Nullable(Decimal(38, 9))) * 1000000000
        ) AS Nullable(Int256)) = 0
        THEN NULL
        ELSE CAST(toDecimal128(
          intDivOrZero(
            (
              2 * ABS(
                CAST((
                  CAST("g__1_3" AS Nullable(Decimal(38, 9))) * 1000000000000000000
                ) AS Nullable(Int256))
              ) + ABS(
                CAST((
                  CAST("g__1_4" AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            ),
            (
              2 * ABS(
                CAST((
                  CAST("g__1_4" AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            )
          ) * CASE
            WHEN (
              CAST((
                CAST("g__1_3" AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256)) < 0
            ) <> (
              CAST((
                CAST("g__1_4" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256)) < 0
            )
            THEN -1
            ELSE 1
          END,
          0
        ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
      END AS Nullable(Decimal(38, 9))),
      2
    ) AS Nullable(Decimal(38, 9))) AS "d__avg_order_value"
  FROM "base"
), "rank__2" AS MATERIALIZED (
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
), "layer__2" AS MATERIALIZED (
  SELECT
    "layer__1".*
    EXCEPT ("__key"),
    "rank__2"."w__d__avg_order_value__count" AS "w__d__avg_order_value__count",
    "rank__2"."w__d__avg_order_value__asc" AS "w__d__avg_order_value__asc",
    "layer__1"."__key" AS "__key"
  FROM "layer__1"
  LEFT JOIN "rank__2"
    ON "rank__2"."__key" = "layer__1"."__key"
), "layer__3" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        COALESCE("g__1_1", 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE("g__1_2", 0)) >= (
            CAST(ROUND(
              CAST('0.15' AS Nullable(Decimal(38, 9))) * CAST("d__revenue_365d" AS Nullable(Decimal(76, 9))),
              9
            ) AS Nullable(Decimal(38, 9)))
          )
        ),
        FALSE
      )
      AND COALESCE(
        (
          NOT (
            "d__avg_order_value" IS NULL
          )
          AND (
            "w__d__avg_order_value__asc" - 1
          ) * 100 < 30 * "w__d__avg_order_value__count"
        ),
        FALSE
      )
      AND COALESCE("g__2_1", 0) > 0
    ) AS Nullable(Bool)) AS "d__bargain_hunters"
  FROM "layer__2"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__3"
WHERE
  "d__bargain_hunters"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
