"""Exporting a project for other tools: ``segdsl export dbt`` (SPEC 10).

One job per module: jinja.py (the one place Jinja enters SQL), dbt_sources.py,
dbt_models.py, dbt_tests.py, dbt_as_of.py, dbt_project.py (every file's text) and
writer.py (the folder written whole or not at all).
"""
