"""``segdsl diff``: what changed between two git revisions of a project.

``revision`` reads a revision's files with git (never touching the working tree
or index), ``sides`` loads and checks each side, ``definitions`` compares the
declarations, ``members`` evaluates the affected segments on one database at one
as-of, ``model`` holds the result and ``render`` prints it as text, Markdown or
JSON.  The command itself is ``segdsl/cli/diff_cmd.py``.
"""
