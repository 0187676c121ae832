WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `e`.`signup_at` AS `a__signup_at`,
    `e`.`birthday` AS `a__birthday`,
    `e`.`renewal_date` AS `a__renewal_date`
  FROM `conf`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`category` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `category`,
    `t`.`is_gift` AS `is_gift`,
    CAST(`t`.`sku` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `sku`
  FROM `conf`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    MIN(`__time`) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `ev__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`
  FROM `conf`.`events` AS `t`
  WHERE
    `t`.`occurred_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'email_open'
    )
), `agg__2` AS (
  SELECT
    `__key`,
    MAX(CASE WHEN `event_name` = 'email_open' THEN `__time` END) AS `g__2_1`
  FROM `ev__2`
  GROUP BY
    `__key`
), `scan__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`category` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `category`,
    `t`.`is_gift` AS `is_gift`,
    CAST(`t`.`sku` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `sku`
  FROM `conf`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
), `scan__2` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`occurred_at` AS `__time`,
    `t`.`event_name` AS `event_name`
  FROM `conf`.`events` AS `t`
  WHERE
    `t`.`occurred_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
    AND (
      CAST(`t`.`event_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'email_click'
    )
), `scan__3` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`amount` AS DECIMAL(38, 9)) AS `amount`,
    CAST(`t`.`category` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `category`,
    `t`.`is_gift` AS `is_gift`,
    CAST(`t`.`sku` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `sku`
  FROM `conf`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '7' DAY
    AND `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__signup_at`,
    `entity`.`a__birthday`,
    `entity`.`a__renewal_date`,
    `agg__1`.`g__1_1`,
    `agg__2`.`g__2_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
  LEFT JOIN `agg__2`
    ON `agg__2`.`__key` = `entity`.`__key`
), `anch__1_1` AS (
  SELECT
    `s`.`__key`,
    COUNT(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '30' DAY
        THEN 1
      END
    ) AS `x__1`,
    SUM(
      CASE
        WHEN `__time` >= `g__1_1` AND `__time` < `g__1_1` + INTERVAL '1' DAY
        THEN `amount`
      END
    ) AS `x__2`,
    MIN(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '30' DAY
        THEN `__time`
      END
    ) AS `x__6`,
    MAX(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '30' DAY
        THEN `__time`
      END
    ) AS `x__8`,
    SUM(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '7' DAY
        THEN `amount`
      END
    ) AS `x__10`,
    COUNT(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '7' DAY
        THEN `amount`
      END
    ) AS `x__11`,
    MIN(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '7' DAY
        THEN `sku` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
      END
    ) AS `x__12`,
    COUNT(
      DISTINCT CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '7' DAY
        THEN `sku`
      END
    ) AS `x__13`,
    COUNT(
      CASE
        WHEN `__time` >= `a__signup_at` AND `__time` < `a__signup_at` + INTERVAL '1' MONTH
        THEN 1
      END
    ) AS `x__16`
  FROM `scan__1` AS `s`
  JOIN (
    SELECT
      `__key` AS `__anchor_key`,
      `a__signup_at`,
      `g__1_1`
    FROM `base`
  ) AS `p`
    ON `s`.`__key` = `p`.`__anchor_key`
  GROUP BY
    `s`.`__key`
), `anch__1_2` AS (
  SELECT
    `s`.`__key`,
    COUNT(
      CASE
        WHEN `event_name` = 'email_click'
        AND `__time` >= `g__2_1`
        AND `__time` < `g__2_1` + INTERVAL '2' HOUR
        THEN 1
      END
    ) AS `x__3`
  FROM `scan__2` AS `s`
  JOIN (
    SELECT
      `__key` AS `__anchor_key`,
      `g__2_1`
    FROM `base`
  ) AS `p`
    ON `s`.`__key` = `p`.`__anchor_key`
  GROUP BY
    `s`.`__key`
), `anch__1_3` AS (
  SELECT
    `s`.`__key`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '7' DAY
        AND `__time` >= `a__signup_at`
        AND `__time` < `a__signup_at` + INTERVAL '365' DAY
        THEN 1
      END
    ) AS `x__15`
  FROM `scan__3` AS `s`
  JOIN (
    SELECT
      `__key` AS `__anchor_key`,
      `a__signup_at`
    FROM `base`
  ) AS `p`
    ON `s`.`__key` = `p`.`__anchor_key`
  GROUP BY
    `s`.`__key`
), `layer__1` AS (
  SELECT
    `base`.*,
    `anch__1_1`.`x__1`,
    `anch__1_1`.`x__2`,
    `anch__1_1`.`x__6`,
    `anch__1_1`.`x__8`,
    `anch__1_1`.`x__10`,
    `anch__1_1`.`x__11`,
    `anch__1_1`.`x__12`,
    `anch__1_1`.`x__13`,
    `anch__1_1`.`x__16`,
    `anch__1_2`.`x__3`,
    `anch__1_3`.`x__15`,
    CAST(`a__birthday` AS DATETIME(6)) AS `at__1`,
    CAST(`a__renewal_date` AS DATETIME(6)) AS `at__2`,
    `a__signup_at` + INTERVAL '7' DAY AS `at__3`,
    CAST(FLOOR(
      (
        CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', `g__1_1`) AS DECIMAL(30, 6)) / 1000000 - CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', `a__signup_at`) AS DECIMAL(30, 6)) / 1000000
      ) / 86400
    ) AS SIGNED) AS `d__anc_signup_to_first_purchase`,
    CAST(FLOOR(
      (
        CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', CAST(`a__renewal_date` AS DATETIME(6))) AS DECIMAL(30, 6)) / 1000000 - CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', CAST(`a__birthday` AS DATETIME(6))) AS DECIMAL(30, 6)) / 1000000
      ) / 86400
    ) AS SIGNED) AS `d__anc_birthday_to_renewal`,
    CAST(FLOOR(
      (
        CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', CAST(`a__renewal_date` AS DATETIME(6))) AS DECIMAL(30, 6)) / 1000000 - CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', `a__signup_at`) AS DECIMAL(30, 6)) / 1000000
      ) / 86400
    ) AS SIGNED) AS `d__anc_signup_to_renewal`
  FROM `base`
  LEFT JOIN `anch__1_1`
    ON `anch__1_1`.`__key` = `base`.`__key`
  LEFT JOIN `anch__1_2`
    ON `anch__1_2`.`__key` = `base`.`__key`
  LEFT JOIN `anch__1_3`
    ON `anch__1_3`.`__key` = `base`.`__key`
), `anch__2_1` AS (
  SELECT
    `s`.`__key`,
    COUNT(
      CASE
        WHEN COALESCE((
          `category` = 'kids'
        ), FALSE)
        AND `__time` >= `at__1`
        AND `__time` < `at__1` + INTERVAL '7' DAY
        THEN 1
      END
    ) AS `x__4`,
    MIN(
      CASE
        WHEN `__time` >= `at__2` AND `__time` < `at__2` + INTERVAL '30' DAY
        THEN `__time`
      END
    ) AS `x__5`,
    MAX(
      CASE
        WHEN `__time` >= `a__signup_at`
        AND `__time` < `a__signup_at` + INTERVAL '30' DAY
        AND `__time` = `x__6`
        THEN `category` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
      END
    ) AS `x__7`,
    MAX(
      CASE
        WHEN `__time` >= `a__signup_at`
        AND `__time` < `a__signup_at` + INTERVAL '30' DAY
        AND `__time` = `x__8`
        THEN `is_gift`
      END
    ) AS `x__9`,
    COUNT(
      CASE WHEN `__time` >= `at__3` AND `__time` < `at__3` + INTERVAL '7' DAY THEN 1 END
    ) AS `x__14`
  FROM `scan__1` AS `s`
  JOIN (
    SELECT
      `__key` AS `__anchor_key`,
      `at__1`,
      `at__2`,
      `a__signup_at`,
      `x__6`,
      `x__8`,
      `at__3`
    FROM `layer__1`
  ) AS `p`
    ON `s`.`__key` = `p`.`__anchor_key`
  GROUP BY
    `s`.`__key`
), `layer__2` AS (
  SELECT
    `layer__1`.*,
    `anch__2_1`.`x__4`,
    `anch__2_1`.`x__5`,
    `anch__2_1`.`x__7`,
    `anch__2_1`.`x__9`,
    `anch__2_1`.`x__14`,
    CAST(COALESCE(`x__1`, 0) AS SIGNED) AS `d__anc_purchases_30d_after_signup`,
    COALESCE(`x__1`, 0) > 0 AS `d__anc_bought_within_30d_of_signup`,
    COALESCE(`x__1`, 0) = 0 AS `d__anc_no_purchase_within_30d_of_signup`,
    CAST(COALESCE(`x__2`, 0) AS DECIMAL(38, 9)) AS `d__anc_first_day_spend`,
    COALESCE(`x__3`, 0) > 0 AS `d__anc_clicked_within_2h_of_last_open`,
    CAST(CASE
      WHEN CAST(`x__11` AS DECIMAL(38, 9)) = 0
      THEN NULL
      ELSE CAST(CAST((
        2 * ABS(
          CAST((
            CAST(`x__10` AS DECIMAL(38, 9)) * 1000000000000000000
          ) AS DECIMAL(65, 0))
        ) + ABS(CAST((
          CAST(`x__11` AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(65, 0))) - (
          2 * ABS(
            CAST((
              CAST(`x__10` AS DECIMAL(38, 9)) * 1000000000000000000
            ) AS DECIMAL(65, 0))
          ) + ABS(CAST((
            CAST(`x__11` AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(65, 0)))
        ) % (
          2 * ABS(CAST((
            CAST(`x__11` AS DECIMAL(38, 9)) * 1000000000
          ) AS DECIMAL(65, 0)))
        )
      ) / (
        2 * ABS(CAST((
          CAST(`x__11` AS DECIMAL(38, 9)) * 1000000000
        ) AS DECIMAL(65, 0)))
      ) AS DECIMAL(65, 0)) * CASE
        WHEN (
          CAST(`x__10` AS DECIMAL(38, 9)) < 0
        ) <> (
          CAST(`x__11` AS DECIMAL(38, 9)) < 0
        )
        THEN -1
        ELSE 1
      END * CAST('0.000000001' AS DECIMAL(38, 9)) AS DECIMAL(38, 9))
    END AS DECIMAL(38, 9)) AS `d__anc_avg_first_week`,
    `x__12` AS `d__anc_min_sku_first_week`,
    CAST(COALESCE(`x__13`, 0) AS SIGNED) AS `d__anc_skus_first_week`,
    CAST(COALESCE(`x__15`, 0) AS SIGNED) AS `d__anc_first_year_recently`,
    CAST(COALESCE(`x__16`, 0) AS SIGNED) AS `d__anc_first_calendar_month`
  FROM `layer__1`
  LEFT JOIN `anch__2_1`
    ON `anch__2_1`.`__key` = `layer__1`.`__key`
), `layer__3` AS (
  SELECT
    *,
    CAST(COALESCE(`x__4`, 0) AS SIGNED) AS `d__anc_kids_in_birthday_week`,
    `x__5` AS `d__anc_first_at_after_renewal`,
    `x__7` AS `d__anc_first_category_after_signup`,
    `x__9` AS `d__anc_last_gift_after_signup`,
    CAST(COALESCE(`x__14`, 0) AS SIGNED) AS `d__anc_second_week`
  FROM `layer__2`
)
SELECT
  `__key` AS `customer_id`,
  `d__anc_purchases_30d_after_signup` AS `anc_purchases_30d_after_signup`,
  `d__anc_bought_within_30d_of_signup` AS `anc_bought_within_30d_of_signup`,
  `d__anc_no_purchase_within_30d_of_signup` AS `anc_no_purchase_within_30d_of_signup`,
  `d__anc_first_day_spend` AS `anc_first_day_spend`,
  `d__anc_clicked_within_2h_of_last_open` AS `anc_clicked_within_2h_of_last_open`,
  `d__anc_kids_in_birthday_week` AS `anc_kids_in_birthday_week`,
  `d__anc_first_at_after_renewal` AS `anc_first_at_after_renewal`,
  `d__anc_first_category_after_signup` AS `anc_first_category_after_signup`,
  `d__anc_last_gift_after_signup` AS `anc_last_gift_after_signup`,
  `d__anc_avg_first_week` AS `anc_avg_first_week`,
  `d__anc_min_sku_first_week` AS `anc_min_sku_first_week`,
  `d__anc_skus_first_week` AS `anc_skus_first_week`,
  `d__anc_second_week` AS `anc_second_week`,
  `d__anc_first_year_recently` AS `anc_first_year_recently`,
  `d__anc_signup_to_first_purchase` AS `anc_signup_to_first_purchase`,
  `d__anc_birthday_to_renewal` AS `anc_birthday_to_renewal`,
  `d__anc_signup_to_renewal` AS `anc_signup_to_renewal`,
  `d__anc_first_calendar_month` AS `anc_first_calendar_month`
FROM `layer__3`
