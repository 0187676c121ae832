"""``segdsl materialize``: the membership table written into the database itself
(docs/materialize.md).

One module per job: ``layout.py`` the table names and the history's column
rules (plain data), ``statements.py`` the statements as sqlglot expressions,
``duckdb_target.py`` and ``postgres_target.py`` how each engine replaces a table
atomically, ``job.py`` the order of checks and writes in one transaction.  The
database is opened for writing by segdsl/engines/writer.py.
"""
