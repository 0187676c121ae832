WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`country` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__country`,
    `e`.`age` AS `a__age`,
    `e`.`birthday` AS `a__birthday`
  FROM `shop`.`customers` AS `e`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__country`,
    `entity`.`a__age`,
    `entity`.`a__birthday`
  FROM `entity`
), `layer__1` AS (
  SELECT
    *,
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
              WHEN DATE_ADD(
                CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE),
                INTERVAL -(
                  YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - YEAR(`a__birthday`)
                ) YEAR
              ) >= `a__birthday`
              THEN YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - YEAR(`a__birthday`)
              ELSE YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - YEAR(`a__birthday`) - 1
            END
          ) >= 25
          AND COALESCE(
            `a__age`,
            CASE
              WHEN `a__birthday` IS NULL
              THEN NULL
              WHEN DATE_ADD(
                CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE),
                INTERVAL -(
                  YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - YEAR(`a__birthday`)
                ) YEAR
              ) >= `a__birthday`
              THEN YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - YEAR(`a__birthday`)
              ELSE YEAR(CAST(CAST('2026-11-01 00:00:00' AS DATETIME(6)) AS DATE)) - YEAR(`a__birthday`) - 1
            END
          ) <= 34
        ),
        FALSE
      )
    ) AS `d__dach_young_adults`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`
FROM `layer__1`
WHERE
  `d__dach_young_adults`
