WITH "entity" AS MATERIALIZED (
  SELECT
    "e"."customer_id" AS "__key",
    toTimeZone("e"."signup_at", 'UTC') AS "a__signup_at",
    "e"."birthday" AS "a__birthday"
  FROM "tz"."customers" AS "e"
), "ev__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time"
  FROM "tz"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "agg__1" AS MATERIALIZED (
  SELECT
    "__key",
    MAX("__time") AS "g__1_1",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              CAST(CAST('2026-03-29' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_2",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              CAST(CAST('2026-03-28' AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END
      AND "__time" < CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC')))
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              CAST(CAST(CAST('2026-03-29' AS Nullable(Date32)) + INTERVAL '1' DAY AS Nullable(Date32)) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_3",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'WEEK',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'WEEK',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'WEEK',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'WEEK',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC')))
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'WEEK',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END
      AND "__time" < CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) + INTERVAL '7' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) + INTERVAL '7' DAY - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) + INTERVAL '7' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) + INTERVAL '7' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) + INTERVAL '7' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) + INTERVAL '7' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) + INTERVAL '7' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) + INTERVAL '7' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) + INTERVAL '7' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_4",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) - INTERVAL '7' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) - INTERVAL '7' DAY - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) - INTERVAL '7' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) - INTERVAL '7' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) - INTERVAL '7' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'WEEK',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'WEEK',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'WEEK',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) - INTERVAL '7' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'WEEK',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) - INTERVAL '7' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) - INTERVAL '7' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'WEEK',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'WEEK',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'WEEK',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'WEEK',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'WEEK',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'WEEK',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'WEEK',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) - INTERVAL '7' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END
      AND "__time" < CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'WEEK',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'WEEK',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'WEEK',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'WEEK',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'WEEK',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'WEEK',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC')))
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'WEEK',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_5",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'MONTH',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'MONTH',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'MONTH',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'MONTH',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC')))
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'MONTH',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END
      AND "__time" < CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) + INTERVAL '1' MONTH - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) + INTERVAL '1' MONTH - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) + INTERVAL '1' MONTH
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) + INTERVAL '1' MONTH - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) + INTERVAL '1' MONTH
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) + INTERVAL '1' MONTH
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) + INTERVAL '1' MONTH
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) + INTERVAL '1' MONTH
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) + INTERVAL '1' MONTH - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_6",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) - INTERVAL '1' MONTH
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CASE
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                    WHEN addSeconds(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      timeZoneOffset(
                        toTimeZone(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          'Europe/Berlin'
                        )
                      )
                    ) = CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                    THEN toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    )
                    ELSE toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY
                  END,
                  timeZoneOffset(
                    toTimeZone(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      'Europe/Berlin'
                    )
                  )
                ) - INTERVAL '1' MONTH
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CASE
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ) + INTERVAL '1' DAY,
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                        WHEN addSeconds(
                          toTimeZone(
                            toDateTime64(
                              toString(
                                CAST(dateTrunc(
                                  'MONTH',
                                  addSeconds(
                                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                    timeZoneOffset(
                                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                    )
                                  )
                                ) AS Nullable(DateTime64(6, 'UTC')))
                              ),
                              6,
                              'Europe/Berlin'
                            ),
                            'UTC'
                          ),
                          timeZoneOffset(
                            toTimeZone(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              'Europe/Berlin'
                            )
                          )
                        ) = CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                        THEN toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        )
                        ELSE toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY
                      END,
                      timeZoneOffset(
                        toTimeZone(
                          CASE
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ) + INTERVAL '1' DAY,
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ) + INTERVAL '1' DAY,
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                            WHEN addSeconds(
                              toTimeZone(
                                toDateTime64(
                                  toString(
                                    CAST(dateTrunc(
                                      'MONTH',
                                      addSeconds(
                                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                        timeZoneOffset(
                                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                        )
                                      )
                                    ) AS Nullable(DateTime64(6, 'UTC')))
                                  ),
                                  6,
                                  'Europe/Berlin'
                                ),
                                'UTC'
                              ),
                              timeZoneOffset(
                                toTimeZone(
                                  toTimeZone(
                                    toDateTime64(
                                      toString(
                                        CAST(dateTrunc(
                                          'MONTH',
                                          addSeconds(
                                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                            timeZoneOffset(
                                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                            )
                                          )
                                        ) AS Nullable(DateTime64(6, 'UTC')))
                                      ),
                                      6,
                                      'Europe/Berlin'
                                    ),
                                    'UTC'
                                  ),
                                  'Europe/Berlin'
                                )
                              )
                            ) = CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                            THEN toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            )
                            ELSE toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY
                          END,
                          'Europe/Berlin'
                        )
                      )
                    ) - INTERVAL '1' MONTH
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CASE
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
            WHEN addSeconds(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              timeZoneOffset(
                toTimeZone(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  'Europe/Berlin'
                )
              )
            ) = CAST(dateTrunc(
              'MONTH',
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              )
            ) AS Nullable(DateTime64(6, 'UTC')))
            THEN toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            )
            ELSE toTimeZone(
              toDateTime64(
                toString(
                  CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY
          END,
          timeZoneOffset(
            toTimeZone(
              CASE
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY,
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY,
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
                WHEN addSeconds(
                  toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ),
                  timeZoneOffset(
                    toTimeZone(
                      toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ),
                      'Europe/Berlin'
                    )
                  )
                ) = CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
                THEN toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                )
                ELSE toTimeZone(
                  toDateTime64(
                    toString(
                      CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY
              END,
              'Europe/Berlin'
            )
          )
        ) - INTERVAL '1' MONTH
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) - INTERVAL '1' MONTH
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CASE
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ) + INTERVAL '1' DAY,
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                  WHEN addSeconds(
                    toTimeZone(
                      toDateTime64(
                        toString(
                          CAST(dateTrunc(
                            'MONTH',
                            addSeconds(
                              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                              timeZoneOffset(
                                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                              )
                            )
                          ) AS Nullable(DateTime64(6, 'UTC')))
                        ),
                        6,
                        'Europe/Berlin'
                      ),
                      'UTC'
                    ),
                    timeZoneOffset(
                      toTimeZone(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        'Europe/Berlin'
                      )
                    )
                  ) = CAST(dateTrunc(
                    'MONTH',
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    )
                  ) AS Nullable(DateTime64(6, 'UTC')))
                  THEN toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC')))
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  )
                  ELSE toTimeZone(
                    toDateTime64(
                      toString(
                        CAST(dateTrunc(
                          'MONTH',
                          addSeconds(
                            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                            timeZoneOffset(
                              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                            )
                          )
                        ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                      ),
                      6,
                      'Europe/Berlin'
                    ),
                    'UTC'
                  ) + INTERVAL '1' DAY
                END,
                timeZoneOffset(
                  toTimeZone(
                    CASE
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ) + INTERVAL '1' DAY,
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ) + INTERVAL '1' DAY,
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                      WHEN addSeconds(
                        toTimeZone(
                          toDateTime64(
                            toString(
                              CAST(dateTrunc(
                                'MONTH',
                                addSeconds(
                                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                  timeZoneOffset(
                                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                  )
                                )
                              ) AS Nullable(DateTime64(6, 'UTC')))
                            ),
                            6,
                            'Europe/Berlin'
                          ),
                          'UTC'
                        ),
                        timeZoneOffset(
                          toTimeZone(
                            toTimeZone(
                              toDateTime64(
                                toString(
                                  CAST(dateTrunc(
                                    'MONTH',
                                    addSeconds(
                                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                      timeZoneOffset(
                                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                      )
                                    )
                                  ) AS Nullable(DateTime64(6, 'UTC')))
                                ),
                                6,
                                'Europe/Berlin'
                              ),
                              'UTC'
                            ),
                            'Europe/Berlin'
                          )
                        )
                      ) = CAST(dateTrunc(
                        'MONTH',
                        addSeconds(
                          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                          timeZoneOffset(
                            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                          )
                        )
                      ) AS Nullable(DateTime64(6, 'UTC')))
                      THEN toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC')))
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      )
                      ELSE toTimeZone(
                        toDateTime64(
                          toString(
                            CAST(dateTrunc(
                              'MONTH',
                              addSeconds(
                                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                                timeZoneOffset(
                                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                                )
                              )
                            ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                          ),
                          6,
                          'Europe/Berlin'
                        ),
                        'UTC'
                      ) + INTERVAL '1' DAY
                    END,
                    'Europe/Berlin'
                  )
                )
              ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END
      AND "__time" < CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'MONTH',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'MONTH',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                CAST(dateTrunc(
                  'MONTH',
                  addSeconds(
                    CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                    timeZoneOffset(
                      toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                    )
                  )
                ) AS Nullable(DateTime64(6, 'UTC')))
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    CAST(dateTrunc(
                      'MONTH',
                      addSeconds(
                        CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                        timeZoneOffset(
                          toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                        )
                      )
                    ) AS Nullable(DateTime64(6, 'UTC')))
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = CAST(dateTrunc(
          'MONTH',
          addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          )
        ) AS Nullable(DateTime64(6, 'UTC')))
        THEN toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'MONTH',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC')))
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              CAST(dateTrunc(
                'MONTH',
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                )
              ) AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_7",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '1' DAY) AS "g__1_8",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '1' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '1' DAY - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '1' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '1' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_9",
    COUNT(*) FILTER(WHERE
      "__time" >= CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))) - INTERVAL '7' DAY) AS "g__1_10",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '7' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '7' DAY - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '7' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '7' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '7' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '7' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '7' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '7' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '7' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_11",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '1' MONTH
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '1' MONTH
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '1' MONTH
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '1' MONTH
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' MONTH
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' MONTH - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_12",
    COUNT(*) FILTER(WHERE
      "__time" >= CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '2' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '2' DAY - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '2' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '2' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '2' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '2' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '2' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '2' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '2' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END
      AND "__time" < CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '1' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '1' DAY - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '1' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '1' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '1' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_13",
    COUNT(*) FILTER(WHERE
      "__time" < CASE
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '2' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY,
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '2' DAY - INTERVAL '1' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ) + INTERVAL '1' DAY,
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '2' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '2' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
        WHEN addSeconds(
          toTimeZone(
            toDateTime64(
              toString(
                addSeconds(
                  CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                  timeZoneOffset(
                    toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                  )
                ) - INTERVAL '2' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ),
          timeZoneOffset(
            toTimeZone(
              toTimeZone(
                toDateTime64(
                  toString(
                    addSeconds(
                      CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                      timeZoneOffset(
                        toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                      )
                    ) - INTERVAL '2' DAY
                  ),
                  6,
                  'Europe/Berlin'
                ),
                'UTC'
              ),
              'Europe/Berlin'
            )
          )
        ) = addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) - INTERVAL '2' DAY
        THEN toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '2' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        )
        ELSE toTimeZone(
          toDateTime64(
            toString(
              addSeconds(
                CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
                timeZoneOffset(
                  toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
                )
              ) - INTERVAL '2' DAY - INTERVAL '1' DAY
            ),
            6,
            'Europe/Berlin'
          ),
          'UTC'
        ) + INTERVAL '1' DAY
      END) AS "g__1_14"
  FROM "ev__1"
  GROUP BY
    "__key"
), "scan__1" AS MATERIALIZED (
  SELECT
    "t"."customer_id" AS "__key",
    toTimeZone("t"."ordered_at", 'UTC') AS "__time"
  FROM "tz"."orders" AS "t"
  WHERE
    toTimeZone("t"."ordered_at", 'UTC') < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
), "base" AS MATERIALIZED (
  SELECT
    "entity"."__key" AS "__key",
    "entity"."a__signup_at" AS "a__signup_at",
    "entity"."a__birthday" AS "a__birthday",
    "agg__1"."g__1_1" AS "g__1_1",
    "agg__1"."g__1_2" AS "g__1_2",
    "agg__1"."g__1_3" AS "g__1_3",
    "agg__1"."g__1_4" AS "g__1_4",
    "agg__1"."g__1_5" AS "g__1_5",
    "agg__1"."g__1_6" AS "g__1_6",
    "agg__1"."g__1_7" AS "g__1_7",
    "agg__1"."g__1_8" AS "g__1_8",
    "agg__1"."g__1_9" AS "g__1_9",
    "agg__1"."g__1_10" AS "g__1_10",
    "agg__1"."g__1_11" AS "g__1_11",
    "agg__1"."g__1_12" AS "g__1_12",
    "agg__1"."g__1_13" AS "g__1_13",
    "agg__1"."g__1_14" AS "g__1_14"
  FROM "entity"
  LEFT JOIN "agg__1"
    ON "agg__1"."__key" = "entity"."__key"
), "anch__1_1" AS MATERIALIZED (
  SELECT
    "s"."__key" AS "__key",
    COUNT(*) FILTER(WHERE
      "__time" >= "a__signup_at" AND "__time" < "a__signup_at" + INTERVAL '1' DAY) AS "x__1"
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
), "layer__1" AS MATERIALIZED (
  SELECT
    "base".*
    EXCEPT ("__key"),
    "anch__1_1"."x__1" AS "x__1",
    CAST(COALESCE(
      (
        CAST(addSeconds("g__1_1", timeZoneOffset(toTimeZone("g__1_1", 'Europe/Berlin'))) AS Nullable(Date32)) = CAST(addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) AS Nullable(Date32))
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__z_bought_today",
    CAST(COALESCE(
      (
        CAST(addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) AS Nullable(Date32)) = CAST('2026-03-29' AS Nullable(Date32))
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__z_signup_on_switch_day",
    CAST(COALESCE(
      (
        CAST(addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) AS Nullable(Date32)) < CAST('2026-03-29' AS Nullable(Date32))
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__z_signup_before_switch_day",
    CAST(addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) AS Nullable(Date32)) AS "d__z_signup_day",
    CAST(COALESCE("g__1_2", 0) > 0 AS Nullable(Bool)) AS "d__z_bought_since_switch_day",
    CAST(COALESCE("g__1_3", 0) > 0 AS Nullable(Bool)) AS "d__z_bought_between_days",
    CAST(COALESCE("g__1_4", 0) > 0 AS Nullable(Bool)) AS "d__z_current_week",
    CAST(COALESCE("g__1_5", 0) > 0 AS Nullable(Bool)) AS "d__z_previous_week",
    CAST(COALESCE("g__1_6", 0) > 0 AS Nullable(Bool)) AS "d__z_current_month",
    CAST(COALESCE("g__1_7", 0) > 0 AS Nullable(Bool)) AS "d__z_previous_month",
    CAST(COALESCE("g__1_8", 0) > 0 AS Nullable(Bool)) AS "d__z_last_1_day",
    CAST(COALESCE("g__1_9", 0) > 0 AS Nullable(Bool)) AS "d__z_since_1_day_ago",
    CAST(COALESCE("g__1_10", 0) > 0 AS Nullable(Bool)) AS "d__z_last_7_days",
    CAST(COALESCE("g__1_11", 0) > 0 AS Nullable(Bool)) AS "d__z_since_7_days_ago",
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(
          CAST(addSeconds(
            CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
            timeZoneOffset(
              toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
            )
          ) AS Nullable(DateTime64(6, 'UTC')))
        ) / 1000000 - toUnixTimestamp64Micro(
          CAST(addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) AS Nullable(DateTime64(6, 'UTC')))
        ) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__z_days_since_signup",
    CAST(CASE
      WHEN "a__birthday" IS NULL
      THEN NULL
      WHEN addYears(
        CAST(addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) AS Nullable(Date32)),
        -(
          YEAR(
            CAST(addSeconds(
              CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
              timeZoneOffset(
                toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
              )
            ) AS Nullable(Date32))
          ) - YEAR("a__birthday")
        )
      ) >= "a__birthday"
      THEN YEAR(
        CAST(addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) AS Nullable(Date32))
      ) - YEAR("a__birthday")
      ELSE YEAR(
        CAST(addSeconds(
          CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))),
          timeZoneOffset(
            toTimeZone(CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC'))), 'Europe/Berlin')
          )
        ) AS Nullable(Date32))
      ) - YEAR("a__birthday") - 1
    END AS Nullable(Int64)) AS "d__z_years_since_birthday",
    CAST(COALESCE(
      (
        CASE
          WHEN addSeconds(
            toTimeZone(
              toDateTime64(
                toString(
                  addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY - INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ) + INTERVAL '1' DAY,
            timeZoneOffset(
              toTimeZone(
                toTimeZone(
                  toDateTime64(
                    toString(
                      addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY - INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ) + INTERVAL '1' DAY,
                'Europe/Berlin'
              )
            )
          ) = addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY
          THEN toTimeZone(
            toDateTime64(
              toString(
                addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY
          WHEN addSeconds(
            toTimeZone(
              toDateTime64(
                toString(
                  addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY
                ),
                6,
                'Europe/Berlin'
              ),
              'UTC'
            ),
            timeZoneOffset(
              toTimeZone(
                toTimeZone(
                  toDateTime64(
                    toString(
                      addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY
                    ),
                    6,
                    'Europe/Berlin'
                  ),
                  'UTC'
                ),
                'Europe/Berlin'
              )
            )
          ) = addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY
          THEN toTimeZone(
            toDateTime64(
              toString(
                addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          )
          ELSE toTimeZone(
            toDateTime64(
              toString(
                addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) + INTERVAL '1' DAY - INTERVAL '1' DAY
              ),
              6,
              'Europe/Berlin'
            ),
            'UTC'
          ) + INTERVAL '1' DAY
        END < CAST('2026-04-01 00:00:00' AS Nullable(DateTime64(6, 'UTC')))
      ),
      FALSE
    ) AS Nullable(Bool)) AS "d__z_day_after_signup_passed",
    CAST(COALESCE("g__1_12", 0) > 0 AS Nullable(Bool)) AS "d__z_last_1_month",
    CAST(FLOOR(
      (
        toUnixTimestamp64Micro(
          CAST(addSeconds("g__1_1", timeZoneOffset(toTimeZone("g__1_1", 'Europe/Berlin'))) AS Nullable(DateTime64(6, 'UTC')))
        ) / 1000000 - toUnixTimestamp64Micro(
          CAST(addSeconds("a__signup_at", timeZoneOffset(toTimeZone("a__signup_at", 'Europe/Berlin'))) AS Nullable(DateTime64(6, 'UTC')))
        ) / 1000000
      ) / 86400
    ) AS Nullable(Int64)) AS "d__z_days_signup_to_last_purchase",
    CAST((
      (
        CASE WHEN COALESCE("g__1_9", 0) > 0 THEN 1 ELSE 0 END
      ) + (
        CASE WHEN COALESCE("g__1_13", 0) > 0 THEN 1 ELSE 0 END
      )
    ) >= 2 AS Nullable(Bool)) AS "d__z_bought_2_of_last_2_days",
    CAST((
      COALESCE("g__1_13", 0) > 0 AND COALESCE("g__1_9", 0) = 0
    ) AS Nullable(Bool)) AS "d__z_stopped_in_last_day",
    CAST((
      COALESCE("g__1_14", 0) > 0
      AND COALESCE("g__1_13", 0) = 0
      AND COALESCE("g__1_9", 0) > 0
    ) AS Nullable(Bool)) AS "d__z_restarted_in_last_day",
    "base"."__key" AS "__key"
  FROM "base"
  LEFT JOIN "anch__1_1"
    ON "anch__1_1"."__key" = "base"."__key"
), "layer__2" AS MATERIALIZED (
  SELECT
    *,
    CAST(COALESCE("x__1", 0) AS Nullable(Int64)) AS "d__z_purchases_first_day"
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
SETTINGS join_use_nulls = 1, aggregate_functions_null_for_empty = 1, enable_materialized_cte = 1
