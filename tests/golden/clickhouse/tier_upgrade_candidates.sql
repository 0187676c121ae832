WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."loyalty_tier" AS "a__loyalty_tier",
    CAST(toString(
      CASE
        WHEN ABS("e"."lifetime_value") < 1000000
        THEN ROUND("e"."lifetime_value", 9)
        ELSE "e"."lifetime_value"
      END
    ) AS Nullable(Decimal(38, 9))) AS "a__lifetime_value"
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
    toTimeZone("t"."ordered_at", 'UTC') >= CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '1' YEAR) AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__loyalty_tier" AS "a__loyalty_tier",
    "entity"."a__lifetime_value" AS "a__lifetime_value",
    "agg__1"."g__1_1" AS "g__1_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    "a__lifetime_value" AS "v__1"
  FROM "base"
), "rank__2" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT("v__1") OVER () AS "w__v__1__count",
    RANK() OVER (PARTITION BY "v__1" IS NULL ORDER BY "v__1" ASC) AS "w__v__1__asc"
  FROM (
    SELECT
      "__key",
      "v__1"
    FROM "layer__1"
  ) AS "v"
), "layer__2" AS MATERIALIZED (
  SELECT
    "layer__1".*
    EXCEPT ("__key"),
    "rank__2"."w__v__1__count" AS "w__v__1__count",
    "rank__2"."w__v__1__asc" AS "w__v__1__asc",
    "layer__1"."__key" AS "__key"
  FROM "layer__1"
  LEFT JOIN "rank__2"
    ON "rank__2"."__key" = "layer__1"."__key"
), "layer__3" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "a__loyalty_tier" IN ('bronze', 'silver')
      ), FALSE)
      AND (
        COALESCE(
          (
            CASE
              WHEN "v__1" IS NULL
              THEN NULL
              ELSE intDivOrZero((
                (
                  "w__v__1__asc" - 1
                ) * 10
              ), "w__v__1__count") + 1
            END = 10
          ),
          FALSE
        )
        OR COALESCE((
          COALESCE("g__1_1", 0) >= 1000
        ), FALSE)
      )
    ) AS Nullable(Bool)) AS "d__tier_upgrade_candidates"
  FROM "layer__2"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__3"
WHERE
  "d__tier_upgrade_candidates"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
