WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."customer_type" AS "a__customer_type",
    "r__account"."renewal_date" AS "r__account__renewal_date",
    "r__account"."contract_tier" AS "r__account__contract_tier",
    "r__account"."employees" AS "r__account__employees"
  FROM "shop"."customers" AS "e"
  LEFT JOIN "shop"."accounts" AS "r__account"
    ON "r__account"."account_id" = "e"."account_id"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__customer_type" AS "a__customer_type",
    "entity"."r__account__renewal_date" AS "r__account__renewal_date",
    "entity"."r__account__contract_tier" AS "r__account__contract_tier",
    "entity"."r__account__employees" AS "r__account__employees"
  FROM "entity"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "a__customer_type" = 'b2b'
      ), FALSE)
      AND COALESCE(
        (
          CAST("r__account__renewal_date" AS Nullable(DateTime64(6, 'UTC'))) >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
          AND CAST("r__account__renewal_date" AS Nullable(DateTime64(6, 'UTC'))) < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '60' DAY
        ),
        FALSE
      )
      AND NOT COALESCE((
        "r__account__contract_tier" IN ('premium', 'enterprise')
      ), FALSE)
      AND COALESCE((
        "r__account__employees" >= 20
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__renewal_due"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__renewal_due"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
