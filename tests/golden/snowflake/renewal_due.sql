WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    "e"."CUSTOMER_TYPE" AS "a__customer_type",
    "r__account"."RENEWAL_DATE" AS "r__account__renewal_date",
    "r__account"."CONTRACT_TIER" AS "r__account__contract_tier",
    "r__account"."EMPLOYEES" AS "r__account__employees"
  FROM "SHOP"."CUSTOMERS" AS "e"
  LEFT JOIN "SHOP"."ACCOUNTS" AS "r__account"
    ON "r__account"."ACCOUNT_ID" = "e"."ACCOUNT_ID"
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__customer_type",
    "entity"."r__account__renewal_date",
    "entity"."r__account__contract_tier",
    "entity"."r__account__employees"
  FROM "entity"
), "layer__1" AS (
  SELECT
    *,
    (
      COALESCE((
        "a__customer_type" = 'b2b'
      ), FALSE)
      AND COALESCE(
        (
          CAST("r__account__renewal_date" AS TIMESTAMPNTZ) >= CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ)
          AND CAST("r__account__renewal_date" AS TIMESTAMPNTZ) < CAST('2026-11-01 00:00:00' AS TIMESTAMPNTZ) + INTERVAL '60 DAY'
        ),
        FALSE
      )
      AND NOT COALESCE((
        "r__account__contract_tier" IN ('premium', 'enterprise')
      ), FALSE)
      AND COALESCE((
        "r__account__employees" >= 20
      ), FALSE)
    ) AS "d__renewal_due"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID"
FROM "layer__1"
WHERE
  "d__renewal_due"
