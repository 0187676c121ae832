WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."country" AS "a__country",
    "e"."age" AS "a__age",
    "e"."birthday" AS "a__birthday"
  FROM "shop"."customers" AS "e"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__country" AS "a__country",
    "entity"."a__age" AS "a__age",
    "entity"."a__birthday" AS "a__birthday"
  FROM "entity"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        upperUTF8(TRIM("a__country")) IN ('DE', 'AT', 'CH')
      ), FALSE)
      AND COALESCE(
        (
          COALESCE(
            "a__age",
            CASE
              WHEN "a__birthday" IS NULL
              THEN NULL
              WHEN addYears(
                CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32)),
                -(
                  YEAR(
                    CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
                  ) - YEAR("a__birthday")
                )
              ) >= "a__birthday"
              THEN YEAR(
                CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
              ) - YEAR("a__birthday")
              ELSE YEAR(
                CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
              ) - YEAR("a__birthday") - 1
            END
          ) >= 25
          AND COALESCE(
            "a__age",
            CASE
              WHEN "a__birthday" IS NULL
              THEN NULL
              WHEN addYears(
                CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32)),
                -(
                  YEAR(
                    CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
                  ) - YEAR("a__birthday")
                )
              ) >= "a__birthday"
              THEN YEAR(
                CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
              ) - YEAR("a__birthday")
              ELSE YEAR(
                CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
              ) - YEAR("a__birthday") - 1
            END
          ) <= 34
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__dach_young_adults"
  FROM "base"
)
SELECT
  "__key" AS "customer_id"
FROM "layer__1"
WHERE
  "d__dach_young_adults"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
