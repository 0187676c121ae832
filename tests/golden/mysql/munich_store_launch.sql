WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`country` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__country`,
    CAST(`e`.`postal_code` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__zip`,
    CAST(`e`.`city` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__city`,
    CAST(`e`.`first_name` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__first_name`
  FROM `shop`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`
  FROM `shop`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' YEAR
    AND `t`.`ordered_at` < CAST('2026-11-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN `__time` >= CAST('2026-11-01 00:00:00' AS DATETIME(6)) - INTERVAL '2' YEAR
        THEN 1
      END
    ) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__country`,
    `entity`.`a__zip`,
    `entity`.`a__city`,
    `entity`.`a__first_name`,
    `agg__1`.`g__1_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE((
        UPPER(TRIM(`a__country`)) = 'DE'
      ), FALSE)
      AND (
        COALESCE(
          (
            REGEXP_INSTR(
              `a__zip` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
              '^8[0-5][0-9]{3}\\z'
            ) > 0
          ),
          FALSE
        )
        OR COALESCE((
          LOWER(TRIM(`a__city`)) IN ('munich', 'muenchen')
        ), FALSE)
      )
      AND COALESCE(`g__1_1`, 0) > 0
      AND COALESCE((
        CHAR_LENGTH(TRIM(`a__first_name`)) >= 2
      ), FALSE)
    ) AS `d__munich_store_launch`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__munich_store_launch`
