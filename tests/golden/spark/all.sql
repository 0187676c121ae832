WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`,
    `e`.`customer_type` AS `a__customer_type`,
    `e`.`preferred_channel` AS `a__preferred_channel`,
    `e`.`is_subscribed` AS `a__is_subscribed`,
    `e`.`country` AS `a__country`,
    `e`.`age` AS `a__age`,
    `e`.`birthday` AS `a__birthday`,
    `e`.`postal_code` AS `a__zip`,
    `e`.`city` AS `a__city`,
    `e`.`first_name` AS `a__first_name`,
    CAST(`e`.`lifetime_value` AS DECIMAL(38, 9)) AS `a__lifetime_value`,
    `e`.`email` AS `a__email`,
    `e`.`loyalty_tier` AS `a__loyalty_tier`,
    `r__account`.`industry` AS `r__account__industry`,
    `r__account`.`company` AS `r__account__company`,
    `r__account`.`contract_tier` AS `r__account__contract_tier`,
    `r__account`.`renewal_date` AS `r__account__renewal_date`,
    `r__account`.`employees` AS `r__account__employees`
  FROM `shop`.`customers` AS `e`
  LEFT JOIN `shop`.`accounts` AS `r__account`
    ON `r__account`.`account_id` = `e`.`account_id`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`items` AS `items`,
    `t`.`channel` AS `channel`,
    `t`.`category` AS `category`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        `items` >= 10
      ), FALSE)
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'YEAR') AS TIMESTAMP_NTZ) - INTERVAL '1' YEAR
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'YEAR') AS TIMESTAMP_NTZ)) AS `g__1_1`,
    (
      MAX(
        STRUCT(
          -TIMESTAMPDIFF(
            MICROSECOND,
            CAST('1970-01-01 00:00:00' AS TIMESTAMP_NTZ),
            CAST(`__time` AS TIMESTAMP_NTZ)
          ) AS `t`,
          NOT `channel` IS NULL AS `n`,
          `channel` AS `v`
        )
      )
    ).`v` AS `g__1_2`,
    (
      MAX(STRUCT(`__time` AS `t`, NOT `channel` IS NULL AS `n`, `channel` AS `v`))
    ).`v` AS `g__1_3`,
    COUNT(*) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '2' YEAR) AS `g__1_4`,
    MIN(`__time`) AS `g__1_5`,
    MAX(`__time`) AS `g__1_6`,
    COUNT(*) AS `g__1_7`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        `category` = 'running'
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '6' MONTH) AS `g__1_8`,
    MIN(`amount`) FILTER(WHERE
      COALESCE((
        `category` = 'running'
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '6' MONTH) AS `g__1_9`,
    MAX(`amount`) FILTER(WHERE
      COALESCE((
        `category` = 'outdoor'
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '2' YEAR) AS `g__1_10`,
    SUM(`amount`) FILTER(WHERE
      COALESCE((
        `category` = 'kids'
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_11`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        `category` = 'fitness'
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_12`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        `discount` < 0
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_13`,
    SUM(`discount`) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_14`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_15`,
    COUNT(`amount`) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_16`,
    COUNT(*) FILTER(WHERE
      (
        COALESCE((
          `category` = 'kids'
        ), FALSE)
        AND COALESCE((
          `amount` >= 50
        ), FALSE)
      )
      AND `__time` >= CAST(CAST('2025-08-01' AS DATE) AS TIMESTAMP_NTZ)
      AND `__time` < CAST(CAST(CAST('2025-09-15' AS DATE) + INTERVAL '1' DAY AS DATE) AS TIMESTAMP_NTZ)) AS `g__1_17`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        `category` = 'kids'
      ), FALSE)
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '30' DAY) AS `g__1_18`,
    COUNT(*) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__1_19`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'YEAR') AS TIMESTAMP_NTZ)
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'YEAR') AS TIMESTAMP_NTZ) + INTERVAL '1' YEAR) AS `g__1_20`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ) - INTERVAL '3' MONTH
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ)) AS `g__1_21`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ)
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'QUARTER') AS TIMESTAMP_NTZ) + INTERVAL '3' MONTH) AS `g__1_22`,
    COUNT(*) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '30' DAY) AS `g__1_23`
  FROM `ev__1`
  GROUP BY
    `__key`
), `ev__2` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    CAST(`t`.`price` AS DECIMAL(38, 9)) AS `price`,
    `t`.`duration_s` AS `duration_s`,
    `t`.`campaign` AS `campaign`,
    `t`.`page` AS `page`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
    AND (
      `t`.`event_name` = 'page_view'
      OR `t`.`event_name` = 'app_session'
      OR `t`.`event_name` = 'email_open'
      OR `t`.`event_name` = 'email_click'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    MAX(`__time`) FILTER(WHERE
      `event_name` = 'page_view') AS `g__2_1`,
    SUM(`duration_s`) FILTER(WHERE
      `event_name` = 'app_session'
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ)
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ) + INTERVAL '1' MONTH) AS `g__2_2`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'email_open'
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ) - INTERVAL '1' MONTH
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ)) AS `g__2_3`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'email_click'
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ) - INTERVAL '1' MONTH
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'MONTH') AS TIMESTAMP_NTZ)) AS `g__2_4`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'email_click'
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '90' DAY) AS `g__2_5`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'email_open'
      AND `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '90' DAY) AS `g__2_6`,
    COUNT(*) FILTER(WHERE
      `event_name` = 'page_view'
      AND COALESCE((
        STARTSWITH(`page`, '/sale')
      ), FALSE)
      AND `__time` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ)
      AND `__time` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ) + INTERVAL '7' DAY) AS `g__2_7`
  FROM `ev__2`
  GROUP BY
    `__key`
), `ev__3` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`returned_at` AS `__time`,
    `t`.`reason` AS `reason`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`
  FROM `shop`.`returns` AS `t`
  WHERE
    `t`.`returned_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__3` AS (
  SELECT
    `__key`,
    MAX(`__time`) AS `g__3_1`,
    (
      MAX(STRUCT(`__time` AS `t`, NOT `reason` IS NULL AS `n`, `reason` AS `v`))
    ).`v` AS `g__3_2`,
    SUM(`amount`) FILTER(WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY) AS `g__3_3`
  FROM `ev__3`
  GROUP BY
    `__key`
), `scan__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    CAST(`t`.`price` AS DECIMAL(38, 9)) AS `price`,
    `t`.`duration_s` AS `duration_s`,
    `t`.`campaign` AS `campaign`,
    `t`.`page` AS `page`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '14' DAY
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
    AND (
      `t`.`event_name` = 'add_to_cart'
    )
), `scan__2` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`items` AS `items`,
    `t`.`channel` AS `channel`,
    `t`.`category` AS `category`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '14' DAY
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `scan__3` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`,
    CAST(`t`.`price` AS DECIMAL(38, 9)) AS `price`,
    `t`.`duration_s` AS `duration_s`,
    `t`.`campaign` AS `campaign`,
    `t`.`page` AS `page`
  FROM `shop`.`events` AS `t`
  WHERE
    `t`.`occurred_at` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
    AND `t`.`occurred_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
    AND (
      `t`.`event_name` = 'email_click'
    )
), `scan__4` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`items` AS `items`,
    `t`.`channel` AS `channel`,
    `t`.`category` AS `category`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `scan__5` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`items` AS `items`,
    `t`.`channel` AS `channel`,
    `t`.`category` AS `category`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`discount` AS DECIMAL(38, 9)) AS `discount`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
), `seq__1` AS (
  SELECT DISTINCT
    `a`.`__key`
  FROM `scan__1` AS `a`
  WHERE
    `a`.`event_name` = 'add_to_cart'
    AND COALESCE((
      `a`.`price` >= 30
    ), FALSE)
    AND `a`.`__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '14' DAY
    AND `a`.`__time` + INTERVAL '1' DAY <= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
    AND NOT EXISTS(
      SELECT
        1
      FROM `scan__2` AS `b`
      WHERE
        `b`.`__key` = `a`.`__key`
        AND `b`.`__time` > `a`.`__time`
        AND `b`.`__time` <= `a`.`__time` + INTERVAL '1' DAY
        AND `b`.`__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '14' DAY
    )
), `seq__2` AS (
  SELECT DISTINCT
    `a`.`__key`
  FROM `scan__3` AS `a`
  JOIN `scan__4` AS `b`
    ON `b`.`__key` = `a`.`__key`
    AND `b`.`__time` > `a`.`__time`
    AND `b`.`__time` <= `a`.`__time` + INTERVAL '2' DAY
    AND `b`.`__time` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
  WHERE
    `a`.`event_name` = 'email_click'
    AND COALESCE((
      STARTSWITH(`a`.`campaign`, 'spring26_')
    ), FALSE)
    AND `a`.`__time` >= CAST('2026-03-01 00:00:00' AS TIMESTAMP_NTZ)
), `dst__3` AS (
  SELECT
    `__key`,
    COUNT(*) AS `v`
  FROM (
    SELECT DISTINCT
      `__key`,
      `category` AS `__value`
    FROM `scan__5` AS `s`
    WHERE
      `__time` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '365' DAY
      AND NOT `category` IS NULL
  ) AS `d`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__customer_type`,
    `entity`.`a__preferred_channel`,
    `entity`.`a__is_subscribed`,
    `entity`.`a__country`,
    `entity`.`a__age`,
    `entity`.`a__birthday`,
    `entity`.`a__zip`,
    `entity`.`a__city`,
    `entity`.`a__first_name`,
    `entity`.`a__lifetime_value`,
    `entity`.`a__email`,
    `entity`.`a__loyalty_tier`,
    `entity`.`r__account__industry`,
    `entity`.`r__account__company`,
    `entity`.`r__account__contract_tier`,
    `entity`.`r__account__renewal_date`,
    `entity`.`r__account__employees`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`,
    `agg__1`.`g__1_3`,
    `agg__1`.`g__1_4`,
    `agg__1`.`g__1_5`,
    `agg__1`.`g__1_6`,
    `agg__1`.`g__1_7`,
    `agg__1`.`g__1_8`,
    `agg__1`.`g__1_9`,
    `agg__1`.`g__1_10`,
    `agg__1`.`g__1_11`,
    `agg__1`.`g__1_12`,
    `agg__1`.`g__1_13`,
    `agg__1`.`g__1_14`,
    `agg__1`.`g__1_15`,
    `agg__1`.`g__1_16`,
    `agg__1`.`g__1_17`,
    `agg__1`.`g__1_18`,
    `agg__1`.`g__1_19`,
    `agg__1`.`g__1_20`,
    `agg__1`.`g__1_21`,
    `agg__1`.`g__1_22`,
    `agg__1`.`g__1_23`,
    `agg__2`.`g__2_1`,
    `agg__2`.`g__2_2`,
    `agg__2`.`g__2_3`,
    `agg__2`.`g__2_4`,
    `agg__2`.`g__2_5`,
    `agg__2`.`g__2_6`,
    `agg__2`.`g__2_7`,
    `agg__3`.`g__3_1`,
    `agg__3`.`g__3_2`,
    `agg__3`.`g__3_3`,
    NOT `seq__1`.`__key` IS NULL AS `seq__1`,
    NOT `seq__2`.`__key` IS NULL AS `seq__2`,
    `dst__3`.`v` AS `dst__3`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__3`
    ON `agg__3`.`__key` = `entity`.`__key`
  LEFT JOIN `seq__1`
    ON `seq__1`.`__key` = `entity`.`__key`
  LEFT JOIN `seq__2`
    ON `seq__2`.`__key` = `entity`.`__key`
  LEFT JOIN `dst__3`
    ON `dst__3`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE((
        `a__customer_type` = 'b2b'
      ), FALSE)
      AND (
        COALESCE(
          (
            `r__account__industry` IN ('sports_team', 'education', 'fitness_club')
          ),
          FALSE
        )
        OR COALESCE((
          ENDSWITH(`r__account__company`, 'e.V.')
        ), FALSE)
      )
      AND `r__account__contract_tier` IS NULL
      AND COALESCE(`g__1_1`, 0) > 0
    ) AS `d__team_kit_prospects`,
    (
      COALESCE((
        `a__customer_type` = 'b2b'
      ), FALSE)
      AND COALESCE(
        (
          CAST(`r__account__renewal_date` AS TIMESTAMP_NTZ) >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
          AND CAST(`r__account__renewal_date` AS TIMESTAMP_NTZ) < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) + INTERVAL '60' DAY
        ),
        FALSE
      )
      AND NOT COALESCE((
        `r__account__contract_tier` IN ('premium', 'enterprise')
      ), FALSE)
      AND COALESCE((
        `r__account__employees` >= 20
      ), FALSE)
    ) AS `d__renewal_due`,
    (
      `seq__1`
      AND NOT `a__preferred_channel` IS NULL
      AND NOT (
        COALESCE(
          (
            `g__2_1` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '30' MINUTE
          ),
          FALSE
        )
      )
    ) AS `d__cart_abandoners`,
    (
      COALESCE((
        `g__1_2` = 'store'
      ), FALSE)
      AND (
        COALESCE((
          `g__1_3` IN ('web', 'app')
        ), FALSE)
        OR COALESCE((
          COALESCE(`g__2_2`, 0) >= 1800
        ), FALSE)
      )
    ) AS `d__digital_adopters`,
    (
      COALESCE(
        (
          `g__3_1` >= CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ) - INTERVAL '7' DAY
          AND `g__3_1` < CAST(TRUNC(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE), 'WEEK') AS TIMESTAMP_NTZ)
        ),
        FALSE
      )
      AND COALESCE((
        LOCATE('size', LOWER(`g__3_2`)) > 0
      ), FALSE)
    ) AS `d__size_returners`,
    CAST((
      CASE
        WHEN (
          CAST((
            CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) - (
              CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
            )
          ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
            CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
          ) * 1000000000 AS DECIMAL(38, 0))
        ) = 0
        THEN NULL
        ELSE CAST(CAST(CAST((
          CAST((
            2 * ABS(
              (
                CAST((
                  CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) - (
                    CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                  CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
              )
            ) + ABS(
              (
                CAST((
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) - (
                    CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0)) - CAST((
            2 * ABS(
              (
                CAST((
                  CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) - (
                    CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                  CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
              )
            ) + ABS(
              (
                CAST((
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) - (
                    CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0)) % CAST((
            2 * ABS(
              (
                CAST((
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) - (
                    CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0))
        ) / CAST((
          2 * ABS(
            (
              CAST((
                CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) - (
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            )
          )
        ) AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) * CASE
          WHEN (
            (
              CAST((
                CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) - (
                  CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                CAST(COALESCE(`g__2_5`, 0) AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
            ) < 0
          ) <> (
            (
              CAST((
                CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) - (
                  CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(COALESCE(`g__2_6`, 0) AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            ) < 0
          )
          THEN -1
          ELSE 1
        END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
      END
    ) AS DECIMAL(38, 9)) AS `d__email_click_rate_90d`,
    `seq__2` AS `d__spring_campaign_converters`,
    (
      COALESCE((
        UPPER(TRIM(`a__country`)) IN ('DE', 'AT', 'CH')
      ), FALSE)
      AND COALESCE(
        (
          COALESCE(
            `a__age`,
            CASE
              WHEN `a__birthday` IS NULL
              THEN NULL
              WHEN ADD_MONTHS(
                CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE),
                12 * (
                  -(
                    YEAR(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE)) - YEAR(`a__birthday`)
                  )
                )
              ) >= `a__birthday`
              THEN YEAR(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE)) - YEAR(`a__birthday`)
              ELSE YEAR(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE)) - YEAR(`a__birthday`) - 1
            END
          ) >= 25
          AND COALESCE(
            `a__age`,
            CASE
              WHEN `a__birthday` IS NULL
              THEN NULL
              WHEN ADD_MONTHS(
                CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE),
                12 * (
                  -(
                    YEAR(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE)) - YEAR(`a__birthday`)
                  )
                )
              ) >= `a__birthday`
              THEN YEAR(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE)) - YEAR(`a__birthday`)
              ELSE YEAR(CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE)) - YEAR(`a__birthday`) - 1
            END
          ) <= 34
        ),
        FALSE
      )
    ) AS `d__dach_young_adults`,
    (
      COALESCE((
        UPPER(TRIM(`a__country`)) = 'DE'
      ), FALSE)
      AND (
        COALESCE((
          `a__zip` RLIKE '^8[0-5][0-9]{3}\\z'
        ), FALSE)
        OR COALESCE((
          LOWER(TRIM(`a__city`)) IN ('munich', 'muenchen')
        ), FALSE)
      )
      AND COALESCE(`g__1_4`, 0) > 0
      AND COALESCE((
        LENGTH(TRIM(`a__first_name`)) >= 2
      ), FALSE)
    ) AS `d__munich_store_launch`,
    (
      COALESCE(
        (
          `g__1_5` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '30' DAY
          AND `g__1_5` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
        ),
        FALSE
      )
      AND COALESCE(
        (
          CAST(`g__1_5` AS DATE) < CAST(CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) AS DATE)
        ),
        FALSE
      )
    ) AS `d__new_customers`,
    CAST(FLOOR(
      (
        TIMESTAMPDIFF(
          MICROSECOND,
          CAST('1970-01-01 00:00:00' AS TIMESTAMP_NTZ),
          CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ)
        ) / 1000000 - TIMESTAMPDIFF(
          MICROSECOND,
          CAST('1970-01-01 00:00:00' AS TIMESTAMP_NTZ),
          CAST(`g__1_6` AS TIMESTAMP_NTZ)
        ) / 1000000
      ) / 86400
    ) AS BIGINT) AS `d__days_since_last_order`,
    (
      COALESCE((
        COALESCE(`g__1_7`, 0) >= 2
      ), FALSE)
      AND COALESCE(
        (
          `g__1_6` >= CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '180' DAY
          AND `g__1_6` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '90' DAY
        ),
        FALSE
      )
    ) AS `d__lapsing_customers`,
    COALESCE(
      (
        `g__1_6` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '180' DAY
      ),
      FALSE
    ) AS `d__churned_customers`,
    CAST(COALESCE(`g__1_15`, 0) AS DECIMAL(38, 9)) AS `d__revenue_365d`,
    CAST(ROUND(
      CAST(CASE
        WHEN (
          CAST((
            CAST(`g__1_16` AS DECIMAL(38, 9)) - (
              CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
            )
          ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
            CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
          ) * 1000000000 AS DECIMAL(38, 0))
        ) = 0
        THEN NULL
        ELSE CAST(CAST(CAST((
          CAST((
            2 * ABS(
              (
                CAST((
                  CAST(`g__1_15` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_15` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                  CAST(`g__1_15` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
              )
            ) + ABS(
              (
                CAST((
                  CAST(`g__1_16` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0)) - CAST((
            2 * ABS(
              (
                CAST((
                  CAST(`g__1_15` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_15` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                  CAST(`g__1_15` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
              )
            ) + ABS(
              (
                CAST((
                  CAST(`g__1_16` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0)) % CAST((
            2 * ABS(
              (
                CAST((
                  CAST(`g__1_16` AS DECIMAL(38, 9)) - (
                    CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                  )
                ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                  CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                ) * 1000000000 AS DECIMAL(38, 0))
              )
            )
          ) AS DECIMAL(38, 0))
        ) / CAST((
          2 * ABS(
            (
              CAST((
                CAST(`g__1_16` AS DECIMAL(38, 9)) - (
                  CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            )
          )
        ) AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) * CASE
          WHEN (
            (
              CAST((
                CAST(`g__1_15` AS DECIMAL(38, 9)) - (
                  CAST(`g__1_15` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000000000000 + CAST((
                CAST(`g__1_15` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0)) * 1000000000
            ) < 0
          ) <> (
            (
              CAST((
                CAST(`g__1_16` AS DECIMAL(38, 9)) - (
                  CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
                )
              ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                CAST(`g__1_16` AS DECIMAL(38, 9)) % 1
              ) * 1000000000 AS DECIMAL(38, 0))
            ) < 0
          )
          THEN -1
          ELSE 1
        END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
      END AS DECIMAL(38, 9)),
      2
    ) AS DECIMAL(38, 9)) AS `d__avg_order_value`,
    `a__lifetime_value` AS `v__1`,
    (
      COALESCE((
        COALESCE(`g__1_21`, 0) > 0
      ), FALSE)
      AND COALESCE(
        (
          COALESCE(`g__1_22`, 0) >= (
            CAST(CAST(CAST((
              CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) - (
                        CAST('1.5' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                ) + ABS(1000000000)
              ) AS DECIMAL(38, 0)) - CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) - (
                        CAST('1.5' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('1.5' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) - (
                        CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                ) + ABS(1000000000)
              ) AS DECIMAL(38, 0)) % CAST((
                2 * ABS(1000000000)
              ) AS DECIMAL(38, 0))
            ) / CAST((
              2 * ABS(1000000000)
            ) AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) * CASE
              WHEN (
                (
                  CAST((
                    CAST('1.5' AS DECIMAL(38, 9)) - (
                      CAST('1.5' AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST('1.5' AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) * (
                  CAST((
                    CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) - (
                      CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST(COALESCE(`g__1_21`, 0) AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) < 0
              ) <> (
                1000000000 < 0
              )
              THEN -1
              ELSE 1
            END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
          )
        ),
        FALSE
      )
    ) AS `d__rising_spenders`,
    CAST(COALESCE(`g__1_23`, 0) AS BIGINT) AS `d__orders_30d`
  FROM `base`
), `rank__2` AS (
  SELECT
    `__key`,
    COUNT(`d__avg_order_value`) OVER () AS `w__d__avg_order_value__count`,
    RANK() OVER (
      PARTITION BY `d__avg_order_value` IS NULL
      ORDER BY `d__avg_order_value` ASC NULLS LAST
    ) AS `w__d__avg_order_value__asc`,
    COUNT(`v__1`) OVER () AS `w__v__1__count`,
    RANK() OVER (PARTITION BY `v__1` IS NULL ORDER BY `v__1` ASC NULLS LAST) AS `w__v__1__asc`
  FROM (
    SELECT
      `__key`,
      `d__avg_order_value`,
      `v__1`
    FROM `layer__1`
  ) AS `v`
), `layer__2` AS (
  SELECT
    `layer__1`.*,
    `rank__2`.`w__d__avg_order_value__count`,
    `rank__2`.`w__d__avg_order_value__asc`,
    `rank__2`.`w__v__1__count`,
    `rank__2`.`w__v__1__asc`,
    (
      COALESCE((
        `a__is_subscribed`
      ), FALSE)
      AND COALESCE((
        (
          COALESCE(`g__2_3`, 0) + COALESCE(`g__2_4`, 0)
        ) >= 3
      ), FALSE)
      AND COALESCE((
        `d__email_click_rate_90d` >= CAST('0.2' AS DECIMAL(38, 9))
      ), FALSE)
    ) AS `d__email_engaged`,
    (
      COALESCE((
        `d__days_since_last_order` < 90
      ), FALSE)
      AND COALESCE(
        (
          `g__1_5` < CAST('2026-11-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '30' DAY
        ),
        FALSE
      )
    ) AS `d__active_customers`,
    (
      `d__churned_customers`
      AND COALESCE((
        `d__days_since_last_order` <= 730
      ), FALSE)
      AND COALESCE((
        `a__lifetime_value` >= 150
      ), FALSE)
      AND COALESCE((
        `a__is_subscribed`
      ), FALSE)
      AND COALESCE(`g__2_6`, 0) > 0
      AND COALESCE((
        LOWER(`a__email`) RLIKE '^[^@ ]{1,}@[^@ ]{1,}\\.[a-z]{2,}\\z'
      ), FALSE)
    ) AS `d__winback_targets`,
    CAST((
      CAST(`d__revenue_365d` AS DECIMAL(37, 9)) - CAST(COALESCE(`g__3_3`, 0) AS DECIMAL(37, 9))
    ) AS DECIMAL(38, 9)) AS `d__net_revenue_365d`
  FROM `layer__1`
  LEFT JOIN `rank__2`
    ON `rank__2`.`__key` = `layer__1`.`__key`
), `rank__3` AS (
  SELECT
    `__key`,
    COUNT(`d__net_revenue_365d`) OVER () AS `w__d__net_revenue_365d__count`,
    RANK() OVER (PARTITION BY `d__net_revenue_365d` IS NULL ORDER BY `d__net_revenue_365d` DESC) AS `w__d__net_revenue_365d__desc`
  FROM (
    SELECT
      `__key`,
      `d__net_revenue_365d`
    FROM `layer__2`
  ) AS `v`
), `layer__3` AS (
  SELECT
    `layer__2`.*,
    `rank__3`.`w__d__net_revenue_365d__count`,
    `rank__3`.`w__d__net_revenue_365d__desc`,
    (
      COALESCE((
        COALESCE(`g__1_13`, 0) >= 3
      ), FALSE)
      AND COALESCE(
        (
          ABS(COALESCE(`g__1_14`, 0)) >= (
            CAST(CAST(CAST((
              CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) - (
                        CAST('0.15' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) - (
                        CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                ) + ABS(1000000000)
              ) AS DECIMAL(38, 0)) - CAST((
                2 * ABS(
                  (
                    CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) - (
                        CAST('0.15' AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST('0.15' AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  ) * (
                    CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) - (
                        CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                      )
                    ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                    ) * 1000000000 AS DECIMAL(38, 0))
                  )
                ) + ABS(1000000000)
              ) AS DECIMAL(38, 0)) % CAST((
                2 * ABS(1000000000)
              ) AS DECIMAL(38, 0))
            ) / CAST((
              2 * ABS(1000000000)
            ) AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) * CASE
              WHEN (
                (
                  CAST((
                    CAST('0.15' AS DECIMAL(38, 9)) - (
                      CAST('0.15' AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST('0.15' AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) * (
                  CAST((
                    CAST(`d__revenue_365d` AS DECIMAL(38, 9)) - (
                      CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                    )
                  ) AS DECIMAL(38, 0)) * 1000000000 + CAST((
                    CAST(`d__revenue_365d` AS DECIMAL(38, 9)) % 1
                  ) * 1000000000 AS DECIMAL(38, 0))
                ) < 0
              ) <> (
                1000000000 < 0
              )
              THEN -1
              ELSE 1
            END AS DECIMAL(28, 0)) * CAST('0.000000001' AS DECIMAL(9, 9)) AS DECIMAL(38, 9))
          )
        ),
        FALSE
      )
      AND COALESCE(
        (
          NOT `d__avg_order_value` IS NULL
          AND (
            `w__d__avg_order_value__asc` - 1
          ) * 100 < 30 * `w__d__avg_order_value__count`
        ),
        FALSE
      )
      AND COALESCE(`g__2_7`, 0) > 0
    ) AS `d__bargain_hunters`,
    (
      COALESCE((
        `a__loyalty_tier` IN ('bronze', 'silver')
      ), FALSE)
      AND (
        COALESCE(
          (
            CASE
              WHEN `v__1` IS NULL
              THEN NULL
              ELSE CAST((
                CAST((
                  (
                    `w__v__1__asc` - 1
                  ) * 10
                ) AS DECIMAL(38, 0)) - CAST((
                  (
                    `w__v__1__asc` - 1
                  ) * 10
                ) AS DECIMAL(38, 0)) % CAST(`w__v__1__count` AS DECIMAL(38, 0))
              ) / CAST(`w__v__1__count` AS DECIMAL(38, 0)) AS DECIMAL(38, 0)) + 1
            END = 10
          ),
          FALSE
        )
        OR COALESCE((
          COALESCE(`g__1_20`, 0) >= 1000
        ), FALSE)
      )
    ) AS `d__tier_upgrade_candidates`
  FROM `layer__2`
  LEFT JOIN `rank__3`
    ON `rank__3`.`__key` = `layer__2`.`__key`
), `layer__4` AS (
  SELECT
    *,
    CASE
      WHEN COALESCE((
        `a__customer_type` = 'b2b'
      ), FALSE)
      THEN 'team_buyer'
      WHEN (
        COALESCE((
          COALESCE(`g__1_8`, 0) >= 2
        ), FALSE)
        AND COALESCE((
          `g__1_9` >= 90
        ), FALSE)
      )
      THEN 'performance_runner'
      WHEN COALESCE((
        `g__1_10` >= 250
      ), FALSE)
      THEN 'outdoor_explorer'
      WHEN COALESCE((
        COALESCE(`g__1_11`, 0) >= 100
      ), FALSE)
      THEN 'kids_family'
      WHEN COALESCE((
        COALESCE(`g__1_12`, 0) >= 2
      ), FALSE)
      THEN 'fitness_fan'
      WHEN `d__bargain_hunters`
      THEN 'bargain_hunter'
      WHEN COALESCE((
        COALESCE(`dst__3`, 0) >= 3
      ), FALSE)
      THEN 'all_rounder'
      ELSE 'casual'
    END AS `d__persona`,
    (
      COALESCE(
        (
          NOT `d__net_revenue_365d` IS NULL
          AND (
            `w__d__net_revenue_365d__desc` - 1
          ) * 100 < 10 * `w__d__net_revenue_365d__count`
        ),
        FALSE
      )
      AND COALESCE((
        COALESCE(`g__1_19`, 0) >= 3
      ), FALSE)
      AND COALESCE((
        `a__customer_type` <> 'b2b'
      ), FALSE)
      AND NOT (
        `d__lapsing_customers`
      )
    ) AS `d__vip`
  FROM `layer__3`
), `layer__5` AS (
  SELECT
    *,
    (
      COALESCE((
        `d__persona` = 'kids_family'
      ), FALSE)
      AND COALESCE((
        `a__is_subscribed`
      ), FALSE)
      AND COALESCE(`g__1_17`, 0) > 0
      AND COALESCE(`g__1_18`, 0) = 0
    ) AS `d__back_to_school_families`
  FROM `layer__4`
)
SELECT
  `__key` AS `customer_id`,
  `d__team_kit_prospects` AS `team_kit_prospects`,
  `d__renewal_due` AS `renewal_due`,
  `d__cart_abandoners` AS `cart_abandoners`,
  `d__digital_adopters` AS `digital_adopters`,
  `d__size_returners` AS `size_returners`,
  `d__email_engaged` AS `email_engaged`,
  `d__spring_campaign_converters` AS `spring_campaign_converters`,
  `d__dach_young_adults` AS `dach_young_adults`,
  `d__munich_store_launch` AS `munich_store_launch`,
  `d__new_customers` AS `new_customers`,
  `d__active_customers` AS `active_customers`,
  `d__lapsing_customers` AS `lapsing_customers`,
  `d__churned_customers` AS `churned_customers`,
  `d__winback_targets` AS `winback_targets`,
  `d__back_to_school_families` AS `back_to_school_families`,
  `d__vip` AS `vip`,
  `d__tier_upgrade_candidates` AS `tier_upgrade_candidates`,
  `d__bargain_hunters` AS `bargain_hunters`,
  `d__rising_spenders` AS `rising_spenders`,
  `d__persona` AS `persona`,
  `d__orders_30d` AS `orders_30d`,
  `d__revenue_365d` AS `revenue_365d`,
  `d__avg_order_value` AS `avg_order_value`,
  `d__days_since_last_order` AS `days_since_last_order`,
  `d__email_click_rate_90d` AS `email_click_rate_90d`,
  `d__net_revenue_365d` AS `net_revenue_365d`
FROM `layer__5`
