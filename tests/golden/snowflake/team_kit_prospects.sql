WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."CUSTOMER_TYPE" AS "a__customer_type",
    "r__account"."INDUSTRY" AS "r__account__industry",
    "r__account"."COMPANY" AS "r__account__company",
    "r__account"."CONTRACT_TIER" AS "r__account__contract_tier"
  FROM "SHOP"."CUSTOMERS" AS "e"
  LEFT JOIN "SHOP"."ACCOUNTS" AS "r__account"
    ON "r__account"."ACCOUNT_ID" = "e"."ACCOUNT_ID"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."ORDERED_AT" AS "__time",
    "t"."ITEMS" AS "items"
  FROM "SHOP"."ORDERS" AS "t"
  WHERE
    "t"."ORDERED_AT" >= CAST(DATE_TRUNC('YEAR', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 YEAR'
    AND "t"."ORDERED_AT" < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
), "agg__1" AS (
  SELECT
    "__key",
    COUNT_IF(
      COALESCE((
        "items" >= 10
      ), FALSE)
      AND "__time" >= CAST(DATE_TRUNC('YEAR', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ) - INTERVAL '1 YEAR'
      AND "__time" < CAST(DATE_TRUNC('YEAR', CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)) AS TIMESTAMPNTZ)
    ) AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__customer_type",
    "entity"."r__account__industry",
    "entity"."r__account__company",
    "entity"."r__account__contract_tier",
    "agg__1"."g__1_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    (
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
          ENDSWITH("r__account__company", 'e.V.')
        ), FALSE)
      )
      AND "r__account__contract_tier" IS NULL
      AND COALESCE("g__1_1", 0) > 0
    ) AS "d__team_kit_prospects"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__team_kit_prospects"
