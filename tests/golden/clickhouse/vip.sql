WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."customer_type" AS "a__customer_type"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_2",
    COUNT(*) AS "g__1_3",
    MAX("__time") AS "g__1_4"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."returned_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount"
  FROM "shop"."returns" AS "t"
  WHERE
    toTimeZone("t"."returned_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY
    AND toTimeZone("t"."returned_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__customer_type" AS "a__customer_type",
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
    CAST(COALESCE("g__1_1", 0) AS Nullable(Decimal(38, 9))) AS "d__revenue_365d",
    CAST((
      COALESCE((
        COALESCE("g__1_3", 0) >= 2
      ), FALSE)
      AND COALESCE(
        (
          "g__1_4" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '180' DAY
          AND "g__1_4" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__lapsing_customers"
  FROM "base"
), "layer__2" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      "d__revenue_365d" - COALESCE("g__2_1", 0)
    ) AS Nullable(Decimal(38, 9))) AS "d__net_revenue_365d"
  FROM "layer__1"
), "rank__3" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT("d__net_revenue_365d") OVER () AS "w__d__net_revenue_365d__count",
    RANK() OVER (PARTITION BY "d__net_revenue_365d" IS NULL ORDER BY "d__net_revenue_365d" DESC) AS "w__d__net_revenue_365d__desc"
  FROM (
    SELECT
      "__key",
      "d__net_revenue_365d"
    FROM "layer__2"
  ) AS "v"
), "layer__3" AS MATERIALIZED (
  SELECT
    "layer__2".*
    EXCEPT ("__key"),
    "rank__3"."w__d__net_revenue_365d__count" AS "w__d__net_revenue_365d__count",
    "rank__3"."w__d__net_revenue_365d__desc" AS "w__d__net_revenue_365d__desc",
    "layer__2"."__key" AS "__key"
  FROM "layer__2"
  LEFT JOIN "rank__3"
    ON "rank__3"."__key" = "layer__2"."__key"
), "layer__4" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE(
        (
          NOT (
            "d__net_revenue_365d" IS NULL
          )
          AND (
            "w__d__net_revenue_365d__desc" - 1
          ) * 100 < 10 * "w__d__net_revenue_365d__count"
        ),
        FALSE
      )
      AND COALESCE((
        COALESCE("g__1_2", 0) >= 3
      ), FALSE)
      AND COALESCE((
        "a__customer_type" <> 'b2b'
      ), FALSE)
      AND NOT (
        "d__lapsing_customers"
      )
    ) AS Nullable(Bool)) AS "d__vip"
  FROM "layer__3"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__4"
WHERE
  "d__vip"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
