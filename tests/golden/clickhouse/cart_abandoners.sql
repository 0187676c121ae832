WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."preferred_channel" AS "a__preferred_channel"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    CAST(toString(
      CASE WHEN ABS("t"."price") < 1000000 THEN ROUND("t"."price", 9) ELSE "t"."price" END
    ) AS Nullable(Decimal(38, 9))) AS "price"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'page_view'
    )
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") FILTER(WHERE
      "event_name" = 'page_view') AS "g__1_1"
  FROM "ev__1"
  GROUP BY
    "__key"
), "scan__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    CAST(toString(
      CASE WHEN ABS("t"."price") < 1000000 THEN ROUND("t"."price", 9) ELSE "t"."price" END
    ) AS Nullable(Decimal(38, 9))) AS "price"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'add_to_cart'
    )
), "scan__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "seq__1" AS MATERIALIZED (
  SELECT DISTINCT
    "a"."__key" AS "__key"
  FROM "scan__1" AS "a"
  WHERE
    "a"."event_name" = 'add_to_cart'
    AND COALESCE((
      "a"."price" >= 30
    ), FALSE)
    AND "a"."__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
    AND "a"."__time" + INTERVAL '1' DAY <= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND NOT EXISTS(
      SELECT
        1
      FROM "scan__2" AS "b"
      WHERE
        "b"."__key" = "a"."__key"
        AND "b"."__time" > "a"."__time"
        AND "b"."__time" <= "a"."__time" + INTERVAL '1' DAY
        AND "b"."__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
    )
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__preferred_channel" AS "a__preferred_channel",
    "agg__1"."g__1_1" AS "g__1_1",
    NOT (
      "seq__1"."__key" IS NULL
    ) AS "seq__1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "seq__1"
    ON "seq__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      "seq__1"
      AND NOT (
        "a__preferred_channel" IS NULL
      )
      AND NOT (
        COALESCE(
          (
            "g__1_1" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' MINUTE
          ),
          FALSE
        )
      )
    ) AS Nullable(Bool)) AS "d__cart_abandoners"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__cart_abandoners"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
