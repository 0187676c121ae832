WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."channel" AS "channel"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "ev__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    "t"."duration_s" AS "duration_s"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') >= CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'app_session'
    )
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    SUM("duration_s") FILTER(WHERE
      "event_name" = 'app_session'
      AND "__time" >= CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '1' MONTH) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "tie__1" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "channel" AS "__value",
      "__time",
      MIN("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__1"
    WHERE
      TRUE
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "tie__2" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "channel" AS "__value",
      "__time",
      MAX("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__1"
    WHERE
      TRUE
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "agg__2"."g__2_1" AS "g__2_1",
    "tie__1"."v" AS "tie__1",
    "tie__2"."v" AS "tie__2"
  FROM "entity"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
  LEFT JOIN "tie__1"
    ON "tie__1"."__key" = "entity"."__key"
  LEFT JOIN "tie__2"
    ON "tie__2"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "tie__1" = 'store'
      ), FALSE)
      AND (
        COALESCE((
          "tie__2" IN ('web', 'app')
        ), FALSE)
        OR COALESCE((
          COALESCE("g__2_1", 0) >= 1800
        ), FALSE)
      )
    ) AS Nullable(Bool)) AS "d__digital_adopters"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__digital_adopters"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
