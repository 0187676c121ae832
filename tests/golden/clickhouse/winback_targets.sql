WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    CAST(toString(
      CASE
        WHEN ABS("e"."lifetime_value") < 1000000
        THEN ROUND("e"."lifetime_value", 9)
        ELSE "e"."lifetime_value"
      END
    ) AS Nullable(Decimal(38, 9))) AS "a__lifetime_value",
    "e"."is_subscribed" AS "a__is_subscribed",
    "e"."email" AS "a__email"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_open'
    )
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__lifetime_value" AS "a__lifetime_value",
    "entity"."a__is_subscribed" AS "a__is_subscribed",
    "entity"."a__email" AS "a__email",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__2"."g__2_1" AS "g__2_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE(
      (
        "g__1_1" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '180' DAY
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__churned_customers",
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) / 1000000 - toUnixTimestamp64Micro(CAST("g__1_1" AS Nullable(DateTime64(6, 'UTC')))) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__days_since_last_order"
  FROM "base"
), "layer__2" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      "d__churned_customers"
      AND COALESCE((
        "d__days_since_last_order" <= 730
      ), FALSE)
      AND COALESCE((
        "a__lifetime_value" >= 150
      ), FALSE)
      AND COALESCE((
        "a__is_subscribed"
      ), FALSE)
      AND COALESCE("g__2_1", 0) > 0
      AND COALESCE((
        match(lowerUTF8("a__email"), '^[^@ ]+@[^@ ]+\\.[a-z]{2,}$')
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__winback_targets"
  FROM "layer__1"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__2"
WHERE
  "d__winback_targets"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
