WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `e`.`interests` AS `a__interests`,
    `e`.`lucky` AS `a__lucky_numbers`
  FROM `conf`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`labels` AS `labels`
  FROM `conf`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN COALESCE((
          JSON_CONTAINS(`labels`, JSON_ARRAY('gift'))
        ), FALSE)
        THEN 1
      END
    ) AS `g__1_1`,
    COUNT(
      CASE
        WHEN COALESCE((
          JSON_OVERLAPS(`labels`, JSON_ARRAY('gift', 'sale'))
        ), FALSE)
        AND `__time` >= CAST('2026-04-01 00:00:00' AS DATETIME(6)) - INTERVAL '30' DAY
        THEN 1
      END
    ) AS `g__1_2`,
    COUNT(CASE WHEN COALESCE((
      JSON_LENGTH(`labels`) >= 2
    ), FALSE) THEN 1 END) AS `g__1_3`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__interests`,
    `entity`.`a__lucky_numbers`,
    `agg__1`.`g__1_1`,
    `agg__1`.`g__1_2`,
    `agg__1`.`g__1_3`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    COALESCE((
      JSON_CONTAINS(`a__interests`, JSON_ARRAY('running'))
    ), FALSE) AS `d__lst_running`,
    NOT (
      COALESCE((
        JSON_CONTAINS(`a__interests`, JSON_ARRAY('running'))
      ), FALSE)
    ) AS `d__lst_not_running`,
    COALESCE((
      JSON_OVERLAPS(`a__interests`, JSON_ARRAY('yoga', 'running'))
    ), FALSE) AS `d__lst_any_yoga_or_running`,
    COALESCE((
      JSON_CONTAINS(`a__interests`, JSON_ARRAY('yoga', 'running'))
    ), FALSE) AS `d__lst_all_yoga_and_running`,
    (
      COALESCE((
        JSON_CONTAINS(`a__interests`, JSON_ARRAY('Käse'))
      ), FALSE)
      OR COALESCE((
        JSON_CONTAINS(`a__interests`, JSON_ARRAY('日本'))
      ), FALSE)
    ) AS `d__lst_unicode`,
    NOT `a__interests` IS NULL AS `d__lst_is_set`,
    COALESCE((
      JSON_LENGTH(`a__interests`) = 0
    ), FALSE) AS `d__lst_empty`,
    COALESCE((
      JSON_CONTAINS(`a__lucky_numbers`, JSON_ARRAY(7))
    ), FALSE) AS `d__lst_lucky_seven`,
    COALESCE((
      JSON_OVERLAPS(`a__lucky_numbers`, JSON_ARRAY(-1, 0))
    ), FALSE) AS `d__lst_lucky_any_negative`,
    COALESCE((
      JSON_CONTAINS(`a__lucky_numbers`, JSON_ARRAY(7, 7, 3))
    ), FALSE) AS `d__lst_lucky_all`,
    COALESCE(`g__1_1`, 0) > 0 AS `d__lst_gift_purchase`,
    COALESCE((
      COALESCE(`g__1_2`, 0) >= 2
    ), FALSE) AS `d__lst_two_labelled_purchases`,
    COALESCE(`g__1_3`, 0) > 0 AS `d__lst_purchase_many_labels`,
    CAST(JSON_LENGTH(`a__interests`) AS SIGNED) AS `d__lst_interest_count`,
    CAST(JSON_LENGTH(`a__lucky_numbers`) AS SIGNED) AS `d__lst_lucky_count`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`,
  `d__lst_running` AS `lst_running`,
  `d__lst_not_running` AS `lst_not_running`,
  `d__lst_any_yoga_or_running` AS `lst_any_yoga_or_running`,
  `d__lst_all_yoga_and_running` AS `lst_all_yoga_and_running`,
  `d__lst_unicode` AS `lst_unicode`,
  `d__lst_is_set` AS `lst_is_set`,
  `d__lst_empty` AS `lst_empty`,
  `d__lst_lucky_seven` AS `lst_lucky_seven`,
  `d__lst_lucky_any_negative` AS `lst_lucky_any_negative`,
  `d__lst_lucky_all` AS `lst_lucky_all`,
  `d__lst_gift_purchase` AS `lst_gift_purchase`,
  `d__lst_two_labelled_purchases` AS `lst_two_labelled_purchases`,
  `d__lst_purchase_many_labels` AS `lst_purchase_many_labels`,
  `d__lst_interest_count` AS `lst_interest_count`,
  `d__lst_lucky_count` AS `lst_lucky_count`
FROM `layer__1`
