WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."customer_type" AS "a__customer_type",
    "r__account"."industry" AS "r__account__industry",
    "r__account"."company" AS "r__account__company",
    "r__account"."contract_tier" AS "r__account__contract_tier"
  FROM "shop"."customers" AS "e"
  LEFT JOIN "shop"."accounts" AS "r__account"
    ON "r__account"."account_id" = "e"."account_id"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."items" AS "items"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' YEAR
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "items" >= 10
      ), FALSE)
      AND "__time" >= CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' YEAR
      AND "__time" < CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))) AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__customer_type" AS "a__customer_type",
    "entity"."r__account__industry" AS "r__account__industry",
    "entity"."r__account__company" AS "r__account__company",
    "entity"."r__account__contract_tier" AS "r__account__contract_tier",
    "agg__1"."g__1_1" AS "g__1_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "a__customer_type" = 'b2b'
      ), FALSE)
      AND (
        COALESCE(
          (
            "r__account__industry" IN ('sports_team', 'education', 'fitness_club')
          ),
          FALSE
        )
        OR COALESCE((
          endsWith("r__account__company", 'e.V.')
        ), FALSE)
      )
      AND "r__account__contract_tier" IS NULL
      AND COALESCE("g__1_1", 0) > 0
    ) AS Nullable(Bool)) AS "d__team_kit_prospects"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__team_kit_prospects"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
