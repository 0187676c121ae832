"""``segdsl schema infer``: a draft ``schema.yml`` from a database's own tables.

:mod:`segdsl.infer.profile` asks the database (catalog and two aggregate queries
per table); :mod:`segdsl.infer.draft` turns the answers into YAML text with
comments.  Nothing here guesses silently: a guessed key, a column type no segdsl
type reads and the values a text column holds are all said in comments.
"""

from __future__ import annotations


class InferError(Exception):
    """A problem with the command's input (a missing table or column, a time column
    that is not a timestamp); one line, exit status 2."""
