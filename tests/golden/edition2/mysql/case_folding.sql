WITH `entity` AS (
  SELECT
    CAST(`e`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    CAST(`e`.`email` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__email`,
    CAST(`e`.`country` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `a__country`
  FROM `conf`.`customers` AS `e`
), `ev__1` AS (
  SELECT
    CAST(`t`.`customer_id` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `__key`,
    `t`.`ordered_at` AS `__time`,
    CAST(`t`.`sku` AS CHAR CHARACTER SET utf8mb4) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ AS `sku`
  FROM `conf`.`orders` AS `t`
  WHERE
    `t`.`ordered_at` < CAST('2026-04-01 00:00:00' AS DATETIME(6))
), `agg__1` AS (
  SELECT
    `__key`,
    COUNT(
      CASE
        WHEN COALESCE(
          (
            LEFT(
              CASE
                WHEN REGEXP_INSTR(
                  `sku` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
                  '^[ -~]*\\z'
                ) > 0
                THEN LOWER(`sku` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */)
                WHEN REGEXP_INSTR(
                  `sku` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
                  '^[ -ɏ]*\\z'
                ) > 0
                THEN REPLACE(
                  LOWER(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REPLACE(
                                  REPLACE(
                                    REPLACE(
                                      REPLACE(
                                        REPLACE(
                                          REPLACE(
                                            REPLACE(
                                              REPLACE(REPLACE(REPLACE(REPLACE(`sku`, 'µ', 'μ'), 'ſ', 's'), 'Ƞ', 'ƞ'), 'Ⱥ', 'ⱥ'),
                                              'Ȼ',
                                              'ȼ'
                                            ),
                                            'Ƚ',
                                            'ƚ'
                                          ),
                                          'Ⱦ',
                                          'ⱦ'
                                        ),
                                        'Ɂ',
                                        'ɂ'
                                      ),
                                      'Ƀ',
                                      'ƀ'
                                    ),
                                    'Ʉ',
                                    'ʉ'
                                  ),
                                  'Ʌ',
                                  'ʌ'
                                ),
                                'Ɇ',
                                'ɇ'
                              ),
                              'Ɉ',
                              'ɉ'
                            ),
                            'Ɋ',
                            'ɋ'
                          ),
                          'Ɍ',
                          'ɍ'
                        ),
                        'Ɏ',
                        'ɏ'
                      ),
                      'İ',
                      ''
                    ) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
                  ),
                  '',
                  'İ'
                )
                ELSE LOWER(`sku` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */)
              END,
              CHAR_LENGTH('ab')
            ) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */ = 'ab' COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          ),
          FALSE
        )
        THEN 1
      END
    ) AS `g__1_1`
  FROM `ev__1`
  GROUP BY
    `__key`
), `base` AS (
  SELECT
    `entity`.`__key`,
    `entity`.`a__email`,
    `entity`.`a__country`,
    `agg__1`.`g__1_1`
  FROM `entity`
  LEFT JOIN `agg__1`
    ON `agg__1`.`__key` = `entity`.`__key`
), `layer__1` AS (
  SELECT
    *,
    COALESCE(
      (
        CASE
          WHEN REGEXP_INSTR(
            `a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -~]*\\z'
          ) > 0
          THEN LOWER(`a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */)
          WHEN REGEXP_INSTR(
            `a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -ɏ]*\\z'
          ) > 0
          THEN REPLACE(
            LOWER(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REPLACE(
                                  REPLACE(
                                    REPLACE(
                                      REPLACE(
                                        REPLACE(REPLACE(REPLACE(REPLACE(`a__email`, 'µ', 'μ'), 'ſ', 's'), 'Ƞ', 'ƞ'), 'Ⱥ', 'ⱥ'),
                                        'Ȼ',
                                        'ȼ'
                                      ),
                                      'Ƚ',
                                      'ƚ'
                                    ),
                                    'Ⱦ',
                                    'ⱦ'
                                  ),
                                  'Ɂ',
                                  'ɂ'
                                ),
                                'Ƀ',
                                'ƀ'
                              ),
                              'Ʉ',
                              'ʉ'
                            ),
                            'Ʌ',
                            'ʌ'
                          ),
                          'Ɇ',
                          'ɇ'
                        ),
                        'Ɉ',
                        'ɉ'
                      ),
                      'Ɋ',
                      'ɋ'
                    ),
                    'Ɍ',
                    'ɍ'
                  ),
                  'Ɏ',
                  'ɏ'
                ),
                'İ',
                ''
              ) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
            ),
            '',
            'İ'
          )
          ELSE LOWER(`a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */)
        END = 'strasse'
      ),
      FALSE
    ) AS `d__cf_eq_strasse`,
    COALESCE(
      (
        CASE
          WHEN REGEXP_INSTR(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -~]*\\z'
          ) > 0
          THEN LOWER(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          )
          WHEN REGEXP_INSTR(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -ɏ]*\\z'
          ) > 0
          THEN REPLACE(
            LOWER(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REPLACE(
                                  REPLACE(
                                    REPLACE(
                                      REPLACE(
                                        REPLACE(REPLACE(REPLACE(REPLACE(`a__country`, 'µ', 'μ'), 'ſ', 's'), 'Ƞ', 'ƞ'), 'Ⱥ', 'ⱥ'),
                                        'Ȼ',
                                        'ȼ'
                                      ),
                                      'Ƚ',
                                      'ƚ'
                                    ),
                                    'Ⱦ',
                                    'ⱦ'
                                  ),
                                  'Ɂ',
                                  'ɂ'
                                ),
                                'Ƀ',
                                'ƀ'
                              ),
                              'Ʉ',
                              'ʉ'
                            ),
                            'Ʌ',
                            'ʌ'
                          ),
                          'Ɇ',
                          'ɇ'
                        ),
                        'Ɉ',
                        'ɉ'
                      ),
                      'Ɋ',
                      'ɋ'
                    ),
                    'Ɍ',
                    'ɍ'
                  ),
                  'Ɏ',
                  'ɏ'
                ),
                'İ',
                ''
              ) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
            ),
            '',
            'İ'
          )
          ELSE LOWER(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          )
        END IN ('de', 'at')
      ),
      FALSE
    ) AS `d__cf_country_in`,
    COALESCE(`g__1_1`, 0) > 0 AS `d__cf_has_sku`,
    COALESCE(
      (
        CASE
          WHEN REGEXP_INSTR(
            `a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -~]*\\z'
          ) > 0
          THEN LOWER(`a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */)
          WHEN REGEXP_INSTR(
            `a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -ɏ]*\\z'
          ) > 0
          THEN REPLACE(
            LOWER(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REPLACE(
                                  REPLACE(
                                    REPLACE(
                                      REPLACE(
                                        REPLACE(REPLACE(REPLACE(REPLACE(`a__email`, 'µ', 'μ'), 'ſ', 's'), 'Ƞ', 'ƞ'), 'Ⱥ', 'ⱥ'),
                                        'Ȼ',
                                        'ȼ'
                                      ),
                                      'Ƚ',
                                      'ƚ'
                                    ),
                                    'Ⱦ',
                                    'ⱦ'
                                  ),
                                  'Ɂ',
                                  'ɂ'
                                ),
                                'Ƀ',
                                'ƀ'
                              ),
                              'Ʉ',
                              'ʉ'
                            ),
                            'Ʌ',
                            'ʌ'
                          ),
                          'Ɇ',
                          'ɇ'
                        ),
                        'Ɉ',
                        'ɉ'
                      ),
                      'Ɋ',
                      'ɋ'
                    ),
                    'Ɍ',
                    'ɍ'
                  ),
                  'Ɏ',
                  'ɏ'
                ),
                'İ',
                ''
              ) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
            ),
            '',
            'İ'
          )
          ELSE LOWER(`a__email` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */)
        END = CASE
          WHEN REGEXP_INSTR(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -~]*\\z'
          ) > 0
          THEN LOWER(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          )
          WHEN REGEXP_INSTR(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */,
            '^[ -ɏ]*\\z'
          ) > 0
          THEN REPLACE(
            LOWER(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REPLACE(
                                  REPLACE(
                                    REPLACE(
                                      REPLACE(
                                        REPLACE(REPLACE(REPLACE(REPLACE(`a__country`, 'µ', 'μ'), 'ſ', 's'), 'Ƞ', 'ƞ'), 'Ⱥ', 'ⱥ'),
                                        'Ȼ',
                                        'ȼ'
                                      ),
                                      'Ƚ',
                                      'ƚ'
                                    ),
                                    'Ⱦ',
                                    'ⱦ'
                                  ),
                                  'Ɂ',
                                  'ɂ'
                                ),
                                'Ƀ',
                                'ƀ'
                              ),
                              'Ʉ',
                              'ʉ'
                            ),
                            'Ʌ',
                            'ʌ'
                          ),
                          'Ɇ',
                          'ɇ'
                        ),
                        'Ɉ',
                        'ɉ'
                      ),
                      'Ɋ',
                      'ɋ'
                    ),
                    'Ɍ',
                    'ɍ'
                  ),
                  'Ɏ',
                  'ɏ'
                ),
                'İ',
                ''
              ) COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
            ),
            '',
            'İ'
          )
          ELSE LOWER(
            `a__country` COLLATE /*M!100202 utf8mb4_nopad_bin */ /*!80000 utf8mb4_0900_bin */
          )
        END
      ),
      FALSE
    ) AS `d__cf_email_is_country`
  FROM `base`
)
SELECT
  `__key` AS `customer_id`,
  `d__cf_eq_strasse` AS `cf_eq_strasse`,
  `d__cf_country_in` AS `cf_country_in`,
  `d__cf_has_sku` AS `cf_has_sku`,
  `d__cf_email_is_country` AS `cf_email_is_country`
FROM `layer__1`
