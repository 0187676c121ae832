"""The test harness: fixture files (SPEC 8) run against compiled SQL.

:mod:`segdsl.harness.fixtures` reads and checks fixture files into typed cases;
:mod:`segdsl.harness.runner` loads each case into a fresh database, runs the
membership SQL and compares.  Nothing here imports DuckDB until a case runs.
"""
