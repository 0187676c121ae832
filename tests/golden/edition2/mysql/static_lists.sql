WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`country` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__country`
  FROM `conf`.`customers` AS `e`
), `lst__1` AS (
  SELECT
    `entity`.`__key`
  FROM `entity`
  WHERE
    CAST(`entity`.`__key` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ IN (
      SELECT
        CAST(`k` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
      FROM JSON_TABLE('["c1", "c3", "c99", "c,5"]', '$[*]' COLUMNS(`k` VARCHAR(4000) PATH '$')) AS `u`
    )
), `lst__2` AS (
  SELECT
    `entity`.`__key`
  FROM `entity`
  WHERE
    CAST(`entity`.`__key` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ IN (
      SELECT
        CAST(`l`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
      FROM `conf`.`callback_requests` AS `l`
      WHERE
        NOT `l`.`customer_id` IS NULL
    )
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__country`,
    NOT `lst__1`.`__key` IS NULL AS `lst__1`,
    NOT `lst__2`.`__key` IS NULL AS `lst__2`
  FROM `entity`
  LEFT JOIN `lst__1`
    ON `lst__1`.`__key` = `entity`.`__key`
  LEFT JOIN `lst__2`
    ON `lst__2`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    `lst__1` AS `d__sl_fair`,
    NOT (
      `lst__1`
    ) AS `d__sl_not_fair`,
    (
      `lst__1` AND COALESCE((
        `a__country` = 'DE'
      ), FALSE)
    ) AS `d__sl_fair_de`,
    `lst__2` AS `d__sl_callbacks`,
    (
      `lst__1` OR `lst__2`
    ) AS `d__sl_fair_or_callbacks`,
    (
      `lst__1` AND NOT (
        `lst__2`
      )
    ) AS `d__sl_fair_not_callbacks`,
    CASE WHEN `lst__1` THEN 'fair' WHEN `lst__2` THEN 'callback' ELSE 'other' END AS `d__sl_source`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`,
  `d__sl_fair` AS `sl_fair`,
  `d__sl_not_fair` AS `sl_not_fair`,
  `d__sl_fair_de` AS `sl_fair_de`,
  `d__sl_callbacks` AS `sl_callbacks`,
  `d__sl_fair_or_callbacks` AS `sl_fair_or_callbacks`,
  `d__sl_fair_not_callbacks` AS `sl_fair_not_callbacks`,
  `d__sl_source` AS `sl_source`
FROM `layer__1`
