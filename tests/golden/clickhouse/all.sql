WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."customer_type" AS "a__customer_type",
    "e"."preferred_channel" AS "a__preferred_channel",
    "e"."is_subscribed" AS "a__is_subscribed",
    "e"."country" AS "a__country",
    "e"."age" AS "a__age",
    "e"."birthday" AS "a__birthday",
    "e"."postal_code" AS "a__zip",
    "e"."city" AS "a__city",
    "e"."first_name" AS "a__first_name",
    CAST(toString(
      CASE
        WHEN ABS("e"."lifetime_value") < 1000000
        THEN ROUND("e"."lifetime_value", 9)
        ELSE "e"."lifetime_value"
      END
    ) AS Nullable(Decimal(38, 9))) AS "a__lifetime_value",
    "e"."email" AS "a__email",
    "e"."loyalty_tier" AS "a__loyalty_tier",
    "r__account"."industry" AS "r__account__industry",
    "r__account"."company" AS "r__account__company",
    "r__account"."contract_tier" AS "r__account__contract_tier",
    "r__account"."renewal_date" AS "r__account__renewal_date",
    "r__account"."employees" AS "r__account__employees"
  FROM "shop"."customers" AS "e"
  LEFT JOIN "shop"."accounts" AS "r__account"
    ON "r__account"."account_id" = "e"."account_id"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."items" AS "items",
    "t"."channel" AS "channel",
    "t"."category" AS "category",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    CAST(toString(
      CASE
        WHEN ABS("t"."discount") < 1000000
        THEN ROUND("t"."discount", 9)
        ELSE "t"."discount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "discount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "items" >= 10
      ), FALSE)
      AND "__time" >= CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' YEAR
      AND "__time" < CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))) AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' YEAR) AS "g__1_2",
    MIN("__time") AS "g__1_3",
    MAX("__time") AS "g__1_4",
    COUNT(*) AS "g__1_5",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'running'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '6' MONTH) AS "g__1_6",
    MIN("amount") FILTER(WHERE
      COALESCE((
        "category" = 'running'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '6' MONTH) AS "g__1_7",
    MAX("amount") FILTER(WHERE
      COALESCE((
        "category" = 'outdoor'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '2' YEAR) AS "g__1_8",
    SUM("amount") FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_9",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'fitness'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_10",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "discount" < 0
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_11",
    SUM("discount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_12",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_13",
    COUNT("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_14",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "category" = 'kids'
        ), FALSE)
        AND COALESCE((
          "amount" >= 50
        ), FALSE)
      )
      AND "__time" >= CAST(CAST('2025-08-01' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(CAST(CAST('2025-09-15' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))) AS "g__1_15",
    COUNT(*) FILTER(WHERE
      COALESCE((
        "category" = 'kids'
      ), FALSE)
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY) AS "g__1_16",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__1_17",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(dateTrunc('YEAR', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '1' YEAR) AS "g__1_18",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST(dateTrunc('QUARTER', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '3' MONTH
      AND "__time" < CAST(dateTrunc('QUARTER', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))) AS "g__1_19",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST(dateTrunc('QUARTER', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(dateTrunc('QUARTER', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '3' MONTH) AS "g__1_20",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY) AS "g__1_21"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    CAST(toString(
      CASE WHEN ABS("t"."price") < 1000000 THEN ROUND("t"."price", 9) ELSE "t"."price" END
    ) AS Nullable(Decimal(38, 9))) AS "price",
    "t"."duration_s" AS "duration_s",
    "t"."campaign" AS "campaign",
    "t"."page" AS "page"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'page_view'
      OR "t"."event_name" = 'app_session'
      OR "t"."event_name" = 'email_open'
      OR "t"."event_name" = 'email_click'
    )
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") FILTER(WHERE
      "event_name" = 'page_view') AS "g__2_1",
    SUM("duration_s") FILTER(WHERE
      "event_name" = 'app_session'
      AND "__time" >= CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '1' MONTH) AS "g__2_2",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' MONTH
      AND "__time" < CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))) AS "g__2_3",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_click'
      AND "__time" >= CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' MONTH
      AND "__time" < CAST(dateTrunc('MONTH', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))) AS "g__2_4",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_click'
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY) AS "g__2_5",
    COUNT(*) FILTER(WHERE
      "event_name" = 'email_open'
      AND "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY) AS "g__2_6",
    COUNT(*) FILTER(WHERE
      "event_name" = 'page_view'
      AND COALESCE((
        startsWith("page", '/sale')
      ), FALSE)
      AND "__time" >= CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
      AND "__time" < CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '7' DAY) AS "g__2_7"
  FROM "ev__2"
  GROUP BY
    "__key"
), "ev__3" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."returned_at", 'UTC') AS "__time",
    "t"."reason" AS "reason",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount"
  FROM "shop"."returns" AS "t"
  WHERE
    toTimeZone("t"."returned_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__3" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") AS "g__3_1",
    SUM("amount") FILTER(WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY) AS "g__3_2"
  FROM "ev__3"
  GROUP BY
    "__key"
), "scan__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    CAST(toString(
      CASE WHEN ABS("t"."price") < 1000000 THEN ROUND("t"."price", 9) ELSE "t"."price" END
    ) AS Nullable(Decimal(38, 9))) AS "price",
    "t"."duration_s" AS "duration_s",
    "t"."campaign" AS "campaign",
    "t"."page" AS "page"
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
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."items" AS "items",
    "t"."channel" AS "channel",
    "t"."category" AS "category",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    CAST(toString(
      CASE
        WHEN ABS("t"."discount") < 1000000
        THEN ROUND("t"."discount", 9)
        ELSE "t"."discount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "discount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "scan__3" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    CAST(toString(
      CASE WHEN ABS("t"."price") < 1000000 THEN ROUND("t"."price", 9) ELSE "t"."price" END
    ) AS Nullable(Decimal(38, 9))) AS "price",
    "t"."duration_s" AS "duration_s",
    "t"."campaign" AS "campaign",
    "t"."page" AS "page"
  FROM "shop"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_click'
    )
), "scan__4" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."items" AS "items",
    "t"."channel" AS "channel",
    "t"."category" AS "category",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    CAST(toString(
      CASE
        WHEN ABS("t"."discount") < 1000000
        THEN ROUND("t"."discount", 9)
        ELSE "t"."discount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "discount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "scan__5" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    "t"."items" AS "items",
    "t"."channel" AS "channel",
    "t"."category" AS "category",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    CAST(toString(
      CASE
        WHEN ABS("t"."discount") < 1000000
        THEN ROUND("t"."discount", 9)
        ELSE "t"."discount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "discount"
  FROM "shop"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY
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
), "tie__2" AS MATERIALIZED (
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
), "tie__3" AS MATERIALIZED (
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
), "tie__4" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "reason" AS "__value",
      "__time",
      MAX("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__3"
    WHERE
      TRUE
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "seq__5" AS MATERIALIZED (
  SELECT DISTINCT
    "a"."__key" AS "__key"
  FROM "scan__3" AS "a"
  JOIN "scan__4" AS "b"
    ON "b"."__key" = "a"."__key"
    AND "b"."__time" > "a"."__time"
    AND "b"."__time" <= "a"."__time" + INTERVAL '2' DAY
    AND "b"."__time" >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
  WHERE
    "a"."event_name" = 'email_click'
    AND COALESCE((
      startsWith("a"."campaign", 'spring26_')
    ), FALSE)
    AND "a"."__time" >= CAST('2026-03-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "dst__6" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) AS "v"
  FROM (
    SELECT DISTINCT
      "__key",
      "category" AS "__value"
    FROM "scan__5" AS "s"
    WHERE
      "__time" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '365' DAY
      AND NOT (
        "category" IS NULL
      )
  ) AS "d"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__customer_type" AS "a__customer_type",
    "entity"."a__preferred_channel" AS "a__preferred_channel",
    "entity"."a__is_subscribed" AS "a__is_subscribed",
    "entity"."a__country" AS "a__country",
    "entity"."a__age" AS "a__age",
    "entity"."a__birthday" AS "a__birthday",
    "entity"."a__zip" AS "a__zip",
    "entity"."a__city" AS "a__city",
    "entity"."a__first_name" AS "a__first_name",
    "entity"."a__lifetime_value" AS "a__lifetime_value",
    "entity"."a__email" AS "a__email",
    "entity"."a__loyalty_tier" AS "a__loyalty_tier",
    "entity"."r__account__industry" AS "r__account__industry",
    "entity"."r__account__company" AS "r__account__company",
    "entity"."r__account__contract_tier" AS "r__account__contract_tier",
    "entity"."r__account__renewal_date" AS "r__account__renewal_date",
    "entity"."r__account__employees" AS "r__account__employees",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2",
    "agg__1"."g__1_3" AS "g__1_3",
    "agg__1"."g__1_4" AS "g__1_4",
    "agg__1"."g__1_5" AS "g__1_5",
    "agg__1"."g__1_6" AS "g__1_6",
    "agg__1"."g__1_7" AS "g__1_7",
    "agg__1"."g__1_8" AS "g__1_8",
    "agg__1"."g__1_9" AS "g__1_9",
    "agg__1"."g__1_10" AS "g__1_10",
    "agg__1"."g__1_11" AS "g__1_11",
    "agg__1"."g__1_12" AS "g__1_12",
    "agg__1"."g__1_13" AS "g__1_13",
    "agg__1"."g__1_14" AS "g__1_14",
    "agg__1"."g__1_15" AS "g__1_15",
    "agg__1"."g__1_16" AS "g__1_16",
    "agg__1"."g__1_17" AS "g__1_17",
    "agg__1"."g__1_18" AS "g__1_18",
    "agg__1"."g__1_19" AS "g__1_19",
    "agg__1"."g__1_20" AS "g__1_20",
    "agg__1"."g__1_21" AS "g__1_21",
    "agg__2"."g__2_1" AS "g__2_1",
    "agg__2"."g__2_2" AS "g__2_2",
    "agg__2"."g__2_3" AS "g__2_3",
    "agg__2"."g__2_4" AS "g__2_4",
    "agg__2"."g__2_5" AS "g__2_5",
    "agg__2"."g__2_6" AS "g__2_6",
    "agg__2"."g__2_7" AS "g__2_7",
    "agg__3"."g__3_1" AS "g__3_1",
    "agg__3"."g__3_2" AS "g__3_2",
    NOT (
      "seq__1"."__key" IS NULL
    ) AS "seq__1",
    "tie__2"."v" AS "tie__2",
    "tie__3"."v" AS "tie__3",
    "tie__4"."v" AS "tie__4",
    NOT (
      "seq__5"."__key" IS NULL
    ) AS "seq__5",
    "dst__6"."v" AS "dst__6"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
  LEFT JOIN "agg__3"
    ON "agg__3"."__key" = "entity"."__key"
  LEFT JOIN "seq__1"
    ON "seq__1"."__key" = "entity"."__key"
  LEFT JOIN "tie__2"
    ON "tie__2"."__key" = "entity"."__key"
  LEFT JOIN "tie__3"
    ON "tie__3"."__key" = "entity"."__key"
  LEFT JOIN "tie__4"
    ON "tie__4"."__key" = "entity"."__key"
  LEFT JOIN "seq__5"
    ON "seq__5"."__key" = "entity"."__key"
  LEFT JOIN "dst__6"
    ON "dst__6"."__key" = "entity"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "a__customer_type" = 'b2b'
      ), FALSE)
      AND (
        COALESCE(
          (
            "r__account__industry" IN ('sports_team', 'education', 'fitness_club')
          ),
          FALSE
        )
        OR COALESCE((
          endsWith("r__account__company", 'e.V.')
        ), FALSE)
      )
      AND "r__account__contract_tier" IS NULL
      AND COALESCE("g__1_1", 0) > 0
    ) AS Nullable(Bool)) AS "d__team_kit_prospects",
    CAST((
      COALESCE((
        "a__customer_type" = 'b2b'
      ), FALSE)
      AND COALESCE(
        (
          CAST("r__account__renewal_date" AS Nullable(DateTime64(6, 'UTC'))) >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
          AND CAST("r__account__renewal_date" AS Nullable(DateTime64(6, 'UTC'))) < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) + INTERVAL '60' DAY
        ),
        FALSE
      )
      AND NOT COALESCE((
        "r__account__contract_tier" IN ('premium', 'enterprise')
      ), FALSE)
      AND COALESCE((
        "r__account__employees" >= 20
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__renewal_due",
    CAST((
      "seq__1"
      AND NOT (
        "a__preferred_channel" IS NULL
      )
      AND NOT (
        COALESCE(
          (
            "g__2_1" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' MINUTE
          ),
          FALSE
        )
      )
    ) AS Nullable(Bool)) AS "d__cart_abandoners",
    CAST((
      COALESCE((
        "tie__2" = 'store'
      ), FALSE)
      AND (
        COALESCE((
          "tie__3" IN ('web', 'app')
        ), FALSE)
        OR COALESCE((
          COALESCE("g__2_2", 0) >= 1800
        ), FALSE)
      )
    ) AS Nullable(Bool)) AS "d__digital_adopters",
    CAST((
      COALESCE(
        (
          "g__3_1" >= CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
          AND "g__3_1" < CAST(dateTrunc('WEEK', CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) AS Nullable(DateTime64(6, 'UTC')))
        ),
        FALSE
      )
      AND COALESCE((
        POSITION(lowerUTF8("tie__4"), 'size') > 0
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__size_returners",
    CAST((
      CASE
        WHEN CAST((
          CAST(COALESCE("g__2_6", 0) AS Nullable(Decimal(38, 9))) * 1000000000
        ) AS Nullable(Int256)) = 0
        THEN NULL
        ELSE CAST(toDecimal128(
          intDivOrZero(
            (
              2 * ABS(
                CAST((
                  CAST(COALESCE("g__2_5", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
                ) AS Nullable(Int256))
              ) + ABS(
                CAST((
                  CAST(COALESCE("g__2_6", 0) AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            ),
            (
              2 * ABS(
                CAST((
                  CAST(COALESCE("g__2_6", 0) AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            )
          ) * CASE
            WHEN (
              CAST((
                CAST(COALESCE("g__2_5", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256)) < 0
            ) <> (
              CAST((
                CAST(COALESCE("g__2_6", 0) AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256)) < 0
            )
            THEN -1
            ELSE 1
          END,
          0
        ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
      END
    ) AS Nullable(Decimal(38, 9))) AS "d__email_click_rate_90d",
    CAST("seq__5" AS Nullable(Bool)) AS "d__spring_campaign_converters",
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
    ) AS Nullable(Bool)) AS "d__dach_young_adults",
    CAST((
      COALESCE((
        upperUTF8(TRIM("a__country")) = 'DE'
      ), FALSE)
      AND (
        COALESCE((
          match("a__zip", '^8[0-5][0-9]{3}$')
        ), FALSE)
        OR COALESCE((
          lowerUTF8(TRIM("a__city")) IN ('munich', 'muenchen')
        ), FALSE)
      )
      AND COALESCE("g__1_2", 0) > 0
      AND COALESCE((
        CHAR_LENGTH(TRIM("a__first_name")) >= 2
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__munich_store_launch",
    CAST((
      COALESCE(
        (
          "g__1_3" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
          AND "g__1_3" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
        ),
        FALSE
      )
      AND COALESCE(
        (
          CAST("g__1_3" AS Nullable(Date32)) < CAST(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) AS Nullable(Date32))
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__new_customers",
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))) / 1000000 - toUnixTimestamp64Micro(CAST("g__1_4" AS Nullable(DateTime64(6, 'UTC')))) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__days_since_last_order",
    CAST((
      COALESCE((
        COALESCE("g__1_5", 0) >= 2
      ), FALSE)
      AND COALESCE(
        (
          "g__1_4" >= CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '180' DAY
          AND "g__1_4" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '90' DAY
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__lapsing_customers",
    CAST(COALESCE(
      (
        "g__1_4" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '180' DAY
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__churned_customers",
    CAST(COALESCE("g__1_13", 0) AS Nullable(Decimal(38, 9))) AS "d__revenue_365d",
    CAST(ROUND(
      CAST(CASE
        WHEN CAST((
          CAST("g__1_14" AS Nullable(Decimal(38, 9))) * 1000000000
        ) AS Nullable(Int256)) = 0
        THEN NULL
        ELSE CAST(toDecimal128(
          intDivOrZero(
            (
              2 * ABS(
                CAST((
                  CAST("g__1_13" AS Nullable(Decimal(38, 9))) * 1000000000000000000
                ) AS Nullable(Int256))
              ) + ABS(
                CAST((
                  CAST("g__1_14" AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            ),
            (
              2 * ABS(
                CAST((
                  CAST("g__1_14" AS Nullable(Decimal(38, 9))) * 1000000000
                ) AS Nullable(Int256))
              )
            )
          ) * CASE
            WHEN (
              CAST((
                CAST("g__1_13" AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256)) < 0
            ) <> (
              CAST((
                CAST("g__1_14" AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256)) < 0
            )
            THEN -1
            ELSE 1
          END,
          0
        ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
      END AS Nullable(Decimal(38, 9))),
      2
    ) AS Nullable(Decimal(38, 9))) AS "d__avg_order_value",
    "a__lifetime_value" AS "v__1",
    CAST((
      COALESCE((
        COALESCE("g__1_19", 0) > 0
      ), FALSE)
      AND COALESCE(
        (
          COALESCE("g__1_20", 0) >= (
            CAST(ROUND(
              CAST('1.5' AS Nullable(Decimal(38, 9))) * CAST(COALESCE("g__1_19", 0) AS Nullable(Decimal(76, 9))),
              9
            ) AS Nullable(Decimal(38, 9)))
          )
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__rising_spenders",
    CAST(COALESCE("g__1_21", 0) AS Nullable(Int64)) AS "d__orders_30d"
  FROM "base"
), "rank__2" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT("d__avg_order_value") OVER () AS "w__d__avg_order_value__count",
    RANK() OVER (PARTITION BY "d__avg_order_value" IS NULL ORDER BY "d__avg_order_value" ASC) AS "w__d__avg_order_value__asc",
    COUNT("v__1") OVER () AS "w__v__1__count",
    RANK() OVER (PARTITION BY "v__1" IS NULL ORDER BY "v__1" ASC) AS "w__v__1__asc"
  FROM (
    SELECT
      "__key",
      "d__avg_order_value",
      "v__1"
    FROM "layer__1"
  ) AS "v"
), "layer__2" AS MATERIALIZED (
  SELECT
    "layer__1".*
    EXCEPT ("__key"),
    "rank__2"."w__d__avg_order_value__count" AS "w__d__avg_order_value__count",
    "rank__2"."w__d__avg_order_value__asc" AS "w__d__avg_order_value__asc",
    "rank__2"."w__v__1__count" AS "w__v__1__count",
    "rank__2"."w__v__1__asc" AS "w__v__1__asc",
    CAST((
      COALESCE((
        "a__is_subscribed"
      ), FALSE)
      AND COALESCE((
        (
          COALESCE("g__2_3", 0) + COALESCE("g__2_4", 0)
        ) >= 3
      ), FALSE)
      AND COALESCE((
        "d__email_click_rate_90d" >= CAST('0.2' AS Nullable(Decimal(38, 9)))
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__email_engaged",
    CAST((
      COALESCE((
        "d__days_since_last_order" < 90
      ), FALSE)
      AND COALESCE(
        (
          "g__1_3" < CAST('2026-11-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        ),
        FALSE
      )
    ) AS Nullable(Bool)) AS "d__active_customers",
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
      AND COALESCE("g__2_6", 0) > 0
      AND COALESCE((
        match(lowerUTF8("a__email"), '^[^@ ]+@[^@ ]+\\.[a-z]{2,}$')
      ), FALSE)
    ) AS Nullable(Bool)) AS "d__winback_targets",
    CAST((
      "d__revenue_365d" - COALESCE("g__3_2", 0)
    ) AS Nullable(Decimal(38, 9))) AS "d__net_revenue_365d",
    "layer__1"."__key" AS "__key"
  FROM "layer__1"
  LEFT JOIN "rank__2"
    ON "rank__2"."__key" = "layer__1"."__key"
), "rank__3" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT("d__net_revenue_365d") OVER () AS "w__d__net_revenue_365d__count",
    RANK() OVER (PARTITION BY "d__net_revenue_365d" IS NULL ORDER BY "d__net_revenue_365d" DESC) AS "w__d__net_revenue_365d__desc"
  FROM (
    SELECT
      "__key",
      "d__net_revenue_365d"
    FROM "layer__2"
  ) AS "v"
), "layer__3" AS MATERIALIZED (
  SELECT
    "layer__2".*
    EXCEPT ("__key"),
    "rank__3"."w__d__net_revenue_365d__count" AS "w__d__net_revenue_365d__count",
    "rank__3"."w__d__net_revenue_365d__desc" AS "w__d__net_revenue_365d__desc",
    CAST((
      COALESCE((
        COALESCE("g__1_11", 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE("g__1_12", 0)) >= (
            CAST(ROUND(
              CAST('0.15' AS Nullable(Decimal(38, 9))) * CAST("d__revenue_365d" AS Nullable(Decimal(76, 9))),
              9
            ) AS Nullable(Decimal(38, 9)))
          )
        ),
        FALSE
      )
      AND COALESCE(
        (
          NOT (
            "d__avg_order_value" IS NULL
          )
          AND (
            "w__d__avg_order_value__asc" - 1
          ) * 100 < 30 * "w__d__avg_order_value__count"
        ),
        FALSE
      )
      AND COALESCE("g__2_7", 0) > 0
    ) AS Nullable(Bool)) AS "d__bargain_hunters",
    CAST((
      COALESCE((
        "a__loyalty_tier" IN ('bronze', 'silver')
      ), FALSE)
      AND (
        COALESCE(
          (
            CASE
              WHEN "v__1" IS NULL
              THEN NULL
              ELSE intDivOrZero((
                (
                  "w__v__1__asc" - 1
                ) * 10
              ), "w__v__1__count") + 1
            END = 10
          ),
          FALSE
        )
        OR COALESCE((
          COALESCE("g__1_18", 0) >= 1000
        ), FALSE)
      )
    ) AS Nullable(Bool)) AS "d__tier_upgrade_candidates",
    "layer__2"."__key" AS "__key"
  FROM "layer__2"
  LEFT JOIN "rank__3"
    ON "rank__3"."__key" = "layer__2"."__key"
), "layer__4" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN COALESCE((
        "a__customer_type" = 'b2b'
      ), FALSE)
      THEN 'team_buyer'
      WHEN (
        COALESCE((
          COALESCE("g__1_6", 0) >= 2
        ), FALSE)
        AND COALESCE((
          "g__1_7" >= 90
        ), FALSE)
      )
      THEN 'performance_runner'
      WHEN COALESCE((
        "g__1_8" >= 250
      ), FALSE)
      THEN 'outdoor_explorer'
      WHEN COALESCE((
        COALESCE("g__1_9", 0) >= 100
      ), FALSE)
      THEN 'kids_family'
      WHEN COALESCE((
        COALESCE("g__1_10", 0) >= 2
      ), FALSE)
      THEN 'fitness_fan'
      WHEN "d__bargain_hunters"
      THEN 'bargain_hunter'
      WHEN COALESCE((
        COALESCE("dst__6", 0) >= 3
      ), FALSE)
      THEN 'all_rounder'
      ELSE 'casual'
    END AS "d__persona",
    CAST((
      COALESCE(
        (
          NOT (
            "d__net_revenue_365d" IS NULL
          )
          AND (
            "w__d__net_revenue_365d__desc" - 1
          ) * 100 < 10 * "w__d__net_revenue_365d__count"
        ),
        FALSE
      )
      AND COALESCE((
        COALESCE("g__1_17", 0) >= 3
      ), FALSE)
      AND COALESCE((
        "a__customer_type" <> 'b2b'
      ), FALSE)
      AND NOT (
        "d__lapsing_customers"
      )
    ) AS Nullable(Bool)) AS "d__vip"
  FROM "layer__3"
), "layer__5" AS MATERIALIZED (
  SELECT
    *,
    CAST((
      COALESCE((
        "d__persona" = 'kids_family'
      ), FALSE)
      AND COALESCE((
        "a__is_subscribed"
      ), FALSE)
      AND COALESCE("g__1_15", 0) > 0
      AND COALESCE("g__1_16", 0) = 0
    ) AS Nullable(Bool)) AS "d__back_to_school_families"
  FROM "layer__4"
)
SELECT
  "__key" AS "customer_id",
  "d__team_kit_prospects" AS "team_kit_prospects",
  "d__renewal_due" AS "renewal_due",
  "d__cart_abandoners" AS "cart_abandoners",
  "d__digital_adopters" AS "digital_adopters",
  "d__size_returners" AS "size_returners",
  "d__email_engaged" AS "email_engaged",
  "d__spring_campaign_converters" AS "spring_campaign_converters",
  "d__dach_young_adults" AS "dach_young_adults",
  "d__munich_store_launch" AS "munich_store_launch",
  "d__new_customers" AS "new_customers",
  "d__active_customers" AS "active_customers",
  "d__lapsing_customers" AS "lapsing_customers",
  "d__churned_customers" AS "churned_customers",
  "d__winback_targets" AS "winback_targets",
  "d__back_to_school_families" AS "back_to_school_families",
  "d__vip" AS "vip",
  "d__tier_upgrade_candidates" AS "tier_upgrade_candidates",
  "d__bargain_hunters" AS "bargain_hunters",
  "d__rising_spenders" AS "rising_spenders",
  "d__persona" AS "persona",
  "d__orders_30d" AS "orders_30d",
  "d__revenue_365d" AS "revenue_365d",
  "d__avg_order_value" AS "avg_order_value",
  "d__days_since_last_order" AS "days_since_last_order",
  "d__email_click_rate_90d" AS "email_click_rate_90d",
  "d__net_revenue_365d" AS "net_revenue_365d"
FROM "layer__5"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
