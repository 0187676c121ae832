WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`customer_type` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__customer_type`,
    `r__account`.`renewal_date` AS `r__account__renewal_date`,
    CAST(`r__account`.`contract_tier` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `r__account__contract_tier`,
    `r__account`.`employees` AS `r__account__employees`
  FROM `shop`.`customers` AS `e`
  LEFT JOIN `shop`.`accounts` AS `r__account`
    ON CAST(`r__account`.`account_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = CAST(`e`.`account_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__customer_type`,
    `entity`.`r__account__renewal_date`,
    `entity`.`r__account__contract_tier`,
    `entity`.`r__account__employees`
  FROM `entity`
), `layer__1` AS (
  SELECT
    *,
    (
      COALESCE((
        `a__customer_type` = 'b2b'
      ), FALSE)
      AND COALESCE(
        (
          CAST(`r__account__renewal_date` AS DATETIME(6)) >= CAST('2026-11-01 00:00:00' AS DATETIME(6))
          AND CAST(`r__account__renewal_date` AS DATETIME(6)) < CAST('2026-11-01 00:00:00' AS DATETIME(6)) + INTERVAL '60' DAY
        ),
        FALSE
      )
      AND NOT COALESCE((
        `r__account__contract_tier` IN ('premium', 'enterprise')
      ), FALSE)
      AND COALESCE((
        `r__account__employees` >= 20
      ), FALSE)
    ) AS `d__renewal_due`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__renewal_due`
