WITH "entity" AS (
  SELECT
    "e"."CUSTOMER_ID" AS "__key",
    CAST("e"."SCORE" AS DECIMAL(38, 9)) AS "a__score"
  FROM "CONF"."CUSTOMERS" AS "e"
), "ev__1" AS (
  SELECT
    "t"."CUSTOMER_ID" AS "__key",
    "t"."OCCURRED_AT" AS "__time",
    "t"."EVENT_NAME" AS "event_name"
  FROM "CONF"."EVENTS" AS "t"
  WHERE
    "t"."OCCURRED_AT" < CAST('2026-04-01 00:00:00' AS TIMESTAMPNTZ)
    AND (
      "t"."EVENT_NAME" = 'email_click' OR "t"."EVENT_NAME" = 'email_open'
    )
), "agg__1" AS (
  SELECT
    "__key",
    COUNT_IF("event_name" = 'email_click') AS "g__1_1",
    COUNT_IF("event_name" = 'email_open') AS "g__1_2"
  FROM "ev__1"
  GROUP BY
    "__key"
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__score",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "layer__1" AS (
  SELECT
    *,
    COALESCE((
      "a__score" > CAST('0.40' AS DECIMAL(38, 9))
    ), FALSE) AS "d__pct_score_above_40",
    COALESCE((
      "a__score" >= CAST('0.12345' AS DECIMAL(38, 9))
    ), FALSE) AS "d__pct_score_at_least_precise",
    COALESCE(
      (
        "a__score" IN (
          CAST('0.10' AS DECIMAL(38, 9)),
          CAST('0.20' AS DECIMAL(38, 9)),
          CAST('-0.05' AS DECIMAL(38, 9))
        )
      ),
      FALSE
    ) AS "d__pct_score_in_list",
    COALESCE((
      (
        "a__score" + CAST('0.50' AS DECIMAL(38, 9))
      ) >= 1
    ), FALSE) AS "d__pct_score_plus_half",
    COALESCE(
      (
        (
          CASE
            WHEN CAST((
              CAST(COALESCE("g__1_2", 0) AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(38, 0)) = 0
            THEN NULL
            ELSE CAST(CAST(CAST((
              2 * ABS(
                CAST((
                  CAST(COALESCE("g__1_1", 0) AS DECIMAL(38, 9)) * 1000000000000000000
                ) AS DECIMAL(38, 0))
              ) + ABS(
                CAST((
                  CAST(COALESCE("g__1_2", 0) AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0))
              ) - (
                2 * ABS(
                  CAST((
                    CAST(COALESCE("g__1_1", 0) AS DECIMAL(38, 9)) * 1000000000000000000
                  ) AS DECIMAL(38, 0))
                ) + ABS(
                  CAST((
                    CAST(COALESCE("g__1_2", 0) AS DECIMAL(38, 9)) * 1000000000
                  ) AS DECIMAL(38, 0))
                )
              ) % (
                2 * ABS(
                  CAST((
                    CAST(COALESCE("g__1_2", 0) AS DECIMAL(38, 9)) * 1000000000
                  ) AS DECIMAL(38, 0))
                )
              )
            ) / (
              2 * ABS(
                CAST((
                  CAST(COALESCE("g__1_2", 0) AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0))
              )
            ) AS DECIMAL(38, 0)) * CASE
              WHEN (
                CAST((
                  CAST(COALESCE("g__1_1", 0) AS DECIMAL(38, 9)) * 1000000000000000000
                ) AS DECIMAL(38, 0)) < 0
              ) <> (
                CAST((
                  CAST(COALESCE("g__1_2", 0) AS DECIMAL(38, 9)) * 1000000000
                ) AS DECIMAL(38, 0)) < 0
              )
              THEN -1
              ELSE 1
            END AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
          END
        ) >= CAST('0.50' AS DECIMAL(38, 9))
      ),
      FALSE
    ) AS "d__pct_click_rate",
    CAST('0.50' AS DECIMAL(38, 9)) AS "d__pct_half",
    CAST((
      CAST(CAST(CAST((
        2 * ABS(
          CAST((
            CAST("a__score" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)) * CAST((
            CAST('0.125' AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0))
        ) + ABS(1000000000) - (
          2 * ABS(
            CAST((
              CAST("a__score" AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(38, 0)) * CAST((
              CAST('0.125' AS DECIMAL(38, 9)) * 1000000000
            ) AS DECIMAL(38, 0))
          ) + ABS(1000000000)
        ) % (
          2 * ABS(1000000000)
        )
      ) / (
        2 * ABS(1000000000)
      ) AS DECIMAL(38, 0)) * CASE
        WHEN (
          CAST((
            CAST("a__score" AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)) * CAST((
            CAST('0.125' AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(38, 0)) < 0
        ) <> (
          1000000000 < 0
        )
        THEN -1
        ELSE 1
      END AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
    ) AS DECIMAL(38, 9)) AS "d__pct_score_share",
    CAST((
      CAST('1.00' AS DECIMAL(38, 9)) + 1
    ) AS DECIMAL(38, 9)) AS "d__pct_whole"
  FROM "base"
)
SELECT
  "__key" AS "CUSTOMER_ID",
  "d__pct_score_above_40" AS "PCT_SCORE_ABOVE_40",
  "d__pct_score_at_least_precise" AS "PCT_SCORE_AT_LEAST_PRECISE",
  "d__pct_score_in_list" AS "PCT_SCORE_IN_LIST",
  "d__pct_score_plus_half" AS "PCT_SCORE_PLUS_HALF",
  "d__pct_click_rate" AS "PCT_CLICK_RATE",
  "d__pct_half" AS "PCT_HALF",
  "d__pct_score_share" AS "PCT_SCORE_SHARE",
  "d__pct_whole" AS "PCT_WHOLE"
FROM "layer__1"
