WITH "entity" AS NOT MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "dict__1" AS MATERIALIZED (
  SELECT
    "value",
    ROW_NUMBER() OVER (ORDER BY "value") AS "code"
  FROM (
    SELECT DISTINCT
      "t"."channel" AS "value"
    FROM "shop"."orders" AS "t"
    WHERE
      NOT "t"."channel" IS NULL
  ) AS "v"
), "ev__1" AS NOT MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."ordered_at" AS "__time",
    COALESCE("dict__1"."code", 0) AS "__code__channel"
  FROM "shop"."orders" AS "t"
  LEFT JOIN "dict__1"
    ON "dict__1"."value" = "t"."channel"
  WHERE
    "t"."ordered_at" < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
), "agg__1" AS NOT MATERIALIZED (
  SELECT
    "__key",
    LIST_EXTRACT(
      (
        SELECT
          ARRAY_AGG("value" ORDER BY "code")
        FROM "dict__1"
      ),
      CAST((
        MAX(
          (
            -CAST(EPOCH_US("__time") AS INT128)
          ) * 9223372036854775808 + "__code__channel"
        )
      ) & 9223372036854775807 AS BIGINT)
    ) AS "g__1_1",
    LIST_EXTRACT(
      (
        SELECT
          ARRAY_AGG("value" ORDER BY "code")
        FROM "dict__1"
      ),
      CAST((
        MAX(
          (
            CAST(EPOCH_US("__time") AS INT128)
          ) * 9223372036854775808 + "__code__channel"
        )
      ) & 9223372036854775807 AS BIGINT)
    ) AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS NOT MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."occurred_at" AS "__time",
    "t"."event_name" AS "event_name",
    "t"."duration_s" AS "duration_s"
  FROM "shop"."events" AS "t"
  WHERE
    "t"."occurred_at" >= CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
    AND "t"."occurred_at" < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
    AND (
      "t"."event_name" = 'app_session'
    )
), "agg__2" AS NOT MATERIALIZED (
  SELECT
    "__key",
    SUM("duration_s") FILTER(WHERE
      "event_name" = 'app_session'
      AND "__time" >= CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
      AND "__time" < CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP) + INTERVAL '1' MONTH) AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS NOT MATERIALIZED (
  SELECT
    "entity"."__key",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2",
    "agg__2"."g__2_1"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
), "layer__1" AS NOT MATERIALIZED (
  SELECT
    *,
    (
      COALESCE((
        "g__1_1" = 'store'
      ), FALSE)
      AND (
        COALESCE((
          "g__1_2" IN ('web', 'app')
        ), FALSE)
        OR COALESCE((
          COALESCE("g__2_1", 0) >= 1800
        ), FALSE)
      )
    ) AS "d__digital_adopters"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__digital_adopters"
