WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."is_subscribed" AS "a__is_subscribed"
  FROM "shop"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') >= LEAST(
      CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' MONTH,
      CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY
    )
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_open' OR "t"."event_name" = 'email_click'
    )
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' MONTH
      AND "__time" < CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))) AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_click'
      AND "__time" >= CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' MONTH
      AND "__time" < CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))) AS "g__1_2",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_click'
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY) AS "g__1_3",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY) AS "g__1_4"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__is_subscribed" AS "a__is_subscribed",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2",
    "agg__1"."g__1_3" AS "g__1_3",
    "agg__1"."g__1_4" AS "g__1_4"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      CASE
        WHEN CAST((
          CAST(COALESCE("g__1_4", 0) AS Nullable(Decimal(38, 9))) * 1000000000
        ) AS Nullable(Int256)) = 0
        THEN NULL
        ELSE CAST(toDecimal128(
          intDivOrZero(
            (
              2 * ABS(
                CAST((
                  CAST(COALESCE("g__1_3", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
                ) AS Nullable(Int256))
              ) + ABS(
                CAST((
                  CAST(COALESCE("g__1_4", 0) AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            ),
            (
              2 * ABS(
                CAST((
                  CAST(COALESCE("g__1_4", 0) AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            )
          ) * CASE
            WHEN (
              CAST((
                CAST(COALESCE("g__1_3", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256)) < 0
            ) <> (
              CAST((
                CAST(COALESCE("g__1_4", 0) AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256)) < 0
            )
            THEN -1
            ELSE 1
          END,
          0
        ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
      END
    ) AS Nullable(Decimal(38, 9))) AS "d__email_click_rate_90d"
  FROM "base"
), "layer__2" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "a__is_subscribed"
      ), FALSE)
      AND COALESCE((
        (
          COALESCE("g__1_1", 0) + COALESCE("g__1_2", 0)
        ) >= 3
      ), FALSE)
      AND COALESCE((
        "d__email_click_rate_90d" >= CAST('0.2' AS Nullable(Decimal(38, 9)))
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__email_engaged"
  FROM "layer__1"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__2"
WHERE
  "d__email_engaged"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
