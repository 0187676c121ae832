WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    toTimeZone("e"."signup_at", 'UTC') AS "a__signup_at"
  FROM "conf"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    "t"."category" AS "category"
  FROM "conf"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
      )) AS "g__1_1",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "amount" > 100
        ), FALSE)
      )) AS "g__1_2",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
      )) AS "g__1_3",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "category" = 'kids'
        ), FALSE)
        AND COALESCE((
          "amount" >= 100
        ), FALSE)
      )) AS "g__1_4",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "amount" >= 100
        ), FALSE)
        AND COALESCE((
          "category" = 'kids'
        ), FALSE)
      )) AS "g__1_5",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "category" = 'kids'
        ), FALSE)
      )) AS "g__1_6",
    SUM("amount") FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
      )) AS "g__1_7",
    SUM("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__1_8",
    COUNT("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__1_9",
    MIN("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__1_10",
    MAX("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__1_11",
    MIN("__time") FILTER(WHERE
      (
        TRUE
      )) AS "g__1_12",
    MAX("__time") FILTER(WHERE
      (
        TRUE
      )) AS "g__1_13",
    SUM("amount") FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        AND COALESCE((
          "amount" >= 100
        ), FALSE)
      )) AS "g__1_14",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "amount" > 50
        ), FALSE)
      )) AS "g__1_15",
    COUNT(*) FILTER(WHERE
      (
        (
          COALESCE((
            "amount" >= 100
          ), FALSE)
        ) OR (
          TRUE
        )
      )) AS "g__1_16",
    MIN("__time") AS "g__1_17",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
        AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
      )) AS "g__1_18",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '21' DAY
        AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
      )) AS "g__1_19"
  FROM "ev__1"
  GROUP BY
    "__key"
), "ev__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."refunded_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    "t"."category" AS "category"
  FROM "conf"."refunds" AS "t"
  WHERE
    toTimeZone("t"."refunded_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__2" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
      )) AS "g__2_1",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "amount" > 100
        ), FALSE)
      )) AS "g__2_2",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
      )) AS "g__2_3",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "category" = 'kids'
        ), FALSE)
      )) AS "g__2_4",
    SUM("amount") FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
      )) AS "g__2_5",
    SUM("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__2_6",
    COUNT("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__2_7",
    MIN("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__2_8",
    MAX("amount") FILTER(WHERE
      (
        TRUE
      )) AS "g__2_9",
    MIN("__time") FILTER(WHERE
      (
        TRUE
      )) AS "g__2_10",
    MAX("__time") FILTER(WHERE
      (
        TRUE
      )) AS "g__2_11",
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          "amount" > 50
        ), FALSE)
      )) AS "g__2_12",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
        AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
      )) AS "g__2_13",
    COUNT(*) FILTER(WHERE
      (
        "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '21' DAY
        AND "__time" < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '14' DAY
      )) AS "g__2_14"
  FROM "ev__2"
  GROUP BY
    "__key"
), "ev__3" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    "t"."campaign" AS "campaign"
  FROM "conf"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_open'
      OR "t"."event_name" = 'email_click'
      OR "t"."event_name" = 'add_to_cart'
    )
), "agg__3" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) FILTER(WHERE
      (
        (
          "event_name" = 'email_open'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
        )
        OR (
          "event_name" = 'email_click'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
        )
        OR (
          "event_name" = 'add_to_cart'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
        )
      )) AS "g__3_1",
    COUNT(*) FILTER(WHERE
      (
        (
          "event_name" = 'email_open' AND COALESCE((
            "campaign" = 'spring'
          ), FALSE)
        )
        OR (
          "event_name" = 'email_click' AND COALESCE((
            "campaign" = 'spring'
          ), FALSE)
        )
      )) AS "g__3_2",
    COUNT(*) FILTER(WHERE
      (
        (
          "event_name" = 'email_open'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        )
        OR (
          "event_name" = 'email_click'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        )
      )) AS "g__3_3",
    COUNT(*) FILTER(WHERE
      (
        (
          "event_name" = 'email_open'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        )
        OR (
          "event_name" = 'email_click'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        )
        OR (
          "event_name" = 'add_to_cart'
          AND "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '30' DAY
        )
      )) AS "g__3_4",
    MAX("__time") FILTER(WHERE
      (
        (
          "event_name" = 'email_open'
        )
        OR (
          "event_name" = 'email_click'
        )
        OR (
          "event_name" = 'add_to_cart'
        )
      )) AS "g__3_5"
  FROM "ev__3"
  GROUP BY
    "__key"
), "scan__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    "t"."category" AS "category"
  FROM "conf"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "scan__2" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."refunded_at", 'UTC') AS "__time",
    CAST(toString(
      CASE
        WHEN ABS("t"."amount") < 1000000
        THEN ROUND("t"."amount", 9)
        ELSE "t"."amount"
      END
    ) AS Nullable(Decimal(38, 9))) AS "amount",
    "t"."category" AS "category"
  FROM "conf"."refunds" AS "t"
  WHERE
    toTimeZone("t"."refunded_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "scan__3" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    "t"."campaign" AS "campaign"
  FROM "conf"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_click'
    )
), "scan__4" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."occurred_at", 'UTC') AS "__time",
    "t"."event_name" AS "event_name",
    "t"."campaign" AS "campaign"
  FROM "conf"."events" AS "t"
  WHERE
    toTimeZone("t"."occurred_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND (
      "t"."event_name" = 'email_open' OR "t"."event_name" = 'email_click'
    )
), "seq__1" AS MATERIALIZED (
  SELECT DISTINCT
    "a"."__key" AS "__key"
  FROM (
    SELECT
      "__key",
      "__time"
    FROM "scan__1"
    WHERE
      (
        TRUE
      )
  ) AS "a"
  JOIN (
    SELECT
      "__key",
      "__time"
    FROM "scan__2"
    WHERE
      (
        TRUE
      )
    UNION ALL
    SELECT
      "__key",
      "__time"
    FROM "scan__3"
    WHERE
      (
        "event_name" = 'email_click'
      )
  ) AS "b"
    ON "b"."__key" = "a"."__key"
    AND "b"."__time" > "a"."__time"
    AND "b"."__time" <= "a"."__time" + INTERVAL '2' DAY
), "seq__2" AS MATERIALIZED (
  SELECT DISTINCT
    "a"."__key" AS "__key"
  FROM (
    SELECT
      "__key",
      "__time"
    FROM "scan__1"
    WHERE
      (
        TRUE
      )
    UNION ALL
    SELECT
      "__key",
      "__time"
    FROM "scan__2"
    WHERE
      (
        TRUE
      )
  ) AS "a"
  WHERE
    "a"."__time" + INTERVAL '1' DAY <= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
    AND NOT EXISTS(
      SELECT
        1
      FROM (
        SELECT
          "__key",
          "__time"
        FROM "scan__4"
        WHERE
          (
            (
              "event_name" = 'email_open'
            ) OR (
              "event_name" = 'email_click'
            )
          )
      ) AS "b"
      WHERE
        "b"."__key" = "a"."__key"
        AND "b"."__time" > "a"."__time"
        AND "b"."__time" <= "a"."__time" + INTERVAL '1' DAY
    )
), "tie__3" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "category" AS "__value",
      "__time",
      MIN("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__1"
    WHERE
      (
        TRUE
      )
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
      "category" AS "__value",
      "__time",
      MIN("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__2"
    WHERE
      (
        TRUE
      )
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "tie__5" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "amount" AS "__value",
      "__time",
      MAX("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__1"
    WHERE
      (
        TRUE
      )
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "tie__6" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__value") AS "v"
  FROM (
    SELECT
      "__key",
      "amount" AS "__value",
      "__time",
      MAX("__time") OVER (PARTITION BY "__key") AS "__edge"
    FROM "ev__2"
    WHERE
      (
        TRUE
      )
  ) AS "s"
  WHERE
    "__time" = "__edge"
  GROUP BY
    "__key"
), "dst__7" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) AS "v"
  FROM (
    SELECT DISTINCT
      "__key",
      "__value"
    FROM (
      SELECT
        "__key",
        "campaign" AS "__value"
      FROM "scan__4" AS "s"
      WHERE
        (
          (
            "event_name" = 'email_open'
          ) OR (
            "event_name" = 'email_click'
          )
        )
        AND NOT (
          "campaign" IS NULL
        )
    ) AS "u"
  ) AS "d"
  GROUP BY
    "__key"
), "dst__8" AS MATERIALIZED (
  SELECT
    "__key",
    COUNT(*) AS "v"
  FROM (
    SELECT DISTINCT
      "__key",
      "__value"
    FROM (
      SELECT
        "__key",
        "category" AS "__value"
      FROM "scan__1" AS "s"
      WHERE
        (
          TRUE
        ) AND NOT (
          "category" IS NULL
        )
      UNION ALL
      SELECT
        "__key",
        "category" AS "__value"
      FROM "scan__2" AS "s"
      WHERE
        (
          TRUE
        ) AND NOT (
          "category" IS NULL
        )
    ) AS "u"
  ) AS "d"
  GROUP BY
    "__key"
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__signup_at" AS "a__signup_at",
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
    "agg__2"."g__2_1" AS "g__2_1",
    "agg__2"."g__2_2" AS "g__2_2",
    "agg__2"."g__2_3" AS "g__2_3",
    "agg__2"."g__2_4" AS "g__2_4",
    "agg__2"."g__2_5" AS "g__2_5",
    "agg__2"."g__2_6" AS "g__2_6",
    "agg__2"."g__2_7" AS "g__2_7",
    "agg__2"."g__2_8" AS "g__2_8",
    "agg__2"."g__2_9" AS "g__2_9",
    "agg__2"."g__2_10" AS "g__2_10",
    "agg__2"."g__2_11" AS "g__2_11",
    "agg__2"."g__2_12" AS "g__2_12",
    "agg__2"."g__2_13" AS "g__2_13",
    "agg__2"."g__2_14" AS "g__2_14",
    "agg__3"."g__3_1" AS "g__3_1",
    "agg__3"."g__3_2" AS "g__3_2",
    "agg__3"."g__3_3" AS "g__3_3",
    "agg__3"."g__3_4" AS "g__3_4",
    "agg__3"."g__3_5" AS "g__3_5",
    NOT (
      "seq__1"."__key" IS NULL
    ) AS "seq__1",
    NOT (
      "seq__2"."__key" IS NULL
    ) AS "seq__2",
    "tie__3"."v" AS "tie__3",
    "tie__4"."v" AS "tie__4",
    "tie__5"."v" AS "tie__5",
    "tie__6"."v" AS "tie__6",
    "dst__7"."v" AS "dst__7",
    "dst__8"."v" AS "dst__8"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
  LEFT JOIN "agg__2"
    ON "agg__2"."__key" = "entity"."__key"
  LEFT JOIN "agg__3"
    ON "agg__3"."__key" = "entity"."__key"
  LEFT JOIN "seq__1"
    ON "seq__1"."__key" = "entity"."__key"
  LEFT JOIN "seq__2"
    ON "seq__2"."__key" = "entity"."__key"
  LEFT JOIN "tie__3"
    ON "tie__3"."__key" = "entity"."__key"
  LEFT JOIN "tie__4"
    ON "tie__4"."__key" = "entity"."__key"
  LEFT JOIN "tie__5"
    ON "tie__5"."__key" = "entity"."__key"
  LEFT JOIN "tie__6"
    ON "tie__6"."__key" = "entity"."__key"
  LEFT JOIN "dst__7"
    ON "dst__7"."__key" = "entity"."__key"
  LEFT JOIN "dst__8"
    ON "dst__8"."__key" = "entity"."__key"
), "anch__1_1" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(*) FILTER(WHERE
      (
        TRUE
      )
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '10' DAY) AS "x__1",
    MAX("__time") FILTER(WHERE
      (
        TRUE
      )
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '30' DAY) AS "x__3"
  FROM "scan__1" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at"
    FROM "base"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "anch__1_2" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(*) FILTER(WHERE
      (
        TRUE
      )
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '10' DAY) AS "x__2",
    MAX("__time") FILTER(WHERE
      (
        TRUE
      )
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '30' DAY) AS "x__5"
  FROM "scan__2" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at"
    FROM "base"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "anch__1_3" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(DISTINCT "campaign") FILTER(WHERE
      (
        (
          "event_name" = 'email_open'
        ) OR (
          "event_name" = 'email_click'
        )
      )
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '30' DAY) AS "x__7",
    COUNT(*) FILTER(WHERE
      (
        (
          "event_name" = 'email_open'
        ) OR (
          "event_name" = 'email_click'
        )
      )
      AND "__time" >= "g__1_17"
      AND "__time" < "g__1_17" + INTERVAL '30' DAY) AS "x__8"
  FROM "scan__4" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at",
      "g__1_17"
    FROM "base"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "layer__1" AS MATERIALIZED (
  SELECT
    "base".*
    EXCEPT ("__key"),
    "anch__1_1"."x__1" AS "x__1",
    "anch__1_1"."x__3" AS "x__3",
    "anch__1_2"."x__2" AS "x__2",
    "anch__1_2"."x__5" AS "x__5",
    "anch__1_3"."x__7" AS "x__7",
    "anch__1_3"."x__8" AS "x__8",
    CAST(COALESCE("g__1_1", 0) + COALESCE("g__2_1", 0) > 0 AS Nullable(Bool)) AS "d__eg_has_group",
    CAST(COALESCE("g__1_2", 0) + COALESCE("g__2_2", 0) > 0 AS Nullable(Bool)) AS "d__eg_has_group_filter",
    CAST(COALESCE("g__1_3", 0) + COALESCE("g__3_1", 0) + COALESCE("g__2_3", 0) = 0 AS Nullable(Bool)) AS "d__eg_no_event_lately",
    CAST(COALESCE("g__3_2", 0) > 0 AS Nullable(Bool)) AS "d__eg_emailed",
    CAST(COALESCE("g__1_4", 0) > 0 AS Nullable(Bool)) AS "d__eg_big_kids",
    CAST(COALESCE("g__1_5", 0) > 0 AS Nullable(Bool)) AS "d__eg_composed",
    CAST(COALESCE("g__3_3", 0) > 0 AS Nullable(Bool)) AS "d__eg_named_group",
    CAST("seq__1" AS Nullable(Bool)) AS "d__eg_sequence",
    CAST("seq__2" AS Nullable(Bool)) AS "d__eg_sequence_no",
    CAST(COALESCE("g__1_6", 0) + COALESCE("g__2_4", 0) > 0 AS Nullable(Bool)) AS "d__eg_kids_money",
    CAST(COALESCE("g__1_1", 0) + COALESCE("g__3_4", 0) + COALESCE("g__2_1", 0) AS Nullable(Int64)) AS "d__eg_count_any",
    CAST(COALESCE("g__3_3", 0) AS Nullable(Int64)) AS "d__eg_count_emailed",
    CAST(COALESCE("g__1_7", 0) + COALESCE("g__2_5", 0) AS Nullable(Decimal(38, 9))) AS "d__eg_sum_money",
    CAST(CASE
      WHEN CAST((
        CAST(COALESCE("g__1_9", 0) + COALESCE("g__2_7", 0) AS Nullable(Decimal(38, 9))) * 1000000000
      ) AS Nullable(Int256)) = 0
      THEN NULL
      ELSE CAST(toDecimal128(
        intDivOrZero(
          (
            2 * ABS(
              CAST((
                CAST(COALESCE("g__1_8", 0) + COALESCE("g__2_6", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
              ) AS Nullable(Int256))
            ) + ABS(
              CAST((
                CAST(COALESCE("g__1_9", 0) + COALESCE("g__2_7", 0) AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          ),
          (
            2 * ABS(
              CAST((
                CAST(COALESCE("g__1_9", 0) + COALESCE("g__2_7", 0) AS Nullable(Decimal(38, 9))) * 1000000000
              ) AS Nullable(Int256))
            )
          )
        ) * CASE
          WHEN (
            CAST((
              CAST(COALESCE("g__1_8", 0) + COALESCE("g__2_6", 0) AS Nullable(Decimal(38, 9))) * 1000000000000000000
            ) AS Nullable(Int256)) < 0
          ) <> (
            CAST((
              CAST(COALESCE("g__1_9", 0) + COALESCE("g__2_7", 0) AS Nullable(Decimal(38, 9))) * 1000000000
            ) AS Nullable(Int256)) < 0
          )
          THEN -1
          ELSE 1
        END,
        0
      ) * CAST('0.000000001' AS Nullable(Decimal(38, 9))) AS Nullable(Decimal(38, 9)))
    END AS Nullable(Decimal(38, 9))) AS "d__eg_avg_money",
    CAST(LEAST(COALESCE("g__1_10", "g__2_8"), COALESCE("g__2_8", "g__1_10")) AS Nullable(Decimal(38, 9))) AS "d__eg_min_money",
    CAST(GREATEST(COALESCE("g__1_11", "g__2_9"), COALESCE("g__2_9", "g__1_11")) AS Nullable(Decimal(38, 9))) AS "d__eg_max_money",
    GREATEST(
      COALESCE(
        CASE
          WHEN "g__1_12" = LEAST(COALESCE("g__1_12", "g__2_10"), COALESCE("g__2_10", "g__1_12"))
          THEN "tie__3"
        END,
        CASE
          WHEN "g__2_10" = LEAST(COALESCE("g__1_12", "g__2_10"), COALESCE("g__2_10", "g__1_12"))
          THEN "tie__4"
        END
      ),
      COALESCE(
        CASE
          WHEN "g__2_10" = LEAST(COALESCE("g__1_12", "g__2_10"), COALESCE("g__2_10", "g__1_12"))
          THEN "tie__4"
        END,
        CASE
          WHEN "g__1_12" = LEAST(COALESCE("g__1_12", "g__2_10"), COALESCE("g__2_10", "g__1_12"))
          THEN "tie__3"
        END
      )
    ) AS "d__eg_first_money",
    CAST(GREATEST(
      COALESCE(
        CASE
          WHEN "g__1_13" = GREATEST(COALESCE("g__1_13", "g__2_11"), COALESCE("g__2_11", "g__1_13"))
          THEN "tie__5"
        END,
        CASE
          WHEN "g__2_11" = GREATEST(COALESCE("g__1_13", "g__2_11"), COALESCE("g__2_11", "g__1_13"))
          THEN "tie__6"
        END
      ),
      COALESCE(
        CASE
          WHEN "g__2_11" = GREATEST(COALESCE("g__1_13", "g__2_11"), COALESCE("g__2_11", "g__1_13"))
          THEN "tie__6"
        END,
        CASE
          WHEN "g__1_13" = GREATEST(COALESCE("g__1_13", "g__2_11"), COALESCE("g__2_11", "g__1_13"))
          THEN "tie__5"
        END
      )
    ) AS Nullable(Decimal(38, 9))) AS "d__eg_last_money",
    CAST(COALESCE(
      (
        GREATEST(
          COALESCE("g__1_13", "g__3_5", "g__2_11"),
          COALESCE("g__3_5", "g__1_13", "g__2_11"),
          COALESCE("g__2_11", "g__1_13", "g__3_5")
        ) >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY
        AND GREATEST(
          COALESCE("g__1_13", "g__3_5", "g__2_11"),
          COALESCE("g__3_5", "g__1_13", "g__2_11"),
          COALESCE("g__2_11", "g__1_13", "g__3_5")
        ) < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__eg_last_any_recent",
    CAST(COALESCE("dst__7", 0) AS Nullable(Int64)) AS "d__eg_distinct_campaigns",
    CAST(COALESCE("dst__8", 0) AS Nullable(Int64)) AS "d__eg_distinct_categories",
    CAST(COALESCE("g__1_14", 0) AS Nullable(Decimal(38, 9))) AS "d__eg_sum_big",
    CAST(COALESCE("g__1_15", 0) + COALESCE("g__2_12", 0) AS Nullable(Int64)) AS "d__eg_count_money",
    CAST(COALESCE("g__1_16", 0) AS Nullable(Int64)) AS "d__eg_count_overlap",
    CAST((
      (
        CASE WHEN COALESCE("g__1_3", 0) + COALESCE("g__2_3", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        (
          CASE WHEN COALESCE("g__1_18", 0) + COALESCE("g__2_13", 0) > 0 THEN 1 ELSE 0 END
        ) + (
          CASE WHEN COALESCE("g__1_19", 0) + COALESCE("g__2_14", 0) > 0 THEN 1 ELSE 0 END
        )
      )
    ) >= 1 AS Nullable(Bool)) AS "d__eg_regular_group",
    CAST((
      COALESCE("g__1_18", 0) + COALESCE("g__2_13", 0) > 0
      AND COALESCE("g__1_3", 0) + COALESCE("g__2_3", 0) = 0
    ) AS Nullable(Bool)) AS "d__eg_stopped_group",
    "base"."__key" AS "__key"
  FROM "base"
  LEFT JOIN "anch__1_1"
    ON "anch__1_1"."__key" = "base"."__key"
  LEFT JOIN "anch__1_2"
    ON "anch__1_2"."__key" = "base"."__key"
  LEFT JOIN "anch__1_3"
    ON "anch__1_3"."__key" = "base"."__key"
), "anch__2_1" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    MAX("amount") FILTER(WHERE
      (
        TRUE
      )
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '30' DAY
      AND "__time" = "x__3") AS "x__4"
  FROM "scan__1" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at",
      "x__3"
    FROM "layer__1"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "anch__2_2" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    MAX("amount") FILTER(WHERE
      (
        TRUE
      )
      AND "__time" >= "a__signup_at"
      AND "__time" < "a__signup_at" + INTERVAL '30' DAY
      AND "__time" = "x__5") AS "x__6"
  FROM "scan__2" AS "s"
  JOIN (
    SELECT
      "__key" AS "__anchor_key",
      "a__signup_at",
      "x__5"
    FROM "layer__1"
  ) AS "p"
    ON "s"."__key" = "p"."__anchor_key"
  GROUP BY
    "s"."__key"
), "layer__2" AS MATERIALIZED (
  SELECT
    "layer__1".*
    EXCEPT ("__key"),
    "anch__2_1"."x__4" AS "x__4",
    "anch__2_2"."x__6" AS "x__6",
    CAST(COALESCE("x__1", 0) + COALESCE("x__2", 0) AS Nullable(Int64)) AS "d__eg_count_after_signup",
    CAST(COALESCE("x__7", 0) AS Nullable(Int64)) AS "d__eg_distinct_after_signup",
    CAST(COALESCE("x__8", 0) > 0 AS Nullable(Bool)) AS "d__eg_emailed_after_first_buy",
    "layer__1"."__key" AS "__key"
  FROM "layer__1"
  LEFT JOIN "anch__2_1"
    ON "anch__2_1"."__key" = "layer__1"."__key"
  LEFT JOIN "anch__2_2"
    ON "anch__2_2"."__key" = "layer__1"."__key"
), "layer__3" AS MATERIALIZED (
  SELECT
    *,
    CAST(GREATEST(
      COALESCE(
        CASE
          WHEN "x__3" = GREATEST(COALESCE("x__3", "x__5"), COALESCE("x__5", "x__3"))
          THEN "x__4"
        END,
        CASE
          WHEN "x__5" = GREATEST(COALESCE("x__3", "x__5"), COALESCE("x__5", "x__3"))
          THEN "x__6"
        END
      ),
      COALESCE(
        CASE
          WHEN "x__5" = GREATEST(COALESCE("x__3", "x__5"), COALESCE("x__5", "x__3"))
          THEN "x__6"
        END,
        CASE
          WHEN "x__3" = GREATEST(COALESCE("x__3", "x__5"), COALESCE("x__5", "x__3"))
          THEN "x__4"
        END
      )
    ) AS Nullable(Decimal(38, 9))) AS "d__eg_last_after_signup"
  FROM "layer__2"
)
SELECT
  "__key" AS "customer_id",
  "d__eg_has_group" AS "eg_has_group",
  "d__eg_has_group_filter" AS "eg_has_group_filter",
  "d__eg_no_event_lately" AS "eg_no_event_lately",
  "d__eg_emailed" AS "eg_emailed",
  "d__eg_big_kids" AS "eg_big_kids",
  "d__eg_composed" AS "eg_composed",
  "d__eg_named_group" AS "eg_named_group",
  "d__eg_sequence" AS "eg_sequence",
  "d__eg_sequence_no" AS "eg_sequence_no",
  "d__eg_kids_money" AS "eg_kids_money",
  "d__eg_count_any" AS "eg_count_any",
  "d__eg_count_emailed" AS "eg_count_emailed",
  "d__eg_sum_money" AS "eg_sum_money",
  "d__eg_avg_money" AS "eg_avg_money",
  "d__eg_min_money" AS "eg_min_money",
  "d__eg_max_money" AS "eg_max_money",
  "d__eg_first_money" AS "eg_first_money",
  "d__eg_last_money" AS "eg_last_money",
  "d__eg_last_any_recent" AS "eg_last_any_recent",
  "d__eg_distinct_campaigns" AS "eg_distinct_campaigns",
  "d__eg_distinct_categories" AS "eg_distinct_categories",
  "d__eg_sum_big" AS "eg_sum_big",
  "d__eg_count_money" AS "eg_count_money",
  "d__eg_count_overlap" AS "eg_count_overlap",
  "d__eg_count_after_signup" AS "eg_count_after_signup",
  "d__eg_last_after_signup" AS "eg_last_after_signup",
  "d__eg_distinct_after_signup" AS "eg_distinct_after_signup",
  "d__eg_emailed_after_first_buy" AS "eg_emailed_after_first_buy",
  "d__eg_regular_group" AS "eg_regular_group",
  "d__eg_stopped_group" AS "eg_stopped_group"
FROM "layer__3"
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
