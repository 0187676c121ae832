WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."customer_type" AS "a__customer_type",
    "e"."is_subscribed" AS "a__is_subscribed"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."category" AS "category",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    CAST(toString(
      CASE
        WHEN ABS("t"."discount") < 1000000
        THEN ROUND("t"."discount", 9)
        ELSE "t"."discount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "discount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= LEAST(
      CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '6' MONTH,
      CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' YEAR,
      CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY,
      CAST(CAST('2025-08-01' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))),
      CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
    )
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'running'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '6' MONTH) AS "g__1_1",
    MIN("amount") FILTER(WHERE
      COALESCE((
        "category" = 'running'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '6' MONTH) AS "g__1_2",
    MAX("amount") FILTER(WHERE
      COALESCE((
        "category" = 'outdoor'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' YEAR) AS "g__1_3",
    SUM("amount") FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_4",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'fitness'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_5",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "discount" < 0
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_6",
    SUM("discount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_7",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_8",
    COUNT("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_9",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "category" = 'kids'
        ), FALSE)
        AND COALESCE((
          "amount" >= 50
        ), FALSE)
      )
      AND "__time" >= CAST(CAST('2025-08-01' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(CAST(CAST('2025-09-15' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))) AS "g__1_10",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY) AS "g__1_11"
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
), "scan__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."category" AS "category",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    CAST(toString(
      CASE
        WHEN ABS("t"."discount") < 1000000
        THEN ROUND("t"."discount", 9)
        ELSE "t"."discount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "discount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "dst__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) AS "v"
  FROM (
    SELECT DISTINCT
      "__key",
      "category" AS "__value"
    FROM "scan__1" AS "s"
    WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY
      AND NOT (
        "category" IS NULL
      )
  ) AS "d"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__customer_type" AS "a__customer_type",
    "entity"."a__is_subscribed" AS "a__is_subscribed",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2",
    "agg__1"."g__1_3" AS "g__1_3",
    "agg__1"."g__1_4" AS "g__1_4",
    "agg__1"."g__1_5" AS "g__1_5",
    "agg__1"."g__1_6" AS "g__1_6",
    "agg__1"."g__1_7" AS "g__1_7",
    "agg__1"."g__1_8" AS "g__1_8",
    "agg__1"."g__1_9" AS "g__1_9",
    "agg__1"."g__1_10" AS "g__1_10",
    "agg__1"."g__1_11" AS "g__1_11",
    "agg__2"."g__2_1" AS "g__2_1",
    "dst__1"."v" AS "dst__1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
  LEFT JOIN "dst__1"
    ON "dst__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE("g__1_8", 0) AS Nullable(Decimal(38, 9))) AS "d__revenue_365d",
    CAST(ROUND(
      CAST(CASE
        WHEN CAST((
          CAST("g__1_9" AS Nullable(Decimal(38, 9))) * 1000000000
        ) AS Nullable(Int256)) = 0
        THEN NULL
        ELSE CAST(toDecimal128(
          intDivOrZero(
            (
              2 * ABS(
                CAST((
                  CAST("g__1_8" AS Nullable(Decimal(38, 9))) * 1000000000000000000
                ) AS Nullable(Int256))
              ) + ABS(
                CAST((
                  CAST("g__1_9" AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            ),
            (
              2 * ABS(
                CAST((
                  CAST("g__1_9" AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            )
          ) * CASE
            WHEN (
              CAST((
                CAST("g__1_8" AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256)) < 0
            ) <> (
              CAST((
                CAST("g__1_9" AS Nullable(Decimal(38, 9))) * 1000000000
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
        COALESCE("g__1_6", 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE("g__1_7", 0)) >= (
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
), "layer__4" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN COALESCE((
        "a__customer_type" = 'b2b'
      ), FALSE)
      THEN 'team_buyer'
      WHEN (
        COALESCE((
          COALESCE("g__1_1", 0) >= 2
        ), FALSE)
        AND COALESCE((
          "g__1_2" >= 90
        ), FALSE)
      )
      THEN 'performance_runner'
      WHEN COALESCE((
        "g__1_3" >= 250
      ), FALSE)
      THEN 'outdoor_explorer'
      WHEN COALESCE((
        COALESCE("g__1_4", 0) >= 100
      ), FALSE)
      THEN 'kids_family'
      WHEN COALESCE((
        COALESCE("g__1_5", 0) >= 2
      ), FALSE)
      THEN 'fitness_fan'
      WHEN "d__bargain_hunters"
      THEN 'bargain_hunter'
      WHEN COALESCE((
        COALESCE("dst__1", 0) >= 3
      ), FALSE)
      THEN 'all_rounder'
      ELSE 'casual'
    END AS "d__persona"
  FROM "layer__3"
), "layer__5" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "d__persona" = 'kids_family'
      ), FALSE)
      AND COALESCE((
        "a__is_subscribed"
      ), FALSE)
      AND COALESCE("g__1_10", 0) > 0
      AND COALESCE("g__1_11", 0) = 0
    ) AS Nullable(Bool)) AS "d__back_to_school_families"
  FROM "layer__4"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__5"
WHERE
  "d__back_to_school_families"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
