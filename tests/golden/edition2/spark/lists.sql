WITH `entity` AS (
  SELECT
    `e`.`customer_id` AS `__key`,
    `e`.`interests` AS `a__interests`,
    `e`.`lucky` AS `a__lucky_numbers`
  FROM `conf`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    `t`.`customer_id` AS `__key`,
    `t`.`ordered_at` AS `__time`,
    `t`.`labels` AS `labels`
  FROM `conf`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS TIMESTAMP_NTZ)
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        ARRAY_CONTAINS(`labels`, 'gift')
      ), FALSE)) AS `g__1_1`,
    COUNT(*) FILTER(WHERE
      COALESCE(
        (
          (
            ARRAY_CONTAINS(`labels`, 'gift') OR ARRAY_CONTAINS(`labels`, 'sale')
          )
        ),
        FALSE
      )
      AND `__time` >= CAST('2026-04-01 00:00:00' AS TIMESTAMP_NTZ) - INTERVAL '30' DAY) AS `g__1_2`,
    COUNT(*) FILTER(WHERE
      COALESCE((
        CASE WHEN `labels` IS NULL THEN NULL ELSE SIZE(`labels`) END >= 2
      ), FALSE)) AS `g__1_3`
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
      ARRAY_CONTAINS(`a__interests`, 'running')
    ), FALSE) AS `d__lst_running`,
    NOT (
      COALESCE((
        ARRAY_CONTAINS(`a__interests`, 'running')
      ), FALSE)
    ) AS `d__lst_not_running`,
    COALESCE(
      (
        (
          ARRAY_CONTAINS(`a__interests`, 'yoga')
          OR ARRAY_CONTAINS(`a__interests`, 'running')
        )
      ),
      FALSE
    ) AS `d__lst_any_yoga_or_running`,
    COALESCE(
      (
        (
          ARRAY_CONTAINS(`a__interests`, 'yoga')
          AND ARRAY_CONTAINS(`a__interests`, 'running')
        )
      ),
      FALSE
    ) AS `d__lst_all_yoga_and_running`,
    (
      COALESCE((
        ARRAY_CONTAINS(`a__interests`, 'Käse')
      ), FALSE)
      OR COALESCE((
        ARRAY_CONTAINS(`a__interests`, '日本')
      ), FALSE)
    ) AS `d__lst_unicode`,
    NOT `a__interests` IS NULL AS `d__lst_is_set`,
    COALESCE(
      (
        CASE WHEN `a__interests` IS NULL THEN NULL ELSE SIZE(`a__interests`) END = 0
      ),
      FALSE
    ) AS `d__lst_empty`,
    COALESCE((
      ARRAY_CONTAINS(`a__lucky_numbers`, 7)
    ), FALSE) AS `d__lst_lucky_seven`,
    COALESCE(
      (
        (
          ARRAY_CONTAINS(`a__lucky_numbers`, -1) OR ARRAY_CONTAINS(`a__lucky_numbers`, 0)
        )
      ),
      FALSE
    ) AS `d__lst_lucky_any_negative`,
    COALESCE(
      (
        (
          ARRAY_CONTAINS(`a__lucky_numbers`, 7)
          AND ARRAY_CONTAINS(`a__lucky_numbers`, 7)
          AND ARRAY_CONTAINS(`a__lucky_numbers`, 3)
        )
      ),
      FALSE
    ) AS `d__lst_lucky_all`,
    COALESCE(`g__1_1`, 0) > 0 AS `d__lst_gift_purchase`,
    COALESCE((
      COALESCE(`g__1_2`, 0) >= 2
    ), FALSE) AS `d__lst_two_labelled_purchases`,
    COALESCE(`g__1_3`, 0) > 0 AS `d__lst_purchase_many_labels`,
    CAST(CASE WHEN `a__interests` IS NULL THEN NULL ELSE SIZE(`a__interests`) END AS BIGINT) AS `d__lst_interest_count`,
    CAST(CASE WHEN `a__lucky_numbers` IS NULL THEN NULL ELSE SIZE(`a__lucky_numbers`) END AS BIGINT) AS `d__lst_lucky_count`
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
