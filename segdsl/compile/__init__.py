"""Compilation: checked definitions -> a plan -> sqlglot expressions -> SQL text.

Public entry points are in :mod:`segdsl.compile.api`.
"""
