WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    CAST(toString(
      CASE WHEN ABS("e"."score") < 1000000 THEN ROUND("e"."score", 9) ELSE "e"."score" END
    ) AS Nullable(Decimal(38, 9))) AS "a__score"
  FROM "conf"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name"
  FROM "conf"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_click' OR "t"."event_name" = 'email_open'
    )
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_click') AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open') AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__score" AS "a__score",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE((
      "a__score" > CAST('0.40' AS Nullable(Decimal(38, 9)))
    ), FALSE) AS Nullable(Bool)) AS "d__pct_score_above_40",
    CAST(COALESCE((
      "a__score" >= CAST('0.12345' AS Nullable(Decimal(38, 9)))
    ), FALSE) AS Nullable(Bool)) AS "d__pct_score_at_least_precise",
    CAST(COALESCE(
      (
        "a__score" IN (
          CAST('0.10' AS Nullable(Decimal(38, 9))),
          CAST('0.20' AS Nullable(Decimal(38, 9))),
          CAST('-0.05' AS Nullable(Decimal(38, 9)))
        )
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__pct_score_in_list",
    CAST(COALESCE((
      (
        "a__score" + CAST('0.50' AS Nullable(Decimal(38, 9)))
      ) >= 1
    ), FALSE) AS Nullable(Bool)) AS "d__pct_score_plus_half",
    CAST(COALESCE(
      (
        (
          CASE
            WHEN CAST((
              CAST(COALESCE("g__1_2", 0) AS Nullable(Decimal(38, 9))) * 1000000000
            ) AS Nullable(Int256)) = 0
            THEN NULL
            ELSE CAST(toDecimal128(
              intDivOrZero(
                (
                  2 * ABS(
                    CAST((
                      CAST(COALESCE("g__1_1", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
                    ) AS Nullable(Int256))
                  ) + ABS(
                    CAST((
                      CAST(COALESCE("g__1_2", 0) AS Nullable(Decimal(38, 9))) * 1000000000
                    ) AS Nullable(Int256))
                  )
                ),
                (
                  2 * ABS(
                    CAST((
                      CAST(COALESCE("g__1_2", 0) AS Nullable(Decimal(38, 9))) * 1000000000
                    ) AS Nullable(Int256))
                  )
                )
              ) * CASE
                WHEN (
                  CAST((
                    CAST(COALESCE("g__1_1", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
                  ) AS Nullable(Int256)) < 0
                ) <> (
                  CAST((
                    CAST(COALESCE("g__1_2", 0) AS Nullable(Decimal(38, 9))) * 1000000000
                  ) AS Nullable(Int256)) < 0
                )
                THEN -1
                ELSE 1
              END,
              0
            ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
          END
        ) >= CAST('0.50' AS Nullable(Decimal(38, 9)))
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__pct_click_rate",
    CAST('0.50' AS Nullable(Decimal(38, 9))) AS "d__pct_half",
    CAST((
      CAST(ROUND(
        CAST("a__score" AS Nullable(Decimal(76, 9))) * CAST('0.125' AS Nullable(Decimal(38, 9))),
        9
      ) AS Nullable(Decimal(38, 9)))
    ) AS Nullable(Decimal(38, 9))) AS "d__pct_score_share",
    CAST((
      CAST('1.00' AS Nullable(Decimal(38, 9))) + 1
    ) AS Nullable(Decimal(38, 9))) AS "d__pct_whole"
  FROM "base"
)
SELECT
  "__key" AS "customer_id",
  "d__pct_score_above_40" AS "pct_score_above_40",
  "d__pct_score_at_least_precise" AS "pct_score_at_least_precise",
  "d__pct_score_in_list" AS "pct_score_in_list",
  "d__pct_score_plus_half" AS "pct_score_plus_half",
  "d__pct_click_rate" AS "pct_click_rate",
  "d__pct_half" AS "pct_half",
  "d__pct_score_share" AS "pct_score_share",
  "d__pct_whole" AS "pct_whole"
FROM "layer__1"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
