"""The ``segdsl`` command line (entry point: :func:`segdsl.cli.main.main`).

Kept empty on purpose: importing the package must stay cheap, since every
``segdsl`` invocation pays for it.
"""
