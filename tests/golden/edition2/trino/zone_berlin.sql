WITH "entity" AS (
  SELECT
    "e"."customer_id" AS "__key",
    "e"."signup_at" AS "a__signup_at",
    "e"."birthday" AS "a__birthday"
  FROM "tz"."customers" AS "e"
), "ev__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."ordered_at" AS "__time"
  FROM "tz"."orders" AS "t"
  WHERE
    "t"."ordered_at" < CAST('2026-04-01 00:00:00' AS TIMESTAMP(6))
), "agg__1" AS (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD('DAY', -1, CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP(6))),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP(6))
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD('DAY', -1, CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP(6))),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP(6)), 'Europe/Berlin'),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP(6))
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP(6)), 'Europe/Berlin'),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD('DAY', -1, CAST(CAST('2026-03-29' AS DATE) AS TIMESTAMP(6))),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_2",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD('DAY', -1, CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP(6))),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP(6))
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD('DAY', -1, CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP(6))),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP(6)), 'Europe/Berlin'),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP(6))
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP(6)), 'Europe/Berlin'),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD('DAY', -1, CAST(CAST('2026-03-28' AS DATE) AS TIMESTAMP(6))),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END
      AND "__time" < CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    CAST(CAST(DATE_ADD('DAY', 1, CAST('2026-03-29' AS DATE)) AS DATE) AS TIMESTAMP(6))
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(CAST(DATE_ADD('DAY', 1, CAST('2026-03-29' AS DATE)) AS DATE) AS TIMESTAMP(6))
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(CAST(DATE_ADD('DAY', 1, CAST('2026-03-29' AS DATE)) AS DATE) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                CAST(CAST(DATE_ADD('DAY', 1, CAST('2026-03-29' AS DATE)) AS DATE) AS TIMESTAMP(6)),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(CAST(DATE_ADD('DAY', 1, CAST('2026-03-29' AS DATE)) AS DATE) AS TIMESTAMP(6))
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(CAST(DATE_ADD('DAY', 1, CAST('2026-03-29' AS DATE)) AS DATE) AS TIMESTAMP(6)),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(CAST(DATE_ADD('DAY', 1, CAST('2026-03-29' AS DATE)) AS DATE) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_3",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6)),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(DATE_TRUNC(
              'WEEK',
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ) AS TIMESTAMP(6)),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END
      AND "__time" < CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'DAY',
                      7,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          CASE
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                DATE_ADD(
                                  'DAY',
                                  1,
                                  CAST(AT_TIMEZONE(
                                    WITH_TIMEZONE(
                                      DATE_ADD(
                                        'DAY',
                                        -1,
                                        CAST(DATE_TRUNC(
                                          'WEEK',
                                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                        ) AS TIMESTAMP(6))
                                      ),
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) AS TIMESTAMP(6))
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(AT_TIMEZONE(
                                  WITH_TIMEZONE(
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6)),
                                    'Europe/Berlin'
                                  ),
                                  'UTC'
                                ) AS TIMESTAMP(6)),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6))
                            ELSE DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                          END,
                          'UTC'
                        ),
                        'Europe/Berlin'
                      ) AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          7,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  7,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  7,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          7,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              7,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  CASE
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6)),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6))
                    ELSE DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                  END,
                  'UTC'
                ),
                'Europe/Berlin'
              ) AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  7,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_4",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'DAY',
                      -7,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          CASE
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                DATE_ADD(
                                  'DAY',
                                  1,
                                  CAST(AT_TIMEZONE(
                                    WITH_TIMEZONE(
                                      DATE_ADD(
                                        'DAY',
                                        -1,
                                        CAST(DATE_TRUNC(
                                          'WEEK',
                                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                        ) AS TIMESTAMP(6))
                                      ),
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) AS TIMESTAMP(6))
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(AT_TIMEZONE(
                                  WITH_TIMEZONE(
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6)),
                                    'Europe/Berlin'
                                  ),
                                  'UTC'
                                ) AS TIMESTAMP(6)),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6))
                            ELSE DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                          END,
                          'UTC'
                        ),
                        'Europe/Berlin'
                      ) AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -7,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -7,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -7,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -7,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              -7,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  CASE
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6)),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6))
                    ELSE DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                  END,
                  'UTC'
                ),
                'Europe/Berlin'
              ) AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -7,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'WEEK',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'WEEK',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'WEEK',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'WEEK',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END
      AND "__time" < CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    CAST(DATE_TRUNC(
                      'WEEK',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6)),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'WEEK',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(DATE_TRUNC(
              'WEEK',
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ) AS TIMESTAMP(6)),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'WEEK',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_5",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6)),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(DATE_TRUNC(
              'MONTH',
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ) AS TIMESTAMP(6)),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END
      AND "__time" < CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'MONTH',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          CASE
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                DATE_ADD(
                                  'DAY',
                                  1,
                                  CAST(AT_TIMEZONE(
                                    WITH_TIMEZONE(
                                      DATE_ADD(
                                        'DAY',
                                        -1,
                                        CAST(DATE_TRUNC(
                                          'MONTH',
                                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                        ) AS TIMESTAMP(6))
                                      ),
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) AS TIMESTAMP(6))
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(AT_TIMEZONE(
                                  WITH_TIMEZONE(
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6)),
                                    'Europe/Berlin'
                                  ),
                                  'UTC'
                                ) AS TIMESTAMP(6)),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6))
                            ELSE DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                          END,
                          'UTC'
                        ),
                        'Europe/Berlin'
                      ) AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'MONTH',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'MONTH',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'MONTH',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'MONTH',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'MONTH',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  CASE
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6)),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6))
                    ELSE DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                  END,
                  'UTC'
                ),
                'Europe/Berlin'
              ) AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'MONTH',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_6",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'MONTH',
                      -1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          CASE
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                DATE_ADD(
                                  'DAY',
                                  1,
                                  CAST(AT_TIMEZONE(
                                    WITH_TIMEZONE(
                                      DATE_ADD(
                                        'DAY',
                                        -1,
                                        CAST(DATE_TRUNC(
                                          'MONTH',
                                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                        ) AS TIMESTAMP(6))
                                      ),
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) AS TIMESTAMP(6))
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                            WHEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(AT_TIMEZONE(
                                  WITH_TIMEZONE(
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6)),
                                    'Europe/Berlin'
                                  ),
                                  'UTC'
                                ) AS TIMESTAMP(6)),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                            THEN CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6))
                            ELSE DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            )
                          END,
                          'UTC'
                        ),
                        'Europe/Berlin'
                      ) AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'MONTH',
          -1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'MONTH',
                  -1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'MONTH',
                  -1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'MONTH',
          -1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CASE
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
                WHEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6)),
                    'UTC'
                  ),
                  'Europe/Berlin'
                ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
                THEN CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6)),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
                ELSE DATE_ADD(
                  'DAY',
                  1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      DATE_ADD(
                        'DAY',
                        -1,
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                      ),
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) AS TIMESTAMP(6))
                )
              END,
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'MONTH',
              -1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  CASE
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                    WHEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6)),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                    THEN CAST(AT_TIMEZONE(
                      WITH_TIMEZONE(
                        CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6)),
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) AS TIMESTAMP(6))
                    ELSE DATE_ADD(
                      'DAY',
                      1,
                      CAST(AT_TIMEZONE(
                        WITH_TIMEZONE(
                          DATE_ADD(
                            'DAY',
                            -1,
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6))
                          ),
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) AS TIMESTAMP(6))
                    )
                  END,
                  'UTC'
                ),
                'Europe/Berlin'
              ) AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'MONTH',
                  -1,
                  CAST(AT_TIMEZONE(
                    WITH_TIMEZONE(
                      CASE
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            DATE_ADD(
                              'DAY',
                              1,
                              CAST(AT_TIMEZONE(
                                WITH_TIMEZONE(
                                  DATE_ADD(
                                    'DAY',
                                    -1,
                                    CAST(DATE_TRUNC(
                                      'MONTH',
                                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                    ) AS TIMESTAMP(6))
                                  ),
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) AS TIMESTAMP(6))
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                        WHEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(AT_TIMEZONE(
                              WITH_TIMEZONE(
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6)),
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) AS TIMESTAMP(6)),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                        ) AS TIMESTAMP(6))
                        THEN CAST(AT_TIMEZONE(
                          WITH_TIMEZONE(
                            CAST(DATE_TRUNC(
                              'MONTH',
                              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                            ) AS TIMESTAMP(6)),
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) AS TIMESTAMP(6))
                        ELSE DATE_ADD(
                          'DAY',
                          1,
                          CAST(AT_TIMEZONE(
                            WITH_TIMEZONE(
                              DATE_ADD(
                                'DAY',
                                -1,
                                CAST(DATE_TRUNC(
                                  'MONTH',
                                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                                ) AS TIMESTAMP(6))
                              ),
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) AS TIMESTAMP(6))
                        )
                      END,
                      'UTC'
                    ),
                    'Europe/Berlin'
                  ) AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END
      AND "__time" < CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    ) AS TIMESTAMP(6))
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6)),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = CAST(DATE_TRUNC(
          'MONTH',
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        ) AS TIMESTAMP(6))
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(DATE_TRUNC(
              'MONTH',
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ) AS TIMESTAMP(6)),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                CAST(DATE_TRUNC(
                  'MONTH',
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ) AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_7",
    COUNT(*) FILTER(WHERE
      "__time" >= DATE_ADD('DAY', -1, CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)))) AS "g__1_8",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'DAY',
                      -1,
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -1,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -1,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              -1,
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_9",
    COUNT(*) FILTER(WHERE
      "__time" >= DATE_ADD('DAY', -7, CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)))) AS "g__1_10",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'DAY',
                      -7,
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -7,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -7,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -7,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -7,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              -7,
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -7,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_11",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'MONTH',
                      -1,
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'MONTH',
          -1,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'MONTH',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'MONTH',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'MONTH',
          -1,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'MONTH',
              -1,
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'MONTH',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_12",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'DAY',
                      -2,
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -2,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -2,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -2,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -2,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              -2,
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -2,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END
      AND "__time" < CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'DAY',
                      -1,
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -1,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -1,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              -1,
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -1,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_13",
    COUNT(*) FILTER(WHERE
      "__time" < CASE
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              1,
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    -1,
                    DATE_ADD(
                      'DAY',
                      -2,
                      CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                    )
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6))
            ),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -2,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -2,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
        WHEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -2,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6)),
            'UTC'
          ),
          'Europe/Berlin'
        ) AS TIMESTAMP(6)) = DATE_ADD(
          'DAY',
          -2,
          CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
        )
        THEN CAST(AT_TIMEZONE(
          WITH_TIMEZONE(
            DATE_ADD(
              'DAY',
              -2,
              CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
            ),
            'Europe/Berlin'
          ),
          'UTC'
        ) AS TIMESTAMP(6))
        ELSE DATE_ADD(
          'DAY',
          1,
          CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                -1,
                DATE_ADD(
                  'DAY',
                  -2,
                  CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                )
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
        )
      END) AS "g__1_14"
  FROM "ev__1"
  GROUP BY
    "__key"
), "scan__1" AS (
  SELECT
    "t"."customer_id" AS "__key",
    "t"."ordered_at" AS "__time"
  FROM "tz"."orders" AS "t"
  WHERE
    "t"."ordered_at" < CAST('2026-04-01 00:00:00' AS TIMESTAMP(6))
), "base" AS (
  SELECT
    "entity"."__key",
    "entity"."a__signup_at",
    "entity"."a__birthday",
    "agg__1"."g__1_1",
    "agg__1"."g__1_2",
    "agg__1"."g__1_3",
    "agg__1"."g__1_4",
    "agg__1"."g__1_5",
    "agg__1"."g__1_6",
    "agg__1"."g__1_7",
    "agg__1"."g__1_8",
    "agg__1"."g__1_9",
    "agg__1"."g__1_10",
    "agg__1"."g__1_11",
    "agg__1"."g__1_12",
    "agg__1"."g__1_13",
    "agg__1"."g__1_14"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "anch__1_1" AS (
  SELECT
    "s"."__key",
    COUNT(*) FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < DATE_ADD('DAY', 1, "a__signup_at")) AS "x__1"
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
), "layer__1" AS (
  SELECT
    "base".*,
    "anch__1_1"."x__1",
    COALESCE(
      (
        CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE("g__1_1", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE) = CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE)
      ),
      FALSE
    ) AS "d__z_bought_today",
    COALESCE(
      (
        CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE) = CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS "d__z_signup_on_switch_day",
    COALESCE(
      (
        CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE) < CAST('2026-03-29' AS DATE)
      ),
      FALSE
    ) AS "d__z_signup_before_switch_day",
    CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE) AS "d__z_signup_day",
    COALESCE("g__1_2", 0) > 0 AS "d__z_bought_since_switch_day",
    COALESCE("g__1_3", 0) > 0 AS "d__z_bought_between_days",
    COALESCE("g__1_4", 0) > 0 AS "d__z_current_week",
    COALESCE("g__1_5", 0) > 0 AS "d__z_previous_week",
    COALESCE("g__1_6", 0) > 0 AS "d__z_current_month",
    COALESCE("g__1_7", 0) > 0 AS "d__z_previous_month",
    COALESCE("g__1_8", 0) > 0 AS "d__z_last_1_day",
    COALESCE("g__1_9", 0) > 0 AS "d__z_since_1_day_ago",
    COALESCE("g__1_10", 0) > 0 AS "d__z_last_7_days",
    COALESCE("g__1_11", 0) > 0 AS "d__z_since_7_days_ago",
    CAST(FLOOR(
      CAST((
        TO_UNIXTIME(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)),
            'UTC'
          )
        ) - TO_UNIXTIME(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)),
            'UTC'
          )
        )
      ) AS DOUBLE) / 86400
    ) AS BIGINT) AS "d__z_days_since_signup",
    CAST(CASE
      WHEN "a__birthday" IS NULL
      THEN NULL
      WHEN DATE_ADD(
        'YEAR',
        -(
          YEAR(
            CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE)
          ) - YEAR("a__birthday")
        ),
        CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE)
      ) >= "a__birthday"
      THEN YEAR(
        CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE)
      ) - YEAR("a__birthday")
      ELSE YEAR(
        CAST(CAST(AT_TIMEZONE(WITH_TIMEZONE(CAST('2026-04-01 00:00:00' AS TIMESTAMP(6)), 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)) AS DATE)
      ) - YEAR("a__birthday") - 1
    END AS BIGINT) AS "d__z_years_since_birthday",
    COALESCE(
      (
        CASE
          WHEN CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                1,
                CAST(AT_TIMEZONE(
                  WITH_TIMEZONE(
                    DATE_ADD(
                      'DAY',
                      -1,
                      DATE_ADD(
                        'DAY',
                        1,
                        CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                      )
                    ),
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) AS TIMESTAMP(6))
              ),
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6)) = DATE_ADD(
            'DAY',
            1,
            CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
          )
          THEN DATE_ADD(
            'DAY',
            1,
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -1,
                  DATE_ADD(
                    'DAY',
                    1,
                    CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                  )
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6))
          )
          WHEN CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              CAST(AT_TIMEZONE(
                WITH_TIMEZONE(
                  DATE_ADD(
                    'DAY',
                    1,
                    CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                  ),
                  'Europe/Berlin'
                ),
                'UTC'
              ) AS TIMESTAMP(6)),
              'UTC'
            ),
            'Europe/Berlin'
          ) AS TIMESTAMP(6)) = DATE_ADD(
            'DAY',
            1,
            CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
          )
          THEN CAST(AT_TIMEZONE(
            WITH_TIMEZONE(
              DATE_ADD(
                'DAY',
                1,
                CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
              ),
              'Europe/Berlin'
            ),
            'UTC'
          ) AS TIMESTAMP(6))
          ELSE DATE_ADD(
            'DAY',
            1,
            CAST(AT_TIMEZONE(
              WITH_TIMEZONE(
                DATE_ADD(
                  'DAY',
                  -1,
                  DATE_ADD(
                    'DAY',
                    1,
                    CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6))
                  )
                ),
                'Europe/Berlin'
              ),
              'UTC'
            ) AS TIMESTAMP(6))
          )
        END < CAST('2026-04-01 00:00:00' AS TIMESTAMP(6))
      ),
      FALSE
    ) AS "d__z_day_after_signup_passed",
    COALESCE("g__1_12", 0) > 0 AS "d__z_last_1_month",
    CAST(FLOOR(
      CAST((
        TO_UNIXTIME(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(WITH_TIMEZONE("g__1_1", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)),
            'UTC'
          )
        ) - TO_UNIXTIME(
          WITH_TIMEZONE(
            CAST(AT_TIMEZONE(WITH_TIMEZONE("a__signup_at", 'UTC'), 'Europe/Berlin') AS TIMESTAMP(6)),
            'UTC'
          )
        )
      ) AS DOUBLE) / 86400
    ) AS BIGINT) AS "d__z_days_signup_to_last_purchase",
    (
      (
        CASE WHEN COALESCE("g__1_9", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE("g__1_13", 0) > 0 THEN 1 ELSE 0 END
      )
    ) >= 2 AS "d__z_bought_2_of_last_2_days",
    (
      COALESCE("g__1_13", 0) > 0 AND COALESCE("g__1_9", 0) = 0
    ) AS "d__z_stopped_in_last_day",
    (
      COALESCE("g__1_14", 0) > 0
      AND COALESCE("g__1_13", 0) = 0
      AND COALESCE("g__1_9", 0) > 0
    ) AS "d__z_restarted_in_last_day"
  FROM "base"
  LEFT JOIN "anch__1_1"
    ON "anch__1_1"."__key" = "base"."__key"
), "layer__2" AS (
  SELECT
    *,
    CAST(COALESCE("x__1", 0) AS BIGINT) AS "d__z_purchases_first_day"
  FROM "layer__1"
)
SELECT
  "__key" AS "customer_id",
  "d__z_bought_today" AS "z_bought_today",
  "d__z_signup_on_switch_day" AS "z_signup_on_switch_day",
  "d__z_signup_before_switch_day" AS "z_signup_before_switch_day",
  "d__z_signup_day" AS "z_signup_day",
  "d__z_bought_since_switch_day" AS "z_bought_since_switch_day",
  "d__z_bought_between_days" AS "z_bought_between_days",
  "d__z_current_week" AS "z_current_week",
  "d__z_previous_week" AS "z_previous_week",
  "d__z_current_month" AS "z_current_month",
  "d__z_previous_month" AS "z_previous_month",
  "d__z_last_1_day" AS "z_last_1_day",
  "d__z_since_1_day_ago" AS "z_since_1_day_ago",
  "d__z_last_7_days" AS "z_last_7_days",
  "d__z_since_7_days_ago" AS "z_since_7_days_ago",
  "d__z_days_since_signup" AS "z_days_since_signup",
  "d__z_years_since_birthday" AS "z_years_since_birthday",
  "d__z_day_after_signup_passed" AS "z_day_after_signup_passed",
  "d__z_last_1_month" AS "z_last_1_month",
  "d__z_days_signup_to_last_purchase" AS "z_days_signup_to_last_purchase",
  "d__z_purchases_first_day" AS "z_purchases_first_day",
  "d__z_bought_2_of_last_2_days" AS "z_bought_2_of_last_2_days",
  "d__z_stopped_in_last_day" AS "z_stopped_in_last_day",
  "d__z_restarted_in_last_day" AS "z_restarted_in_last_day"
FROM "layer__2"
