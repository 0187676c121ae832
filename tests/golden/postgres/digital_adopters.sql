WITH "entity" AS (
  SELECT
    "e"."customer_id" AS "__key"
  FROM "shop"."customers" AS "e"
), "ev__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."ordered_at")) AT TIME ZONE 'UTC' AS "__time",
    "t"."channel" AS "channel"
  FROM "shop"."orders" AS "t"
  WHERE
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."ordered_at")) AT TIME ZONE 'UTC' < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
), "agg__1" AS (
  SELECT
    "__key",
    (
      ARRAY_AGG(
        "channel" COLLATE "C" ORDER BY "__time" ASC, "channel" COLLATE "C" DESC NULLS LAST
      )
    )[1] AS "g__1_1",
    (
      ARRAY_AGG(
        "channel" COLLATE "C" ORDER BY "__time" DESC NULLS LAST, "channel" COLLATE "C" DESC NULLS LAST
      )
    )[1] AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS (
  SELECT
    "t"."customer_id" AS "__key",
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."occurred_at")) AT TIME ZONE 'UTC' AS "__time",
    "t"."event_name" AS "event_name",
    "t"."duration_s" AS "duration_s"
  FROM "shop"."events" AS "t"
  WHERE
    TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."occurred_at")) AT TIME ZONE 'UTC' >= CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
    AND TO_TIMESTAMP(EXTRACT(EPOCH FROM "t"."occurred_at")) AT TIME ZONE 'UTC' < CAST('2026-11-01 00:00:00' AS TIMESTAMP)
    AND (
      "t"."event_name" = 'app_session'
    )
), "agg__2" AS (
  SELECT
    "__key",
    SUM("duration_s") FILTER(WHERE
      "event_name" = 'app_session'
      AND "__time" >= CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP)
      AND "__time" < CAST(DATE_TRUNC('MONTH', CAST('2026-11-01 00:00:00' AS TIMESTAMP)) AS TIMESTAMP) + INTERVAL '1 MONTH') AS "g__2_1"
  FROM "ev__2"
  GROUP BY
    "__key"
), "base" AS (
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
), "layer__1" AS (
  SELECT
    *,
    (
      COALESCE((
        (
          "g__1_1" COLLATE "default"
        ) = 'store'
      ), FALSE)
      AND (
        COALESCE((
          (
            "g__1_2" COLLATE "default"
          ) IN ('web', 'app')
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
